"""Hidden-node sweep dialog: validation error against the size of one hidden layer.

Trains the session's network once per size h = √(m + n) + a (a = 1…10 by default) and per
seed, on a worker thread, and plots the validation error against h with the best size
marked. "Apply" writes the chosen size into the network through the undo stack.
"""

from __future__ import annotations

import copy
from collections import defaultdict

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bpstudio.engine.sweep import empirical_sizes
from bpstudio.workers.sweep import SweepWorker
from bpstudio.workers.thread import WorkerThread


class SetNetworkCommand(QUndoCommand):
    """Undoable replacement of the session's network spec."""

    def __init__(self, session, new_spec: dict, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.old_spec = copy.deepcopy(session.network)
        self.new_spec = copy.deepcopy(new_spec)

    def redo(self) -> None:
        self.session.set_network(self.new_spec)

    def undo(self) -> None:
        self.session.set_network(self.old_spec)


def best_size(points) -> int | None:
    """Return the size with the lowest mean validation error.

    Error rates of a small validation set tie easily, so ties are broken by the lower mean
    validation loss, then by the smaller size.
    """
    errors, losses = defaultdict(list), defaultdict(list)
    for point in points:
        errors[point.size].append(point.val_error)
        losses[point.size].append(point.val_loss)
    if not errors:
        return None

    def rank(size):
        loss = float(np.mean(losses[size]))
        return (float(np.mean(errors[size])), loss if np.isfinite(loss) else np.inf, size)

    return min(errors, key=rank)


class SweepDialog(QDialog):
    """Train with a range of hidden-layer sizes and plot validation error against h."""

    def __init__(self, session, undo_stack=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.undo_stack = undo_stack
        self.points = []
        self.runner: WorkerThread | None = None
        self.setObjectName("sweepDialog")
        self.setWindowTitle(self.tr("Hidden-node sweep"))

        self.layer_combo = QComboBox()
        self.layer_combo.setObjectName("sweepLayerCombo")
        self.a_min_spin = self._spin("sweepAMinSpin", 0, 50, 1)
        self.a_max_spin = self._spin("sweepAMaxSpin", 0, 100, 10)
        self.seeds_spin = self._spin("sweepSeedsSpin", 1, 10, 1)
        self.epochs_spin = self._spin("sweepEpochsSpin", 1, 100000, 100)
        self.rule_label = QLabel()
        self.rule_label.setObjectName("sweepRuleLabel")
        self.rule_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("sweepProgress")
        self.status_label = QLabel()
        self.status_label.setObjectName("sweepStatusLabel")
        self.plot = pg.PlotWidget()
        self.plot.setObjectName("sweepPlot")
        self.plot.showGrid(x=True, y=True, alpha=0.3)
        self.plot.setLabel("bottom", self.tr("hidden neurons h"))
        self.plot.setLabel("left", self.tr("validation error"))
        # Error rates are fractions: no "(x0.001)" rescaling of the axis.
        self.plot.getAxis("left").enableAutoSIPrefix(False)
        self.scatter = pg.ScatterPlotItem(size=7, brush=pg.mkBrush(31, 119, 180, 140))
        self.mean_curve = self.plot.plot(pen=pg.mkPen("#1f77b4", width=2), symbol="o")
        self.best_marker = pg.ScatterPlotItem(size=16, symbol="star", brush="#d62728")
        self.plot.addItem(self.scatter)
        self.plot.addItem(self.best_marker)
        self.run_button = QPushButton(self.tr("Run sweep"))
        self.run_button.setObjectName("sweepRunButton")
        self.run_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("sweepCancelButton")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.apply_button = QPushButton(self.tr("Apply best size"))
        self.apply_button.setObjectName("sweepApplyButton")
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply_best)

        form = QFormLayout()
        form.addRow(self.tr("Hidden layer:"), self.layer_combo)
        form.addRow(self.tr("a from:"), self.a_min_spin)
        form.addRow(self.tr("a to:"), self.a_max_spin)
        form.addRow(self.tr("Seeds per size:"), self.seeds_spin)
        form.addRow(self.tr("Epochs:"), self.epochs_spin)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.rule_label)
        layout.addLayout(form)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self.resize(720, 620)

        for spin in (self.a_min_spin, self.a_max_spin):
            spin.valueChanged.connect(lambda _value: self._update_rule())
        self._load_session()

    def _spin(self, name: str, low: int, high: int, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setValue(value)
        return spin

    def _load_session(self) -> None:
        self.layer_combo.clear()
        for index, layer in enumerate(self.session.network.get("hidden", [])):
            self.layer_combo.addItem(
                self.tr("Hidden layer %1 (%2 neurons)")
                .replace("%1", str(index + 1))
                .replace("%2", str(layer["units"])),
                index,
            )
        self.epochs_spin.setValue(int(self.session.training.get("epochs", 100)))
        self._update_rule()

    def sizes(self) -> list[int]:
        """Return the sizes the current settings would train."""
        prepared = self.session.prepared
        if prepared is None:
            return []
        low, high = sorted((self.a_min_spin.value(), self.a_max_spin.value()))
        return empirical_sizes(prepared.x_train.shape[1], prepared.n_outputs, range(low, high + 1))

    def _update_rule(self) -> None:
        prepared = self.session.prepared
        if prepared is None:
            self.rule_label.setText(self.tr("Load a dataset first."))
            return
        m, n = prepared.x_train.shape[1], prepared.n_outputs
        self.rule_label.setText(
            self.tr(
                "Empirical rule h = √(m + n) + a with m = %1 inputs and n = %2 outputs: sizes %3."
            )
            .replace("%1", str(m))
            .replace("%2", str(n))
            .replace("%3", ", ".join(str(size) for size in self.sizes()))
        )

    # ----------------------------------------------------------------- running

    def start(self) -> None:
        prepared = self.session.prepared
        problem = None
        if prepared is None:
            problem = self.tr("Load a dataset first.")
        elif not self.session.network.get("hidden"):
            problem = self.tr("Add a hidden layer to the network first.")
        elif len(prepared.x_val) == 0:
            problem = self.tr(
                "The sweep compares validation errors: set a validation split "
                "above 0 in the data panel."
            )
        elif self.session.is_training:
            problem = self.tr("Stop the current training first.")
        if problem is not None:
            QMessageBox.information(self, self.windowTitle(), problem)
            return

        training = dict(self.session.training, epochs=self.epochs_spin.value())
        seeds = [
            int(self.session.training.get("seed", 0)) + offset
            for offset in range(self.seeds_spin.value())
        ]
        data = (prepared.x_train, prepared.y_train, prepared.x_val, prepared.y_val)
        worker = SweepWorker(
            copy.deepcopy(self.session.network), training, data, prepared.task, self.sizes(), seeds
        )

        worker.point.connect(self._on_point)
        worker.progress.connect(self._on_progress)
        worker.failed.connect(self._on_failed)
        worker.finished.connect(self._on_finished)
        self.points = []
        self._redraw()

        self.runner = WorkerThread(worker, name="sweepThread", parent=self)
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.apply_button.setEnabled(False)
        self.status_label.setText(self.tr("Training…"))
        self.runner.start()

    def cancel(self) -> None:
        if self.runner is not None:
            self.runner.worker.stop()

    def is_running(self) -> bool:
        return self.runner is not None and self.runner.is_running()

    def _on_point(self, point) -> None:
        self.points.append(point)
        self._redraw()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_failed(self, error) -> None:
        QMessageBox.warning(self, self.windowTitle(), str(error))

    def _on_finished(self, reason: str) -> None:
        if self.runner is not None:
            self.runner.join()
            self.runner = None
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        best = best_size(self.points)
        self.apply_button.setEnabled(best is not None)
        if reason == "stopped":
            self.status_label.setText(self.tr("Cancelled."))
        elif best is not None:
            self.status_label.setText(
                self.tr("Best size: h = %1 (lowest validation error).").replace("%1", str(best))
            )

    def _redraw(self) -> None:
        sizes = np.array([point.size for point in self.points], dtype=float)
        errors = np.array([point.val_error for point in self.points], dtype=float)
        finite = np.isfinite(errors)
        self.scatter.setData(sizes[finite], errors[finite])
        by_size = defaultdict(list)
        for point in self.points:
            if np.isfinite(point.val_error):
                by_size[point.size].append(point.val_error)
        xs = sorted(by_size)
        self.mean_curve.setData(xs, [float(np.mean(by_size[size])) for size in xs])
        best = best_size(point for point in self.points if np.isfinite(point.val_error))
        if best is None:
            self.best_marker.setData([], [])
        else:
            self.best_marker.setData([best], [float(np.mean(by_size[best]))])
        if finite.any():
            # Equal errors would otherwise give a degenerate, zoomed-in axis.
            self.plot.setYRange(0.0, max(float(errors[finite].max()) * 1.15, 0.05), padding=0)

    def apply_best(self) -> None:
        """Write the best size into the chosen hidden layer, undoably."""
        best = best_size(self.points)
        if best is None or self.session.is_training:
            return
        spec = copy.deepcopy(self.session.network)
        layer = int(self.layer_combo.currentData() or 0)
        spec["hidden"][layer]["units"] = best
        text = self.tr("Set hidden layer %1 to %2 neurons").replace("%1", str(layer + 1))
        text = text.replace("%2", str(best))
        if self.undo_stack is not None:
            self.undo_stack.push(SetNetworkCommand(self.session, spec, text))
        else:
            self.session.set_network(spec)
        self._load_session()
        self.layer_combo.setCurrentIndex(layer)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.runner is not None:
            self.runner.stop_and_join()
            self.runner = None
        super().closeEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        # Escape closes the dialog through closeEvent so a running sweep is joined.
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)
