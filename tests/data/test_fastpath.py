"""The vectorised numeric parser: exact values, and a fallback for anything unusual."""

import numpy as np
import pytest

from bpstudio.data import fastpath


def parse(text, columns, **options):
    return fastpath.parse_numeric_block(text.encode("ascii"), ",", columns, **options)


def test_values_equal_python_float():
    cells = ["0", "-0", "7", "007", "3504.", ".5", "-.5", "-0.627", "0.1", "123456789012345",
             "1234567.89012345", "-99.999", "0.00000000000001", "255"]  # fmt: skip
    text = ",".join(cells) + "\n"

    values = parse(text, len(cells))

    assert values.shape == (1, len(cells))
    for value, cell in zip(values[0], cells, strict=True):
        assert value == float(cell)
        assert np.signbit(value) == np.signbit(float(cell))


def test_random_decimals_match_float():
    rng = np.random.default_rng(1)
    numbers = rng.normal(0, 1e4, size=(300, 7))
    rows = [",".join(f"{value:.{rng.integers(0, 8)}f}" for value in row) for row in numbers]

    values = parse("\n".join(rows) + "\n", 7)

    expected = np.array([[float(cell) for cell in row.split(",")] for row in rows])
    assert np.array_equal(values, expected)


@pytest.mark.parametrize(
    "text",
    [
        "1,,3\n",  # empty cell
        "1, 2,3\n",  # space
        "1e5,2,3\n",  # exponent
        "1,2\n",  # too few cells
        "1,2,3,4\n",  # too many cells
        "1,2,3\n4,5\n6,7,8,9\n",  # same total, wrong rows
        "--1,2,3\n",
        "1-2,2,3\n",
        "1.2.3,2,3\n",
        "-,2,3\n",
        ".,2,3\n",
        "1234567890123456,2,3\n",  # 16 digits
        '"1",2,3\n',
        "1,2,3\n\n4,5,6\n",  # blank line in the middle
        "a,2,3\n",
    ],
)
def test_unusual_input_falls_back(text):
    assert parse(text, 3) is None


def test_line_endings_and_trailing_breaks():
    assert parse("1,2\r\n3,4\r\n\r\n", 2).tolist() == [[1.0, 2.0], [3.0, 4.0]]
    assert parse("1,2\n3,4", 2).tolist() == [[1.0, 2.0], [3.0, 4.0]]


def test_start_offset_skips_header():
    data = b"a,b\n1,2\n"

    values = fastpath.parse_numeric_block(data, ",", 2, start=4)

    assert values.tolist() == [[1.0, 2.0]]


def test_chunks_join_exactly(monkeypatch):
    monkeypatch.setattr(fastpath, "CHUNK_BYTES", 16)
    rows = [f"{i},{i * 3}.5,-{i}" for i in range(200)]
    fractions = []

    values = parse("\n".join(rows) + "\n", 3, progress=fractions.append)

    assert values[:, 0].tolist() == list(range(200))
    assert values[:, 1].tolist() == [i * 3 + 0.5 for i in range(200)]
    assert fractions[-1] == 1.0
    assert len(fractions) > 10


def test_cancel_raises(monkeypatch):
    monkeypatch.setattr(fastpath, "CHUNK_BYTES", 16)

    with pytest.raises(fastpath.CancelledError):
        parse("1,2\n" * 100, 2, cancel=lambda: True)


def test_semicolon_delimiter():
    values = fastpath.parse_numeric_block(b"1;2\n3;4\n", ";", 2)

    assert values.tolist() == [[1.0, 2.0], [3.0, 4.0]]
