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
    PERCENT_FORMAT,
    Column,
    money_format,
    write_table,
)
from i18n import CATALOG, fmt_date, fmt_number, fmt_rate, t, using_currency
from models.defaults import ASSUMPTION_SETS, ASSUMPTIONS, DEFAULT_SET, set_value
from models.sources import assumption_basis, cite, cited, unit_text

#: Row of the key-figures header on the Summary sheet (title, subtitle, finding, robustness
#: line and assumption set above it)
SUMMARY_HEADER_ROW = 7


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
    #: the Overview's risk-inclusive figures (models.analysis.Analysis.kpis), None for a plan
    kpis: pd.DataFrame | None = None
    assumptions: str | None = None                  # assumption set: pitch | neutral | cautious
    robustness: str | None = None                   # the cheapest option under each set, a line
    one_off: pd.DataFrame | None = None             # models.one_off columns + in_baseline
    staff_decisions: pd.DataFrame | None = None     # models.staff_report.COLUMNS
    currency: str = "EUR"                           # currency of every amount (the data's)
    eur_rate: float | None = None                   # euros for one unit (euro defaults converted)
    sanity: list[str] = field(default_factory=list)  # models.sanity sentences on the data

    def subtitle(self) -> str:
        return t("export.subtitle", self.lang, source=self.source,
                 years=self.horizon_years, date=fmt_date(self.created, self.lang))


def pack_notes(pack: BoardPack) -> list[str]:
    """What the reader must know about the data before the figures: the currency the amounts
    are in when it is not the euro (and the rate the euro defaults were converted at), then
    the sanity checks that fired (:mod:`models.sanity`), each prefixed "To check:"."""
    notes = []
    if pack.currency != "EUR" and pack.eur_rate:
        notes.append(t("money.working", pack.lang, currency=pack.currency,
                       rate=fmt_rate(pack.eur_rate, pack.lang)))
    notes.extend(t("cli.compare.sanity", pack.lang, text=s) for s in pack.sanity)
    return notes


def _kpi_frame(pack: BoardPack) -> pd.DataFrame:
    """One row per scenario: the plan's figures (``total`` = plan, ``npv``, ``delta``,
    ``break_even``, ``per_employee``, ``fixed_share``), the Monte Carlo's bad year and risk
    loss when present, and with the analysis the Overview's risk-inclusive figures
    (``expected``, ``total_p10``/``total_p90``, ``p_cheaper``, ``saving`` with ``saving_p10``/
    ``saving_p90``; break-even and cost per employee on the expected yearly costs, as the
    Overview's table). Missing values (in-house has no saving) are "–"."""
    rows = []
    mc = pack.mc_summary.set_index("scenario") if pack.mc_summary is not None else None
    kpis = pack.kpis.set_index("scenario") if pack.kpis is not None else None
    expected = ({r.id: r for r in pack.analysis.expected_results()}
                if kpis is not None and pack.analysis is not None else {})
    for r in pack.results:
        row = {"name": r.name, "total": r.total, "npv": r.npv, "delta": r.delta_vs_inhouse,
               "break_even": r.break_even_year if r.break_even_year is not None else "–",
               "per_employee": r.cost_per_employee, "fixed_share": r.fixed_share}
        if mc is not None and r.id in mc.index:
            row.update(p90=float(mc.loc[r.id, "p90_year"]),
                       bar=float(mc.loc[r.id, "budget_at_risk"]),
                       risk=float(mc.loc[r.id, "expected_risk_loss"]))
        if kpis is not None and r.id in kpis.index:
            k = kpis.loc[r.id]
            row.update({key: _or_dash(k[col]) for key, col in (
                ("expected", "expected_total"), ("total_p10", "total_p10"),
                ("total_p90", "total_p90"), ("p_cheaper", "p_cheaper"),
                ("saving", "expected_saving"), ("saving_p10", "saving_p10"),
                ("saving_p90", "saving_p90"))})
            if r.id in expected:
                e = expected[r.id]
                row.update(break_even=(e.break_even_year if e.break_even_year is not None
                                       else "–"),
                           per_employee=e.cost_per_employee)
        rows.append(row)
    return pd.DataFrame(rows)


def _or_dash(value):
    """A float, or "–" for NaN (a figure that does not apply, e.g. in-house's saving)."""
    value = float(value)
    return "–" if value != value else value


def _fate(fate: str, lang: str) -> str:
    return label(f"scenarios.fate.{fate}", lang, fate)


def _staff_frame(pack: BoardPack) -> pd.DataFrame:
    """The staff decisions with translated decisions and text for dates that do not apply."""
    d = pack.staff_decisions
    return d.assign(
        fate_label=[_fate(f, pack.lang) for f in d["fate"]],
        exit_label=[fmt_date(x, pack.lang) if x is not None else "–" for x in d["exit_date"]],
        date_label=[fmt_date(pd.Timestamp(x), pack.lang) for x in d["date"]])


def _one_off_frame(pack: BoardPack) -> pd.DataFrame:
    o = pack.one_off
    return o.assign(
        domain_label=[t(f"domain.{d}", pack.lang) for d in o["domain"]],
        reason_label=[label(f"one_off.reason.{r}", pack.lang, r) for r in o["reason"]],
        kept_label=[t("export.yes", pack.lang) if k else "" for k in o["in_baseline"]])


def _items_frame(pack: BoardPack) -> pd.DataFrame:
    """Cost items (rows, ``item_label``) × scenarios (columns: scenario ids), horizon totals
    of the plan, and a last row with each scenario's total."""
    from models.costmodel import ITEMS
    from models.staff_report import item_totals
    table = item_totals(pack.projection, ITEMS)
    table = table.reindex(columns=[r.id for r in pack.results]).fillna(0.0)
    out = table.reset_index(drop=True)
    out.insert(0, "item_label", [label(f"item.{i}", pack.lang, i) for i in table.index])
    total = {"item_label": t("common.total", pack.lang), **{r.id: r.total for r in pack.results}}
    return pd.concat([out, pd.DataFrame([total])], ignore_index=True)


def build_xlsx(pack: BoardPack) -> bytes:
    """The Excel workbook (openpyxl) with native charts; see the module docstring."""
    with using_currency(pack.currency):
        return _build_xlsx(pack)


def _build_xlsx(pack: BoardPack) -> bytes:
    lang = pack.lang
    wb = Workbook()
    # amounts in the data's currency (the euro sign only on euros)
    money_fmt, cents_fmt = money_format(pack.currency), money_format(pack.currency, cents=True)

    # --- Summary
    ws = wb.active
    ws.title = t("export.sheet.summary", lang)[:31]
    xlsx_cell_value(ws["A1"], t("export.title", lang, company=pack.company_name))
    ws["A1"].font = Font(bold=True, size=15)
    xlsx_cell_value(ws["A2"], pack.subtitle())
    xlsx_cell_value(ws["A3"], pack.finding)
    ws["A3"].font = Font(bold=True, size=12)
    if pack.robustness:
        xlsx_cell_value(ws["A4"], pack.robustness)
    if pack.assumptions:
        xlsx_cell_value(ws["A5"], t("export.assumption_set", lang,
                                    set=t(f"aset.{pack.assumptions}", lang),
                                    trials=fmt_number(pack.trials or 0, lang)))
    notes = pack_notes(pack)
    if notes:                  # the currency and the sanity checks of the data
        xlsx_cell_value(ws["A6"], " ".join(notes))
        ws["A6"].font = Font(bold=True, color="9C5700")
    kpi = _kpi_frame(pack)
    H = pack.horizon_years
    columns = [Column("name", t("export.col.scenario", lang), width=28)]
    if "expected" in kpi.columns:
        columns += [Column("expected", t("export.col.expected", lang, years=H), money_fmt),
                    Column("total_p10", t("export.col.total_p10", lang), money_fmt),
                    Column("total_p90", t("export.col.total_p90", lang), money_fmt),
                    Column("p_cheaper", t("export.col.p_cheaper", lang), PERCENT_FORMAT),
                    Column("saving", t("export.col.saving", lang), money_fmt),
                    Column("saving_p10", t("export.col.saving_p10", lang), money_fmt),
                    Column("saving_p90", t("export.col.saving_p90", lang), money_fmt),
                    Column("total", t("export.col.plan", lang, years=H), money_fmt),
                    Column("npv", t("export.col.plan_npv", lang), money_fmt),
                    Column("delta", t("export.col.plan_delta", lang), money_fmt)]
    else:
        columns += [Column("total", t("export.col.total", lang, years=H), money_fmt),
                    Column("npv", t("export.col.npv", lang), money_fmt),
                    Column("delta", t("export.col.delta", lang), money_fmt)]
    columns += [Column("break_even", t("export.col.break_even", lang)),
                Column("per_employee", t("export.col.per_employee", lang), money_fmt),
                Column("fixed_share", t("export.col.fixed_share", lang), PERCENT_FORMAT)]
    if "p90" in kpi.columns:
        columns += [Column("p90", t("export.col.p90", lang), money_fmt),
                    Column("bar", t("export.col.budget_at_risk", lang), money_fmt),
                    Column("risk", t("export.col.risk_loss", lang), money_fmt)]
    head = SUMMARY_HEADER_ROW
    end = write_table(ws, kpi, columns, start_row=head)
    chart = BarChart()
    chart.type = "col"
    chart.y_axis.numFmt = money_fmt
    fields_ = [c.field for c in columns]
    series = ["expected", "total"] if "expected" in kpi.columns else ["total"]
    chart.title = (t("export.chart.expected_vs_plan", lang, years=H) if len(series) == 2
                   else t("export.chart.total", lang, years=H))
    for name in series:
        col = fields_.index(name) + 1
        chart.add_data(Reference(ws, min_col=col, min_row=head, max_row=head + len(kpi)),
                       titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=head + 1, max_row=head + len(kpi)))
    chart.legend = None if len(series) == 1 else chart.legend
    chart.height, chart.width = 8, 16
    ws.add_chart(chart, f"A{end + 1}")
    ws.freeze_panes = f"A{head + 1}"

    # --- Yearly costs: pivot scenario × year (+ native line chart of cumulative) and tidy table
    wy = wb.create_sheet(t("export.sheet.yearly", lang)[:31])
    years = list(range(1, pack.horizon_years + 1))
    pivot = pd.DataFrame({"name": [r.name for r in pack.results],
                          **{f"y{y}": [r.yearly[y - 1] for r in pack.results] for y in years},
                          "total": [r.total for r in pack.results]})
    cols = [Column("name", t("export.col.scenario", lang), width=28)] + \
        [Column(f"y{y}", t("chart.axis.year_n", lang, n=y), money_fmt) for y in years] + \
        [Column("total", t("common.total", lang), money_fmt)]
    end = write_table(wy, pivot, cols, start_row=1)
    line = LineChart()
    line.title = t("export.chart.yearly_plan", lang)
    line.y_axis.numFmt = money_fmt
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
                           Column("amount_eur", t("export.col.amount", lang), money_fmt)])

    # --- Cost by item (plan): staff, severance, transferred staff… as the Comparison page
    wi = wb.create_sheet(t("export.sheet.items", lang)[:31])
    items = _items_frame(pack)
    write_table(wi, items, [Column("item_label", t("export.col.item", lang), width=46)]
                + [Column(r.id, r.name, money_fmt, 22) for r in pack.results],
                start_row=1, title=t("export.items.title", lang, years=pack.horizon_years))

    # --- Staff decisions (notice, exit date, legal severance)
    if pack.staff_decisions is not None:
        wsd = wb.create_sheet(t("export.sheet.staff", lang)[:31])
        if pack.staff_decisions.empty:
            xlsx_cell_value(wsd["A1"], t("export.staff.none", lang))
        else:
            write_table(wsd, _staff_frame(pack), [
                Column("scenario_name", t("export.col.scenario", lang), width=28),
                Column("role", t("export.col.role", lang), width=28),
                Column("fate_label", t("export.col.fate", lang), width=28),
                Column("date_label", t("export.col.decision_date", lang), width=14),
                Column("delay_months", t("export.col.delay", lang), "0.0", 16),
                Column("notice_months", t("export.col.notice", lang), "0.0", 12),
                Column("exit_label", t("export.col.exit_date", lang), width=16),
                Column("severance", t("export.col.severance", lang), money_fmt, 18),
                Column("seniority_at_exit", t("export.col.seniority", lang), "0.0", 16)],
                start_row=1, title=t("export.staff.title", lang))

    # --- One-off lines kept out of the recurring baseline
    if pack.one_off is not None:
        wo = wb.create_sheet(t("export.sheet.one_off", lang)[:31])
        if pack.one_off.empty:
            xlsx_cell_value(wo["A1"], t("export.one_off.none", lang))
        else:
            write_table(wo, _one_off_frame(pack), [
                Column("date", t("export.col.date", lang), DATE_FORMAT, 12),
                Column("vendor", t("export.col.vendor", lang), width=30),
                Column("label", t("export.col.label", lang), width=50),
                Column("domain_label", t("common.domain", lang), width=28),
                Column("amount", t("export.col.amount", lang), cents_fmt),
                Column("reason_label", t("export.col.reason", lang), width=26),
                Column("kept_label", t("export.col.in_baseline", lang), width=12)],
                start_row=1, title=t("export.one_off.title", lang))

    # --- Predictability and risk
    if pack.mc_summary is not None:
        wr = wb.create_sheet(t("export.sheet.risk", lang)[:31])
        names = {r.id: r.name for r in pack.results}
        mc = pack.mc_summary.assign(name=[names.get(s, s) for s in pack.mc_summary["scenario"]])
        end = write_table(wr, mc, [
            Column("name", t("export.col.scenario", lang), width=28),
            Column("mean_year", t("export.col.mean", lang), money_fmt),
            Column("p10_year", "P10", money_fmt), Column("p50_year", "P50", money_fmt),
            Column("p90_year", "P90", money_fmt), Column("p95_year", "P95", money_fmt),
            Column("cv", t("export.col.cv", lang), PERCENT_FORMAT),
            Column("budget_at_risk", t("export.col.budget_at_risk", lang), money_fmt),
            Column("p_overrun", t("export.col.p_overrun", lang), PERCENT_FORMAT),
            Column("expected_risk_loss", t("export.col.risk_loss", lang), money_fmt)],
            start_row=1, title=t("export.risk.title", lang,
                                 trials=fmt_number(pack.trials or 0, lang), seed=pack.seed))
        if pack.risk_losses is not None:
            losses = pack.risk_losses.assign(
                name=[names.get(s, s) for s in pack.risk_losses["scenario"]])
            write_table(wr, losses, [Column("name", t("export.col.scenario", lang), width=28),
                                     Column("event", t("export.col.event", lang), width=34),
                                     Column("eal", t("export.col.eal", lang), money_fmt)],
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
    used = pack.assumptions or DEFAULT_SET
    defaults = pd.DataFrame([{"label": label(f"assumption.{a.key}", lang, a.key),
                              "value": set_value(a, used),
                              **{f"set_{name}": set_value(a, name) for name in ASSUMPTION_SETS},
                              "unit": unit_text(a.unit, lang), "source": assumption_basis(a, lang),
                              "cited": cite(a.refs, lang), "keys": ", ".join(a.refs),
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
                               Column("value", t("export.col.value_in_set", lang,
                                                 set=t(f"aset.{used}", lang)), width=16),
                               *[Column(f"set_{name}", t(f"aset.{name}", lang), width=14)
                                 for name in ASSUMPTION_SETS],
                               Column("unit", t("export.col.unit", lang), width=22),
                               Column("source", t("assumptions.col.detail", lang), width=90),
                               Column("cited", t("assumptions.col.source", lang), width=30),
                               Column("keys", t("export.col.source_keys", lang), width=24),
                               Column("quality", t("export.col.quality", lang), width=14)],
                start_row=end + (1 if pack.inputs else 0),
                title=t("export.assumptions.defaults", lang) if pack.inputs else None)
    # every source cited above, with its address, so a board member can check it
    sources = pd.DataFrame([{"key": c.key, "publisher": c.publisher, "title": c.title,
                             "year": c.year, "address": c.address if c.has_address else "",
                             "quality": label(f"quality.{c.quality}", lang, c.quality)}
                            for c in cited(a.refs for a in ASSUMPTIONS.values())])
    ws_src = wb.create_sheet(t("export.sheet.sources", lang)[:31])
    write_table(ws_src, sources, [
        Column("key", t("export.col.source_keys", lang), width=24),
        Column("publisher", t("export.col.publisher", lang), width=34),
        Column("title", t("export.col.title", lang), width=60),
        Column("year", t("export.col.year", lang), width=10),
        Column("address", t("export.col.address", lang), width=60),
        Column("quality", t("export.col.quality", lang), width=14)],
        title=t("assumptions.sources.title", lang, n=len(sources)))

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
                            Column("amount", t("export.col.amount", lang), cents_fmt),
                            Column("domain_label", t("common.domain", lang), width=28),
                            Column("nature_label", t("export.col.nature", lang), width=12),
                            Column("capex_label", t("export.col.capex", lang), width=8),
                            Column("rule", t("export.col.rule", lang), width=28),
                            Column("confidence", t("export.col.confidence", lang), PERCENT_FORMAT)])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _number(value, lang: str) -> str:
    """A value of the inputs table: numbers with the language's decimal mark."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    return fmt_number(value, lang, 0 if float(value).is_integer() else 2)


def build_pptx(pack: BoardPack) -> bytes:
    """The 16:9 deck with native, editable charts (python-pptx); sections absent from the pack
    are skipped. Amounts in the pack's currency."""
    with using_currency(pack.currency):
        return _build_pptx(pack)


def _build_pptx(pack: BoardPack) -> bytes:
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
    head = [pack.finding] + pack_notes(pack) + [x for x in (pack.robustness, _set_line(pack))
                                                if x]
    bullets = head + pack.thresholds[:max(0, 7 - len(head))]
    bullet_slide(prs, t("export.slide.recommendation", lang), bullets, sub)
    names = [r.name for r in pack.results]
    colors = [scenario_color(r.color_index) for r in pack.results]
    H = pack.horizon_years
    if pack.kpis is not None:
        k = pack.kpis.set_index("scenario")
        chart_slide(prs, t("export.chart.expected_vs_plan", lang, years=H), sub, names,
                    [(t("export.series.expected", lang),
                      [float(k.loc[r.id, "expected_total"]) for r in pack.results], "#1F4E79"),
                     (t("export.series.plan", lang), [r.total for r in pack.results],
                      "#9DB9D3")], "column")
    else:
        chart_slide(prs, t("export.chart.total", lang, years=H), sub, names,
                    [(t("common.total", lang), [r.total for r in pack.results], "#1F4E79")],
                    "column")
    years = [t("chart.axis.year_n", lang, n=y) for y in range(1, H + 1)]
    chart_slide(prs, t("export.chart.yearly_plan", lang), sub, years,
                [(r.name, list(r.yearly), c) for r, c in zip(pack.results, colors)], "line")
    headers, rows = kpi_text_table(pack)
    table_slide(prs, t("export.slide.kpis", lang), sub, headers, rows,
                font_size=12 if pack.kpis is not None else 14)
    if pack.staff_decisions is not None and not pack.staff_decisions.empty:
        staff = _staff_frame(pack)
        table_slide(prs, t("export.slide.staff", lang), sub, _staff_headers(lang),
                    _staff_rows(staff, lang)[:10], font_size=11)
    items = _items_frame(pack)
    table_slide(prs, t("export.slide.items", lang), sub,
                [t("export.col.item", lang)] + names,
                [[row["item_label"]] + [fmt_eur(row[r.id], lang) for r in pack.results]
                 for _, row in items.iterrows()], font_size=10)
    if pack.one_off is not None and not pack.one_off.empty:
        one = _one_off_frame(pack)
        table_slide(prs, t("export.slide.one_off", lang), sub, _one_off_headers(lang),
                    _one_off_rows(one, lang)[:10], font_size=11)
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
                    [[str(a), fmt_pct(b, lang) if u == "%" else _number(b, lang), u]
                     for a, b, u in pack.inputs[:12]],
                    font_size=12)
    return deck_bytes(prs)


def build_html(pack: BoardPack, sections) -> bytes:
    """The offline HTML report: the finding, the robustness line, the key figures (risk
    -inclusive when the pack holds the analysis, the plan labelled as such), then ``sections``
    (exports.html_report.Section objects holding the dashboard's figures and tables, built by
    the caller from the same data: :func:`exports.collect.report_sections`)."""
    from exports.html_report import Section, Table, build_report
    lang = pack.lang
    with using_currency(pack.currency):
        headers, rows = kpi_text_table(pack)
    kpi = Table(headers, rows, [False] + [True] * (len(headers) - 1))
    paragraphs = [x for x in (pack.robustness, _set_line(pack)) if x] + pack.thresholds
    head = Section(t("export.slide.kpis", lang), paragraphs, [], [kpi])
    notes = pack_notes(pack)
    first = [Section(t("sanity.title", lang), notes)] if notes else []
    return build_report(t("export.title", lang, company=pack.company_name), pack.subtitle(),
                        pack.finding, [*first, head, *sections], lang)


def _set_line(pack: BoardPack) -> str | None:
    """What the figures are: the assumption set, expected (risks included) against plan."""
    if not pack.assumptions:
        return None
    return t("export.assumption_set", pack.lang, set=t(f"aset.{pack.assumptions}", pack.lang),
             trials=fmt_number(pack.trials or 0, pack.lang))


def kpi_text_table(pack: BoardPack) -> tuple[list[str], list[list[str]]]:
    """The key figures as formatted text (deck and report): with the analysis, as on the
    Overview — expected total with risks, its P10–P90, the probability of costing less than
    in-house, the expected saving (P10 to P90), the plan excluding risk events, its NPV, the
    break-even year and the cost per employee (on the expected yearly costs); else the plan."""
    from i18n import fmt_eur, fmt_eur_short, fmt_probability
    lang, H = pack.lang, pack.horizon_years
    frame = _kpi_frame(pack)
    if "expected" not in frame.columns:
        headers = [t("export.col.scenario", lang), t("export.col.total", lang, years=H),
                   t("export.col.npv", lang), t("export.col.delta", lang),
                   t("export.col.break_even", lang), t("export.col.per_employee", lang)]
        rows = [[r["name"], fmt_eur(r["total"], lang), fmt_eur(r["npv"], lang),
                 fmt_eur(r["delta"], lang), str(r["break_even"]),
                 fmt_eur(r["per_employee"], lang)] for _, r in frame.iterrows()]
        return headers, rows
    headers = [t("export.col.scenario", lang), t("export.col.expected", lang, years=H),
               t("export.col.range", lang), t("export.col.p_cheaper", lang),
               t("export.col.saving_range", lang), t("export.col.plan", lang, years=H),
               t("export.col.plan_npv", lang), t("export.col.break_even", lang),
               t("export.col.per_employee", lang)]
    rows = []
    for _, r in frame.iterrows():
        has_saving = r["saving"] != "–"
        rows.append([
            r["name"], fmt_eur(r["expected"], lang),
            f"{fmt_eur_short(r['total_p10'], lang)} – {fmt_eur_short(r['total_p90'], lang)}",
            fmt_probability(r["p_cheaper"], lang) if has_saving else "–",
            t("export.saving_range", lang, saving=fmt_eur(r["saving"], lang),
              low=fmt_eur_short(r["saving_p10"], lang), high=fmt_eur_short(r["saving_p90"], lang))
            if has_saving else "–",
            fmt_eur(r["total"], lang), fmt_eur(r["npv"], lang), str(r["break_even"]),
            fmt_eur(r["per_employee"], lang)])
    return headers, rows


def _staff_headers(lang: str) -> list[str]:
    return [t("export.col.scenario", lang), t("export.col.role", lang),
            t("export.col.fate", lang), t("export.col.decision_date", lang),
            t("export.col.notice", lang), t("export.col.exit_date", lang),
            t("export.col.severance", lang)]


def _staff_rows(staff: pd.DataFrame, lang: str) -> list[list[str]]:
    from i18n import fmt_eur
    return [[r.scenario_name, r.role, r.fate_label, r.date_label,
             fmt_number(r.notice_months, lang, 0), r.exit_label, fmt_eur(r.severance, lang)]
            for r in staff.itertuples(index=False)]


def _one_off_headers(lang: str) -> list[str]:
    return [t("export.col.date", lang), t("export.col.vendor", lang),
            t("export.col.label", lang), t("export.col.amount", lang),
            t("export.col.reason", lang), t("export.col.in_baseline", lang)]


def _one_off_rows(one: pd.DataFrame, lang: str) -> list[list[str]]:
    from i18n import fmt_eur
    return [[fmt_date(r.date, lang), str(r.vendor), str(r.label), fmt_eur(r.amount, lang, 2),
             r.reason_label, r.kept_label] for r in one.itertuples(index=False)]


def items_table(pack: BoardPack):
    """The cost-by-item table of the report (plan, horizon totals; a last total row)."""
    from exports.html_report import Table
    from i18n import fmt_eur
    items = _items_frame(pack)
    return Table([t("export.items.title", pack.lang, years=pack.horizon_years)]
                 + [r.name for r in pack.results],
                 [[row["item_label"]] + [fmt_eur(row[r.id], pack.lang) for r in pack.results]
                  for _, row in items.iterrows()],
                 [False] + [True] * len(pack.results))


def people_sections(pack: BoardPack) -> list:
    """The report's sections on the staff decisions and the one-off lines (when known)."""
    from exports.html_report import Section, Table
    from i18n import fmt_eur
    lang, out = pack.lang, []
    if pack.staff_decisions is not None:
        if pack.staff_decisions.empty:
            out.append(Section(t("export.section.staff", lang), [t("export.staff.none", lang)]))
        else:
            out.append(Section(t("export.section.staff", lang), [t("export.staff.title", lang)],
                               [], [Table(_staff_headers(lang),
                                          _staff_rows(_staff_frame(pack), lang),
                                          [False] * 4 + [True, False, True])]))
    if pack.one_off is not None:
        why = t("spend.one_off.why", lang, share=fmt_pct_0(lang))
        if pack.one_off.empty:
            out.append(Section(t("export.section.one_off", lang),
                               [t("export.one_off.none", lang)]))
        else:
            one = _one_off_frame(pack)
            total = float(one.loc[~one["in_baseline"], "amount"].sum())
            out.append(Section(t("export.section.one_off", lang), [
                t("export.one_off.title", lang), why,
                t("spend.one_off.total", lang, n=int((~one["in_baseline"]).sum()),
                  amount=fmt_eur(total, lang))], [],
                [Table(_one_off_headers(lang), _one_off_rows(one, lang),
                       [False, False, False, True, False, False])]))
    return out


def fmt_pct_0(lang: str) -> str:
    """The one-off threshold (models.one_off.LARGE_SHARE) as a whole percentage."""
    from i18n import fmt_pct
    from models.one_off import LARGE_SHARE
    return fmt_pct(LARGE_SHARE, lang, 0)
