"""Evaluation metrics over whole arrays: classification reports and regression errors.

All functions take NumPy arrays and return plain JSON-able dicts (floats, ints, lists, and
None where a metric is undefined), so the command line prints them and the GUI shows them
without conversion.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

#: Bins of the error histogram shown for regression.
HISTOGRAM_BINS = 20


def class_indices(y: np.ndarray) -> np.ndarray:
    """Turn network outputs or targets into class indices.

    One column is the probability of class 1 (sigmoid output, threshold 0.5); several
    columns are one score per class (softmax output or one-hot target, highest wins).
    """
    y = np.asarray(y)
    if y.ndim == 1:
        y = y.reshape(-1, 1)
    if y.shape[1] == 1:
        return (y[:, 0] >= 0.5).astype(np.int64)
    return np.argmax(y, axis=1).astype(np.int64)


def confusion_matrix(true: np.ndarray, predicted: np.ndarray, n_classes: int) -> np.ndarray:
    """Count samples per (true class, predicted class): rows are true, columns predicted."""
    matrix = np.zeros((n_classes, n_classes), dtype=np.int64)
    np.add.at(matrix, (np.asarray(true), np.asarray(predicted)), 1)
    return matrix


def classification_metrics(
    true: np.ndarray, predicted: np.ndarray, class_names: Sequence[str]
) -> dict[str, Any]:
    """Accuracy, per-class precision/recall/F1 with support, their averages, confusion matrix.

    ``true`` and ``predicted`` are class indices into ``class_names``. A class never predicted
    has precision 0 and a class absent from ``true`` has recall 0 (scikit-learn's
    ``zero_division=0`` convention), so no NaN appears.
    """
    n_classes = len(class_names)
    matrix = confusion_matrix(true, predicted, n_classes)
    correct = np.diag(matrix).astype(np.float64)
    support = matrix.sum(axis=1)
    predicted_counts = matrix.sum(axis=0)
    precision = _safe_divide(correct, predicted_counts)
    recall = _safe_divide(correct, support)
    f1 = _safe_divide(2 * precision * recall, precision + recall)

    n_samples = int(matrix.sum())
    classes = [
        {
            "name": str(name),
            "precision": float(precision[index]),
            "recall": float(recall[index]),
            "f1": float(f1[index]),
            "support": int(support[index]),
        }
        for index, name in enumerate(class_names)
    ]
    weights = support / n_samples if n_samples else np.zeros(n_classes)
    return {
        "n_samples": n_samples,
        "accuracy": float(correct.sum() / n_samples) if n_samples else None,
        "classes": classes,
        "macro_avg": {
            "precision": float(precision.mean()),
            "recall": float(recall.mean()),
            "f1": float(f1.mean()),
        },
        "weighted_avg": {
            "precision": float(np.dot(weights, precision)),
            "recall": float(np.dot(weights, recall)),
            "f1": float(np.dot(weights, f1)),
        },
        "class_names": [str(name) for name in class_names],
        "confusion_matrix": matrix.tolist(),
    }


def regression_metrics(
    true: np.ndarray, predicted: np.ndarray, target_names: Sequence[str]
) -> dict[str, Any]:
    """MSE, RMSE, MAE, MAPE (%), R² per target and averaged over targets, plus an error histogram.

    Arrays are ``(n_samples, n_targets)`` in the target's original units. MAPE leaves out
    samples whose target is 0 (their percentage error is infinite) and reports how many; it is
    None when every target is 0. R² is None when the target is constant, since it divides by
    the target's variance.
    """
    true = np.asarray(true, dtype=np.float64).reshape(len(true), -1)
    predicted = np.asarray(predicted, dtype=np.float64).reshape(len(predicted), -1)
    targets = [
        _one_target_metrics(true[:, column], predicted[:, column], str(name))
        for column, name in enumerate(target_names)
    ]
    summary = {
        key: _mean_or_none([target[key] for target in targets])
        for key in ("mse", "rmse", "mae", "mape", "r2")
    }
    return {
        "n_samples": int(true.shape[0]),
        **summary,
        "targets": targets,
        "histogram": error_histogram(predicted - true),
    }


def error_histogram(errors: np.ndarray, bins: int = HISTOGRAM_BINS) -> dict[str, list]:
    """Count prediction errors (predicted − target) in equal bins: ``{"edges", "counts"}``."""
    errors = np.asarray(errors, dtype=np.float64).ravel()
    errors = errors[np.isfinite(errors)]
    if errors.size == 0:
        return {"edges": [], "counts": []}
    low, high = float(errors.min()), float(errors.max())
    if low == high:
        low, high = low - 0.5, high + 0.5
    counts, edges = np.histogram(errors, bins=bins, range=(low, high))
    return {"edges": edges.tolist(), "counts": counts.tolist()}


def _one_target_metrics(true: np.ndarray, predicted: np.ndarray, name: str) -> dict[str, Any]:
    errors = predicted - true
    mse = float(np.mean(errors**2)) if errors.size else None
    nonzero = true != 0
    mape = None
    if np.any(nonzero):
        mape = float(np.mean(np.abs(errors[nonzero] / true[nonzero])) * 100.0)
    total = float(np.sum((true - true.mean()) ** 2)) if true.size else 0.0
    r2 = 1.0 - float(np.sum(errors**2)) / total if total > 0 else None
    return {
        "name": name,
        "mse": mse,
        "rmse": float(np.sqrt(mse)) if mse is not None else None,
        "mae": float(np.mean(np.abs(errors))) if errors.size else None,
        "mape": mape,
        "mape_excluded": int(np.sum(~nonzero)),
        "r2": r2,
    }


def _safe_divide(numerator: np.ndarray, denominator: np.ndarray) -> np.ndarray:
    numerator = np.asarray(numerator, dtype=np.float64)
    denominator = np.asarray(denominator, dtype=np.float64)
    result = np.zeros_like(numerator)
    np.divide(numerator, denominator, out=result, where=denominator != 0)
    return result


def _mean_or_none(values: list[float | None]) -> float | None:
    present = [value for value in values if value is not None]
    return float(np.mean(present)) if present else None
