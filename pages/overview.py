"""Overview: the answer on one screen — cost, predictability, risk and what decides it."""
import streamlit as st

from charts.costs import cumulative_chart
from charts.predictability import fan_chart
from charts.theme import scenario_styles
from i18n import fmt_eur, fmt_number, t
from models.errors import CostModelError
from models.governance import preset, score
from ui import state
from ui.analysis import current_analysis, simulation_subtitle
from ui.costs_ui import error_message
from ui.frame import metric_delta, page_link, page_setup, show_chart, source_label

# the preset findings only need the order of the options: keeps a rerun fast
PRESET_TRIALS = 2_000
BADGE_COLORS = ("blue", "orange", "green", "red", "violet", "blue", "gray", "orange")

lang = page_setup()
st.title(t("overview.title", lang))
try:
    analysis = current_analysis(lang)
except (CostModelError, ValueError) as err:
    st.error(error_message(err, lang))
    st.stop()

kpis = analysis.kpis()
years = analysis.simulation.horizon
ref_name = next(r.name for r in analysis.results if r.id == analysis.reference_id)
st.success(analysis.finding, icon=":material/lightbulb:")

cards = st.columns(len(kpis))
for col, row in zip(cards, kpis.itertuples(index=False)):
    with col.container(border=True):
        st.badge(row.name, color=BADGE_COLORS[row.color_index % len(BADGE_COLORS)])
        is_ref = row.scenario == analysis.reference_id
        st.metric(t("overview.kpi.total", lang, years=years), fmt_eur(row.total, lang),
                  None if is_ref else metric_delta(row.delta, lang), delta_color="inverse",
                  help=t("overview.kpi.help_total", lang, ref=ref_name))
        st.metric(t("overview.kpi.p90", lang), fmt_eur(row.p90_year, lang),
                  None if is_ref else metric_delta(row.p90_year_delta, lang), delta_color="inverse",
                  help=t("overview.kpi.help_p90", lang, ref=ref_name))
        st.metric(t("overview.kpi.risk", lang), fmt_eur(row.expected_risk_loss, lang),
                  None if is_ref else metric_delta(row.expected_risk_loss_delta, lang),
                  delta_color="inverse", help=t("overview.kpi.help_risk", lang))

best_bar = kpis.set_index("scenario").loc[analysis.most_predictable()]
st.caption(t("overview.predictable", lang, name=best_bar["name"],
             bar=fmt_eur(best_bar["budget_at_risk"], lang)))

show_chart(cumulative_chart(analysis.results, lang, source_label(lang)),
           key="overview_cumulative", filename="it_sourcing_cumulative_cost")
show_chart(fan_chart(analysis.yearly, scenario_styles(analysis.scenarios, lang), lang,
                     simulation_subtitle(analysis, lang)),
           key="overview_fan", filename="it_sourcing_budget_range")

st.subheader(t("overview.table", lang))
never = t("overview.never", lang)
st.dataframe({
    t("overview.col.scenario", lang): list(kpis["name"]),
    t("overview.col.total", lang, years=years): [fmt_eur(v, lang) for v in kpis["total"]],
    t("overview.col.delta", lang): [fmt_eur(v, lang) for v in kpis["delta"]],
    t("overview.col.npv", lang): [fmt_eur(v, lang) for v in kpis["npv"]],
    t("overview.col.p90", lang): [fmt_eur(v, lang) for v in kpis["p90_year"]],
    t("overview.col.bar", lang): [fmt_eur(v, lang) for v in kpis["budget_at_risk"]],
    t("overview.col.risk", lang): [fmt_eur(v, lang) for v in kpis["expected_risk_loss"]],
    t("overview.col.break_even", lang): [
        "–" if s == analysis.reference_id else
        (t("overview.year_n", lang, n=int(v)) if v == v and v is not None else never)
        for s, v in zip(kpis["scenario"], kpis["break_even_year"])],
    t("overview.col.per_employee", lang): [fmt_eur(v, lang) for v in kpis["cost_per_employee"]],
}, hide_index=True, width="stretch")

left, right = st.columns(2)
with left:
    st.subheader(t("overview.thresholds", lang))
    cheapest = analysis.cheapest()
    chosen = [th for th in analysis.thresholds if th.scenario_id == cheapest] or analysis.thresholds
    for th in chosen[:5]:
        st.markdown("- " + th.sentence(lang).replace("$", "\\$"))
with right:
    st.subheader(t("overview.governance", lang))
    for key, answers in (("overview.gov.none", preset("none")),
                         ("overview.gov.mature", preset("mature"))):
        other = current_analysis(lang, answers_override=answers, with_thresholds=False,
                                 max_trials=PRESET_TRIALS)
        with st.container(border=True):
            st.markdown("**" + t(key, lang) + "**")
            st.write(other.finding)
    current = state.get_governance_answers()
    st.caption(t("overview.gov.current", lang, score=fmt_number(score(current).overall, lang))
               + " · " + t("overview.gov.trials", lang, trials=fmt_number(PRESET_TRIALS, lang)))

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
