"""Risk: what outages, cyber attacks, people and providers are worth in euros, per option."""
import streamlit as st

from charts.governance import risk_matrix_chart
from charts.risk import exceedance_chart, expected_loss_chart, sla_chart
from charts.theme import scenario_styles
from i18n import fmt_eur, fmt_number, t
from models.defaults import default, using_assumptions
from models.errors import CostModelError
from ui import state
from ui.analysis import current_analysis, current_register, simulation_subtitle
from ui.costs_ui import error_message
from ui.frame import page_link, page_setup, show_chart, source_label

lang = page_setup(decision=True)
st.title(t("risk.title", lang))
st.caption(t("risk.intro", lang))
try:
    analysis = current_analysis(lang, with_thresholds=False)   # no threshold on this page
    before = (current_analysis(lang, answers_override=None, with_thresholds=False)
              if analysis.governed else None)
except (CostModelError, ValueError) as err:
    st.error(error_message(err, lang))
    st.stop()

styles = scenario_styles(analysis.scenarios, lang)
subtitle = simulation_subtitle(analysis, lang)
events = sorted(set(analysis.eal["event"]))
labels = {e: t(f"risk.event.{e}", lang) for e in events}
show_chart(expected_loss_chart(analysis.eal, labels, styles, lang, subtitle), key="risk_eal",
           filename="it_sourcing_expected_risk_loss")
with using_assumptions(analysis.assumptions):
    st.caption(t("risk.provider_vs_inhouse", lang, set=t(f"aset.{analysis.assumptions}", lang),
                 outage=fmt_number(default("outage_rate_provider_factor"), lang, 2),
                 cyber=fmt_number(default("cyber_rate_provider_factor"), lang, 2),
                 data=fmt_number(default("data_loss_rate_provider_factor"), lang, 2),
                 provider=fmt_number(default("restore_hours_provider"), lang, 0),
                 inhouse=fmt_number(default("restore_hours_inhouse"), lang, 0),
                 gtr=fmt_number(default("sla_restore_hours"), lang, 0)))

if before is not None:
    st.subheader(t("risk.governance", lang))
    after = analysis.kpis().set_index("scenario")
    base = before.kpis().set_index("scenario")
    st.table({
        t("overview.col.scenario", lang): list(after["name"]),
        t("risk.col.without", lang): [fmt_eur(base.loc[s, "expected_risk_loss"], lang)
                                      for s in after.index],
        t("risk.col.with", lang): [fmt_eur(after.loc[s, "expected_risk_loss"], lang)
                                   for s in after.index],
        t("risk.col.total_without", lang, years=analysis.simulation.horizon):
            [fmt_eur(base.loc[s, "expected_total"], lang) for s in after.index],
        t("risk.col.total_with", lang, years=analysis.simulation.horizon):
            [fmt_eur(after.loc[s, "expected_total"], lang) for s in after.index],
    }, hide_index=True)
    st.caption(t("risk.governance_note", lang))

# a bad year's loss, the service credits and the register in tabs, each drawn when open
# (issue 15: the first screen draws the expected loss, the answer, and one more chart)
register = current_register(lang)
names = ["exceedance", "sla"] + (["register"] if register is not None and len(register) else [])
tabs = dict(zip(names, st.tabs([t(f"risk.tab.{n}", lang) for n in names],
                               key=state.KEY_RISK_TAB, on_change="rerun")))
if tabs["exceedance"].open:
    with tabs["exceedance"]:
        show_chart(exceedance_chart(analysis.risk_loss_samples(), styles, lang, subtitle),
                   key="risk_exceed", filename="it_sourcing_risk_exceedance")
if tabs["sla"].open:
    with tabs["sla"]:
        show_chart(sla_chart(analysis.sla, styles, lang, subtitle,
                             set(analysis.sla_scenarios())),
                   key="risk_sla", filename="it_sourcing_sla_check")
        sla = analysis.sla.set_index("scenario")
        st.caption(t("risk.sla_note", lang, hours=fmt_number(
            sla.loc[analysis.reference_id, "downtime_hours"], lang, 1)))
if "register" in tabs and tabs["register"].open:
    with tabs["register"]:
        show_chart(risk_matrix_chart(register, styles, lang, source_label(lang)),
                   key="risk_matrix", filename="it_sourcing_risk_matrix")
        page_link(st, "pages/governance.py", t("risk.edit_register", lang), ":material/edit:")
