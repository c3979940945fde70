"""Translators, Qt's own translations, the View → Language menu and errors shown in the GUI."""

import re

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDialogButtonBox, QMainWindow, QMenu, QMessageBox

from bpstudio.errors import MESSAGES, BPStudioError, DataError
from bpstudio.gui import error_messages, language
from bpstudio.i18n import load_error_messages

CHINESE = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def chinese(qapp):
    assert language.install_translators(qapp, "zh_CN") == "zh_CN"
    yield qapp
    language.remove_translators(qapp)
    language._current_language = None


def window_with_view_menu():
    window = QMainWindow()
    view_menu = window.menuBar().addMenu("View")
    view_menu.setObjectName("viewMenu")
    return window


def test_choose_language_prefers_argument(settings):
    language.save_language("en", settings)
    assert language.choose_language("zh_CN.UTF-8", settings) == "zh_CN"


def test_choose_language_uses_saved_choice(settings, monkeypatch):
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    language.save_language("zh_CN", settings)
    assert language.choose_language(None, settings) == "zh_CN"


def test_choose_language_falls_back_to_locale(settings, monkeypatch):
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert language.choose_language(None, settings) == "zh_CN"


def test_choose_language_rejects_unknown(settings):
    with pytest.raises(ValueError, match="unsupported interface language 'fr'"):
        language.choose_language("fr", settings)


def test_save_language_rejects_unknown(settings):
    with pytest.raises(ValueError, match="unsupported language"):
        language.save_language("klingon", settings)


def test_zh_translators_translate_our_strings(chinese):
    text = QCoreApplication.translate("LanguageMenu", "&Language")
    assert CHINESE.search(text)


def test_zh_translators_translate_qt_dialogs(chinese):
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    texts = {button.text() for button in box.buttons()}
    assert any("取消" in text for text in texts), texts


def test_untranslated_text_passes_through(chinese):
    assert QCoreApplication.translate("MainWindow", "No such text anywhere") == (
        "No such text anywhere"
    )


def test_empty_context_found_from_class_context(chinese):
    import xml.etree.ElementTree as ElementTree

    from conftest import PROJECT_ROOT

    ts = PROJECT_ROOT / "resources" / "translations" / "bpstudio_zh_CN.ts"
    contexts = ElementTree.parse(ts).getroot().iter("context")
    empty = next((c for c in contexts if not c.findtext("name")), None)
    if empty is None:
        pytest.skip("no text is filed under the empty context")
    message = empty.find("message")
    source, translation = message.findtext("source"), message.findtext("translation")
    assert QCoreApplication.translate("SomeWidget", source) == translation


def test_remove_translators_restores_english(qapp):
    language.install_translators(qapp, "zh_CN")
    language.remove_translators(qapp)
    language._current_language = None
    assert QCoreApplication.translate("LanguageMenu", "&Language") == "&Language"


def test_english_installs_nothing(qapp):
    assert language.install_translators(qapp, "en") == "en"
    assert QCoreApplication.translate("LanguageMenu", "&Language") == "&Language"
    language._current_language = None


def test_language_menu_lists_both_languages(qtbot, settings):
    window = window_with_view_menu()
    qtbot.addWidget(window)
    menu = language.add_language_menu(window, settings)

    assert menu.objectName() == "languageMenu"
    assert window.findChild(QMenu, "viewMenu").findChild(QMenu, "languageMenu") is menu
    assert [action.text() for action in menu.actions()] == ["English", "简体中文"]
    assert language.add_language_menu(window, settings) is menu


def test_language_menu_saves_choice(qtbot, settings, monkeypatch):
    messages_shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: messages_shown.append(args))
    monkeypatch.setattr(language, "_current_language", "en")
    window = window_with_view_menu()
    qtbot.addWidget(window)
    menu = language.add_language_menu(window, settings)

    chinese_action = menu.findChild(type(menu.actions()[0]), "languageChineseAction")
    chinese_action.trigger()

    assert language.saved_language(settings) == "zh_CN"
    assert chinese_action.isChecked()
    assert len(messages_shown) == 1
    assert "简体中文" in messages_shown[0][2]


def test_language_menu_needs_view_menu(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    with pytest.raises(LookupError, match="viewMenu"):
        language.add_language_menu(window)


def test_gui_error_message_in_chinese(chinese):
    load_error_messages()
    kind = sorted(MESSAGES)[0]
    fields = {name: 7 for name in re.findall(r"\{(\w+)", MESSAGES[kind])}
    error = BPStudioError(kind, **fields)

    assert CHINESE.search(error_messages.error_message(error))
    assert CHINESE.search(error_messages.error_title(error))


def test_gui_error_message_bad_translation_falls_back(chinese, monkeypatch):
    load_error_messages()
    kind = sorted(MESSAGES)[0]
    error = BPStudioError(kind, **{name: 7 for name in re.findall(r"\{(\w+)", MESSAGES[kind])})
    monkeypatch.setattr(error_messages, "error_template", lambda kind: "{no_such_field}")
    assert error_messages.error_message(error) == str(error)


def test_gui_error_message_other_exception(chinese):
    assert error_messages.error_message(KeyError("x")) == "'x'"
    assert CHINESE.search(error_messages.error_title(KeyError("x")))


def test_gui_error_unknown_kind(chinese):
    error = DataError("data.not_a_registered_kind", value=3)
    assert error_messages.error_message(error) == str(error)
