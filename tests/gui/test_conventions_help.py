"""Help that teaches: tooltips and What's This on every setting, the user guide, About."""

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QComboBox, QWidget

from bpstudio.gui import help_texts
from bpstudio.gui.about_dialog import AboutDialog, components, license_text
from bpstudio.gui.help_viewer import UserGuideDialog, guide_path
from bpstudio.resources import resource_path

HYPERPARAMETERS = [
    "learningRateSpin",
    "momentumSpin",
    "beta1Spin",
    "beta2Spin",
    "epsilonSpin",
    "rhoSpin",
    "batchSizeSpin",
    "epochsSpin",
    "l2Spin",
    "patienceSpin",
    "seedSpin",
    "earlyStoppingCheck",
    "initializerCombo",
    "optimizerCombo",
    "trainingLossCombo",
    "lossCombo",
    "outputActivationCombo",
    "layerTable",
    "taskCombo",
    "missingCombo",
    "scalingCombo",
    "validationSplitSpin",
    "testSplitSpin",
]
PLOTS = ["curvesView", "weightsView", "decisionBoundaryView", "networkDiagram"]


def _widget(window, name):
    widget = window.findChild(QWidget, name)
    assert widget is not None, f"no widget named {name}"
    return widget


@pytest.mark.parametrize("name", HYPERPARAMETERS + PLOTS)
def test_widget_has_tooltip_and_whats_this(window, name):
    widget = _widget(window, name)
    assert widget.toolTip()
    assert len(widget.whatsThis()) > 80


def test_learning_rate_help_describes_loss_curve(window):
    text = _widget(window, "learningRateSpin").whatsThis()
    assert "Usual range" in text
    assert "loss curve" in text
    assert "Too high" in text


@pytest.mark.parametrize(
    ("combo_name", "kind"),
    [
        ("optimizerCombo", "optimizers"),
        ("trainingLossCombo", "losses"),
        ("lossCombo", "losses"),
        ("initializerCombo", "initializers"),
    ],
)
def test_combo_items_have_tooltips(window, combo_name, kind):
    combo = window.findChild(QComboBox, combo_name)
    texts = help_texts.choice_texts(kind)
    for index in range(combo.count()):
        name = combo.itemData(index)
        if name in texts:
            assert combo.itemData(index, Qt.ItemDataRole.ToolTipRole) == texts[name].tooltip


@pytest.mark.parametrize(
    ("kind", "module_name"),
    [
        ("activations", "activations"),
        ("losses", "losses"),
        ("optimizers", None),
        ("initializers", "initializers"),
    ],
)
def test_every_engine_choice_has_help(kind, module_name):
    import importlib

    from bpstudio.engine import optimizers

    if module_name is None:
        names = list(optimizers.HYPERPARAMETERS)
    else:
        names = importlib.import_module(f"bpstudio.engine.{module_name}").NAMES
    texts = help_texts.choice_texts(kind)
    assert set(names) <= set(texts)
    for name in names:
        assert texts[name].tooltip
        assert texts[name].whats_this


def test_training_actions_have_help(window):
    for name in ("trainAction", "pauseAction", "stepAction", "stopAction"):
        action = window.findChild(QAction, name)
        assert action.whatsThis()
        assert action.statusTip()


def test_help_applied_twice_is_same(window):
    widget = _widget(window, "optimizerCombo")
    first = widget.whatsThis()
    help_texts.apply_help_texts(window)
    assert widget.whatsThis() == first


def test_help_follows_translator(window, qapp):
    from PySide6.QtCore import QTranslator

    class Upper(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return source.upper() if context == "HelpCatalog" else None

    translator = Upper()
    qapp.installTranslator(translator)
    try:
        help_texts.apply_help_texts(window)
        assert _widget(window, "learningRateSpin").toolTip().startswith("LEARNING RATE")
    finally:
        qapp.removeTranslator(translator)
        help_texts.apply_help_texts(window)


def test_whats_this_action_in_help_menu(window):
    action = window.findChild(QAction, "whatsThisAction")
    assert action in window.menu("helpMenu").actions()
    assert action.shortcut().toString() == "Shift+F1"


# ----------------------------------------------------------------- user guide


def test_user_guide_opens_offline(window, qtbot):
    window.findChild(QAction, "userGuideAction").trigger()
    dialog = window.findChild(UserGuideDialog)
    qtbot.waitExposed(dialog)
    text = dialog.browser.toPlainText()
    assert "BP Studio user guide" in text
    assert "Start BP Studio" in text
    dialog.close()


def test_chinese_guide_chosen_for_chinese(qapp):
    assert guide_path("zh_CN").name == "user-guide.zh-CN.md"
    assert guide_path("en").name == "user-guide.md"
    dialog = UserGuideDialog(guide_path("zh_CN"))
    assert "隐含层" in dialog.browser.toPlainText()


def test_guide_find_wraps_to_top(qapp):
    dialog = UserGuideDialog(guide_path("en"))
    dialog.find_edit.setText("learning rate")
    assert dialog.find_next()
    assert dialog.browser.textCursor().selectedText().lower() == "learning rate"
    dialog.find_edit.setText("no such phrase in the guide")
    assert not dialog.find_next()


def test_missing_guide_says_so(qapp, tmp_path):
    dialog = UserGuideDialog(tmp_path / "user-guide.md")
    assert "not found" in dialog.browser.toPlainText()


def test_open_log_folder_action(window, monkeypatch, tmp_path):
    from bpstudio import logs

    monkeypatch.setenv(logs.LOG_DIR_ENV, str(tmp_path / "log"))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window.findChild(QAction, "openLogFolderAction").trigger()
    assert [url.toLocalFile() for url in opened] == [str(tmp_path / "log")]


# ----------------------------------------------------------------- About and licences

EXPECTED_LICENSES = {
    "BP Studio": ("MIT", "Permission is hereby granted"),
    "Qt": ("LGPL-3.0-only", "GNU LESSER GENERAL PUBLIC LICENSE"),
    "PySide6": ("LGPL-3.0-only", "GNU GENERAL PUBLIC LICENSE"),
    "shiboken6": ("LGPL-3.0-only", "Version 3, 29 June 2007"),
    "pyqtgraph": ("MIT", "Permission is hereby granted"),
    "NumPy": ("BSD-3-Clause", "OpenBLAS"),
    "Python": ("PSF-2.0", "PYTHON SOFTWARE FOUNDATION LICENSE"),
    "CET colour maps": ("CC-BY-4.0", "Attribution 4.0 International"),
    "Chinese font": ("OFL-1.1", "SIL OPEN FONT LICENSE"),
    "Built-in datasets": ("CC-BY-4.0", "Attribution 4.0 International"),
}


def test_about_lists_every_bundled_license(qapp):
    dialog = AboutDialog()
    rows = [dialog.license_list.item(row).text() for row in range(dialog.license_list.count())]
    for name, (spdx, _phrase) in EXPECTED_LICENSES.items():
        matching = [row for row in rows if row.startswith(name)]
        assert matching, f"{name} is not listed"
        assert matching[0].endswith(spdx)


@pytest.mark.parametrize("name", sorted(EXPECTED_LICENSES))
def test_license_text_is_full(qapp, name):
    component = next(item for item in components() if item.name.startswith(name))
    text = license_text(component)
    assert EXPECTED_LICENSES[name][1] in text
    assert "missing" not in text.splitlines()[-1]


def test_selecting_license_shows_text(qapp):
    dialog = AboutDialog()
    dialog.license_list.setCurrentRow(1)
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.license_text.toPlainText()
    assert "LGPL-3.0-only" in dialog.license_heading.text()


def test_every_license_file_is_used():
    used = {name for component in components() for name in component.files}
    folder = resource_path("licenses")
    for path in folder.iterdir():
        if path.suffix == ".txt":
            assert f"licenses/{path.name}" in used, f"{path.name} is not shown in About"


def test_project_license_copy_matches(qapp):
    from conftest import PROJECT_ROOT

    copy = resource_path("licenses", "BPStudio-MIT.txt").read_text(encoding="utf-8")
    assert copy == (PROJECT_ROOT / "LICENSE").read_text(encoding="utf-8")


def test_about_action_opens_dialog(window, qtbot):
    window.findChild(QAction, "aboutAction").trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert "0.1.0" in dialog.findChild(QObject, "aboutTitle").text()
    dialog.close()


def test_help_in_chinese(window, qapp):
    from bpstudio.gui import language

    language.install_translators(qapp, "zh_CN")
    try:
        help_texts.apply_help_texts(window)
        assert "学习率" in _widget(window, "learningRateSpin").toolTip()
        assert "损失" in _widget(window, "curvesView").whatsThis()
        assert "优化器" in _widget(window, "optimizerCombo").whatsThis()
    finally:
        language.install_translators(qapp, "en")
        help_texts.apply_help_texts(window)
    assert _widget(window, "learningRateSpin").toolTip().startswith("Learning rate")


def test_dialog_opened_later_gets_help(window, qtbot):
    window.findChild(QAction, "activationExplorerAction").trigger()
    combo = window.findChild(QComboBox, "explorerActivationCombo")
    assert combo is not None
    plot = window.findChild(QWidget, "activationPlot")
    qtbot.waitUntil(lambda: bool(plot.whatsThis()))
    texts = help_texts.choice_texts("activations")
    for index in range(combo.count()):
        name = combo.itemData(index)
        if name in texts:
            assert combo.itemData(index, Qt.ItemDataRole.ToolTipRole) == texts[name].tooltip


def test_chinese_guide_wraps_without_spaces():
    from bpstudio.gui.help_viewer import join_cjk_lines

    assert join_cjk_lines("各个面板、\n每项设置") == "各个面板、每项设置"
    assert join_cjk_lines("first line\nsecond") == "first line\nsecond"
    assert join_cjk_lines("段落一。\n\n段落二") == "段落一。\n\n段落二"
