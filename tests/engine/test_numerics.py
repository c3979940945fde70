"""The engine numerics hard cases: overflow, log(0), softmax derivatives, target shapes."""

import warnings

import numpy as np
import pytest

from bpstudio.engine import Dense, Sequential, activations, losses
from bpstudio.engine.backprop import SoftmaxCrossentropyHead
from bpstudio.errors import ModelError


@pytest.fixture
def strict_floats():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with np.errstate(over="raise", invalid="raise", divide="raise"):
            yield


def test_sigmoid_extremes_without_overflow(strict_floats):
    z = np.array([-1000.0, -30.0, 0.0, 30.0, 1000.0])

    a = activations.get("sigmoid").forward(z)

    np.testing.assert_allclose(a, [0.0, 9.357622968840175e-14, 0.5, 1.0, 1.0], rtol=1e-12)


def test_sigmoid_float32_extremes(strict_floats):
    z = np.array([-1000.0, -30.0, 0.0, 30.0, 1000.0], dtype=np.float32)

    a = activations.get("sigmoid").forward(z)

    assert a.dtype == np.float32
    np.testing.assert_allclose(a, [0.0, 9.3576e-14, 0.5, 1.0, 1.0], rtol=1e-5)


def test_softmax_subtracts_row_max(strict_floats):
    softmax = activations.get("softmax")

    single = softmax.forward(np.array([[1000.0, 1001.0, 1002.0]]))
    batch = softmax.forward(np.array([[1000.0, 1001.0, 1002.0], [0.0, 0.0, 0.0]]))

    np.testing.assert_allclose(single, [[0.09003057, 0.24472847, 0.66524096]], atol=1e-8)
    np.testing.assert_allclose(batch[0], single[0])
    np.testing.assert_allclose(batch[1], [1 / 3, 1 / 3, 1 / 3])


@pytest.mark.parametrize("name", activations.NAMES)
def test_activations_finite_for_huge_inputs(name, strict_floats):
    z = np.array([[-1e30, -1000.0, -1.0, 0.0, 1.0, 1000.0, 1e30]])
    activation = activations.get(name)

    a = activation.forward(z)
    grad = activation.backward(np.ones_like(z), z, a, np.empty_like(z))

    assert np.isfinite(a).all()
    assert np.isfinite(grad).all()


def test_crossentropy_of_saturated_softmax_is_finite(strict_floats):
    # logits [0, 1000] give softmax [e^-1000, 1] = [0, 1]; with target [1, 0] the loss is
    # log(e^0 + e^1000) − 0 = 1000 by log-sum-exp, not log(0).
    model = Sequential([Dense(2, input_shape=(1,), activation="softmax")], dtype="float64")
    model.compile(optimizer="sgd", loss="categorical_crossentropy")
    model.set_weights([np.array([[0.0, 1000.0]]), np.zeros(2)])

    loss, grads = model.compute_gradients(np.array([[1.0]]), np.array([[1.0, 0.0]]))

    assert loss == pytest.approx(1000.0)
    # ∂E/∂z = o − d = [0 − 1, 1 − 0]; with x = 1 the bias gradient is the same vector.
    np.testing.assert_allclose(grads[1], [-1.0, 1.0])
    np.testing.assert_allclose(grads[0], [[-1.0, 1.0]])


def test_crossentropy_from_logits_value():
    loss = losses.get("categorical_crossentropy")

    assert loss.value_from_logits([[1.0, 0.0]], [[0.0, 1000.0]]) == pytest.approx(1000.0)


def test_softmax_crossentropy_derivative_fused_and_by_jacobian():
    z = np.array([[1.0, 2.0, 3.0]])
    d = np.array([[0.0, 0.0, 1.0]])
    expected = [[0.09003057, 0.24472847, -0.33475904]]
    softmax = activations.get("softmax")
    loss = losses.get("categorical_crossentropy")

    head = SoftmaxCrossentropyHead(softmax, loss)
    a, delta, work = np.empty_like(z), np.empty_like(z), np.empty_like(z)
    head.forward_loss_delta(z, a, d, delta, work)
    o = softmax.forward(z)
    by_jacobian = np.einsum("nij,ni->nj", softmax.derivative(z, o), loss.gradient(d, o))
    by_product = softmax.backward(loss.gradient(d, o), z, o, np.empty_like(z))

    np.testing.assert_allclose(delta, expected, atol=1e-8)
    np.testing.assert_allclose(by_jacobian, expected, atol=1e-8)
    np.testing.assert_allclose(by_product, expected, atol=1e-8)


def test_vector_targets_are_a_column_not_a_broadcast():
    y_true = np.array([1.0, 2.0, 3.0, 4.0])
    y_pred = np.array([[1.0], [2.0], [3.0], [5.0]])

    # ½·Σ(d − o)² summed over samples is 0.5; bp_error averages it over the 4 samples.
    assert losses.get("bp_error").value(y_true, y_pred) * 4 == pytest.approx(0.5)
    assert losses.get("bp_error").value(y_true, y_pred) == pytest.approx(0.125)
    assert losses.get("mse").value(y_true, y_pred) == pytest.approx(0.25)
    assert losses.get("mse").gradient(y_true, y_pred).shape == (4, 1)


def test_vector_targets_in_a_model():
    model = Sequential([Dense(1, input_shape=(1,))], dtype="float64")
    model.compile(optimizer="sgd", loss="mse")
    model.set_weights([np.ones((1, 1)), np.zeros(1)])
    x = np.array([[1.0], [2.0], [3.0], [5.0]])

    assert model.evaluate(x, np.array([1.0, 2.0, 3.0, 4.0]))["loss"] == pytest.approx(0.25)


def test_target_shape_mismatch_is_clear():
    with pytest.raises(ModelError) as caught:
        losses.get("mse").value(np.zeros((4, 2)), np.zeros((4, 1)))
    assert caught.value.kind == "model.target_mismatch"

    model = Sequential([Dense(3, input_shape=(2,), activation="softmax")])
    model.compile(optimizer="sgd", loss="categorical_crossentropy")
    with pytest.raises(ModelError) as caught:
        model.fit(np.zeros((4, 2)), np.zeros(4), epochs=1)
    assert caught.value.kind == "model.target_mismatch"
    assert "3 units" in str(caught.value)
    assert "(4,)" in str(caught.value)


class RecordingArray(np.ndarray):
    """An array that records the dtype of every array operand of the ufuncs it meets."""

    seen: list = []

    def __array_ufunc__(self, ufunc, method, *inputs, **kwargs):
        for value in (*inputs, *kwargs.get("out", ())):
            if isinstance(value, np.ndarray | np.generic):
                RecordingArray.seen.append((ufunc.__name__, np.asarray(value).dtype))
        plain = [np.asarray(v) if isinstance(v, RecordingArray) else v for v in inputs]
        if "out" in kwargs:
            kwargs["out"] = tuple(np.asarray(o) for o in kwargs["out"])
        return getattr(ufunc, method)(*plain, **kwargs)


def recording(array):
    return np.ascontiguousarray(array, dtype=np.float32).view(RecordingArray)


@pytest.mark.parametrize("name", activations.NAMES)
def test_activations_keep_float32(name):
    activation = activations.get(name)
    z = recording(np.linspace(-3, 3, 12).reshape(3, 4))
    a, work, grad = (
        recording(np.empty((3, 4))),
        recording(np.empty((3, 4))),
        recording(np.ones((3, 4))),
    )
    RecordingArray.seen = []

    activation.forward(z, out=a, work=work)
    activation.backward(grad, z, a, work)

    assert [entry for entry in RecordingArray.seen if entry[1] == np.float64] == []
    assert np.asarray(grad).dtype == np.float32


@pytest.mark.parametrize(
    ("output", "loss"),
    [
        ("softmax", "categorical_crossentropy"),
        ("sigmoid", "binary_crossentropy"),
        ("tanh", "mse"),
        ("softmax", "bp_error"),
        ("linear", "mae"),
    ],
)
def test_output_heads_keep_float32(output, loss):
    from bpstudio.engine.backprop import make_head

    head = make_head(activations.get(output), losses.get(loss))
    z = recording([[0.5, -1.0, 2.0], [0.0, 0.3, -0.2]])
    y = recording([[0.0, 0.0, 1.0], [1.0, 0.0, 0.0]])
    a, delta, work = (recording(np.empty((2, 3))) for _ in range(3))
    RecordingArray.seen = []

    head.forward_loss_delta(z, a, y, delta, work)

    assert [entry for entry in RecordingArray.seen if entry[1] == np.float64] == []
    assert np.asarray(delta).dtype == np.float32


def test_softmax_over_one_unit_is_rejected():
    with pytest.raises(ModelError) as caught:
        Dense(1, activation="softmax", name="out")
    assert caught.value.kind == "model.softmax_one_unit"
    assert "layer out" in str(caught.value)
