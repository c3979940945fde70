"""``bpstudio export PROJECT --format ... -o OUT``."""

import csv
import json
import subprocess
import sys

import numpy as np
import pytest

from bpstudio.cli import main
from bpstudio.data import PreprocessConfig, prepare, read_csv
from bpstudio.engine import network_spec, optimizers
from bpstudio.project import save_trained


def make_project(tmp_path):
    rng = np.random.default_rng(4)
    data = tmp_path / "data.csv"
    with data.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["a", "b", "y"])
        for _ in range(40):
            a, b = rng.normal(size=2)
            writer.writerow([f"{a:.3f}", f"{b:.3f}", f"{a - b:.3f}"])
    table = read_csv(data)
    config = PreprocessConfig(target="y")
    prepared = prepare(table, config)
    spec = {**network_spec.DEFAULT_NETWORK}
    model = network_spec.build_network(spec, 2, 1, "regression", seed=0)
    settings = {**optimizers.DEFAULT_TRAINING, "epochs": 4}
    optimizer, batch_size = optimizers.from_settings(settings)
    model.compile(optimizer=optimizer, loss="mse")
    history = model.fit(prepared.x_train, prepared.y_train, epochs=4, batch_size=batch_size)
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
    return path, data


@pytest.mark.parametrize(
    ("format_name", "target", "names"),
    [
        ("numpy", "m.py", ["m.py", "m_weights.npz"]),
        ("keras", "k.py", ["k.py", "k_weights.npz"]),
        ("pytorch", "t.py", ["t.py", "t_weights.npz"]),
        ("weights-npz", "w.npz", ["w.npz"]),
        ("weights-csv", "layers", ["layer1.csv", "layer2.csv"]),
        ("history-csv", "h.csv", ["h.csv"]),
    ],
)
def test_export_formats(tmp_path, capsys, format_name, target, names):
    project, _data = make_project(tmp_path)

    status = main(
        ["export", str(project), "--format", format_name, "-o", str(tmp_path / target), "--json"]
    )

    output = json.loads(capsys.readouterr().out)
    assert status == 0
    assert [path.rsplit("/", 1)[-1] for path in output["files"]] == names


def test_exported_numpy_script_runs(tmp_path, capsys):
    project, data = make_project(tmp_path)
    main(["export", str(project), "--format", "numpy", "-o", str(tmp_path / "m.py")])
    main(["predict", str(project), str(data), "-o", str(tmp_path / "app.csv")])
    capsys.readouterr()

    result = subprocess.run(
        [sys.executable, str(tmp_path / "m.py"), str(data), "-o", str(tmp_path / "s.csv")],
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stderr
    app = (tmp_path / "app.csv").read_text(encoding="utf-8-sig").splitlines()
    script = (tmp_path / "s.csv").read_text(encoding="utf-8-sig").splitlines()
    assert script[0] == app[0]
    np.testing.assert_allclose(
        [float(line.rsplit(",", 1)[1]) for line in script[1:]],
        [float(line.rsplit(",", 1)[1]) for line in app[1:]],
        rtol=2e-5,
        atol=2e-6,
    )


def test_unknown_format_is_a_usage_error(tmp_path, capsys):
    project, _data = make_project(tmp_path)
    with pytest.raises(SystemExit) as caught:
        main(["export", str(project), "--format", "onnx", "-o", str(tmp_path / "x")])
    assert caught.value.code == 2
    assert "invalid choice: 'onnx'" in capsys.readouterr().err
