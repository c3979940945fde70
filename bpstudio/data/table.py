"""The imported table: typed columns plus everything the importer noticed on the way."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from bpstudio.data.cells import (
    TypedColumn,
    finish_numeric_column,
    format_number,
    normalize_cell,
    type_text_column,
)
from bpstudio.data.errors import data_error
from bpstudio.errors import DataError


@dataclass(eq=False)  # arrays inside: tables compare by identity
class Table:
    """Columns of one CSV file (or of a built-in sample), typed and checked.

    Numeric columns hold float64 with NaN for missing cells; categorical ones hold objects
    (``str``, or ``None`` for missing). ``line_numbers[i]`` is the 1-based file line of row
    ``i``, so every message can point at the line a user sees in an editor.
    """

    path: str
    columns: list[str]
    kinds: dict[str, str]
    id_like: set[str]
    missing: dict[str, list[int]]
    line_numbers: np.ndarray
    encoding: str = "utf-8"
    delimiter: str = ","
    decimal: str = "."
    has_header: bool = True
    warnings: list[DataError] = field(default_factory=list)
    skipped_lines: list[int] = field(default_factory=list)
    skip_bad_lines: bool = False
    _data: dict[str, np.ndarray] = field(default_factory=dict, repr=False)
    # The fast reader's (n_rows, n_columns) array; ``_data`` columns are views into it.
    _block: np.ndarray | None = field(default=None, repr=False)

    @property
    def n_rows(self) -> int:
        return int(self.line_numbers.size)

    @property
    def n_columns(self) -> int:
        return len(self.columns)

    def values(self, name: str) -> np.ndarray:
        """Return a copy of a column: float64 (NaN missing) or object (None missing)."""
        return np.array(self._column(name), copy=True)

    def is_numeric(self, name: str) -> bool:
        """Return True when the column contains numbers (a constant numeric column included)."""
        return self._column(name).dtype.kind == "f"

    def numeric_matrix(self, names: Sequence[str], rows: np.ndarray | None = None) -> np.ndarray:
        """Stack numeric columns into a ``(len(rows), len(names))`` float64 array.

        ``rows`` (indices) defaults to every row. Raises ``data.not_numeric`` for a text
        column.
        """
        for name in names:
            column = self._column(name)
            if column.dtype.kind != "f":
                row = next((i for i, value in enumerate(column) if value is not None), 0)
                raise data_error(
                    "data.not_numeric",
                    column=name,
                    value="" if column[row] is None else str(column[row]),
                    line=int(self.line_numbers[row]) if self.n_rows else 0,
                )
        if self._block is not None and names:
            # Gathering whole rows of the block is far faster than strided column copies.
            positions = {name: index for index, name in enumerate(self.columns)}
            indices = [positions[name] for name in names]
            first = indices[0]
            contiguous = indices == list(range(first, first + len(indices)))
            columns = slice(first, first + len(indices)) if contiguous else indices
            if rows is None:
                return self._block[:, columns].copy()
            if contiguous:
                return self._block[rows, columns]  # fancy indexing returns a new array
            return self._block[rows][:, columns]
        count = self.n_rows if rows is None else len(rows)
        matrix = np.empty((count, len(names)), dtype=np.float64)
        for index, name in enumerate(names):
            column = self._data[name]
            matrix[:, index] = column if rows is None else column[rows]
        return matrix

    def preview(self, n: int = 20) -> list[list[str]]:
        """Return the first ``n`` rows as display texts (missing cells are empty)."""
        rows = []
        for row in range(min(n, self.n_rows)):
            rows.append([_cell_text(self._data[name][row]) for name in self.columns])
        return rows

    def take(self, rows: np.ndarray) -> Table:
        """Return a table of only ``rows`` (indices or a boolean mask); kinds are kept."""
        line_numbers = self.line_numbers[rows]
        data = {name: self._data[name][rows] for name in self.columns}
        kept = set(line_numbers.tolist())
        missing = {
            name: [line for line in lines if line in kept] for name, lines in self.missing.items()
        }
        return Table(
            path=self.path,
            columns=list(self.columns),
            kinds=dict(self.kinds),
            id_like=set(self.id_like),
            missing=missing,
            line_numbers=line_numbers,
            encoding=self.encoding,
            delimiter=self.delimiter,
            decimal=self.decimal,
            has_header=self.has_header,
            skip_bad_lines=self.skip_bad_lines,
            _data=data,
        )

    def import_settings(self) -> dict[str, Any]:
        """Return the read_csv arguments that re-read the file exactly this way."""
        return {
            "encoding": self.encoding,
            "delimiter": self.delimiter,
            "has_header": self.has_header,
            "decimal": self.decimal,
            "skip_bad_lines": self.skip_bad_lines,
        }

    def describe(self) -> list[dict[str, Any]]:
        """Return one summary per column: kind, missing lines, distinct values, range."""
        summaries = []
        for name in self.columns:
            column = self._data[name]
            summary: dict[str, Any] = {
                "name": name,
                "kind": self.kinds[name],
                "id_like": name in self.id_like,
                "dtype": "float64" if column.dtype.kind == "f" else "text",
                "missing": len(self.missing[name]),
                "missing_lines": list(self.missing[name]),
            }
            if column.dtype.kind == "f":
                present = column[~np.isnan(column)]
                summary["distinct"] = int(np.unique(present).size)
                if present.size:
                    summary["min"] = float(present.min())
                    summary["max"] = float(present.max())
                    summary["mean"] = float(present.mean())
            else:
                present_texts = [value for value in column if value is not None]
                labels, counts = np.unique(np.array(present_texts, dtype=str), return_counts=True)
                summary["distinct"] = int(labels.size)
                order = np.argsort(-counts, kind="stable")[:10]
                summary["top"] = [[str(labels[i]), int(counts[i])] for i in order]
            summaries.append(summary)
        return summaries

    @classmethod
    def from_columns(
        cls, columns: Mapping[str, Sequence[Any]], name: str = "table", **settings: Any
    ) -> Table:
        """Build a table from ``{column name: values}``; texts are typed like CSV cells."""
        lengths = {len(values) for values in columns.values()}
        if len(lengths) > 1:
            raise ValueError(f"columns of {name!r} have different lengths: {sorted(lengths)}")
        n_rows = lengths.pop() if lengths else 0
        # Rows are numbered as file lines under a header, so row i is line i + 2.
        line_numbers = np.arange(2, n_rows + 2)
        typed = [
            _type_values(column, list(values), line_numbers) for column, values in columns.items()
        ]
        return cls.from_typed(name, typed, line_numbers, **settings)

    @classmethod
    def from_typed(
        cls, path: str, typed: list[TypedColumn], line_numbers: np.ndarray, **settings: Any
    ) -> Table:
        """Assemble a table from typed columns (used by the CSV reader)."""
        warnings = list(settings.pop("warnings", []))
        for column in typed:
            warnings.extend(column.warnings)
        return cls(
            path=path,
            columns=[column.name for column in typed],
            kinds={column.name: column.kind for column in typed},
            id_like={column.name for column in typed if column.id_like},
            missing={column.name: column.missing_lines for column in typed},
            line_numbers=np.asarray(line_numbers, dtype=np.int64),
            warnings=warnings,
            _data={column.name: column.values for column in typed},
            **settings,
        )

    def _column(self, name: str) -> np.ndarray:
        try:
            return self._data[name]
        except KeyError:
            raise data_error(
                "data.unknown_column", column=name, available=", ".join(self.columns)
            ) from None


def _type_values(name: str, values: list[Any], line_numbers: np.ndarray) -> TypedColumn:
    if all(isinstance(value, (int, float, np.integer, np.floating)) for value in values):
        numbers = np.asarray(values, dtype=np.float64)
        missing_lines = line_numbers[np.isnan(numbers)].tolist()
        return finish_numeric_column(name, numbers, missing_lines)
    cells = ["" if value is None else normalize_cell(_value_text(value)) for value in values]
    return type_text_column(name, cells, line_numbers)


def _value_text(value: Any) -> str:
    if isinstance(value, (float, np.floating)):
        return format_number(float(value))
    return str(value)


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (float, np.floating)):
        return format_number(float(value))
    return str(value)
