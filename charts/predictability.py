"""Predictability charts: fan chart per scenario, distribution of yearly cost, CV and overrun.

Inputs are plain tables of Monte Carlo statistics (see ``models`` for how they are computed);
euros excluding VAT.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from charts.theme import SeriesStyle, base_layout, euro_axis, percent_axis, with_alpha
from i18n import fmt_eur, fmt_eur_short, fmt_pct, t

#: Largest number of points sent to the browser per distribution (quantiles of the sample).
MAX_POINTS = 2000
#: The violins show the middle 99 % of each sample (rare extreme years would flatten the body);
#: the P90 and every statistic come from the full sample.
TAIL_CUT = 0.005


def quantile_points(sample: np.ndarray, n: int = MAX_POINTS) -> np.ndarray:
    """``n`` evenly spaced quantiles of ``sample``: the same shape, a fraction of the bytes."""
    sample = np.asarray(sample, dtype="float64").ravel()
    if sample.size <= n:
        return np.sort(sample)
    return np.quantile(sample, (np.arange(n) + 0.5) / n)


def _year_label(year, lang) -> str:
    year = int(year)
    return str(year) if year > 1000 else t("chart.axis.year_n", lang, n=year)


def fan_chart(yearly: pd.DataFrame, styles: list[SeriesStyle], lang: str,
              subtitle: str) -> go.Figure:
    """P10–P90 band and P50 line per scenario and year.

    ``yearly`` has columns ``scenario`` (style id), ``year``, ``p10``, ``p50``, ``p90``.
    Title: the scenario with the narrowest average P10–P90 range in euros against the widest
    (a range in euros, not the relative spread that decides which option is most predictable).
    """
    fig = go.Figure()
    widths: dict[str, float] = {}
    for style in styles:
        rows = yearly[yearly["scenario"] == style.id].sort_values("year")
        if rows.empty:
            continue
        x = [_year_label(y, lang) for y in rows["year"]]
        widths[style.id] = float((rows["p90"] - rows["p10"]).mean())
        fig.add_trace(go.Scatter(x=x, y=rows["p10"], mode="lines", line=dict(width=0),
                                 showlegend=False, hoverinfo="skip", legendgroup=style.id))
        fig.add_trace(go.Scatter(
            x=x, y=rows["p90"], mode="lines", line=dict(width=0), fill="tonexty",
            fillcolor=with_alpha(style.color, 0.18), legendgroup=style.id,
            name=t("chart.fan.band", lang, name=style.name),
            customdata=[[fmt_eur(a, lang), fmt_eur(b, lang)]
                        for a, b in zip(rows["p10"], rows["p90"])],
            hovertemplate=style.name + " · %{x}<br>P10 %{customdata[0]} – P90 %{customdata[1]}"
                                       "<extra></extra>"))
        fig.add_trace(go.Scatter(
            x=x, y=rows["p50"], mode="lines+markers", line=dict(color=style.color, width=3),
            marker=dict(size=7), name=t("chart.fan.median", lang, name=style.name),
            legendgroup=style.id, customdata=[fmt_eur(v, lang) for v in rows["p50"]],
            hovertemplate=style.name + " · %{x}<br>P50 %{customdata}<extra></extra>"))
    names = {s.id: s.name for s in styles}
    if len(widths) >= 2:
        best = min(widths, key=widths.get)
        worst = max(widths, key=widths.get)
        title = t("chart.fan.title", lang, best=names[best], worst=names[worst],
                  best_width=fmt_eur_short(widths[best], lang),
                  worst_width=fmt_eur_short(widths[worst], lang))
    elif widths:
        only = next(iter(widths))
        title = t("chart.fan.title_one", lang, name=names[only],
                  width=fmt_eur_short(widths[only], lang))
    else:
        title = t("common.no_data", lang)
    base_layout(fig, title, subtitle, lang, height=520)
    fig.update_yaxes(**euro_axis(lang))
    fig.update_layout(legend=dict(orientation="v", x=1.01, xanchor="left", y=1.0, yanchor="top"))
    return fig


def distribution_chart(samples: dict[str, np.ndarray], styles: list[SeriesStyle], lang: str,
                       subtitle: str) -> go.Figure:
    """Violin of the yearly cost of each scenario, with its P90 marked; the axis shows the
    P0.5–P99.5 range of the samples (see :data:`TAIL_CUT`).

    ``samples`` maps a style id to the yearly cost trials (EUR). Title compares the P90 (a bad
    year) of the scenario with the highest P90 and the one with the lowest, from the full sample.
    """
    fig = go.Figure()
    p90: dict[str, float] = {}
    low_edge, high_edge = [], []
    shown = [s for s in styles if s.id in samples]
    for style in shown:
        full = np.asarray(samples[style.id], dtype="float64").ravel()
        p90[style.id] = float(np.quantile(full, 0.9))
        low_edge.append(float(np.quantile(full, TAIL_CUT)))
        high_edge.append(float(np.quantile(full, 1 - TAIL_CUT)))
        fig.add_trace(go.Violin(
            y=np.round(quantile_points(full)), x0=style.name, name=style.name,
            line_color=style.color, fillcolor=with_alpha(style.color, 0.35), box_visible=True,
            meanline_visible=False, points=False, spanmode="hard", hoverinfo="skip",
            showlegend=False))
        fig.add_trace(go.Scatter(
            x=[style.name], y=[p90[style.id]], mode="markers", showlegend=False,
            marker=dict(symbol="line-ew-open", size=36, color=style.color, line=dict(width=3)),
            hovertemplate=(style.name + "<br>P90 " + fmt_eur(p90[style.id], lang)
                           + "<extra></extra>")))
    names = {s.id: s.name for s in styles}
    if p90:
        worst, best = max(p90, key=p90.get), min(p90, key=p90.get)
        title = t("chart.dist.title", lang, worst=names[worst], best=names[best],
                  worst_p90=fmt_eur_short(p90[worst], lang),
                  best_p90=fmt_eur_short(p90[best], lang))
    else:
        title = t("common.no_data", lang)
    base_layout(fig, title, subtitle + " · " + t("chart.dist.tail_note", lang), lang, height=520)
    # each option's P90 under its name (a label beside the marker ran into its neighbours)
    fig.update_xaxes(tickmode="array", tickvals=[s.name for s in shown],
                     ticktext=[f"{s.name}<br>P90 {fmt_eur_short(p90[s.id], lang)}"
                               for s in shown])
    fig.update_yaxes(**euro_axis(lang), title_text=t("chart.dist.axis", lang))
    if low_edge:
        span = max(high_edge) - min(low_edge)
        fig.update_yaxes(range=[min(low_edge) - 0.05 * span, max(high_edge) + 0.08 * span])
    return fig


def cv_overrun_chart(stats: pd.DataFrame, styles: list[SeriesStyle], margin: float, lang: str,
                     subtitle: str, best: str | None = None,
                     basis: str | None = None) -> go.Figure:
    """Side by side: coefficient of variation of yearly cost, and P(overrun budget by > margin).

    ``stats`` has columns ``scenario``, ``cv`` (fraction) and ``p_overrun`` (probability).
    ``best``: the most predictable scenario as the analysis names it
    (:meth:`models.analysis.Analysis.most_predictable`: lowest relative spread, then the
    probability of overrun); the title then names it with its figures and ``basis`` (what the
    budget is, e.g. "its plan"). Without it, the title names the option least likely to
    overrun.
    """
    margin_text = fmt_pct(margin, lang, 0)
    fig = make_subplots(rows=1, cols=2, horizontal_spacing=0.12, subplot_titles=(
        t("chart.cv.cv", lang), t("chart.cv.overrun", lang, margin=margin_text)))
    rows = stats.set_index("scenario")
    present = [s for s in styles if s.id in rows.index]
    names = [s.name for s in present]
    colors = [s.color for s in present]
    cv = [float(rows.loc[s.id, "cv"]) for s in present]
    po = [float(rows.loc[s.id, "p_overrun"]) for s in present]
    fig.add_trace(go.Bar(x=names, y=cv, marker_color=colors, showlegend=False,
                         text=[fmt_pct(v, lang) for v in cv], textposition="outside",
                         cliponaxis=False,
                         hoverinfo="skip"), row=1, col=1)
    fig.add_trace(go.Bar(x=names, y=po, marker_color=colors, showlegend=False,
                         text=[fmt_pct(v, lang, 0) for v in po], textposition="outside",
                         cliponaxis=False, hoverinfo="skip"), row=1, col=2)
    ids = [s.id for s in present]
    same = len(present) > 1 and len({fmt_pct(v, lang, 0) for v in po}) == 1
    if same:                                 # every option at the same probability
        title = t("chart.cv.title_same", lang, p=fmt_pct(po[0], lang, 0), margin=margin_text,
                  basis=basis or t("chart.cv.basis", lang))
    elif present and best in ids:
        i = ids.index(best)
        title = t("chart.cv.title_best", lang, best=names[i], cv=fmt_pct(cv[i], lang, 0),
                  p=fmt_pct(po[i], lang, 0), margin=margin_text,
                  basis=basis or t("chart.cv.basis", lang))
    elif present:
        low = min(range(len(present)), key=lambda i: po[i])
        worst = max(range(len(present)), key=lambda i: po[i])
        title = t("chart.cv.title", lang, best=names[low], worst=names[worst], margin=margin_text,
                  p_best=fmt_pct(po[low], lang, 0), p_worst=fmt_pct(po[worst], lang, 0))
    else:
        title = t("common.no_data", lang)
    base_layout(fig, title, subtitle, lang, height=460)
    fig.update_yaxes(**percent_axis(max(cv + [0.01]) * 1.25, lang), row=1, col=1)
    fig.update_yaxes(**percent_axis(min(1.0, max(po + [0.01]) * 1.25 + 0.02), lang),
                     row=1, col=2)
    return fig
