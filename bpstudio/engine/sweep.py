"""Hidden-node sweep: train the same network with a range of hidden-layer sizes.

Chinese BP courses teach the empirical rule h = √(m + n) + a for the number of hidden
neurons, with m inputs, n outputs and a constant a from 1 to 10. :func:`empirical_sizes`
gives those sizes and :func:`hidden_size_sweep` trains one network per size (and per seed)
with everything else fixed, yielding the validation error of each.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import numpy as np

from bpstudio.engine import network_spec, optimizers


@dataclass(frozen=True)
class SweepPoint:
    """The result of one trained network in a sweep.

    ``val_error`` is the validation error rate (1 − accuracy) for classification and the
    validation mean squared error for regression; ``val_loss`` is the compiled loss.
    """

    size: int
    seed: int
    val_error: float
    val_loss: float
    train_loss: float
    epochs: int


def empirical_sizes(n_inputs: int, n_outputs: int, a_values: Iterable[int] = range(1, 11)):
    """Return the sizes round(√(m + n)) + a, without duplicates, in increasing order."""
    base = round(math.sqrt(n_inputs + n_outputs))
    return sorted({max(1, base + int(a)) for a in a_values})


def _validation_error(model, x_val, y_val, task: str) -> float:
    prediction = model.predict(x_val)
    if task == "classification":
        if prediction.shape[1] == 1:
            predicted = (prediction[:, 0] >= 0.5).astype(int)
            actual = (y_val[:, 0] >= 0.5).astype(int)
        else:
            predicted = prediction.argmax(axis=1)
            actual = y_val.argmax(axis=1)
        return float(np.mean(predicted != actual))
    return float(np.mean((prediction - y_val) ** 2))


def hidden_size_sweep(
    network: dict,
    training: dict,
    data: tuple,
    task: str,
    sizes: Iterable[int],
    seeds: Iterable[int] = (0,),
    layer: int = 0,
    should_stop: Callable[[], bool] | None = None,
) -> Iterator[SweepPoint]:
    """Train one network per (size, seed) and yield its :class:`SweepPoint`.

    Args:
        network: the network spec dict; hidden layer ``layer`` gets each size in turn.
        training: the training settings dict (optimizer, learning rate, batch size, epochs).
        data: ``(x_train, y_train, x_val, y_val)``; the validation split must not be empty.
        task: "classification" or "regression".
        should_stop: called between epochs; returning True ends the sweep early.
    """
    x_train, y_train, x_val, y_val = data
    if len(x_val) == 0:
        raise ValueError("the hidden-node sweep needs a validation split with at least one row")
    if not network.get("hidden"):
        raise ValueError("the hidden-node sweep needs at least one hidden layer")
    epochs = int(training.get("epochs", 100))
    for size in sizes:
        for seed in seeds:
            spec = copy.deepcopy(network)
            spec["hidden"][layer]["units"] = int(size)
            model = network_spec.build_network(
                spec,
                n_inputs=x_train.shape[1],
                n_outputs=y_train.shape[1],
                task=task,
                seed=int(seed),
            )
            optimizer, batch_size = optimizers.from_settings(training)
            activation, loss = network_spec.output_defaults(task, y_train.shape[1])
            if spec.get("loss", "auto") != "auto":
                loss = spec["loss"]
            model.compile(optimizer=optimizer, loss=loss)
            reports = model.iter_fit(
                x_train,
                y_train,
                epochs=epochs,
                batch_size=batch_size,
                validation_data=(x_val, y_val),
                shuffle=True,
            )
            last = None
            for report in reports:
                if report.is_epoch_end:
                    last = report
                if should_stop is not None and should_stop():
                    reports.close()
                    return
            logs = last.logs if last is not None else {}
            yield SweepPoint(
                size=int(size),
                seed=int(seed),
                val_error=_validation_error(model, x_val, y_val, task),
                val_loss=float(logs.get("val_loss", float("nan"))),
                train_loss=float(logs.get("loss", float("nan"))),
                epochs=last.epoch if last is not None else 0,
            )
