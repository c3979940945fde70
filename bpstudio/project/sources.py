"""Find a project's data again and pass new tables through its fitted preprocessing."""

from __future__ import annotations

import logging
import tempfile
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

    path = Path(source["path"])
    candidates = [path]
    if project.location is not None:
        folder = Path(project.location).parent
        candidates.append(folder / (source.get("filename") or path.name))
    for candidate in candidates:
        if candidate.is_file():
            return read_csv(candidate, **_import_settings(project))
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


def transform_table(
    project: Project, table, *, with_target: bool, where: str
) -> tuple[np.ndarray, np.ndarray | None, list[int]]:
    """Pass ``table`` through the saved preprocessing; return inputs, targets, skipped lines.

    Rows whose inputs (or target, when ``with_target``) cannot be computed because a value is
    missing are left out, and their file line numbers are returned.
    """
    pipeline = project.fitted_pipeline()
    target = project.preprocess.get("target")
    if with_target and target not in table.columns:
        raise ProjectError("project.target_missing", column=str(target), path=where)

    x, kept = transform_inputs(pipeline, table, where)
    y = None
    if with_target:
        y = np.asarray(pipeline.transform_target(table))
        y = y.reshape(len(y), -1)
        if len(y) == table.n_rows:
            y = y[kept]
        finite = np.all(np.isfinite(y), axis=1)
        x, y = x[finite], y[finite]
        kept = kept[finite]
    skipped = sorted(set(_line_numbers(table)) - set(_line_numbers(table)[kept]))
    if len(x) == 0:
        raise ProjectError("project.no_rows", path=where, reason="every row has a missing value")
    return x, y, skipped


def transform_inputs(pipeline, table, where: str) -> tuple[np.ndarray, np.ndarray]:
    """Return the inputs of the rows that can be used and the indices of those rows."""
    x = np.asarray(pipeline.transform(table))
    x = x.reshape(len(x), -1)
    if len(x) != table.n_rows:
        raise ProjectError(
            "project.no_rows",
            path=where,
            reason=f"the preprocessing returned {len(x)} rows for {table.n_rows}",
        )
    kept = np.flatnonzero(np.all(np.isfinite(x), axis=1))
    return x[kept], kept


def _line_numbers(table) -> np.ndarray:
    lines = getattr(table, "line_numbers", None)
    if lines is None or len(lines) != table.n_rows:
        return np.arange(2, table.n_rows + 2)
    return np.asarray(lines)


def _import_settings(project: Project) -> dict:
    allowed = ("encoding", "delimiter", "has_header", "decimal", "skip_bad_lines")
    return {key: value for key, value in project.import_settings.items() if key in allowed}
