"""Qt-free data layer: CSV import, preprocessing, Dataset/DataLoader and built-in samples."""

from __future__ import annotations

from bpstudio.data import errors
from bpstudio.data.dialect import ImportSettings
from bpstudio.data.loader import DataLoader, Dataset
from bpstudio.data.pipeline import Pipeline
from bpstudio.data.preprocess import PreparedData, PreprocessConfig, prepare
from bpstudio.data.reader import read_csv, sniff_csv
from bpstudio.data.samples import DEFAULT_SAMPLE, list_samples, load_sample, open_data
from bpstudio.data.table import Table

__all__ = [
    "DEFAULT_SAMPLE",
    "DataLoader",
    "Dataset",
    "ImportSettings",
    "Pipeline",
    "PreparedData",
    "PreprocessConfig",
    "Table",
    "errors",
    "list_samples",
    "load_sample",
    "open_data",
    "prepare",
    "read_csv",
    "sniff_csv",
]
