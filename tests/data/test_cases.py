"""Each hard case of classroom CSV files, read from a fixture written for it."""

from pathlib import Path

import numpy as np
import pytest

from bpstudio.data import PreprocessConfig, prepare, read_csv
from bpstudio.errors import DataError

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def fixture(name: str) -> Path:
    return FIXTURES / name


def test_gbk_crlf_chinese_header_and_classes():
    table = read_csv(fixture("iris_gbk_zh.csv"))

    assert table.encoding == "gb18030"
    assert table.columns == ["花萼长度", "花萼宽度", "花瓣长度", "花瓣宽度", "类别"]
    assert table.kinds["类别"] == "categorical"
    assert [warning.kind for warning in table.warnings] == ["csv.encoding_fallback"]
    prepared = prepare(table, PreprocessConfig(target="类别", validation_split=0.0))
    assert sorted(prepared.class_names) == ["变色鸢尾", "山鸢尾", "维吉尼亚鸢尾"]
    assert prepared.y_train.shape == (9, 3)


def test_utf8_that_also_decodes_as_gb18030():
    raw = fixture("utf8_also_gb18030.csv").read_bytes()
    raw.decode("gb18030")  # the trap: this succeeds, with mojibake

    table = read_csv(fixture("utf8_also_gb18030.csv"))

    assert table.encoding == "utf-8"
    assert table.columns == ["温度", "湿度", "标签"]
    assert table.warnings == []


def test_utf8_that_also_decodes_as_gb18030_override():
    table = read_csv(fixture("utf8_also_gb18030.csv"), encoding="gb18030")

    assert table.encoding == "gb18030"
    assert table.columns != ["温度", "湿度", "标签"]


def test_bom_and_quoted_header():
    table = read_csv(fixture("utf8_bom_quoted_header.csv"))

    assert table.encoding == "utf-8-sig"
    assert table.columns == ["编号", "身高(cm)", "体重(kg)", "性别"]
    assert "编号" in table.id_like
    assert not any("\ufeff" in name or '"' in name for name in table.columns)


def test_semicolon_and_decimal_comma():
    table = read_csv(fixture("semicolon_decimal_comma.csv"))

    assert table.delimiter == ";"
    assert table.decimal == ","
    assert table.columns == ["length", "width", "weight", "class"]
    row = [table.values(name)[0] for name in ("length", "width", "weight")]
    assert row == [5.1, 3.5, 1.4]
    assert table.values("class")[0] == "A"


def test_missing_markers_reported_per_column():
    table = read_csv(fixture("missing_markers.csv"))

    assert table.missing["x1"] == [3, 7]
    assert table.missing["x2"] == [4, 8]
    assert table.missing["x3"] == [5]
    assert table.missing["label"] == [6]
    assert table.kinds["x1"] == "numeric"
    assert np.isnan(table.values("x1")[1])


def test_missing_markers_drop_rows_never_label():
    table = read_csv(fixture("missing_markers.csv"))

    prepared = prepare(table, PreprocessConfig(target="label", validation_split=0.0))

    assert prepared.class_names == ["A", "B"]
    used = set(prepared.train_lines.tolist())
    assert used.isdisjoint({3, 4, 5, 6, 7, 8})
    assert len(used) == 6
    kinds = [warning.kind for warning in prepared.warnings]
    assert kinds == ["data.target_missing_dropped", "data.missing_rows_dropped"]


def test_missing_markers_imputed_features_not_label():
    table = read_csv(fixture("missing_markers.csv"))

    prepared = prepare(
        table,
        PreprocessConfig(target="label", missing="mean", validation_split=0.0, scaling="none"),
    )

    assert prepared.class_names == ["A", "B"]
    assert 6 not in prepared.train_lines.tolist()
    assert prepared.x_train.shape == (11, 3)
    assert not np.isnan(prepared.x_train).any()
    # x1 on line 3 gets the mean of x1's present training values, never 0.
    row = prepared.train_lines.tolist().index(3)
    present = table.values("x1")[~np.isnan(table.values("x1"))]
    present = present[table.line_numbers[~np.isnan(table.values("x1"))] != 6]
    assert prepared.x_train[row, 0] == pytest.approx(present.mean(), rel=1e-6)


def test_ragged_rows_error_names_lines_and_counts():
    with pytest.raises(DataError) as caught:
        read_csv(fixture("ragged_rows.csv"))

    error = caught.value
    assert error.kind == "csv.ragged_rows"
    assert error.lines == [3, 4]
    assert error.counts == [5, 3]
    assert "line 3 has 5" in str(error)
    assert "line 4 has 3" in str(error)
    assert "ragged_rows.csv" in str(error)


def test_ragged_rows_skipped_without_shifting():
    table = read_csv(fixture("ragged_rows.csv"), skip_bad_lines=True)

    assert table.skipped_lines == [3, 4]
    assert table.line_numbers.tolist() == [2, 5, 6]
    assert table.values("x3").tolist() == [3.0, 3.3, 3.4]
    assert table.values("label").tolist() == ["A", "B", "A"]
    assert [warning.kind for warning in table.warnings] == ["csv.skipped_lines"]


@pytest.mark.parametrize("scaling", ["standard", "minmax01", "minmax11"])
def test_constant_column_scaled_to_zero(scaling):
    table = read_csv(fixture("constant_column.csv"))

    prepared = prepare(
        table, PreprocessConfig(target="label", scaling=scaling, validation_split=0.5)
    )

    assert table.kinds["const"] == "constant"
    column = prepared.feature_names.index("const")
    assert np.all(prepared.x_train[:, column] == 0.0)
    assert np.all(prepared.x_val[:, column] == 0.0)
    assert not np.isnan(prepared.x_train).any()
    warning = prepared.warnings[0]
    assert warning.kind == "data.constant_feature"
    assert "no information" in str(warning)


@pytest.mark.parametrize("scaling", ["none", "standard", "minmax01", "minmax11"])
def test_integer_columns_scale_as_float(scaling):
    table = read_csv(fixture("xor_int.csv"))

    prepared = prepare(table, PreprocessConfig(target="y", scaling=scaling, validation_split=0.0))

    assert prepared.x_train.dtype == np.float32
    assert prepared.y_train.dtype == np.float32
    assert prepared.task == "classification"


def test_header_only_has_no_data_rows():
    with pytest.raises(DataError) as caught:
        read_csv(fixture("header_only.csv"))

    assert caught.value.kind == "csv.no_data_rows"
    assert "no data rows" in str(caught.value)


@pytest.mark.parametrize("name", ["two_rows.csv", "one_row.csv"])
def test_too_few_rows_for_validation_split(name):
    table = read_csv(fixture(name))

    with pytest.raises(DataError) as caught:
        prepare(table, PreprocessConfig(target="y", validation_split=0.1))

    assert caught.value.kind == "data.too_few_rows"
    assert "too few rows for a 10% validation split" in str(caught.value)


def test_two_rows_train_without_validation():
    table = read_csv(fixture("two_rows.csv"))

    prepared = prepare(table, PreprocessConfig(target="y", task="regression", validation_split=0))

    assert prepared.x_train.shape == (2, 1)
    assert prepared.x_val.shape == (0, 1)
    assert not np.isnan(prepared.x_train).any()


def test_labels_one_to_three_keep_names():
    table = read_csv(fixture("labels_1_2_3.csv"))

    prepared = prepare(table, PreprocessConfig(target="label", validation_split=0.0))

    assert prepared.class_names == ["1", "2", "3"]
    assert prepared.y_train.shape == (6, 3)
    decoded = prepared.pipeline.decode(prepared.y_train)
    assert decoded.tolist() == ["1", "1", "2", "2", "3", "3"]


def test_labels_plus_minus_one_are_two_classes():
    table = read_csv(fixture("labels_pm1.csv"))

    prepared = prepare(table, PreprocessConfig(target="label", validation_split=0.0))

    assert prepared.class_names == ["-1", "1"]
    assert prepared.n_outputs == 1
    assert prepared.y_train[:, 0].tolist() == [0.0, 0.0, 1.0, 1.0]
    assert prepared.pipeline.decode(np.array([[0.2], [0.9]])).tolist() == ["-1", "1"]


def test_single_class_is_an_error():
    table = read_csv(fixture("single_class.csv"))

    with pytest.raises(DataError) as caught:
        prepare(table, PreprocessConfig(target="label"))

    assert caught.value.kind == "data.single_class"
    assert "the label column 'label' has only one class" in str(caught.value)
