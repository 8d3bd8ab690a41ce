"""Sensitivity: which assumptions decide the answer, and at what value it would change."""
import streamlit as st

from charts.sensitivity import tornado_chart
from charts.theme import plain
from i18n import t
from models.defaults import using_assumptions
from models.errors import CostModelError
from models.uncertainty.sensitivity import tornado_oat
from ui.analysis import current_analysis
from ui.costs_ui import error_message
from ui.frame import md_text, page_setup, show_chart, source_label

lang = page_setup(decision=True)
st.title(t("sensitivity.title", lang))
st.caption(t("sensitivity.intro", lang))
try:
    analysis = current_analysis(lang, with_thresholds=False)   # thresholds: at the end
except (CostModelError, ValueError) as err:
    st.error(error_message(err, lang))
    st.stop()

names = {s.id: s.display_name(lang) for s in analysis.scenarios}
ref = analysis.reference_id
others = [s.id for s in analysis.scenarios if s.id != ref]
cols = st.columns(2)
chosen = cols[0].selectbox(t("sensitivity.scenario", lang), list(names), key="sens_scenario",
                           index=list(names).index(analysis.cheapest()),
                           format_func=names.get)
versus = cols[1].toggle(t("sensitivity.versus", lang, ref=md_text(names[ref])), key="sens_versus",
                        value=chosen != ref, disabled=chosen == ref)
other = ref if versus and chosen != ref else None
with using_assumptions(analysis.assumptions):          # the set the analysis was run with
    table, base = tornado_oat(analysis.inputs, analysis.scenarios, chosen, other, lang=lang)
years = analysis.simulation.horizon
subtitle = t("sensitivity.subtitle", lang, source=source_label(lang), years=years,
             what=(t("sensitivity.what_gap", lang, a=plain(names[chosen]), b=plain(names[ref]))
                   if other else t("sensitivity.what_total", lang, a=plain(names[chosen]))))
show_chart(tornado_chart(table, base, years, lang, subtitle), key="sens_tornado",
           filename="it_sourcing_tornado")
st.caption(t("sensitivity.tornado_note", lang))

st.subheader(t("overview.thresholds", lang))
st.caption(t("comparison.thresholds_note", lang))
found = current_analysis(lang).thresholds        # added to the cached analysis
for sid in others:
    rows = [th for th in found if th.scenario_id == sid]
    if not rows:
        continue
    st.markdown("**" + md_text(names[sid]) + "**")
    for th in rows:
        st.markdown("- " + md_text(th.sentence(lang)))
