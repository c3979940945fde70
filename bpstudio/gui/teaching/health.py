"""Network health: what each layer's neurons receive and output, and how its gradient flows.

The view uses the current weights and up to :data:`PROBE_ROWS` training rows. It draws each
layer's histogram of net inputs z and outputs a and counts saturated sigmoid/tanh units and
dead ReLU units. It also plots each layer's gradient norm over the epochs of training, with
a plain-language hint when gradients vanish or explode.
"""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bpstudio.engine.model import Sequential
from bpstudio.gui.display_names import activation_name
from bpstudio.gui.teaching.common import model_fits_data

#: Training rows used to measure activations and gradients.
PROBE_ROWS = 256
#: Seconds between two gradient-norm measurements while training.
MONITOR_INTERVAL = 0.5
#: A sigmoid output within this distance of 0 or 1 (tanh: of ±1) counts as saturated.
SATURATION_MARGIN = 0.05
#: Gradient norms below this are called vanishing, above EXPLODING exploding.
VANISHING, EXPLODING = 1e-6, 1e3
COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b")


def unit_health(activation: str, z: np.ndarray, a: np.ndarray) -> dict[str, float]:
    """Return how saturated and how dead one layer is on a batch.

    ``saturated_outputs`` is the fraction of all (row, unit) outputs of a sigmoid/tanh layer
    within SATURATION_MARGIN of the asymptotes. ``saturated`` is the fraction of units that
    are so on more than 90% of the rows. ``dead`` is the fraction of ReLU units whose net input
    is negative (output 0) on every row.
    """
    if activation == "sigmoid":
        flat = (a < SATURATION_MARGIN) | (a > 1 - SATURATION_MARGIN)
    elif activation == "tanh":
        flat = np.abs(a) > 1 - SATURATION_MARGIN
    else:
        flat = np.zeros_like(a, dtype=bool)
    saturated = float(np.mean(flat.mean(axis=0) > 0.9)) if a.size else 0.0
    saturated_outputs = float(flat.mean()) if a.size else 0.0
    dead = float(np.mean(np.all(z <= 0, axis=0))) if activation == "relu" and z.size else 0.0
    return {"saturated": saturated, "saturated_outputs": saturated_outputs, "dead": dead}


def layer_gradient_norms(grads: list[np.ndarray], model) -> list[float]:
    """Return the L2 norm of each layer's kernel gradient (grads in get_weights order)."""
    norms, index = [], 0
    # A diverging run has huge or non-finite gradients; their norm is inf, not a warning.
    with np.errstate(over="ignore", invalid="ignore"):
        for layer in model.layers:
            norms.append(float(np.linalg.norm(grads[index].astype(np.float64))))
            index += 2 if layer.use_bias else 1
    return norms


def gradient_hint(norms: list[float]) -> str | None:
    """Return a kind of problem: "vanishing", "exploding" or None."""
    finite = [n for n in norms if np.isfinite(n)]
    if len(finite) != len(norms) or any(n > EXPLODING for n in finite):
        return "exploding"
    if len(finite) >= 2 and finite[0] < VANISHING and finite[-1] > 100 * max(finite[0], 1e-30):
        return "vanishing"
    return None


class GradientMonitor(QObject):
    """Records each layer's gradient norm during training, at most every MONITOR_INTERVAL s.

    The worker trains ``session.model`` itself, so the norms are computed on a private copy
    loaded with the report's weights (``session.live_weights``).
    """

    def __init__(self, session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.epochs: list[int] = []
        self.norms: list[list[float]] = []
        self._shadow = None
        self._last = 0.0
        session.weightsChanged.connect(self._on_weights)
        session.networkChanged.connect(self.clear)
        session.dataChanged.connect(self.clear)

    def clear(self) -> None:
        self.epochs, self.norms, self._shadow = [], [], None

    def _probe(self):
        prepared = self.session.prepared
        rows = min(PROBE_ROWS, len(prepared.x_train))
        return prepared.x_train[:rows], prepared.y_train[:rows]

    def _on_weights(self) -> None:
        session = self.session
        if not model_fits_data(session) or not session.history.get("loss"):
            return
        now = time.monotonic()
        if session.is_training and now - self._last < MONITOR_INTERVAL:
            return
        self._last = now
        weights = getattr(session, "live_weights", None)
        if weights is None:
            if session.is_training:
                return
            weights = session.model.get_weights()
        if self._shadow is None:
            self._shadow = Sequential.from_config(session.model.get_config())
        try:
            self._shadow.set_weights(weights)
            self._shadow.compile(optimizer="sgd", loss=session.model.loss.name)
            _loss, grads = self._shadow.compute_gradients(*self._probe())
        except (ValueError, FloatingPointError):
            self._shadow = None
            return
        epoch = len(session.history.get("loss", []))
        if self.epochs and epoch <= self.epochs[-1]:
            self.epochs.pop()
            self.norms.pop()
        self.epochs.append(epoch)
        self.norms.append(layer_gradient_norms(grads, self._shadow))


class HealthDialog(QDialog):
    """Histograms of net inputs and outputs per layer, and gradient norms over epochs."""

    def __init__(self, session, monitor: GradientMonitor, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.monitor = monitor
        self.setObjectName("healthDialog")
        self.setWindowTitle(self.tr("Network health"))

        self.layer_combo = QComboBox()
        self.layer_combo.setObjectName("healthLayerCombo")
        self.layer_combo.currentIndexChanged.connect(lambda _index: self.refresh())
        self.z_plot = self._plot("healthNetInputPlot", self.tr("net input z"))
        self.a_plot = self._plot("healthOutputPlot", self.tr("output a = f(z)"))
        self.grad_plot = self._plot("healthGradientPlot", self.tr("epoch"))
        self.grad_plot.setLogMode(y=True)
        # A "(x0.001)" scale factor on a log axis would only confuse.
        self.grad_plot.getAxis("left").enableAutoSIPrefix(False)
        self.grad_plot.setLabel("left", self.tr("gradient norm ‖∂E/∂W‖"))
        self.grad_plot.addLegend(offset=(10, 10))
        self.status = QLabel()
        self.status.setObjectName("healthStatus")
        self.status.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setObjectName("healthHint")
        self.hint.setWordWrap(True)

        histograms = QWidget()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Layer:")))
        row.addWidget(self.layer_combo)
        row.addStretch(1)
        plots = QHBoxLayout()
        plots.addWidget(self.z_plot)
        plots.addWidget(self.a_plot)
        histogram_layout = QVBoxLayout(histograms)
        histogram_layout.addLayout(row)
        histogram_layout.addLayout(plots, 1)
        histogram_layout.addWidget(self.status)
        gradients = QWidget()
        gradient_layout = QVBoxLayout(gradients)
        gradient_layout.addWidget(self.grad_plot, 1)
        gradient_layout.addWidget(self.hint)
        tabs = QTabWidget()
        tabs.setObjectName("healthTabs")
        tabs.addTab(histograms, self.tr("Activations"))
        tabs.addTab(gradients, self.tr("Gradient norms"))
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        self.resize(820, 560)
        session.weightsChanged.connect(self._on_weights)
        session.networkChanged.connect(self._fill_layers)
        self._last_draw = 0.0
        self._fill_layers()

    def _plot(self, name: str, label: str) -> pg.PlotWidget:
        plot = pg.PlotWidget()
        plot.setObjectName(name)
        plot.setLabel("bottom", label)
        plot.showGrid(x=True, y=True, alpha=0.3)
        return plot

    def _fill_layers(self) -> None:
        self.layer_combo.blockSignals(True)
        self.layer_combo.clear()
        model = self.session.model
        count = 0 if model is None else len(model.layers)
        for index in range(count):
            activation = model.layers[index].activation.name
            title = (
                self.tr("Output layer (%1)")
                if index == count - 1
                else self.tr("Hidden layer %2 (%1)").replace("%2", str(index + 1))
            )
            self.layer_combo.addItem(title.replace("%1", activation_name(activation)), index)
        self.layer_combo.blockSignals(False)
        self.refresh()

    def _on_weights(self) -> None:
        if time.monotonic() - self._last_draw >= MONITOR_INTERVAL:
            self.refresh()

    def refresh(self) -> None:
        """Redraw the histograms and gradient curves from the current weights."""
        self._last_draw = time.monotonic()
        self._draw_gradients()
        session = self.session
        if not model_fits_data(session) or self.layer_combo.count() == 0:
            self.status.setText(self.tr("Load a dataset and build a network first."))
            return
        weights = getattr(session, "live_weights", None) or session.model.get_weights()
        shadow = Sequential.from_config(session.model.get_config())
        shadow.set_weights(weights)
        x = session.prepared.x_train[:PROBE_ROWS]
        index = int(self.layer_combo.currentData() or 0)
        trace = shadow.trace(x).layers[index]
        self._histogram(self.z_plot, trace.z)
        self._histogram(self.a_plot, trace.a)
        activation = shadow.layers[index].activation.name
        health = unit_health(activation, trace.z, trace.a)
        self.status.setText(self._health_text(activation, health, len(x)))

    def _histogram(self, plot: pg.PlotWidget, values: np.ndarray) -> None:
        plot.clear()
        finite = values[np.isfinite(values)]
        if finite.size == 0:
            return
        counts, edges = np.histogram(finite, bins=40)
        plot.plot(
            edges,
            counts,
            stepMode="center",
            fillLevel=0,
            brush=pg.mkBrush(31, 119, 180, 120),
            pen=pg.mkPen("#1f77b4"),
        )

    def _health_text(self, activation: str, health: dict[str, float], rows: int) -> str:
        text = self.tr("Measured on %1 training samples.").replace("%1", str(rows))
        if activation in ("sigmoid", "tanh"):
            text += " " + (
                self.tr(
                    "Saturated outputs: %1% of this layer's outputs lie within %3 of the "
                    "asymptotes, where f′(z) is nearly 0 and almost no gradient passes back. "
                    "Units saturated on more than 90% of the samples: %2%. Many saturated "
                    "outputs slow learning; scale the inputs or lower the initial weights."
                )
                .replace("%1", f"{health['saturated_outputs'] * 100:.0f}")
                .replace("%2", f"{health['saturated'] * 100:.0f}")
                .replace("%3", f"{SATURATION_MARGIN:g}")
            )
        if activation == "relu":
            text += " " + self.tr(
                "Dead ReLU units: %1%. A dead unit outputs 0 for every sample and never "
                "learns again; lower the learning rate or try leaky_relu."
            ).replace("%1", f"{health['dead'] * 100:.0f}")
        return text

    def _draw_gradients(self) -> None:
        self.grad_plot.clear()
        legend = self.grad_plot.plotItem.legend
        if legend is not None:
            legend.clear()
        if not self.monitor.norms:
            self.hint.setText(self.tr("Train the network to see how the gradients flow."))
            return
        epochs = np.asarray(self.monitor.epochs, dtype=float)
        norms = np.asarray(self.monitor.norms, dtype=float)
        for layer in range(norms.shape[1]):
            values = norms[:, layer]
            keep = np.isfinite(values) & (values > 0)
            self.grad_plot.plot(
                epochs[keep],
                values[keep],
                pen=pg.mkPen(COLOURS[layer % len(COLOURS)], width=2),
                name=self.tr("layer %1").replace("%1", str(layer + 1)),
            )
        hint = gradient_hint(list(norms[-1]))
        if hint == "vanishing":
            self.hint.setText(
                self.tr(
                    "The first layers receive gradients thousands of times smaller than the last: "
                    "the gradient vanishes on its way back. Try ReLU or tanh instead of sigmoid, "
                    "fewer layers, or scaled inputs."
                )
            )
        elif hint == "exploding":
            self.hint.setText(
                self.tr(
                    "The gradients are very large or not finite: they explode. Lower the learning "
                    "rate, scale the inputs, or add L2 regularisation."
                )
            )
        else:
            self.hint.setText(
                self.tr(
                    "The gradients flow normally: each layer receives a gradient of a similar "
                    "size. They shrink as training converges."
                )
            )
