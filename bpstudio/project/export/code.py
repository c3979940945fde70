"""Write a standalone Python script that rebuilds a saved network in Keras, PyTorch or NumPy.

The script reads a CSV file and applies the preprocessing BP Studio fitted (missing values,
one-hot columns, scaling). It then runs the network with the trained weights from an .npz
file written beside it, and writes the rows with their predictions as ``bpstudio predict``
does.
"""

from __future__ import annotations

import json
import os
import textwrap
from pathlib import Path

import numpy as np

from bpstudio import __version__
from bpstudio.project.document import Project
from bpstudio.project.errors import ProjectError
from bpstudio.project.export.frameworks import (
    keras_model_code,
    numpy_model_code,
    torch_model_code,
    weight_name_list,
)
from bpstudio.project.export.network import NetworkInfo, describe_network
from bpstudio.project.export.recipe import preprocessing_recipe
from bpstudio.project.export.script_parts import (
    CELL_READING,
    DECODE_CLASSIFICATION,
    DECODE_REGRESSION,
    OUTPUT,
    PREPROCESSING,
)

#: Framework -> (title used in the docstring, what the script needs installed, generator).
FRAMEWORKS = {
    "keras": (
        "Keras",
        "numpy and keras>=3 with a backend (TensorFlow, JAX or PyTorch)",
        keras_model_code,
    ),
    "pytorch": ("PyTorch", "numpy and torch", torch_model_code),
    "numpy": ("NumPy", "numpy", numpy_model_code),
}


def export_code(project: Project, framework: str, path: str | os.PathLike) -> list[Path]:
    """Write ``path`` (the script) and ``<stem>_weights.npz`` beside it; return both paths."""
    path = Path(path)
    if path.suffix != ".py":
        path = path.with_suffix(".py")
    weights_path = path.with_name(f"{path.stem}_weights.npz")
    network = describe_network(project)
    script = script_source(project, framework, network, path.name, weights_path.name)

    arrays = {}
    for number, layer in enumerate(network.layers, start=1):
        arrays[f"layer{number}_kernel"] = layer.kernel
        if layer.bias is not None:
            arrays[f"layer{number}_bias"] = layer.bias
    try:
        path.write_text(script, encoding="utf-8")
        with weights_path.open("wb") as stream:
            np.savez(stream, **arrays)
    except OSError as error:
        raise ProjectError(
            "project.write_failed", path=str(path), reason=error.strerror or str(error)
        ) from error
    return [path, weights_path]


def script_source(
    project: Project, framework: str, network: NetworkInfo, script_name: str, weights_file: str
) -> str:
    """Return the text of the exported script."""
    title, requirements, generator = FRAMEWORKS[framework]
    recipe = preprocessing_recipe(project)
    framework_imports, model_code = generator(network)
    framework_imports = f"\n{framework_imports}" if framework_imports else ""
    source_name = Path(project.location).name if project.location else "the project"
    shape = " → ".join(
        [str(network.n_inputs)] + [f"{layer.units} {layer.activation}" for layer in network.layers]
    )

    about = textwrap.fill(
        f"Network: {shape}. The trained weights are read from {weights_file} beside this "
        "script, and the inputs are preprocessed with the parameters BP Studio fitted on the "
        "training data, so the predictions match the app's to within float32 rounding.",
        width=88,
    )
    needs = textwrap.fill(f"Needs {requirements}. Exported by BP Studio {__version__}.", 88)
    header = f'''#!/usr/bin/env python3
"""Predict with the BP Studio network from {source_name}, rebuilt in {title}.

{about}

Usage: python {script_name} DATA.csv [-o predictions.csv]

{needs}
"""

import argparse
import csv
import io
import math
import re
import unicodedata
from pathlib import Path

import numpy as np{framework_imports}

WEIGHTS_FILE = Path(__file__).with_name({python_literal(weights_file)})
WEIGHT_NAMES = {python_literal(weight_name_list(network))}
'''
    constants = _constants(recipe)
    decode = DECODE_CLASSIFICATION if recipe["task"] == "classification" else DECODE_REGRESSION
    parts = [header, model_code, constants, CELL_READING, PREPROCESSING, decode, OUTPUT]
    return "\n\n\n".join(part.strip("\n") for part in parts if part.strip()) + "\n"


def _constants(recipe: dict) -> str:
    lines = [
        "# What the data looks like and how BP Studio prepared it ------------------------------",
        "",
        f"CSV_FORMAT = {python_literal(recipe['csv'])}",
        f"TASK = {python_literal(recipe['task'])}",
        f"TARGET = {python_literal(recipe['target'])}",
        "#: Input columns in order. A missing cell takes the value 'fill' (None: the row is",
        "#: skipped). Numeric inputs are (value - offset) * factor; categorical columns become",
        "#: one 0/1 input per category.",
        f"INPUTS = {_rows_literal(recipe['inputs'])}",
        'COLUMNS = [spec["column"] for spec in INPUTS]',
        f"N_INPUTS = {recipe['n_inputs']}",
    ]
    if recipe["task"] == "classification":
        lines.append(f"CLASS_NAMES = {python_literal(recipe['class_names'])}")
    else:
        lines.append(f"TARGET_NAMES = {python_literal(recipe['target_names'])}")
        lines.append("# The network predicts (value - offset) * factor; decode() undoes it.")
        lines.append(f"TARGET_OFFSET = {recipe['target_offset']!r}")
        lines.append(f"TARGET_FACTOR = {recipe['target_factor']!r}")
    return "\n".join(lines) + "\n"


def python_literal(value) -> str:
    """Write ``value`` as Python source with double-quoted strings, as ruff format would."""
    if isinstance(value, str):
        # A JSON string is a valid Python string literal with the same meaning.
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        items = ", ".join(f"{python_literal(k)}: {python_literal(v)}" for k, v in value.items())
        return "{" + items + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(python_literal(item) for item in value) + "]"
    return repr(value)


def _rows_literal(rows: list[dict]) -> str:
    """Write a list of dicts one per line, or one key per line when a dict is too long."""
    lines = ["["]
    for row in rows:
        text = python_literal(row)
        if len(text) <= 90:
            lines.append(f"    {text},")
            continue
        lines.append("    {")
        lines.extend(f"        {python_literal(k)}: {python_literal(v)}," for k, v in row.items())
        lines.append("    },")
    lines.append("]")
    return "\n".join(lines)
