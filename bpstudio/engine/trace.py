"""``Sequential.trace``: one forward and backward pass of training, kept for teaching views."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from bpstudio.engine.backprop import Workspace


@dataclass
class LayerTrace:
    """One layer's part of a forward and backward pass, all ``(n_samples, ...)`` copies.

    ``delta`` is ∂E/∂z with E averaged over the samples, as in ``compute_gradients``.
    """

    inputs: np.ndarray
    z: np.ndarray
    a: np.ndarray
    delta: np.ndarray | None = None
    kernel_grad: np.ndarray | None = None
    bias_grad: np.ndarray | None = None


@dataclass
class ModelTrace:
    """The exact forward (and, with targets, backward) pass of training, for teaching views."""

    layers: list[LayerTrace] = field(default_factory=list)
    loss: float | None = None
    output_delta_formula: str = ""


def build_trace(model, x, y=None) -> ModelTrace:
    """Run the training pass on ``x`` (and ``y``) in fresh buffers and return its values.

    The code is the training code (``Workspace.forward_backward``), so the values are
    exactly those of ``compute_gradients`` and of a training step on the same batch.
    """
    x = model.prepare_inputs(x)
    layers = model.layers
    workspace = Workspace(layers, x.shape[0], model.dtype)
    kernel_grads, bias_grads = model.new_gradient_arrays()
    trace = ModelTrace()
    if y is None:
        workspace.forward(x)
    else:
        y = model.prepare_targets(y, x.shape[0])
        head = model.head()
        trace.loss = workspace.forward_backward(x, y, head, kernel_grads, bias_grads)
        trace.output_delta_formula = head.formula

    inputs = x
    for i in range(len(layers)):
        layer_trace = LayerTrace(
            inputs=inputs.copy(), z=workspace.z[i].copy(), a=workspace.a[i].copy()
        )
        if y is not None:
            layer_trace.delta = workspace.delta[i].copy()
            layer_trace.kernel_grad = kernel_grads[i]
            layer_trace.bias_grad = bias_grads[i]
        trace.layers.append(layer_trace)
        inputs = workspace.a[i]
    return trace
