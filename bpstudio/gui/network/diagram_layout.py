"""Pure helpers of the network diagram: columns, which neurons are drawn, weight levels."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from bpstudio.gui.network.diagram_items import PEN_LEVELS

#: Layers wider than this are drawn with their first and last few neurons and a count.
MAX_VISIBLE_NODES = 10
COLUMN_GAP = 130.0
NODE_GAP = 34.0
LABEL_WIDTH_CHARS = 14
#: The diagram never zooms in further than this, so tiny networks keep readable sizes.
MAX_ZOOM = 1.3


@dataclass
class Column:
    """One column of neurons: the inputs, a hidden layer or the outputs.

    ``hidden_index`` is the position in ``spec["hidden"]`` for hidden layers, else -1.
    ``labels`` name the input and output neurons; hidden neurons have none.
    """

    kind: str
    title: str
    units: int
    activation: str = ""
    hidden_index: int = -1
    labels: list[str] = field(default_factory=list)


def visible_units(units: int, max_visible: int = MAX_VISIBLE_NODES) -> list[int]:
    """Return the neuron indices drawn for a layer: all of them, or the first and last few."""
    if units <= max_visible:
        return list(range(units))
    half = max_visible // 2
    return list(range(half)) + list(range(units - half, units))


def elide(text: str, limit: int = LABEL_WIDTH_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def split_weights(
    weights: Sequence[np.ndarray] | None,
) -> tuple[list[np.ndarray], list[np.ndarray | None]]:
    """Split a get_weights() list into kernels and their biases (None without a bias)."""
    kernels: list[np.ndarray] = []
    biases: list[np.ndarray | None] = []
    for array in weights or []:
        if array.ndim == 2:
            kernels.append(array)
            biases.append(None)
        elif array.ndim == 1 and biases:
            biases[-1] = array
    return kernels, biases


def weight_levels(values: np.ndarray, scale: float) -> np.ndarray:
    """Map weights to signed pen levels in -PEN_LEVELS..PEN_LEVELS (0 only for exact 0)."""
    values = np.nan_to_num(np.asarray(values, dtype=np.float64))
    if scale <= 0 or not np.isfinite(scale):
        return np.zeros(values.shape, dtype=int)
    magnitude = np.ceil(np.abs(values) / scale * PEN_LEVELS).clip(0, PEN_LEVELS).astype(int)
    return (np.sign(values).astype(int) * magnitude).astype(int)
