"""The shipped CJK font: licensed, small, covering the translations, and used by fallback."""

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

import pytest
from conftest import PROJECT_ROOT
from PySide6.QtGui import QRawFont

FONT_DIR = PROJECT_ROOT / "resources" / "fonts"
FONT = FONT_DIR / "BPStudioSansSC-Regular.otf"
FAMILY = "BP Studio Sans SC"


def test_font_ships_with_licence():
    assert FONT.is_file()
    licence = (FONT_DIR / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert "Adobe" in licence


def test_font_size_stays_small():
    assert 1_000_000 < FONT.stat().st_size < 5_000_000


def test_register_fonts_adds_family(qapp):
    from bpstudio.gui.fonts import register_fonts

    assert FAMILY in register_fonts()
    assert register_fonts() == register_fonts()


def translated_characters():
    characters = set()
    for ts_file in (PROJECT_ROOT / "resources" / "translations").glob("*.ts"):
        for node in ElementTree.parse(ts_file).getroot().iter():
            if node.tag in ("translation", "numerusform"):
                characters.update(node.text or "")
    return {character for character in characters if character.isprintable()}


def is_cjk(character):
    code = ord(character)
    return 0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF


def test_font_covers_every_translated_character(qapp):
    # Only CJK characters: Latin, Greek and math symbols come from the system's own fonts.
    font = QRawFont(str(FONT), 12)
    cjk = sorted(c for c in translated_characters() if is_cjk(c))
    missing = [c for c in cjk if not font.supportsCharacter(ord(c))]
    # Rebuild the subset with tools/subset_font.py when a translation needs a new character.
    assert missing == []
    assert len(cjk) > 100


def test_font_covers_gb2312(qapp):
    font = QRawFont(str(FONT), 12)
    for word in (
        "隐含层",
        "激活函数",
        "学习率",
        "损失函数",
        "优化器",
        "鸢尾",
        "花萼长度",
        "，。：（）",
    ):
        for character in word:
            assert font.supportsCharacter(ord(character)), character


# Draws Chinese with only DejaVu visible to fontconfig, before and after registering.
GLYPH_PROBE = """
import json, sys
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QApplication
app = QApplication([])
if sys.argv[1] == "register":
    from bpstudio.gui.fonts import register_fonts
    register_fonts()
layout = QTextLayout("隐含层 学习率", app.font())
layout.beginLayout(); layout.createLine(); layout.endLayout()
runs = [(run.rawFont().familyName(), list(run.glyphIndexes())) for run in layout.glyphRuns()]
print(json.dumps(runs))
"""

FONTCONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>{fonts}</dir>
  <cachedir>{cache}</cachedir>
</fontconfig>
"""


def draw_chinese(tmp_path, mode):
    latin_fonts = "/usr/share/fonts/truetype/dejavu"
    config = tmp_path / "fonts.conf"
    config.write_text(FONTCONFIG.format(fonts=latin_fonts, cache=tmp_path / "cache"))
    environ = dict(os.environ, FONTCONFIG_FILE=str(config), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", GLYPH_PROBE, mode],
        capture_output=True,
        text=True,
        env=environ,
        cwd=PROJECT_ROOT,
        timeout=60,
        check=True,
    )
    return json.loads(result.stdout.splitlines()[-1])


@pytest.mark.skipif(
    not os.path.isdir("/usr/share/fonts/truetype/dejavu") or sys.platform != "linux",
    reason="needs fontconfig and the DejaVu fonts",
)
def test_chinese_renders_without_system_cjk_font(tmp_path):
    without = draw_chinese(tmp_path, "plain")
    with_font = draw_chinese(tmp_path, "register")

    # Glyph 0 is the "missing character" box.
    assert any(0 in glyphs for _, glyphs in without), without
    chinese_runs = [glyphs for family, glyphs in with_font if family.lower() == FAMILY.lower()]
    assert chinese_runs, with_font
    assert all(0 not in glyphs for glyphs in chinese_runs)
    assert sum(len(glyphs) for glyphs in chinese_runs) == 6


INTERFACE_FONT_PROBE = """
import json
from PySide6.QtWidgets import QApplication
from bpstudio.gui import fonts
app = QApplication([])
changed = fonts.prefer_shipped_font_for_chinese(app)
print(json.dumps([changed, app.font().families()]))
"""


def interface_font(tmp_path, font_dirs):
    config = tmp_path / "fonts.conf"
    dirs = "".join(f"<dir>{folder}</dir>" for folder in font_dirs)
    config.write_text(FONTCONFIG.replace("<dir>{fonts}</dir>", dirs).format(cache=tmp_path / "c"))
    environ = dict(os.environ, FONTCONFIG_FILE=str(config), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", INTERFACE_FONT_PROBE],
        capture_output=True,
        text=True,
        env=environ,
        cwd=PROJECT_ROOT,
        timeout=60,
        check=True,
    )
    return json.loads(result.stdout.splitlines()[-1])


@pytest.mark.skipif(
    not os.path.isdir("/usr/share/fonts/truetype/dejavu") or sys.platform != "linux",
    reason="needs fontconfig and the DejaVu fonts",
)
def test_shipped_font_leads_without_chinese_font(tmp_path):
    # Metrics of a Latin-only interface font clip Chinese glyphs in tabs and buttons.
    changed, families = interface_font(tmp_path, ["/usr/share/fonts/truetype/dejavu"])
    assert changed
    assert families[0] == FAMILY


@pytest.mark.skipif(
    not os.path.isdir("/usr/share/fonts/truetype/wqy"), reason="needs fonts-wqy-microhei"
)
def test_installed_chinese_font_kept(tmp_path):
    folders = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/wqy"]
    changed, families = interface_font(tmp_path, folders)
    assert not changed
    assert FAMILY not in families
