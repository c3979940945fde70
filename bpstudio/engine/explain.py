"""Step-through backpropagation for one sample, in the notation of BP courses.

:func:`explain_sample` runs the engine's own forward and backward pass
(:meth:`Sequential.trace`, the code path of training) on one sample and returns every
quantity a student computes by hand: each neuron's net input z = Σ w·x + b and output
o = f(z), the error E, the output δ, each hidden δⱼ = f′(zⱼ)·Σₖ wⱼₖ δₖ, each gradient
∂E/∂w = x·δ, and the update Δw the selected optimizer would apply (with its momentum or
Adam quantities), taken from a copy of the model so the real one is untouched.

δ here is ∂E/∂z, so Δw = −η·∂E/∂w for gradient descent. Some textbooks define δ with the
opposite sign and write Δw = η·δ·x; the numbers are the same up to that sign.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

import numpy as np

from bpstudio.engine.model import Sequential


@dataclass
class LayerExplanation:
    """Everything shown for one layer; arrays are 1-D or 2-D for the single sample.

    For a hidden layer, ``delta_sum`` is Σₖ wⱼₖ δₖ (the error sent back from the layer
    above) and ``derivative`` is f′(zⱼ). For the output layer, ``loss_gradient`` is ∂E/∂oₖ.
    ``update_kernel`` and ``update_bias`` are the Δ the optimizer would apply.
    """

    index: int
    activation: str
    inputs: np.ndarray
    kernel: np.ndarray
    bias: np.ndarray | None
    z: np.ndarray
    a: np.ndarray
    delta: np.ndarray
    derivative: np.ndarray | None
    delta_sum: np.ndarray | None
    loss_gradient: np.ndarray | None
    kernel_grad: np.ndarray
    bias_grad: np.ndarray | None
    update_kernel: np.ndarray
    update_bias: np.ndarray | None
    optimizer_state: dict[str, np.ndarray] = field(default_factory=dict)


@dataclass
class SampleExplanation:
    """One sample's forward pass, error, backward pass and the proposed update."""

    x: np.ndarray
    target: np.ndarray
    output: np.ndarray
    loss: float
    loss_name: str
    output_delta_formula: str
    optimizer: dict
    learning_rate_now: float
    layers: list[LayerExplanation]


def _clone(model: Sequential) -> Sequential:
    """Return an independent copy of a compiled model, optimizer state included."""
    clone = Sequential.from_config(model.get_config())
    clone.set_weights(model.get_weights())
    clone.optimizer = copy.deepcopy(model.optimizer)
    return clone


def _split_flat(flat: np.ndarray, shapes) -> list[np.ndarray]:
    arrays, offset = [], 0
    for shape in shapes:
        size = int(np.prod(shape))
        arrays.append(flat[offset : offset + size].reshape(shape))
        offset += size
    return arrays


def _optimizer_state(optimizer, shapes) -> list[dict[str, np.ndarray]]:
    """Return the optimizer's state (velocity, m, v, ...) split like get_weights()."""
    slots = getattr(optimizer, "_slots", [])
    per_weight = [dict() for _ in shapes]
    if len(slots) != 1:
        return per_weight
    for name, array in slots[0].items():
        if name.startswith("_") or name == "tmp":
            continue
        for index, part in enumerate(_split_flat(np.asarray(array).ravel(), shapes)):
            per_weight[index][name] = part.copy()
    return per_weight


def _hidden_terms(model, trace, index):
    """Return (f′(z), Σₖ wⱼₖ δₖ) for hidden layer ``index``, recomputed from the trace."""
    layer = model.layers[index]
    above = model.layers[index + 1]
    layer_trace = trace.layers[index]
    delta_sum = trace.layers[index + 1].delta @ above.kernel.T
    derivative = np.asarray(layer.activation.derivative(layer_trace.z, layer_trace.a))
    return derivative[0], delta_sum[0]


def explain_sample(model: Sequential, x, y) -> SampleExplanation:
    """Explain one training step on the sample ``x`` (shape ``(n_features,)``) with target ``y``.

    The model must be compiled. Nothing in ``model`` changes, the optimizer state included.
    """
    x = np.asarray(x, dtype=model.dtype).reshape(1, -1)
    y = np.asarray(y, dtype=model.dtype).reshape(1, -1)
    trace = model.trace(x, y)

    clone = _clone(model)
    before = clone.get_weights()
    clone.train_on_batch(x, y)
    after = clone.get_weights()
    shapes = [w.shape for w in before]
    updates = [new - old for new, old in zip(after, before, strict=True)]
    states = _optimizer_state(clone.optimizer, shapes)

    output = trace.layers[-1].a[0]
    loss_gradient = np.asarray(model.loss.gradient(y, trace.layers[-1].a))[0]
    explained, weight_index = [], 0
    for index, (layer, layer_trace) in enumerate(zip(model.layers, trace.layers, strict=True)):
        kernel_index = weight_index
        bias_index = weight_index + 1 if layer.use_bias else None
        weight_index += 2 if layer.use_bias else 1
        hidden = index < len(model.layers) - 1
        derivative, delta_sum = _hidden_terms(model, trace, index) if hidden else (None, None)
        state = dict(states[kernel_index])
        if bias_index is not None:
            state.update({f"{name} (bias)": value for name, value in states[bias_index].items()})
        explained.append(
            LayerExplanation(
                index=index,
                activation=layer.activation.name,
                inputs=layer_trace.inputs[0],
                kernel=layer.kernel.copy(),
                bias=None if bias_index is None else layer.bias.copy(),
                z=layer_trace.z[0],
                a=layer_trace.a[0],
                delta=layer_trace.delta[0],
                derivative=derivative,
                delta_sum=delta_sum,
                loss_gradient=None if hidden else loss_gradient,
                kernel_grad=layer_trace.kernel_grad,
                bias_grad=layer_trace.bias_grad,
                update_kernel=updates[kernel_index],
                update_bias=None if bias_index is None else updates[bias_index],
                optimizer_state=state,
            )
        )
    return SampleExplanation(
        x=x[0],
        target=y[0],
        output=output,
        loss=float(trace.loss),
        loss_name=model.loss.name,
        output_delta_formula=trace.output_delta_formula,
        optimizer=model.optimizer.get_config(),
        learning_rate_now=model.optimizer.learning_rate,
        layers=explained,
    )


def compare_standard_and_accumulated(model: Sequential, x, y) -> dict[str, dict]:
    """Compare one pass of standard BP with one step of accumulated BP on the same samples.

    Standard BP (标准BP) updates the weights after each sample in turn; accumulated BP
    (累积BP) averages the gradient over all samples and updates once. Both start from the
    model's current weights and optimizer state, on copies. Returns, for each, the loss on
    ``(x, y)`` before and after, the number of updates and the size of the weight change.
    """
    x = np.asarray(x, dtype=model.dtype)
    y = np.asarray(y, dtype=model.dtype).reshape(len(x), -1)
    start_loss = model.evaluate(x, y)["loss"]
    start = model.get_weights()
    results = {}

    standard = _clone(model)
    for row in range(len(x)):
        standard.train_on_batch(x[row : row + 1], y[row : row + 1])
    accumulated = _clone(model)
    accumulated.train_on_batch(x, y)
    for name, clone, steps in (("standard", standard, len(x)), ("accumulated", accumulated, 1)):
        change = np.sqrt(
            sum(
                float(np.sum((w - w0) ** 2))
                for w, w0 in zip(clone.get_weights(), start, strict=True)
            )
        )
        results[name] = {
            "loss_before": float(start_loss),
            "loss_after": float(clone.evaluate(x, y)["loss"]),
            "updates": steps,
            "weight_change": change,
            "weights": clone.get_weights(),
        }
    return results


#: Below this absolute difference (times max(1, |E|)) backprop and the central difference
#: agree within the difference's own precision: with ε = 1e-6 in float64, rounding of E
#: alone gives about 1e-16·|E| / 1e-6 = 1e-10·|E|, and the ε² truncation term adds more.
FINITE_DIFFERENCE_FLOOR = 1e-8
#: Gradients smaller than this (times max(1, |E|)) are within a hundred times that noise.
#: Their relative error measures only rounding, so they are compared by absolute difference.
TINY_GRADIENT = 1e-7


@dataclass
class WeightCheck:
    """Backprop's gradient of one weight next to its central finite difference.

    For a gradient near zero (``tiny``) the relative error is meaningless because both
    values are mostly rounding noise, so :meth:`within` judges it by the absolute
    difference against ``floor`` instead.
    """

    array: int
    position: tuple[int, ...]
    analytic: float
    numeric: float
    relative_error: float
    absolute_error: float = 0.0
    floor: float = FINITE_DIFFERENCE_FLOOR
    tiny: bool = False

    def within(self, relative_tolerance: float) -> bool:
        """Return True when the two gradients agree to the tolerance (tiny ones: the floor)."""
        if self.tiny:
            return self.absolute_error <= self.floor
        return self.relative_error <= relative_tolerance


def check_every_weight(model: Sequential, x, y, *, epsilon=1e-6, max_entries=2000, seed=0):
    """Return a :class:`WeightCheck` per weight (at most ``max_entries`` per array).

    Like :func:`bpstudio.engine.gradcheck.gradient_check`, the differences are taken on a
    float64 copy, so the model is not changed and float32 rounding does not blur the result.
    The relative error is |g_bp − g_num| / max(|g_bp| + |g_num|, 1e-12).
    """
    from bpstudio.engine.gradcheck import _central_difference

    config = model.get_config()
    config["dtype"] = "float64"
    clone = Sequential.from_config(config)
    clone.build(model.input_dim)
    clone.set_weights([w.astype(np.float64) for w in model.get_weights()])
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64).reshape(len(x), -1)
    loss, analytic = clone.compute_gradients(x, y)
    scale = max(1.0, abs(float(loss)))
    floor, tiny_gradient = FINITE_DIFFERENCE_FLOOR * scale, TINY_GRADIENT * scale
    weights = clone.get_weights()
    rng = np.random.default_rng(seed)
    checks = []
    for index, array in enumerate(weights):
        flat_indices = np.arange(array.size)
        if array.size > max_entries:
            flat_indices = np.sort(rng.choice(array.size, size=max_entries, replace=False))
        for flat in flat_indices:
            numeric = _central_difference(clone, weights, index, flat, x, y, epsilon)
            exact = float(analytic[index].flat[flat])
            difference = abs(exact - numeric)
            error = difference / max(abs(exact) + abs(numeric), 1e-12)
            position = tuple(int(i) for i in np.unravel_index(flat, array.shape))
            tiny = max(abs(exact), abs(numeric)) < tiny_gradient
            checks.append(
                WeightCheck(
                    index, position, exact, float(numeric), float(error), difference, floor, tiny
                )
            )
    return checks
