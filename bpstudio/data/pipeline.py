"""The fitted preprocessing as plain data: fill, encode and scale, re-appliable to new tables.

A :class:`Pipeline` is fitted on the training rows only and stored as a JSON-able dict, so a
project file can carry it and ``predict`` can apply it to a new CSV file. Every scaling is
the affine map ``x' = (x - offset) * factor``:

- ``standard``: offset = mean, factor = 1 / standard deviation;
- ``minmax01``: offset = min, factor = 1 / (max - min), giving [0, 1];
- ``minmax11``: offset = (min + max) / 2, factor = 2 / (max - min), giving [-1, 1], which is
  MATLAB's ``mapminmax`` default;
- a constant column gets factor 0, so it becomes 0 instead of NaN.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from bpstudio.data.cells import format_number
from bpstudio.data.errors import data_error, summarize_lines
from bpstudio.data.table import Table
from bpstudio.errors import DataError

SCALINGS = ("none", "standard", "minmax01", "minmax11")
MISSING_STRATEGIES = ("drop", "mean", "median", "most_frequent")
PIPELINE_VERSION = 1


@dataclass
class FeatureStep:
    """Fitted encoding of one input column into one (numeric) or several (one-hot) inputs."""

    column: str
    kind: str  # "numeric" or "categorical"
    fill: float | str | None = None
    offset: float = 0.0
    factor: float = 1.0
    categories: list[str] = field(default_factory=list)

    @property
    def output_names(self) -> list[str]:
        if self.kind == "numeric":
            return [self.column]
        return [f"{self.column}={category}" for category in self.categories]


@dataclass
class TargetStep:
    """Fitted encoding of the target column into network outputs, and its decoding."""

    column: str
    task: str  # "classification" or "regression"
    classes: list[str] = field(default_factory=list)
    class_values: list[float] | None = None  # set when the labels were numbers
    offset: float = 0.0
    factor: float = 1.0

    @property
    def n_outputs(self) -> int:
        if self.task == "regression":
            return 1
        return 1 if len(self.classes) == 2 else len(self.classes)


def affine_for(values: np.ndarray, method: str) -> tuple[float, float, bool]:
    """Return ``(offset, factor, constant)`` of ``method`` fitted to finite ``values``."""
    if method == "none" or values.size == 0:
        constant = values.size > 0 and bool(np.all(values == values[0]))
        return 0.0, 1.0, constant
    low, high = float(values.min()), float(values.max())
    if high == low:
        return low, 0.0, True
    if method == "standard":
        mean = float(values.mean())
        std = float(values.std())
        return (mean, 1.0 / std, False) if std > 0 else (mean, 0.0, True)
    if method == "minmax01":
        return low, 1.0 / (high - low), False
    return (low + high) / 2.0, 2.0 / (high - low), False


def affine_columns(matrix: np.ndarray, method: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return per-column ``(offsets, factors, constant)`` of ``method``, as :func:`affine_for`."""
    n_columns = matrix.shape[1]
    if matrix.shape[0] == 0:
        return np.zeros(n_columns), np.ones(n_columns), np.zeros(n_columns, dtype=bool)
    low, high = matrix.min(axis=0), matrix.max(axis=0)
    constant = high == low
    if method == "none":
        return np.zeros(n_columns), np.ones(n_columns), constant
    span = np.where(constant, 1.0, high - low)
    if method == "standard":
        offsets = matrix.mean(axis=0)
        std = matrix.std(axis=0)
        constant = constant | (std == 0)
        factors = 1.0 / np.where(constant, 1.0, std)
    elif method == "minmax01":
        offsets, factors = low, 1.0 / span
    else:
        offsets, factors = (low + high) / 2.0, 2.0 / span
    offsets = np.where(constant, low, offsets)
    factors = np.where(constant, 0.0, factors)
    return offsets, factors, constant


@dataclass
class Pipeline:
    """Fitted feature and target steps; ``transform`` applies them to any table."""

    features: list[FeatureStep]
    target: TargetStep | None
    missing: str = "drop"
    scaling: str = "standard"
    unknown_categories: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    @property
    def feature_names(self) -> list[str]:
        return [name for step in self.features for name in step.output_names]

    @property
    def input_columns(self) -> list[str]:
        return [step.column for step in self.features]

    @property
    def class_names(self) -> list[str] | None:
        if self.target is None or self.target.task != "classification":
            return None
        return list(self.target.classes)

    def transform(self, table: Table, rows: np.ndarray | None = None) -> np.ndarray:
        """Return the float32 network inputs of ``rows`` (all rows by default).

        Unknown categories become all-zero inputs and are listed in
        :attr:`unknown_categories`; a missing value with no fill value raises
        ``data.missing_values``.
        """
        rows = np.arange(table.n_rows) if rows is None else rows
        lines = table.line_numbers[rows]
        self.unknown_categories = {}
        widths = [len(step.output_names) for step in self.features]
        output = np.empty((rows.size, sum(widths)), dtype=np.float32)
        # Consecutive numeric steps are transformed as one matrix, which matters for data
        # with hundreds of columns such as MNIST pixels.
        numeric: list[FeatureStep] = []
        start = 0
        for step, width in zip(self.features, widths, strict=True):
            if step.kind == "numeric":
                numeric.append(step)
                start += width
                continue
            if numeric:
                begin = start - len(numeric)
                self._transform_numeric(numeric, table, rows, lines, output[:, begin:start])
                numeric = []
            output[:, start : start + width] = self._transform_categorical(step, table, rows, lines)
            start += width
        if numeric:
            begin = start - len(numeric)
            self._transform_numeric(numeric, table, rows, lines, output[:, begin:start])
        return output

    def _transform_numeric(
        self,
        steps: list[FeatureStep],
        table: Table,
        rows: np.ndarray,
        lines: np.ndarray,
        output: np.ndarray,
    ) -> None:
        """Write the scaled numeric columns of ``rows`` into ``output`` (float32)."""
        matrix = table.numeric_matrix([step.column for step in steps], rows)
        gaps = np.isnan(matrix)
        if gaps.any():
            for index in np.flatnonzero(gaps.any(axis=0)):
                step = steps[index]
                self._check_fill(step, lines[gaps[:, index]])
                matrix[gaps[:, index], index] = step.fill
        matrix -= np.array([step.offset for step in steps])
        np.multiply(
            matrix, np.array([step.factor for step in steps]), out=output, casting="same_kind"
        )

    def _transform_categorical(
        self, step: FeatureStep, table: Table, rows: np.ndarray, lines: np.ndarray
    ) -> np.ndarray:
        texts = _as_texts(table.values(step.column)[rows])
        gaps = np.array([text is None for text in texts], dtype=bool)
        if gaps.any():
            self._check_fill(step, lines[gaps])
            texts = [step.fill if text is None else text for text in texts]
        index = {category: position for position, category in enumerate(step.categories)}
        encoded = np.zeros((len(texts), len(step.categories)))
        unknown = []
        for row, text in enumerate(texts):
            position = index.get(text)
            if position is None:
                unknown.append({"value": text, "line": int(lines[row])})
            else:
                encoded[row, position] = 1.0
        if unknown:
            self.unknown_categories[step.column] = unknown
        return encoded

    def _check_fill(self, step: FeatureStep, gap_lines: np.ndarray) -> None:
        if step.fill is None:
            raise data_error(
                "data.missing_values",
                column=step.column,
                lines=summarize_lines(gap_lines.tolist()),
            )

    def unknown_category_warnings(self) -> list[DataError]:
        """Return one ``data.unknown_categories`` warning per column of the last transform."""
        warnings = []
        for column, found in self.unknown_categories.items():
            values = sorted({str(item["value"]) for item in found})
            warnings.append(
                data_error(
                    "data.unknown_categories",
                    column=column,
                    values=", ".join(repr(value) for value in values[:10]),
                    lines=summarize_lines([item["line"] for item in found]),
                )
            )
        return warnings

    def target_indices(self, table: Table, rows: np.ndarray | None = None) -> np.ndarray:
        """Return class indices of ``rows`` (classification only); unknown labels raise."""
        target = self._require_target()
        rows = np.arange(table.n_rows) if rows is None else rows
        values = table.values(target.column)[rows]
        lines = table.line_numbers[rows]
        keys = _label_keys(values, target.class_values is not None)
        lookup = _class_lookup(target)
        indices = np.empty(len(keys), dtype=np.int64)
        for row, key in enumerate(keys):
            position = lookup.get(key)
            if position is None:
                raise data_error(
                    "data.unknown_class",
                    column=target.column,
                    value=_cell_text(values[row]),
                    line=int(lines[row]),
                    classes=", ".join(target.classes),
                )
            indices[row] = position
        return indices

    def transform_target(self, table: Table, rows: np.ndarray | None = None) -> np.ndarray:
        """Return the float32 target array of ``rows``: one-hot, 0/1 column, or scaled values."""
        target = self._require_target()
        if target.task == "classification":
            return encode_classes(self.target_indices(table, rows), len(target.classes))
        rows = np.arange(table.n_rows) if rows is None else rows
        values = table.values(target.column)[rows]
        if values.dtype.kind != "f":
            raise data_error(
                "data.regression_target_not_numeric",
                column=target.column,
                value=_cell_text(values[0]),
                line=int(table.line_numbers[rows][0]),
            )
        scaled = (values - target.offset) * target.factor
        return scaled.reshape(-1, 1).astype(np.float32)

    def decode(self, y_pred: np.ndarray) -> np.ndarray:
        """Turn network outputs into class names (object array) or values in original units."""
        target = self._require_target()
        y_pred = np.asarray(y_pred, dtype=np.float64)
        if target.task == "classification":
            names = np.array(target.classes, dtype=object)
            return names[self.decode_indices(y_pred)]
        return y_pred / target.factor + target.offset

    def decode_indices(self, y_pred: np.ndarray) -> np.ndarray:
        """Return predicted class indices: threshold 0.5 for one output, argmax otherwise."""
        y_pred = np.asarray(y_pred)
        if y_pred.ndim == 1:
            y_pred = y_pred.reshape(-1, 1)
        if y_pred.shape[1] == 1:
            return (y_pred[:, 0] >= 0.5).astype(np.int64)
        return np.argmax(y_pred, axis=1)

    def _require_target(self) -> TargetStep:
        if self.target is None:
            raise ValueError("this pipeline was fitted without a target column")
        return self.target

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-able description (plain lists, strings and floats)."""
        return {
            "version": PIPELINE_VERSION,
            "missing": self.missing,
            "scaling": self.scaling,
            "features": [_feature_dict(step) for step in self.features],
            "target": None if self.target is None else _target_dict(self.target),
            "feature_names": self.feature_names,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Pipeline:
        """Rebuild a pipeline written by :meth:`to_dict`."""
        features = [
            FeatureStep(
                column=item["column"],
                kind=item["kind"],
                fill=item.get("fill"),
                offset=float(item.get("offset", 0.0)),
                factor=float(item.get("factor", 1.0)),
                categories=list(item.get("categories", [])),
            )
            for item in data["features"]
        ]
        target = None
        if data.get("target") is not None:
            item = data["target"]
            values = item.get("class_values")
            target = TargetStep(
                column=item["column"],
                task=item["task"],
                classes=list(item.get("classes", [])),
                class_values=None if values is None else [float(v) for v in values],
                offset=float(item.get("offset", 0.0)),
                factor=float(item.get("factor", 1.0)),
            )
        return cls(features, target, data.get("missing", "drop"), data.get("scaling", "none"))


def encode_classes(indices: np.ndarray, n_classes: int) -> np.ndarray:
    """Return a (n, 1) 0/1 column for two classes, one-hot (n, K) otherwise, as float32."""
    if n_classes == 2:
        return indices.reshape(-1, 1).astype(np.float32)
    encoded = np.zeros((indices.size, n_classes), dtype=np.float32)
    encoded[np.arange(indices.size), indices] = 1.0
    return encoded


def _feature_dict(step: FeatureStep) -> dict[str, Any]:
    item: dict[str, Any] = {"column": step.column, "kind": step.kind, "fill": step.fill}
    if step.kind == "numeric":
        item.update(offset=step.offset, factor=step.factor)
    else:
        item["categories"] = list(step.categories)
    return item


def _target_dict(step: TargetStep) -> dict[str, Any]:
    item: dict[str, Any] = {"column": step.column, "task": step.task}
    if step.task == "classification":
        item.update(classes=list(step.classes), class_values=step.class_values)
    else:
        item.update(offset=step.offset, factor=step.factor)
    return item


def _as_texts(values: np.ndarray) -> list[str | None]:
    """Return category texts; numbers (a column that parsed as numeric) become their text."""
    if values.dtype.kind == "f":
        return [None if value != value else format_number(float(value)) for value in values]
    return list(values)


def _label_keys(values: np.ndarray, numeric: bool) -> list[Any]:
    if numeric and values.dtype.kind == "f":
        return [float(value) for value in values]
    return _as_texts(values)


def _class_lookup(target: TargetStep) -> dict[Any, int]:
    lookup: dict[Any, int] = {name: index for index, name in enumerate(target.classes)}
    if target.class_values is not None:
        lookup.update({value: index for index, value in enumerate(target.class_values)})
    return lookup


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return format_number(value)
    return str(value)
