"""Tiny networks worked out by hand, checked against the engine's forward and backward pass."""

import numpy as np
import pytest

from bpstudio.engine import Dense, Sequential


def build(layers, weights, loss):
    model = Sequential(layers, seed=0, dtype="float64")
    model.compile(optimizer="sgd", loss=loss)
    model.set_weights([np.asarray(w, dtype=float) for w in weights])
    return model


def test_2_2_1_sigmoid_bp_error():
    model = build(
        [Dense(2, input_shape=(2,), activation="sigmoid"), Dense(1, activation="sigmoid")],
        [[[0.1, 0.2], [0.3, 0.4]], [0.0, 0.1], [[0.5], [-0.6]], [0.2]],
        "bp_error",
    )
    x, d = np.array([[0.5, -1.0]]), np.array([[1.0]])
    trace = model.trace(x, d)
    hidden, output = trace.layers

    # z1 = x·W1 + b1 = [0.5·0.1 − 1·0.3 + 0, 0.5·0.2 − 1·0.4 + 0.1] = [−0.25, −0.2]
    np.testing.assert_allclose(hidden.z, [[-0.25, -0.2]], atol=1e-12)
    # h = σ(z1) = [1/(1 + e^0.25), 1/(1 + e^0.2)] = [0.4378234991, 0.4501660027]
    np.testing.assert_allclose(hidden.a, [[0.4378234991, 0.4501660027]], atol=1e-10)
    # z2 = 0.4378234991·0.5 − 0.4501660027·0.6 + 0.2 = 0.1488121479, o = σ(z2) = 0.5371345334
    np.testing.assert_allclose(output.z, [[0.1488121479]], atol=1e-10)
    np.testing.assert_allclose(output.a, [[0.5371345334]], atol=1e-10)
    # E = ½(d − o)² = ½·0.4628654666² = 0.1071222201
    assert trace.loss == pytest.approx(0.1071222201, abs=1e-10)
    # δ2 = (o − d)·o(1 − o) = −0.4628654666·0.5371345334·0.4628654666 = −0.1150780874
    np.testing.assert_allclose(output.delta, [[-0.1150780874]], atol=1e-10)
    assert trace.output_delta_formula == "(o − d)·f'(z)"
    # ∂E/∂W2 = hᵀ·δ2 = [0.4378234991, 0.4501660027]·(−0.1150780874)
    np.testing.assert_allclose(output.kernel_grad, [[-0.0503838909], [-0.0518042426]], atol=1e-10)
    np.testing.assert_allclose(output.bias_grad, [-0.1150780874], atol=1e-10)
    # δ1 = (δ2·W2ᵀ) ⊙ h(1 − h) = [−0.0575390437·0.2461, 0.0690468524·0.2475]
    np.testing.assert_allclose(hidden.delta, [[-0.0141623197, 0.0170902403]], atol=1e-10)
    # ∂E/∂W1 = xᵀ·δ1 = [[0.5·δ1], [−1·δ1]]
    np.testing.assert_allclose(
        hidden.kernel_grad,
        [[-0.0070811599, 0.0085451201], [0.0141623197, -0.0170902403]],
        atol=1e-10,
    )


def test_2_2_1_one_gradient_descent_step():
    model = build(
        [Dense(2, input_shape=(2,), activation="sigmoid"), Dense(1, activation="sigmoid")],
        [[[0.1, 0.2], [0.3, 0.4]], [0.0, 0.1], [[0.5], [-0.6]], [0.2]],
        "bp_error",
    )
    model.optimizer.learning_rate = 0.5
    loss = model.train_on_batch(np.array([[0.5, -1.0]]), np.array([[1.0]]))

    assert loss == pytest.approx(0.1071222201, abs=1e-10)
    # w ← w − η·∂E/∂w: W2 = [0.5 + 0.5·0.0503838909, −0.6 + 0.5·0.0518042426]
    np.testing.assert_allclose(
        model.get_weights()[2], [[0.52519194545], [-0.5740978787]], atol=1e-10
    )
    np.testing.assert_allclose(model.get_weights()[3], [0.2 + 0.5 * 0.1150780874], atol=1e-10)


def test_2_3_2_tanh_softmax_crossentropy():
    model = build(
        [Dense(3, input_shape=(2,), activation="tanh"), Dense(2, activation="softmax")],
        [
            [[0.1, -0.2, 0.3], [0.2, 0.1, -0.1]],
            [0.1, 0.0, 0.05],
            [[0.2, -0.1], [0.4, 0.3], [-0.5, 0.2]],
            [0.0, 0.1],
        ],
        "categorical_crossentropy",
    )
    x, d = np.array([[1.0, 2.0]]), np.array([[0.0, 1.0]])
    trace = model.trace(x, d)
    hidden, output = trace.layers

    # z1 = [1·0.1 + 2·0.2 + 0.1, 1·(−0.2) + 2·0.1 + 0, 1·0.3 − 2·0.1 + 0.05] = [0.6, 0, 0.15]
    np.testing.assert_allclose(hidden.z, [[0.6, 0.0, 0.15]], atol=1e-12)
    # h = tanh(z1) = [0.5370495670, 0, 0.1488850336]
    np.testing.assert_allclose(hidden.a, [[0.537049567, 0.0, 0.1488850336]], atol=1e-9)
    # z2 = [0.537·0.2 − 0.1489·0.5, −0.537·0.1 + 0.1489·0.2 + 0.1] = [0.0329673966, 0.07607205]
    np.testing.assert_allclose(output.z, [[0.0329673966, 0.07607205]], atol=1e-9)
    # o = softmax(z2) = [1/(1 + e^0.0431046534), ...] = [0.4892255049, 0.5107744951]
    np.testing.assert_allclose(output.a, [[0.4892255049, 0.5107744951]], atol=1e-10)
    # E = −log o₂ = −log 0.5107744951 = 0.6718270873
    assert trace.loss == pytest.approx(0.6718270873, abs=1e-9)
    # Fused softmax + cross-entropy: δ2 = o − d = [0.4892255049, −0.4892255049]
    assert trace.output_delta_formula == "fused softmax+CE: o − d"
    np.testing.assert_allclose(output.delta, [[0.4892255049, -0.4892255049]], atol=1e-10)
    # ∂E/∂W2 = hᵀ·δ2: row 1 = 0.537049567·δ2, row 2 = 0, row 3 = 0.1488850336·δ2
    np.testing.assert_allclose(
        output.kernel_grad,
        [[0.2627383455, -0.2627383455], [0.0, 0.0], [0.0728383557, -0.0728383557]],
        atol=1e-10,
    )
    # δ2·W2ᵀ = [0.1467676515, 0.0489225505, −0.3424578534]; times 1 − h² gives δ1
    np.testing.assert_allclose(
        hidden.delta, [[0.104436597, 0.0489225505, -0.3348666747]], atol=1e-9
    )
    # ∂E/∂W1 = xᵀ·δ1 = [δ1, 2·δ1]
    np.testing.assert_allclose(
        hidden.kernel_grad,
        [[0.104436597, 0.0489225505, -0.3348666747], [0.2088731941, 0.097845101, -0.6697333493]],
        atol=1e-9,
    )


def test_batch_gradient_is_sample_average():
    model = build(
        [Dense(2, input_shape=(2,), activation="tanh"), Dense(1)],
        [[[0.1, 0.2], [0.3, 0.4]], [0.0, 0.1], [[0.5], [-0.6]], [0.2]],
        "mse",
    )
    x = np.array([[0.5, -1.0], [1.0, 2.0], [0.0, 3.0]])
    y = np.array([[1.0], [0.0], [2.0]])

    loss, grads = model.compute_gradients(x, y)
    single = [model.compute_gradients(x[i : i + 1], y[i : i + 1]) for i in range(3)]

    assert loss == pytest.approx(np.mean([s[0] for s in single]))
    for index, grad in enumerate(grads):
        np.testing.assert_allclose(grad, np.mean([s[1][index] for s in single], axis=0))
