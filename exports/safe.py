"""Neutralising user text before it goes into a spreadsheet, a CSV, a deck or HTML: the one
sanitising helper of every file the application writes.

* Control characters, lone surrogates and XML non-characters would break xlsx and pptx (and
  make the whole export fail): every text is cleaned with :func:`models.boundary.clean_text`
  first (:func:`file_text`).
* OWASP "CSV injection": a cell starting with ``=``, ``+``, ``-``, ``@``, tab or a line break
  may be run as a formula by a spreadsheet. In CSV such text gets an apostrophe in front
  (:func:`csv_safe`, :func:`csv_bytes`); in xlsx every text cell is typed as a string
  (:func:`xlsx_cell_value`), so ``=1+1`` stays literal text; the workbooks embedded in the
  deck's charts are written with formulas off (:mod:`exports.pptx_tools`).
* HTML: escaped (:func:`html_text`).
"""
from __future__ import annotations

import html
import math
from typing import Any

from models.boundary import FORMULA_TRIGGERS, clean_text, neutralise_formula

__all__ = ["FORMULA_TRIGGERS", "file_text", "csv_safe", "csv_bytes", "html_text",
           "xlsx_cell_value"]

#: Longest text written into one cell or shape (Excel's own cell limit is 32,767 characters).
MAX_CELL_TEXT = 32_767


def file_text(value: Any) -> str:
    """Text that every file format accepts: no control character, no lone surrogate, at most
    :data:`MAX_CELL_TEXT` characters; line breaks kept."""
    return clean_text(value, MAX_CELL_TEXT, multiline=True)


def csv_safe(value: Any) -> Any:
    """Text that cannot become a formula when a CSV is opened in a spreadsheet.

    Numbers pass through unchanged (a negative number is not text).
    """
    if isinstance(value, str):
        return neutralise_formula(file_text(value))
    return value


def csv_bytes(frame, **to_csv) -> bytes:
    """A table as CSV bytes (UTF-8) for a download button, every text cell through
    :func:`csv_safe` (column names included). ``to_csv``: options of ``DataFrame.to_csv``
    (``index=False`` unless given)."""
    out = frame.copy()
    out.columns = [csv_safe(str(c)) for c in out.columns]
    for col in out.columns:
        if out[col].dtype == object or str(out[col].dtype) in ("string", "str", "category"):
            out[col] = out[col].astype(object).map(csv_safe)
    to_csv.setdefault("index", False)
    return out.to_csv(**to_csv).encode("utf-8")


def html_text(value: Any) -> str:
    """Escape text for HTML (``<script>`` becomes ``&lt;script&gt;``)."""
    return html.escape(file_text("" if value is None else value), quote=True)


def xlsx_cell_value(cell, value: Any) -> None:
    """Set an openpyxl cell so that text is always stored as text (never a formula).

    NaN and None become empty cells; numpy scalars become Python numbers; text is cleaned
    (:func:`file_text`), so a control character can never make openpyxl refuse the workbook.
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        cell.value = None
        return
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()
    if isinstance(value, str):
        cell.value = file_text(value)
        cell.data_type = "s"            # openpyxl would otherwise turn "=…" into a formula
        return
    cell.value = value
