"""Widgets shared by the Scenarios and Comparison pages (issue 4): the economic assumptions
(horizon and discount rate mirrored in the URL), the cost inputs of the loaded data, the KPI row.

Conversions between the model's fractions and the percentages shown in widgets live here so
that the pages hold no arithmetic.
"""
from __future__ import annotations

import streamlit as st

from i18n import fmt_eur, fmt_pct, t
from models.costmodel import CostInputs, make_inputs
from models.errors import TranslatedError
from models.scenarios import Economics
from ui import state
from ui.frame import md_text


def economics_controls(lang: str, with_details: bool = True) -> Economics:
    """Horizon and discount-rate sliders (bound to the URL), plus growth, drift, inflation and
    useful life in an expander. Writes the result to the session and returns it."""
    eco = state.get_economics()
    left, right = st.columns(2)
    horizon = left.slider(t("costs.horizon", lang), *widen(3, 7, eco.horizon_years),
                          value=eco.horizon_years, key=state.wkey(state.KEY_HORIZON),
                          help=t("costs.horizon.help", lang))
    rate_pct = float(round(eco.discount_rate * 100, 10))
    discount = number_slider(right, t("costs.discount", lang), 0.0, 15.0, rate_pct, 0.5,
                             state.wkey(state.KEY_DISCOUNT), lambda v: fmt_pct(v / 100, lang),
                             help=t("costs.discount.help", lang))
    eco.horizon_years = int(horizon)
    if discount != rate_pct:                   # untouched: keep a loaded value exact
        eco.discount_rate = float(discount) / 100.0
    if with_details:
        with st.expander(t("costs.economics", lang)):
            c = st.columns(4)
            W = state.scenario_prefix()
            eco.headcount_growth = _pct(c[0], "costs.growth", eco.headcount_growth, -10.0, 20.0,
                                        f"{W}eco__growth", lang)
            eco.salary_drift = _pct(c[1], "costs.drift", eco.salary_drift, 0.0, 10.0,
                                    f"{W}eco__drift", lang)
            eco.price_inflation = _pct(c[2], "costs.inflation", eco.price_inflation, 0.0, 10.0,
                                       f"{W}eco__inflation", lang)
            eco.useful_life_years = float(c[3].number_input(
                t("costs.useful_life", lang), *widen(1.0, 10.0, float(eco.useful_life_years)),
                value=float(eco.useful_life_years), step=1.0, key=f"{W}eco__life",
                format=whole_format(eco.useful_life_years)))
    state.set_economics(eco)
    return eco


_COMPANY_FIELDS = (("employees", 1, 5000), ("workstations", 0, 10000), ("servers", 0, 1000),
                   ("sites", 0, 500))


def company_controls(lang: str) -> None:
    """The few answers about the company the cost model needs (headcount, devices, servers,
    sites, revenue), written back to the loaded dataset as soon as one changes."""
    ds = state.get_dataset()
    token = "sample" if ds.is_sample else abs(hash(ds.source_name)) % 10 ** 8
    company = ds.company

    def _apply(field: str, key: str) -> None:
        from dataclasses import replace
        value = st.session_state[key]
        current = state.get_dataset()
        if field == "revenue_eur":
            value = float(value) if value else None
        else:
            value = int(value)
        state.set_dataset(replace(current, company=replace(current.company, **{field: value})))

    with st.expander(t("costs.company", lang, name=company.name)):
        cols = st.columns(5)
        for col, (field, low, high) in zip(cols, _COMPANY_FIELDS):
            key = state.wkey(f"company__{token}__{field}")
            col.number_input(t(f"costs.company.{field}", lang), low, high,
                             value=int(min(max(getattr(company, field), low), high)), step=1,
                             key=key, on_change=_apply, args=(field, key))
        key = state.wkey(f"company__{token}__revenue_eur")
        cols[4].number_input(t("costs.company.revenue_eur", lang), 0.0, 1e11,
                             value=float(company.revenue_eur or 0.0), step=100_000.0,
                             format="%.0f",
                             key=key, on_change=_apply, args=("revenue_eur", key),
                             help=t("costs.company.revenue_help", lang))


def _pct(container, label_key, fraction, low, high, key, lang) -> float:
    pct = float(round(fraction * 100, 10))
    value = number_slider(container, t(label_key, lang), low, high, pct, 0.5, key,
                          lambda v: fmt_pct(v / 100, lang))
    return fraction if value == pct else float(value) / 100.0   # untouched: keep it exact


def whole_format(value: float) -> str:
    """``number_input`` format: no decimals for a whole number. Streamlit writes numbers
    printf-style (a decimal point in every language), so decimals are shown only when the value
    has some; fractional settings use :func:`number_slider`, written in the reader's
    language."""
    return "%.0f" if float(value).is_integer() else "%.2f"


def number_slider(container, label: str, low: float, high: float, value: float, step: float,
                  key: str, fmt, help: str | None = None, label_visibility: str = "visible"
                  ) -> float:
    """A slider over ``low``–``high`` by ``step`` whose values are written by ``fmt`` (e.g.
    ``2,5 %`` in French: ``st.slider`` can only write them printf-style, with a decimal
    point). A value off the grid (from a file or a link) is one of the options, so it is never
    clipped or rounded. Returns the chosen number."""
    low, high = widen(float(low), float(high), float(value))
    count = int(round((high - low) / step))
    options = sorted({round(low + i * step, 10) for i in range(count + 1)} | {float(value)})
    return float(container.select_slider(label, options=options, value=float(value), key=key,
                                         format_func=fmt, help=help,
                                         label_visibility=label_visibility))


def widen(low, high, value):
    """The widget range ``[low, high]`` widened to hold ``value`` (a loaded file may carry a
    value outside the usual range: the widget must not clip it)."""
    return min(low, value), max(high, value)


def pct_slider(container, label_key, fraction, low, high, key, lang, step=1.0, help_key=None,
               label_visibility="visible"):
    """A slider in % for a fraction; returns the fraction."""
    pct = float(round(fraction * 100, 10))
    decimals = 0 if float(step).is_integer() and pct.is_integer() else 1
    value = number_slider(container, t(label_key, lang), low, high, pct, step, key,
                          lambda v: fmt_pct(v / 100, lang, decimals),
                          help=t(help_key, lang) if help_key else None,
                          label_visibility=label_visibility)
    return fraction if value == pct else float(value) / 100.0   # untouched: keep it exact


def current_inputs(economics: Economics) -> CostInputs:
    """Cost inputs of the loaded data under ``economics`` (one-off events out of the baseline,
    as in the shared analysis)."""
    from models.one_off import baseline_spend
    ds = state.get_dataset()
    return make_inputs(baseline_spend(ds), ds.company, ds.staff, economics)


def start_date_of(dataset, economics: Economics) -> str:
    """First day of year 1 of the projection (ISO)."""
    from models.costmodel import projection_start
    return projection_start(dataset.spend, economics)


def outcome_sentence(decision, role, start_date: str, lang: str) -> str:
    """What a staff decision does to a role, in words: delays, notice, exit date, severance."""
    import datetime as dt

    from i18n import fmt_date, fmt_number, fmt_pct
    from models.defaults import default
    from models.staff import months_between, role_outcome
    ds = state.get_dataset()
    out = role_outcome(decision, gross_yearly_pay=role.fte * role.gross_salary_eur,
                       seniority_years=role.seniority_years, executive=role.executive,
                       employees=int(ds.company.employees),
                       start_month=months_between(start_date, decision.date))
    name = role.role
    if out.fate == "redeploy":
        loaded = role.loaded_cost_eur
        return t("scenarios.outcome.redeploy", lang, role=name,
                 saving=fmt_eur(loaded * out.avoided_share, lang))
    start = dt.date.fromisoformat(start_date)
    months = int(round(out.exit_month))
    exit_day = dt.date(start.year + (start.month - 1 + months) // 12,
                       (start.month - 1 + months) % 12 + 1, 1)
    if out.fate == "transfer":
        return t("scenarios.outcome.transfer", lang, role=name, exit=fmt_date(exit_day, lang),
                 carried=fmt_pct(default("transfer_carried_share"), lang, 0))
    return t("scenarios.outcome.dismiss", lang, role=name,
             delay=fmt_number(out.delay_months, lang, 0),
             notice=fmt_number(out.notice_months, lang, 0), exit=fmt_date(exit_day, lang),
             severance=fmt_eur(out.severance, lang),
             years=fmt_number(out.seniority_at_exit, lang, 1))


def kpi_row(results, lang: str, horizon: int) -> None:
    """One metric per scenario: total over the horizon, gap to in-house (lower is green)."""
    st.subheader(t("scenarios.kpis", lang, years=horizon))
    per_row = min(4, max(len(results), 1))
    for start in range(0, len(results), per_row):
        cols = st.columns(per_row)
        for col, r in zip(cols, results[start:start + per_row]):
            year = (r.break_even_year if r.break_even_year is not None
                    else t("scenarios.never", lang))
            # Streamlit reads the direction from an ASCII minus sign
            delta = (None if r.kind == "inhouse"
                     else fmt_eur(r.delta_vs_inhouse, lang).replace("\u2212", "-", 1))
            col.metric(md_text(r.name), fmt_eur(r.total, lang), delta=delta, delta_color="inverse",
                       border=True,
                       help=t("scenarios.kpi.help", lang, npv=fmt_eur(r.npv, lang), year=year,
                              per_employee=fmt_eur(r.cost_per_employee, lang)))


def error_message(err: Exception, lang: str) -> str:
    """The sentence shown for ``err`` (escaped for Markdown): its own translated sentence for
    bad input, else a generic one. The raw text of an unexpected exception is never shown (it
    may hold paths, values or internals), nor logged (SECURITY.md: nothing about the user's
    data goes to logs)."""
    if isinstance(err, TranslatedError):
        return md_text(err.message(lang))     # shown with st.error: Markdown; may echo a value
    return t("common.unexpected_error", lang)
