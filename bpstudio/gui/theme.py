"""High-DPI policy, light and dark palettes that follow the system, and plots that follow them.

The theme is "system" unless View → Theme (saved as ``ui/theme``) or the environment
variable ``BPSTUDIO_THEME`` ("system", "light" or "dark") sets another one. With "system" the
palette follows ``QStyleHints.colorScheme()`` and changes when the desktop switches.

Widgets that paint with their own colours connect to :func:`palette_notifier`'s
``paletteChanged`` signal, or call :func:`follow_palette`. The network diagram already
repaints on ``QEvent.PaletteChange``; pyqtgraph plots get their background and axes from
:func:`style_plots`, which :func:`install_theme` runs on every palette change.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QWidget

log = logging.getLogger(__name__)

THEMES = ("system", "light", "dark")
THEME_KEY = "ui/theme"
THEME_ENV = "BPSTUDIO_THEME"
#: Style used with BP Studio's own palettes; it draws every palette colour it is given.
PALETTE_STYLE = "Fusion"

_original_style: str | None = None
_notifier: PaletteNotifier | None = None


def configure_high_dpi() -> None:
    """Use exact fractional scale factors (150% stays 1.5); call before QApplication exists.

    Qt 6 always scales by the screen's device pixel ratio; the rounding policy decides
    whether 1.5 becomes 2. PassThrough keeps text and plots the size the user chose.
    """
    if QApplication.instance() is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )


# ----------------------------------------------------------------- palettes


def _palette(colors: dict[QPalette.ColorRole, str], disabled_text: str) -> QPalette:
    palette = QPalette()
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled_text))
    return palette


def light_palette() -> QPalette:
    """Return BP Studio's light palette."""
    role = QPalette.ColorRole
    return _palette(
        {
            role.Window: "#efefef",
            role.WindowText: "#1e1e1e",
            role.Base: "#ffffff",
            role.AlternateBase: "#f5f5f5",
            role.ToolTipBase: "#ffffdc",
            role.ToolTipText: "#1e1e1e",
            role.PlaceholderText: "#7a7a7a",
            role.Text: "#1e1e1e",
            role.Button: "#efefef",
            role.ButtonText: "#1e1e1e",
            role.BrightText: "#d00000",
            role.Link: "#0b5cad",
            role.Highlight: "#2f6fb5",
            role.HighlightedText: "#ffffff",
            role.Mid: "#b8b8b8",
            role.Dark: "#9f9f9f",
            role.Light: "#ffffff",
        },
        disabled_text="#9a9a9a",
    )


def dark_palette() -> QPalette:
    """Return BP Studio's dark palette; text on it keeps a contrast ratio above 7:1."""
    role = QPalette.ColorRole
    return _palette(
        {
            role.Window: "#2b2b2b",
            role.WindowText: "#e6e6e6",
            role.Base: "#1f1f1f",
            role.AlternateBase: "#2a2a2a",
            role.ToolTipBase: "#3a3a3a",
            role.ToolTipText: "#f0f0f0",
            role.PlaceholderText: "#8c8c8c",
            role.Text: "#e6e6e6",
            role.Button: "#353535",
            role.ButtonText: "#e6e6e6",
            role.BrightText: "#ff6b6b",
            role.Link: "#6cb4ff",
            role.Highlight: "#3d7cc9",
            role.HighlightedText: "#ffffff",
            role.Mid: "#4a4a4a",
            role.Dark: "#1a1a1a",
            role.Light: "#505050",
        },
        disabled_text="#7a7a7a",
    )


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window background is darker than its text."""
    palette = palette if palette is not None else QApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightness() < text.lightness()


def system_scheme() -> str:
    """Return "dark" or "light": the desktop's colour scheme ("light" when it is unknown)."""
    app = QGuiApplication.instance()
    if app is None:
        return "light"
    return "dark" if app.styleHints().colorScheme() == Qt.ColorScheme.Dark else "light"


def chosen_theme(settings=None) -> str:
    """Return the theme asked for: the environment variable, else the saved choice, else system."""
    value = os.environ.get(THEME_ENV, "").strip().lower()
    if value in THEMES:
        return value
    if settings is None:
        from bpstudio.gui.settings import open_settings

        settings = open_settings()
    saved = str(settings.value(THEME_KEY, "system") or "system").lower()
    return saved if saved in THEMES else "system"


def apply_theme(app: QApplication, theme: str | None = None) -> str:
    """Set the light or dark palette on ``app``; return the scheme applied, "light" or "dark".

    With "system" on macOS the native style draws the system's own light and dark
    appearance, so only other platforms get BP Studio's palettes.
    """
    global _original_style

    theme = theme or chosen_theme()
    if theme not in THEMES:
        raise ValueError(f"theme must be one of {THEMES}, got {theme!r}")
    if _original_style is None:
        _original_style = app.style().name()
    scheme = system_scheme() if theme == "system" else theme

    if theme == "system" and sys.platform == "darwin":
        app.setStyle(_original_style)
        app.setPalette(app.style().standardPalette())
    else:
        app.setStyle(PALETTE_STYLE)
        app.setPalette(dark_palette() if scheme == "dark" else light_palette())
    _set_plot_defaults(app.palette())
    log.info("theme %s applied (%s palette)", theme, "dark" if is_dark() else "light")
    return scheme


# ----------------------------------------------------------------- following the palette


class PaletteNotifier(QObject):
    """Emits ``paletteChanged`` after the application's palette changes."""

    paletteChanged = Signal(QPalette)  # noqa: N815

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("paletteNotifier")
        self.theme = "system"
        app.installEventFilter(self)
        app.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is QApplication.instance()
            and event.type() == QEvent.Type.ApplicationPaletteChange
        ):
            self.paletteChanged.emit(QApplication.palette())
        return False

    def _on_scheme_changed(self, _scheme) -> None:
        if self.theme == "system":
            apply_theme(QApplication.instance(), "system")


def palette_notifier() -> PaletteNotifier:
    """Return the application's palette notifier (created on first use)."""
    global _notifier

    app = QApplication.instance()
    if _notifier is None or _notifier.parent() is not app:
        _notifier = PaletteNotifier(app)
    return _notifier


def follow_palette(callback: Callable[[QPalette], None]) -> None:
    """Call ``callback(palette)`` now and after every palette change."""
    palette_notifier().paletteChanged.connect(callback)
    callback(QApplication.palette())


def plot_colors(palette: QPalette | None = None) -> dict[str, QColor]:
    """Return the colours plots draw with under ``palette``: background, axes, grid."""
    palette = palette if palette is not None else QApplication.palette()
    foreground = palette.color(QPalette.ColorRole.Text)
    grid = QColor(foreground)
    grid.setAlpha(60)
    return {
        "background": palette.color(QPalette.ColorRole.Base),
        "foreground": foreground,
        "grid": grid,
        "highlight": palette.color(QPalette.ColorRole.Highlight),
    }


def _set_plot_defaults(palette: QPalette) -> None:
    import pyqtgraph

    colors = plot_colors(palette)
    pyqtgraph.setConfigOptions(background=colors["background"], foreground=colors["foreground"])


def style_plots(root: QWidget, palette: QPalette | None = None) -> int:
    """Give every pyqtgraph view under ``root`` the palette's background and axis colours.

    Returns the number of views styled. Curves, images and colour maps keep their colours;
    axes and legend labels take the palette's text colour.
    """
    import pyqtgraph

    colors = plot_colors(palette)
    views = root.findChildren(pyqtgraph.GraphicsView)
    for view in views:
        view.setBackground(colors["background"])
        scene = view.scene()
        if scene is None:
            continue
        for item in scene.items():
            if isinstance(item, pyqtgraph.AxisItem):
                item.setPen(colors["foreground"])
                item.setTextPen(colors["foreground"])
            elif isinstance(item, pyqtgraph.LegendItem):
                item.setLabelTextColor(colors["foreground"])
                # pyqtgraph 0.14 stores the colour but redraws a label only when its text
                # is set again.
                for _sample, label in item.items:
                    label.setText(label.text)
    return len(views)


# ----------------------------------------------------------------- window


class ThemeMenu(QObject):
    """View → Theme: System, Light, Dark; the choice is saved and applied at once."""

    def __init__(self, window: QMainWindow, settings=None) -> None:
        super().__init__(window)
        self.setObjectName("themeMenuController")
        self.window = window
        if settings is None:
            from bpstudio.gui.settings import open_settings

            settings = open_settings()
        self.settings = settings
        self.menu = QMenu(self.tr("&Theme"), window)
        self.menu.setObjectName("themeMenu")
        self.group = QActionGroup(self.menu)
        titles = {
            "system": self.tr("&System"),
            "light": self.tr("&Light"),
            "dark": self.tr("&Dark"),
        }
        current = chosen_theme(settings)
        self.actions: dict[str, QAction] = {}
        for theme in THEMES:
            action = QAction(titles[theme], self.menu)
            action.setObjectName(f"theme{theme.title()}Action")
            action.setCheckable(True)
            action.setChecked(theme == current)
            action.triggered.connect(lambda _checked=False, name=theme: self.choose(name))
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[theme] = action
        view_menu = getattr(window, "menus", {}).get("viewMenu") or window.findChild(
            QMenu, "viewMenu"
        )
        if view_menu is not None:
            view_menu.addSeparator()
            view_menu.addMenu(self.menu)

    def restyle(self, palette: QPalette) -> None:
        """Restyle the window's plots for ``palette`` (connected to paletteChanged)."""
        style_plots(self.window, palette)

    def choose(self, theme: str) -> None:
        self.settings.setValue(THEME_KEY, theme)
        palette_notifier().theme = theme
        apply_theme(QApplication.instance(), theme)


def install_theme(window: QMainWindow, settings=None) -> ThemeMenu:
    """Add View → Theme and keep the window's plots in step with the palette."""
    notifier = palette_notifier()
    notifier.theme = chosen_theme(settings)
    menu = ThemeMenu(window, settings)
    # A slot of an object the window owns: the connection ends with the window.
    notifier.paletteChanged.connect(menu.restyle)
    style_plots(window)
    return menu
