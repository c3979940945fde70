"""Teaching views open from the Tools menu, compute on the real session and update."""

import numpy as np
import pytest


@pytest.fixture
def tools(window):
    return window.teaching


def train_epochs(qtbot, window, epochs, **settings):
    session = window.session
    session.set_training(dict(session.training, epochs=epochs, **settings))
    with qtbot.waitSignal(window.controller.runFinished, timeout=30000):
        window.controller.start()


def test_tools_menu_lists_views(window):
    names = {action.objectName() for action in window.menus["toolsMenu"].actions()}

    assert {
        "backpropExplainerAction",
        "activationExplorerAction",
        "networkHealthAction",
        "gradientCheckAction",
        "runComparisonAction",
        "hiddenSweepAction",
    } <= names


def test_explainer_matches_engine_trace(window, tools):
    explainer = tools.open("backprop")
    session = window.session
    explainer.row_spin.setValue(3)

    trace = session.model.trace(session.prepared.x_train[2:3], session.prepared.y_train[2:3])
    explanation = explainer.explanation
    for explained, traced in zip(explanation.layers, trace.layers, strict=True):
        np.testing.assert_allclose(explained.z, traced.z[0], rtol=1e-6)
        np.testing.assert_allclose(explained.delta, traced.delta[0], rtol=1e-6)
    assert explanation.loss == pytest.approx(trace.loss, rel=1e-6)


def test_explainer_steps_through_stages(window, tools):
    explainer = tools.open("backprop")
    n_stages = explainer.stage_count()

    assert n_stages == 3 * len(window.session.model.layers) + 1
    assert "Step 1 of" in explainer.step_label.text()
    assert not explainer.previous_button.isEnabled()
    for _ in range(n_stages):
        explainer.next_button.click()
    text = explainer.text.toPlainText()
    assert "δ" in text
    assert "Δw" in text
    assert "forward pass" in text
    assert not explainer.next_button.isEnabled()


def test_explainer_apply_changes_weights(qtbot, window, tools):
    explainer = tools.open("backprop")
    before = window.session.model.get_weights()
    expected = explainer.explanation.layers[-1].update_kernel

    with qtbot.waitSignal(window.session.weightsChanged):
        explainer.apply_button.click()

    after = window.session.model.get_weights()
    np.testing.assert_allclose(after[-2] - before[-2], expected, rtol=1e-4, atol=1e-7)
    assert window.session.modified


def test_explainer_typed_values_checked(window, tools):
    explainer = tools.open("backprop")
    explainer.typed_radio.setChecked(True)
    explainer.inputs_edit.setText("0.5")
    explainer.targets_edit.setText("1")
    explainer.recompute()

    assert explainer.explanation is None
    assert "2 inputs" in explainer.text.toPlainText()

    explainer.inputs_edit.setText("0.5, -1")
    explainer.recompute()
    np.testing.assert_allclose(explainer.explanation.x, [0.5, -1.0])


def test_standard_and_accumulated_compared(window, tools):
    explainer = tools.open("backprop")
    explainer.compare_rows_spin.setValue(16)
    explainer.compare_button.click()

    assert explainer.compare_table.item(0, 0).text() == "16"
    assert explainer.compare_table.item(1, 0).text() == "1"
    assert explainer.compare_table.item(0, 2).text() != explainer.compare_table.item(1, 2).text()


def test_activation_explorer_marks_dead_relu(tools):
    explorer = tools.open("activations")
    explorer.function_combo.setCurrentIndex(explorer.function_combo.findData("relu"))

    regions = [item.getRegion() for item in explorer.region_items]
    assert len(regions) == 1
    assert regions[0][0] == pytest.approx(-6.0)
    assert regions[0][1] == pytest.approx(0.0, abs=0.03)

    explorer.softmax_input.setText("1000, 1001, 1002")
    assert explorer.softmax_output.text() == "0.0900, 0.2447, 0.6652"


def test_gradient_check_agrees(window, tools):
    dialog = tools.open("gradcheck")
    dialog.rows_spin.setValue(8)
    dialog.run_button.click()

    n_weights = sum(w.size for w in window.session.model.get_weights())
    assert dialog.weight_table.rowCount() == n_weights
    assert dialog.layer_table.rowCount() == len(window.session.model.layers)
    assert max(check.relative_error for check in dialog.checks) < 1e-5
    # An untrained network has gradients far from 0: each one gets its relative error.
    assert not any(check.tiny for check in dialog.checks)
    assert "tiny" not in dialog.weight_table.item(0, 5).text()
    assert "agrees" in dialog.summary.text() or "Small differences" in dialog.summary.text()


def test_health_view_measures_layers(qtbot, window, tools):
    dialog = tools.open("health")
    assert "Measured on" in dialog.status.text()
    assert dialog.z_plot.plotItem.listDataItems()

    train_epochs(qtbot, window, 5)
    dialog.refresh()

    assert tools.monitor.epochs
    assert len(tools.monitor.norms[-1]) == len(window.session.model.layers)
    assert dialog.grad_plot.plotItem.listDataItems()


def test_runs_recorded_and_overlaid(qtbot, window, tools):
    train_epochs(qtbot, window, 4, optimizer="sgd", learning_rate=0.1)
    train_epochs(qtbot, window, 6, optimizer="adam", learning_rate=0.01)
    dialog = tools.open("runs")

    assert dialog.table.rowCount() == 2
    runs = window.session.runs
    assert [run["epochs"] for run in runs] == [4, 6]
    assert len(runs[1]["history"]["loss"]) == 6
    assert runs[0]["training"]["optimizer"] == "sgd"

    dialog.table.selectAll()
    assert len(dialog.plot.plotItem.listDataItems()) == 2

    dialog.table.item(0, 0).setText("plain SGD")
    assert runs[0]["name"] == "plain SGD"

    dialog.table.clearSelection()
    dialog.table.selectRow(0)
    dialog.restore_selected()
    assert window.session.training["optimizer"] == "sgd"

    dialog.delete_selected()
    assert [run["name"] for run in window.session.runs] == ["Run 2"]


def test_sweep_trains_and_applies_best(qtbot, window, tools):
    dialog = tools.open("sweep")
    dialog.a_min_spin.setValue(1)
    dialog.a_max_spin.setValue(3)
    dialog.epochs_spin.setValue(15)
    sizes = dialog.sizes()
    assert len(sizes) == 3

    dialog.run_button.click()
    qtbot.waitUntil(
        lambda: not dialog.is_running() and dialog.run_button.isEnabled(), timeout=60000
    )

    assert sorted(point.size for point in dialog.points) == sizes
    assert dialog.apply_button.isEnabled()
    old_units = window.session.network["hidden"][0]["units"]
    dialog.apply_button.click()
    best = min(dialog.points, key=lambda point: (point.val_error, point.size)).size
    assert window.session.network["hidden"][0]["units"] == best

    window.undo_stack.undo()
    assert window.session.network["hidden"][0]["units"] == old_units


def test_sweep_cancel_stops_thread(qtbot, window, tools):
    dialog = tools.open("sweep")
    dialog.epochs_spin.setValue(100000)
    dialog.run_button.click()
    dialog.cancel_button.click()

    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=5000)
    assert dialog.status_label.text() == "Cancelled."


def test_views_survive_dataset_change(window, tools):
    for key in ("backprop", "health", "gradcheck"):
        tools.open(key)

    window.session.load_sample("iris")

    explainer = tools.dialogs["backprop"]
    assert explainer.explanation is not None
    assert len(explainer.explanation.x) == 4
    health = tools.dialogs["health"]
    assert "Measured on" in health.status.text()


def test_gradient_check_ignores_rounding_noise(qtbot, window, tools):
    train_epochs(qtbot, window, 60, optimizer="adam", learning_rate=0.05)
    dialog = tools.open("gradcheck")
    dialog.run_button.click()

    assert all(check.within(1e-4) for check in dialog.checks)
    assert "wrong derivative" not in dialog.summary.text()


def test_sweep_ties_broken_by_loss():
    from bpstudio.engine.sweep import SweepPoint
    from bpstudio.gui.teaching.sweep_dialog import best_size

    points = [
        SweepPoint(size=3, seed=0, val_error=0.1, val_loss=0.40, train_loss=0.3, epochs=5),
        SweepPoint(size=5, seed=0, val_error=0.1, val_loss=0.25, train_loss=0.2, epochs=5),
        SweepPoint(size=7, seed=0, val_error=0.2, val_loss=0.10, train_loss=0.1, epochs=5),
    ]

    assert best_size(points) == 5
