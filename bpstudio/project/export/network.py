"""The saved network as a list of plain layer descriptions, for code generators."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from bpstudio.project.document import Project
from bpstudio.project.errors import ProjectError

#: Default parameters of activations that have one; the engine stores them when they differ.
DEFAULT_ALPHA = {"leaky_relu": 0.01, "elu": 1.0}


@dataclass
class LayerInfo:
    """One Dense layer: ``activation(x @ kernel + bias)``; kernel is ``(n_inputs, units)``."""

    units: int
    activation: str
    alpha: float | None
    kernel: np.ndarray
    bias: np.ndarray | None
    l2: float = 0.0


@dataclass
class NetworkInfo:
    """The layers in order, plus how the network was compiled and trained."""

    n_inputs: int
    layers: list[LayerInfo]
    loss: str
    optimizer: dict[str, Any]
    batch_size: int | None
    epochs: int
    dtype: str


def describe_network(project: Project) -> NetworkInfo:
    """Pair each layer of the saved model configuration with its weight arrays."""
    if not project.has_weights:
        raise ProjectError("project.no_weights")
    config = project.model or project.build_model().get_config()
    weights = list(project.weights)
    layers = []
    for layer in config.get("layers", []):
        activation = layer.get("activation", "linear")
        alpha = None
        if isinstance(activation, dict):
            alpha = activation.get("alpha")
            activation = activation.get("name", "linear")
        if activation in DEFAULT_ALPHA and alpha is None:
            alpha = DEFAULT_ALPHA[activation]
        kernel = np.asarray(weights.pop(0))
        bias = np.asarray(weights.pop(0)) if layer.get("use_bias", True) else None
        layers.append(
            LayerInfo(
                units=int(layer["units"]),
                activation=str(activation),
                alpha=alpha,
                kernel=kernel,
                bias=bias,
                l2=float(layer.get("l2") or 0.0),
            )
        )
    if weights or not layers:
        raise ProjectError(
            "project.export_unsupported",
            format="code",
            reason="the weights do not match the saved layers",
        )

    optimizer = dict(config.get("optimizer") or {"name": project.training.get("optimizer", "sgd")})
    return NetworkInfo(
        n_inputs=int(layers[0].kernel.shape[0]),
        layers=layers,
        loss=str(config.get("loss") or project.network.get("loss") or "mse"),
        optimizer=optimizer,
        batch_size=_batch_size(project.training),
        epochs=int(project.training.get("epochs", 100)),
        dtype=str(config.get("dtype", "float32")),
    )


def _batch_size(training: dict[str, Any]) -> int | None:
    if training.get("optimizer") == "gd":
        return None
    size = training.get("batch_size")
    return int(size) if size else None
