"""Runs training for the window: one worker thread per run, redraws paced by a timer.

The controller turns Train, Pause, Resume, Step and Stop into calls on the
:class:`~bpstudio.workers.training.TrainingWorker` and brings its results back to the
:class:`Session` on the GUI thread. Reports are coalesced: the worker queues every epoch's
logs and throttles its ``report`` signal, and a QTimer (at most 30 frames a second) moves the
queued logs into the session history and publishes the latest report once per frame.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from typing import Any

from PySide6.QtCore import QAbstractEventDispatcher, QObject, QTimer, Signal, Slot

from bpstudio.gui.session import IDLE, PAUSED, RUNNING, Session, apply_l2
from bpstudio.workers.thread import WorkerThread
from bpstudio.workers.training import FAILED, TrainingJob, TrainingWorker

log = logging.getLogger(__name__)

#: Interval of the redraw timer: 30 frames per second at most.
FRAME_INTERVAL_MS = 33
#: Largest share of the time the GUI thread spends updating views during a run: after a
#: frame that took t seconds, the next one waits at least t / FRAME_BUDGET. Heavy views
#: (784 × 128 heatmaps, say) then redraw less often instead of slowing training down.
FRAME_BUDGET = 0.08
#: Large data gets this many mid-epoch reports per epoch, so pause reacts within an epoch.
REPORTS_PER_EPOCH = 20
#: Training sets with fewer values than this report once per epoch only.
MID_EPOCH_REPORT_MIN_VALUES = 2_000_000
#: Optimizer settings that may change while paused and are applied on resume.
RESUMABLE_SETTINGS = (
    "optimizer",
    "learning_rate",
    "momentum",
    "beta_1",
    "beta_2",
    "epsilon",
    "rho",
    "batch_size",
)


class TrainingController(QObject):
    """Starts, pauses, steps and stops training runs for one session.

    Signals:
        frame(object): the latest TrainingReport, once per redraw frame while a run is active.
        runStarted(): a run began.
        runFinished(str): a run ended: "completed", "stopped", "early_stopped" or "failed".
        progressChanged(object): a :class:`Progress` for the progress bar.
    """

    # Signals are camelCase like Qt's own, so connections read the same everywhere.
    frame = Signal(object)
    runStarted = Signal()  # noqa: N815
    runFinished = Signal(str)  # noqa: N815
    progressChanged = Signal(object)  # noqa: N815

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker: TrainingWorker | None = None
        self.runner: WorkerThread | None = None
        self.include_gradients = False
        self._frame_report = None
        self._drawn_report = None
        #: Epoch number at which the active (or last) run ends, for the curves' x range.
        self.run_last_epoch = 0
        self._run_start_epoch = 0
        self._applied_settings: dict[str, Any] = {}
        self._last_reason: str | None = None
        self._gui_turn = threading.Event()
        self._dispatcher = None
        self._timer = QTimer(self)
        self._timer.setObjectName("trainingFrameTimer")
        self._timer.setInterval(FRAME_INTERVAL_MS)
        self._timer.timeout.connect(self._on_timer)
        self._next_frame_time = 0.0

    # ----------------------------------------------------------------- commands

    @property
    def is_active(self) -> bool:
        return self.runner is not None

    def can_train(self) -> bool:
        return self.session.model is not None and self.session.prepared is not None

    def start(self, *, step: bool = False) -> None:
        """Train ``training["epochs"]`` more epochs from the current weights.

        With ``step`` the run pauses after its first epoch (the Step button when idle).
        """
        if self.is_active or not self.can_train():
            return
        session = self.session
        prepared = session.prepared
        model = session.model
        session.compile_model(model)

        job = self._make_job(prepared, model)
        self._run_start_epoch = session.epochs_trained
        self.run_last_epoch = job.epochs
        self._applied_settings = self._resumable(session.training)
        self.worker = TrainingWorker(
            model, job, start_paused_after_epoch=step, gui_turn=self._gui_turn
        )
        self.worker.report.connect(self._on_report)
        self.worker.paused.connect(self._on_paused)
        self.worker.failed.connect(self._on_failed)
        self.worker.finished.connect(self._on_finished)
        self.runner = WorkerThread(self.worker, parent=self)

        session.live_weights = model.get_weights()
        session.set_state(RUNNING)
        self._watch_event_loop(True)
        self._next_frame_time = 0.0
        self._timer.start()
        self.runner.start()
        self.runStarted.emit()
        log.info("training started: %d epochs from epoch %d", job.epochs, job.initial_epoch)

    def _make_job(self, prepared, model) -> TrainingJob:
        from bpstudio.engine import EarlyStopping, optimizers

        settings = self.session.training
        _optimizer, batch_size = optimizers.from_settings(settings)
        x, y = prepared.x_train, prepared.y_train
        has_validation = prepared.x_val is not None and len(prepared.x_val) > 0
        validation = (prepared.x_val, prepared.y_val) if has_validation else None
        callbacks = []
        if settings.get("early_stopping"):
            monitor = "val_loss" if has_validation else "loss"
            callbacks.append(
                EarlyStopping(monitor=monitor, patience=int(settings.get("patience", 10)))
            )
        initial_epoch = self.session.epochs_trained
        return TrainingJob(
            x=x,
            y=y,
            epochs=initial_epoch + int(settings.get("epochs", 100)),
            batch_size=batch_size,
            validation_data=validation,
            initial_epoch=initial_epoch,
            callbacks=callbacks,
            report_every=_report_every(x, batch_size),
            include_gradients=self.include_gradients,
        )

    def pause(self) -> None:
        if self.worker is not None:
            self.worker.pause()

    def resume(self) -> None:
        """Continue a paused run, first applying optimizer settings changed meanwhile."""
        if self.worker is None:
            return
        self._apply_changed_settings()
        self.session.set_state(RUNNING)
        self.worker.resume()

    def step(self) -> None:
        """Train one epoch: from idle a new run that pauses after it, else one more epoch."""
        if self.worker is None:
            self.start(step=True)
            return
        self._apply_changed_settings()
        self.session.set_state(RUNNING)
        self.worker.step()

    def stop(self) -> None:
        if self.worker is not None:
            self.worker.stop()

    def set_include_gradients(self, enabled: bool) -> None:
        """Ask for gradients in the reports (for the gradient heatmaps), from the next epoch."""
        self.include_gradients = bool(enabled)
        if self.worker is not None:
            self.worker.update_settings(include_gradients=self.include_gradients)

    def shutdown(self, timeout: float = 5.0) -> bool:
        """Stop any run and join its thread (used when the window closes)."""
        if self.runner is None:
            return True
        ended = self.runner.stop_and_join(timeout)
        self._finish_run(self._last_reason or "stopped")
        return ended

    def _watch_event_loop(self, enabled: bool) -> None:
        """Tell the worker whenever the GUI event loop runs out of work (its turn ends)."""
        if enabled and self._dispatcher is None:
            self._dispatcher = QAbstractEventDispatcher.instance(self.thread())
            if self._dispatcher is not None:
                self._dispatcher.aboutToBlock.connect(self._on_event_loop_idle)
        elif not enabled and self._dispatcher is not None:
            self._dispatcher.aboutToBlock.disconnect(self._on_event_loop_idle)
            self._dispatcher = None
        self._gui_turn.set()

    @Slot()
    def _on_event_loop_idle(self) -> None:
        # Setting an Event that is already set would still take its lock on every idle.
        if not self._gui_turn.is_set():
            self._gui_turn.set()

    # ----------------------------------------------------------------- settings on resume

    @staticmethod
    def _resumable(settings: dict[str, Any]) -> dict[str, Any]:
        return {key: settings.get(key) for key in RESUMABLE_SETTINGS}

    def _apply_changed_settings(self) -> None:
        """Hand optimizer settings changed while paused to the worker and mark the curve."""
        from bpstudio.engine import optimizers

        current = self._resumable(self.session.training)
        previous = self._applied_settings
        if current == previous or self.worker is None:
            return
        optimizer, batch_size = optimizers.from_settings(self.session.training)
        optimizer_changed = any(
            current[key] != previous[key] for key in RESUMABLE_SETTINGS if key != "batch_size"
        )
        only_rate = optimizer_changed and all(
            current[key] == previous[key]
            for key in RESUMABLE_SETTINGS
            if key not in ("learning_rate", "batch_size")
        )
        if only_rate:
            self.worker.update_settings(learning_rate=float(current["learning_rate"]))
        elif optimizer_changed:
            self.worker.update_settings(optimizer=optimizer)
        if batch_size != optimizers.from_settings({**self.session.training, **previous})[1]:
            self.worker.update_settings(batch_size=batch_size)
        apply_l2(self.session.model, float(self.session.training.get("l2", 0.0)))
        self.session.add_marker(self.worker.last_epoch, _change_label(previous, current))
        self._applied_settings = current

    # ----------------------------------------------------------------- worker signals

    @Slot(object)
    def _on_report(self, report) -> None:
        self._frame_report = report

    @Slot(object)
    def _on_paused(self, report) -> None:
        self._frame_report = report
        self._on_frame()
        if self.worker is not None and self.worker.is_paused:
            self.session.set_state(PAUSED)

    @Slot(object)
    def _on_failed(self, error) -> None:
        self.session.errorRaised.emit(error)

    @Slot(str)
    def _on_finished(self, reason: str) -> None:
        self._last_reason = reason
        if self.runner is not None:
            self.runner.join()
        self._finish_run(reason)

    def _finish_run(self, reason: str) -> None:
        if self.worker is None:
            return
        self._timer.stop()
        self._watch_event_loop(False)
        self._on_frame()
        worker = self.worker
        self.worker = None
        self.runner = None
        self._last_reason = None
        session = self.session
        session.live_weights = None
        session.live_gradients = None
        session.set_state(IDLE)
        session.runs.append(self._run_record(reason, worker))
        session.weightsChanged.emit()
        session.set_modified()
        log.info("training %s after epoch %d", reason, worker.last_epoch)
        self.runFinished.emit(reason)

    def _run_record(self, reason: str, worker: TrainingWorker) -> dict[str, Any]:
        last = {key: values[-1] for key, values in self.session.history.items() if values}
        return {
            "reason": reason,
            "first_epoch": self._run_start_epoch + 1,
            "last_epoch": worker.last_epoch,
            "training": dict(self.session.training),
            "network": dict(self.session.network),
            "final_logs": last,
            "failed": reason == FAILED,
        }

    # ----------------------------------------------------------------- frames

    @Slot()
    def _on_timer(self) -> None:
        """Draw a frame unless the last frame's cost requires a longer rest for the GUI thread."""
        if time.monotonic() < self._next_frame_time:
            return
        started = time.monotonic()
        self._on_frame()
        spent = time.monotonic() - started
        self._next_frame_time = started + spent / FRAME_BUDGET

    def _on_frame(self) -> None:
        """Move queued epoch logs into the history and publish the latest report."""
        if self.worker is None:
            return
        epochs, columns = self.worker.take_epoch_columns()
        self.session.extend_history_columns(len(epochs), columns)
        report = self._frame_report
        if report is None or report is self._drawn_report:
            return
        self._drawn_report = report
        self.session.live_weights = report.weights
        self.session.live_gradients = report.gradients
        self.session.weightsChanged.emit()
        progress = Progress.from_report(report, self.run_last_epoch, self._prepared_rows())
        self.progressChanged.emit(progress)
        self.frame.emit(report)

    def _prepared_rows(self) -> int:
        prepared = self.session.prepared
        return 0 if prepared is None else len(prepared.x_train)


class Progress:
    """Progress of a run: epoch, total, samples per second and estimated seconds left."""

    def __init__(self, epoch: int, epochs: int, samples_per_second: float, seconds_left: float):
        self.epoch = epoch
        self.epochs = epochs
        self.samples_per_second = samples_per_second
        self.seconds_left = seconds_left

    @classmethod
    def from_report(cls, report, epochs: int, rows: int) -> Progress:
        done = float(report.epoch)
        if not report.is_epoch_end and report.batch is not None and report.batches_per_epoch:
            done = report.epoch - 1 + report.batch / report.batches_per_epoch
        speed = float(report.samples_per_second or 0.0)
        remaining_samples = max(0.0, (epochs - done) * rows)
        seconds_left = remaining_samples / speed if speed > 0 else math.inf
        return cls(report.epoch, epochs, speed, seconds_left)


def _report_every(x, batch_size: int | None) -> int | None:
    """Return N for a mid-epoch report every N batches, or None for epoch ends only."""
    if x.size < MID_EPOCH_REPORT_MIN_VALUES or batch_size is None:
        return None
    batches = math.ceil(len(x) / batch_size)
    return max(1, batches // REPORTS_PER_EPOCH)


def _change_label(previous: dict[str, Any], current: dict[str, Any]) -> str:
    """Describe a settings change for the loss-curve marker, e.g. "lr 0.01 → 0.001"."""
    parts = []
    if previous["optimizer"] != current["optimizer"]:
        parts.append(f"{previous['optimizer']} → {current['optimizer']}")
    if previous["learning_rate"] != current["learning_rate"]:
        parts.append(f"lr {previous['learning_rate']:g} → {current['learning_rate']:g}")
    for key in RESUMABLE_SETTINGS[2:]:
        if key in ("optimizer", "learning_rate") or previous[key] == current[key]:
            continue
        parts.append(f"{key} {previous[key]} → {current[key]}")
    return ", ".join(parts)
