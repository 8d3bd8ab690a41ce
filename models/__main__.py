"""``python -m models …``: the documented entry point; it only dispatches to the command-line
package :mod:`cli`, which sits above ``models`` (``models`` itself never imports it)."""
import sys

from cli import main

sys.exit(main())
