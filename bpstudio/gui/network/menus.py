"""Pop-up menus of the network diagram: a layer's activation and a hidden layer's edits."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMenu, QWidget

from bpstudio.gui.display_names import activation_name


def _tr(text: str) -> str:
    return QCoreApplication.translate("NetworkMenus", text)


def _new_menu(parent: QWidget, name: str) -> QMenu:
    menu = QMenu(parent)
    menu.setObjectName(name)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return menu


def fill_activations(
    menu: QMenu, names: list[str], current: str, choose: Callable[[str], None]
) -> None:
    """Add one checkable action per activation name; the current one is checked."""
    for name in names:
        action = menu.addAction(_tr("Automatic") if name == "auto" else activation_name(name))
        action.setObjectName(f"activationAction_{name}")
        action.setCheckable(True)
        action.setChecked(name == current)
        action.triggered.connect(lambda _checked=False, n=name: choose(n))


def activation_menu(
    parent: QWidget, names: list[str], current: str, choose: Callable[[str], None]
) -> QMenu:
    """Return a menu that calls ``choose(name)`` with the picked activation."""
    menu = _new_menu(parent, "activationMenu")
    fill_activations(menu, names, current, choose)
    return menu


def layer_menu(parent: QWidget, builder, index: int, names: list[str]) -> QMenu:
    """Return the context menu of hidden layer ``index`` with every edit the builder has."""
    menu = _new_menu(parent, "layerMenu")
    layer = builder.session.network["hidden"][index]
    entries = (
        ("addNeuronAction", _tr("Add a neuron"), lambda: builder.change_units(index, +1)),
        ("removeNeuronAction", _tr("Remove a neuron"), lambda: builder.change_units(index, -1)),
        (
            "insertBeforeAction",
            _tr("Insert a hidden layer before"),
            lambda: builder.insert_layer(index),
        ),
        (
            "insertAfterAction",
            _tr("Insert a hidden layer after"),
            lambda: builder.insert_layer(index + 1),
        ),
        ("removeLayerAction", _tr("Remove this hidden layer"), lambda: builder.remove_layer(index)),
    )
    for name, text, run in entries:
        action = menu.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False, r=run: r())
    menu.addSeparator()
    submenu = menu.addMenu(_tr("Activation function"))
    submenu.setObjectName("layerActivationMenu")
    fill_activations(
        submenu, names, layer["activation"], lambda name: builder.set_activation(index, name)
    )
    return menu
