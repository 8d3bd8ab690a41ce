"""Command line: ``python -m models <command> …``, the same functions the pages use.

Sub-commands live in ``models/cli_*.py`` modules, each exposing ``register(subparsers)`` which
adds its parser and sets ``func`` (called with the parsed arguments, returns the exit status).
Exit status 2 with one plain sentence on stderr means bad input.
"""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

import models


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m models",
        description="IT sourcing decision dashboard, headless: import spend, compare in-house, "
                    "partial and full outsourcing, simulate risk, export.")
    subparsers = parser.add_subparsers(dest="command", metavar="command")
    for info in sorted(pkgutil.iter_modules(models.__path__), key=lambda m: m.name):
        if info.name.startswith("cli_"):
            importlib.import_module(f"models.{info.name}").register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    return int(args.func(args) or 0)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
