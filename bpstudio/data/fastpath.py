"""Vectorised parser for CSV data that holds only plain decimal numbers.

A file such as the 60,000 x 785 MNIST training CSV contains 47 million integers. Parsing them
one cell at a time in Python takes over ten seconds, so this module parses the byte buffer
with NumPy array operations instead. It does so only when every cell is a plain number
(``-?digits[.digits]``, at most 15 digits, ASCII, one delimiter, no quotes, spaces or empty
cells). For anything else it returns ``None``, and the caller parses the same bytes with the
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

#: Bytes per chunk. Each chunk ends on a line break, so it contains whole rows. Small chunks
#: keep the temporaries in cache and let the allocator reuse them.
CHUNK_BYTES = 2 << 20
#: Maximum cell length the fast path reads: a sign, 15 digits and a point.
MAX_CELL_CHARS = 17
#: Smallest part of a chunk handed to the per-cell fallback.
MIN_FALLBACK_BYTES = 1 << 10
MAX_DIGITS = 15

_NEWLINE = 10
_MINUS = ord("-")
_POINT = ord(".")
_ZERO = np.uint8(ord("0"))
_POWERS_OF_TEN = 10.0 ** np.arange(MAX_DIGITS + 2)


class CancelledError(Exception):
    """Raised when the caller's cancel callback asked to stop."""


def parse_numeric_block(
    data: bytes,
    delimiter: str,
    n_columns: int,
    start: int = 0,
    progress: Callable[[float], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    fallback: Callable[[bytes, int], np.ndarray | None] | None = None,
) -> np.ndarray | None:
    """Parse ``data[start:]`` into an ``(n_rows, n_columns)`` float64 array.

    Line breaks are ``\\n`` or ``\\r\\n``; line breaks at the end are ignored. A chunk
    that is not plain numeric data of that width goes to ``fallback(chunk, n_columns)``,
    which returns its rows (NaN for missing cells) or None. Returns ``None`` as soon as a
    chunk cannot be parsed either way, so the caller falls back to the careful reader.
    ``cancel()`` returning True makes the function raise :class:`CancelledError`.
    """
    if len(delimiter) != 1 or not delimiter.isascii() or n_columns < 1:
        return None
    stop = len(data)
    while stop > start and data[stop - 1] in b"\r\n":
        stop -= 1
    if stop <= start:
        return None
    n_rows = data.count(b"\n", start, stop) + 1
    output = np.empty((n_rows, n_columns), dtype=np.float64)
    flat = output.reshape(-1)

    separator = delimiter.encode("ascii")
    filled = 0
    position = start
    while position < stop:
        end = data.rfind(b"\n", position, min(position + CHUNK_BYTES, stop)) + 1
        if end <= position:
            end = data.find(b"\n", position, stop) + 1 or stop
        chunk = data[position:end]
        if b"\r" in chunk:
            chunk = chunk.replace(b"\r\n", b"\n")
        if not chunk.endswith(b"\n"):
            chunk += b"\n"
        count = _parse_span(chunk, _ChunkFormat(separator, n_columns, fallback), flat[filled:])
        if count is None:
            return None
        filled += count
        position = end
        if cancel is not None and cancel():
            raise CancelledError
        if progress is not None:
            progress((position - start) / (stop - start))
    if filled != flat.size:
        return None
    return output


class _ChunkFormat:
    """The delimiter, width and fallback shared by every chunk of one file."""

    def __init__(
        self,
        separator: bytes,
        n_columns: int,
        fallback: Callable[[bytes, int], np.ndarray | None] | None,
    ) -> None:
        self.separator = separator[0]
        self.n_columns = n_columns
        self.fallback = fallback
        self.allowed = b"0123456789.-\n" + separator
        self.to_separator = bytes.maketrans(b"\n", separator)


def _parse_span(chunk: bytes, chunk_format: _ChunkFormat, target: np.ndarray) -> int | None:
    """Parse whole lines into ``target``; return the number of cells, or None.

    A span that is not plain numbers is halved at a line break until the parts are at most
    :data:`MIN_FALLBACK_BYTES`, and only those parts go to the fallback, so a few missing
    markers in a large file cost little.
    """
    # Translating with deletion leaves bytes other than digits, sign, point, delimiter and
    # line break; none may remain.
    if not chunk.translate(None, chunk_format.allowed):
        separated = chunk.translate(chunk_format.to_separator)
        count = _parse_chunk(
            chunk, separated, chunk_format.separator, chunk_format.n_columns, target
        )
        if count is not None:
            return count
    if len(chunk) > MIN_FALLBACK_BYTES:
        middle = chunk.rfind(b"\n", 0, len(chunk) // 2) + 1
        if 0 < middle < len(chunk):
            first = _parse_span(chunk[:middle], chunk_format, target)
            if first is None:
                return None
            second = _parse_span(chunk[middle:], chunk_format, target[first:])
            return None if second is None else first + second
    if chunk_format.fallback is None:
        return None
    rows = chunk_format.fallback(chunk, chunk_format.n_columns)
    if rows is None or rows.size > target.size:
        return None
    target[: rows.size] = rows.reshape(-1)
    return rows.size


def _parse_chunk(
    chunk: bytes, separated: bytes, separator: int, n_columns: int, target: np.ndarray
) -> int | None:
    """Parse whole lines into the start of ``target``; return the number of cells.

    ``separated`` is ``chunk`` with its line breaks turned into delimiters.
    """
    raw = np.frombuffer(chunk, dtype=np.uint8)
    # Positions fit in 32 bits (chunks are a few MB), which halves the memory traffic.
    ends = np.flatnonzero(np.frombuffer(separated, dtype=np.uint8) == separator).astype(np.int32)
    if ends.size % n_columns or ends.size > target.size:
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

    out = target[: ends.size]
    if b"." not in chunk and b"-" not in chunk:
        ok = _parse_integers(raw, ends, lengths, out)
    else:
        ok = _parse_decimals(raw, ends, lengths, out)
    return ends.size if ok else None


def _parse_integers(
    raw: np.ndarray, ends: np.ndarray, lengths: np.ndarray, out: np.ndarray
) -> bool:
    """Parse cells of digits only into ``out``, one digit position (from the right) a pass.

    Each pass after the first visits only the cells long enough to have that digit, which
    matters for data such as MNIST where most cells are a single "0".
    """
    width = int(lengths.max())
    if width > MAX_DIGITS:
        return False
    last = ends - 1
    np.subtract(raw[last], _ZERO, out=out, casting="unsafe")
    cells = np.flatnonzero(lengths > 1)
    for offset in range(1, width):
        if offset > 1:
            cells = cells[lengths[cells] > offset]
        out[cells] += (raw[last[cells] - offset] - _ZERO) * _POWERS_OF_TEN[offset]
    return True


def _parse_decimals(
    raw: np.ndarray, ends: np.ndarray, lengths: np.ndarray, out: np.ndarray
) -> bool:
    """Parse cells with an optional leading minus and decimal point into ``out``.

    Pass ``offset`` looks at the character ``offset`` places from the right of every cell.
    Digits add to the mantissa, and a point records how many digits lie after it.
    """
    n_cells = ends.size
    mantissa = np.zeros(n_cells, dtype=np.float64)
    digit_count = np.zeros(n_cells, dtype=np.int64)
    fraction_digits = np.zeros(n_cells, dtype=np.int64)
    point_count = np.zeros(n_cells, dtype=np.int64)
    negative = np.zeros(n_cells, dtype=bool)
    for offset in range(int(lengths.max())):
        char = raw[np.maximum(ends - 1 - offset, 0)]
        inside = lengths > offset
        digit = char - _ZERO
        is_digit = (digit < 10) & inside  # uint8 wraps around below '0'
        mantissa += np.where(is_digit, digit, 0) * _POWERS_OF_TEN[np.minimum(digit_count, 16)]
        is_point = (char == _POINT) & inside
        fraction_digits = np.where(is_point, digit_count, fraction_digits)
        point_count += is_point
        digit_count += is_digit
        is_minus = (char == _MINUS) & inside
        # A minus sign is valid only as a cell's first character.
        if (is_minus & (lengths != offset + 1)).any():
            return False
        negative |= is_minus

    if point_count.max() > 1 or digit_count.min() < 1 or digit_count.max() > MAX_DIGITS:
        return False
    has_point = point_count == 1
    np.divide(mantissa, _POWERS_OF_TEN[fraction_digits], out=mantissa, where=has_point)
    np.negative(mantissa, out=mantissa, where=negative)
    out[:] = mantissa
    return True
