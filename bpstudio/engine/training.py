"""The training loop as a generator of :class:`TrainingReport` objects, and ``fit`` on top.

The loop reads ``model.optimizer`` (and its ``learning_rate``) before every batch, so both may
be replaced between yields, and checks ``model.stop_training`` between batches, so another
thread can stop it. The loss and the gradients are checked after each batch (the gradients
through their sum, which is non-finite whenever one of them is), and the weights at the end of
each epoch. The first non-finite quantity restores the weights saved at the end of the last
finite epoch and raises :class:`DivergenceError`.
"""

from __future__ import annotations

import logging
import math
import time
from dataclasses import dataclass

import numpy as np

from bpstudio.data.loader import DataLoader, Dataset
from bpstudio.engine.callbacks import History
from bpstudio.engine.errors import DivergenceError, invalid_argument
from bpstudio.engine.evaluation import evaluate_arrays
from bpstudio.engine.validation import QuietFloatingPoint, all_finite, first_non_finite_row
from bpstudio.errors import TrainingError

logger = logging.getLogger(__name__)


@dataclass
class TrainingReport:
    """A snapshot yielded by ``iter_fit``; every array in it is a copy.

    ``batch`` is the 1-based batch just finished on a mid-epoch report and None on an
    epoch-end report. ``stopped`` is True on the last report of a run stopped mid-epoch.
    """

    epoch: int
    epochs: int
    batch: int | None
    batches_per_epoch: int
    is_epoch_end: bool
    samples_seen: int
    logs: dict[str, float]
    weights: list[np.ndarray]
    gradients: list[np.ndarray] | None
    learning_rate: float
    elapsed: float
    samples_per_second: float
    stopped: bool = False


def iter_fit(
    model,
    x,
    y=None,
    *,
    epochs=1,
    batch_size=None,
    validation_data=None,
    validation_split=0.0,
    shuffle=True,
    callbacks=(),
    initial_epoch=0,
    report_every=None,
    include_gradients=False,
):
    """Check the arguments and return the training generator.

    Args:
        x, y: inputs ``(n, n_features)`` and targets ``(n, units)`` (``(n,)`` for one unit).
            ``x`` may also be a ``Dataset`` (y omitted) or a ``DataLoader``, whose batch size
            and shuffle setting then apply.
        epochs: index of the last epoch, as in Keras: trains epochs ``initial_epoch + 1`` to
            ``epochs``.
        batch_size: samples per gradient step; None uses the whole training set in one batch
            (full-batch gradient descent). The last batch of an epoch may be smaller; the
            epoch loss weights each batch by its size.
        validation_data: ``(x_val, y_val)``, evaluated after each epoch.
        validation_split: fraction of the samples, taken from the end before any shuffling
            (as in Keras), held out for validation; ignored when validation_data is given.
        shuffle: reshuffle the training samples every epoch (seeded by the model's seed and
            the count of epochs trained, so reruns are identical).
        callbacks: Callback objects.
        report_every: also yield a report every N batches within an epoch.
        include_gradients: add the last batch's gradients to each report.

    The generator returns "completed" or "stopped" (``stop_training`` was set).
    """
    model._require_compiled()
    if isinstance(x, DataLoader):
        batch_size, shuffle = x.batch_size, x.shuffle
        x = x.dataset
    if isinstance(x, Dataset):
        x, y = x.x, x.y
    x = model.prepare_inputs(x)
    y = model.prepare_targets(y, x.shape[0])
    x, y, validation = _split(model, x, y, validation_data, validation_split)
    if x.shape[0] == 0:
        raise TrainingError("training.empty_data", which="training")
    if batch_size is not None and (
        isinstance(batch_size, bool) or int(batch_size) != batch_size or batch_size < 1
    ):
        raise invalid_argument("batch_size", "a positive integer or None", batch_size)
    if report_every is not None and int(report_every) < 1:
        raise invalid_argument("report_every", "a positive integer or None", report_every)
    n = x.shape[0]
    batch = n if batch_size is None else min(int(batch_size), n)
    # One batch holding every sample gives the same gradient in any order, so it is not shuffled.
    loader = DataLoader(
        Dataset(x, y),
        batch_size=batch,
        shuffle=shuffle and batch < n,
        seed=model.seed,
        reuse_buffers=True,
    )
    # Reset here rather than when the generator starts, so that a stop requested between
    # creating the generator and its first step is not lost.
    model.stop_training = False
    run = _Run(
        model,
        loader,
        validation,
        list(callbacks),
        int(epochs),
        int(initial_epoch),
        report_every,
        include_gradients,
    )
    return run.generate()


def fit(model, x, y=None, *, epochs=1, batch_size=32, callbacks=(), verbose=0, **options):
    """Train to the end and return the :class:`History` (also stored in ``model.history``).

    ``batch_size`` defaults to 32 as in Keras; pass None for full-batch gradient descent.
    ``verbose`` > 0 logs each epoch's logs at INFO level instead of printing them. Other
    options are those of :func:`iter_fit`. On :class:`DivergenceError` the history of the
    finite epochs stays in ``model.history`` and in the error's ``history`` attribute.
    """
    history = History()
    model.history = history
    generator = iter_fit(
        model,
        x,
        y,
        epochs=epochs,
        batch_size=batch_size,
        callbacks=[history, *callbacks],
        **options,
    )
    try:
        for report in generator:
            if verbose and report.is_epoch_end:
                logger.info("epoch %d/%d: %s", report.epoch, report.epochs, report.logs)
    except DivergenceError as error:
        error.history = history
        raise
    return history


def _split(model, x, y, validation_data, validation_split):
    if validation_data is not None:
        x_val, y_val = validation_data[0], validation_data[1]
        x_val = model.prepare_inputs(x_val, which="validation inputs")
        y_val = model.prepare_targets(y_val, x_val.shape[0])
        _check_finite_validation(x_val, y_val)
        return x, y, (x_val, y_val)
    if not validation_split:
        return x, y, None
    n = x.shape[0]
    held_out = int(n * float(validation_split))
    if not 0 < validation_split < 1 or held_out < 1 or held_out >= n:
        raise TrainingError("training.invalid_split", value=validation_split, samples=n)
    _check_finite_validation(x[-held_out:], y[-held_out:])
    return x[:-held_out], y[:-held_out], (x[-held_out:], y[-held_out:])


def _check_finite_validation(x_val, y_val) -> None:
    # A NaN here would only show as a NaN validation curve, so it is rejected up front.
    for which, array in (("validation inputs", x_val), ("validation targets", y_val)):
        row = first_non_finite_row(array)
        if row is not None:
            raise TrainingError("training.non_finite_data", which=which, row=row)


#: Returned by an epoch that was stopped before its first batch.
_STOPPED = object()


class _Run:
    """State of one training run; ``generate`` is the generator ``iter_fit`` returns."""

    def __init__(
        self,
        model,
        loader,
        validation,
        callbacks,
        epochs,
        initial_epoch,
        report_every,
        include_gradients,
    ):
        self.model = model
        self.loader = loader
        self.validation = validation
        self.callbacks = callbacks
        self.epochs = epochs
        self.initial_epoch = initial_epoch
        self.report_every = report_every
        self.include_gradients = include_gradients
        self.samples_seen = 0
        self.start = 0.0

    def generate(self):
        model = self.model
        for callback in self.callbacks:
            callback.set_model(model)
            callback.on_train_begin({})
        self.start = time.perf_counter()
        # Weights at the end of the last finite epoch, restored on divergence.
        self.finite_weights = model.parameters().copy()
        reason = "completed"
        try:
            for epoch in range(self.initial_epoch, self.epochs):
                for callback in self.callbacks:
                    callback.on_epoch_begin(epoch, {})
                stopped_report = yield from self._epoch(epoch)
                if stopped_report is not None:
                    reason = "stopped"
                    if stopped_report is not _STOPPED:
                        yield stopped_report
                    break
                with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
                    report = self._end_epoch(epoch)
                yield report
                if model.stop_training:
                    reason = "stopped"
                    break
        finally:
            for callback in self.callbacks:
                callback.on_train_end({})
        return reason

    def _epoch(self, epoch):
        """Run the batches of one epoch; return a report if stop_training interrupted it."""
        model, loader = self.model, self.loader
        head = model.head()
        params, grads = model._params, model._grads
        kernel_grads, bias_grads = model._kernel_grads, model._bias_grads
        metrics = model.metrics
        for metric in metrics:
            metric.reset()
        loader.set_epoch(model.epochs_trained)
        self.loss_sum, self.count = 0.0, 0
        report_every = self.report_every
        n_batches = len(loader)
        quiet = QuietFloatingPoint()
        quiet.enter()
        try:
            for batch_index, (xb, yb) in enumerate(loader, 1):
                if model.stop_training:
                    if not self.count:
                        return _STOPPED
                    return self._report(epoch, batch_index - 1, stopped=True)
                workspace = model.workspace(xb.shape[0])
                loss = workspace.forward_backward(xb, yb, head, kernel_grads, bias_grads)

                if not math.isfinite(loss):
                    self._diverge(epoch, batch_index, "loss")
                if not all_finite(grads):
                    self._diverge(epoch, batch_index, "gradients")
                model.optimizer.update([params], [grads])

                size = xb.shape[0]
                self.loss_sum += loss * size
                self.count += size
                self.samples_seen += size
                for metric in metrics:
                    metric.update(yb, workspace.a[-1])
                if report_every and batch_index % report_every == 0 and batch_index < n_batches:
                    quiet.exit()
                    yield self._report(epoch, batch_index)
                    quiet.enter()
        finally:
            quiet.exit()
        return None

    def _end_epoch(self, epoch) -> TrainingReport:
        model = self.model
        params = model.parameters()
        if not all_finite(params):
            self._diverge(epoch, None, "weights")
        logs = self._logs()
        if self.validation is not None:
            val_logs = evaluate_arrays(model, *self.validation, chunk=4096)
            logs.update({f"val_{key}": value for key, value in val_logs.items()})
        model.epochs_trained += 1
        for callback in self.callbacks:
            callback.on_epoch_end(epoch, logs)
        self.finite_weights[...] = params
        return self._report(epoch, None, logs=logs)

    def _logs(self) -> dict[str, float]:
        # The batch losses already include the L2 penalty of the weights at each batch.
        logs = {"loss": self.loss_sum / self.count}
        for metric in self.model.metrics:
            logs[metric.name] = metric.result()
        return logs

    def _report(self, epoch, batch, *, logs=None, stopped=False) -> TrainingReport:
        model = self.model
        elapsed = time.perf_counter() - self.start
        gradients = model._gradient_copies() if self.include_gradients else None
        return TrainingReport(
            epoch=epoch + 1,
            epochs=self.epochs,
            batch=batch,
            batches_per_epoch=len(self.loader),
            is_epoch_end=batch is None,
            samples_seen=self.samples_seen,
            logs=logs if logs is not None else self._logs(),
            weights=model.get_weights(),
            gradients=gradients,
            learning_rate=model.optimizer.learning_rate,
            elapsed=elapsed,
            samples_per_second=self.samples_seen / elapsed if elapsed > 0 else 0.0,
            stopped=stopped,
        )

    def _diverge(self, epoch, batch, quantity):
        model = self.model
        model.parameters()[...] = self.finite_weights
        model.optimizer.reset()
        dataset = self.loader.dataset
        for which, array in (("inputs", dataset.x), ("targets", dataset.y)):
            row = first_non_finite_row(array)
            if row is not None:
                raise TrainingError("training.non_finite_data", which=which, row=row)
        logger.warning(
            "training diverged in epoch %d (batch %s): non-finite %s", epoch + 1, batch, quantity
        )
        raise DivergenceError(
            epoch=epoch + 1,
            batch=batch,
            quantity=quantity,
            learning_rate=model.optimizer.learning_rate,
        )
