"""Neutralising user text before it goes into a spreadsheet, a CSV or HTML.

OWASP "CSV injection": a cell starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return
may be run as a formula by a spreadsheet. In CSV we prefix such text with an apostrophe; in
xlsx we write every text cell with the string data type, so ``=1+1`` stays literal text.
"""
from __future__ import annotations

import html
import math
from typing import Any

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: Any) -> Any:
    """Text that cannot become a formula when a CSV is opened in a spreadsheet.

    Numbers pass through unchanged (a negative number is not text).
    """
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def html_text(value: Any) -> str:
    """Escape text for HTML (``<script>`` becomes ``&lt;script&gt;``)."""
    return html.escape("" if value is None else str(value), quote=True)


def xlsx_cell_value(cell, value: Any) -> None:
    """Set an openpyxl cell so that text is always stored as text (never a formula).

    NaN and None become empty cells; numpy scalars become Python numbers.
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        cell.value = None
        return
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()
    if isinstance(value, str):
        cell.value = value
        cell.data_type = "s"            # openpyxl would otherwise turn "=…" into a formula
        return
    cell.value = value
