"""The window picks the target and features the command line picks for the same file."""

import argparse

import numpy as np
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLayout

from bpstudio.commands import train
from bpstudio.gui.column_table import FEATURE, TARGET, column_roles
from bpstudio.gui.data_panel import DataPanel
from bpstudio.gui.session import Session


@pytest.fixture
def session():
    return Session()


@pytest.fixture
def panel(qtbot, session, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    widget = DataPanel(session, settings=settings)
    qtbot.addWidget(widget)
    widget.resize(360, 900)
    widget.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    widget.show()
    return widget


def write_passengers(path, rows=120):
    """Ticket differs on every row; Cabin is missing in 3 of 4 rows with 30 values."""
    rng = np.random.default_rng(0)
    lines = ["Survived,Pclass,Sex,Age,Ticket,Cabin,Embarked"]
    for index in range(rows):
        cabin = f"C{index}" if index % 4 == 0 else ""
        sex = "female" if rng.random() < 0.4 else "male"
        lines.append(
            f"{int(rng.random() < 0.4)},{1 + index % 3},{sex},{20 + index % 40},"
            f"T{1000 + index},{cabin},{'SCQ'[index % 3]}"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def cli_features(path, target):
    parser = argparse.ArgumentParser()
    train.add_arguments(parser)
    args = parser.parse_args([str(path), "--target", target, "--epochs", "1", "--quiet"])
    result = train.train_from_args(args)
    return result["data"]


def roles(panel):
    return column_roles(panel.session.table, panel.session.preprocess)


def test_set_target_default_features(panel, session, tmp_path):
    path = write_passengers(tmp_path / "passengers.csv")
    panel.open_path(path, ask=False)

    assert panel.set_role("Survived", TARGET)

    features = [name for name, role in roles(panel).items() if role == FEATURE]
    assert features == ["Pclass", "Sex", "Age", "Embarked"]
    assert session.preprocess.features in (None, features)
    assert session.prepared.pipeline.input_columns == cli_features(path, "Survived")["features"]


def test_default_target_constant_last_column(panel, session, tmp_path):
    path = tmp_path / "digits.csv"
    rows = [f"{index % 3},{index},{(index * 7) % 5},0" for index in range(30)]
    path.write_text("a,b,c,zero\n" + "\n".join(rows) + "\n", encoding="utf-8")

    panel.open_path(path, ask=False)

    assert session.preprocess.target != "zero"
