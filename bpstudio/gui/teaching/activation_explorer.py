"""Activation explorer: each activation and its derivative, with saturated and dead regions.

A student picks an activation and sees f(z) and f'(z) over a range of net inputs. Regions
where the derivative is below :data:`SATURATION_THRESHOLD` of its maximum are shaded: there
backpropagation passes almost no error back (sigmoid and tanh saturate, ReLU is dead for
z < 0). A second tab runs softmax on a vector the student types.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bpstudio.engine import activations
from bpstudio.gui.display_names import activation_name

#: A derivative below this fraction of its maximum counts as saturated (or dead).
SATURATION_THRESHOLD = 0.05
#: Range of net inputs z plotted by the explorer.
Z_RANGE = (-6.0, 6.0)
ELEMENTWISE_NAMES = tuple(name for name in activations.NAMES if name != "softmax")


def derivative_curve(name: str, z: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return f(z) and f'(z) of the named elementwise activation, computed by the engine."""
    activation = activations.get(name)
    column = np.asarray(z, dtype=np.float64).reshape(-1, 1)
    a = activation.forward(column)
    return a.ravel(), np.asarray(activation.derivative(column, a)).ravel()


def flat_regions(z: np.ndarray, derivative: np.ndarray) -> list[tuple[float, float]]:
    """Return the z intervals where f'(z) < SATURATION_THRESHOLD · max f'."""
    peak = float(np.max(np.abs(derivative)))
    if peak == 0.0:
        return [(float(z[0]), float(z[-1]))]
    flat = np.abs(derivative) < SATURATION_THRESHOLD * peak
    regions = []
    start = None
    for index, is_flat in enumerate(flat):
        if is_flat and start is None:
            start = index
        elif not is_flat and start is not None:
            regions.append((float(z[start]), float(z[index - 1])))
            start = None
    if start is not None:
        regions.append((float(z[start]), float(z[-1])))
    return regions


def parse_vector(text: str) -> np.ndarray:
    """Parse "1, 2, 3" (commas, full-width commas or spaces) into a float vector."""
    cleaned = text.replace("，", ",").replace(",", " ")
    values = [float(part) for part in cleaned.split()]
    if not values:
        raise ValueError("empty vector")
    return np.asarray(values, dtype=np.float64)


class ActivationExplorer(QDialog):
    """Plots of every activation and its derivative, plus a softmax demo."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activationExplorer")
        self.setWindowTitle(self.tr("Activation explorer"))

        tabs = QTabWidget()
        tabs.setObjectName("activationTabs")
        tabs.addTab(self._build_function_tab(), self.tr("Activation functions"))
        tabs.addTab(self._build_softmax_tab(), self.tr("Softmax"))

        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        self.resize(760, 520)
        self._show_function(self.function_combo.currentData())
        self._show_softmax()

    # ----------------------------------------------------------------- functions

    def _build_function_tab(self) -> QWidget:
        self.function_combo = QComboBox()
        self.function_combo.setObjectName("explorerActivationCombo")
        for name in ELEMENTWISE_NAMES:
            self.function_combo.addItem(activation_name(name), name)
        self.function_combo.setCurrentIndex(ELEMENTWISE_NAMES.index("sigmoid"))
        self.function_combo.currentIndexChanged.connect(
            lambda _index: self._show_function(self.function_combo.currentData())
        )

        self.function_plot = pg.PlotWidget()
        self.function_plot.setObjectName("activationPlot")
        self.function_plot.addLegend(offset=(10, 10))
        self.function_plot.showGrid(x=True, y=True, alpha=0.3)
        self.function_plot.setLabel("bottom", self.tr("net input z"))
        self.function_curve = self.function_plot.plot(
            pen=pg.mkPen("#1f77b4", width=2), name=self.tr("f(z)")
        )
        self.derivative_curve = self.function_plot.plot(
            pen=pg.mkPen("#d62728", width=2, style=Qt.PenStyle.DashLine), name=self.tr("f′(z)")
        )
        self.region_items: list[pg.LinearRegionItem] = []
        self.function_note = QLabel()
        self.function_note.setObjectName("activationNote")
        self.function_note.setWordWrap(True)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Activation function:")))
        row.addWidget(self.function_combo)
        row.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.function_plot, 1)
        layout.addWidget(self.function_note)
        return page

    def _show_function(self, name: str) -> None:
        z = np.linspace(*Z_RANGE, 601)
        values, derivative = derivative_curve(name, z)
        self.function_curve.setData(z, values)
        self.derivative_curve.setData(z, derivative)
        for item in self.region_items:
            self.function_plot.removeItem(item)
        self.region_items = []
        regions = flat_regions(z, derivative)
        for low, high in regions:
            region = pg.LinearRegionItem(
                (low, high), movable=False, brush=pg.mkBrush(128, 128, 128, 50)
            )
            region.setZValue(-10)
            self.function_plot.addItem(region)
            self.region_items.append(region)
        self.function_note.setText(self._note_for(name, bool(regions)))

    def _note_for(self, name: str, has_flat_region: bool) -> str:
        notes = {
            "sigmoid": self.tr(
                "Sigmoid squashes z into (0, 1). Its derivative is at most 0.25, at z = 0, and "
                "nearly 0 for |z| > 4 (shaded): saturated neurons pass almost no error back, "
                "so deep sigmoid networks learn slowly (vanishing gradients)."
            ),
            "tanh": self.tr(
                "Tanh squashes z into (−1, 1) and is centred on 0, which usually trains faster "
                "than sigmoid. Its derivative peaks at 1 and vanishes for |z| > 3 (shaded)."
            ),
            "relu": self.tr(
                "ReLU passes positive z unchanged and outputs 0 otherwise. For z < 0 its "
                "derivative is 0 (shaded): a neuron whose net input is negative for every "
                "sample is dead and never learns again. A too-high learning rate causes this."
            ),
            "leaky_relu": self.tr(
                "Leaky ReLU keeps a small slope for z < 0, so no neuron dies completely."
            ),
            "elu": self.tr(
                "ELU is smooth, negative for z < 0 and saturates at −1 there (shaded where its "
                "derivative is nearly 0)."
            ),
            "linear": self.tr(
                "Linear (identity) is used on the output layer for regression. Hidden layers "
                "with only linear activations collapse into a single linear map."
            ),
        }
        note = notes.get(name, "")
        if has_flat_region:
            note += " " + self.tr("Shaded: f′(z) is below %1% of its maximum.").replace(
                "%1", f"{SATURATION_THRESHOLD * 100:g}"
            )
        return note

    # ----------------------------------------------------------------- softmax

    def _build_softmax_tab(self) -> QWidget:
        self.softmax_input = QLineEdit("2.0, 1.0, 0.1")
        self.softmax_input.setObjectName("softmaxInput")
        self.softmax_input.textChanged.connect(lambda _text: self._show_softmax())
        self.softmax_output = QLabel()
        self.softmax_output.setObjectName("softmaxOutput")
        self.softmax_output.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.softmax_plot = pg.PlotWidget()
        self.softmax_plot.setObjectName("softmaxPlot")
        self.softmax_plot.setYRange(0, 1)
        self.softmax_plot.setLabel("left", self.tr("probability"))
        self.softmax_bars = pg.BarGraphItem(x=[], height=[], width=0.6, brush="#1f77b4")
        self.softmax_plot.addItem(self.softmax_bars)
        explanation = QLabel(
            self.tr(
                "Softmax turns the output layer's net inputs z into probabilities: "
                "aᵢ = exp(zᵢ) / Σⱼ exp(zⱼ). Adding the same number to every zᵢ changes "
                "nothing; a larger gap between the zᵢ makes the largest probability approach 1."
            )
        )
        explanation.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Net inputs z (comma-separated):"), self.softmax_input)
        form.addRow(self.tr("Softmax output:"), self.softmax_output)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.softmax_plot, 1)
        layout.addWidget(explanation)
        return page

    def _show_softmax(self) -> None:
        try:
            z = parse_vector(self.softmax_input.text())
        except ValueError:
            self.softmax_output.setText(self.tr("Type numbers separated by commas, e.g. 2, 1, 0.1"))
            self.softmax_bars.setOpts(x=[], height=[])
            return
        probabilities = activations.get("softmax").forward(z.reshape(1, -1)).ravel()
        self.softmax_output.setText(", ".join(f"{value:.4f}" for value in probabilities))
        self.softmax_bars.setOpts(x=np.arange(len(z)), height=probabilities)
