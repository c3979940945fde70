"""Numerical gradient check: backpropagation against central finite differences."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass
class GradientCheckResult:
    """Largest errors between backpropagated and numerical gradients.

    ``relative_errors[i]`` is max |g_bp − g_num| / max(|g_bp| + |g_num|, 1e-12) over the
    checked entries of weight array i (get_weights order).
    """

    max_relative_error: float
    max_absolute_error: float
    relative_errors: list[float] = field(default_factory=list)
    checked: int = 0
    tolerance: float = 1e-6

    @property
    def passed(self) -> bool:
        return self.max_relative_error <= self.tolerance


def gradient_check(model, x, y, *, epsilon=1e-5, tolerance=1e-6, max_entries=200, seed=0):
    """Compare ``model.compute_gradients`` with central differences (E(w+ε) − E(w−ε)) / 2ε.

    The check runs on a float64 copy of the compiled model, so float32 rounding neither hides
    nor fakes errors, and the model itself is not changed. Arrays with more than ``max_entries``
    entries are checked at that many entries drawn with ``seed``. Kinks (relu at 0, mae at
    o = d) can give large errors on entries that sit exactly on them.
    """
    from bpstudio.engine.model import Sequential

    config = model.get_config()
    config["dtype"] = "float64"
    clone = Sequential.from_config(config)
    clone.build(model.input_dim)
    clone.set_weights([w.astype(np.float64) for w in model.get_weights()])
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)

    _, analytic = clone.compute_gradients(x, y)
    weights = clone.get_weights()
    rng = np.random.default_rng(seed)
    relative_errors, max_absolute, checked = [], 0.0, 0
    for index, array in enumerate(weights):
        flat_indices = np.arange(array.size)
        if array.size > max_entries:
            flat_indices = rng.choice(array.size, size=max_entries, replace=False)
        worst = 0.0
        for flat in flat_indices:
            numeric = _central_difference(clone, weights, index, flat, x, y, epsilon)
            exact = analytic[index].flat[flat]
            difference = abs(exact - numeric)
            max_absolute = max(max_absolute, difference)
            worst = max(worst, difference / max(abs(exact) + abs(numeric), 1e-12))
            checked += 1
        relative_errors.append(float(worst))
    return GradientCheckResult(
        max_relative_error=max(relative_errors, default=0.0),
        max_absolute_error=float(max_absolute),
        relative_errors=relative_errors,
        checked=checked,
        tolerance=tolerance,
    )


def _central_difference(model, weights, index, flat, x, y, epsilon) -> float:
    original = weights[index].flat[flat]
    values = []
    for step in (epsilon, -epsilon):
        weights[index].flat[flat] = original + step
        model.set_weights(weights)
        values.append(model.evaluate(x, y)["loss"])
    weights[index].flat[flat] = original
    model.set_weights(weights)
    return (values[0] - values[1]) / (2 * epsilon)
