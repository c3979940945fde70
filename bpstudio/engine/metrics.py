"""Metrics reported next to the loss, resolved by name with :func:`get`.

A metric accumulates over the batches of an epoch (``reset``, ``update``, ``result``) so the
epoch value weighs every sample once, whatever the batch sizes; sums are kept in float64.
Calling a metric, ``metric(y_true, y_pred)``, computes it on one set of arrays.
"""

from __future__ import annotations

import numpy as np

from bpstudio.engine.errors import unknown_name
from bpstudio.engine.losses import align_targets

#: Output probability above which a single sigmoid unit predicts class 1 (Keras' default).
BINARY_THRESHOLD = 0.5


class Metric:
    name = ""

    def __init__(self):
        self.reset()

    def reset(self) -> None:
        raise NotImplementedError

    def update(self, y_true, y_pred) -> None:
        raise NotImplementedError

    def result(self) -> float:
        raise NotImplementedError

    def __call__(self, y_true, y_pred) -> float:
        self.reset()
        self.update(y_true, y_pred)
        value = self.result()
        self.reset()
        return value

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


class Accuracy(Metric):
    """Share of samples classified correctly.

    One output unit: the class is 1 when the output exceeds 0.5 (a sigmoid probability) and
    the target is read the same way. Several units: the arg-max of the output row against the
    arg-max of the one-hot target row.
    """

    name = "accuracy"

    def reset(self):
        self._correct = 0
        self._count = 0

    def update(self, y_true, y_pred):
        y_true, y_pred = align_targets(y_true, y_pred)
        if y_pred.shape[1] == 1:
            hits = (y_pred > BINARY_THRESHOLD) == (y_true > BINARY_THRESHOLD)
        else:
            hits = y_pred.argmax(axis=1) == y_true.argmax(axis=1)
        self._correct += int(np.count_nonzero(hits))
        self._count += hits.size

    def result(self):
        return self._correct / self._count if self._count else float("nan")


class MeanSquaredError(Metric):
    """Mean over samples and outputs of (d − o)²."""

    name = "mse"

    def reset(self):
        self._total = 0.0
        self._count = 0

    def update(self, y_true, y_pred):
        y_true, y_pred = align_targets(y_true, y_pred)
        diff = y_pred - y_true
        self._total += float(np.dot(diff.ravel(), diff.ravel()))
        self._count += diff.size

    def result(self):
        return self._total / self._count if self._count else float("nan")


class MeanAbsoluteError(Metric):
    """Mean over samples and outputs of |d − o|."""

    name = "mae"

    def reset(self):
        self._total = 0.0
        self._count = 0

    def update(self, y_true, y_pred):
        y_true, y_pred = align_targets(y_true, y_pred)
        self._total += float(np.abs(y_pred - y_true).sum(dtype=np.float64))
        self._count += y_pred.size

    def result(self):
        return self._total / self._count if self._count else float("nan")


class R2Score(Metric):
    """Coefficient of determination 1 − SS_res/SS_tot per output, averaged over outputs.

    As in scikit-learn's ``r2_score`` with ``force_finite=True``: an output whose targets are
    constant scores 1.0 when predicted exactly and 0.0 otherwise.
    """

    name = "r2"

    def reset(self):
        self._count = 0
        self._residual = self._sum = self._squares = None

    def update(self, y_true, y_pred):
        y_true, y_pred = align_targets(y_true, y_pred)
        y_true = y_true.astype(np.float64)
        residual = np.square(y_true - y_pred).sum(axis=0)
        if self._residual is None:
            self._residual = np.zeros_like(residual)
            self._sum = np.zeros_like(residual)
            self._squares = np.zeros_like(residual)
        self._residual += residual
        self._sum += y_true.sum(axis=0)
        self._squares += np.square(y_true).sum(axis=0)
        self._count += y_true.shape[0]

    def result(self):
        if not self._count:
            return float("nan")
        total = self._squares - np.square(self._sum) / self._count
        constant = total <= 1e-12 * np.maximum(self._squares, 1e-300)
        safe_total = np.where(constant, 1.0, total)
        scores = np.where(
            constant, np.where(self._residual == 0, 1.0, 0.0), 1 - self._residual / safe_total
        )
        return float(scores.mean())


_REGISTRY = {
    "accuracy": Accuracy,
    "mse": MeanSquaredError,
    "mae": MeanAbsoluteError,
    "r2": R2Score,
}
#: Valid metric names.
NAMES = tuple(_REGISTRY)
#: Accepted spellings that Keras users type; both accuracies are "accuracy" here because
#: the output width distinguishes them.
ALIASES = {
    "acc": "accuracy",
    "binary_accuracy": "accuracy",
    "categorical_accuracy": "accuracy",
    "mean_squared_error": "mse",
    "mean_absolute_error": "mae",
    "r2_score": "r2",
}


def get(identifier) -> Metric:
    """Return a fresh metric for a name, or the instance given."""
    if isinstance(identifier, Metric):
        return identifier
    key = identifier.lower() if isinstance(identifier, str) else identifier
    key = ALIASES.get(key, key)
    if key not in _REGISTRY:
        raise unknown_name("metric", identifier, NAMES)
    return _REGISTRY[key]()
