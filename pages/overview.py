"""Overview: the answer on one screen, risks included — expected cost, how sure, how
predictable, whether it holds under other assumptions, and what decides it.

The answer and its charts are drawn first; the robustness line (three assumption sets, in a
placeholder at the top), the thresholds and the governance presets are computed after them, so
the slower parts never hold the answer back."""
import streamlit as st

from charts.costs import cumulative_chart
from charts.predictability import fan_chart
from charts.theme import scenario_styles
from i18n import fmt_eur, fmt_eur_short, fmt_number, fmt_probability, t
from models.errors import CostModelError
from models.findings import robustness_line
from models.governance import score
from ui import state
from ui.analysis import (
    OVERVIEW_PRESETS,
    PRESET_TRIALS,
    ROBUSTNESS_TRIALS,
    cheapest_by_set,
    current_analysis,
    predictable_sentence,
    preset_analysis,
    simulation_subtitle,
)
from ui.costs_ui import error_message
from ui.frame import (
    answer_drawn,
    fit_columns,
    md_text,
    metric_delta,
    newcomer_line,
    page_link,
    page_setup,
    show_chart,
    source_label,
)

BADGE_COLORS = ("blue", "orange", "green", "red", "violet", "blue", "gray", "orange")

lang = page_setup(decision=True)
st.title(t("overview.title", lang))
newcomer_line(lang)
try:
    analysis = current_analysis(lang, with_thresholds=False)      # the answer first
except (CostModelError, ValueError) as err:
    st.error(error_message(err, lang))
    st.stop()

kpis = analysis.kpis()
years = analysis.simulation.horizon
ref_name = md_text(next(r.name for r in analysis.results if r.id == analysis.reference_id))
st.success(md_text(analysis.finding), icon=":material/lightbulb:")
if state.get_dataset().staff and not any(s.staff for s in analysis.scenarios):
    st.caption(t("overview.staff_kept", lang))

# --- robustness: does the ranking hold under the three assumption sets? (filled at the end)
names = {r.id: md_text(r.name) for r in analysis.results}     # shown inside Markdown
winner = analysis.cheapest()
robust_box = st.empty()
robust_box.caption(":material/hourglass_top: " + t("overview.robust.pending", lang))

# --- one card per option: expected total with risks first, the plan second
cards = fit_columns(len(kpis), min_px=250)      # stacked on a phone, never a cut figure
for col, row in zip(cards, kpis.itertuples(index=False)):
    with col.container(border=True):
        st.badge(md_text(row.name), color=BADGE_COLORS[row.color_index % len(BADGE_COLORS)])
        is_ref = row.scenario == analysis.reference_id
        st.metric(t("overview.kpi.expected", lang, years=years),
                  fmt_eur(row.expected_total, lang),
                  None if is_ref else metric_delta(row.expected_delta, lang),
                  delta_color="inverse", help=t("overview.kpi.help_expected", lang, ref=ref_name))
        st.caption(t("overview.kpi.range", lang, low=fmt_eur_short(row.total_p10, lang),
                     high=fmt_eur_short(row.total_p90, lang)))
        if not is_ref:
            st.metric(t("overview.kpi.p_cheaper", lang, ref=ref_name),
                      fmt_probability(row.p_cheaper, lang),
                      help=t("overview.kpi.help_p_cheaper", lang, ref=ref_name))
            st.caption(t("overview.kpi.saving_range", lang,
                         low=fmt_eur_short(row.saving_p10, lang),
                         high=fmt_eur_short(row.saving_p90, lang)))
        st.metric(t("overview.kpi.plan", lang), fmt_eur(row.plan_total, lang),
                  help=t("overview.kpi.help_plan", lang))
        st.metric(t("overview.kpi.p90", lang), fmt_eur(row.p90_year, lang),
                  None if is_ref else metric_delta(row.p90_year_delta, lang),
                  delta_color="inverse", help=t("overview.kpi.help_p90", lang, ref=ref_name))

st.caption(predictable_sentence(analysis, lang))
if len(analysis.one_off):
    kept = analysis.one_off["source_row"].isin(analysis.one_off_kept)
    out = analysis.one_off[~kept]
    if len(out):
        st.caption(t("overview.one_off", lang, n=len(out),
                     amount=fmt_eur(float(out["amount"].sum()), lang)))

show_chart(cumulative_chart(analysis.expected_results(), lang, source_label(lang),
                            risk_included=True),
           key="overview_cumulative", filename="it_sourcing_cumulative_cost")
show_chart(fan_chart(analysis.yearly, scenario_styles(analysis.scenarios, lang), lang,
                     simulation_subtitle(analysis, lang)),
           key="overview_fan", filename="it_sourcing_budget_range")
answer_drawn()                 # the answer and its charts: the rest follows

st.subheader(t("overview.table", lang))
never = t("overview.never", lang)
expected = {r.id: r for r in analysis.expected_results()}
st.table({
    t("overview.col.scenario", lang): list(kpis["name"]),
    t("overview.col.expected", lang, years=years): [fmt_eur(v, lang)
                                                    for v in kpis["expected_total"]],
    t("overview.col.range", lang): [f"{fmt_eur_short(a, lang)} – {fmt_eur_short(b, lang)}"
                                    for a, b in zip(kpis["total_p10"], kpis["total_p90"])],
    t("overview.col.p_cheaper", lang): ["–" if s == analysis.reference_id
                                        else fmt_probability(p, lang)
                                        for s, p in zip(kpis["scenario"], kpis["p_cheaper"])],
    t("overview.col.plan", lang, years=years): [fmt_eur(v, lang) for v in kpis["plan_total"]],
    t("overview.col.npv", lang): [fmt_eur(v, lang) for v in kpis["npv"]],
    t("overview.col.p90", lang): [fmt_eur(v, lang) for v in kpis["p90_year"]],
    t("overview.col.risk", lang): [fmt_eur(v, lang) for v in kpis["expected_risk_loss"]],
    t("overview.col.break_even", lang): [
        "–" if s == analysis.reference_id else
        (t("overview.year_n", lang, n=expected[s].break_even_year)
         if expected[s].break_even_year is not None else never)
        for s in kpis["scenario"]],
    t("overview.col.per_employee", lang): [fmt_eur(expected[s].cost_per_employee, lang)
                                           for s in kpis["scenario"]],
}, hide_index=True)

left, right = st.columns(2)
with left:
    st.subheader(t("overview.thresholds", lang))
    found = current_analysis(lang).thresholds          # added to the cached analysis
    chosen = ([th for th in found if th.scenario_id == winner]
              if winner != analysis.reference_id else [])
    chosen = chosen or found
    order = {"staff_saving": 0, "price_per_user": 1, "contract_management": 2,
             "out_of_scope_share": 3}
    for th in sorted(chosen, key=lambda th: order.get(th.parameter, 9))[:6]:
        st.markdown("- " + md_text(th.sentence(lang)))
with right:
    st.subheader(t("overview.governance", lang))
    for name in OVERVIEW_PRESETS:
        other = preset_analysis(lang, name)
        with st.container(border=True):
            st.markdown("**" + t(f"overview.gov.{name}", lang) + "**")
            st.markdown(md_text(other.finding))
    current = state.get_governance_answers()
    st.caption(t("overview.gov.current", lang, score=fmt_number(score(current).overall, lang))
               + " · " + t("overview.gov.trials", lang, trials=fmt_number(PRESET_TRIALS, lang)))

with robust_box.container():
    st.info(robustness_line(cheapest_by_set(lang), winner, names, lang),
            icon=":material/balance:")
    st.caption(t("overview.robust.note", lang, set=t(f"aset.{analysis.assumptions}", lang),
                 trials=fmt_number(ROBUSTNESS_TRIALS, lang)))

st.subheader(t("overview.details", lang))
links = st.columns(6)
for col, (path, key, icon) in zip(links, (
        ("pages/comparison.py", "nav.comparison", ":material/compare_arrows:"),
        ("pages/predictability.py", "nav.predictability", ":material/ssid_chart:"),
        ("pages/risk.py", "nav.risk", ":material/warning:"),
        ("pages/sensitivity.py", "nav.sensitivity", ":material/tune:"),
        ("pages/governance.py", "nav.governance", ":material/groups:"),
        ("pages/export.py", "nav.export", ":material/inventory_2:"))):
    page_link(col, path, t(key, lang), icon)
