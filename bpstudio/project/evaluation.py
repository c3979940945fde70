"""Evaluate a saved network on its test split or on another CSV file.

Classification reports the loss, accuracy, per-class precision, recall and F1 and the
confusion matrix, with the original class labels. Regression reports MSE, RMSE, MAE, MAPE
and R² in the target's original units (the scaling of the target, if any, is undone first),
plus the predicted and true values for a scatter plot and an error histogram.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from bpstudio.project.document import Project
from bpstudio.project.errors import ProjectError
from bpstudio.project.metrics import class_indices, classification_metrics, regression_metrics
from bpstudio.project.sources import load_project_table, transform_table

#: ``EvaluationResult.source`` when the project's own test split was used.
TEST_SPLIT = "test split"


@dataclass
class EvaluationResult:
    """Metrics, targets and predictions of one evaluation.

    ``y_true`` and ``y_pred`` are class indices for classification and ``(n, n_targets)``
    values in original units for regression. ``skipped_lines`` lists file lines left out
    because a value the network needs was missing.
    """

    task: str
    source: str
    n_samples: int
    loss: float | None
    metrics: dict[str, Any]
    y_true: np.ndarray
    y_pred: np.ndarray
    loss_name: str = ""
    skipped_lines: list[int] = field(default_factory=list)
    warnings: list = field(default_factory=list)

    @property
    def accuracy(self) -> float | None:
        return self.metrics.get("accuracy")

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form printed by ``bpstudio evaluate --json`` (NaN and inf as null)."""
        return _finite(
            {
                "task": self.task,
                "source": self.source,
                "n_samples": self.n_samples,
                "loss_name": self.loss_name,
                "loss": self.loss,
                **{key: value for key, value in self.metrics.items() if key != "n_samples"},
                "skipped_lines": list(self.skipped_lines),
                "warnings": [error.to_dict() for error in self.warnings],
            }
        )


def evaluate_project(
    project: Project, table=None, *, model=None, path_hint: str = ""
) -> EvaluationResult:
    """Evaluate ``project``'s network on ``table``, or on its own test split when None.

    The test split is rebuilt by preparing the project's data with its saved preprocessing
    settings (same seed, so the same rows). Another table goes through the saved, fitted
    preprocessing and must contain the target column.
    """
    if not project.has_weights:
        raise ProjectError("project.no_weights")
    model = model if model is not None else project.build_model()

    if table is None:
        x, y = _test_split(project)
        return evaluate_arrays(project, model, x, y, source=TEST_SPLIT)
    source = path_hint or str(getattr(table, "path", "") or "data")
    data = transform_table(project, table, with_target=True, where=source)
    result = evaluate_arrays(
        project, model, data.x, data.y, source=source, skipped_lines=data.skipped_lines
    )
    result.warnings = data.warnings
    return result


def evaluate_arrays(
    project: Project,
    model,
    x: np.ndarray,
    y: np.ndarray,
    *,
    source: str,
    skipped_lines: list[int] | None = None,
) -> EvaluationResult:
    """Evaluate ``model`` on prepared arrays (inputs and targets in the network's units)."""
    task = project.task or "regression"
    outputs = np.asarray(model.predict(x))
    loss_name = loss_name_of(model, project)
    loss = _loss_value(loss_name, y, outputs)

    if task == "classification":
        class_names = project.dataset.get("class_names") or _numbered(outputs.shape[1], "class")
        true = class_indices(y)
        predicted = class_indices(outputs)
        metrics = classification_metrics(true, predicted, class_names)
    else:
        pipeline = project.fitted_pipeline() if project.pipeline else None
        true = _original_units(pipeline, y)
        predicted = _original_units(pipeline, outputs)
        names = project.dataset.get("target_names") or _numbered(true.shape[1], "target")
        metrics = regression_metrics(true, predicted, names)

    return EvaluationResult(
        task=task,
        source=source,
        n_samples=int(len(x)),
        loss=loss,
        metrics=metrics,
        y_true=true,
        y_pred=predicted,
        loss_name=loss_name,
        skipped_lines=list(skipped_lines or []),
    )


def loss_name_of(model, project: Project) -> str:
    """Return the loss the network was trained with, as a registry name."""
    loss = getattr(model, "loss", None)
    name = getattr(loss, "name", loss)
    if isinstance(name, str) and name != "auto":
        return name
    configured = project.network.get("loss", "auto")
    if configured != "auto":
        return configured
    from bpstudio.engine import network_spec

    _activation, resolved = network_spec.output_defaults(
        project.task or "regression", int(project.dataset.get("n_outputs") or 1)
    )
    return resolved


def _test_split(project: Project) -> tuple[np.ndarray, np.ndarray]:
    from bpstudio.data import prepare

    if not float(project.preprocess.get("test_split") or 0) > 0:
        raise ProjectError("project.no_test_split")
    table = load_project_table(project)
    prepared = prepare(table, project.preprocess_config())
    if prepared.x_test is None or len(prepared.x_test) == 0:
        raise ProjectError("project.no_test_split")
    return prepared.x_test, prepared.y_test


def _loss_value(name: str, y: np.ndarray, outputs: np.ndarray) -> float | None:
    from bpstudio.engine import losses

    value = float(losses.get(name).value(np.asarray(y, dtype=outputs.dtype), outputs))
    return value if np.isfinite(value) else None


def _original_units(pipeline, values: np.ndarray) -> np.ndarray:
    values = np.asarray(values)
    if pipeline is not None:
        values = np.asarray(pipeline.decode(values), dtype=np.float64)
    return values.reshape(len(values), -1).astype(np.float64)


def _finite(value: Any) -> Any:
    # A diverged network can predict infinity, which JSON cannot carry.
    if isinstance(value, dict):
        return {key: _finite(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_finite(item) for item in value]
    if isinstance(value, float) and not np.isfinite(value):
        return None
    return value


def _numbered(count: int, prefix: str) -> list[str]:
    return [f"{prefix} {index}" for index in range(count)]


def report_rows(result: EvaluationResult) -> list[list]:
    """Lay the evaluation out as spreadsheet rows: summary, per-class or per-target table,
    then the confusion matrix or the error histogram, separated by empty rows."""
    metrics = result.metrics
    rows: list[list] = [
        ["source", result.source],
        ["samples", result.n_samples],
        [f"loss ({result.loss_name})", result.loss],
    ]
    if result.task == "classification":
        rows.append(["accuracy", metrics["accuracy"]])
        rows += [[], ["class", "precision", "recall", "f1", "support"]]
        for entry in metrics["classes"]:
            rows.append(
                [entry["name"], entry["precision"], entry["recall"], entry["f1"], entry["support"]]
            )
        for label, key in (("macro avg", "macro_avg"), ("weighted avg", "weighted_avg")):
            average = metrics[key]
            rows.append(
                [
                    label,
                    average["precision"],
                    average["recall"],
                    average["f1"],
                    metrics["n_samples"],
                ]
            )
        rows += [[], ["confusion matrix (rows: true class, columns: predicted class)"]]
        rows.append(["", *metrics["class_names"]])
        for name, counts in zip(metrics["class_names"], metrics["confusion_matrix"], strict=True):
            rows.append([name, *counts])
    else:
        rows += [[], ["target", "MSE", "RMSE", "MAE", "MAPE %", "R2"]]
        for entry in metrics["targets"]:
            rows.append(
                [entry["name"], *(entry[key] for key in ("mse", "rmse", "mae", "mape", "r2"))]
            )
        rows += [[], ["error from", "error to", "samples"]]
        edges = metrics["histogram"]["edges"]
        for index, count in enumerate(metrics["histogram"]["counts"]):
            rows.append([edges[index], edges[index + 1], count])
    if result.skipped_lines:
        rows += [[], ["rows left out (missing values), file lines", *result.skipped_lines]]
    return rows


def write_report(result: EvaluationResult, path) -> None:
    """Write :func:`report_rows` as Excel-friendly CSV (UTF-8 with BOM, formulas escaped)."""
    from bpstudio.project.csvout import write_csv

    write_csv(path, ["metric", "value"], report_rows(result))
