"""Charts of the cost projection: yearly cost by domain per scenario, cumulative cost.

Pure functions: data in (``models.costmodel.project`` tidy frame, ``ScenarioResult`` list),
Plotly figure out. Scenario colours come from :func:`charts.theme.scenario_color`.
"""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from charts.theme import DOMAIN_COLORS, base_layout, euro_axis, plain, scenario_color
from i18n import fmt_eur, fmt_eur_short, t
from models.domains import DOMAINS


def _cheapest(results):
    return min(results, key=lambda r: r.total)


def cost_title(results, horizon: int, lang: str) -> str:
    """The finding: the cheapest option over the horizon and its gap to in-house."""
    ref = next((r for r in results if r.kind == "inhouse"), results[0])
    best = _cheapest(results)
    if best.id == ref.id or best.total >= ref.total:
        return t("chart.costs.title_inhouse", lang, years=horizon,
                 total=fmt_eur_short(ref.total, lang))
    return t("chart.costs.title_best", lang, scenario=plain(best.name), years=horizon,
             total=fmt_eur_short(best.total, lang),
             saving=fmt_eur_short(ref.total - best.total, lang))


def yearly_by_domain_chart(tidy: pd.DataFrame, results, lang: str, source: str,
                           subtitle_extra: str = "") -> go.Figure:
    """Stacked yearly cost by domain: one panel per scenario (same y axis), one bar per year.

    ``tidy`` is :func:`models.costmodel.project`; ``results`` :func:`models.costmodel.summarise`
    (for names, order and the title). Panel titles carry the scenario colour.
    """
    horizon = int(tidy["year"].max()) if len(tidy) else 0
    n = max(len(results), 1)
    fig = make_subplots(rows=1, cols=n, shared_yaxes=True, horizontal_spacing=0.02,
                        subplot_titles=[plain(r.name) for r in results] or [""])
    table = (tidy.pivot_table(index=["scenario", "year"], columns="domain", values="amount_eur",
                              aggfunc="sum")
             .reindex(columns=list(DOMAINS), fill_value=0.0).fillna(0.0))
    years = list(range(1, horizon + 1))
    labels = [t("chart.costs.year_short", lang, n=y) for y in years]
    used = [d for d in DOMAINS if table[d].abs().sum() > 0]
    for col, r in enumerate(results, start=1):
        part = table.reindex([(r.id, y) for y in years], fill_value=0.0)
        for domain in used:
            values = part[domain].to_numpy()
            fig.add_trace(go.Bar(
                x=labels, y=values, name=t(f"domain.{domain}", lang), legendgroup=domain,
                showlegend=col == 1, marker_color=DOMAIN_COLORS[domain],
                customdata=[fmt_eur(v, lang) for v in values],
                hovertemplate=plain(r.name) + " · %{x}<br>" + t(f"domain.{domain}", lang)
                + " · %{customdata}<extra></extra>"), row=1, col=col)
    for i, r in enumerate(results):
        fig.layout.annotations[i].font = dict(size=15, color=scenario_color(r.color_index))
    title = cost_title(results, horizon, lang) if results else t("common.no_data", lang)
    subtitle = t("chart.costs.yearly_subtitle", lang, source=source) + subtitle_extra
    base_layout(fig, title, subtitle, lang, height=540)
    fig.update_layout(barmode="relative", bargap=0.18, margin=dict(t=120, b=90),
                      legend=dict(yanchor="top", y=-0.1))
    fig.update_yaxes(**euro_axis(lang))
    fig.update_yaxes(rangemode="tozero")
    fig.update_xaxes(type="category")
    return fig


def cumulative_chart(results, lang: str, source: str, subtitle_extra: str = "",
                     risk_included: bool = False) -> go.Figure:
    """Cumulative cost per scenario (one line each, scenario colours), break-even years marked.
    ``risk_included``: the results are expected costs with the risk events (the Overview), not
    the plan; the subtitle says so."""
    fig = go.Figure()
    horizon = len(results[0].yearly) if results else 0
    labels = [t("chart.costs.start", lang)] + [t("chart.costs.year", lang, n=y)
                                               for y in range(1, horizon + 1)]
    for r in results:
        values = [0.0, *r.cumulative]
        color = scenario_color(r.color_index)
        fig.add_trace(go.Scatter(
            x=labels, y=values, name=plain(r.name), mode="lines+markers",
            line=dict(color=color, width=3, dash="solid" if r.kind != "inhouse" else "dot"),
            marker=dict(size=7, color=color),
            customdata=[fmt_eur(v, lang) for v in values],
            hovertemplate=plain(r.name) + "<br>%{x} · %{customdata}<extra></extra>"))
        if r.break_even_year is not None:
            y = r.break_even_year
            fig.add_trace(go.Scatter(
                x=[labels[y]], y=[values[y]], mode="markers", showlegend=False,
                marker=dict(symbol="star", size=16, color=color, line=dict(color="white", width=1)),
                hovertemplate=t("chart.costs.break_even_hover", lang, scenario=plain(r.name),
                                year=y)
                + "<extra></extra>"))
    title = _cumulative_title(results, lang)
    key = ("chart.costs.cumulative_subtitle_risk" if risk_included
           else "chart.costs.cumulative_subtitle")
    subtitle = t(key, lang, source=source) + subtitle_extra
    base_layout(fig, title, subtitle, lang, height=500)
    fig.update_yaxes(**euro_axis(lang), rangemode="tozero")
    fig.update_xaxes(type="category")
    return fig


def _cumulative_title(results, lang: str) -> str:
    paying = [r for r in results if r.break_even_year is not None]
    if not paying:
        return t("chart.costs.cum_title_none", lang)
    first = min(paying, key=lambda r: (r.break_even_year, r.total))
    return t("chart.costs.cum_title", lang, scenario=plain(first.name),
             year=first.break_even_year)
