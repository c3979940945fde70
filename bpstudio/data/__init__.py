"""Qt-free data layer: CSV import, preprocessing, Dataset/DataLoader and built-in samples."""

from __future__ import annotations

from importlib.util import find_spec

from bpstudio.data import errors
from bpstudio.data.dialect import ImportSettings
from bpstudio.data.reader import read_csv, sniff_csv
from bpstudio.data.table import Table

__all__ = ["ImportSettings", "Table", "errors", "read_csv", "sniff_csv"]

try:
    from bpstudio.data.preprocess import Pipeline, PreparedData, PreprocessConfig, prepare
    from bpstudio.data.samples import DEFAULT_SAMPLE, list_samples, load_sample, open_data
except ImportError:  # NOTE: only while those modules are being written
    pass
else:
    __all__ += [
        "DEFAULT_SAMPLE",
        "Pipeline",
        "PreparedData",
        "PreprocessConfig",
        "list_samples",
        "load_sample",
        "open_data",
        "prepare",
    ]

if find_spec("bpstudio.data.loader") is not None:
    from bpstudio.data.loader import DataLoader, Dataset

    __all__ += ["DataLoader", "Dataset"]
