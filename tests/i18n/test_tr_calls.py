"""Every tr() call in the GUI is one that pyside6-lupdate can extract with the right context.

lupdate reads literal strings only, and takes the context of ``self.tr("...")`` from the class
that contains the call. A bare ``tr("...")`` lands in the empty context, which the installed
translator also searches. Two patterns still lose their translation without any error:

- ``self.tr(variable)`` or a helper such as ``def _tr(text): return translate("Ctx", text)``,
  whose text lupdate never extracts;
- ``window.tr("...")`` called on another object, which lupdate files under the context
  "window" while Qt looks it up under the object's class name at run time.

A module that lists its texts with QT_TR_NOOP / QT_TRANSLATE_NOOP may translate variables, and
so may a helper named ``tr`` or ``_tr`` (tools/update_translations.py has lupdate read its
calls like tr()).
"""

import ast

import pytest
from conftest import PROJECT_ROOT

GUI_FILES = sorted((PROJECT_ROOT / "bpstudio" / "gui").rglob("*.py"))
TRANSLATE_OWNERS = ("QCoreApplication", "QApplication", "QGuiApplication")


def is_literal(node):
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


HELPER_NAMES = ("tr", "_tr")


def helper_bodies(tree):
    """Return the call nodes inside functions named like a tr() helper."""
    nodes = set()
    for function in ast.walk(tree):
        if isinstance(function, ast.FunctionDef) and function.name in HELPER_NAMES:
            nodes.update(id(node) for node in ast.walk(function))
    return nodes


def untranslatable_calls(path):
    source = path.read_text(encoding="utf-8")
    marks_texts = "QT_TR_NOOP" in source or "QT_TRANSLATE_NOOP" in source
    tree = ast.parse(source)
    in_helper = helper_bodies(tree)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute | ast.Name):
            continue
        function = node.func
        name = function.attr if isinstance(function, ast.Attribute) else function.id
        owner = function.value if isinstance(function, ast.Attribute) else None
        where = f"{path.relative_to(PROJECT_ROOT)}:{node.lineno}"

        if name == "tr" and node.args:
            if isinstance(owner, ast.Name) and owner.id not in ("self", "cls"):
                yield f"{where}: {owner.id}.tr() is filed under context '{owner.id}'"
            elif not is_literal(node.args[0]) and not marks_texts:
                yield f"{where}: tr() of a non-literal text"
        is_translate = name == "translate" and isinstance(owner, ast.Name)
        if is_translate and owner.id in TRANSLATE_OWNERS and len(node.args) >= 2:
            literal = is_literal(node.args[0]) and is_literal(node.args[1])
            if not literal and not marks_texts and id(node) not in in_helper:
                yield f"{where}: translate() of a non-literal context or text"


@pytest.mark.parametrize("path", GUI_FILES, ids=lambda path: path.name)
def test_tr_calls_are_extractable(path):
    assert list(untranslatable_calls(path)) == []
