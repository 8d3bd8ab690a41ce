"""One look for every chart: colour-blind-safe colours, projector-size fonts, euro formats.

Domain colours are Paul Tol's "bright" qualitative scheme; scenario colours are Okabe & Ito's
palette (both designed to stay distinct for the common colour-vision deficiencies).
"""
from __future__ import annotations

import textwrap
from dataclasses import dataclass

import plotly.graph_objects as go

from i18n import currency_sign, normalise_language, plotly_separators

FONT_FAMILY = "Inter, 'Segoe UI', 'Helvetica Neue', Arial, sans-serif"
TEXT_COLOR = "#1a1a1a"
MUTED_COLOR = "#5a5a5a"
GRID_COLOR = "#e6e6e6"

DOMAIN_COLORS: dict[str, str] = {
    "support": "#4477AA", "devices": "#66CCEE", "hosting": "#228833", "network": "#CCBB44",
    "security": "#EE6677", "applications": "#AA3377", "governance": "#7F7F7F", "other": "#D0D0D0",
}

#: Fixed scenario colours: in-house, partial, full, then user variants in creation order.
SCENARIO_PALETTE: tuple[str, ...] = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7",
                                     "#56B4E9", "#000000", "#F0E442")


def scenario_color(index: int) -> str:
    """Colour of the scenario at position ``index`` (0 = in-house), stable across charts."""
    return SCENARIO_PALETTE[index % len(SCENARIO_PALETTE)]


@dataclass(frozen=True)
class SeriesStyle:
    """How one scenario appears on every chart: stable id, display name, fixed colour."""
    id: str
    name: str
    color: str


def scenario_styles(scenarios, lang: str | None) -> list[SeriesStyle]:
    """Styles for scenario objects exposing ``id``, ``display_name(lang)`` and ``color_index``."""
    return [SeriesStyle(s.id, s.display_name(lang), scenario_color(s.color_index))
            for s in scenarios]


def with_alpha(hex_color: str, alpha: float) -> str:
    """``#RRGGBB`` → ``rgba(r, g, b, alpha)`` for translucent bands."""
    h = hex_color.lstrip("#")
    r, g, b = (int(h[i:i + 2], 16) for i in (0, 2, 4))
    return f"rgba({r}, {g}, {b}, {alpha})"


#: Size of exported PNGs (16:9, rendered at 2× for sharp slides).
EXPORT_WIDTH, EXPORT_HEIGHT, EXPORT_SCALE = 1600, 900, 2


def wrap_text(text: str, width: int) -> list[str]:
    """Split ``text`` into lines of at most ``width`` characters (Plotly titles do not wrap)."""
    return textwrap.wrap(text, width=width, break_long_words=False) or [""]


def base_layout(fig: go.Figure, title: str, subtitle: str, lang: str | None,
                height: int = 480, wrap: int = 95) -> go.Figure:
    """Apply the shared template, the finding as title and the assumptions as subtitle.

    Title and subtitle are wrapped at ``wrap`` characters and the top margin grows with them.
    """
    title_lines = wrap_text(title, max(30, int(wrap * 0.7)))
    subtitle_lines = wrap_text(subtitle, wrap)
    top = 56 + 27 * len(title_lines) + 19 * len(subtitle_lines)
    fig.update_layout(
        template="plotly_white",
        separators=plotly_separators(lang),
        font=dict(family=FONT_FAMILY, size=15, color=TEXT_COLOR),
        title=dict(text="<br>".join(title_lines), x=0.0, xanchor="left", y=0.97, yanchor="top",
                   font=dict(size=21, color=TEXT_COLOR),
                   subtitle=dict(text="<br>".join(subtitle_lines),
                                 font=dict(size=14, color=MUTED_COLOR))),
        margin=dict(l=16, r=24, t=top, b=16),
        height=height,
        paper_bgcolor="white",
        plot_bgcolor="white",
        hoverlabel=dict(font=dict(family=FONT_FAMILY, size=14)),
        legend=dict(orientation="h", yanchor="bottom", y=-0.28, xanchor="left", x=0.0,
                    title_text=""),
    )
    fig.update_xaxes(gridcolor=GRID_COLOR, zerolinecolor="#bdbdbd", automargin=True)
    fig.update_yaxes(gridcolor=GRID_COLOR, zerolinecolor="#bdbdbd", automargin=True)
    return fig


def euro_axis(lang: str | None, compact: bool = False) -> dict:
    """Axis properties that format euro ticks per language.

    Full: ``1 234 €`` / ``€1,234``. Compact (SI prefixes, for narrow axes): ``20k€`` / ``€20k``.
    """
    fmt = "~s" if compact else ",.0f"
    sign = currency_sign()          # the data's currency: "€", or its code ("ZAR")
    if sign != "€":
        return dict(tickformat=fmt, ticksuffix=f" {sign}", tickprefix="")
    if normalise_language(lang) == "fr":
        return dict(tickformat=fmt, ticksuffix="€" if compact else " €", tickprefix="")
    return dict(tickformat=fmt, tickprefix="€", ticksuffix="")


def png_config(filename: str) -> dict:
    """Plotly config: a clean toolbar whose camera button downloads a 2× 16:9 PNG."""
    return {
        "displaylogo": False,
        "modeBarButtonsToRemove": ["lasso2d", "select2d", "autoScale2d", "toggleSpikelines"],
        "toImageButtonOptions": {"format": "png", "filename": filename, "width": EXPORT_WIDTH,
                                 "height": EXPORT_HEIGHT, "scale": EXPORT_SCALE},
    }
