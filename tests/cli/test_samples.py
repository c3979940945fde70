"""``bpstudio samples``: the list of built-in datasets."""

import json

from bpstudio.cli import main


def test_samples_table(capsys):
    assert main(["samples"]) == 0

    out = capsys.readouterr().out
    for name in ("xor", "circles", "moons", "spiral", "blobs", "sine", "iris", "wine"):
        assert name in out
    assert "breast_cancer" in out
    assert "(default)" in out


def test_samples_json(capsys):
    assert main(["samples", "--json"]) == 0

    report = json.loads(capsys.readouterr().out)
    assert report["default"] == "moons"
    by_name = {item["name"]: item for item in report["samples"]}
    assert by_name["iris"]["generated"] is False
    assert by_name["spiral"]["generated"] is True
    assert by_name["sine"]["task"] == "regression"
