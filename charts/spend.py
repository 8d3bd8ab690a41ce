"""Charts of the current spend: yearly by domain, monthly stacked by domain."""
from __future__ import annotations

from html import escape

import pandas as pd
import plotly.graph_objects as go

from charts.theme import DOMAIN_COLORS, base_layout, euro_axis, euro_ticks
from i18n import fmt_eur, fmt_eur_short, fmt_month, fmt_pct, t
from models.baseline import SpendSummary


def spend_by_domain_chart(summary: SpendSummary, lang: str, source: str) -> go.Figure:
    """Horizontal bars of yearly spend per domain, largest on top, labelled in euros.

    Title: the largest domain and its share of IT spend (excl. staff).
    """
    annual = summary.annual_by_domain.sort_values(ascending=True)
    total = float(annual.sum())
    labels = [t(f"domain.{d}", lang) for d in annual.index]
    fig = go.Figure(go.Bar(
        x=annual.values, y=labels, orientation="h",
        marker_color=[DOMAIN_COLORS[d] for d in annual.index],
        text=[fmt_eur_short(v, lang) for v in annual.values], textposition="outside",
        cliponaxis=False,
        customdata=[[fmt_eur(v, lang), fmt_pct(v / total if total else 0, lang)]
                    for v in annual.values],
        hovertemplate="%{y}<br>%{customdata[0]} · %{customdata[1]}<extra></extra>",
        name=t("chart.axis.eur_per_year", lang),
    ))
    top = annual.index[-1] if len(annual) else "support"
    share = float(annual.iloc[-1]) / total if total else 0.0
    title = t("chart.spend_domain.title", lang, domain=t(f"domain.{top}", lang),
              share=fmt_pct(share, lang, 0))
    subtitle = t("chart.spend_domain.subtitle", lang, source=source, months=summary.months)
    base_layout(fig, title, subtitle, lang, height=460, wrap=70)
    top = max(total and annual.max() * 1.22, 1)
    fig.update_xaxes(**euro_ticks(0.0, top, lang, most=5), range=[0, top])
    fig.update_layout(showlegend=False, bargap=0.28)
    return fig


def spend_by_month_chart(monthly: pd.DataFrame, lang: str, source: str,
                         one_off: pd.DataFrame | None = None) -> go.Figure:
    """Stacked monthly IT spend by domain; title names the costliest month.

    ``monthly`` is :func:`models.baseline.monthly_by_domain` (Period[M] index, domain columns).
    ``one_off`` (optional, :func:`models.one_off.detect_one_off` columns, ``reason`` already
    translated): lines kept out of the recurring baseline, marked by a diamond on top of their
    month's bar (one marker per month, every line in its hover text).
    """
    months = [fmt_month(p.year, p.month, lang) for p in monthly.index]
    fig = go.Figure()
    for domain in monthly.columns:
        values = monthly[domain].to_numpy()
        fig.add_trace(go.Bar(
            x=months, y=values, name=t(f"domain.{domain}", lang),
            marker_color=DOMAIN_COLORS[domain],
            customdata=[fmt_eur(v, lang) for v in values],
            hovertemplate=("%{x} · " + t(f"domain.{domain}", lang)
                           + "<br>%{customdata}<extra></extra>"),
        ))
    if one_off is not None and len(one_off):
        _mark_one_off(fig, monthly, one_off, lang)
    totals = monthly.sum(axis=1)
    if len(totals):
        peak = totals.idxmax()
        title = t("chart.spend_month.title", lang, month=fmt_month(peak.year, peak.month, lang),
                  amount=fmt_eur(float(totals.max()), lang))
        median = float(totals.median())
    else:
        title, median = t("common.no_data", lang), 0.0
    subtitle = t("chart.spend_month.subtitle", lang, source=source, median=fmt_eur(median, lang))
    base_layout(fig, title, subtitle, lang, height=500)
    fig.update_layout(barmode="relative", bargap=0.15,
                      legend=dict(orientation="v", x=1.01, xanchor="left", y=1.0, yanchor="top"))
    fig.update_yaxes(**euro_axis(lang))
    fig.update_xaxes(type="category", tickangle=-45)
    return fig


def _mark_one_off(fig: go.Figure, monthly: pd.DataFrame, one_off: pd.DataFrame,
                  lang: str) -> None:
    """A diamond per month holding one-off lines, at the top of the month's positive stack."""
    tops = monthly.clip(lower=0).sum(axis=1)
    periods = pd.to_datetime(one_off["date"]).dt.to_period("M")
    xs, ys, texts = [], [], []
    for period, rows in one_off.groupby(periods, sort=True):
        if period not in tops.index:
            continue
        xs.append(fmt_month(period.year, period.month, lang))
        ys.append(float(tops.loc[period]))
        texts.append("<br>".join(
            f"{escape(str(r.vendor), quote=False)} · {fmt_eur(float(r.amount), lang)} · "
            f"{escape(str(r.reason), quote=False)}" for r in rows.itertuples(index=False)))
    if xs:
        fig.add_trace(go.Scatter(
            x=xs, y=ys, mode="markers", name=t("chart.spend_month.one_off", lang),
            marker=dict(symbol="diamond", size=13, color="#1a1a1a",
                        line=dict(color="#ffffff", width=1.5)),
            customdata=texts, hovertemplate="%{x}<br>%{customdata}<extra></extra>"))
