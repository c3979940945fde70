"""Find a project's data again and pass new tables through its fitted preprocessing."""

from __future__ import annotations

import logging
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from bpstudio.project.document import Project
from bpstudio.project.errors import ProjectError

log = logging.getLogger(__name__)


def load_project_table(project: Project):
    """Read the table the project was trained on: its embedded copy, sample or file.

    A file that moved is looked for beside the project file as well (by its recorded name),
    so a folder with a project and its CSV can be copied to another machine.
    """
    source = project.data_source or {}
    kind = source.get("kind")
    if project.embedded_data is not None:
        return read_embedded(project)
    if kind == "sample":
        from bpstudio.data import samples

        return samples.load_sample(source["name"], **dict(source.get("params") or {}))
    if kind not in ("file", "embedded") or not source.get("path"):
        raise ProjectError("project.no_data")

    from bpstudio.data import read_csv

    return read_csv(locate_data_file(project), **_import_settings(project))


def locate_data_file(project: Project) -> Path:
    """Return the project's CSV file: its saved path, or the same name beside the project.

    Raises ``project.data_not_found`` naming the saved path when neither exists.
    """
    source = project.data_source or {}
    path = Path(source.get("path") or "")
    candidates = [path] if source.get("path") else []
    if project.location is not None:
        folder = Path(project.location).parent
        candidates.append(folder / (source.get("filename") or path.name))
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise ProjectError("project.data_not_found", path=str(path))


def read_embedded(project: Project):
    """Read the CSV copy stored in the project with the saved import settings."""
    from bpstudio.data import read_csv

    name = project.data_source.get("filename") or "data.csv"
    with tempfile.TemporaryDirectory(prefix="bpstudio-") as folder:
        path = Path(folder) / Path(name).name
        path.write_bytes(project.embedded_data or b"")
        table = read_csv(path, **_import_settings(project))
    original = project.data_source.get("path")
    if original:
        try:
            table.path = original
        except AttributeError:
            log.debug("table path is read-only; it keeps the temporary file name")
    return table


@dataclass
class Transformed:
    """A table after the saved preprocessing: inputs, targets (or None) and what was left out.

    ``warnings`` are ``data.unknown_categories`` errors for categories never seen in training
    (those inputs were encoded as all zeros).
    """

    x: np.ndarray
    y: np.ndarray | None
    skipped_lines: list[int]
    warnings: list = field(default_factory=list)


def transform_table(project: Project, table, *, with_target: bool, where: str) -> Transformed:
    """Pass ``table`` through the saved preprocessing.

    Rows with a missing value that the preprocessing does not fill are left out, and their
    file line numbers are returned. With the "drop" strategy that is any missing input, and
    a missing target is never filled.
    """
    pipeline = project.fitted_pipeline()
    target = pipeline.target.column if pipeline.target is not None else None
    if with_target and target not in table.columns:
        raise ProjectError("project.target_missing", column=str(target), path=where)

    usable = usable_rows(pipeline, table, where)
    if with_target:
        usable = usable[~_missing_cells(table.values(target))[usable]]
    if usable.size == 0:
        raise ProjectError("project.no_rows", path=where, reason="every row has a missing value")
    x = pipeline.transform(table, usable)
    y = pipeline.transform_target(table, usable) if with_target else None
    lines = _line_numbers(table)
    skipped = sorted(set(lines.tolist()) - set(lines[usable].tolist()))
    return Transformed(x, y, skipped, pipeline.unknown_category_warnings())


def usable_rows(pipeline, table, where: str) -> np.ndarray:
    """Return the indices of rows whose inputs can all be computed.

    Raises ``project.no_rows`` naming the first input column the table lacks.
    """
    keep = np.ones(table.n_rows, dtype=bool)
    for step in pipeline.features:
        if step.column not in table.columns:
            raise ProjectError(
                "project.no_rows", path=where, reason=f"the column '{step.column}' is missing"
            )
        if step.fill is None:
            keep &= ~_missing_cells(table.values(step.column))
    return np.flatnonzero(keep)


def _missing_cells(values) -> np.ndarray:
    values = np.asarray(values)
    if values.dtype.kind == "f":
        return np.isnan(values)
    return np.array([value is None for value in values], dtype=bool)


def _line_numbers(table) -> np.ndarray:
    lines = getattr(table, "line_numbers", None)
    if lines is None or len(lines) != table.n_rows:
        return np.arange(2, table.n_rows + 2)
    return np.asarray(lines)


_READ_OPTIONS = ("encoding", "delimiter", "has_header", "decimal", "skip_bad_lines")
_UNICODE_CODECS = ("utf-8", "utf-8-sig", "utf-16", "utf-32", "ascii")


def _import_settings(project: Project) -> dict:
    settings = project.import_settings or {}
    return {key: value for key, value in settings.items() if key in _READ_OPTIONS}


def read_for_project(project: Project, spec, **overrides):
    """Read ``spec`` (a CSV path or ``sample:NAME``) the way the project's data was read.

    The saved import settings (skip_bad_lines, delimiter, header, decimal, encoding) apply
    unless ``overrides`` gives a value other than None. The saved encoding is applied only
    to a file that is not valid UTF-8: a UTF-8 file written for prediction is read as UTF-8
    even when the training file was GBK, so its Chinese column names stay readable.
    """
    from bpstudio.data import open_data

    chosen = {key: value for key, value in overrides.items() if value is not None}
    if not chosen.get("skip_bad_lines"):
        chosen.pop("skip_bad_lines", None)
    settings = {**_import_settings(project), **chosen}
    if str(spec).startswith("sample:"):
        return open_data(spec)
    saved_encoding = settings.pop("encoding", None)
    if "encoding" in chosen:
        return open_data(spec, encoding=chosen["encoding"], **settings)
    table = open_data(spec, **settings)
    if (
        saved_encoding
        and str(saved_encoding).lower() not in _UNICODE_CODECS
        and table.encoding.lower() not in _UNICODE_CODECS
        and table.encoding != saved_encoding
    ):
        # Detection fell back to a guess; the saved encoding is the one that read the data.
        table = open_data(spec, encoding=saved_encoding, **settings)
    return table
