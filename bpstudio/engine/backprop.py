"""The forward and backward pass over preallocated per-batch buffers.

A :class:`Workspace` holds, for one batch size n, every array a training step writes: per
layer z = x·W + b, a = f(z), δ = ∂E/∂z and a scratch array, all ``(n, units)``. The gradients
are written into views of the model's flat gradient buffer. A training step therefore
allocates no array larger than a row of sums, which keeps small networks fast and large ones
free of allocator churn.

The loss is averaged over the batch, so every δ carries the factor 1/n, as in Keras.
"""

from __future__ import annotations

import numpy as np

from bpstudio.engine.losses import BPError, MeanSquaredError

# np.add.reduce skips the Python wrapper of np.sum, which costs more than the sum on small arrays.
_sum_rows = np.add.reduce


class Head:
    """Computes the output activation, the loss and the output δ = ∂E/∂z together."""

    def __init__(self, activation, loss):
        self.activation = activation
        self.loss = loss

    formula = ""

    def forward_loss_delta(self, z, a, y, delta, work) -> float:
        raise NotImplementedError


class SoftmaxCrossentropyHead(Head):
    """softmax + categorical_crossentropy from the logits: E from log-sum-exp, δ = (o − d)/n.

    The fused δ assumes each target row sums to 1 (one-hot or a distribution); the model
    checks this before training.
    """

    formula = "fused softmax+CE: o − d"

    def forward_loss_delta(self, z, a, y, delta, work):
        n = z.shape[0]
        np.subtract(z, np.maximum.reduce(z, axis=1, keepdims=True), out=work)
        np.exp(work, out=a)
        sums = _sum_rows(a, axis=1, keepdims=True)
        a /= sums
        # E = (1/n)·Σᵢ [log Σⱼ exp(zᵢⱼ − mᵢ) − Σₖ dᵢₖ (zᵢₖ − mᵢ)] for rows of d summing to 1.
        loss = (float(_sum_rows(np.log(sums), axis=None)) - float(np.vdot(y, work))) / n
        np.subtract(a, y, out=delta)
        delta *= delta.dtype.type(1 / n)
        return loss


class SigmoidCrossentropyHead(Head):
    """sigmoid + binary_crossentropy from the logits.

    E = mean(softplus(z) − d·z) over samples and outputs, and δ = (o − d)/(n·k).
    """

    formula = "fused sigmoid+BCE: o − d"

    def forward_loss_delta(self, z, a, y, delta, work):
        np.logaddexp(z, 0, out=work)
        loss = (float(_sum_rows(work, axis=None)) - float(np.vdot(y, z))) / z.size
        np.subtract(z, work, out=a)
        np.exp(a, out=a)
        np.subtract(a, y, out=delta)
        delta *= delta.dtype.type(1 / z.size)
        return loss


class SquaredErrorHead(Head):
    """mse or bp_error with any activation: δ = c·(o − d)·f'(z) (full Jacobian for softmax)."""

    def __init__(self, activation, loss):
        super().__init__(activation, loss)
        self.formula = "(o − d)·f'(z)" if activation.elementwise else "J_softmaxᵀ·(o − d)"

    def forward_loss_delta(self, z, a, y, delta, work):
        a = self.activation.forward(z, out=a)
        np.subtract(a, y, out=delta)
        squares = float(np.vdot(delta, delta))
        if isinstance(self.loss, BPError):
            scale = 1 / z.shape[0]
            loss = 0.5 * squares * scale
        else:
            scale = 2 / z.size
            loss = squares / z.size
        delta *= delta.dtype.type(scale)
        self.activation.backward(delta, z, a, work)
        return loss


class GenericHead(Head):
    """Any other pairing: δ = f'(z) ⊙ ∂E/∂o, the loss computed on the outputs."""

    def __init__(self, activation, loss):
        super().__init__(activation, loss)
        self.formula = "∂E/∂o·f'(z)" if activation.elementwise else "J_softmaxᵀ·∂E/∂o"

    def forward_loss_delta(self, z, a, y, delta, work):
        a = self.activation.forward(z, out=a)
        loss = self.loss.value(y, a)
        np.copyto(delta, self.loss.gradient(y, a), casting="same_kind")
        self.activation.backward(delta, z, a, work)
        return loss


def make_head(activation, loss) -> Head:
    """Pick the head for an output activation and a loss (fused where that is exact)."""
    if loss.fused_activation == activation.name == "softmax":
        return SoftmaxCrossentropyHead(activation, loss)
    if loss.fused_activation == activation.name == "sigmoid":
        return SigmoidCrossentropyHead(activation, loss)
    if isinstance(loss, MeanSquaredError | BPError):
        return SquaredErrorHead(activation, loss)
    return GenericHead(activation, loss)


class Workspace:
    """Buffers and the forward/backward pass for batches of exactly ``n`` samples."""

    def __init__(self, layers, n: int, dtype):
        self.layers = layers
        self.n = n
        self.z, self.a, self.delta, self.work = [], [], [], []
        for layer in layers:
            shape = (n, layer.units)
            z = np.empty(shape, dtype)
            self.z.append(z)
            self.a.append(z if layer.activation.name == "linear" else np.empty(shape, dtype))
            self.delta.append(np.empty(shape, dtype))
            self.work.append(np.empty(shape, dtype))
        self.l2_work = [np.empty_like(layer.kernel) if layer.l2 else None for layer in layers]

    def forward(self, x, *, skip_output_activation=False):
        """Run the layers on ``x`` ``(n, n_in)``; return the output activations ``(n, k)``."""
        inputs = x
        last = len(self.layers) - 1
        for i, layer in enumerate(self.layers):
            z = self.z[i]
            np.matmul(inputs, layer.kernel, out=z)
            if layer.use_bias:
                z += layer.bias
            if i == last and skip_output_activation:
                return None
            a = self.a[i]
            if a is not z:
                layer.activation.forward(z, out=a, work=self.work[i])
            inputs = a
        return inputs

    def forward_backward(self, x, y, head, kernel_grads, bias_grads) -> float:
        """Forward, loss and backward on one batch; write the gradients; return the loss."""
        self.forward(x, skip_output_activation=True)
        last = len(self.layers) - 1
        loss = head.forward_loss_delta(
            self.z[last], self.a[last], y, self.delta[last], self.work[last]
        )

        for i in range(last, -1, -1):
            layer = self.layers[i]
            delta = self.delta[i]
            inputs = self.a[i - 1] if i > 0 else x
            np.matmul(inputs.T, delta, out=kernel_grads[i])
            if layer.l2:
                loss += self._add_l2(layer, kernel_grads[i], self.l2_work[i])
            if layer.use_bias:
                _sum_rows(delta, axis=0, out=bias_grads[i])
            if i > 0:
                below = self.layers[i - 1]
                np.matmul(delta, layer.kernel.T, out=self.delta[i - 1])
                below.activation.backward(
                    self.delta[i - 1], self.z[i - 1], self.a[i - 1], self.work[i - 1]
                )
        return loss

    @staticmethod
    def _add_l2(layer, kernel_grad, work) -> float:
        # E gains λ·ΣW², so ∂E/∂W gains 2λ·W.
        kernel = layer.kernel
        np.multiply(kernel, kernel.dtype.type(2 * layer.l2), out=work)
        kernel_grad += work
        return layer.l2 * float(np.vdot(kernel, kernel))
