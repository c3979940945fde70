"""Sequential's Keras-style API: structure, weights, configs, errors and initializers."""

import copy
import json
import subprocess
import sys

import numpy as np
import pytest

from bpstudio.engine import Dense, Sequential, initializers
from bpstudio.engine.initializers import ZerosInitializerWarning
from bpstudio.errors import ModelError


def small_model(**options):
    return Sequential(
        [Dense(6, input_shape=(8,), activation="relu"), Dense(4, activation="softmax")],
        seed=0,
        **options,
    )


def test_summary_lists_layers_shapes_and_counts():
    model = small_model()
    model.add(Dense(3, activation="sigmoid"))

    text = model.summary()

    assert "dense (Dense)" in text
    assert "(None, 6)" in text
    assert "Total params: 97" in text  # 8·6 + 6, 6·4 + 4, 4·3 + 3
    assert model.count_params() == 97
    assert model.summary_rows()[1] == {
        "name": "dense_1",
        "units": 4,
        "activation": "softmax",
        "output_shape": (None, 4),
        "params": 28,
    }


def test_weights_are_kernel_then_bias_per_layer():
    model = small_model()

    shapes = [w.shape for w in model.get_weights()]

    assert shapes == [(8, 6), (6,), (6, 4), (4,)]
    assert model.layers[0].kernel.shape == (8, 6)


def test_set_weights_round_trip_and_shape_errors():
    model = small_model()
    weights = [np.full_like(w, i) for i, w in enumerate(model.get_weights())]

    model.set_weights(weights)

    for expected, actual in zip(weights, model.get_weights(), strict=True):
        np.testing.assert_array_equal(expected, actual)
    with pytest.raises(ModelError) as caught:
        model.set_weights([weights[0].T, *weights[1:]])
    assert caught.value.kind == "model.weights_mismatch"
    assert "dense.kernel" in str(caught.value)
    with pytest.raises(ModelError) as caught:
        model.set_weights(weights[:2])
    assert caught.value.kind == "model.weights_count"


def test_layer_kernel_assignment_copies_into_model():
    model = small_model()
    model.compile(optimizer="sgd", loss="mse")

    model.layers[1].kernel = np.zeros((6, 4))

    np.testing.assert_array_equal(model.get_weights()[2], 0)


def test_add_and_pop_keep_other_weights():
    model = small_model()
    before = model.get_weights()

    model.add(Dense(2))
    popped = model.pop()

    assert popped.units == 2
    for old, new in zip(before, model.get_weights(), strict=True):
        np.testing.assert_array_equal(old, new)


def test_same_seed_same_weights_and_reset():
    first, second = small_model(), small_model()
    for a, b in zip(first.get_weights(), second.get_weights(), strict=True):
        np.testing.assert_array_equal(a, b)

    first.reset_weights(seed=5)
    assert not np.array_equal(first.get_weights()[0], second.get_weights()[0])
    first.reset_weights(seed=0)
    np.testing.assert_array_equal(first.get_weights()[0], second.get_weights()[0])


def test_config_is_json_and_round_trips():
    model = small_model()
    model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])

    config = json.loads(json.dumps(model.get_config()))
    clone = Sequential.from_config(config)

    assert clone.get_config() == model.get_config()
    for a, b in zip(model.get_weights(), clone.get_weights(), strict=True):
        np.testing.assert_array_equal(a, b)
    assert config["optimizer"]["name"] == "adam"
    assert config["layers"][0]["units"] == 6


def test_deepcopy_is_independent():
    model = small_model()
    model.compile(optimizer="adam", loss="categorical_crossentropy")
    x = np.random.default_rng(0).normal(size=(5, 8))
    y = np.eye(4)[[0, 1, 2, 3, 0]]

    clone = copy.deepcopy(model)
    clone.fit(x, y, epochs=2)

    assert not np.array_equal(clone.get_weights()[0], model.get_weights()[0])
    np.testing.assert_array_equal(clone.predict(x), clone.predict(x))
    assert clone.layers[0].kernel.base is not None


def test_predict_evaluate_and_chunking():
    model = small_model()
    model.compile(optimizer="sgd", loss="categorical_crossentropy", metrics=["accuracy"])
    x = np.random.default_rng(1).normal(size=(10, 8))
    y = np.eye(4)[np.arange(10) % 4]

    whole = model.predict(x)
    chunked = model.predict(x, batch_size=3)
    logs = model.evaluate(x, y)
    chunked_logs = model.evaluate(x, y, batch_size=3)

    assert whole.shape == (10, 4)
    np.testing.assert_allclose(whole.sum(axis=1), 1, rtol=1e-6)
    np.testing.assert_allclose(chunked, whole, rtol=1e-6)
    assert set(logs) == {"loss", "accuracy"}
    assert chunked_logs["loss"] == pytest.approx(logs["loss"], rel=1e-6)
    assert chunked_logs["accuracy"] == logs["accuracy"]


def test_train_on_batch_returns_loss_before_step():
    model = small_model()
    model.compile(optimizer="sgd", loss="mse")
    x = np.ones((2, 8))
    y = np.zeros((2, 4))

    before = model.evaluate(x, y)["loss"]
    returned = model.train_on_batch(x, y)

    assert returned == pytest.approx(before, rel=1e-6)
    assert model.evaluate(x, y)["loss"] < before


@pytest.mark.parametrize("units", [0, -3, 2.5, "4", True])
def test_invalid_units_name_layer_and_value(units):
    with pytest.raises(ModelError) as caught:
        Dense(units, name="hidden_1")
    assert caught.value.kind == "model.invalid_units"
    assert "hidden_1" in str(caught.value)
    assert repr(units) in str(caught.value)


def test_input_width_mismatch_names_layer_and_values():
    model = small_model()
    model.compile(optimizer="sgd", loss="mse")

    with pytest.raises(ModelError) as caught:
        model.fit(np.zeros((3, 5)), np.zeros((3, 4)))

    assert caught.value.kind == "model.input_mismatch"
    assert caught.value.layer == "dense"
    assert caught.value.expected == 8
    assert caught.value.value == 5
    assert "expects 8 input features" in str(caught.value)


def test_model_without_input_shape_builds_on_first_data():
    model = Sequential([Dense(3, activation="tanh"), Dense(1)], seed=0)
    model.compile(optimizer="sgd", loss="mse")

    model.fit(np.zeros((4, 5)), np.zeros(4), epochs=1)

    assert model.get_weights()[0].shape == (5, 3)


def test_uncompiled_and_empty_models():
    with pytest.raises(ModelError) as caught:
        small_model().fit(np.zeros((2, 8)), np.zeros((2, 4)))
    assert caught.value.kind == "model.not_compiled"
    with pytest.raises(ModelError) as caught:
        Sequential().build(3)
    assert caught.value.kind == "model.empty"


def test_unknown_names_list_valid_ones():
    with pytest.raises(ValueError, match="valid names are: linear, sigmoid"):
        Dense(3, activation="swish")
    with pytest.raises(ValueError, match="glorot_uniform"):
        Dense(3, kernel_initializer="orthogonal")


def test_crossentropy_rejects_targets_that_are_not_one_hot():
    model = small_model()
    model.compile(optimizer="sgd", loss="categorical_crossentropy")

    with pytest.raises(ModelError) as caught:
        model.fit(np.zeros((2, 8)), np.array([[1, 1, 0, 0], [0, 0, 0, 1]]))

    assert caught.value.kind == "model.invalid_targets"
    assert "row 1 sums to 2" in str(caught.value)


def test_zeros_kernel_warns_and_keeps_units_identical():
    with pytest.warns(ZerosInitializerWarning, match="symmetry"):
        model = Sequential(
            [
                Dense(3, input_shape=(2,), activation="tanh", kernel_initializer="zeros"),
                Dense(1, kernel_initializer="zeros"),
            ],
            seed=0,
        )
    model.compile(optimizer="sgd", loss="mse")
    x = np.random.default_rng(0).normal(size=(8, 2))

    model.fit(x, x[:, :1] * 2, epochs=20, batch_size=None)

    kernel = model.get_weights()[0]
    np.testing.assert_allclose(kernel, kernel[:, :1].repeat(3, axis=1))


@pytest.mark.parametrize("name", initializers.NAMES)
def test_initializer_scales(name):
    rng = np.random.default_rng(0)
    values = initializers.get(name)((400, 100), rng, np.float32)
    expected_std = {
        "glorot_uniform": np.sqrt(2 / 500),
        "glorot_normal": np.sqrt(2 / 500),
        "he_uniform": np.sqrt(2 / 400),
        "he_normal": np.sqrt(2 / 400),
        "random_normal": 0.05,
        "zeros": 0.0,
        "ones": 0.0,
    }[name]

    assert values.dtype == np.float32
    assert values.std() == pytest.approx(expected_std, rel=0.05, abs=1e-9)


def test_engine_and_data_load_no_qt():
    probe = (
        "import sys, bpstudio.engine, bpstudio.data.loader;"
        "print([m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'shiboken'))])"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_loss_and_optimizer_accept_names():
    model = small_model()
    model.compile(optimizer="adam", loss="mse")

    model.loss = "bp_error"
    model.optimizer = "sgd"

    assert model.loss.name == "bp_error"
    assert model.optimizer.name == "sgd"
    with pytest.raises(ValueError, match="valid names"):
        model.loss = "hinge"


def test_summary_before_input_width_is_known():
    model = Sequential([Dense(3), Dense(1)])

    text = model.summary()

    assert "unknown until the input width is set" in text
    assert model.summary_rows()[0]["params"] is None
    with pytest.raises(ModelError):
        model.count_params()


def test_activation_options_survive_config():
    from bpstudio.engine.activations import LeakyReLU

    model = Sequential([Dense(3, input_shape=(2,), activation=LeakyReLU(alpha=0.2)), Dense(1)])

    clone = Sequential.from_config(json.loads(json.dumps(model.get_config())))

    assert clone.layers[0].activation.alpha == 0.2


def test_build_again_keeps_weights():
    model = Sequential([Dense(3, activation="tanh"), Dense(2)], seed=0)
    model.build(4)
    before = model.get_weights()

    model.build(4)
    same = model.get_weights()
    model.build(5)
    wider = model.get_weights()

    for old, new in zip(before, same, strict=True):
        np.testing.assert_array_equal(old, new)
    assert wider[0].shape == (5, 3)
    for old, new in zip(before[1:], wider[1:], strict=True):
        np.testing.assert_array_equal(old, new)
