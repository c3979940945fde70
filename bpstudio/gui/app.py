"""Start the BP Studio window: ``bpstudio [FILE]`` and ``bpstudio --smoke-test``."""

from __future__ import annotations

import importlib.util
import logging
import os
import sys
from pathlib import Path

log = logging.getLogger(__name__)


def _choose_platform() -> None:
    """Use Qt's offscreen platform when there is no display (e.g. CI without Xvfb)."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    has_display = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    if sys.platform.startswith("linux") and not has_display:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _set_app_icon(app) -> None:
    """Give the windows the app icon and name the desktop entry the Linux packages install."""
    from PySide6.QtGui import QIcon

    from bpstudio.resources import resource_path

    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(resource_path("icons", f"bpstudio-{size}.png")))
    app.setWindowIcon(icon)
    # Wayland task bars find the window's icon through this desktop entry (bpstudio.desktop).
    app.setDesktopFileName("bpstudio")


def create_application(lang: str | None = None):
    """Return the QApplication with fonts and translators installed (creating it once)."""
    _choose_platform()
    from PySide6.QtWidgets import QApplication

    from bpstudio.gui import theme

    theme.configure_high_dpi()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("BP Studio")
    app.setOrganizationName("BP Studio")
    _set_app_icon(app)
    if importlib.util.find_spec("bpstudio.gui.fonts") is not None:
        from bpstudio.gui import fonts

        fonts.register_fonts()
    if importlib.util.find_spec("bpstudio.gui.language") is not None:
        from bpstudio.gui import language

        language.install_translators(app, lang)
    theme.apply_theme(app)
    return app


def create_window(path: str | None = None):
    """Build the main window, open ``path`` (or the default sample) and apply help texts."""
    from bpstudio.gui.main_window import MainWindow

    window = MainWindow()
    if importlib.util.find_spec("bpstudio.gui.project_io") is not None:
        from bpstudio.gui import project_io

        project_io.install_project_io(window)
    if importlib.util.find_spec("bpstudio.gui.help_texts") is not None:
        from bpstudio.gui import help_texts

        help_texts.apply_help_texts(window)
    if importlib.util.find_spec("bpstudio.gui.language") is not None:
        from bpstudio.gui import language

        language.add_language_menu(window)
    from bpstudio.gui import help_viewer, settings, shortcuts, theme

    help_viewer.install_help_menu(window)
    theme.install_theme(window)
    settings.install_settings(window)
    shortcuts.install_shortcuts(window)
    shortcuts.ensure_tab_focus(window)
    window.load_default_sample()
    # A fresh window contains no work of the user yet, so closing it needs no prompt.
    window.session.set_modified(False)
    if path is not None:
        window.open_path(str(Path(path)))
    return window


def run_app(
    path: str | None = None,
    smoke_test: bool = False,
    screenshot: str | None = None,
    lang: str | None = None,
) -> int:
    """Open the window and run the event loop; return the process exit status.

    With ``smoke_test`` the window trains a few epochs on the worker thread, saves
    ``screenshot`` (if given) and closes by itself; see :mod:`bpstudio.gui.smoke`.
    """
    from bpstudio import logs

    logs.setup_logging()
    app = create_application(lang)
    from bpstudio.gui.crash import install_crash_handler, log_qt_messages

    log_qt_messages()
    crash_handler = install_crash_handler(app)
    window = create_window(path)
    crash_handler.window = window
    window.show()
    if hasattr(window, "project_controller"):
        from bpstudio.gui.project_io import offer_recovery_at_start

        if smoke_test:
            window.project_controller.prompts_enabled = False
        else:
            offer_recovery_at_start(window)
    if smoke_test:
        from bpstudio.gui.smoke import SmokeTest

        smoke = SmokeTest(window, screenshot)
        smoke.start()
        status = app.exec()
        return status or smoke.status
    return app.exec()
