"""Bringing plot views up to date before they are exported, whether or not they were shown.

The views of the plots panel draw only while they are visible (see ``PlotsPanel``). A tab
that was never shown has neither been drawn nor laid out: exported as it is, it gave a blank
image or empty axes. :func:`refresh_view` lays such a view out at the size of the visible
page and redraws it from the current network and data. :func:`export_all_plots` does so for
every view that applies to the task and has something to show, and writes one PNG each.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGraphicsView, QGraphicsWidget, QWidget

log = logging.getLogger(__name__)


def view_applies(view) -> bool:
    """Return False for a view that does not fit the task (e.g. a confusion matrix for
    regression); views without an ``applies`` method always apply."""
    applies = getattr(view, "applies", None)
    return True if applies is None else bool(applies())


def refresh_view(view, size: QSize | None = None) -> None:
    """Draw ``view`` from the current network, data and history, even while it is hidden.

    A hidden view is laid out at ``size``, by default the size of the page shown in the same
    tab widget. A visible view keeps its size.
    """
    if not view.isVisible():
        _lay_out_hidden(view, size or _shown_page_size(view))
    compute = getattr(view, "compute", None)
    session = getattr(view, "session", None)
    waiting = getattr(view, "matrix", None) is None
    if compute is not None and waiting and session is not None and session.history:
        # The confusion matrix is computed when a run ends. A project opened with a trained
        # network has had no run yet in this window.
        compute()
    if view_applies(view):
        view.redraw()
        _activate_scene_layouts(view)


def has_content(view) -> bool:
    """Return True if the view has numbers to show (its CSV table has rows)."""
    _header, rows = view.csv_table()
    return bool(rows)


def export_all_plots(panel, folder: str | Path) -> list[Path]:
    """Save every view of ``panel`` that applies and has content as ``<export_name>.png``."""
    from bpstudio.gui.plots.export import export_png

    folder_path = Path(folder)
    folder_path.mkdir(parents=True, exist_ok=True)
    size = panel.currentWidget().size() if panel.currentWidget() is not None else None
    written = []
    for view in panel.views:
        if not view_applies(view):
            log.info("plot %s left out: it does not apply to this task", view.objectName())
            continue
        refresh_view(view, size)
        if not has_content(view):
            log.info("plot %s left out: nothing to draw yet", view.objectName())
            continue
        path = folder_path / f"{view.export_name}.png"
        try:
            export_png(view.export_item(), path)
        except (OSError, RuntimeError, ValueError) as error:
            log.warning("plot %s not exported: %s", view.objectName(), error)
            continue
        written.append(path)
    return written


def _shown_page_size(view) -> QSize:
    """Return the size of the page shown beside ``view`` in its stacked widget, if any."""
    stack = view.parentWidget()
    current = getattr(stack, "currentWidget", None)
    page = current() if current is not None else None
    if page is not None and page is not view and page.isVisible():
        return page.size()
    return view.size()


def _lay_out_hidden(view: QWidget, size: QSize) -> None:
    """Give a hidden view its geometry and send the resize events Qt defers until show.

    Qt does not send resize events to hidden widgets; it sends them when the widget is first
    shown. pyqtgraph sizes its scene in those events, so they are sent here, as Qt would.
    """
    view.resize(size)
    if view.layout() is not None:
        view.layout().activate()
    pending = Qt.WidgetAttribute.WA_PendingResizeEvent
    for widget in (view, *view.findChildren(QWidget)):
        if widget.testAttribute(pending):
            QCoreApplication.sendEvent(widget, QResizeEvent(widget.size(), QSize()))
            widget.setAttribute(pending, False)


def _activate_scene_layouts(view: QWidget) -> None:
    """Lay out the plot items now instead of on the next pass of the event loop.

    A title or axis label set by the redraw just before an export would otherwise be drawn
    where the previous layout put it, cut off at the image's edge.
    """
    for graphics_view in view.findChildren(QGraphicsView):
        for item in graphics_view.scene().items():
            # pyqtgraph's PlotItem hides layout() behind an attribute of the same name.
            layout = QGraphicsWidget.layout(item) if isinstance(item, QGraphicsWidget) else None
            if layout is not None:
                layout.activate()
