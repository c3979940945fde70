"""Checks that turn user arrays into the exact arrays training needs, or raise clear errors."""

from __future__ import annotations

import math

import numpy as np

from bpstudio.engine.errors import invalid_argument
from bpstudio.errors import ModelError, TrainingError

#: How far a one-hot or probability row may sum from 1 before softmax + cross-entropy rejects it.
ROW_SUM_TOLERANCE = 1e-3


def prepare_inputs(model, x, which="inputs") -> np.ndarray:
    """Return ``x`` as a C-contiguous ``(n, n_features)`` array of the model dtype.

    A 1-D ``x`` is read as one feature column when the model takes one input. The model is
    built on first use if its first layer has no ``input_shape``.
    """
    if not model.layers:
        raise ModelError("model.empty")
    x = np.asarray(x)
    expected = model.input_dim if model.input_dim is not None else model.layers[0].input_dim
    if x.ndim == 1 and expected in (1, None):
        x = x[:, None]
    if x.ndim != 2:
        raise invalid_argument(
            which, "a 2-D array (n_samples, n_features)", f"an array of shape {x.shape}"
        )
    if expected is not None and x.shape[1] != expected:
        raise ModelError(
            "model.input_mismatch", layer=model.layers[0].name, expected=expected, value=x.shape[1]
        )
    if not model.built:
        model.build(x.shape[1])
    return np.ascontiguousarray(x, dtype=model.dtype)


def prepare_targets(model, y, n_rows: int) -> np.ndarray:
    """Return ``y`` as a C-contiguous ``(n, units)`` array; a ``(n,)`` vector becomes a column."""
    units = model.layers[-1].units
    if y is None:
        raise invalid_argument("y", "an array of targets", None)
    y = np.asarray(y)
    if y.ndim == 1 and units == 1:
        y = y[:, None]
    if y.ndim != 2 or y.shape[1] != units:
        raise ModelError(
            "model.target_mismatch",
            layer=model.layers[-1].name,
            expected=units,
            value=str(tuple(y.shape)),
        )
    if y.shape[0] != n_rows:
        raise TrainingError("training.length_mismatch", x_rows=n_rows, y_rows=y.shape[0])
    y = np.ascontiguousarray(y, dtype=model.dtype)
    loss_name = model.loss.name if model.loss is not None else None
    if loss_name == "categorical_crossentropy" and model.layers[-1].activation.name == "softmax":
        _check_row_sums(y)
    return y


def _check_row_sums(y) -> None:
    sums = y.sum(axis=1, dtype=np.float64)
    bad = np.flatnonzero(np.abs(sums - 1) > ROW_SUM_TOLERANCE)
    if bad.size:
        raise ModelError(
            "model.invalid_targets",
            loss="categorical_crossentropy",
            expected="whose rows sum to 1 (one-hot class labels)",
            detail=f"row {int(bad[0]) + 1} sums to {sums[bad[0]]:g}",
        )


def first_non_finite_row(array) -> int | None:
    """Return the 1-based row of the first NaN or infinity in ``array``, or None."""
    finite_rows = np.isfinite(array).all(axis=tuple(range(1, array.ndim)))
    bad = np.flatnonzero(~finite_rows)
    return int(bad[0]) + 1 if bad.size else None


#: Arrays up to this size are checked entry by entry, which is cheaper than setting errstate.
_SMALL_ARRAY = 4096


def all_finite(flat) -> bool:
    """Return whether every entry of a 1-D array is finite.

    For large arrays the sum (one pass, no temporary array) is finite unless an entry is NaN or
    infinite or the sum overflows; only then is every entry checked. The sum is NumPy's own
    rather than a BLAS dot product: a multithreaded BLAS call per batch stalls when the other
    cores are busy with other programs.
    """
    if flat.size <= _SMALL_ARRAY:
        return bool(np.isfinite(flat).all())
    with np.errstate(over="ignore", invalid="ignore"):
        total = float(np.add.reduce(flat))
    return math.isfinite(total) or bool(np.isfinite(flat).all())


class QuietFloatingPoint:
    """Silence NumPy's overflow and invalid-value warnings, which divergence checks replace.

    Unlike a ``with np.errstate()`` block it can be left around a ``yield``: the error state
    is a context variable, so a block open in a generator would also silence its consumer.
    """

    def __init__(self):
        self._state = None

    def enter(self) -> None:
        self._state = np.errstate(over="ignore", invalid="ignore", divide="ignore")
        self._state.__enter__()

    def exit(self) -> None:
        if self._state is not None:
            self._state.__exit__(None, None, None)
            self._state = None
