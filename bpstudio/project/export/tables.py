"""Export weights and training history as files a spreadsheet or a script can read."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from bpstudio.project.csvout import write_csv
from bpstudio.project.document import Project
from bpstudio.project.errors import ProjectError
from bpstudio.project.files import weight_names


def export_weights_npz(project: Project, path: str | os.PathLike) -> list[Path]:
    """Write the weights to one .npz file, named ``layer1_kernel``, ``layer1_bias``, ..."""
    _require_weights(project)
    path = Path(path)
    arrays = dict(zip(weight_names(project.weights), project.weights, strict=True))
    try:
        with path.open("wb") as stream:
            np.savez(stream, **arrays)
    except OSError as error:
        raise ProjectError(
            "project.write_failed", path=str(path), reason=error.strerror or str(error)
        ) from error
    return [path]


def export_weights_csv(project: Project, folder: str | os.PathLike) -> list[Path]:
    """Write one CSV per layer into ``folder``: a row per input, a column per unit, then bias.

    Row ``i``, column ``j`` is the weight from input ``i`` to unit ``j`` (the kernel is
    ``(n_inputs, units)``, as in Keras), and the last row holds the biases, so the layer's
    output for an input row x is ``f(x · kernel + bias)`` computed column by column.
    """
    _require_weights(project)
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ProjectError(
            "project.write_failed", path=str(folder), reason=error.strerror or str(error)
        ) from error

    written = []
    layers = _layer_arrays(project.weights)
    for number, (kernel, bias) in enumerate(layers, start=1):
        is_output = number == len(layers)
        inputs = _input_names(project, number, kernel.shape[0])
        units = _unit_names(project, number, kernel.shape[1], is_output)
        rows = [[name, *kernel[index]] for index, name in enumerate(inputs)]
        if bias is not None:
            rows.append(["bias", *bias])
        path = folder / f"layer{number}.csv"
        write_csv(path, ["input", *units], rows)
        written.append(path)
    return written


def export_history_csv(project: Project, path: str | os.PathLike) -> list[Path]:
    """Write one row per epoch with every recorded metric; a marker column when there are any.

    Epochs where a metric was not computed (NaN in the history) are left empty.
    """
    path = Path(path)
    names = list(project.history)
    epochs = max((len(values) for values in project.history.values()), default=0)
    labels: dict[int, list[str]] = {}
    for marker in project.markers:
        labels.setdefault(int(marker.get("epoch", 0)), []).append(str(marker.get("label", "")))

    header = ["epoch", *names] + (["marker"] if labels else [])
    rows = []
    for index in range(epochs):
        row = [index + 1]
        for name in names:
            values = project.history[name]
            row.append(values[index] if index < len(values) else None)
        if labels:
            row.append("; ".join(labels.get(index + 1, [])))
        rows.append(row)
    write_csv(path, header, rows)
    return [path]


def _require_weights(project: Project) -> None:
    if not project.weights:
        raise ProjectError("project.no_weights")


def _layer_arrays(weights: list[np.ndarray]) -> list[tuple[np.ndarray, np.ndarray | None]]:
    layers: list[tuple[np.ndarray, np.ndarray | None]] = []
    for array in weights:
        if np.ndim(array) == 2:
            layers.append((np.asarray(array), None))
        elif layers and layers[-1][1] is None:
            layers[-1] = (layers[-1][0], np.asarray(array))
    return layers


def _input_names(project: Project, number: int, count: int) -> list[str]:
    features = project.dataset.get("feature_names") or []
    if number == 1 and len(features) == count:
        return [str(name) for name in features]
    if number == 1:
        return [f"x{index}" for index in range(1, count + 1)]
    return [f"h{number - 1}_{index}" for index in range(1, count + 1)]


def _unit_names(project: Project, number: int, count: int, is_output: bool) -> list[str]:
    if is_output:
        classes = project.dataset.get("class_names") or []
        targets = project.dataset.get("target_names") or []
        if len(classes) == count:
            return [str(name) for name in classes]
        if len(classes) == 2 and count == 1:
            return [f"P({classes[1]})"]
        if len(targets) == count:
            return [str(name) for name in targets]
        return [f"y{index}" for index in range(1, count + 1)]
    return [f"h{number}_{index}" for index in range(1, count + 1)]
