"""A guard against a reference-counting bug of PySide6 6.12.0 on Python 3.11.

Measured with PySide6-Essentials 6.12.0 (shiboken6 6.12.0) on CPython 3.11.7: every call
of a Qt method that returns void (``QLabel.setText``, ...) drops one reference to ``None``
that it never took. Every ``Signal.emit()`` from Python does the same to the ``True`` or
``False`` it returns. The same calls with PySide6 6.11.0 leave the counts
unchanged. From Python 3.12 on, ``None``, ``True`` and ``False`` are immortal and the missing
references are harmless. On 3.11 the counts reach zero after a few thousand calls (for
``True`` about 600 emits) and the interpreter aborts with "Fatal Python error: none_dealloc"
or "bool_dealloc" after some seconds of live plotting.

:func:`protect_singletons` gives those three objects a reference count so large that the
leak can never bring it to zero, which is what Python 3.12 does for them by design. It only
acts on CPython before 3.12 with shiboken6 6.12.x.
"""

from __future__ import annotations

import ctypes
import logging
import platform
import sys

log = logging.getLogger(__name__)

#: References added to each singleton: at 1 million leaked references a second this lasts
#: about 35 years, and it stays far below the maximum of a 64-bit Py_ssize_t.
EXTRA_REFERENCES = 1 << 50

_protected = False


def needs_protection(python_version=None, shiboken_version: str | None = None) -> bool:
    """Return True on the combination known to leak: CPython < 3.12 with shiboken6 6.12.x."""
    python_version = python_version or sys.version_info[:2]
    if platform.python_implementation() != "CPython" or tuple(python_version) >= (3, 12):
        return False
    if shiboken_version is None:
        import shiboken6

        shiboken_version = shiboken6.__version__
    return shiboken_version.startswith("6.12.")


def protect_singletons() -> bool:
    """Add :data:`EXTRA_REFERENCES` to None, True and False once; return True if it did."""
    global _protected
    if _protected or not needs_protection():
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object (Include/object.h).
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        refcount.value += EXTRA_REFERENCES
    _protected = True
    log.info("protected None/True/False from the PySide6 6.12 reference leak on Python 3.11")
    return True
