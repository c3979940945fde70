"""``bpstudio evaluate``: measure a saved network on its test split or on a CSV file."""

from __future__ import annotations

import argparse
import json
import sys

HELP = "evaluate a saved project on its test split or on another CSV file"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", help="project file saved by BP Studio (.bpproj)")
    parser.add_argument(
        "data",
        nargs="?",
        help="CSV file or sample:NAME with the target column; without it, the project's "
        "test split is used",
    )
    _add_read_options(parser)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--report",
        metavar="OUT.csv",
        help="also write the metrics and the confusion matrix (or error histogram) as CSV",
    )


def _add_read_options(parser: argparse.ArgumentParser) -> None:
    from bpstudio.commands.inspect import add_read_options

    add_read_options(parser, "reading DATA (as the project's data was read when not given)")


def run(args: argparse.Namespace) -> int:
    from bpstudio.commands.inspect import read_options
    from bpstudio.commands.text import tr
    from bpstudio.i18n import localized_message
    from bpstudio.project import evaluate_project, load_project
    from bpstudio.project.sources import read_for_project

    project = load_project(args.project)
    table = None
    if args.data:
        table = read_for_project(project, args.data, **read_options(args))
    result = evaluate_project(project, table, path_hint=args.data or "")

    if args.report:
        from bpstudio.project.evaluation import write_report

        write_report(result, args.report)
    if args.json:
        print(json.dumps({"project": args.project, **result.to_dict()}, ensure_ascii=False))
    else:
        print(format_report(result))
    warnings = [*(table.warnings if table is not None else ()), *result.warnings]
    for warning in warnings:
        print(tr("warning: {message}").format(message=localized_message(warning)), file=sys.stderr)
    if result.skipped_lines:
        message = tr("left out {count} rows with missing values (lines {lines})")
        lines = _line_list(result.skipped_lines)
        print(message.format(count=len(result.skipped_lines), lines=lines), file=sys.stderr)
    return 0


def format_report(result) -> str:
    """Return the evaluation as aligned plain-text tables."""
    from bpstudio.commands.text import tr

    heading = tr("evaluated on {source}: {count} samples")
    lines = [heading.format(source=result.source, count=result.n_samples)]
    if result.loss is not None:
        loss = tr("loss ({name}): {value}")
        lines.append(loss.format(name=result.loss_name, value=f"{result.loss:.6g}"))
    metrics = result.metrics
    if result.task == "classification":
        lines.append(tr("accuracy: {value}").format(value=f"{metrics['accuracy']:.4f}"))
        lines.append("")
        lines.extend(_class_table(metrics))
        lines.append("")
        lines.append(tr("confusion matrix (rows: true class, columns: predicted class)"))
        lines.extend(_confusion_table(metrics))
    else:
        lines.append("")
        lines.extend(_regression_table(metrics))
    return "\n".join(lines)


def _class_table(metrics) -> list[str]:
    rows = [["class", "precision", "recall", "f1", "support"]]
    for entry in metrics["classes"]:
        rows.append(
            [
                entry["name"],
                *(_number(entry[key]) for key in ("precision", "recall", "f1")),
                str(entry["support"]),
            ]
        )
    for label, key in (("macro avg", "macro_avg"), ("weighted avg", "weighted_avg")):
        average = metrics[key]
        rows.append(
            [
                label,
                *(_number(average[name]) for name in ("precision", "recall", "f1")),
                str(metrics["n_samples"]),
            ]
        )
    return _align(rows)


def _confusion_table(metrics) -> list[str]:
    names = metrics["class_names"]
    rows = [["", *names]]
    for name, counts in zip(names, metrics["confusion_matrix"], strict=True):
        rows.append([name, *(str(count) for count in counts)])
    return _align(rows)


def _regression_table(metrics) -> list[str]:
    rows = [["target", "MSE", "RMSE", "MAE", "MAPE %", "R²"]]
    for entry in metrics["targets"]:
        rows.append(
            [entry["name"], *(_number(entry[key]) for key in ("mse", "rmse", "mae", "mape", "r2"))]
        )
    if len(metrics["targets"]) > 1:
        rows.append(
            ["mean", *(_number(metrics[key]) for key in ("mse", "rmse", "mae", "mape", "r2"))]
        )
    return _align(rows)


def _number(value) -> str:
    return "n/a" if value is None else f"{value:.4g}"


def _align(rows: list[list[str]]) -> list[str]:
    widths = [max(_width(row[column]) for row in rows) for column in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [
            cell + " " * (width - _width(cell)) for cell, width in zip(row, widths, strict=True)
        ]
        lines.append("  ".join(cells).rstrip())
    return lines


def _width(text: str) -> int:
    from bpstudio.commands.inspect import cell_width

    return cell_width(text)


def _line_list(lines: list[int], limit: int = 10) -> str:
    shown = ", ".join(str(line) for line in lines[:limit])
    return shown + (", ..." if len(lines) > limit else "")
