"""The board pack lists the sanity checks of the data and the currency note (issue 13): on the
summary sheet, on the recommendation slide and in the report's first section; amounts of a pack
worked in rand are labelled in rand in the deck and the report."""
from __future__ import annotations

import dataclasses
import io

import openpyxl
import pytest
from pptx import Presentation

from exports.board_pack import build_html, build_pptx, build_xlsx
from exports.collect import collect_analysis, report_sections
from i18n import t
from models.analysis import analyse
from models.dataset import sample_dataset
from models.money import work_in_currency
from models.sanity import sentences
from models.scenarios import Economics, default_scenarios


def _pack(ds, lang):
    analysis = analyse(ds, default_scenarios(), Economics(), trials=500, seed=3, lang=lang)
    return collect_analysis(ds, analysis, Economics(), lang), analysis


def _implausible():
    ds = sample_dataset()
    return dataclasses.replace(ds, company=dataclasses.replace(ds.company, employees=2,
                                                               revenue_eur=1_000_000.0))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_pack_lists_the_sanity_checks(lang):
    ds = _implausible()
    expected = [t("cli.compare.sanity", lang, text=s) for s in sentences(ds, lang)]
    assert len(expected) == 2
    pack, analysis = _pack(ds, lang)
    assert pack.sanity == sentences(ds, lang)
    wb = openpyxl.load_workbook(io.BytesIO(build_xlsx(pack)))
    assert wb[t("export.sheet.summary", lang)]["A6"].value == " ".join(expected)
    deck = Presentation(io.BytesIO(build_pptx(pack)))
    slide_text = " ".join(p.text for shape in deck.slides[1].shapes if shape.has_text_frame
                          for p in shape.text_frame.paragraphs)
    assert all(e in slide_text for e in expected)
    html = build_html(pack, report_sections(pack, analysis.scenarios)).decode("utf-8")
    first = html.split("<h2>")[1]
    assert first.startswith(t("sanity.title", lang))
    assert all(e.replace("'", "&#x27;") in first or e in first for e in expected)


def test_the_sample_pack_has_no_note():
    pack, _ = _pack(sample_dataset(), "en")
    assert pack.sanity == [] and pack.currency == "EUR"
    wb = openpyxl.load_workbook(io.BytesIO(build_xlsx(pack)))
    assert wb[t("export.sheet.summary", "en")]["A6"].value is None


def test_a_rand_pack_names_rand_in_the_deck_and_the_report():
    ds = sample_dataset()
    zar = work_in_currency(dataclasses.replace(
        ds, spend=ds.spend.assign(amount=ds.spend["amount"] * 20), currency="ZAR",
        company=dataclasses.replace(ds.company, revenue_eur=ds.company.revenue_eur * 20)), 0.05)
    pack, analysis = _pack(zar, "en")
    assert pack.currency == "ZAR" and pack.eur_rate == 0.05
    deck = Presentation(io.BytesIO(build_pptx(pack)))
    texts = " ".join(p.text for slide in deck.slides for shape in slide.shapes
                     if shape.has_text_frame for p in shape.text_frame.paragraphs)
    cells = " ".join(c.text for slide in deck.slides for shape in slide.shapes
                     if shape.has_table for row in shape.table.rows for c in row.cells)
    charts = [shape.chart.part.blob.decode("utf-8") for slide in deck.slides
              for shape in slide.shapes if shape.has_chart]
    assert "ZAR" in cells and "€" not in cells and "€" not in texts
    assert charts and all("€" not in c for c in charts)
    html = build_html(pack, report_sections(pack, analysis.scenarios)).decode("utf-8")
    assert "ZAR" in html.split("<h2>", 1)[1]
    assert "€" not in html and "\\u20ac" not in html          # charts' specs included
    assert "converted at 1 ZAR = 0.05 euro" in html
