"""Training throughput and event-loop lateness of the studio window with every live view on.

Workload: 60,000 × 784 random float32 inputs with 10 random classes, a 784-128-64-10
ReLU/softmax network, Adam (learning rate 0.001), batch 128 (the engine benchmark's big
workload). The headless figure is ``Sequential.fit`` on the same arrays and network. The GUI
figure trains the same network from the real main window through the worker thread, with
the curves, the weight heatmaps, the gradient heatmaps and the network diagram redrawn every
frame (hidden tabs included). A 10 ms QTimer on the GUI thread measures how late the event
loop serves it while training.

Run: ``python benchmarks/gui_bench.py [--epochs 3] [--repeats 2] [--blas-threads N]``
(offscreen without a display). Prints a Markdown table; ``--json`` prints one JSON object
instead. ``--blas-threads`` sets OPENBLAS_NUM_THREADS and OMP_NUM_THREADS before NumPy loads:
on a machine busy with other jobs, OpenBLAS's spinning threads made a 2-thread epoch about 20
times slower than a 1-thread one (measured on 2 cores at a load average of 9).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path


def _blas_threads_from_argv() -> None:
    """Apply --blas-threads before NumPy is imported (it reads the variables at load)."""
    if "--blas-threads" in sys.argv:
        count = sys.argv[sys.argv.index("--blas-threads") + 1]
        os.environ["OPENBLAS_NUM_THREADS"] = count
        os.environ["OMP_NUM_THREADS"] = count


_blas_threads_from_argv()

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from engine_workloads import BIG_BATCH, BIG_LAYERS, LEARNING_RATE, big_data  # noqa: E402

NETWORK = {
    "hidden": [
        {"units": BIG_LAYERS[1], "activation": "relu"},
        {"units": BIG_LAYERS[2], "activation": "relu"},
    ],
    "output_activation": "auto",
    "loss": "auto",
}
TRAINING = {"optimizer": "adam", "learning_rate": LEARNING_RATE, "batch_size": BIG_BATCH, "seed": 0}
PROBE_INTERVAL_MS = 10


def make_table(x: np.ndarray, labels: np.ndarray):
    from bpstudio.data import Table

    columns = {f"pixel{index}": x[:, index] for index in range(x.shape[1])}
    columns["digit"] = [f"c{label}" for label in labels]
    return Table.from_columns(columns, name="bench")


def prepare(table):
    from bpstudio.data import PreprocessConfig, prepare

    config = PreprocessConfig(target="digit", scaling="none", validation_split=0.0)
    return config, prepare(table, config)


def headless_run(prepared, epochs: int) -> float:
    """Return samples per second of ``fit`` on the prepared arrays."""
    from bpstudio.engine import network_spec, optimizers

    model = network_spec.build_network(
        NETWORK, prepared.x_train.shape[1], prepared.n_outputs, prepared.task, seed=0
    )
    optimizer, batch_size = optimizers.from_settings(TRAINING)
    model.compile(optimizer=optimizer, loss="categorical_crossentropy", metrics=["accuracy"])
    started = time.perf_counter()
    model.fit(prepared.x_train, prepared.y_train, epochs=epochs, batch_size=batch_size)
    elapsed = time.perf_counter() - started
    return epochs * len(prepared.x_train) / elapsed


def load_workload(window, table, config) -> None:
    """Open the workload in the window with every live view on (done once, not timed)."""
    window.plots.set_redraw_hidden(True)
    window.plots.weights.gradient_check.setChecked(True)
    session = window.session
    session.set_table(table, {"kind": "file", "path": "bench.csv"}, preprocess=config)
    session.set_network(NETWORK)


def gui_run(window, epochs: int) -> dict:
    """Train in the window; return throughputs, the probe's lateness (ms) and frame count.

    ``engine_samples_per_second`` is the engine's own figure from the run's last report
    (samples seen over the time since the run's generator started), the same clock as
    ``fit``. ``wall_samples_per_second`` also counts starting the thread and what the window
    does when the run ends (joining the thread, the confusion matrix).
    """
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    session, controller = window.session, window.controller
    session.reset_weights()
    session.set_training({**session.training, **TRAINING, "epochs": epochs})

    lateness: list[float] = []
    clock = QElapsedTimer()
    probe = QTimer()
    probe.setInterval(PROBE_INTERVAL_MS)
    probe.timeout.connect(lambda: lateness.append(max(0, clock.restart() - PROBE_INTERVAL_MS)))
    frames = []
    controller.frame.connect(frames.append)
    progress = []
    controller.progressChanged.connect(progress.append)
    loop = QEventLoop()
    controller.runFinished.connect(loop.quit)

    started = time.perf_counter()
    controller.start()
    clock.start()
    probe.start()
    loop.exec()
    elapsed = time.perf_counter() - started
    probe.stop()
    controller.runFinished.disconnect(loop.quit)
    controller.frame.disconnect(frames.append)
    controller.progressChanged.disconnect(progress.append)
    return {
        "engine_samples_per_second": progress[-1].samples_per_second,
        "wall_samples_per_second": epochs * len(session.prepared.x_train) / elapsed,
        "lateness": lateness,
        "frames": len(frames),
    }


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return float(ordered[int(fraction * (len(ordered) - 1))]) if ordered else float("nan")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=3, help="epochs per timed run")
    parser.add_argument("--repeats", type=int, default=2, help="timed runs of each kind")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--blas-threads", type=int, help="OpenBLAS threads (default: OpenBLAS's own choice)"
    )
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    x, _y, labels = big_data()
    table = make_table(x, labels)
    config, prepared = prepare(table)

    from bpstudio.gui.app import create_application, create_window

    app = create_application("en")
    window = create_window()
    window.show()
    app.processEvents()

    load_workload(window, table, config)
    headless, runs = [], []
    for _ in range(args.repeats):
        headless.append(headless_run(prepared, args.epochs))
        runs.append(gui_run(window, args.epochs))
    window.controller.shutdown()
    window.session.set_modified(False)
    window.close()

    all_lateness = [value for run in runs for value in run["lateness"]]
    gui = statistics.median(run["engine_samples_per_second"] for run in runs)
    wall = statistics.median(run["wall_samples_per_second"] for run in runs)
    result = {
        "workload": "60000x784, 784-128-64-10 relu/softmax, adam, batch 128",
        "epochs_per_run": args.epochs,
        "repeats": args.repeats,
        "headless_samples_per_second": statistics.median(headless),
        "gui_samples_per_second": gui,
        "throughput_fraction": gui / statistics.median(headless),
        "gui_wall_samples_per_second": wall,
        "wall_fraction": wall / statistics.median(headless),
        "lateness_p50_ms": percentile(all_lateness, 0.50),
        "lateness_p99_ms": percentile(all_lateness, 0.99),
        "lateness_max_ms": max(all_lateness, default=float("nan")),
        "frames_per_run": [run["frames"] for run in runs],
        "platform": os.environ.get("QT_QPA_PLATFORM") or "display",
        "blas_threads": os.environ.get("OPENBLAS_NUM_THREADS", "default"),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}",
    }
    if args.json:
        print(json.dumps(result))
        return 0
    print("| figure | value |\n|---|---|")
    for key, value in result.items():
        text = f"{value:,.3f}" if isinstance(value, float) else str(value)
        print(f"| {key} | {text} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
