"""Tools → Evaluate and Tools → Predict: the actions and the dialogs they open."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction


def add_tools_actions(controller) -> None:
    """Add Evaluate and Predict to the top of the Tools menu."""
    window = controller.window
    tools = window.menu("toolsMenu")
    first = tools.actions()[0] if tools.actions() else None
    controller.evaluate_action = QAction(
        QCoreApplication.translate("ProjectController", "&Evaluate…"), window
    )
    controller.evaluate_action.setObjectName("evaluateAction")
    controller.evaluate_action.setStatusTip(
        QCoreApplication.translate(
            "ProjectController", "Measure the network on the test split or on another CSV file"
        )
    )
    controller.evaluate_action.triggered.connect(lambda _checked=False: open_evaluation(controller))
    controller.predict_action = QAction(
        QCoreApplication.translate("ProjectController", "&Predict on New Data…"), window
    )
    controller.predict_action.setObjectName("predictAction")
    controller.predict_action.setStatusTip(
        QCoreApplication.translate(
            "ProjectController", "Run the network on a CSV file and save the rows with predictions"
        )
    )
    controller.predict_action.triggered.connect(lambda _checked=False: open_prediction(controller))
    tools.insertAction(first, controller.evaluate_action)
    tools.insertAction(first, controller.predict_action)
    if first is not None:
        tools.insertSeparator(first)


def open_evaluation(controller):
    """Show the Evaluate dialog (modeless, so the plots stay usable beside it)."""
    from bpstudio.gui.evaluation_dialog import EvaluationDialog

    dialog = EvaluationDialog(controller)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def open_prediction(controller):
    """Show the Predict dialog."""
    from bpstudio.gui.predict_dialog import PredictDialog

    dialog = PredictDialog(controller)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
