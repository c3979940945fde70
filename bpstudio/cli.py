"""The ``bpstudio`` command: opens the window, or runs a subcommand.

``bpstudio [FILE]`` starts the app; ``bpstudio COMMAND ...`` runs one of the commands in
:data:`COMMANDS`. Each command lives in its own module under ``bpstudio.commands`` with
``HELP`` (one line), ``add_arguments(parser)`` and ``run(args) -> int``. Modules import
their heavy dependencies inside ``run``, so ``--help`` stays fast.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import logging
import sys
from collections.abc import Sequence

from bpstudio import __version__
from bpstudio.errors import BPStudioError

log = logging.getLogger(__name__)

#: Subcommand name -> module implementing it.
COMMANDS: dict[str, str] = {
    "inspect": "bpstudio.commands.inspect",
    "train": "bpstudio.commands.train",
    "evaluate": "bpstudio.commands.evaluate",
    "predict": "bpstudio.commands.predict",
    "export": "bpstudio.commands.export",
    "samples": "bpstudio.commands.samples",
}

EXIT_USAGE = 2
EXIT_ERROR = 1


def _available_commands() -> dict[str, str]:
    return {name: module for name, module in COMMANDS.items() if importlib.util.find_spec(module)}


def _command_parser(name: str, module_name: str) -> tuple[argparse.ArgumentParser, object]:
    module = importlib.import_module(module_name)
    parser = argparse.ArgumentParser(prog=f"bpstudio {name}", description=module.HELP)
    module.add_arguments(parser)
    return parser, module


def _app_parser(commands: dict[str, str]) -> argparse.ArgumentParser:
    lines = []
    for name, module_name in commands.items():
        module = importlib.import_module(module_name)
        lines.append(f"  {name:<10} {module.HELP}")
    parser = argparse.ArgumentParser(
        prog="bpstudio",
        description="Build and train backpropagation neural networks. Without a command, "
        "opens the BP Studio window.",
        epilog="commands (bpstudio COMMAND --help for their options):\n" + "\n".join(lines),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", nargs="?", help="CSV file or project file to open")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the window (offscreen without a display), load the default sample, "
        "train a few epochs on the worker thread, save a screenshot and exit",
    )
    parser.add_argument("--screenshot", metavar="PNG", help="where --smoke-test saves the window")
    parser.add_argument(
        "--lang", metavar="LANG", type=_interface_language, help="interface language: en or zh_CN"
    )
    parser.add_argument("--version", action="version", version=f"BP Studio {__version__}")
    return parser


def _interface_language(name: str) -> str:
    from bpstudio.i18n import SUPPORTED_LANGUAGES, normalize_language

    language = normalize_language(name)
    if language is None:
        raise argparse.ArgumentTypeError(
            f"unsupported language {name!r}; choose one of {', '.join(SUPPORTED_LANGUAGES)}"
        )
    return language


def _error_text(error: BPStudioError) -> str:
    if importlib.util.find_spec("bpstudio.i18n") is None:
        return str(error)
    from bpstudio.i18n import localized_message

    return localized_message(error)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    commands = _available_commands()
    command = argv[0] if argv and argv[0] in commands else None
    # Subcommands print their own translated warnings and errors, so log records on
    # standard error are limited to errors there. The window keeps warnings, which also go
    # to its log file.
    level = logging.ERROR if command else logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")

    if command:
        parser, module = _command_parser(argv[0], commands[argv[0]])
        args = parser.parse_args(argv[1:])
        try:
            return int(module.run(args) or 0)
        except BPStudioError as error:
            print(f"bpstudio {argv[0]}: {_error_text(error)}", file=sys.stderr)
            return EXIT_ERROR
        except KeyboardInterrupt:
            print(f"bpstudio {argv[0]}: interrupted", file=sys.stderr)
            return 130

    args = _app_parser(commands).parse_args(argv)
    from bpstudio.gui.app import run_app

    return run_app(
        path=args.file, smoke_test=args.smoke_test, screenshot=args.screenshot, lang=args.lang
    )
