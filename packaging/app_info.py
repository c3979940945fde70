"""Names, identifiers and file types shared by the PyInstaller spec and the installer recipes."""

from __future__ import annotations

import re
from pathlib import Path

from bpstudio import __version__
from bpstudio.project import PROJECT_SUFFIX

PACKAGING_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGING_DIR.parent

APP_NAME = "BP Studio"
VERSION = __version__
#: Name of the executable, the Debian package and the install folder (``/opt/bpstudio``).
EXECUTABLE = "bpstudio"
#: Console companion of the windowed Windows executable, for the command-line subcommands.
WINDOWS_CONSOLE_EXECUTABLE = "bpstudio-cli"
BUNDLE_IDENTIFIER = "io.github.bpstudio.BPStudio"
SUMMARY = "Build and train backpropagation neural networks by pointing and clicking"
DESCRIPTION = (
    "BP Studio builds a multilayer perceptron from layers, neurons and activations, trains it on "
    "a CSV file or a built-in dataset, and shows the loss curves, the weights and the decision "
    "boundary live. English and Simplified Chinese."
)
PUBLISHER = "BP Studio contributors"
# NOTE: the project has no public contact address yet; ".invalid" marks the placeholder.
MAINTAINER = "BP Studio contributors <maintainers@bpstudio.invalid>"
LICENSE = "MIT"

#: Project files saved by the app (a zip archive); the installers associate them with BP Studio.
PROJECT_EXTENSION = PROJECT_SUFFIX
PROJECT_MIME_TYPE = "application/x-bpstudio-project"
PROJECT_TYPE_NAME = "BP Studio project"
PROJECT_TYPE_NAME_ZH = "BP Studio 项目"
#: Uniform Type Identifier of project files on macOS.
PROJECT_UTI = f"{BUNDLE_IDENTIFIER}.project"

ICONS_DIR = PROJECT_ROOT / "resources" / "icons"
APP_ICON_NAME = "bpstudio"
PROJECT_ICON_NAME = "bpstudio-project"


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """Return ``version`` as four integers for Windows version resources.

    For example "0.1.0" becomes (0, 1, 0, 0) and "1.2rc1" becomes (1, 2, 0, 0): each dotted
    part keeps its leading digits, and a part without any counts as 0.
    """
    numbers = []
    for part in version.split(".")[:4]:
        leading = re.match(r"\d*", part).group()
        numbers.append(int(leading or 0))
    return tuple(numbers + [0] * (4 - len(numbers)))


def macos_info_plist(version: str) -> dict:
    """Return the Info.plist entries that PyInstaller adds to the macOS .app bundle."""
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleDevelopmentRegion": "en",
        "CFBundleLocalizations": ["en", "zh_CN"],
        "LSApplicationCategoryType": "public.app-category.education",
        "LSMinimumSystemVersion": "11.0",
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": f"{PUBLISHER}, {LICENSE} licence",
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": PROJECT_TYPE_NAME,
                "CFBundleTypeRole": "Editor",
                "CFBundleTypeIconFile": f"{PROJECT_ICON_NAME}.icns",
                "LSHandlerRank": "Owner",
                "LSItemContentTypes": [PROJECT_UTI],
            },
            {
                "CFBundleTypeName": "CSV document",
                "CFBundleTypeRole": "Viewer",
                "LSHandlerRank": "Alternate",
                "LSItemContentTypes": ["public.comma-separated-values-text"],
            },
        ],
        "UTExportedTypeDeclarations": [
            {
                "UTTypeIdentifier": PROJECT_UTI,
                "UTTypeDescription": PROJECT_TYPE_NAME,
                "UTTypeConformsTo": ["public.data", "public.content"],
                "UTTypeIconFile": f"{PROJECT_ICON_NAME}.icns",
                "UTTypeTagSpecification": {
                    "public.filename-extension": [PROJECT_EXTENSION.lstrip(".")],
                    "public.mime-type": [PROJECT_MIME_TYPE],
                },
            }
        ],
    }
