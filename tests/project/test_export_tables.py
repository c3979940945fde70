"""Weights as .npz and per-layer CSV, and the training history as CSV."""

import csv

import numpy as np
import pytest

from bpstudio.errors import ProjectError
from bpstudio.project import load_project
from bpstudio.project.document import Project
from bpstudio.project.export import export_project


def read_rows(path):
    with open(path, encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


def test_weights_npz_loads_without_pickle(tmp_path, classification_project):
    path, _project, _table, _prepared, model = classification_project

    (written,) = export_project(load_project(path), "weights-npz", tmp_path / "w.npz")

    with np.load(written, allow_pickle=False) as arrays:
        assert list(arrays) == [
            "layer1_kernel",
            "layer1_bias",
            "layer2_kernel",
            "layer2_bias",
            "layer3_kernel",
            "layer3_bias",
        ]
        for name, expected in zip(arrays, model.get_weights(), strict=True):
            np.testing.assert_array_equal(arrays[name], expected)


def test_weights_csv_one_file_per_layer(tmp_path, classification_project):
    path, _project, _table, prepared, model = classification_project

    written = export_project(load_project(path), "weights-csv", tmp_path / "weights")

    assert [file.name for file in written] == ["layer1.csv", "layer2.csv", "layer3.csv"]
    first = read_rows(written[0])
    assert first[0] == ["input", "h1_1", "h1_2", "h1_3", "h1_4", "h1_5", "h1_6"]
    assert [row[0] for row in first[1:]] == [*prepared.feature_names, "bias"]
    kernel, bias = model.get_weights()[:2]
    values = np.array([[float(cell) for cell in row[1:]] for row in first[1:]], np.float32)
    np.testing.assert_array_equal(values[:-1], kernel)
    np.testing.assert_array_equal(values[-1], bias)
    last = read_rows(written[2])
    assert last[0] == ["input", "'=维吉尼亚", "变色鸢尾", "山鸢尾"]
    assert [row[0] for row in last[1:]] == ["h2_1", "h2_2", "h2_3", "h2_4", "h2_5", "bias"]


def test_history_csv(tmp_path):
    project = Project(
        history={"loss": [0.9, 0.5, 0.25], "val_loss": [1.0, float("nan"), 0.3]},
        markers=[{"epoch": 2, "label": "lr 0.001"}],
    )

    (written,) = export_project(project, "history-csv", tmp_path / "history.csv")

    assert read_rows(written) == [
        ["epoch", "loss", "val_loss", "marker"],
        ["1", "0.9", "1.0", ""],
        ["2", "0.5", "", "lr 0.001"],
        ["3", "0.25", "0.3", ""],
    ]


def test_export_without_weights_rejected(tmp_path):
    with pytest.raises(ProjectError) as caught:
        export_project(Project(), "weights-npz", tmp_path / "w.npz")
    assert caught.value.kind == "project.no_weights"


def test_unknown_format_rejected(tmp_path):
    with pytest.raises(ProjectError) as caught:
        export_project(Project(), "onnx", tmp_path / "m.onnx")
    assert caught.value.kind == "project.export_format"
    assert "keras" in str(caught.value)


def test_code_export_needs_preprocessing(tmp_path):
    project = Project(weights=[np.ones((2, 1), np.float32), np.zeros(1, np.float32)])
    project.model = {"layers": [{"units": 1, "activation": "linear", "use_bias": True}]}
    with pytest.raises(ProjectError) as caught:
        export_project(project, "numpy", tmp_path / "m.py")
    assert caught.value.kind == "project.export_unsupported"
    assert not (tmp_path / "m.py").exists()
