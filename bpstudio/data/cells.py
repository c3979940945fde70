"""Cell normalisation, missing-value markers, number parsing and column typing.

Both the careful CSV reader and ``Table.from_columns`` type their columns here, so a column
gets the same kind, values and missing report whichever way it was built.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field

import numpy as np

from bpstudio.data.errors import data_error
from bpstudio.errors import DataError

#: Cell texts that mean "no value", compared case-insensitively after trimming.
MISSING_MARKERS = frozenset({"", "?", "na", "n/a", "nan", "null", "-", "#n/a"})

_NUMBER = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_THOUSANDS_POINT_DECIMAL = re.compile(r"[+-]?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]*)?")
_THOUSANDS_COMMA_DECIMAL = re.compile(r"[+-]?[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]*)?")
_COMMA_DECIMAL = re.compile(r"[+-]?(?:[0-9]+,[0-9]*|,[0-9]+)(?:[eE][+-]?[0-9]+)?")

# NFKC maps full-width digits and the full-width minus to ASCII, but not these signs.
_SIGNS = str.maketrans({"\u2212": "-", "\u2012": "-", "\u2013": "-", "\ufe63": "-"})

# Names that mark a numeric column as a row identifier when its values are all different.
_ID_NAME = re.compile(
    r"(?:^(?:id|no\.?|nr\.?|idx|index|#|row|rowid|key)$)"
    r"|(?:(?:^|[\s_.-])id$)|(?:[a-z]Id$|[a-z]ID$)"
    r"|(?:编号|序号|学号|工号|号码|ＩＤ)",
    re.IGNORECASE,
)

# Within this alphabet, float() accepts exactly the texts that _NUMBER matches (no spaces,
# underscores, "nan" or "inf"), and the only missing markers are "" and "-".
_PLAIN_CHARACTERS = re.compile(r"[^0-9eE+\-.\x1f]")
_SEPARATOR = "\x1f"

#: A column is "mostly numeric" (and warned about) when at most this share of its
#: non-missing cells fails to parse as a number.
MIXED_SHARE = 0.05


def normalize_cell(text: str) -> str:
    """Trim ``text`` and apply NFKC, so full-width digits, letters and signs become ASCII."""
    text = text.strip()
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(_SIGNS).strip()
    return text


def is_missing(text: str) -> bool:
    """Return True when a normalised cell is one of :data:`MISSING_MARKERS`."""
    return len(text) <= 4 and text.casefold() in MISSING_MARKERS


def parse_number(text: str, decimal: str = ".") -> float | None:
    """Return the number written in a normalised cell, or None when it is not a number.

    Accepts ``1``, ``-2.5``, ``.5``, ``3504.``, ``1e-3``, thousands separators
    (``1,234.5``; ``1.234,5`` when ``decimal`` is ``","``) and decimal commas. Words such as
    ``inf`` or ``nan`` and Python's ``1_000`` are not numbers here.
    """
    if _NUMBER.fullmatch(text):
        if decimal == "," and _THOUSANDS_COMMA_DECIMAL.fullmatch(text):
            return float(text.replace(".", ""))
        return float(text)
    if decimal == ",":
        if _THOUSANDS_COMMA_DECIMAL.fullmatch(text):
            return float(text.replace(".", "").replace(",", "."))
        if _COMMA_DECIMAL.fullmatch(text):
            return float(text.replace(",", "."))
        return None
    if _THOUSANDS_POINT_DECIMAL.fullmatch(text):
        return float(text.replace(",", ""))
    return None


def looks_like_id_name(name: str) -> bool:
    """Return True for column names such as ``id``, ``PassengerId``, ``student_no``, ``编号``."""
    return bool(_ID_NAME.search(name.strip()))


@dataclass
class TypedColumn:
    """One column after typing: its kind, values, missing lines and warnings."""

    name: str
    kind: str  # "numeric", "categorical" or "constant"
    values: np.ndarray  # float64 with NaN, or object array of str | None
    missing_lines: list[int]
    id_like: bool
    warnings: list[DataError] = field(default_factory=list)

    @property
    def is_numeric(self) -> bool:
        return self.values.dtype.kind == "f"


def type_text_column(
    name: str, cells: list[str], line_numbers: np.ndarray, decimal: str = "."
) -> TypedColumn:
    """Type a column of normalised cell texts (missing markers included)."""
    numbers = np.full(len(cells), np.nan)
    missing = np.zeros(len(cells), dtype=bool)
    failures: list[int] = []
    for row, text in enumerate(cells):
        if is_missing(text):
            missing[row] = True
            continue
        value = parse_number(text, decimal)
        if value is None:
            failures.append(row)
        else:
            numbers[row] = value

    missing_lines = line_numbers[missing].tolist()
    present = len(cells) - int(missing.sum())
    if not failures:
        return finish_numeric_column(name, numbers, missing_lines)

    warnings = []
    if len(failures) <= max(1, int(MIXED_SHARE * present)) and present > 2 * len(failures):
        first = failures[0]
        more = f" and {len(failures) - 1} more" if len(failures) > 1 else ""
        warnings.append(
            data_error(
                "data.mixed_column",
                column=name,
                value=cells[first],
                line=int(line_numbers[first]),
                more=more,
            )
        )
    texts = np.array(
        [None if gone else text for gone, text in zip(missing, cells, strict=True)], dtype=object
    )
    column = finish_text_column(name, texts, missing_lines)
    column.warnings.extend(warnings)
    return column


def type_raw_column(
    name: str, cells: list[str], line_numbers: np.ndarray, decimal: str = "."
) -> TypedColumn:
    """Type a column of cell texts as read from the file, before normalisation.

    A column of plain ASCII numbers (and empty or ``-`` cells) is converted in one pass;
    anything else is normalised and typed cell by cell by :func:`type_text_column`, which
    gives the same result for those plain columns.
    """
    if decimal == "." and _PLAIN_CHARACTERS.search(_SEPARATOR.join(cells)) is None:
        try:
            numbers = np.array(
                [float(cell) if cell and cell != "-" else np.nan for cell in cells],
                dtype=np.float64,
            )
        except ValueError:
            numbers = None  # such as "." or "1e": the careful typing reports them
        if numbers is not None:
            missing_lines = line_numbers[np.isnan(numbers)].tolist()
            return finish_numeric_column(name, numbers, missing_lines)
    normalized = [normalize_cell(cell) for cell in cells]
    return type_text_column(name, normalized, line_numbers, decimal)


def finish_numeric_column(name: str, values: np.ndarray, missing_lines: list[int]) -> TypedColumn:
    """Decide kind and ID-likeness of a float column (NaN marks missing)."""
    present = values[~np.isnan(values)]
    kind = "numeric"
    if present.size == 0 or np.all(present == present[0]):
        kind = "constant"
    id_like = (
        not missing_lines
        and values.size >= 3
        and looks_like_id_name(name)
        and bool(np.all(present == np.round(present)))
        and np.unique(present).size == present.size
    )
    return TypedColumn(name, kind, values, missing_lines, id_like)


def finish_text_column(name: str, values: np.ndarray, missing_lines: list[int]) -> TypedColumn:
    """Decide kind and ID-likeness of an object column (None marks missing)."""
    present = [value for value in values if value is not None]
    distinct = len(set(present))
    kind = "constant" if distinct <= 1 else "categorical"
    id_like = not missing_lines and len(present) >= 3 and distinct == len(present)
    return TypedColumn(name, kind, values, missing_lines, id_like)


def numeric_block_columns(
    names: list[str], block: np.ndarray, line_numbers: np.ndarray
) -> tuple[dict[str, str], set[str], dict[str, list[int]]]:
    """Kinds, ID-like names and missing lines of a float block (NaN marks missing).

    Gives the same answers as :func:`finish_numeric_column` on each column.
    """
    gaps = np.isnan(block)
    has_gaps = gaps.any(axis=0)
    with np.errstate(invalid="ignore"):
        low = np.where(has_gaps, np.nan, block.min(axis=0))
        high = np.where(has_gaps, np.nan, block.max(axis=0))
    kinds, id_like, missing = {}, set(), {}
    for index, name in enumerate(names):
        if has_gaps[index]:
            column = block[:, index]
            present = column[~gaps[:, index]]
            missing[name] = line_numbers[gaps[:, index]].tolist()
            flat = present.size == 0 or bool(np.all(present == present[0]))
            kinds[name] = "constant" if flat else "numeric"
            continue
        missing[name] = []
        kinds[name] = "constant" if low[index] == high[index] else "numeric"
        if block.shape[0] >= 3 and looks_like_id_name(name):
            column = block[:, index]
            if np.all(column == np.round(column)) and np.unique(column).size == column.size:
                id_like.add(name)
    return kinds, id_like, missing


def parse_numeric_lines(text: str, delimiter: str, n_columns: int) -> np.ndarray | None:
    """Parse lines of numbers and missing markers as the careful reader would, or None.

    Returns None for anything the careful reader would treat differently: a text cell, a
    row of another width, a blank or all-empty row (dropped there), or a quoted line break.
    """
    if "\r" in text:
        return None  # a lone carriage return is a line break for the careful reader
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    records = list(csv.reader(lines, delimiter=delimiter, quotechar='"'))
    if len(records) != len(lines):
        return None
    rows = np.empty((len(records), n_columns), dtype=np.float64)
    for row, record in enumerate(records):
        if len(record) != n_columns or not any(cell.strip() for cell in record):
            return None
        for column, cell in enumerate(record):
            value = normalize_cell(cell)
            if is_missing(value):
                rows[row, column] = np.nan
                continue
            number = parse_number(value)
            if number is None:
                return None
            rows[row, column] = number
    return rows


def format_number(value: float) -> str:
    """Write a float as a short text: ``5`` for 5.0, ``0.1`` for 0.1, ``""`` for NaN."""
    if value != value:
        return ""
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return repr(float(value))
