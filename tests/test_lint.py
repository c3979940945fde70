"""Ruff's linter and formatter are clean on the whole tree (configured in pyproject.toml)."""

import shutil
import subprocess

import pytest
from conftest import PROJECT_ROOT

PATHS = ["bpstudio", "tests", "benchmarks", "packaging", "setup.py"]


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff is not installed")
@pytest.mark.parametrize("command", [["check"], ["format", "--check"]])
def test_ruff_clean(command):
    result = subprocess.run(
        ["ruff", *command, *PATHS], cwd=PROJECT_ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
