"""Current spend: what IT costs today, by domain and by month."""
import streamlit as st

from charts.spend import spend_by_domain_chart, spend_by_month_chart
from i18n import fmt_eur, fmt_pct, t
from models.baseline import domain_breakdown, monthly_by_domain, summarise_spend
from models.defaults import default
from ui import state
from ui.frame import page_setup, show_chart, source_label

lang = page_setup()
ds = state.get_dataset()
st.title(t("spend.title", lang))
st.caption(t("spend.intro", lang))

summary = summarise_spend(ds.spend, ds.company, ds.staff)
if summary.it_lines == 0:
    st.info(t("common.no_data", lang))
    st.stop()

cols = st.columns(4)
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
                          low=fmt_eur(default("it_spend_per_employee_low"), lang),
                          high=fmt_eur(default("it_spend_per_employee_high"), lang)))
if summary.share_of_revenue is not None:
    cols[3].metric(t("spend.kpi.share_revenue", lang), fmt_pct(summary.share_of_revenue, lang),
                   border=True,
                   help=t("spend.kpi.benchmark", lang,
                          low=fmt_pct(default("it_share_of_revenue_low"), lang),
                          high=fmt_pct(default("it_share_of_revenue_high"), lang)))

source = source_label(lang)
left, right = st.columns([11, 9], vertical_alignment="center")
with left:
    show_chart(spend_by_domain_chart(summary, lang, source), key="chart_spend_domain",
               filename="it_spend_by_domain")
with right:
    st.subheader(t("spend.table.caption", lang))
    table = domain_breakdown(summary)
    st.dataframe(
        {t("common.domain", lang): [t(f"domain.{d}", lang) for d in table.index],
         t("spend.col.annual", lang): [fmt_eur(v, lang) for v in table["annual"]],
         t("spend.col.period", lang): [fmt_eur(v, lang) for v in table["period"]],
         t("spend.col.share", lang): [fmt_pct(v, lang) for v in table["share"]]},
        hide_index=True, width="stretch")
show_chart(spend_by_month_chart(monthly_by_domain(ds.spend), lang, source),
           key="chart_spend_month", filename="it_spend_by_month")
