"""``bpstudio evaluate PROJECT [DATA] [--json]``."""

import csv
import importlib.util
import json
import subprocess
import sys

import numpy as np
import pytest

from bpstudio.cli import main
from bpstudio.data import PreprocessConfig, prepare, read_csv
from bpstudio.engine import network_spec, optimizers
from bpstudio.project import save_trained


def make_project(tmp_path, task="classification"):
    """Train a small network on a CSV file written here; return (project path, CSV path)."""
    rng = np.random.default_rng(0)
    data = tmp_path / f"{task}.csv"
    with data.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["x1", "x2", "label" if task == "classification" else "y"])
        for _ in range(60):
            a, b = rng.normal(size=2)
            target = ("是" if a > b else "否") if task == "classification" else f"{2 * a + b:.3f}"
            writer.writerow([f"{a:.3f}", f"{b:.3f}", target])
    table = read_csv(data)
    config = PreprocessConfig(target=table.columns[-1], test_split=0.25)
    prepared = prepare(table, config)
    spec = {**network_spec.DEFAULT_NETWORK}
    model = network_spec.build_network(
        spec, prepared.x_train.shape[1], prepared.n_outputs, prepared.task, seed=0
    )
    settings = {**optimizers.DEFAULT_TRAINING, "epochs": 5}
    optimizer, batch_size = optimizers.from_settings(settings)
    model.compile(
        optimizer=optimizer, loss=network_spec.output_defaults(prepared.task, prepared.n_outputs)[1]
    )
    history = model.fit(prepared.x_train, prepared.y_train, epochs=5, batch_size=batch_size)
    path = tmp_path / f"{task}.bpproj"
    save_trained(
        path,
        table=table,
        config=config,
        prepared=prepared,
        model=model,
        training_settings=settings,
        network_spec=spec,
        history=history,
    )
    return path, data


def test_evaluate_test_split_json(tmp_path, capsys):
    project, _data = make_project(tmp_path)

    status = main(["evaluate", str(project), "--json"])

    output = json.loads(capsys.readouterr().out)
    assert status == 0
    assert output["source"] == "test split"
    assert output["n_samples"] == 15
    assert output["class_names"] == ["否", "是"]
    assert 0 <= output["accuracy"] <= 1
    assert len(output["confusion_matrix"]) == 2


def test_evaluate_csv_text_report(tmp_path, capsys):
    project, data = make_project(tmp_path)

    status = main(["evaluate", str(project), str(data)])

    text = capsys.readouterr().out
    assert status == 0
    assert f"evaluated on {data}: 60 samples" in text
    assert "accuracy:" in text
    assert "confusion matrix (rows: true class, columns: predicted class)" in text
    assert "macro avg" in text


def test_evaluate_regression_report(tmp_path, capsys):
    project, data = make_project(tmp_path, task="regression")

    main(["evaluate", str(project), str(data), "--json"])

    output = json.loads(capsys.readouterr().out)
    assert output["task"] == "regression"
    for key in ("mse", "rmse", "mae", "mape", "r2"):
        assert key in output
    assert output["rmse"] == pytest.approx(output["mse"] ** 0.5)
    assert sum(output["histogram"]["counts"]) == 60


def test_evaluate_damaged_project_fails_cleanly(tmp_path, capsys):
    bad = tmp_path / "bad.bpproj"
    bad.write_bytes(b"PK\x03\x04 truncated")

    status = main(["evaluate", str(bad)])

    error = capsys.readouterr().err
    assert status == 1
    assert "bpstudio evaluate:" in error
    assert "damaged" in error
    assert "Traceback" not in error


def test_evaluate_exit_status_in_subprocess(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "bpstudio", "evaluate", str(tmp_path / "missing.bpproj")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert "was not found" in result.stderr
    assert result.stdout == ""


@pytest.mark.skipif(
    importlib.util.find_spec("bpstudio.commands.train") is None,
    reason="the train command is not in this tree",
)
def test_train_save_then_evaluate(tmp_path, capsys):
    _project, data = make_project(tmp_path)
    saved = tmp_path / "from_cli.bpproj"

    assert (
        main(["train", str(data), "--target", "label", "--epochs", "3", "--save", str(saved)]) == 0
    )
    capsys.readouterr()
    assert main(["evaluate", str(saved), str(data), "--json"]) == 0

    output = json.loads(capsys.readouterr().out)
    assert output["n_samples"] == 60


def test_evaluate_writes_csv_report(tmp_path, capsys):
    project, data = make_project(tmp_path)
    report = tmp_path / "report.csv"

    assert main(["evaluate", str(project), str(data), "--report", str(report)]) == 0

    with report.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == ["metric", "value"]
    assert rows[1] == ["source", str(data)]
    assert rows[2] == ["samples", "60"]
    assert ["class", "precision", "recall", "f1", "support"] in rows
    assert ["", "否", "是"] in rows


def test_regression_report_has_histogram(tmp_path, capsys):
    project, data = make_project(tmp_path, task="regression")
    report = tmp_path / "report.csv"

    main(["evaluate", str(project), str(data), "--report", str(report)])

    with report.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert ["target", "MSE", "RMSE", "MAE", "MAPE %", "R2"] in rows
    start = rows.index(["error from", "error to", "samples"])
    assert sum(int(row[2]) for row in rows[start + 1 :]) == 60
