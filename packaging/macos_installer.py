"""macOS disk image: the .app bundle beside an /Applications link, compressed by hdiutil."""

from __future__ import annotations

import platform
import shutil
import subprocess
from pathlib import Path

import app_info


def app_bundle(dist_dir: Path) -> Path:
    """Return the path of the .app that the spec's BUNDLE step writes."""
    return dist_dir / f"{app_info.APP_NAME}.app"


def build_dmg(dist_dir: Path, work_dir: Path, version: str) -> Path:
    """Write ``bpstudio-VERSION-macos-ARCH.dmg`` holding the .app and return its path.

    NOTE: the app is only ad-hoc signed (PyInstaller's default), not signed with a Developer
    ID or notarized, so Gatekeeper makes the user confirm the first start.
    """
    staging = work_dir / "dmg-root"
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    app = app_bundle(dist_dir)
    shutil.copytree(app, staging / app.name, symlinks=True)
    (staging / "Applications").symlink_to("/Applications")

    path = dist_dir / f"{app_info.EXECUTABLE}-{version}-macos-{platform.machine()}.dmg"
    subprocess.run(
        [
            "hdiutil", "create",
            "-volname", f"{app_info.APP_NAME} {version}",
            "-srcfolder", str(staging),
            "-fs", "HFS+",
            "-format", "UDZO",
            "-ov", str(path),
        ],
        check=True,
    )  # fmt: skip
    return path
