"""Live views of training in pyqtgraph: curves, weight heatmaps and prediction plots."""

from bpstudio.gui.plots.panel import PlotsPanel

__all__ = ["PlotsPanel"]
