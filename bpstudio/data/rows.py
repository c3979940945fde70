"""Shape split records into a rectangle: header names, ragged rows, empty rows and columns."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from bpstudio.data.cells import normalize_cell
from bpstudio.data.dialect import ImportSettings
from bpstudio.data.errors import data_error
from bpstudio.errors import DataError

# Remains of a UTF-8 byte order mark after a careless conversion.
_LOST_BOMS = ("\ufeff", "ï»¿", "?")
_RAGGED_LIMIT = 10


@dataclass
class RawRecords:
    """Records as split by the csv module, each with the file line where it starts."""

    records: list[list[str]] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)

    def add(self, record: list[str], line: int) -> None:
        self.records.append(record)
        self.lines.append(line)


@dataclass
class ShapedRecords:
    """Data rows cut to the table width, with their lines and what was changed."""

    names: list[str]
    rows: list[list[str]]
    line_numbers: np.ndarray
    skipped_lines: list[int]
    warnings: list[DataError]


def shape_records(raw: RawRecords, settings: ImportSettings, path: str) -> ShapedRecords:
    """Separate the header, drop empty rows and columns, and check every row's width.

    Raises:
        DataError: ``csv.no_columns`` when nothing but empty cells remains,
            ``csv.no_data_rows`` for a header alone, ``csv.ragged_rows`` for rows of the
            wrong width unless ``settings.skip_bad_lines``.
    """
    records, lines = raw.records, raw.lines
    header = records[0] if settings.has_header and records else None
    header_line = lines[0] if header is not None else None
    start = 1 if header is not None else 0
    data = [
        (record, line)
        for record, line in zip(records[start:], lines[start:], strict=True)
        if any(cell.strip() for cell in record)
    ]
    if header is not None and not any(cell.strip() for cell in header):
        raise data_error("csv.no_columns", path=path)
    if not data:
        if header is None:
            raise data_error("csv.no_columns", path=path)
        names, _ = clean_header(header, len(header), path)
        raise data_error("csv.no_data_rows", path=path, columns=", ".join(names))

    if header is not None:
        expected = len(header)
        reference = f"header on line {header_line}"
    else:
        expected = Counter(len(record) for record, _ in data).most_common(1)[0][0]
        reference = "most lines"
    width = _width_without_empty_tail(header, data, expected)

    warnings: list[DataError] = []
    if width < expected:
        warnings.append(data_error("csv.dropped_empty_columns", path=path, count=expected - width))
    rows, line_numbers, bad = _fit_rows(data, width)
    if bad:
        summary = _ragged_summary(bad)
        bad_lines = [line for line, _ in bad]
        if not settings.skip_bad_lines:
            raise data_error(
                "csv.ragged_rows",
                path=path,
                expected=width,
                reference=reference,
                summary=summary,
                lines=bad_lines,
                counts=[count for _, count in bad],
            )
        warnings.append(
            data_error(
                "csv.skipped_lines",
                path=path,
                count=len(bad),
                expected=width,
                summary=summary,
                lines=bad_lines,
            )
        )
    names, name_warnings = clean_header(header, width, path)
    return ShapedRecords(
        names=names,
        rows=rows,
        line_numbers=np.asarray(line_numbers, dtype=np.int64),
        skipped_lines=[line for line, _ in bad],
        warnings=[*name_warnings, *warnings],
    )


def _width_without_empty_tail(
    header: list[str] | None, data: list[tuple[list[str], int]], expected: int
) -> int:
    """Return ``expected`` minus the trailing columns that are empty on every line."""
    width = expected
    while width > 1:
        column = width - 1
        if header is not None and column < len(header) and header[column].strip():
            break
        if any(column < len(record) and record[column].strip() for record, _ in data):
            break
        width -= 1
    return width


def _fit_rows(
    data: list[tuple[list[str], int]], width: int
) -> tuple[list[list[str]], list[int], list[tuple[int, int]]]:
    """Cut rows to ``width``; rows too short, or with text past it, are returned as bad."""
    rows, line_numbers, bad = [], [], []
    for record, line in data:
        if len(record) == width:
            rows.append(record)
        elif len(record) > width and not any(cell.strip() for cell in record[width:]):
            rows.append(record[:width])
        else:
            bad.append((line, len(record)))
            continue
        line_numbers.append(line)
    return rows, line_numbers, bad


def _ragged_summary(bad: list[tuple[int, int]]) -> str:
    parts = [f"line {line} has {count}" for line, count in bad[:_RAGGED_LIMIT]]
    if len(bad) > _RAGGED_LIMIT:
        parts.append(f"and {len(bad) - _RAGGED_LIMIT} more lines differ")
    return ", ".join(parts)


def clean_header(
    header: list[str] | None, width: int, path: str
) -> tuple[list[str], list[DataError]]:
    """Return unique, trimmed column names (generated when there is no header)."""
    if header is None:
        return [f"column_{index + 1}" for index in range(width)], []

    warnings: list[DataError] = []
    names = [normalize_cell(cell.replace("\ufeff", "")).strip('"').strip() for cell in header]
    names += [""] * (width - len(names))
    names = names[:width]
    first = names[0]
    for lost in _LOST_BOMS:
        if first.startswith(lost) and len(first) > len(lost) and not first[len(lost)].isascii():
            names[0] = first[len(lost) :]
            warnings.append(data_error("csv.lost_bom", path=path, value=first, column=names[0]))
            break

    renamed = []
    seen: set[str] = set()
    for index, name in enumerate(names):
        unique = name or f"column_{index + 1}"
        suffix = 2
        while unique in seen:
            unique = f"{name or 'column'}_{suffix}"
            suffix += 1
        if unique != name:
            renamed.append(f"{name!r} -> {unique!r}")
        names[index] = unique
        seen.add(unique)
    if renamed:
        warnings.append(data_error("csv.renamed_columns", path=path, summary=", ".join(renamed)))
    return names, warnings
