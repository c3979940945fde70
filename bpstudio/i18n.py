"""Interface languages, translation files and localized error messages.

BP Studio speaks English (the language of the source strings) and Simplified Chinese. The
translations follow Qt's workflow: ``tr()`` in the GUI and the English error templates of
:data:`bpstudio.errors.MESSAGES` are extracted by ``pyside6-lupdate`` into
``resources/translations/bpstudio_zh_CN.ts`` and compiled by ``pyside6-lrelease`` into the
``.qm`` that Qt loads (``tools/update_translations.py`` runs both). Error templates sit in
the context ``"Errors"`` with the error kind as disambiguation, so the command line and the
GUI look up the same entry.

This module imports no Qt at import time, because ``bpstudio.cli`` imports it and the command
line must start without Qt. Only :func:`load_translator` and :func:`system_language` import
``PySide6.QtCore``, inside the function.
"""

from __future__ import annotations

import importlib
import logging
import os
import pkgutil
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from bpstudio import error_values
from bpstudio.errors import MESSAGES, BPStudioError
from bpstudio.resources import resource_path

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

log = logging.getLogger(__name__)

#: Language codes the interface ships in, in menu order; English is the source language.
SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "zh_CN")
SOURCE_LANGUAGE = "en"
#: Each language's name written in that language, for the View → Language menu.
NATIVE_NAMES: dict[str, str] = {"en": "English", "zh_CN": "简体中文"}
#: Translation context of the error templates in the .ts file.
ERRORS_CONTEXT = "Errors"
#: Base name of the compiled translations: resources/translations/bpstudio_<lang>.qm.
CATALOG_NAME = "bpstudio"
#: Packages that register error kinds in bpstudio.errors.MESSAGES when imported.
ERROR_PACKAGES: tuple[str, ...] = ("bpstudio.engine", "bpstudio.data", "bpstudio.project")


def load_error_messages() -> dict[str, str]:
    """Import every module of the packages that register error kinds; return all templates.

    Every submodule is imported, not only the packages, so that a kind registered by a module
    that its package imports lazily is listed too. Returns a copy of the English templates.
    """
    for package_name in ERROR_PACKAGES:
        package = importlib.import_module(package_name)
        for module in pkgutil.walk_packages(package.__path__, f"{package_name}."):
            importlib.import_module(module.name)
    return dict(MESSAGES)


def normalize_language(name: str | None) -> str | None:
    """Map a locale or language name to a code of :data:`SUPPORTED_LANGUAGES`.

    Accepts POSIX locales (``zh_CN.UTF-8``, ``en_US``), BCP 47 tags (``zh-Hans-CN``) and bare
    language codes. Every Chinese variant maps to ``"zh_CN"`` because Simplified Chinese is the
    only Chinese translation and reads better for them than English. ``"C"`` and ``"POSIX"``
    mean English. Returns None for an empty name or a language BP Studio does not ship.
    """
    if not name:
        return None
    base = name.split(".")[0].split("@")[0].replace("-", "_").strip()
    language = base.split("_")[0].lower()
    if language in ("c", "posix", "en"):
        return "en"
    if language == "zh":
        return "zh_CN"
    return None


def environment_language(environ: dict[str, str] | None = None) -> str | None:
    """Return the language that POSIX locale variables select, or None when none is set.

    The order is the one gettext uses for messages: ``LANGUAGE`` (a colon-separated list of
    preferences), then ``LC_ALL``, ``LC_MESSAGES`` and ``LANG``. The first set variable
    decides, except that a ``LANGUAGE`` list without a supported entry is skipped.
    """
    environ = os.environ if environ is None else environ
    for preference in environ.get("LANGUAGE", "").split(":"):
        language = normalize_language(preference)
        if language is not None:
            return language
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable)
        if value:
            return normalize_language(value) or SOURCE_LANGUAGE
    return None


def system_language() -> str:
    """Return the interface language of the user's locale, English when it is not supported.

    POSIX locale variables decide when set (Linux, and macOS terminals); otherwise Qt's
    ``QLocale.system()`` reads the platform's preferred UI languages (Windows, macOS apps).
    """
    language = environment_language()
    if language is not None:
        return language

    from PySide6.QtCore import QLocale

    for name in QLocale.system().uiLanguages():
        language = normalize_language(name)
        if language is not None:
            return language
    return SOURCE_LANGUAGE


def translations_dir() -> Path:
    """Return the folder that contains the .ts sources and compiled .qm files."""
    return resource_path("translations")


def qm_path(language: str) -> Path:
    """Return the compiled translation file of ``language`` (it may not exist for English)."""
    return translations_dir() / f"{CATALOG_NAME}_{language}.qm"


def load_translator(language: str) -> QTranslator | None:
    """Load BP Studio's .qm for ``language`` into a new QTranslator.

    Returns None for the source language. Raises FileNotFoundError when the .qm of a
    supported language is missing (a broken installation), naming the path and the command
    that builds it.
    """
    if language == SOURCE_LANGUAGE:
        return None

    from PySide6.QtCore import QTranslator

    path = qm_path(language)
    translator = QTranslator()
    if not translator.load(str(path)):
        raise FileNotFoundError(
            f"translation file {path} is missing or unreadable; "
            "build it with: python tools/update_translations.py"
        )
    return translator


@cache
def _cached_translator(language: str) -> QTranslator | None:
    try:
        return load_translator(language)
    except FileNotFoundError as error:
        log.warning("%s; messages stay in English", error)
        return None


def translated_template(kind: str, language: str) -> str | None:
    """Return the translated message template of an error kind, or None when there is none."""
    english = MESSAGES.get(kind)
    if english is None or language == SOURCE_LANGUAGE:
        return None
    translator = _cached_translator(language)
    if translator is None:
        return None
    translation = translator.translate(ERRORS_CONTEXT, english, kind)
    return translation or None


def format_localized(
    error: BPStudioError, template: str, translate: Callable[[str, str], str]
) -> str | None:
    """Fill a translated ``template`` with the fields of ``error``; None if they do not fit.

    String values of the fields in :data:`bpstudio.error_values.TRANSLATED_FIELDS` are
    translated with :func:`bpstudio.error_values.translate_value`; ``translate(context,
    text)`` returns the translation or an empty string when there is none.
    """
    fields = dict(error.fields)
    for name, value in fields.items():
        if name in error_values.TRANSLATED_FIELDS and isinstance(value, str):
            fields[name] = error_values.translate_value(value, translate)
    try:
        return template.format(**fields)
    except (KeyError, IndexError, ValueError):
        log.warning("the translation of error kind %r does not fit its fields", error.kind)
        return None


def localized_message(error: BaseException, lang: str | None = None) -> str:
    """Return the message of ``error`` in ``lang`` (default: the user's locale).

    A :class:`~bpstudio.errors.BPStudioError` is formatted from the translated template of its
    kind with its own fields. Any other exception, an untranslated kind, or a translation
    whose placeholders do not fit the fields gives the English text of ``str(error)``.
    """
    if not isinstance(error, BPStudioError):
        return str(error)
    language = normalize_language(lang) if lang else system_language()
    template = translated_template(error.kind, language or SOURCE_LANGUAGE)
    if template is None:
        return str(error)
    translator = _cached_translator(language)
    message = format_localized(error, template, translator.translate)
    return str(error) if message is None else message
