"""Upgrade project documents written with an older schema version.

Each step in :data:`MIGRATIONS` turns a document of version N into version N + 1; loading
applies the steps in order until the document reaches
:data:`bpstudio.project.document.SCHEMA_VERSION`. A step receives a copy of the document and
returns the upgraded one; it must not touch the weights, which are stored apart from it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from bpstudio.project.document import SCHEMA_VERSION
from bpstudio.project.errors import ProjectError

log = logging.getLogger(__name__)

Document = dict[str, Any]

# NOTE: version 1 is the first released schema, so no step exists yet. When the layout
# changes, bump SCHEMA_VERSION and register the step from the previous version here.
MIGRATIONS: dict[int, Callable[[Document], Document]] = {}


def migrate(document: Document, path: str) -> Document:
    """Return ``document`` upgraded to the current schema version.

    Raises ProjectError ``project.newer_version`` for a file written by a newer BP Studio and
    ``project.bad_version`` when no chain of steps leads from the file's version to ours.
    """
    version = document.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ProjectError("project.bad_version", path=path, value=version)
    if version > SCHEMA_VERSION:
        raise ProjectError(
            "project.newer_version", path=path, version=version, supported=SCHEMA_VERSION
        )

    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise ProjectError("project.bad_version", path=path, value=version)
        document = step(dict(document))
        version += 1
        document["schema_version"] = version
        log.info("migrated %s to project schema version %d", path, version)
    return document
