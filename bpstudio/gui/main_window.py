"""The studio window: menus, docks and the wiring between the panels and the session.

The window places the panels, whose code lives in their own modules. The data panel sits in
a dock on the left, the training panel in a dock on the right, and the centre is split
between the network builder (top) and the live plots (bottom). Other modules add their
actions to the menus, which exist from the start under stable objectNames (``fileMenu``,
``editMenu``, ``viewMenu``, ``trainMenu``, ``toolsMenu``, ``helpMenu``).
"""

from __future__ import annotations

import importlib
import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Slot
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QLayout,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QWidget,
)

from bpstudio import __version__
from bpstudio.gui.dock_widths import apply_dock_minimum_widths
from bpstudio.gui.error_messages import error_message, show_error
from bpstudio.gui.plots import PlotsPanel
from bpstudio.gui.session import Session
from bpstudio.gui.teaching import install_teaching_tools
from bpstudio.gui.training_controller import TrainingController
from bpstudio.gui.training_panel import TrainingPanel

log = logging.getLogger(__name__)

MENUS = (
    ("fileMenu", QT_TRANSLATE_NOOP("MainWindow", "&File")),
    ("editMenu", QT_TRANSLATE_NOOP("MainWindow", "&Edit")),
    ("viewMenu", QT_TRANSLATE_NOOP("MainWindow", "&View")),
    ("trainMenu", QT_TRANSLATE_NOOP("MainWindow", "&Train")),
    ("toolsMenu", QT_TRANSLATE_NOOP("MainWindow", "T&ools")),
    ("helpMenu", QT_TRANSLATE_NOOP("MainWindow", "&Help")),
)

PROJECT_SUFFIXES = (".bpproj", ".bps", ".json")


def _placeholder(object_name: str, text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label


def _dropped_path(mime) -> str | None:
    """Return the local file dropped on the window, or None for anything else."""
    if not mime.hasUrls():
        return None
    urls = [url for url in mime.urls() if url.isLocalFile()]
    if len(urls) != 1:
        return None
    return urls[0].toLocalFile()


def _optional_class(module_name: str, class_name: str):
    """Return a panel class from a module that another helper may not have written yet."""
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name and module_name.startswith(error.name):
            return None
        raise
    return getattr(module, class_name, None)


class MainWindow(QMainWindow):
    """BP Studio's main window.

    Attributes:
        session: the :class:`Session` every panel binds to.
        undo_stack: the QUndoStack for network edits; Edit > Undo/Redo act on it.
        menus: objectName -> QMenu for the six top-level menus.
    """

    def __init__(self, session: Session | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.session = session if session is not None else Session(self)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("undoStack")

        self.menus = {}
        for object_name, title in MENUS:
            menu = self.menuBar().addMenu(self.tr(title))
            menu.setObjectName(object_name)
            self.menus[object_name] = menu
        self._build_edit_menu()

        self.controller = TrainingController(self.session, self)
        self.data_panel = self._make_data_panel()
        self.network_builder = self._make_network_builder()
        self.plots = PlotsPanel(self.session, self.controller)
        self.training_panel = TrainingPanel(self.session, self.controller)

        self.central_splitter = QSplitter(Qt.Orientation.Vertical)
        self.central_splitter.setObjectName("centralSplitter")
        self.central_splitter.addWidget(self.network_builder)
        self.central_splitter.addWidget(self.plots)
        self.setCentralWidget(self.central_splitter)
        self.data_dock = self._add_dock(
            "dataDock", self.tr("Data"), self.data_panel, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.training_dock = self._add_dock(
            "trainingDock",
            self.tr("Training"),
            self.training_panel,
            Qt.DockWidgetArea.RightDockWidgetArea,
        )
        apply_dock_minimum_widths(self)
        self._build_file_menu()
        self._build_train_menu()
        self._build_help_menu()
        self.teaching = install_teaching_tools(self)
        self.session.errorRaised.connect(self._on_error)
        self.session.stateChanged.connect(self._on_state_changed)

        self.statusBar().setObjectName("statusBar")
        self.setAcceptDrops(True)
        # The window's size is not tied to its content's minimum: each change of that minimum
        # on a shown window makes Qt's offscreen platform warn ("does not support
        # propagateSizeHints"), which QT_FATAL_WARNINGS turns into an abort in the tests.
        self.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(800, 560)
        self.setWindowTitle(self.tr("BP Studio"))
        self.resize(1280, 800)
        self.central_splitter.setSizes([330, 470])
        self.resizeDocks(
            [self.data_dock, self.training_dock], [300, 300], Qt.Orientation.Horizontal
        )

    # ----------------------------------------------------------------- construction

    def menu(self, object_name: str):
        """Return the top-level menu with this objectName (e.g. "trainMenu")."""
        return self.menus[object_name]

    def _build_edit_menu(self) -> None:
        edit = self.menus["editMenu"]
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)

    def _build_file_menu(self) -> None:
        file_menu = self.menus["fileMenu"]
        self.open_csv_action = QAction(self.tr("&Open CSV…"), self)
        self.open_csv_action.setObjectName("openCsvAction")
        self.open_csv_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_csv_action.triggered.connect(self._choose_csv)
        file_menu.addAction(self.open_csv_action)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setObjectName("quitAction")
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

    def _build_train_menu(self) -> None:
        train_menu = self.menus["trainMenu"]
        for action in self.training_panel.actions_in_order:
            if action is self.training_panel.reset_action:
                train_menu.addSeparator()
            train_menu.addAction(action)
            self.addAction(action)

    def _build_help_menu(self) -> None:
        self.about_action = QAction(self.tr("&About BP Studio"), self)
        self.about_action.setObjectName("aboutAction")
        self.about_action.triggered.connect(self._show_about)
        self.menus["helpMenu"].addAction(self.about_action)

    def _add_dock(self, object_name: str, title: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(object_name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(area, dock)
        toggle = dock.toggleViewAction()
        toggle.setObjectName(f"{object_name}ToggleAction")
        self.menus["viewMenu"].addAction(toggle)
        return dock

    def _make_data_panel(self) -> QWidget:
        panel_class = _optional_class("bpstudio.gui.data_panel", "DataPanel")
        if panel_class is None:
            return _placeholder("dataPlaceholder", self.tr("Data"))
        return panel_class(self.session)

    def _make_network_builder(self) -> QWidget:
        builder_class = _optional_class("bpstudio.gui.network", "NetworkBuilder")
        if builder_class is None:
            return _placeholder("networkPlaceholder", self.tr("Network"))
        return builder_class(self.session, self.undo_stack)

    # ----------------------------------------------------------------- actions

    def open_path(self, path: str, ask: bool = False) -> None:
        """Open a CSV file or a project file, as the command line and drag-and-drop do.

        With ``ask`` a CSV file goes through the import preview first.
        """
        if self.session.is_training:
            self.statusBar().showMessage(self.tr("Stop training before opening a file."), 5000)
            return
        opener = getattr(self.data_panel, "open_path", None)
        from bpstudio.project import is_project_file

        is_project = Path(path).suffix.lower() in PROJECT_SUFFIXES or is_project_file(path)
        if is_project and hasattr(self, "open_project"):
            self.open_project(path)
        elif opener is not None:
            opener(path, ask=ask)
        else:
            self.session.open_csv(path)

    def _choose_csv(self) -> None:
        chooser = getattr(self.data_panel, "choose_file", None)
        if chooser is not None:
            chooser()

    def load_default_sample(self) -> None:
        """Open the default built-in sample (what a new window shows)."""
        loader = getattr(self.data_panel, "load_sample", None)
        from bpstudio.data import samples

        if loader is not None:
            loader(samples.DEFAULT_SAMPLE)
        else:
            self.session.load_sample(samples.DEFAULT_SAMPLE)

    # ----------------------------------------------------------------- session events

    @Slot(object)
    def _on_error(self, error) -> None:
        """Show errors no panel shows itself: training failures and unexpected ones."""
        kind = getattr(error, "kind", "")
        if kind.startswith(("csv.", "data.", "model.")):
            return
        log.info("showing error to the user: %s", error)
        self.statusBar().showMessage(error_message(error), 10_000)
        show_error(self, error)

    @Slot(str)
    def _on_state_changed(self, state: str) -> None:
        texts = {
            "running": self.tr("Training…"),
            "paused": self.tr("Paused"),
            "idle": self.tr("Ready"),
        }
        self.statusBar().showMessage(texts.get(state, ""), 3000)

    # ----------------------------------------------------------------- window events

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask before closing during training; then stop the worker and join its thread."""
        if self.controller.is_active:
            answer = QMessageBox.question(
                self,
                self.tr("Training is running"),
                self.tr("Training is still running. Stop it and close BP Studio?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            self.controller.shutdown()
        self.teaching.close_all()
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_path(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_path(event.mimeData())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_path(path, ask=True)

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About BP Studio"),
            self.tr("BP Studio {version}\nBuild and train backpropagation neural networks.").format(
                version=__version__
            ),
        )
