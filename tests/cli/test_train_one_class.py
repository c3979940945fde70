"""``bpstudio train`` blocks a target with one class, also for a single row."""

from pathlib import Path

from bpstudio.cli import main

FIXTURES = Path(__file__).resolve().parent.parent / "data" / "fixtures"


def test_train_one_row_no_validation(capsys):
    argv = ["train", str(FIXTURES / "one_row.csv"), "--validation-split", "0", "--quiet"]

    status = main([*argv, "--epochs", "2"])

    err = capsys.readouterr().err
    assert status == 1
    assert "only one class" in err
    assert "--target" in err
