"""The builder's edit operations: each checks its input and pushes one undo command.

Every structural edit goes through :meth:`NetworkEditsMixin.apply_edit`, which rejects
edits while training runs, checks the output activation and loss with
``network_spec.check_combination`` and pushes a :class:`NetworkEditCommand` on the undo
stack. A rejected edit is explained with ``show_message`` and never reaches the session.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication

from bpstudio.errors import ModelError
from bpstudio.gui.display_names import activation_name, loss_name
from bpstudio.gui.error_messages import error_message
from bpstudio.gui.network import shape, spec_edit
from bpstudio.gui.network.commands import NetworkEditCommand


def _tr(text: str) -> str:
    # The builder's own context, so these strings translate with the rest of its texts.
    return QCoreApplication.translate("NetworkBuilder", text)


class NetworkEditsMixin:
    """Edit operations of :class:`NetworkBuilder`.

    The host class provides ``session``, ``undo_stack``, ``diagram``, ``show_message``,
    ``_select_hidden`` and ``_refresh_combos``.
    """

    def apply_edit(self, after: dict[str, Any], text: str, merge_key: str | None = None) -> bool:
        """Check an edited spec and push it as one undo step; return True if applied."""
        if self.session.state != "idle":
            self.show_message(
                _tr("The network cannot be changed while training runs. Stop training first.")
            )
            return False
        before = copy.deepcopy(self.session.network)
        if after == before:
            return False
        from bpstudio.engine import network_spec

        activation, loss = shape.resolved_output(self.session, after)
        try:
            network_spec.check_combination(activation, loss, shape.widths(self.session)[1])
        except ModelError as error:
            self.show_message(error_message(error))
            self._refresh_combos()
            return False
        self.show_message("")
        self.undo_stack.push(NetworkEditCommand(self.session, before, after, text, merge_key))
        return True

    def _target_hidden(self) -> int:
        hidden = self.session.network.get("hidden", [])
        selected = self.diagram.selected_hidden
        return selected if 0 <= selected < len(hidden) else len(hidden) - 1

    def add_layer(self) -> bool:
        """Add a hidden layer after the selected one (or after the last)."""
        return self.insert_layer(self._target_hidden() + 1)

    def insert_layer(self, index: int) -> bool:
        spec = self.session.network
        if len(spec.get("hidden", [])) >= spec_edit.MAX_HIDDEN_LAYERS:
            self.show_message(
                _tr("The builder stops at %1 hidden layers.").replace(
                    "%1", str(spec_edit.MAX_HIDDEN_LAYERS)
                )
            )
            return False
        applied = self.apply_edit(spec_edit.insert_layer(spec, index), _tr("Add hidden layer"))
        if applied:
            self._select_hidden(index)
        return applied

    def remove_layer(self, index: int | None = None) -> bool:
        """Remove hidden layer ``index`` (default: the selected one, else the last)."""
        hidden = self.session.network.get("hidden", [])
        if not hidden:
            self.show_message(_tr("There is no hidden layer to remove."))
            return False
        if not isinstance(index, int) or isinstance(index, bool) or index < 0:
            index = self._target_hidden()
        after = spec_edit.remove_layer(self.session.network, index)
        applied = self.apply_edit(
            after, _tr("Remove hidden layer %1").replace("%1", str(index + 1))
        )
        if applied:
            self._select_hidden(min(index, len(after["hidden"]) - 1))
        return applied

    def change_units(self, index: int, step: int) -> bool:
        """Add (step +1) or remove (step -1) neurons of hidden layer ``index``."""
        units = int(self.session.network["hidden"][index]["units"]) + step
        return self.set_units(index, units)

    def set_units(self, index: int, units: int) -> bool:
        if units < spec_edit.MIN_UNITS:
            self.show_message(
                _tr("A hidden layer needs at least one neuron; remove the layer instead.")
            )
            return False
        if units > spec_edit.MAX_UNITS:
            self.show_message(
                _tr("A hidden layer can have at most %1 neurons.").replace(
                    "%1", str(spec_edit.MAX_UNITS)
                )
            )
            return False
        after = spec_edit.set_units(self.session.network, index, units)
        text = _tr("Set hidden layer %1 to %2 neurons").replace("%1", str(index + 1))
        return self.apply_edit(after, text.replace("%2", str(units)), merge_key=f"units:{index}")

    def set_activation(self, index: int, name: str) -> bool:
        """Set the activation of hidden layer ``index``, or of the output when index is -1."""
        if index < 0:
            return self.set_output_activation(name)
        after = spec_edit.set_activation(self.session.network, index, name)
        text = _tr("Set hidden layer %1 activation to %2").replace("%1", str(index + 1))
        return self.apply_edit(after, text.replace("%2", activation_name(name)))

    def set_output_activation(self, name: str) -> bool:
        after = spec_edit.set_output(self.session.network, activation=name)
        return self.apply_edit(
            after, _tr("Set output activation to %1").replace("%1", activation_name(name))
        )

    def set_loss(self, name: str) -> bool:
        after = spec_edit.set_output(self.session.network, loss=name)
        return self.apply_edit(after, _tr("Set loss to %1").replace("%1", loss_name(name)))
