"""Run the hidden-node sweep on a QThread, with progress and cancel."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Signal, Slot

from bpstudio.errors import BPStudioError

log = logging.getLogger(__name__)


class SweepWorker(QObject):
    """Iterate :func:`bpstudio.engine.sweep.hidden_size_sweep` off the GUI thread.

    Signals carry plain values only: ``point`` a SweepPoint, ``progress`` (done, total),
    ``finished`` the reason ("completed", "stopped" or "failed"), ``failed`` the exception.
    """

    point = Signal(object)
    progress = Signal(int, int)
    failed = Signal(object)
    finished = Signal(str)

    def __init__(self, network, training, data, task, sizes, seeds=(0,)) -> None:
        super().__init__()
        self.arguments = (network, training, data, task, list(sizes), list(seeds))
        self._stop = threading.Event()

    def stop(self) -> None:
        """Ask the sweep to end after the current epoch; safe from any thread."""
        self._stop.set()

    @Slot()
    def run(self) -> None:
        from bpstudio.engine.sweep import hidden_size_sweep

        network, training, data, task, sizes, seeds = self.arguments
        total = len(sizes) * len(seeds)
        done = 0
        reason = "completed"
        try:
            self.progress.emit(0, total)
            for point in hidden_size_sweep(
                network, training, data, task, sizes, seeds, should_stop=self._stop.is_set
            ):
                done += 1
                self.point.emit(point)
                self.progress.emit(done, total)
            if self._stop.is_set():
                reason = "stopped"
        except (BPStudioError, ValueError, FloatingPointError) as error:
            log.warning("hidden-node sweep failed: %s", error)
            reason = "failed"
            self.failed.emit(error)
        finally:
            self.finished.emit(reason)
