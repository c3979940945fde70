"""The network builder: diagram, layer table and undo commands bound to the session."""

from bpstudio.gui.network.builder import NetworkBuilder

__all__ = ["NetworkBuilder"]
