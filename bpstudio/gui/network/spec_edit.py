"""Pure edits of a network spec dict and the Keras-style summary computed from it.

Every function returns a new spec and leaves its argument untouched, so an undo command
can keep the spec from before the edit. No Qt here: the builder widgets and their tests
share these rules.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

#: Smallest and largest number of neurons the builder lets a hidden layer have.
MIN_UNITS = 1
MAX_UNITS = 4096
#: Most hidden layers the builder adds; deeper nets are possible from the Python API.
MAX_HIDDEN_LAYERS = 16
#: Activation of a hidden layer added by the builder.
DEFAULT_HIDDEN_ACTIVATION = "tanh"
DEFAULT_HIDDEN_UNITS = 4


def _hidden(spec: dict[str, Any]) -> list[dict[str, Any]]:
    return list(spec.get("hidden", []))


def insert_layer(
    spec: dict[str, Any], index: int, units: int | None = None, activation: str | None = None
) -> dict[str, Any]:
    """Insert a hidden layer before position ``index`` (0 = right after the inputs).

    Without ``units`` and ``activation`` the new layer copies its left neighbour, or the
    defaults when it is the first hidden layer.
    """
    result = copy.deepcopy(spec)
    hidden = _hidden(result)
    index = max(0, min(index, len(hidden)))
    neighbour = None
    if index > 0:
        neighbour = hidden[index - 1]
    elif hidden:
        neighbour = hidden[0]
    layer = {
        "units": int(
            units if units is not None else (neighbour or {}).get("units", DEFAULT_HIDDEN_UNITS)
        ),
        "activation": activation or (neighbour or {}).get("activation", DEFAULT_HIDDEN_ACTIVATION),
    }
    hidden.insert(index, layer)
    result["hidden"] = hidden
    return result


def remove_layer(spec: dict[str, Any], index: int) -> dict[str, Any]:
    """Remove hidden layer ``index``; a network may end with no hidden layer at all."""
    result = copy.deepcopy(spec)
    hidden = _hidden(result)
    if not 0 <= index < len(hidden):
        raise IndexError(f"hidden layer index must be in 0..{len(hidden) - 1}, got {index}")
    del hidden[index]
    result["hidden"] = hidden
    return result


def set_units(spec: dict[str, Any], index: int, units: int) -> dict[str, Any]:
    """Set the number of neurons of hidden layer ``index``, clamped to the allowed range."""
    result = copy.deepcopy(spec)
    hidden = _hidden(result)
    hidden[index] = dict(hidden[index], units=max(MIN_UNITS, min(MAX_UNITS, int(units))))
    result["hidden"] = hidden
    return result


def set_activation(spec: dict[str, Any], index: int, activation: str) -> dict[str, Any]:
    """Set the activation of hidden layer ``index``."""
    result = copy.deepcopy(spec)
    hidden = _hidden(result)
    hidden[index] = dict(hidden[index], activation=activation)
    result["hidden"] = hidden
    return result


def set_output(
    spec: dict[str, Any], *, activation: str | None = None, loss: str | None = None
) -> dict[str, Any]:
    """Set the output activation and/or the loss; "auto" follows the task."""
    result = copy.deepcopy(spec)
    if activation is not None:
        result["output_activation"] = activation
    if loss is not None:
        result["loss"] = loss
    return result


@dataclass(frozen=True)
class SummaryRow:
    """One line of the Keras-style summary: a layer and its parameter count."""

    name: str
    kind: str  # "input", "hidden" or "output"
    units: int
    activation: str
    output_shape: str
    params: int


def summarize(
    spec: dict[str, Any], n_inputs: int, n_outputs: int, output_activation: str
) -> list[SummaryRow]:
    """Return the summary rows: the input, each hidden layer, then the output layer.

    ``output_activation`` is the resolved name (never "auto"). Parameters per Dense layer
    are ``n_in * units`` weights plus ``units`` biases when ``spec["use_bias"]`` is true,
    as Keras counts them.
    """
    use_bias = bool(spec.get("use_bias", True))
    rows = [SummaryRow("input", "input", n_inputs, "", f"(None, {n_inputs})", 0)]
    width = n_inputs
    for number, layer in enumerate(_hidden(spec), start=1):
        units = int(layer["units"])
        params = width * units + (units if use_bias else 0)
        rows.append(
            SummaryRow(
                f"dense_{number}", "hidden", units, layer["activation"], f"(None, {units})", params
            )
        )
        width = units
    params = width * n_outputs + (n_outputs if use_bias else 0)
    rows.append(
        SummaryRow(
            f"dense_{len(rows)}",
            "output",
            n_outputs,
            output_activation,
            f"(None, {n_outputs})",
            params,
        )
    )
    return rows
