"""Step-through backpropagation: the explained numbers match hand-worked arithmetic."""

import numpy as np
import pytest

from bpstudio.engine.explain import (
    check_every_weight,
    compare_standard_and_accumulated,
    explain_sample,
)
from bpstudio.engine.layers import Dense
from bpstudio.engine.model import Sequential
from bpstudio.engine.optimizers import SGD, Adam


def two_two_one(optimizer):
    """The 2-2-1 sigmoid network of the hand-worked example below, in float64."""
    model = Sequential(
        [Dense(2, input_shape=(2,), activation="sigmoid"), Dense(1, activation="sigmoid")],
        seed=0,
        dtype="float64",
    )
    model.set_weights(
        [
            np.array([[0.1, 0.2], [0.3, 0.4]]),  # W1[i, j]: input i -> hidden j
            np.array([0.1, -0.1]),
            np.array([[0.5], [-0.6]]),
            np.array([0.2]),
        ]
    )
    model.compile(optimizer=optimizer, loss="bp_error")
    return model


# Hand-worked, x = (1, 0.5), d = 1, E = ½(d − o)², σ(z) = 1 / (1 + e^−z):
#   z1 = 1·0.1 + 0.5·0.3 + 0.1 = 0.35       h1 = σ(0.35) = 0.586618
#   z2 = 1·0.2 + 0.5·0.4 − 0.1 = 0.30       h2 = σ(0.30) = 0.574443
#   zo = 0.5·0.586618 − 0.6·0.574443 + 0.2 = 0.148643, o = σ(zo) = 0.537093
#   E  = ½(1 − 0.537093)² = 0.107142
#   δo = (o − d)·o(1 − o) = −0.462907·0.248624 = −0.115090
#   δh1 = h1(1 − h1)·0.5·δo = 0.242497·(−0.057545) = −0.013955
#   δh2 = h2(1 − h2)·(−0.6)·δo = 0.244459·0.069054 = 0.016881
#   ∂E/∂w(h1→o) = h1·δo = −0.067514, ∂E/∂w(h2→o) = h2·δo = −0.066113
#   SGD with η = 0.5: Δw(h1→o) = 0.033757, Δw(h2→o) = 0.033056, Δb_o = 0.057545
def test_explain_matches_hand_worked_example():
    explanation = explain_sample(two_two_one(SGD(learning_rate=0.5)), [1.0, 0.5], [1.0])
    hidden, output = explanation.layers

    np.testing.assert_allclose(hidden.z, [0.35, 0.30], atol=1e-12)
    np.testing.assert_allclose(hidden.a, [0.5866176, 0.5744425], atol=1e-6)
    np.testing.assert_allclose(output.z, [0.1486433], atol=1e-6)
    np.testing.assert_allclose(explanation.output, [0.5370925], atol=1e-6)
    assert explanation.loss == pytest.approx(0.1071417, abs=1e-6)
    np.testing.assert_allclose(output.delta, [-0.1150900], atol=1e-6)
    np.testing.assert_allclose(hidden.delta, [-0.0139545, 0.0168808], atol=1e-6)
    np.testing.assert_allclose(output.kernel_grad.ravel(), [-0.0675138, -0.0661126], atol=1e-6)
    np.testing.assert_allclose(output.update_kernel.ravel(), [0.0337569, 0.0330563], atol=1e-6)
    np.testing.assert_allclose(output.update_bias, [0.0575450], atol=1e-6)


def test_hidden_delta_is_derivative_times_sum():
    explanation = explain_sample(two_two_one(SGD(learning_rate=0.5)), [1.0, 0.5], [1.0])
    hidden = explanation.layers[0]

    np.testing.assert_allclose(hidden.derivative * hidden.delta_sum, hidden.delta, rtol=1e-12)
    np.testing.assert_allclose(hidden.delta_sum, [0.5 * -0.11509, -0.6 * -0.11509], atol=1e-5)


def test_explain_leaves_model_unchanged():
    model = two_two_one(Adam(learning_rate=0.1))
    before = [w.copy() for w in model.get_weights()]

    explain_sample(model, [1.0, 0.5], [1.0])

    for old, new in zip(before, model.get_weights(), strict=True):
        np.testing.assert_array_equal(old, new)
    assert model.optimizer.iterations == 0


def test_explained_update_equals_training_step():
    model = two_two_one(Adam(learning_rate=0.1))
    explanation = explain_sample(model, [1.0, 0.5], [1.0])
    before = model.get_weights()

    model.train_on_batch(np.array([[1.0, 0.5]]), np.array([[1.0]]))

    after = model.get_weights()
    np.testing.assert_allclose(after[2] - before[2], explanation.layers[1].update_kernel)
    np.testing.assert_allclose(after[1] - before[1], explanation.layers[0].update_bias)


def test_adam_quantities_are_shown():
    explanation = explain_sample(two_two_one(Adam(learning_rate=0.1)), [1.0, 0.5], [1.0])
    state = explanation.layers[1].optimizer_state
    grad = explanation.layers[1].kernel_grad

    # After the first Adam step m = (1 − β₁)·g and v = (1 − β₂)·g².
    np.testing.assert_allclose(state["m"], 0.1 * grad, rtol=1e-6)
    np.testing.assert_allclose(state["v"], 0.001 * grad**2, rtol=1e-6)


@pytest.mark.parametrize(
    ("activation", "loss"),
    [("sigmoid", "bp_error"), ("softmax", "categorical_crossentropy"), ("softmax", "mse")],
)
def test_explained_gradients_match_finite_differences(activation, loss):
    rng = np.random.default_rng(3)
    model = Sequential(
        [Dense(3, input_shape=(2,), activation="tanh"), Dense(3, activation=activation)],
        seed=1,
        dtype="float64",
    )
    model.compile(optimizer="sgd", loss=loss)
    x, d = rng.normal(size=2), np.array([0.0, 0.0, 1.0])
    explanation = explain_sample(model, x, d)

    checks = check_every_weight(model, x.reshape(1, -1), d.reshape(1, -1))
    analytic = np.concatenate(
        [
            np.concatenate([layer.kernel_grad.ravel(), layer.bias_grad.ravel()])
            for layer in explanation.layers
        ]
    )
    numeric = np.array([check.numeric for check in checks])
    np.testing.assert_allclose(analytic, numeric, atol=1e-7)
    assert max(check.relative_error for check in checks) < 1e-6


def test_standard_and_accumulated_bp_differ():
    model = two_two_one(SGD(learning_rate=0.5))
    x = np.array([[1.0, 0.5], [0.0, 1.0], [1.0, 1.0]])
    y = np.array([[1.0], [0.0], [1.0]])
    before = [w.copy() for w in model.get_weights()]

    results = compare_standard_and_accumulated(model, x, y)

    assert results["standard"]["updates"] == 3
    assert results["accumulated"]["updates"] == 1
    assert results["standard"]["loss_before"] == results["accumulated"]["loss_before"]
    assert results["standard"]["loss_after"] != results["accumulated"]["loss_after"]
    for old, new in zip(before, model.get_weights(), strict=True):
        np.testing.assert_array_equal(old, new)
    # One accumulated step equals one SGD step on the batch-averaged gradient.
    _loss, grads = model.compute_gradients(x, y)
    np.testing.assert_allclose(
        results["accumulated"]["weights"][2], before[2] - 0.5 * grads[2], rtol=1e-12
    )


def test_tiny_gradients_checked_by_absolute_difference():
    model = two_two_one(SGD(learning_rate=0.5))
    # Saturate the output so every gradient is close to 0.
    weights = model.get_weights()
    weights[3] = np.array([30.0])
    model.set_weights(weights)

    checks = check_every_weight(model, np.array([[1.0, 0.5]]), np.array([[1.0]]))

    assert max(check.absolute_error for check in checks) < 1e-10
    assert all(check.within(1e-6) for check in checks)
