"""Save and load project files: a zip holding a JSON document and the weights as .npz.

Layout of a ``.bpproj`` file::

    project.json   the document (format name, schema version, settings, history, notes)
    weights.npz    one array per weight, named weight_000, weight_001, ... in
                   Sequential.get_weights() order
    data.csv       optional: the training CSV file, byte for byte, so the project travels alone

Saving writes a temporary file in the target folder and renames it over the target, so an
interrupted save leaves the previous file whole.

Loading reads nothing it has not checked. The entry names are fixed, and every declared size
is bounded before anything is decompressed. The document must be JSON without NaN. Each array
header is parsed and checked (dtype float32 or float64, declared shape, exact byte count)
before ``numpy.load(..., allow_pickle=False)`` reads the array.
"""

from __future__ import annotations

import io
import json
import logging
import math
import os
import tempfile
import zipfile
import zlib
from pathlib import Path
from typing import Any

import numpy as np

from bpstudio import __version__
from bpstudio.project.document import FORMAT_NAME, Project
from bpstudio.project.errors import ProjectError
from bpstudio.project.migration import migrate
from bpstudio.project.validation import check_contents, validate_document

log = logging.getLogger(__name__)

#: File name suffix of project files.
PROJECT_SUFFIX = ".bpproj"

DOCUMENT_MEMBER = "project.json"
WEIGHTS_MEMBER = "weights.npz"
DATA_MEMBER = "data.csv"
MEMBERS = (DOCUMENT_MEMBER, WEIGHTS_MEMBER, DATA_MEMBER)

#: Upper bounds on what a project file may declare. They are far above a classroom network
#: (a 784-512-512-10 network has 2.7 MB of float32 weights) and keep a hostile file from
#: making the app allocate gigabytes.
MAX_DOCUMENT_BYTES = 64 * 2**20
MAX_WEIGHT_BYTES = 512 * 2**20
MAX_DATA_BYTES = 512 * 2**20
MAX_ARRAYS = 2000
#: Bytes of an .npy file before the array data: magic, version, header length and header.
MAX_NPY_HEADER_BYTES = 65536


def save_project(path: str | os.PathLike, project: Project, embed_data: bool = False) -> None:
    """Write ``project`` to ``path`` atomically.

    With ``embed_data`` the CSV file named by ``project.data_source["path"]`` (or the bytes
    already in ``project.embedded_data``) is stored inside the project. Raises ProjectError
    ``project.non_finite_weights`` when a weight is NaN or infinite, and ``project.save_failed``
    when the file cannot be written. In both cases an existing file at ``path`` is unchanged.
    """
    path = Path(path)
    _check_weights_finite(project.weights)
    project.app_version = __version__
    data = _data_to_embed(project, path) if embed_data else project.embedded_data
    kind = project.data_source.get("kind")
    if data is not None and kind == "file":
        project.data_source = {**project.data_source, "kind": "embedded"}
    elif data is None and kind == "embedded":
        # Saved without its copy of the CSV file, the project points at the file again.
        project.data_source = {**project.data_source, "kind": "file"}
    document = project.to_document()
    document_bytes = json.dumps(
        document, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    ).encode()
    weights_bytes = _npz_bytes(project.weights)

    try:
        _write_atomically(path, document_bytes, weights_bytes, data)
    except OSError as error:
        raise ProjectError(
            "project.save_failed", path=str(path), reason=error.strerror or str(error)
        ) from error
    if data is not None:
        project.embedded_data = data
    project.location = str(path)
    log.info("saved project %s (%d weight arrays)", path, len(project.weights))


def load_project(path: str | os.PathLike) -> Project:
    """Read a project file; raise ProjectError with a ``project.*`` kind when it is unusable."""
    path = Path(path)
    where = str(path)
    if not path.is_file():
        raise ProjectError("project.not_found", path=where)
    try:
        with zipfile.ZipFile(path) as archive:
            members = _checked_members(archive, where)
            document = _read_document(archive, members, where)
            document = migrate(document, where)
            validate_document(document, where)
            weights = _read_weights(archive, members, document["weights"], where)
            data = None
            if DATA_MEMBER in members:
                data = _read_member(archive, members[DATA_MEMBER], MAX_DATA_BYTES, where)
    except zipfile.BadZipFile as error:
        raise _bad_zip_error(path, error) from error
    except (zlib.error, EOFError, NotImplementedError, RuntimeError) as error:
        raise ProjectError("project.damaged", path=where, reason=str(error)) from error
    except OSError as error:
        raise ProjectError(
            "project.damaged", path=where, reason=error.strerror or str(error)
        ) from error
    project = Project.from_document(document, weights, data)
    project.location = where
    check_contents(project, where)
    return project


def is_project_file(path: str | os.PathLike) -> bool:
    """Tell a project file from a CSV file by its suffix or its content.

    A file with another suffix is a project when it is a zip archive that contains the
    project document, so ``train --save model.bpsproj`` still opens as a project.
    """
    path = Path(path)
    if path.suffix.lower() == PROJECT_SUFFIX:
        return True
    try:
        with path.open("rb") as stream:
            if stream.read(4) != b"PK\x03\x04":
                return False
        with zipfile.ZipFile(path) as archive:
            return DOCUMENT_MEMBER in archive.namelist()
    except (OSError, zipfile.BadZipFile):
        return False


def weight_names(weights: list[np.ndarray]) -> list[str]:
    """Name each array ``layer<k>_kernel`` or ``layer<k>_bias`` (a kernel is 2-D, a bias 1-D)."""
    names = []
    layer = 0
    for array in weights:
        if np.ndim(array) == 2:
            layer += 1
            names.append(f"layer{layer}_kernel")
        else:
            names.append(f"layer{max(layer, 1)}_bias")
    return names


# Saving --------------------------------------------------------------------------------------


def _check_weights_finite(weights: list[np.ndarray]) -> None:
    for name, array in zip(weight_names(weights), weights, strict=True):
        if not np.all(np.isfinite(array)):
            layer = name.split("_")[0].removeprefix("layer")
            raise ProjectError("project.non_finite_weights", layer=int(layer))


def _data_to_embed(project: Project, target: Path) -> bytes | None:
    if project.embedded_data is not None:
        return project.embedded_data
    source = project.data_source.get("path")
    if project.data_source.get("kind") not in ("file", "embedded") or not source:
        return None
    try:
        return Path(source).read_bytes()
    except OSError as error:
        raise ProjectError(
            "project.save_failed",
            path=str(target),
            reason=f"the data file {source} could not be read ({error.strerror or error})",
        ) from error


def _npz_bytes(weights: list[np.ndarray]) -> bytes:
    buffer = io.BytesIO()
    arrays = {f"weight_{index:03d}": np.asarray(array) for index, array in enumerate(weights)}
    np.savez(buffer, **arrays)
    return buffer.getvalue()


def _write_atomically(
    path: Path, document_bytes: bytes, weights_bytes: bytes, data: bytes | None
) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as stream:
            with zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                archive.writestr(DOCUMENT_MEMBER, document_bytes)
                archive.writestr(WEIGHTS_MEMBER, weights_bytes)
                if data is not None:
                    archive.writestr(DATA_MEMBER, data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, _file_mode(path))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _sync_folder(folder)


def _file_mode(path: Path) -> int:
    # mkstemp creates the file readable by its owner only; keep the mode of the file being
    # replaced, or give a new file the usual mode under the current umask.
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _sync_folder(folder: Path) -> None:
    # The rename is durable only once the folder entry is on disk; Windows cannot open folders.
    if os.name != "posix":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


# Loading -------------------------------------------------------------------------------------


def _bad_zip_error(path: Path, error: Exception) -> ProjectError:
    try:
        with path.open("rb") as stream:
            signature = stream.read(4)
    except OSError:
        signature = b""
    if signature == b"PK\x03\x04":
        return ProjectError(
            "project.damaged", path=str(path), reason=f"broken zip archive: {error}"
        )
    return ProjectError("project.not_a_project", path=str(path), reason="it is not a zip archive")


def _checked_members(archive: zipfile.ZipFile, where: str) -> dict[str, zipfile.ZipInfo]:
    members: dict[str, zipfile.ZipInfo] = {}
    for info in archive.infolist():
        if info.filename not in MEMBERS:
            raise ProjectError("project.unsafe_member", path=where, member=info.filename)
        if info.filename in members:
            raise ProjectError(
                "project.damaged", path=where, reason=f"the entry '{info.filename}' appears twice"
            )
        if info.flag_bits & 0x1:
            raise ProjectError(
                "project.damaged", path=where, reason=f"the entry '{info.filename}' is encrypted"
            )
        members[info.filename] = info
    for required in (DOCUMENT_MEMBER, WEIGHTS_MEMBER):
        if required not in members:
            if not members:
                raise ProjectError(
                    "project.not_a_project", path=where, reason="the zip archive is empty"
                )
            raise ProjectError("project.missing_member", path=where, member=required)
    return members


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, where: str) -> bytes:
    """Read one entry, trusting neither its declared size nor its compressed stream."""
    if info.file_size > limit:
        raise ProjectError(
            "project.too_large", path=where, member=info.filename, size=info.file_size, limit=limit
        )
    with archive.open(info) as stream:
        # zipfile stops at the declared size and checks the CRC at the end, so a stream that
        # inflates to more than it declared never fills memory past file_size + 1 bytes.
        data = stream.read(info.file_size + 1)
    if len(data) != info.file_size:
        raise ProjectError(
            "project.damaged",
            path=where,
            reason=f"the entry '{info.filename}' is shorter or longer than it declares",
        )
    return data


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a valid JSON number")


def _read_document(
    archive: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], where: str
) -> dict[str, Any]:
    raw = _read_member(archive, members[DOCUMENT_MEMBER], MAX_DOCUMENT_BYTES, where)
    try:
        document = json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise ProjectError(
            "project.damaged", path=where, reason=f"{DOCUMENT_MEMBER} is not valid JSON: {error}"
        ) from error
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ProjectError(
            "project.not_a_project",
            path=where,
            reason=f"{DOCUMENT_MEMBER} is not a BP Studio project document",
        )
    return document


def _read_weights(
    archive: zipfile.ZipFile,
    members: dict[str, zipfile.ZipInfo],
    declared: list[dict[str, Any]],
    where: str,
) -> list[np.ndarray]:
    declared_bytes = sum(math.prod(entry["shape"]) * 8 for entry in declared)
    if len(declared) > MAX_ARRAYS or declared_bytes > MAX_WEIGHT_BYTES:
        raise ProjectError(
            "project.too_large",
            path=where,
            member=WEIGHTS_MEMBER,
            size=declared_bytes,
            limit=MAX_WEIGHT_BYTES,
        )
    raw = _read_member(archive, members[WEIGHTS_MEMBER], MAX_WEIGHT_BYTES + 2**20, where)
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as npz:
            expected = [f"weight_{index:03d}.npy" for index in range(len(declared))]
            names = [info.filename for info in npz.infolist()]
            if sorted(names) != expected:
                unknown = sorted(set(names) - set(expected))
                if unknown:
                    raise ProjectError("project.unsafe_member", path=where, member=unknown[0])
                raise ProjectError(
                    "project.weights_mismatch",
                    path=where,
                    reason=f"{len(names)} arrays stored but {len(declared)} declared",
                )
            return [
                _read_array(npz, name, entry, where)
                for name, entry in zip(expected, declared, strict=True)
            ]
    except zipfile.BadZipFile as error:
        raise ProjectError(
            "project.damaged", path=where, reason=f"{WEIGHTS_MEMBER} is broken: {error}"
        ) from error


def _read_array(npz: zipfile.ZipFile, member: str, entry: dict[str, Any], where: str) -> np.ndarray:
    name = member.removesuffix(".npy")
    shape = tuple(entry["shape"])
    info = npz.getinfo(member)
    limit = MAX_NPY_HEADER_BYTES + math.prod(shape) * 8
    raw = _read_member(npz, info, limit, where)
    stream = io.BytesIO(raw)
    try:
        version = np.lib.format.read_magic(stream)
        if version == (1, 0):
            header_shape, _, dtype = np.lib.format.read_array_header_1_0(stream)
        elif version == (2, 0):
            header_shape, _, dtype = np.lib.format.read_array_header_2_0(stream)
        else:
            raise ValueError(f"unsupported .npy version {version}")
    except (ValueError, SyntaxError, TypeError) as error:
        raise ProjectError(
            "project.damaged", path=where, reason=f"weight array '{name}' has a bad header: {error}"
        ) from error

    if dtype.hasobject or dtype.kind != "f" or dtype.itemsize not in (4, 8):
        raise ProjectError("project.unsafe_array", path=where, name=name, dtype=str(dtype))
    if tuple(header_shape) != shape:
        raise ProjectError(
            "project.weights_mismatch",
            path=where,
            reason=f"array '{name}' has shape {tuple(header_shape)} but {shape} is declared",
        )
    if len(raw) - stream.tell() != math.prod(shape) * dtype.itemsize:
        raise ProjectError(
            "project.damaged", path=where, reason=f"weight array '{name}' has the wrong length"
        )

    stream.seek(0)
    array = np.load(stream, allow_pickle=False)
    if not np.all(np.isfinite(array)):
        raise ProjectError(
            "project.damaged", path=where, reason=f"weight array '{name}' contains NaN or infinity"
        )
    return array
