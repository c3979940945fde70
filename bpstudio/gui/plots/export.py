"""Exporting a plot to PNG, CSV and (where it works) SVG.

Each view gets an :class:`ExportButton` whose menu saves the view's scene as PNG and its
numbers as CSV. pyqtgraph's own right-click Export dialog stays available.
:func:`prune_broken_exporters` removes from its list the exporters that cannot work here.
pyqtgraph 0.14.0's SVG exporter raises ValueError on Qt 6.11 and later (measured with Qt
6.12.0), and its Matplotlib exporter needs matplotlib, which BP Studio does not install.
"""

from __future__ import annotations

import importlib.util
import logging
from functools import cache
from pathlib import Path

import pyqtgraph as pg
import pyqtgraph.exporters as pg_exporters
from PySide6.QtWidgets import QFileDialog, QMenu, QToolButton, QWidget

from bpstudio.gui.plot_export import refresh_view
from bpstudio.project.csvout import write_csv

log = logging.getLogger(__name__)


@cache
def svg_export_works() -> bool:
    """Return True if pyqtgraph's SVG exporter works with this Qt (probed once)."""
    plot = pg.PlotItem()
    plot.plot([0.0, 1.0], [0.0, 1.0])
    scene = pg.GraphicsScene()
    scene.addItem(plot)
    try:
        pg_exporters.SVGExporter(plot).export(toBytes=True)
    except Exception as error:  # a version-specific failure inside pyqtgraph
        log.info("SVG export disabled: pyqtgraph's SVG exporter failed with %r", error)
        return False
    finally:
        scene.removeItem(plot)
    return True


def prune_broken_exporters() -> None:
    """Remove exporters that cannot work here from pyqtgraph's Export dialog."""
    broken = []
    if not svg_export_works():
        broken.append(pg_exporters.SVGExporter)
    if importlib.util.find_spec("matplotlib") is None:
        broken.append(pg_exporters.MatplotlibExporter)
    registry = pg_exporters.Exporter.Exporters
    registry[:] = [exporter for exporter in registry if exporter not in broken]


def export_png(item, path: str | Path, width: int | None = None) -> None:
    """Save a pyqtgraph item (or a whole scene) as a PNG image."""
    exporter = pg_exporters.ImageExporter(item)
    if width is not None:
        exporter.parameters()["width"] = int(width)
    exporter.export(str(path))


def export_svg(item, path: str | Path) -> None:
    """Save a pyqtgraph item as SVG; raises RuntimeError where the exporter is broken."""
    if not svg_export_works():
        raise RuntimeError("SVG export does not work with this Qt and pyqtgraph version")
    pg_exporters.SVGExporter(item).export(str(path))


class ExportButton(QToolButton):
    """An "Export" button whose menu saves a view as PNG, CSV or SVG.

    The view provides ``export_item()`` (the pyqtgraph item or scene to draw),
    ``csv_table()`` returning ``(header, rows)``, and ``export_name`` (a file name stem).
    """

    def __init__(self, view, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setObjectName(object_name)
        self.setText(self.tr("Export"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        menu.setObjectName(f"{object_name}Menu")
        self.png_action = menu.addAction(self.tr("Save as PNG…"), self._save_png)
        self.png_action.setObjectName(f"{object_name}PngAction")
        self.csv_action = menu.addAction(self.tr("Save data as CSV…"), self._save_csv)
        self.csv_action.setObjectName(f"{object_name}CsvAction")
        self.svg_action = None
        if svg_export_works():
            self.svg_action = menu.addAction(self.tr("Save as SVG…"), self._save_svg)
            self.svg_action.setObjectName(f"{object_name}SvgAction")
        self.setMenu(menu)

    def _ask_path(self, title: str, suffix: str, file_filter: str) -> str | None:
        default = f"{self.view.export_name}.{suffix}"
        path, _chosen = QFileDialog.getSaveFileName(self, title, default, file_filter)
        return path or None

    def _save_png(self) -> None:
        path = self._ask_path(self.tr("Save plot as PNG"), "png", self.tr("PNG images (*.png)"))
        if path:
            refresh_view(self.view)
            export_png(self.view.export_item(), path)

    def _save_svg(self) -> None:
        path = self._ask_path(self.tr("Save plot as SVG"), "svg", self.tr("SVG images (*.svg)"))
        if path:
            refresh_view(self.view)
            export_svg(self.view.export_item(), path)

    def _save_csv(self) -> None:
        path = self._ask_path(self.tr("Save plot data"), "csv", self.tr("CSV files (*.csv)"))
        if path:
            refresh_view(self.view)
            save_view_csv(self.view, path)


def save_view_csv(view, path: str | Path) -> int:
    """Write a view's ``csv_table()`` to ``path``; return the number of data rows."""
    header, rows = view.csv_table()
    return write_csv(path, header, rows)
