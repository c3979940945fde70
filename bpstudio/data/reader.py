"""``read_csv``: turn a CSV file into a typed :class:`~bpstudio.data.table.Table`.

Two paths give identical tables. The fast path parses files of plain numbers (under an
optional header) with NumPy, see :mod:`bpstudio.data.fastpath`. Everything else, such as
quotes, text, missing markers, decimal commas or ragged rows, goes through the careful path.
That path is built on the standard ``csv`` module and reads one cell at a time.
"""

from __future__ import annotations

import csv
import io
import logging
import os
from collections.abc import Callable, Iterator

import numpy as np

from bpstudio.data import fastpath
from bpstudio.data.cells import (
    numeric_block_columns,
    parse_numeric_lines,
    type_raw_column,
)
from bpstudio.data.dialect import (
    WHITESPACE,
    ImportSettings,
    parse_delimiter,
    sample_lines,
    sniff_decimal,
    sniff_delimiter,
    sniff_header,
    split_records,
    split_sep_line,
)
from bpstudio.data.errors import data_error
from bpstudio.data.rows import RawRecords, clean_header, shape_records
from bpstudio.data.source import DecodedSource, read_source
from bpstudio.data.table import Table

log = logging.getLogger(__name__)

ProgressCallback = Callable[[float], None]
CancelCallback = Callable[[], bool]

_SAMPLE_BYTES = 1 << 16
_CHECK_EVERY = 2000


def sniff_csv(
    path: str | os.PathLike[str],
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    has_header: bool | None = None,
    decimal: str | None = None,
    preview_rows: int = 20,
) -> ImportSettings:
    """Detect how ``path`` should be read, with the first rows split that way for a preview."""
    source = read_source(path, encoding)
    settings, body, _ = _detect(source, delimiter, has_header, decimal)
    lines = sample_lines(body, preview_rows + 1)
    settings.preview = split_records(lines, settings.delimiter)[: preview_rows + 1]
    return settings


def read_csv(
    path: str | os.PathLike[str],
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    has_header: bool | None = None,
    decimal: str | None = None,
    skip_bad_lines: bool = False,
    progress: ProgressCallback | None = None,
    cancel: CancelCallback | None = None,
    fast_path: bool = True,
) -> Table:
    """Read a CSV file into a :class:`Table`.

    Each of ``encoding``, ``delimiter`` (a character, a name such as ``"tab"``, or
    ``"whitespace"``), ``has_header`` and ``decimal`` is detected when None.
    ``skip_bad_lines`` drops lines with the wrong number of fields (listed in
    ``table.skipped_lines``) instead of raising ``csv.ragged_rows``. ``progress(fraction)``
    is called as loading goes on; ``cancel()`` returning True stops with ``csv.cancelled``.
    ``fast_path=False`` forces the careful reader (for tests and benchmarks).

    Raises:
        DataError: ``csv.*`` kinds for a missing, empty, binary, undecodable or too large
            file, ragged rows, an unclosed quote, or a header without data.
    """
    name = str(path)
    source = read_source(path, encoding)
    settings, _, first_line = _detect(source, delimiter, has_header, decimal)
    settings.skip_bad_lines = skip_bad_lines

    try:
        table = None
        if fast_path:
            table = _read_fast(source, settings, first_line, progress, cancel)
        if table is None:
            # NOTE: this fallback covers the whole file, so one text cell (not a missing
            # marker) in an MNIST-sized file costs about 30 s of CPU instead of 1 to 2 s.
            table = _read_careful(source, settings, first_line, progress, cancel)
    except fastpath.CancelledError:
        raise data_error("csv.cancelled", path=name) from None
    if progress is not None:
        progress(1.0)
    log.info("read %s: %d rows x %d columns", name, table.n_rows, table.n_columns)
    return table


def _detect(
    source: DecodedSource,
    delimiter: str | None,
    has_header: bool | None,
    decimal: str | None,
) -> tuple[ImportSettings, str, int]:
    """Return the settings, the text after any ``sep=`` line, and that text's first line."""
    head = source.data[:_SAMPLE_BYTES].decode("utf-8", errors="ignore")
    sep, _ = split_sep_line(head)
    first_line = 2 if sep is not None else 1
    body = head if sep is None else head.split("\n", 1)[1] if "\n" in head else ""
    chosen = parse_delimiter(delimiter) or parse_delimiter(sep)
    lines = sample_lines(body)
    if chosen is None:
        chosen = sniff_delimiter(lines)
    records = [record for record in split_records(lines, chosen) if record]
    if decimal is None:
        decimal = sniff_decimal(records, chosen)
    if decimal not in (".", ","):
        raise data_error("data.invalid_option", option="decimal mark", value=decimal, valid=". ,")
    if has_header is None:
        has_header = sniff_header(records, decimal)
    settings = ImportSettings(
        encoding=source.encoding,
        delimiter=chosen,
        has_header=has_header,
        decimal=decimal,
        sep_line=sep is not None,
    )
    return settings, body, first_line


def _body_bytes(source: DecodedSource, settings: ImportSettings) -> bytes:
    data = source.data
    if settings.sep_line:
        end = data.find(b"\n")
        data = data[end + 1 :] if end >= 0 else b""
    return data


def _read_fast(
    source: DecodedSource,
    settings: ImportSettings,
    first_line: int,
    progress: ProgressCallback | None,
    cancel: CancelCallback | None,
) -> Table | None:
    delimiter = settings.delimiter
    if settings.decimal != "." or delimiter == WHITESPACE or not delimiter.isascii():
        return None
    data = source.data
    start = data.find(b"\n") + 1 if settings.sep_line else 0
    if start < 0 or data[start : start + 1] in (b"\n", b"\r"):
        return None  # leading blank lines: the careful path numbers lines correctly
    header: list[str] | None = None
    if settings.has_header:
        end = data.find(b"\n", start)
        if end < 0:
            return None
        header_line = data[start:end].decode("utf-8").rstrip("\r")
        if '"' in header_line and header_line.count('"') % 2:
            return None
        header = next(csv.reader([header_line], delimiter=delimiter))
        start = end + 1
        first_line += 1
    first_end = data.find(b"\n", start)
    first_row = data[start : first_end if first_end >= 0 else len(data)]
    n_columns = len(header) if header is not None else first_row.count(delimiter.encode()) + 1

    def parse_lines(chunk: bytes, width: int) -> np.ndarray | None:
        return parse_numeric_lines(chunk.decode("utf-8"), delimiter, width)

    block = fastpath.parse_numeric_block(
        data, delimiter, n_columns, start, progress, cancel, fallback=parse_lines
    )
    if block is None:
        return None
    line_numbers = np.arange(first_line, first_line + block.shape[0], dtype=np.int64)
    if np.isnan(block).all(axis=0).any():
        return None  # an empty column: the careful path decides whether to drop it

    names, warnings = clean_header(header, n_columns, source.path)
    kinds, id_like, missing = numeric_block_columns(names, block, line_numbers)
    return Table(
        path=source.path,
        columns=names,
        kinds=kinds,
        id_like=id_like,
        missing=missing,
        line_numbers=line_numbers,
        encoding=settings.encoding,
        delimiter=delimiter,
        decimal=settings.decimal,
        has_header=settings.has_header,
        warnings=[*source.warnings, *warnings],
        skip_bad_lines=settings.skip_bad_lines,
        _data={name: block[:, index] for index, name in enumerate(names)},
        _block=block,
    )


def _read_careful(
    source: DecodedSource,
    settings: ImportSettings,
    first_line: int,
    progress: ProgressCallback | None,
    cancel: CancelCallback | None,
) -> Table:
    data = _body_bytes(source, settings)
    text = data.decode("utf-8")
    if text.startswith("\ufeff"):
        text = text[1:]
    total_lines = max(1, text.count("\n") + 1)
    raw = RawRecords()
    for line, record in _records(text, settings.delimiter, source.path, first_line):
        if len(raw.lines) % _CHECK_EVERY == 0:
            if cancel is not None and cancel():
                raise fastpath.CancelledError
            if progress is not None:
                progress(0.8 * (line - first_line) / total_lines)
        raw.add(record, line)

    shaped = shape_records(raw, settings, source.path)
    typed = []
    for index, name in enumerate(shaped.names):
        if cancel is not None and cancel():
            raise fastpath.CancelledError
        if progress is not None:
            progress(0.8 + 0.2 * index / len(shaped.names))
        cells = [record[index] for record in shaped.rows]
        typed.append(type_raw_column(name, cells, shaped.line_numbers, settings.decimal))
    return Table.from_typed(
        source.path,
        typed,
        shaped.line_numbers,
        encoding=settings.encoding,
        delimiter=settings.delimiter,
        decimal=settings.decimal,
        has_header=settings.has_header,
        warnings=[*source.warnings, *shaped.warnings],
        skipped_lines=shaped.skipped_lines,
        skip_bad_lines=settings.skip_bad_lines,
    )


def _records(
    text: str, delimiter: str, path: str, first_line: int
) -> Iterator[tuple[int, list[str]]]:
    """Yield ``(file line where the record starts, fields)`` for every non-blank record."""
    if delimiter == WHITESPACE:
        for offset, line in enumerate(text.splitlines()):
            fields = line.split()
            if fields:
                yield first_line + offset, fields
        return

    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"')
    consumed = 0
    start = first_line
    record: list[str] = []
    try:
        for record in reader:
            start = first_line + consumed
            consumed = reader.line_num
            if record:
                yield start, record
    except csv.Error:
        raise data_error("csv.unclosed_quote", path=path, line=first_line + consumed) from None
    # With an unclosed quote, the csv module puts the rest of the file into one field.
    if text.count('"') % 2 and any("\n" in field or "\r" in field for field in record):
        raise data_error("csv.unclosed_quote", path=path, line=start)
