"""The saved preprocessing as the plain constants an exported script needs."""

from __future__ import annotations

from typing import Any

from bpstudio.project.document import Project
from bpstudio.project.errors import ProjectError


def preprocessing_recipe(project: Project) -> dict[str, Any]:
    """Return how to read the CSV file and turn its rows into inputs, and how to decode outputs.

    The values come from the fitted pipeline (``Project.pipeline``). Each input column has
    the fill value for missing cells, plus the affine scaling ``(x - offset) * factor`` of a
    numeric column or the categories of a one-hot column. The target has its class names or
    its scaling.
    """
    pipeline = project.pipeline
    if not pipeline or not pipeline.get("features"):
        raise ProjectError(
            "project.export_unsupported",
            format="code",
            reason="the project has no fitted preprocessing; load data and train first",
        )
    settings = project.import_settings
    csv_format = {
        "encoding": str(settings.get("encoding") or "utf-8"),
        "delimiter": str(settings.get("delimiter") or ","),
        "decimal": str(settings.get("decimal") or "."),
        "has_header": bool(settings.get("has_header", True)),
        "skip_bad_lines": bool(settings.get("skip_bad_lines", False)),
    }
    inputs = []
    n_inputs = 0
    for step in pipeline["features"]:
        if step["kind"] == "numeric":
            inputs.append(
                {
                    "column": step["column"],
                    "kind": "numeric",
                    "fill": step.get("fill"),
                    "offset": float(step.get("offset", 0.0)),
                    "factor": float(step.get("factor", 1.0)),
                }
            )
            n_inputs += 1
        else:
            categories = [str(category) for category in step.get("categories", [])]
            inputs.append(
                {
                    "column": step["column"],
                    "kind": "categorical",
                    "fill": step.get("fill"),
                    "categories": categories,
                }
            )
            n_inputs += len(categories)

    target = pipeline.get("target") or {}
    recipe: dict[str, Any] = {
        "csv": csv_format,
        "task": target.get("task") or project.task or "regression",
        "target": str(target.get("column") or project.preprocess.get("target") or "target"),
        "inputs": inputs,
        "n_inputs": n_inputs,
    }
    if recipe["task"] == "classification":
        recipe["class_names"] = [str(name) for name in target.get("classes", [])]
    else:
        recipe["target_names"] = [recipe["target"]]
        recipe["target_offset"] = float(target.get("offset", 0.0))
        recipe["target_factor"] = float(target.get("factor", 1.0))
    return recipe
