"""Loss curves (training and validation, linear or log) and the accuracy or R² curve."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from bpstudio.gui.plots.export import ExportButton
from bpstudio.gui.plots.finite import finite_xy
from bpstudio.gui.session import Session

TRAIN_PEN = pg.mkPen("#1f77b4", width=2)
VALIDATION_PEN = pg.mkPen("#ff7f0e", width=2, style=Qt.PenStyle.DashLine)
MARKER_PEN = pg.mkPen("#7f7f7f", width=1, style=Qt.PenStyle.DotLine)


class GrowingSeries:
    """A history column as a NumPy array, converted incrementally as epochs are appended."""

    def __init__(self) -> None:
        self._buffer = np.empty(256, dtype=np.float64)
        self._length = 0

    def sync(self, values: list[float]) -> np.ndarray:
        """Return ``values`` as an array, converting only the items added since last time."""
        if len(values) < self._length:
            self._length = 0
        if len(values) > self._buffer.size:
            grown = np.empty(max(len(values), 2 * self._buffer.size), dtype=np.float64)
            grown[: self._length] = self._buffer[: self._length]
            self._buffer = grown
        self._buffer[self._length : len(values)] = values[self._length :]
        self._length = len(values)
        return self._buffer[: self._length]


class CurvesView(QWidget):
    """The loss plot above the accuracy (classification) or R² (regression) plot."""

    export_name = "training_curves"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("curvesView")
        self.session = session
        self.redraw_hidden = False
        self._dirty = True
        self._series: dict[str, GrowingSeries] = {}
        self._marker_items: list[pg.InfiniteLine] = []
        self._drawn_markers: list[tuple[int, str]] = []

        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setObjectName("curvesGraphics")
        self.graphics.setBackground("w")
        self.loss_plot = self.graphics.addPlot(row=0, col=0)
        self.loss_plot.setLabel("left", self.tr("Loss"))
        self.loss_plot.showGrid(x=True, y=True, alpha=0.2)
        self.loss_plot.addLegend(offset=(-10, 10))
        self.metric_plot = self.graphics.addPlot(row=1, col=0)
        self.metric_plot.setLabel("bottom", self.tr("Epoch"))
        self.metric_plot.showGrid(x=True, y=True, alpha=0.2)
        self.metric_plot.addLegend(offset=(-10, 10))
        self.metric_plot.setXLink(self.loss_plot)
        for plot in (self.loss_plot, self.metric_plot):
            plot.setDownsampling(auto=True, mode="peak")
            plot.setClipToView(True)
        self.curves = {
            "loss": self.loss_plot.plot(pen=TRAIN_PEN, name=self.tr("training")),
            "val_loss": self.loss_plot.plot(pen=VALIDATION_PEN, name=self.tr("validation")),
            "metric": self.metric_plot.plot(pen=TRAIN_PEN, name=self.tr("training")),
            "val_metric": self.metric_plot.plot(pen=VALIDATION_PEN, name=self.tr("validation")),
        }

        self.log_check = QCheckBox(self.tr("Log scale"))
        self.log_check.setObjectName("lossLogScaleCheck")
        self.log_check.toggled.connect(self._on_log_toggled)
        self.export_button = ExportButton(self, "curvesExportButton")
        bar = QHBoxLayout()
        bar.addWidget(self.log_check)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.graphics)

        session.historyChanged.connect(self.request_redraw)
        session.dataChanged.connect(self.request_redraw)
        self.request_redraw()

    # ----------------------------------------------------------------- drawing

    def metric_key(self) -> str:
        return "r2" if self.session.task == "regression" else "accuracy"

    @Slot()
    def request_redraw(self) -> None:
        self._dirty = True
        if self.redraw_hidden or self.isVisible():
            self.redraw()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.redraw()

    def _series_array(self, key: str) -> np.ndarray:
        values = self.session.history.get(key, [])
        return self._series.setdefault(key, GrowingSeries()).sync(values)

    def redraw(self) -> None:
        self._dirty = False
        log_scale = self.log_check.isChecked()
        metric = self.metric_key()
        self.metric_plot.setLabel("left", self.tr("R²") if metric == "r2" else self.tr("Accuracy"))
        sources = {
            "loss": "loss",
            "val_loss": "val_loss",
            "metric": metric,
            "val_metric": f"val_{metric}",
        }
        for curve_name, key in sources.items():
            values = self._series_array(key)
            epochs = np.arange(1, values.size + 1, dtype=np.float64)
            positive = log_scale and curve_name in ("loss", "val_loss")
            x, y = finite_xy(epochs, values, positive=positive)
            self.curves[curve_name].setData(x, y)
        self._draw_markers()

    def _draw_markers(self) -> None:
        markers = [(marker["epoch"], marker["label"]) for marker in self.session.markers]
        if markers == self._drawn_markers:
            return
        self._drawn_markers = markers
        for item in self._marker_items:
            self.loss_plot.removeItem(item)
        self._marker_items = []
        for epoch, label in markers:
            # Drawn between the epoch trained with the old settings and the first new one.
            line = pg.InfiniteLine(
                pos=epoch + 0.5,
                angle=90,
                pen=MARKER_PEN,
                label=label,
                labelOpts={"position": 0.9, "color": "#555555", "rotateAxis": (1, 0)},
            )
            self.loss_plot.addItem(line, ignoreBounds=True)
            self._marker_items.append(line)

    @Slot(bool)
    def _on_log_toggled(self, enabled: bool) -> None:
        self.loss_plot.setLogMode(y=enabled)
        self.redraw()

    # ----------------------------------------------------------------- export

    def export_item(self):
        return self.graphics.scene()

    def csv_table(self) -> tuple[list[str], list[list[float]]]:
        history = self.session.history
        keys = [key for key in history if history[key]]
        length = max((len(history[key]) for key in keys), default=0)
        rows = []
        for index in range(length):
            row = [index + 1]
            for key in keys:
                column = history[key]
                row.append(column[index] if index < len(column) else None)
            rows.append(row)
        return ["epoch", *keys], rows
