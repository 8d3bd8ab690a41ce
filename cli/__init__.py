"""Command line: ``python -m models <command> …`` (or ``python -m cli``), the same functions the
pages use, headless.

This package sits on top of the house: it reads files, calls :mod:`models` and writes with
:mod:`exports`; ``models`` never imports it (``models/__main__.py`` only dispatches here).
Sub-commands live in the modules of this package, each exposing ``register(subparsers)`` which
adds its parser and sets ``func`` (called with the parsed arguments, returns the exit status).
Exit status 2 with one plain sentence on stderr means bad input.
"""
from __future__ import annotations

import argparse
import importlib

#: Modules holding a sub-command, in help order.
COMMAND_MODULES: tuple[str, ...] = ("spend_import", "compare", "governance", "export", "sample",
                                    "bench")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m models",
        description="IT sourcing decision dashboard, headless: import spend, compare in-house, "
                    "partial and full outsourcing, simulate risk, export.")
    subparsers = parser.add_subparsers(dest="command", metavar="command")
    for name in COMMAND_MODULES:
        importlib.import_module(f"cli.{name}").register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    from cli.options import check_options
    problem = check_options(args)        # every number option finite and in range
    if problem:
        import sys
        print(problem, file=sys.stderr)
        return 2
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:
        # the reader went away (``… --json | head``): stop quietly, as other commands do
        import os
        import sys
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
