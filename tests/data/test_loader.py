"""Dataset and DataLoader: batching, the partial last batch, seeded shuffling."""

import numpy as np
import pytest

from bpstudio.data.loader import DataLoader, Dataset
from bpstudio.errors import DataError


def make_dataset(n=10):
    x = np.arange(n * 2, dtype=np.float32).reshape(n, 2)
    return Dataset(x, np.arange(n))


def test_dataset_length_and_indexing():
    dataset = make_dataset()

    features, label = dataset[3]

    assert len(dataset) == 10
    np.testing.assert_array_equal(features, [6, 7])
    assert label == 3


def test_dataset_length_mismatch():
    with pytest.raises(DataError) as caught:
        Dataset(np.zeros((3, 2)), np.zeros(4))
    assert caught.value.kind == "data.dataset_length_mismatch"
    assert "3 rows" in str(caught.value)


def test_partial_last_batch():
    loader = DataLoader(make_dataset(), batch_size=4)

    batches = list(loader)

    assert loader.batch_sizes == [4, 4, 2]
    assert len(loader) == 3
    assert [len(y) for _, y in batches] == [4, 4, 2]
    np.testing.assert_array_equal(np.concatenate([y for _, y in batches]), np.arange(10))


def test_partial_batch_weighting_gives_the_sample_mean():
    # Batches [0..3], [4..7] and [8, 9] have means 1.5, 5.5 and 8.5. Weighted by batch size
    # they give the mean over all samples, 4.5, but their plain mean is 5.17.
    values = np.arange(10, dtype=float)
    loader = DataLoader(Dataset(values[:, None], values), batch_size=4)

    means = [y.mean() for _, y in loader]
    weighted = np.dot(means, loader.batch_sizes) / sum(loader.batch_sizes)

    assert means == [1.5, 5.5, 8.5]
    assert weighted == pytest.approx(4.5)
    assert np.mean(means) == pytest.approx(5.1667, abs=1e-4)


def test_drop_last():
    loader = DataLoader(make_dataset(), batch_size=4, drop_last=True)

    assert [len(y) for _, y in loader] == [4, 4]


def test_batch_size_none_is_whole_dataset():
    loader = DataLoader(make_dataset(), batch_size=None)

    ((x, y),) = list(loader)

    assert len(y) == 10


def test_shuffle_is_seeded_and_covers_every_sample_once():
    first = DataLoader(make_dataset(), batch_size=3, shuffle=True, seed=7)
    second = DataLoader(make_dataset(), batch_size=3, shuffle=True, seed=7)

    epoch_1 = np.concatenate([y for _, y in first])
    epoch_2 = np.concatenate([y for _, y in first])
    again = np.concatenate([y for _, y in second])

    np.testing.assert_array_equal(np.sort(epoch_1), np.arange(10))
    np.testing.assert_array_equal(epoch_1, again)
    assert not np.array_equal(epoch_1, epoch_2)
    first.set_epoch(0)
    np.testing.assert_array_equal(np.concatenate([y for _, y in first]), epoch_1)


def test_reused_buffers_hold_the_right_rows():
    dataset = make_dataset()
    loader = DataLoader(dataset, batch_size=4, shuffle=True, seed=2, reuse_buffers=True)
    plain = DataLoader(dataset, batch_size=4, shuffle=True, seed=2)

    for (x, y), (x_ref, y_ref) in zip(loader, plain, strict=True):
        np.testing.assert_array_equal(x, x_ref)
        np.testing.assert_array_equal(y, y_ref)
        np.testing.assert_array_equal(x[:, 0], dataset.x[y, 0])


@pytest.mark.parametrize("batch_size", [0, -1, 2.5, True])
def test_invalid_batch_size(batch_size):
    with pytest.raises(DataError) as caught:
        DataLoader(make_dataset(), batch_size=batch_size)
    assert caught.value.kind == "data.invalid_batch_size"
