"""Loss and metrics over whole arrays, in chunks (``evaluate`` and validation)."""

from __future__ import annotations

import numpy as np

from bpstudio.engine.backprop import Workspace


def evaluate_arrays(model, x, y, chunk: int, *, metrics=None, shared_buffers=True):
    """Return the loss and metrics over prepared arrays, in chunks of ``chunk`` rows.

    ``metrics`` defaults to the model's own metric objects; ``shared_buffers`` uses the
    model's cached buffers, which only the training thread may do.
    """
    head = model.head()
    metrics = model.metrics if metrics is None else metrics
    for metric in metrics:
        metric.reset()
    workspaces = {}
    total, n = 0.0, x.shape[0]
    for start in range(0, n, chunk):
        xb, yb = x[start : start + chunk], y[start : start + chunk]
        if shared_buffers:
            workspace = model.workspace(xb.shape[0])
        else:
            if xb.shape[0] not in workspaces:
                workspaces[xb.shape[0]] = Workspace(model.layers, xb.shape[0], model.dtype)
            workspace = workspaces[xb.shape[0]]
        last = len(workspace.layers) - 1
        workspace.forward(xb, skip_output_activation=True)
        loss = head.forward_loss_delta(
            workspace.z[last], workspace.a[last], yb, workspace.delta[last], workspace.work[last]
        )
        total += loss * xb.shape[0]
        for metric in metrics:
            metric.update(yb, workspace.a[last])
    logs = {"loss": total / n + _l2_penalty(model) if n else float("nan")}
    for metric in metrics:
        logs[metric.name] = metric.result()
    return logs


def _l2_penalty(model) -> float:
    return sum(
        layer.l2 * float(np.vdot(layer.kernel, layer.kernel)) for layer in model.layers if layer.l2
    )
