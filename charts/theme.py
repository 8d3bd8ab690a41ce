"""One look for every chart: colour-blind-safe colours, projector-size fonts, euro formats.

Domain colours are Paul Tol's "bright" qualitative scheme; scenario colours are Okabe & Ito's
palette (both designed to stay distinct for the common colour-vision deficiencies).
"""
from __future__ import annotations

import plotly.graph_objects as go

from i18n import normalise_language, plotly_separators

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


#: Size of exported PNGs (16:9, rendered at 2× for sharp slides).
EXPORT_WIDTH, EXPORT_HEIGHT, EXPORT_SCALE = 1600, 900, 2


def base_layout(fig: go.Figure, title: str, subtitle: str, lang: str | None,
                height: int = 480) -> go.Figure:
    """Apply the shared template, the finding as title and the assumptions as subtitle."""
    fig.update_layout(
        template="plotly_white",
        separators=plotly_separators(lang),
        font=dict(family=FONT_FAMILY, size=15, color=TEXT_COLOR),
        title=dict(text=title, x=0.0, xanchor="left", y=0.97, yanchor="top",
                   font=dict(size=21, color=TEXT_COLOR),
                   subtitle=dict(text=subtitle, font=dict(size=14, color=MUTED_COLOR))),
        margin=dict(l=16, r=24, t=96, b=16),
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


def euro_axis(lang: str | None) -> dict:
    """Axis properties that format euro ticks per language (``1 234 €`` / ``€1,234``)."""
    if normalise_language(lang) == "fr":
        return dict(tickformat=",.0f", ticksuffix=" €", tickprefix="")
    return dict(tickformat=",.0f", tickprefix="€", ticksuffix="")


def png_config(filename: str) -> dict:
    """Plotly config: a clean toolbar whose camera button downloads a 2× 16:9 PNG."""
    return {
        "displaylogo": False,
        "modeBarButtonsToRemove": ["lasso2d", "select2d", "autoScale2d", "toggleSpikelines"],
        "toImageButtonOptions": {"format": "png", "filename": filename, "width": EXPORT_WIDTH,
                                 "height": EXPORT_HEIGHT, "scale": EXPORT_SCALE},
    }
