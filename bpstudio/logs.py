"""The application log: a rotating file in the platform's log folder, set up once at start-up.

Standard library only, so that it works before Qt is imported and from the command line.
The folder is, unless ``BPSTUDIO_LOG_DIR`` names another one (tests use it):

- Linux and other Unix: ``$XDG_STATE_HOME/bpstudio/log`` (``~/.local/state/bpstudio/log``)
- Windows: ``%LOCALAPPDATA%\\BP Studio\\Logs``
- macOS: ``~/Library/Logs/BP Studio``

Its ``recovery`` subfolder receives the emergency saves written after an unexpected error.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import platform
import sys
from collections import deque
from pathlib import Path

#: Environment variable that overrides the log folder.
LOG_DIR_ENV = "BPSTUDIO_LOG_DIR"
LOG_FILE_NAME = "bpstudio.log"
#: A log file is rotated when it passes 1 MB; five old files are kept (6 MB at most).
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
LOG_FORMAT = "%(asctime)s %(levelname)-8s %(threadName)s %(name)s: %(message)s"

log = logging.getLogger(__name__)

#: The handler installed by setup_logging, kept so that a second call does not add another.
_file_handler: logging.handlers.RotatingFileHandler | None = None


def log_dir() -> Path:
    """Return the folder for BP Studio's log files on this platform (not created here)."""
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override).expanduser()
    home = Path.home()
    if sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA")
        base = Path(local) if local else home / "AppData" / "Local"
        return base / "BP Studio" / "Logs"
    if sys.platform == "darwin":
        return home / "Library" / "Logs" / "BP Studio"
    state = os.environ.get("XDG_STATE_HOME")
    base = Path(state) if state and Path(state).is_absolute() else home / ".local" / "state"
    return base / "bpstudio" / "log"


def recovery_dir() -> Path:
    """Return the folder that receives emergency saves (inside the log folder)."""
    return log_dir() / "recovery"


def log_file() -> Path:
    """Return the path of the current log file, whether or not logging was set up."""
    if _file_handler is not None:
        return Path(_file_handler.baseFilename)
    return log_dir() / LOG_FILE_NAME


def setup_logging(
    level: int = logging.INFO,
    *,
    directory: Path | None = None,
    max_bytes: int = MAX_BYTES,
    backup_count: int = BACKUP_COUNT,
) -> Path | None:
    """Send log records of ``level`` and above to the rotating log file; return its path.

    Safe to call more than once: later calls only change the level. When the folder cannot
    be created or the file cannot be opened (a read-only home folder, say), logging goes
    on to standard error alone and None is returned, because a missing log must not keep
    the application from starting.
    """
    global _file_handler

    root = logging.getLogger()
    # Handlers added before (logging.basicConfig, say) keep showing only what they showed,
    # although the root level is lowered to let the file receive INFO records.
    for handler in root.handlers:
        if handler.level == logging.NOTSET and handler is not _file_handler:
            handler.setLevel(root.level or logging.WARNING)
    root.setLevel(min(root.level, level))
    if _file_handler is not None:
        _file_handler.setLevel(level)
        return Path(_file_handler.baseFilename)

    folder = Path(directory) if directory is not None else log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_FILE_NAME, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8"
        )
    except OSError as error:
        _ensure_stderr_handler(root)
        log.warning("cannot write the log file in %s: %s; logging to standard error", folder, error)
        return None

    handler.setLevel(level)
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(handler)
    _ensure_stderr_handler(root)
    logging.captureWarnings(True)
    _file_handler = handler
    log.info("BP Studio %s started: %s", _bpstudio_version(), describe_platform())
    return Path(handler.baseFilename)


def shutdown_logging() -> None:
    """Remove and close the log file handler (tests call this to start afresh)."""
    global _file_handler

    if _file_handler is None:
        return
    logging.getLogger().removeHandler(_file_handler)
    _file_handler.close()
    _file_handler = None


def read_log_tail(max_lines: int = 200) -> str:
    """Return the last ``max_lines`` lines of the current log file ("" if there is none)."""
    path = log_file()
    if _file_handler is not None:
        _file_handler.flush()
    try:
        with path.open(encoding="utf-8", errors="replace") as stream:
            return "".join(deque(stream, maxlen=max_lines))
    except OSError:
        return ""


def describe_platform() -> str:
    """Return the Python version and the operating system in one line, for logs and reports."""
    return f"Python {platform.python_version()} on {platform.platform()}"


def _bpstudio_version() -> str:
    from bpstudio import __version__

    return __version__


def _ensure_stderr_handler(root: logging.Logger) -> None:
    # Warnings still reach a terminal when the application was started from one. A windowed
    # app on Windows has no standard error at all (sys.stderr is None).
    if sys.stderr is None:
        return
    has_stream = any(
        type(handler) is logging.StreamHandler and handler.stream in (sys.stderr, sys.__stderr__)
        for handler in root.handlers
    )
    if not has_stream:
        stream = logging.StreamHandler()
        stream.setLevel(logging.WARNING)
        stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(stream)
