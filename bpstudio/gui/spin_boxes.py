"""Spin boxes for values spanning several orders of magnitude (learning rate, ε, L2)."""

from __future__ import annotations

import math

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox


class LogSpinBox(QDoubleSpinBox):
    """A spin box that shows values like ``0.001`` or ``1e-07`` and steps by factors of 10.

    The arrows multiply or divide the value by 10; from 0 the up arrow goes to
    ``smallest_step``, and dividing below it goes back to 0 when 0 is allowed.
    """

    def __init__(self, minimum: float, maximum: float, smallest_step: float, parent=None):
        super().__init__(parent)
        self.smallest_step = smallest_step
        self.setDecimals(15)
        self.setRange(minimum, maximum)
        self.setKeyboardTracking(False)

    def textFromValue(self, value: float) -> str:
        return f"{value:.6g}"

    def valueFromText(self, text: str) -> float:
        try:
            return float(text.strip().replace(",", "."))
        except ValueError:
            return self.value()

    def validate(self, text: str, position: int):
        candidate = text.strip().replace(",", ".")
        try:
            value = float(candidate)
        except ValueError:
            partial = candidate in ("", ".", "-") or candidate.lower().endswith(("e", "e-", "e+"))
            state = QValidator.State.Intermediate if partial else QValidator.State.Invalid
            return state, text, position
        if not math.isfinite(value) or not self.minimum() <= value <= self.maximum():
            return QValidator.State.Intermediate, text, position
        return QValidator.State.Acceptable, text, position

    def fixup(self, text: str) -> str:
        return self.textFromValue(self.value())

    def stepBy(self, steps: int) -> None:
        value = self.value()
        if value == 0:
            value = self.smallest_step if steps > 0 else 0.0
            steps = max(0, steps - 1)
        value *= 10.0**steps
        if value < self.smallest_step:
            value = self.minimum() if self.minimum() == 0 else self.smallest_step
        self.setValue(min(max(value, self.minimum()), self.maximum()))
