"""Current spend: what IT costs today, by domain and by month."""
import streamlit as st

from charts.spend import spend_by_domain_chart, spend_by_month_chart
from i18n import fmt_date, fmt_eur, fmt_pct, t
from models.baseline import domain_breakdown, monthly_by_domain, summarise_spend
from models.defaults import default
from models.money import defaults_currency, staff_in_data_currency
from models.one_off import LARGE_SHARE, baseline_spend, one_off_table
from models.uncertainty.calibration import unplanned_yearly_cv
from ui import state
from ui.frame import fit_columns, page_setup, show_chart, source_label

lang = page_setup()
ds = state.get_dataset()
st.title(t("spend.title", lang))
st.caption(t("spend.intro", lang))

staff = staff_in_data_currency(ds)         # None: salaries in euros, data in another currency
summary = summarise_spend(ds.spend, ds.company, staff or [])
if staff is None:
    st.caption(t("money.staff_not_added", lang, currency=ds.currency))
market = defaults_currency(ds)             # the typical ranges: euros until a rate is given
if summary.it_lines == 0:
    st.info(t("common.no_data", lang))
    st.stop()

cols = fit_columns(4, min_px=200)
cols[0].metric(t("spend.kpi.annual_it", lang), fmt_eur(summary.annual_it, lang), border=True,
               help=t("spend.kpi.annual_it_help", lang, months=summary.months,
                      total=fmt_eur(summary.total_it, lang)))
cols[1].metric(t("spend.kpi.annual_with_staff", lang), fmt_eur(summary.annual_it_with_staff, lang),
               border=True, help=t("spend.kpi.with_staff_help", lang,
                                   staff=fmt_eur(summary.annual_staff, lang)))
if summary.per_employee is not None:
    cols[2].metric(t("spend.kpi.per_employee", lang), fmt_eur(summary.per_employee, lang),
                   border=True,
                   help=t("spend.kpi.benchmark", lang,
                          low=fmt_eur(default("it_spend_per_employee_low"), lang,
                                      currency=market),
                          high=fmt_eur(default("it_spend_per_employee_high"), lang,
                                       currency=market)))
if summary.share_of_revenue is not None:
    cols[3].metric(t("spend.kpi.share_revenue", lang), fmt_pct(summary.share_of_revenue, lang),
                   border=True,
                   help=t("spend.kpi.benchmark", lang,
                          low=fmt_pct(default("it_share_of_revenue_low"), lang),
                          high=fmt_pct(default("it_share_of_revenue_high"), lang)))

source = source_label(lang)
# --- one-off lines: kept out of the recurring baseline, the user may put any back
one_off, out_total = one_off_table(ds.spend, ds.one_off_kept)
reasons = [t(f"one_off.reason.{r}", lang) for r in one_off["reason"]]
kept_out = one_off.assign(reason=reasons)[~one_off["in_baseline"]]
# by domain (the chart beside its table) and by month, two tabs each drawn when open
# (issue 15: the first screen draws one chart)
by_domain, by_month = st.tabs([t(f"spend.tab.{n}", lang) for n in ("domain", "month")],
                              key=state.KEY_SPEND_TAB, on_change="rerun")
if by_domain.open:
    with by_domain:
        left_right = fit_columns([11, 9], min_px=380, vertical_alignment="center")
        left, right = left_right
        with left:
            show_chart(spend_by_domain_chart(summary, lang, source), key="chart_spend_domain",
                       filename="it_spend_by_domain", share=left_right.shares[0])
        with right:
            st.subheader(t("spend.table.caption", lang))
            # the chart's order, read top to bottom: the largest domain first
            table = domain_breakdown(summary).sort_values("annual", ascending=False,
                                                          kind="stable")
            st.table(
                {t("common.domain", lang): [t(f"domain.{d}", lang) for d in table.index],
                 t("spend.col.annual", lang): [fmt_eur(v, lang) for v in table["annual"]],
                 t("spend.col.period", lang): [fmt_eur(v, lang) for v in table["period"]],
                 t("spend.col.share", lang): [fmt_pct(v, lang) for v in table["share"]]},
                hide_index=True)
if by_month.open:
    with by_month:
        show_chart(spend_by_month_chart(monthly_by_domain(ds.spend), lang, source, kept_out),
                   key="chart_spend_month", filename="it_spend_by_month")

st.subheader(t("spend.one_off.title", lang))
st.caption(t("spend.one_off.why", lang, share=fmt_pct(LARGE_SHARE, lang, 0)))
if one_off.empty:
    st.info(t("spend.one_off.none", lang))
else:
    st.table(
        {t("export.col.date", lang): [fmt_date(d, lang) for d in one_off["date"]],
         t("export.col.vendor", lang): list(one_off["vendor"]),
         t("export.col.amount", lang): [fmt_eur(v, lang, 2) for v in one_off["amount"]],
         t("spend.one_off.col.reason", lang): reasons,
         t("spend.one_off.col.in_baseline", lang): [
             t("spend.one_off.yes" if b else "spend.one_off.no", lang)
             for b in one_off["in_baseline"]],
         t("common.domain", lang): [t(f"domain.{d}", lang) for d in one_off["domain"]],
         t("export.col.label", lang): list(one_off["label"])},
        hide_index=True)
    st.markdown(t("spend.one_off.total", lang, n=len(kept_out),
                  amount=fmt_eur(out_total, lang)))
    rows = [int(r) for r in one_off["source_row"]]
    labels = {int(r.source_row): t("spend.one_off.option", lang, date=fmt_date(r.date, lang),
                                   vendor=r.vendor, amount=fmt_eur(r.amount, lang))
              for r in one_off.itertuples(index=False)}
    st.session_state[state.KEY_ONE_OFF_WIDGET] = [r for r in rows if r in ds.one_off_kept]
    st.multiselect(t("spend.one_off.put_back", lang), rows, format_func=labels.get,
                   key=state.KEY_ONE_OFF_WIDGET, help=t("spend.one_off.put_back.help", lang),
                   placeholder=t("spend.one_off.put_back.placeholder", lang),
                   on_change=lambda: state.set_one_off_kept(
                       st.session_state[state.KEY_ONE_OFF_WIDGET]))

cv_all, basis_all = unplanned_yearly_cv(ds.spend)
cv_used, basis_used = unplanned_yearly_cv(baseline_spend(ds))
vol = st.columns(2)
vol[0].metric(t("spend.volatility.with", lang), fmt_pct(cv_all, lang, 0), border=True,
              help=t("spend.volatility.help", lang, basis=t(f"spend.volatility.{basis_all}", lang)))
vol[1].metric(t("spend.volatility.without", lang), fmt_pct(cv_used, lang, 0), border=True,
              help=t("spend.volatility.help", lang,
                     basis=t(f"spend.volatility.{basis_used}", lang)))
