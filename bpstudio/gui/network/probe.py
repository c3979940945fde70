"""Values of one sample inside the network, for the diagram's hover read-out.

While training runs, the worker owns the model, so the read-out never calls into it: it
replays the forward pass from the latest copy of the weights with the engine's own
activation functions. When the session is idle it uses ``model.trace``, which also gives
the error terms δ and the gradients of that sample.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

log = logging.getLogger(__name__)


@dataclass
class SampleProbe:
    """The forward pass of one sample: per Dense layer its net input ``z`` and output ``a``.

    ``delta``, ``kernel_grad`` and ``bias_grad`` come from ``model.trace`` and are None
    when the probe was computed from weights alone.
    """

    inputs: np.ndarray
    target: np.ndarray | None
    z: list[np.ndarray]
    a: list[np.ndarray]
    delta: list[np.ndarray] | None = None
    kernel_grad: list[np.ndarray] | None = None
    bias_grad: list[np.ndarray] | None = None


def forward_probe(
    kernels: Sequence[np.ndarray],
    biases: Sequence[np.ndarray | None],
    activation_names: Sequence[str],
    x: np.ndarray,
    target: np.ndarray | None = None,
) -> SampleProbe:
    """Run one sample ``x`` (shape ``(n_features,)``) through kernels and biases."""
    from bpstudio.engine import activations

    signal = np.asarray(x, dtype=np.float64).reshape(1, -1)
    zs, outputs = [], []
    for kernel, bias, name in zip(kernels, biases, activation_names, strict=True):
        z = signal @ np.asarray(kernel, dtype=np.float64)
        if bias is not None:
            z = z + np.asarray(bias, dtype=np.float64)
        signal = np.asarray(activations.get(name).forward(z), dtype=np.float64)
        zs.append(z[0])
        outputs.append(signal[0])
    return SampleProbe(np.asarray(x, dtype=np.float64), target, zs, outputs)


def trace_probe(model, x: np.ndarray, target: np.ndarray | None) -> SampleProbe:
    """Run ``model.trace`` on one sample; δ and gradients are those of that sample alone."""
    batch = np.asarray(x, dtype=model_dtype(model)).reshape(1, -1)
    y = None if target is None else np.asarray(target, dtype=batch.dtype).reshape(1, -1)
    trace = model.trace(batch, y)
    layers = list(trace.layers)
    return SampleProbe(
        inputs=np.asarray(x, dtype=np.float64),
        target=target,
        z=[np.asarray(layer.z)[0] for layer in layers],
        a=[np.asarray(layer.a)[0] for layer in layers],
        delta=None if y is None else [np.asarray(layer.delta)[0] for layer in layers],
        kernel_grad=None if y is None else [np.asarray(layer.kernel_grad) for layer in layers],
        bias_grad=None if y is None else [_optional(layer.bias_grad) for layer in layers],
    )


def model_dtype(model) -> np.dtype:
    return np.dtype(getattr(model, "dtype", "float32"))


def _optional(array) -> np.ndarray | None:
    return None if array is None else np.asarray(array)
