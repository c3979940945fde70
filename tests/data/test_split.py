"""Seeded, stratified splits: exact sizes, every row once, classes kept in proportion."""

import numpy as np
import pytest

from bpstudio.data.split import split_counts, split_rows
from bpstudio.errors import DataError


@pytest.mark.parametrize("seed", range(20))
def test_stratified_split_sizes(seed):
    rng = np.random.default_rng(seed)
    labels = rng.integers(0, rng.integers(2, 6), size=rng.integers(10, 200))
    validation, test = 0.2, 0.1

    parts = split_rows(labels.size, validation, test, seed, labels)

    _, n_val, n_test = split_counts(labels.size, validation, test)
    assert parts.val.size == n_val
    assert parts.test.size == n_test
    every = np.concatenate([parts.train, parts.val, parts.test])
    assert np.array_equal(np.sort(every), np.arange(labels.size))
    for label in np.unique(labels):
        size = np.sum(labels == label)
        # Largest-remainder rounding puts each class within two rows of its exact share.
        assert abs(np.sum(labels[parts.val] == label) - n_val * size / labels.size) <= 2
        assert abs(np.sum(labels[parts.test] == label) - n_test * size / labels.size) <= 2


def test_unstratified_split_is_seeded():
    first = split_rows(50, 0.2, 0.0, seed=3)
    again = split_rows(50, 0.2, 0.0, seed=3)

    assert first.val.tolist() == again.val.tolist()
    assert first.val.size == 10
    assert first.test.size == 0


def test_no_validation_keeps_every_row_for_training():
    parts = split_rows(7, 0.0, 0.0, seed=0)

    assert parts.train.tolist() == list(range(7))


def test_training_part_cannot_be_empty():
    with pytest.raises(DataError) as caught:
        split_counts(3, 0.5, 0.4)

    assert caught.value.kind == "data.too_few_rows"
    assert "training" in str(caught.value)
