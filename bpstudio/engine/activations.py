"""Activation functions with their derivatives, resolved by name with :func:`get`.

Each activation has ``forward(z, out=None)`` (``z``: ``(n_samples, units)``),
``derivative(z, a)`` (f'(z) elementwise, or the full Jacobian for softmax) and
``backward(grad, z, a, work)``, which turns ∂E/∂a into ∂E/∂z in place in ``grad``. ``work`` is
a scratch array of the same shape, so training allocates nothing per batch.

All of them are stable for any finite input: sigmoid is computed as exp(z − log(1 + eᶻ)) with
``np.logaddexp`` and softmax subtracts the row maximum, so neither overflows.
"""

from __future__ import annotations

import numpy as np

from bpstudio.engine.errors import invalid_argument, unknown_name

#: Slope of leaky_relu for negative inputs (PyTorch's default; Keras uses 0.2).
LEAKY_RELU_SLOPE = 0.01
#: Scale of elu for negative inputs, as in Keras and PyTorch.
ELU_ALPHA = 1.0


class Activation:
    """Base class: an elementwise function a = f(z)."""

    name = ""
    #: True when f is elementwise, so ∂E/∂z = ∂E/∂a · f'(z).
    elementwise = True

    def forward(self, z, out=None, work=None):
        """Return f(z), written into ``out`` if given; ``work`` is optional scratch space."""
        raise NotImplementedError

    def derivative(self, z, a):
        """Return f'(z) with the shape of ``z``; ``a`` is ``forward(z)``."""
        raise NotImplementedError

    def backward(self, grad, z, a, work):
        """Multiply ``grad`` (∂E/∂a) by f'(z) in place and return it."""
        np.multiply(grad, self.derivative(z, a), out=grad)
        return grad

    def formula(self) -> str:
        """Return f'(z) written with z and a = f(z), for teaching views."""
        return "f'(z)"

    def get_config(self) -> dict:
        return {"name": self.name}

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


class Linear(Activation):
    name = "linear"

    def forward(self, z, out=None, work=None):
        z = np.asarray(z)
        if out is None:
            return z.copy()
        if out is not z:
            np.copyto(out, z)
        return out

    def derivative(self, z, a):
        return np.ones_like(np.asarray(z))

    def backward(self, grad, z, a, work):
        return grad

    def formula(self) -> str:
        return "1"


class Sigmoid(Activation):
    name = "sigmoid"

    def forward(self, z, out=None, work=None):
        # σ(z) = e^m / (e^m + e^(m − z)) with m = min(z, 0): both exponents are <= 0, so
        # nothing overflows, and for z < 0 the tiny tail keeps full precision
        # (σ(−30) = 9.3576e-14 to float64 rounding), unlike 1 − σ(−z).
        z = np.asarray(z)
        out = np.empty_like(z) if out is None else out
        work = np.empty_like(z) if work is None else work
        np.minimum(z, 0, out=work)
        np.subtract(work, z, out=out)
        np.exp(out, out=out)
        np.exp(work, out=work)
        out += work
        np.divide(work, out, out=out)
        return out

    def derivative(self, z, a):
        return a * (1 - a)

    def backward(self, grad, z, a, work):
        np.subtract(1, a, out=work)
        np.multiply(work, a, out=work)
        np.multiply(grad, work, out=grad)
        return grad

    def formula(self) -> str:
        return "a·(1 − a)"


class Tanh(Activation):
    name = "tanh"

    def forward(self, z, out=None, work=None):
        return np.tanh(z, out=out)

    def derivative(self, z, a):
        return 1 - a * a

    def backward(self, grad, z, a, work):
        np.multiply(a, a, out=work)
        np.subtract(1, work, out=work)
        np.multiply(grad, work, out=grad)
        return grad

    def formula(self) -> str:
        return "1 − a²"


class ReLU(Activation):
    name = "relu"

    def forward(self, z, out=None, work=None):
        return np.maximum(z, 0, out=out)

    def derivative(self, z, a):
        # The derivative at exactly 0 is taken as 0, as in Keras and PyTorch.
        return (np.asarray(z) > 0).astype(np.asarray(a).dtype)

    def backward(self, grad, z, a, work):
        # sign(a) is 1 where z > 0 and 0 elsewhere, which is f'(z) without a bool buffer.
        np.sign(a, out=work)
        np.multiply(grad, work, out=grad)
        return grad

    def formula(self) -> str:
        return "1 if z > 0 else 0"


class LeakyReLU(Activation):
    name = "leaky_relu"

    def __init__(self, alpha: float = LEAKY_RELU_SLOPE):
        if not 0 <= alpha < 1:
            raise invalid_argument("leaky_relu alpha", "in [0, 1)", alpha)
        self.alpha = float(alpha)

    def forward(self, z, out=None, work=None):
        z = np.asarray(z)
        out = np.empty_like(z) if out is None else out
        # For 0 <= alpha < 1, max(z, alpha·z) is z for z > 0 and alpha·z otherwise.
        np.multiply(z, self.alpha, out=out)
        np.maximum(z, out, out=out)
        return out

    def derivative(self, z, a):
        z = np.asarray(z)
        return np.where(z > 0, 1, self.alpha).astype(z.dtype)

    def backward(self, grad, z, a, work):
        np.greater(z, 0, out=work)
        np.multiply(work, 1 - self.alpha, out=work)
        np.add(work, self.alpha, out=work)
        np.multiply(grad, work, out=grad)
        return grad

    def formula(self) -> str:
        return f"1 if z > 0 else {self.alpha:g}"

    def get_config(self) -> dict:
        return {"name": self.name, "alpha": self.alpha}

    def __repr__(self) -> str:
        return f"LeakyReLU(alpha={self.alpha!r})"


class ELU(Activation):
    name = "elu"

    def __init__(self, alpha: float = ELU_ALPHA):
        if not alpha > 0:
            raise invalid_argument("elu alpha", "positive", alpha)
        self.alpha = float(alpha)

    def forward(self, z, out=None, work=None):
        z = np.asarray(z)
        out = np.empty_like(z) if out is None else out
        # expm1 of min(z, 0) never overflows; the positive side is z itself.
        np.minimum(z, 0, out=out)
        np.expm1(out, out=out)
        np.multiply(out, self.alpha, out=out)
        np.copyto(out, z, where=z > 0)
        return out

    def derivative(self, z, a):
        z = np.asarray(z)
        return np.where(z > 0, 1, a + self.alpha).astype(z.dtype)

    def backward(self, grad, z, a, work):
        np.add(a, self.alpha, out=work)
        np.copyto(work, 1, where=z > 0)
        np.multiply(grad, work, out=grad)
        return grad

    def formula(self) -> str:
        return f"1 if z > 0 else a + {self.alpha:g}"

    def get_config(self) -> dict:
        return {"name": self.name, "alpha": self.alpha}

    def __repr__(self) -> str:
        return f"ELU(alpha={self.alpha!r})"


class Softmax(Activation):
    """Softmax over the last axis: aᵢ = exp(zᵢ − max z) / Σⱼ exp(zⱼ − max z)."""

    name = "softmax"
    elementwise = False

    def forward(self, z, out=None, work=None):
        z = np.asarray(z)
        out = np.empty_like(z) if out is None else out
        np.subtract(z, z.max(axis=-1, keepdims=True), out=out)
        np.exp(out, out=out)
        np.divide(out, out.sum(axis=-1, keepdims=True), out=out)
        return out

    def derivative(self, z, a):
        """Return the Jacobian ∂aᵢ/∂zⱼ = aᵢ(δᵢⱼ − aⱼ), shape ``(n_samples, k, k)``."""
        a = np.asarray(a)
        jacobian = -a[..., :, None] * a[..., None, :]
        diagonal = np.einsum("...ii->...i", jacobian)
        diagonal += a
        return jacobian

    def backward(self, grad, z, a, work):
        # Jacobian-vector product: ∂E/∂zᵢ = aᵢ·(gᵢ − Σⱼ gⱼaⱼ), without building the Jacobian.
        np.multiply(grad, a, out=work)
        np.subtract(grad, work.sum(axis=-1, keepdims=True), out=grad)
        np.multiply(grad, a, out=grad)
        return grad

    def formula(self) -> str:
        return "aᵢ·(δᵢⱼ − aⱼ) (full Jacobian)"


_REGISTRY = {
    "linear": Linear,
    "sigmoid": Sigmoid,
    "tanh": Tanh,
    "relu": ReLU,
    "leaky_relu": LeakyReLU,
    "elu": ELU,
    "softmax": Softmax,
}
#: Valid activation names.
NAMES = tuple(_REGISTRY)


def get(identifier) -> Activation:
    """Return an activation for a name, a config dict, an instance or None (linear)."""
    if identifier is None:
        return Linear()
    if isinstance(identifier, Activation):
        return identifier
    if isinstance(identifier, dict):
        options = {key: value for key, value in identifier.items() if key != "name"}
        return _lookup(identifier.get("name"))(**options)
    return _lookup(identifier)()


def _lookup(name):
    key = name.lower() if isinstance(name, str) else name
    if key not in _REGISTRY:
        raise unknown_name("activation", name, NAMES)
    return _REGISTRY[key]
