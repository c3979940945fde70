"""Locate the ``resources/`` tree in a source checkout, an installed wheel or a frozen app."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """Return the folder that contains datasets/, translations/, fonts/ and icons/.

    Looked up in this order: the PyInstaller bundle (``sys._MEIPASS/resources``), the
    source tree (``<repo>/resources`` beside the package), then the installed data
    package ``bpstudio._resources``.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"

    source_tree = Path(__file__).resolve().parent.parent / "resources"
    if (source_tree / "datasets").is_dir():
        return source_tree

    from importlib.resources import files

    return Path(str(files("bpstudio._resources")))


def resource_path(*parts: str) -> Path:
    """Return the path of a file or folder below ``resources/``, e.g. ``("fonts", "x.otf")``."""
    return resources_dir().joinpath(*parts)


@cache
def docs_dir() -> Path:
    """Return the folder that contains the user guide (``user-guide.md``, ``user-guide.zh-CN.md``).

    Looked up like :func:`resources_dir`: ``sys._MEIPASS/docs``, then ``<repo>/docs``, then
    the installed data package ``bpstudio._docs``.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "docs"

    source_tree = Path(__file__).resolve().parent.parent / "docs"
    if (source_tree / "user-guide.md").is_file():
        return source_tree

    from importlib.resources import files

    return Path(str(files("bpstudio._docs")))
