"""The editable Keras-style layer summary: layer, units, activation, output shape, params.

The model shows :func:`spec_edit.summarize` rows. It never changes the session itself:
an edit emits ``unitsEdited`` or ``activationEdited`` and the builder turns it into an
undo command, so the table, the diagram buttons and undo share one path.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
)

from bpstudio.gui.display_names import activation_name
from bpstudio.gui.network.spec_edit import MAX_UNITS, MIN_UNITS, SummaryRow

LAYER, UNITS, ACTIVATION, SHAPE, PARAMS = range(5)
#: Role that returns the activation choices of a row (a list of names).
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 1


class LayerTableModel(QAbstractTableModel):
    """Summary rows of the network; units and activations of hidden layers are editable.

    The output row's activation is editable too; its choices start with "auto".
    """

    unitsEdited = Signal(int, int)  # noqa: N815  (hidden index, units)
    activationEdited = Signal(int, str)  # noqa: N815  (hidden index or -1 for output, name)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[SummaryRow] = []
        self.output_choice = "auto"
        self.activation_names: list[str] = []
        self.editable = True

    def set_rows(self, rows: list[SummaryRow], output_choice: str, names: list[str]) -> None:
        """Show new summary rows; ``output_choice`` is the spec's output activation.

        With the same number of rows the cells are updated in place rather than reset, so
        an open editor that caused the change is not destroyed while it commits.
        """
        same_shape = len(rows) == len(self.rows)
        if not same_shape:
            self.beginResetModel()
        self.rows = list(rows)
        self.output_choice = output_choice
        self.activation_names = list(names)
        if same_shape:
            if self.rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, PARAMS))
        else:
            self.endResetModel()

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, PARAMS))

    def total_params(self) -> int:
        return sum(row.params for row in self.rows)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return [
            self.tr("Layer"),
            self.tr("Units"),
            self.tr("Activation"),
            self.tr("Output shape"),
            self.tr("Params"),
        ][section]

    def _layer_title(self, row: SummaryRow) -> str:
        if row.kind == "input":
            return self.tr("Input")
        if row.kind == "output":
            return self.tr("Output")
        return self.tr("Hidden %1").replace("%1", row.name.split("_")[-1])

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._display(row, column, role)
        if role == CHOICES_ROLE and column == ACTIVATION:
            return (["auto"] if row.kind == "output" else []) + self.activation_names
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (UNITS, PARAMS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == LAYER and row.kind != "input":
            return self.tr("Keras name: %1").replace("%1", row.name)
        if role == Qt.ItemDataRole.ToolTipRole and self._is_editable(row, column):
            return self.tr("Double-click to edit")
        if role == Qt.ItemDataRole.ToolTipRole and row.kind != "hidden" and column == UNITS:
            return self.tr("The input and output widths follow the dataset")
        return None

    def _display(self, row: SummaryRow, column: int, role):
        if column == LAYER:
            return self._layer_title(row)
        if column == UNITS:
            return row.units if role == Qt.ItemDataRole.EditRole else f"{row.units:,}"
        if column == ACTIVATION:
            if row.kind == "output":
                if role == Qt.ItemDataRole.EditRole:
                    return self.output_choice
                if self.output_choice == "auto":
                    return self.tr("%1 (auto)").replace("%1", activation_name(row.activation))
            return activation_name(row.activation) if row.activation else ""
        if column == SHAPE:
            return row.output_shape
        return f"{row.params:,}"

    def _is_editable(self, row: SummaryRow, column: int) -> bool:
        if not self.editable:
            return False
        if row.kind == "hidden":
            return column in (UNITS, ACTIVATION)
        return row.kind == "output" and column == ACTIVATION

    def flags(self, index):
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self._is_editable(self.rows[index.row()], index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def hidden_index(self, row: int) -> int:
        """Return the position in spec["hidden"] of a table row, -1 for input and output."""
        return row - 1 if 0 < row < len(self.rows) - 1 else -1

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self.rows[index.row()]
        if not self._is_editable(row, index.column()):
            return False
        if index.column() == UNITS:
            units = int(value)
            if units != row.units:
                self.unitsEdited.emit(self.hidden_index(index.row()), units)
            return True
        name = str(value)
        current = self.output_choice if row.kind == "output" else row.activation
        if name != current:
            self.activationEdited.emit(self.hidden_index(index.row()), name)
        return True


class LayerDelegate(QStyledItemDelegate):
    """Spin box for units, combo box for activations."""

    def createEditor(self, parent, option, index):
        if index.column() == UNITS:
            editor = QSpinBox(parent)
            editor.setObjectName("unitsEditor")
            editor.setRange(MIN_UNITS, MAX_UNITS)
            return editor
        if index.column() == ACTIVATION:
            editor = QComboBox(parent)
            editor.setObjectName("activationEditor")
            for name in index.data(CHOICES_ROLE) or []:
                text = self.tr("Automatic") if name == "auto" else activation_name(name)
                editor.addItem(text, name)
            editor.activated.connect(lambda _i, e=editor: self.commitData.emit(e))
            return editor
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor, index):
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QSpinBox):
            editor.setValue(int(value))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(str(value))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value())
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        else:
            super().setModelData(editor, model, index)


class LayerTable(QTableView):
    """The table view with the delegate, sized for a handful of layers.

    Delete removes the selected hidden layer and Insert adds one after the selected row;
    the builder receives them as ``removeRequested`` and ``insertRequested``.
    """

    removeRequested = Signal(int)  # noqa: N815  (hidden index)
    insertRequested = Signal(int)  # noqa: N815  (hidden index of the new layer)

    def __init__(self, model: LayerTableModel, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("layerTable")
        self.setModel(model)
        self._delegate = LayerDelegate(self)
        self.setItemDelegate(self._delegate)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ACTIVATION, QHeaderView.ResizeMode.Stretch)

    def content_width(self) -> int:
        """Return the width that shows every column without a horizontal scroll bar."""
        header = self.horizontalHeader()
        columns = sum(
            max(self.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(header.count())
        )
        return columns + 2 * self.frameWidth() + 4

    def keyPressEvent(self, event) -> None:
        row = self.selected_row()
        model = self.model()
        if row >= 0 and self.state() != QAbstractItemView.State.EditingState:
            hidden = model.hidden_index(row)
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and hidden >= 0:
                self.removeRequested.emit(hidden)
                event.accept()
                return
            if event.key() == Qt.Key.Key_Insert and row < model.rowCount() - 1:
                self.insertRequested.emit(row)
                event.accept()
                return
        super().keyPressEvent(event)

    def selected_row(self) -> int:
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        return rows[0].row() if rows else -1
