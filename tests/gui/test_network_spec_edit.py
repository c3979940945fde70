"""Pure helpers of the builder: spec edits, the summary and the diagram's weight levels."""

import numpy as np
import pytest

from bpstudio.gui.network import spec_edit
from bpstudio.gui.network.diagram_items import PEN_LEVELS
from bpstudio.gui.network.diagram_layout import split_weights, visible_units, weight_levels

SPEC = {"hidden": [{"units": 8, "activation": "relu"}], "output_activation": "auto", "loss": "auto"}


def test_insert_copies_left_neighbour():
    spec = spec_edit.insert_layer(SPEC, 1)
    assert spec["hidden"] == [{"units": 8, "activation": "relu"}] * 2
    assert SPEC["hidden"] == [{"units": 8, "activation": "relu"}]  # the input is untouched


def test_insert_first_layer_uses_defaults():
    spec = spec_edit.insert_layer({"hidden": []}, 0)
    assert spec["hidden"] == [
        {"units": spec_edit.DEFAULT_HIDDEN_UNITS, "activation": spec_edit.DEFAULT_HIDDEN_ACTIVATION}
    ]


def test_remove_out_of_range_raises():
    with pytest.raises(IndexError, match="0..0, got 3"):
        spec_edit.remove_layer(SPEC, 3)


def test_set_units_clamped():
    assert spec_edit.set_units(SPEC, 0, 0)["hidden"][0]["units"] == spec_edit.MIN_UNITS
    assert spec_edit.set_units(SPEC, 0, 10**6)["hidden"][0]["units"] == spec_edit.MAX_UNITS


def test_summary_counts_like_keras():
    rows = spec_edit.summarize(SPEC, n_inputs=4, n_outputs=3, output_activation="softmax")
    assert [row.params for row in rows] == [0, 4 * 8 + 8, 8 * 3 + 3]
    assert [row.output_shape for row in rows] == ["(None, 4)", "(None, 8)", "(None, 3)"]
    assert [row.name for row in rows] == ["input", "dense_1", "dense_2"]


def test_summary_without_bias():
    rows = spec_edit.summarize({**SPEC, "use_bias": False}, 4, 3, "softmax")
    assert [row.params for row in rows] == [0, 32, 24]


def test_visible_units_collapse_wide_layers():
    assert visible_units(5, max_visible=10) == [0, 1, 2, 3, 4]
    assert visible_units(784, max_visible=10) == [0, 1, 2, 3, 4, 779, 780, 781, 782, 783]


def test_weight_levels_keep_sign_and_scale():
    levels = weight_levels(np.array([2.0, -1.0, 0.0, 0.01, np.nan]), scale=2.0)
    assert levels[0] == PEN_LEVELS
    assert levels[1] == -PEN_LEVELS // 2
    assert levels[2] == 0
    assert levels[3] == 1  # any non-zero weight is drawn
    assert levels[4] == 0  # a non-finite weight is drawn neutral


def test_weight_levels_without_scale():
    assert weight_levels(np.array([1.0, -1.0]), scale=0.0).tolist() == [0, 0]
    assert weight_levels(np.array([1.0]), scale=float("inf")).tolist() == [0]


def test_split_weights_pairs_biases():
    kernel_1, bias_1, kernel_2 = np.ones((2, 3)), np.zeros(3), np.ones((3, 1))
    kernels, biases = split_weights([kernel_1, bias_1, kernel_2])
    assert [k.shape for k in kernels] == [(2, 3), (3, 1)]
    assert biases[0] is bias_1
    assert biases[1] is None
