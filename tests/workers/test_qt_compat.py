"""The guard against PySide6 6.12.0's leaked references to None, True and False."""

import subprocess
import sys

import pytest

from bpstudio.workers.qt_compat import needs_protection


@pytest.mark.parametrize(
    ("python_version", "shiboken_version", "expected"),
    [
        ((3, 11), "6.12.0", True),
        ((3, 11), "6.12.3", True),
        ((3, 11), "6.11.0", False),
        ((3, 12), "6.12.0", False),
        ((3, 13), "6.12.0", False),
    ],
)
def test_needs_protection_versions(python_version, shiboken_version, expected):
    assert needs_protection(python_version, shiboken_version) is expected


LEAK_PROBE = """
import bpstudio.workers
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Emitter(QObject):
    fired = Signal()

app = QCoreApplication([])
emitter = Emitter()
for _ in range(50_000):
    emitter.fired.emit()
    emitter.setObjectName("x")
print("survived")
"""


def test_many_emits_do_not_abort():
    # Without the guard, PySide6 6.12.0 on Python 3.11 aborts this loop with
    # "Fatal Python error: bool_dealloc" after about 600 emits.
    result = subprocess.run(
        [sys.executable, "-c", LEAK_PROBE], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "survived"
