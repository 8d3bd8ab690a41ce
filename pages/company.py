"""Company & IT staff: the company profile and the in-house IT team (payroll is rarely in a
spend export), with sourced French defaults; stored in the active data."""
import streamlit as st

from i18n import currency_sign, fmt_eur, fmt_pct, t
from models.company import staff_cost_by_domain
from models.company_form import (
    MAX_SALARY,
    MAX_SENIORITY,
    TYPICAL_ROLES,
    staff_to_frame,
    typical_role,
    validate_form,
    value_added_pct,
)
from models.defaults import ASSUMPTIONS, default, using_money_scale
from models.domains import DOMAINS
from models.money import units_per_euro
from ui import state
from ui.frame import page_setup

P = state.COMPANY_WIDGET_PREFIX


def staff_scale(ds) -> float:
    """Units of the staff salaries' currency for one euro: the French defaults are euros; once
    the user works in the data's currency at a rate, salaries are in that currency."""
    return 1.0 if ds.staff_currency == "EUR" else units_per_euro(ds)


def on_add_role(lang: str) -> None:
    kind = st.session_state.get(f"{P}role_kind")
    if kind in TYPICAL_ROLES:
        ds = state.get_dataset()
        with using_money_scale(staff_scale(ds)):     # the defaults in the salaries' currency
            role = typical_role(kind, t(f"company.role.{kind}", lang))
        state.set_company_and_staff(ds.company, [*ds.staff, role])
        st.session_state[f"{P}version"] = st.session_state.get(f"{P}version", 0) + 1


lang = page_setup()
ds = state.get_dataset()
st.title(t("company.title", lang))
st.caption(t("company.intro", lang))
notice = state.pop_company_notice()
if notice:
    kind, key, params = notice
    (st.success if kind == "success" else st.info)(t(key, lang, **params))

pay = ds.staff_currency                    # salaries: euros, or the data's currency at a rate
scale = staff_scale(ds)
with using_money_scale(scale):
    st.caption(t("company.defaults", lang,
                 it_manager=fmt_eur(default("salary_it_manager"), lang, currency=pay),
                 sysadmin=fmt_eur(default("salary_sysadmin"), lang, currency=pay),
                 technician=fmt_eur(default("salary_technician"), lang, currency=pay),
                 cadre=fmt_pct(default("employer_charges_cadre"), lang),
                 non_cadre=fmt_pct(default("employer_charges_non_cadre"), lang),
                 overhead=fmt_eur(default("staff_overhead_per_fte"), lang, currency=pay)))
if pay != ds.currency:
    st.caption(t("money.staff_not_added", lang, currency=ds.currency))

add = st.columns([2, 1], vertical_alignment="bottom")
add[0].selectbox(t("company.add_role", lang), list(TYPICAL_ROLES), key=f"{P}role_kind",
                 format_func=lambda k: t(f"company.role.{k}", lang))
add[1].button(t("company.add_role", lang), icon=":material/person_add:", key=f"{P}add",
              on_click=on_add_role, args=(lang,))

company = ds.company
version = st.session_state.get(f"{P}version", 0)
with st.form(f"{P}form_{version}", border=True):
    st.subheader(t("company.profile", lang))
    name = st.text_input(t("company.name", lang), value=company.name, max_chars=120)
    c = st.columns(5)
    employees = c[0].number_input(t("company.employees", lang), min_value=0, step=1,
                                  value=int(company.employees))
    workstations = c[1].number_input(t("company.workstations", lang), min_value=0, step=1,
                                     value=int(company.workstations))
    servers = c[2].number_input(t("company.servers", lang), min_value=0, step=1,
                                value=int(company.servers))
    sites = c[3].number_input(t("company.sites", lang), min_value=0, step=1,
                              value=int(company.sites))
    revenue = c[4].number_input(t("company.revenue", lang, cur=currency_sign(ds.currency)),
                                min_value=0.0, step=100_000.0,
                                value=float(company.revenue_eur or 0.0), format="%.0f")
    va_shown = value_added_pct(company)
    va = st.number_input(t("company.value_added", lang), min_value=0.0, max_value=100.0,
                         step=0.5, value=va_shown, format="%.1f",
                         help=t("company.value_added.help", lang))
    st.caption(t("company.value_added.caption", lang,
                 default=fmt_pct(default("downtime_margin_share"), lang, 1),
                 low=fmt_pct(ASSUMPTIONS["downtime_margin_share"].low, lang, 1),
                 high=fmt_pct(ASSUMPTIONS["downtime_margin_share"].high, lang, 1)))
    st.subheader(t("company.staff", lang))
    st.caption(t("company.staff_help", lang))
    frame = staff_to_frame(ds.staff)
    config = {
        "role": st.column_config.TextColumn(t("company.col.role", lang), max_chars=80),
        "fte": st.column_config.NumberColumn(t("company.col.fte", lang), min_value=0.0,
                                             max_value=20.0, step=0.1, format="%.1f"),
        "salary": st.column_config.NumberColumn(t("company.col.salary", lang,
                                                  cur=currency_sign(pay)), min_value=0.0,
                                                step=500.0, format="%.0f"),
        "charges_pct": st.column_config.NumberColumn(t("company.col.charges", lang), min_value=0.0,
                                                     max_value=100.0, step=1.0, format="%.0f"),
        "seniority": st.column_config.NumberColumn(
            t("company.col.seniority", lang), min_value=0.0, max_value=MAX_SENIORITY, step=0.5,
            format="%.1f", help=t("company.col.seniority.help", lang)),
        "executive": st.column_config.CheckboxColumn(t("company.col.executive", lang),
                                                     help=t("company.col.executive.help", lang)),
    }
    for d in DOMAINS:
        config[d] = st.column_config.NumberColumn(t(f"domain.{d}", lang) + " (%)", min_value=0.0,
                                                  max_value=100.0, step=5.0, format="%.0f")
    edited = st.data_editor(frame, num_rows="dynamic", hide_index=True, width="stretch",
                            column_config=config, key=f"{P}staff_{version}")
    submitted = st.form_submit_button(t("company.save", lang), type="primary",
                                      icon=":material/save:")

if submitted:
    untouched = company.value_added_share is None and va == va_shown
    with using_money_scale(scale):          # a new role's overhead in the salaries' currency
        profile, staff, problems = validate_form(name, employees, workstations, servers, sites,
                                                 revenue, edited, None if untouched else va,
                                                 max_salary=MAX_SALARY * scale)
    if problems:
        lines = []
        for key, params in problems:
            if "field" in params:
                params = {**params, "field": t(f"company.{params['field']}", lang)}
            if "high" in params:
                params = {**params, "high": fmt_eur(params["high"], lang, currency=pay)}
            lines.append("- " + t(key, lang, **params))
        st.error(t("company.not_saved", lang) + "\n" + "\n".join(lines), icon=":material/error:")
    else:
        state.set_company_and_staff(profile, staff)
        cost = staff_cost_by_domain(staff).sum()
        state.set_company_notice("success", "company.saved",
                                 cost=fmt_eur(cost, lang, currency=pay))
        st.session_state[f"{P}version"] = version + 1
        st.rerun()

costs = staff_cost_by_domain(ds.staff)
st.subheader(t("company.cost_by_domain", lang))
st.dataframe({t("common.domain", lang): [t(f"domain.{d}", lang) for d in costs.index],
              t("import.summary.amount", lang): [fmt_eur(v, lang, currency=pay) for v in costs]},
             hide_index=True, width="stretch", key=f"{P}costs")
