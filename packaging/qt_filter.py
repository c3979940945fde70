"""Selection of the Qt files that the bundle keeps from those PyInstaller's PySide6 hooks collect.

The hooks in ``pyinstaller_hooks/`` apply it, so dropped plugins never enter the dependency
analysis and never drag in their libraries. The spec applies it again as a final check.
"""

from __future__ import annotations

from pathlib import PurePosixPath

#: Qt's own translations: only the languages the app ships, English and Simplified Chinese.
KEPT_QT_TRANSLATION_SUFFIXES = ("_en.qm", "_zh_CN.qm")

#: Qt plugins a desktop app does not load, as prefixes of paths below Qt's plugins/ folder.
#: They are embedded-device platforms and input, QML and SQL tooling, and the GTK 3 platform
#: theme. That theme loads the system's GTK, which would mix with the bundle's copy of GLib.
DROPPED_QT_PLUGINS = (
    "egldeviceintegrations/",
    "generic/",
    "platforms/libqeglfs",
    "platforms/libqlinuxfb",
    "platforms/libqminimalegl",
    "platforms/libqvnc",
    "platforms/libqvkkhrdisplay",
    "platformthemes/libqgtk3",
    "qmltooling/",
    "sqldrivers/",
    "designer/",
    "networkinformation/",
    "tls/",
)


def keep_qt_file(destination: str) -> bool:
    """Return whether the bundle keeps a collected file, given its path inside the bundle."""
    path = PurePosixPath(destination.replace("\\", "/"))
    parts = path.parts
    if "translations" in parts and path.suffix == ".qm" and "PySide6" in parts:
        return path.name.endswith(KEPT_QT_TRANSLATION_SUFFIXES)
    if "plugins" in parts and "PySide6" in parts:
        below_plugins = "/".join(parts[parts.index("plugins") + 1 :])
        return not below_plugins.startswith(DROPPED_QT_PLUGINS)
    return True


def filtered_qt_dependencies(hook_file: str) -> tuple[list, list, list]:
    """Return PyInstaller's PySide6 hook results for ``hook_file`` without the dropped files.

    ``hook_file`` is the path of a hook named like the standard one (``hook-PySide6.QtGui.py``),
    because PyInstaller derives the Qt module from that name.
    """
    from PyInstaller.utils.hooks.qt import add_qt6_dependencies

    hiddenimports, binaries, datas = add_qt6_dependencies(hook_file)
    binaries = [(source, folder) for source, folder in binaries if _keep_pair(source, folder)]
    datas = [(source, folder) for source, folder in datas if _keep_pair(source, folder)]
    return hiddenimports, binaries, datas


def _keep_pair(source: str, folder: str) -> bool:
    return keep_qt_file(f"{folder}/{PurePosixPath(source.replace(chr(92), '/')).name}")
