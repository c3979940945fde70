"""CSV output: UTF-8 with BOM for Excel, and formula injection escaped."""

import csv

import numpy as np
import pytest

from bpstudio.errors import ProjectError
from bpstudio.project.csvout import escape_cell, format_cell, write_csv


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("=1+1", "'=1+1"),
        ('=HYPERLINK("http://example.invalid","x")', '\'=HYPERLINK("http://example.invalid","x")'),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A3)", "'@SUM(A1:A3)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("-inf", "'-inf"),
        ("- 1", "'- 1"),
        ("山鸢尾", "山鸢尾"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_escape_cell(text, expected):
    assert escape_cell(text) == expected


@pytest.mark.parametrize("number", ["-1.5", "+3", "-2e-5", "-0", "-.5"])
def test_plain_numbers_stay_numbers(number):
    assert escape_cell(number) == number


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, ""),
        (float("nan"), ""),
        (np.float32("nan"), ""),
        (np.float32(0.1), "0.1"),
        (np.float64(-2.5), "-2.5"),
        (0.30000000000000004, "0.30000000000000004"),
        (np.int64(7), "7"),
        (True, "true"),
        ("=cmd", "'=cmd"),
    ],
)
def test_format_cell(value, expected):
    assert format_cell(value) == expected


def test_write_csv_has_bom_and_crlf(tmp_path):
    path = tmp_path / "out.csv"

    count = write_csv(path, ["名称", "=值"], [["山鸢尾", -1.5], ["@x", None]])

    raw = path.read_bytes()
    assert count == 2
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8-sig") == "名称,'=值\r\n山鸢尾,-1.5\r\n'@x,\r\n"


def test_write_csv_quotes_delimiters(tmp_path):
    path = tmp_path / "out.csv"
    write_csv(path, ["a"], [['x, "y"\nz']])

    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))

    assert rows == [["a"], ['x, "y"\nz']]


def test_write_csv_reports_unwritable_path(tmp_path):
    with pytest.raises(ProjectError) as caught:
        write_csv(tmp_path / "missing" / "out.csv", ["a"], [])
    assert caught.value.kind == "project.write_failed"


def test_format_numbers_column():
    from bpstudio.project.csvout import format_numbers

    values = np.array([5.0, 0.1, np.nan, -2.0, 1e20, 0.30000000000000004, np.inf, -1e-5, 255.0])

    assert format_numbers(values) == [
        "5",
        "0.1",
        "",
        "-2",
        "1e+20",
        "0.30000000000000004",
        "",
        "-1e-05",
        "255",
    ]


def test_format_numbers_keeps_float32_short():
    from bpstudio.project.csvout import format_numbers

    values = np.array([0.4343566, 1.0, 1e-8], dtype=np.float32)

    assert format_numbers(values) == ["0.4343566", "1", "1e-08"]
    assert [np.float32(text) for text in format_numbers(values)] == values.tolist()


def test_format_numbers_wide_integer_range():
    from bpstudio.project.csvout import format_numbers

    assert format_numbers(np.array([-3.0, 10.0**9, 7.0])) == ["-3", "1000000000", "7"]
    assert format_numbers(np.array([1, 2, 3])) == ["1", "2", "3"]


def test_write_text_columns_escapes_text_only(tmp_path):
    from bpstudio.project.csvout import write_text_columns

    path = tmp_path / "out.csv"

    count = write_text_columns(
        path, ["=name", "x"], [["=cmd", "ok"], ["-1", "2"]], text_columns=[True, False]
    )

    assert count == 2
    assert path.read_bytes().decode("utf-8-sig") == "'=name,x\r\n'=cmd,-1\r\nok,2\r\n"
