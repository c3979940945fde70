"""Linux installers of the PyInstaller bundle: a .tar.gz and a Debian package.

The .deb installs the bundle in ``/opt/bpstudio`` with a ``/usr/bin/bpstudio`` link, a
desktop entry, hicolor icons and a shared-mime-info type for project files. It needs no
maintainer scripts: the desktop-file-utils, shared-mime-info and icon-cache packages refresh
their caches through dpkg triggers on the folders it installs into.
"""

from __future__ import annotations

import hashlib
import logging
import os
import platform
import shutil
import stat
import subprocess
import tarfile
from pathlib import Path

import app_info

log = logging.getLogger(__name__)

INSTALL_DIR = Path("opt") / app_info.EXECUTABLE
DESKTOP_FILE = f"{app_info.EXECUTABLE}.desktop"
MIME_ICON_NAME = app_info.PROJECT_MIME_TYPE.replace("/", "-")
#: Hicolor theme sizes that get a PNG copy of each icon (the SVG covers "scalable").
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: Packages providing the shared libraries the bundle leaves to the system: OpenGL and EGL
#: (never bundled), fontconfig (must match the system's fonts.conf), the C++ runtime (Mesa
#: needs the system's), and libxcb, which PyInstaller does not bundle.
DEPENDS = ("libgl1", "libegl1", "libfontconfig1", "libstdc++6", "libxcb1")
#: Needed only by the Wayland platform plugin; Qt falls back to X11 (XWayland) without it.
RECOMMENDS = ("libwayland-client0",)

DESKTOP_ENTRY = """\
[Desktop Entry]
Type=Application
Version=1.5
Name={name}
GenericName=Neural Network Trainer
GenericName[zh_CN]=BP 神经网络训练
Comment={summary}
Comment[zh_CN]=通过点选搭建并训练 BP（反向传播）神经网络
Exec={executable} %f
TryExec={executable}
Icon={executable}
Terminal=false
Categories=Education;Science;ArtificialIntelligence;
MimeType={mime_type};text/csv;
Keywords=neural network;backpropagation;perceptron;machine learning;
Keywords[zh_CN]=神经网络;反向传播;感知机;机器学习;
"""

MIME_PACKAGE = """\
<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="{mime_type}">
    <comment>{type_name}</comment>
    <comment xml:lang="zh_CN">{type_name_zh}</comment>
    <sub-class-of type="application/zip"/>
    <icon name="{mime_icon}"/>
    <glob pattern="*{extension}"/>
  </mime-type>
</mime-info>
"""

COPYRIGHT = """\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: {name}
Comment: The bundle in /opt/{executable} contains Python, Qt (PySide6), NumPy, pyqtgraph
 and a CJK font; their licences are in /opt/{executable}/_internal/licenses and
 /opt/{executable}/_internal/resources/fonts.

Files: *
Copyright: {publisher}
License: {license}
{license_text}
"""


def machine_architecture() -> str:
    """Return the architecture in uname spelling (``x86_64``, ``aarch64``) for file names."""
    return platform.machine().lower() or "unknown"


def debian_architecture() -> str:
    """Return the Debian architecture of this machine (``amd64``, ``arm64``)."""
    result = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def glibc_version() -> str:
    """Return the C library version the bundle was built against, e.g. ``2.36``.

    PyInstaller bundles are built against the build machine's glibc and run only on systems
    with the same or a newer one.
    """
    name, _, version = os.confstr("CS_GNU_LIBC_VERSION").partition(" ")
    if name != "glibc" or not version:
        raise RuntimeError(f"this build machine's C library is not glibc: {name!r}")
    return version


def build_tarball(bundle: Path, output_dir: Path, version: str) -> Path:
    """Write the bundle as ``bpstudio-VERSION-linux-ARCH.tar.gz`` and return its path.

    The archive contains one folder, ``bpstudio-VERSION``, with files owned by root.
    """
    top = f"{app_info.EXECUTABLE}-{version}"
    path = output_dir / f"{top}-linux-{machine_architecture()}.tar.gz"

    def as_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with tarfile.open(path, "w:gz", compresslevel=6) as archive:
        archive.add(bundle, arcname=top, filter=as_root)
    return path


def _write(path: Path, text: str, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)


def _install_icons(share: Path) -> None:
    icons = app_info.ICONS_DIR
    hicolor = share / "icons" / "hicolor"
    for size in HICOLOR_SIZES:
        folder = hicolor / f"{size}x{size}"
        (folder / "apps").mkdir(parents=True, exist_ok=True)
        (folder / "mimetypes").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(
            icons / f"{app_info.APP_ICON_NAME}-{size}.png",
            folder / "apps" / f"{app_info.EXECUTABLE}.png",
        )
        shutil.copyfile(
            icons / f"{app_info.PROJECT_ICON_NAME}-{size}.png",
            folder / "mimetypes" / f"{MIME_ICON_NAME}.png",
        )
    scalable = hicolor / "scalable"
    (scalable / "apps").mkdir(parents=True, exist_ok=True)
    (scalable / "mimetypes").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(
        icons / f"{app_info.APP_ICON_NAME}.svg", scalable / "apps" / f"{app_info.EXECUTABLE}.svg"
    )
    shutil.copyfile(
        icons / f"{app_info.PROJECT_ICON_NAME}.svg",
        scalable / "mimetypes" / f"{MIME_ICON_NAME}.svg",
    )


def _normalise_modes(root: Path) -> None:
    """Give folders 0755 and files 0755 or 0644 by their owner-execute bit, as Debian expects."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            path.chmod(0o755 if path.stat().st_mode & stat.S_IXUSR else 0o644)


def _installed_size_kib(root: Path) -> int:
    total = 0
    for path in root.rglob("*"):
        if path.is_symlink() or path.is_dir():
            total += 1
        else:
            total += (path.stat().st_size + 1023) // 1024
    return total


def _md5sums(root: Path) -> str:
    lines = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink() and "DEBIAN" not in path.parts:
            digest = hashlib.md5(path.read_bytes()).hexdigest()
            lines.append(f"{digest}  {path.relative_to(root).as_posix()}\n")
    return "".join(lines)


def control_fields(version: str, architecture: str, installed_size: int) -> dict[str, str]:
    """Return the fields of DEBIAN/control in their conventional order."""
    depends = [f"libc6 (>= {glibc_version()})", *DEPENDS]
    description = "\n".join(f" {line}" for line in _wrap(app_info.DESCRIPTION, 72))
    return {
        "Package": app_info.EXECUTABLE,
        "Version": version,
        "Architecture": architecture,
        "Maintainer": app_info.MAINTAINER,
        "Installed-Size": str(installed_size),
        "Depends": ", ".join(depends),
        "Recommends": ", ".join(RECOMMENDS),
        "Section": "education",
        "Priority": "optional",
        "Description": f"{app_info.SUMMARY}\n{description}",
    }


def _wrap(text: str, width: int) -> list[str]:
    lines, current = [], ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    return [*lines, current] if current else lines


def stage_deb(bundle: Path, staging: Path, version: str, architecture: str) -> None:
    """Lay out the package's file tree and DEBIAN/ metadata in ``staging``."""
    if staging.exists():
        shutil.rmtree(staging)
    shutil.copytree(bundle, staging / INSTALL_DIR, symlinks=True)
    binary = staging / "usr" / "bin" / app_info.EXECUTABLE
    binary.parent.mkdir(parents=True)
    binary.symlink_to(Path("..", "..", INSTALL_DIR, app_info.EXECUTABLE))

    share = staging / "usr" / "share"
    fields = {
        "name": app_info.APP_NAME,
        "summary": app_info.SUMMARY,
        "executable": app_info.EXECUTABLE,
        "mime_type": app_info.PROJECT_MIME_TYPE,
        "mime_icon": MIME_ICON_NAME,
        "type_name": app_info.PROJECT_TYPE_NAME,
        "type_name_zh": app_info.PROJECT_TYPE_NAME_ZH,
        "extension": app_info.PROJECT_EXTENSION,
        "publisher": app_info.PUBLISHER,
        "license": app_info.LICENSE,
    }
    _write(share / "applications" / DESKTOP_FILE, DESKTOP_ENTRY.format(**fields))
    _write(
        share / "mime" / "packages" / f"{app_info.EXECUTABLE}.xml", MIME_PACKAGE.format(**fields)
    )
    _install_icons(share)
    license_text = (app_info.PROJECT_ROOT / "LICENSE").read_text(encoding="utf-8")
    # Debian copyright files indent licence text by one space and mark blank lines with " .".
    indented = "\n".join(f" {line}" if line.strip() else " ." for line in license_text.splitlines())
    _write(
        share / "doc" / app_info.EXECUTABLE / "copyright",
        COPYRIGHT.format(**fields, license_text=indented),
    )
    _normalise_modes(staging)

    control = control_fields(version, architecture, _installed_size_kib(staging))
    control_text = "".join(f"{key}: {value}\n" for key, value in control.items())
    _write(staging / "DEBIAN" / "control", control_text)
    _write(staging / "DEBIAN" / "md5sums", _md5sums(staging))
    (staging / "DEBIAN").chmod(0o755)


def build_deb(bundle: Path, output_dir: Path, work_dir: Path, version: str) -> Path:
    """Build ``bpstudio_VERSION_ARCH.deb`` from the bundle and return its path."""
    architecture = debian_architecture()
    staging = work_dir / "deb-root"
    stage_deb(bundle, staging, version, architecture)
    path = output_dir / f"{app_info.EXECUTABLE}_{version}_{architecture}.deb"
    # --root-owner-group (dpkg 1.19 and later) records every file as root:root without fakeroot.
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(staging), str(path)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return path


def build_installers(bundle: Path, output_dir: Path, work_dir: Path, version: str) -> list[Path]:
    """Build the .tar.gz and the .deb; return their paths."""
    tarball = build_tarball(bundle, output_dir, version)
    log.info("wrote %s", tarball)
    if shutil.which("dpkg-deb") is None:
        raise RuntimeError(
            "dpkg-deb is missing, so the .deb cannot be built: install the dpkg-dev package"
        )
    deb = build_deb(bundle, output_dir, work_dir, version)
    log.info("wrote %s", deb)
    return [tarball, deb]
