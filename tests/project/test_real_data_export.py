"""Real teaching files: a saved network's NumPy script reproduces the app's predictions.

The files live beside the checkout (see conftest.REAL_DATA_DIR) and are never copied into
the project; each test skips when its file is absent.
"""

import csv
import subprocess
import sys

import pytest
from conftest import REAL_DATA_DIR

from bpstudio.data import PreprocessConfig, prepare, read_csv
from bpstudio.engine import network_spec
from bpstudio.project import load_project, save_trained, write_predictions
from bpstudio.project.export import export_project

#: File -> (target column, or None for the first/last column; preprocessing options).
CASES = {
    "titanic_train.csv": ("Survived", {"missing": "mean"}),
    "watermelon3_0_Ch_gbk.csv": ("好瓜", {}),
    "iris_zh_gbk_header.csv": (None, {}),
    "iris_header_species_crlf.csv": (None, {}),
    "winequality-red_uci_semicolon.csv": ("quality", {"task": "regression"}),
    "seeds_dataset_uci_tabs.txt": (None, {}),
    "mnist_train_100.csv": ("column_1", {}),
    "auto-mpg_quoted_qmark.csv": ("mpg", {"missing": "median"}),
    "bankloan_zh_utf8bom.csv": (None, {"missing": "mean"}),
    "breast-cancer-wisconsin_original.csv": (None, {"missing": "median"}),
    "pima-indians-diabetes.csv": (None, {}),
}


def read_rows(path):
    with open(path, encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


@pytest.mark.parametrize("name", sorted(CASES))
def test_numpy_script_matches_app_on_real_file(tmp_path, name):
    source = REAL_DATA_DIR / name
    if not source.exists():
        pytest.skip(f"{source} is not available")
    target, options = CASES[name]
    table = read_csv(source, skip_bad_lines=True)
    config = PreprocessConfig(target=target or table.columns[-1], **options)
    prepared = prepare(table, config)
    spec = dict(network_spec.DEFAULT_NETWORK)
    model = network_spec.build_network(
        spec, prepared.x_train.shape[1], prepared.n_outputs, prepared.task, seed=0
    )
    model.compile(
        optimizer="adam", loss=network_spec.output_defaults(prepared.task, prepared.n_outputs)[1]
    )
    model.fit(prepared.x_train, prepared.y_train, epochs=2)
    path = tmp_path / "real.bpproj"
    save_trained(
        path,
        table=table,
        config=config,
        prepared=prepared,
        model=model,
        training_settings={},
        network_spec=spec,
        history=None,
    )
    project = load_project(path)
    write_predictions(project, table, tmp_path / "app.csv")
    script, _weights = export_project(project, "numpy", tmp_path / "real.py")

    result = subprocess.run(
        [sys.executable, str(script), str(source), "-o", str(tmp_path / "script.csv")],
        capture_output=True,
        text=True,
        timeout=300,
    )

    assert result.returncode == 0, result.stderr
    app, script_rows = read_rows(tmp_path / "app.csv"), read_rows(tmp_path / "script.csv")
    assert script_rows[0] == app[0]
    assert len(script_rows) == len(app)
    first = len(table.columns)
    for app_row, script_row in zip(app[1:], script_rows[1:], strict=True):
        for expected, actual in zip(app_row[first:], script_row[first:], strict=True):
            try:
                assert float(actual) == pytest.approx(float(expected), rel=2e-5, abs=2e-6)
            except ValueError:
                assert actual == expected
