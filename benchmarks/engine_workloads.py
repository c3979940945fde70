"""The two reference training workloads, written for each implementation being compared.

Each ``run_*`` function builds a fresh model, trains it on the given arrays and returns a
:class:`Timing` of the training alone (data generation and model construction are not timed).
"""

from __future__ import annotations

import time
import warnings
from dataclasses import dataclass

import numpy as np

BIG_LAYERS = (784, 128, 64, 10)
BIG_SAMPLES = 60_000
BIG_BATCH = 128
SMALL_LAYERS = (2, 16, 16, 1)
SMALL_SAMPLES = 1_000
SMALL_BATCH = 32
SMALL_EPOCHS = 100
LEARNING_RATE = 1e-3


@dataclass
class Timing:
    """Wall-clock seconds and CPU seconds of this process (all its threads) for one run."""

    wall: float
    cpu: float


class Stopwatch:
    """Measure wall-clock and process CPU time from construction to ``stop()``."""

    def __init__(self):
        self.wall = time.perf_counter()
        self.cpu = time.process_time()

    def stop(self) -> Timing:
        return Timing(time.perf_counter() - self.wall, time.process_time() - self.cpu)


def big_data(seed=0):
    """60,000 × 784 uniform float32 inputs and one-hot labels for 10 random classes."""
    rng = np.random.default_rng(seed)
    x = rng.random((BIG_SAMPLES, BIG_LAYERS[0]), dtype=np.float32)
    labels = rng.integers(0, BIG_LAYERS[-1], BIG_SAMPLES)
    return x, np.eye(BIG_LAYERS[-1], dtype=np.float32)[labels], labels


def small_data(seed=0):
    """1,000 × 2 standard-normal float32 inputs labelled by the sign of x₁·x₂ (XOR-like)."""
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(SMALL_SAMPLES, 2)).astype(np.float32)
    labels = (x[:, 0] * x[:, 1] > 0).astype(np.int64)
    return x, labels[:, None].astype(np.float32), labels


def big_epoch_flops():
    """FLOPs of one epoch: forward and weight gradients of every layer, input gradients of
    all but the first (2·n·m·k per n×m by m×k product)."""
    pairs = list(zip(BIG_LAYERS[:-1], BIG_LAYERS[1:], strict=True))
    weights = sum(a * b for a, b in pairs)
    return 2 * BIG_SAMPLES * (3 * weights - pairs[0][0] * pairs[0][1])


# BP Studio -------------------------------------------------------------------------------------


def run_engine(x, y, layers, hidden, output, loss, batch, epochs):
    from bpstudio.engine import Dense, Sequential
    from bpstudio.engine.optimizers import Adam

    model = Sequential(seed=0)
    model.add(Dense(layers[1], input_shape=(layers[0],), activation=hidden))
    for units in layers[2:-1]:
        model.add(Dense(units, activation=hidden))
    model.add(Dense(layers[-1], activation=output))
    model.compile(optimizer=Adam(learning_rate=LEARNING_RATE), loss=loss)
    watch = Stopwatch()
    model.fit(x, y, epochs=epochs, batch_size=batch)
    return watch.stop()


# A plain NumPy loop, as a course exercise would write it -------------------------------------


def run_numpy(x, y, layers, hidden, batch, epochs, softmax_output):
    rng = np.random.default_rng(0)
    weights = []
    for n_in, n_out in zip(layers[:-1], layers[1:], strict=True):
        limit = np.sqrt(6 / (n_in + n_out))
        weights.append(rng.uniform(-limit, limit, (n_in, n_out)).astype(np.float32))
        weights.append(np.zeros(n_out, np.float32))
    moments = [np.zeros_like(w) for w in weights]
    squares = [np.zeros_like(w) for w in weights]
    step = 0
    watch = Stopwatch()
    for _ in range(epochs):
        order = rng.permutation(len(x))
        for begin in range(0, len(x), batch):
            index = order[begin : begin + batch]
            grads = _numpy_gradients(weights, x[index], y[index], hidden, softmax_output)
            step += 1
            _numpy_adam(weights, grads, moments, squares, step)
    return watch.stop()


def _numpy_gradients(weights, xb, yb, hidden, softmax_output):
    activations = [xb]
    n_layers = len(weights) // 2
    for i in range(n_layers):
        z = activations[-1] @ weights[2 * i] + weights[2 * i + 1]
        if i < n_layers - 1:
            a = np.maximum(z, 0) if hidden == "relu" else 1 / (1 + np.exp(-z))
        elif softmax_output:
            e = np.exp(z - z.max(axis=1, keepdims=True))
            a = e / e.sum(axis=1, keepdims=True)
        else:
            a = 1 / (1 + np.exp(-z))
        activations.append(a)
    delta = (activations[-1] - yb) / np.float32(len(xb))
    grads = [None] * len(weights)
    for i in range(n_layers - 1, -1, -1):
        grads[2 * i] = activations[i].T @ delta
        grads[2 * i + 1] = delta.sum(axis=0)
        if i > 0:
            a = activations[i]
            derivative = (a > 0) if hidden == "relu" else a * (1 - a)
            delta = (delta @ weights[2 * i].T) * derivative
    return grads


def _numpy_adam(weights, grads, moments, squares, step, b1=0.9, b2=0.999, eps=1e-7):
    alpha = np.float32(LEARNING_RATE * np.sqrt(1 - b2**step) / (1 - b1**step))
    for w, g, m, v in zip(weights, grads, moments, squares, strict=True):
        m *= np.float32(b1)
        m += np.float32(1 - b1) * g
        v *= np.float32(b2)
        v += np.float32(1 - b2) * g * g
        w -= alpha * m / (np.sqrt(v) + np.float32(eps))


# PyTorch ---------------------------------------------------------------------------------------


def run_torch(x, labels, layers, hidden, batch, epochs, binary):
    import torch

    torch.manual_seed(0)
    modules = []
    for n_in, n_out in zip(layers[:-2], layers[1:-1], strict=True):
        modules += [
            torch.nn.Linear(n_in, n_out),
            torch.nn.ReLU() if hidden == "relu" else torch.nn.Sigmoid(),
        ]
    modules.append(torch.nn.Linear(layers[-2], layers[-1]))
    model = torch.nn.Sequential(*modules)
    optimizer = torch.optim.Adam(model.parameters(), lr=LEARNING_RATE, eps=1e-7)
    if binary:
        criterion = torch.nn.BCEWithLogitsLoss()
        targets = torch.from_numpy(labels.astype(np.float32)[:, None])
    else:
        criterion = torch.nn.CrossEntropyLoss()
        targets = torch.from_numpy(labels)
    inputs = torch.from_numpy(x)
    watch = Stopwatch()
    for _ in range(epochs):
        order = torch.randperm(len(inputs))
        for begin in range(0, len(inputs), batch):
            index = order[begin : begin + batch]
            optimizer.zero_grad(set_to_none=True)
            loss = criterion(model(inputs[index]), targets[index])
            loss.backward()
            optimizer.step()
    return watch.stop()


# scikit-learn ----------------------------------------------------------------------------------


def run_sklearn(x, labels, layers, hidden, batch, epochs):
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.neural_network import MLPClassifier

    model = MLPClassifier(
        hidden_layer_sizes=layers[1:-1],
        activation="relu" if hidden == "relu" else "logistic",
        solver="adam",
        alpha=0.0,
        batch_size=batch,
        learning_rate_init=LEARNING_RATE,
        max_iter=epochs,
        shuffle=True,
        random_state=0,
        tol=0.0,
        n_iter_no_change=epochs + 1,
        epsilon=1e-7,
    )
    watch = Stopwatch()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        model.fit(x, labels)
    return watch.stop()
