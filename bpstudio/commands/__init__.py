"""Implementations of the ``bpstudio`` subcommands; ``bpstudio.cli`` parses and dispatches."""
