"""Write iris.csv, wine.csv and breast_cancer.csv from the copies scikit-learn ships.

Run from the repository root with scikit-learn installed (a build-time tool only; BP Studio
itself never imports scikit-learn): ``python resources/datasets/convert_sklearn.py``.
The values are written with Python's shortest round-trip float text, so they equal the
numbers in scikit-learn's files.
"""

import csv
from pathlib import Path

from sklearn import datasets

HERE = Path(__file__).resolve().parent


def number_text(value):
    value = float(value)
    return str(int(value)) if value.is_integer() else repr(value)


def write(name, bunch, feature_names, target_name, class_names):
    with open(HERE / name, "w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow([*feature_names, target_name])
        for row, label in zip(bunch.data, bunch.target, strict=True):
            writer.writerow([*(number_text(value) for value in row), class_names[label]])


iris = datasets.load_iris()
write(
    "iris.csv",
    iris,
    ["sepal_length_cm", "sepal_width_cm", "petal_length_cm", "petal_width_cm"],
    "species",
    ["setosa", "versicolor", "virginica"],
)
wine = datasets.load_wine()
write("wine.csv", wine, wine.feature_names, "cultivar", ["cultivar_1", "cultivar_2", "cultivar_3"])
cancer = datasets.load_breast_cancer()
write(
    "breast_cancer.csv",
    cancer,
    [name.replace(" ", "_") for name in cancer.feature_names],
    "diagnosis",
    ["malignant", "benign"],
)
