"""Turn a :class:`SampleExplanation` into the step-by-step HTML the explainer shows.

Each stage is one step of the lesson: the forward pass of one layer, the error, the δ of
one layer (output first), then the gradients and updates of one layer. Every sentence
is translated in the context "BackpropExplainer".
"""

from __future__ import annotations

from html import escape

import numpy as np
from PySide6.QtCore import QCoreApplication

#: Stage kinds in lesson order.
FORWARD, ERROR, DELTA, UPDATE = "forward", "error", "delta", "update"
#: At most this many neurons (and inputs per neuron) are written out in full.
MAX_TERMS = 6


def _texts() -> dict[str, str]:
    # Literal calls so that pyside6-lupdate finds every sentence of this module.
    return {
        "output_layer": QCoreApplication.translate("BackpropExplainer", "Output layer"),
        "hidden_layer": QCoreApplication.translate("BackpropExplainer", "Hidden layer %1"),
        "forward_pass": QCoreApplication.translate("BackpropExplainer", "forward pass"),
        "inputs": QCoreApplication.translate("BackpropExplainer", "Inputs:"),
        "more_neurons": QCoreApplication.translate("BackpropExplainer", "%1 more neurons"),
        "error_title": QCoreApplication.translate("BackpropExplainer", "Error of this sample"),
        "targets_outputs": QCoreApplication.translate(
            "BackpropExplainer", "Targets d and outputs o:"
        ),
        "output_delta": QCoreApplication.translate(
            "BackpropExplainer", "Output δ in the form the loss and activation give:"
        ),
        "default_delta": QCoreApplication.translate("BackpropExplainer", "∂E/∂o · f′(z)"),
        "gradients_title": QCoreApplication.translate("BackpropExplainer", "gradients and update"),
        "more_weights": QCoreApplication.translate("BackpropExplainer", "%1 more weights"),
        "nesterov": QCoreApplication.translate("BackpropExplainer", "Nesterov momentum"),
        "momentum": QCoreApplication.translate("BackpropExplainer", "Momentum"),
        "gradient_descent": QCoreApplication.translate("BackpropExplainer", "Gradient descent"),
    }


def _text(key: str) -> str:
    return _texts()[key]


def number(value: float) -> str:
    """Format a value with 4 significant digits, as on a hand-worked exercise sheet."""
    value = float(value)
    if value == 0:
        return "0"
    return f"{value:.4g}".replace("e-0", "e-").replace("e+0", "e+")


def stages(n_layers: int) -> list[tuple[str, int]]:
    """Return the (kind, layer index) steps: forward, error, δ backwards, updates."""
    forward = [(FORWARD, index) for index in range(n_layers)]
    backward = [(DELTA, index) for index in reversed(range(n_layers))]
    updates = [(UPDATE, index) for index in range(n_layers)]
    return [*forward, (ERROR, n_layers - 1), *backward, *updates]


def layer_title(index: int, n_layers: int) -> str:
    if index == n_layers - 1:
        return _text("output_layer")
    return _text("hidden_layer").replace("%1", str(index + 1))


def _sum_terms(weights, inputs) -> str:
    terms = [f"{number(w)}·{number(x)}" for w, x in zip(weights[:MAX_TERMS], inputs, strict=False)]
    if len(weights) > MAX_TERMS:
        terms.append("…")
    return " + ".join(terms)


def forward_html(layer, n_layers, input_names) -> str:
    """Return the HTML of the net input and output of each neuron of one layer."""
    lines = [
        f"<h3>{escape(layer_title(layer.index, n_layers))}: {escape(_text('forward_pass'))}</h3>",
        f"<p>z<sub>j</sub> = Σ<sub>i</sub> w<sub>ij</sub>·x<sub>i</sub> + b<sub>j</sub>, "
        f"o<sub>j</sub> = f(z<sub>j</sub>), f = {escape(layer.activation)}</p>",
    ]
    if layer.index == 0 and input_names:
        inputs = ", ".join(
            f"{escape(name)} = {number(value)}"
            for name, value in zip(input_names, layer.inputs, strict=False)
        )
        lines.append(f"<p>{escape(_text('inputs'))} {inputs}</p>")
    for j in range(min(len(layer.z), MAX_TERMS)):
        bias = 0.0 if layer.bias is None else layer.bias[j]
        terms = _sum_terms(layer.kernel[:, j], layer.inputs)
        lines.append(
            f"<p>z<sub>{j + 1}</sub> = {terms} + {number(bias)} = <b>{number(layer.z[j])}</b>"
            f"; &nbsp; o<sub>{j + 1}</sub> = {escape(layer.activation)}({number(layer.z[j])}) "
            f"= <b>{number(layer.a[j])}</b></p>"
        )
    if len(layer.z) > MAX_TERMS:
        lines.append(
            f"<p>… {escape(_text('more_neurons').replace('%1', str(len(layer.z) - MAX_TERMS)))}</p>"
        )
    return "\n".join(lines)


def error_html(explanation, output_names) -> str:
    """Return the HTML of this sample's error under the selected loss."""
    o, d = explanation.output, explanation.target
    if not output_names or len(output_names) != len(o):
        output_names = [f"y{k + 1}" for k in range(len(o))]
    pairs = ", ".join(
        f"{escape(name)}: d = {number(t)}, o = {number(p)}"
        for name, t, p in zip(output_names, d, o, strict=True)
    )
    formulas = {
        "bp_error": "E = ½·Σ<sub>k</sub>(d<sub>k</sub> − o<sub>k</sub>)²",
        "mse": "E = (1/K)·Σ<sub>k</sub>(d<sub>k</sub> − o<sub>k</sub>)²",
        "mae": "E = (1/K)·Σ<sub>k</sub>|d<sub>k</sub> − o<sub>k</sub>|",
        "binary_crossentropy": "E = −(1/K)·Σ<sub>k</sub>[d<sub>k</sub>·ln o<sub>k</sub>"
        " + (1 − d<sub>k</sub>)·ln(1 − o<sub>k</sub>)]",
        "categorical_crossentropy": "E = −Σ<sub>k</sub> d<sub>k</sub>·ln o<sub>k</sub>",
    }
    formula = formulas.get(explanation.loss_name, escape(explanation.loss_name))
    return (
        f"<h3>{escape(_text('error_title'))}</h3>"
        f"<p>{escape(_text('targets_outputs'))} {pairs}</p>"
        f"<p>{formula} = <b>{number(explanation.loss)}</b></p>"
    )


def delta_html(layer, n_layers, explanation) -> str:
    """Return the HTML of δ = ∂E/∂z of one layer: the output form, or f′(z)·Σ w·δ if hidden."""
    title = f"<h3>{escape(layer_title(layer.index, n_layers))}: δ = ∂E/∂z</h3>"
    lines = [title]
    if layer.loss_gradient is not None:
        lines.append(
            f"<p>{escape(_text('output_delta'))} "
            f"{escape(explanation.output_delta_formula or _text('default_delta'))}</p>"
        )
        for k in range(min(len(layer.delta), MAX_TERMS)):
            lines.append(
                f"<p>∂E/∂o<sub>{k + 1}</sub> = {number(layer.loss_gradient[k])}; &nbsp; "
                f"δ<sub>{k + 1}</sub> = <b>{number(layer.delta[k])}</b></p>"
            )
    else:
        lines.append(
            "<p>δ<sub>j</sub> = f′(z<sub>j</sub>)·Σ<sub>k</sub> w<sub>jk</sub>·δ<sub>k</sub></p>"
        )
        for j in range(min(len(layer.delta), MAX_TERMS)):
            lines.append(
                f"<p>δ<sub>{j + 1}</sub> = {number(layer.derivative[j])} × "
                f"{number(layer.delta_sum[j])} = <b>{number(layer.delta[j])}</b></p>"
            )
    return "\n".join(lines)


def update_html(layer, n_layers, explanation) -> str:
    """Return the HTML of ∂E/∂w = x·δ for each weight and the update Δw the optimizer applies."""
    optimizer = explanation.optimizer
    eta = number(explanation.learning_rate_now)
    rule = _update_rule(optimizer, eta)
    lines = [
        f"<h3>{escape(layer_title(layer.index, n_layers))}: "
        f"{escape(_text('gradients_title'))}</h3>",
        "<p>∂E/∂w<sub>ij</sub> = x<sub>i</sub>·δ<sub>j</sub>, &nbsp; ∂E/∂b<sub>j</sub> = "
        "δ<sub>j</sub></p>",
        f"<p>{rule}</p>",
    ]

    rows, columns = layer.kernel.shape
    listed = 0
    for j in range(columns):
        for i in range(rows):
            if listed >= MAX_TERMS * 2:
                break
            listed += 1
            lines.append(
                f"<p>w<sub>{i + 1}{j + 1}</sub>: ∂E/∂w = {number(layer.inputs[i])} × "
                f"{number(layer.delta[j])} = {number(layer.kernel_grad[i, j])}; &nbsp; "
                f"Δw = <b>{number(layer.update_kernel[i, j])}</b></p>"
            )
    if rows * columns > listed:
        more = _text("more_weights").replace("%1", str(rows * columns - listed))
        lines.append(f"<p>… {escape(more)}</p>")

    if layer.bias_grad is not None:
        for j in range(min(columns, MAX_TERMS)):
            lines.append(
                f"<p>b<sub>{j + 1}</sub>: ∂E/∂b = {number(layer.bias_grad[j])}; "
                f"&nbsp; Δb = <b>{number(layer.update_bias[j])}</b></p>"
            )

    for name, values in layer.optimizer_state.items():
        state_values = ", ".join(number(v) for v in np.ravel(values)[:MAX_TERMS])
        lines.append(
            f"<p><i>{escape(name)}</i> = [{state_values}"
            f"{', …' if np.size(values) > MAX_TERMS else ''}]</p>"
        )
    return "\n".join(lines)


def _update_rule(optimizer: dict, eta: str) -> str:
    name = optimizer.get("name")
    if name == "sgd" and optimizer.get("momentum"):
        mu = number(optimizer["momentum"])
        if optimizer.get("nesterov"):
            return (
                f"{escape(_text('nesterov'))}: v ← {mu}·v − {eta}·∂E/∂w, Δw = {mu}·v − {eta}·∂E/∂w"
            )
        return f"{escape(_text('momentum'))}: v ← {mu}·v − {eta}·∂E/∂w, Δw = v"
    if name == "adam":
        return (
            f"Adam: m ← β₁·m + (1 − β₁)·g, v ← β₂·v + (1 − β₂)·g², "
            f"Δw = −{eta}·√(1 − β₂ᵗ)/(1 − β₁ᵗ)·m/(√v + ε)"
        )
    if name == "rmsprop":
        return f"RMSprop: v ← ρ·v + (1 − ρ)·g², Δw = −{eta}·g/(√v + ε)"
    if name == "adagrad":
        return f"Adagrad: G ← G + g², Δw = −{eta}·g/(√G + ε)"
    return f"{escape(_text('gradient_descent'))}: Δw = −η·∂E/∂w = −{eta}·∂E/∂w"


def render(explanation, upto: int, input_names=None, output_names=None) -> str:
    """Return the HTML of all stages up to and including stage number ``upto``."""
    n_layers = len(explanation.layers)
    parts = []
    for kind, index in stages(n_layers)[: upto + 1]:
        layer = explanation.layers[index]
        if kind == FORWARD:
            parts.append(forward_html(layer, n_layers, input_names))
        elif kind == ERROR:
            parts.append(error_html(explanation, output_names))
        elif kind == DELTA:
            parts.append(delta_html(layer, n_layers, explanation))
        else:
            parts.append(update_html(layer, n_layers, explanation))
    return "<hr>".join(parts)
