"""The text shown when the pointer rests on a neuron or an edge of the diagram."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QCoreApplication

from bpstudio.gui.display_names import activation_name
from bpstudio.gui.network.diagram_layout import Column
from bpstudio.gui.network.probe import SampleProbe


def _tr(text: str) -> str:
    return QCoreApplication.translate("NetworkHover", text)


def _fmt(value: float) -> str:
    return f"{value:.4g}"


def neuron_name(columns: Sequence[Column], c: int, unit: int) -> str:
    """Name a neuron for the read-out: its label for inputs and outputs, else layer.unit."""
    column = columns[c]
    if column.kind != "hidden" and unit < len(column.labels):
        return column.labels[unit]
    return _tr("h%1.%2").replace("%1", str(column.hidden_index + 1)).replace("%2", str(unit + 1))


def describe(
    key: tuple,
    columns: Sequence[Column],
    kernels: Sequence[np.ndarray],
    biases: Sequence[np.ndarray | None],
    probe: SampleProbe | None,
    sample: int,
) -> str:
    """Return the multi-line read-out for a hover key, or "" when there is none."""
    if not columns:
        return ""
    if key[0] == "node":
        return _describe_node(key[1], key[2], columns, biases, probe, sample)
    if key[0] == "edge":
        return _describe_edge(key[1], key[2], key[3], columns, kernels, probe, sample)
    return ""


def _sample_line(sample: int) -> str:
    return _tr("On training sample %1:").replace("%1", str(sample + 1))


def _describe_node(c, unit, columns, biases, probe, sample) -> str:
    column = columns[c]
    name = neuron_name(columns, c, unit)
    if column.kind == "input":
        lines = [_tr("Input %1").replace("%1", name)]
        if probe is not None and unit < probe.inputs.shape[0]:
            lines += [
                _sample_line(sample),
                _tr("value x = %1 (after preprocessing)").replace("%1", _fmt(probe.inputs[unit])),
            ]
        return "\n".join(lines)

    layer = c - 1
    if column.kind == "output":
        title = _tr("Output neuron %1 · activation %2")
    else:
        title = _tr("Hidden neuron %1 · activation %2")
    activation = activation_name(column.activation)
    lines = [title.replace("%1", name).replace("%2", activation)]
    bias = biases[layer] if layer < len(biases) else None
    if bias is not None and unit < bias.shape[0]:
        lines.append(_tr("bias b = %1").replace("%1", _fmt(bias[unit])))
    if probe is not None and layer < len(probe.z) and unit < probe.z[layer].shape[0]:
        lines.append(_sample_line(sample))
        lines.append(_tr("net input z = Σ w·x + b = %1").replace("%1", _fmt(probe.z[layer][unit])))
        lines.append(
            _tr("output a = %1(z) = %2")
            .replace("%1", activation)
            .replace("%2", _fmt(probe.a[layer][unit]))
        )
        if column.kind == "output" and probe.target is not None and unit < probe.target.shape[0]:
            lines.append(_tr("target d = %1").replace("%1", _fmt(probe.target[unit])))
        if probe.delta is not None and layer < len(probe.delta):
            lines.append(
                _tr("error term δ = ∂E/∂z = %1").replace("%1", _fmt(probe.delta[layer][unit]))
            )
    return "\n".join(lines)


def _describe_edge(kernel, row, col, columns, kernels, probe, sample) -> str:
    source = neuron_name(columns, kernel, row)
    target = neuron_name(columns, kernel + 1, col)
    lines = [_tr("Weight from %1 to %2").replace("%1", source).replace("%2", target)]
    if kernel < len(kernels) and row < kernels[kernel].shape[0] and col < kernels[kernel].shape[1]:
        weight = float(kernels[kernel][row, col])
        lines.append(_tr("w = %1").replace("%1", _fmt(weight)))
        if probe is not None:
            incoming = probe.inputs if kernel == 0 else probe.a[kernel - 1]
            if row < incoming.shape[0]:
                lines.append(_sample_line(sample))
                lines.append(
                    _tr("signal carried w·x = %1").replace("%1", _fmt(weight * incoming[row]))
                )
            if probe.kernel_grad is not None and kernel < len(probe.kernel_grad):
                gradient = float(probe.kernel_grad[kernel][row, col])
                lines.append(_tr("gradient ∂E/∂w = %1").replace("%1", _fmt(gradient)))
    else:
        lines.append(_tr("No weights yet: load a dataset to build the network."))
    return "\n".join(lines)
