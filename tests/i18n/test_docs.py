"""The bilingual documents: READMEs and user guides linked both ways, one glossary."""

import re
import unicodedata

import pytest
from conftest import PROJECT_ROOT

CODE_BLOCK = re.compile(r"```sh\n(.*?)```", re.DOTALL)

GLOSSARY_TERMS = [
    "输入层",
    "隐含层",
    "输出层",
    "神经元",
    "权重",
    "权值",
    "偏置",
    "阈值",
    "激活函数",
    "损失函数",
    "代价函数",
    "学习率",
    "动量",
    "批大小",
    "训练轮数",
    "梯度下降",
    "随机梯度下降",
    "反向传播",
    "过拟合",
    "验证集",
    "测试集",
    "优化器",
]


def read(name):
    return (PROJECT_ROOT / name).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("english", "chinese"),
    [("README.md", "README.zh-CN.md"), ("docs/user-guide.md", "docs/user-guide.zh-CN.md")],
)
def test_translation_pairs_link_each_other(english, chinese):
    english_text, chinese_text = read(english), read(chinese)
    assert f"]({chinese.split('/')[-1]})" in english_text
    assert f"]({english.split('/')[-1]})" in chinese_text


def test_readmes_give_same_commands():
    english = CODE_BLOCK.findall(read("README.md"))
    chinese = CODE_BLOCK.findall(read("README.zh-CN.md"))
    assert english
    assert english == chinese


def test_readmes_link_user_guide():
    assert "](docs/user-guide.md)" in read("README.md")
    assert "](docs/user-guide.zh-CN.md)" in read("README.zh-CN.md")


@pytest.mark.parametrize("term", GLOSSARY_TERMS)
def test_glossary_has_term(term):
    assert term in read("docs/glossary.md")


def test_user_guides_cover_same_sections():
    english = re.findall(r"^#{1,3} ", read("docs/user-guide.md"), re.MULTILINE)
    chinese = re.findall(r"^#{1,3} ", read("docs/user-guide.zh-CN.md"), re.MULTILINE)
    assert len(english) == len(chinese)


def test_chinese_guide_uses_glossary_terms():
    guide = read("docs/user-guide.zh-CN.md")
    for term in ("隐含层", "激活函数", "学习率", "损失函数", "优化器", "批大小", "训练轮数"):
        assert term in guide, term
    # The glossary fixes 隐含层; 隐藏层 appears only where the guide names the alternative.
    assert guide.count("隐藏层") <= 1


def is_punctuation(character):
    return unicodedata.category(character)[0] in "PS"


@pytest.mark.parametrize(
    "name", ["docs/user-guide.md", "docs/user-guide.zh-CN.md", "README.zh-CN.md"]
)
def test_bold_renders_next_to_chinese(name):
    # Markdown ignores a closing ** after punctuation when a letter follows, and Chinese has
    # no space there: **双月（Two moons）**数据集 shows its asterisks.
    text = read(name)
    broken = []
    for match in re.finditer(r"\*\*(.+?)\*\*", text):
        inner = match.group(1)
        before = text[match.start() - 1] if match.start() else " "
        after = text[match.end()] if match.end() < len(text) else " "
        if is_punctuation(inner[-1]) and not (after.isspace() or is_punctuation(after)):
            broken.append(match.group(0) + after)
        if is_punctuation(inner[0]) and not (before.isspace() or is_punctuation(before)):
            broken.append(before + match.group(0))
    assert broken == []
