"""The confusion matrix on the validation split, drawn after training, with the class labels.

Rows are the true classes and columns the predicted ones, labelled with the original class
labels from the file (``prepared.class_names``). Without a validation split the training
set is used, and the title names it.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Slot

from bpstudio.gui.plots.base import PredictionView

#: Cell counts are written into the matrix up to this many classes.
MAX_LABELLED_CLASSES = 20


def class_indices(y: np.ndarray) -> np.ndarray:
    """Return class indices from a (n, 1) column of 0/1 (or probabilities) or a one-hot matrix."""
    y = np.asarray(y)
    if y.ndim == 1 or y.shape[1] == 1:
        return (y.reshape(-1) >= 0.5).astype(np.int64)
    return np.argmax(y, axis=1)


def confusion_matrix(true: np.ndarray, predicted: np.ndarray, n_classes: int) -> np.ndarray:
    matrix = np.zeros((n_classes, n_classes), dtype=np.int64)
    np.add.at(matrix, (true, predicted), 1)
    return matrix


class ConfusionMatrixView(PredictionView):
    """Counts of true against predicted classes after a run."""

    export_name = "confusion_matrix"

    def __init__(self, session, controller, parent=None) -> None:
        super().__init__(session, "confusionMatrixView", parent)
        self.plot.invertY(True)
        self.plot.setAspectLocked(True)
        self.plot.setMouseEnabled(False, False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(pg.ColorMap(pos=[0.0, 1.0], color=[[247, 251, 255], [8, 48, 107]]))
        self.plot.addItem(self.image)
        self.matrix: np.ndarray | None = None
        self._texts: list[pg.TextItem] = []
        self._labels: list[str] = []
        controller.runFinished.connect(self._on_run_finished)
        session.historyChanged.connect(self._on_history_changed)

    def applies(self) -> bool:
        prepared = self.session.prepared
        return prepared is not None and prepared.task == "classification"

    def not_applicable_text(self) -> str:
        return self.tr("The confusion matrix is drawn for classification tasks.")

    @Slot(str)
    def _on_run_finished(self, _reason: str) -> None:
        self.compute()
        self.request_redraw()

    @Slot()
    def _on_history_changed(self) -> None:
        if not self.session.history and self.matrix is not None:
            self.matrix = None
            self.request_redraw()

    def compute(self) -> None:
        """Predict the evaluation split with the trained model (GUI thread, idle only)."""
        prepared, model = self.session.prepared, self.session.model
        if prepared is None or model is None or self.session.is_training or not self.applies():
            self.matrix = None
            return
        has_validation = prepared.x_val is not None and len(prepared.x_val) > 0
        x = prepared.x_val if has_validation else prepared.x_train
        y = prepared.y_val if has_validation else prepared.y_train
        self.split = self.tr("Validation set") if has_validation else self.tr("Training set")
        outputs = np.nan_to_num(model.predict(x), nan=0.0)
        labels = list(prepared.class_names or [])
        n_classes = max(len(labels), 2 if y.shape[1] == 1 else y.shape[1])
        labels += [str(index) for index in range(len(labels), n_classes)]
        self._labels = labels
        self.matrix = confusion_matrix(class_indices(y), class_indices(outputs), n_classes)

    def draw(self) -> None:
        for text in self._texts:
            self.plot.removeItem(text)
        self._texts = []
        if self.matrix is None:
            self.image.clear()
            self.message.setText(self.tr("Train the network to see its confusion matrix."))
            return
        matrix = self.matrix
        n_classes = matrix.shape[0]
        self.image.setImage(
            matrix.astype(np.float32), levels=(0, max(1, matrix.max())), autoLevels=False
        )
        ticks = [(index + 0.5, label) for index, label in enumerate(self._labels)]
        self.plot.getAxis("bottom").setTicks([ticks])
        self.plot.getAxis("left").setTicks([ticks])
        self.plot.setLabel("bottom", self.tr("Predicted class"))
        self.plot.setLabel("left", self.tr("True class"))
        accuracy = np.trace(matrix) / max(1, matrix.sum())
        self.plot.setTitle(
            self.tr("{split}: accuracy {accuracy:.1%}").format(split=self.split, accuracy=accuracy)
        )
        if n_classes <= MAX_LABELLED_CLASSES:
            self._write_counts(matrix)

    def _write_counts(self, matrix: np.ndarray) -> None:
        peak = max(1, matrix.max())
        for (row, col), count in np.ndenumerate(matrix):
            color = "w" if count > 0.6 * peak else "k"
            text = pg.TextItem(str(count), color=color, anchor=(0.5, 0.5))
            text.setPos(col + 0.5, row + 0.5)
            self.plot.addItem(text)
            self._texts.append(text)

    def csv_table(self):
        if self.matrix is None:
            return ["true \\ predicted"], []
        header = ["true \\ predicted", *self._labels]
        rows = [
            [label, *map(int, row)] for label, row in zip(self._labels, self.matrix, strict=True)
        ]
        return header, rows
