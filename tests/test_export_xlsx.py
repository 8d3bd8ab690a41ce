"""The Excel board pack opened with openpyxl: sheets, charts, numbers equal to the model's."""
import io
from datetime import date

import openpyxl
import pandas as pd
import pytest

from exports.board_pack import BoardPack, build_xlsx
from models.costmodel import make_inputs, project, summarise
from models.dataset import sample_dataset
from models.scenarios import default_scenarios


@pytest.fixture(scope="module")
def pack():
    ds = sample_dataset()
    spend = ds.spend.copy()
    spend.loc[0, "vendor"] = "=HYPERLINK(\"http://evil.example\",\"x\")"
    spend.loc[1, "label"] = "<script>alert(1)</script>"
    inputs = make_inputs(spend, ds.company, ds.staff)
    scenarios = default_scenarios()
    results = summarise(inputs, scenarios, lang="en")
    return BoardPack(lang="en", source="Sample company", company_name=ds.company.name,
                     created=date(2026, 11, 28), horizon_years=inputs.economics.horizon_years,
                     discount_rate=inputs.economics.discount_rate, results=results,
                     projection=project(inputs, scenarios, lang="en"), spend=spend,
                     finding="Finding sentence", inputs=[("Horizon", 5, "years")])


def test_workbook_sheets_charts_and_numbers(pack):
    wb = openpyxl.load_workbook(io.BytesIO(build_xlsx(pack)))
    assert wb.sheetnames == ["Summary", "Yearly costs", "Cost detail", "Cost by item",
                             "Assumptions", "Sources", "Spend lines"]
    summary = wb["Summary"]
    assert len(summary._charts) == 1 and len(wb["Yearly costs"]._charts) == 1
    header = [c.value for c in summary[7]]
    assert header[:2] == ["Scenario", "Total over 5 years"]     # a plan alone: no simulation
    for i, r in enumerate(pack.results, start=8):
        assert summary.cell(row=i, column=1).value == r.name
        assert summary.cell(row=i, column=2).value == pytest.approx(r.total)
        assert summary.cell(row=i, column=3).value == pytest.approx(r.npv)
    yearly = wb["Yearly costs"]
    for i, r in enumerate(pack.results, start=2):
        assert [yearly.cell(row=i, column=j).value for j in range(2, 7)] == pytest.approx(
            list(r.yearly))
    detail = pd.DataFrame(wb["Cost detail"].values)
    assert detail.iloc[1:, 4].astype(float).sum() == pytest.approx(
        pack.projection["amount_eur"].sum())
    lines = wb["Spend lines"]
    assert lines.max_row == len(pack.spend) + 1
    assert lines["B2"].value.startswith("=HYPERLINK") and lines["B2"].data_type == "s"
    assert lines["C3"].value == "<script>alert(1)</script>"
    assert summary.freeze_panes == "A8"
    assert lines.freeze_panes == "A2"


def test_workbook_in_french(pack):
    pack_fr = BoardPack(**{**pack.__dict__, "lang": "fr"})
    wb = openpyxl.load_workbook(io.BytesIO(build_xlsx(pack_fr)))
    assert wb.sheetnames == ["Synthèse", "Coûts annuels", "Détail des coûts", "Coûts par poste",
                             "Hypothèses", "Sources", "Lignes de dépenses"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_assumptions_sheet_gives_each_basis_in_the_pack_language(pack, lang):
    """The French pack's Assumptions sheet holds the French basis of every default, never the
    English text of models/defaults.py; the English pack holds that text."""
    from i18n import t
    from models.defaults import ASSUMPTIONS
    from models.sources import assumption_basis
    wb = openpyxl.load_workbook(io.BytesIO(build_xlsx(BoardPack(**{**pack.__dict__,
                                                                    "lang": lang}))))
    cells = {c for row in wb[t("export.sheet.assumptions", lang)].values for c in row
             if isinstance(c, str)}
    for a in ASSUMPTIONS.values():
        assert assumption_basis(a, lang) in cells, a.key
        if lang == "fr":
            assert a.source not in cells, a.key
    if lang == "fr":
        assert "Notre fourchette pour une PME de 20 à 250 salariés" in " ".join(cells)


def test_deck_slides_and_native_chart_values(pack):
    from pptx import Presentation

    from exports.board_pack import build_pptx
    pack.thresholds = ["Full stays cheaper while the provider charges less than €94 per user "
                       "per month."]
    prs = Presentation(io.BytesIO(build_pptx(pack)))
    titles = [next(sh.text_frame.text for sh in s.shapes if sh.has_text_frame) for s in prs.slides]
    assert titles[:5] == ["IT sourcing: board pack · Mécanique Précision Loire SAS",
                          "Recommendation", "Total cost over 5 years",
                          "Yearly cost per scenario (plan, excluding risk events)",
                          "Key figures per scenario"]
    assert "What must be true for the answer to hold" in titles
    charts = [sh.chart for s in prs.slides for sh in s.shapes if sh.has_chart]
    totals = list(charts[0].plots[0].series[0].values)
    assert totals == pytest.approx([r.total for r in pack.results])
    yearly = [list(s.values) for s in charts[1].plots[0].series]
    assert yearly == [pytest.approx(list(r.yearly)) for r in pack.results]


def test_html_report_has_kpis_and_finding(pack):
    from exports.board_pack import build_html
    html = build_html(pack, []).decode("utf-8")
    assert "Finding sentence" in html
    for r in pack.results:
        assert r.name in html
    assert "<script>alert(1)</script>" not in html


def test_assumptions_cite_their_sources_by_key_and_the_sources_sheet_lists_them(pack):
    """Issue 16: the board pack cites docs/sources.md entries by their stable key, and lists
    every cited entry with its publisher, title, year and address so a reader can check it."""
    from models.defaults import ASSUMPTIONS
    from models.sources import cite, load_sources
    wb = openpyxl.load_workbook(io.BytesIO(build_xlsx(pack)))
    rows = list(wb["Assumptions"].values)
    start = next(i for i, r in enumerate(rows) if r and r[0] == "Assumption"
                 and "Source key" in r)
    header = rows[start]
    keys_col, cited_col = header.index("Source key"), header.index("Source")
    body = [r for r in rows[start + 1:] if r and r[0]]
    assert len(body) == len(ASSUMPTIONS)
    for a, r in zip(ASSUMPTIONS.values(), body):
        assert r[keys_col] == ", ".join(a.refs) and r[cited_col] == cite(a.refs, "en"), a.key
    src_rows = list(wb["Sources"].values)
    first = next(i for i, r in enumerate(src_rows) if r[0] == "Source key") + 1
    listed = [r for r in src_rows[first:] if r and r[0]]
    sources = load_sources()
    wanted = {k for a in ASSUMPTIONS.values() for k in a.refs}
    assert {r[0] for r in listed} == wanted
    for r in listed:
        s = sources[r[0]]
        assert r[1:4] == (s.publisher, s.title, s.year)
        assert r[4] == (s.address if s.has_address else None)
