"""Project files, evaluation and code export (no Qt)."""
