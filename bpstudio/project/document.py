"""The :class:`Project` dataclass and its JSON document form.

A project is everything needed to reopen a piece of work: where the data came from and how it
was read, the fitted preprocessing, the network and training settings, the history, the current
weights, the user's notes and the window's view state. The document is plain JSON; the weights
travel beside it as arrays (see :mod:`bpstudio.project.files`).
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from bpstudio.project.errors import ProjectError

log = logging.getLogger(__name__)

#: Schema version written by this release. Older documents go through
#: :func:`bpstudio.project.migration.migrate` on load; newer ones are rejected.
SCHEMA_VERSION = 1
#: Value of the document's ``"format"`` field, which distinguishes a project from other JSON.
FORMAT_NAME = "bpstudio-project"


@dataclass
class Project:
    """A saved piece of work: data source, preprocessing, network, training and weights.

    ``data_source`` is ``{"kind": "file", "path": ...}``, ``{"kind": "sample", "name": ...,
    "params": {...}}`` or ``{"kind": "embedded", "path": ..., "filename": ...}``; an embedded
    copy of the CSV file is kept in ``embedded_data`` (bytes). ``model`` is the engine's
    ``Sequential.get_config()`` and ``dataset`` describes the prepared arrays (task, feature,
    target and class names), so a project can be evaluated and exported without its data.
    """

    schema_version: int = SCHEMA_VERSION
    data_source: dict[str, Any] = field(default_factory=dict)
    import_settings: dict[str, Any] = field(default_factory=dict)
    preprocess: dict[str, Any] = field(default_factory=dict)
    pipeline: dict[str, Any] | None = None
    network: dict[str, Any] = field(default_factory=dict)
    training: dict[str, Any] = field(default_factory=dict)
    history: dict[str, list[float]] = field(default_factory=dict)
    markers: list[dict[str, Any]] = field(default_factory=list)
    weights: list[np.ndarray] = field(default_factory=list)
    runs: list[dict[str, Any]] = field(default_factory=list)
    notes: str = ""
    view: dict[str, Any] = field(default_factory=dict)
    model: dict[str, Any] | None = None
    dataset: dict[str, Any] = field(default_factory=dict)
    embedded_data: bytes | None = None
    app_version: str = ""
    #: Where the project was loaded from or last saved; not stored in the file.
    location: str | None = field(default=None, compare=False)

    @property
    def has_weights(self) -> bool:
        """True when the project contains trained (or at least initialised) weights."""
        return bool(self.weights)

    @property
    def task(self) -> str | None:
        """``"classification"``, ``"regression"`` or None when the project has no data yet."""
        return self.dataset.get("task") or self.preprocess.get("task") or None

    def build_model(self):
        """Rebuild the network as a ``Sequential`` with the saved weights (if any).

        The engine's own configuration is used when the project has it; otherwise the network
        spec is built for the recorded input and output sizes.
        """
        from bpstudio.engine import Sequential

        if self.model is not None:
            model = Sequential.from_config(self.model)
        else:
            from bpstudio.engine import network_spec

            n_inputs = self.dataset.get("n_inputs")
            n_outputs = self.dataset.get("n_outputs")
            if not n_inputs or not n_outputs:
                raise ProjectError("project.no_weights")
            model = network_spec.build_network(
                self.network,
                int(n_inputs),
                int(n_outputs),
                self.task or "regression",
                seed=int(self.training.get("seed", 0)),
            )
        if self.weights:
            if not model.built:
                model.build(int(self.weights[0].shape[0]))
            model.set_weights([np.array(array, copy=True) for array in self.weights])
        return model

    def load_table(self):
        """Read the data the project was trained on (embedded copy, sample or file)."""
        from bpstudio.project.sources import load_project_table

        return load_project_table(self)

    def embedded_table(self):
        """Read the embedded CSV copy with the saved import settings."""
        from bpstudio.project.sources import read_embedded

        return read_embedded(self)

    def preprocess_config(self):
        """Return the saved ``PreprocessConfig``."""
        from bpstudio.data import PreprocessConfig

        return PreprocessConfig.from_dict(self.preprocess)

    def fitted_pipeline(self):
        """Return the fitted preprocessing ``Pipeline``; raise when the project has none."""
        from bpstudio.data import Pipeline

        if not self.pipeline:
            raise ProjectError("project.no_data")
        return Pipeline.from_dict(self.pipeline)

    def to_document(self) -> dict[str, Any]:
        """Return the JSON document (weights and embedded data excluded)."""
        document = {
            "format": FORMAT_NAME,
            "schema_version": SCHEMA_VERSION,
            "app_version": self.app_version,
            "data_source": self.data_source or {},
            "import_settings": self.import_settings or {},
            "preprocess": self.preprocess or {},
            "pipeline": self.pipeline,
            "network": self.network or {},
            "training": self.training or {},
            "model": self.model,
            "dataset": self.dataset or {},
            "history": self.history or {},
            "markers": self.markers or [],
            "runs": self.runs or [],
            "notes": self.notes or "",
            "view": self.view or {},
            "weights": [
                {"shape": list(array.shape), "dtype": str(array.dtype)} for array in self.weights
            ],
        }
        return json_safe(document)

    @classmethod
    def from_document(
        cls,
        document: dict[str, Any],
        weights: list[np.ndarray],
        embedded_data: bytes | None = None,
    ) -> Project:
        """Build a project from a validated, migrated document and its weight arrays."""
        history = {
            name: [math.nan if value is None else float(value) for value in values]
            for name, values in (document.get("history") or {}).items()
        }
        return cls(
            schema_version=SCHEMA_VERSION,
            data_source=dict(document.get("data_source") or {}),
            import_settings=dict(document.get("import_settings") or {}),
            preprocess=dict(document.get("preprocess") or {}),
            pipeline=document.get("pipeline"),
            network=dict(document.get("network") or {}),
            training=dict(document.get("training") or {}),
            history=history,
            markers=list(document.get("markers") or []),
            weights=weights,
            runs=list(document.get("runs") or []),
            notes=str(document.get("notes") or ""),
            view=dict(document.get("view") or {}),
            model=document.get("model"),
            dataset=dict(document.get("dataset") or {}),
            embedded_data=embedded_data,
            app_version=str(document.get("app_version") or ""),
        )


def json_safe(value: Any, where: str = "") -> Any:
    """Return ``value`` as plain JSON types, with every NaN or infinity replaced by None.

    NumPy scalars and arrays become Python numbers and lists; tuples become lists. JSON has no
    NaN, and a NaN in a saved file would come back as a broken number, so non-finite floats are
    stored as ``null`` (history curves read them back as NaN gaps). Outside ``history`` and
    ``runs`` a non-finite value is unexpected, so it is logged with its place in the document.
    """
    if isinstance(value, dict):
        return {
            str(key): json_safe(item, f"{where}.{key}" if where else str(key))
            for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return [json_safe(item, f"{where}[{index}]") for index, item in enumerate(value)]
    if isinstance(value, np.ndarray):
        return json_safe(value.tolist(), where)
    if isinstance(value, bool | np.bool_):
        return bool(value)
    if isinstance(value, int | np.integer):
        return int(value)
    if isinstance(value, float | np.floating):
        number = float(value)
        if math.isfinite(number):
            return number
        if not where.startswith(("history", "runs")):
            log.warning("non-finite value at %s saved as null", where)
        return None
    if value is None or isinstance(value, str):
        return value
    raise TypeError(f"cannot store {type(value).__name__} at '{where}' in a project document")
