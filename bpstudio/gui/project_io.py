"""File menu for project files: New, Open, Save, Save As and Open Recent.

The :class:`ProjectController` owns the project path, shows it in the window title with Qt's
``[*]`` mark for unsaved changes, and prompts before unsaved work is lost (New, Open, closing
the window). It also restores the window's dock layout with the project. Saving goes through
:func:`bpstudio.project.save_project`, which writes atomically.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from bpstudio.errors import BPStudioError
from bpstudio.gui.error_messages import show_error
from bpstudio.gui.recent_projects import RecentProjects, fill_recent_menu
from bpstudio.gui.window_state import capture_view, restore_view
from bpstudio.project import PROJECT_SUFFIX, Project, load_project, save_project
from bpstudio.project.sources import locate_data_file
from bpstudio.project.trained import dataset_info

log = logging.getLogger(__name__)


def session_project(session) -> Project:
    """Return a Project snapshot of ``session``, safe to take while training runs.

    While a run is active the worker thread owns the model, so the weights come from the
    latest training report (``session.current_weights()``), not from the model itself.
    """
    project = session.to_project()
    if hasattr(session, "current_weights"):
        weights = session.current_weights()
        project.weights = [] if weights is None else [array.copy() for array in weights]
    if session.model is not None:
        project.model = session.model.get_config()
    if session.prepared is not None:
        project.dataset = dataset_info(session.prepared)
    return project


def project_filter(widget: QWidget) -> str:
    return QCoreApplication.translate(
        "ProjectController", "BP Studio projects (*{suffix});;All files (*)"
    ).format(suffix=PROJECT_SUFFIX)


class ProjectController(QObject):
    """Project file actions of one main window.

    Signals:
        projectOpened(str): a project file was opened and applied to the session.
        projectSaved(str): the session was saved to this path.
    """

    projectOpened = Signal(str)  # noqa: N815
    projectSaved = Signal(str)  # noqa: N815

    def __init__(self, window, settings: QSettings | None = None) -> None:
        super().__init__(window)
        self.setObjectName("projectController")
        self.window = window
        self.session = window.session
        self.settings = settings if settings is not None else _app_settings()
        self.recent = RecentProjects(self.settings)
        #: The CSV bytes stored in the open project, kept so that saving keeps them.
        self.embedded_data: bytes | None = None
        #: Whether the user is prompted about unsaved changes. Qt's offscreen platform has no
        #: screen, so no one could answer the dialog there. The smoke test turns prompts off too.
        self.prompts_enabled = QGuiApplication.platformName() != "offscreen"

        self._build_actions()
        self.session.modifiedChanged.connect(self._update_title)
        window.installEventFilter(self)
        self._update_title()

    # ----------------------------------------------------------------- construction

    def _build_actions(self) -> None:
        window = self.window
        self.new_action = self._action(
            "newProjectAction",
            self.tr("&New Project"),
            QKeySequence.StandardKey.New,
            self.new_project,
        )
        self.open_action = self._action(
            "openProjectAction",
            self.tr("&Open Project…"),
            QKeySequence.StandardKey.Open,
            self.choose_and_open,
        )
        self.save_action = self._action(
            "saveProjectAction", self.tr("&Save Project"), QKeySequence.StandardKey.Save, self.save
        )
        self.save_as_action = self._action(
            "saveProjectAsAction",
            self.tr("Save Project &As…"),
            QKeySequence.StandardKey.SaveAs,
            self.save_as,
        )
        self.embed_action = QAction(self.tr("Include the &Data in the Project File"), window)
        self.embed_action.setObjectName("embedDataAction")
        self.embed_action.setCheckable(True)
        self.embed_action.setStatusTip(
            self.tr("Store a copy of the CSV file inside the project so that it travels alone")
        )
        self.recent_menu = QMenu(self.tr("Open &Recent"), window)
        self.recent_menu.setObjectName("recentProjectsMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)

        file_menu = window.menu("fileMenu")
        first = file_menu.actions()[0] if file_menu.actions() else None
        for action in (self.new_action, self.open_action):
            file_menu.insertAction(first, action)
        file_menu.insertMenu(first, self.recent_menu)
        file_menu.insertSeparator(first)
        self.notes_action = QAction(self.tr("Project &Notes…"), window)
        self.notes_action.setObjectName("projectNotesAction")
        self.notes_action.triggered.connect(lambda _checked=False: self.edit_notes())
        for action in (self.save_action, self.save_as_action, self.embed_action):
            file_menu.insertAction(first, action)
        file_menu.insertAction(first, self.notes_action)
        file_menu.insertSeparator(first)
        self._fill_recent_menu()

    def _action(self, name: str, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def edit_notes(self):
        """Show the notes editor (modeless); OK stores the notes in the session."""
        from bpstudio.gui.notes_dialog import NotesDialog

        dialog = NotesDialog(self.session, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # ----------------------------------------------------------------- title and prompt

    @property
    def path(self) -> str | None:
        return self.session.project_path

    def _update_title(self, *_args) -> None:
        name = Path(self.path).name if self.path else self.tr("Untitled")
        self.window.setWindowTitle(self.tr("{name}[*] — BP Studio").format(name=name))
        self.window.setWindowModified(bool(self.session.modified))

    def maybe_save(self) -> bool:
        """Ask what to do with unsaved changes; return False when the user cancels."""
        if not self.session.modified or not self.prompts_enabled:
            return True
        answer = ask_unsaved_changes(self.window)
        if answer == "save":
            return self.save()
        return answer == "discard"

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Closing the window prompts about unsaved changes first, and Cancel keeps it open.
        if watched is self.window and event.type() == QEvent.Type.Close:
            if not self.maybe_save():
                event.ignore()
                return True
        return super().eventFilter(watched, event)

    # ----------------------------------------------------------------- new and open

    def new_project(self) -> bool:
        """Start over with the default sample and network, after asking about changes."""
        if self.session.is_training or not self.maybe_save():
            return False
        from bpstudio.gui.session import _default_network, _default_training

        self.session.network = _default_network()
        self.session.training = _default_training()
        self.session.notes = ""
        self.session.runs = []
        self.session.view = {}
        self.session.project_path = None
        self.embedded_data = None
        try:
            self.session.load_sample()
        except BPStudioError as error:
            self._show_error(error)
        self.session.networkChanged.emit()
        self.session.trainingSettingsChanged.emit()
        self.session.set_modified(False)
        self._update_title()
        return True

    def choose_and_open(self) -> bool:
        if self.session.is_training or not self.maybe_save():
            return False
        path, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Open Project"), self._start_folder(), project_filter(self.window)
        )
        return bool(path) and self.open_project(path, ask=False)

    def open_project(self, path: str, ask: bool = True) -> bool:
        """Load ``path`` and apply it to the session; errors are shown, not raised."""
        if self.session.is_training or (ask and not self.maybe_save()):
            return False
        try:
            project = load_project(path)
            self._locate_moved_data(project)
            self.apply(project, str(Path(path).resolve()))
        except BPStudioError as error:
            log.info("project %s not opened: %s", path, error)
            self._show_error(error)
            if error.kind in ("project.not_found",):
                self._forget_recent(path)
            return False
        self._remember_recent(path)
        if project.notes.strip():
            self.window.statusBar().showMessage(
                self.tr("This project has notes: File → Project Notes"), 10000
            )
        self.projectOpened.emit(str(path))
        return True

    def _locate_moved_data(self, project: Project) -> None:
        """Ask for the CSV file when neither its saved path nor the project's folder has it."""
        if project.data_source.get("kind") != "file" or project.embedded_data is not None:
            return
        try:
            locate_data_file(project)
        except BPStudioError as error:
            if not self.prompts_enabled:
                raise
            chosen, _filter = QFileDialog.getOpenFileName(
                self.window,
                self.tr("Where is {name}?").format(name=Path(error.path).name),
                str(Path(project.location or ".").parent),
                self.tr("CSV files (*.csv *.txt);;All files (*)"),
            )
            if not chosen:
                raise
            project.data_source = {**project.data_source, "path": chosen}
            self.session.set_modified()

    def apply(self, project: Project, path: str | None, modified: bool = False) -> None:
        """Make ``project`` the session's state and restore the window layout it saved.

        A CSV file that moved is looked for beside the project file first, so a folder with
        a project and its data can be copied to another machine.
        """
        if project.data_source.get("kind") == "file" and project.embedded_data is None:
            found = locate_data_file(project)
            project.data_source = {**project.data_source, "path": str(found)}
        self.session.apply_project(project)
        self.embedded_data = project.embedded_data
        self.embed_action.setChecked(project.embedded_data is not None)
        self.session.project_path = path
        restore_view(self.window, project.view)
        self.session.set_modified(modified)
        self._update_title()

    # ----------------------------------------------------------------- save

    def save(self) -> bool:
        """Save to the current path, or ask for one; return True when the file was written."""
        if not self.path:
            return self.save_as()
        return self.save_to(self.path)

    def save_as(self) -> bool:
        start = self.path or str(Path(self._start_folder()) / f"untitled{PROJECT_SUFFIX}")
        path, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Save Project As"), start, project_filter(self.window)
        )
        if not path:
            return False
        if not Path(path).suffix:
            path += PROJECT_SUFFIX
        return self.save_to(path)

    def save_to(self, path: str) -> bool:
        """Write the session to ``path``; show the error and return False when that fails."""
        project = self.snapshot()
        try:
            save_project(path, project, embed_data=self.embed_action.isChecked())
        except BPStudioError as error:
            log.info("project not saved to %s: %s", path, error)
            self._show_error(error)
            return False
        self.embedded_data = project.embedded_data
        self.session.project_path = str(Path(path).resolve())
        self.session.set_modified(False)
        self._update_title()
        self._remember_recent(path)
        self.window.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 5000)
        self.projectSaved.emit(str(path))
        return True

    def snapshot(self) -> Project:
        """Return the session as a Project, with the window layout and the embedded data."""
        project = session_project(self.session)
        project.location = self.path
        project.view = {**project.view, **capture_view(self.window)}
        if self.embed_action.isChecked() and self.embedded_data is not None:
            if project.data_source.get("kind") == "embedded":
                project.embedded_data = self.embedded_data
        return project

    # ----------------------------------------------------------------- recent files

    def recent_paths(self) -> list[str]:
        return self.recent.paths()

    def _remember_recent(self, path: str) -> None:
        self.recent.add(path)

    def _forget_recent(self, path: str) -> None:
        self.recent.remove(path)

    def _fill_recent_menu(self) -> None:
        fill_recent_menu(self.recent_menu, self.recent, self.open_project)

    def _start_folder(self) -> str:
        paths = self.recent_paths()
        return str(Path(paths[0]).parent) if paths else str(Path.home())

    def _show_error(self, error: BPStudioError) -> None:
        show_error(self.window, error)


def _app_settings() -> QSettings:
    try:
        from bpstudio.gui.language import app_settings
    except ImportError:
        return QSettings("BP Studio", "BP Studio")
    return app_settings()


def ask_unsaved_changes(window) -> str:
    """Ask whether to save unsaved changes; return "save", "discard" or "cancel"."""
    box = QMessageBox(window)
    box.setObjectName("unsavedChangesBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ProjectController", "Unsaved changes"))
    box.setText(
        QCoreApplication.translate(
            "ProjectController", "The project has changes that are not saved."
        )
    )
    box.setInformativeText(
        QCoreApplication.translate("ProjectController", "Save them before going on?")
    )
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    return "discard" if answer == QMessageBox.StandardButton.Discard else "cancel"


def install_project_io(
    window,
    settings: QSettings | None = None,
    recovery_folder: str | Path | None = None,
) -> ProjectController:
    """Add the project actions, Export menu, Evaluate and Predict to ``window``.

    Sets ``window.project_controller`` and ``window.open_project`` (used by
    ``MainWindow.open_path`` for project files) and starts the autosave timer.
    """
    from bpstudio.gui.autosave import Autosaver
    from bpstudio.gui.export_menu import ExportMenu
    from bpstudio.gui.project_tools import add_tools_actions

    controller = ProjectController(window, settings)
    controller.autosaver = Autosaver(
        controller, Path(recovery_folder) if recovery_folder is not None else None
    )
    controller.export_menu = ExportMenu(controller)
    add_tools_actions(controller)
    window.project_controller = controller
    window.open_project = controller.open_project
    return controller


def offer_recovery_at_start(window, folder: str | Path | None = None) -> None:
    """Offer an autosave left by a crash, once the event loop runs (the window is shown)."""
    from PySide6.QtCore import QTimer

    from bpstudio.gui.autosave import offer_recovery

    controller = getattr(window, "project_controller", None)
    if controller is None:
        return
    QTimer.singleShot(0, lambda: offer_recovery(controller, Path(folder) if folder else None))
