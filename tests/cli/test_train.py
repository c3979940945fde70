"""``bpstudio train``: progress on stderr, metrics or one JSON object on stdout."""

import importlib.util
import json
from pathlib import Path

import pytest

from bpstudio.cli import main

FIXTURES = Path(__file__).resolve().parent.parent / "data" / "fixtures"


def run_json(capsys, *argv):
    status = main(["train", *argv, "--json"])
    captured = capsys.readouterr()
    assert status == 0, captured.err
    return json.loads(captured.out), captured.err


def test_train_sample_json(capsys):
    result, err = run_json(
        capsys, "sample:moons", "--hidden", "16:tanh,8:relu", "--epochs", "100", "--lr", "0.01"
    )

    assert result["data"]["target"] == "label"
    assert result["network"]["hidden"] == [
        {"units": 16, "activation": "tanh"},
        {"units": 8, "activation": "relu"},
    ]
    assert result["output_activation"] == "sigmoid"
    assert result["loss"] == "binary_crossentropy"
    assert len(result["history"]["loss"]) == 100
    assert len(result["history"]["val_accuracy"]) == 100
    assert result["final"]["validation"]["accuracy"] > 0.9
    assert err.count("epoch ") == 100
    assert "epoch 100/100" in err


def test_train_text_output(capsys):
    status = main(["train", "sample:iris", "--epochs", "5", "--quiet"])

    captured = capsys.readouterr()
    assert status == 0
    assert "target:   species (classification" in captured.out
    assert "validation" in captured.out
    assert "epoch" not in captured.err


def test_train_regression_reports_original_units(capsys):
    result, _ = run_json(capsys, "sample:sine", "--epochs", "40", "--lr", "0.01", "--quiet")

    assert result["data"]["task"] == "regression"
    assert result["loss"] == "mse"
    validation = result["final"]["validation"]
    assert validation["rmse_original_units"] < 0.5
    assert "r2" in validation


def test_train_options_reach_settings(capsys):
    result, _ = run_json(
        capsys,
        str(FIXTURES / "labels_1_2_3.csv"),
        *("--target", "label", "--optimizer", "momentum", "--momentum", "0.5"),
        *("--batch-size", "full", "--epochs", "3", "--validation-split", "0"),
        *("--scaling", "minmax11", "--l2", "0.01", "--seed", "4", "--quiet"),
    )

    settings = result["training"]
    assert settings["optimizer"] == "momentum"
    assert settings["momentum"] == 0.5
    assert settings["batch_size"] is None
    assert settings["seed"] == 4
    assert result["preprocess"]["scaling"] == "minmax11"
    assert result["network"]["l2"] == 0.01
    assert result["data"]["classes"] == ["1", "2", "3"]
    assert "validation" not in result["final"]


def test_train_early_stopping(capsys):
    result, _ = run_json(
        capsys, "sample:blobs", "--epochs", "400", "--lr", "0.05", "--early-stopping", "3",
        "--quiet",
    )  # fmt: skip

    assert result["stopped_early"] is True
    assert result["epochs_run"] < 400


def test_train_target_by_position(capsys):
    result, _ = run_json(
        capsys, str(FIXTURES / "xor_int.csv"), "--target", "-1", "--validation-split", "0",
        "--epochs", "2", "--quiet",
    )  # fmt: skip

    assert result["data"]["target"] == "y"


def test_train_single_class_fails_cleanly(capsys):
    status = main(["train", str(FIXTURES / "single_class.csv"), "--target", "label", "--json"])

    captured = capsys.readouterr()
    assert status == 1
    assert captured.out == ""
    assert "only one class" in captured.err


def test_train_ragged_file_suggests_skip(capsys):
    status = main(["train", str(FIXTURES / "ragged_rows.csv"), "--target", "label"])

    assert status == 1
    assert "--skip-bad-lines" in capsys.readouterr().err


def test_train_unknown_column(capsys):
    status = main(["train", "sample:iris", "--target", "colour"])

    err = capsys.readouterr().err
    assert status == 1
    assert "column 'colour' is not in the table" in err
    assert "species" in err


def test_train_bad_hidden_spec(capsys):
    status = main(["train", "sample:iris", "--hidden", "0:relu"])

    assert status == 1
    assert capsys.readouterr().err


@pytest.mark.skipif(
    importlib.util.find_spec("bpstudio.project") is None
    or not hasattr(importlib.import_module("bpstudio.project"), "save_trained"),
    reason="bpstudio.project.save_trained is not available",
)
def test_train_save_project(capsys, tmp_path):
    from bpstudio.project import load_project

    target = tmp_path / "iris.bpproj"
    result, err = run_json(capsys, "sample:iris", "--epochs", "3", "--save", str(target), "--quiet")

    assert result["project"] == str(target)
    assert target.is_file()
    project = load_project(target)
    assert project.preprocess["target"] == "species"
    assert "saved the project" in err
