"""Every error kind has a Chinese message, on the command line and in the GUI."""

import importlib.util
import os
import re
import string
import subprocess
import sys

import pytest
from conftest import PROJECT_ROOT

from bpstudio import i18n
from bpstudio.errors import BPStudioError, DataError

CHINESE = re.compile(r"[\u4e00-\u9fff]")
MESSAGES = i18n.load_error_messages()


def field_names(template):
    return sorted({name for _, name, _, _ in string.Formatter().parse(template) if name})


def sample_error(kind):
    # 7 formats under every spec the templates use ({value}, {value:g}, {line:d}, {path!r}).
    return BPStudioError(kind, **dict.fromkeys(field_names(MESSAGES[kind]), 7))


def test_errors_are_registered():
    namespaces = {kind.split(".")[0] for kind in MESSAGES}
    assert namespaces <= {"model", "training", "csv", "data", "project"}
    assert len(MESSAGES) > 0


@pytest.mark.parametrize("kind", sorted(MESSAGES))
def test_error_kind_has_chinese_template(kind):
    template = i18n.translated_template(kind, "zh_CN")
    assert template is not None, f"no Chinese message for {kind}: {MESSAGES[kind]!r}"
    assert CHINESE.search(template)
    assert field_names(template) == field_names(MESSAGES[kind])


@pytest.mark.parametrize("kind", sorted(MESSAGES))
def test_error_kind_formats_in_chinese(kind):
    message = i18n.localized_message(sample_error(kind), "zh_CN")
    assert CHINESE.search(message)
    assert message != str(sample_error(kind))


def test_english_message_unchanged():
    kind = sorted(MESSAGES)[0]
    error = sample_error(kind)
    assert i18n.localized_message(error, "en") == str(error)


def test_other_exceptions_keep_their_text():
    assert i18n.localized_message(OSError("disk full"), "zh_CN") == "disk full"


def test_unregistered_kind_falls_back_to_fields():
    error = DataError("data.not_a_registered_kind", value=3)
    assert i18n.localized_message(error, "zh_CN") == str(error)


def test_locale_picks_language(monkeypatch):
    kind = sorted(MESSAGES)[0]
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert CHINESE.search(i18n.localized_message(sample_error(kind)))
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert not CHINESE.search(i18n.localized_message(sample_error(kind)))


def run_cli(*args, lang):
    environ = {key: value for key, value in os.environ.items() if not key.startswith("LC_")}
    environ.pop("LANGUAGE", None)
    environ["LANG"] = lang
    return subprocess.run(
        [sys.executable, "-m", "bpstudio", *args],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        env=environ,
        timeout=60,
    )


@pytest.mark.skipif(
    importlib.util.find_spec("bpstudio.commands.inspect") is None,
    reason="the inspect command is not written yet",
)
def test_cli_prints_chinese_under_zh_locale(tmp_path):
    missing = str(tmp_path / "missing.csv")
    chinese = run_cli("inspect", missing, lang="zh_CN.UTF-8")
    english = run_cli("inspect", missing, lang="en_US.UTF-8")

    assert chinese.returncode == 1
    assert CHINESE.search(chinese.stderr), chinese.stderr
    assert "missing.csv" in chinese.stderr
    assert english.returncode == 1
    assert not CHINESE.search(english.stderr), english.stderr
    assert "missing.csv" in english.stderr
