"""Time ``bpstudio.data.read_csv`` against ``pandas.read_csv`` on an MNIST-sized CSV file.

The file has 60,000 rows x 785 integer columns, the shape of the MNIST training CSV that
the book "Make Your Own Neural Network" uses. It is generated into a temporary folder: each
row is a label 0-9, then 784 pixel values 0-255 of which about 80% are 0. Each reader runs
``--repeats`` times after one warm-up read, so the file is in the page cache for both, and
the medians are compared. pandas is a benchmark dependency only (the ``bench`` extra).

    python benchmarks/csv_bench.py [--rows 60000] [--repeats 3] [--careful]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

from bpstudio.data import read_csv

#: The acceptance bound: read_csv may take at most this many times pandas' time.
MAX_RATIO = 1.5


def write_mnist_like(path: Path, rows: int, seed: int = 0) -> None:
    """Write ``rows`` lines of 785 integers (label, then 784 mostly-zero pixels)."""
    rng = np.random.default_rng(seed)
    with open(path, "w", encoding="ascii", newline="\n") as stream:
        for start in range(0, rows, 5000):
            count = min(5000, rows - start)
            block = rng.integers(0, 256, size=(count, 785))
            block[:, 1:][rng.random((count, 784)) < 0.8] = 0
            block[:, 0] = rng.integers(0, 10, count)
            np.savetxt(stream, block, fmt="%d", delimiter=",")


def median_seconds(function, repeats: int) -> tuple[float, float]:
    """Return the median wall-clock and CPU seconds of ``repeats`` calls after a warm-up.

    CPU time (this process, user plus system) is the steadier figure on a shared machine,
    where other processes stretch the wall-clock time of both readers.
    """
    function()  # warm-up: page cache, imports, first-touch allocations
    wall, cpu = [], []
    for _ in range(repeats):
        started, started_cpu = time.perf_counter(), time.process_time()
        function()
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return statistics.median(wall), statistics.median(cpu)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=60_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument(
        "--careful", action="store_true", help="also time the per-cell reader (slow)"
    )
    args = parser.parse_args()

    import pandas as pd

    with tempfile.TemporaryDirectory(prefix="bpstudio-bench-") as folder:
        path = Path(folder) / "mnist_like.csv"
        write_mnist_like(path, args.rows)
        size_mb = path.stat().st_size / 2**20
        ours = median_seconds(lambda: read_csv(path), args.repeats)
        theirs = median_seconds(lambda: pd.read_csv(path, header=None), args.repeats)

        table = read_csv(path)
        frame = pd.read_csv(path, header=None)
        same = all(
            np.array_equal(table.values(name), frame.iloc[:, index].to_numpy(dtype=np.float64))
            for index, name in enumerate(table.columns)
        )
        print(f"file: {args.rows} x 785 integers, {size_mb:.1f} MB")
        print(f"medians of {args.repeats} runs: wall-clock s, CPU s")
        print(f"bpstudio read_csv: {ours[0]:.3f}, {ours[1]:.3f}")
        print(f"pandas read_csv:   {theirs[0]:.3f}, {theirs[1]:.3f}")
        print(
            f"ratio: wall {ours[0] / theirs[0]:.2f}, CPU {ours[1] / theirs[1]:.2f} "
            f"(bound {MAX_RATIO}); identical values: {same}"
        )
        if args.careful:
            careful = median_seconds(lambda: read_csv(path, fast_path=False), 1)
            print(f"bpstudio careful path: {careful[0]:.3f}, {careful[1]:.3f}")
    return 0 if same and ours[0] <= MAX_RATIO * theirs[0] else 1


if __name__ == "__main__":
    raise SystemExit(main())
