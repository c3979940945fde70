"""The packaging recipes without building: icons, metadata, Qt file selection, .deb layout."""

from __future__ import annotations

import plistlib
import struct
import sys
from pathlib import Path

import pytest
from conftest import PROJECT_ROOT

import bpstudio
from bpstudio.project import PROJECT_SUFFIX

PACKAGING_DIR = PROJECT_ROOT / "packaging"
sys.path.append(str(PACKAGING_DIR))

import app_info  # noqa: E402
import qt_filter  # noqa: E402

ICONS_DIR = PROJECT_ROOT / "resources" / "icons"
ICON_NAMES = ("bpstudio", "bpstudio-project")


def read_ico(path: Path) -> list[tuple[int, bytes]]:
    """Return (size, payload) for each image of an ICO file."""
    data = path.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    entries = []
    for index in range(count):
        width, _, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        entries.append((width or 256, data[offset : offset + length]))
    return entries


def read_icns(path: Path) -> dict[bytes, bytes]:
    """Return the payload of each entry of an ICNS file by its four-byte type."""
    data = path.read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    entries, offset = {}, 8
    while offset < len(data):
        kind, length = data[offset : offset + 4], struct.unpack_from(">I", data, offset + 4)[0]
        entries[kind] = data[offset + 8 : offset + length]
        offset += length
    return entries


@pytest.mark.parametrize("name", ICON_NAMES)
def test_png_icons_have_their_size(name):
    from PySide6.QtGui import QImage

    for size in (16, 24, 32, 48, 64, 128, 256, 512, 1024):
        image = QImage(str(ICONS_DIR / f"{name}-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()


@pytest.mark.parametrize("name", ICON_NAMES)
def test_ico_contains_windows_sizes(name):
    from PySide6.QtGui import QImage

    entries = read_ico(ICONS_DIR / f"{name}.ico")
    assert [size for size, _ in entries] == [16, 24, 32, 48, 64, 128, 256]
    for size, payload in entries:
        if size <= 48:
            # A BMP entry: BITMAPINFOHEADER of 40 bytes, height doubled for the AND mask.
            header_size, width, height, _, bits = struct.unpack_from("<IiiHH", payload)
            assert (header_size, width, height, bits) == (40, size, 2 * size, 32)
        else:
            image = QImage.fromData(payload, "PNG")
            assert (image.width(), image.height()) == (size, size)


@pytest.mark.parametrize("name", ICON_NAMES)
def test_icns_contains_mac_sizes(name):
    from PySide6.QtGui import QImage

    entries = read_icns(ICONS_DIR / f"{name}.icns")
    expected = {b"icp4": 16, b"icp5": 32, b"ic07": 128, b"ic08": 256, b"ic09": 512, b"ic10": 1024}
    for kind, size in expected.items():
        image = QImage.fromData(entries[kind], "PNG")
        assert (image.width(), image.height()) == (size, size), kind


@pytest.mark.parametrize("name", ICON_NAMES)
def test_svg_icon_renders(name):
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(ICONS_DIR / f"{name}.svg"))
    assert renderer.isValid()


def test_app_info_follows_package():
    assert app_info.VERSION == bpstudio.__version__
    assert app_info.PROJECT_EXTENSION == PROJECT_SUFFIX


def test_info_plist_declares_project_type():
    plist = app_info.macos_info_plist("1.2.3")
    plistlib.dumps(plist)  # raises TypeError on a value a property list cannot hold
    assert plist["CFBundleShortVersionString"] == "1.2.3"
    exported = plist["UTExportedTypeDeclarations"][0]
    extensions = exported["UTTypeTagSpecification"]["public.filename-extension"]
    assert extensions == [PROJECT_SUFFIX.lstrip(".")]
    project_type = plist["CFBundleDocumentTypes"][0]
    assert project_type["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]
    assert project_type["LSHandlerRank"] == "Owner"


@pytest.mark.parametrize(
    ("destination", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
        ("PySide6/Qt/translations/qtbase_en.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/translations/qt_fr.qm", False),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
        ("PySide6\\plugins\\sqldrivers\\qsqlite.dll", False),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("resources/translations/bpstudio_zh_CN.qm", True),
    ],
)
def test_qt_filter_keeps_needed_files(destination, kept):
    assert qt_filter.keep_qt_file(destination) is kept


@pytest.fixture
def staged_deb(tmp_path):
    import linux_installer

    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "bpstudio").write_text("#!/bin/sh\n")
    (bundle / "bpstudio").chmod(0o700)
    (bundle / "_internal" / "data.txt").write_text("data\n")
    staging = tmp_path / "root"
    linux_installer.stage_deb(bundle, staging, "1.2.3", "amd64")
    return staging


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc version of Linux")
def test_deb_staging_layout(staged_deb):
    launcher = staged_deb / "usr" / "bin" / "bpstudio"
    assert launcher.is_symlink()
    assert launcher.readlink() == Path("../../opt/bpstudio/bpstudio")
    assert (staged_deb / "opt" / "bpstudio" / "bpstudio").stat().st_mode & 0o777 == 0o755
    assert (
        staged_deb / "opt" / "bpstudio" / "_internal" / "data.txt"
    ).stat().st_mode & 0o777 == 0o644
    icon = staged_deb / "usr/share/icons/hicolor/48x48/mimetypes/application-x-bpstudio-project.png"
    assert icon.is_file()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc version of Linux")
def test_deb_control_and_md5sums(staged_deb):
    control = (staged_deb / "DEBIAN" / "control").read_text()
    fields = dict(
        line.split(": ", 1) for line in control.splitlines() if line and not line.startswith(" ")
    )
    assert fields["Package"] == "bpstudio"
    assert fields["Version"] == "1.2.3"
    assert fields["Architecture"] == "amd64"
    assert fields["Depends"].startswith("libc6 (>= ")
    for package in ("libgl1", "libegl1", "libfontconfig1"):
        assert package in fields["Depends"].split(", ")
    assert int(fields["Installed-Size"]) > 0
    md5sums = (staged_deb / "DEBIAN" / "md5sums").read_text().splitlines()
    listed = {line.split("  ", 1)[1] for line in md5sums}
    assert "opt/bpstudio/_internal/data.txt" in listed
    assert "usr/share/applications/bpstudio.desktop" in listed
    assert not any(path.startswith("DEBIAN/") for path in listed)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc version of Linux")
def test_deb_desktop_entry_names_mime_type(staged_deb):
    desktop = (staged_deb / "usr/share/applications/bpstudio.desktop").read_text(encoding="utf-8")
    lines = desktop.splitlines()
    assert lines[0] == "[Desktop Entry]"
    assert "Exec=bpstudio %f" in lines
    assert "MimeType=application/x-bpstudio-project;text/csv;" in lines
    assert any(line.startswith("Comment[zh_CN]=") for line in lines)
    mime = (staged_deb / "usr/share/mime/packages/bpstudio.xml").read_text(encoding="utf-8")
    assert f'<glob pattern="*{PROJECT_SUFFIX}"/>' in mime
    assert '<icon name="application-x-bpstudio-project"/>' in mime


def test_inno_script_has_languages_and_association():
    raw = (PACKAGING_DIR / "windows" / "bpstudio.iss").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Inno Setup reads UTF-8 only with a BOM
    script = raw.decode("utf-8-sig")
    assert 'Name: "english"; MessagesFile: "compiler:Default.isl"' in script
    assert 'Name: "chinesesimplified"; MessagesFile: "{#ChineseMessages}"' in script
    assert "ChangesAssociations=yes" in script
    assert r'Subkey: "Software\Classes\{#ProjectExtension}"' in script
    assert "{group}\\{cm:UninstallProgram,{#AppName}}" in script
    assert "chinesesimplified.ProjectFileType=" in script


def test_workflow_builds_three_systems():
    yaml = pytest.importorskip("yaml")
    workflow = yaml.safe_load((PROJECT_ROOT / ".github" / "workflows" / "build.yml").read_text())
    assert set(workflow["jobs"]) == {"linux", "windows", "macos"}
    for name, job in workflow["jobs"].items():
        commands = "\n".join(step.get("run", "") for step in job["steps"])
        assert "packaging/build.py" in commands, name
        assert "--smoke-test" in commands, name


@pytest.mark.parametrize(
    ("version", "numbers"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2rc1", (1, 2, 0, 0)), ("2.0.dev3", (2, 0, 0, 0))],
)
def test_numeric_version_for_windows(version, numbers):
    assert app_info.numeric_version(version) == numbers
