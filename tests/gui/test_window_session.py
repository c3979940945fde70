"""The Session the panels bind to: history, locking, weights to draw, projects."""

import math

import numpy as np
import pytest

from bpstudio.data import Table
from bpstudio.gui.session import Session


@pytest.fixture
def session(qapp):
    session = Session()
    table = Table.from_columns(
        {"x1": [0, 0, 1, 1] * 5, "x2": [0, 1, 0, 1] * 5, "y": ["a", "b", "b", "a"] * 5},
        name="xor",
    )
    session.set_table(table, {"kind": "file", "path": "xor.csv"})
    return session


def test_session_builds_compiled_model(session):
    assert session.prepared.task == "classification"
    assert session.model is not None
    assert session.model.layers[0].units == 4
    assert session.resolved_loss() == "binary_crossentropy"
    assert session.modified


def test_history_columns_padded_with_nan(session, qtbot):
    with qtbot.waitSignal(session.historyChanged):
        session.extend_history([{"loss": 1.0}, {"loss": 0.5, "accuracy": 0.75}])
    session.extend_history_columns(2, {"accuracy": [0.8, 0.9]})

    assert session.epochs_trained == 4
    assert session.history["accuracy"][1:] == [0.75, 0.8, 0.9]
    assert math.isnan(session.history["accuracy"][0])
    assert math.isnan(session.history["loss"][2])
    assert len(session.history["loss"]) == 4


def test_structure_locked_unless_idle(session):
    session.set_state("paused")

    with pytest.raises(RuntimeError, match="paused"):
        session.set_network(session.network)
    with pytest.raises(RuntimeError):
        session.reset_weights()
    session.set_training({**session.training, "learning_rate": 0.5})
    assert session.training["learning_rate"] == 0.5
    session.set_state("idle")
    session.set_network({**session.network, "hidden": [{"units": 3, "activation": "relu"}]})
    assert session.model.layers[0].units == 3


def test_invalid_state_rejected(session):
    with pytest.raises(ValueError, match="state"):
        session.set_state("sleeping")


def test_current_weights_prefers_live_copies(session):
    live = [np.zeros_like(array) for array in session.model.get_weights()]
    assert session.current_weights()[0].shape == live[0].shape

    session.live_weights = live
    assert session.current_weights() is live


def test_training_l2_reaches_layers(session):
    session.set_training({**session.training, "l2": 0.01})

    assert [layer.l2 for layer in session.model.layers] == [0.01, 0.01]


def test_project_round_trip(qapp):
    pytest.importorskip("bpstudio.project")
    session = Session()
    session.load_sample()
    session.extend_history([{"loss": 0.7}, {"loss": 0.6}])
    session.add_marker(1, "lr 0.01 → 0.001")
    weights = session.model.get_weights()
    project = session.to_project()

    other = Session()
    other.apply_project(project)

    assert other.history == {"loss": [0.7, 0.6]}
    assert other.markers == [{"epoch": 1, "label": "lr 0.01 → 0.001"}]
    for before, after in zip(weights, other.model.get_weights(), strict=True):
        np.testing.assert_array_equal(before, after)
    assert not other.modified
