"""The framework-specific part of exported scripts: building the network and predicting.

Each ``*_model_code`` function returns the imports and the ``build_model``, ``load_weights``
and ``predict`` functions for one framework. Weights are read from the .npz file written
beside the script, under the names ``layer<k>_kernel`` and ``layer<k>_bias``.
"""

from __future__ import annotations

from bpstudio.project.export.network import LayerInfo, NetworkInfo

KERAS_LOSSES = {
    "mse": '"mean_squared_error"',
    "mae": '"mean_absolute_error"',
    "binary_crossentropy": '"binary_crossentropy"',
    "categorical_crossentropy": '"categorical_crossentropy"',
    "bp_error": "bp_error",
}
TORCH_ACTIVATIONS = {
    "sigmoid": "nn.Sigmoid()",
    "tanh": "nn.Tanh()",
    "relu": "nn.ReLU()",
    "softmax": "nn.Softmax(dim=1)",
}
TORCH_LOSSES = {
    "mse": "torch.mean((output - target) ** 2)",
    "mae": "torch.mean(torch.abs(output - target))",
    "bp_error": "0.5 * torch.sum((output - target) ** 2) / output.shape[0]",
    "binary_crossentropy": (
        "nn.functional.binary_cross_entropy(output.clamp(EPSILON, 1 - EPSILON), target)"
    ),
    "categorical_crossentropy": (
        "-(target * torch.log(output.clamp(EPSILON, 1 - EPSILON))).sum(dim=1).mean()"
    ),
}
NUMPY_ACTIVATIONS = {
    "linear": ("def linear(z):\n    return z\n"),
    "sigmoid": (
        "def sigmoid(z):\n"
        "    # exp of a non-positive number never overflows.\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
    ),
    "tanh": "def tanh(z):\n    return np.tanh(z)\n",
    "relu": "def relu(z):\n    return np.maximum(z, 0)\n",
    "leaky_relu": (
        "def leaky_relu(z, alpha):\n    return np.where(z > 0, z, np.float32(alpha) * z)\n"
    ),
    "elu": (
        "def elu(z, alpha):\n"
        "    return np.where(z > 0, z, np.float32(alpha) * np.expm1(np.minimum(z, 0)))\n"
    ),
    "softmax": (
        "def softmax(z):\n"
        "    # Subtracting each row's maximum keeps exp from overflowing.\n"
        "    e = np.exp(z - z.max(axis=1, keepdims=True))\n"
        "    return e / e.sum(axis=1, keepdims=True)\n"
    ),
}


def weight_name_list(network: NetworkInfo) -> list[str]:
    names = []
    for number, layer in enumerate(network.layers, start=1):
        names.append(f"layer{number}_kernel")
        if layer.bias is not None:
            names.append(f"layer{number}_bias")
    return names


# Keras ---------------------------------------------------------------------------------------


def keras_model_code(network: NetworkInfo) -> tuple[str, str]:
    """Return (imports, code) for a Keras 3 Sequential model with Dense layers."""
    lines = [f"            keras.Input(shape=({network.n_inputs},)),"]
    for layer in network.layers:
        lines.extend(_keras_layer_lines(layer))
    layer_code = "\n".join(lines)
    loss = KERAS_LOSSES.get(network.loss, repr(network.loss))
    metrics = '["accuracy"]' if network.loss.endswith("crossentropy") else "[]"
    bp_error = ""
    if network.loss == "bp_error":
        bp_error = (
            "\n\ndef bp_error(y_true, y_pred):\n"
            '    """The classical BP error ½·Σₖ(dₖ − oₖ)² per sample; Keras averages it '
            'over samples."""\n'
            "    return 0.5 * keras.ops.sum(keras.ops.square(y_true - y_pred), axis=-1)\n"
        )
    batch = "None" if network.batch_size is None else str(network.batch_size)
    code = f"""{bp_error}

def build_model():
    model = keras.Sequential(
        [
{layer_code}
        ]
    )
    model.compile(
        optimizer={_wrapped_call(_keras_optimizer(network.optimizer), indent=8)},
        loss={loss},
        metrics={metrics},
    )
    return model


def load_weights(model):
    # Keras and BP Studio both store a Dense kernel as (inputs, units), then the bias.
    weights = np.load(WEIGHTS_FILE)
    model.set_weights([weights[name] for name in WEIGHT_NAMES])


def predict(model, x):
    return model.predict(x, verbose=0)


# To train further in Keras, with targets prepared as BP Studio did (one-hot classes, scaled
# targets), use the settings of the saved run:
#     model.fit(x_train, y_train, epochs={network.epochs}, batch_size={batch})
"""
    imports = "import keras\nfrom keras import layers"
    return imports, code


def _wrapped_call(call: str, indent: int) -> str:
    """Put the arguments of a long call on their own line, as ruff format does."""
    if len(call) + indent + len("optimizer=,") <= 88:
        return call
    name, arguments = call.split("(", 1)
    inner = " " * (indent + 4)
    return f"{name}(\n{inner}{arguments[:-1]}\n{' ' * indent})"


def _separate_activation_layer(layer: LayerInfo) -> bool:
    # Dense(activation="leaky_relu") would use Keras' slope of 0.2, and "elu" only alpha 1.
    return layer.activation == "leaky_relu" or (layer.activation == "elu" and layer.alpha != 1.0)


def _keras_layer_lines(layer: LayerInfo) -> list[str]:
    options = []
    if layer.activation != "linear" and not _separate_activation_layer(layer):
        options.append(f'activation="{layer.activation}"')
    if layer.bias is None:
        options.append("use_bias=False")
    if layer.l2:
        options.append(f"kernel_regularizer=keras.regularizers.L2({layer.l2!r})")
    lines = [f"            layers.Dense({', '.join([str(layer.units), *options])}),"]
    if layer.activation == "leaky_relu":
        lines.append(f"            layers.LeakyReLU(negative_slope={layer.alpha!r}),")
    elif layer.activation == "elu" and layer.alpha != 1.0:
        lines.append(f"            layers.ELU(alpha={layer.alpha!r}),")
    return lines


def _keras_optimizer(config: dict) -> str:
    name = config.get("name", "sgd")
    rate = f"learning_rate={config.get('learning_rate', 0.01)!r}"
    if name == "adam":
        keys = ("beta_1", "beta_2", "epsilon")
        return f"keras.optimizers.Adam({_keyword_list(rate, config, keys)})"
    if name == "rmsprop":
        return f"keras.optimizers.RMSprop({_keyword_list(rate, config, ('rho', 'epsilon'))})"
    if name == "adagrad":
        keys = ("initial_accumulator_value", "epsilon")
        return f"keras.optimizers.Adagrad({_keyword_list(rate, config, keys)})"
    keys = ("momentum", "nesterov") if config.get("momentum") else ()
    return f"keras.optimizers.SGD({_keyword_list(rate, config, keys)})"


def _keyword_list(first: str, config: dict, keys: tuple[str, ...]) -> str:
    return ", ".join([first, *(f"{key}={config[key]!r}" for key in keys if key in config)])


# PyTorch -------------------------------------------------------------------------------------


def torch_model_code(network: NetworkInfo) -> tuple[str, str]:
    """Return (imports, code) for a PyTorch nn.Sequential with Linear layers."""
    modules = []
    previous = network.n_inputs
    for layer in network.layers:
        bias = "" if layer.bias is not None else ", bias=False"
        modules.append(f"        nn.Linear({previous}, {layer.units}{bias}),")
        activation = _torch_activation(layer)
        if activation:
            modules.append(f"        {activation},")
        previous = layer.units
    module_code = "\n".join(modules)
    penalties = [layer.l2 for layer in network.layers]
    l2_code = ""
    if any(penalties):
        l2_code = (
            "\n    # BP Studio's L2 penalty: λ·Σ kernel² per layer, added to the loss.\n"
            "    linear_layers = [module for module in model if isinstance(module, nn.Linear)]\n"
            "    for linear, l2 in zip(linear_layers, L2_PENALTIES):\n"
            "        loss = loss + l2 * torch.sum(linear.weight**2)"
        )
    batch = "None" if network.batch_size is None else str(network.batch_size)
    code = f'''
EPSILON = 1e-7
L2_PENALTIES = {penalties!r}


def build_model():
    return nn.Sequential(
{module_code}
    )


def load_weights(model):
    # BP Studio stores a kernel as (inputs, units); nn.Linear keeps its transpose.
    weights = np.load(WEIGHTS_FILE)
    linear_layers = [module for module in model if isinstance(module, nn.Linear)]
    with torch.no_grad():
        for number, linear in enumerate(linear_layers, start=1):
            linear.weight.copy_(torch.from_numpy(weights[f"layer{{number}}_kernel"].T))
            if linear.bias is not None:
                linear.bias.copy_(torch.from_numpy(weights[f"layer{{number}}_bias"]))


def predict(model, x):
    model.eval()
    with torch.no_grad():
        return model(torch.from_numpy(x)).numpy()


def loss_function(model, output, target):
    """Compute the loss BP Studio trained with ({network.loss})."""
    loss = {TORCH_LOSSES.get(network.loss, TORCH_LOSSES["mse"])}{l2_code}
    return loss


def make_optimizer(model):{_epsilon_note(network.optimizer)}
    return {_torch_optimizer(network.optimizer)}


def train(model, x, y, epochs={network.epochs}, batch_size={batch}):
    """Continue training on inputs x and targets y prepared as BP Studio did."""
    optimizer = make_optimizer(model)
    x, y = torch.from_numpy(x), torch.from_numpy(y)
    size = batch_size or len(x)
    model.train()
    for _epoch in range(epochs):
        order = torch.randperm(len(x))
        for start in range(0, len(x), size):
            batch = order[start : start + size]
            optimizer.zero_grad()
            loss = loss_function(model, model(x[batch]), y[batch])
            loss.backward()
            optimizer.step()
    return model
'''
    return "import torch\nfrom torch import nn", code


def _epsilon_note(config: dict) -> str:
    if config.get("name") not in ("adam", "rmsprop", "adagrad"):
        return ""
    return (
        "\n    # NOTE: PyTorch adds epsilon after the square root and after Adam's bias correction;"
        "\n    # Keras and BP Studio add it at another step, so long runs drift apart a little."
    )


def _torch_activation(layer: LayerInfo) -> str:
    if layer.activation == "leaky_relu":
        return f"nn.LeakyReLU(negative_slope={layer.alpha!r})"
    if layer.activation == "elu":
        return f"nn.ELU(alpha={layer.alpha!r})"
    return TORCH_ACTIVATIONS.get(layer.activation, "")


def _torch_optimizer(config: dict) -> str:
    name = config.get("name", "sgd")
    rate = f"model.parameters(), lr={config.get('learning_rate', 0.01)!r}"
    epsilon = f"eps={config.get('epsilon', 1e-7)!r}"
    if name == "adam":
        betas = f"betas=({config.get('beta_1', 0.9)!r}, {config.get('beta_2', 0.999)!r})"
        return f"torch.optim.Adam({rate}, {betas}, {epsilon})"
    if name == "rmsprop":
        return f"torch.optim.RMSprop({rate}, alpha={config.get('rho', 0.9)!r}, {epsilon})"
    if name == "adagrad":
        start = config.get("initial_accumulator_value", 0.1)
        return f"torch.optim.Adagrad({rate}, initial_accumulator_value={start!r}, {epsilon})"
    momentum = float(config.get("momentum") or 0.0)
    if momentum:
        nesterov = bool(config.get("nesterov"))
        return f"torch.optim.SGD({rate}, momentum={momentum!r}, nesterov={nesterov!r})"
    return f"torch.optim.SGD({rate})"


# NumPy ---------------------------------------------------------------------------------------


def numpy_model_code(network: NetworkInfo) -> tuple[str, str]:
    """Return (imports, code) for a forward pass written out in NumPy."""
    used = []
    for layer in network.layers:
        if layer.activation not in used:
            used.append(layer.activation)
    functions = "\n\n".join(NUMPY_ACTIVATIONS[name] for name in used)
    specs = ",\n".join(
        f'    ("{layer.activation}", {layer.alpha!r}, {layer.bias is not None!r})'
        for layer in network.layers
    )
    code = f'''
{functions}

# One entry per layer: activation, its parameter (or None), whether the layer has a bias.
LAYERS = [
{specs},
]
ACTIVATIONS = {{{", ".join(f'"{name}": {name}' for name in used)}}}


def build_model():
    """Return the layers as a list of [kernel, bias, activation function, parameter]."""
    return [[None, None, ACTIVATIONS[name], alpha] for name, alpha, _has_bias in LAYERS]


def load_weights(model):
    weights = np.load(WEIGHTS_FILE)
    for number, (layer, (_name, _alpha, has_bias)) in enumerate(zip(model, LAYERS), start=1):
        layer[0] = weights[f"layer{{number}}_kernel"]
        layer[1] = weights[f"layer{{number}}_bias"] if has_bias else None


def predict(model, x):
    """Forward pass: each layer computes activation(a @ kernel + bias)."""
    a = x
    for kernel, bias, activation, alpha in model:
        z = a @ kernel
        if bias is not None:
            z = z + bias
        a = activation(z) if alpha is None else activation(z, alpha)
    return a
'''
    return "", code
