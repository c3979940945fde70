"""The CSV importer on the file shapes and failures that classroom files show."""

import codecs

import numpy as np
import pytest

from bpstudio.data import read_csv, sniff_csv, source
from bpstudio.errors import DataError


def write(tmp_path, text, name="data.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_excel_sep_line_sets_delimiter(tmp_path):
    path = write(tmp_path, "sep=;\na;b\n1;2\n3;4\n")

    table = read_csv(path)

    assert table.delimiter == ";"
    assert table.columns == ["a", "b"]
    assert table.line_numbers.tolist() == [3, 4]


def test_fullwidth_comma_and_digits(tmp_path):
    path = write(tmp_path, "甲，乙，类\n１．５，－２，是\n2.5，3，否\n")

    table = read_csv(path)

    assert table.delimiter == "，"
    assert table.values("甲").tolist() == [1.5, 2.5]
    assert table.values("乙").tolist() == [-2.0, 3.0]


def test_runs_of_whitespace(tmp_path):
    path = write(tmp_path, "1.5\t2\t\t3\n4\t5\t6\n7  8 9\n")

    table = read_csv(path)

    assert table.delimiter == "whitespace"
    assert table.has_header is False
    assert table.columns == ["column_1", "column_2", "column_3"]
    assert table.values("column_3").tolist() == [3.0, 6.0, 9.0]


def test_tab_delimited_with_empty_cell(tmp_path):
    path = write(tmp_path, "a\tb\tc\n1\t\t3\n4\t5\t6\n")

    table = read_csv(path)

    assert table.delimiter == "\t"
    assert table.missing["b"] == [2]


def test_quoted_delimiters_and_doubled_quotes(tmp_path):
    path = write(tmp_path, 'id,name,x\n1,"Braund, Mr. ""Owen""",2\n2,"Smith, Ann",3\n')

    table = read_csv(path)

    assert table.values("name").tolist() == ['Braund, Mr. "Owen"', "Smith, Ann"]
    assert table.values("x").tolist() == [2.0, 3.0]


def test_quoted_thousands_separators(tmp_path):
    path = write(tmp_path, 'price,n\n"1,234.5",1\n"12,000",2\n7,3\n')

    table = read_csv(path)

    assert table.values("price").tolist() == [1234.5, 12000.0, 7.0]


def test_thousands_with_decimal_comma(tmp_path):
    path = write(tmp_path, "price;n\n1.234,5;1\n2,25;2\n")

    table = read_csv(path)

    assert table.decimal == ","
    assert table.values("price").tolist() == [1234.5, 2.25]


def test_trailing_empty_columns_and_rows_dropped(tmp_path):
    path = write(tmp_path, "a,b,,\n1,2,,\n3,4,,\n,,,\n\n")

    table = read_csv(path)

    assert table.columns == ["a", "b"]
    assert table.n_rows == 2
    assert [warning.kind for warning in table.warnings] == ["csv.dropped_empty_columns"]


def test_header_names_trimmed_and_unique(tmp_path):
    path = write(tmp_path, " a ,a,,b\n1,2,3,4\n")

    table = read_csv(path)

    assert table.columns == ["a", "a_2", "column_3", "b"]
    assert table.warnings[0].kind == "csv.renamed_columns"


def test_header_detection_and_override(tmp_path):
    numeric = write(tmp_path, "1,2\n3,4\n", name="numeric.csv")
    text = write(tmp_path, "colour,size\nred,big\nblue,small\n", name="text.csv")

    assert read_csv(numeric).has_header is False
    assert read_csv(text).has_header is True
    assert read_csv(numeric, has_header=True).columns == ["1", "2"]


def test_id_like_columns_flagged(tmp_path):
    path = write(tmp_path, "id,student,score\n1,s1,3\n2,s2,3\n3,s3,5\n4,s4,4\n")

    table = read_csv(path)

    assert table.id_like == {"id", "student"}


def test_numeric_column_without_id_name_not_id(tmp_path):
    path = write(tmp_path, "x,y\n0,2\n1,5\n2,8\n3,11\n")

    assert read_csv(path).id_like == set()


def test_mostly_numeric_column_warns(tmp_path):
    rows = "".join(f"{i},{i * 2}\n" for i in range(30))
    path = write(tmp_path, "x,price\n" + rows + "31,abc\n")

    table = read_csv(path)

    assert table.kinds["price"] == "categorical"
    warning = table.warnings[0]
    assert warning.kind == "data.mixed_column"
    assert warning.line == 32
    assert "'abc'" in str(warning)


def test_utf16_with_bom(tmp_path):
    path = tmp_path / "utf16.csv"
    path.write_bytes(codecs.BOM_UTF16_LE + "名,值\n甲,1\n乙,2\n".encode("utf-16-le"))

    table = read_csv(path)

    assert table.encoding == "utf-16"
    assert table.columns == ["名", "值"]


def test_cp1252_fallback(tmp_path):
    path = tmp_path / "cafe.csv"
    path.write_bytes("name,x\ncafé,1\nthé,2\n".encode("cp1252"))

    table = read_csv(path)

    assert table.encoding == "cp1252"
    assert table.values("name").tolist() == ["café", "thé"]


def test_wrong_encoding_override_names_line(tmp_path):
    path = write(tmp_path, "a,b\n1,2\n3,温\n")

    with pytest.raises(DataError) as caught:
        read_csv(path, encoding="ascii")

    assert caught.value.kind == "csv.decode_failed"
    assert caught.value.line == 3


def test_missing_file_named(tmp_path):
    with pytest.raises(DataError) as caught:
        read_csv(tmp_path / "nope.csv")

    assert caught.value.kind == "csv.file_not_found"
    assert "nope.csv" in str(caught.value)


def test_empty_file(tmp_path):
    path = write(tmp_path, "")

    with pytest.raises(DataError) as caught:
        read_csv(path)

    assert caught.value.kind == "csv.empty_file"


def test_blank_lines_only(tmp_path):
    path = write(tmp_path, "\n\n,,\n")

    with pytest.raises(DataError) as caught:
        read_csv(path)

    assert caught.value.kind == "csv.no_columns"


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"PK\x03\x04rest-of-zip", "Excel .xlsx"), (b"a,b\n1,\x00\x00\x002\n", "NUL bytes")],
)
def test_binary_file(tmp_path, content, reason):
    path = tmp_path / "book.csv"
    path.write_bytes(content)

    with pytest.raises(DataError) as caught:
        read_csv(path)

    assert caught.value.kind == "csv.binary_file"
    assert reason in str(caught.value)


def test_too_large_checked_before_reading(tmp_path, monkeypatch):
    path = write(tmp_path, "a,b\n1,2\n" * 1000)
    monkeypatch.setattr(source, "available_memory", lambda: 1000)
    monkeypatch.setattr(source.Path, "read_bytes", lambda self: pytest.fail("the file was read"))

    with pytest.raises(DataError) as caught:
        read_csv(path)

    assert caught.value.kind == "csv.too_large"
    assert "data.csv" in str(caught.value)


def test_unclosed_quote_names_line(tmp_path):
    path = write(tmp_path, 'a,b\n1,2\n3,"oops\n5,6\n')

    with pytest.raises(DataError) as caught:
        read_csv(path)

    assert caught.value.kind == "csv.unclosed_quote"
    assert caught.value.line == 3


def test_lost_bom_question_mark(tmp_path):
    path = write(tmp_path, "?编号,色泽\n1,青绿\n2,乌黑\n3,青绿\n", encoding="gbk")

    table = read_csv(path)

    assert table.columns[0] == "编号"
    assert "csv.lost_bom" in [warning.kind for warning in table.warnings]


def test_progress_and_cancel(tmp_path):
    path = write(tmp_path, "a,b\n" + "1,x\n" * 5000)
    fractions = []

    read_csv(path, progress=fractions.append)
    assert fractions[-1] == 1.0
    assert fractions == sorted(fractions)

    with pytest.raises(DataError) as caught:
        read_csv(path, cancel=lambda: True)
    assert caught.value.kind == "csv.cancelled"


def test_fast_and_careful_paths_agree(tmp_path):
    rng = np.random.default_rng(0)
    values = rng.normal(0, 1000, size=(200, 6)).round(4)
    values[:, 0] = rng.integers(-50, 50, 200)
    lines = ["a,b,c,d,e,f"] + [",".join(repr(float(v)) for v in row) for row in values]
    path = write(tmp_path, "\r\n".join(lines) + "\r\n")

    fast = read_csv(path)
    careful = read_csv(path, fast_path=False)

    assert fast.columns == careful.columns
    assert fast.kinds == careful.kinds
    assert fast.line_numbers.tolist() == careful.line_numbers.tolist()
    for name in fast.columns:
        assert np.array_equal(fast.values(name), careful.values(name))


def test_import_settings_reread_identically(tmp_path):
    path = write(tmp_path, "a;b\n1,5;x\n2,5;y\n")
    table = read_csv(path)

    again = read_csv(path, **table.import_settings())

    assert again.values("a").tolist() == table.values("a").tolist()


def test_sniff_csv_preview(tmp_path):
    path = write(tmp_path, "a;b\n1;2\n3;4\n")

    settings = sniff_csv(path)

    assert settings.delimiter == ";"
    assert settings.preview[:2] == [["a", "b"], ["1", "2"]]
    assert settings.to_dict()["delimiter"] == ";"


def test_preview_texts(tmp_path):
    path = write(tmp_path, "a,b\n1,x\n2.5,?\n")

    assert read_csv(path).preview(5) == [["1", "x"], ["2.5", ""]]


def test_single_space_delimiter_keeps_empty_cells(tmp_path):
    path = write(tmp_path, "a b c\n1  3\n4 5 6\n")

    table = read_csv(path, delimiter="space")

    assert table.delimiter == " "
    assert table.missing["b"] == [2]
    assert table.values("c").tolist() == [3.0, 6.0]


def test_invalid_delimiter_rejected(tmp_path):
    path = write(tmp_path, "a,b\n1,2\n")

    with pytest.raises(DataError) as caught:
        read_csv(path, delimiter="::")

    assert caught.value.kind == "csv.bad_delimiter"


def test_header_with_a_numeric_name(tmp_path):
    path = write(tmp_path, "x,2019\n1.5,3\n2.5,4\n")

    table = read_csv(path)

    assert table.has_header is True
    assert table.columns == ["x", "2019"]


@pytest.mark.parametrize(
    "rows",
    [
        ["1,2,3", "?,5,6", "7,,9", "10,11,NA"],  # missing markers in some chunks
        ["1,2,3", '"1,234",5,6', "7,8,9"],  # a quoted number
        ["1,2,3", "4,5,6", ",,", "7,8,9"],  # an all-empty row, dropped
        ["1,2,", "4,5,", "7,8,"],  # an empty last column, dropped
        ["1,2,3", "4,x,6", "7,8,9"],  # a text cell
        ["1,2,3", "4,5", "7,8,9"],  # a ragged row
    ],
)
def test_chunk_fallback_matches_careful_path(tmp_path, monkeypatch, rows):
    from bpstudio.data import fastpath

    monkeypatch.setattr(fastpath, "CHUNK_BYTES", 64)
    monkeypatch.setattr(fastpath, "MIN_FALLBACK_BYTES", 8)
    lines = ["a,b,c"] + [row for row in rows for _ in range(5)]
    path = write(tmp_path, "\n".join(lines) + "\n")

    careful = read_csv(path, fast_path=False, skip_bad_lines=True)
    fast = read_csv(path, skip_bad_lines=True)

    assert fast.columns == careful.columns
    assert fast.kinds == careful.kinds
    assert fast.missing == careful.missing
    assert fast.id_like == careful.id_like
    assert fast.line_numbers.tolist() == careful.line_numbers.tolist()
    assert [w.kind for w in fast.warnings] == [w.kind for w in careful.warnings]
    for name in fast.columns:
        np.testing.assert_array_equal(fast.values(name), careful.values(name))


def test_missing_markers_keep_fast_path(tmp_path, monkeypatch):
    from bpstudio.data import reader

    monkeypatch.setattr(reader, "_read_careful", lambda *args: pytest.fail("careful path"))
    path = write(tmp_path, "x,y\n1,2\n?,4\n5,\n")

    table = read_csv(path)

    assert table.missing == {"x": [3], "y": [4]}
    assert np.isnan(table.values("y")[2])


def test_utf16_without_bom_by_override(tmp_path):
    path = tmp_path / "utf16le.csv"
    path.write_bytes("a,b\n1,2\n".encode("utf-16-le"))

    with pytest.raises(DataError, match="utf-16"):
        read_csv(path)
    table = read_csv(path, encoding="utf-16-le")

    assert table.columns == ["a", "b"]
    assert table.encoding == "utf-16-le"


@pytest.mark.parametrize(
    "cells",
    [
        ["1", "-2.5", ".5", "3504.", "1e-3", "+7", "007"],
        ["1", "", "-", "4"],
        ["1", ".", "3"],
        ["1", "1e", "3"],
        ["1", " 2", "3"],
        ["1", "nan", "3"],
        ["1", "inf", "3"],
        ["1_0", "2", "3"],
        ["1,5", "2", "3"],
        ["", "", ""],
        ["-", "-", "-"],
    ],
)
def test_raw_column_typing_matches_cell_typing(cells):
    from bpstudio.data.cells import normalize_cell, type_raw_column, type_text_column

    lines = np.arange(2, 2 + len(cells))

    quick = type_raw_column("c", cells, lines)
    slow = type_text_column("c", [normalize_cell(cell) for cell in cells], lines)

    assert quick.kind == slow.kind
    assert quick.missing_lines == slow.missing_lines
    assert quick.values.dtype == slow.values.dtype
    assert [w.kind for w in quick.warnings] == [w.kind for w in slow.warnings]
    if quick.values.dtype.kind == "f":
        np.testing.assert_array_equal(quick.values, slow.values)
    else:
        assert quick.values.tolist() == slow.values.tolist()
