"""The default target and features of a table, and the task a target suggests.

``bpstudio train`` and the window's data panel both start from these choices, so the same
file gives the same network in both.
"""

from __future__ import annotations

import numpy as np

from bpstudio.data.table import Table

#: A numeric target is taken as class labels when it has at most this many distinct integer
#: values and they are at most half the rows. Two distinct integers are always classes.
MAX_AUTO_CLASSES = 20


#: Column names that usually mark the label, compared case-insensitively.
LABEL_NAMES = frozenset(
    {
        "label", "labels", "class", "target", "y", "species", "category", "outcome",
        "diagnosis", "survived", "类别", "标签", "类", "品种", "结果", "分类",
    }
)  # fmt: skip


def default_target(table: Table) -> str:
    """Return the column most likely to be the label.

    That is the last column named like a label (``label``, ``class``, ``species``, ``类别``,
    ...), else the last column that is neither ID-like nor near-unique text such as a car
    model name. A constant column is chosen only by its name. The MNIST CSV layout is the
    exception: in a file without a header whose last column is nearly constant, a first
    column of a few integer labels is chosen.
    """
    skipped = table.id_like | set(many_category_columns(table)) | set(sparse_text_columns(table))
    for name in reversed(table.columns):
        if name.strip().casefold() in LABEL_NAMES and name not in skipped:
            return name  # even when constant: prepare() then reports one class
    skipped |= {name for name in table.columns if table.kinds.get(name) == "constant"}
    candidates = [name for name in table.columns if name not in skipped]
    if not candidates:
        return table.columns[-1]
    first, last = candidates[0], candidates[-1]
    if not table.has_header and _looks_like_labels(table, first) and _mostly_one_value(table, last):
        # The MNIST CSV layout: no header, the digit first, then mostly-zero pixels.
        return first
    return last


def _looks_like_labels(table: Table, name: str) -> bool:
    values = table.values(name)
    if values.dtype.kind != "f":
        return False
    present = values[~np.isnan(values)]
    distinct = np.unique(present)
    return bool(np.all(present == np.round(present))) and 2 <= distinct.size <= MAX_AUTO_CLASSES


def _mostly_one_value(table: Table, name: str) -> bool:
    values = table.values(name)
    if values.dtype.kind != "f" or values.size == 0:
        return False
    _, counts = np.unique(values[~np.isnan(values)], return_counts=True)
    return counts.size > 0 and counts.max() > 0.9 * values.size


def default_features(table: Table, target: str) -> list[str]:
    """Return the columns used as features when none are chosen.

    That is every column except ``target``, ID-like columns, near-unique text columns
    (:func:`many_category_columns`) and mostly-missing text columns with many values
    (:func:`sparse_text_columns`). The command line and the window both start from this list.
    """
    skipped = set(many_category_columns(table)) | set(sparse_text_columns(table))
    return [
        name
        for name in table.columns
        if name != target and name not in table.id_like and name not in skipped
    ]


def sparse_text_columns(table: Table) -> list[str]:
    """Return text columns missing in more than half the rows, with over 20 distinct values.

    Titanic's Cabin is one: 687 of 891 cells are empty and the rest hold 147 cabins. With
    the "drop" strategy such a column removes most rows, and filled in it is mostly one value.
    """
    found = []
    for name in table.columns:
        if name in table.id_like or table.is_numeric(name):
            continue
        if len(table.missing.get(name, [])) * 2 <= table.n_rows:
            continue
        distinct = {value for value in table.values(name) if value is not None}
        if len(distinct) > MAX_AUTO_CLASSES:
            found.append(name)
    return found


def many_category_columns(table: Table) -> list[str]:
    """Return text columns with more than max(20, half the rows) distinct values."""
    limit = max(MAX_AUTO_CLASSES, table.n_rows // 2)
    found = []
    for name in table.columns:
        if name in table.id_like or table.is_numeric(name):
            continue
        distinct = {value for value in table.values(name) if value is not None}
        if len(distinct) > limit:
            found.append(name)
    return found


def infer_task(table: Table, target: str, rows: np.ndarray | None = None) -> str:
    """Return "classification" for text labels or few distinct integers, else "regression"."""
    values = table.values(target)
    if rows is not None:
        values = values[rows]
    if values.dtype.kind != "f":
        return "classification"
    present = values[~np.isnan(values)]
    if present.size == 0 or not np.all(present == np.round(present)):
        return "regression"
    distinct = np.unique(present).size
    if distinct <= 2:
        return "classification"
    if distinct <= MAX_AUTO_CLASSES and distinct <= present.size / 2:
        return "classification"
    return "regression"
