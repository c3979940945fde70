"""Keyboard shortcuts for the window's actions, and keyboard reach for every control.

Shortcuts are assigned by the actions' objectNames, after the modules that create the
actions have run. Standard actions take Qt's platform bindings (QKeySequence.StandardKey),
so macOS users get ⌘S and Linux desktops their own variants. Where a platform has no
binding a common fallback is used: Qt 6.12 gives Quit no binding on its generic and
offscreen platforms, so Quit falls back to Ctrl+Q there. Menus show the
shortcuts beside each action by themselves.
"""

from __future__ import annotations

import logging
from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QToolBar,
    QWidget,
)

log = logging.getLogger(__name__)

StandardKey = QKeySequence.StandardKey

#: Action objectName -> the standard key it takes.
STANDARD_SHORTCUTS: dict[str, StandardKey] = {
    "newProjectAction": StandardKey.New,
    "openProjectAction": StandardKey.Open,
    "saveProjectAction": StandardKey.Save,
    "saveProjectAsAction": StandardKey.SaveAs,
    "undoAction": StandardKey.Undo,
    "redoAction": StandardKey.Redo,
    "quitAction": StandardKey.Quit,
    "userGuideAction": StandardKey.HelpContents,
    "whatsThisAction": StandardKey.WhatsThis,
}

#: Used when the platform has no binding for a standard key.
FALLBACKS: dict[StandardKey, str] = {
    StandardKey.New: "Ctrl+N",
    StandardKey.Open: "Ctrl+O",
    StandardKey.Save: "Ctrl+S",
    StandardKey.SaveAs: "Ctrl+Shift+S",
    StandardKey.Undo: "Ctrl+Z",
    StandardKey.Redo: "Ctrl+Shift+Z",
    StandardKey.Quit: "Ctrl+Q",
    StandardKey.HelpContents: "F1",
    StandardKey.WhatsThis: "Shift+F1",
}

#: Action objectName -> shortcut for actions with no standard key. The training keys follow
#: debuggers (F5 run, Shift+F5 stop, F10 step), which many teachers already know.
CUSTOM_SHORTCUTS: dict[str, str] = {
    # Ctrl+O opens projects, so importing a CSV file takes the shifted variant.
    "openCsvAction": "Ctrl+Shift+O",
    "trainAction": "F5",
    "pauseAction": "F6",
    "resumeAction": "F7",
    "stepAction": "F10",
    "stopAction": "Shift+F5",
}

#: Widget types a user operates; each must take focus from the Tab key.
CONTROL_TYPES = (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QAbstractItemView,
    QAbstractSlider,
    QTextEdit,
    QPlainTextEdit,
    QTabBar,
)


def standard_sequences(key: StandardKey) -> list[QKeySequence]:
    """Return the platform's bindings for ``key``, or the fallback when it has none."""
    bindings = QKeySequence.keyBindings(key)
    if bindings:
        return list(bindings)
    return [QKeySequence(FALLBACKS[key])]


def install_shortcuts(window: QWidget) -> dict[str, list[QKeySequence]]:
    """Assign the standard and training shortcuts to the window's actions by objectName.

    Returns objectName -> sequences for the actions found. Actions that do not exist (yet)
    are skipped; conflicts left afterwards are logged.
    """
    actions = {action.objectName(): action for action in window.findChildren(QAction)}
    assigned: dict[str, list[QKeySequence]] = {}
    for name, key in STANDARD_SHORTCUTS.items():
        if name in actions:
            assigned[name] = standard_sequences(key)
    for name, text in CUSTOM_SHORTCUTS.items():
        if name in actions and text:
            assigned[name] = [QKeySequence(text)]

    for name, sequences in assigned.items():
        action = actions[name]
        action.setShortcuts(sequences)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        _add_shortcut_to_tooltip(action)
        # A shortcut works only while its action belongs to a visible widget. Adding it to
        # the window keeps it working when its dock is hidden; adding twice does nothing.
        if action not in window.actions():
            window.addAction(action)

    for sequence, names in shortcut_conflicts(window).items():
        log.warning("shortcut %s is assigned to several actions: %s", sequence, ", ".join(names))
    return assigned


def _add_shortcut_to_tooltip(action: QAction) -> None:
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    tooltip = action.toolTip()
    if shortcut and shortcut not in tooltip:
        action.setToolTip(f"{tooltip} ({shortcut})")


def shortcut_conflicts(window: QWidget) -> dict[str, list[str]]:
    """Return shortcut text -> objectNames for every sequence that two actions share."""
    owners: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        if action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut:
            continue
        for sequence in action.shortcuts():
            if not sequence.isEmpty():
                owners[sequence.toString()].append(action.objectName() or action.text())
    return {sequence: names for sequence, names in owners.items() if len(names) > 1}


def _is_control(widget: QWidget) -> bool:
    if not isinstance(widget, CONTROL_TYPES) or isinstance(widget, QScrollBar):
        return False
    # Qt's own parts (dock title buttons "qt_dockwidget_closebutton", the line edit inside
    # a spin box or combo box) are reached through their owner or not at all by design.
    if widget.objectName().startswith("qt_"):
        return False
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractSpinBox | QComboBox | QToolBar):
        return False
    return not isinstance(widget, QLineEdit) or widget.focusProxy() is None


def keyboard_controls(window: QWidget) -> list[QWidget]:
    """Return the window's controls that a user operates (buttons, fields, lists, tabs)."""
    return [widget for widget in window.findChildren(QWidget) if _is_control(widget)]


def ensure_tab_focus(window: QWidget) -> list[str]:
    """Let Tab reach every control and leave every table; return the names of those fixed.

    Buttons on macOS and some styled widgets default to click-only focus, which leaves a
    keyboard user unable to reach them.
    """
    fixed = []
    for widget in keyboard_controls(window):
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            fixed.append(widget.objectName() or type(widget).__name__)
        # By default Tab moves between a table's cells and wraps around inside it, so a
        # keyboard user can never leave the table. The arrow keys still move between cells.
        if isinstance(widget, QAbstractItemView) and widget.tabKeyNavigation():
            widget.setTabKeyNavigation(False)
            fixed.append(widget.objectName() or type(widget).__name__)
    if fixed:
        log.debug("gave Tab focus to %d controls", len(fixed))
    return fixed


def tab_order(window: QWidget) -> list[QWidget]:
    """Return the widgets the Tab key visits in the window's current state, in order."""
    visited: list[QWidget] = []
    widget = window.nextInFocusChain()
    for _step in range(len(window.findChildren(QWidget)) + 1):
        if widget is window:
            break
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisibleTo(window)
            and widget.isEnabled()
        ):
            visited.append(widget)
        widget = widget.nextInFocusChain()
    return visited
