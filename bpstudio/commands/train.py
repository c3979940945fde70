"""``bpstudio train DATA --target COL``: train a network on a CSV file or a built-in sample.

A progress line per epoch goes to standard error. The final metrics go to standard output,
or with ``--json`` one JSON object contains the configuration, the history and the metrics.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from typing import Any

from bpstudio.commands.inspect import add_read_options, read_options, task_name
from bpstudio.commands.text import tr
from bpstudio.commands.train_output import (
    format_result,
    format_value,  # noqa: F401  (part of this module's interface)
    jsonable,
    notify,
    progress_line,
    warn_all,
)

HELP = "train a network on a CSV file or sample:NAME and print its metrics"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("data", help="CSV file, or sample:NAME for a built-in dataset")
    parser.add_argument(
        "--target",
        help="target column: a name, or a 1-based number (-1 = last); default: the sample's "
        "target, else the last column that is not an ID",
    )
    parser.add_argument(
        "--features",
        help="comma-separated feature columns (default: all but the target, ID columns and "
        "text columns with a different value on nearly every row)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object at the end")
    parser.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    parser.add_argument(
        "--save", metavar="PROJECT", help="save the trained network as a project file"
    )
    parser.add_argument(
        "--embed-data", action="store_true", help="store a copy of the CSV in the project"
    )
    _add_network_options(parser)
    _add_training_options(parser)
    _add_preprocess_options(parser)
    add_read_options(parser)


def _add_network_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("network")
    group.add_argument(
        "--hidden",
        default="16:relu",
        help="hidden layers as UNITS:ACTIVATION,... e.g. 16:relu,8:tanh; '' for none "
        "(default 16:relu)",
    )
    group.add_argument(
        "--output-activation", default="auto", help="output activation (default: from task)"
    )
    group.add_argument(
        "--loss",
        default="auto",
        help="mse, mae, binary_crossentropy, categorical_crossentropy, bp_error or auto",
    )
    group.add_argument("--l2", type=float, default=0.0, help="L2 weight penalty (default 0)")


def _add_training_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("training")
    group.add_argument(
        "--optimizer",
        default="adam",
        help="gd (full batch), sgd, momentum, nesterov, adam, rmsprop, adagrad (default adam)",
    )
    group.add_argument(
        "--lr", "--learning-rate", dest="lr", type=float, default=0.001,
        help="learning rate (default 0.001)",
    )  # fmt: skip
    group.add_argument("--momentum", type=float, default=0.9, help="momentum (default 0.9)")
    group.add_argument(
        "--batch-size", default="32", help="samples per step, or 'full' (default 32)"
    )
    group.add_argument("--epochs", type=int, default=100, help="training epochs (default 100)")
    group.add_argument("--seed", type=int, default=0, help="seed of weights and split")
    group.add_argument(
        "--early-stopping",
        type=int,
        metavar="N",
        help="stop after N epochs without a better validation loss; keep the best weights",
    )


def _add_preprocess_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("preprocessing")
    group.add_argument(
        "--task",
        choices=("auto", "classification", "regression"),
        default="auto",
        help="default: classification for text or few distinct integer labels",
    )
    group.add_argument(
        "--scaling",
        choices=("none", "standard", "minmax01", "minmax11"),
        default="standard",
        help="feature scaling fitted on the training rows; minmax11 is MATLAB mapminmax",
    )
    group.add_argument(
        "--no-scale-target",
        action="store_true",
        help="train a regression on the target in its own units",
    )
    group.add_argument(
        "--missing",
        choices=("drop", "mean", "median", "most_frequent"),
        default="drop",
        help="rows with missing feature values: drop them, or fill (default drop)",
    )
    group.add_argument(
        "--validation-split", type=float, default=0.2, help="validation fraction (0.2)"
    )
    group.add_argument("--test-split", type=float, default=0.0, help="test fraction (0)")
    group.add_argument(
        "--no-stratify", action="store_true", help="split without keeping class proportions"
    )


def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    progress = None if args.quiet else progress_line
    result = train_from_args(args, progress=progress)
    result["seconds"] = round(time.perf_counter() - started, 3)
    if args.json:
        json.dump(jsonable(result), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_result(result))
    return 0


def train_from_args(
    args: argparse.Namespace, progress: Callable[[Any], None] | None = None
) -> dict[str, Any]:
    """Read the data, prepare it, build and train the network; return the result dict."""
    from bpstudio.data.preprocess import prepare
    from bpstudio.data.samples import open_data

    table = open_data(args.data, **read_options(args))
    warn_all(table.warnings)
    config = _preprocess_config(args, table)
    prepared = prepare(table, config)
    warn_all(prepared.warnings)
    notify(
        tr(
            "target {column!r} ({task}), {inputs} inputs, {train} training / "
            "{validation} validation / {test} test rows"
        ).format(
            column=config.target,
            task=task_name(prepared.task),
            inputs=prepared.n_features,
            train=len(prepared.x_train),
            validation=len(prepared.x_val),
            test=len(prepared.x_test),
        )
    )

    network, settings, model, output = _build_model(args, prepared)
    from bpstudio.engine import History
    from bpstudio.engine.errors import DivergenceError

    history = History()
    try:
        stopped_early = _fit(model, prepared, settings, args.early_stopping, progress, history)
    except DivergenceError:
        if args.save:
            # The engine restored the last finite weights; keep them and the curve so far.
            epochs = len(history.history.get("loss", []))
            note = tr(
                "saved the weights of the last finite epoch and the history of {epochs} "
                "epochs to {path}"
            ).format(epochs=epochs, path=args.save)
            _save(args, table, config, prepared, model, settings, network, history, note)
        raise
    result = {
        "data": _data_summary(table, prepared),
        "preprocess": config.to_dict(),
        "network": network,
        "output_activation": output[0],
        "loss": output[1],
        "training": settings,
        "summary": model.summary(),
        "history": history.history,
        "epochs_run": len(history.history.get("loss", [])),
        "stopped_early": stopped_early,
        "final": _final_metrics(model, prepared),
        "warnings": [warning.to_dict() for warning in (*table.warnings, *prepared.warnings)],
        "project": None,
    }
    if args.save:
        result["project"] = _save(args, table, config, prepared, model, settings, network, history)
    return result


def _preprocess_config(args: argparse.Namespace, table) -> Any:
    from bpstudio.data.preprocess import PreprocessConfig, default_target
    from bpstudio.data.samples import SAMPLE_PREFIX, SAMPLES

    if args.target is not None:
        target = _resolve_column(table, args.target)
    elif str(args.data).startswith(SAMPLE_PREFIX):
        name = str(args.data)[len(SAMPLE_PREFIX) :].partition("?")[0]
        target = SAMPLES[name].target if name in SAMPLES else default_target(table)
    else:
        target = default_target(table)
    features = None
    if args.features:
        features = [_resolve_column(table, name) for name in args.features.split(",")]
    return PreprocessConfig(
        target=target,
        features=features,
        task=args.task,
        missing=args.missing,
        scaling=args.scaling,
        scale_target=not args.no_scale_target,
        validation_split=args.validation_split,
        test_split=args.test_split,
        seed=args.seed,
        stratify=not args.no_stratify,
    )


def _resolve_column(table, text: str) -> str:
    """Return the column named ``text``, or the one at 1-based position ``text`` (-1 last)."""
    from bpstudio.data.errors import data_error

    name = text.strip()
    if name in table.columns:
        return name
    try:
        position = int(name)
    except ValueError:
        position = 0
    if 1 <= position <= table.n_columns:
        return table.columns[position - 1]
    if -table.n_columns <= position <= -1:
        return table.columns[position]
    raise data_error("data.unknown_column", column=name, available=", ".join(table.columns))


def _build_model(args: argparse.Namespace, prepared) -> tuple[dict, dict, Any, tuple]:
    from bpstudio.engine import network_spec, optimizers

    network = {
        **network_spec.DEFAULT_NETWORK,
        "hidden": network_spec.parse_hidden(args.hidden),
        "output_activation": args.output_activation,
        "loss": args.loss,
        "l2": args.l2,
    }
    task, n_outputs = prepared.task, prepared.n_outputs
    output = network_spec.resolve_output(network, task, n_outputs)
    model = network_spec.build_network(
        network, prepared.n_features, n_outputs, task, seed=args.seed
    )
    full_batch = str(args.batch_size).strip().lower() in ("full", "none", "all")
    batch_size = None if full_batch else _positive_int("batch size", args.batch_size)
    settings = {
        **optimizers.DEFAULT_TRAINING,
        "optimizer": args.optimizer.lower(),
        "learning_rate": args.lr,
        "momentum": args.momentum,
        "batch_size": batch_size,
        "epochs": args.epochs,
        "l2": args.l2,
        "seed": args.seed,
        "early_stopping": args.early_stopping is not None,
        "patience": args.early_stopping or optimizers.DEFAULT_TRAINING["patience"],
    }
    optimizer, _ = optimizers.from_settings(settings)
    metrics = ["accuracy"] if task == "classification" else ["mae", "r2"]
    model.compile(optimizer=optimizer, loss=output[1], metrics=metrics)
    return network, settings, model, output


def _positive_int(option: str, text: str) -> int:
    from bpstudio.data.errors import data_error

    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise data_error(
            "data.invalid_option", option=option, value=text, valid="a positive integer or full"
        )
    return value


def _fit(model, prepared, settings: dict, patience: int | None, progress, history) -> bool:
    """Train ``model``, recording into ``history``; return True when it stopped early."""
    from bpstudio.engine import EarlyStopping, optimizers

    _, batch_size = optimizers.from_settings(settings)
    has_validation = len(prepared.x_val) > 0
    callbacks = [history]
    stopper = None
    if patience is not None:
        monitor = "val_loss" if has_validation else "loss"
        stopper = EarlyStopping(monitor=monitor, patience=patience, restore_best_weights=True)
        callbacks.append(stopper)
    validation = (prepared.x_val, prepared.y_val) if has_validation else None
    reports = model.iter_fit(
        prepared.x_train,
        prepared.y_train,
        epochs=settings["epochs"],
        batch_size=batch_size,
        validation_data=validation,
        callbacks=callbacks,
    )
    epochs_run = 0
    for report in reports:
        if report.is_epoch_end:
            epochs_run = report.epoch
            if progress is not None:
                progress(report)
    return epochs_run < settings["epochs"]


def _final_metrics(model, prepared) -> dict[str, dict[str, float]]:
    """Evaluate each non-empty split; regression also gets errors in the target's units."""
    import numpy as np

    final = {}
    for part, x, y in (
        ("train", prepared.x_train, prepared.y_train),
        ("validation", prepared.x_val, prepared.y_val),
        ("test", prepared.x_test, prepared.y_test),
    ):
        if len(x) == 0:
            continue
        metrics = {key: float(value) for key, value in model.evaluate(x, y).items()}
        if prepared.task == "regression":
            pipeline = prepared.pipeline
            predicted = pipeline.decode(model.predict(x))
            actual = pipeline.decode(y)
            error = np.asarray(predicted, dtype=np.float64) - np.asarray(actual, dtype=np.float64)
            metrics["rmse_original_units"] = float(np.sqrt(np.mean(error**2)))
            metrics["mae_original_units"] = float(np.mean(np.abs(error)))
        final[part] = metrics
    return final


def _data_summary(table, prepared) -> dict[str, Any]:
    return {
        "path": table.path,
        "rows": table.n_rows,
        "encoding": table.encoding,
        "delimiter": table.delimiter,
        "target": prepared.target_names[0],
        "task": prepared.task,
        "features": prepared.pipeline.input_columns,
        "inputs": prepared.feature_names,
        "classes": prepared.class_names,
        "class_counts": prepared.class_counts,
        "n_train": len(prepared.x_train),
        "n_validation": len(prepared.x_val),
        "n_test": len(prepared.x_test),
    }


def _save(args, table, config, prepared, model, settings, network, history, note=None) -> str:
    from bpstudio.project import save_trained

    save_trained(
        args.save,
        table=table,
        config=config,
        prepared=prepared,
        model=model,
        training_settings=settings,
        network_spec=network,
        history=history,
        embed_data=args.embed_data,
    )
    notify(note or tr("saved the project to {path}").format(path=args.save))
    return str(args.save)
