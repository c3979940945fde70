"""Thread bridge between the engine and the GUI (QtCore only)."""

from bpstudio.workers.qt_compat import protect_singletons

protect_singletons()
