"""Fixtures for the GUI tests: the real window offscreen, and a check for leaked threads.

Run with QT_FATAL_WARNINGS=1 so that any Qt warning (a plot item touched from the worker
thread, a thread destroyed while running) aborts the test run.
"""

import weakref

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QMessageBox

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


class ShownErrors(list):
    """Errors the window would have shown in a modal message box."""


@pytest.fixture
def shown_errors(monkeypatch):
    """Replace the modal error box with a list, so that tests never block on a dialog."""
    errors = ShownErrors()
    monkeypatch.setattr(
        "bpstudio.gui.main_window.show_error", lambda parent, error: errors.append(error)
    )
    return errors


@pytest.fixture
def close_answer(monkeypatch):
    """The answer to "Training is still running. Stop it and close?" (Yes by default)."""
    answers = {"value": QMessageBox.StandardButton.Yes, "asked": 0}

    def question(*_args, **_kwargs):
        answers["asked"] += 1
        return answers["value"]

    monkeypatch.setattr(QMessageBox, "question", question)
    return answers


@pytest.fixture
def window(qtbot, shown_errors, close_answer, tmp_path):
    """The main window on the default sample, shown offscreen; stopped and closed after."""
    from PySide6.QtCore import QSettings

    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(tmp_path / "settings"))
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(tmp_path / "settings"))
    from bpstudio.gui.app import create_application, create_window

    create_application("en")
    main_window = create_window()
    qtbot.addWidget(main_window)
    main_window.show()
    qtbot.waitExposed(main_window)
    yield main_window
    main_window.controller.shutdown()
    main_window.close()
