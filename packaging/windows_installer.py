"""Windows installer: compile ``windows/bpstudio.iss`` with Inno Setup's ISCC."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import app_info

ISS_SCRIPT = app_info.PACKAGING_DIR / "windows" / "bpstudio.iss"


def find_iscc() -> Path:
    """Return the Inno Setup compiler: $ISCC, ``iscc`` on PATH or a standard install folder."""
    candidates = [os.environ.get("ISCC"), shutil.which("iscc")]
    for variable in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA"):
        base = os.environ.get(variable)
        if base:
            for folder in ("Inno Setup 7", "Inno Setup 6"):
                candidates.append(str(Path(base) / folder / "ISCC.exe"))
                candidates.append(str(Path(base) / "Programs" / folder / "ISCC.exe"))
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    raise RuntimeError(
        "Inno Setup's compiler ISCC.exe was not found: install Inno Setup 6 or later "
        "(for example `choco install innosetup`) or set ISCC to its path"
    )


def build_installer(
    bundle: Path, output_dir: Path, version: str, chinese_messages: Path | None = None
) -> Path:
    """Compile the setup program and return its path.

    ``chinese_messages`` is a ChineseSimplified.isl for Inno Setup releases that do not ship
    one; the script prefers the compiler's own copy.
    """
    defines = {
        "AppVersion": version,
        "NumericVersion": ".".join(str(number) for number in app_info.numeric_version(version)),
        "SourceDir": bundle.resolve(),
        "OutputDir": output_dir.resolve(),
        "IconsDir": app_info.ICONS_DIR,
        "LicenseFile": app_info.PROJECT_ROOT / "LICENSE",
        "ProjectExtension": app_info.PROJECT_EXTENSION,
    }
    if chinese_messages is not None:
        defines["ChineseMessagesFile"] = chinese_messages.resolve()
    command = [str(find_iscc()), "/Q", *(f"/D{key}={value}" for key, value in defines.items())]
    subprocess.run([*command, str(ISS_SCRIPT)], check=True)
    return output_dir / f"{app_info.EXECUTABLE}-{version}-windows-x64-setup.exe"
