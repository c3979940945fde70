"""Check the shape of a project document before anything is built from it."""

from __future__ import annotations

import math
import numbers
from typing import Any

from bpstudio.project.errors import ProjectError

#: Field name -> accepted JSON types. ``None`` in the tuple allows ``null``.
FIELD_TYPES: dict[str, tuple[type | None, ...]] = {
    "app_version": (str,),
    "data_source": (dict,),
    "import_settings": (dict,),
    "preprocess": (dict,),
    "pipeline": (dict, None),
    "network": (dict,),
    "training": (dict,),
    "model": (dict, None),
    "dataset": (dict,),
    "history": (dict,),
    "markers": (list,),
    "runs": (list,),
    "notes": (str,),
    "view": (dict,),
    "weights": (list,),
}
#: Largest dimension a weight array may declare; the total size is bounded when loading.
MAX_DIMENSION = 2**31


def validate_document(document: dict[str, Any], where: str) -> None:
    """Raise ProjectError ``project.invalid_document`` naming the first malformed field.

    Optional fields may be absent (they get their defaults); present ones must have the right
    JSON type. The history must be lists of numbers or nulls, and each declared weight array a
    ``{"shape": [...], "dtype": ...}`` entry with non-negative integer dimensions.
    """
    for name, types in FIELD_TYPES.items():
        if name not in document:
            continue
        value = document[name]
        if value is None and None in types:
            continue
        accepted = tuple(kind for kind in types if kind is not None)
        if not isinstance(value, accepted):
            expected = " or ".join(_json_type_name(kind) for kind in types)
            _invalid(where, name, f"expected {expected}, got {_json_type_name(type(value))}")
    document.setdefault("weights", [])

    _check_history(document.get("history") or {}, where)
    for index, marker in enumerate(document.get("markers") or []):
        if not isinstance(marker, dict):
            _invalid(where, f"markers[{index}]", "expected an object")
    for index, run in enumerate(document.get("runs") or []):
        if not isinstance(run, dict):
            _invalid(where, f"runs[{index}]", "expected an object")
    for index, entry in enumerate(document["weights"]):
        _check_weight_entry(entry, f"weights[{index}]", where)


def _check_history(history: dict[str, Any], where: str) -> None:
    for name, values in history.items():
        if not isinstance(values, list):
            _invalid(where, f"history.{name}", "expected a list of numbers")
        for index, value in enumerate(values):
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, numbers.Real):
                _invalid(where, f"history.{name}[{index}]", f"expected a number, got {value!r}")
            if not math.isfinite(value):
                _invalid(where, f"history.{name}[{index}]", "the number is not finite")


def _check_weight_entry(entry: Any, field: str, where: str) -> None:
    if not isinstance(entry, dict) or not isinstance(entry.get("shape"), list):
        _invalid(where, field, "expected an object with a 'shape' list")
    shape = entry["shape"]
    if not 1 <= len(shape) <= 2:
        _invalid(where, f"{field}.shape", f"expected 1 or 2 dimensions, got {len(shape)}")
    for dimension in shape:
        if isinstance(dimension, bool) or not isinstance(dimension, int):
            _invalid(where, f"{field}.shape", f"dimension {dimension!r} is not an integer")
        if not 0 <= dimension <= MAX_DIMENSION:
            _invalid(where, f"{field}.shape", f"dimension {dimension} is out of range")


def _invalid(where: str, field: str, reason: str) -> None:
    raise ProjectError("project.invalid_document", path=where, field=field, reason=reason)


def _json_type_name(kind: type | None) -> str:
    names = {dict: "an object", list: "a list", str: "a string", type(None): "null", None: "null"}
    if kind in (int, float, bool):
        return "a number" if kind is not bool else "true or false"
    return names.get(kind, kind.__name__ if kind else "null")


#: Largest network a project may describe, in parameters (512 MiB of float32 weights).
MAX_PARAMETERS = 128 * 2**20
DATA_SOURCE_KINDS = ("file", "sample", "embedded")


def check_contents(project, where: str) -> None:
    """Check that the settings, preprocessing and network in a loaded project can be rebuilt.

    Raises ProjectError ``project.invalid_document`` naming the field, ``project.too_large``
    for a network too big to build, and ``project.weights_mismatch`` when the weights do not
    fit the saved network, so that a damaged file fails on opening, not later in a panel.
    """
    from bpstudio.data import Pipeline, PreprocessConfig

    kind = project.data_source.get("kind")
    if kind is not None and kind not in DATA_SOURCE_KINDS:
        _invalid(where, "data_source.kind", f"expected one of {DATA_SOURCE_KINDS}, got {kind!r}")
    for key in ("path", "name", "filename"):
        value = project.data_source.get(key)
        if value is not None and not isinstance(value, str):
            _invalid(where, f"data_source.{key}", f"expected a string, got {value!r}")
    if project.preprocess:
        config = _rebuild(
            where, "preprocess", lambda: PreprocessConfig.from_dict(project.preprocess)
        )
        _rebuild(where, "preprocess", config.validate)
    if project.pipeline:
        _rebuild(where, "pipeline", lambda: Pipeline.from_dict(project.pipeline))
    if project.model:
        _check_model(project, where)


def _check_model(project, where: str) -> None:
    from bpstudio.engine import Sequential
    from bpstudio.errors import ModelError

    layers = project.model.get("layers")
    if not isinstance(layers, list):
        _invalid(where, "model.layers", "expected a list of layers")
    width = project.model.get("input_dim")
    parameters = 0
    for index, layer in enumerate(layers):
        units = layer.get("units") if isinstance(layer, dict) else None
        if isinstance(units, bool) or not isinstance(units, int) or units < 1:
            _invalid(
                where, f"model.layers[{index}].units", f"expected a positive integer, got {units!r}"
            )
        if isinstance(width, int) and not isinstance(width, bool):
            parameters += (width + 1) * units
        width = units
    if parameters > MAX_PARAMETERS:
        raise ProjectError(
            "project.too_large",
            path=where,
            member="model",
            size=parameters * 4,
            limit=MAX_PARAMETERS * 4,
        )

    model = _rebuild(where, "model", lambda: Sequential.from_config(project.model))
    if project.weights:
        try:
            if not model.built:
                model.build(int(project.weights[0].shape[0]))
            model.set_weights(project.weights)
        except ModelError as error:
            raise ProjectError("project.weights_mismatch", path=where, reason=str(error)) from error


def _rebuild(where: str, field: str, build):
    try:
        return build()
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
        # ModelError and DataError are ValueErrors too; their message names the bad value.
        _invalid(where, field, str(error) or type(error).__name__)
