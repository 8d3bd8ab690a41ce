"""The board pack: everything an export needs, collected once, and the Excel workbook.

:class:`BoardPack` holds the numbers exactly as the dashboard shows them (same functions, same
inputs), so the workbook, the deck and the report repeat the screen. Optional parts (Monte Carlo
statistics, risk losses, governance) are left out of an export when absent.
"""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date

import pandas as pd
from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Font

from exports.safe import xlsx_cell_value
from exports.xlsx_tools import (
    DATE_FORMAT,
    EURO_CENTS_FORMAT,
    EURO_FORMAT,
    PERCENT_FORMAT,
    Column,
    write_table,
)
from i18n import CATALOG, fmt_date, fmt_number, t
from models.defaults import ASSUMPTIONS


def label(key: str, lang: str, fallback: str | None = None) -> str:
    """Translated label when the catalogue has ``key``, else ``fallback`` (or the key)."""
    return t(key, lang) if key in CATALOG else (fallback if fallback is not None else key)


@dataclass
class BoardPack:
    lang: str
    source: str                         # "Sample company …" or the uploaded file name
    company_name: str
    created: date
    horizon_years: int
    discount_rate: float
    results: list                       # models.costmodel.ScenarioResult, reference first
    projection: pd.DataFrame            # models.costmodel.project (tidy)
    spend: pd.DataFrame                 # normalised spend table
    finding: str
    inputs: list[tuple[str, object, str]] = field(default_factory=list)  # (label, value, unit)
    thresholds: list[str] = field(default_factory=list)                   # plain sentences
    mc_summary: pd.DataFrame | None = None      # per scenario: mean, p10, p50, p90, p95, std, cv,
                                                # budget_at_risk, p_overrun, expected_risk_loss
    mc_yearly: pd.DataFrame | None = None       # scenario, year, p10, p50, p90
    risk_losses: pd.DataFrame | None = None     # scenario, event (label), eal
    trials: int | None = None
    seed: int | None = None
    governance_answers: pd.DataFrame | None = None   # question, answer, theme
    governance_score: float | None = None
    risk_register: pd.DataFrame | None = None        # risk, scenario, likelihood, impact
    actions: list[str] = field(default_factory=list)
    analysis: object | None = None                  # models.analysis.Analysis behind the numbers

    def subtitle(self) -> str:
        return t("export.subtitle", self.lang, source=self.source,
                 years=self.horizon_years, date=fmt_date(self.created, self.lang))


def _kpi_frame(pack: BoardPack) -> pd.DataFrame:
    rows = []
    mc = pack.mc_summary.set_index("scenario") if pack.mc_summary is not None else None
    for r in pack.results:
        row = {"name": r.name, "total": r.total, "npv": r.npv, "delta": r.delta_vs_inhouse,
               "break_even": r.break_even_year if r.break_even_year is not None else "–",
               "per_employee": r.cost_per_employee, "fixed_share": r.fixed_share}
        if mc is not None and r.id in mc.index:
            row.update(p90=float(mc.loc[r.id, "p90_year"]),
                       bar=float(mc.loc[r.id, "budget_at_risk"]),
                       risk=float(mc.loc[r.id, "expected_risk_loss"]))
        rows.append(row)
    return pd.DataFrame(rows)


def build_xlsx(pack: BoardPack) -> bytes:
    """The Excel workbook (openpyxl) with native charts; see the module docstring."""
    lang = pack.lang
    wb = Workbook()

    # --- Summary
    ws = wb.active
    ws.title = t("export.sheet.summary", lang)[:31]
    xlsx_cell_value(ws["A1"], t("export.title", lang, company=pack.company_name))
    ws["A1"].font = Font(bold=True, size=15)
    xlsx_cell_value(ws["A2"], pack.subtitle())
    xlsx_cell_value(ws["A3"], pack.finding)
    ws["A3"].font = Font(bold=True, size=12)
    kpi = _kpi_frame(pack)
    columns = [Column("name", t("export.col.scenario", lang), width=28),
               Column("total", t("export.col.total", lang, years=pack.horizon_years), EURO_FORMAT),
               Column("npv", t("export.col.npv", lang), EURO_FORMAT),
               Column("delta", t("export.col.delta", lang), EURO_FORMAT),
               Column("break_even", t("export.col.break_even", lang)),
               Column("per_employee", t("export.col.per_employee", lang), EURO_FORMAT),
               Column("fixed_share", t("export.col.fixed_share", lang), PERCENT_FORMAT)]
    if "p90" in kpi.columns:
        columns += [Column("p90", t("export.col.p90", lang), EURO_FORMAT),
                    Column("bar", t("export.col.budget_at_risk", lang), EURO_FORMAT),
                    Column("risk", t("export.col.risk_loss", lang), EURO_FORMAT)]
    end = write_table(ws, kpi, columns, start_row=5)
    chart = BarChart()
    chart.type = "col"
    chart.title = t("export.chart.total", lang, years=pack.horizon_years)
    chart.y_axis.numFmt = EURO_FORMAT
    chart.add_data(Reference(ws, min_col=2, min_row=5, max_row=5 + len(kpi)), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=6, max_row=5 + len(kpi)))
    chart.legend = None
    chart.height, chart.width = 8, 16
    ws.add_chart(chart, f"A{end + 1}")
    ws.freeze_panes = "A6"

    # --- Yearly costs: pivot scenario × year (+ native line chart of cumulative) and tidy table
    wy = wb.create_sheet(t("export.sheet.yearly", lang)[:31])
    years = list(range(1, pack.horizon_years + 1))
    pivot = pd.DataFrame({"name": [r.name for r in pack.results],
                          **{f"y{y}": [r.yearly[y - 1] for r in pack.results] for y in years},
                          "total": [r.total for r in pack.results]})
    cols = [Column("name", t("export.col.scenario", lang), width=28)] + \
        [Column(f"y{y}", t("chart.axis.year_n", lang, n=y), EURO_FORMAT) for y in years] + \
        [Column("total", t("common.total", lang), EURO_FORMAT)]
    end = write_table(wy, pivot, cols, start_row=1)
    line = LineChart()
    line.title = t("export.chart.yearly", lang)
    line.y_axis.numFmt = EURO_FORMAT
    for i in range(len(pack.results)):
        line.add_data(Reference(wy, min_col=1, max_col=1 + len(years), min_row=2 + i),
                      from_rows=True, titles_from_data=True)
    line.set_categories(Reference(wy, min_col=2, max_col=1 + len(years), min_row=1))
    line.height, line.width = 8, 18
    wy.add_chart(line, f"A{end + 1}")
    tidy = pack.projection.assign(
        domain_label=[t(f"domain.{d}", lang) for d in pack.projection["domain"]],
        item_label=[label(f"item.{i}", lang, i) for i in pack.projection["item"]])
    tidy = tidy[tidy["amount_eur"] != 0]
    wt = wb.create_sheet(t("export.sheet.detail", lang)[:31])
    write_table(wt, tidy, [Column("scenario_name", t("export.col.scenario", lang), width=28),
                           Column("year", t("chart.axis.year", lang)),
                           Column("domain_label", t("common.domain", lang), width=30),
                           Column("item_label", t("export.col.item", lang), width=30),
                           Column("amount_eur", t("export.col.amount", lang), EURO_FORMAT)])

    # --- Predictability and risk
    if pack.mc_summary is not None:
        wr = wb.create_sheet(t("export.sheet.risk", lang)[:31])
        names = {r.id: r.name for r in pack.results}
        mc = pack.mc_summary.assign(name=[names.get(s, s) for s in pack.mc_summary["scenario"]])
        end = write_table(wr, mc, [
            Column("name", t("export.col.scenario", lang), width=28),
            Column("mean_year", t("export.col.mean", lang), EURO_FORMAT),
            Column("p10_year", "P10", EURO_FORMAT), Column("p50_year", "P50", EURO_FORMAT),
            Column("p90_year", "P90", EURO_FORMAT), Column("p95_year", "P95", EURO_FORMAT),
            Column("cv", t("export.col.cv", lang), PERCENT_FORMAT),
            Column("budget_at_risk", t("export.col.budget_at_risk", lang), EURO_FORMAT),
            Column("p_overrun", t("export.col.p_overrun", lang), PERCENT_FORMAT),
            Column("expected_risk_loss", t("export.col.risk_loss", lang), EURO_FORMAT)],
            start_row=1, title=t("export.risk.title", lang,
                                 trials=fmt_number(pack.trials or 0, lang), seed=pack.seed))
        if pack.risk_losses is not None:
            losses = pack.risk_losses.assign(
                name=[names.get(s, s) for s in pack.risk_losses["scenario"]])
            write_table(wr, losses, [Column("name", t("export.col.scenario", lang), width=28),
                                     Column("event", t("export.col.event", lang), width=34),
                                     Column("eal", t("export.col.eal", lang), EURO_FORMAT)],
                        start_row=end + 1)

    # --- Governance and risk register
    if pack.governance_answers is not None or pack.risk_register is not None:
        wg = wb.create_sheet(t("export.sheet.governance", lang)[:31])
        row = 1
        if pack.governance_answers is not None:
            row = write_table(wg, pack.governance_answers,
                              [Column(c, c, width=50 if i == 0 else 24)
                               for i, c in enumerate(pack.governance_answers.columns)],
                              start_row=row, title=t("export.governance.answers", lang))
        if pack.risk_register is not None:
            write_table(wg, pack.risk_register,
                        [Column(c, c, width=30) for c in pack.risk_register.columns],
                        start_row=row + 1, title=t("export.governance.register", lang))

    # --- Assumptions
    wa = wb.create_sheet(t("export.sheet.assumptions", lang)[:31])
    defaults = pd.DataFrame([{"label": label(f"assumption.{a.key}", lang, a.key), "value": a.value,
                              "unit": a.unit, "source": a.source,
                              "quality": label(f"quality.{a.quality}", lang, a.quality)}
                             for a in ASSUMPTIONS.values()])
    end = 1
    if pack.inputs:
        user = pd.DataFrame(pack.inputs, columns=["label", "value", "unit"])
        end = write_table(wa, user, [Column("label", t("export.col.input", lang), width=46),
                                     Column("value", t("export.col.value", lang), width=16),
                                     Column("unit", t("export.col.unit", lang), width=22)],
                          start_row=1, title=t("export.assumptions.inputs", lang))
    write_table(wa, defaults, [Column("label", t("export.col.input", lang), width=46),
                               Column("value", t("export.col.value", lang), width=16),
                               Column("unit", t("export.col.unit", lang), width=22),
                               Column("source", t("common.source", lang), width=90),
                               Column("quality", t("export.col.quality", lang), width=14)],
                start_row=end + (1 if pack.inputs else 0),
                title=t("export.assumptions.defaults", lang) if pack.inputs else None)

    # --- Classified spend lines with the rule that classified each
    wl = wb.create_sheet(t("export.sheet.spend", lang)[:31])
    spend = pack.spend.assign(
        domain_label=[t(f"domain.{d}", lang) for d in pack.spend["domain"]],
        nature_label=[t(f"nature.{n}", lang) for n in pack.spend["nature"]],
        capex_label=[t("export.yes", lang) if c else "" for c in pack.spend["capex"]])
    write_table(wl, spend, [Column("date", t("export.col.date", lang), DATE_FORMAT, 12),
                            Column("vendor", t("export.col.vendor", lang), width=30),
                            Column("label", t("export.col.label", lang), width=50),
                            Column("account", t("export.col.account", lang), width=10),
                            Column("amount", t("export.col.amount", lang), EURO_CENTS_FORMAT),
                            Column("domain_label", t("common.domain", lang), width=28),
                            Column("nature_label", t("export.col.nature", lang), width=12),
                            Column("capex_label", t("export.col.capex", lang), width=8),
                            Column("rule", t("export.col.rule", lang), width=28),
                            Column("confidence", t("export.col.confidence", lang), PERCENT_FORMAT)])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def build_pptx(pack: BoardPack) -> bytes:
    """The 16:9 deck with native, editable charts (python-pptx); sections absent from the pack
    are skipped."""
    from charts.theme import scenario_color
    from exports.pptx_tools import (
        bullet_slide,
        chart_slide,
        deck_bytes,
        new_deck,
        table_slide,
        title_slide,
    )
    from i18n import fmt_eur, fmt_pct
    lang = pack.lang
    prs = new_deck()
    sub = pack.subtitle()
    title_slide(prs, t("export.title", lang, company=pack.company_name), sub)
    bullets = [pack.finding] + pack.thresholds[:6]
    bullet_slide(prs, t("export.slide.recommendation", lang), bullets, sub)
    names = [r.name for r in pack.results]
    colors = [scenario_color(r.color_index) for r in pack.results]
    chart_slide(prs, t("export.chart.total", lang, years=pack.horizon_years), sub, names,
                [(t("common.total", lang), [r.total for r in pack.results], "#1F4E79")], "column")
    years = [t("chart.axis.year_n", lang, n=y) for y in range(1, pack.horizon_years + 1)]
    chart_slide(prs, t("export.chart.yearly", lang), sub, years,
                [(r.name, list(r.yearly), c) for r, c in zip(pack.results, colors)], "line")
    kpi_rows = [[r.name, fmt_eur(r.total, lang), fmt_eur(r.npv, lang),
                 fmt_eur(r.delta_vs_inhouse, lang),
                 str(r.break_even_year) if r.break_even_year is not None else "–",
                 fmt_eur(r.cost_per_employee, lang)] for r in pack.results]
    table_slide(prs, t("export.slide.kpis", lang), sub,
                [t("export.col.scenario", lang),
                 t("export.col.total", lang, years=pack.horizon_years),
                 t("export.col.npv", lang), t("export.col.delta", lang),
                 t("export.col.break_even", lang), t("export.col.per_employee", lang)], kpi_rows)
    if pack.mc_summary is not None:
        mc = pack.mc_summary.set_index("scenario")
        ids = [r.id for r in pack.results if r.id in mc.index]
        chart_slide(prs, t("export.slide.predictability", lang),
                    t("export.risk.title", lang, trials=fmt_number(pack.trials or 0, lang),
                      seed=pack.seed),
                    [n for r, n in zip(pack.results, names) if r.id in ids],
                    [("P50", [float(mc.loc[i, "p50_year"]) for i in ids], "#56B4E9"),
                     ("P90", [float(mc.loc[i, "p90_year"]) for i in ids], "#D55E00")], "column")
        if pack.risk_losses is not None:
            events = list(dict.fromkeys(pack.risk_losses["event"]))
            series = []
            for r, c in zip(pack.results, colors):
                rows = pack.risk_losses[pack.risk_losses["scenario"] == r.id].set_index("event")
                if len(rows):
                    series.append((r.name, [float(rows["eal"].get(e, 0.0)) for e in events], c))
            chart_slide(prs, t("export.slide.risk", lang), sub, events, series, "bar")
    if pack.thresholds:
        bullet_slide(prs, t("export.slide.thresholds", lang), pack.thresholds, sub)
    if pack.actions:
        bullet_slide(prs, t("export.slide.governance", lang), pack.actions[:10], sub)
    if pack.inputs:
        table_slide(prs, t("export.sheet.assumptions", lang), sub,
                    [t("export.col.input", lang), t("export.col.value", lang),
                     t("export.col.unit", lang)],
                    [[str(a), fmt_pct(b, lang) if u == "%" else str(b), u]
                     for a, b, u in pack.inputs[:12]],
                    font_size=12)
    return deck_bytes(prs)


def build_html(pack: BoardPack, sections) -> bytes:
    """The offline HTML report: KPI table, finding, then ``sections`` (exports.html_report.Section
    objects holding the dashboard's figures, built by the caller from the same data)."""
    from exports.html_report import Section, Table, build_report
    from i18n import fmt_eur
    lang = pack.lang
    kpi = Table(
        [t("export.col.scenario", lang), t("export.col.total", lang, years=pack.horizon_years),
         t("export.col.npv", lang), t("export.col.delta", lang), t("export.col.break_even", lang),
         t("export.col.per_employee", lang)],
        [[r.name, fmt_eur(r.total, lang), fmt_eur(r.npv, lang), fmt_eur(r.delta_vs_inhouse, lang),
          str(r.break_even_year) if r.break_even_year is not None else "–",
          fmt_eur(r.cost_per_employee, lang)] for r in pack.results],
        [False, True, True, True, True, True])
    head = Section(t("export.slide.kpis", lang), pack.thresholds, [], [kpi])
    return build_report(t("export.title", lang, company=pack.company_name), pack.subtitle(),
                        pack.finding, [head, *sections], lang)
