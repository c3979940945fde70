"""The window's layout as JSON-able data, saved in ``Project.view`` and restored on opening.

It covers the dock layout (``QMainWindow.saveState``), the selected page of every named tab
widget and the sizes of every named splitter, so a reopened project shows the same plots
in the same places.
"""

from __future__ import annotations

import base64
import logging
from typing import Any

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QMainWindow, QSplitter, QTabWidget

from bpstudio.gui.dock_widths import widen_narrow_docks

log = logging.getLogger(__name__)

#: ``Project.view`` keys written here; other panels may add keys of their own.
WINDOW_STATE_KEY = "window_state"
TABS_KEY = "tabs"
SPLITTERS_KEY = "splitters"


def capture_view(window: QMainWindow) -> dict[str, Any]:
    """Return the dock layout, selected tabs and splitter sizes of ``window``."""
    tabs = {
        tab.objectName(): tab.currentIndex()
        for tab in window.findChildren(QTabWidget)
        if tab.objectName()
    }
    splitters = {
        splitter.objectName(): splitter.sizes()
        for splitter in window.findChildren(QSplitter)
        if splitter.objectName()
    }
    state = bytes(window.saveState().data())
    return {
        WINDOW_STATE_KEY: base64.b64encode(state).decode("ascii"),
        TABS_KEY: tabs,
        SPLITTERS_KEY: splitters,
    }


def restore_view(window: QMainWindow, view: dict[str, Any]) -> None:
    """Apply what :func:`capture_view` saved; unknown names and bad values are skipped."""
    state = view.get(WINDOW_STATE_KEY)
    if isinstance(state, str) and state:
        try:
            window.restoreState(QByteArray(base64.b64decode(state, validate=True)))
        except ValueError:
            log.info("ignoring a malformed window state in the project")
        widen_narrow_docks(window)
    for name, index in _named(view.get(TABS_KEY)):
        tab = window.findChild(QTabWidget, name)
        if tab is not None and isinstance(index, int) and 0 <= index < tab.count():
            tab.setCurrentIndex(index)
    for name, sizes in _named(view.get(SPLITTERS_KEY)):
        splitter = window.findChild(QSplitter, name)
        valid = isinstance(sizes, list) and all(
            isinstance(size, int) and size >= 0 for size in sizes
        )
        if splitter is not None and valid and len(sizes) == splitter.count():
            splitter.setSizes(sizes)


def _named(entries) -> list[tuple[str, Any]]:
    return list(entries.items()) if isinstance(entries, dict) else []
