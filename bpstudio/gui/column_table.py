"""The column table of the data panel: each column's role, kind and missing count.

Roles are derived from a PreprocessConfig: the target column, the feature columns
(``config.features``, or ``bpstudio.data.preprocess.default_features`` when it is None) and the
ignored rest. Editing a role emits ``roleEdited``; the data panel turns it into a new
config, so the table never changes the session by itself.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QTableView,
)

NAME, ROLE, KIND, MISSING = range(4)
FEATURE, TARGET, IGNORED = "feature", "target", "ignored"
ROLES = (FEATURE, TARGET, IGNORED)
#: Rows the column table shows before it scrolls.
MAX_VISIBLE_ROWS = 8


def column_roles(table, config) -> dict[str, str]:
    """Return column name -> "feature", "target" or "ignored" for a table and config."""
    target = getattr(config, "target", None)
    features = getattr(config, "features", None)
    if features is None:
        from bpstudio.data.preprocess import default_features

        # The same choice as prepare() and ``bpstudio train`` make for this target.
        features = default_features(table, target)
    chosen = set(features)
    roles = {}
    for name in table.columns:
        if name == target:
            roles[name] = TARGET
        elif name in chosen:
            roles[name] = FEATURE
        else:
            roles[name] = IGNORED
    return roles


class ColumnTableModel(QAbstractTableModel):
    """One row per column of the table; the Role cell is editable."""

    roleEdited = Signal(str, str)  # noqa: N815  (column name, new role)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.table = None
        self.roles: dict[str, str] = {}
        self.editable = True

    def set_table(self, table, config) -> None:
        """Show a table's columns with the roles ``config`` gives them.

        The same table is updated in place rather than reset, so the role editor that
        caused the change is not destroyed while it commits.
        """
        same_table = table is not None and table is self.table
        if not same_table:
            self.beginResetModel()
        self.table = table
        self.roles = {} if table is None else column_roles(table, config)
        if same_table:
            last = self.index(len(table.columns) - 1, MISSING)
            self.dataChanged.emit(self.index(0, 0), last)
        else:
            self.endResetModel()

    def set_editable(self, editable: bool) -> None:
        self.editable = editable

    def role_names(self) -> dict[str, str]:
        return {FEATURE: self.tr("feature"), TARGET: self.tr("target"), IGNORED: self.tr("ignored")}

    def kind_name(self, column: str) -> str:
        kind = self.table.kinds.get(column, "")
        names = {
            "numeric": self.tr("numeric"),
            "categorical": self.tr("categorical"),
            "constant": self.tr("constant"),
        }
        text = names.get(kind, kind)
        if column in (getattr(self.table, "id_like", None) or set()):
            text = self.tr("%1, ID-like").replace("%1", text)
        return text

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.table is None else len(self.table.columns)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return [self.tr("Column"), self.tr("Role"), self.tr("Kind"), self.tr("Missing")][section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.table is None:
            return None
        name = self.table.columns[index.row()]
        column = index.column()
        missing = len(self.table.missing.get(name) or [])
        if role == Qt.ItemDataRole.EditRole and column == ROLE:
            return self.roles.get(name, IGNORED)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return str(name)
            if column == ROLE:
                return self.role_names()[self.roles.get(name, IGNORED)]
            if column == KIND:
                return self.kind_name(name)
            return str(missing)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(name, column, missing)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == MISSING:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.roles.get(name) == TARGET:
            font = self.parent().font() if self.parent() is not None else None
            if font is not None:
                font.setBold(True)
            return font
        return None

    def _tooltip(self, name: str, column: int, missing: int) -> str | None:
        if column == NAME:
            return str(name)
        if column == ROLE:
            return self.tr("Double-click to choose feature, target or ignored")
        if column == MISSING and missing:
            lines = ", ".join(str(line) for line in self.table.missing[name][:10])
            more = ", …" if missing > 10 else ""
            return self.tr("Missing on lines %1").replace("%1", lines + more)
        if column == KIND and self.table.kinds.get(name) == "constant":
            return self.tr("This column has one value only and carries no information")
        return None

    def flags(self, index):
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == ROLE and self.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != ROLE or self.table is None:
            return False
        name = self.table.columns[index.row()]
        if value not in ROLES:
            return False
        if value != self.roles.get(name):
            self.roleEdited.emit(name, value)
        return True


class RoleDelegate(QStyledItemDelegate):
    """A combo box with the three roles."""

    def createEditor(self, parent, option, index):
        editor = QComboBox(parent)
        editor.setObjectName("roleEditor")
        names = index.model().role_names()
        for role in ROLES:
            editor.addItem(names[role], role)
        editor.activated.connect(lambda _i, e=editor: self.commitData.emit(e))
        return editor

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData())


class ColumnTable(QTableView):
    """The view of :class:`ColumnTableModel` with the role delegate."""

    def __init__(self, model: ColumnTableModel, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("columnTable")
        self.setModel(model)
        self.setItemDelegateForColumn(ROLE, RoleDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)

    def fit_rows(self, max_rows: int = MAX_VISIBLE_ROWS) -> None:
        """Size the view to its rows, up to ``max_rows``; longer tables scroll."""
        rows = max(2, min(self.model().rowCount(), max_rows))
        height = self.horizontalHeader().sizeHint().height()
        height += rows * self.verticalHeader().defaultSectionSize()
        height += 2 * self.frameWidth() + self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(height)
