"""Preprocessing: splits, scaling fitted on training rows, encoding and the saved pipeline."""

import json

import numpy as np
import pytest

from bpstudio.data import Pipeline, PreprocessConfig, Table, prepare, read_csv
from bpstudio.data.preprocess import default_target, infer_task
from bpstudio.errors import DataError


def regression_table(n=50):
    x = np.arange(n, dtype=float)
    return Table.from_columns({"x": list(x), "y": list(3 * x + 2)})


def test_minmax11_is_matlab_mapminmax():
    table = Table.from_columns({"x": [2.0, 4.0, 6.0, 10.0], "label": ["a", "b", "a", "b"]})

    prepared = prepare(
        table, PreprocessConfig(target="label", scaling="minmax11", validation_split=0.0)
    )

    # mapminmax: y = (ymax - ymin) * (x - xmin) / (xmax - xmin) + ymin with [ymin, ymax] = [-1, 1]
    assert prepared.x_train[:, 0].tolist() == [-1.0, -0.5, 0.0, 1.0]


def test_minmax01_and_standard():
    table = Table.from_columns({"x": [2.0, 4.0, 6.0, 10.0], "label": ["a", "b", "a", "b"]})

    zero_one = prepare(
        table, PreprocessConfig(target="label", scaling="minmax01", validation_split=0)
    )
    standard = prepare(
        table, PreprocessConfig(target="label", scaling="standard", validation_split=0)
    )

    assert zero_one.x_train[:, 0].tolist() == [0.0, 0.25, 0.5, 1.0]
    values = np.array([2.0, 4.0, 6.0, 10.0])
    expected = (values - values.mean()) / values.std()
    np.testing.assert_allclose(standard.x_train[:, 0], expected, rtol=1e-6)


def test_scaling_fitted_on_training_rows_only():
    table = regression_table(20)

    prepared = prepare(
        table, PreprocessConfig(target="y", scaling="minmax01", validation_split=0.25, seed=3)
    )

    assert prepared.x_train.min() == 0.0
    assert prepared.x_train.max() == 1.0
    train_x = table.values("x")[np.isin(table.line_numbers, prepared.train_lines)]
    step = prepared.pipeline.features[0]
    assert step.offset == train_x.min()
    assert step.factor == pytest.approx(1.0 / (train_x.max() - train_x.min()))


def test_split_is_seeded_and_stratified():
    labels = ["a"] * 30 + ["b"] * 10
    table = Table.from_columns({"f": list(range(40)), "label": labels})
    config = PreprocessConfig(target="label", validation_split=0.2, test_split=0.1, seed=7)

    first = prepare(table, config)
    second = prepare(table, config)
    other = prepare(table, PreprocessConfig(**{**config.to_dict(), "seed": 8}))

    assert first.val_lines.tolist() == second.val_lines.tolist()
    assert first.val_lines.tolist() != other.val_lines.tolist()
    assert (len(first.x_train), len(first.x_val), len(first.x_test)) == (28, 8, 4)
    assert first.y_val.sum() == 2  # b is a quarter of the rows, so 2 of 8
    assert first.y_test.sum() == 1
    assert first.class_counts == {"a": 30, "b": 10}
    parts = [first.train_lines, first.val_lines, first.test_lines]
    assert len(np.unique(np.concatenate(parts))) == 40


def test_too_few_rows_for_test_split():
    table = Table.from_columns({"f": [1.0, 2.0, 3.0, 4.0], "y": [1.5, 2.5, 3.5, 4.7]})

    with pytest.raises(DataError) as caught:
        prepare(table, PreprocessConfig(target="y", validation_split=0.25, test_split=0.1))

    assert "too few rows for a 10% test split: 4 rows give 0 test rows" in str(caught.value)


def test_invalid_split_fractions():
    table = regression_table()

    with pytest.raises(DataError) as caught:
        prepare(table, PreprocessConfig(target="y", validation_split=0.6, test_split=0.4))

    assert caught.value.kind == "data.invalid_split"


def test_invalid_scaling_lists_valid():
    with pytest.raises(DataError) as caught:
        prepare(regression_table(), PreprocessConfig(target="y", scaling="zscore"))

    assert "standard" in str(caught.value)


def test_regression_target_scaled_and_decoded():
    table = regression_table()

    prepared = prepare(table, PreprocessConfig(target="y", validation_split=0.2))

    assert prepared.task == "regression"
    assert abs(float(prepared.y_train.mean())) < 1e-5
    decoded = prepared.pipeline.decode(prepared.y_train)
    expected = table.values("y")[np.isin(table.line_numbers, prepared.train_lines)]
    np.testing.assert_allclose(decoded[:, 0], expected, rtol=1e-5)


def test_regression_target_unscaled_when_asked():
    prepared = prepare(regression_table(), PreprocessConfig(target="y", scale_target=False))

    assert prepared.y_train.max() > 100


def test_task_inference():
    table = Table.from_columns(
        {
            "text": ["a", "b"] * 10,
            "two": [0, 1] * 10,
            "few": [1, 2, 3, 4] * 5,
            "many": list(range(20)),
            "real": [0.5 * i for i in range(20)],
        }
    )

    assert infer_task(table, "text") == "classification"
    assert infer_task(table, "two") == "classification"
    assert infer_task(table, "few") == "classification"
    assert infer_task(table, "many") == "regression"
    assert infer_task(table, "real") == "regression"


def test_categorical_feature_one_hot_and_unknown_reported():
    train = Table.from_columns(
        {"colour": ["red", "blue", "red", "blue"], "x": [1.0, 2.0, 3.0, 4.0], "y": [0, 1, 0, 1]}
    )
    prepared = prepare(train, PreprocessConfig(target="y", validation_split=0.0, scaling="none"))
    new = Table.from_columns({"colour": ["green", "red"], "x": [1.0, 2.0]})

    x = prepared.pipeline.transform(new)

    assert prepared.feature_names == ["colour=blue", "colour=red", "x"]
    assert x.tolist() == [[0.0, 0.0, 1.0], [0.0, 1.0, 2.0]]
    assert prepared.pipeline.unknown_categories == {"colour": [{"value": "green", "line": 2}]}
    warning = prepared.pipeline.unknown_category_warnings()[0]
    assert warning.kind == "data.unknown_categories"
    assert "'green'" in str(warning)


def test_pipeline_json_round_trip_reapplies():
    table = Table.from_columns(
        {
            "f": [1.0, 2.0, None, 4.0, 5.0, 6.0],
            "c": ["u", "v", "u", None, "v", "u"],
            "label": ["甲", "乙", "甲", "乙", "甲", "乙"],
        }
    )
    prepared = prepare(
        table, PreprocessConfig(target="label", missing="median", validation_split=0)
    )

    text = json.dumps(prepared.pipeline.to_dict())
    rebuilt = Pipeline.from_dict(json.loads(text))

    np.testing.assert_array_equal(rebuilt.transform(table), prepared.x_train)
    np.testing.assert_array_equal(rebuilt.transform_target(table), prepared.y_train)
    assert rebuilt.class_names == ["乙", "甲"]


def test_drop_pipeline_reports_missing_in_new_data():
    table = Table.from_columns({"f": [1.0, 2.0, 3.0, 4.0], "label": ["a", "b", "a", "b"]})
    prepared = prepare(table, PreprocessConfig(target="label", validation_split=0))
    new = Table.from_columns({"f": [1.0, None]})

    with pytest.raises(DataError) as caught:
        prepared.pipeline.transform(new)

    assert caught.value.kind == "data.missing_values"
    assert "lines 3" in str(caught.value)


def test_unknown_class_in_new_target():
    table = Table.from_columns({"f": [1.0, 2.0, 3.0, 4.0], "label": ["a", "b", "a", "b"]})
    prepared = prepare(table, PreprocessConfig(target="label", validation_split=0))

    with pytest.raises(DataError) as caught:
        prepared.pipeline.transform_target(Table.from_columns({"label": ["c"]}))

    assert caught.value.kind == "data.unknown_class"
    assert "'c'" in str(caught.value)


def test_regression_on_text_target_is_an_error():
    table = Table.from_columns({"f": [1.0, 2.0, 3.0, 4.0], "label": ["a", "b", "a", "b"]})

    with pytest.raises(DataError) as caught:
        prepare(table, PreprocessConfig(target="label", task="regression"))

    assert caught.value.kind == "data.regression_target_not_numeric"


def test_feature_selection_errors():
    table = regression_table()

    with pytest.raises(DataError, match="column 'z' is not in the table"):
        prepare(table, PreprocessConfig(target="y", features=["z"]))
    with pytest.raises(DataError, match="also listed as a feature"):
        prepare(table, PreprocessConfig(target="y", features=["x", "y"]))
    with pytest.raises(DataError, match="not in the table"):
        prepare(table, PreprocessConfig(target="nope"))


def test_id_columns_left_out_by_default():
    table = Table.from_columns(
        {"id": [1, 2, 3, 4], "f": [0.1, 0.4, 0.2, 0.3], "label": ["a", "b", "a", "b"]}
    )

    prepared = prepare(table, PreprocessConfig(target="label", validation_split=0))

    assert prepared.feature_names == ["f"]


def test_config_round_trip():
    config = PreprocessConfig(target="y", features=["x"], scaling="minmax11", seed=4)

    assert PreprocessConfig.from_dict(json.loads(json.dumps(config.to_dict()))) == config


def test_mixed_feature_order_kept():
    table = Table.from_columns(
        {
            "a": [1.0, 2.0, 3.0, 4.0],
            "c": ["u", "v", "u", "v"],
            "b": [10.0, 20.0, 30.0, 40.0],
            "label": ["x", "y", "x", "y"],
        }
    )

    prepared = prepare(table, PreprocessConfig(target="label", scaling="none", validation_split=0))

    assert prepared.feature_names == ["a", "c=u", "c=v", "b"]
    assert prepared.x_train[1].tolist() == [2.0, 0.0, 1.0, 20.0]


def test_fast_and_careful_tables_prepare_alike(tmp_path):
    rng = np.random.default_rng(2)
    lines = ["p,q,r,label"] + [
        f"{rng.integers(0, 255)},{rng.integers(0, 255)},{rng.integers(0, 9)},{i % 3}"
        for i in range(60)
    ]
    path = tmp_path / "digits.csv"
    path.write_text("\n".join(lines) + "\n")
    config = PreprocessConfig(target="label", features=["r", "p"], scaling="minmax11", seed=5)

    fast = prepare(read_csv(path), config)
    careful = prepare(read_csv(path, fast_path=False), config)

    np.testing.assert_array_equal(fast.x_train, careful.x_train)
    np.testing.assert_array_equal(fast.x_val, careful.x_val)
    np.testing.assert_array_equal(fast.y_train, careful.y_train)
    assert fast.feature_names == ["r", "p"]


def test_default_target_prefers_label_names():
    named = Table.from_columns({"Survived": [0, 1, 0, 1], "Fare": [7.2, 71.3, 7.9, 53.1]})
    plain = Table.from_columns({"a": [1.0, 2.0, 3.0], "b": ["x", "y", "x"]})

    assert default_target(named) == "Survived"
    assert default_target(plain) == "b"
