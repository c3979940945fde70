"""Teaching views: step-through backpropagation, activations, gradient check, runs, sweep.

:func:`install_teaching_tools` adds one action per view to the window's Tools menu. Each view
is a non-modal dialog bound to the window's session, so it follows the data, the network
and the training as they change.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QLayout

from bpstudio.gui.teaching.health import GradientMonitor
from bpstudio.gui.teaching.runs import RunRecorder


def _views():
    # Imported on first use so that opening the window does not load every view.
    from bpstudio.gui.teaching.activation_explorer import ActivationExplorer
    from bpstudio.gui.teaching.backprop_explainer import BackpropExplainer
    from bpstudio.gui.teaching.gradcheck_view import GradientCheckDialog
    from bpstudio.gui.teaching.health import HealthDialog
    from bpstudio.gui.teaching.runs import RunsDialog
    from bpstudio.gui.teaching.sweep_dialog import SweepDialog

    return {
        "backprop": lambda w: BackpropExplainer(w.session, getattr(w, "network_builder", None), w),
        "activations": lambda w: ActivationExplorer(w),
        "health": lambda w: HealthDialog(w.session, w.teaching.monitor, w),
        "gradcheck": lambda w: GradientCheckDialog(w.session, w),
        "runs": lambda w: RunsDialog(w.session, w),
        "sweep": lambda w: SweepDialog(w.session, getattr(w, "undo_stack", None), w),
    }


def _titles() -> list[tuple[str, str, str]]:
    translate = QCoreApplication.translate
    return [
        (
            "backprop",
            "backpropExplainerAction",
            translate("TeachingTools", "Step-through &Backpropagation…"),
        ),
        (
            "activations",
            "activationExplorerAction",
            translate("TeachingTools", "&Activation Explorer…"),
        ),
        ("health", "networkHealthAction", translate("TeachingTools", "Network &Health…")),
        ("gradcheck", "gradientCheckAction", translate("TeachingTools", "&Gradient Check…")),
        ("runs", "runComparisonAction", translate("TeachingTools", "Compare &Runs…")),
        ("sweep", "hiddenSweepAction", translate("TeachingTools", "Hidden-Node &Sweep…")),
    ]


class TeachingTools:
    """The teaching views of one window: their actions, open dialogs and recorders."""

    def __init__(self, window) -> None:
        self.window = window
        self.dialogs = {}
        self.actions = {}
        self.monitor = GradientMonitor(window.session, window)
        controller = getattr(window, "controller", None)
        self.recorder = RunRecorder(window.session, controller, window)
        menu = window.menus["toolsMenu"]
        for key, object_name, title in _titles():
            action = QAction(title, window)
            action.setObjectName(object_name)
            action.triggered.connect(lambda _checked=False, key=key: self.open(key))
            menu.addAction(action)
            self.actions[key] = action

    def open(self, key: str):
        """Show the view ``key`` (creating it on first use) and return it."""
        dialog = self.dialogs.get(key)
        if dialog is None:
            dialog = _views()[key](self.window)
            # As in the main window: a size tied to the content's minimum makes Qt's
            # offscreen platform warn on every change of that minimum.
            dialog.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
            self.dialogs[key] = dialog
        dialog.show()
        if QGuiApplication.platformName() != "offscreen":
            # The offscreen platform (tests, smoke test) warns that it cannot raise windows.
            dialog.raise_()
            dialog.activateWindow()
        return dialog

    def close_all(self) -> None:
        """Close every open view; running sweeps are stopped and joined."""
        for dialog in self.dialogs.values():
            dialog.close()


def install_teaching_tools(window) -> TeachingTools:
    """Add the teaching views to ``window``'s Tools menu and return them."""
    return TeachingTools(window)
