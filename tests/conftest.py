"""Test settings shared by every test folder."""

import ctypes
import os
import sys
import tempfile
from pathlib import Path

# Qt aborts the process without a display unless the offscreen platform is chosen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Tests never touch the user's real settings, logs, autosaves or recent files: every
# per-user folder that Qt and the standard library look up on Linux points into a sandbox.
_USER_SANDBOX = Path(tempfile.mkdtemp(prefix="bpstudio-tests-"))
for _variable in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
    os.environ[_variable] = str(_USER_SANDBOX / _variable.lower())

if sys.version_info < (3, 12):
    # NOTE: PySide6 6.12's stable-ABI wheels return None from void methods (setText,
    # setObjectName...) without adding a reference, as if None were immortal (it is from
    # Python 3.12 on). On 3.11 each call lowers None's refcount, and a long test run aborts
    # with "none_dealloc". A large reserve keeps None alive; the app needs the same guard.
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40

PROJECT_ROOT = Path(__file__).resolve().parent.parent
#: Real teaching CSV files kept beside the checkout; tests that read them skip without it.
REAL_DATA_DIR = PROJECT_ROOT.parent / "shared" / "real-data"
#: Hard cases from bug reports, used only to cross-check the project's own fixtures.
SHARED_CASES_DIR = PROJECT_ROOT.parent / "shared" / "cases"
