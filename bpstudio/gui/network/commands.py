"""Undo commands for the network builder.

Each edit is stored as the spec before and after it, so undo and redo replay whole specs
through :meth:`Session.set_network` instead of re-applying a change to whatever is there.
"""

from __future__ import annotations

import copy
import logging
from typing import Any

from PySide6.QtGui import QUndoCommand

log = logging.getLogger(__name__)

#: QUndoCommand.id() of edits that merge with the previous one of the same key.
_MERGE_ID = 4101


class NetworkEditCommand(QUndoCommand):
    """Replace the session's network spec; undo puts the previous spec back.

    Args:
        session: the Session whose ``network`` is edited.
        before, after: the specs before and after the edit.
        text: the translated description shown in the Edit menu ("Add hidden layer").
        merge_key: edits with the same key that follow each other merge into one undo
            step, so a spin box stepped ten times undoes in one go. None never merges.
    """

    def __init__(
        self,
        session,
        before: dict[str, Any],
        after: dict[str, Any],
        text: str,
        merge_key: str | None = None,
    ) -> None:
        super().__init__(text)
        self._session = session
        self.before = copy.deepcopy(before)
        self.after = copy.deepcopy(after)
        self.merge_key = merge_key

    def id(self) -> int:
        return _MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, NetworkEditCommand) or other.merge_key != self.merge_key:
            return False
        self.after = copy.deepcopy(other.after)
        # An edit that came back to where it started is dropped from the stack.
        if self.after == self.before:
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)

    def _apply(self, spec: dict[str, Any]) -> None:
        # The builder disables Undo and Redo while training runs. A call that still gets
        # here leaves the network as it is, because raising would escape Qt's undo stack.
        if self._session.state != "idle":
            log.warning(
                "network edit %r ignored while training is %s", self.text(), self._session.state
            )
            return
        self._session.set_network(copy.deepcopy(spec))
