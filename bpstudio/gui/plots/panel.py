"""The tabbed area holding every live view."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QTabWidget, QWidget

from bpstudio.gui.plots.boundary import DecisionBoundaryView
from bpstudio.gui.plots.confusion import ConfusionMatrixView
from bpstudio.gui.plots.curves import CurvesView
from bpstudio.gui.plots.export import prune_broken_exporters
from bpstudio.gui.plots.heatmaps import WeightsView
from bpstudio.gui.plots.regression import PredictedVsTargetView


class PlotsPanel(QTabWidget):
    """Tabs for the loss curves, the weights, and the views that fit the current task.

    A view draws only while it is visible, unless ``set_redraw_hidden(True)`` is on. The
    benchmark turns it on to measure the cost of every view at once. A hidden view redraws
    when it is shown.
    """

    def __init__(self, session, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plotsPanel")
        prune_broken_exporters()
        self.session = session
        self.curves = CurvesView(session, controller)
        self.weights = WeightsView(session, controller)
        self.boundary = DecisionBoundaryView(session)
        self.prediction = PredictedVsTargetView(session)
        self.confusion = ConfusionMatrixView(session, controller)
        self.views = (self.curves, self.weights, self.boundary, self.prediction, self.confusion)
        self.addTab(self.curves, self.tr("Loss"))
        self.addTab(self.weights, self.tr("Weights"))
        self.addTab(self.boundary, self.tr("Decision boundary"))
        self.addTab(self.prediction, self.tr("Predicted vs target"))
        self.addTab(self.confusion, self.tr("Confusion matrix"))
        session.dataChanged.connect(self._update_tabs)
        self._update_tabs()

    @Slot()
    def _update_tabs(self) -> None:
        for view in (self.boundary, self.prediction, self.confusion):
            self.setTabVisible(self.indexOf(view), view.applies())

    def set_redraw_hidden(self, enabled: bool) -> None:
        for view in self.views:
            view.redraw_hidden = enabled
