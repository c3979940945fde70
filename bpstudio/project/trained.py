"""Build a :class:`Project` from the objects a training run leaves behind, and save it."""

from __future__ import annotations

import math
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from bpstudio.project.document import Project
from bpstudio.project.files import save_project


def save_trained(
    path: str | os.PathLike,
    *,
    table,
    config,
    prepared,
    model,
    training_settings: dict[str, Any],
    network_spec: dict[str, Any],
    history,
    source: dict[str, Any] | None = None,
    embed_data: bool = False,
) -> Project:
    """Save a trained network with its data source, preprocessing and history; return it.

    This is what ``bpstudio train --save PROJECT`` calls. ``history`` is the engine's
    ``History`` (its ``.history`` dict is used) or a plain ``{name: [values]}`` dict;
    ``source`` defaults to the location recorded in ``table``.
    """
    project = project_from_training(
        table=table,
        config=config,
        prepared=prepared,
        model=model,
        training_settings=training_settings,
        network_spec=network_spec,
        history=history,
        source=source,
    )
    save_project(path, project, embed_data=embed_data)
    return project


def project_from_training(
    *,
    table,
    config,
    prepared,
    model,
    training_settings: dict[str, Any],
    network_spec: dict[str, Any],
    history,
    source: dict[str, Any] | None = None,
) -> Project:
    """Collect a finished run into a :class:`Project` without writing it."""
    logs = history_dict(history)
    return Project(
        data_source=source if source is not None else source_from_table(table),
        import_settings=table.import_settings() if table is not None else {},
        preprocess=config.to_dict(),
        pipeline=prepared.pipeline.to_dict(),
        network=dict(network_spec),
        training=dict(training_settings),
        history=logs,
        weights=[np.array(array, copy=True) for array in model.get_weights()],
        runs=[run_summary(logs, training_settings)] if logs else [],
        model=model.get_config(),
        dataset=dataset_info(prepared),
    )


def history_dict(history) -> dict[str, list[float]]:
    """Return ``{metric: [float per epoch]}`` from a ``History``, a dict or None."""
    if history is None:
        return {}
    logs = getattr(history, "history", history)
    return {str(name): [float(value) for value in values] for name, values in logs.items()}


def dataset_info(prepared) -> dict[str, Any]:
    """Describe prepared arrays so a project can be used and exported without its data."""
    class_names = getattr(prepared, "class_names", None)
    return {
        "task": prepared.task,
        "feature_names": [str(name) for name in prepared.feature_names],
        "target_names": [str(name) for name in prepared.target_names],
        "class_names": None if class_names is None else [str(name) for name in class_names],
        "n_inputs": int(prepared.x_train.shape[1]),
        "n_outputs": int(prepared.n_outputs),
        "n_train": int(len(prepared.x_train)),
        "n_validation": int(len(prepared.x_val)) if prepared.x_val is not None else 0,
        "n_test": int(len(prepared.x_test)) if prepared.x_test is not None else 0,
    }


def source_from_table(table) -> dict[str, Any]:
    """Return the ``data_source`` entry for a table read from a file or made from a sample."""
    if table is None:
        return {}
    location = getattr(table, "path", None)
    if location is None:
        return {"kind": "embedded", "filename": "data.csv"}
    location = str(location)
    if location.startswith("sample:"):
        name, _, query = location.removeprefix("sample:").partition("?")
        return {"kind": "sample", "name": name, "params": sample_params(query)}
    path = Path(location).resolve()
    return {"kind": "file", "path": str(path), "filename": path.name}


def sample_params(query: str) -> dict[str, Any]:
    """Turn ``n=500&noise=0.2&seed=1`` (as in ``sample:moons?...``) into load_sample keywords."""
    params: dict[str, Any] = {}
    for item in filter(None, query.split("&")):
        key, _, value = item.partition("=")
        try:
            if key in ("n", "n_samples"):
                params["n_samples"] = int(value)
            elif key == "noise":
                params["noise"] = float(value)
            elif key == "seed":
                params["seed"] = int(value)
        except ValueError:
            continue
    return params


def run_summary(logs: dict[str, list[float]], training_settings: dict[str, Any]) -> dict[str, Any]:
    """Summarize a run for ``Project.runs``: when it ended, its settings, its last metrics."""
    final = {}
    for name, values in logs.items():
        finite = [value for value in values if math.isfinite(value)]
        if finite:
            final[name] = finite[-1]
    return {
        "finished": datetime.now(UTC).isoformat(timespec="seconds"),
        "epochs": max((len(values) for values in logs.values()), default=0),
        "optimizer": training_settings.get("optimizer"),
        "learning_rate": training_settings.get("learning_rate"),
        "final": final,
    }
