"""Settings survive a restart of the window; Restore Defaults puts the factory values back."""

import json

import pytest
from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QMessageBox

from bpstudio.gui import settings


def _keeper(window):
    keeper = window.findChild(QObject, "windowSettings")
    assert keeper is not None
    return keeper


def _restart(window, qtbot):
    """Close ``window`` the way a user does and build a new one, as at the next start."""
    from bpstudio.gui.app import create_window

    window.controller.shutdown()
    window.close()
    new_window = create_window()
    qtbot.addWidget(new_window)
    new_window.show()
    qtbot.waitExposed(new_window)
    return new_window


@pytest.fixture(autouse=True)
def save_offscreen_layout(monkeypatch):
    """Let the offscreen test windows save their layout, as windows on a real screen do."""
    monkeypatch.setattr(settings.WindowSettings, "save_offscreen", True)


def test_offscreen_layout_not_saved(window, qtbot, monkeypatch):
    monkeypatch.setattr(settings.WindowSettings, "save_offscreen", False)
    window.data_dock.hide()
    window.close()
    assert settings.open_settings().value(settings.STATE_KEY) is None


def test_geometry_and_docks_survive_restart(window, qtbot):
    # Qt fits a restored geometry to the screen; the offscreen screen is 800 × 600.
    window.resize(800, 590)
    window.data_dock.hide()
    qtbot.waitUntil(lambda: window.height() == 590)

    again = _restart(window, qtbot)

    assert (again.width(), again.height()) == (800, 590)
    assert again.data_dock.isHidden()
    assert not again.training_dock.isHidden()
    again.controller.shutdown()
    again.close()


def test_default_hyperparameters_survive_restart(window, qtbot):
    window.session.set_training(
        {**window.session.training, "optimizer": "momentum", "learning_rate": 0.05}
    )
    _keeper(window).save_defaults_action.trigger()

    again = _restart(window, qtbot)

    assert again.session.training["optimizer"] == "momentum"
    assert again.session.training["learning_rate"] == pytest.approx(0.05)
    assert not again.session.modified
    again.controller.shutdown()
    again.close()


def test_restore_defaults_resets_everything(window, qtbot, close_answer):
    window.session.set_training({**window.session.training, "learning_rate": 0.5})
    _keeper(window).save_defaults()
    window.resize(900, 600)
    window.training_dock.hide()

    close_answer["value"] = QMessageBox.StandardButton.Yes
    assert _keeper(window).restore_defaults(confirm=True)

    assert window.session.training["learning_rate"] == settings.factory_training()["learning_rate"]
    assert not window.training_dock.isHidden()
    assert (window.width(), window.height()) == settings.FACTORY_SIZE
    assert settings.saved_training_defaults() is None


def test_restore_defaults_can_be_cancelled(window, close_answer):
    window.session.set_training({**window.session.training, "learning_rate": 0.5})
    close_answer["value"] = QMessageBox.StandardButton.No
    assert not _keeper(window).restore_defaults(confirm=True)
    assert window.session.training["learning_rate"] == 0.5


def test_restore_defaults_in_tools_menu(window):
    tools = window.menu("toolsMenu")
    names = [action.objectName() for action in tools.actions()]
    assert "restoreDefaultsAction" in names
    assert "saveDefaultsAction" in names


@pytest.mark.parametrize(
    ("stored", "expected_optimizer", "expected_rate"),
    [
        ({"optimizer": "sgd", "learning_rate": 0.2}, "sgd", 0.2),
        ({"optimizer": "no-such", "learning_rate": 0.2}, "adam", 0.2),
        ({"learning_rate": "fast"}, "adam", 0.01),
        ({"learning_rate": True}, "adam", 0.01),
        ({"unknown_key": 3, "learning_rate": 1}, "adam", 1.0),
    ],
)
def test_saved_defaults_are_checked(qapp, tmp_path, stored, expected_optimizer, expected_rate):
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    store.setValue(settings.DEFAULT_TRAINING_KEY, json.dumps(stored))

    loaded = settings.saved_training_defaults(store)

    assert loaded["optimizer"] == expected_optimizer
    assert loaded["learning_rate"] == pytest.approx(expected_rate)
    assert set(loaded) == set(settings.factory_training())


def test_invalid_json_defaults_are_ignored(qapp, tmp_path):
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    store.setValue(settings.DEFAULT_TRAINING_KEY, "{not json")
    assert settings.saved_training_defaults(store) is None


def test_last_folder_remembered(qapp, tmp_path):
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    data_file = tmp_path / "data" / "iris.csv"
    data_file.parent.mkdir()
    data_file.write_text("a,b\n1,2\n", encoding="utf-8")

    settings.remember_folder("data", str(data_file), store)

    assert settings.last_folder("data", store) == str(data_file.parent)
    assert settings.last_folder("project", store) != str(data_file.parent)


def test_language_kept_in_same_store(window):
    from bpstudio.gui import language

    language.save_language("zh_CN")
    assert settings.open_settings().value(language.LANGUAGE_KEY) == "zh_CN"
