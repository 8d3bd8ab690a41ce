"""Formula and HTML injection guards of every export path."""
import io

import openpyxl
import pandas as pd
import pytest
from openpyxl import Workbook

from exports.safe import csv_safe, html_text, xlsx_cell_value
from exports.xlsx_tools import EURO_FORMAT, Column, write_table

HOSTILE = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+1+1", "-2+3", "@SUM(A1:A2)",
           "\tcmd", "\r=1", "<script>alert(1)</script>"]


@pytest.mark.parametrize("text", HOSTILE[:6])
def test_csv_safe_prefixes_formula_triggers(text):
    assert csv_safe(text) == "'" + text


def test_csv_safe_leaves_numbers_and_plain_text():
    assert csv_safe(-12.5) == -12.5
    assert csv_safe("Microsoft") == "Microsoft"


def test_html_text_escapes_script():
    assert html_text("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;"


def test_xlsx_cells_stay_text_after_reload():
    df = pd.DataFrame({"vendor": HOSTILE, "amount": [1.0, -2.0, 3.0, 4.0, 5.0, 6.0, 7.0]})
    wb = Workbook()
    write_table(wb.active, df, [Column("vendor", "=Vendor"),
                                Column("amount", "Amount", EURO_FORMAT)])
    buffer = io.BytesIO()
    wb.save(buffer)
    ws = openpyxl.load_workbook(io.BytesIO(buffer.getvalue())).active
    assert ws["A1"].value == "=Vendor" and ws["A1"].data_type == "s"
    for i, text in enumerate(HOSTILE, start=2):
        cell = ws.cell(row=i, column=1)
        assert cell.value == text
        assert cell.data_type == "s", text          # never 'f' (formula)
    assert ws["B3"].value == -2.0 and ws["B3"].number_format == EURO_FORMAT
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:B8"
    assert not ws._hyperlinks


def test_xlsx_nan_and_numpy_values():
    import numpy as np
    wb = Workbook()
    ws = wb.active
    xlsx_cell_value(ws["A1"], float("nan"))
    xlsx_cell_value(ws["A2"], np.float64(2.5))
    xlsx_cell_value(ws["A3"], np.int64(3))
    assert ws["A1"].value is None and ws["A2"].value == 2.5 and ws["A3"].value == 3


def test_html_report_is_offline_and_escapes_user_text():
    from html.parser import HTMLParser

    import plotly.graph_objects as go

    from exports.html_report import Section, Table, build_report

    fig = go.Figure(go.Bar(x=["<script>alert(1)</script>"], y=[1]))
    sections = [Section("Costs <b>", ["<img src=x onerror=alert(1)>"], [fig, fig],
                        [Table(["Vendor", "Amount"], [["<script>x</script>", "1 €"]],
                               [False, True])])]
    data = build_report("Board <pack>", "meta", "finding", sections, "en").decode("utf-8")

    class Collect(HTMLParser):
        def __init__(self):
            super().__init__()
            self.scripts_with_src, self.scripts, self.imgs, self.tds = [], 0, 0, []
        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            if tag == "script":
                self.scripts += 1
                if attrs.get("src"):
                    self.scripts_with_src.append(attrs["src"])
            if tag == "img":
                self.imgs += 1
        def handle_data(self, data):
            self.tds.append(data)

    parser = Collect()
    parser.feed(data)
    assert parser.scripts_with_src == []            # plotly.js inline: opens offline
    assert parser.imgs == 0                         # the hostile <img> stayed text
    assert "<script>x</script>" in parser.tds       # shown as text in the table
    assert "<script>alert(1)</script>" not in data  # not even inside the chart's JSON
    assert len(data) > 3_000_000                    # plotly.js embedded once (~4.5 MB), not twice
    assert len(data) < 8_000_000
