"""Looks right everywhere: light and dark palettes, plots and diagram following them, 1280×720."""

import os
import subprocess
import sys

import pyqtgraph
import pytest
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from bpstudio.gui import shortcuts, theme


@pytest.fixture
def themed(window, qapp):
    """The window, with the light theme put back after the test."""
    yield window
    theme.apply_theme(qapp, "light")


def _mean_lightness(image, step=16):
    values = [
        image.pixelColor(x, y).lightness()
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    ]
    return sum(values) / len(values)


def _save(image, tmp_path, name):
    image.save(str(tmp_path / name))
    folder = os.environ.get("BPSTUDIO_SCREENSHOT_DIR")
    if folder:
        image.save(os.path.join(folder, name))


def _plot_backgrounds(window):
    import pyqtgraph

    return {
        view.objectName() or type(view).__name__: view.backgroundBrush().color().name()
        for view in window.findChildren(pyqtgraph.GraphicsView)
    }


@pytest.mark.parametrize(("scheme", "dark"), [("light", False), ("dark", True)])
def test_screenshot_follows_palette(themed, qapp, qtbot, tmp_path, scheme, dark):
    assert theme.apply_theme(qapp, scheme) == scheme
    qtbot.wait(50)
    assert theme.is_dark() is dark

    image = themed.grab().toImage()
    _save(image, tmp_path, f"window-{scheme}.png")
    lightness = _mean_lightness(image)
    if dark:
        assert lightness < 110
    else:
        assert lightness > 180


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_plots_and_diagram_follow_palette(themed, qapp, qtbot, scheme):
    theme.apply_theme(qapp, scheme)
    qtbot.wait(50)
    base = qapp.palette().color(QPalette.ColorRole.Base).name()

    backgrounds = _plot_backgrounds(themed)
    assert backgrounds
    assert set(backgrounds.values()) == {base}
    diagram = themed.findChild(QWidget, "networkDiagram")
    assert diagram.backgroundBrush().color().name() == base
    text = qapp.palette().color(QPalette.ColorRole.Text).name()
    legends = [
        item
        for view in themed.findChildren(pyqtgraph.GraphicsView)
        for item in view.scene().items()
        if isinstance(item, pyqtgraph.LegendItem)
    ]
    assert legends
    for legend in legends:
        for _sample, label in legend.items:
            assert text in label.item.toHtml()


def test_palette_changed_signal_reaches_listeners(themed, qapp):
    seen = []
    theme.follow_palette(lambda palette: seen.append(theme.is_dark(palette)))
    theme.apply_theme(qapp, "dark")
    theme.apply_theme(qapp, "light")
    assert seen[0] is False
    assert True in seen
    assert seen[-1] is False


def test_theme_menu_saves_choice(themed, qapp):
    from bpstudio.gui.settings import open_settings

    themed.findChild(QAction, "themeDarkAction").trigger()
    assert theme.is_dark()
    assert open_settings().value(theme.THEME_KEY) == "dark"
    assert theme.chosen_theme() == "dark"
    themed.findChild(QAction, "themeSystemAction").trigger()
    assert open_settings().value(theme.THEME_KEY) == "system"


def test_theme_environment_override(monkeypatch):
    monkeypatch.setenv(theme.THEME_ENV, "dark")
    assert theme.chosen_theme() == "dark"
    monkeypatch.setenv(theme.THEME_ENV, "purple")
    assert theme.chosen_theme() in theme.THEMES


def test_dark_palette_contrast():
    def luminance(color):
        channels = []
        for value in (color.redF(), color.greenF(), color.blueF()):
            channels.append(value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4)
        red, green, blue = channels
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    for palette in (theme.light_palette(), theme.dark_palette()):
        for text_role, back_role in (
            (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
            (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
            (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
        ):
            light, dark = sorted(
                (luminance(palette.color(text_role)), luminance(palette.color(back_role))),
                reverse=True,
            )
            assert (light + 0.05) / (dark + 0.05) >= 7


def test_high_dpi_rounding_policy_pass_through():
    probe = (
        "from bpstudio.gui.app import create_application\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "app = create_application('en')\n"
        "print(QGuiApplication.highDpiScaleFactorRoundingPolicy().name)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.stdout.strip().endswith("PassThrough")


def _clipped_controls(window):
    """Return the visible controls drawn smaller than their minimum size hint."""
    clipped = []
    for widget in shortcuts.keyboard_controls(window):
        if not widget.isVisibleTo(window) or isinstance(widget, QAbstractScrollArea):
            continue
        hint = widget.minimumSizeHint()
        if widget.width() < hint.width() or widget.height() < hint.height():
            clipped.append(
                f"{widget.objectName() or type(widget).__name__} "
                f"{widget.width()}x{widget.height()} < {hint.width()}x{hint.height()}"
            )
    return clipped


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_window_fits_1280_by_720(themed, qapp, qtbot, tmp_path, scheme):
    theme.apply_theme(qapp, scheme)
    themed.resize(1280, 720)
    qtbot.waitUntil(lambda: themed.height() == 720)
    qtbot.wait(50)
    _save(themed.grab().toImage(), tmp_path, f"window-1280x720-{scheme}.png")

    assert _clipped_controls(themed) == []
