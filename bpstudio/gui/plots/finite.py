"""Guards that keep non-finite values out of pyqtgraph items.

One NaN in a curve makes pyqtgraph drop the whole line, and an infinite value breaks the
auto range, so every array passes through here before ``setData`` or ``setImage``.
"""

from __future__ import annotations

import numpy as np


def finite_xy(x, y, *, positive: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """Return the points of ``(x, y)`` where both are finite (and ``y > 0`` with ``positive``).

    ``positive`` is for a log-scaled y axis, where zero and negative values have no place.
    """
    x = np.asarray(x, dtype=np.float64).ravel()
    y = np.asarray(y, dtype=np.float64).ravel()
    keep = np.isfinite(x) & np.isfinite(y)
    if positive:
        keep &= y > 0
    return x[keep], y[keep]


def finite_image(values) -> np.ndarray:
    """Return a float32 copy of ``values`` with NaN and ±inf replaced by 0."""
    image = np.array(values, dtype=np.float32, copy=True)
    if image.ndim == 1:
        image = image[np.newaxis, :]
    np.nan_to_num(image, copy=False, nan=0.0, posinf=0.0, neginf=0.0)
    return image


def symmetric_limit(values, current: float | None = None, floor: float = 1e-3) -> float:
    """Return a "nice" colour limit L for levels (−L, L) that covers ``max |values|``.

    The limit only grows: a current limit that already covers the values is kept, so the
    colour of a weight does not drift from frame to frame. All-zero or non-finite values
    give ``current`` (or 1.0), never a zero-width range.
    """
    array = np.asarray(values, dtype=np.float64)
    finite = array[np.isfinite(array)]
    peak = float(np.max(np.abs(finite))) if finite.size else 0.0
    if current is not None and peak <= current:
        return current
    if peak <= 0.0:
        return 1.0 if current is None else current
    exponent = np.floor(np.log10(peak))
    for mantissa in (1.0, 2.0, 5.0, 10.0):
        limit = mantissa * 10.0**exponent
        if limit >= peak:
            return max(float(limit), floor)
    return max(float(10.0 ** (exponent + 1)), floor)
