"""``bpstudio --smoke-test``: drive the real window once, as packaging and CI need.

The smoke test trains the default sample (the window opens on it) for a few epochs through
the worker thread, and checks that the loss history grew and the weights changed. It then
opens a plot's context menu and its Export dialog, the part of pyqtgraph that a frozen app
most often lacks. Last it saves a screenshot and closes the window. The exit status is 0 only
if every step worked; a failed step is printed on standard error.
"""

from __future__ import annotations

import logging
import sys

import numpy as np
from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

log = logging.getLogger(__name__)

SMOKE_EPOCHS = 30
#: The whole smoke test must finish within this many milliseconds.
TIMEOUT_MS = 60_000


class SmokeTest(QObject):
    """Runs the smoke-test steps on the window's event loop; ``status`` is the exit code."""

    def __init__(self, window, screenshot: str | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.screenshot = screenshot
        self.status = 1
        self._initial_weights = None
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._on_timeout)

    def start(self) -> None:
        self._watchdog.start(TIMEOUT_MS)
        QTimer.singleShot(0, self._train)

    def _fail(self, message: str) -> None:
        print(f"bpstudio --smoke-test: {message}", file=sys.stderr)
        self.status = 1
        self._quit()

    def _quit(self) -> None:
        self._watchdog.stop()
        self.window.controller.shutdown()
        self.window.close()
        QApplication.instance().exit(self.status)

    @Slot()
    def _on_timeout(self) -> None:
        self._fail(f"timed out after {TIMEOUT_MS / 1000:.0f} s")

    @Slot()
    def _train(self) -> None:
        session = self.window.session
        if session.model is None:
            reason = session.prepare_error or "no model could be built for the default sample"
            self._fail(f"the default sample cannot be trained: {reason}")
            return
        session.set_training({**session.training, "epochs": SMOKE_EPOCHS})
        self._initial_weights = [array.copy() for array in session.model.get_weights()]
        self.window.controller.runFinished.connect(self._on_finished)
        self.window.controller.start()
        if not self.window.controller.is_active:
            self._fail("training did not start")

    @Slot(str)
    def _on_finished(self, reason: str) -> None:
        session = self.window.session
        if reason not in ("completed", "early_stopped"):
            self._fail(f"training ended with {reason!r}")
            return
        if session.epochs_trained < 1:
            self._fail("no epoch reached the loss history")
            return
        changed = any(
            not np.array_equal(before, after)
            for before, after in zip(
                self._initial_weights, session.model.get_weights(), strict=True
            )
        )
        if not changed:
            self._fail("the weights did not change during training")
            return
        QTimer.singleShot(100, self._open_export_dialog)

    @Slot()
    def _open_export_dialog(self) -> None:
        """Right-click the loss plot, choose Export… in its menu, then close the dialog."""
        curves = self.window.plots.curves
        self.window.plots.setCurrentWidget(curves)
        view = curves.graphics
        scene = view.scene()
        center = view.mapFromScene(curves.loss_plot.getViewBox().sceneBoundingRect().center())
        QTest.mouseClick(view.viewport(), Qt.MouseButton.RightButton, pos=center)
        menu = QApplication.activePopupWidget()
        if menu is None or not isinstance(menu, QMenu):
            self._fail("right-clicking a plot did not open its context menu")
            return
        # pyqtgraph 0.14 puts one action in every scene's context menu: "Export..." (its
        # text may be translated), which opens the Export dialog.
        export_actions = list(getattr(scene, "contextMenu", []))[:1]
        if not export_actions or export_actions[0] not in menu.actions():
            self._fail("the plot context menu has no Export action")
            return
        menu.close()
        export_actions[0].trigger()
        dialog = getattr(scene, "exportDialog", None)
        if dialog is None or not dialog.isVisible():
            self._fail("the Export dialog did not open")
            return
        format_list = dialog.ui.formatList
        formats = [format_list.item(row).text() for row in range(format_list.count())]
        log.info("export formats offered: %s", formats)
        dialog.close()
        QTimer.singleShot(200, self._save_screenshot)

    @Slot()
    def _save_screenshot(self) -> None:
        if self.screenshot:
            image = self.window.grab()
            if not image.save(self.screenshot):
                self._fail(f"the screenshot could not be saved to {self.screenshot}")
                return
        session = self.window.session
        final_loss = session.history["loss"][-1]
        print(
            f"bpstudio --smoke-test: trained {session.epochs_trained} epochs, "
            f"final loss {final_loss:.4f}",
            file=sys.stderr,
        )
        self.status = 0
        self._quit()
