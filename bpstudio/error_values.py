"""English words that errors pass as field values, listed so that they can be translated.

Most fields of a :class:`bpstudio.errors.BPStudioError` are numbers, paths or names that read
the same in every language. A few carry a fixed English word or phrase chosen by the code
that raises: which quantity diverged (``"loss"``), which array contains bad values
(``"inputs"``), what kind of name was unknown (``"activation"``), what a value was expected
to be (``"a positive integer or None"``), or a fixed reason. When a field in
:data:`TRANSLATED_FIELDS` holds one of the strings listed here, the localized message shows
its translation from the context ``"ErrorValues"``. A value built from a pattern such as
``"line 3 has 5"`` matches an entry of :data:`FIELD_PATTERNS` (``"line %1 has %2"``), and a
comma-separated list of such parts is translated part by part. Any other value is shown as
it is.

Add a string here when new code passes a fixed English phrase in one of those fields, then
run ``python tools/update_translations.py``. Only literal strings are extracted.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

#: Translation context of the field values in the .ts file.
CONTEXT = "ErrorValues"

#: Fields whose string values are looked up in :data:`CONTEXT`.
TRANSLATED_FIELDS = frozenset(
    {
        "quantity",
        "which",
        "what",
        "expected",
        "detail",
        "reason",
        "reference",
        "summary",
        "more",
        "effect",
        "strategy",
        "split",
        "option",
    }
)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for pyside6-lupdate and return it unchanged."""
    return source


FIELD_VALUES: tuple[str, ...] = (
    # training.diverged: quantity
    QT_TRANSLATE_NOOP("ErrorValues", "loss"),
    QT_TRANSLATE_NOOP("ErrorValues", "weights"),
    QT_TRANSLATE_NOOP("ErrorValues", "gradients"),
    # training.non_finite_data, training.empty_data: which
    QT_TRANSLATE_NOOP("ErrorValues", "inputs"),
    QT_TRANSLATE_NOOP("ErrorValues", "targets"),
    QT_TRANSLATE_NOOP("ErrorValues", "training"),
    QT_TRANSLATE_NOOP("ErrorValues", "validation"),
    QT_TRANSLATE_NOOP("ErrorValues", "validation inputs"),
    # model.unknown_name: what
    QT_TRANSLATE_NOOP("ErrorValues", "activation"),
    QT_TRANSLATE_NOOP("ErrorValues", "initializer"),
    QT_TRANSLATE_NOOP("ErrorValues", "metric"),
    QT_TRANSLATE_NOOP("ErrorValues", "optimizer"),
    # model.invalid_argument, model.invalid_targets: expected
    QT_TRANSLATE_NOOP("ErrorValues", "a positive integer"),
    QT_TRANSLATE_NOOP("ErrorValues", "a positive integer or None"),
    QT_TRANSLATE_NOOP("ErrorValues", "a finite number >= 0"),
    QT_TRANSLATE_NOOP("ErrorValues", "a number >= 0"),
    QT_TRANSLATE_NOOP("ErrorValues", "an integer >= 0"),
    QT_TRANSLATE_NOOP("ErrorValues", "in [0, 1)"),
    QT_TRANSLATE_NOOP("ErrorValues", "positive"),
    QT_TRANSLATE_NOOP("ErrorValues", "a Dense layer"),
    QT_TRANSLATE_NOOP("ErrorValues", "'float32' or 'float64'"),
    QT_TRANSLATE_NOOP("ErrorValues", "'auto', 'min' or 'max'"),
    QT_TRANSLATE_NOOP("ErrorValues", "'classification' or 'regression'"),
    QT_TRANSLATE_NOOP("ErrorValues", "whose rows sum to 1 (one-hot class labels)"),
    # data.too_few_rows: split; data.missing_filled: strategy; data.*: option
    QT_TRANSLATE_NOOP("ErrorValues", "test"),
    QT_TRANSLATE_NOOP("ErrorValues", "mean"),
    QT_TRANSLATE_NOOP("ErrorValues", "median"),
    QT_TRANSLATE_NOOP("ErrorValues", "most frequent"),
    QT_TRANSLATE_NOOP("ErrorValues", "missing-value strategy"),
    QT_TRANSLATE_NOOP("ErrorValues", "decimal mark"),
    QT_TRANSLATE_NOOP("ErrorValues", "number of samples"),
    QT_TRANSLATE_NOOP("ErrorValues", "noise"),
    # csv.ragged_rows: reference; data.constant_feature(s): effect
    QT_TRANSLATE_NOOP("ErrorValues", "most lines"),
    QT_TRANSLATE_NOOP("ErrorValues", "; it is scaled to 0"),
    QT_TRANSLATE_NOOP("ErrorValues", "; they are scaled to 0"),
    # project.*: fixed reasons
    QT_TRANSLATE_NOOP("ErrorValues", "it is not a zip archive"),
    QT_TRANSLATE_NOOP("ErrorValues", "the zip archive is empty"),
    QT_TRANSLATE_NOOP("ErrorValues", "every row has a missing value"),
    QT_TRANSLATE_NOOP("ErrorValues", "the weights do not match the saved layers"),
    QT_TRANSLATE_NOOP("ErrorValues", "it contains NUL bytes"),
    # Operating-system messages (os.strerror on Linux and macOS) passed as a reason.
    QT_TRANSLATE_NOOP("ErrorValues", "No such file or directory"),
    QT_TRANSLATE_NOOP("ErrorValues", "Permission denied"),
    QT_TRANSLATE_NOOP("ErrorValues", "Is a directory"),
    QT_TRANSLATE_NOOP("ErrorValues", "No space left on device"),
    QT_TRANSLATE_NOOP("ErrorValues", "Read-only file system"),
    QT_TRANSLATE_NOOP("ErrorValues", "File name too long"),
)

#: Patterns of values built with numbers or names; %1, %2 stand for the variable parts.
FIELD_PATTERNS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ErrorValues", "header on line %1"),
    QT_TRANSLATE_NOOP("ErrorValues", "line %1 has %2"),
    QT_TRANSLATE_NOOP("ErrorValues", "and %1 more lines differ"),
    QT_TRANSLATE_NOOP("ErrorValues", " and %1 more"),
    # model.invalid_targets: detail
    QT_TRANSLATE_NOOP("ErrorValues", "row %1 sums to %2"),
)
#: Separator of the parts of a list value ("line 3 has 5, line 4 has 3"), itself translated.
LIST_SEPARATOR = QT_TRANSLATE_NOOP("ErrorValues", ", ")


# A variable part never spans the separator of a list value.
_VARIABLE_PART = r"(?:(?!, ).)+?"


@cache
def _pattern_regex(pattern: str) -> re.Pattern[str]:
    parts = re.split(r"(%\d)", pattern)
    regex = "".join(
        f"(?P<p{part[1]}>{_VARIABLE_PART})" if re.fullmatch(r"%\d", part) else re.escape(part)
        for part in parts
    )
    return re.compile(regex + "$")


def _translate_part(part: str, translate: Callable[[str, str], str]) -> str | None:
    if part in FIELD_VALUES:
        return translate(CONTEXT, part) or None
    for pattern in FIELD_PATTERNS:
        match = _pattern_regex(pattern).match(part)
        if match is None:
            continue
        translated = translate(CONTEXT, pattern)
        if not translated:
            return None
        for name, value in match.groupdict().items():
            translated = translated.replace(f"%{name[1:]}", value)
        return translated
    return None


def translate_value(value: str, translate: Callable[[str, str], str]) -> str:
    """Return ``value`` translated with ``translate(context, text)``, or unchanged.

    ``translate`` returns an empty string when it has no translation. A list value is
    translated only when every one of its parts is, so a message never mixes languages
    inside one field.
    """
    whole = _translate_part(value, translate)
    if whole is not None:
        return whole
    parts = value.split(LIST_SEPARATOR)
    if len(parts) == 1:
        return value
    translated = [_translate_part(part, translate) for part in parts]
    if any(part is None for part in translated):
        return value
    separator = translate(CONTEXT, LIST_SEPARATOR) or LIST_SEPARATOR
    return separator.join(translated)
