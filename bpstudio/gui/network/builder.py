"""The network builder: the diagram, the layer table and the output settings, bound to
the session.

Every structural edit goes through :meth:`NetworkBuilder.apply_edit`, which checks the
output activation and loss with ``network_spec.check_combination`` and pushes a
:class:`NetworkEditCommand` on the window's undo stack. An invalid combination is shown
in the message line and never reaches the session.
"""

from __future__ import annotations

import copy
import logging
from typing import Any

import numpy as np
from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bpstudio.errors import BPStudioError, ModelError
from bpstudio.gui.error_messages import error_message
from bpstudio.gui.network import spec_edit
from bpstudio.gui.network.commands import NetworkEditCommand
from bpstudio.gui.network.diagram import Column, NetworkDiagram, split_weights
from bpstudio.gui.network.hover_text import describe
from bpstudio.gui.network.layer_table import LayerTable, LayerTableModel
from bpstudio.gui.network.probe import SampleProbe, forward_probe, trace_probe

log = logging.getLogger(__name__)


class NetworkBuilder(QWidget):
    """Edit the session's network by buttons on the diagram or in the layer table."""

    def __init__(self, session, undo_stack: QUndoStack | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("networkBuilder")
        self.session = session
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self._probe: SampleProbe | None = None
        self._kernels: list[np.ndarray] = []
        self._biases: list[np.ndarray | None] = []
        self._hover_key: tuple | None = None
        self._structure: tuple | None = None
        self._sized = False

        self._build_widgets()
        self._build_layout()
        self._connect()
        self.refresh()

    # ----------------------------------------------------------------- construction

    def _build_widgets(self) -> None:
        self.diagram = NetworkDiagram(self)
        self.diagram.describe = self.describe_key
        self.table_model = LayerTableModel(self)
        self.layer_table = LayerTable(self.table_model, self)

        self.add_layer_button = QPushButton(self.tr("Add hidden layer"))
        self.add_layer_button.setObjectName("addLayerButton")
        self.remove_layer_button = QPushButton(self.tr("Remove hidden layer"))
        self.remove_layer_button.setObjectName("removeLayerButton")
        self.sample_spin = QSpinBox()
        self.sample_spin.setObjectName("hoverSampleSpin")
        self.sample_spin.setMinimum(1)
        self.sample_spin.setToolTip(self.tr("Training sample whose values the hover shows"))

        self.output_combo = QComboBox()
        self.output_combo.setObjectName("outputActivationCombo")
        self.loss_combo = QComboBox()
        self.loss_combo.setObjectName("lossCombo")
        for combo in (self.output_combo, self.loss_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        self.total_label = QLabel()
        self.total_label.setObjectName("totalParamsLabel")
        self.message_label = QLabel()
        self.message_label.setObjectName("networkMessageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setVisible(False)
        self.message_label.setStyleSheet("color: #c0392b;")
        self.hover_label = QLabel()
        self.hover_label.setObjectName("hoverInfoLabel")
        self.hover_label.setWordWrap(True)
        self.hover_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hover_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.hover_label.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self._hint = self.tr("Rest the pointer on a neuron or an edge to see its values.")
        self.hover_label.setText(self._hint)

    def _build_layout(self) -> None:
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.add_layer_button)
        toolbar.addWidget(self.remove_layer_button)
        toolbar.addStretch(1)
        sample_label = QLabel(self.tr("Sample:"))
        sample_label.setBuddy(self.sample_spin)
        toolbar.addWidget(sample_label)
        toolbar.addWidget(self.sample_spin)

        output_form = QFormLayout()
        output_form.addRow(self.tr("Output activation:"), self.output_combo)
        output_form.addRow(self.tr("Loss:"), self.loss_combo)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.layer_table, 1)
        side_layout.addWidget(self.total_label)
        side_layout.addLayout(output_form)
        side_layout.addWidget(self.hover_label)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("networkSplitter")
        self.splitter.addWidget(self.diagram)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(toolbar)
        layout.addWidget(self.message_label)
        layout.addWidget(self.splitter, 1)

    def _connect(self) -> None:
        session = self.session
        session.networkChanged.connect(self.refresh)
        session.dataChanged.connect(self.refresh)
        session.weightsChanged.connect(self._on_weights_changed)
        session.stateChanged.connect(self._on_state_changed)
        session.errorRaised.connect(self._on_error)

        self.add_layer_button.clicked.connect(self.add_layer)
        self.remove_layer_button.clicked.connect(self.remove_layer)
        self.output_combo.activated.connect(self._on_output_combo)
        self.loss_combo.activated.connect(self._on_loss_combo)
        self.sample_spin.valueChanged.connect(self._on_sample_changed)

        self.diagram.insertLayerRequested.connect(self.insert_layer)
        self.diagram.removeLayerRequested.connect(self.remove_layer)
        self.diagram.addNeuronRequested.connect(lambda i: self.change_units(i, +1))
        self.diagram.removeNeuronRequested.connect(lambda i: self.change_units(i, -1))
        self.diagram.activationMenuRequested.connect(self._show_activation_menu)
        self.diagram.layerSelected.connect(self._select_hidden)
        self.diagram.hoverChanged.connect(self._on_hover)
        self.table_model.unitsEdited.connect(self.set_units)
        self.table_model.activationEdited.connect(self.set_activation)
        self.layer_table.clicked.connect(
            lambda index: self._select_hidden(self.table_model.hidden_index(index.row()))
        )

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._sized:
            # Give the table the width of its columns, and the diagram the rest.
            self._sized = True
            total = max(self.splitter.width(), 1)
            side = min(self.layer_table.content_width(), int(total * 0.58))
            self.splitter.setSizes([total - side, side])

    # ----------------------------------------------------------------- session view

    def widths(self) -> tuple[int, int]:
        """Return (inputs, outputs) of the prepared data, or (2, 1) before there is any."""
        prepared = self.session.prepared
        if prepared is None:
            return 2, 1
        return int(prepared.x_train.shape[1]), int(prepared.n_outputs)

    def task(self) -> str:
        prepared = self.session.prepared
        if prepared is not None:
            return prepared.task
        config = self.session.preprocess
        task = getattr(config, "task", "auto") if config is not None else "auto"
        return task if task in ("classification", "regression") else "classification"

    def output_defaults(self) -> tuple[str, str]:
        from bpstudio.engine import network_spec

        return network_spec.output_defaults(self.task(), self.widths()[1])

    def resolved_output(self, spec: dict[str, Any] | None = None) -> tuple[str, str]:
        """Return (output activation, loss) with "auto" replaced by the task's defaults."""
        spec = self.session.network if spec is None else spec
        activation, loss = self.output_defaults()
        chosen_activation = spec.get("output_activation", "auto")
        chosen_loss = spec.get("loss", "auto")
        return (
            activation if chosen_activation == "auto" else chosen_activation,
            loss if chosen_loss == "auto" else chosen_loss,
        )

    def input_labels(self, n_inputs: int) -> list[str]:
        prepared = self.session.prepared
        names = list(getattr(prepared, "feature_names", None) or [])
        return names if len(names) == n_inputs else [f"x{i + 1}" for i in range(n_inputs)]

    def output_labels(self, n_outputs: int) -> list[str]:
        prepared = self.session.prepared
        if prepared is None:
            return [f"y{i + 1}" for i in range(n_outputs)]
        classes = [str(name) for name in (prepared.class_names or [])]
        if prepared.task == "classification" and len(classes) == n_outputs:
            return classes
        if prepared.task == "classification" and len(classes) == 2 and n_outputs == 1:
            return [self.tr("P(%1)").replace("%1", classes[1])]
        targets = [str(name) for name in (prepared.target_names or [])]
        return targets if len(targets) == n_outputs else [f"y{i + 1}" for i in range(n_outputs)]

    def columns(self) -> list[Column]:
        """Return the diagram columns for the session's spec and data."""
        spec = self.session.network
        n_inputs, n_outputs = self.widths()
        activation, _loss = self.resolved_output()
        columns = [Column("input", self.tr("Input"), n_inputs, labels=self.input_labels(n_inputs))]
        for index, layer in enumerate(spec.get("hidden", [])):
            title = self.tr("Hidden layer %1").replace("%1", str(index + 1))
            columns.append(Column("hidden", title, int(layer["units"]), layer["activation"], index))
        columns.append(
            Column(
                "output",
                self.tr("Output"),
                n_outputs,
                activation,
                labels=self.output_labels(n_outputs),
            )
        )
        return columns

    def refresh(self) -> None:
        """Redraw the diagram, table and combos from the session."""
        columns = self.columns()
        structure = tuple(
            (c.kind, c.units, c.activation, tuple(c.labels), c.title) for c in columns
        )
        if structure != self._structure:
            self._structure = structure
            self.diagram.set_structure(columns)
        self._refresh_table()
        self._refresh_combos()
        self._refresh_sample_range()
        self._on_weights_changed()
        self._apply_lock()

    def _refresh_table(self) -> None:
        from bpstudio.engine import activations

        n_inputs, n_outputs = self.widths()
        activation, _loss = self.resolved_output()
        rows = spec_edit.summarize(self.session.network, n_inputs, n_outputs, activation)
        self.table_model.set_rows(
            rows, self.session.network.get("output_activation", "auto"), list(activations.NAMES)
        )
        total = self.table_model.total_params()
        self.total_label.setText(self.tr("Total parameters: %1").replace("%1", f"{total:,}"))
        selected = self.diagram.selected_hidden
        if 0 <= selected < len(self.session.network.get("hidden", [])):
            self.layer_table.selectRow(selected + 1)
        else:
            self.diagram.select_hidden(-1)

    def _refresh_combos(self) -> None:
        from bpstudio.engine import activations, losses

        default_activation, default_loss = self.output_defaults()
        spec = self.session.network
        for combo, names, default, current in (
            (
                self.output_combo,
                activations.NAMES,
                default_activation,
                spec.get("output_activation", "auto"),
            ),
            (self.loss_combo, losses.NAMES, default_loss, spec.get("loss", "auto")),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("auto (%1)").replace("%1", default), "auto")
            for name in names:
                combo.addItem(name, name)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def _refresh_sample_range(self) -> None:
        prepared = self.session.prepared
        count = 0 if prepared is None else int(prepared.x_train.shape[0])
        self.sample_spin.blockSignals(True)
        self.sample_spin.setMaximum(max(1, count))
        self.sample_spin.setEnabled(count > 0)
        self.sample_spin.blockSignals(False)

    # ----------------------------------------------------------------- weights and hover

    def _on_weights_changed(self) -> None:
        # While training, the worker owns the model; current_weights() returns the latest
        # report's copies then, and the model's own weights when idle.
        weights = self.session.current_weights()
        self._kernels, self._biases = split_weights(weights)
        self._probe = None
        self.diagram.set_weights(weights)
        if self._hover_key is not None:
            self._show_hover(self._hover_key)

    def _on_sample_changed(self, _value: int) -> None:
        self._probe = None
        if self._hover_key is not None:
            self._show_hover(self._hover_key)

    def sample_index(self) -> int:
        return self.sample_spin.value() - 1

    def probe(self) -> SampleProbe | None:
        """Return the values of the selected training sample inside the network."""
        if self._probe is not None:
            return self._probe
        prepared, model = self.session.prepared, self.session.model
        if prepared is None or model is None or not self._kernels:
            return None
        index = min(self.sample_index(), prepared.x_train.shape[0] - 1)
        if index < 0:
            return None
        x, y = prepared.x_train[index], prepared.y_train[index]
        try:
            if self.session.state == "idle" and hasattr(model, "trace"):
                self._probe = trace_probe(model, x, y)
            else:
                names = [c.activation for c in self.diagram.columns[1:]]
                self._probe = forward_probe(self._kernels, self._biases, names, x, y)
        except (BPStudioError, ValueError, KeyError) as error:
            log.warning("cannot compute the hover values of sample %d: %s", index + 1, error)
            return None
        return self._probe

    def describe_key(self, key: tuple) -> str:
        """Return the hover read-out for a diagram key (node or edge)."""
        return describe(
            key,
            self.diagram.columns,
            self._kernels,
            self._biases,
            self.probe(),
            self.sample_index(),
        )

    def _on_hover(self, key) -> None:
        self._hover_key = key if key and key[0] in ("node", "edge") else None
        if self._hover_key is None:
            self.hover_label.setText(self._hint)
        else:
            self._show_hover(self._hover_key)

    def _show_hover(self, key: tuple) -> None:
        self.hover_label.setText(self.describe_key(key) or self._hint)

    # ----------------------------------------------------------------- locking and messages

    def _on_state_changed(self, _state: str) -> None:
        self._probe = None
        self._apply_lock()

    def _apply_lock(self) -> None:
        editable = self.session.state == "idle"
        self.add_layer_button.setEnabled(editable)
        self.remove_layer_button.setEnabled(editable and bool(self.session.network.get("hidden")))
        self.output_combo.setEnabled(editable)
        self.loss_combo.setEnabled(editable)
        self.table_model.set_editable(editable)
        if self.diagram.editable != editable:
            self.diagram.set_editable(editable)

    def show_message(self, text: str) -> None:
        """Show an explanation above the diagram; an empty text hides the line."""
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _on_error(self, error) -> None:
        if isinstance(error, BPStudioError) and error.kind.startswith("model."):
            self.show_message(error_message(error))

    # ----------------------------------------------------------------- edits

    def apply_edit(self, after: dict[str, Any], text: str, merge_key: str | None = None) -> bool:
        """Check an edited spec and push it as one undo step; return True if applied."""
        if self.session.state != "idle":
            self.show_message(
                self.tr("The network cannot be changed while training runs. Stop training first.")
            )
            return False
        before = copy.deepcopy(self.session.network)
        if after == before:
            return False
        from bpstudio.engine import network_spec

        activation, loss = self.resolved_output(after)
        try:
            network_spec.check_combination(activation, loss, self.widths()[1])
        except ModelError as error:
            self.show_message(error_message(error))
            self._refresh_combos()
            return False
        self.show_message("")
        self.undo_stack.push(NetworkEditCommand(self.session, before, after, text, merge_key))
        return True

    def _target_hidden(self) -> int:
        hidden = self.session.network.get("hidden", [])
        selected = self.diagram.selected_hidden
        return selected if 0 <= selected < len(hidden) else len(hidden) - 1

    def add_layer(self) -> bool:
        """Add a hidden layer after the selected one (or after the last)."""
        return self.insert_layer(self._target_hidden() + 1)

    def insert_layer(self, index: int) -> bool:
        spec = self.session.network
        if len(spec.get("hidden", [])) >= spec_edit.MAX_HIDDEN_LAYERS:
            self.show_message(
                self.tr("The builder stops at %1 hidden layers.").replace(
                    "%1", str(spec_edit.MAX_HIDDEN_LAYERS)
                )
            )
            return False
        applied = self.apply_edit(spec_edit.insert_layer(spec, index), self.tr("Add hidden layer"))
        if applied:
            self._select_hidden(index)
        return applied

    def remove_layer(self, index: int | None = None) -> bool:
        """Remove hidden layer ``index`` (default: the selected one, else the last)."""
        hidden = self.session.network.get("hidden", [])
        if not hidden:
            self.show_message(self.tr("There is no hidden layer to remove."))
            return False
        if not isinstance(index, int) or isinstance(index, bool) or index < 0:
            index = self._target_hidden()
        after = spec_edit.remove_layer(self.session.network, index)
        applied = self.apply_edit(
            after, self.tr("Remove hidden layer %1").replace("%1", str(index + 1))
        )
        if applied:
            self._select_hidden(min(index, len(after["hidden"]) - 1))
        return applied

    def change_units(self, index: int, step: int) -> bool:
        """Add (step +1) or remove (step -1) neurons of hidden layer ``index``."""
        units = int(self.session.network["hidden"][index]["units"]) + step
        return self.set_units(index, units)

    def set_units(self, index: int, units: int) -> bool:
        if units < spec_edit.MIN_UNITS:
            self.show_message(
                self.tr("A hidden layer needs at least one neuron; remove the layer instead.")
            )
            return False
        if units > spec_edit.MAX_UNITS:
            self.show_message(
                self.tr("A hidden layer can have at most %1 neurons.").replace(
                    "%1", str(spec_edit.MAX_UNITS)
                )
            )
            return False
        after = spec_edit.set_units(self.session.network, index, units)
        text = self.tr("Set hidden layer %1 to %2 neurons").replace("%1", str(index + 1))
        return self.apply_edit(after, text.replace("%2", str(units)), merge_key=f"units:{index}")

    def set_activation(self, index: int, name: str) -> bool:
        """Set the activation of hidden layer ``index``, or of the output when index is -1."""
        if index < 0:
            return self.set_output_activation(name)
        after = spec_edit.set_activation(self.session.network, index, name)
        text = self.tr("Set hidden layer %1 activation to %2").replace("%1", str(index + 1))
        return self.apply_edit(after, text.replace("%2", name))

    def set_output_activation(self, name: str) -> bool:
        after = spec_edit.set_output(self.session.network, activation=name)
        return self.apply_edit(after, self.tr("Set output activation to %1").replace("%1", name))

    def set_loss(self, name: str) -> bool:
        after = spec_edit.set_output(self.session.network, loss=name)
        return self.apply_edit(after, self.tr("Set loss to %1").replace("%1", name))

    def _on_output_combo(self, row: int) -> None:
        self.set_output_activation(self.output_combo.itemData(row))

    def _on_loss_combo(self, row: int) -> None:
        self.set_loss(self.loss_combo.itemData(row))

    def _select_hidden(self, index: int) -> None:
        self.diagram.select_hidden(index)
        if index >= 0:
            self.layer_table.selectRow(index + 1)

    def _show_activation_menu(self, index: int, scene_pos: QPointF) -> None:
        from bpstudio.engine import activations

        menu = QMenu(self)
        menu.setObjectName("activationMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        names = (["auto"] if index < 0 else []) + list(activations.NAMES)
        for name in names:
            action = menu.addAction(name)
            action.setObjectName(f"activationAction_{name}")
            action.triggered.connect(lambda _checked=False, n=name: self.set_activation(index, n))
        point = self.diagram.mapToGlobal(self.diagram.mapFromScene(scene_pos))
        # The menu is shown after this slot returns, so a click on the diagram finishes first.
        QTimer.singleShot(0, lambda: menu.popup(point))
        self.activation_menu = menu
