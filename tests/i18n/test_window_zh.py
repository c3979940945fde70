"""The window under zh_CN: no English left in menus, panels, plots and the dialogs it opens."""

import importlib.util
import re

import pytest

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("bpstudio.gui.main_window") is None,
    reason="the main window is not written yet",
)

# Names that Chinese courses and software write in Latin letters, and file formats.
PROPER_NAMES = [
    "BP Studio",
    "BP",
    "Leaky ReLU",
    "ReLU",
    "ELU",
    "Sigmoid",
    "Softmax",
    "tanh",
    "Adam",
    "RMSprop",
    "Adagrad",
    "Nesterov",
    "SGD",
    "Glorot",
    "Xavier",
    "He",
    "Keras",
    "PyTorch",
    "NumPy",
    "CSV",
    "PNG",
    "SVG",
    "XOR",
    "MSE",
    "MAE",
    "NaN",
    "UTF-8",
    "GBK",
    "GB18030",
    "None",
    "English",
    "Iris",
    "Wine",
    "Qt",
    "Python",
    "pyqtgraph",
    "Excel",
    "MIT",
    "CET",
    # Keys of shortcuts shown in tooltips, and terms that tooltips give in brackets.
    "Ctrl",
    "Shift",
    "Alt",
    "Epochs",
    "epoch",
    "Epsilon",
    "GD",
    # Functions in formulas.
    "exp",
    "log",
    "ln",
    "sin",
    "max",
    "min",
]
PROPER_NAME = re.compile("|".join(rf"\b{re.escape(name)}\b" for name in PROPER_NAMES))
# Licence identifiers (SPDX) and file names: LGPL-3.0-only, BSD-3-Clause, CC-BY-4.0,
# BPStudioSansSC-Regular.otf.
HYPHENATED_NAME = re.compile(r"\b[A-Z][A-Za-z]*(?:-[A-Za-z0-9.]+)+\b")
# Text encodings are written by their codec names: utf-8, utf-8-sig, gbk, latin-1, cp1252.
ENCODING = re.compile(r"\b(?:utf-\d+(?:-sig)?|gbk|gb\d+|latin-1|cp\d+|big5)\b", re.IGNORECASE)
# Identifiers and symbols: f(z), dense_1, x1, P(1), 1e-07, %1, mnemonics "(&F)".
IDENTIFIER = re.compile(r"\b\w*[\d_]\w*\b|\(&\w\)|&\w|\b[a-zA-Z]\b|<[^>]+>|&\w+;|\.\w+\b")
ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")


def english_words(text):
    """Return the English words left in ``text`` once names and identifiers are removed."""
    text = HYPHENATED_NAME.sub(" ", ENCODING.sub(" ", text))
    remainder = IDENTIFIER.sub(" ", PROPER_NAME.sub(" ", text))
    return ENGLISH_WORD.findall(remainder)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("训练(&T)", []),
        ("隐含层 1（dense_1）", []),
        ("自动（Sigmoid）", []),
        ("<b>数据</b>", []),
        ("Epoch", ["Epoch"]),
        ("Log scale", ["Log", "scale"]),
        ("P(1)", []),
        ("权重 (.npz)(&W)…", []),
        ("标准 BP 与累积 BP", []),
        ("自动检测（utf-8-sig）", []),
        ("Qt（LGPL-3.0-only）", []),
    ],
)
def test_english_words_detects_words(text, expected):
    assert english_words(text) == expected


def menu_texts(menu, where):
    yield where, menu.title()
    for action in menu.actions():
        if action.menu() is not None:
            yield from menu_texts(action.menu(), f"{where} > {menu.title()}")
        elif not action.isSeparator():
            yield f"{where} > {menu.title()}", action.text()


def header_texts(view, where):
    from PySide6.QtCore import QModelIndex, Qt

    model = view.model()
    if model is None:
        return
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:
        columns = 1  # QAbstractListModel hides columnCount: a list has one column.
    for section in range(columns):
        text = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if text is not None:
            yield f"{where} header", str(text)


def plot_texts(view, where):
    """Yield the titles, axis labels, legends and text items in a pyqtgraph view's scene."""
    import pyqtgraph

    for item in view.scene().items():
        if isinstance(item, pyqtgraph.AxisItem) and item.isVisible() and item.label.isVisible():
            yield f"{where} axis", item.labelText or ""
        elif isinstance(item, pyqtgraph.LabelItem) and item.isVisible():
            yield f"{where} label", item.text or ""
        elif isinstance(item, pyqtgraph.TextItem) and item.isVisible():
            yield f"{where} text", item.toPlainText()


# Tables whose headers are the user's column names, not interface text.
DATA_TABLES = {"previewTable", "importPreviewTable"}


def widget_texts(root):
    """Yield (where, text) for every user-visible text under ``root``."""
    import pyqtgraph
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QDockWidget,
        QGroupBox,
        QHeaderView,
        QLabel,
        QListWidget,
        QMenu,
        QTabWidget,
    )

    widgets = [root, *root.findChildren(object)]
    for widget in widgets:
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QLabel):
            yield where, widget.text()
        elif isinstance(widget, QAbstractButton):
            yield where, widget.text()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QDockWidget):
            yield where, widget.windowTitle()
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield where, widget.tabText(index)
        elif isinstance(widget, QMenu) and widget.parent() is root:
            yield from menu_texts(widget, where)
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield where, widget.itemText(index)
        elif isinstance(widget, QListWidget):
            for index in range(widget.count()):
                yield where, widget.item(index).text()
        is_view = isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView)
        if is_view and widget.objectName() not in DATA_TABLES:
            yield from header_texts(widget, where)
        if isinstance(widget, pyqtgraph.GraphicsView) and widget.scene() is not None:
            yield from plot_texts(widget, where)


def english_texts(root):
    found = []
    for where, text in widget_texts(root):
        words = english_words(text or "")
        if words:
            found.append(f"{where}: {text!r}")
    return sorted(set(found))


@pytest.fixture
def chinese_window(qapp, qtbot, monkeypatch, tmp_path):
    from PySide6.QtCore import QSettings, QStandardPaths

    from bpstudio.gui import fonts, language

    # Recent files and the saved language go to a scratch folder, not the user's settings.
    scope, native = QSettings.Scope.UserScope, QSettings.Format.NativeFormat
    config_dir = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.GenericConfigLocation
    )
    QSettings.setPath(native, scope, str(tmp_path))
    fonts.register_fonts()
    language.install_translators(qapp, "zh_CN")
    from bpstudio.gui.app import create_window

    window = create_window(None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.session.modified = False
    window.close()
    language.remove_translators(qapp)
    language._current_language = None
    QSettings.setPath(native, scope, config_dir)


def test_main_window_has_no_english(chinese_window):
    assert english_texts(chinese_window) == []


def test_plot_tabs_have_no_english(chinese_window, qtbot):
    from PySide6.QtWidgets import QTabWidget

    tabs = chinese_window.findChild(QTabWidget, "plotsPanel")
    if tabs is None:
        pytest.skip("the window has no plots panel")
    found = []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.wait(50)  # views draw when they become visible
        found += english_texts(tabs.widget(index))
    assert found == []


def test_tooltips_have_no_english(chinese_window):
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    found = []
    for item in [*chinese_window.findChildren(QWidget), *chinese_window.findChildren(QAction)]:
        if item.objectName() and english_words(item.toolTip()):
            found.append(f"{item.objectName()}: {item.toolTip()!r}")
    assert found == []


def test_menus_have_no_english(chinese_window):
    found = []
    for menu in chinese_window.menuBar().findChildren(type(chinese_window.menus["fileMenu"])):
        for where, text in menu_texts(menu, "menu"):
            if english_words(text):
                found.append(f"{where}: {text!r}")
    assert found == []


TOOLS = ["backprop", "activations", "health", "gradcheck", "runs", "sweep"]


@pytest.mark.parametrize("key", TOOLS)
def test_teaching_tool_has_no_english(chinese_window, qtbot, key):
    teaching = getattr(chinese_window, "teaching", None)
    if teaching is None:
        pytest.skip("the window has no teaching tools")
    dialog = teaching.open(key)
    qtbot.waitExposed(dialog)
    try:
        assert english_texts(dialog) == []
    finally:
        dialog.close()


MENU_DIALOGS = [
    "evaluateAction",
    "predictAction",
    "projectNotesAction",
    "userGuideAction",
    "aboutAction",
]


@pytest.mark.parametrize("action_name", MENU_DIALOGS)
def test_menu_dialog_has_no_english(chinese_window, qtbot, action_name):
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication, QDialog

    action = chinese_window.findChild(QAction, action_name)
    if action is None:
        pytest.skip(f"the window has no {action_name}")
    before = set(QApplication.topLevelWidgets())
    action.trigger()
    qtbot.wait(100)
    dialogs = [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QDialog) and widget.isVisible() and widget not in before
    ]
    assert len(dialogs) == 1, dialogs
    try:
        assert english_texts(dialogs[0]) == []
    finally:
        dialogs[0].close()


def test_import_dialog_has_no_english(chinese_window, qtbot, tmp_path):
    from bpstudio.gui.import_dialog import ImportDialog

    path = tmp_path / "身高体重.csv"
    path.write_text("编号,身高,体重,性别\n1,170,60,男\n2,160,,女\n3,180,75,男\n", encoding="utf-8")
    dialog = ImportDialog(str(path), chinese_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.reload()  # read the preview now instead of after the dialog's short delay
    try:
        assert english_texts(dialog) == []
    finally:
        dialog.reject()


def test_standard_buttons_use_qt_translation(chinese_window, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    assert {button.text() for button in box.buttons()} == {"确定(&O)", "取消(&C)"} or all(
        not english_words(button.text()) for button in box.buttons()
    )
