"""CSV output that spreadsheets open safely: UTF-8 with BOM, formula cells escaped.

Excel guesses the encoding of a CSV file from its first bytes; without a byte order mark a
Chinese Excel reads UTF-8 as GBK and shows mojibake. A cell that begins with ``=``, ``+``,
``-`` or ``@`` (or a tab or carriage return) is run as a formula when the file is opened, so
such a cell gets a leading apostrophe, which spreadsheets display as text. Plain numbers such
as ``-1.5`` or ``+3`` cannot be formulas and are written unchanged, so they stay numbers.
"""

from __future__ import annotations

import csv
import math
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from bpstudio.project.errors import ProjectError

#: First characters that make a spreadsheet treat a cell as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def escape_cell(text: str) -> str:
    """Return ``text`` with a leading apostrophe if a spreadsheet would run it as a formula."""
    if not text.startswith(FORMULA_PREFIXES):
        return text
    if _is_plain_number(text):
        return text
    return "'" + text


def format_cell(value: Any) -> str:
    """Return the text of one cell: empty for None and NaN, shortest round-trip for floats."""
    if value is None:
        return ""
    if isinstance(value, bool | np.bool_):
        return "true" if value else "false"
    if isinstance(value, np.floating):
        if not np.isfinite(value):
            return ""
        return np.format_float_positional(value, unique=True, trim="-")
    if isinstance(value, float):
        if not math.isfinite(value):
            return ""
        return repr(value)
    if isinstance(value, np.integer):
        return str(int(value))
    return escape_cell(str(value))


def write_csv(path: str | os.PathLike, header: Sequence[Any], rows: Iterable[Sequence[Any]]) -> int:
    """Write ``header`` and ``rows`` to ``path`` as Excel-friendly CSV; return the row count.

    Every cell goes through :func:`format_cell`, so header names and values from the user's
    data are escaped too. Lines end with CRLF, the CSV convention Excel expects.
    """
    path = Path(path)
    count = 0
    try:
        with path.open("w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream, lineterminator="\r\n")
            writer.writerow([format_cell(name) for name in header])
            for row in rows:
                writer.writerow([format_cell(value) for value in row])
                count += 1
    except OSError as error:
        raise ProjectError(
            "project.write_failed", path=str(path), reason=error.strerror or str(error)
        ) from error
    return count


def format_numbers(values) -> list[str]:
    """Format a numeric column: whole numbers without ".0", others in the shortest text that
    reads back to the same value (float32 stays short), and "" for NaN or infinity.
    """
    values = np.asarray(values)
    if values.dtype.kind in "iub":
        return values.astype(str).tolist()
    text = np.full(values.shape, "", dtype=object)
    finite = np.isfinite(values)
    whole = finite & (np.abs(values) < 1e15)
    whole[whole] = values[whole] == np.trunc(values[whole])
    text[whole] = _integer_texts(values[whole].astype(np.int64))
    rest = finite & ~whole
    text[rest] = values[rest].astype(str)
    return text.tolist()


def _integer_texts(integers: np.ndarray) -> np.ndarray:
    # Pixel values and counts span a small range: format each value once and look texts up.
    if integers.size and int(integers.max()) - int(integers.min()) < 65536:
        low = int(integers.min())
        texts = np.array([str(value) for value in range(low, int(integers.max()) + 1)], object)
        return texts[integers - low]
    return integers.astype(str)


def write_text_columns(
    path: str | os.PathLike,
    header: Sequence[Any],
    columns: Sequence[Sequence[str]],
    text_columns: Sequence[bool],
) -> int:
    """Write columns of cell texts as Excel-friendly CSV; return the row count.

    Only the header and the columns flagged in ``text_columns`` go through
    :func:`escape_cell`, because formatted numbers are never formulas.
    """
    path = Path(path)
    escaped = [
        [escape_cell(cell) for cell in column] if is_text else column
        for column, is_text in zip(columns, text_columns, strict=True)
    ]
    try:
        with path.open("w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream, lineterminator="\r\n")
            writer.writerow([escape_cell(str(name)) for name in header])
            writer.writerows(zip(*escaped, strict=True))
    except OSError as error:
        raise ProjectError(
            "project.write_failed", path=str(path), reason=error.strerror or str(error)
        ) from error
    return len(escaped[0]) if escaped else 0


def _is_plain_number(text: str) -> bool:
    stripped = text.strip()
    if stripped != text or not stripped:
        return False
    try:
        float(stripped)
    except ValueError:
        return False
    # float() also accepts "-inf", "+nan" and "1_000"; only digits, a sign, a point and an
    # exponent make a number in every spreadsheet.
    return all(character in "0123456789+-.eE" for character in stripped)
