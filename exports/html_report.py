"""Offline HTML report: one self-contained file with interactive Plotly charts and tables.

plotly.js is embedded once (no CDN), so the file opens with no internet access. Every text
given to this module is escaped; figures carry their own (escaped by Plotly) text.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import plotly.graph_objects as go

from exports.safe import html_text
from i18n import normalise_language

# A backslash at a line end joins two source lines into one line of the string.
_CSS = """
body{font-family:Inter,'Segoe UI',Arial,sans-serif;color:#1a1a1a;margin:0;background:#fff}
main{max-width:1200px;margin:0 auto;padding:24px 32px 64px}
h1{font-size:30px;margin:8px 0 4px} \
h2{font-size:22px;margin:36px 0 8px;border-bottom:2px solid #1f4e79;padding-bottom:4px}
p.meta{color:#5a5a5a;margin:0 0 16px} \
p.finding{font-size:18px;background:#eef4fa;padding:12px 16px;border-left:4px solid #1f4e79}
table{border-collapse:collapse;margin:8px 0 16px;font-size:14px} \
th,td{border:1px solid #d0d7de;padding:6px 10px}
th{background:#1f4e79;color:#fff;text-align:left} td.num{text-align:right;white-space:nowrap}
.chart{margin:12px 0 24px}
@media print{.chart{page-break-inside:avoid}}
"""


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]           # already formatted text (numbers formatted per language)
    numeric: list[bool] = field(default_factory=list)


@dataclass
class Section:
    heading: str
    paragraphs: list[str] = field(default_factory=list)
    figures: list[go.Figure] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)


def _table_html(table: Table) -> str:
    numeric = table.numeric or [False] * len(table.headers)
    head = "".join(f"<th>{html_text(h)}</th>" for h in table.headers)
    body = "".join(
        "<tr>" + "".join(f"<td class=\"num\">{html_text(v)}</td>" if numeric[j]
                         else f"<td>{html_text(v)}</td>"
                         for j, v in enumerate(row)) + "</tr>" for row in table.rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def build_report(title: str, meta: str, finding: str, sections: list[Section], lang: str) -> bytes:
    """The whole report as UTF-8 bytes."""
    parts: list[str] = []
    first_figure = True
    for section in sections:
        parts.append(f"<h2>{html_text(section.heading)}</h2>")
        parts.extend(f"<p>{html_text(p)}</p>" for p in section.paragraphs)
        for table in section.tables:
            parts.append(_table_html(table))
        for fig in section.figures:
            div = fig.to_html(full_html=False, include_plotlyjs=bool(first_figure),
                              config={"displaylogo": False, "responsive": True})
            first_figure = False
            parts.append(f"<div class=\"chart\">{div}</div>")
    document = (
        f"<!DOCTYPE html><html lang=\"{normalise_language(lang)}\"><head><meta charset=\"utf-8\">"
        f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<title>{html_text(title)}</title><style>{_CSS}</style></head><body><main>"
        f"<h1>{html_text(title)}</h1><p class=\"meta\">{html_text(meta)}</p>"
        f"<p class=\"finding\">{html_text(finding)}</p>{''.join(parts)}</main></body></html>")
    return document.encode("utf-8")
