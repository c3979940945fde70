"""The studio's state: one dataset, one network, one set of training settings.

Every panel binds to one :class:`Session`. Panels change it through its ``set_*`` methods
and redraw from its signals; no panel reads another panel's widgets. The session lives on
the GUI thread. The training worker receives copies of what it needs and reports back
through the training controller, which writes the results here.
"""

from __future__ import annotations

import copy
import logging
from typing import Any

from PySide6.QtCore import QObject, Signal

from bpstudio.errors import BPStudioError

log = logging.getLogger(__name__)

IDLE = "idle"
RUNNING = "running"
PAUSED = "paused"
STATES = (IDLE, RUNNING, PAUSED)


def _default_network() -> dict[str, Any]:
    try:
        from bpstudio.engine import network_spec
    except ImportError:  # TODO: remove once bpstudio.engine.network_spec is in the tree
        return {
            "hidden": [{"units": 4, "activation": "tanh"}],
            "output_activation": "auto",
            "loss": "auto",
        }
    return copy.deepcopy(network_spec.DEFAULT_NETWORK)


def _default_training() -> dict[str, Any]:
    try:
        from bpstudio.engine import optimizers
    except ImportError:  # TODO: remove once bpstudio.engine.optimizers is in the tree
        return {
            "optimizer": "adam",
            "learning_rate": 0.01,
            "batch_size": 32,
            "epochs": 100,
            "l2": 0.0,
            "seed": 0,
            "early_stopping": False,
            "patience": 10,
        }
    return dict(optimizers.DEFAULT_TRAINING)


def _default_preprocess(table, source: dict[str, Any]):
    """Return a PreprocessConfig whose target is the sample's target or ``default_target``."""
    from bpstudio.data import preprocess

    target = None
    if source.get("kind") == "sample":
        from bpstudio.data import samples

        for info in samples.list_samples():
            if info.name == source.get("name"):
                target = info.target
                break
    if target not in table.columns:
        # The rule of ``bpstudio train``: a label-like name, never an ID or constant column.
        target = preprocess.default_target(table)
    return preprocess.PreprocessConfig(target=target)


class Session(QObject):
    """The single source of truth the panels bind to.

    Attributes:
        table: the imported :class:`bpstudio.data.Table`, or None before any data.
        source: where the table came from, ``{"kind": "file"|"sample", "path"|"name", ...}``.
        preprocess: the PreprocessConfig applied to ``table``.
        prepared: the PreparedData produced from ``table`` and ``preprocess`` (None when the
            configuration cannot be prepared, e.g. a single class; ``prepare_error`` is the reason).
        network: the network spec dict (see ``bpstudio.engine.network_spec``).
        training: the training settings dict (see ``optimizers.DEFAULT_TRAINING``).
        model: the built, compiled Sequential, or None when there is no prepared data.
        history: per-epoch logs, ``{"loss": [...], "val_loss": [...], ...}``.
        markers: ``[{"epoch": int, "label": str}]`` drawn on the loss curve.
        runs: finished training runs, newest last.
        state: "idle", "running" or "paused".
        modified: True when there are changes not saved to a project file.

    Views draw weights from :meth:`current_weights` (not ``model.get_weights()``), because
    the worker thread owns ``model`` while a run is active; ``weightsChanged`` fires at most
    30 times a second during training.
    """

    # Signals are camelCase like Qt's own, so connections read the same everywhere.
    tableChanged = Signal()  # noqa: N815
    dataChanged = Signal()  # noqa: N815
    networkChanged = Signal()  # noqa: N815
    weightsChanged = Signal()  # noqa: N815
    trainingSettingsChanged = Signal()  # noqa: N815
    historyChanged = Signal()  # noqa: N815
    stateChanged = Signal(str)  # noqa: N815
    modifiedChanged = Signal(bool)  # noqa: N815
    errorRaised = Signal(object)  # noqa: N815

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = None
        self.source: dict[str, Any] = {}
        self.preprocess = None
        self.prepared = None
        self.prepare_error: BPStudioError | None = None
        self.network: dict[str, Any] = _default_network()
        self.training: dict[str, Any] = _default_training()
        self.model = None
        self.history: dict[str, list[float]] = {}
        self.markers: list[dict[str, Any]] = []
        self.runs: list[dict[str, Any]] = []
        self.notes = ""
        self.view: dict[str, Any] = {}
        self.project_path: str | None = None
        #: Weight copies from the latest training report while a run is active, else None.
        self.live_weights = None
        #: Gradient copies from the latest report when gradient views asked for them.
        self.live_gradients = None
        self.state = IDLE
        self.modified = False

    # ----------------------------------------------------------------- state flags

    @property
    def is_training(self) -> bool:
        """True while a run is active, running or paused; structure edits are locked."""
        return self.state != IDLE

    def set_state(self, state: str) -> None:
        if state not in STATES:
            raise ValueError(f"session state must be one of {STATES}, got {state!r}")
        if state != self.state:
            self.state = state
            self.stateChanged.emit(state)

    def set_modified(self, modified: bool = True) -> None:
        if modified != self.modified:
            self.modified = modified
            self.modifiedChanged.emit(modified)

    def _check_unlocked(self, part: str) -> None:
        if self.is_training:
            raise RuntimeError(f"cannot change the {part} while training is {self.state}")

    # ----------------------------------------------------------------- data

    def load_sample(self, name: str | None = None, **params: Any) -> None:
        """Load a built-in sample (the default sample when ``name`` is None)."""
        from bpstudio.data import samples

        name = name or samples.DEFAULT_SAMPLE
        table = samples.load_sample(name, **params)
        self.set_table(table, {"kind": "sample", "name": name, "params": dict(params)})

    def open_csv(self, path: str, **import_settings: Any) -> None:
        """Read a CSV file with the importer and make it the session's table."""
        from bpstudio.data import read_csv

        table = read_csv(path, **import_settings)
        self.set_table(table, {"kind": "file", "path": str(path)})

    def set_table(self, table, source: dict[str, Any], preprocess=None) -> None:
        """Replace the dataset; the preprocessing defaults to the new table's target."""
        self._check_unlocked("dataset")
        self.table = table
        self.source = dict(source)
        self.tableChanged.emit()
        self.set_preprocess(preprocess or _default_preprocess(table, self.source))

    def set_preprocess(self, config) -> None:
        """Apply a PreprocessConfig, prepare the arrays and rebuild the model to fit them."""
        self._check_unlocked("preprocessing")
        from bpstudio.data import preprocess

        self.preprocess = config
        try:
            self.prepared = preprocess.prepare(self.table, config)
            self.prepare_error = None
        except BPStudioError as error:
            log.info("data cannot be prepared: %s", error)
            self.prepared = None
            self.prepare_error = error
            self.errorRaised.emit(error)
        # The model is rebuilt first, so views redrawing on dataChanged see one that fits.
        self.rebuild_model()
        self.dataChanged.emit()
        self.set_modified()

    # ----------------------------------------------------------------- network

    def set_network(self, spec: dict[str, Any]) -> None:
        """Replace the network spec and rebuild the model; the old weights are dropped."""
        self._check_unlocked("network")
        self.network = copy.deepcopy(spec)
        self.rebuild_model()
        self.networkChanged.emit()
        self.set_modified()

    def set_training(self, settings: dict[str, Any]) -> None:
        """Replace the training settings; allowed while paused (applied on resume)."""
        self.training = dict(settings)
        if self.model is not None and not self.is_training:
            self.compile_model(self.model)
        self.trainingSettingsChanged.emit()
        self.set_modified()

    def rebuild_model(self) -> None:
        """Build and compile a fresh model from the network spec and the prepared data."""
        self.model = None
        if self.prepared is not None:
            from bpstudio.engine import network_spec

            try:
                model = network_spec.build_network(
                    self.network,
                    n_inputs=self.prepared.x_train.shape[1],
                    n_outputs=self.prepared.n_outputs,
                    task=self.prepared.task,
                    seed=int(self.training.get("seed", 0)),
                )
                self.compile_model(model)
                self.model = model
            except BPStudioError as error:
                log.info("network cannot be built: %s", error)
                self.errorRaised.emit(error)
        self.clear_history()
        self.weightsChanged.emit()

    def compile_model(self, model) -> None:
        """Compile ``model`` with the training settings' optimizer, the loss and a metric."""
        from bpstudio.engine import optimizers

        optimizer, _batch_size = optimizers.from_settings(self.training)
        metrics = ["accuracy"] if self.task == "classification" else ["r2"]
        model.compile(optimizer=optimizer, loss=self.resolved_loss(), metrics=metrics)
        apply_l2(model, float(self.training.get("l2", 0.0)))

    def resolved_loss(self) -> str:
        """Return the loss name, with "auto" resolved from the task and output width."""
        loss = self.network.get("loss", "auto")
        if self.prepared is None:
            return "mse" if loss == "auto" else loss
        from bpstudio.engine import network_spec

        try:
            _activation, loss = network_spec.resolve_output(
                self.network, self.prepared.task, self.prepared.n_outputs
            )
        except BPStudioError:
            # An invalid combination cannot be compiled anyway; build reports it.
            _activation, loss = network_spec.output_defaults(
                self.prepared.task, self.prepared.n_outputs
            )
        return loss

    @property
    def task(self) -> str | None:
        return None if self.prepared is None else self.prepared.task

    def reset_weights(self) -> None:
        """Draw fresh initial weights from the seed and forget the history."""
        self._check_unlocked("weights")
        if self.model is None:
            return
        self.model.reset_weights(seed=int(self.training.get("seed", 0)))
        self.compile_model(self.model)
        self.clear_history()
        self.weightsChanged.emit()

    def set_weights(self, weights) -> None:
        """Copy weights (e.g. from a training report) into the model and notify views."""
        if self.model is not None:
            self.model.set_weights(weights)
            self.weightsChanged.emit()

    # ----------------------------------------------------------------- history

    def clear_history(self) -> None:
        self.history = {}
        self.markers = []
        self.historyChanged.emit()

    def append_history(self, logs: dict[str, float]) -> None:
        """Append one epoch's logs."""
        self.extend_history([logs])

    def extend_history(self, rows: list[dict[str, float]]) -> None:
        """Append several epochs' logs and notify once; missing keys are padded with NaN."""
        if not rows:
            return
        length = self.epochs_trained
        keys = set(self.history)
        for logs in rows:
            keys.update(logs)
        nan = float("nan")
        for key in keys:
            column = self.history.setdefault(key, [])
            column.extend([nan] * (length - len(column)))
            column.extend([float(logs.get(key, nan)) for logs in rows])
        self.historyChanged.emit()

    def extend_history_columns(self, count: int, columns: dict[str, list[float]]) -> None:
        """Append ``count`` epochs given as columns of equal length; notify once."""
        if count <= 0:
            return
        length = self.epochs_trained
        nan = float("nan")
        for key in set(self.history) | set(columns):
            column = self.history.setdefault(key, [])
            column.extend([nan] * (length - len(column)))
            column.extend(columns.get(key) or [nan] * count)
        self.historyChanged.emit()

    @property
    def epochs_trained(self) -> int:
        return max((len(column) for column in self.history.values()), default=0)

    def current_weights(self):
        """Return the weights to draw: the latest training report's while a run is active.

        While training, the worker thread owns ``model``, so views must not call its
        methods; the training controller stores each report's weight copies here instead.
        """
        if self.live_weights is not None:
            return self.live_weights
        return None if self.model is None else self.model.get_weights()

    def add_marker(self, epoch: int, label: str) -> None:
        """Mark an epoch on the loss curve (e.g. where the learning rate changed)."""
        self.markers.append({"epoch": int(epoch), "label": str(label)})
        self.historyChanged.emit()

    # ----------------------------------------------------------------- projects

    def to_project(self):
        """Return a :class:`bpstudio.project.Project` snapshot of this session."""
        from bpstudio.project import Project

        pipeline = None if self.prepared is None else self.prepared.pipeline.to_dict()
        weights = [] if self.model is None else self.model.get_weights()
        import_settings = {} if self.table is None else self.table.import_settings()
        return Project(
            data_source=dict(self.source),
            import_settings=import_settings,
            preprocess=None if self.preprocess is None else self.preprocess.to_dict(),
            pipeline=pipeline,
            network=copy.deepcopy(self.network),
            training=dict(self.training),
            history={key: list(values) for key, values in self.history.items()},
            markers=list(self.markers),
            weights=weights,
            runs=list(self.runs),
            notes=self.notes,
            view=dict(self.view),
        )

    def apply_project(self, project) -> None:
        """Load a project: its data source, preprocessing, network, settings and weights."""
        self._check_unlocked("project")
        from bpstudio.data import open_data, preprocess

        source = dict(project.data_source or {})
        table = self._table_from_source(source, project, open_data)
        config = preprocess.PreprocessConfig.from_dict(project.preprocess)
        self.network = copy.deepcopy(project.network)
        self.training = dict(project.training)
        self.set_table(table, source, preprocess=config)
        if self.model is not None and project.weights:
            self.model.set_weights(project.weights)
        self.history = {key: list(values) for key, values in project.history.items()}
        self.markers = list(project.markers)
        self.runs = list(project.runs)
        self.notes = project.notes
        self.view = dict(project.view)
        self.networkChanged.emit()
        self.trainingSettingsChanged.emit()
        self.weightsChanged.emit()
        self.historyChanged.emit()
        self.set_modified(False)

    @staticmethod
    def _table_from_source(source, project, open_data):
        kind = source.get("kind")
        if kind == "sample":
            from bpstudio.data import samples

            return samples.load_sample(source["name"], **source.get("params", {}))
        if kind == "embedded" and hasattr(project, "embedded_table"):
            return project.embedded_table()
        if project.import_settings:
            from bpstudio.data import read_csv

            return read_csv(source["path"], **project.import_settings)
        return open_data(source["path"])


def apply_l2(model, l2: float) -> None:
    """Set the L2 penalty of every layer; the training panel owns this setting."""
    for layer in model.layers:
        if hasattr(layer, "l2"):
            layer.l2 = l2
