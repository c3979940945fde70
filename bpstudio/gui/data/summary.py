"""The dataset summary: rows, features after encoding, splits and classes with counts."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("DataSummary", text)


def class_count_pairs(prepared) -> list[tuple[str, int]]:
    """Return (class label, count) pairs from PreparedData's class_names and class_counts."""
    names = [str(name) for name in (getattr(prepared, "class_names", None) or [])]
    counts = getattr(prepared, "class_counts", None)
    if counts is None:
        return []
    if isinstance(counts, dict):
        return [(str(name), int(count)) for name, count in counts.items()]
    counts = [int(count) for count in counts]
    if len(names) != len(counts):
        names = [str(i) for i in range(len(counts))]
    return list(zip(names, counts, strict=True))


def summary_html(table, prepared) -> str:
    """Return the summary as simple HTML for a QLabel."""
    if table is None:
        return html.escape(_tr("No dataset loaded."))
    lines = [
        _tr("Rows: %1 · columns: %2")
        .replace("%1", str(table.n_rows))
        .replace("%2", str(len(table.columns)))
    ]
    if prepared is None:
        return "<br>".join(html.escape(line) for line in lines)

    features = len(prepared.feature_names)
    lines.append(_tr("Features after encoding: %1").replace("%1", str(features)))
    sizes = [prepared.x_train.shape[0], _rows(prepared.x_val), _rows(prepared.x_test)]
    lines.append(
        _tr("Training %1 · validation %2 · test %3")
        .replace("%1", str(sizes[0]))
        .replace("%2", str(sizes[1]))
        .replace("%3", str(sizes[2]))
    )
    if prepared.task == "classification":
        pairs = class_count_pairs(prepared)
        lines.append(_tr("Classification, %1 classes:").replace("%1", str(len(pairs))))
        text = "<br>".join(html.escape(line) for line in lines)
        items = "".join(f"<li>{html.escape(name)}: {count}</li>" for name, count in pairs)
        return f"{text}<ul style='margin-top:0'>{items}</ul>"
    targets = ", ".join(str(name) for name in (prepared.target_names or []))
    lines.append(_tr("Regression on %1").replace("%1", targets))
    return "<br>".join(html.escape(line) for line in lines)


def _rows(array) -> int:
    return 0 if array is None else int(array.shape[0])
