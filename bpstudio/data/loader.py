"""In-memory datasets and mini-batch iteration for training.

``DataLoader(Dataset(x, y), batch_size=32, shuffle=True, seed=0)`` yields ``(x_batch,
y_batch)`` pairs. The last batch is partial unless ``drop_last`` is set: it contains the
remaining ``len(dataset) % batch_size`` samples. A batch's mean loss must therefore be
weighted by its size (``batch_sizes``) when an epoch value is averaged, so every sample counts
once; the engine's training loop does this.
"""

from __future__ import annotations

import secrets

import numpy as np

from bpstudio.errors import DataError, register_messages

register_messages(
    {
        "data.dataset_length_mismatch": (
            "the features have {x_rows} rows but the labels have {y_rows}; give one label per row."
        ),
        "data.invalid_batch_size": "batch_size must be a positive integer or None, got {value!r}.",
    }
)


class Dataset:
    """Features ``x`` ``(n_samples, ...)`` and optional labels ``y`` ``(n_samples, ...)``.

    ``len(dataset)`` is the number of samples and ``dataset[i]`` is the pair ``(x[i], y[i])``
    (``y[i]`` is None without labels). Indexing with an array of indices gives the batch.
    """

    def __init__(self, x, y=None):
        self.x = np.asarray(x)
        self.y = None if y is None else np.asarray(y)
        if self.y is not None and len(self.y) != len(self.x):
            raise DataError("data.dataset_length_mismatch", x_rows=len(self.x), y_rows=len(self.y))

    def __len__(self) -> int:
        return len(self.x)

    def __getitem__(self, index):
        return self.x[index], None if self.y is None else self.y[index]


class DataLoader:
    """Iterate over a :class:`Dataset` in batches.

    Args:
        dataset: the samples.
        batch_size: samples per batch; None puts the whole dataset in one batch (full-batch
            gradient descent).
        shuffle: draw a new order every epoch, from ``numpy.random.default_rng([seed, epoch])``
            so the same seed and epoch give the same order.
        drop_last: skip a final batch smaller than ``batch_size``.
        seed: seed of the shuffles; None draws one.
        reuse_buffers: yield shuffled batches in arrays reused from batch to batch (faster; the
            consumer must copy what it keeps). Unshuffled batches are always views of the data.

    Each iteration advances ``epoch`` by one, unless ``set_epoch`` chose it.
    """

    def __init__(
        self, dataset, batch_size=32, shuffle=False, drop_last=False, seed=None, reuse_buffers=False
    ):
        if not isinstance(dataset, Dataset):
            dataset = Dataset(*dataset) if isinstance(dataset, tuple) else Dataset(dataset)
        if batch_size is not None and (
            isinstance(batch_size, bool) or int(batch_size) != batch_size or batch_size < 1
        ):
            raise DataError("data.invalid_batch_size", value=batch_size)
        self.dataset = dataset
        self.batch_size = len(dataset) if batch_size is None else int(batch_size)
        self.batch_size = max(self.batch_size, 1)
        self.shuffle = bool(shuffle)
        self.drop_last = bool(drop_last)
        self.seed = int(seed) if seed is not None else secrets.randbits(32)
        self.reuse_buffers = bool(reuse_buffers)
        self.epoch = 0
        self._epoch_chosen = False
        self._buffers: dict[int, tuple] = {}

    @property
    def batch_sizes(self) -> list[int]:
        """Return the size of each batch of an epoch, in order."""
        return list(self._batch_sizes())

    def _batch_sizes(self) -> tuple[int, ...]:
        key = (len(self.dataset), self.batch_size, self.drop_last)
        if self._sizes_key != key:
            full, rest = divmod(key[0], self.batch_size)
            tail = (rest,) if rest and not self.drop_last else ()
            self._sizes = (self.batch_size,) * full + tail
            self._sizes_key = key
        return self._sizes

    _sizes_key = None
    _sizes: tuple[int, ...] = ()

    def __len__(self) -> int:
        return len(self._batch_sizes())

    def set_epoch(self, epoch: int) -> None:
        """Make the next iteration use the order of ``epoch``."""
        self.epoch = int(epoch)
        self._epoch_chosen = True

    def order(self, epoch: int) -> np.ndarray | None:
        """Return the sample order of ``epoch`` (None when not shuffling)."""
        if not self.shuffle:
            return None
        return np.random.default_rng([self.seed, epoch]).permutation(len(self.dataset))

    def __iter__(self):
        if not self._epoch_chosen and self._started:
            self.epoch += 1
        self._started = True
        self._epoch_chosen = False
        return self._batches(self.order(self.epoch))

    _started = False

    def _batches(self, order):
        x, y = self.dataset.x, self.dataset.y
        start = 0
        for size in self._batch_sizes():
            stop = start + size
            if order is None:
                yield x[start:stop], None if y is None else y[start:stop]
            elif self.reuse_buffers:
                yield self._gather(order[start:stop])
            else:
                indices = order[start:stop]
                yield x[indices], None if y is None else y[indices]
            start = stop

    def _gather(self, indices):
        x, y = self.dataset.x, self.dataset.y
        buffers = self._buffers.get(len(indices))
        if buffers is None:
            buffers = (
                np.empty((len(indices), *x.shape[1:]), x.dtype),
                None if y is None else np.empty((len(indices), *y.shape[1:]), y.dtype),
            )
            self._buffers[len(indices)] = buffers
        x_batch, y_batch = buffers
        # mode="clip" skips the bounds check that makes NumPy gather into a temporary array
        # first; the indices come from a permutation, so they are always in range.
        x.take(indices, axis=0, out=x_batch, mode="clip")
        if y is not None:
            y.take(indices, axis=0, out=y_batch, mode="clip")
        return x_batch, y_batch
