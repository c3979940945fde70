"""A closed import dialog schedules no reload of its preview."""

from bpstudio.gui.import_dialog import ImportDialog


def test_closed_dialog_no_reload(qtbot, tmp_path):
    path = tmp_path / "data.csv"
    path.write_text("a,b\n1,2\n3,4\n", encoding="utf-8")
    dialog = ImportDialog(str(path))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()

    # A field losing focus during teardown emits its change signal once more.
    dialog.encoding_combo.setCurrentIndex(dialog.encoding_combo.count() - 1)

    assert not dialog._reload_timer.isActive()
