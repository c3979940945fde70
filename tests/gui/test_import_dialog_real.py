"""The import preview on real teaching files kept beside the checkout (skipped without)."""

import pytest
from conftest import REAL_DATA_DIR

from bpstudio.gui.import_dialog import ImportDialog

pytestmark = pytest.mark.skipif(not REAL_DATA_DIR.is_dir(), reason="no real-data folder")


def open_dialog(qtbot, name):
    path = REAL_DATA_DIR / name
    if not path.is_file():
        pytest.skip(f"{name} is not in the real-data folder")
    dialog = ImportDialog(path)
    qtbot.addWidget(dialog)
    return dialog


def test_gbk_iris_headers(qtbot):
    dialog = open_dialog(qtbot, "iris_zh_gbk_header.csv")
    assert dialog.preview_table.encoding == "gb18030"
    assert dialog.preview.columnCount() == 5
    assert "gb18030" in dialog.encoding_combo.currentText()
    assert "UTF-8" in dialog.warnings_view.toPlainText()


def test_gbk_file_read_as_utf8(qtbot):
    dialog = open_dialog(qtbot, "iris_zh_gbk_header.csv")
    dialog.set_override("encoding", "utf-8")
    dialog.reload()
    assert not dialog.import_button.isEnabled()
    assert dialog.error_label.text()


def test_tab_runs_split_into_columns(qtbot):
    dialog = open_dialog(qtbot, "seeds_dataset_uci_tabs.txt")
    assert dialog.preview.columnCount() == 8
    assert dialog.preview_table.n_rows == 210


def test_extra_fields_skipped_on_request(qtbot):
    dialog = open_dialog(qtbot, "auto-mpg_quoted_qmark.csv")
    assert not dialog.import_button.isEnabled()
    assert dialog.preview.horizontalHeaderItem(0).text() == "mpg"
    dialog.skip_bad_lines_check.setChecked(True)
    dialog.reload()
    assert dialog.import_button.isEnabled()
    assert dialog.preview_table.n_rows == 392
    assert dialog.preview.columnCount() == 9
