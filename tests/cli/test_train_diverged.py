"""A diverged ``train --save`` keeps the last finite weights; huge numbers print as 1.2e+15."""

import re

import numpy as np

from bpstudio.cli import main
from bpstudio.commands.train import format_value
from bpstudio.project import load_project


def write_unscaled(path):
    rng = np.random.default_rng(0)
    x = rng.uniform(0, 100, 100)
    path.write_text("x,y\n" + "".join(f"{a:.3f},{3 * a:.3f}\n" for a in x), encoding="utf-8")
    return path


def test_diverged_run_is_saved(tmp_path, capsys):
    data = write_unscaled(tmp_path / "unscaled.csv")
    project = tmp_path / "div.bpproj"
    argv = ["train", str(data), "--target", "y", "--task", "regression", "--scaling", "none"]
    argv += ["--no-scale-target", "--hidden", "", "--optimizer", "sgd", "--lr", "0.1"]

    status = main([*argv, "--epochs", "30", "--save", str(project)])

    err = capsys.readouterr().err
    assert status == 1
    assert "saved the weights of the last finite epoch and the history of 2 epochs" in err
    saved = load_project(project)
    assert len(saved.history["loss"]) == 2
    assert all(np.all(np.isfinite(array)) for array in saved.weights)


def test_diverged_progress_scientific(tmp_path, capsys):
    data = write_unscaled(tmp_path / "unscaled.csv")
    argv = ["train", str(data), "--target", "y", "--task", "regression", "--scaling", "none"]
    argv += ["--no-scale-target", "--hidden", "", "--optimizer", "sgd", "--lr", "0.1"]

    main([*argv, "--epochs", "30"])

    first = capsys.readouterr().err.splitlines()
    epoch_1 = next(line for line in first if line.startswith("epoch 1/30"))
    assert re.search(r"  loss \d\.\d{4}e\+\d\d  ", epoch_1)


def test_format_value():
    assert format_value(0.12345) == "0.1235"
    assert format_value(250724554829957300224.0) == "2.5072e+20"
    assert format_value(0.0) == "0.0000"
    assert format_value(3e-7) == "3.0000e-07"
