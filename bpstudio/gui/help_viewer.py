"""Help → User Guide, the bundled guide rendered offline, and the rest of the Help menu.

The guide is the Markdown of ``docs/user-guide.md`` (English) or ``docs/user-guide.zh-CN.md``
(Chinese), found through :func:`bpstudio.resources.docs_dir`. QTextBrowser renders it and
follows the links between the guide's own files; links to web pages open in the browser.

:func:`install_help_menu` fills the Help menu: User Guide, What's This?, Open Log Folder and
About BP Studio.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWhatsThis,
    QWidget,
)

from bpstudio.resources import docs_dir

log = logging.getLogger(__name__)

#: Language code -> file name of the guide in that language.
GUIDE_FILES = {"en": "user-guide.md", "zh_CN": "user-guide.zh-CN.md"}

# A line break inside a paragraph between two CJK characters (or CJK punctuation). Markdown
# renders such a break as a space, which Chinese text must not have.
_CJK = "\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJK_SOFT_BREAK = re.compile(f"(?<=[{_CJK}])\n(?=[{_CJK}])")


def join_cjk_lines(markdown: str) -> str:
    """Remove soft line breaks between CJK characters, so wrapped Chinese has no spaces."""
    return _CJK_SOFT_BREAK.sub("", markdown)


class GuideBrowser(QTextBrowser):
    """A QTextBrowser that loads Markdown files with Chinese soft line breaks joined."""

    def loadResource(self, resource_type: int, url: QUrl):  # noqa: N802 - Qt override
        if url.isLocalFile() and url.toLocalFile().endswith(".md"):
            try:
                return join_cjk_lines(Path(url.toLocalFile()).read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError) as error:
                log.warning("cannot read %s: %s", url.toLocalFile(), error)
        return super().loadResource(resource_type, url)


def guide_path(language: str | None = None) -> Path:
    """Return the guide for ``language`` (the running interface's by default).

    Falls back to the English guide when the translated one is missing.
    """
    if language is None:
        language = _interface_language()
    folder = docs_dir()
    translated = folder / GUIDE_FILES.get(language, GUIDE_FILES["en"])
    if translated.is_file():
        return translated
    return folder / GUIDE_FILES["en"]


def _interface_language() -> str:
    try:
        from bpstudio.gui.language import current_language
    except ImportError:
        return "en"
    return current_language()


class UserGuideDialog(QDialog):
    """A window that shows the user guide, with back, forward, contents and a search field."""

    def __init__(self, path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuideDialog")
        self.setWindowTitle(self.tr("BP Studio User Guide"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.path = Path(path) if path is not None else guide_path()

        self.browser = GuideBrowser()
        self.browser.setObjectName("userGuideBrowser")
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(self.path.parent)])
        self.back_button = self._button("guideBackButton", self.tr("&Back"))
        self.forward_button = self._button("guideForwardButton", self.tr("&Forward"))
        self.home_button = self._button("guideHomeButton", self.tr("&Contents"))
        self.find_edit = QLineEdit()
        self.find_edit.setObjectName("guideFindEdit")
        self.find_edit.setPlaceholderText(self.tr("Find in the guide (Enter: next)"))
        self.find_edit.setClearButtonEnabled(True)
        self.status_label = QLabel()
        self.status_label.setObjectName("guideStatusLabel")

        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button.clicked.connect(self.browser.forward)
        self.home_button.clicked.connect(self.browser.home)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.find_edit.returnPressed.connect(self.find_next)

        bar = QHBoxLayout()
        for widget in (self.back_button, self.forward_button, self.home_button):
            bar.addWidget(widget)
        bar.addWidget(self.find_edit, 1)
        bar.addWidget(self.status_label)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)
        # The size is not tied to the layout's minimum: each change of that minimum on a
        # shown window makes Qt's offscreen platform warn about propagateSizeHints.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(420, 300)
        self.resize(820, 640)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        self.load()

    def _button(self, object_name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(object_name)
        button.setAutoDefault(False)
        return button

    def load(self) -> bool:
        """Show the guide file; return False, with a message in the window, when it is missing."""
        if not self.path.is_file():
            log.warning("user guide not found at %s", self.path)
            self.browser.setPlainText(
                self.tr(
                    "The user guide was not found at {path}. Reinstall BP Studio, or read "
                    "the guide in the docs folder of the source code."
                ).format(path=self.path)
            )
            return False
        # A .md source is read as Markdown by QTextBrowser, links to the other .md files
        # included.
        self.browser.setSource(
            QUrl.fromLocalFile(str(self.path)), QTextDocument.ResourceType.MarkdownResource
        )
        return True

    def find_next(self) -> bool:
        """Select the next match of the search text, wrapping to the top once."""
        text = self.find_edit.text()
        if not text:
            return False
        found = self.browser.find(text)
        if not found:
            cursor = self.browser.textCursor()
            cursor.movePosition(cursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text)
        self.status_label.setText("" if found else self.tr("Not found"))
        return found


class HelpMenu(QObject):
    """The Help menu's actions and the guide window, owned by the main window."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("helpMenuController")
        self.window = window
        self.guide: UserGuideDialog | None = None
        menu = _help_menu(window)
        about = window.findChild(QAction, "aboutAction")

        self.user_guide_action = QAction(self.tr("&User Guide"), window)
        self.user_guide_action.setObjectName("userGuideAction")
        self.user_guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.user_guide_action.triggered.connect(self.show_user_guide)
        self.whats_this_action = QWhatsThis.createAction(window)
        self.whats_this_action.setObjectName("whatsThisAction")
        self.whats_this_action.setText(self.tr("What's &This?"))
        self.log_folder_action = QAction(self.tr("Open &Log Folder"), window)
        self.log_folder_action.setObjectName("openLogFolderAction")
        self.log_folder_action.setStatusTip(
            self.tr("Show the folder with BP Studio's log files and emergency saves")
        )
        self.log_folder_action.triggered.connect(_open_log_folder)

        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self.user_guide_action)
        menu.insertAction(first, self.whats_this_action)
        menu.insertSeparator(first)
        menu.insertAction(first, self.log_folder_action)
        menu.insertSeparator(first)
        if about is None:
            about = QAction(self.tr("&About BP Studio"), window)
            about.setObjectName("aboutAction")
            menu.addAction(about)
        else:
            # The window's own About box is replaced by the dialog with the licences.
            about.triggered.disconnect()
        about.triggered.connect(self.show_about)
        self.about_action = about
        for action in (self.user_guide_action, self.whats_this_action):
            window.addAction(action)

    def show_user_guide(self) -> UserGuideDialog:
        """Show the guide window (one per main window), raising it if it is open."""
        if self.guide is None:
            self.guide = UserGuideDialog(parent=self.window)
        if self.guide.isVisible():
            # Only a window already open may be hidden behind another one.
            self.guide.raise_()
            self.guide.activateWindow()
        else:
            self.guide.show()
        return self.guide

    def show_about(self):
        from bpstudio.gui.about_dialog import show_about

        return show_about(self.window)


def _open_log_folder() -> None:
    from bpstudio.gui.crash import open_log_folder

    open_log_folder()


def _help_menu(window: QMainWindow) -> QMenu:
    menus = getattr(window, "menus", None)
    if isinstance(menus, dict) and "helpMenu" in menus:
        return menus["helpMenu"]
    menu = window.findChild(QMenu, "helpMenu")
    if menu is None:
        menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        menu.setObjectName("helpMenu")
    return menu


def install_help_menu(window: QMainWindow) -> HelpMenu:
    """Add User Guide, What's This?, Open Log Folder and About to the window's Help menu."""
    help_menu = HelpMenu(window)
    window.help_menu = help_menu
    return help_menu
