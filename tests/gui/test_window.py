"""The main window: menus, samples and CSV files, drag and drop, closing mid-training."""

import os
import subprocess
import sys

import numpy as np
import pytest
from conftest import PROJECT_ROOT
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QMessageBox,
)

MENU_NAMES = ["fileMenu", "editMenu", "viewMenu", "trainMenu", "toolsMenu", "helpMenu"]


def write_csv(path):
    rows = ["height,weight,kind"]
    rng = np.random.default_rng(1)
    for index in range(40):
        kind = "cat" if index % 2 else "dog"
        rows.append(f"{rng.normal(30 + 20 * (index % 2)):.2f},{rng.normal(5):.2f},{kind}")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_menus_exist_with_object_names(window):
    names = [action.menu().objectName() for action in window.menuBar().actions()]
    assert names[: len(MENU_NAMES)] == MENU_NAMES
    edit = window.menu("editMenu")
    assert window.undo_action in edit.actions()
    assert window.redo_action in edit.actions()
    train_names = {action.objectName() for action in window.menu("trainMenu").actions()}
    assert {"trainAction", "pauseAction", "stepAction", "stopAction"} <= train_names


def test_controls_have_object_names(window):
    panels = [window.training_panel, window.plots]
    kinds = (QAbstractButton, QAbstractSpinBox, QComboBox, QCheckBox)
    for panel in panels:
        for kind in kinds:
            for widget in panel.findChildren(kind):
                if widget.parent() is not None and "qt_" in widget.objectName():
                    continue
                assert widget.objectName(), f"{kind.__name__} without objectName in {panel}"


def test_opens_on_default_sample(window):
    from bpstudio.data import samples

    assert window.session.source == {
        "kind": "sample",
        "name": samples.DEFAULT_SAMPLE,
        "params": {},
    }
    assert window.session.prepared.x_train.shape[1] == 2
    assert window.plots.isTabVisible(window.plots.indexOf(window.plots.boundary))


def test_load_sample_rebuilds_model(window):
    window.data_panel.load_sample("iris")

    prepared = window.session.prepared
    assert prepared.n_outputs == 3
    assert window.session.model.layers[-1].units == 3
    assert not window.plots.isTabVisible(window.plots.indexOf(window.plots.boundary))


def test_open_csv_path(window, tmp_path):
    path = write_csv(tmp_path / "pets.csv")

    window.open_path(str(path))

    assert window.session.source == {"kind": "file", "path": str(path)}
    assert window.session.table.columns == ["height", "weight", "kind"]
    assert window.session.prepared.class_names == ["cat", "dog"]
    assert window.training_panel.train_action.isEnabled()


def test_drop_csv_opens_import_preview(qtbot, window, tmp_path):
    path = write_csv(tmp_path / "dropped.csv")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )

    window.dropEvent(event)

    dialog = window.data_panel.import_dialog
    assert dialog is not None
    assert event.isAccepted()
    dialog.accept()
    qtbot.waitUntil(lambda: window.session.source.get("path") == str(path), timeout=5000)


def test_close_mid_training_stops_and_joins(qtbot, window, close_answer):
    window.session.set_training({**window.session.training, "epochs": 1_000_000})
    window.controller.start()
    qtbot.waitUntil(lambda: window.session.epochs_trained > 2, timeout=10_000)
    runner = window.controller.runner

    assert window.close()

    assert close_answer["asked"] == 1
    assert not runner.thread.isRunning()
    assert not window.controller.is_active
    assert window.session.state == "idle"
    assert window.session.runs[-1]["reason"] == "stopped"


def test_close_declined_keeps_training(qtbot, window, close_answer):
    close_answer["value"] = QMessageBox.StandardButton.No
    window.session.set_training({**window.session.training, "epochs": 1_000_000})
    window.controller.start()
    qtbot.waitUntil(lambda: window.session.epochs_trained > 1, timeout=10_000)

    assert not window.close()

    assert window.controller.is_active
    window.controller.stop()
    qtbot.waitUntil(lambda: not window.controller.is_active, timeout=5000)


def run_bpstudio(*args, timeout=120):
    # Without QT_FATAL_WARNINGS: the offscreen platform warns that it cannot raise the
    # context menu's popup, which is a limit of that platform, not a fault.
    environment = {key: value for key, value in os.environ.items() if key != "QT_FATAL_WARNINGS"}
    environment["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [sys.executable, "-X", "faulthandler", "-m", "bpstudio", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=PROJECT_ROOT,
        env=environment,
    )


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_smoke_test_saves_screenshot(tmp_path, language):
    screenshot = tmp_path / "window.png"

    result = run_bpstudio("--smoke-test", "--screenshot", str(screenshot), "--lang", language)

    assert result.returncode == 0, result.stderr[-3000:]
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "trained 30 epochs" in result.stderr


def test_close_mid_training_exits_zero(tmp_path):
    # The real application: the window closes while the worker trains, and the answer is Yes.
    script = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QMessageBox\n"
        "QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)\n"
        "from bpstudio.gui.app import create_application, create_window\n"
        "app = create_application('en')\n"
        "window = create_window()\n"
        "window.show()\n"
        "window.session.set_training({**window.session.training, 'epochs': 1_000_000})\n"
        "QTimer.singleShot(0, window.controller.start)\n"
        "QTimer.singleShot(1500, window.close)\n"
        "QTimer.singleShot(20000, lambda: app.exit(3))\n"
        "status = app.exec()\n"
        "print('epochs', window.session.epochs_trained, 'running', window.controller.is_active)\n"
        "sys.exit(status)\n"
    )
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_FATAL_WARNINGS="1")
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=PROJECT_ROOT,
        env=environment,
    )

    assert result.returncode == 0, result.stderr[-3000:]
    assert "running False" in result.stdout
    assert "QThread: Destroyed" not in result.stderr
