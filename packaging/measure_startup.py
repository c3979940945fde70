"""Compare the frozen app's wall time with the same command run from source.

    python packaging/measure_startup.py [--executable packaging/dist/bpstudio/bpstudio] [--runs 9]

Runs ``--smoke-test --lang en`` and ``--version`` with the frozen executable and with
``python -m bpstudio``, alternating them so that a change in machine load affects both, and
prints the median, minimum and maximum wall time of each and the load average afterwards.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import app_info

DEFAULT_EXECUTABLE = app_info.PACKAGING_DIR / "dist" / app_info.EXECUTABLE / app_info.EXECUTABLE


def measure(commands: dict[str, list[str]], runs: int, env: dict[str, str], cwd: Path) -> dict:
    """Return the wall times in seconds of each command, run ``runs`` times in turn."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            started = time.perf_counter()
            result = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True)
            times[name].append(time.perf_counter() - started)
            if result.returncode != 0:
                raise RuntimeError(f"{name} exited with {result.returncode}: {result.stderr}")
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--executable",
        type=Path,
        default=DEFAULT_EXECUTABLE,
        help="frozen launcher to measure (default: the bundle in packaging/dist)",
    )
    parser.add_argument("--runs", type=int, default=9, help="runs of each command (default: 9)")
    args = parser.parse_args(argv)

    frozen = [str(args.executable)]
    source = [sys.executable, "-m", "bpstudio"]
    smoke = ["--smoke-test", "--lang", "en"]
    commands = {
        "frozen --smoke-test": frozen + smoke,
        "source --smoke-test": source + smoke,
        "frozen --version": [*frozen, "--version"],
        "source --version": [*source, "--version"],
    }
    with tempfile.TemporaryDirectory(prefix="bpstudio-startup-") as home:
        # A home of its own keeps saved settings and window geometry out of the runs.
        env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=home, QT_QPA_PLATFORM="offscreen")
        times = measure(commands, args.runs, env, Path(home))

    for name, values in times.items():
        print(
            f"{name:20s} median {statistics.median(values):.2f} s  "
            f"min {min(values):.2f} s  max {max(values):.2f} s  ({len(values)} runs)"
        )
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"load average afterwards: {load}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
