"""Entry script of the frozen app: the same ``main`` as the ``bpstudio`` console script."""

import os
import sys

# A windowed Windows or macOS executable starts without standard streams, so argparse and
# logging would fail on ``None``; send their output nowhere instead.
for name in ("stdout", "stderr"):
    if getattr(sys, name) is None:
        setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115

from bpstudio.cli import main  # noqa: E402

sys.exit(main())
