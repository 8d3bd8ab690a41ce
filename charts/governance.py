"""Governance charts (issue 7): maturity by theme, risk matrix, risk loss before / after
governance. Pure functions returning Plotly figures."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from charts.theme import MUTED_COLOR, SeriesStyle, base_layout, euro_axis, with_alpha
from i18n import fmt_eur, fmt_eur_short, fmt_number, t

#: Okabe & Ito colours for weak / middling / strong scores (colour-blind safe).
LEVEL_COLORS = {"weak": "#D55E00", "mid": "#E69F00", "strong": "#009E73"}
#: Background of the matrix cells by likelihood × impact (≤ 6, ≤ 12, above): colour, opacity.
MATRIX_COLORS = {"low": ("#009E73", 0.12), "medium": ("#F0E442", 0.28),
                 "high": ("#D55E00", 0.22)}
#: Marker symbol of each register risk (the colour is the scenario's).
RISK_SYMBOLS = {"dependency": "circle", "low_cost": "diamond", "communication": "square",
                "confusion": "triangle-up", "transition": "star"}


def _level(score: float) -> str:
    return "weak" if score < 35 else "strong" if score >= 65 else "mid"


def maturity_chart(overall: float, themes: dict[str, float], lang: str, source: str) -> go.Figure:
    """Horizontal bars: score 0–100 of each theme (questionnaire order, top to bottom) and the
    overall score below them. Title: the overall score and the weakest theme."""
    names = list(themes)
    labels = [t(f"gov.theme.{th}", lang) for th in names] + [t("gov.chart.overall", lang)]
    values = [themes[th] for th in names] + [overall]
    labels, values = labels[::-1], values[::-1]          # first theme on top
    colors = [LEVEL_COLORS[_level(v)] for v in values]
    fig = go.Figure(go.Bar(
        y=labels, x=values, orientation="h", marker_color=colors,
        text=[fmt_number(v, lang) for v in values], textposition="outside",
        hovertemplate="%{y}: %{text}/100<extra></extra>"))
    weakest = min(names, key=lambda th: (themes[th], names.index(th)))
    if themes[weakest] >= 100:
        title = t("gov.chart.score.title_top", lang, score=fmt_number(overall, lang))
    else:
        title = t("gov.chart.score.title", lang, score=fmt_number(overall, lang),
                  theme=t(f"gov.theme.{weakest}", lang),
                  theme_score=fmt_number(themes[weakest], lang))
    base_layout(fig, title, t("gov.chart.score.subtitle", lang, source=source), lang, height=420)
    fig.update_xaxes(range=[0, 112], title_text=t("gov.chart.score.axis", lang), dtick=25)
    fig.update_layout(showlegend=False, bargap=0.3)
    return fig


def _cell_offsets(n: int) -> list[tuple[float, float]]:
    """Offsets (−0.35…0.35) placing ``n`` markers inside one cell without overlap."""
    if n <= 1:
        return [(0.0, 0.0)]
    cols = min(n, 4)
    rows = (n + cols - 1) // cols
    out = []
    for i in range(n):
        r, c = divmod(i, cols)
        dx = (c - (cols - 1) / 2) * (0.7 / max(cols - 1, 1))
        dy = ((rows - 1) / 2 - r) * (0.6 / max(rows - 1, 1)) if rows > 1 else 0.0
        out.append((dx, dy))
    return out


def risk_matrix_chart(register: pd.DataFrame, styles: list[SeriesStyle], lang: str,
                      source: str) -> go.Figure:
    """Likelihood × impact matrix (1–5 each). One marker per register row: the colour is the
    scenario's, the symbol the risk's. Markers sharing a cell are spread inside it. Background
    cells are shaded by likelihood × impact (≤ 6 low, ≤ 12 medium, above high).

    ``register`` has columns ``risk, scenario, likelihood, impact``. Title: the row with the
    largest likelihood × impact (first in register order on ties)."""
    cells = []
    for lik in range(1, 6):
        for imp in range(1, 6):
            p = lik * imp
            color, alpha = (MATRIX_COLORS["low"] if p <= 6 else MATRIX_COLORS["medium"]
                            if p <= 12 else MATRIX_COLORS["high"])
            cells.append(dict(type="rect", x0=lik - 0.5, x1=lik + 0.5, y0=imp - 0.5,
                              y1=imp + 0.5, fillcolor=with_alpha(color, alpha),
                              line=dict(color="white", width=2), layer="below"))
    fig = go.Figure(layout=dict(shapes=cells))       # one assignment: add_shape is quadratic
    reg = register.reset_index(drop=True)
    pos: dict[int, tuple[float, float]] = {}
    for (_, _), group in reg.groupby(["likelihood", "impact"], sort=False):
        for idx, (dx, dy) in zip(group.index, _cell_offsets(len(group))):
            pos[idx] = (float(reg.loc[idx, "likelihood"]) + dx, float(reg.loc[idx, "impact"]) + dy)
    names = {s.id: s.name for s in styles}
    for style in styles:
        rows = reg[reg["scenario"] == style.id]
        if rows.empty:
            continue
        fig.add_trace(go.Scatter(
            x=[pos[i][0] for i in rows.index], y=[pos[i][1] for i in rows.index], mode="markers",
            name=style.name,
            marker=dict(color=style.color, size=17, line=dict(color="white", width=1.5),
                        symbol=[RISK_SYMBOLS.get(r, "circle") for r in rows["risk"]]),
            customdata=[[t(f"gov.risk.{r}", lang), int(lk), int(im)]
                        for r, lk, im in zip(rows["risk"], rows["likelihood"], rows["impact"])],
            hovertemplate=style.name + " · %{customdata[0]}<br>"
                          + t("gov.chart.matrix.x", lang) + " %{customdata[1]} · "
                          + t("gov.chart.matrix.y", lang) + " %{customdata[2]}<extra></extra>"))
    for risk, symbol in RISK_SYMBOLS.items():       # legend of the symbols
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers",
                                 name=t(f"gov.risk.{risk}", lang),
                                 marker=dict(color=MUTED_COLOR, size=13, symbol=symbol)))
    if len(reg):
        product = reg["likelihood"] * reg["impact"]
        top = reg.loc[product.idxmax()]
        title = t("gov.chart.matrix.title", lang, risk=t(f"gov.risk.{top['risk']}", lang),
                  scenario=names.get(top["scenario"], top["scenario"]),
                  likelihood=int(top["likelihood"]), impact=int(top["impact"]))
    else:
        title = t("common.no_data", lang)
    base_layout(fig, title, t("gov.chart.matrix.subtitle", lang, source=source), lang, height=560)
    axis = dict(range=[0.5, 5.5], dtick=1, showgrid=False, zeroline=False)
    fig.update_xaxes(**axis, title_text=t("gov.chart.matrix.x", lang))
    fig.update_yaxes(**axis, title_text=t("gov.chart.matrix.y", lang))
    fig.update_layout(legend=dict(orientation="v", x=1.02, xanchor="left", y=1.0,
                                  yanchor="top"))
    return fig


def effect_chart(rows: pd.DataFrame, styles: list[SeriesStyle], lang: str,
                 source: str) -> go.Figure:
    """Expected yearly risk loss per scenario, without and with governance effects (grouped
    horizontal bars: pale = without, solid = with). ``rows`` has columns ``scenario``,
    ``before``, ``after`` (EUR/year). Title: the scenario whose loss moves most."""
    data = rows.set_index("scenario")
    ordered = [s for s in styles if s.id in data.index][::-1]
    labels = [s.name for s in ordered]
    before = [float(data.loc[s.id, "before"]) for s in ordered]
    after = [float(data.loc[s.id, "after"]) for s in ordered]
    fig = go.Figure()
    fig.add_trace(go.Bar(
        y=labels, x=before, orientation="h", name=t("gov.chart.effect.before", lang),
        marker=dict(color=[with_alpha(s.color, 0.35) for s in ordered],
                    line=dict(color=[s.color for s in ordered], width=1.5)),
        customdata=[fmt_eur(v, lang) for v in before],
        hovertemplate="%{y}<br>%{customdata}<extra>" + t("gov.chart.effect.before", lang)
                      + "</extra>"))
    fig.add_trace(go.Bar(
        y=labels, x=after, orientation="h", name=t("gov.chart.effect.after", lang),
        marker=dict(color=[s.color for s in ordered]),
        customdata=[fmt_eur(v, lang) for v in after],
        text=[fmt_eur_short(v, lang) for v in after], textposition="outside",
        hovertemplate="%{y}<br>%{customdata}<extra>" + t("gov.chart.effect.after", lang)
                      + "</extra>"))
    if ordered:
        moved = max(range(len(ordered)), key=lambda i: (abs(after[i] - before[i]), -i))
        title = t("gov.chart.effect.title", lang, scenario=ordered[moved].name,
                  before=fmt_eur_short(before[moved], lang),
                  after=fmt_eur_short(after[moved], lang))
    else:
        title = t("common.no_data", lang)
    base_layout(fig, title, t("gov.chart.effect.subtitle", lang, source=source), lang,
                height=max(400, 190 + 80 * len(ordered)))
    fig.update_layout(barmode="group", bargap=0.3,
                      legend=dict(traceorder="normal", orientation="h", x=0.0, xanchor="left",
                                  y=-0.22, yanchor="top"))
    top = max(before + after + [1.0])
    fig.update_xaxes(**euro_axis(lang), title_text=t("gov.chart.effect.axis", lang),
                     range=[0, top * 1.15])
    return fig
