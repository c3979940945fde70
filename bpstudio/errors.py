"""Typed errors with structured fields, shared by the engine, the importer and the CLI.

Every error BP Studio shows to a user is a :class:`BPStudioError`. It carries a ``kind``
(a stable identifier such as ``"csv.ragged_rows"``) and the fields the message needs
(``value``, ``line``, ``column``, ``layer``, ...). ``str(error)`` gives the English
sentence, built from :data:`MESSAGES`; the GUI and the command line look the kind up in
their translated catalogue and format the same fields, so no user-visible text is parsed
back out of an English string.

This module imports the standard library only, so ``bpstudio.engine`` and
``bpstudio.data`` may use it.
"""

from __future__ import annotations

from typing import Any

#: English message template for each error kind, formatted with the error's fields.
#: Packages register their kinds with :func:`register_messages` at import time.
MESSAGES: dict[str, str] = {}


def register_messages(templates: dict[str, str]) -> None:
    """Add English templates for error kinds; a kind registered twice must not change."""
    for kind, template in templates.items():
        previous = MESSAGES.get(kind)
        if previous is not None and previous != template:
            raise ValueError(f"error kind {kind!r} is already registered with another message")
        MESSAGES[kind] = template


class BPStudioError(Exception):
    """Base class of every error that BP Studio reports to a user.

    Args:
        kind: stable identifier of the message, a key of :data:`MESSAGES`.
        **fields: values substituted into the message (``value``, ``line``, ``column``,
            ``layer``, ``path``, ...). They must be plain JSON-able values.
    """

    def __init__(self, kind: str, **fields: Any) -> None:
        self.kind = kind
        self.fields = fields
        super().__init__(self.format_message(MESSAGES.get(kind)))

    def format_message(self, template: str | None) -> str:
        """Fill ``template`` with this error's fields; unknown kinds list the raw fields."""
        if template is None:
            details = ", ".join(f"{key}={value!r}" for key, value in self.fields.items())
            return f"{self.kind}: {details}" if details else self.kind
        try:
            return template.format(**self.fields)
        except (KeyError, IndexError, ValueError) as error:
            raise ValueError(
                f"message for error kind {self.kind!r} needs a field that is missing: {error}"
            ) from error

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"kind": ..., "message": ..., **fields}`` for JSON output."""
        return {"kind": self.kind, "message": str(self), **self.fields}

    def __getattr__(self, name: str) -> Any:
        # Fields read as attributes (error.line, error.column); missing ones give None.
        if name.startswith("_") or name in ("kind", "fields"):
            raise AttributeError(name)
        return self.fields.get(name)


class ModelError(BPStudioError, ValueError):
    """An impossible network or configuration (zero units, width mismatch, unknown name)."""


class TrainingError(BPStudioError, RuntimeError):
    """Training could not go on (divergence, non-finite gradients, empty batches)."""


class DataError(BPStudioError, ValueError):
    """A file or table that cannot be read or turned into training arrays."""


class ProjectError(BPStudioError, ValueError):
    """A project file that is damaged, foreign, too large or from an unknown version."""
