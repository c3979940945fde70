"""The flat parameter buffer behind a Sequential model's kernels and biases.

All kernels and biases are views of one 1-D array, and all gradients views of another, so an
optimizer step is a handful of NumPy calls whatever the depth of the network, and a snapshot
of the weights is one copy.
"""

from __future__ import annotations

import numpy as np

from bpstudio.errors import ModelError


class ParameterBuffer:
    """Mixin of :class:`Sequential` that allocates, initialises and copies the weights.

    It uses the model's ``_layers``, ``_input_dim``, ``dtype``, ``seed``, ``optimizer`` and
    ``_workspaces``, and owns ``_params``, ``_grads``, ``_kernel_grads`` and ``_bias_grads``.
    """

    def _rebuild_keeping_weights(self) -> None:
        first_dim = self._layers[0].input_dim if self._layers else None
        n_inputs = self._input_dim if self._input_dim is not None else first_dim
        if not self._layers or n_inputs is None:
            self._release()
            return
        kept = {
            id(layer): [w.copy() for w in self._layer_arrays(layer)]
            for layer in self._layers
            if layer.built
        }
        self._input_dim = n_inputs
        self._allocate(kept)

    def _allocate(self, kept: dict) -> None:
        shapes = self._weight_shapes()
        total = sum(int(np.prod(shape)) for shape in shapes)
        self._params = np.zeros(total, dtype=self.dtype)
        self._grads = np.zeros(total, dtype=self.dtype)
        self._kernel_grads, self._bias_grads = [], []
        offset = 0
        n_in = self._input_dim
        for index, layer in enumerate(self._layers):
            views, grad_views = [], []
            for shape in layer.weight_shapes(n_in):
                size = int(np.prod(shape))
                views.append(self._params[offset : offset + size].reshape(shape))
                grad_views.append(self._grads[offset : offset + size].reshape(shape))
                offset += size
            previous = kept.get(id(layer))
            layer.bind(views[0], views[1] if layer.use_bias else None)
            if previous is not None and [p.shape for p in previous] == [v.shape for v in views]:
                for view, value in zip(views, previous, strict=False):
                    view[...] = value
            else:
                layer.initialize(self._layer_rng(index, self.seed))
            self._kernel_grads.append(grad_views[0])
            self._bias_grads.append(grad_views[1] if layer.use_bias else None)
            n_in = layer.units
        self._workspaces.clear()
        if self.optimizer is not None:
            self.optimizer.reset()

    def _release(self) -> None:
        for layer in self._layers:
            layer.unbind()
        self._params = self._grads = None
        self._kernel_grads, self._bias_grads = [], []
        self._workspaces.clear()

    def _weight_shapes(self) -> list[tuple[int, ...]]:
        shapes, n_in = [], self._input_dim
        for layer in self._layers:
            shapes.extend(layer.weight_shapes(n_in))
            n_in = layer.units
        return shapes

    def _layer_rng(self, index: int, seed: int):
        # One stream per layer position, so adding a layer leaves the others' draws unchanged.
        return np.random.default_rng([seed, 0, index])

    def _layer_arrays(self, layer) -> list[np.ndarray]:
        return [layer.kernel] + ([layer.bias] if layer.use_bias else [])

    def _require_built(self, n_inputs: int | None = None) -> None:
        if not self.built:
            self.build(n_inputs)

    # Weights -----------------------------------------------------------------------------------

    def get_weights(self) -> list[np.ndarray]:
        """Return copies of [kernel_1, bias_1, kernel_2, ...]; kernels are (n_in, units)."""
        if not self.built:
            return []
        return [w.copy() for layer in self._layers for w in self._layer_arrays(layer)]

    def set_weights(self, weights) -> None:
        """Copy arrays in get_weights order into the model; shapes must match exactly."""
        self._require_built()
        targets = [w for layer in self._layers for w in self._layer_arrays(layer)]
        names = [
            f"{layer.name}.{part}"
            for layer in self._layers
            for part in (("kernel", "bias") if layer.use_bias else ("kernel",))
        ]
        weights = list(weights)
        if len(weights) != len(targets):
            raise ModelError("model.weights_count", expected=len(targets), value=len(weights))
        for index, (target, value, name) in enumerate(zip(targets, weights, names, strict=False)):
            value = np.asarray(value)
            if value.shape != target.shape:
                raise ModelError(
                    "model.weights_mismatch",
                    index=index,
                    name=name,
                    expected=str(target.shape),
                    value=str(value.shape),
                )
        for target, value in zip(targets, weights, strict=False):
            np.copyto(target, np.asarray(value), casting="same_kind")

    def reset_weights(self, seed=None) -> None:
        """Draw new initial weights from ``seed`` (else the model's seed); reset the optimizer."""
        self._require_built()
        if seed is not None:
            self.seed = int(seed)
        for index, layer in enumerate(self._layers):
            layer.initialize(self._layer_rng(index, self.seed))
        self.epochs_trained = 0
        if self.optimizer is not None:
            self.optimizer.reset()

    def parameters(self):
        """Return the flat parameter buffer that every kernel and bias is a view of."""
        return self._params

    def new_gradient_arrays(self):
        """Return fresh zero arrays shaped like the kernel and bias gradients (None: no bias)."""
        kernels = [np.zeros_like(layer.kernel) for layer in self._layers]
        biases = [np.zeros_like(layer.bias) if layer.use_bias else None for layer in self._layers]
        return kernels, biases

    def _gradient_copies(self) -> list[np.ndarray]:
        grads = []
        for kernel_grad, bias_grad in zip(self._kernel_grads, self._bias_grads, strict=False):
            grads.append(kernel_grad.copy())
            if bias_grad is not None:
                grads.append(bias_grad.copy())
        return grads
