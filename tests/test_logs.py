"""The application log: platform folders, the environment override, writing and rotation."""

import logging
import logging.handlers
import subprocess
import sys
from pathlib import Path

import pytest

from bpstudio import logs


@pytest.fixture
def fresh_logging(tmp_path, monkeypatch):
    """Point the log folder at tmp_path and remove the file handler after the test."""
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(tmp_path / "log"))
    logs.shutdown_logging()
    root = logging.getLogger()
    handlers_before = list(root.handlers)
    level_before = root.level
    yield tmp_path / "log"
    logs.shutdown_logging()
    for handler in list(root.handlers):
        if handler not in handlers_before:
            root.removeHandler(handler)
    root.setLevel(level_before)


@pytest.mark.parametrize(
    ("platform_name", "environment", "expected"),
    [
        ("linux", {}, Path.home() / ".local" / "state" / "bpstudio" / "log"),
        ("linux", {"XDG_STATE_HOME": "/var/state"}, Path("/var/state/bpstudio/log")),
        ("linux", {"XDG_STATE_HOME": "relative"}, Path.home() / ".local/state/bpstudio/log"),
        ("darwin", {}, Path.home() / "Library" / "Logs" / "BP Studio"),
        ("win32", {"LOCALAPPDATA": "C:/Users/ana/AppData/Local"}, None),
    ],
)
def test_log_dir_per_platform(monkeypatch, platform_name, environment, expected):
    monkeypatch.delenv(logs.LOG_DIR_ENV, raising=False)
    monkeypatch.delenv("XDG_STATE_HOME", raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys, "platform", platform_name)
    if expected is None:
        expected = Path("C:/Users/ana/AppData/Local") / "BP Studio" / "Logs"
    assert logs.log_dir() == expected


def test_log_dir_environment_override(monkeypatch, tmp_path):
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(tmp_path / "elsewhere"))
    assert logs.log_dir() == tmp_path / "elsewhere"
    assert logs.recovery_dir() == tmp_path / "elsewhere" / "recovery"


def test_setup_writes_log_file(fresh_logging):
    path = logs.setup_logging()
    logging.getLogger("bpstudio.test").info("a line from the test")
    assert path == fresh_logging / logs.LOG_FILE_NAME
    text = path.read_text(encoding="utf-8")
    assert "BP Studio" in text
    assert "started" in text
    assert "a line from the test" in text
    assert "a line from the test" in logs.read_log_tail(5)


def test_setup_twice_adds_one_handler(fresh_logging):
    logs.setup_logging()
    logs.setup_logging()
    file_handlers = [
        handler
        for handler in logging.getLogger().handlers
        if isinstance(handler, logging.handlers.RotatingFileHandler)
    ]
    assert len(file_handlers) == 1


def test_log_file_rotates(fresh_logging):
    logs.setup_logging(max_bytes=2_000, backup_count=2)
    logger = logging.getLogger("bpstudio.test")
    for index in range(200):
        logger.info("line %d %s", index, "x" * 40)
    names = sorted(path.name for path in fresh_logging.iterdir())
    assert names == ["bpstudio.log", "bpstudio.log.1", "bpstudio.log.2"]
    assert all(path.stat().st_size <= 2_200 for path in fresh_logging.iterdir())
    assert "line 199" in logs.read_log_tail(3)


def test_unwritable_folder_keeps_going(fresh_logging, tmp_path):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("", encoding="utf-8")
    assert logs.setup_logging(directory=blocker / "log") is None
    assert logs.read_log_tail() == ""


def test_log_tail_limits_lines(fresh_logging):
    logs.setup_logging()
    for index in range(50):
        logging.getLogger("bpstudio.test").warning("warning %d", index)
    tail = logs.read_log_tail(10).splitlines()
    assert len(tail) == 10
    assert tail[-1].endswith("warning 49")


def test_logs_module_loads_no_qt():
    probe = (
        "import sys, bpstudio.logs\n"
        "print(sorted(n for n in sys.modules if n.startswith(('PySide6', 'pyqtgraph'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
