"""Live views: data received, fixed heatmap levels, no NaN on a curve, GUI-thread drawing,
export to PNG and CSV."""

import csv
import threading

import numpy as np
import pyqtgraph as pg
import pytest

from bpstudio.data import Table
from bpstudio.gui.plots.export import export_png, save_view_csv, svg_export_works
from bpstudio.gui.plots.finite import finite_xy, symmetric_limit


def wait_idle(qtbot, window, timeout=30_000):
    qtbot.waitUntil(lambda: not window.controller.is_active, timeout=timeout)


def train(qtbot, window, epochs=10, **settings):
    window.session.set_training({**window.session.training, "epochs": epochs, **settings})
    window.controller.start()
    wait_idle(qtbot, window)


def use_table(window, columns, **preprocess):
    table = Table.from_columns(columns, name="fixture")
    window.session.set_table(table, {"kind": "file", "path": "fixture.csv"})
    if preprocess:
        config = window.session.preprocess
        window.session.set_preprocess(type(config).from_dict({**config.to_dict(), **preprocess}))


def test_curves_receive_every_epoch(qtbot, window):
    train(qtbot, window, epochs=12)

    curves = window.plots.curves.curves
    x, y = curves["loss"].getData()
    assert list(x) == list(range(1, 13))
    assert np.all(np.isfinite(y))
    assert curves["val_loss"].getData()[0].size == 12
    assert curves["metric"].getData()[0].size == 12


def test_heatmaps_show_trained_weights(qtbot, window):
    window.plots.setCurrentWidget(window.plots.weights)
    train(qtbot, window, epochs=5)

    maps = window.plots.weights.weight_maps
    weights = window.session.model.get_weights()
    assert len(maps) == len(weights) // 2
    for index, heatmap in enumerate(maps):
        np.testing.assert_allclose(heatmap.kernel, weights[2 * index])
        assert heatmap.kernel_image.image.shape == weights[2 * index].shape


def test_all_zero_weights_keep_symmetric_levels(qtbot, window):
    window.plots.setCurrentWidget(window.plots.weights)
    zeros = [np.zeros_like(array) for array in window.session.model.get_weights()]
    window.session.set_weights(zeros)

    for heatmap in window.plots.weights.weight_maps:
        low, high = heatmap.levels()
        assert high > 0
        assert low == -high
        assert heatmap.color_bar.levels() == (low, high)


def test_heatmap_levels_only_grow():
    assert symmetric_limit(np.zeros((3, 3))) == 1.0
    assert symmetric_limit([0.3, -0.7]) == 1.0
    assert symmetric_limit([0.3, -0.17]) == 0.5
    assert symmetric_limit([0.15, -0.17]) == 0.2
    assert symmetric_limit([0.1], current=0.5) == 0.5
    assert symmetric_limit([3.0], current=0.5) == 5.0
    assert symmetric_limit([np.nan, np.inf]) == 1.0


def test_gradient_heatmaps_after_toggle(qtbot, window):
    view = window.plots.weights
    window.plots.setCurrentWidget(view)
    view.gradient_check.setChecked(True)

    assert len(view.gradient_maps) == len(view.weight_maps)
    train(qtbot, window, epochs=3)
    for heatmap in view.gradient_maps:
        assert np.any(heatmap.kernel != 0)


def test_nan_never_reaches_curve(window):
    window.session.extend_history(
        [
            {"loss": 0.5, "val_loss": 0.6},
            {"loss": float("nan"), "val_loss": float("inf")},
            {"loss": 0.25, "val_loss": 0.3},
            {"loss": 0.0, "val_loss": -1.0},
        ]
    )
    curves = window.plots.curves
    x, y = curves.curves["loss"].getData()
    assert list(x) == [1.0, 3.0, 4.0]
    assert np.all(np.isfinite(y))

    curves.log_check.setChecked(True)
    x, y = curves.curves["loss"].getData()
    assert list(x) == [1.0, 3.0]
    x, y = curves.curves["val_loss"].getData()
    assert list(x) == [1.0, 3.0]


def test_finite_xy_drops_bad_points():
    x, y = finite_xy([1, 2, 3, 4], [1.0, np.nan, -np.inf, 2.0])
    assert list(x) == [1.0, 4.0]
    x, y = finite_xy([1, 2, 3], [0.0, -1.0, 2.0], positive=True)
    assert list(x) == [3.0]


def test_plot_items_touched_on_gui_thread_only(qtbot, window, monkeypatch):
    threads = set()
    for item_class, method in (
        (pg.PlotDataItem, "setData"),
        (pg.ImageItem, "setImage"),
        (pg.ScatterPlotItem, "setData"),
    ):
        original = getattr(item_class, method)

        def recording(self, *args, _original=original, **kwargs):
            threads.add(threading.get_ident())
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(item_class, method, recording)
    window.plots.set_redraw_hidden(True)

    train(qtbot, window, epochs=20)

    assert threads == {threading.main_thread().ident}


def test_decision_boundary_for_two_features(qtbot, window):
    window.plots.setCurrentWidget(window.plots.boundary)
    train(qtbot, window, epochs=5)

    view = window.plots.boundary
    assert view.applies()
    image = view.image.image
    assert image.shape[:2] == (80, 80)
    assert np.all(np.isfinite(image))
    assert view.points.data.size > 0


def test_predicted_vs_target_for_regression(qtbot, window):
    x = np.linspace(-1, 1, 60)
    use_table(window, {"a": x, "b": x**2, "y": 3 * x + 10})
    plots = window.plots
    assert plots.isTabVisible(plots.indexOf(plots.prediction))
    assert not plots.isTabVisible(plots.indexOf(plots.confusion))
    plots.setCurrentWidget(plots.prediction)
    train(qtbot, window, epochs=5)

    header, rows = plots.prediction.csv_table()
    assert header == ["target", "predicted"]
    targets = [row[0] for row in rows]
    # Targets are drawn in the file's units, not the scaled ones.
    assert min(targets) > 6.5
    assert max(targets) < 13.5


def test_confusion_matrix_uses_original_labels(qtbot, window):
    rng = np.random.default_rng(0)
    points = rng.normal(size=(90, 2))
    labels = [str(1 + index % 3) for index in range(90)]
    points[:, 0] += [3 * (index % 3) for index in range(90)]
    use_table(window, {"p": points[:, 0], "q": points[:, 1], "label": labels})
    window.plots.setCurrentWidget(window.plots.confusion)
    train(qtbot, window, epochs=30)

    view = window.plots.confusion
    assert view.matrix is not None
    assert view.matrix.shape == (3, 3)
    assert view.matrix.sum() == len(window.session.prepared.x_val)
    header, rows = view.csv_table()
    assert header[1:] == ["1", "2", "3"]
    assert [row[0] for row in rows] == ["1", "2", "3"]
    ticks = view.plot.getAxis("bottom")._tickLevels[0]
    assert [label for _position, label in ticks] == ["1", "2", "3"]


@pytest.mark.parametrize("view_name", ["curves", "weights", "boundary", "confusion"])
def test_every_view_exports_png_and_csv(qtbot, window, tmp_path, view_name):
    view = getattr(window.plots, view_name)
    window.plots.setCurrentWidget(view)
    train(qtbot, window, epochs=4)
    qtbot.wait(50)

    png = tmp_path / f"{view_name}.png"
    export_png(view.export_item(), png)
    assert png.stat().st_size > 1000
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    table = tmp_path / f"{view_name}.csv"
    rows = save_view_csv(view, table)
    assert rows > 0
    with open(table, encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle))
    assert header == [str(name) for name in view.csv_table()[0]]


def test_svg_offered_only_where_it_works(window):
    button = window.plots.curves.export_button
    assert (button.svg_action is not None) == svg_export_works()
    exporters = pg.exporters.listExporters()
    assert (pg.exporters.SVGExporter in exporters) == svg_export_works()
    assert pg.exporters.ImageExporter in exporters
    assert pg.exporters.CSVExporter in exporters
