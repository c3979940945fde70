"""``bpstudio predict PROJECT DATA -o OUT.csv``."""

import csv
import json

import numpy as np

from bpstudio.cli import main
from bpstudio.data import PreprocessConfig, prepare, read_csv
from bpstudio.engine import network_spec, optimizers
from bpstudio.project import save_trained


def make_project(tmp_path):
    """Train on a file whose labels and a text column look like spreadsheet formulas."""
    rng = np.random.default_rng(2)
    data = tmp_path / "train.csv"
    with data.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["x1", "x2", "note", "label"])
        for _ in range(50):
            a, b = rng.normal(size=2)
            writer.writerow([f"{a:.3f}", f"{b:.3f}", "@ref", "=SUM(A1)" if a > b else "+低"])
    table = read_csv(data)
    config = PreprocessConfig(target="label", features=["x1", "x2"], missing="drop")
    prepared = prepare(table, config)
    spec = {**network_spec.DEFAULT_NETWORK}
    model = network_spec.build_network(spec, 2, prepared.n_outputs, prepared.task, seed=0)
    settings = {**optimizers.DEFAULT_TRAINING, "epochs": 3}
    optimizer, batch_size = optimizers.from_settings(settings)
    model.compile(optimizer=optimizer, loss="binary_crossentropy")
    history = model.fit(prepared.x_train, prepared.y_train, epochs=3, batch_size=batch_size)
    path = tmp_path / "model.bpproj"
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
    return path


def test_predict_writes_excel_safe_csv(tmp_path, capsys):
    project = make_project(tmp_path)
    new = tmp_path / "new.csv"
    new.write_text("x1,x2,note\n0.5,-0.5,=1+2\nNA,1,-x\n-1.5,2,plain\n", encoding="utf-8")
    out = tmp_path / "out.csv"

    status = main(["predict", str(project), str(new), "-o", str(out)])

    captured = capsys.readouterr()
    assert status == 0
    assert captured.out == ""
    assert "wrote 3 rows" in captured.err
    assert "lines 3" in captured.err
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == [
        "x1",
        "x2",
        "note",
        "predicted_label",
        "probability_+低",
        "probability_=SUM(A1)",
    ]
    assert rows[1][2] == "'=1+2"
    assert rows[1][3] in ("'+低", "'=SUM(A1)")
    assert rows[2][:4] == ["", "1", "'-x", ""]
    assert rows[3][0] == "-1.5"


def test_predict_json_summary(tmp_path, capsys):
    project = make_project(tmp_path)
    new = tmp_path / "new.csv"
    new.write_text("x1,x2\n1,2\n3,4\n", encoding="utf-8")

    main(["predict", str(project), str(new), "-o", str(tmp_path / "o.csv"), "--json"])

    summary = json.loads(capsys.readouterr().out)
    assert summary["rows"] == 2
    assert summary["predicted"] == 2
    assert summary["skipped_lines"] == []


def test_predict_missing_column_fails_cleanly(tmp_path, capsys):
    project = make_project(tmp_path)
    new = tmp_path / "new.csv"
    new.write_text("x1,other\n1,2\n", encoding="utf-8")

    status = main(["predict", str(project), str(new), "-o", str(tmp_path / "o.csv")])

    error = capsys.readouterr().err
    assert status == 1
    assert "'x2' is missing" in error
    assert not (tmp_path / "o.csv").exists()


def test_predict_warns_about_unknown_categories(tmp_path, capsys):
    rng = np.random.default_rng(5)
    data = tmp_path / "colours.csv"
    with data.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["x", "colour", "label"])
        for index in range(40):
            x = rng.normal()
            writer.writerow([f"{x:.3f}", ["red", "blue"][index % 2], "yes" if x > 0 else "no"])
    table = read_csv(data)
    config = PreprocessConfig(target="label")
    prepared = prepare(table, config)
    spec = {**network_spec.DEFAULT_NETWORK}
    model = network_spec.build_network(spec, 3, 1, "classification", seed=0)
    model.compile(optimizer="adam", loss="binary_crossentropy")
    project = tmp_path / "colours.bpproj"
    save_trained(
        project,
        table=table,
        config=config,
        prepared=prepared,
        model=model,
        training_settings={},
        network_spec=spec,
        history=None,
    )
    new = tmp_path / "new.csv"
    new.write_text("x,colour\n0.5,green\n-1,red\n", encoding="utf-8")

    status = main(["predict", str(project), str(new), "-o", str(tmp_path / "o.csv")])

    error = capsys.readouterr().err
    assert status == 0
    assert "warning:" in error
    assert "'green'" in error
