"""``bpstudio predict``: write a CSV file's rows with the saved network's predictions."""

from __future__ import annotations

import argparse
import json
import sys

HELP = "predict with a saved project and write the rows and predictions to CSV"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", help="project file saved by BP Studio (.bpproj)")
    parser.add_argument("data", help="CSV file or sample:NAME with the feature columns")
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT.csv",
        help="where to write the input columns plus the predictions (UTF-8 with BOM)",
    )
    _add_read_options(parser)
    parser.add_argument("--json", action="store_true", help="print one JSON summary object")


def _add_read_options(parser: argparse.ArgumentParser) -> None:
    from bpstudio.commands.inspect import add_read_options

    add_read_options(parser, "reading DATA (as the project's data was read when not given)")


def run(args: argparse.Namespace) -> int:
    from bpstudio.commands.inspect import read_options
    from bpstudio.commands.text import tr
    from bpstudio.i18n import localized_message
    from bpstudio.project import load_project, write_predictions
    from bpstudio.project.sources import read_for_project

    project = load_project(args.project)
    table = read_for_project(project, args.data, **read_options(args))
    predictions = write_predictions(project, table, args.output)

    summary = {
        "output": args.output,
        "rows": predictions.n_rows,
        "predicted": int(len(predictions.predicted_rows)),
        "skipped_lines": predictions.skipped_lines,
        "columns": predictions.header,
    }
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
    message = tr("wrote {rows} rows to {path}").format(rows=summary["rows"], path=args.output)
    if predictions.skipped_lines:
        lines = ", ".join(str(line) for line in predictions.skipped_lines[:10])
        if len(predictions.skipped_lines) > 10:
            lines += ", ..."
        message += tr(
            "; {count} rows have no prediction because a value is missing (lines {lines})"
        ).format(count=len(predictions.skipped_lines), lines=lines)
    print(message, file=sys.stderr)
    for warning in [*table.warnings, *predictions.warnings]:
        print(tr("warning: {message}").format(message=localized_message(warning)), file=sys.stderr)
    return 0
