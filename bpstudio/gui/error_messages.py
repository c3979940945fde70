"""Errors shown in the GUI, in the interface language.

Every error kind registered in :data:`bpstudio.errors.MESSAGES` has an English template, and
:mod:`bpstudio.gui.error_catalog` lists them all for pyside6-lupdate in the translation context
``"Errors"``, with the kind as disambiguation. :func:`error_message` looks the template up
through the installed translators and fills it with the error's own fields, so a translation
can reorder the fields (``第 {line} 行``) but never has to parse an English sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from bpstudio.errors import MESSAGES, BPStudioError
from bpstudio.gui.error_catalog import ERROR_TEMPLATES
from bpstudio.i18n import ERRORS_CONTEXT, format_localized

TITLES_CONTEXT = "ErrorTitles"
#: Dialog title of each error namespace (the part of the kind before the first dot).
TITLES = {
    "csv": QT_TRANSLATE_NOOP("ErrorTitles", "Cannot read the file"),
    "data": QT_TRANSLATE_NOOP("ErrorTitles", "Problem with the data"),
    "model": QT_TRANSLATE_NOOP("ErrorTitles", "Problem with the network"),
    "training": QT_TRANSLATE_NOOP("ErrorTitles", "Training stopped"),
    "project": QT_TRANSLATE_NOOP("ErrorTitles", "Problem with the project file"),
}
DEFAULT_TITLE = QT_TRANSLATE_NOOP("ErrorTitles", "Error")


def error_template(kind: str) -> str | None:
    """Return the message template of ``kind`` in the interface language, or None if unknown.

    The English template comes from :data:`MESSAGES` (what the code raises today) and falls
    back to the generated catalogue for a kind whose package is not imported.
    """
    english = MESSAGES.get(kind) or ERROR_TEMPLATES.get(kind)
    if english is None:
        return None
    return QCoreApplication.translate(ERRORS_CONTEXT, english, kind)


def error_message(error: BaseException) -> str:
    """Return the sentence to show for ``error`` in the interface language.

    A :class:`BPStudioError` is formatted from its kind's translated template, with the fixed
    English words of its fields translated too (:mod:`bpstudio.error_values`). A template that
    does not fit the error's fields is logged and the English message is shown instead. Any
    other exception shows its own text.
    """
    if not isinstance(error, BPStudioError):
        return str(error)
    template = error_template(error.kind)
    if template is None:
        return str(error)
    message = format_localized(error, template, QCoreApplication.translate)
    return str(error) if message is None else message


def error_title(error: BaseException) -> str:
    """Return a short dialog title for ``error``, chosen by the namespace of its kind."""
    namespace = error.kind.split(".")[0] if isinstance(error, BPStudioError) else ""
    return QCoreApplication.translate(TITLES_CONTEXT, TITLES.get(namespace, DEFAULT_TITLE))


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Show ``error`` in a modal warning box with its translated title and message."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        error_title(error),
        error_message(error),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("errorMessageBox")
    if isinstance(error, BPStudioError):
        # The kind helps a teacher find the entry in the user guide's list of errors.
        box.setDetailedText(error.kind)
    box.exec()
