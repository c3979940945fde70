"""Thread bridge between the engine and the GUI (QtCore only)."""
