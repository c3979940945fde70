"""File menu projects: save, reopen exactly, unsaved-changes prompt, recent files, autosave."""

import shutil

import numpy as np
import pytest
from PySide6.QtGui import QKeySequence

from bpstudio.gui import autosave, project_io
from bpstudio.project import load_project, save_project


@pytest.fixture
def controller(window):
    return window.project_controller


@pytest.fixture
def shown_project_errors(monkeypatch):
    errors = []
    monkeypatch.setattr(project_io, "show_error", lambda parent, error: errors.append(error))
    return errors


@pytest.fixture
def answers(monkeypatch, controller):
    """Answers to the unsaved-changes question, with prompts on as for a real user."""
    given = {"value": "cancel", "asked": 0}

    def ask(_window):
        given["asked"] += 1
        return given["value"]

    controller.prompts_enabled = True
    monkeypatch.setattr(project_io, "ask_unsaved_changes", ask)
    return given


def train_in_session(session, epochs=3):
    """Train the session's model directly (no worker) and record the history."""
    prepared = session.prepared
    history = session.model.fit(
        prepared.x_train,
        prepared.y_train,
        epochs=epochs,
        batch_size=16,
        validation_data=(prepared.x_val, prepared.y_val),
    )
    rows = [{key: values[i] for key, values in history.history.items()} for i in range(epochs)]
    session.extend_history(rows)
    session.weightsChanged.emit()
    session.set_modified()


def test_file_menu_actions(window):
    names = [action.objectName() for action in window.menu("fileMenu").actions()]
    for name in (
        "newProjectAction",
        "openProjectAction",
        "saveProjectAction",
        "saveProjectAsAction",
        "embedDataAction",
    ):
        assert name in names
    assert window.findChild(type(window.menu("fileMenu")), "recentProjectsMenu") is not None
    assert window.findChild(type(window.menu("fileMenu")), "exportMenu") is not None
    save = window.findChild(type(window.project_controller.save_action), "saveProjectAction")
    assert save.shortcut().matches(QKeySequence(QKeySequence.StandardKey.Save)) is not None
    tools = [action.objectName() for action in window.menu("toolsMenu").actions()]
    assert "evaluateAction" in tools
    assert "predictAction" in tools


def test_title_marks_unsaved_changes(window, controller):
    assert window.windowTitle() == "Untitled[*] — BP Studio"
    assert not window.isWindowModified()

    window.session.set_modified()

    assert window.isWindowModified()


def test_save_and_reopen_restores_session(window, controller, tmp_path):
    session = window.session
    train_in_session(session)
    session.notes = "第一次实验"
    weights = [array.copy() for array in session.model.get_weights()]
    history = {key: list(values) for key, values in session.history.items()}
    window.training_dock.hide()
    path = tmp_path / "lab.bpproj"

    assert controller.save_to(str(path))

    assert not session.modified
    assert window.windowTitle() == "lab.bpproj[*] — BP Studio"
    assert controller.recent_paths()[0] == str(path.resolve())

    session.reset_weights()
    session.clear_history()
    session.notes = ""
    window.training_dock.show()
    assert controller.open_project(str(path), ask=False)

    for restored, saved in zip(session.model.get_weights(), weights, strict=True):
        np.testing.assert_array_equal(restored, saved)
    assert session.history == history
    assert session.notes == "第一次实验"
    assert window.training_dock.isHidden()
    assert not session.modified


def test_reopened_project_redraws_loss_curve(window, controller, tmp_path):
    from bpstudio.gui.plots.curves import CurvesView

    train_in_session(window.session, epochs=4)
    path = tmp_path / "curves.bpproj"
    controller.save_to(str(path))
    window.session.clear_history()

    controller.open_project(str(path), ask=False)

    view = window.findChild(CurvesView, "curvesView")
    view.redraw()
    _x, y = view.curves["loss"].getData()
    np.testing.assert_allclose(y, window.session.history["loss"])
    assert len(y) == 4


def test_unsaved_changes_cancel_keeps_session(window, controller, answers):
    window.session.notes = "keep me"
    window.session.set_modified()

    assert not controller.new_project()

    assert answers["asked"] == 1
    assert window.session.notes == "keep me"


def test_unsaved_changes_discard_starts_new(window, controller, answers):
    answers["value"] = "discard"
    window.session.notes = "throw away"
    window.session.set_modified()

    assert controller.new_project()

    assert window.session.notes == ""
    assert not window.session.modified
    assert window.windowTitle() == "Untitled[*] — BP Studio"


def test_unsaved_changes_save_writes_file(window, controller, answers, tmp_path):
    answers["value"] = "save"
    path = tmp_path / "kept.bpproj"
    controller.save_to(str(path))
    window.session.notes = "saved on the way out"
    window.session.set_modified()

    assert controller.new_project()

    assert load_project(path).notes == "saved on the way out"


def test_close_with_unsaved_changes_can_be_cancelled(qtbot, window, controller, answers):
    window.session.set_modified()

    window.close()

    assert answers["asked"] == 1
    assert window.isVisible()
    # The fixture closes the window after the test; let that close go through.
    answers["value"] = "discard"


def test_offscreen_never_prompts(window, controller, monkeypatch):
    monkeypatch.setattr(project_io, "ask_unsaved_changes", pytest.fail)
    window.session.set_modified()
    assert not controller.prompts_enabled
    assert controller.maybe_save()


def test_damaged_project_shows_error(window, controller, tmp_path, shown_project_errors):
    path = tmp_path / "bad.bpproj"
    path.write_bytes(b"PK\x03\x04 not really")
    before = window.session.table

    assert not controller.open_project(str(path), ask=False)

    assert [error.kind for error in shown_project_errors] == ["project.damaged"]
    assert window.session.table is before


def test_missing_recent_project_is_forgotten(window, controller, tmp_path, shown_project_errors):
    path = tmp_path / "gone.bpproj"
    controller.save_to(str(path))
    path.unlink()

    assert not controller.open_project(str(path), ask=False)

    assert str(path.resolve()) not in controller.recent_paths()
    assert shown_project_errors[0].kind == "project.not_found"


def test_recent_menu_lists_projects(window, controller, tmp_path):
    for name in ("a.bpproj", "b.bpproj"):
        controller.save_to(str(tmp_path / name))

    controller.recent_menu.aboutToShow.emit()

    texts = [action.text() for action in controller.recent_menu.actions() if action.text()]
    assert texts[:2] == ["&1 b.bpproj", "&2 a.bpproj"]


def test_embedded_data_survives_moving_the_csv(window, controller, tmp_path):
    csv_path = tmp_path / "points.csv"
    csv_path.write_text(
        "x,y,label\n" + "".join(f"{i % 7},{(i * 3) % 5},{'ab'[i % 2]}\n" for i in range(40)),
        encoding="utf-8",
    )
    window.session.open_csv(str(csv_path))
    controller.embed_action.setChecked(True)
    path = tmp_path / "travels.bpproj"
    controller.save_to(str(path))
    csv_path.unlink()
    window.session.load_sample()

    assert controller.open_project(str(path), ask=False)

    assert window.session.table.columns == ["x", "y", "label"]
    assert window.session.table.n_rows == 40
    assert controller.embed_action.isChecked()


def test_snapshot_during_training_uses_report_weights(window, controller):
    live = [np.full_like(array, 0.5) for array in window.session.model.get_weights()]
    window.session.live_weights = live
    try:
        project = controller.snapshot()
    finally:
        window.session.live_weights = None
    np.testing.assert_array_equal(project.weights[0], live[0])


def test_autosave_and_recovery(window, controller, tmp_path):
    saver = autosave.Autosaver(controller, folder=tmp_path, interval_ms=60_000)
    try:
        train_in_session(window.session)
        window.session.notes = "before the crash"

        assert saver.autosave()
        assert saver.project_file.exists()
        assert autosave.find_recoverable(tmp_path) == []

        # A process that died leaves its autosave without a held lock.
        crashed = tmp_path / "autosave-999999.bpproj"
        shutil.copy(saver.project_file, crashed)
        shutil.copy(saver.project_file.with_suffix(".json"), crashed.with_suffix(".json"))
        window.session.notes = ""
        window.session.set_modified(False)

        restored = autosave.offer_recovery(controller, tmp_path, ask=lambda w, c: "restore")

        assert restored
        assert window.session.notes == "before the crash"
        assert window.session.modified
        assert not crashed.exists()
    finally:
        saver.shutdown()
    assert not saver.project_file.exists()


def test_autosave_skips_saved_sessions(window, controller, tmp_path):
    saver = autosave.Autosaver(controller, folder=tmp_path, interval_ms=60_000)
    try:
        window.session.set_modified(False)
        window.session.historyChanged.emit()
        assert not saver.autosave()
        assert not saver.project_file.exists()
    finally:
        saver.shutdown()


def test_recovery_can_be_discarded(window, controller, tmp_path):
    crashed = tmp_path / "autosave-999998.bpproj"
    save_project(crashed, controller.snapshot())

    restored = autosave.offer_recovery(controller, tmp_path, ask=lambda w, c: "discard")

    assert not restored
    assert not crashed.exists()


def test_saving_clears_the_autosave(window, controller, tmp_path):
    saver = autosave.Autosaver(controller, folder=tmp_path, interval_ms=60_000)
    try:
        window.session.set_modified()
        window.session.historyChanged.emit()
        saver.autosave()
        controller.save_to(str(tmp_path / "real.bpproj"))
        assert not saver.project_file.exists()
    finally:
        saver.shutdown()


def test_save_failure_shows_error(window, controller, tmp_path, shown_project_errors):
    assert not controller.save_to(str(tmp_path / "missing" / "x.bpproj"))
    assert shown_project_errors[0].kind == "project.save_failed"
    assert window.windowTitle().startswith("Untitled")


def test_moved_data_found_beside_project(window, controller, tmp_path):
    first = tmp_path / "week1"
    first.mkdir()
    csv_path = first / "points.csv"
    csv_path.write_text(
        "x,y,label\n" + "".join(f"{i % 5},{(i * 7) % 3},{'pq'[i % 2]}\n" for i in range(30)),
        encoding="utf-8",
    )
    window.session.open_csv(str(csv_path))
    controller.save_to(str(first / "lab.bpproj"))
    moved = tmp_path / "week2"
    first.rename(moved)

    assert controller.open_project(str(moved / "lab.bpproj"), ask=False)

    assert window.session.table.n_rows == 30
    assert window.session.source["path"] == str(moved / "points.csv")


def test_missing_data_reported(window, controller, tmp_path, shown_project_errors):
    csv_path = tmp_path / "gone.csv"
    csv_path.write_text("x,label\n" + "".join(f"{i},{'ab'[i % 2]}\n" for i in range(20)))
    window.session.open_csv(str(csv_path))
    controller.save_to(str(tmp_path / "lab.bpproj"))
    csv_path.unlink()

    assert not controller.open_project(str(tmp_path / "lab.bpproj"), ask=False)

    assert shown_project_errors[0].kind == "project.data_not_found"


def test_lock_of_dead_process_allows_recovery(tmp_path, controller):
    import subprocess
    import sys

    crashed = tmp_path / "autosave-424242.bpproj"
    save_project(crashed, controller.snapshot())
    probe = (
        "import os, sys\n"
        "from PySide6.QtCore import QLockFile\n"
        "lock = QLockFile(sys.argv[1])\n"
        "assert lock.tryLock(0)\n"
        "os._exit(0)\n"
    )
    subprocess.run(
        [sys.executable, "-c", probe, str(crashed.with_suffix(".lock"))], check=True, timeout=60
    )
    assert crashed.with_suffix(".lock").exists()

    candidates = autosave.find_recoverable(tmp_path)

    assert [candidate.project_file for candidate in candidates] == [crashed]


def test_lock_of_running_process_is_respected(tmp_path, controller):
    from PySide6.QtCore import QLockFile

    running = tmp_path / "autosave-434343.bpproj"
    save_project(running, controller.snapshot())
    lock = QLockFile(str(running.with_suffix(".lock")))
    assert lock.tryLock(0)
    try:
        assert autosave.find_recoverable(tmp_path) == []
    finally:
        lock.unlock()


def test_reopen_restores_network_and_settings(window, controller, tmp_path):
    from PySide6.QtWidgets import QAbstractSpinBox

    session = window.session
    network = {
        **session.network,
        "hidden": [{"units": 6, "activation": "relu"}, {"units": 3, "activation": "tanh"}],
    }
    session.set_network(network)
    session.set_training({**session.training, "learning_rate": 0.05, "epochs": 77})
    path = tmp_path / "settings.bpproj"
    controller.save_to(str(path))

    assert controller.new_project()
    assert session.network["hidden"] != network["hidden"]
    assert controller.open_project(str(path), ask=False)

    assert session.network["hidden"] == network["hidden"]
    assert session.training["learning_rate"] == 0.05
    assert [layer.units for layer in session.model.layers] == [6, 3, 1]
    epochs = window.findChild(QAbstractSpinBox, "epochsSpin")
    if epochs is not None:
        assert epochs.value() == 77


def test_notes_dialog_edits_session_notes(window, controller, tmp_path):
    dialog = controller.edit_notes()
    dialog.editor.setPlainText("实验要求: 比较 tanh 与 relu")
    dialog.accept()

    assert window.session.notes == "实验要求: 比较 tanh 与 relu"
    assert window.session.modified
    controller.save_to(str(tmp_path / "notes.bpproj"))
    window.session.notes = ""
    controller.open_project(str(tmp_path / "notes.bpproj"), ask=False)
    assert window.session.notes == "实验要求: 比较 tanh 与 relu"
    assert "notes" in window.statusBar().currentMessage()


def test_notes_dialog_cancel_keeps_notes(window, controller):
    window.session.notes = "keep"
    window.session.set_modified(False)
    dialog = controller.edit_notes()
    dialog.editor.setPlainText("changed")
    dialog.reject()
    assert window.session.notes == "keep"
    assert not window.session.modified


def test_reopen_restores_tabs_and_splitters(window, controller, tmp_path):
    from PySide6.QtWidgets import QSplitter, QTabWidget

    tabs = [tab for tab in window.findChildren(QTabWidget) if tab.objectName() and tab.count() > 1]
    assert tabs
    splitter = window.findChild(QSplitter, "centralSplitter")
    total = sum(splitter.sizes())
    for tab in tabs:
        tab.setCurrentIndex(tab.count() - 1)
    splitter.setSizes([total // 4, total - total // 4])
    chosen = {tab.objectName(): tab.currentIndex() for tab in tabs}
    sizes = splitter.sizes()
    path = tmp_path / "layout.bpproj"
    controller.save_to(str(path))

    for tab in tabs:
        tab.setCurrentIndex(0)
    splitter.setSizes([total // 2, total - total // 2])
    assert controller.open_project(str(path), ask=False)

    assert {tab.objectName(): tab.currentIndex() for tab in tabs} == chosen
    assert splitter.sizes() == sizes


def test_malformed_view_is_ignored(window, controller, tmp_path):
    from bpstudio.gui.window_state import restore_view

    restore_view(
        window,
        {"window_state": "%%%", "tabs": {"plotsTabs": "x", "nothing": 1}, "splitters": [1]},
    )

    assert window.isVisible()


def test_unembedding_points_at_the_file_again(window, controller, tmp_path):
    csv_path = tmp_path / "points.csv"
    csv_path.write_text("x,label\n" + "".join(f"{i},{'ab'[i % 2]}\n" for i in range(20)))
    window.session.open_csv(str(csv_path))
    controller.embed_action.setChecked(True)
    controller.save_to(str(tmp_path / "a.bpproj"))
    controller.open_project(str(tmp_path / "a.bpproj"), ask=False)
    controller.embed_action.setChecked(False)

    controller.save_to(str(tmp_path / "b.bpproj"))

    saved = load_project(tmp_path / "b.bpproj")
    assert saved.embedded_data is None
    assert saved.data_source["kind"] == "file"
    assert controller.open_project(str(tmp_path / "b.bpproj"), ask=False)
    assert window.session.table.n_rows == 20
