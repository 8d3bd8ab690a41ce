"""openpyxl helpers: safe tables with number formats, frozen headers, widths, print setup."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from exports.safe import xlsx_cell_value

EURO_FORMAT = '#,##0 "€";[Red]-#,##0 "€"'
EURO_CENTS_FORMAT = '#,##0.00 "€";[Red]-#,##0.00 "€"'


def money_format(currency: str = "EUR", cents: bool = False) -> str:
    """Excel number format of an amount in ``currency``: the euro sign for euros, the ISO code
    of any other currency (``#,##0 "ZAR"``), never a euro sign on other money."""
    if currency == "EUR":
        return EURO_CENTS_FORMAT if cents else EURO_FORMAT
    code = "".join(c for c in str(currency) if c.isalpha())[:3].upper() or "EUR"
    number = "#,##0.00" if cents else "#,##0"
    return f'{number} "{code}";[Red]-{number} "{code}"'


def is_money_format(number_format: str | None) -> bool:
    return bool(number_format) and number_format.startswith("#,##0") and '"' in number_format
PERCENT_FORMAT = "0.0%"
DATE_FORMAT = "yyyy-mm-dd"
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")


@dataclass(frozen=True)
class Column:
    """One column of an exported table: source field, translated header, number format."""
    field: str
    header: str
    number_format: str | None = None
    width: float | None = None


def write_table(ws: Worksheet, df: pd.DataFrame, columns: list[Column], start_row: int = 1,
                title: str | None = None) -> int:
    """Write ``df`` as a formatted table; return the row after the table.

    Header in bold white on blue, frozen below the header, autofilter, number formats per
    column, widths from the content (capped), landscape printing fitted to one page wide.
    Every text cell is written as text (formula-injection safe).
    """
    row = start_row
    if title:
        cell = ws.cell(row=row, column=1)
        xlsx_cell_value(cell, title)
        cell.font = Font(bold=True, size=13)
        row += 2
    header_row = row
    for j, col in enumerate(columns, start=1):
        cell = ws.cell(row=row, column=j)
        xlsx_cell_value(cell, col.header)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    values = [df[c.field].tolist() for c in columns]
    for i in range(len(df)):
        row += 1
        for j, col in enumerate(columns, start=1):
            cell = ws.cell(row=row, column=j)
            value = values[j - 1][i]
            if isinstance(value, pd.Timestamp):
                value = value.to_pydatetime()
            xlsx_cell_value(cell, value)
            if col.number_format:
                cell.number_format = col.number_format
    for j, col in enumerate(columns, start=1):
        if col.width:
            width = col.width
        else:
            sample = [str(v) for v in values[j - 1][:500]]
            width = min(60, max([len(col.header)] + [len(s) for s in sample]) + 2)
            if is_money_format(col.number_format):
                width = max(width, 14)
        ws.column_dimensions[get_column_letter(j)].width = width
    if start_row == 1 and not title:
        ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    last_col = get_column_letter(len(columns))
    if len(df):
        ws.auto_filter.ref = f"A{header_row}:{last_col}{row}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{header_row}:{header_row}"
    return row + 1
