"""Evaluate and Predict dialogs, and File → Export, on the real window offscreen."""

import csv

import numpy as np
import pytest

from bpstudio.data import PreprocessConfig
from bpstudio.gui import project_tools


def write_csv(path, header, rows):
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(header)
        writer.writerows(rows)
    return path


@pytest.fixture
def classification_csv(tmp_path):
    rng = np.random.default_rng(0)
    rows = []
    for _ in range(80):
        a, b = rng.normal(size=2)
        rows.append([f"{a:.3f}", f"{b:.3f}", "甲" if a > 0.3 else ("乙" if b > 0 else "丙")])
    return write_csv(tmp_path / "three.csv", ["a", "b", "类别"], rows)


@pytest.fixture
def regression_csv(tmp_path):
    rng = np.random.default_rng(1)
    rows = []
    for _ in range(60):
        x = rng.uniform(0, 5)
        rows.append([f"{x:.3f}", f"{10 + 2 * x + rng.normal(0, 0.1):.3f}"])
    return write_csv(tmp_path / "line.csv", ["x", "y"], rows)


def load(window, path, target, **config):
    window.session.open_csv(str(path))
    window.session.set_preprocess(PreprocessConfig(target=target, **config))
    prepared = window.session.prepared
    window.session.model.fit(prepared.x_train, prepared.y_train, epochs=3, batch_size=16)
    window.session.weightsChanged.emit()


def test_evaluate_test_split_classification(window, classification_csv):
    load(window, classification_csv, "类别", test_split=0.25)
    dialog = project_tools.open_evaluation(window.project_controller)
    try:
        assert dialog.test_split_radio.isEnabled()
        assert dialog.test_split_radio.isChecked()

        result = dialog.evaluate()

        assert result.task == "classification"
        assert result.n_samples == 20
        assert dialog.pages.currentIndex() == 1
        assert dialog.class_table.rowCount() == 5
        assert dialog.confusion_table.rowCount() == 3
        assert [dialog.confusion_table.horizontalHeaderItem(i).text() for i in range(3)] == [
            "丙",
            "乙",
            "甲",
        ]
        total = sum(
            int(dialog.confusion_table.item(r, c).text()) for r in range(3) for c in range(3)
        )
        assert total == 20
        assert "Accuracy" in dialog.summary_label.text()
    finally:
        dialog.close()


def test_evaluate_other_file_regression(window, regression_csv):
    load(window, regression_csv, "y")
    dialog = project_tools.open_evaluation(window.project_controller)
    try:
        assert not dialog.test_split_radio.isEnabled()
        assert dialog.file_radio.isChecked()
        dialog.path_edit.setText(str(regression_csv))

        result = dialog.evaluate()

        assert result.task == "regression"
        assert result.n_samples == 60
        assert dialog.pages.currentIndex() == 2
        assert dialog.regression_table.item(0, 0).text() == "y"
        items = dialog.histogram_plot.getPlotItem().items
        assert any(type(item).__name__ == "BarGraphItem" for item in items)
        x, y = dialog.scatter_plot.getPlotItem().listDataItems()[0].getData()
        assert len(x) == 60
        assert 9 < float(np.min(x)) < float(np.max(x)) < 21
    finally:
        dialog.close()


def test_evaluate_error_shown_in_dialog(window, regression_csv, tmp_path):
    load(window, regression_csv, "y")
    other = write_csv(tmp_path / "no_target.csv", ["x"], [["1"]])
    dialog = project_tools.open_evaluation(window.project_controller)
    try:
        dialog.path_edit.setText(str(other))
        assert dialog.evaluate() is None
        assert "'y'" in dialog.summary_label.text()
    finally:
        dialog.close()


def test_predict_dialog_writes_csv(window, classification_csv, tmp_path):
    load(window, classification_csv, "类别", missing="drop")
    new = write_csv(tmp_path / "new.csv", ["a", "b"], [["0.5", "1"], ["?", "2"], ["-1", "-1"]])
    dialog = project_tools.open_prediction(window.project_controller)
    try:
        dialog.input_edit.setText(str(new))
        assert dialog.output_edit.text() == str(tmp_path / "new_predictions.csv")

        predictions = dialog.predict()

        assert predictions.skipped_lines == [3]
        assert dialog.preview.rowCount() == 3
        assert dialog.preview.horizontalHeaderItem(2).text() == "predicted_类别"
        assert dialog.preview.item(1, 2).text() == ""
        assert dialog.preview.item(0, 2).text() in ("甲", "乙", "丙")
        assert (tmp_path / "new_predictions.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    finally:
        dialog.close()


def test_predict_dialog_reports_missing_input(window):
    dialog = project_tools.open_prediction(window.project_controller)
    try:
        assert dialog.predict() is None
        assert dialog.status_label.text()
    finally:
        dialog.close()


@pytest.mark.parametrize(
    ("format_name", "target", "expected"),
    [
        ("keras", "net.py", ["net.py", "net_weights.npz"]),
        ("pytorch", "net.py", ["net.py", "net_weights.npz"]),
        ("numpy", "net.py", ["net.py", "net_weights.npz"]),
        ("weights-npz", "w.npz", ["w.npz"]),
        ("weights-csv", "layers", ["layer1.csv", "layer2.csv"]),
        ("history-csv", "h.csv", ["h.csv"]),
    ],
)
def test_export_menu_formats(window, tmp_path, format_name, target, expected):
    menu = window.project_controller.export_menu

    written = menu.export(format_name, str(tmp_path / target))

    assert [path.name for path in written] == expected
    assert all(path.exists() for path in written)


def test_export_plots_as_png(window, tmp_path):
    window.session.extend_history([{"loss": 1.0}, {"loss": 0.5}])

    written = window.project_controller.export_menu.export_plots(str(tmp_path / "plots"))

    assert written
    assert all(path.suffix == ".png" and path.stat().st_size > 0 for path in written)
    assert len({path.name for path in written}) == len(written)


def test_evaluation_report_saved(window, classification_csv, tmp_path):
    load(window, classification_csv, "类别", test_split=0.25)
    dialog = project_tools.open_evaluation(window.project_controller)
    try:
        assert not dialog.save_report_button.isEnabled()
        dialog.evaluate()
        assert dialog.save_report_button.isEnabled()

        assert dialog.save_report(str(tmp_path / "report.csv"))

        text = (tmp_path / "report.csv").read_text(encoding="utf-8-sig")
        assert "source,test split" in text
        assert "confusion matrix" in text
    finally:
        dialog.close()
