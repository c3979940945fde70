"""The network builder edits the session's network through undo commands and draws it."""

import numpy as np
import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QContextMenuEvent, QPainter, QPalette, QUndoStack
from PySide6.QtWidgets import QApplication, QLayout, QMenu

from bpstudio.gui.display_names import activation_name, loss_name
from bpstudio.gui.network import NetworkBuilder
from bpstudio.gui.network.diagram_items import NEGATIVE_COLOR, POSITIVE_COLOR
from bpstudio.gui.network.diagram_layout import MAX_VISIBLE_NODES
from bpstudio.gui.network.layer_table import ACTIVATION, UNITS
from bpstudio.gui.session import Session


@pytest.fixture
def session(qtbot):
    session = Session()
    session.load_sample("iris")
    session.set_network(
        {
            "hidden": [{"units": 4, "activation": "tanh"}],
            "output_activation": "auto",
            "loss": "auto",
        }
    )
    return session


@pytest.fixture
def builder(qtbot, session):
    stack = QUndoStack()
    widget = NetworkBuilder(session, stack)
    qtbot.addWidget(widget)
    widget.resize(1000, 420)
    # Offscreen Qt warns when a shown window's minimum size follows its content.
    widget.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    widget.show()
    widget.stack_ref = stack
    return widget


def sign_color(color):
    """Return the weight sign an edge colour was mixed from (blue positive, red negative)."""
    red, _green, blue = color.getRgb()[:3]
    if blue > red + 20:
        return "positive"
    if red > blue + 20:
        return "negative"
    return "neutral"


def hidden_units(session):
    return [layer["units"] for layer in session.network["hidden"]]


def test_diagram_names_inputs_and_outputs(builder, session):
    columns = builder.diagram.columns
    assert columns[0].labels == list(session.prepared.feature_names)
    assert columns[-1].labels == [str(name) for name in session.prepared.class_names]
    assert columns[-1].units == session.prepared.n_outputs
    assert columns[-1].activation == "softmax"


def test_add_and_remove_layer_buttons(builder, session):
    builder.add_layer_button.click()
    assert len(session.network["hidden"]) == 2
    assert len(session.model.layers) == 3
    assert builder.table_model.rowCount() == 4

    builder.remove_layer_button.click()
    assert len(session.network["hidden"]) == 1
    assert len(session.model.layers) == 2


def test_diagram_buttons_edit_neurons(builder, session):
    builder.diagram.button("addNeuronButton:0").click()
    builder.diagram.button("addNeuronButton:0").click()
    assert hidden_units(session) == [6]
    builder.diagram.button("removeNeuronButton:0").click()
    assert hidden_units(session) == [5]
    assert session.model.layers[0].units == 5


def test_diagram_insert_and_remove_layer(builder, session):
    builder.diagram.button("insertLayerButton:0").click()
    assert len(session.network["hidden"]) == 2
    builder.diagram.button("removeLayerButton:1").click()
    assert len(session.network["hidden"]) == 1


def test_last_neuron_is_not_removed(builder, session):
    builder.set_units(0, 1)
    assert builder.diagram.button("removeNeuronButton:0") is not None
    builder.diagram.button("removeNeuronButton:0").click()
    assert hidden_units(session) == [1]
    assert "at least one neuron" in builder.message_label.text()


def test_table_edits_units_and_activation(builder, session):
    model = builder.table_model
    assert model.setData(model.index(1, UNITS), 7)
    assert hidden_units(session) == [7]
    assert model.setData(model.index(1, ACTIVATION), "relu")
    assert session.network["hidden"][0]["activation"] == "relu"
    assert builder.diagram.columns[1].activation == "relu"


def test_table_summary_matches_model(builder, session):
    builder.add_layer()
    builder.set_units(1, 9)
    assert builder.table_model.total_params() == session.model.count_params()
    assert f"{session.model.count_params():,}" in builder.total_label.text()
    shapes = [builder.table_model.index(row, 3).data() for row in range(4)]
    assert shapes == ["(None, 4)", "(None, 4)", "(None, 9)", "(None, 3)"]


def test_undo_and_redo_every_edit(builder, session):
    stack = builder.undo_stack
    original = dict(session.network)
    builder.add_layer()
    builder.set_activation(1, "relu")
    builder.change_units(0, +1)
    builder.change_units(0, +1)
    assert stack.count() == 3  # the two neuron steps merged into one
    assert hidden_units(session) == [6, 4]

    stack.undo()
    assert hidden_units(session) == [4, 4]
    stack.undo()
    assert session.network["hidden"][1]["activation"] == "tanh"
    stack.undo()
    assert session.network == original
    assert len(session.model.layers) == 2

    stack.redo()
    stack.redo()
    stack.redo()
    assert hidden_units(session) == [6, 4]
    assert session.network["hidden"][1]["activation"] == "relu"


def test_invalid_output_combination_rejected(builder, session):
    before = dict(session.network)
    assert not builder.set_output_activation("sigmoid")
    assert session.network == before
    assert builder.undo_stack.count() == 0
    assert builder.message_label.isVisible()
    assert "softmax" in builder.message_label.text()
    assert builder.output_combo.currentData() == "auto"

    assert builder.set_loss("mse")
    assert builder.set_output_activation("sigmoid")
    assert session.network["output_activation"] == "sigmoid"
    assert not builder.message_label.isVisible()


def test_softmax_on_one_output_explained(qtbot):
    session = Session()
    session.load_sample("moons")
    builder = NetworkBuilder(session, QUndoStack())
    qtbot.addWidget(builder)
    assert session.prepared.n_outputs == 1

    before = dict(session.network)
    assert not builder.set_output_activation("softmax")
    assert session.network == before
    assert builder.undo_stack.count() == 0
    assert "one unit" in builder.message_label.text()
    assert builder.output_combo.currentData() == "auto"


def test_output_follows_task(builder, session):
    assert builder.output_combo.currentData() == "auto"
    assert activation_name("softmax") in builder.output_combo.currentText()
    assert loss_name("categorical_crossentropy") in builder.loss_combo.currentText()


def test_edge_colours_follow_weights(builder, session):
    weights = [np.zeros_like(w) for w in session.model.get_weights()]
    weights[0][0, 0] = 2.0
    weights[0][1, 0] = -1.0
    weights[0][2, 0] = 0.1
    session.set_weights(weights)

    strong = builder.diagram.edge_pen(0, 0, 0)
    negative = builder.diagram.edge_pen(0, 1, 0)
    weak = builder.diagram.edge_pen(0, 2, 0)
    assert strong.color().rgb() == QColor(POSITIVE_COLOR).rgb()  # the largest weight
    assert sign_color(negative.color()) == "negative"
    assert sign_color(weak.color()) == "positive"
    assert strong.widthF() > negative.widthF() > weak.widthF()

    weights[0][0, 0] = -2.0
    session.set_weights(weights)
    assert builder.diagram.edge_pen(0, 0, 0).color().rgb() == QColor(NEGATIVE_COLOR).rgb()
    assert sign_color(builder.diagram.edge_pen(0, 1, 0).color()) == "negative"


def test_wide_layer_is_collapsed(builder, session):
    builder.set_units(0, 50)
    drawn = len(builder.diagram._nodes[1])
    assert drawn == MAX_VISIBLE_NODES
    markers = [
        item
        for item in builder.diagram.scene().items()
        if item.data(0) == ("collapsed", 50 - MAX_VISIBLE_NODES)
    ]
    assert len(markers) == 1


def test_hover_shows_weight_bias_and_activation(builder, session):
    weights = session.model.get_weights()
    edge_text = builder.describe_key(("edge", 0, 1, 2))
    assert f"{float(weights[0][1, 2]):.4g}" in edge_text
    assert "∂E/∂w" in edge_text

    node_text = builder.describe_key(("node", 1, 0))
    assert f"{float(weights[1][0]):.4g}" in node_text
    assert activation_name("tanh") in node_text
    x = session.prepared.x_train[0].astype(np.float64)
    z = x @ weights[0][:, 0] + weights[1][0]
    assert f"{z:.4g}" in node_text
    assert f"{np.tanh(z):.4g}" in node_text

    builder.sample_spin.setValue(2)
    x = session.prepared.x_train[1].astype(np.float64)
    z = x @ weights[0][:, 0] + weights[1][0]
    assert f"{z:.4g}" in builder.describe_key(("node", 1, 0))


def test_structure_locked_while_training(builder, session):
    session.set_state("running")
    assert not builder.add_layer_button.isEnabled()
    assert builder.diagram.button("addNeuronButton:0") is None
    assert not builder.add_layer()
    assert len(session.network["hidden"]) == 1
    assert "training" in builder.message_label.text()
    assert builder.describe_key(("edge", 0, 0, 0))  # hover keeps working

    antialiased = builder.diagram.renderHints() & QPainter.RenderHint.Antialiasing
    assert not antialiased  # cheaper repaints while training redraws the edges

    session.set_state("idle")
    assert builder.add_layer_button.isEnabled()
    assert builder.diagram.button("addNeuronButton:0") is not None
    assert builder.diagram.renderHints() & QPainter.RenderHint.Antialiasing


def test_diagram_follows_dark_palette(builder):
    palette = QPalette(builder.palette())
    palette.setColor(QPalette.ColorRole.Base, QColor(30, 30, 30))
    palette.setColor(QPalette.ColorRole.Text, QColor(230, 230, 230))
    builder.diagram.setPalette(palette)
    assert builder.diagram.backgroundBrush().color() == QColor(30, 30, 30)
    assert builder.diagram.edge_count() > 0


def test_weight_update_keeps_scene_items(builder, session):
    items = set(builder.diagram.scene().items())
    weights = [w * -1.0 for w in session.model.get_weights()]
    session.set_weights(weights)
    assert set(builder.diagram.scene().items()) == items


def test_live_weights_drive_edges_and_hover(builder, session):
    session.set_state("running")
    weights = [np.zeros_like(w) for w in session.model.get_weights()]
    weights[0][0, 1] = -3.0
    weights[1][1] = 0.5
    session.live_weights = weights
    session.weightsChanged.emit()

    pen = builder.diagram.edge_pen(0, 0, 1)
    assert pen.color().rgb() == QColor(NEGATIVE_COLOR).rgb()
    assert builder.diagram.edge_pen(0, 0, 0).widthF() < pen.widthF()
    text = builder.describe_key(("node", 1, 1))
    x = session.prepared.x_train[0].astype(np.float64)
    z = -3.0 * x[0] + 0.5
    assert f"{z:.4g}" in text
    assert "δ" not in text  # the error term needs the model, which the worker owns
    session.live_weights = None
    session.set_state("idle")


def test_hover_label_follows_pointer(builder, session):
    builder.diagram.hoverChanged.emit(("edge", 0, 0, 0))
    assert "Weight from" in builder.hover_label.text()
    builder.diagram.hoverChanged.emit(None)
    assert "Rest the pointer" in builder.hover_label.text()


@pytest.fixture
def popups(monkeypatch):
    """Record menus instead of showing them: offscreen Qt warns on a popup's grab."""
    shown = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, *_args: shown.append(menu))
    return shown


def test_activation_menu_sets_activation(qtbot, builder, session, popups):
    builder.diagram.button("activationButton:0").click()
    qtbot.waitUntil(lambda: len(popups) == 1)
    actions = {action.objectName(): action for action in popups[0].actions()}
    actions["activationAction_relu"].trigger()
    assert session.network["hidden"][0]["activation"] == "relu"


def test_output_menu_offers_auto(qtbot, builder, popups):
    builder.diagram.button("activationButton:-1").click()
    qtbot.waitUntil(lambda: len(popups) == 1)
    names = [action.objectName() for action in popups[0].actions()]
    assert names[0] == "activationAction_auto"
    assert "activationAction_softmax" in names
    assert popups[0].actions()[0].isChecked()  # the spec says "auto"


def test_key_at_finds_node(builder):
    node = builder.diagram._nodes[1][0]
    position = builder.diagram.mapFromScene(node.pos())
    assert builder.diagram.key_at(position) == ("node", 1, 0)
    assert "Hidden neuron" in builder.describe_key(builder.diagram.key_at(position))


def test_override_invalid_after_task_change(builder, session):
    assert builder.set_output_activation("softmax")  # the same as auto for three classes
    session.load_sample("moons")
    assert session.model is None
    assert builder.message_label.isVisible()
    assert "softmax" in builder.message_label.text()

    assert builder.set_output_activation("auto")
    assert session.model is not None
    assert not builder.message_label.isVisible()


def test_diagram_follows_application_palette(qtbot, builder):
    original = QApplication.palette()
    dark = QPalette(original)
    dark.setColor(QPalette.ColorRole.Base, QColor(20, 22, 24))
    try:
        QApplication.setPalette(dark)
        qtbot.waitUntil(
            lambda: builder.diagram.backgroundBrush().color() == QColor(20, 22, 24), timeout=2000
        )
    finally:
        QApplication.setPalette(original)
    qtbot.waitUntil(
        lambda: (
            builder.diagram.backgroundBrush().color() == original.color(QPalette.ColorRole.Base)
        ),
        timeout=2000,
    )


def test_layer_context_menu_edits(qtbot, builder, session, popups):
    node = builder.diagram._nodes[1][0]
    position = builder.diagram.mapFromScene(node.pos())
    assert builder.diagram.hidden_index_at(position) == 0
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, position, builder.diagram.mapToGlobal(position)
    )
    with qtbot.waitSignal(builder.diagram.layerMenuRequested):
        QApplication.sendEvent(builder.diagram.viewport(), event)
    qtbot.waitUntil(lambda: len(popups) == 1)
    actions = {action.objectName(): action for action in popups[0].actions()}
    actions["addNeuronAction"].trigger()
    assert hidden_units(session) == [5]
    actions["insertAfterAction"].trigger()
    assert len(session.network["hidden"]) == 2


def test_no_context_menu_while_training(builder, session, popups):
    session.set_state("running")
    builder.diagram.layerMenuRequested.emit(0, builder.diagram.mapToGlobal(builder.pos()))
    assert builder.open_menu is None


def test_table_editors_commit_edits(qtbot, builder, session):
    from PySide6.QtWidgets import QComboBox, QSpinBox

    table = builder.layer_table
    table.edit(builder.table_model.index(1, UNITS))
    editor = table.findChild(QSpinBox, "unitsEditor")
    assert editor is not None
    editor.setValue(9)
    table.itemDelegate().commitData.emit(editor)
    table.itemDelegate().closeEditor.emit(editor)
    assert hidden_units(session) == [9]

    table.edit(builder.table_model.index(1, ACTIVATION))
    combo = table.findChild(QComboBox, "activationEditor")
    combo.setCurrentIndex(combo.findData("sigmoid"))
    combo.activated.emit(combo.currentIndex())
    assert session.network["hidden"][0]["activation"] == "sigmoid"


def test_mouse_click_on_diagram_button(qtbot, builder, session):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    for expected in (5, 6):
        button = builder.diagram.button("addNeuronButton:0")
        position = builder.diagram.mapFromScene(button.scenePos())
        QTest.mouseClick(
            builder.diagram.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            position,
        )
        qtbot.waitUntil(lambda n=expected: hidden_units(session) == [n], timeout=2000)


def test_table_keys_insert_and_delete(qtbot, builder, session):
    from PySide6.QtCore import Qt

    builder.layer_table.setFocus()
    builder.layer_table.selectRow(1)
    qtbot.keyClick(builder.layer_table, Qt.Key.Key_Insert)
    assert len(session.network["hidden"]) == 2
    builder.layer_table.selectRow(2)
    qtbot.keyClick(builder.layer_table, Qt.Key.Key_Delete)
    assert len(session.network["hidden"]) == 1
    builder.layer_table.selectRow(0)
    qtbot.keyClick(builder.layer_table, Qt.Key.Key_Delete)  # the input row stays
    assert len(session.network["hidden"]) == 1


def test_key_at_finds_nearby_thin_edge(builder, session):
    weights = [np.zeros_like(w) for w in session.model.get_weights()]
    weights[0][3, 3] = 1e-3  # the thinnest pen
    session.set_weights(weights)
    diagram = builder.diagram
    items, rows, cols = diagram._edges[0]
    edge = next(item for item, i, j in zip(items, rows, cols, strict=True) if (i, j) == (3, 3))
    middle = diagram.mapFromScene(edge.line().center())
    assert diagram.key_at(middle) == ("edge", 0, 3, 3)
    beside = middle + QPoint(0, 2)
    assert diagram.key_at(beside) == ("edge", 0, 3, 3)


def test_builder_without_data(qtbot):
    session = Session()
    builder = NetworkBuilder(session, QUndoStack())
    qtbot.addWidget(builder)
    widths = [column.units for column in builder.diagram.columns]
    assert widths == [2, *hidden_units(session), 1]  # placeholder inputs and output
    assert "No prepared data" in builder.hover_label.text()
    assert builder.add_layer()
    assert len(session.network["hidden"]) == 2
    assert session.model is None
