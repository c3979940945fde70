"""Vectorised parser for CSV data that holds only plain decimal numbers.

A file such as the 60,000 x 785 MNIST training CSV is 47 million integers; parsing them one
cell at a time in Python takes over ten seconds. This module parses a byte buffer with NumPy
array operations instead, but only when every cell is a plain number (``-?digits[.digits]``,
at most 15 significant digits, ASCII, one delimiter, no quotes, spaces or empty cells). It
returns ``None`` for anything else, and the caller then parses the same bytes with the
careful per-cell reader, which produces identical values.

Why the values are identical: each cell is read as an integer mantissa ``m`` (exact in
float64 below 2**53) and a count ``k`` of digits after the point; ``m / 10**k`` is one
correctly rounded IEEE division of two exact values, which equals Python's ``float(text)``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import numpy as np

log = logging.getLogger(__name__)

#: Bytes per chunk; each chunk ends on a line break, so it holds whole rows.
CHUNK_BYTES = 2 << 20
#: Longest cell the fast path reads (sign, 15 digits and a point fit).
MAX_CELL_CHARS = 17
MAX_DIGITS = 15

_NEWLINE = 10
_MINUS = ord("-")
_POINT = ord(".")
_POWERS_OF_TEN = 10.0 ** np.arange(MAX_DIGITS + 2)


def parse_numeric_block(
    data: bytes,
    delimiter: str,
    n_columns: int,
    progress: Callable[[float], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> np.ndarray | None:
    """Parse ``data`` (whole lines, ``\\n`` endings) into an ``(n_rows, n_columns)`` array.

    Returns ``None`` as soon as any cell or line is not plain numeric data of that width,
    so the caller falls back to the careful reader. ``cancel()`` returning True makes the
    function raise :class:`CancelledError`.
    """
    if len(delimiter) != 1 or not delimiter.isascii() or n_columns < 1:
        return None
    if b"\r" in data:
        data = data.replace(b"\r\n", b"\n")
    if not data.endswith(b"\n"):
        data += b"\n"
    separator = delimiter.encode("ascii")
    allowed = b"0123456789.-\n" + separator
    to_separator = bytes.maketrans(b"\n", separator)

    blocks = []
    start = 0
    total = len(data)
    while start < total:
        end = data.rfind(b"\n", start, min(start + CHUNK_BYTES, total)) + 1
        if end <= start:
            end = data.find(b"\n", start) + 1
        chunk = data[start:end]
        if chunk.translate(None, allowed):
            return None  # a byte other than digits, sign, point, delimiter or line break
        block = _parse_chunk(chunk, chunk.translate(to_separator), separator[0], n_columns)
        if block is None:
            return None
        blocks.append(block)
        start = end
        if cancel is not None and cancel():
            raise CancelledError
        if progress is not None:
            progress(start / total)
    if not blocks:
        return None
    return np.concatenate(blocks) if len(blocks) > 1 else blocks[0]


class CancelledError(Exception):
    """Raised when the caller's cancel callback asked to stop."""


def _parse_chunk(
    chunk: bytes, separated: bytes, separator: int, n_columns: int
) -> np.ndarray | None:
    """Parse whole lines; ``separated`` is ``chunk`` with its line breaks made delimiters."""
    raw = np.frombuffer(chunk, dtype=np.uint8)
    ends = np.flatnonzero(np.frombuffer(separated, dtype=np.uint8) == separator)
    if ends.size % n_columns:
        return None
    # Every row must end exactly after n_columns cells: the line breaks sit at those ends.
    line_breaks = np.flatnonzero(raw == _NEWLINE)
    if not np.array_equal(ends[n_columns - 1 :: n_columns], line_breaks):
        return None
    lengths = np.empty_like(ends)
    lengths[0] = ends[0]
    np.subtract(ends[1:], ends[:-1] + 1, out=lengths[1:])
    if lengths.min() < 1 or lengths.max() > MAX_CELL_CHARS:
        return None

    plain_integers = b"." not in chunk and b"-" not in chunk
    values = _parse_cells(raw, ends, lengths, plain_integers)
    if values is None:
        return None
    return values.reshape(-1, n_columns)


def _parse_cells(
    raw: np.ndarray, ends: np.ndarray, lengths: np.ndarray, plain_integers: bool
) -> np.ndarray | None:
    """Read all cells together, one character position (counted from the cell's end) a pass.

    Pass ``j`` looks at the ``j``-th character from the right of every cell at once; cells
    shorter than ``j + 1`` characters ignore it.
    """
    width = int(lengths.max())
    if plain_integers:
        return _parse_integers(raw, ends, lengths, width)

    n_cells = ends.size
    mantissa = np.zeros(n_cells, dtype=np.float64)
    digit_count = np.zeros(n_cells, dtype=np.int64)
    fraction_digits = np.zeros(n_cells, dtype=np.int64)
    point_count = np.zeros(n_cells, dtype=np.int64)
    negative = np.zeros(n_cells, dtype=bool)
    for offset in range(width):
        char = raw[np.maximum(ends - 1 - offset, 0)]
        inside = lengths > offset
        digit = char - np.uint8(ord("0"))
        is_digit = (digit < 10) & inside  # uint8 wraps around below '0'
        mantissa += np.where(is_digit, digit, 0) * _POWERS_OF_TEN[np.minimum(digit_count, 16)]
        is_point = (char == _POINT) & inside
        fraction_digits = np.where(is_point, digit_count, fraction_digits)
        point_count += is_point
        digit_count += is_digit
        is_minus = (char == _MINUS) & inside
        # A minus sign is valid only as a cell's first character.
        if (is_minus & (lengths != offset + 1)).any():
            return None
        negative |= is_minus

    if point_count.max() > 1 or digit_count.min() < 1 or digit_count.max() > MAX_DIGITS:
        return None
    has_point = point_count == 1
    values = np.divide(mantissa, _POWERS_OF_TEN[fraction_digits], out=mantissa, where=has_point)
    np.negative(values, out=values, where=negative)
    return values


def _parse_integers(
    raw: np.ndarray, ends: np.ndarray, lengths: np.ndarray, width: int
) -> np.ndarray | None:
    """Parse cells made of digits only; ``width`` is the longest cell."""
    if width > MAX_DIGITS:
        return None
    accumulator = np.zeros(ends.size, dtype=np.int64)
    last = ends - 1
    for offset in range(width):
        digit = raw[last - offset] - np.uint8(ord("0"))
        if offset:
            digit[lengths <= offset] = 0
        accumulator += digit * np.int64(10**offset)
    return accumulator.astype(np.float64)
