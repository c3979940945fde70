"""The --lang option of the bpstudio command."""

import os
import subprocess
import sys

from conftest import PROJECT_ROOT


def run_bpstudio(*args):
    environ = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # Run as a user would: the offscreen platform's harmless warnings (it cannot raise a
    # window) must not abort the process the way QT_FATAL_WARNINGS does in-process tests.
    environ.pop("QT_FATAL_WARNINGS", None)
    return subprocess.run(
        [sys.executable, "-m", "bpstudio", *args],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        env=environ,
        timeout=120,
    )


def test_unknown_language_rejected():
    result = run_bpstudio("--lang", "fr", "--smoke-test")
    assert result.returncode == 2
    assert "unsupported language 'fr'" in result.stderr
    assert "Traceback" not in result.stderr


def test_smoke_test_in_chinese(tmp_path):
    screenshot = tmp_path / "zh.png"
    result = run_bpstudio("--smoke-test", "--lang", "zh_CN.UTF-8", "--screenshot", str(screenshot))
    assert result.returncode == 0, result.stderr
    assert screenshot.stat().st_size > 10_000
