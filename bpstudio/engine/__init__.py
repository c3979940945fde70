"""Qt-free NumPy backpropagation engine with a Keras-style API.

>>> from bpstudio.engine import Sequential, Dense
>>> model = Sequential([Dense(4, input_shape=(2,), activation="tanh"),
...                     Dense(1, activation="sigmoid")], seed=0)
>>> model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
"""

from bpstudio.engine import (
    activations,
    callbacks,
    errors,
    initializers,
    losses,
    metrics,
    network_spec,
    optimizers,
)
from bpstudio.engine.callbacks import Callback, EarlyStopping, History, LearningRateScheduler
from bpstudio.engine.errors import DivergenceError
from bpstudio.engine.gradcheck import GradientCheckResult, gradient_check
from bpstudio.engine.layers import Dense
from bpstudio.engine.model import Sequential
from bpstudio.engine.trace import LayerTrace, ModelTrace
from bpstudio.engine.training import TrainingReport

__all__ = [
    "Callback",
    "Dense",
    "DivergenceError",
    "EarlyStopping",
    "GradientCheckResult",
    "History",
    "LayerTrace",
    "LearningRateScheduler",
    "ModelTrace",
    "Sequential",
    "TrainingReport",
    "activations",
    "callbacks",
    "errors",
    "gradient_check",
    "initializers",
    "losses",
    "network_spec",
    "metrics",
    "optimizers",
]
