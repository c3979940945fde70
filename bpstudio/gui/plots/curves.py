"""Loss curves (training and validation, linear or log) and the accuracy or R² curve."""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from bpstudio.gui.plots.export import ExportButton
from bpstudio.gui.plots.finite import finite_xy
from bpstudio.gui.run_progress import reset_empty_curve_ranges
from bpstudio.gui.session import Session

# One-pixel pens and no grid: in Qt's raster engine a 2-pixel or dashed pen and grid lines
# made each repaint of this view several times slower.
TRAIN_PEN = pg.mkPen("#1f77b4", width=1)
VALIDATION_PEN = pg.mkPen("#ff7f0e", width=1)
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


#: While training, the y ranges follow the data at most this often (seconds).
RANGE_UPDATE_INTERVAL = 0.5


class CurvesView(QWidget):
    """The loss plot above the accuracy (classification) or R² (regression) plot.

    While a run is active the x range is fixed to the run's last epoch, and the y ranges
    follow the data at most every RANGE_UPDATE_INTERVAL seconds. An axis whose range moves
    recomputes and redraws its ticks, which was most of the cost of a frame.
    """

    export_name = "training_curves"

    def __init__(self, session: Session, controller=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("curvesView")
        self.session = session
        self.redraw_hidden = False
        self._dirty = True
        self._series: dict[str, GrowingSeries] = {}
        self._marker_items: list[pg.InfiniteLine] = []
        self._drawn_markers: list[tuple[int, str]] = []
        self._fixed_ranges = False
        self._last_range_update = 0.0

        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setObjectName("curvesGraphics")
        self.graphics.setBackground("w")
        self.loss_plot = self.graphics.addPlot(row=0, col=0)
        self.loss_plot.setLabel("left", self.tr("Loss"))
        self.loss_plot.addLegend(offset=(-10, 10))
        self.metric_plot = self.graphics.addPlot(row=1, col=0)
        self.metric_plot.setLabel("bottom", self.tr("Epoch"))
        self.metric_plot.addLegend(offset=(-10, 10))
        self.metric_plot.setXLink(self.loss_plot)
        for plot in (self.loss_plot, self.metric_plot):
            # Losses like 0.25 read better than "250 (x0.001)".
            plot.getAxis("left").enableAutoSIPrefix(False)
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
        if controller is not None:
            self.controller = controller
            controller.runStarted.connect(self._on_run_started)
            controller.runFinished.connect(self._on_run_finished)
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
        if self._fixed_ranges:
            self._follow_y_ranges()
        reset_empty_curve_ranges(self)

    # ----------------------------------------------------------------- ranges during a run

    @Slot()
    def _on_run_started(self) -> None:
        self._fixed_ranges = True
        self._last_range_update = 0.0
        for plot in (self.loss_plot, self.metric_plot):
            plot.disableAutoRange()
            plot.setXRange(0, max(1, self.controller.run_last_epoch), padding=0.02)

    @Slot(str)
    def _on_run_finished(self, _reason: str) -> None:
        self._fixed_ranges = False
        for plot in (self.loss_plot, self.metric_plot):
            plot.enableAutoRange()

    def _follow_y_ranges(self) -> None:
        now = time.monotonic()
        if now - self._last_range_update < RANGE_UPDATE_INTERVAL:
            return
        self._last_range_update = now
        pairs = (
            (self.loss_plot, ("loss", "val_loss")),
            (self.metric_plot, ("metric", "val_metric")),
        )
        for plot, names in pairs:
            arrays = [self.curves[name].getData()[1] for name in names]
            arrays = [array for array in arrays if array is not None and array.size]
            if not arrays:
                continue
            values = np.concatenate(arrays)
            if plot is self.loss_plot and self.log_check.isChecked():
                values = np.log10(values)
            low, high = float(values.min()), float(values.max())
            if high <= low:
                low, high = low - 0.5, high + 0.5
            plot.setYRange(low, high, padding=0.05)

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
                labelOpts={"position": 0.95, "color": "#555555", "anchors": [(0, 0), (0, 0)]},
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
