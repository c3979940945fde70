"""Minimum widths of the window's docks, so a restored layout never squeezes a panel.

The data panel sits in a scroll area, so its own minimum width is tiny (70 pixels). A window
state saved with the dock dragged that narrow came back with the dataset list, the column
table and the summary cut off. Each dock gets a minimum width that fits its forms;
Qt's dock layout then widens a dock that a restored state or a drag would make narrower.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

log = logging.getLogger(__name__)

#: Dock objectName -> width in average Latin letters of the dock's font that its forms need
#: (labels such as "Missing values:" beside their fields).
MINIMUM_CHARACTERS = {"dataDock": 57, "trainingDock": 48}
LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def minimum_width(dock: QDockWidget, characters: int) -> int:
    """Return the minimum width for ``characters`` average characters, or the dock's own
    minimum when that is larger."""
    # averageCharWidth() of a CJK font is the width of a Han character, twice a Latin letter's,
    # which made the docks 600 pixels wide under zh_CN; the Latin alphabet's mean is stable.
    letter_width = dock.fontMetrics().horizontalAdvance(LETTERS) / len(LETTERS)
    text_width = round(letter_width * characters)
    return max(text_width, dock.minimumSizeHint().width())


def apply_dock_minimum_widths(window: QMainWindow) -> dict[str, int]:
    """Give each known dock of ``window`` its minimum width; return the widths applied."""
    applied = {}
    for name, characters in MINIMUM_CHARACTERS.items():
        dock = window.findChild(QDockWidget, name)
        if dock is None:
            continue
        width = minimum_width(dock, characters)
        dock.setMinimumWidth(width)
        applied[name] = width
    return applied


def widen_narrow_docks(window: QMainWindow) -> list[str]:
    """Widen docked docks narrower than their minimum (after restoreState); return their names.

    Qt's layout applies the minimum width of :func:`apply_dock_minimum_widths` when it next
    runs. This function applies it at once on a shown window.
    """
    widened = []
    for name in MINIMUM_CHARACTERS:
        dock = window.findChild(QDockWidget, name)
        if dock is None or dock.isFloating() or not dock.isVisible():
            continue
        if dock.width() < dock.minimumWidth():
            window.resizeDocks([dock], [dock.minimumWidth()], Qt.Orientation.Horizontal)
            widened.append(name)
    if widened:
        log.info("widened docks restored narrower than their minimum: %s", ", ".join(widened))
    return widened
