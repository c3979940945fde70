"""Detect a CSV file's dialect from its first lines: delimiter, decimal mark and header."""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from bpstudio.data.cells import is_missing, normalize_cell, parse_number
from bpstudio.data.errors import data_error

#: ``delimiter`` value meaning "split on runs of spaces and tabs".
WHITESPACE = "whitespace"
#: Single-character delimiters tried, in order of preference when they fit equally well.
#: Tab and semicolon come before the comma: a semicolon file usually has decimal commas, so
#: its commas may look consistent too.
CANDIDATES = ("\t", ";", "，", ",", "|")
_NAMES = {
    "comma": ",",
    "semicolon": ";",
    "tab": "\t",
    "\\t": "\t",
    "pipe": "|",
    "space": " ",
    "spaces": WHITESPACE,
    "whitespace": WHITESPACE,
    "fullwidth-comma": "，",
    "fullwidth_comma": "，",
}
_SEP_LINE = re.compile(r'^"?sep=(.)"?[ \t]*$')
_SAMPLE_LINES = 100


@dataclass
class ImportSettings:
    """How a file is read; ``sniff_csv`` fills it in and the GUI preview may change it."""

    encoding: str = "utf-8"
    delimiter: str = ","
    has_header: bool = True
    decimal: str = "."
    skip_bad_lines: bool = False
    sep_line: bool = False
    preview: list[list[str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Return the read_csv arguments (without the preview)."""
        settings = asdict(self)
        del settings["preview"], settings["sep_line"]
        return settings


def parse_delimiter(value: str | None) -> str | None:
    """Turn a user's delimiter (``","``, ``"tab"``, ``"whitespace"``, ...) into ours."""
    if value is None:
        return None
    if value in _NAMES:
        return _NAMES[value]
    if value.lower() in _NAMES:
        return _NAMES[value.lower()]
    if len(value) != 1 or value in '\r\n"':
        raise data_error("csv.bad_delimiter", value=value)
    return value


def split_sep_line(text: str) -> tuple[str | None, str]:
    """Return Excel's ``sep=X`` delimiter (or None) and the text after that line."""
    first_end = text.find("\n")
    first = text if first_end < 0 else text[:first_end]
    match = _SEP_LINE.match(first.rstrip("\r"))
    if match is None:
        return None, text
    return match.group(1), text[first_end + 1 :] if first_end >= 0 else ""


def sample_lines(text: str, limit: int = _SAMPLE_LINES) -> list[str]:
    """Return the first ``limit`` lines of ``text`` that are not blank."""
    lines = []
    for line in text.splitlines():
        if line.strip():
            lines.append(line)
            if len(lines) >= limit:
                break
    return lines


def split_records(lines: list[str], delimiter: str) -> list[list[str]]:
    """Split sample lines into fields the same way the reader will."""
    if delimiter == WHITESPACE:
        return [line.split() for line in lines]
    return list(csv.reader(lines, delimiter=delimiter, quotechar='"', doublequote=True))


def sniff_delimiter(lines: list[str]) -> str:
    """Choose the delimiter whose field count is the most consistent across ``lines``."""
    scores = {}
    for candidate in (*CANDIDATES, WHITESPACE):
        if candidate != WHITESPACE and not any(candidate in line for line in lines):
            continue
        counts = [len(record) for record in split_records(lines, candidate) if record]
        if not counts:
            continue
        modal, frequency = Counter(counts).most_common(1)[0]
        if modal >= 2:
            scores[candidate] = frequency / len(counts)
    if not scores:
        return ","
    single = {name: score for name, score in scores.items() if name != WHITESPACE}
    best = max(single.values(), default=0.0)
    if scores.get(WHITESPACE, 0.0) > best:
        return WHITESPACE
    return next(name for name in CANDIDATES if name in single and single[name] >= best - 1e-9)


def sniff_decimal(records: list[list[str]], delimiter: str) -> str:
    """Return ``","`` when numbers use decimal commas (possible only without comma fields)."""
    if delimiter == ",":
        return "."
    comma = point = 0
    for record in records:
        for cell in record:
            text = normalize_cell(cell)
            if re.fullmatch(r"[+-]?[0-9]*,[0-9]+", text):
                comma += 1
            elif re.fullmatch(r"[+-]?[0-9]*\.[0-9]+", text):
                point += 1
    return "," if comma > point else "."


def sniff_header(records: list[list[str]], decimal: str) -> bool:
    """Return True when the first record looks like column names rather than data."""
    if not records:
        return False
    first = [normalize_cell(cell) for cell in records[0]]
    numeric_first = [
        not is_missing(text) and parse_number(text, decimal) is not None for text in first
    ]
    if all(numeric_first):
        return False
    rest = records[1:]
    if not rest:
        return not any(numeric_first) and any(not is_missing(text) for text in first)
    # A text cell above a column of numbers is a column name.
    for index, name in enumerate(first):
        if is_missing(name) or numeric_first[index]:
            continue
        column = [normalize_cell(record[index]) for record in rest if index < len(record)]
        present = [text for text in column if not is_missing(text)]
        numeric = sum(parse_number(text, decimal) is not None for text in present)
        if present and numeric >= 0.8 * len(present):
            return True
    if any(numeric_first):
        return False
    # Every column is text: a header names each column once and never repeats as a value.
    if any(is_missing(name) for name in first) or len(set(first)) < len(first):
        return False
    for index, name in enumerate(first):
        if any(index < len(record) and normalize_cell(record[index]) == name for record in rest):
            return False
    return True
