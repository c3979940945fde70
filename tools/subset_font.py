"""Build resources/fonts/BPStudioSansSC-Regular.otf, a subset of Noto Sans CJK SC.

    pip install -e ".[i18n]"
    apt-get download fonts-noto-cjk && dpkg-deb -x fonts-noto-cjk_*.deb noto
    python tools/subset_font.py noto/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc

The subset keeps every character of GB2312 (the 6,763 hanzi taught in mainland schools and its
symbols), ASCII and Latin-1, the Greek letters, sub- and superscripts and operators that the
formulas use, CJK punctuation and full-width forms, and every character of the translations
in resources/translations/*.ts, so a new translation that uses a rarer character only needs
this command rerun. The family is renamed so that the subset never hides a complete Noto Sans
CJK SC installed on the machine. The source font is licensed under the SIL Open Font License
1.1, which allows modified versions under the same licence (resources/fonts/OFL.txt).
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
OUTPUT = PROJECT_ROOT / "resources" / "fonts" / "BPStudioSansSC-Regular.otf"
FAMILY = "BP Studio Sans SC"
POSTSCRIPT_NAME = "BPStudioSansSC-Regular"
#: Index of Noto Sans CJK SC inside NotoSansCJK-Regular.ttc (JP, KR, SC, TC, HK, then Mono).
SC_INDEX_IN_COLLECTION = 2

EXTRA_RANGES = (
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 (°, ±, ², ½, ×, ÷, accented letters of names)
    (0x0370, 0x03FF),  # Greek (η, α, β, ε, Σ, δ)
    (0x2000, 0x206F),  # general punctuation (—, …, ‘ ’, “ ”, ·)
    (0x2070, 0x209F),  # super- and subscripts (ₖ, ⁻, ¹)
    (0x2190, 0x21FF),  # arrows
    (0x2200, 0x22FF),  # mathematical operators (∂, ∑, −, ≈, ≤)
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0xFF00, 0xFFEF),  # full-width forms (，：；（）)
)


def gb2312_characters() -> set[str]:
    """Return every character that GB2312 encodes in two bytes."""
    characters = set()
    for lead in range(0xA1, 0xF8):
        for trail in range(0xA1, 0xFF):
            try:
                characters.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return characters


def translation_characters() -> set[str]:
    """Return the characters of every translation in resources/translations/*.ts."""
    characters = set()
    for ts_file in sorted((PROJECT_ROOT / "resources" / "translations").glob("*.ts")):
        root = ElementTree.parse(ts_file).getroot()
        for node in root.iter("translation"):
            characters.update(node.text or "")
    return characters


def subset_characters() -> set[str]:
    characters = gb2312_characters() | translation_characters()
    for first, last in EXTRA_RANGES:
        characters.update(chr(code) for code in range(first, last + 1))
    return {character for character in characters if character.isprintable()}


def rename(font, family: str, postscript_name: str) -> None:
    """Give the subset its own family name in every name record that carries one."""
    new_names = {1: family, 3: f"{postscript_name};subset", 4: family, 6: postscript_name}
    new_names.update({16: family, 17: "Regular"})
    name_table = font["name"]
    for record in list(name_table.names):
        if record.nameID in new_names:
            key = (record.platformID, record.platEncID, record.langID)
            name_table.setName(new_names[record.nameID], record.nameID, *key)
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [postscript_name]
        top = cff.topDictIndex[0]
        top.FullName = family
        top.FamilyName = family


def build(source: Path, output: Path) -> None:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    index = SC_INDEX_IN_COLLECTION if source.suffix.lower() == ".ttc" else -1
    font = TTFont(source, fontNumber=index)
    options = subset.Options()
    options.hinting = False
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.layout_features = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(character) for character in subset_characters()])
    subsetter.subset(font)
    rename(font, FAMILY, POSTSCRIPT_NAME)
    output.parent.mkdir(parents=True, exist_ok=True)
    font.save(output)
    size_mb = output.stat().st_size / 1e6
    print(f"wrote {output} ({size_mb:.2f} MB, {len(font.getBestCmap())} characters)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "source", type=Path, help="NotoSansCJK-Regular.ttc or NotoSansCJKsc-Regular.otf"
    )
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    build(args.source, args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
