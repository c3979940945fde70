"""Checks shared by the teaching views."""

from __future__ import annotations


def model_fits_data(session) -> bool:
    """Return True when the session has a model whose input and output widths fit its data.

    Views redraw on signals that can arrive between a new dataset and the network rebuilt
    for it. Until the two fit again, the views explain nothing.
    """
    model, prepared = session.model, session.prepared
    if model is None or prepared is None or not model.layers:
        return False
    return (
        model.input_dim == prepared.x_train.shape[1]
        and model.layers[-1].units == prepared.y_train.shape[1]
    )
