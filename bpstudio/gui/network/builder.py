"""The network builder: diagram, layer table and output settings bound to the session.

Every structural edit goes through ``apply_edit`` (see :mod:`.edits`), which checks the
output activation and loss with ``network_spec.check_combination`` and pushes a
:class:`NetworkEditCommand` on the window's undo stack. An invalid combination is shown
in the message line and never reaches the session.
"""

from __future__ import annotations

import logging

import numpy as np
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QAction, QUndoStack
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

from bpstudio.errors import BPStudioError
from bpstudio.gui.display_names import activation_name, loss_name
from bpstudio.gui.error_messages import error_message
from bpstudio.gui.network import menus, shape, spec_edit
from bpstudio.gui.network.diagram import NetworkDiagram
from bpstudio.gui.network.diagram_layout import split_weights
from bpstudio.gui.network.edits import NetworkEditsMixin
from bpstudio.gui.network.hover_text import describe
from bpstudio.gui.network.layer_table import LayerTable, LayerTableModel
from bpstudio.gui.network.probe import SampleProbe, forward_probe, trace_probe

log = logging.getLogger(__name__)


class NetworkBuilder(NetworkEditsMixin, QWidget):
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
        self.open_menu: QMenu | None = None

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
        self._hint = ""

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
        self.diagram.layerMenuRequested.connect(self._show_layer_menu)
        self.diagram.layerSelected.connect(self._select_hidden)
        self.diagram.hoverChanged.connect(self._on_hover)
        self.layer_table.removeRequested.connect(self.remove_layer)
        self.layer_table.insertRequested.connect(self.insert_layer)
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

    def refresh(self) -> None:
        """Redraw the diagram, table and combos from the session."""
        columns = shape.columns(self.session)
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
        if self.session.prepared is None:
            self._hint = self.tr(
                "No prepared data yet: the input and output layers will follow the dataset's "
                "columns once it loads."
            )
        else:
            self._hint = self.tr("Rest the pointer on a neuron or an edge to see its values.")
        if self._hover_key is None:
            self.hover_label.setText(self._hint)

    def _refresh_table(self) -> None:
        from bpstudio.engine import activations

        n_inputs, n_outputs = shape.widths(self.session)
        activation, _loss = shape.resolved_output(self.session)
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

        default_activation, default_loss = shape.output_defaults(self.session)
        spec = self.session.network
        choices = (
            (
                self.output_combo,
                activations.NAMES,
                activation_name,
                default_activation,
                spec.get("output_activation", "auto"),
            ),
            (self.loss_combo, losses.NAMES, loss_name, default_loss, spec.get("loss", "auto")),
        )
        for combo, names, display, default, current in choices:
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Automatic (%1)").replace("%1", display(default)), "auto")
            for name in names:
                combo.addItem(display(name), name)
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
        self._lock_undo_actions(editable)
        self.diagram.set_antialiasing(editable)

    def _lock_undo_actions(self, editable: bool) -> None:
        # Undo and redo replace the network, which the session rejects while training
        # runs, so the window's actions for this stack are disabled until it stops.
        actions = {"undoAction": self.undo_stack.canUndo, "redoAction": self.undo_stack.canRedo}
        for action in self.window().findChildren(QAction):
            available = actions.get(action.objectName())
            if available is not None:
                action.setEnabled(editable and available())

    def show_message(self, text: str) -> None:
        """Show an explanation above the diagram; an empty text hides the line."""
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _on_error(self, error) -> None:
        if isinstance(error, BPStudioError) and error.kind.startswith("model."):
            self.show_message(error_message(error))

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

        names = (["auto"] if index < 0 else []) + list(activations.NAMES)
        if index < 0:
            current = self.session.network.get("output_activation", "auto")
        else:
            current = self.session.network["hidden"][index]["activation"]
        menu = menus.activation_menu(
            self, names, current, lambda name: self.set_activation(index, name)
        )
        point = self.diagram.mapToGlobal(self.diagram.mapFromScene(scene_pos))
        self._popup(menu, point)

    def _show_layer_menu(self, index: int, global_pos: QPoint) -> None:
        from bpstudio.engine import activations

        if self.session.state != "idle":
            return
        self._select_hidden(index)
        self._popup(menus.layer_menu(self, self, index, list(activations.NAMES)), global_pos)

    def _popup(self, menu: QMenu, point: QPoint) -> None:
        # The menu opens after this slot returns, so the click on the diagram finishes first.
        self.open_menu = menu
        QTimer.singleShot(0, lambda: menu.popup(point))
