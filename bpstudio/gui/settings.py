"""User settings that BP Studio keeps between runs with QSettings.

Keys used here (others keep their own: the language in :mod:`bpstudio.gui.language`, recent
projects in :mod:`bpstudio.gui.project_io`, recent CSV files in :mod:`bpstudio.gui.data.sources`):

- ``window/geometry`` and ``window/state``: the window's size and place, and the dock layout;
- ``folders/<kind>``: the last folder used for a kind of file ("data", "project", "export");
- ``defaults/training``: the hyperparameters a new window starts with, as JSON, set by
  Tools → Use Current Hyperparameters as Defaults.

Tools → Restore Defaults puts the hyperparameters, the dock layout and the window size back
to the factory values. Recent files and last folders are kept, because they are the user's
history rather than preferences.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

log = logging.getLogger(__name__)

ORGANIZATION = "BP Studio"
APPLICATION = "BP Studio"
GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
#: Bumped when the set of docks changes, so that an old layout is not forced on new docks.
STATE_VERSION = 1
FOLDER_KEY = "folders/{kind}"
DEFAULT_TRAINING_KEY = "defaults/training"
#: The window size a first start and Restore Defaults use.
FACTORY_SIZE = (1280, 800)


def open_settings() -> QSettings:
    """Return BP Studio's user settings: the same store as the language choice."""
    return QSettings(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


# ----------------------------------------------------------------- window layout


def save_window_state(window: QMainWindow, settings: QSettings | None = None) -> None:
    """Remember the window's geometry and its dock and toolbar layout."""
    settings = settings if settings is not None else open_settings()
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    settings.setValue(STATE_KEY, window.saveState(STATE_VERSION))
    settings.sync()


def restore_window_state(window: QMainWindow, settings: QSettings | None = None) -> bool:
    """Put back the geometry and dock layout saved last time; return False if none was saved.

    Call it after every dock exists (restoreState matches docks by objectName) and before
    the window is shown. Qt moves a saved geometry that lies off every screen back onto one.
    """
    settings = settings if settings is not None else open_settings()
    geometry = settings.value(GEOMETRY_KEY)
    state = settings.value(STATE_KEY)
    restored = False
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        restored = window.restoreGeometry(geometry)
    if isinstance(state, QByteArray) and not state.isEmpty():
        if not window.restoreState(state, STATE_VERSION):
            log.info("saved dock layout is from another version of the window; ignored")
    return restored


# ----------------------------------------------------------------- folders


def last_folder(kind: str, settings: QSettings | None = None) -> str:
    """Return the last folder used for ``kind`` of file, or the home folder."""
    settings = settings if settings is not None else open_settings()
    value = settings.value(FOLDER_KEY.format(kind=kind))
    if value and Path(str(value)).is_dir():
        return str(value)
    return str(Path.home())


def remember_folder(kind: str, path: str, settings: QSettings | None = None) -> None:
    """Remember the folder of ``path`` (a file or a folder) for the next file dialog."""
    settings = settings if settings is not None else open_settings()
    folder = Path(path)
    if not folder.is_dir():
        folder = folder.parent
    settings.setValue(FOLDER_KEY.format(kind=kind), str(folder))


# ----------------------------------------------------------------- default hyperparameters


def factory_training() -> dict[str, Any]:
    """Return the engine's default training settings (a copy)."""
    from bpstudio.engine import optimizers

    return dict(optimizers.DEFAULT_TRAINING)


def saved_training_defaults(settings: QSettings | None = None) -> dict[str, Any] | None:
    """Return the hyperparameters saved as defaults, checked against the engine's keys.

    Unknown keys, values of the wrong type and an unknown optimizer are dropped with a log
    line, so a settings file from another version cannot break the start-up.
    """
    settings = settings if settings is not None else open_settings()
    text = settings.value(DEFAULT_TRAINING_KEY)
    if not text:
        return None
    try:
        stored = json.loads(str(text))
    except json.JSONDecodeError as error:
        log.warning("ignoring saved default hyperparameters, invalid JSON: %s", error)
        return None
    if not isinstance(stored, dict):
        return None
    return _checked_training(stored)


def _checked_training(stored: dict[str, Any]) -> dict[str, Any]:
    from bpstudio.engine import optimizers

    factory = factory_training()
    checked = dict(factory)
    for key, value in stored.items():
        expected = factory.get(key)
        if key not in factory:
            log.info("ignoring unknown saved hyperparameter %r", key)
        elif isinstance(expected, bool) != isinstance(value, bool):
            log.info("ignoring saved hyperparameter %r=%r: wrong type", key, value)
        elif isinstance(expected, int | float) and not isinstance(value, int | float):
            log.info("ignoring saved hyperparameter %r=%r: not a number", key, value)
        elif isinstance(expected, str) and not isinstance(value, str):
            log.info("ignoring saved hyperparameter %r=%r: not text", key, value)
        else:
            checked[key] = type(expected)(value) if isinstance(expected, float) else value
    if checked["optimizer"] not in optimizers.HYPERPARAMETERS:
        log.info("ignoring unknown saved optimizer %r", checked["optimizer"])
        checked["optimizer"] = factory["optimizer"]
    return checked


def save_training_defaults(training: dict[str, Any], settings: QSettings | None = None) -> None:
    """Store ``training`` as the hyperparameters new windows start with."""
    settings = settings if settings is not None else open_settings()
    settings.setValue(DEFAULT_TRAINING_KEY, json.dumps(training, sort_keys=True))
    settings.sync()


# ----------------------------------------------------------------- installing on a window


class WindowSettings(QObject):
    """Restores a window's layout and default hyperparameters, and saves the layout on close.

    Adds two actions to the Tools menu: "Use Current Hyperparameters as Defaults"
    (``saveDefaultsAction``) and "Restore Defaults…" (``restoreDefaultsAction``).
    """

    #: Whether a window on Qt's offscreen platform saves its layout. Off, because the smoke
    #: test's virtual 800 × 600 screen would otherwise shrink the next real window.
    save_offscreen = False

    def __init__(self, window: QMainWindow, settings: QSettings | None = None) -> None:
        super().__init__(window)
        self.setObjectName("windowSettings")
        self.window = window
        self.settings = settings if settings is not None else open_settings()
        # The layout the window was built with, before any saved one is applied.
        self.factory_state = window.saveState(STATE_VERSION)

        self.save_defaults_action = QAction(
            self.tr("&Use Current Hyperparameters as Defaults"), window
        )
        self.save_defaults_action.setObjectName("saveDefaultsAction")
        self.save_defaults_action.setStatusTip(
            self.tr("New windows start with the optimizer and hyperparameters shown now")
        )
        self.save_defaults_action.triggered.connect(self.save_defaults)
        self.restore_defaults_action = QAction(self.tr("&Restore Defaults…"), window)
        self.restore_defaults_action.setObjectName("restoreDefaultsAction")
        self.restore_defaults_action.setStatusTip(
            self.tr("Reset the hyperparameters, the panel layout and the window size")
        )
        self.restore_defaults_action.triggered.connect(lambda: self.restore_defaults(True))
        tools = _menu(window, "toolsMenu")
        if tools is not None:
            if tools.actions():
                tools.addSeparator()
            tools.addAction(self.save_defaults_action)
            tools.addAction(self.restore_defaults_action)

        restore_window_state(window, self.settings)
        self.apply_training_defaults()
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            if self.save_offscreen or QGuiApplication.platformName() != "offscreen":
                save_window_state(self.window, self.settings)
        return False

    def apply_training_defaults(self) -> None:
        """Give the session the saved default hyperparameters, if any were saved."""
        session = getattr(self.window, "session", None)
        defaults = saved_training_defaults(self.settings)
        if session is None or defaults is None:
            return
        was_modified = session.modified
        session.set_training({**session.training, **defaults})
        session.set_modified(was_modified)

    def save_defaults(self) -> None:
        """Store the session's current hyperparameters as the defaults."""
        session = getattr(self.window, "session", None)
        if session is None:
            return
        save_training_defaults(session.training, self.settings)
        self.window.statusBar().showMessage(
            self.tr("New windows will start with these hyperparameters."), 5000
        )

    def restore_defaults(self, confirm: bool = True) -> bool:
        """Reset hyperparameters, dock layout and window size; return False if cancelled."""
        if confirm:
            answer = QMessageBox.question(
                self.window,
                self.tr("Restore Defaults"),
                self.tr(
                    "Reset the hyperparameters to the factory values and put the panels "
                    "and the window size back as they were at the first start? Recent "
                    "files are kept."
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False

        for key in (DEFAULT_TRAINING_KEY, GEOMETRY_KEY, STATE_KEY):
            self.settings.remove(key)
        self.settings.sync()
        self.window.restoreState(self.factory_state, STATE_VERSION)
        if not (self.window.isMaximized() or self.window.isFullScreen()):
            self.window.resize(*FACTORY_SIZE)
        session = getattr(self.window, "session", None)
        if session is not None and not session.is_training:
            session.set_training({**session.training, **factory_training()})
        log.info("settings restored to defaults")
        return True


def install_settings(window: QMainWindow, settings: QSettings | None = None) -> WindowSettings:
    """Restore the saved layout and defaults on ``window`` and keep them up to date."""
    return WindowSettings(window, settings)


def _menu(window: QMainWindow, object_name: str):
    menus = getattr(window, "menus", None)
    if isinstance(menus, dict) and object_name in menus:
        return menus[object_name]
    from PySide6.QtWidgets import QMenu

    return window.findChild(QMenu, object_name)
