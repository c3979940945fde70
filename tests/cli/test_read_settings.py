"""``evaluate`` and ``predict`` read DATA the way the project's training file was read."""

import numpy as np
import pytest

from bpstudio.cli import main


def write_ragged(path, rows=60, seed=0):
    """A semicolon file with decimal commas and two lines with a missing field."""
    rng = np.random.default_rng(seed)
    lines = ["x1;x2;label"]
    for index in range(rows):
        a, b = rng.normal(size=2)
        lines.append(f"{a:.3f};{b:.3f};{'A' if a > b else 'B'}".replace(".", ","))
        if index in (5, 30):
            lines.append("1,5;B")  # one field short
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def trained(tmp_path):
    data = write_ragged(tmp_path / "ragged.csv")
    project = tmp_path / "model.bpproj"
    argv = ["train", str(data), "--target", "label", "--epochs", "2", "--quiet"]
    status = main([*argv, "--skip-bad-lines", "--save", str(project)])
    assert status == 0
    return project, data


def test_evaluate_saved_skip_bad_lines(trained, capsys):
    project, data = trained
    capsys.readouterr()

    status = main(["evaluate", str(project), str(data)])

    captured = capsys.readouterr()
    assert status == 0, captured.err
    assert "60 samples" in captured.out
    assert "skipped 2 lines" in captured.err


def test_predict_saved_skip_bad_lines(trained, tmp_path, capsys):
    project, data = trained
    out = tmp_path / "out.csv"
    capsys.readouterr()

    status = main(["predict", str(project), str(data), "-o", str(out)])

    captured = capsys.readouterr()
    assert status == 0, captured.err
    assert "wrote 60 rows" in captured.err
    assert "skipped 2 lines" in captured.err


def test_predict_evaluate_reading_options(trained, tmp_path, capsys):
    project, data = trained
    out = tmp_path / "out.csv"
    options = ["--skip-bad-lines", "--delimiter", ";", "--decimal", ",", "--encoding", "utf-8"]

    assert main(["predict", str(project), str(data), "-o", str(out), *options]) == 0
    assert main(["evaluate", str(project), str(data), "--header", *options]) == 0


def test_evaluate_option_overrides_saved_setting(trained, capsys):
    project, data = trained
    capsys.readouterr()

    # Read as comma-separated, the columns of the file are not found.
    status = main(["evaluate", str(project), str(data), "--delimiter", ","])

    captured = capsys.readouterr()
    assert status == 1
    assert "'label' is not in" in captured.err


def test_evaluate_ragged_error_names_accepted_option(tmp_path, capsys):
    data = write_ragged(tmp_path / "ragged.csv")
    clean = tmp_path / "clean.csv"
    clean.write_text(
        "\n".join(line for line in data.read_text().splitlines() if line != "1,5;B") + "\n"
    )
    project = tmp_path / "model.bpproj"
    argv = ["train", str(clean), "--target", "label", "--epochs", "2", "--quiet"]
    assert main([*argv, "--save", str(project)]) == 0
    capsys.readouterr()

    assert main(["evaluate", str(project), str(data)]) == 1
    assert "--skip-bad-lines" in capsys.readouterr().err
    assert main(["evaluate", str(project), str(data), "--skip-bad-lines"]) == 0
