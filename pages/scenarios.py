"""Scenarios: who runs which domain, on what terms; immediate cost deltas against in-house."""
import streamlit as st

from i18n import fmt_number, t
from models.domains import DOMAINS, OUTSOURCEABLE_DOMAINS
from models.errors import CostModelError
from models.governance.retained import contract_management_hours
from models.scenario_file import dump_scenarios, load_scenario_file
from models.scenarios import (
    MAX_SCENARIOS,
    PRICE_UNITS,
    RETAINED_MODES,
    delete_scenario,
    duplicate_scenario,
    find_scenario,
    rename_scenario,
)
from models.staff import FATES, StaffDecision
from ui import state
from ui.analysis import current_plan
from ui.costs_ui import (
    company_controls,
    economics_controls,
    error_message,
    kpi_row,
    number_slider,
    outcome_sentence,
    pct_slider,
    start_date_of,
    whole_format,
    widen,
)
from ui.frame import answer_drawn, md_params, md_text, page_setup
from ui.share import small_screen

lang = page_setup(decision=True)
st.title(t("scenarios.title", lang))
st.caption(t("scenarios.intro", lang))

notice = state.pop_scenario_notice()
if notice:
    kind, key, params = notice
    (st.success if kind == "success" else st.error)(t(key, lang, **md_params(params)))
for note_key, note_params in state.pop_scenario_file_notes():
    st.warning(t(note_key, lang, **note_params))

scenarios = state.get_scenarios()
economics = economics_controls(lang)
company_controls(lang)
kpi_box = st.container()
W = state.scenario_prefix()             # a new generation after a file is loaded


matrix_box = st.container()      # filled at the end, once the inputs below are applied
start_date = start_date_of(state.get_dataset(), economics)


def _as_date(text, start):
    import datetime as dt
    return dt.date.fromisoformat((text or start)[:10])

# --- choose the scenario to edit; duplicate, rename, delete
ids = [s.id for s in scenarios]
if st.session_state.get(state.KEY_EDIT_SCENARIO) not in ids:
    st.session_state[state.KEY_EDIT_SCENARIO] = ids[1] if len(ids) > 1 else ids[0]
names = {s.id: s.display_name(lang) for s in scenarios}
edit_id = st.selectbox(t("scenarios.edit", lang), ids, format_func=names.get,
                       key=state.KEY_EDIT_SCENARIO)
current = find_scenario(scenarios, edit_id)


def _duplicate():
    try:
        name = st.session_state.get(f"{W}new_name") or t("scenarios.copy_of", lang,
                                                          name=names[edit_id])
        new = duplicate_scenario(state.get_scenarios(), edit_id, name)
        state.set_scenarios(new)
        st.session_state[state.KEY_EDIT_SCENARIO] = new[-1].id
        state.set_scenario_notice("success", "scenarios.duplicated", name=new[-1].name)
    except CostModelError as err:
        state.set_scenario_notice("error", err.key, **err.params)


def _rename():
    name = st.session_state.get(f"{W}rename", "").strip()
    if name:
        state.set_scenarios(rename_scenario(state.get_scenarios(), edit_id, name))


def _delete():
    try:
        state.set_scenarios(delete_scenario(state.get_scenarios(), edit_id))
        for key in [k for k in st.session_state if str(k).startswith(f"{W}{edit_id}__")]:
            del st.session_state[key]          # a later copy may reuse the id
        state.set_scenario_notice("success", "scenarios.deleted", name=names[edit_id])
    except CostModelError as err:
        state.set_scenario_notice("error", err.key, **err.params)


with st.expander(t("scenarios.manage", lang)):
    a, b, c = st.columns(3)
    a.text_input(t("scenarios.new_name", lang), key=f"{W}new_name", max_chars=80,
                 placeholder=t("scenarios.copy_of", lang, name=names[edit_id]))
    a.button(t("scenarios.duplicate", lang), on_click=_duplicate, icon=":material/content_copy:",
             disabled=len(scenarios) >= MAX_SCENARIOS, key=f"{W}dup_btn")
    b.text_input(t("scenarios.rename_to", lang), key=f"{W}rename", max_chars=80)
    b.button(t("scenarios.rename", lang), on_click=_rename, icon=":material/edit:",
             key=f"{W}rename_btn")
    c.button(t("scenarios.delete", lang), on_click=_delete, icon=":material/delete:",
             disabled=current.kind == "inhouse", key=f"{W}delete_btn")

# --- per-domain choices of the scenario being edited
st.subheader(t("scenarios.domains", lang))
prefix = f"{W}{current.id}__"
if current.kind == "inhouse":
    st.info(t("scenarios.inhouse_note", lang))
else:
    # a grid with one header row on a wide screen; on a phone the columns stack, so every
    # input carries its own label under the domain's name
    grid = not small_screen()
    shown = "collapsed" if grid else "visible"
    if grid:
        head = st.columns([3, 2, 3, 3, 4, 2])
        for col, key in zip(head[1:], ("scenarios.outsourced", "scenarios.unit",
                                       "scenarios.price", "scenarios.replaced",
                                       "scenarios.hardware")):
            col.caption(t(key, lang), help=t("scenarios.replaced.help", lang)
                        if key == "scenarios.replaced" else None)
    for d in OUTSOURCEABLE_DOMAINS:
        choice = current.choice(d)
        current.domains[d] = choice
        row = (st.columns([3, 2, 3, 3, 4, 2], vertical_alignment="center") if grid
               else [st.container(border=True)] * 6)
        row[0].write(("" if grid else "**") + t(f"domain.{d}", lang) + ("" if grid else "**"))
        choice.outsourced = row[1].toggle(t("scenarios.outsourced", lang), value=choice.outsourced,
                                          key=f"{prefix}{d}__out", label_visibility=shown)
        choice.price_unit = row[2].selectbox(
            t("scenarios.unit", lang), PRICE_UNITS, index=PRICE_UNITS.index(choice.price_unit),
            format_func=lambda u: t(f"unit.{u}", lang), key=f"{prefix}{d}__unit",
            label_visibility=shown, disabled=not choice.outsourced)
        choice.price_eur = float(row[3].number_input(
            t("scenarios.price", lang), 0.0, 100_000.0, value=float(choice.price_eur), step=1.0,
            key=f"{prefix}{d}__price", label_visibility=shown,
            format=whole_format(choice.price_eur), disabled=not choice.outsourced))
        choice.replaced_share = pct_slider(row[4], "scenarios.replaced", choice.replaced_share,
                                           0, 100, f"{prefix}{d}__replaced", lang, step=5.0,
                                           label_visibility=shown)
        choice.hardware_in_fee = row[5].checkbox(t("scenarios.hardware", lang),
                                                 value=choice.hardware_in_fee,
                                                 key=f"{prefix}{d}__hw",
                                                 label_visibility=shown,
                                                 disabled=not choice.outsourced)

    terms = current.terms

    def months(v: float) -> str:
        return t("threshold.months", lang,
                 n=fmt_number(v, lang, 0 if float(v).is_integer() else 1))
    g1, g2, g3, g4 = st.columns(4)
    with g1.expander(t("scenarios.group.contract", lang), expanded=True):
        terms.indexation = pct_slider(st, "scenarios.indexation", terms.indexation, 0, 10,
                                      f"{prefix}idx", lang, step=0.5)
        terms.renewal_step = pct_slider(st, "scenarios.renewal_step", terms.renewal_step, 0, 30,
                                        f"{prefix}step", lang)
        terms.term_years = int(st.slider(t("scenarios.term", lang), *widen(1, 7, terms.term_years),
                                         value=terms.term_years, key=f"{prefix}term"))
        terms.out_of_scope_share = pct_slider(st, "scenarios.out_of_scope",
                                              terms.out_of_scope_share, 0, 100,
                                              f"{prefix}oos", lang)
    with g2.expander(t("scenarios.group.transition", lang), expanded=True):
        terms.transition_fee_months = number_slider(
            st, t("scenarios.transition_months", lang), 0.0, 6.0, terms.transition_fee_months,
            0.5, f"{prefix}trans", months)
        terms.transition_internal_days = float(st.number_input(
            t("scenarios.internal_days", lang), *widen(0.0, 200.0, terms.transition_internal_days),
            value=float(terms.transition_internal_days), step=1.0, key=f"{prefix}tdays",
            format=whole_format(terms.transition_internal_days)))
        terms.parallel_months = number_slider(
            st, t("scenarios.parallel", lang), 0.0, 6.0, terms.parallel_months, 0.5,
            f"{prefix}par", months)
    with g3.expander(t("scenarios.group.retained", lang), expanded=True):
        terms.retained_mode = st.radio(
            t("scenarios.retained_mode", lang), RETAINED_MODES,
            index=RETAINED_MODES.index(terms.retained_mode),
            format_func=lambda m: t(f"scenarios.retained_mode.{m}", lang),
            key=f"{prefix}rmode", horizontal=True)
        if terms.retained_mode == "share":
            terms.retained_share = pct_slider(st, "scenarios.retained_share",
                                              terms.retained_share, 0, 15, f"{prefix}rshare",
                                              lang, step=0.5)
        elif terms.retained_mode == "fte":
            terms.retained_fte = number_slider(
                st, t("scenarios.retained_fte", lang), 0.0, 5.0, terms.retained_fte, 0.1,
                f"{prefix}rfte", lambda v: fmt_number(v, lang, 1))
        else:
            st.caption(t("scenarios.retained_hours", lang,
                         hours=fmt_number(contract_management_hours(current), lang)))
    with g4.expander(t("scenarios.group.exit", lang), expanded=True):
        terms.exit_fee_months = number_slider(
            st, t("scenarios.exit_months", lang), 0.0, 6.0, terms.exit_fee_months, 0.5,
            f"{prefix}exit", months)
        terms.exit_internal_days = float(st.number_input(
            t("scenarios.exit_days", lang), *widen(0.0, 200.0, terms.exit_internal_days),
            value=float(terms.exit_internal_days), step=1.0, key=f"{prefix}xdays",
            format=whole_format(terms.exit_internal_days)))
        st.caption(t("scenarios.exit_note", lang))

# --- people: the fate of each in-house role in this scenario (a saving is whole people)
staff_roles = state.get_dataset().staff
if staff_roles:
    st.subheader(t("scenarios.people", lang))
    st.caption(t("scenarios.people.intro", lang))
    decisions = []
    for i, role in enumerate(staff_roles):
        decided = current.decision(role.role)
        cols = st.columns([3, 2, 2, 2])
        cols[0].markdown(f"**{md_text(role.role)}**  \n" + t(
            "scenarios.people.role", lang, fte=fmt_number(role.fte, lang, 1),
            years=fmt_number(role.seniority_years, lang, 1)))
        fate = cols[1].selectbox(t("scenarios.people.fate", lang), FATES,
                                 index=FATES.index(decided.fate),
                                 format_func=lambda f: t(f"scenarios.fate.{f}", lang),
                                 key=f"{prefix}fate{i}")
        when = cols[2].date_input(t("scenarios.people.date", lang),
                                  value=_as_date(decided.date, start_date),
                                  min_value=_as_date(None, start_date),
                                  format="DD/MM/YYYY" if lang == "fr" else "YYYY-MM-DD",
                                  key=f"{prefix}date{i}", disabled=fate == "keep")
        avoided = decided.avoided_share
        if fate == "redeploy":
            avoided = pct_slider(cols[3], "scenarios.people.avoided", avoided, 0, 100,
                                 f"{prefix}avoid{i}", lang, step=5.0,
                                 help_key="scenarios.people.avoided.help")
        decision = StaffDecision(role.role, fate,
                                 None if fate == "keep" else when.isoformat(),
                                 decided.seniority_years, float(avoided))
        decisions.append(decision)
        if fate != "keep":
            st.caption(outcome_sentence(decision, role, start_date, lang))
    current.staff = tuple(d for d in decisions if d.fate != "keep")

# --- who runs what: one column per scenario
with matrix_box:
    st.subheader(t("scenarios.matrix", lang))
    st.dataframe(
        {t("common.domain", lang): [t(f"domain.{d}", lang) for d in DOMAINS],
         **{s.display_name(lang): [t("scenarios.matrix.provider", lang)
                                   if d in s.outsourced_domains
                                   else t("scenarios.matrix.inhouse", lang) for d in DOMAINS]
            for s in scenarios}},
        hide_index=True, width="stretch")

# --- KPIs against in-house, computed from everything above
with kpi_box:
    try:
        # the plan of the shared analysis' inputs (assumption set, governance, one-off lines)
        kpi_row(current_plan(lang), lang, economics.horizon_years)
        answer_drawn()
    except (CostModelError, ValueError) as err:
        st.error(error_message(err, lang))

# --- save and reload
st.subheader(t("scenarios.file", lang))
left, right = st.columns(2)
left.download_button(t("scenarios.download", lang),
                     data=dump_scenarios(scenarios, economics, state.governance_file_object()),
                     file_name="it_sourcing_scenarios.json", mime="application/json",
                     on_click="ignore", icon=":material/download:")
upload = right.file_uploader(t("scenarios.upload", lang), type=["json"],
                             key=state.KEY_SCENARIO_UPLOAD, max_upload_size=2)
if upload is not None and st.session_state.get(state.KEY_SCENARIO_LOADED) != (upload.name,
                                                                               upload.size):
    st.session_state[state.KEY_SCENARIO_LOADED] = (upload.name, upload.size)
    try:
        loaded = load_scenario_file(upload.getvalue())
    except CostModelError as err:
        st.error(t("scenarios.load_failed", lang, name=md_text(upload.name),
                   reason=md_text(err.message(lang))))
    else:
        state.set_scenarios(loaded.scenarios)
        state.set_economics(loaded.economics)
        state.set_governance_from_file(loaded.governance)
        state.set_scenario_file_notes(loaded.notes)
        state.reset_scenario_widgets()
        st.session_state.pop(state.KEY_EDIT_SCENARIO, None)
        state.set_scenario_notice("success", "scenarios.loaded", name=upload.name)
        st.rerun()
