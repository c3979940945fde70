"""The interface language: choosing it, loading its translations, and the View → Language menu.

The language is chosen once, before the window is built: the ``--lang`` option, else the
choice saved from View → Language, else the system locale (:func:`bpstudio.i18n.system_language`).
:func:`install_translators` then loads BP Studio's .qm and Qt's own ``qtbase`` translations
(the buttons of standard dialogs: 确定, 取消, 打开...).

A choice made in View → Language is saved and takes effect at the next start; a message box
says so when the choice is made. The window is not retranslated live: panels build their texts
once with ``tr()`` and do not rebuild them on ``QEvent.LanguageChange``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
)
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from bpstudio.gui import fonts
from bpstudio.i18n import (
    NATIVE_NAMES,
    SOURCE_LANGUAGE,
    SUPPORTED_LANGUAGES,
    load_translator,
    normalize_language,
    system_language,
    translations_dir,
)

log = logging.getLogger(__name__)

SETTINGS_ORGANIZATION = "BP Studio"
SETTINGS_APPLICATION = "BP Studio"
#: QSettings key of the language chosen in View → Language ("en" or "zh_CN").
LANGUAGE_KEY = "ui/language"
#: Qt's own catalogues loaded beside BP Studio's: widgets and standard dialogs.
QT_CATALOGS = ("qtbase",)

#: Application property holding the interface font that the Chinese interface replaced.
FONT_BEFORE_PROPERTY = "bpstudioFontBeforeChinese"
#: objectName of each language's action in View → Language.
ACTION_NAMES = {"en": "languageEnglishAction", "zh_CN": "languageChineseAction"}

#: Language installed by the last call of install_translators (None before the first).
_current_language: str | None = None


class _CatalogTranslator(QTranslator):
    """BP Studio's catalogue, searched under the caller's context and then the empty one.

    lupdate files a ``tr("...")`` that it cannot attach to a class (a bare ``tr`` alias of
    ``self.tr``, or a module-level helper) under the empty context, while Qt looks the text
    up under the class name at run time. Searching the empty context second finds those
    texts without ever overriding a translation made for the caller's own context.
    """

    def __init__(self, catalog: QTranslator, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        catalog.setParent(self)

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        text = self._catalog.translate(context, source_text, disambiguation, n)
        if not text and context:
            text = self._catalog.translate("", source_text, disambiguation, n)
        # None becomes a null QString, which makes Qt try the next translator and finally show
        # the source text. Qt would show an empty string as the translation.
        return text or None

    def isEmpty(self) -> bool:
        return self._catalog.isEmpty()


def app_settings() -> QSettings:
    """Return BP Studio's user settings, whatever organisation name the application has set."""
    return QSettings(
        QSettings.Format.NativeFormat,
        QSettings.Scope.UserScope,
        SETTINGS_ORGANIZATION,
        SETTINGS_APPLICATION,
    )


def saved_language(settings: QSettings | None = None) -> str | None:
    """Return the language saved from View → Language, or None when none was chosen."""
    settings = settings if settings is not None else app_settings()
    value = settings.value(LANGUAGE_KEY)
    return normalize_language(str(value)) if value else None


def save_language(language: str, settings: QSettings | None = None) -> None:
    """Remember ``language`` for the next start."""
    if language not in SUPPORTED_LANGUAGES:
        raise ValueError(
            f"unsupported language {language!r}; expected one of {SUPPORTED_LANGUAGES}"
        )
    settings = settings if settings is not None else app_settings()
    settings.setValue(LANGUAGE_KEY, language)
    settings.sync()


def choose_language(lang: str | None = None, settings: QSettings | None = None) -> str:
    """Return the language to use: ``lang``, else the saved choice, else the system locale.

    Raises ValueError for a ``lang`` that BP Studio has no translation for, so that
    ``bpstudio --lang xx`` fails with a clear message instead of starting in English.
    """
    if lang:
        language = normalize_language(lang)
        if language is None:
            supported = ", ".join(SUPPORTED_LANGUAGES)
            raise ValueError(f"unsupported interface language {lang!r}; choose one of {supported}")
        return language
    return saved_language(settings) or system_language()


def current_language() -> str:
    """Return the language the running application was started in."""
    return _current_language or choose_language()


def qt_translations_dirs() -> list[Path]:
    """Return where Qt's own .qm files may be: Qt's translations folder, then ours."""
    return [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), translations_dir()]


def _load_qt_translator(catalog: str, language: str, parent) -> QTranslator | None:
    translator = QTranslator(parent)
    for folder in qt_translations_dirs():
        if translator.load(f"{catalog}_{language}", str(folder)):
            return translator
    log.warning(
        "Qt's %s translation for %s was not found; standard dialogs stay in English",
        catalog,
        language,
    )
    return None


def install_translators(app: QCoreApplication, lang: str | None = None) -> str:
    """Load the translations of the interface language into ``app``; return the language.

    Call it after the application exists and before any window is built. Translators
    installed by an earlier call are removed first, so tests can switch languages. A missing
    .qm of BP Studio is logged and leaves the interface in English.
    """
    global _current_language
    remove_translators(app)
    language = choose_language(lang)
    _current_language = language
    if language == SOURCE_LANGUAGE:
        return language

    try:
        catalog = load_translator(language)
    except FileNotFoundError as error:
        log.warning("%s; the interface stays in English", error)
        return language
    translators = [_CatalogTranslator(catalog, app)]
    for catalog in QT_CATALOGS:
        qt_translator = _load_qt_translator(catalog, language, app)
        if qt_translator is not None:
            translators.append(qt_translator)

    for translator in translators:
        translator.setObjectName("bpstudioTranslator")
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(language))
    if isinstance(app, QGuiApplication):
        font_before = app.font()
        if fonts.prefer_shipped_font_for_chinese(app):
            app.setProperty(FONT_BEFORE_PROPERTY, font_before)
    log.debug("interface language %s", language)
    return language


def remove_translators(app: QCoreApplication) -> None:
    """Remove the translators that install_translators added, and restore the interface font."""
    for translator in app.findChildren(QTranslator, "bpstudioTranslator"):
        app.removeTranslator(translator)
        translator.setParent(None)
        translator.deleteLater()
    font_before = app.property(FONT_BEFORE_PROPERTY)
    if font_before is not None:
        app.setFont(font_before)
        app.setProperty(FONT_BEFORE_PROPERTY, None)


def add_language_menu(window: QMainWindow, settings: QSettings | None = None) -> QMenu:
    """Add View → Language (English / 简体中文) to ``window``; return the submenu.

    Each language is written in its own script, so a user who cannot read the current
    language still finds theirs. Choosing one saves it and shows a message that it applies
    at the next start.
    """
    view_menu = window.findChild(QMenu, "viewMenu")
    if view_menu is None:
        raise LookupError("the window has no menu with objectName 'viewMenu'")
    existing = view_menu.findChild(QMenu, "languageMenu")
    if existing is not None:
        return existing

    menu = QMenu(QCoreApplication.translate("LanguageMenu", "&Language"), view_menu)
    menu.setObjectName("languageMenu")
    view_menu.addSeparator()
    view_menu.addMenu(menu)
    group = QActionGroup(menu)
    group.setExclusive(True)
    running = current_language()
    for language in SUPPORTED_LANGUAGES:
        action = QAction(NATIVE_NAMES[language], menu)
        action.setObjectName(ACTION_NAMES[language])
        action.setCheckable(True)
        action.setChecked(language == (saved_language(settings) or running))
        action.setData(language)
        group.addAction(action)
        menu.addAction(action)
    group.triggered.connect(lambda action: _language_chosen(window, action.data(), settings))
    return menu


def _language_chosen(window: QMainWindow, language: str, settings: QSettings | None) -> None:
    save_language(language, settings)
    if language == current_language():
        return
    QMessageBox.information(
        window,
        QCoreApplication.translate("LanguageMenu", "Language"),
        QCoreApplication.translate(
            "LanguageMenu", "BP Studio will use {language} the next time it starts."
        ).format(language=NATIVE_NAMES[language]),
    )
