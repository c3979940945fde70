"""``bpstudio export``: write a project's weights, history or code for another framework."""

from __future__ import annotations

import argparse
import json

HELP = "export a project's weights, training history, or Keras/PyTorch/NumPy code"

FORMAT_HELP = (
    "keras, pytorch, numpy: a Python script (plus OUT_weights.npz beside it) that rebuilds "
    "the network and predicts on a CSV file; weights-npz: one .npz file; weights-csv: a "
    "folder with one CSV per layer; history-csv: the loss and metrics per epoch"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from bpstudio.project.export import FORMATS

    parser.add_argument("project", help="project file saved by BP Studio (.bpproj)")
    parser.add_argument("--format", required=True, choices=sorted(FORMATS), help=FORMAT_HELP)
    parser.add_argument(
        "-o", "--output", required=True, metavar="OUT", help="file (or folder) to write"
    )
    parser.add_argument("--json", action="store_true", help="print the written files as JSON")


def run(args: argparse.Namespace) -> int:
    from bpstudio.project import load_project
    from bpstudio.project.export import export_project

    project = load_project(args.project)
    written = export_project(project, args.format, args.output)
    if args.json:
        print(json.dumps({"format": args.format, "files": [str(path) for path in written]}))
    else:
        for path in written:
            print(path)
    return 0
