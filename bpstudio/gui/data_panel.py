"""The data panel: choose a dataset, set column roles and preprocessing, see a summary.

The panel changes the session only through ``Session.set_table`` and
``Session.set_preprocess``, and redraws from the session's signals. Errors from the
importer or from preparing the arrays are shown in the panel's message line; none of
them escapes to the event loop.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bpstudio.errors import BPStudioError
from bpstudio.gui.column_table import (
    FEATURE,
    TARGET,
    ColumnTable,
    ColumnTableModel,
    column_roles,
)
from bpstudio.gui.data.preprocess_form import PreprocessForm
from bpstudio.gui.data.sources import RecentFiles, SourceBox
from bpstudio.gui.data.summary import summary_html
from bpstudio.gui.display_names import sample_title
from bpstudio.gui.error_messages import error_message
from bpstudio.gui.import_dialog import ImportDialog

log = logging.getLogger(__name__)


class DataPanel(QWidget):
    """The dock on the left: dataset source, column table, preprocessing and summary.

    Args:
        session: the Session to bind to.
        settings: where recent files are kept; QSettings("BP Studio", "BP Studio") if None.
    """

    def __init__(self, session, parent=None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dataPanel")
        self.session = session
        self.recent = RecentFiles(settings)
        self.import_dialog: ImportDialog | None = None

        self._build_widgets()
        self._build_layout()
        self._connect()
        self._load_sample_list()
        self.refresh_table()
        self.refresh_data()

    # ----------------------------------------------------------------- construction

    def _build_widgets(self) -> None:
        self.sources = SourceBox(self.recent, self)
        self.column_model = ColumnTableModel(self)
        self.column_table = ColumnTable(self.column_model, self)
        self.form = PreprocessForm(self)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.warnings_label = QLabel()
        self.warnings_label.setObjectName("dataWarningsLabel")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setVisible(False)
        self.message_label = QLabel()
        self.message_label.setObjectName("dataMessageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #c0392b;")
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.setVisible(False)

    def _build_layout(self) -> None:
        columns_box = QGroupBox(self.tr("Columns"))
        columns_box.setObjectName("columnsBox")
        columns_layout = QVBoxLayout(columns_box)
        columns_layout.addWidget(self.column_table)
        summary_box = QGroupBox(self.tr("Summary"))
        summary_box.setObjectName("summaryBox")
        summary_layout = QVBoxLayout(summary_box)
        summary_layout.addWidget(self.summary_label)
        summary_layout.addWidget(self.warnings_label)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(4, 4, 4, 4)
        content_layout.addWidget(self.sources)
        content_layout.addWidget(self.message_label)
        content_layout.addWidget(columns_box)
        content_layout.addWidget(summary_box)
        content_layout.addWidget(self.form)
        content_layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setObjectName("dataScrollArea")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _connect(self) -> None:
        self.session.tableChanged.connect(self.refresh_table)
        self.session.dataChanged.connect(self.refresh_data)
        self.session.stateChanged.connect(self._apply_lock)
        self.sources.sampleChosen.connect(self.load_sample)
        self.sources.openRequested.connect(self.choose_file)
        self.sources.recentChosen.connect(self.open_path)
        self.sources.generatorEdited.connect(self._regenerate)
        self.column_model.roleEdited.connect(self.set_role)
        self.form.configEdited.connect(self.update_config)

    def _load_sample_list(self) -> None:
        try:
            from bpstudio.data import samples

            self.sources.set_samples(samples.list_samples())
        except (ImportError, BPStudioError, OSError) as error:
            log.warning("built-in samples are not available: %s", error)
            self.show_message(
                self.tr("The built-in samples are not available: %1").replace(
                    "%1", error_message(error)
                )
            )

    # ----------------------------------------------------------------- loading

    def show_message(self, text: str) -> None:
        """Show an error or explanation at the top of the panel; "" hides it."""
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _locked(self) -> bool:
        if self.session.state == "idle":
            return False
        self.show_message(self.tr("Stop training before changing the data."))
        return True

    def load_sample(self, name: str, **params: Any) -> bool:
        """Load a built-in sample; generated ones take ``n_samples`` and ``noise``."""
        if self._locked():
            return False
        from bpstudio.data import samples

        try:
            table = samples.load_sample(name, **params)
        except BPStudioError as error:
            self.show_message(error_message(error))
            return False
        self.show_message("")
        self.session.set_table(table, {"kind": "sample", "name": name, "params": dict(params)})
        return True

    def _regenerate(self) -> None:
        source = self.session.source
        if source.get("kind") != "sample":
            return
        params = dict(source.get("params") or {})
        params["n_samples"] = self.sources.count_spin.value()
        params["noise"] = round(self.sources.noise_spin.value(), 4)
        if params != source.get("params"):
            self.load_sample(source["name"], **params)

    def choose_file(self) -> None:
        """Ask for a CSV file and open it through the import preview."""
        start = str(Path(self.recent.paths()[0]).parent) if self.recent.paths() else ""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open CSV file"), start, self.tr("CSV (*.csv *.txt *.tsv);;All files (*)")
        )
        if path:
            self.open_path(path)

    def open_path(self, path: str | os.PathLike, ask: bool = True) -> None:
        """Open a CSV file: through the import preview when ``ask``, else read it directly.

        Drag-and-drop onto the window and the recent-files menu call this.
        """
        if self._locked():
            return
        path = str(path)
        if not Path(path).is_file():
            self.recent.remove(path)
            self.sources.refresh_recent()
            self.show_message(self.tr("File not found: %1").replace("%1", path))
            return
        if not ask:
            self.load_csv(path)
            return
        if self.import_dialog is not None:
            self.import_dialog.reject()
        dialog = ImportDialog(path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._finish_import(dialog))
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        self.import_dialog = dialog
        dialog.open()

    def _forget_dialog(self, dialog: ImportDialog) -> None:
        if self.import_dialog is dialog:
            self.import_dialog = None

    def _finish_import(self, dialog: ImportDialog) -> None:
        if dialog.table is not None:
            self.set_file_table(dialog.table, str(dialog.path))

    def load_csv(self, path: str, **settings: Any) -> bool:
        """Read a CSV file with the importer (detected settings unless given)."""
        from bpstudio.data import read_csv

        try:
            table = read_csv(path, **settings)
        except BPStudioError as error:
            self.show_message(error_message(error))
            return False
        except OSError as error:
            self.show_message(self.tr("The file cannot be read: %1").replace("%1", str(error)))
            return False
        return self.set_file_table(table, path)

    def set_file_table(self, table, path: str) -> bool:
        """Make an imported table the session's dataset and remember the file."""
        if self._locked():
            return False
        self.show_message("")
        self.session.set_table(table, {"kind": "file", "path": str(path)})
        self.recent.add(path)
        self.sources.refresh_recent()
        return True

    # ----------------------------------------------------------------- roles and config

    def set_role(self, column: str, role: str) -> bool:
        """Make ``column`` a feature, the target or ignored; return True if applied."""
        table, config = self.session.table, self.session.preprocess
        if table is None or config is None or self._locked():
            return False
        roles = column_roles(table, config)
        if roles.get(column) == TARGET and role != TARGET:
            self.show_message(
                self.tr("'%1' is the target. Make another column the target first.").replace(
                    "%1", str(column)
                )
            )
            self.refresh_table()
            return False
        target = config.target
        if role == TARGET:
            roles[column] = TARGET
            if target is not None and target != column:
                roles[target] = FEATURE
            target = column
        else:
            roles[column] = role
        features = [name for name in table.columns if roles.get(name) == FEATURE]
        if not features:
            self.show_message(self.tr("At least one column must be a feature."))
            self.refresh_table()
            return False
        return self.update_config({"target": target, "features": features})

    def update_config(self, changes: dict[str, Any]) -> bool:
        """Apply changed PreprocessConfig fields to the session."""
        config = self.session.preprocess
        if config is None or self._locked():
            return False
        self.show_message("")
        self.session.set_preprocess(dataclasses.replace(config, **changes))
        return True

    # ----------------------------------------------------------------- views

    def refresh_table(self) -> None:
        """Show the session's table in the column table and the source box."""
        session = self.session
        self.column_model.set_table(session.table, session.preprocess)
        self.column_table.fit_rows()
        source = session.source or {}
        if source.get("kind") == "sample":
            info = self.sources.sample_info(source.get("name"))
            name = source.get("name")
            title = sample_title(name, info.title) if info is not None else name
            self.sources.source_label.setText(self.tr("Sample: %1").replace("%1", str(title)))
            self.sources.select_sample(source.get("name"))
            params = source.get("params") or {}
            generated = bool(info is not None and info.generated)
            noise = params.get("noise", getattr(info, "noise", None))
            n_rows = 0 if session.table is None else session.table.n_rows
            self.sources.show_generator(generated, params.get("n_samples") or n_rows, noise)
        elif source.get("kind") == "file":
            self.sources.select_sample(None)
            self.sources.source_label.setText(
                self.tr("File: %1").replace("%1", Path(source.get("path", "")).name)
            )
            self.sources.source_label.setToolTip(source.get("path", ""))
            self.sources.show_generator(False)
        else:
            self.sources.source_label.setText(self.tr("No dataset loaded."))
            self.sources.show_generator(False)

    def refresh_data(self) -> None:
        """Show the preprocessing, the summary, warnings and any preparation error."""
        session = self.session
        if session.preprocess is not None:
            self.form.set_config(session.preprocess, session.task)
            self.column_model.set_table(session.table, session.preprocess)
        self.form.setEnabled(session.preprocess is not None and session.state == "idle")
        self.summary_label.setText(summary_html(session.table, session.prepared))
        error = getattr(session, "prepare_error", None)
        if error is not None:
            self.show_message(error_message(error))
        warnings = list(getattr(session.table, "warnings", None) or [])
        warnings += list(getattr(session.prepared, "warnings", None) or [])
        texts = [
            error_message(warning) if isinstance(warning, BaseException) else str(warning)
            for warning in warnings
        ]
        self.warnings_label.setText("\n".join(f"⚠ {text}" for text in texts))
        self.warnings_label.setVisible(bool(texts))

    def _apply_lock(self, state: str) -> None:
        editable = state == "idle"
        self.sources.setEnabled(editable)
        self.form.setEnabled(editable and self.session.preprocess is not None)
        self.column_model.set_editable(editable)
