"""One rule for the default target and features, shared by the command line and the window."""

import numpy as np
import pytest

from bpstudio.data import PreprocessConfig, prepare, read_csv
from bpstudio.data.preprocess import default_features, default_target, sparse_text_columns
from bpstudio.errors import DataError


def write_passengers(path, rows=200):
    """A Titanic-like file: a near-unique Ticket and a mostly-missing, many-valued Cabin."""
    rng = np.random.default_rng(0)
    lines = ["PassengerId,Survived,Pclass,Sex,Age,Ticket,Fare,Cabin,Embarked"]
    for index in range(rows):
        cabin = f"C{index}" if index % 4 == 0 else ""  # 150 of 200 missing, 50 distinct
        survived = int(rng.random() < 0.4)
        sex = "female" if rng.random() < 0.4 else "male"
        port = "SCQ"[index % 3]
        lines.append(
            f"{index + 1},{survived},{1 + index % 3},{sex},{20 + index % 40},"
            f"T{1000 + index},{rng.uniform(5, 80):.2f},{cabin},{port}"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return read_csv(path)


@pytest.fixture
def passengers(tmp_path):
    return write_passengers(tmp_path / "passengers.csv")


def test_sparse_text_columns_titanic_cabin(passengers):
    assert sparse_text_columns(passengers) == ["Cabin"]


def test_default_features_titanic_like(passengers):
    features = default_features(passengers, "Survived")

    assert features == ["Pclass", "Sex", "Age", "Fare", "Embarked"]


def test_default_target_label_name(passengers):
    assert default_target(passengers) == "Survived"


def test_sparse_column_warning(passengers):
    prepared = prepare(passengers, PreprocessConfig(target="Survived"))

    kinds = [warning.kind for warning in prepared.warnings]
    assert "data.sparse_column_skipped" in kinds
    message = str(next(w for w in prepared.warnings if w.kind == "data.sparse_column_skipped"))
    assert "'Cabin'" in message
    assert "150 of its 200 cells" in message
    assert "Cabin" not in " ".join(prepared.feature_names)
    assert len(prepared.x_train) + len(prepared.x_val) == 200


def test_drop_most_rows_warning(passengers):
    config = PreprocessConfig(target="Survived", features=["Pclass", "Age", "Cabin"])

    prepared = prepare(passengers, config)

    warning = next(w for w in prepared.warnings if w.kind == "data.most_rows_dropped")
    message = str(warning)
    assert "removes 150 of 200 rows" in message
    assert "'Cabin' (150)" in message
    assert "Fill the missing values" in message


def test_drop_few_rows_no_warning(tmp_path):
    path = tmp_path / "few.csv"
    path.write_text("a,b,label\n1,2,x\n,3,y\n2,4,x\n3,5,y\n4,6,x\n5,7,y\n", encoding="utf-8")
    prepared = prepare(read_csv(path), PreprocessConfig(target="label", validation_split=0))

    assert "data.most_rows_dropped" not in [warning.kind for warning in prepared.warnings]


def test_default_target_constant_last_column(tmp_path):
    # Header-less like mnist_train_100.csv: the label first, pixels after, the last one 0.
    rng = np.random.default_rng(1)
    lines = [f"{index % 10},{rng.integers(0, 255)},{rng.integers(0, 255)},0" for index in range(40)]
    path = tmp_path / "digits.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    table = read_csv(path, has_header=False)

    assert table.kinds[table.columns[-1]] == "constant"
    assert default_target(table) != table.columns[-1]


def test_single_class_message_target_option(tmp_path):
    path = tmp_path / "one_class.csv"
    path.write_text("a,label\n1,A\n2,A\n3,A\n", encoding="utf-8")

    with pytest.raises(DataError) as caught:
        prepare(read_csv(path), PreprocessConfig(target="label", validation_split=0))

    assert "--target" in str(caught.value)
    assert "the Role column" in str(caught.value)


def test_one_row_no_validation_single_class(tmp_path):
    path = tmp_path / "one_row.csv"
    path.write_text("x,y\n1,2\n", encoding="utf-8")

    with pytest.raises(DataError) as caught:
        prepare(read_csv(path), PreprocessConfig(target="y", validation_split=0))

    assert caught.value.kind == "data.single_class"


def test_default_target_headerless_label_first(tmp_path):
    rng = np.random.default_rng(2)
    lines = []
    for index in range(50):
        pixels = ["0"] * 20  # each pixel is 0 in 95% of the rows
        pixels[index % 20] = str(rng.integers(1, 255))
        lines.append(",".join([str(index % 10), *pixels, "0"]))
    path = tmp_path / "mnist_like.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    assert default_target(read_csv(path, has_header=False)) == "column_1"
