"""The layering rule: engine, data and project never load Qt or pyqtgraph."""

import json
import subprocess
import sys

import pytest

PROBE = """
import json, sys
import bpstudio.engine, bpstudio.data, bpstudio.project
import {extra}
loaded = sorted(name for name in sys.modules
                if name.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph", "PyQt5", "PyQt6"))
print(json.dumps(loaded))
"""


@pytest.mark.parametrize(
    "module",
    ["bpstudio.engine", "bpstudio.data", "bpstudio.project", "bpstudio.errors", "bpstudio.cli"],
)
def test_model_packages_load_no_qt(module):
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(extra=module)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(result.stdout) == []


def test_workers_use_qtcore_only():
    probe = (
        "import sys, json, bpstudio.workers\n"
        "import pkgutil, importlib\n"
        "for info in pkgutil.walk_packages(bpstudio.workers.__path__, 'bpstudio.workers.'):\n"
        "    importlib.import_module(info.name)\n"
        "names = [n for n in sys.modules if n.startswith(('PySide6.Qt', 'pyqtgraph'))]\n"
        "print(json.dumps(sorted(names)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert set(json.loads(result.stdout)) <= {"PySide6.QtCore"}


# Allowed imports per package, checked on the source so a lazy import inside a function
# cannot slip past the runtime probe above.
ALLOWED_BPSTUDIO = {
    "engine": {"bpstudio.engine", "bpstudio.data", "bpstudio.errors", "bpstudio.resources"},
    "data": {"bpstudio.data", "bpstudio.errors", "bpstudio.resources"},
    "project": {
        "bpstudio.project",
        "bpstudio.data",
        "bpstudio.engine",
        "bpstudio.errors",
        "bpstudio.resources",
        "bpstudio",
    },
    "workers": {
        "bpstudio.workers",
        "bpstudio.project",
        "bpstudio.data",
        "bpstudio.engine",
        "bpstudio.errors",
        "bpstudio.resources",
        "bpstudio",
    },
}
FORBIDDEN_THIRD_PARTY = {
    "engine": ("PySide6", "shiboken6", "pyqtgraph"),
    "data": ("PySide6", "shiboken6", "pyqtgraph"),
    "project": ("PySide6", "shiboken6", "pyqtgraph"),
    "workers": ("PySide6.QtWidgets", "PySide6.QtGui", "pyqtgraph"),
}


def _imported_names(path):
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.lineno, node.module


@pytest.mark.parametrize("package", sorted(ALLOWED_BPSTUDIO))
def test_imports_follow_layering(package):
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "bpstudio" / package
    violations = []
    for path in sorted(root.rglob("*.py")):
        for line, name in _imported_names(path):
            if name.startswith("bpstudio") and not any(
                name == allowed or name.startswith(allowed + ".")
                if allowed != "bpstudio"
                else name == "bpstudio"
                for allowed in ALLOWED_BPSTUDIO[package]
            ):
                violations.append(f"{path.name}:{line} imports {name}")
            if name.startswith(FORBIDDEN_THIRD_PARTY[package]):
                violations.append(f"{path.name}:{line} imports {name}")
    assert violations == []
