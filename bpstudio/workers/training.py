"""The training worker: iterates the engine's training generator on a QThread.

The worker never touches a widget. It runs ``model.iter_fit`` and, between the reports the
generator yields, checks a stop flag and a pause event (a ``threading.Event``, so a paused
worker blocks without polling). Per-epoch logs are queued for the GUI to drain, and the
``report`` signal is throttled, so a tiny network training 20,000 epochs a second does not
flood the GUI's event queue. Settings the user changes while paused (optimizer, learning
rate, batch size) are handed over with :meth:`TrainingWorker.update_settings` and applied
before the worker continues.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from bpstudio.errors import BPStudioError

log = logging.getLogger(__name__)

#: Minimum seconds between two ``report`` signals; epoch logs are never dropped.
REPORT_INTERVAL = 1 / 60

#: Seconds a worker trains before it checks whether to let the GUI thread catch up.
TIME_SLICE = 0.01
#: A slice with at least this many reports (one every 5 ms or faster) marks a run whose
#: Python loop holds the GIL almost all the time (a tiny network): such a worker takes
#: turns with the GUI thread.
COOPERATIVE_REPORTS_PER_SLICE = 4
#: Maximum wait (seconds) for the GUI thread's turn to end before training goes on anyway.
MAX_GUI_WAIT = 0.25

#: Reasons passed with ``finished``.
COMPLETED = "completed"
STOPPED = "stopped"
EARLY_STOPPED = "early_stopped"
FAILED = "failed"

_UNCHANGED = object()

#: Settings fixed for one training generator; changing one restarts it at an epoch end.
RESTART_SETTINGS = ("batch_size", "include_gradients")


@dataclass
class TrainingJob:
    """What one run trains on: the arrays and the fit arguments.

    ``batch_size`` None means the whole training set per step (full-batch gradient descent).
    ``report_every`` requests a mid-epoch report from the generator every N batches, so
    pause and stop react within an epoch on large data.
    """

    x: Any
    y: Any
    epochs: int
    batch_size: int | None = None
    validation_data: tuple[Any, Any] | None = None
    initial_epoch: int = 0
    shuffle: bool = True
    callbacks: Sequence[Any] = ()
    report_every: int | None = None
    include_gradients: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


class TrainingWorker(QObject):
    """Runs one training job; move it to a QThread and connect ``run`` to ``started``.

    Signals:
        report(object): the latest TrainingReport, at most every REPORT_INTERVAL seconds
            and always for the last report of a run.
        paused(object): the report at which the worker paused (Pause or Step).
        finished(str): the run ended: "completed", "stopped", "early_stopped" or "failed".
        failed(object): the BPStudioError (or other exception) that ended the run; emitted
            before ``finished("failed")``.
    """

    report = Signal(object)
    paused = Signal(object)
    finished = Signal(str)
    failed = Signal(object)

    def __init__(
        self,
        model,
        job: TrainingJob,
        *,
        start_paused_after_epoch: bool = False,
        gui_turn: threading.Event | None = None,
    ):
        super().__init__()
        #: Set by the GUI thread when its event loop has nothing left to do (see _yield_to_gui).
        self.gui_turn = gui_turn
        self._slice_start = 0.0
        self._slice_reports = 0
        self.model = model
        self.job = job
        self._lock = threading.Lock()
        self._resume = threading.Event()
        self._resume.set()
        self._stop = threading.Event()
        self._pause_after_epoch = start_paused_after_epoch
        self._pending_epochs: list[int] = []
        self._pending_columns: dict[str, list[float]] = {}
        self._pending_settings: dict[str, Any] = {}
        self._latest = None
        self._last_emit = 0.0
        self._last_epoch = job.initial_epoch

    # ------------------------------------------------------------------ control (any thread)

    def pause(self) -> None:
        """Pause at the next report the generator yields."""
        self._resume.clear()

    def resume(self) -> None:
        self._pause_after_epoch = False
        self._resume.set()

    def step(self) -> None:
        """Train until the end of the current or next epoch, then pause again."""
        self._pause_after_epoch = True
        self._resume.set()

    def stop(self) -> None:
        """End the run; the engine checks ``stop_training`` between batches."""
        self._stop.set()
        self.model.stop_training = True
        self._resume.set()

    def update_settings(
        self,
        *,
        optimizer=_UNCHANGED,
        learning_rate=_UNCHANGED,
        batch_size=_UNCHANGED,
        include_gradients=_UNCHANGED,
    ) -> None:
        """Queue settings to apply before training continues.

        ``optimizer`` replaces the model's optimizer at the next report (the engine allows
        that between reports). ``learning_rate`` changes the current optimizer's rate and
        keeps its state. ``batch_size`` and ``include_gradients`` apply from the next epoch,
        because they are fixed for the lifetime of one training generator.
        """
        requested = {
            "optimizer": optimizer,
            "learning_rate": learning_rate,
            "batch_size": batch_size,
            "include_gradients": include_gradients,
        }
        with self._lock:
            for key, value in requested.items():
                if value is not _UNCHANGED:
                    self._pending_settings[key] = value

    def take_epoch_logs(self) -> list[tuple[int, dict[str, float]]]:
        """Return and forget the ``(epoch, logs)`` pairs finished since the last call."""
        epochs, columns = self.take_epoch_columns()
        return [
            (epoch, {key: values[index] for key, values in columns.items()})
            for index, epoch in enumerate(epochs)
        ]

    def take_epoch_columns(self) -> tuple[list[int], dict[str, list[float]]]:
        """Return and forget the epochs finished since the last call, logs as columns.

        Every column has one value per epoch (NaN where an epoch lacked that key), so the
        GUI thread can append whole columns to the history at once.
        """
        with self._lock:
            epochs, self._pending_epochs = self._pending_epochs, []
            columns, self._pending_columns = self._pending_columns, {}
        return epochs, columns

    def latest_report(self):
        with self._lock:
            return self._latest

    @property
    def is_paused(self) -> bool:
        return not self._resume.is_set()

    @property
    def last_epoch(self) -> int:
        """The last epoch that finished (``initial_epoch`` before the first one)."""
        return self._last_epoch

    # ------------------------------------------------------------------ the run (worker thread)

    @Slot()
    def run(self) -> None:
        """Iterate the generator until done, stopped or failed; always emits ``finished``."""
        self.model.stop_training = False
        try:
            reason = STOPPED if self._stop.is_set() else self._run_generators()
        except BPStudioError as error:
            log.info("training ended with %s: %s", error.kind, error)
            self.failed.emit(error)
            reason = FAILED
        except Exception as error:  # shown to the user as an unexpected failure
            log.exception("training failed unexpectedly")
            self.failed.emit(error)
            reason = FAILED
        self._flush()
        # Hand the worker back to the GUI thread, so it can be deleted there once the thread
        # has ended. Only the thread a QObject lives in may move it to another thread.
        app = QCoreApplication.instance()
        if app is not None:
            self.moveToThread(app.thread())
        self.finished.emit(reason)

    def _run_generators(self) -> str:
        while True:
            generator = self.model.iter_fit(
                self.job.x,
                self.job.y,
                epochs=self.job.epochs,
                batch_size=self.job.batch_size,
                validation_data=self.job.validation_data,
                shuffle=self.job.shuffle,
                callbacks=self.job.callbacks,
                initial_epoch=self._last_epoch,
                report_every=self.job.report_every,
                include_gradients=self.job.include_gradients,
            )
            try:
                outcome = self._consume(generator)
            finally:
                generator.close()
            if outcome != "restart":
                return outcome
            with self._lock:
                for key in RESTART_SETTINGS:
                    if key in self._pending_settings:
                        setattr(self.job, key, self._pending_settings.pop(key))
            log.info(
                "training generator restarted after epoch %d (batch size %s, gradients %s)",
                self._last_epoch,
                self.job.batch_size,
                self.job.include_gradients,
            )

    def _consume(self, generator) -> str:
        """Run one generator; return a finish reason, or "restart" for a new batch size."""
        for report in generator:
            self._record(report)
            if self._stop.is_set():
                return STOPPED
            self._yield_to_gui()
            last_epoch = report.is_epoch_end and report.epoch >= self.job.epochs
            if report.is_epoch_end and self._pause_after_epoch and not last_epoch:
                self._pause_after_epoch = False
                self._resume.clear()
            if not self._resume.is_set():
                self._flush()
                self.paused.emit(report)
                self._resume.wait()
                if self._stop.is_set():
                    return STOPPED
            if self._apply_pending_settings(report):
                return "restart"
        if self._stop.is_set():
            return STOPPED
        if getattr(self.model, "stop_training", False) or self._last_epoch < self.job.epochs:
            return EARLY_STOPPED
        return COMPLETED

    def _record(self, report) -> None:
        with self._lock:
            self._latest = report
            if report.is_epoch_end:
                self._append_epoch(report.epoch, report.logs)
                self._last_epoch = report.epoch
        now = time.monotonic()
        if now - self._last_emit >= REPORT_INTERVAL:
            self._last_emit = now
            self.report.emit(report)

    def _append_epoch(self, epoch: int, logs: dict[str, float]) -> None:
        """Append one epoch to the pending columns (the caller holds the lock)."""
        count = len(self._pending_epochs)
        for key, value in logs.items():
            column = self._pending_columns.get(key)
            if column is None:
                column = self._pending_columns[key] = [math.nan] * count
            column.append(float(value))
        self._pending_epochs.append(epoch)
        for column in self._pending_columns.values():
            if len(column) == count:
                column.append(math.nan)

    def _yield_to_gui(self) -> None:
        """Take turns with the GUI thread when this run's reports come very fast.

        A tiny network spends its time in Python code that holds the GIL, and the GUI thread
        needs the GIL for every Python call it makes while painting. Handing the GIL back and
        forth hundreds of times per frame froze the window. So after each TIME_SLICE of
        training the worker waits, without the GIL, until the GUI's event loop reports that
        it is idle (``gui_turn`` set). Large networks spend their time in NumPy, which
        releases the GIL, and never wait.
        """
        now = time.monotonic()
        self._slice_reports += 1
        if now - self._slice_start < TIME_SLICE:
            return
        if self.gui_turn is not None and self._slice_reports >= COOPERATIVE_REPORTS_PER_SLICE:
            self.gui_turn.clear()
            self.gui_turn.wait(MAX_GUI_WAIT)
        self._slice_start = time.monotonic()
        self._slice_reports = 0

    def _flush(self) -> None:
        """Emit the latest report if the throttle held it back."""
        latest = self.latest_report()
        if latest is not None:
            self._last_emit = time.monotonic()
            self.report.emit(latest)

    def _apply_pending_settings(self, report) -> bool:
        """Apply queued settings; return True when the generator must restart."""
        with self._lock:
            optimizer = self._pending_settings.pop("optimizer", None)
            learning_rate = self._pending_settings.pop("learning_rate", None)
            pending_restart = any(key in self._pending_settings for key in RESTART_SETTINGS)
            restart = pending_restart and report.is_epoch_end
        if optimizer is not None:
            self.model.optimizer = optimizer
        if learning_rate is not None:
            self.model.optimizer.learning_rate = learning_rate
        return restart
