"""Predictability: how bumpy each option's budget is, and how bad a bad year gets."""
import streamlit as st

from charts.predictability import cv_overrun_chart, distribution_chart, fan_chart
from charts.theme import scenario_styles
from i18n import fmt_eur, fmt_pct, t
from models.errors import CostModelError
from ui import state
from ui.analysis import (
    current_analysis,
    predictable_sentence,
    simulation_controls,
    simulation_subtitle,
)
from ui.costs_ui import error_message
from ui.frame import answer_drawn, page_setup, show_chart

lang = page_setup(decision=True)
st.title(t("predictability.title", lang))
st.caption(t("predictability.intro", lang))
settings = st.expander(t("analysis.settings", lang), icon=":material/casino:",
                       key="pred_settings", on_change="rerun")
if settings.open:           # drawn when opened (the settings live in plain session keys)
    with settings:
        simulation_controls(lang)
try:
    analysis = current_analysis(lang, with_thresholds=False)   # no threshold on this page
except (CostModelError, ValueError) as err:
    st.error(error_message(err, lang))
    st.stop()

styles = scenario_styles(analysis.scenarios, lang)
subtitle = simulation_subtitle(analysis, lang)
kpis = analysis.kpis().set_index("scenario")
best_id = analysis.most_predictable()
best = kpis.loc[best_id]
basis = t(f"overview.budget.{analysis.budget_basis}", lang)
years = analysis.simulation.horizon
st.success(predictable_sentence(analysis, lang), icon=":material/ssid_chart:")
if analysis.budget_basis == "user":
    st.caption(t("predictability.budget.user", lang,
                 budget=fmt_eur(state.get_simulation_settings()["budget"], lang),
                 total=fmt_eur(best["budget"], lang), years=years))
else:
    st.caption(t("predictability.budget.plan", lang, years=years))
show_chart(fan_chart(analysis.yearly, styles, lang, subtitle), key="pred_fan",
           filename="it_sourcing_budget_range")
answer_drawn()

# the chance of overrun and the distribution of a year's cost in two tabs, each drawn when open
# (issue 15: the first screen draws the answer, the fan, and one more chart)
overrun, spread = st.tabs([t(f"predictability.tab.{n}", lang) for n in ("overrun", "spread")],
                          key=state.KEY_PREDICTABILITY_TAB, on_change="rerun")
if overrun.open:
    with overrun:
        show_chart(cv_overrun_chart(analysis.predictability, styles, analysis.margin, lang,
                                    subtitle, best=best_id, basis=basis),
                   key="pred_cv", filename="it_sourcing_predictability")
if spread.open:
    with spread:
        year = st.selectbox(t("predictability.year", lang),
                            [0, *range(1, analysis.simulation.horizon + 1)], key="pred_year",
                            format_func=lambda y: t("predictability.all_years", lang) if y == 0
                            else t("chart.axis.year_n", lang, n=y))
        show_chart(distribution_chart(analysis.yearly_cost_samples(year), styles, lang,
                                      subtitle),
                   key="pred_dist", filename="it_sourcing_yearly_cost_distribution")

st.subheader(t("predictability.table", lang))
names = {s.id: s.display_name(lang) for s in analysis.scenarios}
stats = [analysis.stats[s.id]["total"] for s in analysis.scenarios]
st.table({                 # static: every column shown (the ± column the note refers to too)
    t("overview.col.scenario", lang): [names[s.id] for s in analysis.scenarios],
    t("mc.stat.mean", lang): [fmt_eur(s["mean"], lang) for s in stats],
    "P10": [fmt_eur(s["p10"], lang) for s in stats],
    "P50": [fmt_eur(s["p50"], lang) for s in stats],
    "P90": [fmt_eur(s["p90"], lang) for s in stats],
    "P95": [fmt_eur(s["p95"], lang) for s in stats],
    t("mc.stat.std", lang): [fmt_eur(s["std"], lang) for s in stats],
    t("predictability.col.cv_year", lang): [fmt_pct(kpis.loc[s.id, "cv"], lang)
                                            for s in analysis.scenarios],
    t("predictability.col.cv_total", lang): [fmt_pct(s["cv"], lang) for s in stats],
    t("mc.stat.budget_at_risk", lang): [fmt_eur(s["budget_at_risk"], lang) for s in stats],
    t("predictability.tail", lang): [fmt_eur(s["tail_mean_95"], lang) for s in stats],
    t("mc.stat.p_overrun", lang, margin=fmt_pct(analysis.margin, lang, 0)):
        [fmt_pct(s["p_overrun"], lang, 0) for s in stats],
    t("mc.stat.se", lang, value=t("predictability.se_on", lang)):
        [f"±\u00a0{fmt_eur(s['se_p50'], lang)}\u00a0/ ±\u00a0{fmt_eur(s['se_p90'], lang)}"
                            for s in stats],
}, hide_index=True)
st.caption(t("predictability.table_note", lang, years=analysis.simulation.horizon,
             margin=fmt_pct(analysis.margin, lang, 0), basis=basis))
