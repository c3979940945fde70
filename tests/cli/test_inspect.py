"""``bpstudio inspect``: the report a teacher reads, as text and as JSON."""

import json
from pathlib import Path

from bpstudio.cli import main

FIXTURES = Path(__file__).resolve().parent.parent / "data" / "fixtures"


def test_inspect_json_is_one_object(capsys):
    status = main(["inspect", str(FIXTURES / "missing_markers.csv"), "--json"])

    captured = capsys.readouterr()
    report = json.loads(captured.out)
    assert status == 0
    assert report["encoding"] == "utf-8"
    assert report["delimiter"] == ","
    assert report["has_header"] is True
    assert report["rows"] == 12
    assert report["missing"] == {"x1": [3, 7], "x2": [4, 8], "x3": [5], "label": [6]}
    kinds = {column["name"]: column["kind"] for column in report["columns"]}
    assert kinds == {"x1": "numeric", "x2": "numeric", "x3": "numeric", "label": "categorical"}
    assert report["suggested_target"] == "label"


def test_inspect_text_report(capsys):
    status = main(["inspect", str(FIXTURES / "iris_gbk_zh.csv")])

    out = capsys.readouterr().out
    assert status == 0
    assert "encoding:   gb18030" in out
    assert "花萼长度" in out
    assert "categorical" in out
    assert "warning: " in out


def test_inspect_shows_ragged_lines(capsys):
    status = main(["inspect", str(FIXTURES / "ragged_rows.csv"), "--json"])

    report = json.loads(capsys.readouterr().out)
    assert status == 0
    assert report["problems"][0]["kind"] == "csv.ragged_rows"
    assert report["problems"][0]["lines"] == [3, 4]
    assert report["skipped_lines"] == [3, 4]
    assert report["rows"] == 3


def test_inspect_missing_file_fails(capsys, tmp_path):
    status = main(["inspect", str(tmp_path / "absent.csv")])

    captured = capsys.readouterr()
    assert status == 1
    assert captured.out == ""
    assert "file not found" in captured.err
    assert "absent.csv" in captured.err


def test_inspect_overrides(capsys):
    path = FIXTURES / "utf8_also_gb18030.csv"

    main(["inspect", str(path), "--json", "--encoding", "gb18030", "--no-header"])

    report = json.loads(capsys.readouterr().out)
    assert report["encoding"] == "gb18030"
    assert report["has_header"] is False
    assert report["rows"] == 5


def test_inspect_sample(capsys):
    assert main(["inspect", "sample:iris", "--json"]) == 0

    report = json.loads(capsys.readouterr().out)
    assert report["path"] == "sample:iris"
    assert report["suggested_target"] == "species"
