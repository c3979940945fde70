"""The network diagram: neurons in columns, edges coloured and sized by their weights.

The scene is rebuilt only when the structure changes (layers, widths, names). Weight
updates while training only change the pens of the existing edges, through a small pen
cache, so redrawing stays cheap at any frame rate.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

import numpy as np
from PySide6.QtCore import QEvent, QLineF, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QTransform
from PySide6.QtWidgets import (
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QToolTip,
)

from bpstudio.gui.network.diagram_headers import DiagramHeadersMixin
from bpstudio.gui.network.diagram_items import (
    KEY_ROLE,
    ButtonItem,
    DiagramColors,
    NodeItem,
    WeightPens,
)
from bpstudio.gui.network.diagram_layout import (
    MAX_ZOOM,
    NODE_GAP,
    Column,
    elide,
    split_weights,
    visible_units,
    weight_levels,
)

log = logging.getLogger(__name__)

#: Pixels around the pointer searched for an edge when none is exactly under it.
HOVER_TOLERANCE = 4


class NetworkDiagram(DiagramHeadersMixin, QGraphicsView):
    """A view of the network; emits edit requests from the buttons drawn on it.

    ``describe`` is set by the owner to a callable that turns a hover key into the text
    shown for it: ``("node", column, unit)`` or ``("edge", kernel, row, col)``.
    """

    insertLayerRequested = Signal(int)  # noqa: N815
    removeLayerRequested = Signal(int)  # noqa: N815
    addNeuronRequested = Signal(int)  # noqa: N815
    removeNeuronRequested = Signal(int)  # noqa: N815
    activationMenuRequested = Signal(int, QPointF)  # noqa: N815
    layerMenuRequested = Signal(int, QPoint)  # noqa: N815
    layerSelected = Signal(int)  # noqa: N815
    hoverChanged = Signal(object)  # noqa: N815

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("networkDiagram")
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setMouseTracking(True)
        self.setMinimumSize(240, 160)
        self.describe: Callable[[tuple], str] = lambda key: ""
        self.columns: list[Column] = []
        self.editable = True
        self.selected_hidden = -1
        self._colors = DiagramColors.from_palette(self.palette())
        self._pens = WeightPens(self._colors.muted, self._colors.background)
        self.setBackgroundBrush(QBrush(self._colors.background))
        self._nodes: list[dict[int, NodeItem]] = []
        self._edges: list[tuple[list[QGraphicsLineItem], np.ndarray, np.ndarray]] = []
        self._edge_levels: list[np.ndarray] = []
        self._buttons: list[ButtonItem] = []
        self._highlight: QGraphicsRectItem | None = None
        self._weights: list[np.ndarray] | None = None
        self._hover_key: tuple | None = None

    # ----------------------------------------------------------------- structure

    def set_structure(self, columns: Sequence[Column]) -> None:
        """Rebuild the scene for a new list of columns; the last weights are re-applied."""
        self.columns = list(columns)
        scene = self.scene()
        scene.clear()
        self._nodes, self._edges, self._edge_levels, self._buttons = [], [], [], []
        self._highlight = None
        self._hover_key = None
        positions = [self._layout_column(c, column) for c, column in enumerate(self.columns)]
        for c in range(len(self.columns) - 1):
            self._add_edges(c, positions[c], positions[c + 1])
        self._add_headers()
        self._update_highlight()
        self._apply_weights()
        self.fit()

    def _layout_column(self, c: int, column: Column) -> dict[int, QPointF]:
        shown = visible_units(column.units)
        collapsed = column.units - len(shown)
        slots = len(shown) + (1 if collapsed else 0)
        top = -(slots - 1) * NODE_GAP / 2
        x = self._column_x(c)
        positions: dict[int, QPointF] = {}
        nodes: dict[int, NodeItem] = {}
        slot = 0
        for n, unit in enumerate(shown):
            if collapsed and n == len(shown) // 2:
                self._add_collapsed_marker(x, top + slot * NODE_GAP, collapsed)
                slot += 1
            point = QPointF(x, top + slot * NODE_GAP)
            node = NodeItem(("node", c, unit), self._colors, square=column.kind == "input")
            node.setPos(point)
            self.scene().addItem(node)
            nodes[unit] = node
            positions[unit] = point
            self._add_node_label(column, unit, point)
            slot += 1
        self._nodes.append(nodes)
        return positions

    def _add_collapsed_marker(self, x: float, y: float, hidden: int) -> None:
        text = QGraphicsSimpleTextItem(self.tr("⋮ %1 more").replace("%1", str(hidden)))
        text.setBrush(QBrush(self._colors.muted))
        bounds = text.boundingRect()
        # A plate in the background colour keeps the count readable over the edges.
        plate = QGraphicsRectItem(bounds.adjusted(-3, -1, 3, 1))
        plate.setBrush(QBrush(self._colors.background))
        plate.setPen(QPen(Qt.PenStyle.NoPen))
        plate.setZValue(3)
        plate.setPos(x - bounds.width() / 2, y - bounds.height() / 2)
        plate.setData(KEY_ROLE, ("collapsed", hidden))
        text.setParentItem(plate)
        self.scene().addItem(plate)

    def _add_node_label(self, column: Column, unit: int, point: QPointF) -> None:
        if column.kind == "hidden" or unit >= len(column.labels):
            return
        full = column.labels[unit]
        text = QGraphicsSimpleTextItem(elide(full))
        text.setBrush(QBrush(self._colors.text))
        text.setToolTip(full)
        bounds = text.boundingRect()
        gap = NodeItem.RADIUS + 6
        x = point.x() - gap - bounds.width() if column.kind == "input" else point.x() + gap
        text.setPos(x, point.y() - bounds.height() / 2)
        self.scene().addItem(text)

    def _add_edges(self, kernel: int, left: dict[int, QPointF], right: dict[int, QPointF]) -> None:
        items: list[QGraphicsLineItem] = []
        rows, cols = [], []
        radius = NodeItem.RADIUS
        for i, start in left.items():
            for j, end in right.items():
                line = QLineF(start, end)
                length = line.length()
                if length > 2 * radius:
                    shrink = radius / length
                    line = QLineF(line.pointAt(shrink), line.pointAt(1 - shrink))
                item = QGraphicsLineItem(line)
                item.setPen(self._pens.neutral)
                item.setZValue(0)
                item.setData(KEY_ROLE, ("edge", kernel, i, j))
                self.scene().addItem(item)
                items.append(item)
                rows.append(i)
                cols.append(j)
        self._edges.append((items, np.asarray(rows, dtype=int), np.asarray(cols, dtype=int)))
        self._edge_levels.append(np.full(len(items), 0, dtype=int))

    def set_antialiasing(self, enabled: bool) -> None:
        """Turn antialiasing on or off.

        Without it a repaint of many wide edges is several times cheaper, which matters
        while training redraws the diagram many times a second.
        """
        if bool(self.renderHints() & QPainter.RenderHint.Antialiasing) != enabled:
            self.setRenderHint(QPainter.RenderHint.Antialiasing, enabled)
            self.viewport().update()

    def set_editable(self, editable: bool) -> None:
        """Show or hide the edit buttons; hover keeps working either way."""
        if editable != self.editable:
            self.editable = editable
            self.set_structure(self.columns)

    # ----------------------------------------------------------------- selection

    def select_hidden(self, index: int) -> None:
        self.selected_hidden = index
        self._update_highlight()

    def _update_highlight(self) -> None:
        if self._highlight is not None:
            self.scene().removeItem(self._highlight)
            self._highlight = None
        for c, column in enumerate(self.columns):
            if column.kind == "hidden" and column.hidden_index == self.selected_hidden:
                nodes = list(self._nodes[c].values())
                if not nodes:
                    return
                ys = [node.pos().y() for node in nodes]
                x = self._column_x(c)
                rect = QRectF(x - 26, min(ys) - 22, 52, max(ys) - min(ys) + 44)
                color = QColor(self._colors.highlight)
                color.setAlpha(45)
                self._highlight = QGraphicsRectItem(rect)
                self._highlight.setBrush(QBrush(color))
                self._highlight.setPen(QPen(Qt.PenStyle.NoPen))
                self._highlight.setZValue(-1)
                self.scene().addItem(self._highlight)
                return

    # ----------------------------------------------------------------- weights

    def set_weights(self, weights: Sequence[np.ndarray] | None) -> None:
        """Colour the edges by sign and size them by magnitude; None draws them neutral."""
        self._weights = None if weights is None else [np.asarray(w) for w in weights]
        self._apply_weights()

    def _apply_weights(self) -> None:
        kernels, biases = split_weights(self._weights)
        if len(kernels) != len(self._edges):
            kernels, biases = [], []
        scale = max((float(np.max(np.abs(k))) for k in kernels if k.size), default=0.0)
        for index, (items, rows, cols) in enumerate(self._edges):
            if (
                kernels
                and kernels[index].shape[0] > (rows.max(initial=-1))
                and (kernels[index].shape[1] > cols.max(initial=-1))
            ):
                levels = weight_levels(kernels[index][rows, cols], scale)
            else:
                levels = np.zeros(len(items), dtype=int)
            changed = np.nonzero(levels != self._edge_levels[index])[0]
            for n in changed:
                items[n].setPen(self._pens.pen(int(levels[n])))
            self._edge_levels[index] = levels
        self._apply_biases(biases)

    def _apply_biases(self, biases: list[np.ndarray | None]) -> None:
        scale = max(
            (float(np.max(np.abs(b))) for b in biases if b is not None and b.size), default=0.0
        )
        for c, nodes in enumerate(self._nodes):
            bias = biases[c - 1] if 0 < c <= len(biases) else None
            for unit, node in nodes.items():
                if bias is not None and unit < bias.shape[0]:
                    node.set_bias(float(bias[unit]), scale, self._colors)
                else:
                    node.restyle(self._colors)

    def edge_pen(self, kernel: int, row: int, col: int) -> QPen | None:
        """Return the pen of one drawn edge, or None when it is not drawn."""
        items, rows, cols = self._edges[kernel]
        for item, i, j in zip(items, rows, cols, strict=True):
            if i == row and j == col:
                return item.pen()
        return None

    def edge_count(self) -> int:
        return sum(len(items) for items, _rows, _cols in self._edges)

    # ----------------------------------------------------------------- view

    def fit(self) -> None:
        """Scale the scene into the view, never above MAX_ZOOM."""
        rect = self.scene().itemsBoundingRect().adjusted(-20, -20, 20, 20)
        self.scene().setSceneRect(rect)
        viewport = self.viewport().rect()
        if rect.isEmpty() or viewport.isEmpty():
            return
        scale = min(viewport.width() / rect.width(), viewport.height() / rect.height(), MAX_ZOOM)
        self.setTransform(QTransform.fromScale(scale, scale))
        self.centerOn(rect.center())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._colors = DiagramColors.from_palette(self.palette())
            self._pens = WeightPens(self._colors.muted, self._colors.background)
            self.setBackgroundBrush(QBrush(self._colors.background))
            self.set_structure(self.columns)

    def key_at(self, pos) -> tuple | None:
        """Return the hover key of the node or edge under a viewport position.

        Thin edges are hard to point at, so without an exact hit the edge nearest to the
        position within HOVER_TOLERANCE pixels is taken.
        """
        for item in self.items(pos):
            key = item.data(KEY_ROLE)
            if key is not None:
                return tuple(key)
        margin = HOVER_TOLERANCE
        area = QRect(pos.x() - margin, pos.y() - margin, 2 * margin + 1, 2 * margin + 1)
        point = self.mapToScene(pos)
        nearest, nearest_distance = None, float("inf")
        for item in self.items(area):
            key = item.data(KEY_ROLE)
            if key is None or key[0] != "edge" or not isinstance(item, QGraphicsLineItem):
                continue
            distance = _distance_to_segment(point, item.line())
            if distance < nearest_distance:
                nearest, nearest_distance = tuple(key), distance
        return nearest

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        key = self.key_at(event.position().toPoint())
        if key != self._hover_key:
            self._hover_key = key
            self.hoverChanged.emit(key)

    def mousePressEvent(self, event) -> None:
        item = self.itemAt(event.position().toPoint())
        on_button = isinstance(item, ButtonItem) or (
            item is not None and isinstance(item.parentItem(), ButtonItem)
        )
        super().mousePressEvent(event)
        if on_button:
            return
        key = self.key_at(event.position().toPoint())
        if key and key[0] == "node" and self.columns[key[1]].kind == "hidden":
            self.layerSelected.emit(self.columns[key[1]].hidden_index)

    def contextMenuEvent(self, event) -> None:
        index = self.hidden_index_at(event.pos())
        if index is None or not self.editable:
            super().contextMenuEvent(event)
            return
        event.accept()
        self.layerMenuRequested.emit(index, event.globalPos())

    def hidden_index_at(self, pos) -> int | None:
        """Return the hidden layer whose neuron or column strip is under a viewport position."""
        key = self.key_at(pos)
        if key and key[0] == "node" and self.columns[key[1]].kind == "hidden":
            return self.columns[key[1]].hidden_index
        x = self.mapToScene(pos).x()
        for c, column in enumerate(self.columns):
            if column.kind == "hidden" and abs(x - self._column_x(c)) <= NodeItem.RADIUS * 2:
                return column.hidden_index
        return None

    def leaveEvent(self, event) -> None:
        super().leaveEvent(event)
        if self._hover_key is not None:
            self._hover_key = None
            self.hoverChanged.emit(None)

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            key = self.key_at(event.pos())
            if key is not None and key[0] in ("node", "edge"):
                text = self.describe(key)
                if text:
                    QToolTip.showText(event.globalPos(), text, self.viewport())
                    return True
        return super().viewportEvent(event)


def _distance_to_segment(point: QPointF, line: QLineF) -> float:
    """Return the distance from a point to a line segment, in scene units."""
    dx, dy = line.dx(), line.dy()
    length_squared = dx * dx + dy * dy
    t = 0.0
    if length_squared > 0:
        t = ((point.x() - line.x1()) * dx + (point.y() - line.y1()) * dy) / length_squared
        t = max(0.0, min(1.0, t))
    closest = QPointF(line.x1() + t * dx, line.y1() + t * dy)
    return QLineF(point, closest).length()
