"""The data panel loads samples and CSV files and edits roles and preprocessing."""

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLayout

from bpstudio.gui.column_table import ROLE
from bpstudio.gui.data_panel import DataPanel
from bpstudio.gui.session import Session

IRIS_LIKE = """sepal_length,sepal_width,petal_length,species
5.1,3.5,1.4,setosa
4.9,3.0,1.4,setosa
4.7,3.2,1.3,setosa
4.6,3.1,1.5,setosa
7.0,3.2,4.7,versicolor
6.4,3.2,4.5,versicolor
6.9,3.1,4.9,versicolor
5.5,2.3,4.0,versicolor
6.3,3.3,6.0,virginica
5.8,2.7,5.1,virginica
7.1,3.0,5.9,virginica
6.3,2.9,5.6,virginica
"""


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def session():
    return Session()


@pytest.fixture
def panel(qtbot, session, settings):
    widget = DataPanel(session, settings=settings)
    qtbot.addWidget(widget)
    widget.resize(360, 900)
    # Offscreen Qt warns when a shown window's minimum size follows its content.
    widget.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    widget.show()
    return widget


@pytest.fixture
def iris_csv(tmp_path):
    path = tmp_path / "flowers.csv"
    path.write_text(IRIS_LIKE, encoding="utf-8")
    return path


def sample_row(panel, name):
    for row in range(panel.sources.sample_list.count()):
        item = panel.sources.sample_list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == name:
            return item
    raise AssertionError(f"sample {name!r} is not listed")


def test_sample_list_loads_sample(panel, session):
    from bpstudio.data import samples

    names = [info.name for info in samples.list_samples()]
    assert panel.sources.sample_list.count() == len(names)
    item = sample_row(panel, "iris")
    panel.sources.sample_list.itemClicked.emit(item)
    assert session.source == {"kind": "sample", "name": "iris", "params": {}}
    assert session.prepared is not None
    assert "iris" in panel.sources.source_label.text().lower()
    assert panel.column_model.rowCount() == len(session.table.columns)


def test_summary_lists_classes(panel, session):
    panel.load_sample("iris")
    text = panel.summary_label.text()
    assert f"Rows: {session.table.n_rows}" in text
    for name in session.prepared.class_names:
        assert str(name) in text
    assert f"Features after encoding: {len(session.prepared.feature_names)}" in text


def test_csv_loads_directly(panel, session, iris_csv, settings):
    panel.open_path(iris_csv, ask=False)
    assert session.table.columns == ["sepal_length", "sepal_width", "petal_length", "species"]
    assert session.preprocess.target == "species"
    assert session.source == {"kind": "file", "path": str(iris_csv)}
    assert panel.recent.paths() == [str(iris_csv.resolve())]
    assert panel.sources.recent_button.isEnabled()
    assert "flowers.csv" in panel.sources.source_label.text()


def test_csv_through_import_dialog(qtbot, panel, session, iris_csv):
    panel.open_path(iris_csv)
    dialog = panel.import_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.preview.columnCount() == 4
    assert dialog.preview.rowCount() == 12
    with qtbot.waitSignal(dialog.accepted):
        dialog.import_button.click()
    assert session.table.n_rows == 12
    assert session.source["path"] == str(iris_csv)


def test_recent_file_reopens(panel, session, iris_csv):
    panel.open_path(iris_csv, ask=False)
    panel.load_sample("iris")
    actions = [
        a for a in panel.sources.recent_menu.actions() if a.objectName() == "recentFileAction"
    ]
    assert len(actions) == 1
    actions[0].trigger()
    panel.import_dialog.accept()
    assert session.source["kind"] == "file"


def test_missing_recent_file_is_dropped(panel, tmp_path):
    gone = tmp_path / "gone.csv"
    gone.write_text(IRIS_LIKE, encoding="utf-8")
    panel.open_path(gone, ask=False)
    gone.unlink()
    panel.open_path(gone)
    assert panel.import_dialog is None
    assert "not found" in panel.message_label.text()
    assert panel.recent.paths() == []


def test_role_change_sets_target(panel, session, iris_csv):
    panel.open_path(iris_csv, ask=False)
    model = panel.column_model
    assert model.index(3, ROLE).data(Qt.ItemDataRole.EditRole) == "target"

    assert model.setData(model.index(2, ROLE), "target")
    assert session.preprocess.target == "petal_length"
    assert "species" in session.preprocess.features
    assert session.prepared.task == "regression"
    assert model.index(2, ROLE).data(Qt.ItemDataRole.EditRole) == "target"
    assert model.index(3, ROLE).data(Qt.ItemDataRole.EditRole) == "feature"


def test_role_ignored_drops_feature(panel, session, iris_csv):
    panel.open_path(iris_csv, ask=False)
    features = len(session.prepared.feature_names)
    assert panel.set_role("sepal_width", "ignored")
    assert "sepal_width" not in session.preprocess.features
    assert len(session.prepared.feature_names) == features - 1


def test_target_cannot_be_ignored(panel, session, iris_csv):
    panel.open_path(iris_csv, ask=False)
    assert not panel.set_role("species", "ignored")
    assert session.preprocess.target == "species"
    assert "target" in panel.message_label.text()


def test_preprocess_form_updates_session(panel, session, iris_csv):
    panel.open_path(iris_csv, ask=False)
    form = panel.form
    form.scaling_combo.setCurrentIndex(form.scaling_combo.findData("minmax01"))
    form.scaling_combo.activated.emit(form.scaling_combo.currentIndex())
    assert session.preprocess.scaling == "minmax01"

    form.seed_spin.setValue(7)
    form.seed_spin.editingFinished.emit()
    assert session.preprocess.seed == 7

    form.validation_spin.setValue(25.0)
    form.validation_spin.editingFinished.emit()
    assert session.preprocess.validation_split == pytest.approx(0.25)

    form.task_combo.setCurrentIndex(form.task_combo.findData("regression"))
    form.task_combo.activated.emit(form.task_combo.currentIndex())
    assert session.preprocess.task == "regression"


def test_generated_sample_options(panel, session):
    from bpstudio.data import samples

    generated = [info for info in samples.list_samples() if info.generated]
    assert generated
    panel.load_sample(generated[0].name)
    assert panel.sources.generator.isVisible()
    panel.sources.count_spin.setValue(120)
    panel.sources.noise_spin.setValue(0.3)
    panel.sources.count_spin.editingFinished.emit()
    assert session.table.n_rows == 120
    assert session.source["params"] == {"n_samples": 120, "noise": 0.3}

    panel.load_sample("iris")
    assert not panel.sources.generator.isVisible()


def test_single_class_shows_message(panel, session, tmp_path):
    path = tmp_path / "one_class.csv"
    path.write_text("a,b,label\n1,2,x\n3,4,x\n5,6,x\n7,8,x\n", encoding="utf-8")
    panel.open_path(path, ask=False)
    assert session.prepared is None
    assert panel.message_label.isVisible()
    assert "class" in panel.message_label.text()


def test_unreadable_csv_shows_message(panel, session, tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("", encoding="utf-8")
    assert not panel.load_csv(str(path))
    assert session.table is None
    assert panel.message_label.text()


def test_panel_locked_while_training(panel, session):
    panel.load_sample("iris")
    session.set_state("running")
    assert not panel.sources.isEnabled()
    assert not panel.form.isEnabled()
    assert not panel.set_role(session.table.columns[0], "ignored")
    assert not panel.load_sample("iris")
    session.set_state("idle")
    assert panel.sources.isEnabled()


def test_role_editor_commits(qtbot, panel, session, iris_csv):
    from PySide6.QtWidgets import QComboBox

    panel.open_path(iris_csv, ask=False)
    panel.column_table.edit(panel.column_model.index(0, ROLE))
    combo = panel.column_table.findChild(QComboBox, "roleEditor")
    assert combo is not None
    combo.setCurrentIndex(combo.findData("ignored"))
    combo.activated.emit(combo.currentIndex())
    assert "sepal_length" not in session.preprocess.features


def test_second_open_replaces_dialog(qtbot, panel, session, iris_csv, tmp_path):
    other = tmp_path / "other.csv"
    other.write_text("a,b,label\n1,2,x\n3,4,y\n5,6,x\n7,8,y\n", encoding="utf-8")
    panel.open_path(iris_csv)
    first = panel.import_dialog
    panel.open_path(other)
    second = panel.import_dialog
    assert second is not first
    assert not first.isVisible()
    with qtbot.waitSignal(second.accepted):
        second.import_button.click()
    assert panel.import_dialog is None
    assert session.table.columns == ["a", "b", "label"]


def test_spin_steps_apply_once(qtbot, panel, session, iris_csv):
    panel.open_path(iris_csv, ask=False)
    edits = []
    panel.form.configEdited.connect(edits.append)
    for value in (21.0, 22.0, 23.0):
        panel.form.validation_spin.setValue(value)
    assert edits == []
    qtbot.waitUntil(lambda: len(edits) == 1, timeout=2000)
    assert edits == [{"validation_split": pytest.approx(0.23)}]
    assert session.preprocess.validation_split == pytest.approx(0.23)
