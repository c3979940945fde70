"""English words that errors pass as field values, listed so that they can be translated.

Most fields of a :class:`bpstudio.errors.BPStudioError` are numbers, paths or names that read
the same in every language. A few carry a fixed English word or phrase chosen by the code
that raises: which quantity diverged (``"loss"``), which array holds bad values
(``"inputs"``), what kind of name was unknown (``"activation"``), what a value was expected
to be (``"a positive integer or None"``), or a fixed reason. When a field in
:data:`TRANSLATED_FIELDS` holds one of the strings listed here, the localized message shows
its translation from the context ``"ErrorValues"``; any other value is shown as it is.

Add a string here when new code passes a fixed English phrase in one of those fields, then
run ``python tools/update_translations.py``. Only literal strings are extracted.
"""

from __future__ import annotations

#: Translation context of the field values in the .ts file.
CONTEXT = "ErrorValues"

#: Fields whose string values are looked up in :data:`CONTEXT`.
TRANSLATED_FIELDS = frozenset({"quantity", "which", "what", "expected", "detail", "reason"})


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
