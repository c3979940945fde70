"""Package layout that pyproject.toml cannot express on its own.

The top-level ``resources/`` folder (datasets, translations, fonts, icons) lives outside
the ``bpstudio`` package in the source tree. It is installed as the data package
``bpstudio._resources`` so that a wheel carries it; ``bpstudio.resources`` finds it in
the source tree, an installed wheel and a PyInstaller bundle.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["bpstudio", "bpstudio.*"]), "bpstudio._resources"],
    package_dir={"bpstudio._resources": "resources"},
    package_data={"bpstudio._resources": ["**/*"]},
    include_package_data=False,
)
