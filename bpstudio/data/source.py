"""Read a CSV file's bytes safely and choose its text encoding.

The order follows what classroom files need: a byte order mark (UTF-8 from Excel's "CSV
UTF-8", UTF-16 from "Unicode text"), then strict UTF-8, then GB18030 (a superset of the GBK
that Chinese Excel writes), then cp1252 for Western European files. A caller can override it.
"""

from __future__ import annotations

import codecs
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from bpstudio.data.errors import data_error
from bpstudio.errors import DataError

#: Bytes of memory needed per byte of file, an estimate: the file itself, the float64 array
#: (up to four times the file size when every cell is one digit and a comma) and temporaries.
MEMORY_PER_FILE_BYTE = 6
# NOTE: the careful path (text, quotes, missing markers) keeps Python strings per cell and
# can need several times more than this estimate, so a large text file may pass the check
# and still exhaust memory.
_SNIFF_BYTES = 8192

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_BINARY_SIGNATURES = (
    (b"PK\x03\x04", "a ZIP archive, such as an Excel .xlsx workbook"),
    (b"\xd0\xcf\x11\xe0", "an Office document, such as an Excel .xls workbook"),
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x93NUMPY", "a NumPy .npy file"),
)


@dataclass
class DecodedSource:
    """A file's contents: the bytes as UTF-8 (transcoded when needed) and its encoding."""

    path: str
    data: bytes
    encoding: str
    warnings: list[DataError] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.data.decode("utf-8")


def available_memory() -> int | None:
    """Return the bytes of memory available to this process, or None when unknown."""
    try:
        if sys.platform.startswith("linux"):
            with open("/proc/meminfo", encoding="ascii") as meminfo:
                for line in meminfo:
                    if line.startswith("MemAvailable:"):
                        return int(line.split()[1]) * 1024
        if hasattr(os, "sysconf") and "SC_AVPHYS_PAGES" in os.sysconf_names:
            return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        if sys.platform == "win32":
            return _windows_available_memory()
    except (OSError, ValueError):
        return None
    return None


def _windows_available_memory() -> int | None:
    import ctypes

    class MemoryStatus(ctypes.Structure):
        _fields_ = [
            ("length", ctypes.c_ulong),
            ("memory_load", ctypes.c_ulong),
            ("total_physical", ctypes.c_ulonglong),
            ("available_physical", ctypes.c_ulonglong),
            ("total_page_file", ctypes.c_ulonglong),
            ("available_page_file", ctypes.c_ulonglong),
            ("total_virtual", ctypes.c_ulonglong),
            ("available_virtual", ctypes.c_ulonglong),
            ("available_extended_virtual", ctypes.c_ulonglong),
        ]

    status = MemoryStatus()
    status.length = ctypes.sizeof(MemoryStatus)
    if not ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):
        return None
    return int(status.available_physical)


def read_source(path: str | os.PathLike[str], encoding: str | None = None) -> DecodedSource:
    """Read ``path`` after checking it exists, is not empty, fits in memory and is text."""
    file_path = Path(path)
    name = str(path)
    try:
        size = file_path.stat().st_size
    except FileNotFoundError:
        raise data_error("csv.file_not_found", path=name) from None
    except OSError as error:
        raise data_error("csv.unreadable", path=name, reason=error.strerror or str(error)) from None
    if file_path.is_dir():
        raise data_error("csv.not_a_file", path=name)
    if size == 0:
        raise data_error("csv.empty_file", path=name)
    _check_memory(name, size)

    try:
        raw = file_path.read_bytes()
    except OSError as error:
        raise data_error("csv.unreadable", path=name, reason=error.strerror or str(error)) from None
    if not raw:
        raise data_error("csv.empty_file", path=name)
    return decode_bytes(raw, name, encoding)


def _check_memory(path: str, size: int) -> None:
    available = available_memory()
    needed = size * MEMORY_PER_FILE_BYTE
    if available is not None and needed > available:
        raise data_error(
            "csv.too_large",
            path=path,
            size_mb=round(size / 2**20, 1),
            needed_mb=round(needed / 2**20),
            available_mb=round(available / 2**20),
        )


def decode_bytes(raw: bytes, path: str, encoding: str | None = None) -> DecodedSource:
    """Choose the encoding of ``raw`` (or apply ``encoding``) and return it as UTF-8 bytes."""
    if encoding:
        return _decode_with(raw, path, encoding)

    for bom, codec in _BOMS:
        if raw.startswith(bom):
            text = _decode_strict(raw, path, codec)
            return DecodedSource(path, text.encode("utf-8"), codec)

    _check_binary(raw, path)
    if raw.isascii():
        return DecodedSource(path, raw, "utf-8")
    try:
        raw.decode("utf-8")
        return DecodedSource(path, raw, "utf-8")
    except UnicodeDecodeError:
        pass
    for fallback in ("gb18030", "cp1252"):
        try:
            text = raw.decode(fallback)
        except UnicodeDecodeError:
            continue
        warning = data_error("csv.encoding_fallback", path=path, encoding=fallback)
        return DecodedSource(path, text.encode("utf-8"), fallback, [warning])
    # cp1252 leaves five bytes undefined; latin-1 decodes every byte.
    warning = data_error("csv.encoding_fallback", path=path, encoding="latin-1")
    return DecodedSource(path, raw.decode("latin-1").encode("utf-8"), "latin-1", [warning])


def _decode_with(raw: bytes, path: str, encoding: str) -> DecodedSource:
    try:
        codec = codecs.lookup(encoding).name
    except LookupError:
        raise data_error("csv.unknown_encoding", path=path, value=encoding) from None
    if codec == "utf-8" and raw.startswith(codecs.BOM_UTF8):
        codec = "utf-8-sig"
    if not codec.startswith(("utf-16", "utf-32")):
        _check_binary(raw, path)  # UTF-16 and UTF-32 text is full of NUL bytes
    text = _decode_strict(raw, path, codec)
    if text.startswith("\ufeff"):
        text = text[1:]
    if codec == "utf-8":
        return DecodedSource(path, raw, codec)
    return DecodedSource(path, text.encode("utf-8"), codec)


def _decode_strict(raw: bytes, path: str, codec: str) -> str:
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        value = "0x" + raw[error.start : error.start + 1].hex()
        raise data_error(
            "csv.decode_failed", path=path, encoding=codec, value=value, line=line
        ) from None


def _check_binary(raw: bytes, path: str) -> None:
    for signature, description in _BINARY_SIGNATURES:
        if raw.startswith(signature):
            raise data_error("csv.binary_file", path=path, reason=f"it looks like {description}")
    head = raw[:_SNIFF_BYTES]
    if b"\x00" in head:
        reason = "it contains NUL bytes; if it is UTF-16 text, choose the utf-16 encoding"
        raise data_error("csv.binary_file", path=path, reason=reason)
    control = sum(head.count(bytes([code])) for code in range(32) if code not in (9, 10, 12, 13))
    if control > max(8, len(head) // 100):
        raise data_error(
            "csv.binary_file", path=path, reason=f"{control} control bytes in its first part"
        )
