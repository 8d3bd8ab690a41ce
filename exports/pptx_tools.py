"""python-pptx helpers: a 16:9 deck with title, bullet, native-chart and table slides.

Charts are native PowerPoint charts (editable in PowerPoint, no browser on the server).
Fonts are sized for a projector: titles 30 pt, body 18 pt, chart text 14 pt.

Every text goes through :func:`exports.safe.file_text` (a control character would make the
deck's XML invalid), and the workbook python-pptx embeds behind each chart (the data PowerPoint
opens with "Edit data") is written with XlsxWriter's formula and URL conversions off, so a
scenario named ``=cmd|' /C calc'!A0`` is text there too (:class:`TextChartData`).
"""
from __future__ import annotations

import io
from contextlib import contextmanager
from typing import Sequence

from pptx import Presentation
from pptx.chart.data import CategoryChartData, XyChartData
from pptx.chart.xlsx import CategoryWorkbookWriter
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
from pptx.util import Emu, Inches, Pt, lazyproperty
from xlsxwriter import Workbook

from exports.safe import file_text

SLIDE_W, SLIDE_H = Emu(12192000), Emu(6858000)   # 13.333 × 7.5 in, exactly 16:9
BRAND = RGBColor(0x1F, 0x4E, 0x79)
MUTED = RGBColor(0x5A, 0x5A, 0x5A)


class _TextWorkbookWriter(CategoryWorkbookWriter):
    """python-pptx's chart workbook writer with XlsxWriter's conversions off: a string is
    written as a string, never as a formula (``=…``) or a link."""

    @contextmanager
    def _open_worksheet(self, xlsx_file):
        workbook = Workbook(xlsx_file, {"in_memory": True, "strings_to_formulas": False,
                                        "strings_to_urls": False, "strings_to_numbers": False})
        worksheet = workbook.add_worksheet()
        yield workbook, worksheet
        workbook.close()


class TextChartData(CategoryChartData):
    """Chart data whose embedded workbook holds text as text (see :class:`_TextWorkbookWriter`)."""

    @lazyproperty
    def _workbook_writer(self):
        return _TextWorkbookWriter(self)


def new_deck() -> Presentation:
    prs = Presentation()
    prs.slide_width, prs.slide_height = SLIDE_W, SLIDE_H
    return prs


def _blank(prs: Presentation):
    return prs.slides.add_slide(prs.slide_layouts[6])


def _textbox(slide, text: str, left, top, width, height, size: int, bold=False, color=None):
    box = slide.shapes.add_textbox(left, top, width, height)
    frame = box.text_frame
    frame.word_wrap = True
    run = frame.paragraphs[0].add_run()
    run.text = file_text(text)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return box


def _header(slide, title: str, subtitle: str | None) -> None:
    _textbox(slide, title, Inches(0.5), Inches(0.3), Inches(12.3), Inches(0.9), 28, True, BRAND)
    if subtitle:
        _textbox(slide, subtitle, Inches(0.5), Inches(1.15), Inches(12.3), Inches(0.5), 14, False,
                 MUTED)


def title_slide(prs, title: str, subtitle: str) -> None:
    slide = _blank(prs)
    _textbox(slide, title, Inches(0.8), Inches(2.4), Inches(11.7), Inches(1.4), 40, True, BRAND)
    _textbox(slide, subtitle, Inches(0.8), Inches(3.9), Inches(11.7), Inches(1.2), 20, False, MUTED)


def bullet_slide(prs, title: str, bullets: Sequence[str], subtitle: str | None = None) -> None:
    slide = _blank(prs)
    _header(slide, title, subtitle)
    box = slide.shapes.add_textbox(Inches(0.7), Inches(1.8), Inches(11.9), Inches(5.2))
    frame = box.text_frame
    frame.word_wrap = True
    for i, text in enumerate(bullets):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        run = para.add_run()
        run.text = "• " + file_text(text)
        run.font.size = Pt(18)
        para.space_after = Pt(8)


def chart_slide(prs, title: str, subtitle: str | None, categories: Sequence[str],
                series: Sequence[tuple[str, Sequence[float], str]], kind: str = "column",
                number_format: str | None = None) -> None:
    """A native chart. ``series`` are (name, values, hex colour); ``kind`` is column,
    stacked, bar (horizontal), line. ``number_format``: default, amounts in the currency in
    use (:func:`i18n.current_currency`: ``#,##0 "€"``, ``#,##0 "ZAR"``)."""
    if number_format is None:
        from i18n import currency_sign
        number_format = f'#,##0 "{currency_sign()}"'

    slide = _blank(prs)
    _header(slide, title, subtitle)
    data = TextChartData(number_format=number_format)
    data.categories = [file_text(c) if isinstance(c, str) else c for c in categories]
    for name, values, _ in series:
        data.add_series(file_text(name), [float(v) for v in values])
    chart_type = {"column": XL_CHART_TYPE.COLUMN_CLUSTERED, "stacked": XL_CHART_TYPE.COLUMN_STACKED,
                  "bar": XL_CHART_TYPE.BAR_CLUSTERED, "line": XL_CHART_TYPE.LINE_MARKERS}[kind]
    frame = slide.shapes.add_chart(chart_type, Inches(0.5), Inches(1.8), Inches(12.3), Inches(5.4),
                                   data)
    chart = frame.chart
    chart.font.size = Pt(14)
    chart.has_legend = len(series) > 1
    if chart.has_legend:
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
    for plot_series, (_, _, color) in zip(chart.plots[0].series, series):
        fill = plot_series.format.line if kind == "line" else plot_series.format.fill
        if kind == "line":
            fill.color.rgb = RGBColor.from_string(color.lstrip("#").upper())
            fill.width = Emu(38100)
        else:
            fill.solid()
            fill.fore_color.rgb = RGBColor.from_string(color.lstrip("#").upper())
    chart.value_axis.tick_labels.number_format = number_format
    chart.value_axis.tick_labels.number_format_is_linked = False
    chart.value_axis.has_major_gridlines = True


def table_slide(prs, title: str, subtitle: str | None, headers: Sequence[str],
                rows: Sequence[Sequence[str]], font_size: int = 14) -> None:
    """A table of already formatted text (numbers formatted per language)."""
    slide = _blank(prs)
    _header(slide, title, subtitle)
    n_rows, n_cols = len(rows) + 1, len(headers)
    height = Inches(min(5.4, 0.45 * n_rows))
    table = slide.shapes.add_table(n_rows, n_cols, Inches(0.5), Inches(1.8), Inches(12.3),
                                   height).table
    for j, header in enumerate(headers):
        table.cell(0, j).text = file_text(header)
    for i, row in enumerate(rows, start=1):
        for j, value in enumerate(row):
            table.cell(i, j).text = file_text(value)
    for i in range(n_rows):
        for j in range(n_cols):
            for para in table.cell(i, j).text_frame.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(font_size)


def deck_bytes(prs) -> bytes:
    buffer = io.BytesIO()
    prs.save(buffer)
    return buffer.getvalue()


__all__ = ["new_deck", "title_slide", "bullet_slide", "chart_slide", "table_slide", "deck_bytes",
           "TextChartData", "XyChartData"]
