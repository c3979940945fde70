"""Step-through backpropagation on one sample of the student's own data and network.

The dialog takes a training row (or typed input and target values), computes the
engine's own forward and backward pass for it (:func:`bpstudio.engine.explain.explain_sample`)
and shows it one step at a time with the formulas and the numbers substituted. "Apply
update" performs that training step on the real model, so the diagram and heatmaps move.
The comparison box contrasts standard BP (an update after each sample) with accumulated BP
(one update after the whole batch).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from bpstudio.engine.explain import compare_standard_and_accumulated, explain_sample
from bpstudio.gui.error_messages import error_message
from bpstudio.gui.teaching import backprop_text
from bpstudio.gui.teaching.activation_explorer import parse_vector
from bpstudio.gui.teaching.common import model_fits_data


class BackpropExplainer(QDialog):
    """Forward pass, error, backward pass and update for one sample, step by step."""

    def __init__(self, session, builder=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.builder = builder
        self.explanation = None
        self.stage = 0
        self.setObjectName("backpropExplainer")
        self.setWindowTitle(self.tr("Step-through backpropagation"))

        self.row_radio = QRadioButton(self.tr("Training sample"))
        self.row_radio.setObjectName("explainerRowRadio")
        self.row_radio.setChecked(True)
        self.typed_radio = QRadioButton(self.tr("Typed values"))
        self.typed_radio.setObjectName("explainerTypedRadio")
        sources = QButtonGroup(self)
        sources.addButton(self.row_radio)
        sources.addButton(self.typed_radio)
        self.row_spin = QSpinBox()
        self.row_spin.setObjectName("explainerRowSpin")
        self.row_spin.setMinimum(1)
        self.inputs_edit = QLineEdit()
        self.inputs_edit.setObjectName("explainerInputsEdit")
        self.inputs_edit.setPlaceholderText(self.tr("network inputs after scaling, e.g. 0.5, -1"))
        self.targets_edit = QLineEdit()
        self.targets_edit.setObjectName("explainerTargetsEdit")
        self.targets_edit.setPlaceholderText(self.tr("targets d, e.g. 1 or 0, 1, 0"))
        self.step_label = QLabel()
        self.step_label.setObjectName("explainerStepLabel")
        self.text = QTextBrowser()
        self.text.setObjectName("explainerText")
        self.restart_button = self._button("explainerRestartButton", self.tr("Restart"))
        self.previous_button = self._button("explainerPreviousButton", self.tr("◀ Previous step"))
        self.next_button = self._button("explainerNextButton", self.tr("Next step ▶"))
        self.all_button = self._button("explainerAllButton", self.tr("Show all steps"))
        self.apply_button = self._button("explainerApplyButton", self.tr("Apply update"))
        self.apply_button.setToolTip(
            self.tr(
                "Perform this training step on the network: the weights change on the "
                "diagram and in the heatmaps"
            )
        )

        source_box = QGroupBox(self.tr("Sample"))
        form = QFormLayout(source_box)
        form.addRow(self.row_radio, self.row_spin)
        form.addRow(self.typed_radio)
        form.addRow(self.tr("Inputs x:"), self.inputs_edit)
        form.addRow(self.tr("Targets d:"), self.targets_edit)
        steps = QHBoxLayout()
        for button in (
            self.restart_button,
            self.previous_button,
            self.next_button,
            self.all_button,
        ):
            steps.addWidget(button)
        steps.addStretch(1)
        steps.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addWidget(source_box)
        layout.addWidget(self.step_label)
        layout.addWidget(self.text, 1)
        layout.addLayout(steps)
        layout.addWidget(self._build_comparison())
        self.resize(820, 760)

        self.restart_button.clicked.connect(lambda: self.show_stage(0))
        self.previous_button.clicked.connect(lambda: self.show_stage(self.stage - 1))
        self.next_button.clicked.connect(lambda: self.show_stage(self.stage + 1))
        self.all_button.clicked.connect(lambda: self.show_stage(self.stage_count() - 1))
        self.apply_button.clicked.connect(self.apply_update)
        self.row_spin.valueChanged.connect(lambda _value: self.recompute())
        self.row_radio.toggled.connect(lambda _checked: self.recompute())
        self.inputs_edit.editingFinished.connect(self.recompute)
        self.targets_edit.editingFinished.connect(self.recompute)
        session.weightsChanged.connect(self._on_weights_changed)
        session.dataChanged.connect(self.recompute)
        session.stateChanged.connect(lambda _state: self._update_buttons())
        self.recompute()

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        return button

    def _build_comparison(self) -> QGroupBox:
        box = QGroupBox(self.tr("Standard BP or accumulated BP"))
        self.compare_rows_spin = QSpinBox()
        self.compare_rows_spin.setObjectName("explainerCompareRowsSpin")
        self.compare_rows_spin.setRange(1, 100000)
        self.compare_rows_spin.setValue(32)
        self.compare_button = self._button("explainerCompareButton", self.tr("Compare"))
        self.compare_button.clicked.connect(self.compare)

        self.compare_table = QTableWidget(2, 4)
        self.compare_table.setObjectName("explainerCompareTable")
        self.compare_table.setHorizontalHeaderLabels(
            [
                self.tr("Updates"),
                self.tr("Loss before"),
                self.tr("Loss after"),
                self.tr("Weight change"),
            ]
        )
        self.compare_table.setVerticalHeaderLabels(
            [
                self.tr("Standard BP (after each sample)"),
                self.tr("Accumulated BP (after the whole batch)"),
            ]
        )
        self.compare_table.setMaximumHeight(110)

        note = QLabel(
            self.tr(
                "Standard BP updates the weights after every sample; accumulated BP averages the "
                "gradient over all samples and updates once. Both start from the current weights."
            )
        )
        note.setWordWrap(True)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Samples:")))
        row.addWidget(self.compare_rows_spin)
        row.addWidget(self.compare_button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(note)
        layout.addLayout(row)
        layout.addWidget(self.compare_table)
        return box

    # ----------------------------------------------------------------- sample

    def sample(self) -> tuple[np.ndarray, np.ndarray] | None:
        """Return (x, d) of the chosen sample in network units, or None with a message."""
        prepared = self.session.prepared
        if not model_fits_data(self.session):
            self.text.setHtml(self.tr("Load a dataset and build a network first."))
            return None
        if self.row_radio.isChecked():
            count = len(prepared.x_train)
            self.row_spin.setMaximum(max(1, count))
            index = min(self.row_spin.value(), count) - 1
            if self.builder is not None and hasattr(self.builder, "sample_spin"):
                self.builder.sample_spin.setValue(index + 1)
            return prepared.x_train[index], prepared.y_train[index]
        try:
            x = parse_vector(self.inputs_edit.text())
            d = parse_vector(self.targets_edit.text())
        except ValueError:
            self.text.setHtml(
                self.tr("Type the inputs and the targets as numbers separated by commas.")
            )
            return None
        n_in, n_out = prepared.x_train.shape[1], prepared.y_train.shape[1]
        if len(x) != n_in or len(d) != n_out:
            self.text.setHtml(
                self.tr(
                    "The network has %1 inputs and %2 outputs, but %3 inputs and %4 targets "
                    "were typed."
                )
                .replace("%1", str(n_in))
                .replace("%2", str(n_out))
                .replace("%3", str(len(x)))
                .replace("%4", str(len(d)))
            )
            return None
        return x, d

    def recompute(self) -> None:
        """Explain the chosen sample with the current weights, keeping the current step."""
        sample = self.sample()
        self.explanation = None if sample is None else explain_sample(self.session.model, *sample)
        self.show_stage(min(self.stage, self.stage_count() - 1))

    def _on_weights_changed(self) -> None:
        # Training reports arrive many times a second; explain only while idle.
        if not self.session.is_training:
            self.recompute()

    def stage_count(self) -> int:
        if self.explanation is None:
            return 1
        return len(backprop_text.stages(len(self.explanation.layers)))

    def show_stage(self, stage: int) -> None:
        self.stage = max(0, min(stage, self.stage_count() - 1))
        self._update_buttons()
        if self.explanation is None:
            self.step_label.clear()
            return
        prepared = self.session.prepared
        class_names = prepared.class_names if prepared.class_names else None
        output_names = class_names or list(getattr(prepared, "target_names", []) or [])
        html = backprop_text.render(
            self.explanation,
            self.stage,
            input_names=list(prepared.feature_names),
            output_names=output_names,
        )
        self.text.setHtml(html)
        scrollbar = self.text.verticalScrollBar()
        scrollbar.setValue(scrollbar.maximum())
        self.step_label.setText(
            self.tr("Step %1 of %2")
            .replace("%1", str(self.stage + 1))
            .replace("%2", str(self.stage_count()))
        )

    def _update_buttons(self) -> None:
        ready = self.explanation is not None
        self.previous_button.setEnabled(ready and self.stage > 0)
        self.next_button.setEnabled(ready and self.stage < self.stage_count() - 1)
        idle = not self.session.is_training
        self.apply_button.setEnabled(ready and idle)
        self.compare_button.setEnabled(ready and idle)

    # ----------------------------------------------------------------- actions

    def apply_update(self) -> None:
        """Perform the explained training step on the session's model."""
        sample = self.sample()
        if sample is None or self.session.is_training:
            return
        x, d = sample
        self.session.model.train_on_batch(x.reshape(1, -1), d.reshape(1, -1))
        self.session.set_modified()
        self.stage = 0
        self.session.weightsChanged.emit()

    def compare(self) -> None:
        prepared = self.session.prepared
        if prepared is None or self.session.model is None:
            return
        rows = min(self.compare_rows_spin.value(), len(prepared.x_train))
        try:
            results = compare_standard_and_accumulated(
                self.session.model, prepared.x_train[:rows], prepared.y_train[:rows]
            )
        except (ValueError, FloatingPointError) as error:
            QMessageBox.warning(self, self.windowTitle(), error_message(error))
            return
        for row, name in enumerate(("standard", "accumulated")):
            result = results[name]
            cells = [
                str(result["updates"]),
                f"{result['loss_before']:.5g}",
                f"{result['loss_after']:.5g}",
                f"{result['weight_change']:.4g}",
            ]
            for column, text in enumerate(cells):
                self.compare_table.setItem(row, column, QTableWidgetItem(text))
        self.compare_table.resizeColumnsToContents()
