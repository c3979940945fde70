"""Unexpected errors: log them, save the user's work, and show a dialog with a report to copy.

:func:`install_crash_handler` replaces ``sys.excepthook`` and ``threading.excepthook``.
PySide6 hands an exception raised in a slot, a virtual method or a timer callback to
``sys.excepthook`` (checked with PySide6 6.12), so one hook covers them all. An exception
on another thread is passed to the GUI thread through a queued signal. Code that catches an
error it cannot handle can call :func:`report_exception`.

Typed :class:`bpstudio.errors.BPStudioError` errors are expected and are shown by the
panels; this module is for bugs.
"""

from __future__ import annotations

import json
import logging
import sys
import threading
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from bpstudio import logs

log = logging.getLogger(__name__)

#: Lines of the log file included in a copied report.
REPORT_LOG_LINES = 100
#: The handler installed last, used by report_exception.
_current_handler: CrashHandler | None = None


# ----------------------------------------------------------------- report


def versions() -> dict[str, str]:
    """Return the versions a bug report needs, from BP Studio to the operating system."""
    import platform

    import numpy
    import pyqtgraph
    import PySide6
    from PySide6.QtCore import qVersion

    from bpstudio import __version__

    return {
        "BP Studio": __version__,
        "Python": platform.python_version(),
        "Qt": qVersion(),
        "PySide6": PySide6.__version__,
        "pyqtgraph": pyqtgraph.__version__,
        "NumPy": numpy.__version__,
        "OS": platform.platform(),
    }


def build_report(details: str, saved_to: Path | None = None) -> str:
    """Return the text "Copy report" puts on the clipboard: versions, error, log tail."""
    lines = ["BP Studio error report", ""]
    lines += [f"{name}: {value}" for name, value in versions().items()]
    lines += ["", "Error:", details.rstrip()]
    if saved_to is not None:
        lines += ["", f"Emergency save: {saved_to}"]
    tail = logs.read_log_tail(REPORT_LOG_LINES)
    lines += [
        "",
        f"Last {REPORT_LOG_LINES} lines of {logs.log_file()}:",
        tail.rstrip() or "(empty)",
    ]
    return "\n".join(lines) + "\n"


# ----------------------------------------------------------------- emergency save


def emergency_save(window: QWidget | None, folder: Path | None = None) -> Path | None:
    """Save the window's unsaved work into the recovery folder; return the file written.

    Returns None when there is nothing unsaved. Tries, in order: the full project with its
    data embedded, the project without embedded data, the project without weights (a
    diverged network has non-finite weights, which project files reject), and last a JSON
    file of the settings and history. Raises OSError only when even the JSON cannot be
    written.
    """
    session = getattr(window, "session", None)
    if session is None or not getattr(session, "modified", True):
        return None
    folder = Path(folder) if folder is not None else logs.recovery_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")

    try:
        from bpstudio.project import PROJECT_SUFFIX, save_project

        project = _snapshot(window, session)
    except Exception:
        log.exception("could not take a project snapshot for the emergency save")
    else:
        path = _unused_path(folder / f"recovery-{stamp}{PROJECT_SUFFIX}")
        attempts = (
            ("with embedded data", True, False),
            ("without embedded data", False, False),
            ("without weights", False, True),
        )
        for label, embed, drop_weights in attempts:
            if drop_weights:
                project.weights = []
            try:
                save_project(path, project, embed_data=embed)
            except Exception:
                log.exception("emergency save %s failed", label)
            else:
                log.warning("emergency save %s written to %s", label, path)
                return path

    path = _unused_path(folder / f"recovery-{stamp}.json")
    path.write_text(json.dumps(_plain_state(session), indent=2, default=str), encoding="utf-8")
    log.warning("emergency save of the settings written to %s", path)
    return path


def _snapshot(window: QWidget, session: Any):
    controller = window.findChild(QObject, "projectController")
    if controller is not None and hasattr(controller, "snapshot"):
        return controller.snapshot()
    try:
        from bpstudio.gui.project_io import session_project
    except ImportError:
        return session.to_project()
    return session_project(session)


def _plain_state(session: Any) -> dict[str, Any]:
    preprocess = getattr(session, "preprocess", None)
    return {
        "source": getattr(session, "source", None),
        "preprocess": preprocess.to_dict() if hasattr(preprocess, "to_dict") else None,
        "network": getattr(session, "network", None),
        "training": getattr(session, "training", None),
        "history": getattr(session, "history", None),
        "markers": getattr(session, "markers", None),
        "notes": getattr(session, "notes", ""),
    }


def _unused_path(path: Path) -> Path:
    candidate, index = path, 1
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{index}{path.suffix}")
        index += 1
    return candidate


# ----------------------------------------------------------------- dialog


class CrashDialog(QDialog):
    """The unexpected-error dialog: what happened, where the work went, a report to copy."""

    def __init__(
        self,
        details: str,
        saved_to: Path | None,
        save_error: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Unexpected Error"))
        self.saved_to = saved_to
        self.error_count = 1

        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(32)
        )
        self.summary_label = QLabel(
            self.tr(
                "BP Studio ran into an error it did not expect. You can keep working, but "
                "save your project under a new name first."
            )
        )
        self.summary_label.setObjectName("crashSummaryLabel")
        self.summary_label.setWordWrap(True)
        self.saved_label = QLabel(self._saved_text(saved_to, save_error))
        self.saved_label.setObjectName("crashSavedLabel")
        self.saved_label.setWordWrap(True)
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(details)
        self.details.setObjectName("crashDetails")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("&Copy Report"))
        self.copy_button.setObjectName("copyReportButton")
        self.copy_button.setToolTip(
            self.tr("Copy the error, the versions and the end of the log to send to a teacher")
        )
        self.folder_button = QPushButton(self.tr("Open &Log Folder"))
        self.folder_button.setObjectName("openLogFolderButton")
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("crashCloseButton")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        self.folder_button.clicked.connect(open_log_folder)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.saved_label)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        # The size is not tied to the layout's minimum: each change of that minimum on a
        # shown window makes Qt's offscreen platform warn about propagateSizeHints.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(420, 300)
        self.resize(640, 420)

    def _saved_text(self, saved_to: Path | None, save_error: str | None) -> str:
        if saved_to is not None:
            return self.tr("Your unsaved work was saved to {path}").format(path=saved_to)
        if save_error is not None:
            return self.tr("Your unsaved work could not be saved: {reason}").format(
                reason=save_error
            )
        return self.tr("There were no unsaved changes.")

    def add_error(self, details: str) -> None:
        """Append a further error that happened while this dialog was open."""
        self.error_count += 1
        self.details.appendPlainText("\n" + details)
        self.setWindowTitle(self.tr("Unexpected Errors ({count})").format(count=self.error_count))

    def report(self) -> str:
        return build_report(self.details.toPlainText(), self.saved_to)

    @Slot()
    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report())
        self.copy_button.setText(self.tr("Copied"))


def open_log_folder() -> bool:
    """Open the log folder in the system's file manager; return False if that failed."""
    folder = logs.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
    if not opened:
        log.warning("could not open the log folder %s", folder)
    return opened


# ----------------------------------------------------------------- hook


class CrashHandler(QObject):
    """Receives uncaught exceptions, saves the window's work once and shows one dialog.

    Further errors while the dialog is open are added to it, so a slot that fails on every
    timer tick does not open a dialog per tick.
    """

    #: Emitted from any thread with the formatted traceback; handled on the GUI thread.
    errorCaught = Signal(str)  # noqa: N815

    def __init__(self, app: QApplication, window: QWidget | None = None) -> None:
        super().__init__(app)
        self.setObjectName("crashHandler")
        self.app = app
        self.window = window
        self.dialog: CrashDialog | None = None
        self._previous_hook = None
        self._previous_thread_hook = None
        self.errorCaught.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        global _current_handler

        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.excepthook
        threading.excepthook = self._thread_excepthook
        _current_handler = self

    def uninstall(self) -> None:
        """Put back the hooks that were there before :meth:`install`."""
        global _current_handler

        if self._previous_hook is not None:
            sys.excepthook = self._previous_hook
            threading.excepthook = self._previous_thread_hook
            self._previous_hook = None
        if _current_handler is self:
            _current_handler = None

    def excepthook(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            (self._previous_hook or sys.__excepthook__)(exc_type, exc, tb)
            self.app.quit()
            return
        log.critical("unexpected error", exc_info=(exc_type, exc, tb))
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        if QThread.currentThread() is not self.thread():
            self.errorCaught.emit(details)
            return
        try:
            self._show(details)
        except Exception:
            # The window may already be gone (an error while quitting); the error is logged
            # above, and standard error still gets the original traceback.
            log.exception("could not show the unexpected-error dialog")
            sys.__excepthook__(exc_type, exc, tb)

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        thread_name = args.thread.name if args.thread is not None else "unknown"
        log.critical(
            "unexpected error on thread %s",
            thread_name,
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )
        details = "".join(
            traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)
        )
        self.errorCaught.emit(f"Thread {thread_name}:\n{details}")

    @Slot(str)
    def _show(self, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add_error(details)
            return
        saved_to, save_error = None, None
        try:
            saved_to = emergency_save(self.window)
        except Exception as error:
            log.exception("the emergency save failed")
            save_error = str(error)
        parent = self.window if self.window is not None and self.window.isVisible() else None
        self.dialog = CrashDialog(details, saved_to, save_error, parent)
        # open() returns at once: the dialog is modal to the window but runs in the main
        # event loop, so no nested loop starts inside the exception hook.
        self.dialog.open()


def log_qt_messages():
    """Send Qt's own messages (qWarning and the like) to the log; return the previous handler.

    Qt still aborts on a warning under ``QT_FATAL_WARNINGS=1`` with this handler installed
    (checked with Qt 6.12). Tests leave it out because pytest-qt installs its own handler.
    """
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }
    qt_log = logging.getLogger("qt")

    def handler(kind: QtMsgType, _context, message: str) -> None:
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    return qInstallMessageHandler(handler)


def install_crash_handler(app: QApplication, window: QWidget | None = None) -> CrashHandler:
    """Route every uncaught exception to the unexpected-error dialog for ``window``."""
    handler = CrashHandler(app, window)
    handler.install()
    return handler


def report_exception(error: BaseException) -> None:
    """Show ``error`` in the unexpected-error dialog (or log it when no handler is installed)."""
    if _current_handler is None:
        log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
        return
    _current_handler.excepthook(type(error), error, error.__traceback__)
