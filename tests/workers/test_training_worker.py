"""TrainingWorker against a scripted model, synchronously and on a real thread."""

import time
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QObject, Slot

from bpstudio.errors import TrainingError
from bpstudio.workers.thread import WorkerThread
from bpstudio.workers.training import TrainingJob, TrainingWorker


@dataclass
class Report:
    epoch: int
    epochs: int
    batch: int | None
    is_epoch_end: bool
    logs: dict = field(default_factory=dict)


class Optimizer:
    def __init__(self, learning_rate):
        self.learning_rate = learning_rate


class ScriptedModel:
    """A model whose iter_fit yields two batch reports and one epoch-end report per epoch."""

    def __init__(self, fail_at_epoch=None, batch_delay=0.0):
        self.stop_training = False
        self.optimizer = Optimizer(0.1)
        self.fail_at_epoch = fail_at_epoch
        self.batch_delay = batch_delay
        self.calls = []
        self.rates_seen = []

    def iter_fit(self, x, y, *, epochs, batch_size, initial_epoch, **kwargs):
        self.calls.append({"batch_size": batch_size, "initial_epoch": initial_epoch})
        for epoch in range(initial_epoch + 1, epochs + 1):
            for batch in (1, 2):
                time.sleep(self.batch_delay)
                if self.stop_training:
                    return
                yield Report(epoch, epochs, batch, False)
            if epoch == self.fail_at_epoch:
                raise TrainingError("training.test_failure", epoch=epoch)
            self.rates_seen.append(self.optimizer.learning_rate)
            yield Report(epoch, epochs, None, True, {"loss": 1.0 / epoch})


def run_sync(model, job, **kwargs):
    worker = TrainingWorker(model, job, **kwargs)
    finished, failed = [], []
    worker.finished.connect(finished.append)
    worker.failed.connect(failed.append)
    worker.run()
    return worker, finished, failed


def test_worker_completes_all_epochs():
    model = ScriptedModel()
    worker, finished, failed = run_sync(model, TrainingJob(x=None, y=None, epochs=5))

    assert finished == ["completed"]
    assert failed == []
    assert [epoch for epoch, _logs in worker.take_epoch_logs()] == [1, 2, 3, 4, 5]
    assert worker.take_epoch_logs() == []
    assert worker.last_epoch == 5


def test_worker_continues_from_initial_epoch():
    model = ScriptedModel()
    worker, finished, _ = run_sync(model, TrainingJob(x=None, y=None, epochs=5, initial_epoch=3))

    assert [epoch for epoch, _ in worker.take_epoch_logs()] == [4, 5]
    assert model.calls[0]["initial_epoch"] == 3


def test_worker_stopped_before_start_trains_nothing():
    model = ScriptedModel()
    worker = TrainingWorker(model, TrainingJob(x=None, y=None, epochs=5))
    finished = []
    worker.finished.connect(finished.append)
    worker.stop()
    worker.run()

    assert finished == ["stopped"]
    assert model.calls == []


def test_worker_error_emits_failed_then_finished():
    model = ScriptedModel(fail_at_epoch=2)
    worker, finished, failed = run_sync(model, TrainingJob(x=None, y=None, epochs=5))

    assert finished == ["failed"]
    assert len(failed) == 1
    assert failed[0].kind == "training.test_failure"
    assert [epoch for epoch, _ in worker.take_epoch_logs()] == [1]


def test_worker_last_report_always_emitted():
    model = ScriptedModel()
    worker = TrainingWorker(model, TrainingJob(x=None, y=None, epochs=50))
    reports = []
    worker.report.connect(reports.append)
    worker.run()

    assert reports[-1].epoch == 50
    assert reports[-1].is_epoch_end
    # Throttled: far fewer signals than the 150 reports the model yielded.
    assert len(reports) < 150


def test_worker_applies_learning_rate_and_optimizer():
    model = ScriptedModel()
    worker = TrainingWorker(model, TrainingJob(x=None, y=None, epochs=3))
    replacement = Optimizer(0.5)
    worker.update_settings(learning_rate=0.01)
    worker.run()
    assert model.rates_seen == [0.01, 0.01, 0.01]

    model = ScriptedModel()
    worker = TrainingWorker(model, TrainingJob(x=None, y=None, epochs=2))
    worker.update_settings(optimizer=replacement)
    worker.run()
    assert model.optimizer is replacement


def test_worker_restarts_generator_for_new_batch_size():
    model = ScriptedModel()
    worker = TrainingWorker(model, TrainingJob(x=None, y=None, epochs=4, batch_size=8))
    worker.update_settings(batch_size=None)
    worker.run()

    assert model.calls == [
        {"batch_size": 8, "initial_epoch": 0},
        {"batch_size": None, "initial_epoch": 1},
    ]
    assert [epoch for epoch, _ in worker.take_epoch_logs()] == [1, 2, 3, 4]


class Recorder(QObject):
    """Receives worker signals on the GUI thread (a queued call), as the GUI does.

    pytest-qt's waitSignal connects a plain callable, which would run on the worker thread.
    """

    def __init__(self, worker):
        super().__init__()
        self.paused = []
        self.finished = []
        worker.paused.connect(self.on_paused)
        worker.finished.connect(self.on_finished)

    @Slot(object)
    def on_paused(self, report):
        self.paused.append(report)

    @Slot(str)
    def on_finished(self, reason):
        self.finished.append(reason)


def test_worker_thread_step_pause_resume_stop(qtbot):
    model = ScriptedModel(batch_delay=0.002)
    worker = TrainingWorker(
        model, TrainingJob(x=None, y=None, epochs=100_000), start_paused_after_epoch=True
    )
    recorder = Recorder(worker)
    runner = WorkerThread(worker)

    runner.start()
    qtbot.waitUntil(lambda: len(recorder.paused) == 1, timeout=5000)
    assert worker.is_paused
    assert worker.last_epoch == 1

    worker.step()
    qtbot.waitUntil(lambda: len(recorder.paused) == 2, timeout=5000)
    assert worker.last_epoch == 2

    worker.resume()
    qtbot.waitUntil(lambda: worker.last_epoch >= 5, timeout=5000)
    started = time.monotonic()
    worker.stop()
    assert runner.join(5.0)
    assert time.monotonic() - started < 0.5
    qtbot.waitUntil(lambda: recorder.finished == ["stopped"], timeout=5000)
    assert worker.thread() == QCoreApplication.instance().thread()


def test_worker_thread_stop_while_paused(qtbot):
    model = ScriptedModel()
    worker = TrainingWorker(
        model, TrainingJob(x=None, y=None, epochs=10), start_paused_after_epoch=True
    )
    recorder = Recorder(worker)
    runner = WorkerThread(worker)
    runner.start()
    qtbot.waitUntil(lambda: len(recorder.paused) == 1, timeout=5000)

    assert runner.stop_and_join(2.0)
    assert worker.last_epoch == 1


def test_worker_step_on_last_epoch_finishes():
    model = ScriptedModel()
    worker = TrainingWorker(
        model, TrainingJob(x=None, y=None, epochs=1), start_paused_after_epoch=True
    )
    finished = []
    worker.finished.connect(finished.append)
    worker.run()

    assert finished == ["completed"]
