"""File → Open Recent: the project files opened or saved last, kept in QSettings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMenu

#: QSettings key of the recently opened or saved project files, newest first.
RECENT_KEY = "projects/recent"
MAX_RECENT = 8


class RecentProjects:
    """The list of recent project paths, newest first, at most :data:`MAX_RECENT`."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def paths(self) -> list[str]:
        value = self.settings.value(RECENT_KEY, [])
        if isinstance(value, str):
            value = [value]
        return [str(path) for path in (value or [])]

    def add(self, path: str) -> None:
        path = str(Path(path).resolve())
        paths = [path] + [known for known in self.paths() if known != path]
        self.settings.setValue(RECENT_KEY, paths[:MAX_RECENT])
        self.settings.sync()

    def remove(self, path: str) -> None:
        path = str(Path(path).resolve())
        self.settings.setValue(RECENT_KEY, [known for known in self.paths() if known != path])
        self.settings.sync()

    def clear(self) -> None:
        self.settings.remove(RECENT_KEY)
        self.settings.sync()


def fill_recent_menu(menu: QMenu, recent: RecentProjects, open_project: Callable) -> None:
    """Rebuild ``menu`` with one numbered action per recent project and a Clear List entry."""
    menu.clear()
    paths = recent.paths()
    for index, path in enumerate(paths, start=1):
        action = menu.addAction(f"&{index} {Path(path).name}")
        action.setObjectName(f"recentProjectAction{index}")
        action.setStatusTip(path)
        action.triggered.connect(lambda _checked=False, chosen=path: open_project(chosen))
    if not paths:
        empty = menu.addAction(
            QCoreApplication.translate("ProjectController", "No recent projects")
        )
        empty.setObjectName("noRecentProjectsAction")
        empty.setEnabled(False)
        return
    menu.addSeparator()
    clear = menu.addAction(QCoreApplication.translate("ProjectController", "&Clear List"))
    clear.setObjectName("clearRecentProjectsAction")
    clear.triggered.connect(recent.clear)
