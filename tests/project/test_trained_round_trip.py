"""Trained projects: save, reopen, and get the same network, history and predictions."""

import numpy as np
import pytest

from bpstudio.data import read_csv
from bpstudio.errors import ProjectError
from bpstudio.project import (
    evaluate_project,
    load_project,
    predict_table,
    save_project,
    write_predictions,
)


def test_reloaded_network_predicts_identically(classification_project):
    path, project, _table, prepared, model = classification_project

    loaded = load_project(path)
    rebuilt = loaded.build_model()

    np.testing.assert_array_equal(rebuilt.predict(prepared.x_test), model.predict(prepared.x_test))
    for saved, restored in zip(model.get_weights(), loaded.weights, strict=True):
        assert restored.dtype == np.float32
        np.testing.assert_array_equal(restored, saved)


def test_reloaded_history_is_identical(classification_project):
    path, project, *_ = classification_project
    loaded = load_project(path)
    assert set(loaded.history) == {"loss", "accuracy", "val_loss", "val_accuracy"}
    for name, values in project.history.items():
        assert loaded.history[name] == values
        assert len(values) == 15


def test_saved_project_records_dataset(classification_project):
    path, *_ = classification_project
    loaded = load_project(path)
    assert loaded.task == "classification"
    assert loaded.dataset["class_names"] == ["=维吉尼亚", "变色鸢尾", "山鸢尾"]
    assert loaded.dataset["n_inputs"] == 5
    assert loaded.data_source["kind"] == "file"
    assert loaded.import_settings["encoding"] == "utf-8"
    assert loaded.runs[0]["epochs"] == 15


def test_resaving_keeps_the_file_equivalent(tmp_path, classification_project):
    path, *_ = classification_project
    first = load_project(path)
    save_project(tmp_path / "again.bpproj", first)
    second = load_project(tmp_path / "again.bpproj")
    assert second.to_document() == first.to_document()


def test_evaluate_test_split_matches_engine(classification_project):
    path, _project, _table, prepared, model = classification_project

    result = evaluate_project(load_project(path))

    engine = model.evaluate(prepared.x_test, prepared.y_test)
    assert result.source == "test split"
    assert result.n_samples == len(prepared.x_test)
    assert result.loss == pytest.approx(engine["loss"], rel=1e-6)
    assert result.accuracy == pytest.approx(engine["accuracy"])
    assert sum(map(sum, result.metrics["confusion_matrix"])) == len(prepared.x_test)


def test_evaluate_other_csv_through_saved_pipeline(tmp_path, classification_project):
    path, *_ = classification_project
    other = tmp_path / "week2.csv"
    other.write_text(
        "花萼长度,width,colour,类别\n"
        "1.5,0.2,red,山鸢尾\n"
        "0.9,-1.1,purple,变色鸢尾\n"
        "-1.2,-0.3,blue,\n"
        "-0.5,?,blue,=维吉尼亚\n",
        encoding="utf-8",
    )

    result = evaluate_project(load_project(path), read_csv(other), path_hint=str(other))

    assert result.source == str(other)
    assert result.n_samples == 3
    assert result.skipped_lines == [4]
    assert [warning.kind for warning in result.warnings] == ["data.unknown_categories"]
    assert "purple" in str(result.warnings[0])
    assert result.metrics["class_names"] == ["=维吉尼亚", "变色鸢尾", "山鸢尾"]


def test_evaluate_needs_target_column(tmp_path, classification_project):
    path, *_ = classification_project
    other = tmp_path / "no_target.csv"
    other.write_text("花萼长度,width,colour\n1.5,0.2,red\n", encoding="utf-8")

    with pytest.raises(ProjectError) as caught:
        evaluate_project(load_project(path), read_csv(other), path_hint=str(other))

    assert caught.value.kind == "project.target_missing"
    assert caught.value.column == "类别"


def test_evaluate_regression_in_original_units(regression_project):
    path, _project, _table, prepared, model = regression_project

    result = evaluate_project(load_project(path))

    outputs = model.predict(prepared.x_test)
    true = prepared.pipeline.decode(prepared.y_test).reshape(-1)
    predicted = prepared.pipeline.decode(outputs).reshape(-1)
    assert result.task == "regression"
    assert result.metrics["mae"] == pytest.approx(np.mean(np.abs(predicted - true)), rel=1e-6)
    assert result.metrics["targets"][0]["name"] == "price"
    assert 20 < float(np.mean(result.y_true)) < 60
    assert sum(result.metrics["histogram"]["counts"]) == len(prepared.x_test)


def test_predictions_in_original_labels(tmp_path, classification_project, classification_csv):
    path, _project, _table, _prepared, model = classification_project
    table = read_csv(classification_csv)

    predictions = write_predictions(load_project(path), table, tmp_path / "out.csv")

    assert predictions.header[:4] == ["花萼长度", "width", "colour", "类别"]
    assert predictions.header[4:] == [
        "predicted_类别",
        "probability_=维吉尼亚",
        "probability_变色鸢尾",
        "probability_山鸢尾",
    ]
    labels = set(predictions.columns[4])
    assert labels <= {"=维吉尼亚", "变色鸢尾", "山鸢尾"}
    probabilities = np.array(predictions.columns[5:], dtype=np.float64).T
    np.testing.assert_allclose(probabilities.sum(axis=1), 1.0, rtol=1e-5)

    raw = (tmp_path / "out.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert "'=维吉尼亚" in text
    assert "'-green" in text
    assert ",=" not in text


def test_prediction_without_fill_leaves_rows_empty(tmp_path, regression_csv, trainer):
    path = tmp_path / "drop.bpproj"
    trainer(regression_csv, path, target="price", hidden="4:tanh", missing="drop")
    new = tmp_path / "new.csv"
    new.write_text("x1,x2\n1,2\nNA,3\n4,5\n", encoding="utf-8")

    predictions = predict_table(load_project(path), read_csv(new))

    assert predictions.header == ["x1", "x2", "predicted_price"]
    assert predictions.skipped_lines == [3]
    assert predictions.row(1) == ["", "3", ""]
    assert predictions.row(0)[:2] == ["1", "2"]
    assert float(predictions.row(0)[2]) > 0
    assert predictions.first_prediction_column == 2


def test_predict_requires_weights(classification_project, classification_csv):
    path, *_ = classification_project
    project = load_project(path)
    project.weights = []
    with pytest.raises(ProjectError) as caught:
        predict_table(project, read_csv(classification_csv))
    assert caught.value.kind == "project.no_weights"


def test_test_split_found_after_moving_folder(tmp_path, classification_project):
    path, _project, _table, prepared, _model = classification_project
    moved = tmp_path / "elsewhere"
    moved.mkdir()
    (tmp_path / "iris_like.csv").rename(moved / "iris_like.csv")
    path.rename(moved / path.name)

    result = evaluate_project(load_project(moved / path.name))

    assert result.n_samples == len(prepared.x_test)


def test_missing_data_for_test_split(tmp_path, classification_project):
    path, *_ = classification_project
    (tmp_path / "iris_like.csv").unlink()

    with pytest.raises(ProjectError) as caught:
        evaluate_project(load_project(path))

    assert caught.value.kind == "project.data_not_found"
    assert "beside the project file" in str(caught.value)


def test_embedded_project_evaluates_without_csv(tmp_path, classification_project):
    path, *_ = classification_project
    project = load_project(path)
    save_project(tmp_path / "travels.bpproj", project, embed_data=True)
    (tmp_path / "iris_like.csv").unlink()

    result = evaluate_project(load_project(tmp_path / "travels.bpproj"))

    assert result.n_samples > 0


def test_sample_source_round_trip(tmp_path):
    from bpstudio.data import DEFAULT_SAMPLE, PreprocessConfig, load_sample, prepare
    from bpstudio.engine import network_spec
    from bpstudio.project import save_trained

    table = load_sample(DEFAULT_SAMPLE, n_samples=60, seed=3)
    table.path = f"sample:{DEFAULT_SAMPLE}?n=60&seed=3"
    target = table.columns[-1]
    config = PreprocessConfig(target=target, test_split=0.2)
    prepared = prepare(table, config)
    model = network_spec.build_network(
        network_spec.DEFAULT_NETWORK,
        prepared.x_train.shape[1],
        prepared.n_outputs,
        prepared.task,
    )
    model.compile(
        optimizer="adam", loss=network_spec.output_defaults(prepared.task, prepared.n_outputs)[1]
    )
    path = tmp_path / "sample.bpproj"
    save_trained(
        path,
        table=table,
        config=config,
        prepared=prepared,
        model=model,
        training_settings={},
        network_spec=network_spec.DEFAULT_NETWORK,
        history=None,
    )

    loaded = load_project(path)
    result = evaluate_project(loaded)

    assert loaded.data_source == {
        "kind": "sample",
        "name": DEFAULT_SAMPLE,
        "params": {"n_samples": 60, "seed": 3},
    }
    assert result.n_samples == len(prepared.x_test)
