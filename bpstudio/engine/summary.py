"""The text and row forms of ``Sequential.summary``."""

from __future__ import annotations


def summary_rows(model) -> list[dict]:
    """Return one dict per layer: name, units, activation, output_shape, params."""
    n_in = (
        model.input_dim
        if model.input_dim is not None
        else (model.layers[0].input_dim if model.layers else None)
    )
    rows = []
    for layer in model.layers:
        rows.append(
            {
                "name": layer.name,
                "units": layer.units,
                "activation": layer.activation.name,
                "output_shape": (None, layer.units),
                "params": layer.count_params(n_in) if n_in is not None else None,
            }
        )
        n_in = layer.units
    return rows


def summary_text(model) -> str:
    """Return a Keras-like table of layers with the parameter totals."""
    rows = summary_rows(model)
    header = ("Layer (type)", "Output Shape", "Activation", "Param #")
    lines = [
        (
            f"{row['name']} (Dense)",
            str(row["output_shape"]),
            row["activation"],
            "?" if row["params"] is None else f"{row['params']:,}",
        )
        for row in rows
    ]
    widths = [max(len(cells[i]) for cells in [header, *lines]) for i in range(4)]
    rule = "-" * (sum(widths) + 6)

    def format_row(cells):
        padded = [cell.ljust(width) for cell, width in zip(cells, widths, strict=True)]
        return "  ".join(padded).rstrip()

    text = [f'Model: "{model.name}"', rule, format_row(header), rule]
    text.extend(format_row(cells) for cells in lines)
    text.append(rule)
    known = [row["params"] for row in rows]
    if rows and all(value is not None for value in known):
        total = f"{sum(known):,}"
    else:
        total = "unknown until the input width is set"
    text.append(f"Total params: {total}")
    text.append(f"Trainable params: {total}")
    text.append("Non-trainable params: 0")
    return "\n".join(text)
