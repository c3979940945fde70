"""Network specs: parsing, output defaults, allowed combinations and building."""

import pytest

from bpstudio.engine import network_spec
from bpstudio.errors import ModelError


def test_parse_hidden():
    assert network_spec.parse_hidden("16:relu, 8:TANH,4") == [
        {"units": 16, "activation": "relu"},
        {"units": 8, "activation": "tanh"},
        {"units": 4, "activation": "relu"},
    ]
    assert network_spec.parse_hidden("") == []
    assert network_spec.format_hidden(network_spec.parse_hidden("3:elu,2:sigmoid")) == (
        "3:elu,2:sigmoid"
    )


@pytest.mark.parametrize(
    ("text", "position", "fragment"),
    [("16:relu,0:tanh", 2, "'0'"), ("x:relu", 1, "'x'"), ("4:swish", 1, "swish")],
)
def test_parse_hidden_errors(text, position, fragment):
    with pytest.raises(ModelError) as caught:
        network_spec.parse_hidden(text)
    assert caught.value.kind == "model.invalid_hidden"
    assert caught.value.position == position
    assert fragment in str(caught.value)


@pytest.mark.parametrize(
    ("task", "outputs", "expected"),
    [
        ("classification", 1, ("sigmoid", "binary_crossentropy")),
        ("classification", 3, ("softmax", "categorical_crossentropy")),
        ("regression", 2, ("linear", "mse")),
    ],
)
def test_output_defaults(task, outputs, expected):
    assert network_spec.output_defaults(task, outputs) == expected


@pytest.mark.parametrize(
    ("activation", "loss", "units"),
    [
        ("softmax", "mse", 1),
        ("sigmoid", "categorical_crossentropy", 1),
        ("sigmoid", "categorical_crossentropy", 3),
        ("linear", "binary_crossentropy", 1),
        ("relu", "binary_crossentropy", 2),
    ],
)
def test_rejected_combinations(activation, loss, units):
    with pytest.raises(ModelError) as caught:
        network_spec.check_combination(activation, loss, units)
    assert caught.value.kind == "model.bad_combination"


@pytest.mark.parametrize(
    ("activation", "loss", "units"),
    [
        ("softmax", "binary_crossentropy", 3),
        ("sigmoid", "binary_crossentropy", 2),
        ("softmax", "bp_error", 3),
        ("tanh", "mae", 1),
        ("linear", "mse", 4),
    ],
)
def test_allowed_combinations(activation, loss, units):
    network_spec.check_combination(activation, loss, units)


def test_build_default_network():
    model = network_spec.build_network(network_spec.DEFAULT_NETWORK, 2, 1, "classification")

    assert [(row["units"], row["activation"]) for row in model.summary_rows()] == [
        (4, "tanh"),
        (1, "sigmoid"),
    ]
    assert model.loss is None
    assert model.get_weights()[0].shape == (2, 4)


def test_build_network_applies_options():
    spec = {
        "hidden": network_spec.parse_hidden("5:relu,3:elu"),
        "output_activation": "auto",
        "loss": "mse",
        "kernel_initializer": "he_normal",
        "use_bias": False,
        "l2": 0.01,
    }

    model = network_spec.build_network(spec, 4, 2, "regression", seed=3, dtype="float64")

    assert [layer.units for layer in model.layers] == [5, 3, 2]
    assert all(not layer.use_bias and layer.l2 == 0.01 for layer in model.layers)
    assert model.layers[-1].activation.name == "linear"
    assert model.get_weights()[0].dtype.name == "float64"
    assert model.seed == 3
    assert network_spec.resolve_output(spec, "regression", 2) == ("linear", "mse")


def test_build_network_without_hidden_layers():
    model = network_spec.build_network({"hidden": []}, 3, 4, "classification")

    assert [layer.units for layer in model.layers] == [4]
    assert model.get_weights()[0].shape == (3, 4)
