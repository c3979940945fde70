"""Autosave of unsaved work every few minutes, and recovery after a crash.

Each running BP Studio writes ``autosave-<pid>.bpproj`` (plus a small JSON note of the
project's own path and the time) into a recovery folder. It keeps ``autosave-<pid>.lock``
locked while it runs. A clean exit deletes all three. At the next start, an autosave whose lock is
no longer held belonged to a process that died, so it is offered for recovery.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QStandardPaths, QTimer
from PySide6.QtWidgets import QMessageBox

from bpstudio.errors import BPStudioError
from bpstudio.project import load_project, save_project

log = logging.getLogger(__name__)

#: Time between autosaves of unsaved changes: 3 minutes.
AUTOSAVE_INTERVAL_MS = 3 * 60 * 1000
PREFIX = "autosave-"


def default_recovery_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".bpstudio") / "recovery"


@dataclass
class RecoveryCandidate:
    """An autosave left behind by a BP Studio process that did not exit cleanly."""

    project_file: Path
    original_path: str | None
    saved_at: str

    def discard(self) -> None:
        for path in _companions(self.project_file):
            path.unlink(missing_ok=True)


class Autosaver(QObject):
    """Saves the session to the recovery folder on a timer while it has unsaved changes."""

    def __init__(
        self,
        controller,
        folder: Path | None = None,
        interval_ms: int = AUTOSAVE_INTERVAL_MS,
    ) -> None:
        super().__init__(controller)
        self.setObjectName("autosaver")
        self.controller = controller
        self.session = controller.session
        self.folder = Path(folder) if folder is not None else default_recovery_folder()
        self.project_file = self.folder / f"{PREFIX}{os.getpid()}.bpproj"
        self._dirty = False
        self._lock: QLockFile | None = None

        for signal in (
            self.session.historyChanged,
            self.session.networkChanged,
            self.session.dataChanged,
            self.session.trainingSettingsChanged,
        ):
            signal.connect(self._mark_dirty)
        controller.projectSaved.connect(lambda _path: self.discard())
        controller.projectOpened.connect(lambda _path: self.discard())
        self.timer = QTimer(self)
        self.timer.setObjectName("autosaveTimer")
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.autosave)
        self.timer.start()
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self.shutdown)

    def _mark_dirty(self, *_args) -> None:
        self._dirty = True

    def autosave(self) -> bool:
        """Write the autosave now if there are unsaved changes since the last one."""
        if not (self._dirty and self.session.modified):
            return False
        if not self._hold_lock():
            return False
        project = self.controller.snapshot()
        try:
            save_project(self.project_file, project)
            note = {
                "project_path": self.session.project_path,
                "saved_at": datetime.now().astimezone().isoformat(timespec="seconds"),
            }
            _note_path(self.project_file).write_text(json.dumps(note), encoding="utf-8")
        except (BPStudioError, OSError) as error:
            log.warning("autosave to %s failed: %s", self.project_file, error)
            return False
        self._dirty = False
        log.info("autosaved to %s", self.project_file)
        return True

    def discard(self) -> None:
        """Delete this process's autosave (after a save, or when nothing needs recovering)."""
        for path in _companions(self.project_file)[:2]:
            path.unlink(missing_ok=True)
        self._dirty = False

    def shutdown(self) -> None:
        """Stop autosaving and remove the autosave and its lock: a clean exit."""
        self.timer.stop()
        self.discard()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def _hold_lock(self) -> bool:
        if self._lock is not None:
            return True
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            log.warning("cannot create the recovery folder %s: %s", self.folder, error)
            return False
        lock = QLockFile(str(_lock_path(self.project_file)))
        lock.setStaleLockTime(0)
        if not lock.tryLock(0):
            log.warning("cannot lock %s; autosave is off", _lock_path(self.project_file))
            return False
        self._lock = lock
        return True


def find_recoverable(folder: Path | None = None) -> list[RecoveryCandidate]:
    """Return autosaves of processes that died, newest first."""
    folder = Path(folder) if folder is not None else default_recovery_folder()
    if not folder.is_dir():
        return []
    own = f"{PREFIX}{os.getpid()}.bpproj"
    candidates = []
    for project_file in folder.glob(f"{PREFIX}*.bpproj"):
        if project_file.name == own or _is_locked(project_file):
            continue
        note = {}
        try:
            note = json.loads(_note_path(project_file).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            log.info("autosave %s has no readable note", project_file)
        candidates.append(
            RecoveryCandidate(
                project_file=project_file,
                original_path=note.get("project_path") if isinstance(note, dict) else None,
                saved_at=str(note.get("saved_at", "")) if isinstance(note, dict) else "",
            )
        )
    candidates.sort(key=lambda candidate: candidate.project_file.stat().st_mtime, reverse=True)
    return candidates


def offer_recovery(controller, folder: Path | None = None, ask=None) -> bool:
    """Offer the newest autosave of a crashed session; return True when it was restored.

    ``ask(window, candidate)`` returns "restore", "discard" or "later". By default a message box
    prompts the user.
    Older autosaves are removed once the newest was restored or discarded.
    """
    candidates = find_recoverable(folder)
    if not candidates:
        return False
    newest = candidates[0]
    answer = (ask or _ask_user)(controller.window, newest)
    if answer == "later":
        return False
    restored = False
    if answer == "restore":
        try:
            project = load_project(newest.project_file)
        except BPStudioError as error:
            log.warning("autosave %s cannot be read: %s", newest.project_file, error)
            from bpstudio.gui.error_messages import show_error

            show_error(controller.window, error)
        else:
            controller.apply(project, newest.original_path, modified=True)
            restored = True
    for candidate in candidates:
        candidate.discard()
    return restored


def _ask_user(window, candidate: RecoveryCandidate) -> str:
    box = QMessageBox(window)
    box.setObjectName("recoveryBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Autosave", "Recover unsaved work"))
    name = (
        Path(candidate.original_path).name
        if candidate.original_path
        else QCoreApplication.translate("Autosave", "Untitled")
    )
    box.setText(
        QCoreApplication.translate("Autosave", "BP Studio did not close properly last time.")
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Autosave", "Restore the project “{name}” as it was autosaved at {time}?"
        ).format(
            name=name,
            time=candidate.saved_at or QCoreApplication.translate("Autosave", "an unknown time"),
        )
    )
    restore = box.addButton(
        QCoreApplication.translate("Autosave", "&Restore"), QMessageBox.ButtonRole.AcceptRole
    )
    restore.setObjectName("restoreAutosaveButton")
    discard = box.addButton(
        QCoreApplication.translate("Autosave", "&Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    discard.setObjectName("discardAutosaveButton")
    later = box.addButton(
        QCoreApplication.translate("Autosave", "Ask &Later"), QMessageBox.ButtonRole.RejectRole
    )
    later.setObjectName("laterAutosaveButton")
    box.setDefaultButton(restore)
    box.exec()
    clicked = box.clickedButton()
    if clicked is restore:
        return "restore"
    return "discard" if clicked is discard else "later"


def _is_locked(project_file: Path) -> bool:
    lock = QLockFile(str(_lock_path(project_file)))
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        lock.unlock()
        return False
    return True


def _note_path(project_file: Path) -> Path:
    return project_file.with_suffix(".json")


def _lock_path(project_file: Path) -> Path:
    return project_file.with_suffix(".lock")


def _companions(project_file: Path) -> list[Path]:
    return [project_file, _note_path(project_file), _lock_path(project_file)]
