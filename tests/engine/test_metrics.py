"""Metrics: binary and categorical accuracy, mse, mae and r2, accumulated over batches."""

import numpy as np
import pytest

from bpstudio.engine import Dense, Sequential, metrics


def test_binary_accuracy_thresholds_at_one_half():
    y_true = np.array([[0], [1], [1], [0]])
    y_pred = np.array([[0.2], [0.7], [0.4], [0.5]])

    # 0.2→0 right, 0.7→1 right, 0.4→0 wrong, 0.5→0 (not above 0.5) right
    assert metrics.get("accuracy")(y_true, y_pred) == 0.75
    assert metrics.get("binary_accuracy")(y_true.ravel(), y_pred) == 0.75


def test_categorical_accuracy_uses_arg_max():
    y_true = np.eye(3)[[0, 1, 2]]
    y_pred = np.array([[0.8, 0.1, 0.1], [0.5, 0.3, 0.2], [0.1, 0.2, 0.7]])

    assert metrics.get("categorical_accuracy")(y_true, y_pred) == pytest.approx(2 / 3)


def test_mse_mae_r2_values():
    y_true = np.array([[1.0], [2.0], [3.0], [4.0]])
    y_pred = np.array([[1.0], [2.0], [3.0], [5.0]])

    assert metrics.get("mse")(y_true, y_pred) == pytest.approx(0.25)
    assert metrics.get("mae")(y_true, y_pred) == pytest.approx(0.25)
    # SS_res = 1, SS_tot = Σ(y − 2.5)² = 5, so r2 = 1 − 1/5
    assert metrics.get("r2")(y_true, y_pred) == pytest.approx(0.8)


def test_r2_averages_outputs_and_handles_constant_targets():
    y_true = np.array([[1.0, 5.0], [2.0, 5.0], [3.0, 5.0]])

    exact = metrics.get("r2")(y_true, y_true)
    off = metrics.get("r2")(y_true, y_true + [[0.0, 1.0]])

    assert exact == 1.0
    assert off == pytest.approx((1.0 + 0.0) / 2)


def test_metrics_accumulate_over_batches_like_one_pass():
    rng = np.random.default_rng(0)
    y_true = rng.normal(size=(10, 2))
    y_pred = rng.normal(size=(10, 2))
    for name in metrics.NAMES:
        metric = metrics.get(name)
        whole = metric(y_true, y_pred)
        metric.reset()
        for start in (0, 4, 8):
            metric.update(y_true[start : start + 4], y_pred[start : start + 4])

        assert metric.result() == pytest.approx(whole), name


def test_compiled_metrics_appear_in_logs():
    model = Sequential([Dense(1, input_shape=(2,))], seed=0)
    model.compile(optimizer="sgd", loss="mse", metrics=["mae", "r2", "mean_squared_error"])
    x = np.random.default_rng(1).normal(size=(12, 2))
    y = x.sum(axis=1)

    history = model.fit(x, y, epochs=2, batch_size=5, validation_split=0.25)

    assert set(history.history) == {
        "loss",
        "mae",
        "r2",
        "mse",
        "val_loss",
        "val_mae",
        "val_r2",
        "val_mse",
    }
    assert history.history["mse"][0] == pytest.approx(history.history["loss"][0], rel=1e-5)


def test_unknown_metric():
    with pytest.raises(ValueError, match="accuracy, mse, mae, r2"):
        metrics.get("f1")
