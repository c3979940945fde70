"""Hidden-node sweep: the empirical sizes and one trained network per size."""

import numpy as np

from bpstudio.engine.sweep import empirical_sizes, hidden_size_sweep


def test_empirical_sizes_follow_rule():
    # m = 4 inputs, n = 3 outputs: round(√7) = 3, so a = 1…10 gives 4…13.
    assert empirical_sizes(4, 3) == list(range(4, 14))
    assert empirical_sizes(2, 1, a_values=[1, 1, 2]) == [3, 4]


def xor_data():
    x = np.array([[0, 0], [0, 1], [1, 0], [1, 1]] * 8, dtype=np.float32)
    y = np.array([[0], [1], [1], [0]] * 8, dtype=np.float32)
    return x, y, x[:8], y[:8]


def test_sweep_yields_one_point_per_size_and_seed():
    network = {"hidden": [{"units": 2, "activation": "tanh"}], "output_activation": "auto"}
    training = {"optimizer": "adam", "learning_rate": 0.05, "batch_size": 8, "epochs": 150}

    points = list(
        hidden_size_sweep(network, training, xor_data(), "classification", [1, 6], seeds=[0, 1])
    )

    assert [(p.size, p.seed) for p in points] == [(1, 0), (1, 1), (6, 0), (6, 1)]
    assert all(p.epochs == 150 for p in points)
    assert all(0.0 <= p.val_error <= 1.0 for p in points)
    # One tanh neuron cannot separate XOR; six can.
    assert min(p.val_error for p in points if p.size == 1) > 0.0
    assert min(p.val_error for p in points if p.size == 6) == 0.0
    assert network["hidden"][0]["units"] == 2


def test_sweep_stops_when_asked():
    network = {"hidden": [{"units": 2, "activation": "tanh"}]}
    training = {"optimizer": "sgd", "learning_rate": 0.1, "batch_size": 4, "epochs": 1000}

    points = list(
        hidden_size_sweep(
            network, training, xor_data(), "classification", [2, 3], should_stop=lambda: True
        )
    )

    assert points == []
