"""Evaluation metrics, checked against hand-worked values and scikit-learn."""

import math

import numpy as np
import pytest

from bpstudio.project.metrics import (
    class_indices,
    classification_metrics,
    confusion_matrix,
    error_histogram,
    regression_metrics,
)


def test_class_indices_from_sigmoid_and_softmax():
    assert class_indices(np.array([[0.2], [0.5], [0.9]])).tolist() == [0, 1, 1]
    assert class_indices(np.array([[0.1, 0.7, 0.2], [0.5, 0.3, 0.2]])).tolist() == [1, 0]


def test_confusion_matrix_rows_are_true_classes():
    matrix = confusion_matrix(np.array([0, 0, 1, 2, 2]), np.array([0, 1, 1, 2, 0]), 3)
    assert matrix.tolist() == [[1, 1, 0], [0, 1, 0], [1, 0, 1]]


def test_classification_hand_worked():
    # true:      A A A B B C
    # predicted: A A B B C C
    true = np.array([0, 0, 0, 1, 1, 2])
    predicted = np.array([0, 0, 1, 1, 2, 2])

    report = classification_metrics(true, predicted, ["A", "B", "C"])

    assert report["accuracy"] == pytest.approx(4 / 6)
    a, b, c = report["classes"]
    assert (a["precision"], a["recall"], a["support"]) == (1.0, pytest.approx(2 / 3), 3)
    assert (b["precision"], b["recall"]) == (0.5, 0.5)
    assert (c["precision"], c["recall"]) == (0.5, 1.0)
    assert a["f1"] == pytest.approx(0.8)
    assert c["f1"] == pytest.approx(2 / 3)
    assert report["confusion_matrix"] == [[2, 1, 0], [0, 1, 1], [0, 0, 1]]


def test_classification_matches_scikit_learn():
    metrics = pytest.importorskip("sklearn.metrics")
    rng = np.random.default_rng(3)
    true = rng.integers(0, 4, 200)
    predicted = np.where(rng.random(200) < 0.6, true, rng.integers(0, 4, 200))

    report = classification_metrics(true, predicted, ["w", "x", "y", "z"])
    precision, recall, f1, support = metrics.precision_recall_fscore_support(
        true, predicted, zero_division=0
    )

    assert report["accuracy"] == pytest.approx(metrics.accuracy_score(true, predicted))
    np.testing.assert_allclose([c["precision"] for c in report["classes"]], precision)
    np.testing.assert_allclose([c["recall"] for c in report["classes"]], recall)
    np.testing.assert_allclose([c["f1"] for c in report["classes"]], f1)
    assert [c["support"] for c in report["classes"]] == support.tolist()
    assert report["macro_avg"]["f1"] == pytest.approx(
        metrics.f1_score(true, predicted, average="macro")
    )
    assert report["weighted_avg"]["f1"] == pytest.approx(
        metrics.f1_score(true, predicted, average="weighted")
    )


def test_class_never_predicted_gives_zero_not_nan():
    report = classification_metrics(np.array([0, 1, 1]), np.array([1, 1, 1]), ["a", "b"])
    assert report["classes"][0] == {
        "name": "a",
        "precision": 0.0,
        "recall": 0.0,
        "f1": 0.0,
        "support": 1,
    }


def test_regression_hand_worked():
    true = np.array([[1.0], [2.0], [3.0], [4.0]])
    predicted = np.array([[1.0], [2.0], [3.0], [5.0]])

    report = regression_metrics(true, predicted, ["y"])

    assert report["mse"] == pytest.approx(0.25)
    assert report["rmse"] == pytest.approx(0.5)
    assert report["mae"] == pytest.approx(0.25)
    assert report["mape"] == pytest.approx(100 * 0.25 / 4)
    assert report["r2"] == pytest.approx(1 - 1 / 5)
    assert sum(report["histogram"]["counts"]) == 4


def test_regression_matches_scikit_learn():
    metrics = pytest.importorskip("sklearn.metrics")
    rng = np.random.default_rng(5)
    true = rng.normal(10, 3, (100, 2))
    predicted = true + rng.normal(0, 1, (100, 2))

    report = regression_metrics(true, predicted, ["a", "b"])

    assert report["mse"] == pytest.approx(metrics.mean_squared_error(true, predicted))
    assert report["mae"] == pytest.approx(metrics.mean_absolute_error(true, predicted))
    assert report["r2"] == pytest.approx(metrics.r2_score(true, predicted))
    assert report["mape"] == pytest.approx(
        100 * metrics.mean_absolute_percentage_error(true, predicted)
    )
    assert [t["name"] for t in report["targets"]] == ["a", "b"]


def test_mape_skips_zero_targets():
    report = regression_metrics(np.array([[0.0], [2.0]]), np.array([[1.0], [3.0]]), ["y"])
    assert report["mape"] == pytest.approx(50.0)
    assert report["targets"][0]["mape_excluded"] == 1


def test_constant_target_has_no_r2():
    report = regression_metrics(np.array([[0.0], [0.0]]), np.array([[1.0], [0.0]]), ["y"])
    assert report["r2"] is None
    assert report["mape"] is None
    assert not any(isinstance(v, float) and math.isnan(v) for v in report.values())


def test_error_histogram_of_equal_errors():
    histogram = error_histogram(np.array([0.5, 0.5, 0.5]))
    assert sum(histogram["counts"]) == 3
    assert histogram["edges"][0] < 0.5 < histogram["edges"][-1]


def test_evaluation_json_has_no_infinity():
    import json

    from bpstudio.project.evaluation import EvaluationResult

    metrics = regression_metrics(np.array([[1.0], [2.0]]), np.array([[np.inf], [2.0]]), ["y"])
    result = EvaluationResult(
        "regression", "data.csv", 2, float("inf"), metrics, np.zeros((2, 1)), np.zeros((2, 1))
    )

    text = json.dumps(result.to_dict(), allow_nan=False)

    assert json.loads(text)["loss"] is None
    assert json.loads(text)["mse"] is None
