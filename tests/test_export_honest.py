"""The board pack tells the Overview's risk-inclusive story (issue 12): the finding, the
robustness line, the assumption set, per option the expected total with risks and its P10–P90,
the probability of costing less than in-house, the saving and its range, the plan labelled as
such, the cost items (staff, severance), the staff decisions with notice, exit date and legal
severance, and the one-off lines kept out of the baseline — the same numbers as
:func:`models.analysis.analyse`, in French and in English."""
import io
import re

import openpyxl
import pytest
from pptx import Presentation

from exports.board_pack import build_html, build_pptx, build_xlsx
from exports.collect import collect_analysis, report_sections
from i18n import fmt_eur, fmt_eur_short, fmt_probability, t
from models.analysis import analyse, cheapest_by_set
from models.dataset import sample_dataset
from models.findings import robustness_line
from models.governance import preset
from models.one_off import detect_one_off
from models.scenarios import Economics
from tests.conftest import lean_scenarios

TRIALS = 2_000


@pytest.fixture(scope="module")
def runs():
    """Analysis, robustness and pack per language: the lean scenarios (partial dismisses the
    technician, full both IT staff), so severance and staff savings show."""
    ds = sample_dataset()
    cheapest = cheapest_by_set(ds, lean_scenarios(), Economics(), trials=TRIALS,
                               answers=preset("typical"))
    out = {}
    for lang in ("fr", "en"):
        analysis = analyse(ds, lean_scenarios(), Economics(), answers=preset("typical"),
                           trials=TRIALS, lang=lang)
        pack = collect_analysis(ds, analysis, Economics(), lang, cheapest=cheapest)
        out[lang] = (analysis, cheapest, pack)
    return out


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_workbook_summary_has_the_overview_figures(runs, lang):
    analysis, cheapest, pack = runs[lang]
    wb = openpyxl.load_workbook(io.BytesIO(build_xlsx(pack)))
    ws = wb[t("export.sheet.summary", lang)]
    names = {r.id: r.name for r in analysis.results}
    assert ws["A3"].value == analysis.finding
    assert ws["A4"].value == robustness_line(cheapest, analysis.cheapest(), names, lang)
    assert t("aset.neutral", lang) in ws["A5"].value
    header = [c.value for c in ws[7]]
    assert header[1] == t("export.col.expected", lang, years=5)
    assert header[8] == t("export.col.plan", lang, years=5)
    kpis = analysis.kpis().set_index("scenario")
    for row, r in enumerate(analysis.results, start=8):
        k = kpis.loc[r.id]
        cells = [ws.cell(row=row, column=c).value for c in range(1, 10)]
        assert cells[0] == r.name
        assert cells[1:4] == pytest.approx([k["expected_total"], k["total_p10"],
                                            k["total_p90"]])
        if r.id == analysis.reference_id:
            assert cells[4:8] == ["–"] * 4            # no saving against itself
        else:
            assert cells[4:8] == pytest.approx([k["p_cheaper"], k["expected_saving"],
                                                k["saving_p10"], k["saving_p90"]])
        assert cells[8] == pytest.approx(r.total) == pytest.approx(k["plan_total"])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_workbook_cost_items_staff_decisions_and_one_off_lines(runs, lang):
    analysis, _, pack = runs[lang]
    wb = openpyxl.load_workbook(io.BytesIO(build_xlsx(pack)))
    items = wb[t("export.sheet.items", lang)]
    rows = {r[0]: r[1:] for r in items.iter_rows(min_row=4, values_only=True)}
    # the total row reconciles with each plan; staff and severance are their own items
    assert list(rows[t("common.total", lang)]) == pytest.approx([r.total
                                                                 for r in analysis.results])
    severance = rows[t("item.severance", lang)]
    staff = rows[t("item.staff", lang)]
    assert severance[0] == 0 and severance[1] > 0 and severance[2] > severance[1]
    assert staff[2] < staff[1] < staff[0]
    # staff decisions: hand-computed legal severance (R1234-2), start 1 Nov 2026, 76 staff
    # (CSE one month + procedure one month, then notice)
    sd = wb[t("export.sheet.staff", lang)]
    lines = [r for r in sd.iter_rows(min_row=4, values_only=True) if r[0]]
    assert len(lines) == 3
    tech = 28_000 / 12 * (4 + 4 / 12) / 4                  # 4 years + 4 months of service
    manager = 47_090 / 12 * (10 / 4 + (12 + 5 / 12 - 10) / 3)   # beyond 10 years: a third
    by_key = {(r[0], r[1]): r for r in lines}
    full = analysis.results[2].name
    partial = analysis.results[1].name
    assert by_key[(partial, "Technicien support")][7] == pytest.approx(tech)
    assert by_key[(full, "Responsable informatique")][7] == pytest.approx(manager)
    assert by_key[(full, "Responsable informatique")][5] == 3      # executive notice
    assert by_key[(full, "Technicien support")][5] == 2             # two years and more
    assert by_key[(full, "Technicien support")][2] == t("scenarios.fate.dismiss", lang)
    # the cost model books the same severance, in year 1 (the exits fall in 2027)
    assert severance[2] == pytest.approx(tech + manager)
    assert severance[1] == pytest.approx(tech)
    # one-off lines kept out of the baseline, the Nov 2025 cyber incident first
    oo = wb[t("export.sheet.one_off", lang)]
    found = detect_one_off(sample_dataset().spend)
    lines = [r for r in oo.iter_rows(min_row=4, values_only=True) if r[0]]
    assert [r[4] for r in lines] == pytest.approx(list(found["amount"]))
    assert lines[0][0].year == 2025 and lines[0][0].month == 11
    assert lines[0][5] == t("one_off.reason.incident", lang)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_deck_repeats_the_overview_figures(runs, lang):
    analysis, cheapest, pack = runs[lang]
    prs = Presentation(io.BytesIO(build_pptx(pack)))
    slides = {next(sh.text_frame.text for sh in s.shapes if sh.has_text_frame): s
              for s in prs.slides}
    reco = slides[t("export.slide.recommendation", lang)]
    text = " ".join(sh.text_frame.text for sh in reco.shapes if sh.has_text_frame)
    names = {r.id: r.name for r in analysis.results}
    assert analysis.finding in text
    assert robustness_line(cheapest, analysis.cheapest(), names, lang) in text
    chart = next(sh.chart for sh in slides[t("export.chart.expected_vs_plan", lang,
                                              years=5)].shapes if sh.has_chart)
    kpis = analysis.kpis().set_index("scenario")
    expected, plan = (list(s.values) for s in chart.plots[0].series)
    assert expected == pytest.approx([kpis.loc[r.id, "expected_total"]
                                      for r in analysis.results])
    assert plan == pytest.approx([r.total for r in analysis.results])
    table = next(sh.table for sh in slides[t("export.slide.kpis", lang)].shapes if sh.has_table)
    cells = [[c.text for c in row.cells] for row in table.rows]
    assert cells[0][1] == t("export.col.expected", lang, years=5)
    for r, row in zip(analysis.results, cells[1:]):
        k = kpis.loc[r.id]
        assert row[0] == r.name
        assert row[1] == fmt_eur(k["expected_total"], lang)
        assert row[2] == f"{fmt_eur_short(k['total_p10'], lang)} – " \
                         f"{fmt_eur_short(k['total_p90'], lang)}"
        assert row[5] == fmt_eur(r.total, lang)
        if r.id != analysis.reference_id:
            assert row[3] == fmt_probability(k["p_cheaper"], lang)
            assert row[4].startswith(fmt_eur(k["expected_saving"], lang))
    staff = next(sh.table for sh in slides[t("export.slide.staff", lang)].shapes
                 if sh.has_table)
    assert len(staff.rows) == 4
    assert t("export.slide.one_off", lang) in slides and t("export.slide.items", lang) in slides


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_report_repeats_the_overview_figures(runs, lang):
    analysis, cheapest, pack = runs[lang]
    html = build_html(pack, report_sections(pack, analysis.scenarios)).decode("utf-8")
    plain = re.sub(r"<[^>]+>", "\n", html).replace("&#x27;", "'").replace("&quot;", '"')
    names = {r.id: r.name for r in analysis.results}
    assert analysis.finding in plain
    assert robustness_line(cheapest, analysis.cheapest(), names, lang) in plain
    kpis = analysis.kpis().set_index("scenario")
    for r in analysis.results:
        assert fmt_eur(kpis.loc[r.id, "expected_total"], lang) in plain
        assert fmt_eur(r.total, lang) in plain
        if r.id != analysis.reference_id:
            assert fmt_probability(kpis.loc[r.id, "p_cheaper"], lang) in plain
    assert t("export.col.plan", lang, years=5) in plain
    assert t("item.severance", lang) in plain
    assert t("export.section.staff", lang) in plain and t("export.section.one_off", lang) in plain
    assert "Cabinet Sécurité Ouest" in plain


def test_a_pack_without_staff_decisions_says_everyone_is_kept():
    from models.scenarios import default_scenarios
    ds = sample_dataset()
    analysis = analyse(ds, default_scenarios(), Economics(), trials=1_000, lang="en",
                       with_thresholds=False)
    pack = collect_analysis(ds, analysis, Economics(), "en")
    wb = openpyxl.load_workbook(io.BytesIO(build_xlsx(pack)))
    assert wb["Staff decisions"]["A1"].value == t("export.staff.none", "en")
    assert wb["Summary"]["A4"].value is None            # no robustness runs given
    html = build_html(pack, report_sections(pack, analysis.scenarios)).decode("utf-8")
    assert t("export.staff.none", "en") in html
