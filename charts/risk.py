"""Risk charts: expected annual loss by event, exceedance curve, SLA check."""
from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from charts.theme import SeriesStyle, base_layout, euro_axis, euro_ticks, percent_axis
from i18n import fmt_eur, fmt_eur_short, fmt_pct, t

CURVE_POINTS = 400


def expected_loss_chart(eal: pd.DataFrame, event_labels: dict[str, str], styles: list[SeriesStyle],
                        lang: str, subtitle: str) -> go.Figure:
    """Grouped horizontal bars: expected annual loss (EUR/year) per risk event and scenario.

    ``eal`` has columns ``scenario``, ``event``, ``eal``. Events are sorted by their largest
    loss, the largest on top. Title: total expected loss of the riskiest and safest scenarios.
    """
    order = (eal.groupby("event")["eal"].max().sort_values(ascending=True).index.tolist())
    fig = go.Figure()
    totals: dict[str, float] = {}
    for style in reversed(styles):         # reversed so the legend reads in scenario order
        rows = eal[eal["scenario"] == style.id].set_index("event").reindex(order)
        if rows["eal"].isna().all():
            continue
        values = rows["eal"].fillna(0.0).to_numpy()
        totals[style.id] = float(values.sum())
        fig.add_trace(go.Bar(
            y=[event_labels.get(e, e) for e in order], x=values, orientation="h", name=style.name,
            marker_color=style.color, customdata=[fmt_eur(v, lang) for v in values],
            hovertemplate=style.name + " · %{y}<br>%{customdata}<extra></extra>"))
    names = {s.id: s.name for s in styles}
    if totals:
        worst, best = max(totals, key=totals.get), min(totals, key=totals.get)
        title = t("chart.eal.title", lang, worst=names[worst], best=names[best],
                  worst_total=fmt_eur_short(totals[worst], lang),
                  best_total=fmt_eur_short(totals[best], lang))
    else:
        title = t("common.no_data", lang)
    base_layout(fig, title, subtitle, lang, height=max(420, 90 + 46 * len(order)))
    fig.update_layout(barmode="group", bargap=0.25, legend=dict(traceorder="reversed"))
    fig.update_xaxes(**euro_axis(lang), title_text=t("chart.eal.axis", lang))
    return fig


def exceedance_curve(losses: np.ndarray,
                     points: int = CURVE_POINTS) -> tuple[np.ndarray, np.ndarray]:
    """Loss exceedance curve from one sorted sample: (loss x, P(L > x)).

    For the sorted sample x_(1) ≤ … ≤ x_(n), P(L > x_(i)) is estimated by (n − i) / n. At most
    ``points`` points are returned (evenly spaced ranks, always keeping the largest loss).
    """
    x = np.sort(np.asarray(losses, dtype="float64").ravel())
    n = x.size
    if n == 0:
        return x, x
    ranks = np.unique(np.linspace(0, n - 1, min(points, n)).round().astype(int))
    return x[ranks], (n - 1 - ranks) / n


def exceedance_chart(losses: dict[str, np.ndarray], styles: list[SeriesStyle], lang: str,
                     subtitle: str) -> go.Figure:
    """P(yearly risk loss > x) per scenario on a log euro axis (losses span several orders of
    magnitude); the title reads the 1-in-10-year loss (P90) from the full sample."""
    fig = go.Figure()
    q90: dict[str, float] = {}
    for style in styles:
        if style.id not in losses:
            continue
        sample = np.asarray(losses[style.id], dtype="float64").ravel()
        q90[style.id] = float(np.quantile(sample, 0.9))
        x, p = exceedance_curve(sample)
        # log axis: years without any loss start the curve
        keep = x > 0
        x, p = x[keep], p[keep]
        fig.add_trace(go.Scatter(
            x=x, y=p, mode="lines", name=style.name,
            line=dict(color=style.color, width=3, shape="hv"),
            customdata=[[fmt_eur(a, lang), fmt_pct(b, lang)] for a, b in zip(x, p)],
            hovertemplate=style.name + "<br>P(> %{customdata[0]}) = %{customdata[1]}"
                                       "<extra></extra>"))
    names = {s.id: s.name for s in styles}
    if q90:
        worst, best = max(q90, key=q90.get), min(q90, key=q90.get)
        title = t("chart.exceed.title", lang, worst=names[worst], best=names[best],
                  worst_q=fmt_eur_short(q90[worst], lang), best_q=fmt_eur_short(q90[best], lang))
    else:
        title = t("common.no_data", lang)
    base_layout(fig, title, subtitle, lang, height=480)
    positive = [float(v) for tr in fig.data for v in tr.x if v is not None and v > 0]
    ticks = euro_ticks(min(positive), max(positive), lang, log=True) if positive else {}
    fig.update_xaxes(**ticks, type="log", title_text=t("chart.exceed.axis_x", lang))
    fig.update_yaxes(**{**percent_axis(1.0, lang), "range": [0, 1.02]},
                     title_text=t("chart.exceed.axis_y", lang))
    fig.add_hline(y=0.1, line=dict(color="#9e9e9e", dash="dot", width=1))
    return fig


def sla_chart(sla: pd.DataFrame, styles: list[SeriesStyle], lang: str, subtitle: str,
              contract_ids: set[str] | None = None) -> go.Figure:
    """Expected yearly downtime loss against the service credits the contract pays back.

    ``sla`` has columns ``scenario``, ``downtime_loss`` and ``credits`` (EUR/year); credits are
    already capped at the monthly fee. The uncovered loss is the difference. Title names the
    scenario whose credits cover the smallest share of its loss, among ``contract_ids`` (the
    scenarios whose provider runs a domain an outage can hit; default: every row).
    """
    rows = sla.set_index("scenario")
    present = [s for s in styles if s.id in rows.index]
    names = [s.name for s in present]
    loss = np.array([float(rows.loc[s.id, "downtime_loss"]) for s in present])
    credits = np.minimum(np.array([float(rows.loc[s.id, "credits"]) for s in present]), loss)
    uncovered = loss - credits
    fig = go.Figure()
    fig.add_trace(go.Bar(x=names, y=credits, name=t("chart.sla.credits", lang),
                         marker_color="#56B4E9",
                         customdata=[fmt_eur(v, lang) for v in credits],
                         hovertemplate="%{x}<br>%{customdata}<extra></extra>"))
    fig.add_trace(go.Bar(x=names, y=uncovered, name=t("chart.sla.uncovered", lang),
                         marker_color="#D55E00", customdata=[fmt_eur(v, lang) for v in uncovered],
                         text=[fmt_eur_short(v, lang) for v in uncovered], textposition="inside",
                         hovertemplate="%{x}<br>%{customdata}<extra></extra>"))
    covered = [i for i in range(len(present)) if loss[i] > 0
               and (contract_ids is None or present[i].id in contract_ids)]
    if covered:
        worst = min(covered, key=lambda i: credits[i] / loss[i])
        share = credits[worst] / loss[worst]
        title = t("chart.sla.title", lang, share=fmt_pct(share, lang, 1 if share < 0.1 else 0),
                  name=names[worst])
    else:
        title = t("chart.sla.title_none", lang)
    base_layout(fig, title, subtitle, lang, height=440)
    fig.update_layout(barmode="stack")
    fig.update_yaxes(**euro_axis(lang), title_text=t("chart.sla.loss", lang))
    return fig
