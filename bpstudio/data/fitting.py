"""Fit the preprocessing steps on the training rows: fill values, categories and scalings."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import numpy as np

from bpstudio.data.cells import format_number
from bpstudio.data.errors import data_error
from bpstudio.data.pipeline import FeatureStep, Pipeline, TargetStep, affine_columns, affine_for
from bpstudio.data.table import Table
from bpstudio.errors import DataError

if TYPE_CHECKING:
    from bpstudio.data.preprocess import PreprocessConfig


def fit_pipeline(
    table: Table,
    features: list[str],
    target_step: TargetStep,
    train: np.ndarray,
    config: PreprocessConfig,
    warnings: list[DataError],
    used: np.ndarray | None = None,
) -> Pipeline:
    """Fit every feature step and the target scaling on the training rows.

    ``used`` are the rows of every split (default: ``train``). The training statistic fills
    validation and test rows too, so the fill warnings count the missing cells of all of them.
    """
    constant: list[tuple[str, str]] = []
    numeric = [name for name in features if table.is_numeric(name)]
    fitted = _fit_numeric(table, numeric, train, config, warnings, constant)
    for name in features:
        if name not in fitted:
            fitted[name] = _fit_categorical(table, name, train, config, warnings, constant)
    steps = [fitted[name] for name in features]
    if config.missing != "drop":
        _warn_filled(table, steps, train if used is None else used, config.missing, warnings)
    _warn_constant(constant, config.scaling, warnings)
    if target_step.task == "regression" and config.scale_target:
        values = table.values(target_step.column)[train]
        target_step.offset, target_step.factor, flat = affine_for(values, config.scaling)
        if flat:
            target_step.offset, target_step.factor = float(values[0]), 1.0
    return Pipeline(steps, target_step, config.missing, config.scaling)


def _fit_categorical(
    table: Table,
    name: str,
    train: np.ndarray,
    config: PreprocessConfig,
    warnings: list,
    constant: list[tuple[str, str]],
) -> FeatureStep:
    values = table.values(name)[train]
    present = [value for value in values if value is not None]
    step = FeatureStep(name, "categorical", categories=sorted(set(present)))
    if present:
        step.fill = Counter(present).most_common(1)[0][0]
        if len(step.categories) == 1:
            constant.append((name, repr(step.categories[0])))
    if name in table.id_like:
        warnings.append(data_error("data.id_column_feature", column=name))
    if config.missing == "drop":
        step.fill = None
    return step


def _fit_numeric(
    table: Table,
    names: list[str],
    train: np.ndarray,
    config: PreprocessConfig,
    warnings: list,
    constant: list[tuple[str, str]],
) -> dict[str, FeatureStep]:
    """Fit fill values and scalings of all numeric features on one training matrix."""
    matrix = table.numeric_matrix(names, train)
    gaps = np.isnan(matrix)
    fills = _fill_values(matrix, gaps, config.missing)
    if gaps.any():
        for index in np.flatnonzero(gaps.any(axis=0)):
            fill = fills[index]
            matrix[gaps[:, index], index] = 0.0 if fill is None else fill
    offsets, factors, flat = affine_columns(matrix, config.scaling)

    steps = {}
    for index, name in enumerate(names):
        # A pipeline that drops rows reports gaps in new data instead of filling them.
        fill = None if config.missing == "drop" else fills[index]
        steps[name] = FeatureStep(
            name, "numeric", fill=fill, offset=float(offsets[index]), factor=float(factors[index])
        )
        if flat[index]:
            constant.append((name, format_number(float(matrix[0, index]))))
        if name in table.id_like:
            warnings.append(data_error("data.id_column_feature", column=name))
    return steps


def _fill_values(matrix: np.ndarray, gaps: np.ndarray, strategy: str) -> list[float | None]:
    """Return each column's training statistic for filling gaps (the mean for "drop")."""
    n_columns = matrix.shape[1]
    if matrix.shape[0] == 0:
        return [None] * n_columns
    empty = gaps.all(axis=0)
    if strategy == "most_frequent":
        values: list[float | None] = []
        for index in range(n_columns):
            present = matrix[~gaps[:, index], index]
            if present.size == 0:
                values.append(None)
                continue
            distinct, counts = np.unique(present, return_counts=True)
            values.append(float(distinct[np.argmax(counts)]))
        return values
    with np.errstate(all="ignore"):
        if not gaps.any():
            stats = np.median(matrix, axis=0) if strategy == "median" else matrix.mean(axis=0)
        elif strategy == "median":
            stats = np.nanmedian(np.where(empty, 0.0, matrix), axis=0)
        else:
            stats = np.nanmean(np.where(empty, 0.0, matrix), axis=0)
    return [None if empty[index] else float(stats[index]) for index in range(n_columns)]


def _warn_constant(constant: list[tuple[str, str]], scaling: str, warnings: list) -> None:
    """Add one warning per constant feature, or one for all when there are many."""
    effect = "; it is scaled to 0" if scaling != "none" else ""
    if len(constant) > 3:
        shown = ", ".join(repr(name) for name, _ in constant[:10])
        more = f", ... ({len(constant)} columns)" if len(constant) > 10 else ""
        effect = effect.replace("it is", "they are")
        warnings.append(
            data_error(
                "data.constant_features", count=len(constant), columns=shown + more, effect=effect
            )
        )
        return
    for name, value in constant:
        warnings.append(
            data_error("data.constant_feature", column=name, value=value, effect=effect)
        )


def _warn_filled(
    table: Table, steps: list[FeatureStep], rows: np.ndarray, missing: str, warnings: list
) -> None:
    """Warn once per feature with the number of its cells in ``rows`` that get filled."""
    for step in steps:
        values = table.values(step.column)[rows]
        if values.dtype.kind == "f":
            count = int(np.isnan(values).sum())
            shown = format_number(float(step.fill)) if step.fill is not None else "0"
            strategy = missing.replace("_", " ")
        else:
            count = sum(value is None for value in values)
            shown = repr(step.fill)
            strategy = "most frequent value"
        if count:
            warnings.append(
                data_error(
                    "data.missing_filled",
                    count=count,
                    column=step.column,
                    strategy=strategy,
                    value=shown,
                )
            )
