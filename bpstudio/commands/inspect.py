"""``bpstudio inspect FILE``: report how the importer reads a CSV file."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from bpstudio.commands.text import tr

HELP = "show how a CSV file is read: encoding, delimiter, header, columns, missing cells"

_SHOWN_COLUMNS = 60


def add_read_options(
    parser: argparse.ArgumentParser, title: str = "reading the file (detected when not given)"
) -> None:
    """Add the CSV reading options of ``inspect``, ``train``, ``evaluate`` and ``predict``."""
    group = parser.add_argument_group(title)
    group.add_argument("--encoding", help="text encoding, e.g. utf-8, gb18030, gbk, cp1252")
    group.add_argument(
        "--delimiter",
        help="field delimiter: a character, or comma, semicolon, tab, space, or whitespace "
        "(runs of spaces and tabs)",
    )
    header = group.add_mutually_exclusive_group()
    header.add_argument(
        "--header", dest="has_header", action="store_true", default=None,
        help="the first line contains the column names",
    )  # fmt: skip
    header.add_argument(
        "--no-header", dest="has_header", action="store_false",
        help="the first line is data; columns are named column_1, column_2, ...",
    )  # fmt: skip
    group.add_argument(
        "--decimal", choices=(".", ","), metavar="MARK", help="decimal mark of numbers: . or ,"
    )
    group.add_argument(
        "--skip-bad-lines",
        action="store_true",
        help="skip lines whose number of fields differs from the header instead of failing",
    )


def read_options(args: argparse.Namespace) -> dict[str, Any]:
    """Return the read_csv keyword arguments given on the command line."""
    return {
        "encoding": args.encoding,
        "delimiter": args.delimiter,
        "has_header": args.has_header,
        "decimal": args.decimal,
        "skip_bad_lines": args.skip_bad_lines,
    }


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="CSV file, or sample:NAME for a built-in dataset")
    parser.add_argument(
        "--json", action="store_true", help="print one JSON object instead of a report"
    )
    parser.add_argument(
        "--rows", type=int, default=5, metavar="N", help="data rows to show (default 5)"
    )
    add_read_options(parser)


def run(args: argparse.Namespace) -> int:
    from bpstudio.data.samples import open_data
    from bpstudio.errors import DataError

    options = read_options(args)
    problems = []
    try:
        table = open_data(args.file, **options)
    except DataError as error:
        if error.kind != "csv.ragged_rows":
            raise
        # Show the rest of the file too; train fails on it until --skip-bad-lines is given.
        problems.append(error)
        table = open_data(args.file, **{**options, "skip_bad_lines": True})
        table.warnings = [item for item in table.warnings if item.kind != "csv.skipped_lines"]

    report = build_report(table, problems, args.rows)
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        from bpstudio.i18n import localized_message

        # The report's text form shows messages in the locale's language; JSON stays English.
        for entry, error in zip(report["problems"], problems, strict=True):
            entry["message"] = localized_message(error)
        for entry, error in zip(report["warnings"], table.warnings, strict=True):
            entry["message"] = localized_message(error)
        sys.stdout.write(format_report(report))
    return 0


def build_report(table, problems: list, preview_rows: int) -> dict[str, Any]:
    """Collect everything ``inspect`` shows as a JSON-able dict."""
    from bpstudio.data.preprocess import default_target, infer_task

    target = default_target(table)
    return {
        "path": table.path,
        "encoding": table.encoding,
        "delimiter": table.delimiter,
        "decimal": table.decimal,
        "has_header": table.has_header,
        "rows": table.n_rows,
        "n_columns": table.n_columns,
        "columns": table.describe(),
        "id_like": [name for name in table.columns if name in table.id_like],
        "missing": {name: lines for name, lines in table.missing.items() if lines},
        "skipped_lines": list(table.skipped_lines),
        "warnings": [warning.to_dict() for warning in table.warnings],
        "problems": [problem.to_dict() for problem in problems],
        "import_settings": table.import_settings(),
        "suggested_target": target,
        "suggested_task": infer_task(table, target),
        "preview": table.preview(preview_rows),
    }


def format_report(report: dict[str, Any]) -> str:
    """Return the plain-text form of :func:`build_report`'s dict, in the locale's language."""
    delimiter = report["delimiter"]
    delimiter_name = _delimiter_names().get(delimiter, tr("custom"))
    header = tr("yes") if report["has_header"] else tr("no (names generated)")
    fields = [
        (tr("file:"), str(report["path"])),
        (tr("encoding:"), str(report["encoding"])),
        (tr("delimiter:"), f"{delimiter!r} ({delimiter_name})"),
        (tr("decimal:"), repr(report["decimal"])),
        (tr("header:"), header),
        (tr("rows:"), str(report["rows"])),
        (tr("columns:"), str(report["n_columns"])),
    ]
    width = max(cell_width(label) for label, _ in fields) + 2
    lines = [pad(label, width) + value for label, value in fields]
    lines.append("")
    lines += _column_lines(report["columns"])
    lines.append("")
    lines += _missing_lines(report["missing"])

    if report["skipped_lines"]:
        skipped = ", ".join(map(str, report["skipped_lines"]))
        lines.append(tr("skipped lines: {lines}").format(lines=skipped))
    for problem in report["problems"]:
        lines.append(tr("problem: {message}").format(message=problem["message"]))
    for warning in report["warnings"]:
        lines.append(tr("warning: {message}").format(message=warning["message"]))
    lines.append(
        tr("suggested target: {column} ({task})").format(
            column=report["suggested_target"], task=task_name(report["suggested_task"])
        )
    )
    if report["preview"]:
        lines += ["", tr("first rows:")]
        lines += ["  " + " | ".join(row) for row in report["preview"]]
    return "\n".join(lines) + "\n"


def task_name(task: str) -> str:
    """Return "classification" or "regression" in the locale's language."""
    return {"classification": tr("classification"), "regression": tr("regression")}.get(task, task)


def _delimiter_names() -> dict[str, str]:
    return {
        ",": tr("comma"),
        ";": tr("semicolon"),
        "\t": tr("tab"),
        "|": tr("pipe"),
        "，": tr("full-width comma"),
        "whitespace": tr("runs of spaces and tabs"),
    }


def _missing_lines(missing: dict[str, list[int]]) -> list[str]:
    if not missing:
        return [tr("missing cells: none")]
    lines = [tr("missing cells:")]
    for name, where in missing.items():
        shown = ", ".join(str(line) for line in where[:10])
        if len(where) > 10:
            shown += tr(", ... ({count} cells)").format(count=len(where))
        lines.append(
            "  "
            + tr("{column}: {count} (lines {lines})").format(
                column=name, count=len(where), lines=shown
            )
        )
    return lines


def cell_width(text: str) -> int:
    """Return the terminal cells ``text`` takes: East Asian wide characters take two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def pad(text: str, width: int) -> str:
    """Return ``text`` followed by spaces up to ``width`` terminal cells."""
    return text + " " * max(0, width - cell_width(text))


def _column_lines(columns: list[dict[str, Any]]) -> list[str]:
    kinds = {
        "numeric": tr("numeric"),
        "categorical": tr("categorical"),
        "constant": tr("constant"),
    }
    rows = []
    for index, column in enumerate(columns[:_SHOWN_COLUMNS], start=1):
        kind = kinds.get(column["kind"], column["kind"]) + (" (ID)" if column["id_like"] else "")
        if "min" in column:
            values = tr("{low} .. {high}, mean {mean}").format(
                low=f"{column['min']:g}", high=f"{column['max']:g}", mean=f"{column['mean']:.4g}"
            )
        else:
            values = ", ".join(f"{label} ({count})" for label, count in column.get("top", [])[:4])
        rows.append([str(index), column["name"], kind, str(column["missing"]),
                     str(column["distinct"]), values])  # fmt: skip
    heading = ["#", tr("name"), tr("kind"), tr("missing"), tr("distinct"), tr("values")]
    widths = [max(cell_width(row[i]) for row in [heading, *rows]) for i in range(5)]
    widths[1] = min(28, widths[1])
    right = (True, False, False, True, True)
    lines = []
    for row in [heading, *rows]:
        cells = [
            " " * max(0, width - cell_width(cell)) + cell if align else pad(cell, width)
            for cell, width, align in zip(row, widths, right, strict=False)
        ]
        lines.append(("  " + "  ".join(cells) + "  " + row[5]).rstrip())
    if len(columns) > _SHOWN_COLUMNS:
        more = tr("... {count} more columns (all in --json)")
        lines.append("  " + more.format(count=len(columns) - _SHOWN_COLUMNS))
    return lines
