"""Backpropagation against finite differences for every output activation and loss."""

import numpy as np
import pytest

from bpstudio.engine import Dense, Sequential, activations, gradient_check, losses


def network(output_activation, loss, hidden_activation="tanh", l2=0.0):
    # 2-3-3, as small as a hand check, with outputs kept inside (0, 1) by a 0.5 output bias and
    # small output weights, so every loss (cross-entropies included) is defined and smooth.
    model = Sequential(
        [
            Dense(3, input_shape=(2,), activation=hidden_activation, l2=l2),
            Dense(3, activation=output_activation, l2=l2),
        ],
        seed=0,
        dtype="float64",
    )
    model.compile(optimizer="sgd", loss=loss)
    rng = np.random.default_rng(7)
    model.set_weights(
        [
            rng.normal(0, 0.5, size=(2, 3)),
            rng.normal(0, 0.1, size=3),
            rng.normal(0, 0.1, size=(3, 3)),
            np.full(3, 0.5),
        ]
    )
    return model


def data(loss):
    rng = np.random.default_rng(3)
    x = rng.normal(size=(6, 2))
    if loss == "categorical_crossentropy":
        y = np.eye(3)[[0, 1, 2, 2, 1, 0]]
    elif loss == "binary_crossentropy":
        y = (rng.random((6, 3)) > 0.5).astype(float)
    else:
        y = rng.normal(size=(6, 3))
    return x, y


@pytest.mark.parametrize("loss", losses.NAMES)
@pytest.mark.parametrize("output_activation", activations.NAMES)
def test_gradients_match_finite_differences(output_activation, loss):
    model = network(output_activation, loss)
    x, y = data(loss)

    result = gradient_check(model, x, y)

    assert result.checked == 21
    assert result.max_relative_error < 1e-6, result


@pytest.mark.parametrize("hidden_activation", activations.NAMES)
def test_hidden_activation_gradients(hidden_activation):
    model = network("softmax", "categorical_crossentropy", hidden_activation=hidden_activation)
    x, y = data("categorical_crossentropy")

    result = gradient_check(model, x, y)

    assert result.max_relative_error < 1e-6, result


def test_l2_penalty_gradient():
    model = network("sigmoid", "mse", l2=0.05)
    x, y = data("mse")

    result = gradient_check(model, x, y)

    assert result.max_relative_error < 1e-6, result


def test_l2_penalty_in_loss():
    plain = network("linear", "mse")
    penalised = network("linear", "mse", l2=0.05)
    x, y = data("mse")
    kernels = [w for w in plain.get_weights() if w.ndim == 2]

    difference = penalised.evaluate(x, y)["loss"] - plain.evaluate(x, y)["loss"]

    assert difference == pytest.approx(0.05 * sum(float((k**2).sum()) for k in kernels))


@pytest.mark.parametrize("loss", losses.NAMES)
@pytest.mark.parametrize("output_activation", activations.NAMES)
def test_model_loss_matches_loss_definition(output_activation, loss):
    # The training heads (fused or not) compute the same value as the documented loss.
    model = network(output_activation, loss)
    x, y = data(loss)

    expected = losses.get(loss).value(y, model.predict(x))

    assert model.evaluate(x, y)["loss"] == pytest.approx(expected, rel=1e-9)


def test_gradient_check_on_float32_model_leaves_it_unchanged():
    model = Sequential(
        [Dense(4, input_shape=(2,), activation="relu"), Dense(1, activation="sigmoid")], seed=2
    )
    model.compile(optimizer="adam", loss="binary_crossentropy")
    before = model.get_weights()
    x = np.random.default_rng(0).normal(size=(8, 2)).astype(np.float32)
    y = (x[:, :1] > 0).astype(np.float32)

    result = gradient_check(model, x, y)

    assert result.passed
    for old, new in zip(before, model.get_weights(), strict=True):
        np.testing.assert_array_equal(old, new)
    assert model.get_weights()[0].dtype == np.float32
