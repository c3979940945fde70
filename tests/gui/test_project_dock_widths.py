"""A restored window state never squeezes the Data or Training dock below its forms' width."""

from PySide6.QtCore import Qt

from bpstudio.gui import settings
from bpstudio.gui.dock_widths import MINIMUM_CHARACTERS, apply_dock_minimum_widths
from bpstudio.gui.window_state import capture_view, restore_view


def squeeze_docks(qtbot, window, width=70):
    """Drag both docks as narrow as Qt allows without the minimum widths."""
    for dock in (window.data_dock, window.training_dock):
        dock.setMinimumWidth(0)
    window.resizeDocks(
        [window.data_dock, window.training_dock], [width, width], Qt.Orientation.Horizontal
    )
    qtbot.waitUntil(lambda: window.data_dock.width() < 100, timeout=2000)


def test_docks_have_form_minimum_widths(window):
    applied = apply_dock_minimum_widths(window)

    assert set(applied) == set(MINIMUM_CHARACTERS)
    assert window.data_dock.minimumWidth() >= 250
    assert window.training_dock.minimumWidth() >= 250
    assert window.data_dock.width() >= window.data_dock.minimumWidth()


def test_dragging_cannot_squeeze_data_dock(qtbot, window):
    window.resizeDocks([window.data_dock], [70], Qt.Orientation.Horizontal)
    qtbot.wait(50)

    assert window.data_dock.width() >= window.data_dock.minimumWidth() >= 250


def test_saved_narrow_state_restores_wide(qtbot, window):
    squeeze_docks(qtbot, window)
    settings.save_window_state(window)
    window.session.set_modified(False)

    from bpstudio.gui.app import create_window

    reopened = create_window()
    qtbot.addWidget(reopened)
    reopened.show()
    qtbot.waitExposed(reopened)
    try:
        qtbot.waitUntil(lambda: reopened.data_dock.width() > 100, timeout=2000)
        assert reopened.data_dock.width() >= reopened.data_dock.minimumWidth() >= 250
        assert reopened.training_dock.width() >= reopened.training_dock.minimumWidth()
    finally:
        reopened.session.set_modified(False)
        reopened.close()


def test_project_view_with_narrow_dock_restores_wide(qtbot, window):
    squeeze_docks(qtbot, window)
    view = capture_view(window)
    apply_dock_minimum_widths(window)
    window.resizeDocks([window.data_dock], [400], Qt.Orientation.Horizontal)

    restore_view(window, view)

    assert window.data_dock.width() >= window.data_dock.minimumWidth() >= 250
