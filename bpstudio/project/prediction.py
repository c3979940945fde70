"""Predict on a new table and write the input rows with their predictions to CSV."""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from bpstudio.project.csvout import write_csv
from bpstudio.project.document import Project
from bpstudio.project.errors import ProjectError
from bpstudio.project.sources import usable_rows


@dataclass
class Predictions:
    """The table's columns followed by the prediction columns, one row per input row.

    Rows whose inputs could not be computed (a missing value the preprocessing does not fill)
    have empty prediction cells and are listed in ``skipped_lines`` by file line number.
    """

    header: list[str]
    rows: list[list[Any]]
    outputs: np.ndarray
    predicted_rows: np.ndarray
    skipped_lines: list[int] = field(default_factory=list)
    warnings: list = field(default_factory=list)
    n_prediction_columns: int = 0

    @property
    def first_prediction_column(self) -> int:
        """Index in ``header`` of the first column added by the prediction."""
        return len(self.header) - self.n_prediction_columns


def predict_table(project: Project, table, *, model=None, where: str = "") -> Predictions:
    """Run the saved network on every usable row of ``table``.

    Classification adds the predicted class label and one probability column per class;
    regression adds each target's prediction in its original units.
    """
    if not project.has_weights:
        raise ProjectError("project.no_weights")
    model = model if model is not None else project.build_model()
    pipeline = project.fitted_pipeline()
    where = where or str(getattr(table, "path", "") or "data")

    kept = usable_rows(pipeline, table, where)
    x = pipeline.transform(table, kept)
    outputs = np.asarray(model.predict(x)) if len(x) else np.zeros((0, 0), np.float32)
    names, columns = _prediction_columns(project, pipeline, outputs)

    header = [str(name) for name in table.columns] + names
    inputs = [_column_cells(table.values(name)) for name in table.columns]
    empty = [None] * len(names)
    by_row = dict(zip(kept.tolist(), range(len(kept)), strict=True))
    rows = []
    for index in range(table.n_rows):
        cells = [column[index] for column in inputs]
        position = by_row.get(index)
        cells.extend(empty if position is None else [column[position] for column in columns])
        rows.append(cells)

    lines = _line_numbers(table)
    skipped = [int(lines[index]) for index in range(table.n_rows) if index not in by_row]
    return Predictions(header, rows, outputs, kept, skipped, pipeline.unknown_category_warnings())


def write_predictions(
    project: Project, table, path: str | os.PathLike, *, model=None
) -> Predictions:
    """Predict on ``table`` and write UTF-8 CSV (with BOM, formulas escaped) to ``path``."""
    predictions = predict_table(project, table, model=model)
    write_csv(path, predictions.header, predictions.rows)
    return predictions


def _prediction_columns(project: Project, pipeline, outputs: np.ndarray):
    target = str(project.preprocess.get("target") or "target")
    if len(outputs) == 0:
        return [f"predicted_{target}"], [[]]

    if project.task == "classification":
        class_names = [str(name) for name in project.dataset.get("class_names") or []]
        labels = [str(label) for label in np.asarray(pipeline.decode(outputs), dtype=object)]
        if outputs.shape[1] == 1:
            positive = outputs[:, 0]
            probabilities = np.column_stack([1 - positive, positive])
        else:
            probabilities = outputs
        if len(class_names) != probabilities.shape[1]:
            class_names = [str(index) for index in range(probabilities.shape[1])]
        names = [f"predicted_{target}"] + [f"probability_{name}" for name in class_names]
        return names, [labels] + [
            list(probabilities[:, column]) for column in range(probabilities.shape[1])
        ]

    values = np.asarray(pipeline.decode(outputs), dtype=np.float64).reshape(len(outputs), -1)
    targets = [str(name) for name in project.dataset.get("target_names") or [target]]
    if len(targets) != values.shape[1]:
        targets = [f"{target}_{index}" for index in range(values.shape[1])]
    names = [f"predicted_{name}" for name in targets]
    return names, [list(values[:, column]) for column in range(values.shape[1])]


def _column_cells(values) -> list[Any]:
    values = np.asarray(values)
    if values.dtype.kind == "f":
        return [_number_text(value) for value in values.tolist()]
    return [None if value is None else str(value) for value in values.tolist()]


def _number_text(value: float) -> str | None:
    # The importer keeps numbers as float64; write whole numbers without ".0" so an integer
    # column reads as it did in the input file.
    if not math.isfinite(value):
        return None
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


def _line_numbers(table) -> np.ndarray:
    lines = getattr(table, "line_numbers", None)
    if lines is None or len(lines) != table.n_rows:
        return np.arange(2, table.n_rows + 2)
    return np.asarray(lines)
