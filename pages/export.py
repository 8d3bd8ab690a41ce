"""Export: the board pack (Excel, PowerPoint, offline HTML) and the audit file, built on demand."""
import time
from dataclasses import replace
from datetime import date

import streamlit as st

from exports.audit import audit_json
from exports.board_pack import build_html, build_pptx, build_xlsx
from exports.collect import collect_analysis, report_sections
from i18n import fmt_number, t
from models.errors import CostModelError
from models.governance import board_pack_fields
from models.scenario_file import dump_scenarios
from models.uncertainty.export import write_trials
from ui import state
from ui.analysis import cheapest_by_set, current_analysis
from ui.frame import md_text, page_setup

lang = page_setup(decision=True)
ds = state.get_dataset()
scenarios = state.get_scenarios()
economics = state.get_economics()
st.title(t("exportpage.title", lang))
st.caption(t("exportpage.intro", lang))

scenario_text = dump_scenarios(scenarios, economics, state.governance_file_object())  # + issue 7
simulation = state.get_simulation_settings()
fingerprint = state.export_fingerprint(ds, scenario_text + repr(sorted(simulation.items()))
                                       + repr(state.governance_applied())
                                       + state.get_assumption_set()
                                       + repr(sorted(ds.one_off_kept)), lang)
base_name = state.export_basename(ds)

if st.button(t("exportpage.prepare", lang), type="primary", icon=":material/inventory_2:"):
    started = time.perf_counter()
    try:
        with st.status(t("exportpage.preparing", lang), expanded=True) as status:
            st.write(t("exportpage.step.collect", lang))
            analysis = current_analysis(lang)         # the numbers on screen, same cache
            pack = collect_analysis(ds, analysis, economics, lang, created=date.today(),
                                    cheapest=cheapest_by_set(lang))   # the Overview's runs
            pack = replace(pack, **board_pack_fields(state.get_governance_answers(), scenarios,
                                                     state.get_register_edits(), lang))  # issue 7
            st.write(t("exportpage.step.xlsx", lang))
            xlsx = build_xlsx(pack)
            st.write(t("exportpage.step.pptx", lang))
            pptx = build_pptx(pack)
            st.write(t("exportpage.step.html", lang))
            html = build_html(pack, report_sections(pack, analysis.scenarios))
            seconds = fmt_number(time.perf_counter() - started, lang, 1)
            status.update(label=t("exportpage.ready", lang, seconds=seconds), state="complete",
                          expanded=False)
        state.set_export(fingerprint, {"xlsx": xlsx, "pptx": pptx, "html": html})
    except CostModelError as exc:
        st.error(t("exportpage.error", lang, detail=md_text(exc.message(lang))))

files = state.get_export(fingerprint)
if files is None and state.has_stale_export(fingerprint):
    st.info(t("exportpage.stale", lang))
if files is not None:
    cols = st.columns(3)
    for col, (kind, mime) in zip(cols, (
            ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            ("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            ("html", "text/html"))):
        col.download_button(t(f"exportpage.download.{kind}", lang), files[kind],
                            file_name=f"{base_name}.{kind}", mime=mime, on_click="ignore",
                            icon=":material/download:", key=f"download_{kind}", width="stretch")

st.divider()
source = ds.company.name if ds.is_sample else ds.source_name
st.download_button(t("exportpage.download.audit", lang),
                   lambda: audit_json(scenario_text, source=source, seed=simulation["seed"],
                                      trials=simulation["trials"],
                                      governance=state.governance_file_object(),
                                      company=ds.company.name, currency=ds.currency,
                                      eur_rate=ds.eur_rate),
                   file_name=f"{base_name}-audit.json", mime="application/json", on_click="ignore",
                   icon=":material/fact_check:", key="download_audit")
st.caption(t("exportpage.audit.caption", lang))
# the session's simulation taken now: the download itself runs later, outside the page's run
simulation_run = current_analysis(lang, with_thresholds=False).simulation
st.download_button(t("exportpage.download.trials", lang),
                   lambda: write_trials(simulation_run, fmt="csv"),
                   file_name=f"{base_name}-trials.csv", mime="text/csv", on_click="ignore",
                   icon=":material/table:", key="download_trials")
st.caption(t("exportpage.trials.caption", lang, trials=fmt_number(simulation["trials"], lang),
             seed=simulation["seed"]))
