"""Awkward files through the data panel: each shows a message or warning, never a crash."""

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLayout

from bpstudio.gui.column_table import MISSING
from bpstudio.gui.data_panel import DataPanel
from bpstudio.gui.session import Session


@pytest.fixture
def session():
    return Session()


@pytest.fixture
def panel(qtbot, session, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    widget = DataPanel(session, settings=settings)
    qtbot.addWidget(widget)
    # Offscreen Qt warns when a shown window's minimum size follows its content.
    widget.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    widget.show()
    return widget


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_missing_markers_counted_and_imputed(panel, session, tmp_path):
    rows = "x,y,label\n1,2,A\n?,3,B\n2,NA,A\n3,4,B\n,5,A\n4,6,B\n5,7,A\n6,8,B\n"
    panel.open_path(write(tmp_path, "gaps.csv", rows), ask=False)
    model = panel.column_model
    assert model.index(0, MISSING).data() == "2"
    assert model.index(1, MISSING).data() == "1"
    assert model.index(2, MISSING).data() == "0"
    dropped = session.prepared.x_train.shape[0] + session.prepared.x_val.shape[0]
    assert dropped == 5

    form = panel.form
    form.missing_combo.setCurrentIndex(form.missing_combo.findData("mean"))
    form.missing_combo.activated.emit(form.missing_combo.currentIndex())
    assert session.preprocess.missing == "mean"
    kept = session.prepared.x_train.shape[0] + session.prepared.x_val.shape[0]
    assert kept == 8
    assert sorted(session.prepared.class_names) == ["A", "B"]


def test_constant_column_warns(panel, session, tmp_path):
    rows = "a,flat,label\n1,7,x\n2,7,y\n3,7,x\n4,7,y\n5,7,x\n6,7,y\n"
    panel.open_path(write(tmp_path, "flat.csv", rows), ask=False)
    assert session.prepared is not None
    assert panel.warnings_label.isVisible()
    assert "flat" in panel.warnings_label.text()


def test_numeric_labels_listed_as_classes(panel, session, tmp_path):
    rows = "f1,f2,label\n" + "".join(f"{i},{i % 5},{i % 3 + 1}\n" for i in range(30))
    panel.open_path(write(tmp_path, "labels.csv", rows), ask=False)
    assert session.prepared.task == "classification"
    text = panel.summary_label.text()
    for label in ("1: 10", "2: 10", "3: 10"):
        assert label in text


def test_two_rows_explained(panel, session, tmp_path):
    panel.open_path(write(tmp_path, "tiny.csv", "a,b,label\n1,2,x\n3,4,y\n"), ask=False)
    assert session.prepared is None
    assert panel.message_label.isVisible()
    assert panel.message_label.text()


def test_decimal_comma_file_loads(panel, session, tmp_path):
    rows = "length;width;weight;class\n5,1;3,5;1,4;A\n4,9;3,0;1,4;B\n6,2;2,9;4,3;A\n7,0;3,2;4,7;B\n"
    panel.open_path(write(tmp_path, "comma.csv", rows), ask=False)
    assert session.table.columns == ["length", "width", "weight", "class"]
    assert session.table.values("length")[0] == pytest.approx(5.1)


def test_header_only_file_explained(panel, session, tmp_path):
    assert not panel.load_csv(str(write(tmp_path, "header.csv", "a,b,label\n")))
    assert session.table is None
    assert panel.message_label.isVisible()
