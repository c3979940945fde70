"""Fonts shipped in resources/fonts, registered so that Chinese renders without a CJK font.

The shipped font is a GB2312 subset of Noto Sans CJK SC (SIL Open Font License 1.1, see
resources/fonts/README.md). Registering it with ``QFontDatabase.addApplicationFont`` makes it
part of Qt's font fallback: a label in the default interface font that contains Chinese
characters draws them from this font when no installed font has them. On Linux, Qt asks
fontconfig for the fallback, and fontconfig includes application fonts; Windows and macOS
ship CJK fonts of their own, which their fallback lists name first.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase, QGuiApplication

from bpstudio.resources import resource_path

log = logging.getLogger(__name__)

FONT_SUFFIXES = (".otf", ".ttf", ".ttc")

_registered: list[str] = []


def register_fonts() -> list[str]:
    """Register every font in resources/fonts with Qt; return the families they provide.

    Needs a QGuiApplication (QFontDatabase is unusable before one exists). Calling it again
    returns the families registered the first time. A font that Qt cannot read is logged and
    skipped, so a damaged installation still starts in English fonts.
    """
    if _registered:
        return list(_registered)

    font_dir = resource_path("fonts")
    paths = sorted(path for path in font_dir.glob("*") if path.suffix.lower() in FONT_SUFFIXES)
    for path in paths:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id == -1:
            log.warning("Qt could not load the font %s; Chinese text may render as boxes", path)
            continue
        families = QFontDatabase.applicationFontFamilies(font_id)
        log.debug("registered font %s: %s", path.name, families)
        _registered.extend(family for family in families if family not in _registered)

    if not paths:
        log.warning("no font found in %s; Chinese text may render as boxes", font_dir)
    return list(_registered)


def prefer_shipped_font_for_chinese(app: QGuiApplication) -> bool:
    """Make the shipped font the interface font when no installed font covers Chinese.

    Font fallback draws the Chinese characters from the shipped font either way, but widgets
    size themselves by the metrics of the interface font: with a Latin-only font the taller
    Chinese glyphs are clipped at the bottom of tabs and buttons. Returns True when the
    interface font was changed; with an installed Chinese font nothing changes.
    """
    shipped = register_fonts()
    if not shipped:
        return False
    writing_system = QFontDatabase.WritingSystem.SimplifiedChinese
    installed = [f for f in QFontDatabase.families(writing_system) if f not in shipped]
    if installed:
        return False
    font = app.font()
    font.setFamilies([shipped[0], *font.families()])
    app.setFont(font)
    log.debug("no installed Chinese font; the interface font is now %s", shipped[0])
    return True
