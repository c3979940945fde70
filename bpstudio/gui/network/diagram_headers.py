"""The diagram's column headers: titles, neuron counts and the edit buttons drawn above."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from bpstudio.gui.display_names import activation_name
from bpstudio.gui.network.diagram_items import NAME_ROLE, ButtonItem
from bpstudio.gui.network.diagram_layout import COLUMN_GAP, Column


def _tr(text: str) -> str:
    # The diagram's own context, so these strings translate with the rest of its texts.
    return QCoreApplication.translate("NetworkDiagram", text)


class DiagramHeadersMixin:
    """Header drawing of :class:`NetworkDiagram`.

    The host class provides ``scene()``, ``columns``, ``editable``, ``_nodes``,
    ``_buttons``, ``_colors`` and the edit-request signals.
    """

    def _column_x(self, c: int) -> float:
        return c * COLUMN_GAP

    def _add_headers(self) -> None:
        if not self._nodes:
            return
        top = min((n.pos().y() for nodes in self._nodes for n in nodes.values()), default=0.0)
        title_y = top - 108
        for c, column in enumerate(self.columns):
            x = self._column_x(c)
            self._add_title(x, title_y, column)
            if column.kind == "hidden" and self.editable:
                self._add_layer_buttons(x, title_y + 52, column.hidden_index)
            if column.kind == "output" and self.editable:
                self._add_activation_button(x, title_y + 52, -1, column.activation)
        if self.editable:
            for c in range(len(self.columns) - 1):
                x = (self._column_x(c) + self._column_x(c + 1)) / 2
                hidden_position = c  # inserting after column c puts it at hidden index c
                self._add_button(
                    "+",
                    f"insertLayerButton:{hidden_position}",
                    _tr("Insert a hidden layer here"),
                    lambda p=hidden_position: self.insertLayerRequested.emit(p),
                    QPointF(x, title_y + 10),
                    width=22,
                )

    def _add_title(self, x: float, y: float, column: Column) -> None:
        count = _tr("1 neuron") if column.units == 1 else _tr("%1 neurons")
        lines = [column.title, count.replace("%1", str(column.units))]
        for number, line in enumerate(lines):
            text = QGraphicsSimpleTextItem(line)
            text.setBrush(QBrush(self._colors.text if number == 0 else self._colors.muted))
            bounds = text.boundingRect()
            text.setPos(x - bounds.width() / 2, y + number * bounds.height())
            self.scene().addItem(text)

    def _add_layer_buttons(self, x: float, y: float, index: int) -> None:
        self._add_activation_button(x, y, index, self.columns_activation(index))
        self._add_button(
            "−",
            f"removeNeuronButton:{index}",
            _tr("Remove a neuron"),
            lambda: self.removeNeuronRequested.emit(index),
            QPointF(x - 24, y + 22),
        )
        self._add_button(
            "+",
            f"addNeuronButton:{index}",
            _tr("Add a neuron"),
            lambda: self.addNeuronRequested.emit(index),
            QPointF(x, y + 22),
        )
        self._add_button(
            "×",
            f"removeLayerButton:{index}",
            _tr("Remove this hidden layer"),
            lambda: self.removeLayerRequested.emit(index),
            QPointF(x + 24, y + 22),
        )

    def columns_activation(self, hidden_index: int) -> str:
        for column in self.columns:
            if column.hidden_index == hidden_index and column.kind == "hidden":
                return column.activation
        return ""

    def _add_activation_button(self, x: float, y: float, index: int, activation: str) -> None:
        def request() -> None:
            button = self._find_button(f"activationButton:{index}")
            anchor = button.sceneBoundingRect().bottomLeft() if button else QPointF(x, y)
            self.activationMenuRequested.emit(index, anchor)

        text = activation_name(activation)
        width = max(60.0, 8.0 * len(text) + 18)
        self._add_button(
            f"{text} ▾",
            f"activationButton:{index}",
            _tr("Choose the activation function"),
            request,
            QPointF(x, y),
            width=width,
        )

    def _add_button(self, text, name, tooltip, on_click, pos: QPointF, width=20.0) -> None:
        button = ButtonItem(text, name, tooltip, on_click, self._colors, width=width)
        button.setPos(pos)
        self.scene().addItem(button)
        self._buttons.append(button)

    def _find_button(self, name: str) -> ButtonItem | None:
        for button in self._buttons:
            if button.data(NAME_ROLE) == name:
                return button
        return None

    def button(self, name: str) -> ButtonItem | None:
        """Return the diagram button with a stable name such as "addNeuronButton:0"."""
        return self._find_button(name)

    def button_names(self) -> list[str]:
        return [button.data(NAME_ROLE) for button in self._buttons]
