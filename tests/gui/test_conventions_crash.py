"""The unexpected-error dialog: shown when a slot raises, with an emergency save and a report.

pytest-qt normally catches exceptions raised in slots and fails the test; these tests turn
that off (``qt_no_exception_capture``) so that BP Studio's own hook receives them.
"""

import json
import sys
import threading

import pytest
from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication

from bpstudio import logs
from bpstudio.gui import crash

pytestmark = pytest.mark.qt_no_exception_capture


class Faulty(QObject):
    """A test-only object whose slot raises, as a bug in a panel would."""

    fire = Signal()

    def __init__(self):
        super().__init__()
        self.fire.connect(self.fail)

    @Slot()
    def fail(self):
        raise ZeroDivisionError("test-only failure in a slot")


@pytest.fixture
def log_folder(tmp_path, monkeypatch):
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(tmp_path / "log"))
    logs.shutdown_logging()
    logs.setup_logging()
    yield tmp_path / "log"
    logs.shutdown_logging()


@pytest.fixture
def handler(window, qapp, log_folder):
    installed = crash.install_crash_handler(qapp, window)
    yield installed
    installed.uninstall()
    if installed.dialog is not None:
        installed.dialog.close()


def _raise_in_slot(qtbot, handler):
    faulty = Faulty()
    # Emitted from the event loop, as a click or a timer would, not from the test's frame.
    QTimer.singleShot(0, faulty.fire.emit)
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
    return handler.dialog


def test_hook_installed_and_removed(qapp, window):
    before = sys.excepthook
    installed = crash.install_crash_handler(qapp, window)
    assert sys.excepthook == installed.excepthook
    installed.uninstall()
    assert sys.excepthook is before


def test_slot_error_shows_dialog(handler, qtbot):
    dialog = _raise_in_slot(qtbot, handler)
    assert dialog.objectName() == "crashDialog"
    assert "ZeroDivisionError: test-only failure in a slot" in dialog.details.toPlainText()


def test_slot_error_writes_emergency_save(handler, window, qtbot, log_folder):
    from bpstudio.project import load_project

    window.session.set_training({**window.session.training, "learning_rate": 0.123})
    assert window.session.modified

    dialog = _raise_in_slot(qtbot, handler)

    saved = sorted((log_folder / "recovery").iterdir())
    assert len(saved) == 1
    assert dialog.saved_to == saved[0]
    assert str(saved[0]) in dialog.saved_label.text()
    project = load_project(saved[0])
    assert project.training["learning_rate"] == pytest.approx(0.123)
    assert project.network == window.session.network


def test_nothing_saved_without_changes(handler, window, qtbot, log_folder):
    window.session.set_modified(False)
    dialog = _raise_in_slot(qtbot, handler)
    assert dialog.saved_to is None
    assert not (log_folder / "recovery").exists()


def test_error_is_logged(handler, qtbot, log_folder):
    _raise_in_slot(qtbot, handler)
    text = (log_folder / logs.LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "CRITICAL" in text
    assert "test-only failure in a slot" in text


def test_copy_report_has_versions_and_log(handler, qtbot):
    dialog = _raise_in_slot(qtbot, handler)
    dialog.copy_button.click()
    report = QGuiApplication.clipboard().text()
    for name in ("BP Studio", "Python", "Qt", "PySide6", "pyqtgraph", "NumPy", "OS"):
        assert f"\n{name}: " in report
    assert "test-only failure in a slot" in report
    assert "BP Studio 0.1.0 started" in report


def test_second_error_joins_open_dialog(handler, qtbot):
    dialog = _raise_in_slot(qtbot, handler)
    faulty = Faulty()
    QTimer.singleShot(0, faulty.fire.emit)
    qtbot.waitUntil(lambda: dialog.error_count == 2)
    assert handler.dialog is dialog
    assert dialog.details.toPlainText().count("ZeroDivisionError: test-only") == 2


def test_thread_error_reaches_gui_thread(handler, qtbot):
    def work():
        raise RuntimeError("test-only failure on a thread")

    thread = threading.Thread(target=work, name="test-worker")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: handler.dialog is not None)
    assert "test-only failure on a thread" in handler.dialog.details.toPlainText()
    assert "test-worker" in handler.dialog.details.toPlainText()


def test_report_exception_uses_dialog(handler, qtbot):
    try:
        raise ValueError("test-only caught error")
    except ValueError as error:
        crash.report_exception(error)
    assert handler.dialog is not None
    assert "test-only caught error" in handler.dialog.details.toPlainText()


def test_emergency_save_falls_back_to_json(window, tmp_path, monkeypatch):
    import bpstudio.project

    def failing_save(*_args, **_kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(bpstudio.project, "save_project", failing_save)
    window.session.set_modified(True)

    path = crash.emergency_save(window, tmp_path)

    assert path.suffix == ".json"
    state = json.loads(path.read_text(encoding="utf-8"))
    assert state["network"] == window.session.network
    assert state["training"]["optimizer"] == window.session.training["optimizer"]


def test_emergency_save_without_weights_when_non_finite(window, tmp_path):
    import numpy as np

    from bpstudio.project import load_project

    weights = window.session.current_weights()
    broken = [np.full_like(array, np.nan) for array in weights]
    window.session.model.set_weights(broken)
    window.session.set_modified(True)

    path = crash.emergency_save(window, tmp_path)

    assert path.suffix == ".bpproj"
    assert load_project(path).weights == []


def test_qt_messages_reach_log(qapp, caplog):
    from PySide6.QtCore import qInfo, qInstallMessageHandler

    previous = crash.log_qt_messages()
    try:
        with caplog.at_level("INFO", logger="qt"):
            qInfo("test-only message from Qt")
    finally:
        qInstallMessageHandler(previous)
    assert ("qt", 20, "test-only message from Qt") in caplog.record_tuples


def test_hook_survives_deleted_window(qapp, qtbot, log_folder, capsys):
    from PySide6.QtWidgets import QMainWindow

    doomed = QMainWindow()
    installed = crash.install_crash_handler(qapp, doomed)
    doomed.deleteLater()
    qtbot.waitUntil(lambda: not _alive(doomed))
    try:
        installed.excepthook(RuntimeError, RuntimeError("test-only late error"), None)
    finally:
        installed.uninstall()
    assert "test-only late error" in capsys.readouterr().err


def _alive(widget):
    from shiboken6 import isValid

    return isValid(widget)
