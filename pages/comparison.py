"""Cost comparison, the plan: total, NPV, break-even and cost per employee of each scenario
excluding risk events (the deterministic detail of the shared analysis, under the assumption set
in use); cumulative cost and yearly cost by domain charts (two tabs, each drawn when open);
the waterfall from in-house to each
option by cost item; what must be true for the answer to change (risk-inclusive, as on the
Overview)."""
import streamlit as st

from charts.costs import cumulative_chart, yearly_by_domain_chart
from charts.sensitivity import waterfall_chart
from exports.safe import csv_bytes
from i18n import fmt_eur, fmt_number, fmt_pct, t
from models.costmodel import ITEMS
from models.defaults import default
from models.errors import CostModelError
from models.governance import cost_note_params
from models.waterfall import waterfall_steps
from ui import state
from ui.analysis import current_analysis
from ui.costs_ui import economics_controls, error_message
from ui.frame import answer_drawn, md_text, page_setup, show_chart, source_label

lang = page_setup(decision=True)
st.title(t("comparison.title", lang))
st.caption(t("comparison.intro", lang))

scenarios = state.get_scenarios()
governance = state.governance_for_engine()      # issue 7: cost effects of the governance answers
note = cost_note_params(governance, scenarios)
economics = economics_controls(lang, with_details=False)
try:
    # the plan of the shared analysis: governance and the assumption set applied, one-off
    # lines out of the baseline, exactly the Overview's "plan, excluding risk events"
    analysis = current_analysis(lang, with_thresholds=False)   # thresholds: at the end
except (CostModelError, ValueError) as err:
    st.error(error_message(err, lang))
    st.stop()
results, tidy = analysis.results, analysis.projection
st.caption(t("comparison.plan_note", lang, set=t(f"aset.{analysis.assumptions}", lang)))

years = economics.horizon_years
if note:
    st.caption(t("gov.cost_note", lang, exit=fmt_number(note["exit"], lang, 2),
                 scope=fmt_number(note["scope"], lang, 2)))
st.subheader(t("comparison.table", lang))
st.table(                  # static: every column shown (wrapped), scrolls sideways on a phone
    {t("comparison.col.scenario", lang): [r.name for r in results],
     t("comparison.col.total", lang, years=years): [fmt_eur(r.total, lang) for r in results],
     t("comparison.col.npv", lang, rate=fmt_pct(economics.discount_rate, lang)):
         [fmt_eur(r.npv, lang) for r in results],
     t("comparison.col.delta", lang): [fmt_eur(r.delta_vs_inhouse, lang) for r in results],
     t("comparison.col.break_even", lang): [str(r.break_even_year) if r.break_even_year else "–"
                                            for r in results],
     t("comparison.col.per_employee", lang): [fmt_eur(r.cost_per_employee, lang) for r in results],
     t("comparison.col.revenue", lang): [fmt_pct(r.share_of_revenue, lang)
                                         if r.share_of_revenue is not None else "–"
                                         for r in results],
     t("comparison.col.fixed", lang): [fmt_pct(r.fixed_share, lang, 0) for r in results],
     t("comparison.col.variable", lang): [fmt_pct(r.variable_share, lang, 0) for r in results],
     t("comparison.col.one_time", lang): [fmt_pct(r.one_time_share, lang, 0) for r in results]},
    hide_index=True)
st.caption(t("comparison.benchmark", lang,
             low=fmt_eur(default("it_spend_per_employee_low"), lang),
             high=fmt_eur(default("it_spend_per_employee_high"), lang),
             low_pct=fmt_pct(default("it_share_of_revenue_low"), lang),
             high_pct=fmt_pct(default("it_share_of_revenue_high"), lang)))

source = source_label(lang)
# the cost over time in two tabs, each drawn when open (issue 15: the first screen)
# (the cumulative cost first: break-even, the sourcing question, and a third of the drawing)
cumulative, yearly = st.tabs([t(f"comparison.tab.{n}", lang) for n in ("cumulative", "yearly")],
                             key=state.KEY_COMPARISON_TAB, on_change="rerun")
if cumulative.open:
    with cumulative:
        show_chart(cumulative_chart(results, lang, source), key="chart_costs_cumulative",
                   filename="cumulative_cost")
if yearly.open:
    with yearly:
        show_chart(yearly_by_domain_chart(tidy, results, lang, source),
                   key="chart_costs_yearly", filename="yearly_cost_by_domain")
answer_drawn()

reference = next(r for r in results if r.kind == "inhouse")
others = [r for r in results if r.id != reference.id]
if others:
    st.subheader(t("comparison.waterfall", lang, ref=md_text(reference.name)))
    cheapest = min(others, key=lambda r: r.total)
    pick = st.selectbox(t("comparison.waterfall_pick", lang), [r.id for r in others],
                        index=[r.id for r in others].index(cheapest.id), key="waterfall_scenario",
                        format_func={r.id: r.name for r in others}.get)
    chosen = next(r for r in others if r.id == pick)
    steps = [(t(f"item.{item}", lang), value)
             for item, value in waterfall_steps(tidy, chosen.id, reference.id)]
    show_chart(waterfall_chart(reference.total, steps, chosen.name, years, lang,
                               t("comparison.waterfall_subtitle", lang, source=source)),
               key="chart_costs_waterfall", filename=f"waterfall_{chosen.id}")

st.subheader(t("comparison.thresholds", lang))
st.caption(t("comparison.thresholds_note", lang))
found = current_analysis(lang).thresholds        # added to the cached analysis
sentences = "\n".join(f"- {md_text(th.sentence(lang))}" for th in found)
st.markdown(sentences)

items = st.expander(t("comparison.items", lang), key="comparison_items", on_change="rerun")
if items.open:                  # computed and drawn when opened (issue 15: the first screen)
    with items:
        by_item = tidy.groupby(["item", "scenario"])["amount_eur"].sum().unstack("scenario")
        st.table(
            {t("comparison.col.item", lang): [t(f"item.{i}", lang)
                                              for i in ITEMS if i in by_item.index],
             **{r.name: [fmt_eur(float(by_item.loc[i, r.id])
                                 if r.id in by_item.columns else 0.0, lang)
                         for i in ITEMS if i in by_item.index] for r in results}},
            hide_index=True)
        st.download_button(t("comparison.download", lang),
                           data=csv_bytes(tidy),
                           file_name="cost_projection.csv", mime="text/csv", on_click="ignore",
                           icon=":material/download:")
