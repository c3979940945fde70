"""The import preview shows what the importer detected and re-reads on each override."""

import pytest

from bpstudio.gui.import_dialog import ImportDialog

SEMICOLON = "length;width;weight;class\n5,1;3,5;1,4;A\n4,9;3,0;1,4;B\n6,2;2,9;4,3;A\n"
MISSING = "x,y,label\n1.0,2.0,A\n?,3.0,B\n2.0,NA,A\n3.0,4.0,B\n"
RAGGED = "a,b,c,d\n1,2,3,4\n5,6,7,8,9\n1,2,3\n4,5,6,7\n"


@pytest.fixture
def make_dialog(qtbot, tmp_path):
    def make(text, name="data.csv", encoding="utf-8"):
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        dialog = ImportDialog(path)
        qtbot.addWidget(dialog)
        return dialog

    return make


def cell(dialog, row, column):
    return dialog.preview.item(row, column).text()


def test_detected_settings_shown(make_dialog):
    dialog = make_dialog(SEMICOLON)
    assert dialog.preview_table.delimiter == ";"
    assert dialog.preview_table.decimal == ","
    assert "Semicolon" in dialog.detected_label.text()
    assert dialog.preview.columnCount() == 4
    assert dialog.preview.horizontalHeaderItem(0).text() == "length"
    assert dialog.import_button.isEnabled()


def test_delimiter_override_updates_preview(make_dialog):
    dialog = make_dialog(SEMICOLON)
    dialog.set_override("delimiter", ",")
    dialog.reload()
    assert dialog.settings()["delimiter"] == ","
    assert dialog.preview.horizontalHeaderItem(0).text() == "length;width;weight;class"
    assert cell(dialog, 0, 0) == "5"
    assert not dialog.import_button.isEnabled()  # one header field, four fields per row


def test_header_override_updates_preview(make_dialog):
    dialog = make_dialog(SEMICOLON)
    dialog.set_override("has_header", False)
    dialog.reload()
    assert dialog.preview.rowCount() == 4
    assert cell(dialog, 0, 0) == "length"


def test_override_reloads_after_delay(qtbot, make_dialog):
    dialog = make_dialog(SEMICOLON)
    dialog.header_combo.setCurrentIndex(dialog.header_combo.findData(False))
    qtbot.waitUntil(lambda: dialog.preview.rowCount() == 4, timeout=2000)


def test_encoding_override(make_dialog):
    dialog = make_dialog("名称,值\n甲,1\n乙,2\n丙,3\n", encoding="gb18030")
    assert dialog.preview.horizontalHeaderItem(0).text() == "名称"
    dialog.set_override("encoding", "latin-1")
    dialog.reload()
    assert dialog.settings()["encoding"] == "latin-1"
    assert dialog.preview.horizontalHeaderItem(0).text() != "名称"


def test_missing_report_lists_lines(make_dialog):
    dialog = make_dialog(MISSING)
    report = dialog.missing_report.toPlainText()
    assert "x: 1 missing (lines 3)" in report
    assert "y: 1 missing (lines 4)" in report


def test_ragged_rows_block_import(make_dialog):
    dialog = make_dialog(RAGGED)
    assert not dialog.import_button.isEnabled()
    assert "line 3" in dialog.error_label.text()
    assert "line 4" in dialog.error_label.text()
    assert dialog.preview.rowCount() == 4  # the lines as split, so the user sees the fault
    assert dialog.preview.columnCount() == 5
    assert cell(dialog, 1, 4) == "9"
    dialog.skip_bad_lines_check.setChecked(True)
    dialog.reload()
    assert dialog.import_button.isEnabled()
    assert dialog.preview.rowCount() == 2
    assert dialog.warnings_view.toPlainText() != "No warnings."


def test_accept_reads_table(make_dialog):
    dialog = make_dialog(SEMICOLON)
    dialog.accept()
    assert dialog.table is not None
    assert dialog.table.columns == ["length", "width", "weight", "class"]
    assert dialog.table.values("length")[0] == pytest.approx(5.1)


def test_large_file_previews_head(make_dialog, monkeypatch):
    import bpstudio.gui.import_dialog as module

    monkeypatch.setattr(module, "FULL_PREVIEW_BYTES", 100)
    monkeypatch.setattr(module, "HEAD_LINES", 5)
    rows = "".join(f"{i},{i * 2},{'A' if i % 2 else 'B'}\n" for i in range(200))
    dialog = make_dialog("x,y,label\n" + rows)
    assert dialog.preview_table.n_rows == 5
    dialog.accept()
    assert dialog.table.n_rows == 200
