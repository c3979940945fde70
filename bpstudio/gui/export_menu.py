"""File → Export: weights, training history, Keras/PyTorch/NumPy code and plots as PNG."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMenu

from bpstudio.errors import BPStudioError
from bpstudio.gui.error_messages import show_error
from bpstudio.project.export import export_project

log = logging.getLogger(__name__)

#: Export format -> (objectName of its action, file suffix, or None when the target is a folder).
EXPORTS = {
    "weights-npz": ("exportWeightsNpzAction", ".npz"),
    "weights-csv": ("exportWeightsCsvAction", None),
    "history-csv": ("exportHistoryCsvAction", ".csv"),
    "keras": ("exportKerasAction", ".py"),
    "pytorch": ("exportPytorchAction", ".py"),
    "numpy": ("exportNumpyAction", ".py"),
}


class ExportMenu(QObject):
    """The Export submenu of the File menu. Each action requests a target, then writes it."""

    def __init__(self, controller) -> None:
        super().__init__(controller)
        self.setObjectName("exportMenuController")
        self.controller = controller
        self.window = controller.window
        self.menu = QMenu(self.tr("&Export"), self.window)
        self.menu.setObjectName("exportMenu")
        titles = {
            "weights-npz": self.tr("&Weights (.npz)…"),
            "weights-csv": self.tr("Weights as &CSV, One File per Layer…"),
            "history-csv": self.tr("Training &History (CSV)…"),
            "keras": self.tr("&Keras Script…"),
            "pytorch": self.tr("&PyTorch Script…"),
            "numpy": self.tr("&NumPy Script…"),
        }
        self.actions = {}
        for format_name, (object_name, _suffix) in EXPORTS.items():
            action = self.menu.addAction(titles[format_name])
            action.setObjectName(object_name)
            action.triggered.connect(
                lambda _checked=False, f=format_name: self.choose_and_export(f)
            )
            self.actions[format_name] = action
            if format_name in ("history-csv",):
                self.menu.addSeparator()
        self.menu.addSeparator()
        self.plots_action = self.menu.addAction(self.tr("All &Plots as PNG…"))
        self.plots_action.setObjectName("exportPlotsAction")
        self.plots_action.triggered.connect(lambda _checked=False: self.choose_and_export_plots())

        file_menu = self.window.menu("fileMenu")
        quit_action = getattr(self.window, "quit_action", None)
        anchor = _action_before(file_menu, quit_action)
        file_menu.insertMenu(anchor, self.menu)

    def export(self, format_name: str, path: str) -> list[Path]:
        """Write the current session in ``format_name`` to ``path``; errors are raised."""
        project = self.controller.snapshot()
        return export_project(project, format_name, path)

    def choose_and_export(self, format_name: str) -> list[Path]:
        path = self._ask_target(format_name)
        if not path:
            return []
        try:
            written = self.export(format_name, path)
        except BPStudioError as error:
            log.info("export to %s failed: %s", path, error)
            show_error(self.window, error)
            return []
        self.window.statusBar().showMessage(
            self.tr("Exported {count} file(s) to {path}").format(count=len(written), path=path),
            5000,
        )
        return written

    def export_plots(self, folder: str) -> list[Path]:
        """Save each plot of the plots panel as ``<name>.png`` in ``folder``.

        Every plot is drawn from the current network and data first, also those whose tab
        was never shown. Plots that do not apply to the task (a confusion matrix for
        regression, say) or have nothing to show yet are left out.
        """
        from bpstudio.gui.plot_export import export_all_plots

        return export_all_plots(self.window.plots, folder)

    def choose_and_export_plots(self) -> list[Path]:
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Export Plots to Folder"), self._start_folder()
        )
        if not folder:
            return []
        written = self.export_plots(folder)
        self.window.statusBar().showMessage(
            self.tr("Exported {count} plot(s) to {path}").format(count=len(written), path=folder),
            5000,
        )
        return written

    def _ask_target(self, format_name: str) -> str:
        _object_name, suffix = EXPORTS[format_name]
        if suffix is None:
            return QFileDialog.getExistingDirectory(
                self.window, self.tr("Export Weights to Folder"), self._start_folder()
            )
        stem = Path(self.controller.path).stem if self.controller.path else "bpstudio"
        names = {
            "keras": "_keras",
            "pytorch": "_pytorch",
            "numpy": "_numpy",
            "history-csv": "_history",
            "weights-npz": "_weights",
        }
        start = str(Path(self._start_folder()) / f"{stem}{names[format_name]}{suffix}")
        path, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Export"), start, f"*{suffix}"
        )
        return path

    def _start_folder(self) -> str:
        if self.controller.path:
            return str(Path(self.controller.path).parent)
        return str(Path.home())


def _action_before(menu: QMenu, action):
    """Return the menu entry just before ``action`` (its separator), or None for the end."""
    actions = menu.actions()
    if action is None or action not in actions:
        return None
    index = actions.index(action)
    if index > 0 and actions[index - 1].isSeparator():
        return actions[index - 1]
    return action
