"""The preprocessing form: task, missing values, scaling, splits and seed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QSpinBox,
)

#: Delay after the last spin-box step before the change is applied.
SPIN_DELAY_MS = 400


class PreprocessForm(QGroupBox):
    """Edit the PreprocessConfig fields other than the column roles.

    ``configEdited`` carries a dict of the changed fields, ready for
    ``dataclasses.replace(config, **changes)``.
    """

    configEdited = Signal(dict)  # noqa: N815

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Preprocessing"))
        self.setObjectName("preprocessBox")

        self.task_combo = self._combo(
            "taskCombo",
            (
                ("auto", self.tr("Automatic")),
                ("classification", self.tr("Classification")),
                ("regression", self.tr("Regression")),
            ),
        )
        self.missing_combo = self._combo(
            "missingCombo",
            (
                ("drop", self.tr("Drop rows with missing values")),
                ("mean", self.tr("Fill features with the mean")),
                ("median", self.tr("Fill features with the median")),
                ("most_frequent", self.tr("Fill features with the most frequent value")),
            ),
        )
        self.scaling_combo = self._combo(
            "scalingCombo",
            (
                ("none", self.tr("None")),
                ("standard", self.tr("Standardize (mean 0, std 1)")),
                ("minmax01", self.tr("Min-max to [0, 1]")),
                ("minmax11", self.tr("Min-max to [-1, 1]")),
            ),
        )
        self.scale_target_check = QCheckBox(self.tr("Scale the target too"))
        self.scale_target_check.setObjectName("scaleTargetCheck")
        self.validation_spin = self._percent("validationSplitSpin")
        self.test_spin = self._percent("testSplitSpin")
        self.seed_spin = QSpinBox()
        self.seed_spin.setObjectName("splitSeedSpin")
        self.seed_spin.setRange(0, 2_147_483_647)
        self.stratify_check = QCheckBox(self.tr("Stratified split"))
        self.stratify_check.setObjectName("stratifyCheck")
        self.stratify_check.setToolTip(self.tr("Keep the class proportions in each split"))
        self.scale_target_check.setToolTip(
            self.tr("Scale a regression target with the same method as the features")
        )

        form = QFormLayout(self)
        form.addRow(self.tr("Task:"), self.task_combo)
        form.addRow(self.tr("Missing values:"), self.missing_combo)
        form.addRow(self.tr("Scaling:"), self.scaling_combo)
        form.addRow("", self.scale_target_check)
        form.addRow(self.tr("Validation split:"), self.validation_spin)
        form.addRow(self.tr("Test split:"), self.test_spin)
        form.addRow(self.tr("Split seed:"), self.seed_spin)
        form.addRow("", self.stratify_check)

        for combo, key in (
            (self.task_combo, "task"),
            (self.missing_combo, "missing"),
            (self.scaling_combo, "scaling"),
        ):
            combo.activated.connect(lambda _i, c=combo, k=key: self._emit(k, c.currentData()))
        self.scale_target_check.toggled.connect(lambda on: self._emit("scale_target", on))
        self.stratify_check.toggled.connect(lambda on: self._emit("stratify", on))
        self._values: dict[str, Any] = {}
        # Spin boxes apply when editing finishes, or a moment after the arrows stop, so
        # stepping through values does not re-prepare the data at every step.
        self._spin_timer = QTimer(self)
        self._spin_timer.setSingleShot(True)
        self._spin_timer.setInterval(SPIN_DELAY_MS)
        self._spin_timer.timeout.connect(self._emit_spins)
        for spin in (self.validation_spin, self.test_spin, self.seed_spin):
            spin.valueChanged.connect(lambda _value: self._spin_timer.start())
            spin.editingFinished.connect(self._emit_spins)

    def _emit_spins(self) -> None:
        self._spin_timer.stop()
        self._emit_changes(
            {
                "validation_split": round(self.validation_spin.value() / 100, 6),
                "test_split": round(self.test_spin.value() / 100, 6),
                "seed": self.seed_spin.value(),
            }
        )

    def _combo(self, name: str, choices) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        # Narrow docks shrink the combo instead of clipping the form.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        for value, text in choices:
            combo.addItem(text, value)
        return combo

    def _percent(self, name: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setObjectName(name)
        spin.setRange(0.0, 90.0)
        spin.setDecimals(1)
        spin.setSingleStep(5.0)
        spin.setSuffix(" %")
        return spin

    def _emit(self, key: str, value) -> None:
        self._emit_changes({key: value})

    def _emit_changes(self, values: dict[str, Any]) -> None:
        """Emit the fields whose value differs from what the form last showed."""
        changes = {key: value for key, value in values.items() if self._values.get(key) != value}
        if changes:
            self._values.update(changes)
            self.configEdited.emit(changes)

    def set_config(self, config, task: str | None) -> None:
        """Show a PreprocessConfig; ``task`` is the resolved task of the prepared data."""
        values = {
            "task": config.task,
            "missing": config.missing,
            "scaling": config.scaling,
            "scale_target": bool(config.scale_target),
            "validation_split": round(float(config.validation_split), 6),
            "test_split": round(float(config.test_split), 6),
            "seed": int(config.seed),
            "stratify": bool(config.stratify),
        }
        self._values = dict(values)

        widgets = (
            self.task_combo,
            self.missing_combo,
            self.scaling_combo,
            self.scale_target_check,
            self.validation_spin,
            self.test_spin,
            self.seed_spin,
            self.stratify_check,
        )
        for widget in widgets:
            widget.blockSignals(True)

        for combo, key in (
            (self.task_combo, "task"),
            (self.missing_combo, "missing"),
            (self.scaling_combo, "scaling"),
        ):
            combo.setCurrentIndex(max(0, combo.findData(values[key])))
        self.scale_target_check.setChecked(values["scale_target"])
        self.validation_spin.setValue(round(values["validation_split"] * 100, 1))
        self.test_spin.setValue(round(values["test_split"] * 100, 1))
        self.seed_spin.setValue(values["seed"])
        self.stratify_check.setChecked(values["stratify"])
        for widget in widgets:
            widget.blockSignals(False)

        self.scale_target_check.setEnabled(task == "regression")
        self.stratify_check.setEnabled(task != "regression")
        automatic = self.tr("Automatic (%1)").replace("%1", self._task_name(task))
        self.task_combo.setItemText(0, automatic if task else self.tr("Automatic"))

    def _task_name(self, task: str | None) -> str:
        if task == "classification":
            return self.tr("classification")
        if task == "regression":
            return self.tr("regression")
        return ""
