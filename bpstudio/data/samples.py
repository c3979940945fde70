"""Built-in datasets: generated 2-D toy problems and real datasets shipped as CSV files.

Every sample loads as a :class:`Table`, and anywhere a data path is accepted,
``sample:NAME`` opens one (``open_data``). Real datasets live in ``resources/datasets``;
their origin and licence are recorded in that folder's README.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from bpstudio.data.errors import data_error
from bpstudio.data.reader import read_csv
from bpstudio.data.table import Table
from bpstudio.resources import resource_path

#: The sample the app opens with: two features, so the decision boundary can be drawn.
DEFAULT_SAMPLE = "moons"
SAMPLE_PREFIX = "sample:"


@dataclass(frozen=True)
class SampleInfo:
    """What ``bpstudio samples`` lists for one dataset."""

    name: str
    title: str
    task: str
    generated: bool
    target: str
    description: str
    n_samples: int
    noise: float | None = None
    file: str | None = None


def _xor(n_samples: int, noise: float, rng: np.random.Generator) -> dict[str, np.ndarray]:
    if n_samples == 4 and noise == 0:
        corners = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])
    else:
        corners = rng.integers(0, 2, size=(n_samples, 2))
    x = corners + rng.normal(0.0, noise, size=corners.shape) if noise else corners * 1.0
    label = (corners[:, 0] != corners[:, 1]).astype(np.int64)
    return {"x1": x[:, 0], "x2": x[:, 1], "label": label}


def _circles(n_samples: int, noise: float, rng: np.random.Generator) -> dict[str, np.ndarray]:
    n_outer = n_samples // 2
    angles = rng.uniform(0, 2 * math.pi, n_samples)
    radius = np.where(np.arange(n_samples) < n_outer, 1.0, 0.5)
    x = np.column_stack([radius * np.cos(angles), radius * np.sin(angles)])
    x += rng.normal(0.0, noise, size=x.shape)
    label = (np.arange(n_samples) >= n_outer).astype(np.int64)
    return _shuffled({"x1": x[:, 0], "x2": x[:, 1], "label": label}, rng)


def _moons(n_samples: int, noise: float, rng: np.random.Generator) -> dict[str, np.ndarray]:
    n_upper = n_samples // 2
    upper = np.linspace(0, math.pi, n_upper)
    lower = np.linspace(0, math.pi, n_samples - n_upper)
    x = np.concatenate(
        [
            np.column_stack([np.cos(upper), np.sin(upper)]),
            np.column_stack([1 - np.cos(lower), 0.5 - np.sin(lower)]),
        ]
    )
    x += rng.normal(0.0, noise, size=x.shape)
    label = (np.arange(n_samples) >= n_upper).astype(np.int64)
    return _shuffled({"x1": x[:, 0], "x2": x[:, 1], "label": label}, rng)


def _spiral(n_samples: int, noise: float, rng: np.random.Generator) -> dict[str, np.ndarray]:
    # Two interleaved spirals of 1.75 turns each, the classic hard case for a small MLP.
    n_first = n_samples // 2
    label = (np.arange(n_samples) >= n_first).astype(np.int64)
    position = np.concatenate([np.linspace(0, 1, n_first), np.linspace(0, 1, n_samples - n_first)])
    angle = position * 3.5 * math.pi + label * math.pi
    radius = 0.1 + 0.9 * position
    x = np.column_stack([radius * np.cos(angle), radius * np.sin(angle)])
    x += rng.normal(0.0, noise, size=x.shape) * radius[:, None]
    return _shuffled({"x1": x[:, 0], "x2": x[:, 1], "label": label}, rng)


def _blobs(n_samples: int, noise: float, rng: np.random.Generator) -> dict[str, np.ndarray]:
    centers = np.array([[-2.0, -1.0], [2.0, -1.0], [0.0, 2.5]])
    label = np.arange(n_samples) % len(centers)
    x = centers[label] + rng.normal(0.0, noise, size=(n_samples, 2))
    names = np.array(["A", "B", "C"], dtype=object)
    return _shuffled({"x1": x[:, 0], "x2": x[:, 1], "label": names[label]}, rng)


def _sine(n_samples: int, noise: float, rng: np.random.Generator) -> dict[str, np.ndarray]:
    x = np.sort(rng.uniform(-math.pi, math.pi, n_samples))
    y = np.sin(x) + rng.normal(0.0, noise, n_samples)
    return {"x": x, "y": y}


def _shuffled(columns: dict[str, np.ndarray], rng: np.random.Generator) -> dict[str, np.ndarray]:
    order = rng.permutation(len(next(iter(columns.values()))))
    return {name: values[order] for name, values in columns.items()}


_GENERATORS: dict[str, Callable[[int, float, np.random.Generator], dict[str, np.ndarray]]] = {
    "xor": _xor,
    "circles": _circles,
    "moons": _moons,
    "spiral": _spiral,
    "blobs": _blobs,
    "sine": _sine,
}

SAMPLES: dict[str, SampleInfo] = {
    info.name: info
    for info in (
        SampleInfo("xor", "XOR", "classification", True, "label",
                   "exclusive or of two inputs: 4 points, or noisy clusters around the corners "
                   "when more samples are asked for", 4, 0.0),
        SampleInfo("circles", "Circles", "classification", True, "label",
                   "a small circle inside a larger one", 200, 0.08),
        SampleInfo("moons", "Two moons", "classification", True, "label",
                   "two interleaving half circles", 200, 0.15),
        SampleInfo("spiral", "Two spirals", "classification", True, "label",
                   "two interleaved spirals; needs a deeper or wider network", 400, 0.05),
        SampleInfo("blobs", "Gaussian blobs", "classification", True, "label",
                   "three Gaussian clusters labelled A, B and C", 300, 0.8),
        SampleInfo("sine", "Noisy sine", "regression", True, "y",
                   "y = sin(x) plus Gaussian noise, x in [-pi, pi]", 200, 0.1),
        SampleInfo("iris", "Iris", "classification", False, "species",
                   "Fisher's iris flowers: 4 measurements, 3 species", 150, file="iris.csv"),
        SampleInfo("wine", "Wine", "classification", False, "cultivar",
                   "chemical analysis of wines from 3 cultivars: 13 features", 178,
                   file="wine.csv"),
        SampleInfo("breast_cancer", "Breast cancer (Wisconsin diagnostic)", "classification",
                   False, "diagnosis", "30 cell-nucleus features, malignant or benign", 569,
                   file="breast_cancer.csv"),
    )
}  # fmt: skip


def list_samples() -> list[SampleInfo]:
    """Return every built-in dataset, generated ones first."""
    return list(SAMPLES.values())


def load_sample(
    name: str, n_samples: int | None = None, noise: float | None = None, seed: int = 0
) -> Table:
    """Return a built-in dataset as a table named ``sample:NAME``.

    ``n_samples``, ``noise`` (standard deviation of the Gaussian noise) and ``seed`` apply
    to generated samples; real datasets ignore them.
    """
    info = _sample_info(name)
    path = SAMPLE_PREFIX + info.name
    if info.file is not None:
        table = read_csv(resource_path("datasets", info.file))
        table.path = path
        return table

    count = info.n_samples if n_samples is None else n_samples
    level = info.noise if noise is None else noise
    if not isinstance(count, int) or count < 4:
        raise data_error(
            "data.invalid_sample_option",
            option="number of samples",
            value=count,
            sample=info.name,
            reason="use an integer of at least 4",
        )
    if level is None or not math.isfinite(level) or level < 0:
        raise data_error(
            "data.invalid_sample_option",
            option="noise",
            value=level,
            sample=info.name,
            reason="use a number of at least 0",
        )
    columns = _GENERATORS[info.name](count, float(level), np.random.default_rng(seed))
    # The name records the options, so a project can load the same rows again.
    options = [
        f"n={count}" if n_samples is not None else "",
        f"noise={level}" if noise is not None else "",
        f"seed={seed}" if seed != 0 else "",
    ]
    query = "&".join(option for option in options if option)
    name = f"{path}?{query}" if query else path
    return Table.from_columns({key: list(values) for key, values in columns.items()}, name=name)


def open_data(spec: str | os.PathLike[str], **read_options) -> Table:
    """Open ``sample:NAME`` (with optional ``?n=500&noise=0.2&seed=1``) or a CSV path."""
    text = os.fspath(spec)
    if not text.startswith(SAMPLE_PREFIX):
        return read_csv(text, **read_options)
    name, _, query = text[len(SAMPLE_PREFIX) :].partition("?")
    options: dict[str, float | int] = {}
    for item in filter(None, query.split("&")):
        key, _, value = item.partition("=")
        try:
            if key in ("n", "n_samples"):
                options["n_samples"] = int(value)
            elif key == "noise":
                options["noise"] = float(value)
            elif key == "seed":
                options["seed"] = int(value)
            else:
                raise ValueError(key)
        except ValueError:
            raise data_error(
                "data.invalid_sample_option",
                option=key,
                value=value,
                sample=name,
                reason="use n=INTEGER, noise=NUMBER or seed=INTEGER",
            ) from None
    return load_sample(name, **options)


def _sample_info(name: str) -> SampleInfo:
    key = name.strip().lower().replace("-", "_").replace(" ", "_")
    aliases = {
        "two_moons": "moons",
        "breast_cancer_wisconsin": "breast_cancer",
        "cancer": "breast_cancer",
    }
    key = aliases.get(key, key)
    if key not in SAMPLES:
        raise data_error("data.unknown_sample", value=name, available=", ".join(SAMPLES))
    return SAMPLES[key]
