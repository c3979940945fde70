"""Fill warnings count the missing cells of every split, not only the training rows."""

from pathlib import Path

from bpstudio.data import PreprocessConfig, prepare, read_csv

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def filled(prepared):
    return {
        w.fields["column"]: w.fields["count"]
        for w in prepared.warnings
        if w.kind == "data.missing_filled"
    }


def test_missing_filled_counts_all_rows():
    table = read_csv(FIXTURES / "missing_markers.csv")

    prepared = prepare(table, PreprocessConfig(target="label", missing="mean"))

    # x1: lines 3 and 7; x2: lines 4 and 8; x3: line 5. Line 6 has no label and is dropped.
    assert filled(prepared) == {"x1": 2, "x2": 2, "x3": 1}


def test_missing_filled_categorical_counts_all_rows(tmp_path):
    path = tmp_path / "colours.csv"
    rows = [f"{i},{'red' if i % 2 else 'blue'},{i % 2}" for i in range(20)]
    rows[3] = "3,,1"
    rows[17] = "17,,1"
    path.write_text("x,colour,label\n" + "\n".join(rows) + "\n", encoding="utf-8")

    config = PreprocessConfig(target="label", missing="most_frequent", validation_split=0.5)
    prepared = prepare(read_csv(path), config)

    assert filled(prepared) == {"colour": 2}
