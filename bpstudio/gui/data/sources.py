"""Data sources of the data panel: built-in samples, Open CSV, recent files, generator options."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bpstudio.gui.display_names import sample_description, sample_title

log = logging.getLogger(__name__)

ORGANIZATION = "BP Studio"
APPLICATION = "BP Studio"
RECENT_KEY = "data/recentFiles"
MAX_RECENT = 8
#: Delay after the last generator spin-box step before the sample is remade.
GENERATOR_DELAY_MS = 400
NAME_ROLE = Qt.ItemDataRole.UserRole


class RecentFiles:
    """The most recently opened CSV files, newest first, kept in QSettings."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings if settings is not None else QSettings(ORGANIZATION, APPLICATION)

    def paths(self) -> list[str]:
        value = self.settings.value(RECENT_KEY, [])
        if isinstance(value, str):
            value = [value]
        return [str(path) for path in (value or [])]

    def add(self, path: str) -> None:
        path = str(Path(path).resolve())
        paths = [path] + [p for p in self.paths() if p != path]
        self.settings.setValue(RECENT_KEY, paths[:MAX_RECENT])
        self.settings.sync()

    def remove(self, path: str) -> None:
        self.settings.setValue(RECENT_KEY, [p for p in self.paths() if p != path])
        self.settings.sync()

    def clear(self) -> None:
        self.settings.remove(RECENT_KEY)
        self.settings.sync()


class SourceBox(QGroupBox):
    """Sample list, Open CSV and recent-file buttons, and the generated sample's options."""

    sampleChosen = Signal(str)  # noqa: N815
    openRequested = Signal()  # noqa: N815
    recentChosen = Signal(str)  # noqa: N815
    generatorEdited = Signal()  # noqa: N815

    def __init__(self, recent: RecentFiles, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Dataset"))
        self.setObjectName("sourceBox")
        self.recent = recent
        self.samples = []

        self.sample_list = QListWidget()
        self.sample_list.setObjectName("sampleList")
        self.sample_list.setMaximumHeight(130)
        self.open_button = QPushButton(self.tr("Open CSV…"))
        self.open_button.setObjectName("openCsvButton")
        self.recent_button = QToolButton()
        self.recent_button.setObjectName("recentButton")
        self.recent_button.setText(self.tr("Recent"))
        self.recent_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.recent_menu = QMenu(self.recent_button)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_button.setMenu(self.recent_menu)
        self.source_label = QLabel()
        self.source_label.setObjectName("sourceLabel")
        self.source_label.setWordWrap(True)

        self.noise_spin = QDoubleSpinBox()
        self.noise_spin.setObjectName("noiseSpin")
        self.noise_spin.setRange(0.0, 5.0)
        self.noise_spin.setSingleStep(0.05)
        self.noise_spin.setDecimals(2)
        self.count_spin = QSpinBox()
        self.count_spin.setObjectName("sampleCountSpin")
        self.count_spin.setRange(4, 100_000)
        self.count_spin.setSingleStep(50)
        self.generator = QWidget()
        self.generator.setObjectName("generatorOptions")
        generator_form = QFormLayout(self.generator)
        generator_form.setContentsMargins(0, 0, 0, 0)
        generator_form.addRow(self.tr("Noise:"), self.noise_spin)
        generator_form.addRow(self.tr("Samples:"), self.count_spin)
        self.generator.setVisible(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.recent_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Built-in samples:")))
        layout.addWidget(self.sample_list)
        layout.addLayout(buttons)
        layout.addWidget(self.source_label)
        layout.addWidget(self.generator)

        self.sample_list.itemActivated.connect(self._on_sample_item)
        self.sample_list.itemClicked.connect(self._on_sample_item)
        self.open_button.clicked.connect(self.openRequested)
        # A generated sample is remade when editing finishes, or a moment after the arrows
        # stop, so stepping through values does not regenerate the data at every step.
        self._generator_timer = QTimer(self)
        self._generator_timer.setSingleShot(True)
        self._generator_timer.setInterval(GENERATOR_DELAY_MS)
        self._generator_timer.timeout.connect(self.generatorEdited)
        for spin in (self.noise_spin, self.count_spin):
            spin.valueChanged.connect(lambda _value: self._generator_timer.start())
            spin.editingFinished.connect(self._emit_generator_edit)
        self.refresh_recent()

    def _emit_generator_edit(self) -> None:
        self._generator_timer.stop()
        self.generatorEdited.emit()

    def set_samples(self, samples) -> None:
        """Fill the list from ``list_samples()``; generated sets are marked."""
        self.samples = list(samples)
        self.sample_list.clear()
        for info in self.samples:
            title = sample_title(info.name, info.title)
            if info.generated:
                title = self.tr("%1 (generated)").replace("%1", title)
            item = QListWidgetItem(title)
            item.setData(NAME_ROLE, info.name)
            item.setToolTip(sample_description(info.name, info.description))
            self.sample_list.addItem(item)

    def sample_info(self, name: str):
        for info in self.samples:
            if info.name == name:
                return info
        return None

    def select_sample(self, name: str | None) -> None:
        self.sample_list.blockSignals(True)
        self.sample_list.clearSelection()
        for row in range(self.sample_list.count()):
            item = self.sample_list.item(row)
            if item.data(NAME_ROLE) == name:
                self.sample_list.setCurrentItem(item)
        self.sample_list.blockSignals(False)

    def _on_sample_item(self, item: QListWidgetItem) -> None:
        self.sampleChosen.emit(item.data(NAME_ROLE))

    def show_generator(self, visible: bool, n_samples: int = 0, noise: float | None = None):
        """Show the generator options with the values the current sample was made with."""
        self.generator.setVisible(visible)
        if not visible:
            return
        for spin, value in ((self.count_spin, n_samples), (self.noise_spin, noise)):
            if value is not None:
                spin.blockSignals(True)
                spin.setValue(value)
                spin.blockSignals(False)

    def refresh_recent(self) -> None:
        self.recent_menu.clear()
        paths = self.recent.paths()
        for path in paths:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.setData(path)
            action.setObjectName("recentFileAction")
            action.triggered.connect(lambda _checked=False, p=path: self.recentChosen.emit(p))
        if paths:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(self.tr("Clear recent files"))
            clear.setObjectName("clearRecentAction")
            clear.triggered.connect(self._clear_recent)
        self.recent_button.setEnabled(bool(paths))

    def _clear_recent(self) -> None:
        self.recent.clear()
        self.refresh_recent()
