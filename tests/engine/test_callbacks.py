"""EarlyStopping, the learning-rate schedule and History."""

import numpy as np
import pytest

from bpstudio.engine import Dense, EarlyStopping, LearningRateScheduler, Sequential
from bpstudio.engine.optimizers import SGD


def regression():
    x = np.linspace(-1, 1, 20, dtype=np.float32)[:, None]
    return x, 3 * x + 2


def linear_model(learning_rate=0.1):
    model = Sequential([Dense(1, input_shape=(1,))], seed=0)
    model.compile(optimizer=SGD(learning_rate=learning_rate), loss="mse")
    return model


def test_early_stopping_restores_best_weights():
    # Validation targets of the opposite sign: validation loss is lowest at epoch 1 and rises
    # as the model learns the training targets.
    x, y = regression()
    model = linear_model()
    stopper = EarlyStopping(monitor="val_loss", patience=3, restore_best_weights=True)

    reports = list(
        model.iter_fit(
            x, y, epochs=100, batch_size=None, validation_data=(x, -y), callbacks=[stopper]
        )
    )

    val_losses = [r.logs["val_loss"] for r in reports]
    best = int(np.argmin(val_losses))
    assert len(reports) == best + 1 + 3
    assert stopper.best_epoch == best
    assert stopper.stopped_epoch == len(reports) - 1
    for kept, best_weights in zip(model.get_weights(), reports[best].weights, strict=True):
        np.testing.assert_array_equal(kept, best_weights)


def test_early_stopping_without_restore_keeps_last_weights():
    x, y = regression()
    model = linear_model()

    reports = list(
        model.iter_fit(
            x,
            y,
            epochs=100,
            batch_size=None,
            validation_data=(x, -y),
            callbacks=[EarlyStopping(patience=2)],
        )
    )

    for kept, last in zip(model.get_weights(), reports[-1].weights, strict=True):
        np.testing.assert_array_equal(kept, last)


def test_early_stopping_min_delta_and_mode():
    stopper = EarlyStopping(monitor="val_accuracy", min_delta=0.1, patience=1)
    stopper.set_model(linear_model())
    stopper.on_train_begin()

    stopper.on_epoch_end(0, {"val_accuracy": 0.5})
    stopper.on_epoch_end(1, {"val_accuracy": 0.55})

    assert stopper.mode == "max"
    assert stopper.model.stop_training
    assert stopper.best == 0.5


def test_early_stopping_falls_back_to_training_loss():
    x, y = regression()
    model = linear_model(learning_rate=0.0)

    history = model.fit(x, y, epochs=50, batch_size=None, callbacks=[EarlyStopping(patience=2)])

    assert len(history.history["loss"]) == 3


def test_learning_rate_schedule():
    x, y = regression()
    model = linear_model()
    schedule = LearningRateScheduler(lambda epoch, rate: 0.1 * 0.5**epoch if epoch < 3 else 0.0)

    reports = list(model.iter_fit(x, y, epochs=5, batch_size=None, callbacks=[schedule]))

    assert [r.learning_rate for r in reports] == pytest.approx([0.1, 0.05, 0.025, 0.0, 0.0])
    assert [r.logs["learning_rate"] for r in reports] == pytest.approx([0.1, 0.05, 0.025, 0.0, 0.0])
    for before, after in zip(reports[3].weights, reports[4].weights, strict=True):
        np.testing.assert_array_equal(before, after)


def test_history_records_each_epoch():
    x, y = regression()
    model = linear_model()

    history = model.fit(x, y, epochs=4, batch_size=5, validation_split=0.25)

    assert history.epoch == [0, 1, 2, 3]
    assert set(history.history) == {"loss", "val_loss"}
    assert len(history.history["val_loss"]) == 4
    assert model.history is history
