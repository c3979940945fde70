"""Sequential.trace: the forward and backward pass of training, exposed for teaching views."""

import numpy as np
import pytest

from bpstudio.engine import Dense, Sequential


def model_with(output, loss, hidden="sigmoid"):
    model = Sequential(
        [Dense(3, input_shape=(2,), activation=hidden), Dense(2, activation=output)],
        seed=4,
        dtype="float64",
    )
    model.compile(optimizer="sgd", loss=loss)
    return model


X = np.array([[0.5, -1.0], [1.0, 2.0], [0.0, 0.3]])
Y = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 0.0]])


@pytest.mark.parametrize(
    ("output", "loss", "formula"),
    [
        ("softmax", "categorical_crossentropy", "fused softmax+CE: o − d"),
        ("sigmoid", "binary_crossentropy", "fused sigmoid+BCE: o − d"),
        ("sigmoid", "bp_error", "(o − d)·f'(z)"),
        ("softmax", "mse", "J_softmaxᵀ·(o − d)"),
        ("tanh", "mae", "∂E/∂o·f'(z)"),
    ],
)
def test_trace_matches_compute_gradients(output, loss, formula):
    model = model_with(output, loss)

    trace = model.trace(X, Y)
    expected_loss, grads = model.compute_gradients(X, Y)

    assert trace.output_delta_formula == formula
    assert trace.loss == pytest.approx(expected_loss)
    traced = [g for layer in trace.layers for g in (layer.kernel_grad, layer.bias_grad)]
    for traced_grad, grad in zip(traced, grads, strict=True):
        np.testing.assert_allclose(traced_grad, grad)


def test_trace_layers_chain_inputs_and_outputs():
    model = model_with("softmax", "categorical_crossentropy")

    trace = model.trace(X, Y)
    hidden, output = trace.layers

    np.testing.assert_array_equal(hidden.inputs, X)
    np.testing.assert_array_equal(output.inputs, hidden.a)
    np.testing.assert_allclose(output.a, model.predict(X))
    np.testing.assert_allclose(hidden.z, X @ model.get_weights()[0] + model.get_weights()[1])
    # The kernel gradient is inputsᵀ·δ, with δ already averaged over the 3 samples.
    np.testing.assert_allclose(output.kernel_grad, hidden.a.T @ output.delta)
    # Hidden δ = (δ_out·W_outᵀ) ⊙ σ'(z) with σ' = a(1 − a).
    np.testing.assert_allclose(
        hidden.delta, (output.delta @ model.get_weights()[2].T) * hidden.a * (1 - hidden.a)
    )


def test_trace_without_targets_is_forward_only():
    model = model_with("softmax", "categorical_crossentropy")

    trace = model.trace(X)

    assert trace.loss is None
    assert trace.layers[0].delta is None
    np.testing.assert_allclose(trace.layers[-1].a, model.predict(X))


def test_trace_does_not_change_weights_or_training_state():
    model = model_with("sigmoid", "bp_error")
    before = model.get_weights()

    model.trace(X, Y)

    for old, new in zip(before, model.get_weights(), strict=True):
        np.testing.assert_array_equal(old, new)
    assert model.optimizer.iterations == 0


def test_trace_evaluate_and_predict_leave_training_buffers_alone():
    # The GUI thread calls these while a worker thread trains the same model.
    model = model_with("softmax", "categorical_crossentropy")
    model.compile(optimizer="sgd", loss="categorical_crossentropy", metrics=["accuracy"])
    generator = model.iter_fit(X, Y, epochs=3, batch_size=2, report_every=1)
    next(generator)
    gradients_before = model._grads.copy()
    workspaces_before = dict(model._workspaces)
    accuracy = model.metrics[0]
    state_before = (accuracy._correct, accuracy._count)

    model.trace(X, Y)
    model.compute_gradients(X, Y)
    model.evaluate(X, Y)
    model.predict(X)

    np.testing.assert_array_equal(model._grads, gradients_before)
    assert dict(model._workspaces) == workspaces_before
    assert (accuracy._correct, accuracy._count) == state_before
    generator.close()
