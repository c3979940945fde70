"""Turn a table into training arrays: choose columns, handle missing values, split, scale."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

import numpy as np

from bpstudio.data.cells import format_number
from bpstudio.data.defaults import (  # noqa: F401  (part of this module's interface)
    LABEL_NAMES,
    MAX_AUTO_CLASSES,
    default_features,
    default_target,
    infer_task,
    many_category_columns,
    sparse_text_columns,
)
from bpstudio.data.errors import data_error, summarize_lines
from bpstudio.data.fitting import fit_pipeline
from bpstudio.data.pipeline import (
    MISSING_STRATEGIES,
    SCALINGS,
    Pipeline,
    TargetStep,
)
from bpstudio.data.split import check_fractions, split_counts, split_rows
from bpstudio.data.table import Table
from bpstudio.errors import DataError

TASKS = ("auto", "classification", "regression")
#: More classes than this is taken as a mistaken target column (a name or ID column).
MAX_CLASSES = 200


@dataclass
class PreprocessConfig:
    """Settings of ``prepare``, JSON-able through ``to_dict``/``from_dict``.

    ``features=None`` means every column except the target and ID-like columns.
    ``missing`` drops rows with missing feature cells, or fills the cells with a statistic
    of the training split. ``mean`` and ``median`` fill categorical columns with their most
    frequent value. The target is never filled.
    ``scaling`` is fitted on the training split; ``scale_target`` applies it to a regression
    target too (predictions are scaled back by ``Pipeline.decode``).
    """

    target: str | None = None
    features: list[str] | None = None
    task: str = "auto"
    missing: str = "drop"
    scaling: str = "standard"
    scale_target: bool = True
    validation_split: float = 0.2
    test_split: float = 0.0
    seed: int = 0
    stratify: bool = True

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PreprocessConfig:
        known = {item.name for item in fields(cls)}
        return cls(**{key: value for key, value in data.items() if key in known})

    def validate(self) -> None:
        """Raise ``data.invalid_option`` or ``data.invalid_split`` for an impossible setting."""
        for option, value, valid in (
            ("task", self.task, TASKS),
            ("missing-value strategy", self.missing, MISSING_STRATEGIES),
            ("scaling", self.scaling, SCALINGS),
        ):
            if value not in valid:
                raise data_error(
                    "data.invalid_option", option=option, value=value, valid=", ".join(valid)
                )
        check_fractions(self.validation_split, self.test_split)


@dataclass(eq=False)  # arrays inside: compared by identity
class PreparedData:
    """Float32 arrays ready for ``Sequential.fit`` plus what is needed to show and reuse them."""

    x_train: np.ndarray
    y_train: np.ndarray
    x_val: np.ndarray
    y_val: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    feature_names: list[str]
    target_names: list[str]
    class_names: list[str] | None
    class_counts: dict[str, int] | None
    task: str
    n_outputs: int
    pipeline: Pipeline
    config: PreprocessConfig
    train_lines: np.ndarray
    val_lines: np.ndarray
    test_lines: np.ndarray
    warnings: list[DataError] = field(default_factory=list)

    @property
    def n_features(self) -> int:
        return len(self.feature_names)


def prepare(table: Table, config: PreprocessConfig) -> PreparedData:
    """Fit the preprocessing on the training split of ``table`` and return the arrays.

    ``PreparedData.config`` is ``config`` with the target filled in when it was None.

    Raises:
        DataError: unknown columns, a single class, a categorical regression target, too
            few rows for the split, or no rows left after dropping missing values.
    """
    config.validate()
    config = replace(config, target=config.target or default_target(table))
    target = config.target
    features = _resolve_features(table, target, config.features)
    warnings: list[DataError] = []
    if config.features is None:
        _warn_skipped_columns(table, target, warnings)

    rows = _rows_with_target(table, target, warnings)
    task = config.task if config.task != "auto" else infer_task(table, target, rows)
    if config.missing == "drop":
        rows = _drop_missing_features(table, features, rows, warnings)

    if rows.size < 2:
        # A single row is too few for any split before it is too few for two classes.
        split_counts(rows.size, config.validation_split, config.test_split)
    labels = None
    target_step = TargetStep(target, task)
    if task == "classification":
        target_step.classes, target_step.class_values, labels = _classes(table, target, rows)
    else:
        _check_regression_target(table, target, rows)
    split_counts(rows.size, config.validation_split, config.test_split)
    stratify = labels if config.stratify and labels is not None else None
    parts = split_rows(rows.size, config.validation_split, config.test_split, config.seed, stratify)
    train, val, test = rows[parts.train], rows[parts.val], rows[parts.test]

    pipeline = fit_pipeline(table, features, target_step, train, config, warnings, rows)
    arrays = _transform_parts(table, pipeline, {"train": train, "val": val, "test": test}, warnings)
    class_counts = None
    if labels is not None:
        _warn_classes_missing_in_training(target_step.classes, labels[parts.train], warnings)
        counts = np.bincount(labels, minlength=len(target_step.classes))
        class_counts = {
            name: int(count) for name, count in zip(target_step.classes, counts, strict=True)
        }

    return PreparedData(
        **arrays,
        feature_names=pipeline.feature_names,
        target_names=[target],
        class_names=pipeline.class_names,
        class_counts=class_counts,
        task=task,
        n_outputs=target_step.n_outputs,
        pipeline=pipeline,
        config=config,
        train_lines=table.line_numbers[train],
        val_lines=table.line_numbers[val],
        test_lines=table.line_numbers[test],
        warnings=warnings,
    )


def _transform_parts(
    table: Table, pipeline: Pipeline, parts: dict[str, np.ndarray], warnings: list[DataError]
) -> dict[str, np.ndarray]:
    """Return ``x_train``, ``y_train``, ``x_val``, ... for the rows of each part."""
    arrays = {}
    for part, rows in parts.items():
        arrays["x_" + part] = pipeline.transform(table, rows)
        warnings.extend(pipeline.unknown_category_warnings())
        arrays["y_" + part] = pipeline.transform_target(table, rows)
    pipeline.unknown_categories = {}
    return arrays


def _resolve_features(table: Table, target: str, features: list[str] | None) -> list[str]:
    available = ", ".join(table.columns)
    if target not in table.columns:
        raise data_error("data.unknown_column", column=target, available=available)
    if features is None:
        chosen = default_features(table, target)
        if not chosen:
            raise data_error(
                "data.no_features", reason=f"every column other than {target!r} is ID-like"
            )
        return chosen
    seen = set()
    for name in features:
        if name not in table.columns:
            raise data_error("data.unknown_column", column=name, available=available)
        if name == target:
            raise data_error("data.target_is_feature", column=name)
        if name in seen:
            raise data_error("data.duplicate_feature", column=name)
        seen.add(name)
    if not features:
        raise data_error("data.no_features", reason="the feature list is empty")
    return list(features)


def _rows_with_target(table: Table, target: str, warnings: list[DataError]) -> np.ndarray:
    missing_lines = table.missing.get(target, [])
    rows = np.arange(table.n_rows)
    if not missing_lines:
        return rows
    keep = ~np.isin(table.line_numbers, missing_lines)
    warnings.append(
        data_error(
            "data.target_missing_dropped",
            count=len(missing_lines),
            column=target,
            lines=summarize_lines(missing_lines),
        )
    )
    if not keep.any():
        raise data_error("data.no_rows_left", reason=f"the target {target!r} is always missing")
    return rows[keep]


def _drop_missing_features(
    table: Table, features: list[str], rows: np.ndarray, warnings: list[DataError]
) -> np.ndarray:
    gap_lines = sorted({line for name in features for line in table.missing.get(name, [])})
    if not gap_lines:
        return rows
    keep = ~np.isin(table.line_numbers[rows], gap_lines)
    dropped = table.line_numbers[rows][~keep].tolist()
    if dropped:
        warnings.append(
            data_error(
                "data.missing_rows_dropped", count=len(dropped), lines=summarize_lines(dropped)
            )
        )
    if len(dropped) * 2 > rows.size:
        warnings.append(_most_rows_dropped(table, features, rows, len(dropped)))
    if not keep.any():
        raise data_error("data.no_rows_left", reason="every row has a missing feature value")
    return rows[keep]


def _warn_skipped_columns(table: Table, target: str, warnings: list[DataError]) -> None:
    skipped = [name for name in many_category_columns(table) if name != target]
    if skipped:
        columns = ", ".join(repr(name) for name in skipped)
        warnings.append(data_error("data.many_categories_skipped", columns=columns))
    for name in sparse_text_columns(table):
        if name != target:
            missing = len(table.missing.get(name, []))
            distinct = len({value for value in table.values(name) if value is not None})
            warnings.append(
                data_error(
                    "data.sparse_column_skipped",
                    column=name,
                    count=missing,
                    rows=table.n_rows,
                    distinct=distinct,
                )
            )


def _most_rows_dropped(
    table: Table, features: list[str], rows: np.ndarray, dropped: int
) -> DataError:
    """Return the warning that dropping rows removes most of the data, naming the causes."""
    lines = table.line_numbers[rows]
    counts = {name: int(np.isin(lines, table.missing.get(name, [])).sum()) for name in features}
    worst = sorted((name for name in features if counts[name]), key=lambda n: -counts[n])[:3]
    columns = ", ".join(f"{name!r} ({counts[name]})" for name in worst)
    return data_error("data.most_rows_dropped", count=dropped, rows=int(rows.size), columns=columns)


def _classes(
    table: Table, target: str, rows: np.ndarray
) -> tuple[list[str], list[float] | None, np.ndarray]:
    """Return class names (sorted), their numeric values if any, and each row's index."""
    values = table.values(target)[rows]
    if values.dtype.kind == "f":
        distinct, labels = np.unique(values, return_inverse=True)
        names = [format_number(float(value)) for value in distinct]
        numbers: list[float] | None = [float(value) for value in distinct]
    else:
        distinct, labels = np.unique(np.array(values, dtype=str), return_inverse=True)
        names = [str(value) for value in distinct]
        numbers = None
    if len(names) < 2:
        raise data_error(
            "data.single_class", column=target, value=names[0] if names else "", rows=int(rows.size)
        )
    if len(names) > MAX_CLASSES:
        raise data_error(
            "data.too_many_classes", column=target, count=len(names), rows=int(rows.size)
        )
    return names, numbers, labels.astype(np.int64)


def _check_regression_target(table: Table, target: str, rows: np.ndarray) -> None:
    values = table.values(target)[rows]
    if values.dtype.kind != "f":
        first = next(i for i, value in enumerate(values) if value is not None)
        raise data_error(
            "data.regression_target_not_numeric",
            column=target,
            value=str(values[first]),
            line=int(table.line_numbers[rows][first]),
        )


def _warn_classes_missing_in_training(
    classes: list[str], train_labels: np.ndarray, warnings: list[DataError]
) -> None:
    present = set(train_labels.tolist())
    for index, name in enumerate(classes):
        if index not in present:
            warnings.append(data_error("data.class_missing_in_training", value=name))
