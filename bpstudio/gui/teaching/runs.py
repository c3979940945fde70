"""Run comparison: every training run is recorded and can be overlaid with others.

:class:`RunRecorder` watches the session: when a run goes from running (or paused) back to
idle it appends a record to ``session.runs`` with the settings, the network, the seed, the
curves, the final metrics and the duration. :class:`RunsDialog` lists the records, overlays
the curves of the selected ones, renames and deletes them, and restores a run's settings.
"""

from __future__ import annotations

import copy
import math
import time
import uuid
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bpstudio.gui.session import IDLE, RUNNING

#: Colours cycled through for overlaid runs.
RUN_COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2")


def describe_network(network: dict[str, Any]) -> str:
    """Return a short text such as "8 tanh → 4 relu" for a network spec."""
    hidden = network.get("hidden", [])
    if not hidden:
        return "—"
    return " → ".join(f"{layer['units']} {layer['activation']}" for layer in hidden)


def run_name(number: int) -> str:
    """Return the default name of the run with this number, in the interface language."""
    return QCoreApplication.translate("RunComparison", "Run %1").replace("%1", str(number))


def enrich_run_record(record: dict[str, Any], session, duration: float, first_epoch: int):
    """Add what run comparison needs to a run record: id, name, curves, seed, duration.

    ``first_epoch`` is the number of epochs in the history before the run began, so the
    curves hold this run's epochs only.
    """
    history = {
        key: [float(value) for value in values[first_epoch:]]
        for key, values in session.history.items()
    }
    final = {}
    for key, values in history.items():
        finite = [value for value in values if math.isfinite(value)]
        if finite:
            final[key] = finite[-1]
    record.setdefault("id", uuid.uuid4().hex[:12])
    record.setdefault("name", run_name(len(session.runs)))
    record.setdefault("training", copy.deepcopy(session.training))
    record.setdefault("network", copy.deepcopy(session.network))
    record.update(
        finished=time.strftime("%Y-%m-%d %H:%M:%S"),
        duration=round(float(duration), 3),
        epochs=len(history.get("loss", [])),
        seed=int(record["training"].get("seed", 0)),
        data=copy.deepcopy(session.source),
        history=history,
        final=final,
    )
    return record


class RunRecorder(QObject):
    """Completes the record the training controller appends to ``session.runs`` per run.

    Without a controller (a window built without training), runs are recorded from the
    session's state changes instead.
    """

    def __init__(self, session, controller=None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._started: float | None = None
        self._first_epoch = 0
        if controller is not None:
            controller.runStarted.connect(self._on_started)
            controller.runFinished.connect(self._on_finished)
        else:
            session.stateChanged.connect(self._on_state_changed)

    def _on_started(self) -> None:
        self._started = time.perf_counter()
        self._first_epoch = len(self.session.history.get("loss", []))

    def _on_finished(self, _reason: str = "") -> None:
        if self._started is None or not self.session.runs:
            return
        duration = time.perf_counter() - self._started
        self._started = None
        enrich_run_record(self.session.runs[-1], self.session, duration, self._first_epoch)

    def _on_state_changed(self, state: str) -> None:
        if state == RUNNING and self._started is None:
            self._on_started()
        elif state == IDLE and self._started is not None:
            if self.session.history.get("loss"):
                self.session.runs.append({})
                self._on_finished()
                self.session.set_modified()
            self._started = None


class RunsDialog(QDialog):
    """A table of recorded runs with their curves overlaid."""

    COLUMNS = (
        "name",
        "optimizer",
        "learning_rate",
        "network",
        "seed",
        "epochs",
        "loss",
        "val_loss",
        "metric",
        "duration",
    )

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("runsDialog")
        self.setWindowTitle(self.tr("Training runs"))

        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("runsTable")
        self.table.setHorizontalHeaderLabels(self._headers())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemSelectionChanged.connect(self._draw_curves)
        self.table.itemChanged.connect(self._on_item_changed)
        self.curve_combo = QComboBox()
        self.curve_combo.setObjectName("runsCurveCombo")
        for key, label in self._curve_choices():
            self.curve_combo.addItem(label, key)
        self.curve_combo.currentIndexChanged.connect(lambda _index: self._draw_curves())
        self.plot = pg.PlotWidget()
        self.plot.setObjectName("runsPlot")
        self.plot.addLegend(offset=(10, 10))
        self.plot.showGrid(x=True, y=True, alpha=0.3)
        self.plot.setLabel("bottom", self.tr("epoch"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("runsDeleteButton")
        self.delete_button.clicked.connect(self.delete_selected)
        self.restore_button = QPushButton(self.tr("Restore settings"))
        self.restore_button.setObjectName("runsRestoreButton")
        self.restore_button.setToolTip(
            self.tr("Put this run's network and training settings back into the builder")
        )
        self.restore_button.clicked.connect(self.restore_selected)

        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Curve:")))
        buttons.addWidget(self.curve_combo)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.restore_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.plot)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("Select runs to overlay their curves; double-click a name to rename it.")
            )
        )
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(900, 620)
        session.stateChanged.connect(lambda _state: self.refresh())
        self.refresh()

    def _headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Optimizer"),
            self.tr("Learning rate"),
            self.tr("Hidden layers"),
            self.tr("Seed"),
            self.tr("Epochs"),
            self.tr("Loss"),
            self.tr("Validation loss"),
            self.tr("Accuracy / R²"),
            self.tr("Duration (s)"),
        ]

    def _curve_choices(self) -> list[tuple[str, str]]:
        return [
            ("loss", self.tr("Training loss")),
            ("val_loss", self.tr("Validation loss")),
            ("accuracy", self.tr("Training accuracy")),
            ("val_accuracy", self.tr("Validation accuracy")),
            ("r2", self.tr("Training R²")),
            ("val_r2", self.tr("Validation R²")),
        ]

    # ----------------------------------------------------------------- table

    def refresh(self) -> None:
        """Rebuild the table from ``session.runs``, keeping the selection by run id."""
        selected = set(self.selected_ids())
        for number, run in enumerate(self.session.runs, start=1):
            # Records saved before run comparison existed lack these fields.
            run.setdefault("id", uuid.uuid4().hex[:12])
            run.setdefault("name", run_name(number))
            run.setdefault("history", {})
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.session.runs))
        for row, run in enumerate(self.session.runs):
            for column, text in enumerate(self._cells(run)):
                item = QTableWidgetItem(text)
                editable = column == 0
                flags = item.flags()
                if not editable:
                    flags &= ~Qt.ItemFlag.ItemIsEditable
                item.setFlags(flags)
                item.setData(Qt.ItemDataRole.UserRole, run["id"])
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        for row, run in enumerate(self.session.runs):
            if run["id"] in selected:
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        self._draw_curves()

    @staticmethod
    def _cells(run: dict[str, Any]) -> list[str]:
        final = run.get("final", {})
        metric = final.get("val_accuracy", final.get("accuracy", final.get("r2")))

        def number(value):
            return "—" if value is None else f"{value:.4g}"

        training = run.get("training", {})
        return [
            run.get("name", ""),
            str(training.get("optimizer", "")),
            number(training.get("learning_rate")),
            describe_network(run.get("network", {})),
            str(run.get("seed", "")),
            str(run.get("epochs", "")),
            number(final.get("loss")),
            number(final.get("val_loss")),
            number(metric),
            f"{run.get('duration', 0.0):.2f}",
        ]

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self.session.runs[row]["id"] for row in rows if row < len(self.session.runs)]

    def _run_by_id(self, run_id: str) -> dict[str, Any] | None:
        return next((run for run in self.session.runs if run["id"] == run_id), None)

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 0:
            return
        run = self._run_by_id(item.data(Qt.ItemDataRole.UserRole))
        name = item.text().strip()
        if run is not None and name and name != run["name"]:
            run["name"] = name
            self.session.set_modified()
            self._draw_curves()

    def delete_selected(self) -> None:
        ids = set(self.selected_ids())
        if not ids:
            return
        self.session.runs[:] = [run for run in self.session.runs if run["id"] not in ids]
        self.session.set_modified()
        self.refresh()

    def restore_selected(self) -> None:
        """Copy the first selected run's network and training settings into the session."""
        ids = self.selected_ids()
        run = self._run_by_id(ids[0]) if ids else None
        if run is None or self.session.is_training:
            return
        self.session.set_training(copy.deepcopy(run["training"]))
        self.session.set_network(copy.deepcopy(run["network"]))

    # ----------------------------------------------------------------- curves

    def _draw_curves(self) -> None:
        self.plot.clear()
        legend = self.plot.plotItem.legend
        if legend is not None:
            legend.clear()
        key = self.curve_combo.currentData()
        self.plot.setLabel("left", self.curve_combo.currentText())
        for index, run_id in enumerate(self.selected_ids()):
            run = self._run_by_id(run_id)
            values = np.asarray(run["history"].get(key, []), dtype=float)
            epochs = np.arange(1, len(values) + 1)
            finite = np.isfinite(values)
            if not finite.any():
                continue
            colour = RUN_COLOURS[index % len(RUN_COLOURS)]
            self.plot.plot(
                epochs[finite], values[finite], pen=pg.mkPen(colour, width=2), name=run["name"]
            )
