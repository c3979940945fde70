"""Language codes: locale names, environment variables and the saved choice."""

import pytest

from bpstudio import i18n


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("zh_CN.UTF-8", "zh_CN"),
        ("zh_CN", "zh_CN"),
        ("zh-CN", "zh_CN"),
        ("zh-Hans-CN", "zh_CN"),
        ("zh_SG.GB2312", "zh_CN"),
        ("zh_TW.UTF-8", "zh_CN"),
        ("zh", "zh_CN"),
        ("en_US.UTF-8", "en"),
        ("en_GB@euro", "en"),
        ("C", "en"),
        ("C.UTF-8", "en"),
        ("POSIX", "en"),
        ("de_DE.UTF-8", None),
        ("", None),
        (None, None),
    ],
)
def test_normalize_language(name, expected):
    assert i18n.normalize_language(name) == expected


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "zh_CN.UTF-8"}, "zh_CN"),
        ({"LANG": "zh_CN.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, "en"),
        ({"LANGUAGE": "zh_CN:en", "LANG": "en_US.UTF-8"}, "zh_CN"),
        ({"LANGUAGE": "fr:de", "LANG": "zh_CN.UTF-8"}, "zh_CN"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({}, None),
    ],
)
def test_environment_language(environ, expected):
    assert i18n.environment_language(environ) == expected


def test_system_language_follows_lang(monkeypatch):
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert i18n.system_language() == "zh_CN"
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert i18n.system_language() == "en"


def test_every_language_has_native_name():
    assert set(i18n.NATIVE_NAMES) == set(i18n.SUPPORTED_LANGUAGES)
    assert i18n.NATIVE_NAMES["zh_CN"] == "简体中文"


def test_compiled_translation_exists_for_each_language():
    for language in i18n.SUPPORTED_LANGUAGES:
        if language != i18n.SOURCE_LANGUAGE:
            assert i18n.qm_path(language).is_file(), language
