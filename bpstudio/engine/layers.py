"""The fully connected layer, :class:`Dense`: a = activation(x · kernel + bias)."""

from __future__ import annotations

import logging
import numbers
import warnings

import numpy as np

from bpstudio.engine import activations, initializers
from bpstudio.engine.errors import invalid_argument
from bpstudio.errors import ModelError

logger = logging.getLogger(__name__)


class Dense:
    """A fully connected layer.

    Args:
        units: number of neurons (output width), a positive integer.
        activation: a name from ``activations.NAMES``, an activation object, or None (linear).
        use_bias: whether the layer adds a bias vector.
        kernel_initializer, bias_initializer: names from ``initializers.NAMES``. A "zeros"
            kernel is allowed (it shows the symmetry problem) and warns.
        input_shape: ``(n_features,)`` for the first layer of a model.
        l2: L2 penalty factor λ; the loss gains λ·Σ kernel² and the kernel gradient 2λ·kernel.
            Biases are not penalised, as in Keras' ``kernel_regularizer``.
        name: layer name; the model assigns "dense", "dense_1", ... when None.

    After the model is built, ``kernel`` has shape ``(n_in, units)`` and ``bias`` ``(units,)``.
    They are views into the model's parameter buffer: assigning to them copies the values in.
    """

    def __init__(
        self,
        units,
        activation=None,
        use_bias=True,
        kernel_initializer="glorot_uniform",
        bias_initializer="zeros",
        input_shape=None,
        l2=0.0,
        name=None,
    ):
        label = name or "Dense"
        if isinstance(units, bool) or not isinstance(units, numbers.Integral) or units < 1:
            raise ModelError("model.invalid_units", layer=label, value=units)
        self.units = int(units)
        self.activation = activations.get(activation)
        if self.activation.name == "softmax" and self.units == 1:
            raise ModelError("model.softmax_one_unit", layer=label)
        self.use_bias = bool(use_bias)
        initializers.get(kernel_initializer)
        initializers.get(bias_initializer)
        self.kernel_initializer = kernel_initializer
        self.bias_initializer = bias_initializer
        if not (isinstance(l2, numbers.Real) and l2 >= 0 and np.isfinite(l2)):
            raise invalid_argument(f"layer {label}: l2", "a finite number >= 0", l2)
        self.l2 = float(l2)
        self.input_dim = _input_dim(input_shape, label)
        self.name = name
        self._kernel = None
        self._bias = None

    # Parameters -------------------------------------------------------------------------------

    @property
    def built(self) -> bool:
        return self._kernel is not None

    @property
    def kernel(self):
        return self._kernel

    @kernel.setter
    def kernel(self, value):
        _copy_into(self._kernel, value, f"{self.name}.kernel")

    @property
    def bias(self):
        return self._bias

    @bias.setter
    def bias(self, value):
        _copy_into(self._bias, value, f"{self.name}.bias")

    def weight_shapes(self, n_in: int) -> list[tuple[int, ...]]:
        """Return the shapes of this layer's arrays in get_weights order."""
        shapes = [(n_in, self.units)]
        if self.use_bias:
            shapes.append((self.units,))
        return shapes

    def count_params(self, n_in: int) -> int:
        return n_in * self.units + (self.units if self.use_bias else 0)

    def bind(self, kernel, bias) -> None:
        """Attach views of the model's parameter buffer (called by the model's build)."""
        self._kernel = kernel
        self._bias = bias

    def unbind(self) -> None:
        self._kernel = None
        self._bias = None

    def initialize(self, rng) -> None:
        """Fill kernel and bias from their initializers, drawing from ``rng``."""
        dtype = self._kernel.dtype
        self._kernel[...] = initializers.get(self.kernel_initializer)(
            self._kernel.shape, rng, dtype
        )
        if self.use_bias:
            self._bias[...] = initializers.get(self.bias_initializer)(self._bias.shape, rng, dtype)
        if self.kernel_initializer == "zeros":
            warnings.warn(
                f"layer {self.name}: a zeros kernel starts every unit with the same weights, "
                "so they receive the same gradients and stay identical (the symmetry problem); "
                "use glorot_uniform to break the symmetry.",
                initializers.ZerosInitializerWarning,
                stacklevel=3,
            )

    # Standalone use ---------------------------------------------------------------------------

    def __call__(self, x):
        """Return the layer's output for ``x`` of shape ``(n_samples, n_in)``."""
        if not self.built:
            raise ModelError("model.not_built")
        z = np.asarray(x, dtype=self._kernel.dtype) @ self._kernel
        if self.use_bias:
            z += self._bias
        return self.activation.forward(z)

    def get_config(self) -> dict:
        config = {
            "name": self.name,
            "units": self.units,
            "activation": self.activation.name,
            "use_bias": self.use_bias,
            "kernel_initializer": self.kernel_initializer,
            "bias_initializer": self.bias_initializer,
            "l2": self.l2,
        }
        options = self.activation.get_config()
        if len(options) > 1:
            config["activation"] = options
        if self.input_dim is not None:
            config["input_shape"] = [self.input_dim]
        return config

    @classmethod
    def from_config(cls, config: dict) -> Dense:
        return cls(**config)

    def __repr__(self) -> str:
        return f"Dense({self.units}, activation={self.activation.name!r}, name={self.name!r})"


def _input_dim(input_shape, label):
    if input_shape is None:
        return None
    if isinstance(input_shape, numbers.Integral):
        input_shape = (input_shape,)
    shape = tuple(input_shape)
    if (
        len(shape) != 1
        or isinstance(shape[0], bool)
        or not isinstance(shape[0], numbers.Integral)
        or shape[0] < 1
    ):
        raise invalid_argument(
            f"layer {label}: input_shape", "(n_features,) with n >= 1", input_shape
        )
    return int(shape[0])


def _copy_into(target, value, label):
    if target is None:
        raise ModelError("model.not_built")
    value = np.asarray(value)
    if value.shape != target.shape:
        raise ModelError(
            "model.weights_mismatch",
            index=0,
            name=label,
            expected=str(target.shape),
            value=str(value.shape),
        )
    np.copyto(target, value, casting="same_kind")
