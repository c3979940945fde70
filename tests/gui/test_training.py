"""Training from the window: train, pause, resume, step, stop, settings changed while paused."""

import time

import numpy as np
import pytest
from PySide6.QtCore import QElapsedTimer, QEventLoop, QObject, QTimer, Slot

from bpstudio.data import Table
from bpstudio.gui.training_panel import HYPERPARAMETER_KEYS


def wait_idle(qtbot, window, timeout=30_000):
    qtbot.waitUntil(lambda: not window.controller.is_active, timeout=timeout)


def xor_table(repeats=1):
    return Table.from_columns(
        {
            "x1": [0, 0, 1, 1] * repeats,
            "x2": [0, 1, 0, 1] * repeats,
            "label": ["no", "yes", "yes", "no"] * repeats,
        },
        name="xor",
    )


def set_epochs(window, epochs, **extra):
    window.session.set_training({**window.session.training, "epochs": epochs, **extra})


def test_window_opens_ready_to_train(window):
    panel = window.training_panel

    assert window.session.table is not None
    assert window.session.model is not None
    assert panel.train_action.isEnabled()
    assert panel.step_action.isEnabled()
    assert not panel.pause_action.isEnabled()
    assert not panel.stop_action.isEnabled()


def test_train_completes_and_changes_weights(qtbot, window):
    set_epochs(window, 15)
    before = [array.copy() for array in window.session.model.get_weights()]

    window.training_panel.train_action.trigger()
    assert window.session.state == "running"
    wait_idle(qtbot, window)

    session = window.session
    assert session.state == "idle"
    assert session.epochs_trained == 15
    assert session.runs[-1]["reason"] == "completed"
    after = session.model.get_weights()
    assert any(not np.array_equal(a, b) for a, b in zip(before, after, strict=True))
    assert window.training_panel.train_action.isEnabled()


def test_train_again_continues_history(qtbot, window):
    set_epochs(window, 5)
    window.controller.start()
    wait_idle(qtbot, window)
    window.controller.start()
    wait_idle(qtbot, window)

    assert window.session.epochs_trained == 10


def test_pause_holds_and_resume_continues(qtbot, window):
    set_epochs(window, 100_000)
    window.controller.start()
    qtbot.waitUntil(lambda: window.session.epochs_trained >= 3, timeout=10_000)

    window.training_panel.pause_action.trigger()
    qtbot.waitUntil(lambda: window.session.state == "paused", timeout=5000)
    held = window.session.epochs_trained
    qtbot.wait(300)
    assert window.session.epochs_trained == held
    assert window.training_panel.resume_action.isEnabled()

    window.training_panel.resume_action.trigger()
    qtbot.waitUntil(lambda: window.session.epochs_trained > held + 2, timeout=10_000)
    assert window.session.state == "running"
    window.controller.stop()
    wait_idle(qtbot, window)
    assert window.session.runs[-1]["reason"] == "stopped"


def test_step_trains_one_epoch_at_a_time(qtbot, window):
    set_epochs(window, 50)
    window.training_panel.step_action.trigger()
    qtbot.waitUntil(lambda: window.session.state == "paused", timeout=10_000)
    assert window.session.epochs_trained == 1

    window.training_panel.step_action.trigger()
    qtbot.waitUntil(
        lambda: window.session.state == "paused" and window.session.epochs_trained == 2,
        timeout=10_000,
    )
    assert window.session.epochs_trained == 2

    window.training_panel.stop_action.trigger()
    wait_idle(qtbot, window)
    assert window.session.epochs_trained == 2


def test_learning_rate_change_applies_on_resume(qtbot, window):
    panel = window.training_panel
    set_epochs(window, 100_000, optimizer="sgd", learning_rate=0.1)
    window.controller.start()
    qtbot.waitUntil(lambda: window.session.epochs_trained >= 2, timeout=10_000)
    window.controller.pause()
    qtbot.waitUntil(lambda: window.session.state == "paused", timeout=5000)

    assert panel.spins["learning_rate"].isEnabled()
    assert not panel.spins["epochs"].isEnabled()
    panel.spins["learning_rate"].setValue(0.01)
    paused_at = window.session.epochs_trained
    window.controller.resume()
    qtbot.waitUntil(lambda: window.session.epochs_trained > paused_at + 1, timeout=10_000)
    window.controller.stop()
    wait_idle(qtbot, window)

    assert window.session.model.optimizer.learning_rate == pytest.approx(0.01)
    markers = window.session.markers
    assert len(markers) == 1
    assert markers[0]["epoch"] == paused_at
    assert "0.1 → 0.01" in markers[0]["label"]
    assert window.plots.curves._marker_items


def test_optimizer_change_applies_on_resume(qtbot, window):
    set_epochs(window, 100_000, optimizer="sgd")
    window.controller.start()
    qtbot.waitUntil(lambda: window.session.epochs_trained >= 1, timeout=10_000)
    window.controller.pause()
    qtbot.waitUntil(lambda: window.session.state == "paused", timeout=5000)

    combo = window.training_panel.optimizer_combo
    combo.setCurrentIndex(combo.findData("adam"))
    window.controller.resume()
    qtbot.waitUntil(lambda: window.session.state == "running", timeout=5000)
    qtbot.wait(100)
    window.controller.stop()
    wait_idle(qtbot, window)

    assert type(window.session.model.optimizer).__name__ == "Adam"
    assert "sgd → adam" in window.session.markers[-1]["label"]


def test_optimizer_shows_only_its_hyperparameters(window):
    panel = window.training_panel
    form = panel.optimizer_form
    combo = panel.optimizer_combo
    expected = {
        "gd": {"learning_rate"},
        "momentum": {"learning_rate", "momentum", "batch_size"},
        "adam": {"learning_rate", "beta_1", "beta_2", "epsilon", "batch_size"},
        "rmsprop": {"learning_rate", "rho", "epsilon", "batch_size"},
    }
    for name, keys in expected.items():
        combo.setCurrentIndex(combo.findData(name))
        shown = {key for key in HYPERPARAMETER_KEYS if form.isRowVisible(panel.spins[key])}
        assert shown == keys, name
        assert window.session.training["optimizer"] == name


def test_structure_locked_while_training(qtbot, window):
    set_epochs(window, 100_000)
    window.controller.start()
    qtbot.waitUntil(lambda: window.session.state == "running", timeout=5000)

    builder = window.network_builder
    assert not builder.add_layer_button.isEnabled()
    assert not window.training_panel.run_box.isEnabled()
    assert not window.training_panel.reset_action.isEnabled()
    with pytest.raises(RuntimeError):
        window.session.set_network(window.session.network)

    window.controller.stop()
    wait_idle(qtbot, window)
    assert builder.add_layer_button.isEnabled()
    assert window.training_panel.run_box.isEnabled()


def test_reset_weights_clears_history(qtbot, window):
    set_epochs(window, 5)
    window.controller.start()
    wait_idle(qtbot, window)
    trained = [array.copy() for array in window.session.model.get_weights()]

    window.training_panel.reset_action.trigger()

    assert window.session.epochs_trained == 0
    assert window.session.history == {}
    reset = window.session.model.get_weights()
    assert any(not np.array_equal(a, b) for a, b in zip(trained, reset, strict=True))


def run_event_loop(milliseconds):
    """Run a plain event loop, as the application does (qtbot.wait adds its own delays)."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


class LatenessProbe(QObject):
    """Measures how late a 10 ms timer fires on the GUI thread."""

    def __init__(self):
        super().__init__()
        self.clock = QElapsedTimer()
        self.lateness = []
        self.timer = QTimer(self)
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.tick)

    def start(self):
        self.clock.start()
        self.timer.start()

    @Slot()
    def tick(self):
        elapsed = self.clock.restart()
        self.lateness.append(max(0, elapsed - 10))


def test_xor_200000_epochs_responsive_and_stops_fast(qtbot, window):
    window.session.set_table(xor_table(), {"kind": "file", "path": "xor.csv"})
    config = window.session.preprocess
    window.session.set_preprocess(
        type(config).from_dict({**config.to_dict(), "validation_split": 0.0})
    )
    set_epochs(window, 200_000, optimizer="gd", learning_rate=0.1)
    probe = LatenessProbe()

    window.controller.start()
    probe.start()
    run_event_loop(1500)
    assert window.controller.is_active

    # Generous bounds, because the test machine may be busy with other work: the frozen
    # window this guards against fired 3 ticks in 1.5 s, each 350 to 650 ms late.
    lateness = sorted(probe.lateness)
    assert len(lateness) > 25
    assert lateness[len(lateness) // 2] <= 20
    assert lateness[int(0.95 * (len(lateness) - 1))] <= 100
    assert window.session.epochs_trained > 100

    started = time.monotonic()
    window.training_panel.stop_action.trigger()
    wait_idle(qtbot, window, timeout=2000)
    assert time.monotonic() - started < 0.5
    assert window.session.runs[-1]["reason"] == "stopped"


def test_divergence_shown_and_state_kept(qtbot, window, shown_errors):
    x = list(range(11))
    table = Table.from_columns({"x": x, "y": [3 * value + 2 for value in x]}, name="line")
    window.session.set_table(table, {"kind": "file", "path": "line.csv"})
    config = window.session.preprocess.to_dict()
    config.update(scaling="none", scale_target=False, validation_split=0.0)
    window.session.set_preprocess(type(window.session.preprocess).from_dict(config))
    window.session.set_network({**window.session.network, "hidden": []})
    # Full-batch gradient descent on unscaled x up to 10: the MSE curvature 2·mean(x²) = 77
    # makes any learning rate above 2/77 diverge.
    set_epochs(window, 2000, optimizer="gd", learning_rate=0.1)

    window.controller.start()
    wait_idle(qtbot, window)

    assert window.session.runs[-1]["reason"] == "failed"
    assert len(shown_errors) == 1
    assert shown_errors[0].kind == "training.diverged"
    assert window.session.state == "idle"
    for array in window.session.model.get_weights():
        assert np.all(np.isfinite(array))
    assert window.training_panel.train_action.isEnabled()
    assert window.session.network["hidden"] == []
    losses = window.session.history["loss"]
    assert np.all(np.isfinite(losses))


def test_early_stopping_ends_run_early(qtbot, window):
    # Patience 1 with a zero learning rate: the validation loss never improves after
    # epoch 1, so the run ends at epoch 2 of 500.
    set_epochs(window, 500, optimizer="sgd", learning_rate=0.0, early_stopping=True, patience=1)
    window.controller.start()
    wait_idle(qtbot, window)

    assert window.session.runs[-1]["reason"] == "early_stopped"
    assert window.session.epochs_trained == 2
