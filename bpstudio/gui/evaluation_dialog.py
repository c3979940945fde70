"""Tools → Evaluate: the network's metrics on the test split or on another CSV file.

Classification shows accuracy, a per-class precision/recall/F1 table and the confusion
matrix with the original class labels. Regression shows MSE, RMSE, MAE, MAPE and R² per
target, a plot of predicted against true values, and a histogram of the errors.
"""

from __future__ import annotations

import logging

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bpstudio.errors import BPStudioError
from bpstudio.gui.error_messages import error_message
from bpstudio.project.evaluation import TEST_SPLIT, EvaluationResult, evaluate_arrays

log = logging.getLogger(__name__)


class EvaluationDialog(QDialog):
    """Evaluate the session's current network; results stay until the next evaluation."""

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent or controller.window)
        self.setObjectName("evaluationDialog")
        self.setWindowTitle(self.tr("Evaluate the Network"))
        self.controller = controller
        self.session = controller.session
        self.result: EvaluationResult | None = None

        self._build_source_box()
        self._build_results()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("evaluationButtons")
        buttons.rejected.connect(self.reject)
        self.save_report_button = buttons.addButton(
            self.tr("&Save Report…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_report_button.setObjectName("saveEvaluationReportButton")
        self.save_report_button.setEnabled(False)
        self.save_report_button.clicked.connect(self._choose_report_path)

        layout = QVBoxLayout(self)
        layout.addWidget(self.source_box)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.pages, stretch=1)
        layout.addWidget(buttons)
        # The dialog's size is not tied to its content's minimum: each change of that minimum
        # on a shown window makes Qt's offscreen platform warn about propagateSizeHints.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.resize(760, 620)
        self._update_source()

    # ----------------------------------------------------------------- construction

    def _build_source_box(self) -> None:
        self.source_box = QGroupBox(self.tr("Evaluate on"))
        self.source_box.setObjectName("evaluationSourceBox")
        self.test_split_radio = QRadioButton(self.tr("The &test split of the current data"))
        self.test_split_radio.setObjectName("testSplitRadio")
        self.file_radio = QRadioButton(self.tr("Another &CSV file with the target column:"))
        self.file_radio.setObjectName("otherFileRadio")
        group = QButtonGroup(self)
        group.addButton(self.test_split_radio)
        group.addButton(self.file_radio)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("evaluationDataPathEdit")
        self.path_edit.setPlaceholderText(self.tr("Path of a CSV file"))
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setObjectName("browseEvaluationDataButton")
        self.evaluate_button = QPushButton(self.tr("&Evaluate"))
        self.evaluate_button.setObjectName("evaluateButton")
        self.evaluate_button.setDefault(True)

        has_test = self._test_rows() > 0
        self.test_split_radio.setEnabled(has_test)
        if not has_test:
            self.test_split_radio.setToolTip(
                self.tr("The data has no test split; set a test share in the data panel")
            )
        (self.test_split_radio if has_test else self.file_radio).setChecked(True)
        self.test_split_radio.toggled.connect(self._update_source)
        self.browse_button.clicked.connect(self._browse)
        self.evaluate_button.clicked.connect(self.evaluate)

        row = QHBoxLayout()
        row.addWidget(self.path_edit, stretch=1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self.source_box)
        layout.addWidget(self.test_split_radio)
        layout.addWidget(self.file_radio)
        layout.addLayout(row)
        layout.addWidget(self.evaluate_button, alignment=Qt.AlignmentFlag.AlignRight)

    def _build_results(self) -> None:
        self.summary_label = QLabel(self.tr("Choose the data and press Evaluate."))
        self.summary_label.setObjectName("evaluationSummaryLabel")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.class_table = _table("classReportTable")
        self.confusion_table = _table("confusionMatrixTable")
        classification = QWidget()
        grid = QGridLayout(classification)
        grid.addWidget(QLabel(self.tr("Per class")), 0, 0)
        grid.addWidget(self.class_table, 1, 0)
        grid.addWidget(
            QLabel(self.tr("Confusion matrix (rows: true class, columns: predicted class)")), 0, 1
        )
        grid.addWidget(self.confusion_table, 1, 1)

        self.regression_table = _table("regressionReportTable")
        self.scatter_plot = pg.PlotWidget()
        self.scatter_plot.setObjectName("predictedVsTruePlot")
        self.scatter_plot.setLabel("bottom", self.tr("True value"))
        self.scatter_plot.setLabel("left", self.tr("Predicted value"))
        self.histogram_plot = pg.PlotWidget()
        self.histogram_plot.setObjectName("errorHistogramPlot")
        self.histogram_plot.setLabel("bottom", self.tr("Error (predicted − true)"))
        self.histogram_plot.setLabel("left", self.tr("Samples"))
        regression = QWidget()
        grid = QGridLayout(regression)
        grid.addWidget(self.regression_table, 0, 0, 1, 2)
        grid.addWidget(self.scatter_plot, 1, 0)
        grid.addWidget(self.histogram_plot, 1, 1)
        grid.setRowStretch(1, 1)

        self.pages = QStackedWidget()
        self.pages.setObjectName("evaluationPages")
        self.pages.addWidget(QWidget())
        self.pages.addWidget(classification)
        self.pages.addWidget(regression)

    # ----------------------------------------------------------------- evaluation

    def _test_rows(self) -> int:
        prepared = self.session.prepared
        if prepared is None or prepared.x_test is None:
            return 0
        return len(prepared.x_test)

    def _update_source(self, *_args) -> None:
        use_file = self.file_radio.isChecked()
        self.path_edit.setEnabled(use_file)
        self.browse_button.setEnabled(use_file)

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a CSV File"),
            self.path_edit.text(),
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        if path:
            self.path_edit.setText(path)
            self.file_radio.setChecked(True)

    def evaluate(self) -> EvaluationResult | None:
        """Run the evaluation with the chosen data; show the result or the error."""
        from bpstudio.gui.project_io import session_project

        project = session_project(self.session)
        try:
            if not project.has_weights or self.session.prepared is None:
                from bpstudio.errors import ProjectError

                raise ProjectError("project.no_weights")
            # A model of its own, so that evaluating never touches the one being trained.
            model = project.build_model()
            if self.file_radio.isChecked():
                result = self._evaluate_file(project, model)
            else:
                prepared = self.session.prepared
                result = evaluate_arrays(
                    project, model, prepared.x_test, prepared.y_test, source=TEST_SPLIT
                )
        except BPStudioError as error:
            log.info("evaluation failed: %s", error)
            self.summary_label.setText(error_message(error))
            self.pages.setCurrentIndex(0)
            return None
        self.show_result(result)
        return result

    def _evaluate_file(self, project, model) -> EvaluationResult:
        from bpstudio.project.evaluation import evaluate_project
        from bpstudio.project.sources import read_for_project

        path = self.path_edit.text().strip()
        if not path:
            from bpstudio.errors import ProjectError

            raise ProjectError("project.no_data")
        return evaluate_project(
            project, read_for_project(project, path), model=model, path_hint=path
        )

    # ----------------------------------------------------------------- display

    def _choose_report_path(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save Evaluation Report"), "evaluation.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self.save_report(path)

    def save_report(self, path: str) -> bool:
        """Write the last result as CSV; show a failure in the summary line."""
        from bpstudio.project.evaluation import write_report

        try:
            write_report(self.result, path)
        except BPStudioError as error:
            log.info("evaluation report not written: %s", error)
            self.summary_label.setText(error_message(error))
            return False
        return True

    def show_result(self, result: EvaluationResult) -> None:
        self.result = result
        self.save_report_button.setEnabled(True)
        lines = [self._source_text(result)]
        if result.loss is not None:
            lines.append(
                self.tr("Loss ({name}): {value}").format(
                    name=result.loss_name, value=_number(result.loss)
                )
            )
        if result.task == "classification":
            lines.append(self.tr("Accuracy: {value}").format(value=_percent(result.accuracy)))
            self._show_classification(result.metrics)
            self.pages.setCurrentIndex(1)
        else:
            metrics = result.metrics
            lines.append(
                self.tr("RMSE {rmse} · MAE {mae} · R² {r2}").format(
                    rmse=_number(metrics["rmse"]),
                    mae=_number(metrics["mae"]),
                    r2=_number(metrics["r2"]),
                )
            )
            self._show_regression(result)
            self.pages.setCurrentIndex(2)
        if result.skipped_lines:
            lines.append(
                self.tr("{count} rows with missing values were left out.").format(
                    count=len(result.skipped_lines)
                )
            )
        lines.extend(error_message(warning) for warning in result.warnings)
        self.summary_label.setText("\n".join(lines))

    def _source_text(self, result: EvaluationResult) -> str:
        if result.source == TEST_SPLIT:
            return self.tr("Test split: {count} samples").format(count=result.n_samples)
        return self.tr("{path}: {count} samples").format(path=result.source, count=result.n_samples)

    def _show_classification(self, metrics: dict) -> None:
        headers = [
            self.tr("Class"),
            self.tr("Precision"),
            self.tr("Recall"),
            self.tr("F1"),
            self.tr("Support"),
        ]
        rows = [
            [
                entry["name"],
                _number(entry["precision"]),
                _number(entry["recall"]),
                _number(entry["f1"]),
                str(entry["support"]),
            ]
            for entry in metrics["classes"]
        ]
        for label, key in (
            (self.tr("Macro average"), "macro_avg"),
            (self.tr("Weighted average"), "weighted_avg"),
        ):
            average = metrics[key]
            rows.append(
                [
                    label,
                    _number(average["precision"]),
                    _number(average["recall"]),
                    _number(average["f1"]),
                    str(metrics["n_samples"]),
                ]
            )
        _fill(self.class_table, headers, rows)

        names = metrics["class_names"]
        matrix = np.array(metrics["confusion_matrix"])
        _fill(
            self.confusion_table,
            names,
            [[str(count) for count in row] for row in matrix],
            row_labels=names,
        )
        peak = max(int(matrix.max()), 1)
        for row in range(matrix.shape[0]):
            for column in range(matrix.shape[1]):
                share = matrix[row, column] / peak
                hue = QColor(46, 125, 50) if row == column else QColor(198, 40, 40)
                hue.setAlphaF(0.15 + 0.6 * share if matrix[row, column] else 0.0)
                self.confusion_table.item(row, column).setBackground(QBrush(hue))

    def _show_regression(self, result: EvaluationResult) -> None:
        metrics = result.metrics
        headers = [self.tr("Target"), "MSE", "RMSE", "MAE", self.tr("MAPE (%)"), "R²"]
        rows = [
            [entry["name"], *(_number(entry[key]) for key in ("mse", "rmse", "mae", "mape", "r2"))]
            for entry in metrics["targets"]
        ]
        _fill(self.regression_table, headers, rows)

        true = result.y_true[:, 0]
        predicted = result.y_pred[:, 0]
        finite = np.isfinite(true) & np.isfinite(predicted)
        self.scatter_plot.clear()
        self.scatter_plot.plot(
            true[finite],
            predicted[finite],
            pen=None,
            symbol="o",
            symbolSize=5,
            symbolBrush=(33, 150, 243, 160),
        )
        if finite.any():
            low = float(min(true[finite].min(), predicted[finite].min()))
            high = float(max(true[finite].max(), predicted[finite].max()))
            self.scatter_plot.plot(
                [low, high], [low, high], pen=pg.mkPen((120, 120, 120), style=Qt.PenStyle.DashLine)
            )

        histogram = metrics["histogram"]
        self.histogram_plot.clear()
        if histogram["counts"]:
            edges = np.array(histogram["edges"])
            bars = pg.BarGraphItem(
                x0=edges[:-1], x1=edges[1:], height=histogram["counts"], brush=(33, 150, 243, 160)
            )
            self.histogram_plot.addItem(bars)


def _table(object_name: str) -> QTableWidget:
    table = QTableWidget()
    table.setObjectName(object_name)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(object_name == "confusionMatrixTable")
    return table


def _fill(
    table: QTableWidget,
    headers: list[str],
    rows: list[list[str]],
    row_labels: list[str] | None = None,
) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setRowCount(len(rows))
    table.setHorizontalHeaderLabels([str(header) for header in headers])
    if row_labels is not None:
        table.setVerticalHeaderLabels([str(label) for label in row_labels])
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column > 0 or row_labels is not None:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)
    table.resizeColumnsToContents()


def _number(value) -> str:
    return "—" if value is None else f"{value:.4g}"


def _percent(value) -> str:
    return "—" if value is None else f"{100 * value:.1f}%"
