"""The progress bar of the training panel: this run's epochs, and a clean start after changes.

Train runs the number of epochs in the Epochs field more, from the current weights. The bar
counts the epochs of this run ("Epoch 77 / 300") and, once earlier runs trained the same
weights, the total as well ("377 in total").

The history is cleared or replaced while no run is active by new data, a changed network,
File → New, an opened project or Reset weights. The bar then goes back to "Not started" or
to the number of epochs already trained, and the empty loss plots drop the axis ranges of
the previous run.

The texts use the training panel's translation context, where they were first written.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QObject, Slot

#: Axis ranges of an empty curve plot: x from 0 to 1 epoch, y from 0 to 1.
EMPTY_RANGE = (0.0, 1.0)


def format_duration(seconds: float) -> str:
    """Return "m:ss" or "h:mm:ss", or "–" when the time is unknown."""
    if not math.isfinite(seconds):
        return "–"
    rest = int(round(seconds))
    hours, rest = divmod(rest, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


class RunProgressDisplay(QObject):
    """Keeps a training panel's progress bar and label in step with the runs.

    The panel passes each ``Progress`` to :meth:`show`; the display resets itself from the
    session's and controller's signals.
    """

    def __init__(self, panel) -> None:
        super().__init__(panel)
        self.setObjectName("runProgressDisplay")
        self.panel = panel
        self.session = panel.session
        self.controller = panel.controller
        self.bar = panel.progress_bar
        self.label = panel.progress_label
        #: Epochs trained before the active (or last) run began.
        self.first_epoch = 0
        self.controller.runStarted.connect(self._on_run_started)
        self.session.historyChanged.connect(self._on_history_changed)
        self.reset()

    def reset(self) -> None:
        """Show that no run is active: "Not started", or the epochs the weights have had."""
        trained = self.session.epochs_trained
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        if trained:
            self.bar.setFormat(
                QCoreApplication.translate("TrainingPanel", "{total} epochs trained").format(
                    total=trained
                )
            )
        else:
            self.bar.setFormat(QCoreApplication.translate("TrainingPanel", "Not started"))
        self.label.setText(" ")

    def show(self, progress) -> None:
        """Draw a Progress: this run's epoch out of this run's epochs, and the total."""
        run_epoch = max(0, progress.epoch - self.first_epoch)
        run_epochs = max(1, progress.epochs - self.first_epoch)
        self.bar.setRange(0, 1000)
        self.bar.setValue(int(min(1.0, run_epoch / run_epochs) * 1000))
        if self.first_epoch:
            text = QCoreApplication.translate(
                "TrainingPanel", "Epoch {epoch} / {epochs} of this run · {total} in total"
            )
        else:
            text = QCoreApplication.translate("TrainingPanel", "Epoch {epoch} / {epochs}")
        self.bar.setFormat(text.format(epoch=run_epoch, epochs=run_epochs, total=progress.epoch))
        self.label.setText(
            QCoreApplication.translate("TrainingPanel", "{speed} samples/s · {left} left").format(
                speed=f"{progress.samples_per_second:,.0f}",
                left=format_duration(progress.seconds_left),
            )
        )

    @Slot()
    def _on_run_started(self) -> None:
        self.first_epoch = self.session.epochs_trained
        epochs = max(0, self.controller.run_last_epoch - self.first_epoch)
        self.bar.setRange(0, 1000)
        self.bar.setValue(0)
        self.bar.setFormat(
            QCoreApplication.translate("TrainingPanel", "Epoch 0 / {epochs}").format(epochs=epochs)
        )
        if self.first_epoch:
            self.panel.status_label.setText(
                QCoreApplication.translate(
                    "TrainingPanel",
                    "Training {epochs} more epochs from the current weights, which have had "
                    "{trained}. Reset weights starts over.",
                ).format(epochs=epochs, trained=self.first_epoch)
            )

    @Slot()
    def _on_history_changed(self) -> None:
        # During a run the history grows every frame; only a change while idle is a reset.
        if not self.session.is_training and not self.controller.is_active:
            self.first_epoch = 0
            self.reset()


def reset_empty_curve_ranges(curves) -> None:
    """Give the loss and metric plots of a CurvesView default ranges when there is no history.

    Auto-range ignores empty curves, so without this the plots kept the ranges of the last
    run after the data or the network changed. Once there is history again (outside a run),
    auto-range is applied at once rather than at the next paint, so that the curves are not
    clipped to the empty range meanwhile.
    """
    session = curves.session
    if session.is_training:
        return
    plots = (curves.loss_plot, curves.metric_plot)
    if not session.history:
        # The plots share their x axis: setting one's range turns the other's auto-range
        # off, so every range is set before auto-range is turned back on.
        for plot in plots:
            plot.setRange(xRange=EMPTY_RANGE, yRange=EMPTY_RANGE, padding=0.0)
        for plot in plots:
            plot.enableAutoRange()
        return
    for plot in plots:
        plot.getViewBox().updateAutoRange()
