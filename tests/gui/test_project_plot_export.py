"""File → Export → All Plots and each plot's Export button draw tabs that were never shown."""

import csv

import numpy as np
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from bpstudio.data import PreprocessConfig, Table


def train_in_session(session, epochs=20):
    """Train the session's model directly (no worker) and record the history."""
    prepared = session.prepared
    history = session.model.fit(prepared.x_train, prepared.y_train, epochs=epochs, batch_size=16)
    rows = [{key: values[i] for key, values in history.history.items()} for i in range(epochs)]
    session.extend_history(rows)
    session.weightsChanged.emit()


def coloured_share(path) -> float:
    """Return the share of pixels that are clearly not white or grey (shaded plot areas)."""
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB888)
    width, height = image.width(), image.height()
    pixels = np.frombuffer(image.constBits(), dtype=np.uint8)
    pixels = pixels.reshape(height, image.bytesPerLine())[:, : 3 * width].reshape(height, width, 3)
    spread = pixels.max(axis=2).astype(int) - pixels.min(axis=2)
    return float(np.mean(spread > 30))


def test_all_plots_draws_tabs_never_shown(window, tmp_path):
    assert window.plots.currentWidget() is window.plots.curves
    train_in_session(window.session)

    written = window.project_controller.export_menu.export_plots(str(tmp_path / "plots"))

    names = sorted(path.name for path in written)
    # The default sample is a two-feature classification: no predicted-vs-target plot.
    assert names == [
        "confusion_matrix.png",
        "decision_boundary.png",
        "training_curves.png",
        "weights.png",
    ]
    by_name = {path.stem: path for path in written}
    # Blank exports had no coloured pixels at all; the shaded heatmaps and regions do.
    assert coloured_share(by_name["weights"]) > 0.05
    assert coloured_share(by_name["decision_boundary"]) > 0.3
    assert coloured_share(by_name["confusion_matrix"]) > 0.1
    assert window.plots.confusion.matrix is not None


def test_all_plots_leaves_out_views_of_other_tasks(window, tmp_path):
    rng = np.random.default_rng(0)
    x = rng.normal(size=(60, 3))
    columns = {f"x{index + 1}": x[:, index] for index in range(3)}
    columns["y"] = x.sum(axis=1)
    session = window.session
    session.set_table(
        Table.from_columns(columns, name="regression"),
        {"kind": "file", "path": str(tmp_path / "regression.csv")},
        preprocess=PreprocessConfig(target="y", task="regression"),
    )
    train_in_session(session, epochs=5)

    written = window.project_controller.export_menu.export_plots(str(tmp_path / "plots"))

    names = sorted(path.name for path in written)
    assert names == ["predicted_vs_target.png", "training_curves.png", "weights.png"]
    assert coloured_share(tmp_path / "plots" / "predicted_vs_target.png") > 0.001


def test_untrained_network_leaves_out_empty_plots(window, tmp_path):
    written = window.project_controller.export_menu.export_plots(str(tmp_path / "plots"))

    # No history yet: no loss curve and no confusion matrix to show.
    assert sorted(path.name for path in written) == ["decision_boundary.png", "weights.png"]


def test_export_button_csv_of_hidden_boundary_tab(window, tmp_path, monkeypatch):
    boundary = window.plots.boundary
    assert not boundary.isVisible()
    train_in_session(window.session)
    target = tmp_path / "boundary.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kwargs: (str(target), ""))

    boundary.export_button.csv_action.trigger()

    with open(target, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["x1", "x2", "output_1"]
    assert len(rows) == 1 + 80 * 80


def test_export_button_png_of_hidden_weights_tab(window, tmp_path, monkeypatch):
    weights = window.plots.weights
    assert not weights.isVisible()
    target = tmp_path / "weights.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kwargs: (str(target), ""))

    weights.export_button.png_action.trigger()

    assert coloured_share(target) > 0.05
