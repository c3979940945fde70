"""One step (or a few) of each optimizer against its published update rule."""

import math

import numpy as np
import pytest

from bpstudio.engine import optimizers
from bpstudio.engine.optimizers import SGD, Adagrad, Adam, RMSprop
from bpstudio.errors import ModelError

W0 = np.array([0.5, -1.0, 2.0])
GRADS = [np.array([0.1, -0.2, 0.3]), np.array([0.05, 0.1, -0.4]), np.array([-0.3, 0.0, 0.2])]


def run(optimizer, steps, dtype=np.float64):
    w = W0.astype(dtype)
    for g in GRADS[:steps]:
        optimizer.update([w], [g.astype(dtype)])
    return w


def test_sgd_step():
    # w ← w − η·g = [0.5 − 0.1·0.1, −1 + 0.1·0.2, 2 − 0.1·0.3]
    np.testing.assert_allclose(run(SGD(learning_rate=0.1), 1), [0.49, -0.98, 1.97])


def test_momentum_over_three_steps():
    lr, mu = 0.1, 0.9
    w, velocity = W0.copy(), np.zeros(3)
    for g in GRADS:
        velocity = mu * velocity - lr * g
        w = w + velocity

    np.testing.assert_allclose(run(SGD(learning_rate=lr, momentum=mu), 3), w, rtol=1e-12)
    # Written out for the first weight: v = −0.01, −0.009 − 0.005 = −0.014,
    # −0.0126 + 0.03 = 0.0174; w = 0.5 − 0.01 − 0.014 + 0.0174 = 0.4934.
    assert w[0] == pytest.approx(0.4934)


def test_nesterov_over_three_steps():
    lr, mu = 0.1, 0.9
    w, velocity = W0.copy(), np.zeros(3)
    for g in GRADS:
        velocity = mu * velocity - lr * g
        w = w + mu * velocity - lr * g

    optimizer = SGD(learning_rate=lr, momentum=mu, nesterov=True)
    np.testing.assert_allclose(run(optimizer, 3), w, rtol=1e-12)


def test_adam_bias_correction_over_three_steps():
    lr, b1, b2, eps = 0.01, 0.9, 0.999, 1e-7
    w, m, v = W0.copy(), np.zeros(3), np.zeros(3)
    for t, g in enumerate(GRADS, start=1):
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g**2
        # Keras' rule lr·√(1 − β₂ᵗ)/(1 − β₁ᵗ)·m/(√v + ε) is the paper's rule with m̂, v̂ and
        # ε scaled by 1/√(1 − β₂ᵗ).
        m_hat, v_hat = m / (1 - b1**t), v / (1 - b2**t)
        w = w - lr * m_hat / (np.sqrt(v_hat) + eps / math.sqrt(1 - b2**t))

    np.testing.assert_allclose(run(Adam(learning_rate=lr), 3), w, rtol=1e-12)


def test_adam_first_step_moves_by_learning_rate():
    # After bias correction the first step is lr·g/|g| = ±lr for every weight, up to
    # ε/(|g|·√(1 − β₂)) ≈ 3e-5 relative for these gradients.
    w = run(Adam(learning_rate=0.01), 1)

    np.testing.assert_allclose(W0 - w, 0.01 * np.sign(GRADS[0]), rtol=1e-4)


def test_rmsprop_two_steps():
    lr, rho, eps = 0.01, 0.9, 1e-7
    w, v = W0.copy(), np.zeros(3)
    for g in GRADS[:2]:
        v = rho * v + (1 - rho) * g**2
        w = w - lr * g / np.sqrt(v + eps)

    np.testing.assert_allclose(run(RMSprop(learning_rate=lr), 2), w, rtol=1e-12)


def test_adagrad_two_steps():
    lr, eps = 0.1, 1e-7
    w, accumulator = W0.copy(), np.full(3, 0.1)
    for g in GRADS[:2]:
        accumulator = accumulator + g**2
        w = w - lr * g / np.sqrt(accumulator + eps)

    np.testing.assert_allclose(run(Adagrad(learning_rate=lr), 2), w, rtol=1e-12)


class RecordingArray(np.ndarray):
    """An array that records the dtype of every operand of the ufuncs it takes part in."""

    seen: list = []

    def __array_ufunc__(self, ufunc, method, *inputs, **kwargs):
        for value in (*inputs, *kwargs.get("out", ())):
            if isinstance(value, np.ndarray | np.generic):
                RecordingArray.seen.append((ufunc.__name__, np.asarray(value).dtype))
        plain = [np.asarray(v) if isinstance(v, RecordingArray) else v for v in inputs]
        if "out" in kwargs:
            kwargs["out"] = tuple(np.asarray(o) for o in kwargs["out"])
        return getattr(ufunc, method)(*plain, **kwargs)


@pytest.mark.parametrize(
    "optimizer",
    [SGD(0.1), SGD(0.1, momentum=0.9, nesterov=True), Adam(0.01), RMSprop(0.01), Adagrad(0.1)],
    ids=lambda o: repr(o),
)
def test_float32_updates_use_float32_scalars(optimizer):
    # Under NumPy 2 a float64 scalar silently makes a float32 update run in float64.
    w = W0.astype(np.float32).view(RecordingArray)
    RecordingArray.seen = []
    for g in GRADS:
        optimizer.update([w], [g.astype(np.float32).view(RecordingArray)])

    upcast = [(name, dtype) for name, dtype in RecordingArray.seen if dtype == np.float64]
    assert RecordingArray.seen
    assert upcast == []
    assert np.asarray(w).dtype == np.float32
    assert all(slot.dtype == np.float32 for slot in optimizer.slot_arrays())


def test_learning_rate_is_replaceable_between_steps():
    optimizer = SGD(learning_rate=0.1)
    w = run(optimizer, 1)
    optimizer.learning_rate = 0.0
    before = w.copy()

    optimizer.update([w], [GRADS[1]])

    np.testing.assert_array_equal(w, before)


@pytest.mark.parametrize(
    ("make", "argument"),
    [
        (lambda: SGD(learning_rate=-1), "learning_rate"),
        (lambda: SGD(momentum=1.0), "momentum"),
        (lambda: Adam(beta_1=1.5), "beta_1"),
        (lambda: RMSprop(rho=-0.1), "rho"),
        (lambda: Adam(learning_rate=float("nan")), "learning_rate"),
    ],
)
def test_invalid_hyperparameters_are_named(make, argument):
    with pytest.raises(ModelError) as caught:
        make()
    assert caught.value.kind == "model.invalid_argument"
    assert argument in str(caught.value)


def test_get_by_name_and_unknown_name():
    assert isinstance(optimizers.get("adam", learning_rate=0.1), Adam)
    assert optimizers.get({"name": "sgd", "momentum": 0.5}).momentum == 0.5
    with pytest.raises(ValueError, match="adamw"):
        optimizers.get("adamw")


@pytest.mark.parametrize(
    ("choice", "kind", "batch_size"),
    [
        ("gd", SGD, None),
        ("sgd", SGD, 16),
        ("momentum", SGD, 16),
        ("nesterov", SGD, 16),
        ("adam", Adam, 16),
        ("rmsprop", RMSprop, 16),
        ("adagrad", Adagrad, 16),
    ],
)
def test_from_settings(choice, kind, batch_size):
    optimizer, batch = optimizers.from_settings(
        {"optimizer": choice, "learning_rate": 0.05, "batch_size": 16, "momentum": 0.8}
    )

    assert type(optimizer) is kind
    assert optimizer.learning_rate == 0.05
    assert batch == batch_size
    assert set(optimizers.HYPERPARAMETERS[choice]) <= set(optimizers.DEFAULT_TRAINING)
    if choice in ("momentum", "nesterov"):
        assert optimizer.momentum == 0.8
        assert optimizer.nesterov == (choice == "nesterov")


def test_from_settings_defaults_and_config_round_trip():
    optimizer, batch = optimizers.from_settings({})

    assert batch == optimizers.DEFAULT_TRAINING["batch_size"]
    clone = optimizers.get(optimizer.get_config())
    assert clone.get_config() == optimizer.get_config()
