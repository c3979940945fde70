"""One weight heatmap per layer (kernel and bias) and, optionally, the gradient heatmaps.

Colours come from a diverging map (red negative, white zero, blue positive) with fixed
symmetric levels (−L, L). L only grows during a run (see ``finite.symmetric_limit``), so a
colour means the same weight from frame to frame, and an all-zero matrix still has a valid
range instead of the broken picture automatic levels give it.
"""

from __future__ import annotations

import logging

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF, Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from bpstudio.errors import BPStudioError
from bpstudio.gui.plots.export import ExportButton
from bpstudio.gui.plots.finite import finite_image, symmetric_limit
from bpstudio.gui.session import Session

log = logging.getLogger(__name__)

#: At most this many training rows are used for gradients computed while idle.
IDLE_GRADIENT_ROWS = 2000


#: Layers up to this many inputs or units get a tick on every cell.
MAX_LABELLED_CELLS = 16


def _integer_ticks(count: int):
    if count > MAX_LABELLED_CELLS:
        return None
    return [[(index, str(index)) for index in range(1, count + 1)]]


def diverging_colormap() -> pg.ColorMap:
    """Red for negative, white for zero, blue for positive, as on the network diagram."""
    return pg.ColorMap(
        pos=np.array([0.0, 0.5, 1.0]),
        color=np.array([[178, 24, 43, 255], [247, 247, 247, 255], [33, 102, 172, 255]]),
    )


class LayerHeatmap:
    """The kernel image, the bias image and the colour bar of one layer's weights or gradients."""

    def __init__(self, layout: pg.GraphicsLayout, row: int, col: int, title: str) -> None:
        self.limit: float | None = None
        self.kernel_plot = layout.addPlot(row=row, col=col, title=title)
        self.kernel_plot.invertY(True)
        self.kernel_plot.setLabel("left", QCoreApplication.translate("WeightsView", "input"))
        self.kernel_plot.hideButtons()
        self.kernel_image = pg.ImageItem(axisOrder="row-major")
        self.kernel_plot.addItem(self.kernel_image)
        self.bias_plot = layout.addPlot(row=row + 1, col=col)
        self.bias_plot.setMaximumHeight(60)
        self.bias_plot.setLabel("left", QCoreApplication.translate("WeightsView", "bias"))
        self.bias_plot.setLabel("bottom", QCoreApplication.translate("WeightsView", "unit"))
        self.bias_plot.getAxis("left").setTicks([[]])
        self.bias_plot.hideButtons()
        self.bias_plot.setXLink(self.kernel_plot)
        self.bias_image = pg.ImageItem(axisOrder="row-major")
        self.bias_plot.addItem(self.bias_image)
        self.color_bar = pg.ColorBarItem(
            values=(-1.0, 1.0), colorMap=diverging_colormap(), interactive=False, width=14
        )
        self.color_bar.setImageItem([self.kernel_image, self.bias_image])
        layout.addItem(self.color_bar, row=row, col=col + 1, rowspan=2)
        self.kernel = np.zeros((1, 1), dtype=np.float32)
        self.bias = np.zeros((1, 1), dtype=np.float32)
        self._shape: tuple[int, int] | None = None

    def show(self, kernel, bias) -> None:
        """Draw new values; non-finite entries are drawn as 0."""
        self.kernel = finite_image(kernel)
        self.bias = finite_image(bias if bias is not None else np.zeros(self.kernel.shape[1]))
        limit = symmetric_limit(
            np.concatenate([self.kernel.ravel(), self.bias.ravel()]), self.limit
        )
        levels = (-limit, limit)
        if limit != self.limit:
            self.limit = limit
            self.color_bar.setLevels(levels)
        rows, units = self.kernel.shape
        # Cell (i, j) is centred on (j + 1, i + 1), so axes count inputs and units from 1.
        self.kernel_image.setImage(
            self.kernel, levels=levels, autoLevels=False, rect=QRectF(0.5, 0.5, units, rows)
        )
        self.bias_image.setImage(
            self.bias, levels=levels, autoLevels=False, rect=QRectF(0.5, 0.0, units, 1.0)
        )
        if (rows, units) != self._shape:
            self._shape = (rows, units)
            self._set_ticks(rows, units)

    def _set_ticks(self, rows: int, units: int) -> None:
        """Label every cell when there are few; leave large layers to automatic ticks."""
        unit_ticks = _integer_ticks(units)
        for plot in (self.kernel_plot, self.bias_plot):
            plot.getAxis("bottom").setTicks(unit_ticks)
        self.kernel_plot.getAxis("left").setTicks(_integer_ticks(rows))

    def levels(self) -> tuple[float, float]:
        return tuple(self.kernel_image.getLevels())


class WeightsView(QWidget):
    """Per-layer heatmaps of the weights, and of their gradients when asked for."""

    export_name = "weights"

    def __init__(self, session: Session, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weightsView")
        self.session = session
        self.controller = controller
        self.redraw_hidden = False
        self._dirty = True
        self.weight_maps: list[LayerHeatmap] = []
        self.gradient_maps: list[LayerHeatmap] = []
        self._shapes: list[tuple[int, ...]] = []

        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setObjectName("weightsGraphics")
        self.graphics.setBackground("w")
        self.gradient_check = QCheckBox(self.tr("Show gradients"))
        self.gradient_check.setObjectName("gradientHeatmapCheck")
        self.gradient_check.toggled.connect(self._on_gradients_toggled)
        self.hint = QLabel()
        self.hint.setObjectName("weightsHintLabel")
        self.export_button = ExportButton(self, "weightsExportButton")
        bar = QHBoxLayout()
        bar.addWidget(self.gradient_check)
        bar.addWidget(self.hint, 1)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.graphics)

        session.weightsChanged.connect(self.request_redraw)
        session.networkChanged.connect(self._reset_levels)
        session.dataChanged.connect(self._reset_levels)
        controller.runStarted.connect(self._reset_levels)
        self.request_redraw()

    # ----------------------------------------------------------------- drawing

    @Slot()
    def request_redraw(self) -> None:
        self._dirty = True
        if self.redraw_hidden or self.isVisible():
            self.redraw()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.redraw()

    @Slot()
    def _reset_levels(self) -> None:
        for heatmap in self.weight_maps + self.gradient_maps:
            heatmap.limit = None
        self.request_redraw()

    def _build(self, shapes: list[tuple[int, ...]]) -> None:
        self.graphics.clear()
        self.weight_maps = []
        self.gradient_maps = []
        self._shapes = shapes
        layout = self.graphics.ci
        n_layers = len(shapes) // 2
        with_gradients = self.gradient_check.isChecked()
        for index in range(n_layers):
            title = self.tr("Layer {index} weights").format(index=index + 1)
            self.weight_maps.append(LayerHeatmap(layout, 0, 2 * index, title))
            if with_gradients:
                title = self.tr("Layer {index} gradients").format(index=index + 1)
                self.gradient_maps.append(LayerHeatmap(layout, 2, 2 * index, title))

    def redraw(self) -> None:
        self._dirty = False
        weights = self.session.current_weights()
        if not weights:
            self.graphics.clear()
            self.weight_maps, self.gradient_maps, self._shapes = [], [], []
            return
        shapes = [np.shape(array) for array in weights]
        gradient_rows = bool(self.gradient_maps) != self.gradient_check.isChecked()
        if shapes != self._shapes or gradient_rows:
            self._build(shapes)
        for index, heatmap in enumerate(self.weight_maps):
            heatmap.show(weights[2 * index], weights[2 * index + 1])
        if self.gradient_maps:
            self._draw_gradients()

    def _draw_gradients(self) -> None:
        gradients = self.session.live_gradients
        if gradients is None and not self.session.is_training:
            gradients = self._idle_gradients()
        if gradients is None:
            self.hint.setText(self.tr("Gradients appear from the next epoch."))
            return
        self.hint.setText("")
        for index, heatmap in enumerate(self.gradient_maps):
            heatmap.show(gradients[2 * index], gradients[2 * index + 1])

    def _idle_gradients(self):
        """Compute gradients of the current weights on (a sample of) the training set."""
        prepared, model = self.session.prepared, self.session.model
        if prepared is None or model is None:
            return None
        rows = slice(0, IDLE_GRADIENT_ROWS)
        try:
            _loss, gradients = model.compute_gradients(
                prepared.x_train[rows], prepared.y_train[rows]
            )
        except BPStudioError as error:
            log.info("no gradients to draw: %s", error)
            return None
        return gradients

    @Slot(bool)
    def _on_gradients_toggled(self, enabled: bool) -> None:
        self.controller.set_include_gradients(enabled)
        self.request_redraw()

    # ----------------------------------------------------------------- export

    def export_item(self):
        return self.graphics.scene()

    def csv_table(self):
        """Return every weight as a row: layer, kind (kernel/bias), input, unit, value."""
        rows = []
        for layer, heatmap in enumerate(self.weight_maps, start=1):
            for (source, unit), value in np.ndenumerate(heatmap.kernel):
                rows.append([layer, "kernel", source + 1, unit + 1, float(value)])
            for (_row, unit), value in np.ndenumerate(heatmap.bias):
                rows.append([layer, "bias", "", unit + 1, float(value)])
        return ["layer", "kind", "input", "unit", "value"], rows
