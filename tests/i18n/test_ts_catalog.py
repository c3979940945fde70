"""The .ts sources: every entry translated, placeholders kept, and the .qm compiled from them."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

from conftest import PROJECT_ROOT

TRANSLATIONS_DIR = PROJECT_ROOT / "resources" / "translations"
TS_FILES = sorted(TRANSLATIONS_DIR.glob("bpstudio_*.ts"))

# Qt's %1..%99 and %n, and Python's {field} / {field:.3g} / {field!r}; "{{" is a literal brace.
QT_PLACEHOLDER = re.compile(r"%(?:\d{1,2}|n)")
PYTHON_FIELD = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*(?:[!:][^{}]*)?)\}")
MNEMONIC = re.compile(r"&(?!&)\S")


def entries():
    """Yield (ts file name, context, source, comment, [translation texts], type) per message."""
    for ts_file in TS_FILES:
        root = ElementTree.parse(ts_file).getroot()
        for context in root.iter("context"):
            context_name = context.findtext("name")
            for message in context.iter("message"):
                translation = message.find("translation")
                forms = [form.text or "" for form in translation.iter("numerusform")]
                texts = forms if forms else [translation.text or ""]
                yield (
                    ts_file.name,
                    context_name,
                    message.findtext("source"),
                    message.findtext("comment"),
                    texts,
                    translation.get("type"),
                )


def entry_id(entry):
    return f"{entry[1]}: {entry[2][:40]}"


ENTRIES = list(entries())


def test_ts_files_exist():
    assert [path.name for path in TS_FILES] == ["bpstudio_zh_CN.ts"]
    assert ENTRIES


def test_every_entry_translated():
    unfinished = [entry_id(entry) for entry in ENTRIES if entry[5] is not None]
    empty = [entry_id(entry) for entry in ENTRIES if not all(t.strip() for t in entry[4])]
    assert unfinished == []
    assert empty == []


def test_every_entry_keeps_placeholders():
    mismatched = []
    for entry in ENTRIES:
        source, texts = entry[2], entry[4]
        for text in texts:
            qt_same = sorted(QT_PLACEHOLDER.findall(text)) == sorted(QT_PLACEHOLDER.findall(source))
            fields_same = sorted(PYTHON_FIELD.findall(text)) == sorted(PYTHON_FIELD.findall(source))
            if not (qt_same and fields_same):
                mismatched.append(f"{entry_id(entry)} -> {text[:40]}")
    assert mismatched == []


def test_every_entry_keeps_mnemonic():
    # A menu item with a keyboard shortcut letter keeps one, written "文件(&F)".
    lost = []
    for entry in ENTRIES:
        source, texts = entry[2], entry[4]
        for text in texts:
            if bool(MNEMONIC.search(text)) != bool(MNEMONIC.search(source)):
                lost.append(f"{entry_id(entry)} -> {text[:40]}")
    assert lost == []


def test_error_entries_name_their_kind():
    from bpstudio.gui.error_catalog import ERROR_TEMPLATES

    errors = [entry for entry in ENTRIES if entry[1] == "Errors"]
    assert {entry[3] for entry in errors} == set(ERROR_TEMPLATES)
    for _, _, source, kind, _, _ in errors:
        assert source == ERROR_TEMPLATES[kind]


def test_update_translations_check_passes():
    result = subprocess.run(
        [sys.executable, "tools/update_translations.py", "--check"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# Variants that docs/glossary.md replaces with the course terms (隐含层, 批大小, 轮次, 损失函数).
DISCOURAGED_TERMS = ("隐藏层", "批量大小", "时期", "纪元", "代价函数", "激励函数")


def test_translations_use_glossary_terms():
    found = [
        f"{entry_id(entry)} -> {term}"
        for entry in ENTRIES
        for text in entry[4]
        for term in DISCOURAGED_TERMS
        if term in text
    ]
    assert found == []
