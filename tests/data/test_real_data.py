"""Real teaching CSV files: each must be read right and train to a sensible result.

The files sit outside the project (most state no licence), so these tests skip when the
folder is absent.
"""

import json

import pytest
from conftest import REAL_DATA_DIR

from bpstudio.cli import main
from bpstudio.data import read_csv

pytestmark = pytest.mark.skipif(not REAL_DATA_DIR.is_dir(), reason="real-data folder absent")


def real(name):
    return REAL_DATA_DIR / name


def inspect_json(name, capsys, *options):
    assert main(["inspect", str(real(name)), "--json", *options]) == 0
    return json.loads(capsys.readouterr().out)


def train_json(name, capsys, *options):
    status = main(["train", str(real(name)), "--json", "--quiet", "--lr", "0.01", *options])
    assert status == 0
    return json.loads(capsys.readouterr().out)


def test_iris_species_crlf(capsys):
    report = inspect_json("iris_header_species_crlf.csv", capsys)

    assert [column["name"] for column in report["columns"]] == [
        "sepal length", "sepal width", "petal length", "petal width", "iris",
    ]  # fmt: skip
    assert report["rows"] == 150
    result = train_json("iris_header_species_crlf.csv", capsys, "--target", "iris")
    assert result["final"]["validation"]["accuracy"] >= 0.9
    assert result["data"]["classes"] == ["Iris-setosa", "Iris-versicolor", "Iris-virginica"]


def test_iris_gbk_chinese_header(capsys):
    report = inspect_json("iris_zh_gbk_header.csv", capsys)

    assert report["encoding"] == "gb18030"
    assert report["columns"][4]["name"] == "品种"
    result = train_json("iris_zh_gbk_header.csv", capsys, "--target", "品种")
    assert result["data"]["classes"] == ["0", "1", "2"]
    assert result["final"]["validation"]["accuracy"] >= 0.9


def test_pima_no_header_no_final_newline(capsys):
    report = inspect_json("pima-indians-diabetes.csv", capsys)

    assert report["has_header"] is False
    assert (report["rows"], report["n_columns"]) == (768, 9)
    result = train_json("pima-indians-diabetes.csv", capsys, "--target", "9", "--epochs", "60")
    assert result["data"]["target"] == "column_9"
    assert result["final"]["validation"]["accuracy"] > 0.7


def test_watermelon_gbk_lost_bom(capsys):
    report = inspect_json("watermelon3_0_Ch_gbk.csv", capsys)

    assert report["encoding"] == "gb18030"
    assert report["columns"][0]["name"] == "编号"
    assert report["id_like"] == ["编号"]
    kinds = {column["name"]: column["kind"] for column in report["columns"]}
    assert [name for name, kind in kinds.items() if kind == "categorical"] == [
        "色泽", "根蒂", "敲声", "纹理", "脐部", "触感", "好瓜",
    ]  # fmt: skip
    result = train_json(
        "watermelon3_0_Ch_gbk.csv", capsys, "--target", "好瓜", "--validation-split", "0.25"
    )
    assert "编号" not in result["data"]["features"]
    assert result["data"]["classes"] == ["否", "是"]
    assert result["final"]["train"]["accuracy"] >= 0.9


def test_bankloan_bom_and_unlabelled_rows(capsys):
    report = inspect_json("bankloan_zh_utf8bom.csv", capsys)

    assert report["encoding"] == "utf-8-sig"
    assert report["columns"][0]["name"] == "ID"
    assert "ID" in report["id_like"]
    assert len(report["missing"]["违约"]) == 150
    result = train_json("bankloan_zh_utf8bom.csv", capsys, "--target", "违约", "--epochs", "60")
    assert result["data"]["rows"] == 850
    assert result["data"]["n_train"] + result["data"]["n_validation"] == 700
    assert result["final"]["validation"]["accuracy"] > 0.75


def test_winequality_semicolon(capsys):
    report = inspect_json("winequality-red_uci_semicolon.csv", capsys)

    assert report["delimiter"] == ";"
    assert report["columns"][0]["name"] == "fixed acidity"
    assert (report["rows"], report["n_columns"]) == (1599, 12)
    classes = train_json(
        "winequality-red_uci_semicolon.csv", capsys, "--target", "quality", "--epochs", "40"
    )
    assert classes["data"]["task"] == "classification"
    assert classes["final"]["validation"]["accuracy"] > 0.5
    values = train_json(
        "winequality-red_uci_semicolon.csv",
        capsys,
        *("--target", "quality", "--task", "regression", "--epochs", "40"),
    )
    assert values["final"]["validation"]["r2"] > 0.2


def test_titanic_quotes_and_missing(capsys):
    report = inspect_json("titanic_train.csv", capsys)

    assert report["rows"] == 891
    missing = {name: len(lines) for name, lines in report["missing"].items()}
    assert missing == {"Age": 177, "Cabin": 687, "Embarked": 2}
    table = read_csv(real("titanic_train.csv"))
    assert table.values("Name")[0] == "Braund, Mr. Owen Harris"
    assert any('"' in name for name in table.values("Name"))
    result = train_json(
        "titanic_train.csv",
        capsys,
        *("--target", "Survived", "--features", "Pclass,Sex,Age,SibSp,Parch,Fare,Embarked"),
        *("--missing", "median", "--epochs", "60"),
    )
    assert result["final"]["validation"]["accuracy"] > 0.75


def test_auto_mpg_extra_fields_and_question_marks(capsys):
    report = inspect_json("auto-mpg_quoted_qmark.csv", capsys)

    assert report["problems"][0]["kind"] == "csv.ragged_rows"
    assert report["skipped_lines"] == [34, 128, 332, 338, 356, 376]
    assert report["columns"][0]["name"] == "mpg"
    assert report["columns"][3]["kind"] == "numeric"
    assert main(["train", str(real("auto-mpg_quoted_qmark.csv")), "--target", "mpg"]) == 1
    assert "--skip-bad-lines" in capsys.readouterr().err
    result = train_json(
        "auto-mpg_quoted_qmark.csv",
        capsys,
        *("--target", "mpg", "--skip-bad-lines"),
        *("--features", "cylinders,displacement,horsepower,weight,acceleration,model year"),
    )
    assert result["data"]["task"] == "regression"
    assert result["final"]["validation"]["r2"] > 0.7


def test_breast_cancer_original_question_marks(capsys):
    report = inspect_json("breast-cancer-wisconsin_original.csv", capsys)

    assert report["has_header"] is False
    assert len(report["missing"]["column_6"]) == 16
    result = train_json("breast-cancer-wisconsin_original.csv", capsys, "--target", "-1")
    assert result["data"]["classes"] == ["2", "4"]
    assert result["final"]["validation"]["accuracy"] > 0.93


def test_seeds_doubled_tabs(capsys):
    report = inspect_json("seeds_dataset_uci_tabs.txt", capsys)

    assert report["delimiter"] == "whitespace"
    assert (report["rows"], report["n_columns"]) == (210, 8)
    result = train_json("seeds_dataset_uci_tabs.txt", capsys, "--target", "-1")
    assert result["data"]["classes"] == ["1", "2", "3"]
    assert result["final"]["validation"]["accuracy"] > 0.85


def test_mnist_sample_digits(capsys):
    report = inspect_json("mnist_train_100.csv", capsys)

    assert (report["rows"], report["n_columns"]) == (100, 785)
    assert report["has_header"] is False
    result = train_json(
        "mnist_train_100.csv",
        capsys,
        *("--target", "1", "--scaling", "minmax01", "--validation-split", "0.3"),
        *("--hidden", "32:sigmoid", "--epochs", "40"),
    )
    assert len(result["data"]["classes"]) == 10
    assert result["final"]["train"]["accuracy"] > 0.9
    assert result["final"]["validation"]["accuracy"] > 0.3
