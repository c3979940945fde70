"""The command line's headings, summaries and progress go through the translation catalogue."""

import ast

import pytest
from conftest import PROJECT_ROOT

from bpstudio.cli import main
from bpstudio.commands import text

COMMAND_FILES = sorted((PROJECT_ROOT / "bpstudio" / "commands").glob("*.py"))
CHINESE = {
    "warning: {message}": "警告：{message}",
    "encoding:": "编码：",
    "suggested target: {column} ({task})": "建议的目标：{column}（{task}）",
    "classification": "分类",
    "name": "名称",
    "epoch {epoch}/{epochs}": "第 {epoch}/{epochs} 轮",
    "{count} inputs": "{count} 个输入",
}


class FakeTranslator:
    def translate(self, context, source):
        return CHINESE.get(source, "") if context == "" else ""


@pytest.fixture
def chinese(monkeypatch):
    monkeypatch.setattr(text, "_translator", FakeTranslator)


def test_inspect_text_translated(chinese, tmp_path, capsys):
    path = tmp_path / "flowers.csv"
    path.write_text("花萼长度,类别\n1.0,甲\n1.5,乙\n2.0,甲\n2.5,乙\n", encoding="utf-8")

    assert main(["inspect", str(path)]) == 0

    out = capsys.readouterr().out
    assert "编码：      utf-8" in out  # padded to the cells of "delimiter:  "
    assert "建议的目标：类别（分类）" in out
    assert "名称" in out


def test_train_progress_translated(chinese, capsys):
    assert main(["train", "sample:xor", "--epochs", "2"]) == 0

    captured = capsys.readouterr()
    assert "第 2/2 轮" in captured.err
    assert "个输入" in captured.out


def test_tr_english_without_catalogue(monkeypatch):
    monkeypatch.setattr(text, "_translator", lambda: None)

    assert text.tr("warning: {message}") == "warning: {message}"


@pytest.mark.parametrize("path", COMMAND_FILES, ids=lambda path: path.name)
def test_tr_calls_literal(path):
    # pyside6-lupdate extracts only literal strings.
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "tr":
            argument = node.args[0]
            assert isinstance(argument, ast.Constant), f"{path.name}:{node.lineno}"
