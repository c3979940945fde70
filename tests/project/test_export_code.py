"""Exported Keras, PyTorch and NumPy scripts reproduce the app's predictions."""

import csv
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import unicodedata

import numpy as np
import pytest

from bpstudio.data import PreprocessConfig, cells, prepare, read_csv
from bpstudio.engine import Dense, Sequential
from bpstudio.project import load_project, save_trained, write_predictions
from bpstudio.project.export import export_project
from bpstudio.project.export.script_parts import CELL_READING

HAS_TORCH = importlib.util.find_spec("torch") is not None
HAS_KERAS = importlib.util.find_spec("keras") is not None
FRAMEWORKS = [
    "numpy",
    pytest.param("pytorch", marks=pytest.mark.skipif(not HAS_TORCH, reason="torch not installed")),
    pytest.param("keras", marks=pytest.mark.skipif(not HAS_KERAS, reason="keras not installed")),
]


def read_output(path):
    with open(path, encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


def run_script(script, data, output):
    result = subprocess.run(
        [sys.executable, str(script), str(data), "-o", str(output)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return read_output(output)


def assert_same_predictions(app_rows, script_rows, first_prediction_column):
    assert script_rows[0] == app_rows[0]
    assert len(script_rows) == len(app_rows)
    for app_row, script_row in zip(app_rows[1:], script_rows[1:], strict=True):
        app_values = app_row[first_prediction_column:]
        script_values = script_row[first_prediction_column:]
        assert [value == "" for value in script_values] == [value == "" for value in app_values]
        for app_value, script_value in zip(app_values, script_values, strict=True):
            try:
                expected = float(app_value)
            except ValueError:
                assert script_value == app_value
                continue
            # float32 rounding: the frameworks sum in different orders.
            assert float(script_value) == pytest.approx(expected, rel=2e-5, abs=2e-6)


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_script_reproduces_classification(tmp_path, classification_project, framework):
    path, *_ = classification_project
    data = tmp_path / "new.csv"
    data.write_text(
        "花萼长度,width,colour,类别\n"
        "1.5,0.2,red,山鸢尾\n"
        "０.9,−1.1,purple,\n"
        "-1.2,?,blue,x\n"
        " 2.5 , 3 ,-green,=维吉尼亚\n",
        encoding="utf-8",
    )
    project = load_project(path)
    write_predictions(project, read_csv(data), tmp_path / "app.csv")

    script, weights = export_project(project, framework, tmp_path / f"model_{framework}.py")

    assert weights.name == f"model_{framework}_weights.npz"
    app_rows = read_output(tmp_path / "app.csv")
    script_rows = run_script(script, data, tmp_path / "script.csv")
    assert_same_predictions(app_rows, script_rows, first_prediction_column=4)


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_script_reproduces_regression(tmp_path, regression_project, regression_csv, framework):
    path, *_ = regression_project
    project = load_project(path)
    write_predictions(project, read_csv(regression_csv), tmp_path / "app.csv")

    script, _weights = export_project(project, framework, tmp_path / "prices.py")

    app_rows = read_output(tmp_path / "app.csv")
    script_rows = run_script(script, regression_csv, tmp_path / "script.csv")
    assert app_rows[0][-1] == "predicted_price"
    assert_same_predictions(app_rows, script_rows, first_prediction_column=3)


def every_activation_project(tmp_path, dtype_csv):
    """A network using every activation, a layer without bias, and untrained weights."""
    table = read_csv(dtype_csv)
    config = PreprocessConfig(target="price", scaling="standard", missing="median")
    prepared = prepare(table, config)
    model = Sequential(
        [
            Dense(5, input_shape=(prepared.x_train.shape[1],), activation="sigmoid"),
            Dense(4, activation="relu", use_bias=False),
            Dense(4, activation="leaky_relu"),
            Dense(3, activation="elu"),
            Dense(3, activation="tanh"),
            Dense(1, activation="linear"),
        ],
        seed=3,
    )
    model.compile(optimizer="rmsprop", loss="bp_error")
    path = tmp_path / "every.bpproj"
    save_trained(
        path,
        table=table,
        config=config,
        prepared=prepared,
        model=model,
        training_settings={"optimizer": "rmsprop", "learning_rate": 0.001, "epochs": 1},
        network_spec={},
        history=None,
    )
    return path


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_script_covers_every_activation(tmp_path, regression_csv, framework):
    project = load_project(every_activation_project(tmp_path, regression_csv))
    write_predictions(project, read_csv(regression_csv), tmp_path / "app.csv")

    script, _weights = export_project(project, framework, tmp_path / "every.py")

    source = script.read_text(encoding="utf-8")
    assert "bp_error" in source or framework == "numpy"
    script_rows = run_script(script, regression_csv, tmp_path / "script.csv")
    assert_same_predictions(read_output(tmp_path / "app.csv"), script_rows, 3)


def test_keras_script_reads_like_hand_written_code(tmp_path, classification_project):
    path, *_ = classification_project
    script, _weights = export_project(load_project(path), "keras", tmp_path / "k.py")
    source = script.read_text(encoding="utf-8")

    assert "import keras\nfrom keras import layers\n" in source
    assert "keras.Sequential(" in source
    assert "keras.Input(shape=(5,))," in source
    assert 'layers.Dense(6, activation="tanh"),' in source
    assert "layers.Dense(5)," in source
    assert "layers.LeakyReLU(negative_slope=0.01)," in source
    assert 'layers.Dense(3, activation="softmax"),' in source
    assert "keras.optimizers.Adam(" in source
    assert 'loss="categorical_crossentropy"' in source
    assert "model.set_weights(" in source


def test_pytorch_script_trains(tmp_path, classification_project):
    pytest.importorskip("torch")
    path, _project, _table, prepared, _model = classification_project
    script, _weights = export_project(load_project(path), "pytorch", tmp_path / "t.py")
    np.save(tmp_path / "x.npy", prepared.x_train)
    np.save(tmp_path / "y.npy", prepared.y_train)
    probe = (
        "import runpy, sys, numpy as np, torch\n"
        f"ns = runpy.run_path({str(script)!r})\n"
        "model = ns['build_model'](); ns['load_weights'](model)\n"
        f"x = np.load({str(tmp_path / 'x.npy')!r}); y = np.load({str(tmp_path / 'y.npy')!r})\n"
        "before = float(ns['loss_function'](model, model(torch.from_numpy(x)), "
        "torch.from_numpy(y)))\n"
        "ns['train'](model, x, y, epochs=3)\n"
        "after = float(ns['loss_function'](model, model(torch.from_numpy(x)), "
        "torch.from_numpy(y)))\n"
        "print(before, after)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    before, after = map(float, result.stdout.split())
    assert np.isfinite(after)
    assert after < before * 1.05


@pytest.mark.parametrize("framework", ["keras", "pytorch", "numpy"])
def test_exported_script_has_no_undefined_names(tmp_path, classification_project, framework):
    if shutil.which("ruff") is None:
        pytest.skip("ruff is not installed")
    path, *_ = classification_project
    script, _weights = export_project(load_project(path), framework, tmp_path / "s.py")

    result = subprocess.run(
        ["ruff", "check", "--isolated", "--select", "E9,F", "--line-length", "100", str(script)],
        capture_output=True,
        text=True,
    )

    assert result.returncode == 0, result.stdout


CELLS = [
    "1",
    "-2.5",
    ".5",
    "3504.",
    "1e-3",
    "1,234.5",
    "1.234,5",
    "3,5",
    "１２",
    "−3",
    "NA",
    "n/a",
    "?",
    "-",
    "",
    " 7 ",
    "inf",
    "nan",
    "1_000",
    "abc",
    "#N/A",
    "NULL",
    "１,５",
    "12,345",
]


@pytest.mark.parametrize("decimal", [".", ","])
def test_script_reads_cells_like_importer(decimal):
    namespace = {"re": re, "unicodedata": unicodedata, "csv": csv}
    exec(CELL_READING, namespace)

    for text in CELLS:
        normalized = cells.normalize_cell(text)
        assert namespace["normalize_cell"](text) == normalized, text
        assert namespace["is_missing"](normalized) == cells.is_missing(normalized), text
        assert namespace["parse_number"](normalized, decimal) == cells.parse_number(
            normalized, decimal
        ), text


# A stand-in for the parts of the Keras 3 API the exported script uses. Constructor
# signatures follow the Keras 3 reference (keras.io/api: Dense, LeakyReLU(negative_slope),
# ELU(alpha), SGD(learning_rate, momentum, nesterov), Adam(learning_rate, beta_1, beta_2,
# epsilon), RMSprop(learning_rate, rho, momentum, epsilon), Adagrad(learning_rate,
# initial_accumulator_value, epsilon)), so a wrong argument name fails here too.
KERAS_STAND_IN = """
import numpy as np
from . import layers, ops, optimizers, regularizers


class Input:
    def __init__(self, shape):
        self.shape = shape


class Sequential:
    def __init__(self, items):
        assert isinstance(items[0], Input)
        self.items = items

    def compile(self, optimizer, loss, metrics=None):
        self.optimizer, self.loss, self.metrics = optimizer, loss, metrics

    def set_weights(self, weights):
        weights = list(weights)
        for layer in self.items[1:]:
            if isinstance(layer, layers.Dense):
                layer.kernel = weights.pop(0)
                layer.bias = weights.pop(0) if layer.use_bias else None
        assert not weights, "set_weights got more arrays than the layers hold"

    def predict(self, x, verbose="auto"):
        for layer in self.items[1:]:
            x = layer(x)
        return np.asarray(x, dtype=np.float32)
"""
KERAS_LAYERS = """
import numpy as np

ACTIVATIONS = {
    None: lambda z: z,
    "linear": lambda z: z,
    "sigmoid": lambda z: 1 / (1 + np.exp(-z)),
    "tanh": np.tanh,
    "relu": lambda z: np.maximum(z, 0),
    "elu": lambda z: np.where(z > 0, z, np.expm1(np.minimum(z, 0))),
    "softmax": lambda z: np.exp(z - z.max(1, keepdims=True))
    / np.exp(z - z.max(1, keepdims=True)).sum(1, keepdims=True),
}


class Dense:
    def __init__(self, units, activation=None, use_bias=True, kernel_initializer=None,
                 bias_initializer=None, kernel_regularizer=None):
        self.units, self.activation, self.use_bias = units, ACTIVATIONS[activation], use_bias

    def __call__(self, x):
        z = x @ self.kernel
        return self.activation(z + self.bias if self.use_bias else z)


class LeakyReLU:
    def __init__(self, negative_slope=0.3):
        self.slope = negative_slope

    def __call__(self, x):
        return np.where(x > 0, x, self.slope * x)


class ELU:
    def __init__(self, alpha=1.0):
        self.alpha = alpha

    def __call__(self, x):
        return np.where(x > 0, x, self.alpha * np.expm1(np.minimum(x, 0)))
"""
KERAS_OPTIMIZERS = """
def SGD(learning_rate=0.01, momentum=0.0, nesterov=False):
    return ("sgd", learning_rate)


def Adam(learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-07, amsgrad=False):
    return ("adam", learning_rate)


def RMSprop(learning_rate=0.001, rho=0.9, momentum=0.0, epsilon=1e-07, centered=False):
    return ("rmsprop", learning_rate)


def Adagrad(learning_rate=0.001, initial_accumulator_value=0.1, epsilon=1e-07):
    return ("adagrad", learning_rate)
"""


@pytest.mark.skipif(HAS_KERAS, reason="the real Keras test runs instead")
@pytest.mark.parametrize("hidden", ["6:tanh,5:leaky_relu", "4:elu,3:relu,2:sigmoid"])
def test_keras_script_runs_on_api_stand_in(tmp_path, classification_csv, trainer, hidden):
    stand_in = tmp_path / "stand_in" / "keras"
    stand_in.mkdir(parents=True)
    (stand_in / "__init__.py").write_text(KERAS_STAND_IN)
    (stand_in / "layers.py").write_text(KERAS_LAYERS)
    (stand_in / "optimizers.py").write_text(KERAS_OPTIMIZERS)
    (stand_in / "ops.py").write_text("from numpy import sum, square  # noqa: F401\n")
    (stand_in / "regularizers.py").write_text("def L2(l2=0.01):\n    return l2\n")
    path = tmp_path / "k.bpproj"
    trainer(classification_csv, path, target="类别", hidden=hidden, missing="mean", epochs=2)
    project = load_project(path)
    write_predictions(project, read_csv(classification_csv), tmp_path / "app.csv")
    script, _weights = export_project(project, "keras", tmp_path / "k.py")

    result = subprocess.run(
        [sys.executable, str(script), str(classification_csv), "-o", str(tmp_path / "s.csv")],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(tmp_path / "stand_in")},
    )

    assert result.returncode == 0, result.stderr
    assert_same_predictions(read_output(tmp_path / "app.csv"), read_output(tmp_path / "s.csv"), 4)
