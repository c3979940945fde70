"""Callbacks run by the training loop: History, EarlyStopping, LearningRateScheduler.

Epoch indices passed to the hooks are 0-based, as in Keras; reports and messages count
epochs from 1.
"""

from __future__ import annotations

import logging
import math

import numpy as np

from bpstudio.engine.errors import invalid_argument

logger = logging.getLogger(__name__)


class Callback:
    """Base class with no-op hooks; ``model`` is set before training starts."""

    def __init__(self):
        self.model = None

    def set_model(self, model) -> None:
        self.model = model

    def on_train_begin(self, logs=None) -> None: ...

    def on_train_end(self, logs=None) -> None: ...

    def on_epoch_begin(self, epoch: int, logs=None) -> None: ...

    def on_epoch_end(self, epoch: int, logs=None) -> None: ...

    def on_batch_end(self, batch: int, logs=None) -> None: ...


class History(Callback):
    """Records the logs of every finished epoch: ``history["loss"][i]`` is epoch i + 1."""

    def __init__(self):
        super().__init__()
        self.history: dict[str, list[float]] = {}
        self.epoch: list[int] = []

    def on_epoch_end(self, epoch, logs=None):
        self.epoch.append(epoch)
        for key, value in (logs or {}).items():
            self.history.setdefault(key, []).append(value)


class EarlyStopping(Callback):
    """Stop training when ``monitor`` has not improved for ``patience`` epochs.

    Args:
        monitor: a log key such as "val_loss" or "val_accuracy". When it is missing (no
            validation data) the training "loss" is watched instead, with a logged warning.
        min_delta: the smallest change that counts as an improvement.
        patience: epochs without improvement before stopping.
        mode: "min", "max" or "auto" (max for names containing "acc" or "r2", else min).
        restore_best_weights: put back the weights of the best epoch when training ends,
            whether it stopped early or ran out of epochs.
        start_from_epoch: epochs to wait before watching (warm-up).
    """

    def __init__(
        self,
        monitor="val_loss",
        min_delta=0.0,
        patience=0,
        mode="auto",
        restore_best_weights=False,
        start_from_epoch=0,
    ):
        super().__init__()
        if mode not in ("auto", "min", "max"):
            raise invalid_argument("mode", "'auto', 'min' or 'max'", mode)
        if int(patience) < 0:
            raise invalid_argument("patience", "an integer >= 0", patience)
        self.monitor = monitor
        self.min_delta = abs(float(min_delta))
        self.patience = int(patience)
        self.restore_best_weights = bool(restore_best_weights)
        self.start_from_epoch = int(start_from_epoch)
        if mode == "auto":
            mode = "max" if ("acc" in monitor or "r2" in monitor) else "min"
        self.mode = mode
        self.best = math.inf if mode == "min" else -math.inf
        self.best_epoch = None
        self.best_weights = None
        self.wait = 0
        self.stopped_epoch = None
        self._warned = False

    def on_train_begin(self, logs=None):
        self.best = math.inf if self.mode == "min" else -math.inf
        self.best_epoch = None
        self.best_weights = None
        self.wait = 0
        self.stopped_epoch = None

    def _improved(self, value) -> bool:
        if self.mode == "min":
            return value < self.best - self.min_delta
        return value > self.best + self.min_delta

    def _current(self, logs):
        if self.monitor in logs:
            return logs[self.monitor]
        if not self._warned:
            logger.warning(
                "EarlyStopping: %r is not in the logs %s; watching 'loss' instead",
                self.monitor,
                sorted(logs),
            )
            self._warned = True
        return logs.get("loss")

    def on_epoch_end(self, epoch, logs=None):
        current = self._current(logs or {})
        if current is None or epoch < self.start_from_epoch or not np.isfinite(current):
            return
        if self._improved(current):
            self.best = current
            self.best_epoch = epoch
            self.wait = 0
            if self.restore_best_weights:
                self.best_weights = self.model.get_weights()
            return
        self.wait += 1
        if self.wait >= self.patience:
            self.stopped_epoch = epoch
            self.model.stop_training = True
            self._restore()

    def on_train_end(self, logs=None):
        if self.stopped_epoch is None:
            self._restore()

    def _restore(self) -> None:
        if self.restore_best_weights and self.best_weights is not None:
            logger.info("EarlyStopping: restoring the weights of epoch %d", self.best_epoch + 1)
            self.model.set_weights(self.best_weights)


class LearningRateScheduler(Callback):
    """Set the learning rate at the start of each epoch to ``schedule(epoch, current_rate)``.

    ``epoch`` is 0-based, as in Keras. The rate used is added to the logs as "learning_rate".
    """

    def __init__(self, schedule):
        super().__init__()
        if not callable(schedule):
            raise invalid_argument(
                "schedule", "a function (epoch, learning_rate) -> rate", schedule
            )
        self.schedule = schedule

    def on_epoch_begin(self, epoch, logs=None):
        rate = float(self.schedule(epoch, self.model.optimizer.learning_rate))
        self.model.optimizer.learning_rate = rate

    def on_epoch_end(self, epoch, logs=None):
        if logs is not None:
            logs["learning_rate"] = self.model.optimizer.learning_rate
