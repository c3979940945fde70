"""The training generator, fit, divergence handling and reproducibility."""

import threading
import warnings

import numpy as np
import pytest

from bpstudio.engine import Dense, DivergenceError, Sequential
from bpstudio.engine.optimizers import SGD, Adam
from bpstudio.errors import TrainingError

XOR_X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float32)
XOR_Y = np.array([[0], [1], [1], [0]], dtype=np.float32)


def xor_model(hidden_activation, seed=1):
    model = Sequential(
        [Dense(4, input_shape=(2,), activation=hidden_activation), Dense(1, activation="sigmoid")],
        seed=seed,
    )
    model.compile(
        optimizer=Adam(learning_rate=0.05), loss="binary_crossentropy", metrics=["accuracy"]
    )
    return model


@pytest.mark.parametrize("activation", ["sigmoid", "tanh"])
def test_xor_is_learned(activation):
    model = xor_model(activation)

    history = model.fit(XOR_X, XOR_Y, epochs=600, batch_size=None)

    assert history.history["accuracy"][-1] == 1.0
    assert history.history["loss"][-1] < 0.1
    np.testing.assert_array_equal(model.predict(XOR_X) > 0.5, XOR_Y > 0.5)


def test_xor_with_classical_bp_error_and_gradient_descent():
    model = Sequential(
        [Dense(3, input_shape=(2,), activation="sigmoid"), Dense(1, activation="sigmoid")],
        seed=3,
    )
    model.compile(optimizer=SGD(learning_rate=2.0, momentum=0.9), loss="bp_error")

    model.fit(XOR_X, XOR_Y, epochs=2000, batch_size=None)

    np.testing.assert_array_equal(model.predict(XOR_X) > 0.5, XOR_Y > 0.5)


def test_same_seed_gives_identical_history():
    x = np.random.default_rng(0).normal(size=(50, 3)).astype(np.float32)
    y = (x.sum(axis=1, keepdims=True) > 0).astype(np.float32)
    histories, weights = [], []
    for _ in range(2):
        model = Sequential(
            [Dense(5, input_shape=(3,), activation="relu"), Dense(1, activation="sigmoid")], seed=42
        )
        model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
        histories.append(model.fit(x, y, epochs=5, batch_size=8, validation_split=0.2).history)
        weights.append(model.get_weights())

    assert histories[0] == histories[1]
    for first, second in zip(*weights, strict=False):
        assert first.tobytes() == second.tobytes()


def test_training_stays_float32():
    model = xor_model("tanh")

    report = list(model.iter_fit(XOR_X, XOR_Y, epochs=3, batch_size=2, include_gradients=True))[-1]

    assert all(w.dtype == np.float32 for w in model.get_weights())
    assert all(w.dtype == np.float32 for w in report.weights)
    assert all(g.dtype == np.float32 for g in report.gradients)
    assert all(s.dtype == np.float32 for s in model.optimizer.slot_arrays())


def test_float64_on_request():
    model = Sequential(
        [Dense(2, input_shape=(2,), activation="tanh"), Dense(1)], seed=0, dtype="float64"
    )
    model.compile(optimizer="adam", loss="mse")

    model.fit(XOR_X, XOR_Y, epochs=2)

    assert all(w.dtype == np.float64 for w in model.get_weights())
    assert model.predict(XOR_X).dtype == np.float64


def linear_data():
    # y = 3x + 2 for x = 0..10, unscaled.
    x = np.arange(11, dtype=np.float32)[:, None]
    return x, 3 * x + 2


def linear_model(learning_rate):
    model = Sequential([Dense(1, input_shape=(1,))], seed=0)
    model.compile(optimizer=SGD(learning_rate=learning_rate), loss="mse")
    return model


def test_divergence_stops_with_epoch_and_keeps_finite_weights():
    # With the loss averaged over samples, full-batch gradient descent on this data is stable
    # below lr = 2/λmax = 0.028, where λmax ≈ 71.4 is the largest eigenvalue of the Hessian
    # 2·[[mean x², mean x], [mean x, 1]] = 2·[[35, 5], [5, 1]]. At lr = 0.05 every step
    # multiplies the error by about |1 − 0.05·71.4| = 2.57 until float32 overflows.
    x, y = linear_data()
    model = linear_model(0.05)
    reports = []

    with pytest.raises(DivergenceError) as caught:
        for report in model.iter_fit(x, y, epochs=500, batch_size=None):
            reports.append(report)

    error = caught.value
    assert error.kind == "training.diverged"
    assert error.epoch == len(reports) + 1
    assert error.quantity in ("loss", "gradients", "weights")
    assert error.learning_rate == pytest.approx(0.05)
    assert f"epoch {error.epoch}" in str(error)
    assert "Lower the learning rate" in str(error)
    assert all(np.isfinite(r.logs["loss"]) for r in reports)
    for kept, last in zip(model.get_weights(), reports[-1].weights, strict=False):
        np.testing.assert_array_equal(kept, last)
    assert all(np.isfinite(w).all() for w in model.get_weights())


def test_fit_keeps_finite_history_on_divergence():
    x, y = linear_data()
    model = linear_model(0.05)

    with pytest.raises(DivergenceError) as caught:
        model.fit(x, y, epochs=500, batch_size=None)

    losses = caught.value.history.history["loss"]
    assert len(losses) == caught.value.epoch - 1
    assert np.isfinite(losses).all()
    assert model.history.history["loss"] == losses


@pytest.mark.parametrize("learning_rate", [0.01, 0.001])
def test_small_learning_rate_converges(learning_rate):
    x, y = linear_data()
    model = linear_model(learning_rate)

    losses = model.fit(x, y, epochs=300, batch_size=None).history["loss"]

    assert np.isfinite(losses).all()
    assert losses[-1] < losses[0]
    pairs = zip(losses, losses[1:], strict=False)
    assert all(later <= earlier * (1 + 1e-6) for earlier, later in pairs)


def test_non_finite_input_row_is_named():
    x, y = linear_data()
    x[4, 0] = np.nan
    model = linear_model(0.001)

    with pytest.raises(TrainingError) as caught:
        model.fit(x, y, epochs=2, batch_size=None)

    assert caught.value.kind == "training.non_finite_data"
    assert caught.value.row == 5


def test_stop_training_between_batches():
    x = np.random.default_rng(0).normal(size=(100, 2)).astype(np.float32)
    y = (x[:, :1] > 0).astype(np.float32)
    model = xor_model("tanh")
    reports = []

    generator = model.iter_fit(x, y, epochs=10, batch_size=10, report_every=3)
    for report in generator:
        reports.append(report)
        if report.epoch == 2 and report.batch == 3:
            model.stop_training = True

    assert reports[-1].stopped
    assert reports[-1].epoch == 2
    assert reports[-1].batch == 3
    assert reports[-1].samples_seen == 130
    assert model.epochs_trained == 1


def test_stop_training_from_another_thread():
    x = np.random.default_rng(0).normal(size=(200, 2)).astype(np.float32)
    y = (x[:, :1] > 0).astype(np.float32)
    model = xor_model("tanh")
    started = threading.Event()
    seen = []

    def consume():
        for report in model.iter_fit(x, y, epochs=100000, batch_size=20):
            seen.append(report.epoch)
            started.set()

    worker = threading.Thread(target=consume)
    worker.start()
    assert started.wait(10)
    model.stop_training = True
    worker.join(10)

    assert not worker.is_alive()
    assert seen[-1] < 100000


def test_reports_hold_copies_and_batch_reports():
    model = xor_model("tanh")

    reports = list(model.iter_fit(XOR_X, XOR_Y, epochs=2, batch_size=1, report_every=2))

    assert [(r.epoch, r.batch, r.is_epoch_end) for r in reports] == [
        (1, 2, False),
        (1, None, True),
        (2, 2, False),
        (2, None, True),
    ]
    assert reports[0].batches_per_epoch == 4
    assert reports[-1].samples_seen == 8
    assert reports[-1].epochs == 2
    assert reports[0].weights[0] is not model.get_weights()[0]
    assert not np.array_equal(reports[0].weights[0], reports[-1].weights[0])
    assert reports[-1].gradients is None


def test_optimizer_and_learning_rate_replaced_between_yields():
    model = xor_model("tanh")
    generator = model.iter_fit(XOR_X, XOR_Y, epochs=4, batch_size=None)
    first = next(generator)
    model.optimizer.learning_rate = 0.001
    second = next(generator)
    model.optimizer = SGD(learning_rate=0.0)
    third = next(generator)
    fourth = next(generator)

    assert first.learning_rate == pytest.approx(0.05)
    assert second.learning_rate == pytest.approx(0.001)
    assert third.learning_rate == 0.0
    for before, after in zip(third.weights, fourth.weights, strict=False):
        np.testing.assert_array_equal(before, after)


def test_epoch_loss_weights_partial_last_batch():
    # 10 samples in batches of 4, 4 and 2: with lr 0 the epoch loss must equal the loss over
    # all 10 samples, which a plain mean of the three batch losses would not.
    rng = np.random.default_rng(5)
    x = rng.normal(size=(10, 2)).astype(np.float32)
    y = rng.normal(size=(10, 1)).astype(np.float32)
    model = Sequential([Dense(3, input_shape=(2,), activation="tanh"), Dense(1)], seed=0)
    model.compile(optimizer=SGD(learning_rate=0.0), loss="mse")

    logs = model.fit(x, y, epochs=1, batch_size=4, shuffle=False).history

    assert logs["loss"][0] == pytest.approx(model.evaluate(x, y)["loss"], rel=1e-6)


def test_validation_split_takes_the_last_samples():
    x = np.arange(20, dtype=np.float32).reshape(10, 2)
    y = np.arange(10, dtype=np.float32)
    model = Sequential([Dense(1, input_shape=(2,))], seed=0)
    model.compile(optimizer=SGD(learning_rate=0.0), loss="mse")

    history = model.fit(x, y, epochs=1, validation_split=0.3)

    assert history.history["val_loss"][0] == pytest.approx(
        model.evaluate(x[7:], y[7:])["loss"], rel=1e-6
    )


def test_invalid_validation_split_is_rejected():
    model = linear_model(0.01)
    x, y = linear_data()

    with pytest.raises(TrainingError) as caught:
        model.fit(x[:2], y[:2], validation_split=0.1)

    assert caught.value.kind == "training.invalid_split"


def test_fit_accepts_dataset_and_dataloader():
    from bpstudio.data import DataLoader, Dataset

    model = xor_model("tanh")
    reports = list(
        model.iter_fit(DataLoader(Dataset(XOR_X, XOR_Y), batch_size=3), epochs=1, report_every=1)
    )
    history = model.fit(Dataset(XOR_X, XOR_Y), epochs=2, batch_size=None)

    assert reports[-1].batches_per_epoch == 2
    assert len(history.history["loss"]) == 2


def test_missing_targets_are_reported():
    model = xor_model("tanh")

    with pytest.raises(ValueError, match="y must be an array of targets"):
        model.fit(XOR_X)


def test_stop_requested_before_first_step_is_honoured():
    model = xor_model("tanh")

    generator = model.iter_fit(XOR_X, XOR_Y, epochs=5, batch_size=None)
    model.stop_training = True
    reports = list(generator)

    assert reports == []
    assert model.epochs_trained == 0


def test_non_finite_validation_data_is_rejected():
    model = xor_model("tanh")
    x_val = XOR_X.copy()
    x_val[2, 1] = np.inf

    with pytest.raises(TrainingError) as caught:
        model.fit(XOR_X, XOR_Y, validation_data=(x_val, XOR_Y))

    assert caught.value.kind == "training.non_finite_data"
    assert caught.value.which == "validation inputs"
    assert caught.value.row == 3


def test_training_in_two_runs_equals_one_run():
    # Shuffles are seeded by the count of epochs trained and the optimizer keeps its state,
    # so pausing and resuming gives the same weights as one uninterrupted run.
    rng = np.random.default_rng(3)
    x = rng.normal(size=(40, 2)).astype(np.float32)
    y = (x[:, :1] * x[:, 1:] > 0).astype(np.float32)
    whole, split = xor_model("tanh", seed=5), xor_model("tanh", seed=5)

    whole.fit(x, y, epochs=4, batch_size=8)
    split.fit(x, y, epochs=2, batch_size=8)
    split.fit(x, y, epochs=2, batch_size=8)

    for a, b in zip(whole.get_weights(), split.get_weights(), strict=True):
        assert a.tobytes() == b.tobytes()


def test_initial_epoch_numbers_reports():
    model = xor_model("tanh")

    reports = list(model.iter_fit(XOR_X, XOR_Y, epochs=5, initial_epoch=3))

    assert [r.epoch for r in reports] == [4, 5]
    assert all(r.epochs == 5 for r in reports)


def test_non_finite_gradient_with_finite_loss():
    # x = 1.5e19 and w = 1 give o − d = 1.5e19 and a float32 loss of 2.25e38 (finite), but
    # ∂E/∂w = 2·(o − d)·x = 4.5e38 overflows float32's maximum of 3.4e38.
    model = Sequential([Dense(1, input_shape=(1,))], seed=0)
    model.compile(optimizer=SGD(learning_rate=0.1), loss="mse")
    model.set_weights([np.ones((1, 1)), np.zeros(1)])

    with pytest.raises(DivergenceError) as caught:
        model.fit(np.array([[1.5e19]]), np.array([[0.0]]), epochs=3, batch_size=None)

    assert caught.value.quantity == "gradients"
    assert caught.value.epoch == 1
    assert caught.value.batch == 1
    np.testing.assert_array_equal(model.get_weights()[0], [[1.0]])


def test_divergence_raises_no_numpy_warnings():
    x, y = linear_data()
    model = linear_model(0.05)

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(DivergenceError):
            model.fit(x, y, epochs=500, batch_size=None)


def test_consumer_keeps_its_numpy_error_state():
    model = xor_model("tanh")

    with np.errstate(over="raise"):
        for _ in model.iter_fit(XOR_X, XOR_Y, epochs=2, batch_size=1, report_every=1):
            assert np.geterr()["over"] == "raise"
