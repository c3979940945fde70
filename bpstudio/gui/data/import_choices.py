"""The choices the import preview offers for each setting, with their display names."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

ENCODINGS = (
    "utf-8",
    "utf-8-sig",
    "gb18030",
    "gbk",
    "big5",
    "shift_jis",
    "latin-1",
    "cp1252",
    "utf-16",
)
# Choice names are marked for pyside6-lupdate here and translated where they are shown.
DELIMITERS = (
    (",", QT_TRANSLATE_NOOP("ImportDialog", "Comma ( , )")),
    (";", QT_TRANSLATE_NOOP("ImportDialog", "Semicolon ( ; )")),
    ("\t", QT_TRANSLATE_NOOP("ImportDialog", "Tab")),
    ("|", QT_TRANSLATE_NOOP("ImportDialog", "Pipe ( | )")),
    (" ", QT_TRANSLATE_NOOP("ImportDialog", "Space")),
    ("whitespace", QT_TRANSLATE_NOOP("ImportDialog", "Any run of spaces or tabs")),
)
DECIMALS = (
    (".", QT_TRANSLATE_NOOP("ImportDialog", "Point ( . )")),
    (",", QT_TRANSLATE_NOOP("ImportDialog", "Comma ( , )")),
)


def translated(name: str) -> str:
    """Return one of this module's choice names in the interface language."""
    return QCoreApplication.translate("ImportDialog", name)


def delimiter_name(delimiter: str | None) -> str:
    """Return the display name of a delimiter, or its repr when it is not a listed choice."""
    for value, name in DELIMITERS:
        if value == delimiter:
            return translated(name)
    return repr(delimiter)
