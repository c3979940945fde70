"""The CSV import preview: detected settings, each overridable, with a live preview.

The dialog reads the file with :func:`bpstudio.data.read_csv` every time a setting
changes, so the preview, the missing-value report and the warnings are exactly what the
importer will produce. Files larger than :data:`FULL_PREVIEW_BYTES` are previewed from
their first lines only; the whole file is read once, when the user presses Import.
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from bpstudio.errors import BPStudioError
from bpstudio.gui.data.import_choices import (
    DECIMALS,
    DELIMITERS,
    ENCODINGS,
    delimiter_name,
    translated,
)
from bpstudio.gui.error_messages import error_message

log = logging.getLogger(__name__)

PREVIEW_ROWS = 20
#: Files up to this size are re-read whole for each preview; larger ones from their head.
FULL_PREVIEW_BYTES = 4 * 1024 * 1024
HEAD_LINES = 2000
MISSING_LINES_SHOWN = 8


class ImportDialog(QDialog):
    """Preview a CSV file and choose how to read it.

    After ``accept()``, :attr:`table` is the table read with :meth:`settings`.
    """

    def __init__(self, path: str | os.PathLike, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.path = Path(path)
        self.table = None
        self.preview_table = None
        self.error: BPStudioError | None = None
        self._head_path: str | None = None
        self._finished = False
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(150)
        self._reload_timer.timeout.connect(self.reload)

        self._build_widgets()
        self._build_layout()
        self.setWindowTitle(self.tr("Import %1").replace("%1", self.path.name))
        # The minimum size is fixed rather than taken from the content, because each change
        # of a shown window's minimum makes Qt's offscreen platform warn (fatal in tests).
        self.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(560, 440)
        self.resize(820, 620)
        self.reload()
        for combo in (
            self.encoding_combo,
            self.delimiter_combo,
            self.header_combo,
            self.decimal_combo,
        ):
            combo.currentIndexChanged.connect(self._schedule_reload)
        self.encoding_combo.lineEdit().editingFinished.connect(self._schedule_reload)
        self.skip_bad_lines_check.toggled.connect(self._schedule_reload)

    # ----------------------------------------------------------------- construction

    def _build_widgets(self) -> None:
        self.detected_label = QLabel()
        self.detected_label.setObjectName("detectedLabel")
        self.detected_label.setWordWrap(True)

        self.encoding_combo = QComboBox()
        self.encoding_combo.setObjectName("encodingCombo")
        self.encoding_combo.setEditable(True)
        self.encoding_combo.addItem(self.tr("Auto-detect"), None)
        for name in ENCODINGS:
            self.encoding_combo.addItem(name, name)
        self.delimiter_combo = QComboBox()
        self.delimiter_combo.setObjectName("delimiterCombo")
        self.delimiter_combo.addItem(self.tr("Auto-detect"), None)
        for value, name in DELIMITERS:
            self.delimiter_combo.addItem(translated(name), value)
        self.header_combo = QComboBox()
        self.header_combo.setObjectName("headerCombo")
        self.header_combo.addItem(self.tr("Auto-detect"), None)
        self.header_combo.addItem(self.tr("First row is the header"), True)
        self.header_combo.addItem(self.tr("No header row"), False)
        self.decimal_combo = QComboBox()
        self.decimal_combo.setObjectName("decimalCombo")
        self.decimal_combo.addItem(self.tr("Auto-detect"), None)
        for value, name in DECIMALS:
            self.decimal_combo.addItem(translated(name), value)
        self.skip_bad_lines_check = QCheckBox(self.tr("Skip lines with the wrong number of fields"))
        self.skip_bad_lines_check.setObjectName("skipBadLinesCheck")

        self.preview = QTableWidget()
        self.preview.setObjectName("previewTable")
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.missing_report = QPlainTextEdit()
        self.missing_report.setObjectName("missingReport")
        self.missing_report.setReadOnly(True)
        self.warnings_view = QPlainTextEdit()
        self.warnings_view.setObjectName("importWarnings")
        self.warnings_view.setReadOnly(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("importErrorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c0392b;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        self.import_button.setObjectName("importButton")
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelImportButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Encoding:"), self.encoding_combo)
        form.addRow(self.tr("Delimiter:"), self.delimiter_combo)
        form.addRow(self.tr("Header:"), self.header_combo)
        form.addRow(self.tr("Decimal mark:"), self.decimal_combo)
        form.addRow("", self.skip_bad_lines_check)
        settings_box = QGroupBox(self.tr("How to read the file"))
        settings_box.setLayout(form)

        reports = QHBoxLayout()
        for title, view in (
            (self.tr("Missing values"), self.missing_report),
            (self.tr("Warnings"), self.warnings_view),
        ):
            box = QGroupBox(title)
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(view)
            reports.addWidget(box)

        layout = QVBoxLayout(self)
        layout.addWidget(self.detected_label)
        layout.addWidget(settings_box)
        layout.addWidget(QLabel(self.tr("Preview of the first rows:")))
        layout.addWidget(self.preview, 3)
        layout.addWidget(self.error_label)
        layout.addLayout(reports, 2)
        layout.addWidget(self.buttons)

    # ----------------------------------------------------------------- settings

    def settings(self) -> dict[str, Any]:
        """Return the keyword arguments for read_csv; None means detect automatically."""
        typed = self.encoding_combo.currentText().strip()
        encoding = None if not typed or typed == self.encoding_combo.itemText(0) else typed
        return {
            "encoding": encoding,
            "delimiter": self.delimiter_combo.currentData(),
            "has_header": self.header_combo.currentData(),
            "decimal": self.decimal_combo.currentData(),
            "skip_bad_lines": self.skip_bad_lines_check.isChecked(),
        }

    def set_override(self, name: str, value) -> None:
        """Choose a value of one setting ("encoding", "delimiter", "has_header", "decimal")."""
        combo = {
            "encoding": self.encoding_combo,
            "delimiter": self.delimiter_combo,
            "has_header": self.header_combo,
            "decimal": self.decimal_combo,
        }[name]
        index = combo.findData(value)
        if index < 0 and name == "encoding":
            combo.addItem(str(value), value)
            index = combo.count() - 1
        if index < 0:
            raise ValueError(f"{name} has no choice {value!r}")
        combo.setCurrentIndex(index)

    # ----------------------------------------------------------------- reading

    def _schedule_reload(self, *_args) -> None:
        if not self._finished:
            self._reload_timer.start()

    def _preview_path(self) -> str:
        """Return the file to preview: the file itself, or a copy of its first lines."""
        if self.path.stat().st_size <= FULL_PREVIEW_BYTES:
            return str(self.path)
        if self._head_path is None:
            with open(self.path, "rb") as source:
                head = b"".join(source.readline() for _ in range(HEAD_LINES + 1))
            handle, self._head_path = tempfile.mkstemp(suffix=self.path.suffix or ".csv")
            with os.fdopen(handle, "wb") as target:
                target.write(head)
        return self._head_path

    def reload(self) -> None:
        """Read the file with the current settings and refresh every view."""
        from bpstudio.data import read_csv

        self._reload_timer.stop()
        if self._finished:
            return
        try:
            preview_path = self._preview_path()
            self.preview_table = read_csv(preview_path, **self.settings())
            self.error = None
        except BPStudioError as error:
            self.preview_table = None
            self.error = error
        except OSError as error:
            self.preview_table = None
            self.error = None
            self._show_error(self.tr("The file cannot be read: %1").replace("%1", str(error)))
            return
        if self.preview_table is not None:
            self._show_table(self.preview_table)
        else:
            self._show_split_lines()
        self._show_error("" if self.error is None else error_message(self.error))

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        self.import_button.setEnabled(not text)

    def _fill_preview(self, header: list[str], rows: list[list[str]]) -> None:
        """Show rows under a header; missing (empty) cells are tinted."""
        width = max([len(header)] + [len(row) for row in rows])
        header = header + [str(number + 1) for number in range(len(header), width)]
        missing_brush = QBrush(QColor(231, 76, 60, 70))
        self.preview.clear()
        self.preview.setColumnCount(width)
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels([str(name) for name in header])
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem("" if value is None else str(value))
                if not item.text():
                    item.setBackground(missing_brush)
                    item.setToolTip(self.tr("Missing value"))
                self.preview.setItem(r, c, item)
        self.preview.resizeColumnsToContents()

    def _show_split_lines(self) -> None:
        """Show the first lines as the delimiter splits them, when the file cannot be read."""
        from bpstudio.data import sniff_csv

        self.missing_report.setPlainText("")
        self.warnings_view.setPlainText("")
        overrides = {
            key: value for key, value in self.settings().items() if key != "skip_bad_lines"
        }
        try:
            sniffed = sniff_csv(self._preview_path(), preview_rows=PREVIEW_ROWS, **overrides)
        except (BPStudioError, OSError) as error:
            log.info("no preview of %s: %s", self.path, error)
            self._fill_preview([], [])
            self.detected_label.setText(self.tr("The file could not be read with these settings."))
            return
        self._show_detected(sniffed)
        note = self.tr("The preview shows the first lines as split, before any checks.")
        self.detected_label.setText(f"{self._settings_text(sniffed)} {note}")
        rows = [list(row) for row in sniffed.preview]
        if sniffed.has_header and rows:
            self._fill_preview(rows[0], rows[1:])
        else:
            self._fill_preview([], rows)

    def _show_table(self, table) -> None:
        self.detected_label.setText(self._detected_text(table))
        self._show_detected(table)
        self._fill_preview(list(table.columns), table.preview(PREVIEW_ROWS))
        self.missing_report.setPlainText(self.missing_text(table))
        warnings = [error_message(warning) for warning in table.warnings]
        self.warnings_view.setPlainText("\n".join(warnings) or self.tr("No warnings."))

    def _show_detected(self, table) -> None:
        """Name the value auto-detection chose in each combo's "Auto-detect" entry."""
        header = self.tr("header row") if table.has_header else self.tr("no header row")
        detected = (
            (self.encoding_combo, str(table.encoding)),
            (self.delimiter_combo, delimiter_name(table.delimiter)),
            (self.header_combo, header),
            (self.decimal_combo, f"'{table.decimal}'"),
        )
        for combo, value in detected:
            typed_over = combo.isEditable() and combo.currentText() != combo.itemText(0)
            if combo.currentIndex() != 0 or typed_over:
                continue
            text = self.tr("Auto-detect (%1)").replace("%1", value)
            combo.blockSignals(True)
            combo.setItemText(0, text)
            if combo.isEditable():
                combo.setEditText(text)
            combo.blockSignals(False)

    def _settings_text(self, settings) -> str:
        """Describe the encoding, delimiter, header and decimal mark of a table or settings."""
        text = self.tr("Read as: encoding %1, delimiter %2, %3, decimal mark '%4'.")
        header = self.tr("header row") if settings.has_header else self.tr("no header row")
        return (
            text.replace("%1", str(settings.encoding))
            .replace("%2", delimiter_name(settings.delimiter))
            .replace("%3", header)
            .replace("%4", str(settings.decimal))
        )

    def _detected_text(self, table) -> str:
        text = self._settings_text(table)
        rows = self.tr("Data rows: %1.").replace("%1", str(table.n_rows))
        if self._head_path is not None:
            rows = self.tr("Preview of the first %1 data rows; the whole file is read on Import.")
            rows = rows.replace("%1", str(table.n_rows))
        return f"{text} {rows}"

    def missing_text(self, table) -> str:
        """Return one line per column with missing cells and their file line numbers."""
        lines = []
        for column in table.columns:
            missing = table.missing.get(column) or []
            if not missing:
                continue
            shown = ", ".join(str(line) for line in missing[:MISSING_LINES_SHOWN])
            if len(missing) > MISSING_LINES_SHOWN:
                shown += ", …"
            entry = self.tr("%1: %2 missing (lines %3)").replace("%1", str(column))
            lines.append(entry.replace("%2", str(len(missing))).replace("%3", shown))
        return "\n".join(lines) or self.tr("No missing values.")

    # ----------------------------------------------------------------- closing

    def accept(self) -> None:
        """Read the whole file with the chosen settings, then close on success."""
        self.reload()
        if self.error is not None or self.preview_table is None:
            return
        if self._head_path is None:
            self.table = self.preview_table
        else:
            try:
                self.table = self._read_whole_file()
            except BPStudioError as error:
                self.error = error
                self._show_error(error_message(error))
                return
        super().accept()

    def _read_whole_file(self):
        """Read the whole large file behind a progress dialog the user can cancel."""
        from bpstudio.data import read_csv

        progress = QProgressDialog(
            self.tr("Reading %1…").replace("%1", self.path.name), self.tr("Cancel"), 0, 1000, self
        )
        progress.setObjectName("importProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def report(fraction: float) -> None:
            progress.setValue(int(1000 * max(0.0, min(1.0, fraction))))
            QApplication.processEvents()

        try:
            return read_csv(
                str(self.path), progress=report, cancel=progress.wasCanceled, **self.settings()
            )
        finally:
            progress.close()

    def showEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        self._finished = False
        super().showEvent(event)

    def done(self, result: int) -> None:
        # A field losing focus while the dialog is torn down still requests a reload, which
        # would touch widgets already deleted.
        self._finished = True
        self._reload_timer.stop()
        if self._head_path is not None:
            Path(self._head_path).unlink(missing_ok=True)
            self._head_path = None
        super().done(result)
