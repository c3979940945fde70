"""Keyboard: standard and training shortcuts trigger their actions; Tab reaches every control."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu

from bpstudio.gui import shortcuts

# objectName -> the key press that must trigger it (the platform binding on Linux).
KEYS = {
    "newProjectAction": (Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier),
    "openProjectAction": (Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier),
    "saveProjectAction": (Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier),
    "saveProjectAsAction": (
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    ),
    "undoAction": (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier),
    "redoAction": (Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier),
    "quitAction": (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    "userGuideAction": (Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier),
    "trainAction": (Qt.Key.Key_F5, Qt.KeyboardModifier.NoModifier),
    "pauseAction": (Qt.Key.Key_F6, Qt.KeyboardModifier.NoModifier),
    "resumeAction": (Qt.Key.Key_F7, Qt.KeyboardModifier.NoModifier),
    "stepAction": (Qt.Key.Key_F10, Qt.KeyboardModifier.NoModifier),
    "stopAction": (Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier),
    "openCsvAction": (
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    ),
}


def _action(window, name):
    action = window.findChild(QAction, name)
    assert action is not None, f"no action named {name}"
    return action


@pytest.fixture
def active_window(window, qtbot):
    window.activateWindow()
    qtbot.waitActive(window)
    return window


@pytest.mark.parametrize("name", sorted(KEYS))
def test_shortcut_triggers_action(active_window, name):
    action = _action(active_window, name)
    # Only the key-to-action route is under test: the action's own slots (file dialogs,
    # training) are disconnected and the action is enabled whatever the window's state.
    action.triggered.disconnect()
    action.setEnabled(True)
    hits = []
    action.triggered.connect(lambda *_args: hits.append(name))

    key, modifiers = KEYS[name]
    QTest.keyClick(active_window, key, modifiers)

    assert hits == [name]


def test_no_shortcut_is_shared(window):
    assert shortcuts.shortcut_conflicts(window) == {}


def test_quit_has_fallback_where_platform_has_none(window, monkeypatch):
    monkeypatch.setattr(QKeySequence, "keyBindings", lambda _key: [])
    fallback = shortcuts.standard_sequences(QKeySequence.StandardKey.Quit)
    assert [sequence.toString() for sequence in fallback] == ["Ctrl+Q"]
    assert not _action(window, "quitAction").shortcut().isEmpty()


@pytest.mark.parametrize(
    ("menu_name", "action_name"),
    [
        ("fileMenu", "newProjectAction"),
        ("fileMenu", "saveProjectAction"),
        ("fileMenu", "quitAction"),
        ("editMenu", "undoAction"),
        ("trainMenu", "trainAction"),
        ("trainMenu", "stepAction"),
        ("trainMenu", "stopAction"),
        ("helpMenu", "userGuideAction"),
        ("helpMenu", "whatsThisAction"),
    ],
)
def test_menu_shows_shortcut(window, menu_name, action_name):
    menu = window.findChild(QMenu, menu_name)
    action = _action(window, action_name)
    assert action in menu.actions()
    assert not action.shortcut().isEmpty()


def test_toolbutton_tooltip_names_shortcut(window):
    assert "F5" in _action(window, "trainAction").toolTip()


def test_every_control_reachable_by_tab(window):
    order = shortcuts.tab_order(window)
    missing = [
        widget.objectName() or type(widget).__name__
        for widget in shortcuts.keyboard_controls(window)
        if widget.isVisibleTo(window) and widget.isEnabled() and widget not in order
    ]
    assert order
    assert missing == []


def test_tab_key_moves_through_controls(active_window, qtbot):
    order = shortcuts.tab_order(active_window)
    order[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: order[0].hasFocus())
    visited = []
    for _ in range(len(order)):
        QTest.keyClick(active_window.focusWidget(), Qt.Key.Key_Tab)
        focused = active_window.focusWidget()
        visited.append(focused.objectName() or focused.parentWidget().objectName())
    # Tab leaves the network builder's table and reaches the data and training docks.
    for name in ("layerTable", "lossCombo", "sampleList", "learningRateSpin", "trainButton"):
        assert name in visited
