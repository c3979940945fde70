"""Tools → Predict: run the network on a new CSV file and save the rows with predictions."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bpstudio.errors import BPStudioError
from bpstudio.gui.error_messages import error_message
from bpstudio.project.prediction import Predictions

log = logging.getLogger(__name__)

#: Rows of the result shown in the dialog. The CSV file contains all of them.
PREVIEW_ROWS = 200


class PredictDialog(QDialog):
    """Choose an input CSV file and an output file, predict, and preview the result."""

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent or controller.window)
        self.setObjectName("predictDialog")
        self.setWindowTitle(self.tr("Predict on New Data"))
        self.controller = controller
        self.session = controller.session
        self.predictions: Predictions | None = None

        self.input_edit = QLineEdit()
        self.input_edit.setObjectName("predictInputPathEdit")
        self.input_edit.setPlaceholderText(self.tr("CSV file with the input columns"))
        self.input_button = QPushButton(self.tr("&Browse…"))
        self.input_button.setObjectName("browsePredictInputButton")
        self.output_edit = QLineEdit()
        self.output_edit.setObjectName("predictOutputPathEdit")
        self.output_edit.setPlaceholderText(self.tr("Where to save the predictions (.csv)"))
        self.output_button = QPushButton(self.tr("B&rowse…"))
        self.output_button.setObjectName("browsePredictOutputButton")
        self.predict_button = QPushButton(self.tr("&Predict and Save"))
        self.predict_button.setObjectName("predictButton")
        self.predict_button.setDefault(True)
        self.status_label = QLabel(
            self.tr(
                "The output keeps the input columns and adds the predictions, as UTF-8 "
                "CSV that Excel opens directly."
            )
        )
        self.status_label.setObjectName("predictStatusLabel")
        self.status_label.setWordWrap(True)
        self.preview = QTableWidget()
        self.preview.setObjectName("predictPreviewTable")
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("predictButtons")

        self.input_button.clicked.connect(self._browse_input)
        self.output_button.clicked.connect(self._browse_output)
        self.predict_button.clicked.connect(self.predict)
        self.input_edit.textChanged.connect(self._suggest_output)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Input:"), _row(self.input_edit, self.input_button))
        form.addRow(self.tr("&Output:"), _row(self.output_edit, self.output_button))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.predict_button, alignment=Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.status_label)
        layout.addWidget(self.preview, stretch=1)
        layout.addWidget(buttons)
        # The dialog's size is not tied to its content's minimum: each change of that minimum
        # on a shown window makes Qt's offscreen platform warn about propagateSizeHints.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.resize(760, 520)

    def _browse_input(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a CSV File"),
            self.input_edit.text(),
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        if path:
            self.input_edit.setText(path)

    def _browse_output(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save Predictions"),
            self.output_edit.text(),
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.output_edit.setText(path)

    def _suggest_output(self, text: str) -> None:
        if text and not self.output_edit.isModified():
            source = Path(text)
            self.output_edit.setText(str(source.with_name(f"{source.stem}_predictions.csv")))

    def predict(self) -> Predictions | None:
        """Predict on the input file and write the output file; show the result or error."""
        from bpstudio.errors import ProjectError
        from bpstudio.gui.project_io import session_project
        from bpstudio.project.prediction import write_predictions
        from bpstudio.project.sources import read_for_project

        source = self.input_edit.text().strip()
        target = self.output_edit.text().strip()
        try:
            if not source or not target:
                raise ProjectError("project.no_data")
            project = session_project(self.session)
            if not project.has_weights or not project.pipeline:
                raise ProjectError("project.no_weights")
            predictions = write_predictions(
                project, read_for_project(project, source), target, model=project.build_model()
            )
        except BPStudioError as error:
            log.info("prediction failed: %s", error)
            self.status_label.setText(error_message(error))
            return None
        self.predictions = predictions
        self._show(predictions, target)
        return predictions

    def _show(self, predictions: Predictions, target: str) -> None:
        text = self.tr("Saved {rows} rows with predictions to {path}.").format(
            rows=predictions.n_rows, path=target
        )
        if predictions.skipped_lines:
            text += " " + self.tr(
                "{count} rows have no prediction because a value is missing."
            ).format(count=len(predictions.skipped_lines))
        for warning in predictions.warnings:
            text += "\n" + error_message(warning)
        self.status_label.setText(text)

        shown = min(predictions.n_rows, PREVIEW_ROWS)
        self.preview.clear()
        self.preview.setColumnCount(len(predictions.header))
        self.preview.setRowCount(shown)
        self.preview.setHorizontalHeaderLabels(predictions.header)
        first_prediction = predictions.first_prediction_column
        for row in range(shown):
            for column, text in enumerate(predictions.row(row)):
                item = QTableWidgetItem(text)
                if column >= first_prediction:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.preview.setItem(row, column, item)
        self.preview.resizeColumnsToContents()


def _row(*widgets) -> QWidget:
    container = QWidget()
    layout = QHBoxLayout(container)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget, stretch=1 if widget is widgets[0] else 0)
    return container
