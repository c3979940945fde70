"""Weight initializers, resolved by name with :func:`get`.

Each initializer is called as ``init(shape, rng, dtype)`` with ``shape`` = ``(fan_in, fan_out)``
for a kernel or ``(units,)`` for a bias. Draws are made in float64 from the given
``numpy.random.Generator`` and cast once, so a seed gives the same weights in float32 and
float64 up to rounding. Formulas follow Keras (Glorot and Bengio 2010, He et al. 2015).
"""

from __future__ import annotations

import logging
import math

import numpy as np

from bpstudio.engine.errors import unknown_name

logger = logging.getLogger(__name__)

#: Standard deviation of ``random_normal``, as in Keras' RandomNormal.
RANDOM_NORMAL_STDDEV = 0.05


class ZerosInitializerWarning(UserWarning):
    """Every unit of a layer starts equal, so gradient descent can never tell them apart."""


def _fans(shape):
    if len(shape) == 2:
        return shape[0], shape[1]
    return shape[0], shape[0]


def glorot_uniform(shape, rng, dtype):
    """Uniform on [−l, l] with l = √(6 / (fan_in + fan_out))."""
    fan_in, fan_out = _fans(shape)
    limit = math.sqrt(6 / (fan_in + fan_out))
    return rng.uniform(-limit, limit, size=shape).astype(dtype)


def glorot_normal(shape, rng, dtype):
    """Normal truncated at 2σ with σ = √(2 / (fan_in + fan_out)) / 0.8796 (Keras' scaling)."""
    fan_in, fan_out = _fans(shape)
    return _truncated_normal(shape, rng, math.sqrt(2 / (fan_in + fan_out)), dtype)


def he_uniform(shape, rng, dtype):
    """Uniform on [−l, l] with l = √(6 / fan_in)."""
    fan_in, _ = _fans(shape)
    limit = math.sqrt(6 / fan_in)
    return rng.uniform(-limit, limit, size=shape).astype(dtype)


def he_normal(shape, rng, dtype):
    """Normal truncated at 2σ with σ = √(2 / fan_in) / 0.8796 (Keras' scaling)."""
    fan_in, _ = _fans(shape)
    return _truncated_normal(shape, rng, math.sqrt(2 / fan_in), dtype)


def random_normal(shape, rng, dtype):
    """Normal with mean 0 and standard deviation 0.05."""
    return rng.normal(0.0, RANDOM_NORMAL_STDDEV, size=shape).astype(dtype)


def zeros(shape, rng, dtype):
    """All zeros: right for biases; for kernels it keeps all units identical (see warn)."""
    return np.zeros(shape, dtype=dtype)


def ones(shape, rng, dtype):
    """All ones, for hand-worked examples."""
    return np.ones(shape, dtype=dtype)


def _truncated_normal(shape, rng, target_stddev, dtype):
    # Keras divides by 0.87962566, the standard deviation of a unit normal truncated at ±2,
    # so that the truncated draws have the intended variance. Rejected draws are redrawn.
    stddev = target_stddev / 0.87962566103423978
    values = rng.normal(0.0, stddev, size=shape)
    outside = np.abs(values) > 2 * stddev
    while outside.any():
        values[outside] = rng.normal(0.0, stddev, size=int(outside.sum()))
        outside = np.abs(values) > 2 * stddev
    return values.astype(dtype)


_REGISTRY = {
    "glorot_uniform": glorot_uniform,
    "glorot_normal": glorot_normal,
    "he_uniform": he_uniform,
    "he_normal": he_normal,
    "random_normal": random_normal,
    "zeros": zeros,
    "ones": ones,
}
#: Valid initializer names.
NAMES = tuple(_REGISTRY)


def get(identifier):
    """Return the initializer function for a name (or a callable, returned unchanged)."""
    if callable(identifier):
        return identifier
    key = identifier.lower() if isinstance(identifier, str) else identifier
    if key not in _REGISTRY:
        raise unknown_name("initializer", identifier, NAMES)
    return _REGISTRY[key]
