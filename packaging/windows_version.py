"""The version resource of the Windows executables (the Details tab of their Properties)."""

from __future__ import annotations

import app_info
from PyInstaller.utils.win32 import versioninfo


def version_info(version: str) -> versioninfo.VSVersionInfo:
    """Return the VSVersionInfo structure PyInstaller embeds in each executable."""
    numbers = app_info.numeric_version(version)
    strings = [
        versioninfo.StringStruct("CompanyName", app_info.PUBLISHER),
        versioninfo.StringStruct("FileDescription", app_info.APP_NAME),
        versioninfo.StringStruct("FileVersion", version),
        versioninfo.StringStruct("InternalName", app_info.EXECUTABLE),
        versioninfo.StringStruct("LegalCopyright", f"{app_info.PUBLISHER}, {app_info.LICENSE}"),
        versioninfo.StringStruct("OriginalFilename", f"{app_info.EXECUTABLE}.exe"),
        versioninfo.StringStruct("ProductName", app_info.APP_NAME),
        versioninfo.StringStruct("ProductVersion", version),
    ]
    return versioninfo.VSVersionInfo(
        ffi=versioninfo.FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            # 0x0409 is US English and 1200 (0x04B0) the Unicode code page.
            versioninfo.StringFileInfo([versioninfo.StringTable("040904B0", strings)]),
            versioninfo.VarFileInfo([versioninfo.VarStruct("Translation", [0x0409, 1200])]),
        ],
    )
