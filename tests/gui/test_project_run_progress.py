"""The progress bar counts this run's epochs and starts clean after the data or network change."""

from bpstudio.data import PreprocessConfig


def train(qtbot, window, epochs):
    window.session.set_training({**window.session.training, "epochs": epochs})
    window.controller.start()
    qtbot.waitUntil(lambda: not window.controller.is_active, timeout=30_000)


def bar_text(window):
    return window.training_panel.progress_bar.format()


def loss_ranges(window):
    curves = window.plots.curves
    return [curves.loss_plot.viewRange(), curves.metric_plot.viewRange()]


def assert_clean(window, text="Not started"):
    assert bar_text(window) == text
    assert window.training_panel.progress_bar.value() == 0
    assert window.training_panel.progress_label.text() == " "
    # The old run's range (x up to its last epoch) is gone: both axes span about 0 to 1.
    for x_range, y_range in loss_ranges(window):
        assert -0.1 <= x_range[0] < x_range[1] <= 1.1
        assert y_range == [0.0, 1.0]


def test_first_run_counts_its_epochs(qtbot, window):
    train(qtbot, window, 4)

    assert bar_text(window) == "Epoch 4 / 4"
    assert window.training_panel.progress_bar.value() == 1000


def test_train_again_shows_this_run_and_the_total(qtbot, window):
    train(qtbot, window, 3)
    window.session.set_training({**window.session.training, "epochs": 5})
    window.controller.start()

    status = window.training_panel.status_label.text()
    assert "5 more epochs from the current weights" in status
    assert "Reset weights starts over" in status
    qtbot.waitUntil(lambda: not window.controller.is_active, timeout=30_000)
    assert window.session.epochs_trained == 8
    assert bar_text(window) == "Epoch 5 / 5 of this run · 8 in total"
    assert window.training_panel.progress_bar.value() == 1000


def test_new_data_resets_progress_and_curve_ranges(qtbot, window):
    train(qtbot, window, 6)
    assert loss_ranges(window)[0][0][1] > 5

    window.session.load_sample("iris")

    assert_clean(window)


def test_changed_target_resets_progress(qtbot, window):
    train(qtbot, window, 3)

    window.session.set_preprocess(PreprocessConfig(target="label", validation_split=0.3))

    assert_clean(window)


def test_new_project_resets_progress(qtbot, window):
    train(qtbot, window, 3)
    window.session.set_modified(False)

    assert window.project_controller.new_project()

    assert_clean(window)


def test_reset_weights_resets_progress(qtbot, window):
    train(qtbot, window, 3)

    window.training_panel.reset_action.trigger()

    assert_clean(window)


def test_opened_project_shows_its_trained_epochs(qtbot, window, tmp_path):
    train(qtbot, window, 3)
    path = tmp_path / "three.bpproj"
    assert window.project_controller.save_to(str(path))
    train(qtbot, window, 4)
    assert bar_text(window).startswith("Epoch 4 / 4 of this run")

    assert window.project_controller.open_project(str(path), ask=False)

    assert bar_text(window) == "3 epochs trained"
    assert window.training_panel.progress_bar.value() == 0
