"""Help → About BP Studio: the version, the project's licence and the licences of what ships.

The list of shipped components is :func:`components`; each names its licence by SPDX
identifier and the files under ``resources/`` that hold the full texts (see
``resources/licenses/README.md``).
"""

from __future__ import annotations

import importlib.metadata
import logging
import platform
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QFontDatabase, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bpstudio import __version__
from bpstudio.resources import resource_path

log = logging.getLogger(__name__)

LGPL_TEXTS = ("licenses/LGPL-3.0.txt", "licenses/GPL-3.0.txt")


@dataclass(frozen=True)
class Component:
    """A piece of software or data that ships inside BP Studio.

    Attributes:
        name: the component's name as its authors write it.
        version: the version shipped, or "" when it has none.
        license: SPDX licence expression.
        description: one translated sentence on what it is and what it brings.
        files: paths below ``resources/`` of the licence texts, shown in this order.
        distribution: the Python distribution whose installed licence files are preferred
            over ``files`` (they describe the build actually installed), or "".
    """

    name: str
    version: str
    license: str
    description: str
    files: tuple[str, ...]
    distribution: str = ""


def _installed_version(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return ""


def _font_files() -> list[str]:
    folder = resource_path("fonts")
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if p.suffix.lower() in (".otf", ".ttf"))


def components() -> list[Component]:
    """Return BP Studio and everything shipped with it, with their licences."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("AboutDialog", text)

    listed = [
        Component(
            "BP Studio",
            __version__,
            "MIT",
            tr("This program: the network builder, the NumPy training engine and the window."),
            ("licenses/BPStudio-MIT.txt",),
        ),
        Component(
            "Qt",
            qVersion(),
            "LGPL-3.0-only",
            tr(
                "The toolkit the window is built with. Its libraries ship as separate files "
                "that you may replace with your own build; the source is at code.qt.io."
            ),
            LGPL_TEXTS,
        ),
        Component(
            "PySide6",
            _installed_version("PySide6-Essentials") or _installed_version("PySide6"),
            "LGPL-3.0-only",
            tr("Qt for Python: the Python bindings of Qt."),
            LGPL_TEXTS,
        ),
        Component(
            "shiboken6",
            _installed_version("shiboken6"),
            "LGPL-3.0-only",
            tr("The binding generator runtime that PySide6 uses."),
            LGPL_TEXTS,
        ),
        Component(
            "pyqtgraph",
            _installed_version("pyqtgraph"),
            "MIT",
            tr("Draws the loss curves, the weight heatmaps and the decision boundary."),
            ("licenses/pyqtgraph-MIT.txt",),
            "pyqtgraph",
        ),
        Component(
            tr("CET colour maps (inside pyqtgraph)"),
            "",
            "CC-BY-4.0",
            tr("Perceptually uniform colour maps by Peter Kovesi, shipped with pyqtgraph."),
            ("licenses/CC-BY-4.0.txt",),
        ),
        Component(
            "NumPy",
            _installed_version("numpy"),
            "BSD-3-Clause",
            tr(
                "The array library the training engine is written in, with the libraries its "
                "package bundles: OpenBLAS, LAPACK and the GCC runtime, each under its own "
                "licence, all listed in the text."
            ),
            ("licenses/NumPy.txt",),
            "numpy",
        ),
        Component(
            "Python",
            platform.python_version(),
            "PSF-2.0",
            tr("The Python interpreter and standard library inside the installers."),
            ("licenses/Python-PSF-2.0.txt",),
        ),
    ]
    fonts = _font_files()
    if fonts:
        font_license = "fonts/OFL.txt" if resource_path("fonts", "OFL.txt").is_file() else ""
        listed.append(
            Component(
                tr("Chinese font ({files})").format(files=", ".join(fonts)),
                "",
                "OFL-1.1",
                tr(
                    "A subset of Noto Sans CJK SC that draws Chinese text on computers "
                    "without a Chinese font."
                ),
                tuple(name for name in (font_license, "licenses/OFL-1.1.txt") if name),
            )
        )
    listed.append(
        Component(
            tr("Built-in datasets"),
            "",
            "CC-BY-4.0",
            tr(
                "The sample datasets stored inside BP Studio (Iris, Wine, Breast Cancer "
                "Wisconsin), from the UCI Machine Learning Repository."
            ),
            ("datasets/README.md", "licenses/CC-BY-4.0.txt"),
        )
    )
    return listed


def license_text(component: Component) -> str:
    """Return the full licence texts of ``component``, joined with headings."""
    parts = []
    installed = _installed_license_texts(component.distribution)
    if installed:
        parts.extend(installed)
    else:
        for name in component.files:
            path = resource_path(*name.split("/"))
            try:
                parts.append(f"{name}\n\n{path.read_text(encoding='utf-8')}")
            except OSError as error:
                log.warning("licence text %s is missing: %s", path, error)
                parts.append(
                    QCoreApplication.translate(
                        "AboutDialog", "The licence file {name} is missing from this copy."
                    ).format(name=name)
                )
    return ("\n\n" + "=" * 78 + "\n\n").join(parts)


def _installed_license_texts(distribution: str) -> list[str]:
    """Return the licence files of an installed distribution (empty when not available)."""
    if not distribution:
        return []
    try:
        files = importlib.metadata.distribution(distribution).files or []
    except importlib.metadata.PackageNotFoundError:
        return []
    texts = []
    for file in files:
        if ".dist-info/licenses/" not in file.as_posix():
            continue
        try:
            texts.append(f"{file.as_posix()}\n\n{file.read_text(encoding='utf-8')}")
        except (OSError, UnicodeDecodeError):
            continue
    # The main licence first, then the bundled parts in path order.
    return sorted(texts, key=lambda text: (text.count("/", 0, text.index("\n")), text))


class AboutDialog(QDialog):
    """About BP Studio: the program (first tab) and the licences of all it ships (second)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About BP Studio"))
        self.components = components()

        self.tabs = QTabWidget()
        self.tabs.setObjectName("aboutTabs")
        self.tabs.addTab(self._about_page(), self.tr("About"))
        self.tabs.addTab(self._licenses_page(), self.tr("Licences"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("aboutButtons")
        about_qt = buttons.addButton(self.tr("About &Qt"), QDialogButtonBox.ButtonRole.ActionRole)
        about_qt.setObjectName("aboutQtButton")
        about_qt.clicked.connect(lambda: QMessageBox.aboutQt(self))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        # The size is not tied to the layout's minimum: each change of that minimum on a
        # shown window makes Qt's offscreen platform warn about propagateSizeHints.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(420, 300)
        self.resize(900, 560)

    def _about_page(self) -> QWidget:
        page = QWidget()
        icon = QLabel()
        pixmap = QPixmap(str(resource_path("icons", "bpstudio-128.png")))
        if not pixmap.isNull():
            icon.setPixmap(pixmap.scaledToWidth(96, Qt.TransformationMode.SmoothTransformation))
        title = QLabel(f"<h2>BP Studio {__version__}</h2>")
        title.setObjectName("aboutTitle")
        text = QLabel(
            self.tr(
                "<p>Build and train backpropagation neural networks by pointing and "
                "clicking, and watch the loss, the weights and the decision boundary change "
                "while the network learns.</p>"
                "<p>Copyright © 2026 The BP Studio developers. BP Studio is free software "
                "under the MIT License; see the Licences tab for its text and for the "
                "licences of the software and data that ship with it.</p>"
                "<p>Built with Qt {qt}, PySide6 {pyside}, pyqtgraph {pyqtgraph} and NumPy "
                "{numpy}, running on Python {python}.</p>"
            ).format(
                qt=qVersion(),
                pyside=_installed_version("PySide6-Essentials") or "?",
                pyqtgraph=_installed_version("pyqtgraph") or "?",
                numpy=_installed_version("numpy") or "?",
                python=platform.python_version(),
            )
        )
        text.setObjectName("aboutText")
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        text.setOpenExternalLinks(True)

        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(text)
        column.addStretch(1)
        layout = QHBoxLayout(page)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(column, 1)
        return page

    def _licenses_page(self) -> QWidget:
        self.license_list = QListWidget()
        self.license_list.setObjectName("licenseList")
        for component in self.components:
            label = f"{component.name} {component.version}".strip()
            item = QListWidgetItem(f"{label} — {component.license}")
            item.setData(Qt.ItemDataRole.UserRole, component)
            item.setToolTip(component.description)
            self.license_list.addItem(item)
        self.license_heading = QLabel()
        self.license_heading.setObjectName("licenseHeading")
        self.license_heading.setWordWrap(True)
        self.license_text = QPlainTextEdit()
        self.license_text.setObjectName("licenseText")
        self.license_text.setReadOnly(True)
        self.license_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.license_list.currentItemChanged.connect(self._show_license)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.license_heading)
        right_layout.addWidget(self.license_text, 1)
        splitter = QSplitter()
        splitter.setObjectName("licenseSplitter")
        splitter.addWidget(self.license_list)
        splitter.addWidget(right)
        splitter.setSizes([330, 560])
        self.license_list.setCurrentRow(0)
        return splitter

    def _show_license(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is None:
            return
        component: Component = item.data(Qt.ItemDataRole.UserRole)
        self.license_heading.setText(
            self.tr("{name} is distributed under {license}. {description}").format(
                name=component.name, license=component.license, description=component.description
            )
        )
        text = license_text(component)
        # Most licence texts are wrapped by hand near 72 columns and read best unwrapped in
        # a fixed-width font. A few (pyqtgraph's MIT text) keep a paragraph per line.
        longest = max((len(line) for line in text.splitlines()), default=0)
        self.license_text.setLineWrapMode(
            QPlainTextEdit.LineWrapMode.NoWrap
            if longest <= 100
            else QPlainTextEdit.LineWrapMode.WidgetWidth
        )
        self.license_text.setPlainText(text)


def show_about(parent: QWidget | None = None) -> AboutDialog:
    """Open the About dialog without blocking; return it."""
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
