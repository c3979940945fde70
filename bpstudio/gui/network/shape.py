"""The builder's view of the session: layer widths, task, neuron names and columns.

The input and output widths follow the prepared data. Before any data is prepared, the
builder shows two inputs and one output, so the network can still be edited.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from bpstudio.gui.network.diagram_layout import Column

#: (inputs, outputs) shown before a dataset is prepared.
PLACEHOLDER_WIDTHS = (2, 1)


def _tr(text: str) -> str:
    return QCoreApplication.translate("NetworkBuilder", text)


def widths(session) -> tuple[int, int]:
    """Return (inputs, outputs) of the prepared data, or the placeholder widths."""
    prepared = session.prepared
    if prepared is None:
        return PLACEHOLDER_WIDTHS
    return int(prepared.x_train.shape[1]), int(prepared.n_outputs)


def task(session) -> str:
    """Return the prepared task, else the configured one, else "classification"."""
    prepared = session.prepared
    if prepared is not None:
        return prepared.task
    config = session.preprocess
    chosen = getattr(config, "task", "auto") if config is not None else "auto"
    return chosen if chosen in ("classification", "regression") else "classification"


def output_defaults(session) -> tuple[str, str]:
    """Return the (activation, loss) that "auto" means for the session's task and width."""
    from bpstudio.engine import network_spec

    return network_spec.output_defaults(task(session), widths(session)[1])


def resolved_output(session, spec: dict[str, Any] | None = None) -> tuple[str, str]:
    """Return (output activation, loss) of ``spec`` with "auto" replaced by the defaults."""
    spec = session.network if spec is None else spec
    activation, loss = output_defaults(session)
    chosen_activation = spec.get("output_activation", "auto")
    chosen_loss = spec.get("loss", "auto")
    return (
        activation if chosen_activation in (None, "auto") else chosen_activation,
        loss if chosen_loss in (None, "auto") else chosen_loss,
    )


def input_labels(session, n_inputs: int) -> list[str]:
    """Name the input neurons after the features (after one-hot encoding)."""
    names = list(getattr(session.prepared, "feature_names", None) or [])
    return names if len(names) == n_inputs else [f"x{i + 1}" for i in range(n_inputs)]


def output_labels(session, n_outputs: int) -> list[str]:
    """Name the output neurons after the classes, P(positive class) or the targets."""
    prepared = session.prepared
    fallback = [f"y{i + 1}" for i in range(n_outputs)]
    if prepared is None:
        return fallback
    classes = [str(name) for name in (prepared.class_names or [])]
    if prepared.task == "classification" and len(classes) == n_outputs:
        return classes
    if prepared.task == "classification" and len(classes) == 2 and n_outputs == 1:
        return [_tr("P(%1)").replace("%1", classes[1])]
    targets = [str(name) for name in (prepared.target_names or [])]
    return targets if len(targets) == n_outputs else fallback


def columns(session) -> list[Column]:
    """Return the diagram columns for the session's network spec and data."""
    n_inputs, n_outputs = widths(session)
    activation, _loss = resolved_output(session)
    result = [Column("input", _tr("Input"), n_inputs, labels=input_labels(session, n_inputs))]
    for index, layer in enumerate(session.network.get("hidden", [])):
        title = _tr("Hidden layer %1").replace("%1", str(index + 1))
        result.append(Column("hidden", title, int(layer["units"]), layer["activation"], index))
    output_names = output_labels(session, n_outputs)
    result.append(Column("output", _tr("Output"), n_outputs, activation, labels=output_names))
    return result
