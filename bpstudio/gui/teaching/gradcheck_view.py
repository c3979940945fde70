"""Gradient check: backpropagation's gradient against a central finite difference.

The view takes a batch of training rows and every weight of the current network (a sample
of them on very wide layers). It compares ∂E/∂w from backpropagation with
(E(w + ε) − E(w − ε)) / 2ε and shows the relative error per weight and per layer.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bpstudio.engine.explain import check_every_weight
from bpstudio.gui.teaching.common import model_fits_data

#: Relative errors above this are flagged in the table.
SUSPICIOUS = 1e-4
#: Weights checked at most per array, so wide layers stay quick.
MAX_ENTRIES = 500


def weight_label(model, array_index: int, position: tuple[int, ...]) -> tuple[int, str]:
    """Return (layer number from 1, "w[i,j]" or "b[j]") for an entry of get_weights()."""
    index = 0
    for number, layer in enumerate(model.layers, start=1):
        if index == array_index:
            return number, "w[" + ",".join(str(p + 1) for p in position) + "]"
        if layer.use_bias and index + 1 == array_index:
            return number, f"b[{position[0] + 1}]"
        index += 2 if layer.use_bias else 1
    raise IndexError(array_index)


class GradientCheckDialog(QDialog):
    """Runs the check on a batch of training rows and lists the errors."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.checks = []
        self.setObjectName("gradientCheckDialog")
        self.setWindowTitle(self.tr("Gradient check"))

        self.rows_spin = QSpinBox()
        self.rows_spin.setObjectName("gradcheckRowsSpin")
        self.rows_spin.setRange(1, 1024)
        self.rows_spin.setValue(16)
        self.run_button = QPushButton(self.tr("Check gradients"))
        self.run_button.setObjectName("gradcheckRunButton")
        self.run_button.clicked.connect(self.run_check)
        self.layer_table = QTableWidget(0, 3)
        self.layer_table.setObjectName("gradcheckLayerTable")
        self.layer_table.setHorizontalHeaderLabels(
            [self.tr("Layer"), self.tr("Weights checked"), self.tr("Largest relative error")]
        )
        self.weight_table = QTableWidget(0, 6)
        self.weight_table.setObjectName("gradcheckWeightTable")
        self.weight_table.setHorizontalHeaderLabels(
            [
                self.tr("Layer"),
                self.tr("Weight"),
                self.tr("Backpropagation"),
                self.tr("Finite difference"),
                self.tr("Absolute difference"),
                self.tr("Relative error"),
            ]
        )
        self.summary = QLabel()
        self.summary.setObjectName("gradcheckSummary")
        self.summary.setWordWrap(True)
        explanation = QLabel(
            self.tr(
                "Backpropagation computes every ∂E/∂w at once with the chain rule; the finite "
                "difference (E(w + ε) − E(w − ε)) / 2ε estimates each one by nudging that weight "
                "alone. Relative errors below 1e-6 mean the two agree. Larger errors on a few "
                "weights usually sit on a kink (ReLU at z = 0, MAE at o = d); large errors "
                "everywhere would mean the derivative used by backpropagation is wrong."
            )
        )
        explanation.setWordWrap(True)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Training samples:")))
        row.addWidget(self.rows_spin)
        row.addWidget(self.run_button)
        row.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.layer_table)
        splitter.addWidget(self.weight_table)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self.resize(760, 620)

    def run_check(self) -> None:
        session = self.session
        if not model_fits_data(session):
            self.summary.setText(self.tr("Load a dataset and build a network first."))
            return
        if session.is_training:
            self.summary.setText(self.tr("Pause or stop training first."))
            return
        rows = min(self.rows_spin.value(), len(session.prepared.x_train))
        x, y = session.prepared.x_train[:rows], session.prepared.y_train[:rows]
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.checks = check_every_weight(session.model, x, y, max_entries=MAX_ENTRIES)
        finally:
            QApplication.restoreOverrideCursor()
        self._fill_tables()

    def _fill_tables(self) -> None:
        model = self.session.model
        per_layer: dict[int, list[float]] = {}
        self.weight_table.setRowCount(len(self.checks))
        for row, check in enumerate(self.checks):
            layer, name = weight_label(model, check.array, check.position)
            # The relative error of a near-zero gradient compares rounding noise.
            meaningful = not check.tiny
            per_layer.setdefault(layer, []).append(check.relative_error if meaningful else 0.0)
            cells = [
                str(layer),
                name,
                f"{check.analytic:.6g}",
                f"{check.numeric:.6g}",
                f"{check.absolute_error:.2e}",
                f"{check.relative_error:.2e}" if meaningful else self.tr("tiny gradient"),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not check.within(SUSPICIOUS):
                    item.setForeground(QBrush(QColor("#d62728")))
                self.weight_table.setItem(row, column, item)
        self.layer_table.setRowCount(len(per_layer))
        for row, (layer, errors) in enumerate(sorted(per_layer.items())):
            for column, text in enumerate([str(layer), str(len(errors)), f"{max(errors):.2e}"]):
                self.layer_table.setItem(row, column, QTableWidgetItem(text))
        self.summary.setText(self._summary_text())
        self.layer_table.resizeColumnsToContents()
        self.weight_table.resizeColumnsToContents()

    def _summary_text(self) -> str:
        meaningful = [check for check in self.checks if not check.tiny]
        worst = max((check.relative_error for check in meaningful), default=0.0)
        if worst <= 1e-6:
            verdict = self.tr("Backpropagation agrees with the finite differences.")
        elif worst <= SUSPICIOUS:
            verdict = self.tr("Small differences, as expected near kinks or in float rounding.")
        else:
            verdict = self.tr(
                "Some weights differ: see the red rows. On ReLU or MAE these are "
                "usually kinks; elsewhere they would point to a wrong derivative."
            )
        text = (
            self.tr("%1 weights checked; largest relative error %2. ")
            .replace("%1", str(len(self.checks)))
            .replace("%2", f"{worst:.2e}")
        )
        tiny = len(self.checks) - len(meaningful)
        if tiny:
            text += (
                self.tr(
                    "%1 gradients are so close to 0 (below %2) that their relative error would "
                    "measure rounding noise; they are compared by their absolute difference "
                    "instead and not counted here. "
                )
                .replace("%1", str(tiny))
                .replace("%2", f"{self.checks[0].floor * 10:.0e}")
            )
        return text + verdict
