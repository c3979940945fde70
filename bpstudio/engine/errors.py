"""Typed errors of the engine and their English messages.

The GUI and the command line translate these by ``kind`` and format the same fields, so the
fields (``layer``, ``value``, ``epoch``, ...) are part of the interface.
"""

from __future__ import annotations

from bpstudio.errors import ModelError, TrainingError, register_messages

register_messages(
    {
        "model.unknown_name": ("unknown {what} {value!r}; valid names are: {valid}."),
        "model.invalid_units": (
            "layer {layer}: `units` must be a positive integer, got {value!r}."
        ),
        "model.softmax_one_unit": (
            "layer {layer}: softmax over 1 unit always outputs 1, so the layer cannot learn; "
            "use sigmoid for a single unit or give the layer at least 2 units."
        ),
        "model.invalid_argument": ("{argument} must be {expected}, got {value!r}."),
        "model.input_mismatch": (
            "layer {layer} expects {expected} input features, but the data has {value} columns. "
            "Select {expected} feature columns or change the input layer."
        ),
        "model.target_mismatch": (
            "the output layer {layer} has {expected} units, but the targets have shape "
            "{value}. Give targets with {expected} columns (one-hot encode class labels for "
            "softmax outputs)."
        ),
        "model.weights_mismatch": (
            "weight array {index} ({name}) must have shape {expected}, got {value}."
        ),
        "model.weights_count": ("the model has {expected} weight arrays, but {value} were given."),
        "model.empty": "the model has no layers; add at least one Dense layer.",
        "model.not_built": (
            "the model has no input width yet; give the first layer `input_shape` or call "
            "build(n_inputs) first."
        ),
        "model.not_compiled": (
            "the model is not compiled; call compile(optimizer=..., loss=...) first."
        ),
        "model.bad_combination": (
            "output activation {activation!r} with loss {loss!r} over {units} output units "
            "cannot train: {reason}"
        ),
        "model.invalid_hidden": (
            "hidden layer {position} in {value!r} is invalid: {reason} "
            "Write layers as UNITS:ACTIVATION separated by commas, e.g. 16:relu,8:tanh."
        ),
        "model.invalid_targets": ("{loss} needs targets {expected}, but {detail}."),
        "training.diverged": (
            "training stopped in epoch {epoch}: the {quantity} became NaN or infinite with "
            "learning rate {learning_rate:g}. Lower the learning rate or scale the inputs "
            "(standardize or min-max) and train again; the weights of the last finite epoch "
            "were kept."
        ),
        "training.non_finite_data": (
            "the {which} contain NaN or infinite values (first at row {row}); fill or drop "
            "the missing values before training."
        ),
        "training.length_mismatch": (
            "the inputs have {x_rows} rows but the targets have {y_rows}; give one target "
            "row per input row."
        ),
        "training.empty_data": (
            "there are no {which} samples to train on; load data with at least one row."
        ),
        "training.invalid_split": (
            "validation_split must be in [0, 1) and leave at least one training and one "
            "validation sample; got {value} for {samples} samples."
        ),
    }
)


class DivergenceError(TrainingError):
    """Training produced a non-finite loss, weight or gradient.

    Fields: ``epoch`` (1-based), ``batch`` (1-based, or None when found at the end of an
    epoch), ``quantity`` ("loss", "weights" or "gradients") and ``learning_rate``. The model
    contains the weights of the last finite epoch when this is raised.
    """

    def __init__(self, *, epoch: int, batch: int | None, quantity: str, learning_rate: float):
        super().__init__(
            "training.diverged",
            epoch=epoch,
            batch=batch,
            quantity=quantity,
            learning_rate=float(learning_rate),
        )


def unknown_name(what: str, value: object, valid: tuple[str, ...]) -> ModelError:
    """Build the error for a name that is not in a registry."""
    return ModelError("model.unknown_name", what=what, value=value, valid=", ".join(valid))


def invalid_argument(argument: str, expected: str, value: object) -> ModelError:
    """Build the error for a constructor argument out of its domain."""
    return ModelError("model.invalid_argument", argument=argument, expected=expected, value=value)
