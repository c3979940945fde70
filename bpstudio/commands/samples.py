"""``bpstudio samples``: list the built-in datasets usable as ``sample:NAME``."""

from __future__ import annotations

import argparse
import json
import sys

HELP = "list the built-in datasets; use them as DATA with sample:NAME"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json", action="store_true", help="print one JSON object instead of a table"
    )


def run(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from bpstudio.data.samples import DEFAULT_SAMPLE, list_samples

    samples = list_samples()
    if args.json:
        report = {"default": DEFAULT_SAMPLE, "samples": [asdict(info) for info in samples]}
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0

    width = max(len(info.name) for info in samples)
    lines = [f"{'name':<{width}}  {'task':<14}  {'rows':>5}  {'kind':<9}  description"]
    for info in samples:
        kind = "generated" if info.generated else "real"
        marker = " (default)" if info.name == DEFAULT_SAMPLE else ""
        lines.append(
            f"{info.name:<{width}}  {info.task:<14}  {info.n_samples:>5}  {kind:<9}  "
            f"{info.title}: {info.description}{marker}"
        )
    lines += [
        "",
        "Use one as DATA, e.g. `bpstudio train sample:moons --target label`.",
        "Generated samples take options: sample:moons?n=500&noise=0.2&seed=1",
    ]
    sys.stdout.write("\n".join(lines) + "\n")
    return 0
