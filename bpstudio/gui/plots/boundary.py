"""The decision boundary (classification) or prediction surface (regression) for two features.

The network's output is evaluated on a grid over the two (preprocessed) input features and
drawn as an image behind the training points. Binary classification shades the probability
of the second class and draws the 0.5 contour. With more classes each cell takes the colour
of the predicted class, paler where the network is less sure.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from bpstudio.gui.plots.base import PredictionView, sample_rows
from bpstudio.gui.plots.finite import finite_image

#: Grid cells per axis.
GRID_SIZE = 80
#: Colours of the classes, in class order (points and regions).
CLASS_COLORS = np.array(
    [
        [31, 119, 180],
        [255, 127, 14],
        [44, 160, 44],
        [214, 39, 40],
        [148, 103, 189],
        [140, 86, 75],
        [227, 119, 194],
        [127, 127, 127],
        [188, 189, 34],
        [23, 190, 207],
    ],
    dtype=np.float64,
)


def class_color(index: int) -> np.ndarray:
    return CLASS_COLORS[index % len(CLASS_COLORS)]


def binary_colormap() -> pg.ColorMap:
    """Pale class-0 colour at probability 0, white at 0.5, pale class-1 colour at 1."""
    pale = [0.55 * class_color(0) + 0.45 * 255, [255, 255, 255], 0.55 * class_color(1) + 0.45 * 255]
    return pg.ColorMap(pos=np.array([0.0, 0.5, 1.0]), color=np.array(pale, dtype=np.uint8))


class DecisionBoundaryView(PredictionView):
    """Prediction over the plane of the two input features, with the training points."""

    export_name = "decision_boundary"

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, "decisionBoundaryView", parent)
        self.plot.setAspectLocked(False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.contour = pg.IsocurveItem(level=0.5, pen=pg.mkPen("k", width=2))
        self.contour.setParentItem(self.image)
        self.points = pg.ScatterPlotItem(size=6, pen=pg.mkPen(60, 60, 60, 160))
        self.plot.addItem(self.points)
        self.color_bar = None
        self._grid = None
        self._outputs = None
        self._points_key = None
        session.weightsChanged.connect(self.request_redraw)

    def applies(self) -> bool:
        prepared = self.session.prepared
        return prepared is not None and prepared.x_train.shape[1] == 2

    def not_applicable_text(self) -> str:
        return self.tr("The decision boundary is drawn for data with exactly two input features.")

    # ----------------------------------------------------------------- drawing

    def _grid_axes(self):
        x = self.session.prepared.x_train
        low, high = np.nanmin(x, axis=0), np.nanmax(x, axis=0)
        margin = np.maximum((high - low) * 0.1, 1e-3)
        low, high = low - margin, high + margin
        return np.linspace(low[0], high[0], GRID_SIZE), np.linspace(low[1], high[1], GRID_SIZE)

    def draw(self) -> None:
        prepared = self.session.prepared
        names = list(prepared.feature_names)
        self.plot.setLabel("bottom", names[0])
        self.plot.setLabel("left", names[1])
        axis_x, axis_y = self._grid_axes()
        grid_x, grid_y = np.meshgrid(axis_x, axis_y)
        grid = np.column_stack([grid_x.ravel(), grid_y.ravel()]).astype(np.float32)
        outputs = self.shadow.predict(grid)
        if outputs is None:
            return
        self._grid, self._outputs = grid, outputs
        rect = (axis_x[0], axis_y[0], axis_x[-1] - axis_x[0], axis_y[-1] - axis_y[0])
        shape = (GRID_SIZE, GRID_SIZE)
        if prepared.task == "classification" and outputs.shape[1] == 1:
            self._draw_binary(outputs[:, 0].reshape(shape), rect)
        elif prepared.task == "classification":
            self._draw_multiclass(outputs.reshape(*shape, -1), rect)
        else:
            self._draw_surface(outputs[:, 0].reshape(shape), rect)
        self._draw_points()

    def _draw_binary(self, probability: np.ndarray, rect) -> None:
        image = finite_image(probability)
        self.image.setColorMap(binary_colormap())
        self.image.setImage(image, levels=(0.0, 1.0), autoLevels=False, rect=rect)
        # IsocurveItem indexes its data as [x, y] whatever the image's axis order, so the
        # row-major image goes in transposed; untransposed, the line is mirrored on x = y.
        self.contour.setData(image.T)
        self.contour.setVisible(True)

    def _draw_multiclass(self, probabilities: np.ndarray, rect) -> None:
        probabilities = np.nan_to_num(probabilities, nan=0.0, posinf=1.0, neginf=0.0)
        winner = np.argmax(probabilities, axis=-1)
        confidence = np.max(probabilities, axis=-1)[..., np.newaxis]
        colors = CLASS_COLORS[winner % len(CLASS_COLORS)]
        # Sure cells get 60% of the class colour, unsure ones fade to white.
        strength = 0.6 * np.clip(confidence, 0.0, 1.0)
        rgb = strength * colors + (1 - strength) * 255
        self.image.setImage(rgb.astype(np.uint8), autoLevels=False, levels=(0, 255), rect=rect)
        self.contour.setVisible(False)

    def _draw_surface(self, values: np.ndarray, rect) -> None:
        image = finite_image(values)
        y = self.session.prepared.y_train[:, 0]
        low, high = float(np.nanmin(y)), float(np.nanmax(y))
        if not high > low:
            high = low + 1.0
        self.image.setColorMap(pg.colormap.get("viridis"))
        self.image.setImage(image, levels=(low, high), autoLevels=False, rect=rect)
        self.contour.setVisible(False)

    def _draw_points(self) -> None:
        prepared = self.session.prepared
        key = id(prepared)
        if key == self._points_key:
            return
        self._points_key = key
        rows = sample_rows(len(prepared.x_train))
        x = prepared.x_train[rows]
        y = prepared.y_train[rows]
        finite = np.all(np.isfinite(x), axis=1)
        if prepared.task == "classification":
            labels = y[:, 0] >= 0.5 if y.shape[1] == 1 else np.argmax(y, axis=1)
            brushes = [pg.mkBrush(*class_color(int(label))) for label in labels[finite]]
        else:
            cmap = pg.colormap.get("viridis")
            target = y[finite, 0]
            span = float(np.ptp(target)) or 1.0
            brushes = [pg.mkBrush(cmap.map((value - target.min()) / span)) for value in target]
        self.points.setData(x=x[finite, 0], y=x[finite, 1], brush=brushes)

    def csv_table(self):
        if self._grid is None or self._outputs is None:
            return ["x1", "x2"], []
        names = list(self.session.prepared.feature_names)
        outputs = self._outputs
        header = [*names, *[f"output_{index + 1}" for index in range(outputs.shape[1])]]
        rows = [[*point, *values] for point, values in zip(self._grid, outputs, strict=True)]
        return header, rows
