"""Predict on a new table and write the input rows with their predictions to CSV.

Cells are kept as text column by column and numbers are formatted with NumPy, so a
60,000-row, 785-column file is written without a Python call per number.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np

from bpstudio.project.csvout import format_numbers, write_text_columns
from bpstudio.project.document import Project
from bpstudio.project.errors import ProjectError
from bpstudio.project.sources import usable_rows


@dataclass
class Predictions:
    """The table's columns followed by the prediction columns, as cell texts.

    ``columns`` holds one list of texts per ``header`` entry, with "" for a missing value.
    ``text_columns`` marks the columns of free text, which may need formula escaping in a
    spreadsheet. Rows whose inputs could not be computed (a missing value the preprocessing
    does not fill) have empty prediction cells and are listed in ``skipped_lines`` by file
    line number.
    """

    header: list[str]
    columns: list[list[str]]
    text_columns: list[bool]
    outputs: np.ndarray
    predicted_rows: np.ndarray
    skipped_lines: list[int] = field(default_factory=list)
    warnings: list = field(default_factory=list)
    n_prediction_columns: int = 0

    @property
    def n_rows(self) -> int:
        return len(self.columns[0]) if self.columns else 0

    @property
    def first_prediction_column(self) -> int:
        """Index in ``header`` of the first column added by the prediction."""
        return len(self.header) - self.n_prediction_columns

    def iter_rows(self) -> Iterator[tuple[str, ...]]:
        return zip(*self.columns, strict=True)

    def row(self, index: int) -> list[str]:
        return [column[index] for column in self.columns]


def predict_table(project: Project, table, *, model=None, where: str = "") -> Predictions:
    """Run the saved network on every usable row of ``table``.

    Classification adds the predicted class label and one probability column per class.
    Regression adds each target's prediction in its original units.
    """
    if not project.has_weights:
        raise ProjectError("project.no_weights")
    model = model if model is not None else project.build_model()
    pipeline = project.fitted_pipeline()
    where = where or str(getattr(table, "path", "") or "data")

    kept = usable_rows(pipeline, table, where)
    x = pipeline.transform(table, kept)
    outputs = np.asarray(model.predict(x)) if len(x) else np.zeros((0, 1), np.float32)
    names, predicted, predicted_is_text = _prediction_columns(project, pipeline, outputs)

    columns, text_columns = [], []
    for name in table.columns:
        values = np.asarray(table.values(name))
        is_text = values.dtype.kind != "f"
        columns.append(_text_cells(values) if is_text else format_numbers(values))
        text_columns.append(is_text)
    for cells, is_text in zip(predicted, predicted_is_text, strict=True):
        full = np.full(table.n_rows, "", dtype=object)
        full[kept] = cells
        columns.append(full.tolist())
        text_columns.append(is_text)

    lines = _line_numbers(table)
    used = np.zeros(table.n_rows, dtype=bool)
    used[kept] = True
    return Predictions(
        header=[str(name) for name in table.columns] + names,
        columns=columns,
        text_columns=text_columns,
        outputs=outputs,
        predicted_rows=kept,
        skipped_lines=[int(line) for line in lines[~used]],
        warnings=pipeline.unknown_category_warnings(),
        n_prediction_columns=len(names),
    )


def write_predictions(
    project: Project, table, path: str | os.PathLike, *, model=None
) -> Predictions:
    """Predict on ``table`` and write UTF-8 CSV (with BOM, formulas escaped) to ``path``."""
    predictions = predict_table(project, table, model=model)
    write_text_columns(path, predictions.header, predictions.columns, predictions.text_columns)
    return predictions


def _prediction_columns(
    project: Project, pipeline, outputs: np.ndarray
) -> tuple[list[str], list[list[str]], list[bool]]:
    """Return the names, cell texts and text flags of the prediction columns."""
    target = str(project.preprocess.get("target") or "target")
    if project.task == "classification":
        class_names = [str(name) for name in project.dataset.get("class_names") or []]
        labels = [str(label) for label in np.asarray(pipeline.decode(outputs), dtype=object)]
        if outputs.shape[1] == 1:
            # One sigmoid output is the probability of the second class.
            positive = outputs[:, 0]
            probabilities = np.column_stack([1 - positive, positive])
        else:
            probabilities = outputs
        if len(class_names) != probabilities.shape[1]:
            class_names = [str(index) for index in range(probabilities.shape[1])]
        names = [f"predicted_{target}"] + [f"probability_{name}" for name in class_names]
        cells = [labels] + [format_numbers(probabilities[:, k]) for k in range(len(class_names))]
        return names, cells, [True] + [False] * len(class_names)

    values = np.asarray(pipeline.decode(outputs), dtype=np.float64).reshape(len(outputs), -1)
    targets = [str(name) for name in project.dataset.get("target_names") or [target]]
    if len(targets) != values.shape[1]:
        targets = [f"{target}_{index}" for index in range(values.shape[1])]
    names = [f"predicted_{name}" for name in targets]
    cells = [format_numbers(values[:, k]) for k in range(values.shape[1])]
    return names, cells, [False] * len(names)


def _text_cells(values: np.ndarray) -> list[str]:
    return ["" if value is None else str(value) for value in values.tolist()]


def _line_numbers(table) -> np.ndarray:
    lines = getattr(table, "line_numbers", None)
    if lines is None or len(lines) != table.n_rows:
        return np.arange(2, table.n_rows + 2)
    return np.asarray(lines)
