"""Sensitivity charts: the tornado of the inputs that move the answer most, and the waterfall
from in-house to a scenario."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from charts.theme import base_layout, euro_axis, plain
from i18n import fmt_eur, fmt_eur_short, t


def tornado_chart(swings: pd.DataFrame, base_value: float, years: int, lang: str, subtitle: str,
                  max_inputs: int = 10) -> go.Figure:
    """Bars from the base case to the output at each input's low and high assumption.

    ``swings`` has columns ``label`` (translated input name), ``low`` and ``high`` (output in EUR
    with that input at its low / high value, the others at base). Sorted by |high − low|, the
    largest swing on top; at most ``max_inputs`` bars.
    """
    data = swings.assign(swing=(swings["high"] - swings["low"]).abs())
    data = data.sort_values("swing", ascending=False).head(max_inputs).iloc[::-1]
    fig = go.Figure()
    for column, color, name_key in (("low", "#56B4E9", "chart.tornado.low"),
                                    ("high", "#D55E00", "chart.tornado.high")):
        delta = data[column] - base_value
        fig.add_trace(go.Bar(
            y=data["label"], x=delta, orientation="h", name=t(name_key, lang), marker_color=color,
            customdata=[[fmt_eur(v, lang), fmt_eur(d, lang)] for v, d in zip(data[column], delta)],
            hovertemplate="%{y}<br>%{customdata[0]} (%{customdata[1]})<extra></extra>"))
    if len(data):
        top = data.iloc[-1]
        title = t("chart.tornado.title", lang, input=top["label"], years=years,
                  low=fmt_eur_short(min(top["low"], top["high"]), lang),
                  high=fmt_eur_short(max(top["low"], top["high"]), lang))
    else:
        title = t("common.no_data", lang)
    base_layout(fig, title, subtitle, lang, height=max(380, 110 + 40 * len(data)))
    fig.update_layout(barmode="overlay", bargap=0.3)
    fig.update_xaxes(**euro_axis(lang), title_text=t("chart.tornado.axis", lang))
    return fig


def waterfall_chart(start_total: float, steps: list[tuple[str, float]], name: str, years: int,
                    lang: str, subtitle: str) -> go.Figure:
    """From the in-house total to a scenario's total over the horizon (EUR).

    ``steps`` are (translated label, signed amount): negative for what the scenario removes,
    positive for what it adds (fees, transition, retained team, out-of-scope work, exit). The
    end bar is ``start_total + sum(steps)``.
    """
    end_total = start_total + sum(v for _, v in steps)
    name = plain(name)                  # a scenario's name: literal inside Plotly
    labels = [t("chart.waterfall.start", lang)] + [label for label, _ in steps] + [name]
    values = [start_total] + [v for _, v in steps] + [end_total]
    fig = go.Figure(go.Waterfall(
        x=labels, y=values, measure=["absolute"] + ["relative"] * len(steps) + ["total"],
        text=[fmt_eur_short(v, lang) for v in values], textposition="outside",
        connector=dict(line=dict(color="#9e9e9e", width=1)),
        increasing=dict(marker=dict(color="#D55E00")),
        decreasing=dict(marker=dict(color="#009E73")),
        totals=dict(marker=dict(color="#0072B2")), cliponaxis=False,
        customdata=[fmt_eur(v, lang) for v in values],
        hovertemplate="%{x}<br>%{customdata}<extra></extra>"))
    delta = end_total - start_total
    key = "chart.waterfall.title_cheaper" if delta < 0 else "chart.waterfall.title_dearer"
    title = t(key, lang, name=name, delta=fmt_eur_short(abs(delta), lang), years=years)
    base_layout(fig, title, subtitle, lang, height=500)
    fig.update_yaxes(**euro_axis(lang))
    fig.update_layout(showlegend=False)
    return fig
