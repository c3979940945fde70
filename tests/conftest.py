"""Test settings shared by every test folder."""

import os
from pathlib import Path

# Qt aborts the process without a display unless the offscreen platform is chosen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PROJECT_ROOT = Path(__file__).resolve().parent.parent
#: Real teaching CSV files kept beside the checkout; tests that read them skip without it.
REAL_DATA_DIR = PROJECT_ROOT.parent / "shared" / "real-data"
#: Hard cases from bug reports, used only to cross-check the project's own fixtures.
SHARED_CASES_DIR = PROJECT_ROOT.parent / "shared" / "cases"
