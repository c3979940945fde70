"""Refresh BP Studio's translations: the error catalogue, the .ts sources and the .qm files.

    python tools/update_translations.py          # refresh everything after changing strings
    python tools/update_translations.py --check  # exit 1 if anything is out of date

A refresh runs three steps:

1. Write ``bpstudio/gui/error_catalog.py`` from :data:`bpstudio.errors.MESSAGES` (after
   importing the packages that register error kinds), so that pyside6-lupdate extracts every
   English error template as a literal string in the context ``"Errors"``.
2. Run ``pyside6-lupdate`` over every ``.py`` file below ``bpstudio/`` into
   ``resources/translations/bpstudio_<lang>.ts``. New strings arrive as unfinished, strings
   that left the code are dropped (``-no-obsolete``), and no source locations are stored, so
   that the .ts changes only when the texts change.
3. Run ``pyside6-lrelease`` to compile each .ts into the .qm that the app loads.

Translate the unfinished entries (Qt Linguist, or any editor: fill ``<translation>`` and
remove ``type="unfinished"``), then run the command again to compile them.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))

from bpstudio.i18n import (  # noqa: E402  (the path above makes the source tree importable)
    CATALOG_NAME,
    ERRORS_CONTEXT,
    SOURCE_LANGUAGE,
    SUPPORTED_LANGUAGES,
    load_error_messages,
)

SOURCE_DIR = PROJECT_ROOT / "bpstudio"
TRANSLATIONS_DIR = PROJECT_ROOT / "resources" / "translations"
ERROR_CATALOG = SOURCE_DIR / "gui" / "error_catalog.py"

CATALOG_HEADER = '''\
"""English error templates, listed so that pyside6-lupdate extracts them into the .ts files.

Generated from bpstudio.errors.MESSAGES by tools/update_translations.py: do not edit, run
that command instead. Each entry is marked with the error kind as disambiguation, which is
how bpstudio.i18n and bpstudio.gui.error_messages look the translations up.
"""

# ruff: noqa: E501


def QT_TRANSLATE_NOOP(context: str, source: str, disambiguation: str) -> str:
    """Mark ``source`` for pyside6-lupdate and return it unchanged."""
    return source


#: Error kind -> English template, as registered when this file was generated.
ERROR_TEMPLATES: dict[str, str] = '''


def python_literal(text: str) -> str:
    """Return ``text`` as a string literal quoted the way ruff's formatter prefers."""
    if '"' in text and "'" not in text:
        return repr(text)
    # A JSON string is a valid Python literal in double quotes.
    return json.dumps(text, ensure_ascii=False)


def render_error_catalog(messages: dict[str, str]) -> str:
    """Return the text of the generated error catalogue for ``messages``."""
    if not messages:
        return CATALOG_HEADER + "{}\n"
    lines = [CATALOG_HEADER, "{\n"]
    for kind in sorted(messages):
        lines.append(
            f"    {python_literal(kind)}: QT_TRANSLATE_NOOP(\n"
            f"        {python_literal(ERRORS_CONTEXT)},\n"
            f"        {python_literal(messages[kind])},\n"
            f"        {python_literal(kind)},\n"
            "    ),\n"
        )
    lines.append("}\n")
    return "".join(lines)


def qt_tool(name: str) -> list[str]:
    """Return the command that runs Qt's ``lupdate`` or ``lrelease`` shipped with PySide6."""
    wrapper = shutil.which(f"pyside6-{name}")
    if wrapper is not None:
        return [wrapper]
    import PySide6

    for candidate in (name, f"{name}.exe", f"Qt/libexec/{name}", f"Qt/bin/{name}"):
        path = Path(PySide6.__file__).parent / candidate
        if path.is_file():
            return [str(path)]
    raise SystemExit(
        f"cannot find pyside6-{name}; install PySide6-Essentials (pip install PySide6-Essentials)"
    )


def source_files() -> list[str]:
    """Return every Python file below bpstudio/, relative to the project root, sorted."""
    return sorted(str(path.relative_to(PROJECT_ROOT)) for path in SOURCE_DIR.rglob("*.py"))


def ts_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"{CATALOG_NAME}_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"{CATALOG_NAME}_{language}.qm"


def run_lupdate(ts_file: Path, language: str) -> None:
    """Merge the strings of the current sources into ``ts_file`` (created if missing)."""
    command = [
        *qt_tool("lupdate"),
        "-silent",
        "-extensions",
        "py",
        # Module-level helpers such as ``def _tr(text): return translate("Ctx", text)`` are
        # read like tr(); their texts land in the empty context, which the app also searches.
        "-tr-function-alias",
        "tr+=_tr",
        "-locations",
        "none",
        "-no-obsolete",
        "-source-language",
        "en",
        "-target-language",
        language,
        *source_files(),
        "-ts",
        str(ts_file),
    ]
    subprocess.run(command, cwd=PROJECT_ROOT, check=True)
    drop_extracomments(ts_file)


# lupdate reads a "#:" comment before a tr() call as a note to translators, but this code base
# writes "#:" for attribute documentation, so such notes are accidents that change the .ts
# whenever a nearby comment does.
EXTRACOMMENT = re.compile(r"^[ \t]*<extracomment>.*?</extracomment>\n", re.MULTILINE | re.DOTALL)


def drop_extracomments(ts_file: Path) -> None:
    """Remove the translator notes that lupdate took from "#:" documentation comments."""
    text = ts_file.read_text(encoding="utf-8")
    cleaned = EXTRACOMMENT.sub("", text)
    if cleaned != text:
        ts_file.write_text(cleaned, encoding="utf-8")


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    """Compile ``ts_file`` into ``qm_file``; unfinished entries are left out of the .qm."""
    command = [*qt_tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)]
    subprocess.run(command, cwd=PROJECT_ROOT, check=True)


def count_entries(ts_file: Path) -> tuple[int, int]:
    """Return (entries, unfinished entries) of a .ts file."""
    root = ElementTree.parse(ts_file).getroot()
    translations = root.findall("./context/message/translation")
    unfinished = [node for node in translations if node.get("type") == "unfinished"]
    return len(translations), len(unfinished)


def write_if_changed(path: Path, text: str) -> bool:
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return False
    path.write_text(text, encoding="utf-8")
    return True


def update() -> int:
    """Refresh the error catalogue, every .ts and every .qm; return the exit status."""
    if write_if_changed(ERROR_CATALOG, render_error_catalog(load_error_messages())):
        print(f"wrote {ERROR_CATALOG.relative_to(PROJECT_ROOT)}")
    for language in SUPPORTED_LANGUAGES:
        if language == SOURCE_LANGUAGE:
            continue
        ts_file = ts_path(language)
        run_lupdate(ts_file, language)
        run_lrelease(ts_file, qm_path(language))
        entries, unfinished = count_entries(ts_file)
        print(
            f"{ts_file.relative_to(PROJECT_ROOT)}: {entries} entries, {unfinished} unfinished; "
            f"compiled {qm_path(language).name}"
        )
    return 0


def check() -> int:
    """Report what a refresh would change, without writing; return 1 if anything is stale."""
    problems = []
    catalog = render_error_catalog(load_error_messages())
    if not ERROR_CATALOG.is_file() or ERROR_CATALOG.read_text(encoding="utf-8") != catalog:
        # lupdate reads the catalogue on disk, so the .ts check below misses the new kinds.
        problems.append(
            f"{ERROR_CATALOG.relative_to(PROJECT_ROOT)} differs from the registered error kinds"
        )

    with tempfile.TemporaryDirectory() as scratch:
        for language in SUPPORTED_LANGUAGES:
            if language != SOURCE_LANGUAGE:
                problems.extend(_check_language(language, Path(scratch)))

    for problem in problems:
        print(f"out of date: {problem}", file=sys.stderr)
    if problems:
        print("run: python tools/update_translations.py", file=sys.stderr)
        return 1
    print("translations are up to date")
    return 0


def _check_language(language: str, scratch_dir: Path) -> list[str]:
    ts_file, qm_file = ts_path(language), qm_path(language)
    if not ts_file.is_file():
        return [f"{ts_file.relative_to(PROJECT_ROOT)} is missing"]

    problems = []
    fresh_ts = scratch_dir / ts_file.name
    shutil.copyfile(ts_file, fresh_ts)
    run_lupdate(fresh_ts, language)
    if fresh_ts.read_bytes() != ts_file.read_bytes():
        problems.append(f"{ts_file.relative_to(PROJECT_ROOT)} lacks strings now in the code")

    fresh_qm = scratch_dir / qm_file.name
    run_lrelease(ts_file, fresh_qm)
    if not qm_file.is_file() or fresh_qm.read_bytes() != qm_file.read_bytes():
        problems.append(f"{qm_file.relative_to(PROJECT_ROOT)} is not compiled from the .ts")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="change nothing; exit 1 if the error catalogue, a .ts or a .qm is out of date",
    )
    args = parser.parse_args(argv)
    return check() if args.check else update()


if __name__ == "__main__":
    sys.exit(main())
