"""Fixtures for project tests: small CSV files and networks trained on them with the engine."""

import csv

import numpy as np
import pytest

from bpstudio.data import PreprocessConfig, prepare, read_csv
from bpstudio.engine import network_spec, optimizers
from bpstudio.project import save_trained


def write_classification_csv(path, rows=90, seed=0):
    """Two numeric features (one with '?' cells), a colour, and three Chinese class labels."""
    rng = np.random.default_rng(seed)
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["花萼长度", "width", "colour", "类别"])
        for index in range(rows):
            a, b = rng.normal(size=2)
            label = "山鸢尾" if a + b > 0.5 else ("变色鸢尾" if a - b > 0 else "=维吉尼亚")
            width = "?" if index % 13 == 5 else f"{b:.3f}"
            writer.writerow([f"{a:.3f}", width, rng.choice(["red", "blue", "-green"]), label])
    return path


def write_regression_csv(path, rows=80, seed=1):
    """y = 3·x1 − 2·x2 + 40 plus noise, in units far from 0 so target scaling matters."""
    rng = np.random.default_rng(seed)
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["x1", "x2", "price"])
        for _ in range(rows):
            x1, x2 = rng.uniform(0, 10, size=2)
            writer.writerow(
                [f"{x1:.2f}", f"{x2:.2f}", f"{3 * x1 - 2 * x2 + 40 + rng.normal():.2f}"]
            )
    return path


def train_project(csv_path, project_path, *, target, hidden, epochs=15, **config):
    """Train a network on ``csv_path`` with the engine and save it with save_trained."""
    table = read_csv(csv_path)
    preprocess = PreprocessConfig(target=target, **config)
    prepared = prepare(table, preprocess)
    spec = {**network_spec.DEFAULT_NETWORK, "hidden": network_spec.parse_hidden(hidden)}
    model = network_spec.build_network(
        spec, prepared.x_train.shape[1], prepared.n_outputs, prepared.task, seed=0
    )
    settings = {
        **optimizers.DEFAULT_TRAINING,
        "optimizer": "adam",
        "learning_rate": 0.01,
        "epochs": epochs,
        "batch_size": 16,
    }
    optimizer, batch_size = optimizers.from_settings(settings)
    _activation, loss = network_spec.output_defaults(prepared.task, prepared.n_outputs)
    model.compile(
        optimizer=optimizer,
        loss=loss,
        metrics=["accuracy"] if prepared.task == "classification" else None,
    )
    history = model.fit(
        prepared.x_train,
        prepared.y_train,
        epochs=epochs,
        batch_size=batch_size,
        validation_data=(prepared.x_val, prepared.y_val),
        shuffle=True,
    )
    project = save_trained(
        project_path,
        table=table,
        config=preprocess,
        prepared=prepared,
        model=model,
        training_settings=settings,
        network_spec=spec,
        history=history,
    )
    return project, table, prepared, model


@pytest.fixture
def classification_csv(tmp_path):
    return write_classification_csv(tmp_path / "iris_like.csv")


@pytest.fixture
def regression_csv(tmp_path):
    return write_regression_csv(tmp_path / "prices.csv")


@pytest.fixture
def classification_project(tmp_path, classification_csv):
    path = tmp_path / "iris_like.bpproj"
    project, table, prepared, model = train_project(
        classification_csv,
        path,
        target="类别",
        hidden="6:tanh,5:leaky_relu",
        missing="mean",
        test_split=0.2,
    )
    return path, project, table, prepared, model


@pytest.fixture
def regression_project(tmp_path, regression_csv):
    path = tmp_path / "prices.bpproj"
    project, table, prepared, model = train_project(
        regression_csv,
        path,
        target="price",
        hidden="8:elu",
        scale_target=True,
        scaling="minmax11",
        test_split=0.25,
    )
    return path, project, table, prepared, model


@pytest.fixture
def trainer():
    """``train_project(csv_path, project_path, target=..., hidden=..., **config)``."""
    return train_project
