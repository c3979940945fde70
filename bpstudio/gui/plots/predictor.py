"""Predictions for the plots, computed on the GUI thread from the weights being drawn.

While a run is active the worker thread owns the session's model, including the buffers it
reuses between batches, so the plots must not call its ``predict``. :class:`ShadowModel`
keeps a second model with the same configuration and loads the weights of the latest
report into it before predicting.
"""

from __future__ import annotations

import logging

import numpy as np

from bpstudio.errors import BPStudioError

log = logging.getLogger(__name__)


class ShadowModel:
    """A copy of the session's network that predicts with ``session.current_weights()``."""

    def __init__(self, session) -> None:
        self.session = session
        self._model = None
        self._shapes: list[tuple[int, ...]] = []

    def invalidate(self) -> None:
        """Forget the copy; the next prediction rebuilds it (call on network changes)."""
        self._model = None
        self._shapes = []

    def predict(self, x: np.ndarray) -> np.ndarray | None:
        """Return the network's outputs for ``x``, or None when there is no usable model."""
        weights = self.session.current_weights()
        if not weights:
            return None
        model = self._model_for(weights)
        if model is None:
            return None
        try:
            model.set_weights(weights)
            outputs = model.predict(x)
        except (BPStudioError, ValueError) as error:
            log.debug("prediction for a plot failed: %s", error)
            return None
        return np.asarray(outputs)

    def _model_for(self, weights):
        shapes = [np.shape(array) for array in weights]
        if self._model is not None and shapes == self._shapes:
            return self._model
        source = self.session.model
        if source is None:
            return None
        from bpstudio.engine import Sequential

        self._model = Sequential.from_config(source.get_config())
        self._shapes = shapes
        return self._model
