"""Output of ``bpstudio train``: the progress lines, warnings and the final report."""

from __future__ import annotations

import math
import sys
from typing import Any

from bpstudio.commands.inspect import cell_width, pad, task_name
from bpstudio.commands.text import tr


def format_result(result: dict[str, Any]) -> str:
    """Return the plain-text report printed when ``--json`` is not given."""
    data = result["data"]
    task = task_name(data["task"])
    if data["classes"]:
        task = tr("{task}, classes {classes}").format(task=task, classes=", ".join(data["classes"]))
    hidden = [f"{layer['units']} {layer['activation']}" for layer in result["network"]["hidden"]]
    inputs = tr("{count} inputs").format(count=len(data["inputs"]))
    layers = " -> ".join([inputs, *hidden, tr("output")])

    training = result["training"]
    run = tr("{optimizer}, learning rate {rate}, {epochs} epochs, {seconds} s").format(
        optimizer=training["optimizer"],
        rate=training["learning_rate"],
        epochs=result["epochs_run"],
        seconds=result["seconds"],
    )
    if result["stopped_early"]:
        run += " " + tr("(stopped early)")

    fields = [
        (tr("data:"), tr("{path} ({rows} rows)").format(path=data["path"], rows=data["rows"])),
        (tr("target:"), f"{data['target']} ({task})"),
        (
            tr("network:"),
            tr("{layers} {activation}, loss {loss}").format(
                layers=layers, activation=result["output_activation"], loss=result["loss"]
            ),
        ),
        (tr("training:"), run),
    ]
    width = max(cell_width(label) for label, _ in fields) + 1
    lines = [pad(label, width) + value for label, value in fields]
    lines.append("")

    parts = {"train": tr("train"), "validation": tr("validation"), "test": tr("test")}
    part_width = max(cell_width(name) for name in parts.values()) + 1
    for part, metrics in result["final"].items():
        shown = "  ".join(f"{name} {format_value(value)}" for name, value in metrics.items())
        lines.append(pad(parts[part], part_width) + shown)
    if result["project"]:
        lines += ["", tr("saved to {path}").format(path=result["project"])]
    return "\n".join(lines) + "\n"


def format_value(value: float) -> str:
    """Return ``value`` with 4 decimals, or in scientific notation when huge or tiny."""
    magnitude = abs(value)
    if math.isfinite(value) and (magnitude >= 1e6 or 0 < magnitude < 1e-4):
        return f"{value:.4e}"
    return f"{value:.4f}"


def jsonable(value: Any) -> Any:
    """Convert NumPy scalars and arrays inside ``value`` to plain JSON types."""
    import numpy as np

    if isinstance(value, dict):
        return {str(key): jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(item) for item in value]
    if isinstance(value, np.ndarray):
        return jsonable(value.tolist())
    if isinstance(value, np.generic):
        return jsonable(value.item())
    if isinstance(value, float) and not math.isfinite(value):
        return None  # JSON has no NaN or infinity
    return value


def warn_all(warnings) -> None:
    """Print each warning on standard error, in the locale's language."""
    from bpstudio.i18n import localized_message

    for warning in warnings:
        notify(tr("warning: {message}").format(message=localized_message(warning)))


def notify(message: str) -> None:
    """Print a line of progress or status on standard error."""
    print(message, file=sys.stderr)


def progress_line(report: Any) -> None:
    """Print one epoch's metrics on standard error."""
    parts = [tr("epoch {epoch}/{epochs}").format(epoch=report.epoch, epochs=report.epochs)]
    parts += [f"{name} {format_value(value)}" for name, value in report.logs.items()]
    parts.append(f"{report.elapsed:.1f}s")
    print("  ".join(parts), file=sys.stderr, flush=True)
