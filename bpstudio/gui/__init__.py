"""The PySide6 window, panels, plots and dialogs."""
