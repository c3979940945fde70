"""The command line's own text (headings, summaries, progress) in the user's language.

Errors are localized by :func:`bpstudio.i18n.localized_message`; the rest of what the
commands print goes through :func:`tr`. It looks ``text`` up in the same compiled catalogue
(``resources/translations/bpstudio_<lang>.qm``) in the empty context, where pyside6-lupdate
files a module-level ``tr("...")`` call, and falls back to the English text. Only literal
arguments are extracted, so the texts are templates filled with ``str.format`` afterwards.
The language is the one errors use: the locale variables (``LANG=zh_CN.UTF-8``), else the
system's interface language.
"""

from __future__ import annotations

import logging
from functools import cache

log = logging.getLogger(__name__)


@cache
def _translator():
    from bpstudio import i18n

    language = i18n.system_language()
    if language == i18n.SOURCE_LANGUAGE:
        return None
    try:
        return i18n.load_translator(language)
    except (FileNotFoundError, ImportError) as error:
        log.info("command-line text stays in English: %s", error)
        return None


def tr(text: str) -> str:
    """Return ``text`` translated into the locale's language, or ``text`` itself."""
    translator = _translator()
    if translator is None:
        return text
    return translator.translate("", text) or text


def reset_language() -> None:
    """Forget the loaded catalogue, so that a changed locale takes effect (for tests)."""
    _translator.cache_clear()
