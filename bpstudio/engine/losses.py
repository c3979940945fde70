"""Loss functions, resolved by name with :func:`get`.

Notation: n samples, k output units, d the targets and o the outputs, both ``(n, k)``.
What each loss sums and what it averages:

====================== ================================================ ====================
name                   value                                            ∂L/∂o
====================== ================================================ ====================
mse                    mean over samples and outputs of (d − o)²        2(o − d)/(n·k)
mae                    mean over samples and outputs of |d − o|         sign(o − d)/(n·k)
binary_crossentropy    mean over samples and outputs of                 (o − d)/(o(1 − o)·n·k)
                       −[d·log o + (1 − d)·log(1 − o)]
categorical_crossentropy  mean over samples of the sum over outputs     −d/(o·n)
                       of −d·log o
bp_error               mean over samples of ½·Σₖ(dₖ − oₖ)², the         (o − d)/n
                       classical BP error summed over outputs
====================== ================================================ ====================

Cross-entropies clip o to [1e-7, 1 − 1e-7] (Keras' epsilon) when given probabilities. The
training loop computes them from the logits z instead (``value_from_logits``), which is exact
and finite for any z: softmax + categorical_crossentropy gives ∂L/∂z = (o − d)/n and
sigmoid + binary_crossentropy gives ∂L/∂z = (o − d)/(n·k).

A target of shape ``(n,)`` against an output of shape ``(n, 1)`` is read as a column, never
broadcast to ``(n, n)``; any other shape difference raises ``ModelError``.
"""

from __future__ import annotations

import numpy as np

from bpstudio.engine.errors import unknown_name
from bpstudio.errors import ModelError

#: Clip applied to probabilities before taking logarithms, as in Keras.
EPSILON = 1e-7


def align_targets(y_true, y_pred):
    """Return ``(y_true, y_pred)`` as arrays of equal 2-D shape, or raise ``ModelError``."""
    y_pred = np.asarray(y_pred)
    y_true = np.asarray(y_true, dtype=y_pred.dtype)
    if y_pred.ndim == 1:
        y_pred = y_pred[:, None]
    if y_true.ndim == 1 and y_pred.shape[1] == 1:
        y_true = y_true[:, None]
    if y_true.shape != y_pred.shape:
        raise ModelError(
            "model.target_mismatch",
            layer="output",
            expected=y_pred.shape[1],
            value=str(tuple(y_true.shape)),
        )
    return y_true, y_pred


class Loss:
    """Base class. ``value`` returns a Python float; ``gradient`` returns ∂L/∂o."""

    name = ""
    #: The output activation whose logits this loss can be computed from, if any.
    fused_activation: str | None = None

    def value(self, y_true, y_pred) -> float:
        raise NotImplementedError

    def gradient(self, y_true, y_pred):
        raise NotImplementedError

    def get_config(self) -> dict:
        return {"name": self.name}

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


class MeanSquaredError(Loss):
    name = "mse"

    def value(self, y_true, y_pred) -> float:
        y_true, y_pred = align_targets(y_true, y_pred)
        return float(np.mean(np.square(y_pred - y_true)))

    def gradient(self, y_true, y_pred):
        y_true, y_pred = align_targets(y_true, y_pred)
        return (y_pred - y_true) * (2 / y_pred.size)


class MeanAbsoluteError(Loss):
    name = "mae"

    def value(self, y_true, y_pred) -> float:
        y_true, y_pred = align_targets(y_true, y_pred)
        return float(np.mean(np.abs(y_pred - y_true)))

    def gradient(self, y_true, y_pred):
        # The subgradient at o = d is taken as 0.
        y_true, y_pred = align_targets(y_true, y_pred)
        return np.sign(y_pred - y_true) * (1 / y_pred.size)


class BPError(Loss):
    """The classical BP error E = ½·Σₖ(dₖ − oₖ)², summed over outputs, averaged over samples."""

    name = "bp_error"

    def value(self, y_true, y_pred) -> float:
        y_true, y_pred = align_targets(y_true, y_pred)
        return float(0.5 * np.sum(np.square(y_pred - y_true)) / y_pred.shape[0])

    def gradient(self, y_true, y_pred):
        y_true, y_pred = align_targets(y_true, y_pred)
        return (y_pred - y_true) * (1 / y_pred.shape[0])


class BinaryCrossentropy(Loss):
    name = "binary_crossentropy"
    fused_activation = "sigmoid"

    def value(self, y_true, y_pred) -> float:
        y_true, y_pred = align_targets(y_true, y_pred)
        o = np.clip(y_pred, EPSILON, 1 - EPSILON)
        return float(-np.mean(y_true * np.log(o) + (1 - y_true) * np.log1p(-o)))

    def gradient(self, y_true, y_pred):
        y_true, y_pred = align_targets(y_true, y_pred)
        o = np.clip(y_pred, EPSILON, 1 - EPSILON)
        return (o - y_true) / (o * (1 - o)) * (1 / y_pred.size)

    def value_from_logits(self, y_true, z) -> float:
        """Mean of softplus(z) − d·z, which equals the loss of o = sigmoid(z) exactly."""
        y_true, z = align_targets(y_true, z)
        return float(np.mean(np.logaddexp(z, 0) - y_true * z))


class CategoricalCrossentropy(Loss):
    name = "categorical_crossentropy"
    fused_activation = "softmax"

    def value(self, y_true, y_pred) -> float:
        y_true, y_pred = align_targets(y_true, y_pred)
        o = np.clip(y_pred, EPSILON, 1 - EPSILON)
        return float(-np.sum(y_true * np.log(o)) / y_pred.shape[0])

    def gradient(self, y_true, y_pred):
        y_true, y_pred = align_targets(y_true, y_pred)
        o = np.clip(y_pred, EPSILON, 1 - EPSILON)
        return -y_true / o * (1 / y_pred.shape[0])

    def value_from_logits(self, y_true, z) -> float:
        """Mean over samples of Σₖ dₖ·(logsumexp(z) − zₖ), finite for any finite z."""
        y_true, z = align_targets(y_true, z)
        shifted = z - z.max(axis=1, keepdims=True)
        log_sum = np.log(np.exp(shifted).sum(axis=1, keepdims=True))
        return float(np.sum(y_true * (log_sum - shifted)) / z.shape[0])


_REGISTRY = {
    "mse": MeanSquaredError,
    "mae": MeanAbsoluteError,
    "binary_crossentropy": BinaryCrossentropy,
    "categorical_crossentropy": CategoricalCrossentropy,
    "bp_error": BPError,
}
#: Valid loss names.
NAMES = tuple(_REGISTRY)
#: Accepted spellings that Keras users type.
ALIASES = {"mean_squared_error": "mse", "mean_absolute_error": "mae"}


def get(identifier) -> Loss:
    """Return a loss for a name, a ``{"name": ...}`` dict or an instance."""
    if isinstance(identifier, Loss):
        return identifier
    if isinstance(identifier, dict):
        identifier = identifier.get("name")
    key = identifier.lower() if isinstance(identifier, str) else identifier
    key = ALIASES.get(key, key)
    if key not in _REGISTRY:
        raise unknown_name("loss", identifier, NAMES)
    return _REGISTRY[key]()
