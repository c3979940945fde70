"""Shared frame of the prediction views: a message line, a plot and an Export button."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from bpstudio.gui.plots.export import ExportButton
from bpstudio.gui.plots.predictor import ShadowModel

#: At most this many points are drawn in a scatter plot.
MAX_SCATTER_POINTS = 2000


def sample_rows(n_rows: int, limit: int = MAX_SCATTER_POINTS, seed: int = 0):
    """Return the row indices to draw: all rows, or an evenly spread fixed subset."""
    if n_rows <= limit:
        return slice(None)
    import numpy as np

    return np.sort(np.random.default_rng(seed).choice(n_rows, size=limit, replace=False))


class PredictionView(QWidget):
    """A plot redrawn from the shadow model when the weights change (at most once a frame).

    Subclasses implement ``applies()`` (whether the view fits the current data), ``draw()``
    and ``csv_table()``, and set ``export_name`` and ``not_applicable_text()``.
    """

    export_name = "plot"

    def __init__(self, session, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.session = session
        self.shadow = ShadowModel(session)
        self.redraw_hidden = False
        self._dirty = True

        self.plot_widget = pg.PlotWidget()
        self.plot_widget.setObjectName(f"{object_name}Plot")
        self.plot_widget.setBackground("w")
        self.plot = self.plot_widget.getPlotItem()
        self.message = QLabel()
        self.message.setObjectName(f"{object_name}Message")
        self.message.setWordWrap(True)
        self.export_button = ExportButton(self, f"{object_name}ExportButton")
        bar = QHBoxLayout()
        bar.addWidget(self.message, 1)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.plot_widget)

        session.networkChanged.connect(self._on_structure_changed)
        session.dataChanged.connect(self._on_structure_changed)

    @Slot()
    def _on_structure_changed(self) -> None:
        self.shadow.invalidate()
        self.request_redraw()

    @Slot()
    def request_redraw(self) -> None:
        self._dirty = True
        if self.redraw_hidden or self.isVisible():
            self.redraw()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.redraw()

    def redraw(self) -> None:
        self._dirty = False
        applies = self.applies()
        self.plot_widget.setVisible(applies)
        self.export_button.setEnabled(applies)
        if not applies:
            self.message.setText(self.not_applicable_text())
            return
        self.message.setText("")
        self.draw()

    def export_item(self):
        return self.plot

    # Subclass interface.
    def applies(self) -> bool:
        raise NotImplementedError

    def not_applicable_text(self) -> str:
        raise NotImplementedError

    def draw(self) -> None:
        raise NotImplementedError
