"""Fixtures for the worker tests: a test fails when it leaves a QThread running."""

import weakref

import pytest
from PySide6.QtCore import QThread

_started: "weakref.WeakSet[QThread]" = weakref.WeakSet()
_original_start = QThread.start


def _tracking_start(self, *args):
    _started.add(self)
    return _original_start(self, *args)


@pytest.fixture(autouse=True)
def no_leaked_threads(monkeypatch):
    """Fail the test if a QThread it started is still running at teardown."""
    monkeypatch.setattr(QThread, "start", _tracking_start)
    yield
    running = [thread.objectName() or repr(thread) for thread in _started if thread.isRunning()]
    for thread in list(_started):
        if thread.isRunning():
            thread.quit()
            thread.wait(5000)
    _started.clear()
    assert not running, f"QThreads still running after the test: {running}"
