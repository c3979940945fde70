"""Build BP Studio for this system: the PyInstaller bundle, then its installer.

    python packaging/build.py

- Linux: ``dist/bpstudio/`` (the bundle), ``bpstudio-VERSION-linux-ARCH.tar.gz`` and
  ``bpstudio_VERSION_ARCH.deb``;
- Windows: ``dist/bpstudio/`` and ``bpstudio-VERSION-windows-x64-setup.exe`` (Inno Setup);
- macOS: ``dist/BP Studio.app`` and ``bpstudio-VERSION-macos-ARCH.dmg``.

``dist`` is ``packaging/dist`` unless ``--dist`` names another folder. The sizes and times of the
build are printed and written to ``DIST/build-summary.json``.
"""

from __future__ import annotations

import argparse
import json
import logging
import subprocess
import sys
import time
from pathlib import Path

import app_info

log = logging.getLogger("build")

SPEC = app_info.PACKAGING_DIR / "bpstudio.spec"


def folder_size(path: Path) -> int:
    """Return the bytes of the regular files below ``path``, symbolic links not followed."""
    return sum(
        item.stat().st_size for item in path.rglob("*") if item.is_file() and not item.is_symlink()
    )


def build_bundle(dist_dir: Path, work_dir: Path, clean: bool) -> Path:
    """Run PyInstaller on the spec and return the bundle folder (or the .app on macOS)."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist_dir),
        "--workpath",
        str(work_dir / "pyinstaller"),
    ]
    if clean:
        command.append("--clean")
    subprocess.run([*command, str(SPEC)], check=True)
    if sys.platform == "darwin":
        import macos_installer

        return macos_installer.app_bundle(dist_dir)
    return dist_dir / app_info.EXECUTABLE


def build_installers(args: argparse.Namespace, bundle: Path) -> list[Path]:
    """Build the installers of this system from ``bundle``; return their paths."""
    version = app_info.VERSION
    if sys.platform.startswith("linux"):
        import linux_installer

        return linux_installer.build_installers(bundle, args.dist, args.work, version)
    if sys.platform == "win32":
        import windows_installer

        return [windows_installer.build_installer(bundle, args.dist, version, args.inno_chinese)]
    if sys.platform == "darwin":
        import macos_installer

        return [macos_installer.build_dmg(args.dist, args.work, version)]
    raise RuntimeError(f"no installer recipe for this system ({sys.platform})")


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Build the BP Studio bundle and installer for this system."
    )
    parser.add_argument(
        "--dist",
        type=Path,
        default=app_info.PACKAGING_DIR / "dist",
        help="output folder for the bundle and installers (default: packaging/dist)",
    )
    parser.add_argument(
        "--work",
        type=Path,
        default=app_info.PACKAGING_DIR / "build",
        help="folder for intermediate files (default: packaging/build)",
    )
    parser.add_argument(
        "--bundle-only", action="store_true", help="build the bundle and skip the installers"
    )
    parser.add_argument(
        "--clean", action="store_true", help="empty PyInstaller's cache before building"
    )
    parser.add_argument(
        "--inno-chinese",
        type=Path,
        metavar="ISL",
        help="Windows: ChineseSimplified.isl for Inno Setup releases that do not ship it",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_arguments(argv)
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
    args.dist = args.dist.resolve()
    args.work = args.work.resolve()
    args.dist.mkdir(parents=True, exist_ok=True)
    args.work.mkdir(parents=True, exist_ok=True)

    started_at = time.time()
    started = time.perf_counter()
    log.info("building the bundle of %s %s", app_info.APP_NAME, app_info.VERSION)
    bundle = build_bundle(args.dist, args.work, args.clean)
    bundle_seconds = time.perf_counter() - started

    artifacts: list[Path] = []
    installer_seconds = 0.0
    if not args.bundle_only:
        started = time.perf_counter()
        artifacts = build_installers(args, bundle)
        installer_seconds = time.perf_counter() - started

    summary = {
        "version": app_info.VERSION,
        "platform": sys.platform,
        # Source files changed after this moment may be missing from the bundle.
        "started_at": round(started_at, 3),
        "bundle": str(bundle),
        "bundle_bytes": folder_size(bundle),
        "bundle_seconds": round(bundle_seconds, 1),
        "installer_seconds": round(installer_seconds, 1),
        "artifacts": [{"path": str(path), "bytes": path.stat().st_size} for path in artifacts],
    }
    (args.dist / "build-summary.json").write_text(json.dumps(summary, indent=2) + "\n")
    print(f"bundle      {bundle}  {summary['bundle_bytes'] / 2**20:.1f} MiB unpacked")
    for artifact in summary["artifacts"]:
        print(f"installer   {artifact['path']}  {artifact['bytes'] / 2**20:.1f} MiB")
    print(f"build time  {bundle_seconds:.0f} s bundle + {installer_seconds:.0f} s installers")
    return 0


if __name__ == "__main__":
    sys.exit(main())
