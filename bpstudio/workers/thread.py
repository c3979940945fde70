"""Start a worker on its own QThread, and stop and join it."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QThread

log = logging.getLogger(__name__)


class WorkerThread(QObject):
    """A QThread running one worker's ``run`` slot.

    The worker must have ``run()``, ``stop()`` and a ``finished`` signal. ``finished`` quits
    the thread through a direct connection, so the thread ends even while the GUI thread is
    blocked in :meth:`stop_and_join` and cannot process queued calls.
    """

    def __init__(self, worker: QObject, name: str = "trainingThread", parent=None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.thread = QThread()
        self.thread.setObjectName(name)
        worker.moveToThread(self.thread)
        self.thread.started.connect(worker.run)
        worker.finished.connect(self.thread.quit, Qt.ConnectionType.DirectConnection)

    def start(self) -> None:
        self.thread.start()

    def is_running(self) -> bool:
        return self.thread.isRunning()

    def stop_and_join(self, timeout: float = 5.0) -> bool:
        """Ask the worker to stop and wait for the thread; return True if it ended."""
        self.worker.stop()
        return self.join(timeout)

    def join(self, timeout: float = 5.0) -> bool:
        """Wait up to ``timeout`` seconds for the thread to end; return True if it did."""
        if not self.thread.isRunning():
            self.thread.wait()
            return True
        ended = self.thread.wait(int(timeout * 1000))
        if not ended:
            log.error("thread %s did not end within %.1f s", self.thread.objectName(), timeout)
        return ended
