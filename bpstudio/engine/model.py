"""The :class:`Sequential` model: a stack of Dense layers trained by backpropagation."""

from __future__ import annotations

import copy
import logging
import secrets
from collections import OrderedDict

import numpy as np

from bpstudio.engine import losses, optimizers
from bpstudio.engine import metrics as metrics_module
from bpstudio.engine.backprop import Workspace, make_head
from bpstudio.engine.errors import invalid_argument
from bpstudio.engine.layers import Dense
from bpstudio.engine.parameters import ParameterBuffer
from bpstudio.engine.summary import summary_rows, summary_text
from bpstudio.engine.trace import ModelTrace, build_trace
from bpstudio.engine.training import fit as _fit
from bpstudio.engine.training import iter_fit as _iter_fit
from bpstudio.errors import ModelError

logger = logging.getLogger(__name__)

#: Rows per chunk in predict and evaluate, which bounds their memory on large data.
PREDICT_CHUNK = 4096
#: Workspaces kept for reuse (one per batch size seen, e.g. the full and the last batch).
_MAX_WORKSPACES = 6


class Sequential(ParameterBuffer):
    """A linear stack of :class:`Dense` layers with a Keras-style API.

    Args:
        layers: initial layers; the first needs ``input_shape`` unless ``build`` is called.
        seed: seeds the initial weights and the shuffling; the same seed gives the same
            history bit for bit on the same machine. None draws a seed and stores it.
        dtype: "float32" (default) or "float64"; every array of training has this dtype.
    """

    def __init__(self, layers=None, seed=None, dtype="float32", name="sequential"):
        if np.dtype(dtype) not in (np.dtype(np.float32), np.dtype(np.float64)):
            raise invalid_argument("dtype", "'float32' or 'float64'", dtype)
        self.dtype = np.dtype(dtype)
        self.seed = int(seed) if seed is not None else secrets.randbits(32)
        self.name = name
        self._layers: list[Dense] = []
        self._input_dim: int | None = None
        self._params = None
        self._grads = None
        self._kernel_grads: list[np.ndarray] = []
        self._bias_grads: list[np.ndarray] = []
        self._workspaces: OrderedDict[int, Workspace] = OrderedDict()
        self._optimizer = None
        self._loss = None
        self.metrics: list = []
        self.stop_training = False
        self.history = None
        #: Epochs trained so far, which also seeds each epoch's shuffle.
        self.epochs_trained = 0
        for layer in layers or ():
            self.add(layer)

    # Structure ---------------------------------------------------------------------------------

    @property
    def layers(self) -> list[Dense]:
        return list(self._layers)

    @property
    def built(self) -> bool:
        return self._params is not None

    @property
    def input_dim(self) -> int | None:
        return self._input_dim

    def add(self, layer: Dense) -> None:
        """Append a layer; a built model keeps the weights of its existing layers."""
        if not isinstance(layer, Dense):
            raise invalid_argument("layer", "a Dense layer", type(layer).__name__)
        if layer.name is None:
            layer.name = self._unique_name()
        self._layers.append(layer)
        self._rebuild_keeping_weights()

    def pop(self) -> Dense:
        """Remove and return the last layer; the others keep their weights."""
        if not self._layers:
            raise ModelError("model.empty")
        layer = self._layers.pop()
        layer.unbind()
        self._rebuild_keeping_weights()
        return layer

    def build(self, n_inputs: int | None = None) -> None:
        """Allocate and initialise the weights for ``n_inputs`` input features.

        Building a built model again with the same width changes nothing; with another width
        only the first layer's weights are drawn again.
        """
        if not self._layers:
            raise ModelError("model.empty")
        first = self._layers[0]
        n_inputs = n_inputs if n_inputs is not None else first.input_dim
        if n_inputs is None:
            raise ModelError("model.not_built")
        if first.input_dim is not None and first.input_dim != n_inputs:
            raise ModelError(
                "model.input_mismatch", layer=first.name, expected=first.input_dim, value=n_inputs
            )
        if self.built and self._input_dim == int(n_inputs):
            return
        self._input_dim = int(n_inputs)
        self._rebuild_keeping_weights()

    def _unique_name(self) -> str:
        taken = {layer.name for layer in self._layers}
        name, counter = "dense", 0
        while name in taken:
            counter += 1
            name = f"dense_{counter}"
        return name

    def summary(self) -> str:
        """Return a table of layers, output shapes and parameter counts, with totals."""
        return summary_text(self)

    def summary_rows(self) -> list[dict]:
        """Return one dict per layer: name, units, activation, output_shape, params."""
        return summary_rows(self)

    def count_params(self) -> int:
        if self._input_dim is None and (not self._layers or self._layers[0].input_dim is None):
            raise ModelError("model.not_built")
        n_in = self._input_dim or self._layers[0].input_dim
        total = 0
        for layer in self._layers:
            total += layer.count_params(n_in)
            n_in = layer.units
        return total

    # Compile and compute ---------------------------------------------------------------------

    @property
    def optimizer(self):
        """The optimizer; assign an instance or a name, also between training yields."""
        return self._optimizer

    @optimizer.setter
    def optimizer(self, value) -> None:
        self._optimizer = None if value is None else optimizers.get(value)

    @property
    def loss(self):
        """The loss object; assign an instance or a name from ``losses.NAMES``."""
        return self._loss

    @loss.setter
    def loss(self, value) -> None:
        self._loss = None if value is None else losses.get(value)

    def compile(self, optimizer="sgd", loss="mse", metrics=None) -> None:
        """Set the optimizer (name or instance), the loss (name or instance) and metrics."""
        self.optimizer = optimizers.get(optimizer)
        self.loss = losses.get(loss)
        self.metrics = [metrics_module.get(m) for m in metrics or ()]
        self.optimizer.reset()

    def _require_compiled(self) -> None:
        if self.loss is None or self.optimizer is None:
            raise ModelError("model.not_compiled")

    def head(self):
        """Return the output head for the current output activation and loss."""
        self._require_compiled()
        return make_head(self._layers[-1].activation, self.loss)

    def workspace(self, n: int) -> Workspace:
        """Return the (cached) buffers for batches of ``n`` samples."""
        workspace = self._workspaces.get(n)
        if workspace is None:
            workspace = Workspace(self._layers, n, self.dtype)
            self._workspaces[n] = workspace
            while len(self._workspaces) > _MAX_WORKSPACES:
                self._workspaces.popitem(last=False)
        return workspace

    def prepare_inputs(self, x, *, which="inputs") -> np.ndarray:
        """Return ``x`` as a C-contiguous 2-D array of the model dtype, checking its width."""
        from bpstudio.engine.validation import prepare_inputs

        return prepare_inputs(self, x, which)

    def prepare_targets(self, y, n_rows: int) -> np.ndarray:
        """Return ``y`` as ``(n, units)`` of the model dtype; ``(n,)`` becomes a column."""
        from bpstudio.engine.validation import prepare_targets

        return prepare_targets(self, y, n_rows)

    def predict(self, x, batch_size=None, verbose=0) -> np.ndarray:
        """Return the outputs ``(n_samples, units)`` for inputs ``(n_samples, n_features)``.

        ``verbose`` is accepted for Keras compatibility and ignored.
        """
        x = self.prepare_inputs(x)
        chunk = int(batch_size or PREDICT_CHUNK)
        workspaces = {}
        parts = []
        for start in range(0, x.shape[0], chunk):
            block = x[start : start + chunk]
            n = block.shape[0]
            if n not in workspaces:
                workspaces[n] = Workspace(self._layers, n, self.dtype)
            parts.append(workspaces[n].forward(block).copy())
        if not parts:
            return np.empty((0, self._layers[-1].units), dtype=self.dtype)
        return np.concatenate(parts) if len(parts) > 1 else parts[0]

    def __call__(self, x):
        return self.predict(x)

    def evaluate(self, x, y, batch_size=None, verbose=0) -> dict[str, float]:
        """Return the loss (averaged over all samples) and each compiled metric.

        ``verbose`` is accepted for Keras compatibility and ignored.
        """
        from bpstudio.engine.evaluation import evaluate_arrays

        self._require_compiled()
        x = self.prepare_inputs(x)
        y = self.prepare_targets(y, x.shape[0])
        # Own metric objects and buffers, so an evaluation from another thread leaves a
        # running training's accumulators and buffers alone.
        metrics = [copy.deepcopy(metric) for metric in self.metrics]
        return evaluate_arrays(
            self, x, y, batch_size or PREDICT_CHUNK, metrics=metrics, shared_buffers=False
        )

    def compute_gradients(self, x, y):
        """Return ``(loss, grads)``: the loss averaged over ``x``, grads in get_weights order."""
        self._require_compiled()
        x = self.prepare_inputs(x)
        y = self.prepare_targets(y, x.shape[0])
        kernel_grads, bias_grads = self.new_gradient_arrays()
        workspace = Workspace(self._layers, x.shape[0], self.dtype)
        loss = workspace.forward_backward(x, y, self.head(), kernel_grads, bias_grads)
        grads = []
        for kernel_grad, bias_grad in zip(kernel_grads, bias_grads, strict=True):
            grads.append(kernel_grad)
            if bias_grad is not None:
                grads.append(bias_grad)
        return loss, grads

    def _forward_backward(self, x, y) -> float:
        workspace = self.workspace(x.shape[0])
        return workspace.forward_backward(x, y, self.head(), self._kernel_grads, self._bias_grads)

    def train_on_batch(self, x, y) -> float:
        """Apply one optimizer step on (x, y); return the loss before the step."""
        self._require_compiled()
        x = self.prepare_inputs(x)
        y = self.prepare_targets(y, x.shape[0])
        loss = self._forward_backward(x, y)
        self.optimizer.update([self._params], [self._grads])
        return loss

    def trace(self, x, y=None) -> ModelTrace:
        """Return the forward pass on ``x`` and, given ``y``, the backward pass of training.

        The pass runs in its own buffers, so it neither changes the model nor disturbs a
        training run in another thread (which may change the weights while it runs).
        """
        return build_trace(self, x, y)

    # Training ----------------------------------------------------------------------------------

    def iter_fit(self, x, y=None, **options):
        """Train and yield a :class:`TrainingReport` per epoch; see ``training.iter_fit``."""
        return _iter_fit(self, x, y, **options)

    def fit(self, x, y=None, **options):
        """Train and return a :class:`History`; see ``training.fit``."""
        return _fit(self, x, y, **options)

    # Configuration ----------------------------------------------------------------------------

    def get_config(self) -> dict:
        """Return a JSON-able dict from which ``from_config`` rebuilds the model (no weights)."""
        return {
            "name": self.name,
            "seed": self.seed,
            "dtype": self.dtype.name,
            "input_dim": self._input_dim,
            "layers": [layer.get_config() for layer in self._layers],
            "optimizer": self.optimizer.get_config() if self.optimizer else None,
            "loss": self.loss.name if self.loss else None,
            "metrics": [metric.name for metric in self.metrics],
        }

    @classmethod
    def from_config(cls, config: dict) -> Sequential:
        """Rebuild a model (and compile it if the config has an optimizer and a loss)."""
        model = cls(
            seed=config.get("seed"),
            dtype=config.get("dtype", "float32"),
            name=config.get("name", "sequential"),
        )
        for layer_config in config.get("layers", ()):
            model.add(Dense.from_config(dict(layer_config)))
        if config.get("input_dim") is not None and not model.built:
            model.build(config["input_dim"])
        if config.get("optimizer") and config.get("loss"):
            model.compile(
                optimizer=dict(config["optimizer"]),
                loss=config["loss"],
                metrics=config.get("metrics") or None,
            )
        return model

    def __getstate__(self) -> dict:
        # Kernels and biases are views of one flat buffer. Copied one by one they would lose
        # that link, so a copy is rebuilt from the config and the weights.
        return {
            "config": self.get_config(),
            "weights": self.get_weights(),
            "optimizer": self.optimizer,
            "epochs_trained": self.epochs_trained,
            "history": self.history,
        }

    def __setstate__(self, state: dict) -> None:
        clone = Sequential.from_config(state["config"])
        self.__dict__.update(clone.__dict__)
        if self.built and state["weights"]:
            self.set_weights(state["weights"])
        self.optimizer = state["optimizer"]
        self.epochs_trained = state["epochs_trained"]
        self.history = state["history"]

    def __repr__(self) -> str:
        return f"Sequential({len(self._layers)} layers, seed={self.seed}, dtype={self.dtype.name})"
