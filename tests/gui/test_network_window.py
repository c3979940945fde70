"""The builder and the data panel inside the real main window."""

import pytest
from PySide6.QtCore import QSettings

from bpstudio.gui.main_window import MainWindow
from bpstudio.gui.network import NetworkBuilder


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    # Recent files go to a scratch settings file, not the user's.
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    window = MainWindow()
    qtbot.addWidget(window)
    window.data_panel.load_sample("iris")
    window.show()
    yield window
    window.session.set_state("idle")


def test_window_holds_builder(window):
    assert isinstance(window.network_builder, NetworkBuilder)
    assert window.network_builder.undo_stack is window.undo_stack


def test_edit_menu_undoes_builder_edit(window):
    builder = window.network_builder
    session = window.session
    before = len(session.network["hidden"])
    builder.add_layer_button.click()
    assert len(session.network["hidden"]) == before + 1
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert len(session.network["hidden"]) == before
    window.redo_action.trigger()
    assert len(session.network["hidden"]) == before + 1


def test_window_opens_csv_through_preview(qtbot, window, tmp_path):
    path = tmp_path / "points.csv"
    path.write_text("x;y;label\n1,5;2,0;a\n2,5;1,0;b\n3,0;0,5;a\n0,5;3,5;b\n", encoding="utf-8")
    window.open_path(str(path), ask=True)
    dialog = window.data_panel.import_dialog
    assert dialog is not None
    assert dialog.preview.columnCount() == 3
    with qtbot.waitSignal(dialog.accepted):
        dialog.import_button.click()
    assert window.session.table.columns == ["x", "y", "label"]
    assert window.network_builder.diagram.columns[0].labels == ["x", "y"]


def test_diagram_follows_training(qtbot, window):
    builder = window.network_builder
    session = window.session
    session.set_training(dict(session.training, epochs=30, learning_rate=0.05))
    before = [builder.diagram.edge_pen(0, 0, j).color().rgb() for j in range(4)]
    before += [builder.diagram.edge_pen(0, 0, j).widthF() for j in range(4)]

    with qtbot.waitSignal(window.controller.runFinished, timeout=30_000):
        window.controller.start()
        qtbot.waitUntil(lambda: session.state == "running", timeout=5000)
        assert not builder.add_layer_button.isEnabled()
        assert builder.describe_key(("edge", 0, 0, 0)).startswith("Weight from")

    assert session.state == "idle"
    assert builder.add_layer_button.isEnabled()
    after = [builder.diagram.edge_pen(0, 0, j).color().rgb() for j in range(4)]
    after += [builder.diagram.edge_pen(0, 0, j).widthF() for j in range(4)]
    assert after != before
    kernel = session.model.get_weights()[0]
    assert f"{float(kernel[0, 0]):.4g}" in builder.describe_key(("edge", 0, 0, 0))


def test_undo_disabled_while_training(window):
    builder = window.network_builder
    session = window.session
    builder.add_layer()
    assert window.undo_action.isEnabled()

    session.set_state("running")
    assert not window.undo_action.isEnabled()
    window.undo_stack.undo()  # a programmatic undo leaves the network alone
    assert len(session.network["hidden"]) == 2

    session.set_state("idle")
    assert window.redo_action.isEnabled()  # the ignored undo moved the stack's index
