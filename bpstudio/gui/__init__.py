"""The PySide6 window, panels, plots and dialogs."""

# Imported first for its guard against PySide6 6.12's reference leak on Python 3.11
# (see bpstudio.workers.qt_compat): without it the GUI aborts after seconds of plotting.
import bpstudio.workers  # noqa: F401
