"""The Linux bundle, tarball and .deb that ``packaging/build.py`` builds, used as a user would.

Slow: PyInstaller takes about 40 s and xz-compressing the .deb about 2.5 min on two cores.
The last test installs the .deb into this machine with dpkg, runs the installed launcher and
removes the package again. It needs root, and it skips when a bpstudio package is already
installed, so it never replaces a package that it did not install.
"""

from __future__ import annotations

import fcntl
import importlib.util
import io
import json
import os
import pkgutil
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from conftest import PROJECT_ROOT

import bpstudio
from bpstudio.project import PROJECT_SUFFIX

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="builds the Linux packages"),
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None, reason="PyInstaller is not installed"
    ),
    pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb is not installed"),
]

BUILD_SCRIPT = PROJECT_ROOT / "packaging" / "build.py"
BUILD_TIMEOUT_S = 1800
RUN_TIMEOUT_S = 180
MAX_BUNDLE_BYTES = 250 * 2**20
PACKAGE = "bpstudio"
INSTALL_DIR = Path("/opt/bpstudio")
LAUNCHER = Path("/usr/bin/bpstudio")
PROJECT_MIME_TYPE = "application/x-bpstudio-project"
#: Folder locked with flock while the .deb is installed, so two test runs never install or
#: remove it at once. An existing folder leaves no lock file behind, and this advisory lock
#: is separate from the lock files that dpkg itself takes inside the folder.
INSTALL_LOCK = Path("/var/lib/dpkg")
#: Printed by the app when a .qm file is missing (bpstudio.gui.language).
TRANSLATION_WARNINGS = ("translation for", "stays in English")
#: Offscreen-platform notices that Qt prints for window operations it cannot do.
QT_OFFSCREEN_NOISE = "This plugin does not support"


@pytest.fixture(scope="module")
def build(tmp_path_factory) -> dict:
    """Run the documented build command once; return its build-summary.json.

    With BPSTUDIO_PACKAGING_DIST set to the --dist folder of an earlier build, the tests check
    that build instead of building again.
    """
    root = tmp_path_factory.mktemp("packaging")
    reused = os.environ.get("BPSTUDIO_PACKAGING_DIST")
    if reused:
        summary = json.loads((Path(reused) / "build-summary.json").read_text())
        summary["home"] = str(root / "home")
        return summary
    dist, work = root / "dist", root / "work"
    result = subprocess.run(
        [sys.executable, str(BUILD_SCRIPT), "--dist", str(dist), "--work", str(work)],
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-5000:]
    summary = json.loads((dist / "build-summary.json").read_text())
    summary["home"] = str(root / "home")
    return summary


def artifact(build: dict, suffix: str) -> Path:
    paths = [Path(item["path"]) for item in build["artifacts"] if item["path"].endswith(suffix)]
    assert len(paths) == 1, build["artifacts"]
    return paths[0]


def app_env(home: Path) -> dict[str, str]:
    """Return an environment with its own home, so settings and autosaves stay in the test."""
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        QT_QPA_PLATFORM="offscreen",
    )
    home.mkdir(parents=True, exist_ok=True)
    return env


def run_app(executable: Path, home: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(executable), *args],
        env=app_env(home),
        cwd=home,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
    )


def smoke_test(executable: Path, home: Path, screenshot: Path, lang: str):
    return run_app(
        executable, home, "--smoke-test", "--screenshot", str(screenshot), "--lang", lang
    )


def problems(stderr: str) -> list[str]:
    """Return the standard-error lines that are neither Qt's offscreen notices nor the summary."""
    return [
        line
        for line in stderr.splitlines()
        if line.strip()
        and QT_OFFSCREEN_NOISE not in line
        and not line.startswith("bpstudio --smoke-test: trained")
    ]


def bundle_path(build: dict) -> Path:
    return Path(build["bundle"])


def built_from(build: dict, path: Path) -> bool:
    """Return whether ``path`` existed unchanged when the build started.

    Other work may change the source tree while the build runs; a newer file is not expected
    in the bundle.
    """
    return path.stat().st_mtime < build["started_at"]


@pytest.fixture(scope="module")
def smoke_runs(build) -> dict:
    """Run the frozen smoke test in English and in Chinese; return the results by language."""
    executable = bundle_path(build) / "bpstudio"
    runs = {}
    for lang in ("en", "zh_CN"):
        # A home of its own per run: the window restores the geometry a previous run saved.
        home = Path(build["home"]) / lang
        screenshot = home / f"smoke-{lang}.png"
        runs[lang] = (smoke_test(executable, home, screenshot, lang), screenshot)
    return runs


def test_bundle_fits_size_limit(build):
    assert build["bundle_bytes"] < MAX_BUNDLE_BYTES


def test_bundle_contains_qt_plugins_and_translations(build):
    qt = bundle_path(build) / "_internal" / "PySide6" / "Qt"
    for plugin in (
        "platforms/libqxcb.so",
        "platforms/libqoffscreen.so",
        "platforms/libqwayland.so",
    ):
        assert (qt / "plugins" / plugin).is_file(), plugin
    for plugin in (
        "imageformats/libqsvg.so",
        "imageformats/libqico.so",
        "iconengines/libqsvgicon.so",
    ):
        assert (qt / "plugins" / plugin).is_file(), plugin
    assert (qt / "translations" / "qtbase_zh_CN.qm").is_file()
    assert not (qt / "translations" / "qtbase_de.qm").exists()
    assert not (qt / "plugins" / "platformthemes" / "libqgtk3.so").exists()
    assert not (qt / "plugins" / "platforms" / "libqeglfs.so").exists()


def test_bundle_leaves_fontconfig_to_system(build):
    internal = bundle_path(build) / "_internal"
    assert not list(internal.glob("libfontconfig.so*"))
    assert not list(internal.glob("libstdc++.so*"))


def test_bundle_contains_resources_and_docs(build):
    internal = bundle_path(build) / "_internal"
    for folder in ("resources", "docs"):
        expected = [
            path.relative_to(PROJECT_ROOT)
            for path in (PROJECT_ROOT / folder).rglob("*")
            if path.is_file()
            and built_from(build, path)
            and path.suffix not in (".ts", ".py", ".pyc")
            and "__pycache__" not in path.parts
        ]
        assert expected, folder
        missing = [str(path) for path in expected if not (internal / path).is_file()]
        assert missing == []
    assert (internal / "resources" / "translations" / "bpstudio_zh_CN.qm").is_file()
    assert (internal / "licenses" / "bpstudio" / "LICENSE").is_file()


def test_bundle_archives_every_module(build):
    from PyInstaller.archive.readers import CArchiveReader

    archive = CArchiveReader(str(bundle_path(build) / "bpstudio"))
    modules = set(archive.open_embedded_archive("PYZ.pyz").toc)
    ours = set()
    for info in pkgutil.walk_packages(bpstudio.__path__, "bpstudio."):
        if info.name.startswith("bpstudio._resources"):
            continue  # the resources/ data package; the bundle carries its files instead
        spec = importlib.util.find_spec(info.name)
        if spec.origin and built_from(build, Path(spec.origin)):
            ours.add(info.name)
    assert sorted(ours - modules) == []
    assert "pyqtgraph.GraphicsScene.exportDialogTemplate_generic" in modules
    assert "pyqtgraph.graphicsItems.ViewBox.axisCtrlTemplate_generic" in modules
    assert "pyqtgraph.exporters.ImageExporter" in modules
    unwanted = ("torch", "pandas", "sklearn", "scipy", "tkinter", "matplotlib")
    assert sorted(name for name in modules if name.split(".")[0] in unwanted) == []


def test_frozen_smoke_test_passes(smoke_runs):
    # The smoke test exits 1 unless training ran, the plot's context menu offered Export
    # and the Export dialog opened.
    result, screenshot = smoke_runs["en"]
    assert result.returncode == 0, result.stderr
    assert "trained" in result.stderr
    assert problems(result.stderr) == []
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_frozen_chinese_interface_loads(smoke_runs):
    from PySide6.QtGui import QImage

    result, screenshot = smoke_runs["zh_CN"]
    assert result.returncode == 0, result.stderr
    assert not [
        line
        for line in result.stderr.splitlines()
        if any(warning in line for warning in TRANSLATION_WARNINGS)
    ]
    assert problems(result.stderr) == []

    english = QImage(str(smoke_runs["en"][1]))
    chinese = QImage(str(screenshot))
    assert not english.isNull()
    assert not chinese.isNull()
    assert english.size() == chinese.size()
    # Training is seeded, so the two windows differ only where the text is translated; an
    # untranslated run differs in the samples-per-second figure alone.
    step = 4
    differing = sum(
        english.pixel(x, y) != chinese.pixel(x, y)
        for y in range(0, english.height(), step)
        for x in range(0, english.width(), step)
    )
    sampled = (english.height() // step) * (english.width() // step)
    assert differing / sampled > 0.01


def trained_epochs(stderr: str) -> int:
    """Return N from the smoke test's summary line "trained N epochs, final loss X"."""
    match = re.search(r"bpstudio --smoke-test: trained (\d+) epochs", stderr)
    assert match, stderr
    return int(match.group(1))


def test_frozen_command_line_trains(build, tmp_path):
    executable = bundle_path(build) / "bpstudio"
    project = tmp_path / f"iris{PROJECT_SUFFIX}"
    result = run_app(
        executable,
        tmp_path / "home",
        "train",
        "sample:iris",
        "--hidden",
        "8:tanh",
        "--epochs",
        "20",
        "--json",
        "--save",
        str(project),
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["data"]["rows"] == 150
    assert project.is_file()


def test_frozen_app_opens_project(build, smoke_runs, tmp_path):
    # The desktop entry and the Windows association start "bpstudio FILE" on a project.
    executable = bundle_path(build) / "bpstudio"
    home = tmp_path / "home"
    project = tmp_path / f"iris{PROJECT_SUFFIX}"
    saved_epochs = 20
    train = run_app(
        executable,
        home,
        "train",
        "sample:iris",
        "--epochs",
        str(saved_epochs),
        "--save",
        str(project),
    )
    assert train.returncode == 0, train.stderr

    screenshot = tmp_path / "project.png"
    result = run_app(
        executable,
        home,
        "--smoke-test",
        "--screenshot",
        str(screenshot),
        "--lang",
        "en",
        str(project),
    )
    assert result.returncode == 0, result.stderr
    assert problems(result.stderr) == []
    # The smoke test trains on from the project's history, which the project file restored.
    fresh_epochs = trained_epochs(smoke_runs["en"][0].stderr)
    assert trained_epochs(result.stderr) == saved_epochs + fresh_epochs


def test_tarball_contains_bundle(build):
    path = artifact(build, ".tar.gz")
    top = f"bpstudio-{bpstudio.__version__}"
    with tarfile.open(path) as archive:
        members = {member.name: member for member in archive.getmembers()}
    executable = members[f"{top}/bpstudio"]
    assert executable.mode & 0o111
    assert executable.uid == 0
    assert f"{top}/_internal/resources/translations/bpstudio_zh_CN.qm" in members
    assert all(name == top or name.startswith(f"{top}/") for name in members)


def deb_field(deb: Path, field: str) -> str:
    result = subprocess.run(
        ["dpkg-deb", "--field", str(deb), field], capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


@pytest.fixture(scope="module")
def deb_files(build) -> dict[str, tarfile.TarInfo | str]:
    """Return the .deb's file tree (paths without "./") and the text of its small text files."""
    data = subprocess.run(
        ["dpkg-deb", "--fsys-tarfile", str(artifact(build, ".deb"))],
        capture_output=True,
        check=True,
    ).stdout
    texts = {}
    with tarfile.open(fileobj=io.BytesIO(data)) as archive:
        members = {member.name.removeprefix("./"): member for member in archive.getmembers()}
        for name in (
            "usr/share/applications/bpstudio.desktop",
            "usr/share/mime/packages/bpstudio.xml",
        ):
            texts[name] = archive.extractfile(members[name]).read().decode("utf-8")
    return {"members": members, "texts": texts}


def test_deb_control_fields(build):
    deb = artifact(build, ".deb")
    assert deb_field(deb, "Package") == PACKAGE
    assert deb_field(deb, "Version") == bpstudio.__version__
    depends = [item.split()[0] for item in deb_field(deb, "Depends").split(",")]
    for package in ("libgl1", "libegl1", "libfontconfig1"):
        assert package in depends


def test_deb_file_layout(deb_files):
    members = deb_files["members"]
    launcher = members["usr/bin/bpstudio"]
    assert launcher.issym()
    assert launcher.linkname == "../../opt/bpstudio/bpstudio"
    assert members["opt/bpstudio/bpstudio"].mode & 0o111
    assert members["opt/bpstudio/bpstudio"].uname == "root"
    for member in (
        "usr/share/applications/bpstudio.desktop",
        "usr/share/mime/packages/bpstudio.xml",
        "usr/share/icons/hicolor/256x256/apps/bpstudio.png",
        "usr/share/icons/hicolor/scalable/apps/bpstudio.svg",
        "usr/share/icons/hicolor/48x48/mimetypes/application-x-bpstudio-project.png",
        "usr/share/doc/bpstudio/copyright",
    ):
        assert member in members, member


def test_deb_desktop_entry_and_mime_type(deb_files, tmp_path):
    desktop = deb_files["texts"]["usr/share/applications/bpstudio.desktop"]
    lines = desktop.splitlines()
    assert "Exec=bpstudio %f" in lines
    assert "Icon=bpstudio" in lines
    assert f"MimeType={PROJECT_MIME_TYPE};text/csv;" in lines
    mime = deb_files["texts"]["usr/share/mime/packages/bpstudio.xml"]
    assert f'<mime-type type="{PROJECT_MIME_TYPE}">' in mime
    assert f'<glob pattern="*{PROJECT_SUFFIX}"/>' in mime

    validator = shutil.which("desktop-file-validate")
    if validator is not None:
        path = tmp_path / "bpstudio.desktop"
        path.write_text(desktop, encoding="utf-8")
        result = subprocess.run([validator, str(path)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def owning_package(library: Path) -> str | None:
    """Return the Debian package that installed ``library``, trying its /usr-merged names."""
    resolved = library.resolve()
    candidates = {str(library), str(resolved)}
    for path in list(candidates):
        if path.startswith("/usr/"):
            candidates.add(path.removeprefix("/usr"))
        else:
            candidates.add("/usr" + path)
    for candidate in sorted(candidates):
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if result.returncode == 0:
            return result.stdout.split(":", 1)[0]
    return None


def dependency_closure(packages: list[str]) -> set[str]:
    """Return ``packages`` and every installed package they depend on, recursively."""
    seen: set[str] = set()
    pending = list(packages)
    while pending:
        package = pending.pop()
        if package in seen:
            continue
        seen.add(package)
        result = subprocess.run(
            ["dpkg-query", "-W", "-f", "${Depends},${Pre-Depends}", package],
            capture_output=True,
            text=True,
        )
        for alternative in result.stdout.split(","):
            for choice in alternative.split("|"):
                name = choice.split()[0].split(":")[0] if choice.split() else ""
                if name:
                    pending.append(name)
    return seen


@pytest.mark.skipif(shutil.which("dpkg") is None, reason="needs dpkg to find library owners")
def test_deb_dependencies_cover_system_libraries(build):
    bundle = bundle_path(build)
    internal = bundle / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}")
    system_libraries: set[Path] = set()
    for path in bundle.rglob("*"):
        if not path.is_file() or not (".so" in path.name or path.name == "bpstudio"):
            continue
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env)
        for line in result.stdout.splitlines():
            parts = line.split("=>")
            if len(parts) == 2 and parts[1].split() and parts[1].split()[0].startswith("/"):
                library = Path(parts[1].split()[0])
                if internal not in library.resolve().parents:
                    system_libraries.add(library)
    assert system_libraries

    depends = deb_field(artifact(build, ".deb"), "Depends")
    recommends = deb_field(artifact(build, ".deb"), "Recommends")
    declared = [item.split()[0] for item in f"{depends},{recommends}".split(",") if item.strip()]
    covered = dependency_closure(declared)
    owners = {library: owning_package(library) for library in system_libraries}
    uncovered = sorted(
        f"{library} ({owner})" for library, owner in owners.items() if owner not in covered
    )
    assert uncovered == []


def installed_packages() -> str:
    result = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Package}\t${Version}\t${db:Status-Abbrev}\n"],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def package_status(package: str) -> str:
    """Return dpkg's status abbreviation ("ii ", "rc ", ...) or "" for an unknown package."""
    result = subprocess.run(
        ["dpkg-query", "-W", "-f", "${db:Status-Abbrev}", package], capture_output=True, text=True
    )
    return result.stdout.strip() if result.returncode == 0 else ""


#: dpkg states of a package whose installation stopped part way (unpacked, half-configured,
#: half-installed, awaiting or pending triggers).
UNFINISHED_STATES = ("iU", "iF", "iH", "iW", "iT")


def remove_package() -> None:
    subprocess.run(["dpkg", "-r", PACKAGE], capture_output=True, text=True, timeout=300)
    if package_status(PACKAGE) not in ("", "un"):
        subprocess.run(["dpkg", "-P", PACKAGE], capture_output=True, text=True, timeout=300)


@pytest.mark.skipif(shutil.which("dpkg") is None, reason="installing a .deb needs dpkg")
@pytest.mark.skipif(os.geteuid() != 0, reason="installing a .deb needs root")
def test_deb_installs_runs_and_removes(build, tmp_path):
    deb = artifact(build, ".deb")
    lock = os.open(INSTALL_LOCK, os.O_RDONLY)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if package_status(PACKAGE) not in ("", "un") or INSTALL_DIR.exists() or LAUNCHER.exists():
            pytest.skip("a bpstudio package or /opt/bpstudio is already on this machine")
        before = installed_packages()
        mime_cache = Path("/usr/share/mime") / f"{PROJECT_MIME_TYPE}.xml"
        install = None
        try:
            install = subprocess.run(
                ["dpkg", "-i", str(deb)], capture_output=True, text=True, timeout=600
            )
            assert install.returncode == 0, install.stdout + install.stderr
            assert package_status(PACKAGE) == "ii"
            assert LAUNCHER.is_symlink()

            version = run_app(LAUNCHER, tmp_path / "home", "--version")
            assert version.stdout.strip() == f"BP Studio {bpstudio.__version__}"
            screenshot = tmp_path / "installed.png"
            result = smoke_test(LAUNCHER, tmp_path / "home", screenshot, "zh_CN")
            assert result.returncode == 0, result.stderr
            assert problems(result.stderr) == []
            assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
            if shutil.which("update-mime-database"):
                # shared-mime-info's dpkg trigger compiles the package's MIME type.
                assert mime_cache.is_file()
        finally:
            # Remove only what this test installed: a dpkg -i that failed before it got dpkg's
            # lock (another dpkg was running) leaves no unfinished state of its own.
            succeeded = install is not None and install.returncode == 0
            if succeeded or package_status(PACKAGE)[:2] in UNFINISHED_STATES:
                remove_package()

        assert package_status(PACKAGE) in ("", "un")
        assert not INSTALL_DIR.exists()
        assert not LAUNCHER.exists()
        assert not LAUNCHER.is_symlink()
        assert not mime_cache.exists()
        assert installed_packages() == before
    finally:
        os.close(lock)  # closing the descriptor releases the lock
