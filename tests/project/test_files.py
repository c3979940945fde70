"""Project files: round trips, atomic saves, and damaged or hostile files rejected cleanly."""

import errno
import io
import json
import math
import pickle
import struct
import zipfile

import numpy as np
import pytest

from bpstudio.errors import ProjectError
from bpstudio.project import files
from bpstudio.project.document import Project
from bpstudio.project.files import load_project, save_project


def small_project():
    return Project(
        data_source={"kind": "file", "path": "/data/iris.csv", "filename": "iris.csv"},
        import_settings={"encoding": "gbk", "delimiter": ",", "has_header": True},
        preprocess={"target": "类别", "scaling": "standard"},
        network={"hidden": [{"units": 3, "activation": "tanh"}], "loss": "auto"},
        training={"optimizer": "adam", "learning_rate": 0.01},
        history={"loss": [1.5, 0.9, 0.4], "val_loss": [1.6, math.nan, 0.5]},
        markers=[{"epoch": 2, "label": "lr 0.001"}],
        weights=[
            np.arange(6, dtype=np.float32).reshape(2, 3) / 7,
            np.array([0.1, -0.2, 0.3], dtype=np.float32),
            np.ones((3, 1), dtype=np.float32),
            np.zeros(1, dtype=np.float32),
        ],
        notes="第 3 次实验: 学习率 0.01",
        view={"tab": "loss"},
    )


def write_zip(path, members):
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def document_bytes(**changes):
    document = small_project().to_document()
    document.update(changes)
    return json.dumps(document).encode()


def npz_bytes(**arrays):
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


def load_error(path):
    with pytest.raises(ProjectError) as caught:
        load_project(path)
    return caught.value


def test_round_trip_keeps_everything(tmp_path):
    path = tmp_path / "lab.bpproj"
    original = small_project()
    save_project(path, original)

    loaded = load_project(path)

    assert loaded.data_source == original.data_source
    assert loaded.import_settings == original.import_settings
    assert loaded.preprocess == original.preprocess
    assert loaded.network == original.network
    assert loaded.training == original.training
    assert loaded.markers == original.markers
    assert loaded.notes == original.notes
    assert loaded.view == original.view
    assert loaded.history["loss"] == [1.5, 0.9, 0.4]
    np.testing.assert_array_equal(loaded.history["val_loss"], [1.6, np.nan, 0.5])
    assert len(loaded.weights) == 4
    for saved, restored in zip(original.weights, loaded.weights, strict=True):
        assert restored.dtype == np.float32
        np.testing.assert_array_equal(restored, saved)


def test_nan_in_history_saved_as_null(tmp_path):
    path = tmp_path / "lab.bpproj"
    save_project(path, small_project())

    raw = zipfile.ZipFile(path).read("project.json").decode()

    assert "NaN" not in raw
    assert json.loads(raw)["history"]["val_loss"] == [1.6, None, 0.5]


def test_non_finite_weights_not_saved(tmp_path):
    path = tmp_path / "lab.bpproj"
    project = small_project()
    project.weights[2] = np.array([[1.0], [np.inf], [0.0]], dtype=np.float32)

    with pytest.raises(ProjectError) as caught:
        save_project(path, project)

    assert caught.value.kind == "project.non_finite_weights"
    assert caught.value.layer == 2
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


def test_embedded_data_travels_with_project(tmp_path):
    csv_path = tmp_path / "iris.csv"
    csv_path.write_bytes("花萼长度,类别\r\n5.1,山鸢尾\r\n".encode("gbk"))
    project = small_project()
    project.data_source = {"kind": "file", "path": str(csv_path), "filename": "iris.csv"}
    path = tmp_path / "lab.bpproj"

    save_project(path, project, embed_data=True)
    csv_path.unlink()
    loaded = load_project(path)

    assert loaded.embedded_data == "花萼长度,类别\r\n5.1,山鸢尾\r\n".encode("gbk")
    assert loaded.data_source["kind"] == "embedded"


def test_saved_file_gets_usual_permissions(tmp_path):
    path = tmp_path / "lab.bpproj"
    save_project(path, small_project())
    assert path.stat().st_mode & 0o044 == 0o044


def test_interrupted_save_keeps_old_file(tmp_path, monkeypatch):
    path = tmp_path / "lab.bpproj"
    save_project(path, small_project())
    before = path.read_bytes()
    real_writestr = zipfile.ZipFile.writestr

    def fail_on_weights(self, name, data, *args, **kwargs):
        if getattr(name, "filename", name) == files.WEIGHTS_MEMBER:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_writestr(self, name, data, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "writestr", fail_on_weights)
    changed = small_project()
    changed.notes = "this never reaches the disk"
    with pytest.raises(ProjectError) as caught:
        save_project(path, changed)

    assert caught.value.kind == "project.save_failed"
    assert "No space left on device" in str(caught.value)
    assert path.read_bytes() == before
    assert [entry.name for entry in tmp_path.iterdir()] == ["lab.bpproj"]


def test_crash_during_save_keeps_old_file(tmp_path, monkeypatch):
    path = tmp_path / "lab.bpproj"
    save_project(path, small_project())
    before = path.read_bytes()

    def crash(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(files.os, "fsync", crash)
    with pytest.raises(KeyboardInterrupt):
        save_project(path, small_project())

    assert path.read_bytes() == before
    assert [entry.name for entry in tmp_path.iterdir()] == ["lab.bpproj"]


def test_missing_file_rejected(tmp_path):
    error = load_error(tmp_path / "nowhere.bpproj")
    assert error.kind == "project.not_found"


def test_csv_file_is_not_a_project(tmp_path):
    path = tmp_path / "data.bpproj"
    path.write_text("a,b\n1,2\n")

    error = load_error(path)

    assert error.kind == "project.not_a_project"
    assert "not a zip archive" in str(error)


def test_empty_file_is_not_a_project(tmp_path):
    path = tmp_path / "empty.bpproj"
    path.write_bytes(b"")
    assert load_error(path).kind == "project.not_a_project"


def test_truncated_zip_is_damaged(tmp_path):
    path = tmp_path / "lab.bpproj"
    save_project(path, small_project())
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])

    error = load_error(path)

    assert error.kind == "project.damaged"
    assert str(path) in str(error)


def test_foreign_zip_is_not_a_project(tmp_path):
    path = tmp_path / "other.bpproj"
    write_zip(path, {"project.json": b'{"name": "someone else"}', "weights.npz": npz_bytes()})
    assert load_error(path).kind == "project.not_a_project"


def test_corrupted_member_is_damaged(tmp_path):
    path = tmp_path / "lab.bpproj"
    write_zip(path, {"project.json": document_bytes(), "weights.npz": b"\0" * 64})
    error = load_error(path)
    assert error.kind == "project.damaged"


def test_missing_weights_member(tmp_path):
    path = tmp_path / "lab.bpproj"
    write_zip(path, {"project.json": document_bytes()})

    error = load_error(path)

    assert error.kind == "project.missing_member"
    assert error.member == "weights.npz"


@pytest.mark.parametrize(
    ("version", "kind"),
    [
        (99, "project.newer_version"),
        ("1", "project.bad_version"),
        (0, "project.bad_version"),
        (None, "project.bad_version"),
        (True, "project.bad_version"),
    ],
)
def test_wrong_schema_version(tmp_path, version, kind):
    path = tmp_path / "lab.bpproj"
    write_zip(
        path, {"project.json": document_bytes(schema_version=version), "weights.npz": npz_bytes()}
    )
    assert load_error(path).kind == kind


def test_newer_version_message_says_update(tmp_path):
    path = tmp_path / "lab.bpproj"
    write_zip(path, {"project.json": document_bytes(schema_version=7), "weights.npz": npz_bytes()})
    assert "update BP Studio" in str(load_error(path))


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("history", {"loss": ["low"]}),
        ("history", [1, 2]),
        ("network", "16:relu"),
        ("weights", [{"shape": [-1, 3]}]),
        ("weights", [{"shape": [2, 3, 4]}]),
        ("notes", 5),
        ("markers", [3]),
    ],
)
def test_malformed_field_rejected(tmp_path, field, value):
    path = tmp_path / "lab.bpproj"
    write_zip(path, {"project.json": document_bytes(**{field: value}), "weights.npz": npz_bytes()})

    error = load_error(path)

    assert error.kind == "project.invalid_document"
    assert error.field.startswith(field)


def test_nan_literal_in_document_rejected(tmp_path):
    path = tmp_path / "lab.bpproj"
    raw = document_bytes().replace(b'"loss":[1.5', b'"loss":[NaN')
    raw = raw.replace(b'"loss": [1.5', b'"loss": [NaN')
    write_zip(path, {"project.json": raw, "weights.npz": npz_bytes()})
    assert load_error(path).kind == "project.damaged"


def test_huge_declared_array_rejected_before_reading(tmp_path):
    path = tmp_path / "lab.bpproj"
    huge = [{"shape": [200_000, 200_000], "dtype": "float32"}]
    write_zip(path, {"project.json": document_bytes(weights=huge), "weights.npz": npz_bytes()})

    error = load_error(path)

    assert error.kind == "project.too_large"


def test_npy_header_larger_than_declared_rejected(tmp_path):
    path = tmp_path / "lab.bpproj"
    buffer = io.BytesIO()
    np.lib.format.write_array_header_1_0(
        buffer, {"descr": "<f4", "fortran_order": False, "shape": (100_000, 100_000)}
    )
    npy = buffer.getvalue()
    npz = io.BytesIO()
    with zipfile.ZipFile(npz, "w") as inner:
        inner.writestr("weight_000.npy", npy + b"\0" * 16)
    declared = [{"shape": [2, 2], "dtype": "float32"}]
    write_zip(
        path, {"project.json": document_bytes(weights=declared), "weights.npz": npz.getvalue()}
    )

    error = load_error(path)

    assert error.kind in ("project.weights_mismatch", "project.damaged", "project.too_large")


def test_object_array_rejected_without_unpickling(tmp_path):
    marker = tmp_path / "pwned"

    class Payload:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    payload = np.empty(1, dtype=object)
    payload[0] = Payload()
    buffer = io.BytesIO()
    np.savez(buffer, weight_000=payload)
    declared = [{"shape": [1], "dtype": "object"}]
    path = tmp_path / "lab.bpproj"
    write_zip(
        path, {"project.json": document_bytes(weights=declared), "weights.npz": buffer.getvalue()}
    )

    error = load_error(path)

    assert error.kind == "project.unsafe_array"
    assert error.name == "weight_000"
    assert not marker.exists()


def test_raw_pickle_as_weights_rejected(tmp_path):
    path = tmp_path / "lab.bpproj"
    raw_pickle = pickle.dumps({"weights": [1, 2, 3]})
    write_zip(path, {"project.json": document_bytes(weights=[]), "weights.npz": raw_pickle})
    assert load_error(path).kind == "project.damaged"


@pytest.mark.parametrize("member", ["../evil.txt", "/etc/cron.d/job", "data/../../x", "extra.py"])
def test_unexpected_entry_rejected(tmp_path, member):
    path = tmp_path / "lab.bpproj"
    write_zip(
        path,
        {"project.json": document_bytes(), "weights.npz": npz_bytes(), member: b"print('hello')"},
    )

    error = load_error(path)

    assert error.kind == "project.unsafe_member"
    assert error.member == member.lstrip("/") or error.member == member


def test_unexpected_entry_in_weights_rejected(tmp_path):
    path = tmp_path / "lab.bpproj"
    document = document_bytes(weights=[{"shape": [2], "dtype": "float32"}])
    npz = npz_bytes(weight_000=np.zeros(2, np.float32), evil=np.zeros(1))
    write_zip(path, {"project.json": document, "weights.npz": npz})
    assert load_error(path).kind == "project.unsafe_member"


def test_zip_bomb_rejected_by_declared_size(tmp_path, monkeypatch):
    monkeypatch.setattr(files, "MAX_DATA_BYTES", 2**20)
    path = tmp_path / "lab.bpproj"
    write_zip(
        path,
        {
            "project.json": document_bytes(weights=[]),
            "weights.npz": npz_bytes(),
            "data.csv": b"0" * (20 * 2**20),
        },
    )
    assert path.stat().st_size < 200_000

    error = load_error(path)

    assert error.kind == "project.too_large"
    assert error.member == "data.csv"


def test_zip_with_lying_size_rejected(tmp_path):
    path = tmp_path / "lab.bpproj"
    write_zip(
        path,
        {
            "project.json": document_bytes(weights=[]),
            "weights.npz": npz_bytes(),
            "data.csv": b"1,2,3\n" * 50_000,
        },
    )
    data = bytearray(path.read_bytes())
    # Shrink the uncompressed size of data.csv in its central directory entry to 10 bytes.
    offset = bytes(data).rfind(b"PK\x01\x02")
    struct.pack_into("<I", data, offset + 24, 10)
    path.write_bytes(bytes(data))

    error = load_error(path)

    assert error.kind == "project.damaged"


def test_duplicate_entries_rejected(tmp_path):
    path = tmp_path / "lab.bpproj"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.json", document_bytes())
        with pytest.warns(UserWarning):
            archive.writestr("project.json", document_bytes(notes="second"))
        archive.writestr("weights.npz", npz_bytes())
    assert load_error(path).kind == "project.damaged"


def test_nan_weights_in_file_rejected(tmp_path):
    path = tmp_path / "lab.bpproj"
    declared = [{"shape": [2], "dtype": "float32"}]
    write_zip(
        path,
        {
            "project.json": document_bytes(weights=declared),
            "weights.npz": npz_bytes(weight_000=np.array([1, np.nan], np.float32)),
        },
    )
    assert load_error(path).kind == "project.damaged"


def test_weight_count_mismatch_rejected(tmp_path):
    path = tmp_path / "lab.bpproj"
    declared = [{"shape": [2], "dtype": "float32"}] * 2
    write_zip(
        path,
        {
            "project.json": document_bytes(weights=declared),
            "weights.npz": npz_bytes(weight_000=np.zeros(2, np.float32)),
        },
    )
    assert load_error(path).kind == "project.weights_mismatch"


def test_migration_hook_upgrades_older_schema(tmp_path, monkeypatch):
    from bpstudio.project import document as document_module
    from bpstudio.project import migration

    monkeypatch.setattr(migration, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(document_module, "SCHEMA_VERSION", 2)

    def rename_comment(document):
        document["notes"] = document.pop("comment")
        return document

    monkeypatch.setitem(migration.MIGRATIONS, 1, rename_comment)
    old = json.loads(document_bytes(schema_version=1))
    old["comment"] = old.pop("notes")
    path = tmp_path / "old.bpproj"
    write_zip(
        path,
        {
            "project.json": json.dumps(old),
            "weights.npz": npz_bytes(
                **{f"weight_{i:03d}": w for i, w in enumerate(small_project().weights)}
            ),
        },
    )

    loaded = load_project(path)

    assert loaded.notes == small_project().notes
    assert loaded.schema_version == 2


def model_config(units=(3, 1), input_dim=2):
    return {
        "seed": 0,
        "dtype": "float32",
        "input_dim": input_dim,
        "layers": [{"units": count, "activation": "tanh"} for count in units],
    }


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"data_source": {"kind": "ftp"}}, "data_source.kind"),
        ({"data_source": {"kind": "file", "path": 7}}, "data_source.path"),
        ({"preprocess": {"target": "y", "scaling": "cubic"}}, "preprocess"),
        ({"pipeline": {"scaling": "none"}}, "pipeline"),
        ({"model": {"layers": [{"units": 0}]}}, "model.layers[0].units"),
        ({"model": {"layers": [{"units": 3, "activation": "swish"}], "input_dim": 2}}, "model"),
    ],
)
def test_malformed_contents_rejected(tmp_path, changes, field):
    path = tmp_path / "lab.bpproj"
    document = json.loads(document_bytes(weights=[]))
    document.update(changes)
    write_zip(path, {"project.json": json.dumps(document), "weights.npz": npz_bytes()})

    error = load_error(path)

    assert error.kind == "project.invalid_document"
    assert error.field == field


def test_huge_network_config_rejected(tmp_path):
    path = tmp_path / "lab.bpproj"
    config = model_config(units=(200_000, 100_000), input_dim=50_000)
    write_zip(
        path, {"project.json": document_bytes(weights=[], model=config), "weights.npz": npz_bytes()}
    )

    error = load_error(path)

    assert error.kind == "project.too_large"
    assert error.member == "model"


def test_weights_not_fitting_network_rejected(tmp_path):
    project = small_project()
    project.model = model_config(units=(4, 1))
    path = tmp_path / "lab.bpproj"
    save_project(path, project)

    error = load_error(path)

    assert error.kind == "project.weights_mismatch"
    assert "(2, 4)" in str(error)


def test_network_config_round_trip(tmp_path):
    project = small_project()
    project.model = model_config()
    path = tmp_path / "lab.bpproj"
    save_project(path, project)

    model = load_project(path).build_model()

    np.testing.assert_array_equal(model.get_weights()[0], project.weights[0])
