"""Predicted against target for regression, in the target's original units."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from bpstudio.gui.plots.base import PredictionView, sample_rows
from bpstudio.gui.plots.finite import finite_xy


class PredictedVsTargetView(PredictionView):
    """Scatter of predictions against targets with the line of perfect prediction."""

    export_name = "predicted_vs_target"

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, "predictedVsTargetView", parent)
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.plot.addLegend(offset=(10, 10))
        self.identity = self.plot.plot(pen=pg.mkPen("#7f7f7f", width=1), name=self.tr("ideal"))
        self.points = pg.ScatterPlotItem(size=5, brush=pg.mkBrush(31, 119, 180, 160), pen=None)
        self.plot.addItem(self.points)
        self._pairs = (np.empty(0), np.empty(0))
        session.weightsChanged.connect(self.request_redraw)

    def applies(self) -> bool:
        prepared = self.session.prepared
        return prepared is not None and prepared.task == "regression"

    def not_applicable_text(self) -> str:
        return self.tr("Predicted against target is drawn for regression tasks.")

    def _evaluation_split(self):
        prepared = self.session.prepared
        if prepared.x_val is not None and len(prepared.x_val):
            return prepared.x_val, prepared.y_val, self.tr("validation")
        return prepared.x_train, prepared.y_train, self.tr("training")

    def draw(self) -> None:
        prepared = self.session.prepared
        x, y, split = self._evaluation_split()
        rows = sample_rows(len(x))
        predicted = self.shadow.predict(x[rows])
        if predicted is None:
            return
        target = _decode(prepared, y[rows])
        predicted = _decode(prepared, predicted)
        name = prepared.target_names[0] if prepared.target_names else self.tr("target")
        self.plot.setLabel(
            "bottom", self.tr("{name} (target, {split} set)").format(name=name, split=split)
        )
        self.plot.setLabel("left", self.tr("{name} (predicted)").format(name=name))
        # NOTE: with several regression targets only the first one is drawn.
        target_x, predicted_y = finite_xy(target[:, 0], predicted[:, 0])
        self._pairs = (target_x, predicted_y)
        self.points.setData(x=target_x, y=predicted_y)
        if target_x.size:
            low = float(min(target_x.min(), predicted_y.min()))
            high = float(max(target_x.max(), predicted_y.max()))
            self.identity.setData([low, high], [low, high])

    def csv_table(self):
        target, predicted = self._pairs
        return ["target", "predicted"], [
            [float(a), float(b)] for a, b in zip(target, predicted, strict=True)
        ]


def _decode(prepared, values: np.ndarray) -> np.ndarray:
    """Return values in the target's original units (undoing target scaling)."""
    try:
        decoded = prepared.pipeline.decode(values)
    except (AttributeError, ValueError, TypeError):
        decoded = values
    decoded = np.asarray(decoded, dtype=np.float64)
    return decoded.reshape(len(decoded), -1)
