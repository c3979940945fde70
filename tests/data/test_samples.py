"""Built-in datasets: listed, loadable, seeded, and documented."""

import numpy as np
import pytest

from bpstudio.data import DEFAULT_SAMPLE, list_samples, load_sample, open_data
from bpstudio.data.samples import SAMPLES
from bpstudio.errors import DataError
from bpstudio.resources import resource_path

EXPECTED = {"xor", "circles", "moons", "spiral", "blobs", "sine", "iris", "wine", "breast_cancer"}


def test_every_sample_listed():
    assert {info.name for info in list_samples()} == EXPECTED


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_loads_with_its_target(name):
    info = SAMPLES[name]

    table = load_sample(name)

    assert table.path == f"sample:{name}"
    assert info.target in table.columns
    assert table.n_rows == info.n_samples
    assert all(not lines for lines in table.missing.values())


def test_real_dataset_shapes_and_classes():
    iris = load_sample("iris")
    wine = load_sample("wine")
    cancer = load_sample("breast_cancer")

    assert (iris.n_rows, iris.n_columns) == (150, 5)
    assert sorted(set(iris.values("species"))) == ["setosa", "versicolor", "virginica"]
    assert (wine.n_rows, wine.n_columns) == (178, 14)
    assert (cancer.n_rows, cancer.n_columns) == (569, 31)
    assert sorted(set(cancer.values("diagnosis"))) == ["benign", "malignant"]


def test_generated_samples_are_seeded():
    first = load_sample("moons", seed=1)
    again = load_sample("moons", seed=1)
    other = load_sample("moons", seed=2)

    assert np.array_equal(first.values("x1"), again.values("x1"))
    assert not np.array_equal(first.values("x1"), other.values("x1"))


def test_noise_and_size_options():
    quiet = load_sample("circles", n_samples=100, noise=0.0)

    radius = np.hypot(quiet.values("x1"), quiet.values("x2"))
    assert quiet.n_rows == 100
    np.testing.assert_allclose(sorted(set(np.round(radius, 9))), [0.5, 1.0])


def test_xor_truth_table():
    table = load_sample("xor")

    rows = list(zip(table.values("x1"), table.values("x2"), table.values("label"), strict=True))
    assert rows == [(0, 0, 0), (0, 1, 1), (1, 0, 1), (1, 1, 0)]


def test_default_sample_has_two_features():
    table = load_sample(DEFAULT_SAMPLE)
    info = SAMPLES[DEFAULT_SAMPLE]

    assert info.task == "classification"
    assert len([name for name in table.columns if name != info.target]) == 2


def test_open_data_sample_with_options(tmp_path):
    table = open_data("sample:spiral?n=60&noise=0.1&seed=3")

    assert table.n_rows == 60
    path = tmp_path / "a.csv"
    path.write_text("a,b\n1,2\n")
    assert open_data(path).columns == ["a", "b"]


def test_unknown_sample_lists_names():
    with pytest.raises(DataError) as caught:
        load_sample("mnist")

    assert caught.value.kind == "data.unknown_sample"
    assert "iris" in str(caught.value)


def test_invalid_sample_option():
    with pytest.raises(DataError) as caught:
        open_data("sample:moons?noise=-1")

    assert caught.value.kind == "data.invalid_sample_option"


def test_readme_records_origin_and_licence():
    readme = resource_path("datasets", "README.md").read_text(encoding="utf-8")

    for info in list_samples():
        if info.file is not None:
            assert info.file in readme
    assert "CC BY 4.0" in readme
    assert "BSD-3-Clause" in readme


def test_sample_name_records_options():
    table = load_sample("moons", n_samples=50, noise=0.2, seed=3)

    again = open_data(table.path)

    assert table.path == "sample:moons?n=50&noise=0.2&seed=3"
    assert np.array_equal(again.values("x1"), table.values("x1"))
