"""Dialogs a window opens later keep their buttons usable after help texts are applied."""

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLayout,
    QSpinBox,
    QVBoxLayout,
)


def test_added_button_alive_after_show(qtbot, window):
    dialog = QDialog(window)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    save = buttons.addButton("&Save", QDialogButtonBox.ButtonRole.ActionRole)
    spin = QSpinBox()
    spin.setObjectName("learningRateSpin")
    layout = QVBoxLayout(dialog)
    layout.addWidget(spin)
    layout.addWidget(buttons)
    # Qt's offscreen platform warns when a shown dialog's size follows its content.
    layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)

    dialog.show()
    qtbot.waitUntil(lambda: bool(spin.toolTip()))

    save.setObjectName("saveButton")
    assert save.objectName() == "saveButton"
    dialog.close()


def test_evaluation_dialog_report_button_alive(qtbot, window):
    action = next(
        a
        for a in window.findChildren(type(window.quit_action))
        if a.objectName() == "evaluateAction"
    )
    action.trigger()
    qtbot.wait(50)

    dialogs = [w for w in QApplication.topLevelWidgets() if w.objectName() == "evaluationDialog"]
    assert dialogs
    assert dialogs[0].save_report_button.objectName() == "saveEvaluationReportButton"
    dialogs[0].close()
