"""Package layout that pyproject.toml cannot express on its own.

The top-level ``resources/`` folder (datasets, translations, fonts, icons) lives outside
the ``bpstudio`` package in the source tree. It is installed as the data package
``bpstudio._resources`` so that a wheel carries it; ``bpstudio.resources`` finds it in
the source tree, an installed wheel and a PyInstaller bundle. The user guide in ``docs/``
is installed the same way as ``bpstudio._docs`` (Help → User Guide reads it offline).
"""

from setuptools import find_packages, setup

setup(
    packages=[
        *find_packages(include=["bpstudio", "bpstudio.*"]),
        "bpstudio._resources",
        "bpstudio._docs",
    ],
    package_dir={"bpstudio._resources": "resources", "bpstudio._docs": "docs"},
    package_data={"bpstudio._resources": ["**/*"], "bpstudio._docs": ["**/*"]},
    include_package_data=False,
)
