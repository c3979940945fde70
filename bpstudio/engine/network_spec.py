"""Networks described as plain dicts, as the GUI, the command line and project files store them.

A spec looks like::

    {"hidden": [{"units": 8, "activation": "tanh"}],
     "output_activation": "auto", "loss": "auto",
     "kernel_initializer": "glorot_uniform", "bias_initializer": "zeros",
     "use_bias": True, "l2": 0.0}

"auto" picks the output activation and loss from the task (see :func:`output_defaults`).
Which output activation and loss may go together is decided by :func:`check_combination`.
"""

from __future__ import annotations

import copy

from bpstudio.engine import activations, losses
from bpstudio.engine.layers import Dense
from bpstudio.engine.model import Sequential
from bpstudio.errors import ModelError

#: The network a new project starts with: one hidden layer of 4 tanh units.
DEFAULT_NETWORK = {
    "hidden": [{"units": 4, "activation": "tanh"}],
    "output_activation": "auto",
    "loss": "auto",
    "kernel_initializer": "glorot_uniform",
    "bias_initializer": "zeros",
    "use_bias": True,
    "l2": 0.0,
}
#: Activation of a hidden layer written as a bare unit count in :func:`parse_hidden`.
DEFAULT_HIDDEN_ACTIVATION = "relu"
#: Output activations whose values lie in (0, 1), so binary cross-entropy is defined on them.
_PROBABILITY_OUTPUTS = ("sigmoid", "softmax")


def parse_hidden(text: str) -> list[dict]:
    """Parse "16:relu,8:tanh" into hidden-layer dicts; "16" means 16 relu units; "" none."""
    layers = []
    text = (text or "").strip()
    if not text:
        return layers
    for position, part in enumerate(text.split(","), start=1):
        units_text, _, activation = part.strip().partition(":")
        activation = activation.strip().lower() or DEFAULT_HIDDEN_ACTIVATION
        try:
            units = int(units_text.strip())
        except ValueError:
            units = None
        if units is None or units < 1:
            raise ModelError(
                "model.invalid_hidden",
                position=position,
                value=text,
                reason=f"the unit count {units_text.strip()!r} is not a positive integer.",
            )
        if activation not in activations.NAMES:
            raise ModelError(
                "model.invalid_hidden",
                position=position,
                value=text,
                reason=f"unknown activation {activation!r} (valid: "
                f"{', '.join(activations.NAMES)}).",
            )
        layers.append({"units": units, "activation": activation})
    return layers


def format_hidden(hidden: list[dict]) -> str:
    """Return the "16:relu,8:tanh" form of hidden-layer dicts (inverse of parse_hidden)."""
    return ",".join(f"{layer['units']}:{layer.get('activation', 'relu')}" for layer in hidden)


def output_defaults(task: str, n_outputs: int) -> tuple[str, str]:
    """Return ``(output_activation, loss)`` for a task.

    classification with one output unit (2 classes): sigmoid + binary_crossentropy;
    classification with K > 1 units (one-hot): softmax + categorical_crossentropy;
    regression: linear + mse.
    """
    if task == "classification":
        if n_outputs == 1:
            return "sigmoid", "binary_crossentropy"
        return "softmax", "categorical_crossentropy"
    if task == "regression":
        return "linear", "mse"
    raise ModelError(
        "model.invalid_argument",
        argument="task",
        expected="'classification' or 'regression'",
        value=task,
    )


def check_combination(output_activation: str, loss: str, n_outputs: int) -> None:
    """Raise ``ModelError`` if the output activation and loss cannot train together.

    Rejected: softmax on one unit (its output is always 1); categorical_crossentropy on one
    unit (use sigmoid + binary_crossentropy) or without softmax (its log-probabilities need
    outputs that sum to 1); binary_crossentropy on outputs that can leave (0, 1), i.e. other
    than sigmoid or softmax. Allowed: binary_crossentropy on softmax over several units
    (each unit is scored as its own yes/no output, as in Keras), and mse, mae or bp_error with
    any activation.
    """
    activations.get(output_activation)
    loss = losses.get(loss).name
    reason = None
    if output_activation == "softmax" and n_outputs == 1:
        reason = "softmax over one unit always outputs 1; use sigmoid for two classes."
    elif loss == "categorical_crossentropy" and n_outputs == 1:
        reason = "use sigmoid with binary_crossentropy for one output unit."
    elif loss == "categorical_crossentropy" and output_activation != "softmax":
        reason = "categorical cross-entropy needs softmax outputs that sum to 1."
    elif loss == "binary_crossentropy" and output_activation not in _PROBABILITY_OUTPUTS:
        reason = "binary cross-entropy needs outputs in (0, 1); use sigmoid."
    if reason:
        raise ModelError(
            "model.bad_combination",
            activation=output_activation,
            loss=loss,
            units=n_outputs,
            reason=reason,
        )


def resolve_output(spec: dict, task: str, n_outputs: int) -> tuple[str, str]:
    """Return the ``(output_activation, loss)`` a spec means, with "auto" resolved and checked."""
    default_activation, default_loss = output_defaults(task, n_outputs)
    activation = spec.get("output_activation", "auto")
    loss = spec.get("loss", "auto")
    activation = default_activation if activation in (None, "auto") else activation
    loss = default_loss if loss in (None, "auto") else losses.get(loss).name
    check_combination(activation, loss, n_outputs)
    return activation, loss


def build_network(
    spec: dict, n_inputs: int, n_outputs: int, task: str, seed=0, dtype="float32"
) -> Sequential:
    """Build (not compile) the Sequential model a spec describes; the loss is
    ``resolve_output(spec, task, n_outputs)[1]``."""
    spec = {**copy.deepcopy(DEFAULT_NETWORK), **spec}
    output_activation, _ = resolve_output(spec, task, n_outputs)
    common = {
        "use_bias": spec["use_bias"],
        "kernel_initializer": spec["kernel_initializer"],
        "bias_initializer": spec["bias_initializer"],
        "l2": spec["l2"],
    }
    model = Sequential(seed=seed, dtype=dtype)
    for index, layer in enumerate(spec["hidden"]):
        options = dict(common)
        options.update({k: layer[k] for k in ("use_bias", "l2") if k in layer})
        if index == 0:
            options["input_shape"] = (n_inputs,)
        model.add(Dense(layer["units"], activation=layer.get("activation", "relu"), **options))
    output_options = dict(common)
    if not spec["hidden"]:
        output_options["input_shape"] = (n_inputs,)
    model.add(Dense(n_outputs, activation=output_activation, **output_options))
    return model
