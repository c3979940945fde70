"""Export a project: weights (.npz, CSV per layer), history CSV, and Keras/PyTorch/NumPy code."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from bpstudio.project.document import Project
from bpstudio.project.errors import ProjectError
from bpstudio.project.export.code import export_code
from bpstudio.project.export.tables import (
    export_history_csv,
    export_weights_csv,
    export_weights_npz,
)

#: Format name -> function(project, output path) returning the paths it wrote.
FORMATS: dict[str, Callable[[Project, str | os.PathLike], list[Path]]] = {
    "keras": lambda project, path: export_code(project, "keras", path),
    "pytorch": lambda project, path: export_code(project, "pytorch", path),
    "numpy": lambda project, path: export_code(project, "numpy", path),
    "weights-npz": export_weights_npz,
    "weights-csv": export_weights_csv,
    "history-csv": export_history_csv,
}


def export_project(project: Project, format: str, path: str | os.PathLike) -> list[Path]:
    """Write ``project`` in ``format`` (a key of :data:`FORMATS`) to ``path``."""
    exporter = FORMATS.get(format)
    if exporter is None:
        raise ProjectError(
            "project.export_format", value=format, choices=", ".join(sorted(FORMATS))
        )
    return exporter(project, path)


__all__ = [
    "FORMATS",
    "export_code",
    "export_history_csv",
    "export_project",
    "export_weights_csv",
    "export_weights_npz",
]
