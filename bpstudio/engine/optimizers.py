"""Gradient-descent optimizers with Keras' hyperparameter names, defaults and update rules.

An optimizer updates parameter arrays in place from gradient arrays of the same shapes:
``optimizer.update(params, grads)``. State (velocities, moments) is allocated on the first
update, one set per parameter array, in the parameters' dtype. Every scalar is converted to
that dtype before it touches an array, because under NumPy 2 a float64 scalar turns a float32
update into a float64 one (and doubles its time).

Full-batch gradient descent is :class:`SGD` with the batch set to the whole training set:
``fit(..., batch_size=None)`` or the training setting ``"optimizer": "gd"``.
"""

from __future__ import annotations

import math

import numpy as np

from bpstudio.engine.errors import invalid_argument, unknown_name


class Optimizer:
    """Base class: validates hyperparameters in ``__init__``; ``update`` applies one step."""

    name = ""
    #: Hyperparameters saved by get_config (besides ``learning_rate``).
    hyperparameters: tuple[str, ...] = ()

    def __init__(self, learning_rate: float):
        self.learning_rate = learning_rate
        self.iterations = 0
        self._slots: list[dict[str, np.ndarray]] = []

    @property
    def learning_rate(self) -> float:
        return self._learning_rate

    @learning_rate.setter
    def learning_rate(self, value: float) -> None:
        value = float(value)
        if not (value >= 0 and math.isfinite(value)):
            raise invalid_argument("learning_rate", "a finite number >= 0", value)
        self._learning_rate = value

    def reset(self) -> None:
        """Forget all state (moments, step count), as for a freshly built optimizer."""
        self.iterations = 0
        self._slots = []

    def update(self, params, grads) -> None:
        """Apply one step to each array of ``params`` in place, given matching ``grads``."""
        if not self._slots_fit(params):
            self._slots = [self._new_slots(p) for p in params]
        self.iterations += 1
        for param, grad, slots in zip(params, grads, self._slots, strict=False):
            self._apply(param, grad, slots, param.dtype.type)

    def _slots_fit(self, params) -> bool:
        slots = self._slots
        if len(slots) != len(params):
            return False
        for slot, param in zip(slots, params, strict=True):
            if slot["_shape"] != (param.shape, param.dtype):
                return False
        return True

    def _new_slots(self, param) -> dict:
        slots = {
            "_shape": (param.shape, param.dtype),
            "tmp": np.empty_like(param),
        }
        for name, initial in self._slot_names():
            slots[name] = np.full_like(param, initial)
        return slots

    def _slot_names(self) -> tuple[tuple[str, float], ...]:
        return ()

    def _apply(self, param, grad, slots, scalar) -> None:
        raise NotImplementedError

    def slot_arrays(self) -> list[np.ndarray]:
        """Return the state arrays (for checks of dtype and finiteness)."""
        return [a for slots in self._slots for k, a in slots.items() if not k.startswith("_")]

    def get_config(self) -> dict:
        config = {"name": self.name, "learning_rate": self.learning_rate}
        config.update({key: getattr(self, key) for key in self.hyperparameters})
        return config

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.get_config().items() if k != "name")
        return f"{type(self).__name__}({args})"


class SGD(Optimizer):
    """Stochastic gradient descent, with optional (Nesterov) momentum. Keras' rule::

        if momentum == 0:
            w = w - learning_rate * g
        else:
            velocity = momentum * velocity - learning_rate * g
            w = w + velocity                                 # nesterov=False
            w = w + momentum * velocity - learning_rate * g  # nesterov=True

    Defaults as in Keras: learning_rate=0.01, momentum=0.0, nesterov=False. With the batch set
    to the whole training set this is plain (full-batch) gradient descent.
    """

    name = "sgd"
    hyperparameters = ("momentum", "nesterov")

    def __init__(self, learning_rate: float = 0.01, momentum: float = 0.0, nesterov=False):
        super().__init__(learning_rate)
        if not 0 <= momentum < 1:
            raise invalid_argument("momentum", "in [0, 1)", momentum)
        self.momentum = float(momentum)
        self.nesterov = bool(nesterov)

    def _slot_names(self):
        return (("velocity", 0.0),) if self.momentum else ()

    def _apply(self, param, grad, slots, scalar):
        tmp = slots["tmp"]
        np.multiply(grad, scalar(self.learning_rate), out=tmp)
        if not self.momentum:
            param -= tmp
            return
        velocity = slots["velocity"]
        momentum = scalar(self.momentum)
        velocity *= momentum
        velocity -= tmp
        if self.nesterov:
            param -= tmp
            np.multiply(velocity, momentum, out=tmp)
            param += tmp
        else:
            param += velocity


class Adam(Optimizer):
    """Adam (Kingma and Ba 2014) in Keras' form, with the bias correction folded into the rate::

        t = t + 1
        m = beta_1 * m + (1 - beta_1) * g
        v = beta_2 * v + (1 - beta_2) * g**2
        alpha = learning_rate * sqrt(1 - beta_2**t) / (1 - beta_1**t)
        w = w - alpha * m / (sqrt(v) + epsilon)

    Defaults as in Keras: learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7.
    """

    name = "adam"
    hyperparameters = ("beta_1", "beta_2", "epsilon")

    def __init__(self, learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7):
        super().__init__(learning_rate)
        for key, value in (("beta_1", beta_1), ("beta_2", beta_2)):
            if not 0 <= value < 1:
                raise invalid_argument(key, "in [0, 1)", value)
        if not epsilon >= 0:
            raise invalid_argument("epsilon", "a number >= 0", epsilon)
        self.beta_1, self.beta_2, self.epsilon = float(beta_1), float(beta_2), float(epsilon)

    def _slot_names(self):
        return (("m", 0.0), ("v", 0.0))

    def step_scalars(self, scalar=np.float32):
        """Return ``(1 − beta_1, 1 − beta_2, alpha, epsilon)`` for the current step."""
        t = self.iterations
        alpha = self.learning_rate * math.sqrt(1 - self.beta_2**t) / (1 - self.beta_1**t)
        return scalar(1 - self.beta_1), scalar(1 - self.beta_2), scalar(alpha), scalar(self.epsilon)

    def _apply(self, param, grad, slots, scalar):
        m, v, tmp = slots["m"], slots["v"], slots["tmp"]
        one_minus_beta_1, one_minus_beta_2, alpha, epsilon = self.step_scalars(scalar)
        # m += (1 - beta_1)·(g - m) and v += (1 - beta_2)·(g² - v) equal the rule above.
        np.subtract(grad, m, out=tmp)
        tmp *= one_minus_beta_1
        m += tmp
        np.multiply(grad, grad, out=tmp)
        tmp -= v
        tmp *= one_minus_beta_2
        v += tmp
        np.sqrt(v, out=tmp)
        tmp += epsilon
        np.divide(m, tmp, out=tmp)
        tmp *= alpha
        param -= tmp


class RMSprop(Optimizer):
    """RMSprop (Hinton's lecture notes) in Keras' form::

        v = rho * v + (1 - rho) * g**2
        w = w - learning_rate * g / sqrt(v + epsilon)

    Defaults as in Keras: learning_rate=0.001, rho=0.9, epsilon=1e-7.
    """

    name = "rmsprop"
    hyperparameters = ("rho", "epsilon")

    def __init__(self, learning_rate=0.001, rho=0.9, epsilon=1e-7):
        super().__init__(learning_rate)
        if not 0 <= rho < 1:
            raise invalid_argument("rho", "in [0, 1)", rho)
        if not epsilon >= 0:
            raise invalid_argument("epsilon", "a number >= 0", epsilon)
        self.rho, self.epsilon = float(rho), float(epsilon)

    def _slot_names(self):
        return (("v", 0.0),)

    def _apply(self, param, grad, slots, scalar):
        v, tmp = slots["v"], slots["tmp"]
        np.multiply(grad, grad, out=tmp)
        tmp -= v
        tmp *= scalar(1 - self.rho)
        v += tmp
        np.add(v, scalar(self.epsilon), out=tmp)
        np.sqrt(tmp, out=tmp)
        np.divide(grad, tmp, out=tmp)
        tmp *= scalar(self.learning_rate)
        param -= tmp


class Adagrad(Optimizer):
    """Adagrad (Duchi et al. 2011) in Keras' form::

        accumulator = accumulator + g**2          # starts at initial_accumulator_value
        w = w - learning_rate * g / sqrt(accumulator + epsilon)

    Defaults as in Keras: learning_rate=0.001, initial_accumulator_value=0.1, epsilon=1e-7.
    """

    name = "adagrad"
    hyperparameters = ("initial_accumulator_value", "epsilon")

    def __init__(self, learning_rate=0.001, initial_accumulator_value=0.1, epsilon=1e-7):
        super().__init__(learning_rate)
        if not initial_accumulator_value >= 0:
            raise invalid_argument(
                "initial_accumulator_value", "a number >= 0", initial_accumulator_value
            )
        if not epsilon >= 0:
            raise invalid_argument("epsilon", "a number >= 0", epsilon)
        self.initial_accumulator_value = float(initial_accumulator_value)
        self.epsilon = float(epsilon)

    def _slot_names(self):
        return (("accumulator", self.initial_accumulator_value),)

    def _apply(self, param, grad, slots, scalar):
        accumulator, tmp = slots["accumulator"], slots["tmp"]
        np.multiply(grad, grad, out=tmp)
        accumulator += tmp
        np.add(accumulator, scalar(self.epsilon), out=tmp)
        np.sqrt(tmp, out=tmp)
        np.divide(grad, tmp, out=tmp)
        tmp *= scalar(self.learning_rate)
        param -= tmp


_REGISTRY = {"sgd": SGD, "adam": Adam, "rmsprop": RMSprop, "adagrad": Adagrad}
#: Valid optimizer names for :func:`get`.
NAMES = tuple(_REGISTRY)

#: Training-setting keys each ``"optimizer"`` choice of :func:`from_settings` uses; the GUI
#: shows only these. "gd" is full-batch gradient descent, so it has no batch size.
HYPERPARAMETERS: dict[str, tuple[str, ...]] = {
    "gd": ("learning_rate",),
    "sgd": ("learning_rate", "batch_size"),
    "momentum": ("learning_rate", "momentum", "batch_size"),
    "nesterov": ("learning_rate", "momentum", "batch_size"),
    "adam": ("learning_rate", "beta_1", "beta_2", "epsilon", "batch_size"),
    "rmsprop": ("learning_rate", "rho", "epsilon", "batch_size"),
    "adagrad": ("learning_rate", "epsilon", "batch_size"),
}

#: The training settings a new project starts with.
DEFAULT_TRAINING = {
    "optimizer": "adam",
    "learning_rate": 0.01,
    "momentum": 0.9,
    "beta_1": 0.9,
    "beta_2": 0.999,
    "epsilon": 1e-7,
    "rho": 0.9,
    "batch_size": 32,
    "epochs": 100,
    "l2": 0.0,
    "seed": 0,
    "early_stopping": False,
    "patience": 10,
}


def get(identifier, **hyperparameters) -> Optimizer:
    """Return an optimizer for a name (with hyperparameters), a config dict or an instance."""
    if isinstance(identifier, Optimizer):
        return identifier
    if isinstance(identifier, dict):
        hyperparameters = {**identifier, **hyperparameters}
        identifier = hyperparameters.pop("name", None)
    key = identifier.lower() if isinstance(identifier, str) else identifier
    if key not in _REGISTRY:
        raise unknown_name("optimizer", identifier, NAMES)
    return _REGISTRY[key](**hyperparameters)


def from_settings(settings: dict) -> tuple[Optimizer, int | None]:
    """Build the optimizer of a training-settings dict and return it with the batch size.

    Missing keys take :data:`DEFAULT_TRAINING` values. The batch size is None (the whole
    training set) for "gd".
    """
    merged = {**DEFAULT_TRAINING, **settings}
    choice = str(merged["optimizer"]).lower()
    if choice not in HYPERPARAMETERS:
        raise unknown_name("optimizer", merged["optimizer"], tuple(HYPERPARAMETERS))
    lr = merged["learning_rate"]
    if choice in ("gd", "sgd"):
        optimizer: Optimizer = SGD(learning_rate=lr)
    elif choice in ("momentum", "nesterov"):
        optimizer = SGD(
            learning_rate=lr, momentum=merged["momentum"], nesterov=choice == "nesterov"
        )
    elif choice == "adam":
        optimizer = Adam(
            learning_rate=lr,
            beta_1=merged["beta_1"],
            beta_2=merged["beta_2"],
            epsilon=merged["epsilon"],
        )
    elif choice == "rmsprop":
        optimizer = RMSprop(learning_rate=lr, rho=merged["rho"], epsilon=merged["epsilon"])
    else:
        optimizer = Adagrad(learning_rate=lr, epsilon=merged["epsilon"])
    batch_size = None if choice == "gd" else _batch_size(merged["batch_size"])
    return optimizer, batch_size


def _batch_size(value) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or int(value) != value or int(value) < 1:
        raise invalid_argument("batch_size", "a positive integer", value)
    return int(value)
