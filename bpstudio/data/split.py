"""Seeded training / validation / test split, stratified by class when asked."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from bpstudio.data.errors import data_error


@dataclass
class SplitIndices:
    """Row indices of each part, in file order."""

    train: np.ndarray
    val: np.ndarray
    test: np.ndarray


def check_fractions(validation: float, test: float) -> None:
    """Raise ``data.invalid_split`` unless both fractions are in [0, 1) with a sum below 1."""
    for name, value in (("validation", validation), ("test", test)):
        if not 0.0 <= value < 1.0:
            raise data_error("data.invalid_split", reason=f"the {name} fraction is {value}")
    if validation + test >= 1.0:
        raise data_error(
            "data.invalid_split",
            reason=f"validation {validation} + test {test} leaves no training rows",
        )


def split_counts(n_rows: int, validation: float, test: float) -> tuple[int, int, int]:
    """Return (train, validation, test) row counts, raising when any asked part is empty."""
    n_test = int(round(n_rows * test))
    n_val = int(round(n_rows * validation))
    n_train = n_rows - n_val - n_test
    for split, fraction, count in (
        ("validation", validation, n_val),
        ("test", test, n_test),
        ("training", 1.0 - validation - test, n_train),
    ):
        if fraction > 0 and count < 1:
            raise data_error(
                "data.too_few_rows",
                percent=_percent(fraction),
                split=split,
                rows=n_rows,
                count=count,
            )
    return n_train, n_val, n_test


def split_rows(
    n_rows: int,
    validation: float,
    test: float,
    seed: int,
    labels: np.ndarray | None = None,
) -> SplitIndices:
    """Split ``range(n_rows)``; with ``labels`` (class indices) every class is split alike."""
    check_fractions(validation, test)
    _, n_val, n_test = split_counts(n_rows, validation, test)
    rng = np.random.default_rng(seed)
    if labels is None:
        order = rng.permutation(n_rows)
        return _sorted_parts(
            order[n_test + n_val :], order[n_test : n_test + n_val], order[:n_test]
        )

    classes, sizes = np.unique(labels, return_counts=True)
    test_counts = _allocate(sizes, n_test)
    val_counts = _allocate(sizes - test_counts, n_val)
    train, val, held_out = [], [], []
    for label, n_class_test, n_class_val in zip(classes, test_counts, val_counts, strict=True):
        rows = rng.permutation(np.flatnonzero(labels == label))
        held_out.append(rows[:n_class_test])
        val.append(rows[n_class_test : n_class_test + n_class_val])
        train.append(rows[n_class_test + n_class_val :])
    return _sorted_parts(np.concatenate(train), np.concatenate(val), np.concatenate(held_out))


def _allocate(sizes: np.ndarray, total: int) -> np.ndarray:
    """Share ``total`` rows among classes in proportion to ``sizes`` (largest remainder)."""
    if total == 0 or sizes.sum() == 0:
        return np.zeros_like(sizes)
    quotas = sizes * total / sizes.sum()
    counts = np.floor(quotas).astype(sizes.dtype)
    # Prefer classes with a larger remainder; keep one row of each class where possible.
    order = np.argsort(-(quotas - counts), kind="stable")
    remaining = total - int(counts.sum())
    for index in order:
        if remaining == 0:
            break
        if counts[index] < sizes[index] - 1:
            counts[index] += 1
            remaining -= 1
    for index in order:
        while remaining > 0 and counts[index] < sizes[index]:
            counts[index] += 1
            remaining -= 1
    return counts


def _sorted_parts(train: np.ndarray, val: np.ndarray, test: np.ndarray) -> SplitIndices:
    return SplitIndices(np.sort(train), np.sort(val), np.sort(test))


def _percent(fraction: float) -> str:
    percent = fraction * 100
    return f"{percent:.0f}" if abs(percent - round(percent)) < 1e-9 else f"{percent:.1f}"
