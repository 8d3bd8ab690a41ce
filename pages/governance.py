"""Governance and readiness: a two-minute questionnaire, the maturity score, the effects of the
answers on the risk engine and the cost model (visible and undoable), a readiness verdict per
scenario, prioritised actions and an editable risk register (issue 7).

Three tabs, computed and drawn only when open (issue 15: a new visitor's first screen is the
questionnaire, its score and the verdicts): questionnaire and readiness, effects in euros (with
the actions and the retained team's time), risk register. The answers live in plain session
keys, so a tab that is not drawn keeps them."""
import streamlit as st

from charts.governance import effect_chart, maturity_chart, risk_matrix_chart
from charts.theme import scenario_styles
from i18n import fmt_eur, fmt_number, fmt_pct, t
from models import governance as gov
from models.errors import CostModelError
from models.governance.retained import contract_management_hours
from models.governance.simulation import analytic_yearly_loss, impact_table
from models.one_off import baseline_spend
from ui import state
from ui.costs_ui import current_inputs, error_message
from ui.frame import fit_columns, md_params, md_text, page_setup, show_chart, source_label

lang = page_setup(decision=True)
ds = state.get_dataset()
scenarios = state.get_scenarios()
answers = state.get_governance_answers()


def _apply_preset(name: str) -> None:
    state.set_governance_answers(gov.preset(name))


def _load_file() -> None:
    upload = st.session_state.get(state.KEY_GOV_UPLOAD)
    if upload is None:
        return
    try:
        loaded, edits = gov.load_answers(upload.getvalue())
    except CostModelError as err:
        state.set_gov_notice("error", "gov.load_failed", name=upload.name,
                             reason=err.message(state.get_lang()))
        return
    state.set_governance_answers(loaded)
    state.set_register_base_edits(edits)
    state.set_gov_notice("success", "gov.loaded", name=upload.name)


def _reset_register() -> None:
    state.set_register_base_edits({})


st.title(t("gov.title", lang))
st.caption(t("gov.intro", lang))
notice = state.pop_gov_notice()
if notice:
    kind, key, params = notice
    getattr(st, kind)(t(key, lang, **md_params(params)))

# --- questionnaire ---------------------------------------------------------------------------
cols = st.columns([2, 2, 2, 5], vertical_alignment="center")
for col, name in zip(cols, ("none", "typical", "mature")):
    col.button(t(f"gov.preset.{name}", lang), key=f"gov_preset_{name}", on_click=_apply_preset,
               args=(name,), width="stretch")
cols[3].caption(t("gov.preset.help", lang))

TABS = ("answers", "effects", "register")
tabs = dict(zip(TABS, st.tabs([t(f"gov.tab.{name}", lang) for name in TABS], key=state.KEY_GOV_TAB,
                              on_change="rerun")))
if tabs["answers"].open:
    with tabs["answers"]:
        for qid, level in answers.items():     # widgets show the stored answers on first draw
            st.session_state.setdefault(state.gov_widget_key(qid), level)
        with st.container(border=True):
            left, right = st.columns(2, gap="large")
            for i, theme in enumerate(gov.THEMES):
                box = left if i in (0, 2, 4) else right
                box.markdown(f"**{t(f'gov.theme.{theme}', lang)}**")
                for q in (q for q in gov.QUESTIONS if q.theme == theme):
                    box.radio(t(f"gov.q.{q.id}", lang), options=list(gov.LEVELS),
                              horizontal=True, key=state.gov_widget_key(q.id),
                              format_func=lambda lvl, qid=q.id: t(f"gov.q.{qid}.a{lvl}", lang))
    answers = {q.id: st.session_state[state.gov_widget_key(q.id)] for q in gov.QUESTIONS}
    state.set_governance_answers(answers, sync_widgets=False)

source = source_label(lang)
reference = gov.most_outsourced(scenarios)


def _score_and_verdicts() -> None:
    sc = gov.score(answers)
    score_cols = fit_columns([1, 3], min_px=200, vertical_alignment="center")
    left, right = score_cols
    left.metric(t("gov.score", lang),
                t("gov.score.value", lang, score=fmt_number(sc.overall, lang)),
                help=t("gov.score.help", lang), border=True)
    with right:
        show_chart(maturity_chart(sc.overall, sc.themes, lang, source), key="chart_gov_score",
                   filename="governance_maturity", share=score_cols.shares[1])
    st.subheader(t("gov.verdicts", lang))
    show = {"ready": st.success, "conditions": st.warning, "not_ready": st.error,
            "inhouse": st.info}
    for s, v in zip(scenarios, gov.verdicts(answers, scenarios)):
        show[v.code](md_text(v.sentence(lang, s.display_name(lang))))


def _effects() -> None:
    st.session_state[state.KEY_GOV_APPLY_WIDGET] = state.governance_applied()
    applied = st.toggle(t("gov.apply", lang), key=state.KEY_GOV_APPLY_WIDGET,
                        on_change=lambda: state.set_governance_applied(
                            st.session_state[state.KEY_GOV_APPLY_WIDGET]),
                        help=t("gov.apply.help", lang))
    if not applied:
        st.info(t("gov.effects.off", lang))
    rows = gov.effect_rows(answers, reference)
    st.caption(t("gov.effects.caption", lang))
    st.table(
        {t("gov.col.parameter", lang): [t(f"gov.target.{r.target}", lang) for r in rows],
         t("gov.col.before", lang): [fmt_number(r.before, lang, 2) for r in rows],
         t("gov.col.after", lang): [fmt_number(r.after if applied else r.before, lang, 2)
                                    for r in rows],
         t("gov.col.drivers", lang): [", ".join(t(f"gov.q.{q}.short", lang) for q in r.drivers)
                                      or t("gov.none", lang) for r in rows],
         t("gov.col.basis", lang): [t(f"gov.basis.{r.basis}", lang) for r in rows]},
        hide_index=True)
    inputs = impact = None
    try:
        inputs = current_inputs(state.get_economics())
        impact = impact_table(inputs, scenarios, answers if applied else None, ds.staff,
                              spend=baseline_spend(ds))
    except ImportError:
        st.warning(t("gov.engine_missing", lang))
    except (CostModelError, ValueError) as err:
        st.error(error_message(err, lang))
    if impact is not None:
        st.markdown(f"**{t('gov.impact', lang)}**")
        years = inputs.economics.horizon_years
        names = {s.id: s.display_name(lang) for s in scenarios}
        st.table(
            {t("gov.col.scenario", lang): [names[s] for s in impact["scenario"]],
             t("gov.col.risk_before", lang): [fmt_eur(v, lang) for v in impact["risk_before"]],
             t("gov.col.risk_after", lang): [fmt_eur(v, lang) for v in impact["risk_after"]],
             t("gov.col.confusion", lang): [fmt_eur(v, lang) for v in impact["confusion"]],
             t("gov.col.total_before", lang, years=years): [fmt_eur(v, lang)
                                                            for v in impact["total_before"]],
             t("gov.col.total_after", lang, years=years): [fmt_eur(v, lang)
                                                           for v in impact["total_after"]],
             t("gov.col.plan_after", lang, years=years): [fmt_eur(v, lang)
                                                          for v in impact["cost_after"]]},
            hide_index=True)
        conf = gov.confusion_cost(answers, reference or scenarios[0], ds.company, ds.staff)
        st.caption(t("gov.impact.caption", lang, detail=t(
            "gov.confusion.detail", lang, decider_hours=fmt_number(conf.decider_hours, lang),
            decider_rate=fmt_eur(conf.decider_hourly_eur, lang),
            employee_hours=fmt_number(conf.employee_hours, lang, 1),
            employee_rate=fmt_eur(conf.employee_hourly_eur, lang))))
        show_chart(effect_chart(impact.rename(columns={"risk_before": "before",
                                                       "risk_after": "after"}),
                                scenario_styles(scenarios, lang), lang, source),
                   key="chart_gov_effect", filename="governance_risk_before_after")
    _actions(inputs if impact is not None else None)
    _retained()


def _actions(inputs) -> None:
    st.subheader(t("gov.actions", lang))
    savings = None
    if reference is not None and inputs is not None:
        savings = gov.action_savings(
            answers, lambda a: analytic_yearly_loss(inputs, reference, a, ds.staff))
    todo = gov.actions(answers, savings)
    if not todo:
        st.success(t("gov.actions.none", lang))
        return
    st.caption(t("gov.actions.caption", lang))
    cols = st.columns(len(gov.PHASES))
    for col, phase in zip(cols, gov.PHASES):
        col.markdown(f"**{t(f'gov.phase.{phase}', lang)}**")
        lines = [t("gov.action.saving", lang, text=a.text(lang),
                   saving=fmt_eur(a.saving_eur, lang))
                 if a.saving_eur else a.text(lang) for a in todo if a.phase == phase]
        col.markdown("\n".join(f"1. {line}" for line in lines) or t("gov.none", lang))


def _retained() -> None:
    st.markdown(f"**{t('gov.retained', lang)}**")
    retained = {s.id: gov.retained_time(s, ds.staff) for s in scenarios}
    task_ids = [task.id for task in gov.RETAINED_TASKS]
    table = {t("gov.col.task", lang): [t(f"gov.task.{k}", lang) for k in task_ids]
             + [t("gov.col.total", lang), t("gov.col.fte", lang), t("gov.col.cost", lang),
                t("gov.col.contract_management", lang)]}
    for s in scenarios:
        r = retained[s.id]
        hours = dict(r.tasks)
        table[s.display_name(lang)] = (
            [fmt_number(hours.get(k, 0.0), lang) + " h" for k in task_ids]
            + [fmt_number(r.hours, lang) + " h", fmt_number(r.fte, lang, 2),
               fmt_eur(r.cost_eur, lang), fmt_number(contract_management_hours(s), lang) + " h"])
    st.table(table, hide_index=True)
    any_terms = reference.terms if reference is not None else None
    rate = fmt_eur(gov.retained_time(scenarios[0], ds.staff).hourly_eur, lang)
    if any_terms is not None and any_terms.retained_mode == "fte":
        st.caption(t("gov.retained.caption_fte", lang, rate=rate,
                     fte=fmt_number(any_terms.retained_fte, lang, 2)))
    elif any_terms is not None and any_terms.retained_mode == "share":
        st.caption(t("gov.retained.caption", lang, rate=rate,
                     share=fmt_pct(any_terms.retained_share, lang, 0)))
    else:        # "hours" (the default) or no outsourced scenario: one estimate for both
        st.caption(t("gov.retained.caption_hours", lang, rate=rate, hours=fmt_number(
            contract_management_hours(reference) if reference is not None else 0.0, lang)))


def _register() -> None:
    st.caption(t("gov.register.caption", lang))
    computed = gov.default_register(answers, scenarios)
    shown = gov.apply_register_edits(computed, state.get_register_edits())
    names = {s.id: s.display_name(lang) for s in scenarios}
    display = shown.assign(risk=[t(f"gov.risk.{r}", lang) for r in shown["risk"]],
                           scenario=[names.get(s, s) for s in shown["scenario"]])
    # the register is read as a table; its editable grid (slow to draw, awkward on a phone) is
    # drawn when the user asks to change it
    final = shown
    if st.toggle(t("gov.register.edit", lang), key="gov_register_edit"):
        edited = st.data_editor(
            display,
            key=state.KEY_GOV_EDITOR + "__" + "-".join(s.id for s in scenarios),
            hide_index=True, width="stretch", disabled=["risk", "scenario"],
            column_config={
                "risk": st.column_config.TextColumn(t("gov.col.risk", lang)),
                "scenario": st.column_config.TextColumn(t("gov.col.scenario", lang)),
                "likelihood": st.column_config.NumberColumn(
                    t("gov.col.likelihood", lang), min_value=1, max_value=5, step=1,
                    required=True),
                "impact": st.column_config.NumberColumn(
                    t("gov.col.impact", lang), min_value=1, max_value=5, step=1,
                    required=True)})
        try:
            final = shown.assign(likelihood=list(edited["likelihood"]),
                                 impact=list(edited["impact"]))
            state.set_register_edits(gov.register_edits(computed, final))
            final = gov.apply_register_edits(computed, state.get_register_edits())
        except CostModelError as err:
            st.error(err.message(lang))
            final = shown
    else:
        st.table({t("gov.col.risk", lang): list(display["risk"]),
                  t("gov.col.scenario", lang): list(display["scenario"]),
                  t("gov.col.likelihood", lang): [int(v) for v in display["likelihood"]],
                  t("gov.col.impact", lang): [int(v) for v in display["impact"]]},
                 hide_index=True)
    st.button(t("gov.register.reset", lang), key="gov_register_reset", on_click=_reset_register)
    show_chart(risk_matrix_chart(final, scenario_styles(scenarios, lang), lang, source),
               key="chart_gov_matrix", filename="governance_risk_matrix")


for name, draw in (("answers", _score_and_verdicts), ("effects", _effects),
                   ("register", _register)):
    if tabs[name].open:
        with tabs[name]:
            draw()

# --- save / load -----------------------------------------------------------------------------
with st.expander(t("gov.file", lang)):
    st.download_button(t("gov.download", lang),
                       data=gov.dump_answers(answers, state.get_register_edits()),
                       file_name="governance_answers.json", mime="application/json",
                       key="gov_download")
    st.file_uploader(t("gov.upload", lang), type=["json"], key=state.KEY_GOV_UPLOAD,
                     on_change=_load_file)
