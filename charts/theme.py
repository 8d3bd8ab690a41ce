"""One look for every chart: colour-blind-safe colours, projector-size fonts, euro formats.

Domain colours are Paul Tol's "bright" qualitative scheme; scenario colours are Okabe & Ito's
palette (both designed to stay distinct for the common colour-vision deficiencies).
"""
from __future__ import annotations

import html
import re
import textwrap
from dataclasses import dataclass

import plotly.graph_objects as go

from i18n import currency_sign, normalise_language, plotly_separators


def _remember_property_paths() -> None:
    """Plotly splits every property path ("legend.font.size", "title_text") again each time a
    figure is built or updated (a sixth of the time a page spends building its charts); the
    split is a pure function of the string, so it is remembered."""
    import functools

    import plotly.basedatatypes as bdt
    split = getattr(bdt, "_str_to_dict_path_full", None)
    if split is not None and not hasattr(split, "cache_info"):
        bdt._str_to_dict_path_full = functools.lru_cache(maxsize=8192)(split)


_remember_property_paths()

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


def plain(text) -> str:
    """User or file text made literal inside a Plotly figure. Plotly renders a subset of HTML
    in titles, trace and legend names, axis labels and hover texts (a scenario named
    ``<a href="…">`` would become a link) and fills ``%{…}`` in hover templates: ``<``, ``>``,
    ``&`` and braces become character references, which Plotly shows as typed."""
    return (html.escape(str(text), quote=False)
            .replace("{", "&#123;").replace("}", "&#125;"))


def scenario_styles(scenarios, lang: str | None) -> list[SeriesStyle]:
    """Styles for scenario objects exposing ``id``, ``display_name(lang)`` and ``color_index``
    (the name made literal for Plotly: :func:`plain`)."""
    return [SeriesStyle(s.id, plain(s.display_name(lang)), scenario_color(s.color_index))
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
    top = _title_top(len(title_lines), len(subtitle_lines))
    fig.update_layout(
        meta={"title": title, "subtitle": subtitle, "height": height},
        template=_template(),
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


_TEMPLATE: list = []


def _template():
    """Plotly's "plotly_white" look, built once per process as a bare layout: assigning the
    named template deep-copies and validates all of it (every trace type's defaults) for each
    figure, about a tenth of the time a page takes to draw its charts."""
    if not _TEMPLATE:
        import plotly.io as pio
        white = pio.templates["plotly_white"]
        _TEMPLATE.append(go.layout.Template(layout=white.layout,
                                            data={"bar": white.data.bar}))
    return _TEMPLATE[0]


def _title_top(title_lines: int, subtitle_lines: int, title_px: int = 27,
               subtitle_px: int = 19) -> int:
    return 56 + title_px * title_lines + subtitle_px * subtitle_lines


#: Width (px) of Plotly's toolbar at the top right, kept clear of the title's lines; widths
#: of a character of the title and subtitle fonts (px per px of font size, generous: the
#: fallback fonts of a phone are wider than Inter); below PHONE px a chart is laid out for a
#: phone (no toolbar, smaller fonts, legend below, no rotated ticks).
TOOLBAR_PX = 200
CHAR_EM = 0.5
SUBTITLE_EM = 0.52
PHONE = 600


def fit_width(fig: go.Figure, width: float, toolbar: bool = True) -> go.Figure:
    """``fig`` (built by :func:`base_layout`) laid out for a drawing ``width`` px wide: the
    title and subtitle re-wrapped to the width (the title's lines end before the toolbar), the
    top margin and the height grown with them; on a phone the fonts are smaller, every legend
    goes below the plot and x ticks stay horizontal; ``toolbar``: Plotly's toolbar is shown
    (the title's lines then end before it). A figure without the title meta is
    returned unchanged. Exports keep their own 16:9 layout (this is for the screen)."""
    meta = fig.layout.meta if isinstance(fig.layout.meta, dict) else None
    if not meta or "title" not in meta:
        return fig
    phone = width < PHONE
    title_font, subtitle_font = (17, 13) if phone else (21, 14)
    room = width - 16 - 24 - (TOOLBAR_PX if toolbar else 0)
    title_chars = max(16, int(room / (title_font * CHAR_EM)))
    subtitle_chars = max(24, int((width - 40) / (subtitle_font * SUBTITLE_EM)))
    title_lines = wrap_text(meta["title"], title_chars)
    subtitle_lines = wrap_text(meta["subtitle"], subtitle_chars)
    old_top = fig.layout.margin.t or 0
    built_top = _title_top(*(len(wrap_text(meta[k], w)) for k, w in (
        ("title", max(30, int(95 * 0.7))), ("subtitle", 95))))
    panels = [a for a in fig.layout.annotations or () if a.yref == "paper" and a.y == 1.0]
    panel_lines = 1
    if panels and phone:               # subplot titles side by side: wrapped to their panel
        size = 12
        chars = max(6, int((width - 60) / len(panels) / (size * CHAR_EM)))
        for a in panels:
            lines = wrap_text(str(a.text).replace("<br>", " "), chars)
            panel_lines = max(panel_lines, len(lines))
            a.update(text="<br>".join(lines), font=dict(size=size))
    subplot_titles = bool(panels)
    top = (_title_top(len(title_lines), len(subtitle_lines), int(title_font * 1.3),
                      int(subtitle_font * 1.36))
           + (28 + 16 * (panel_lines - 1) if subplot_titles else 0)
           + max(0, old_top - built_top - 28))
    height = int(meta.get("height") or fig.layout.height or 480) + max(0, top - old_top)
    fig.update_layout(
        title=dict(text="<br>".join(title_lines), font=dict(size=title_font),
                   subtitle=dict(text="<br>".join(subtitle_lines),
                                 font=dict(size=subtitle_font))),
        margin=dict(t=top), height=height)
    if phone:
        _phone_layout(fig, width, height, top, bool(panels))
    return fig


def _legend_rows(fig: go.Figure, width: float, font: int = 12) -> int:
    """Rows a horizontal legend of ``fig`` takes at ``width`` px (items packed left to right:
    symbol and gaps about 40 px, text at about 0.55 em a character)."""
    names = [str(tr.name) for tr in fig.data if tr.showlegend is not False and tr.name]
    rows, used = (1 if names else 0), 0.0
    for name in names:
        item = 40 + len(name) * font * 0.55
        if used and used + item > width:
            rows, used = rows + 1, 0.0
        used += item
    return rows


def _phone_layout(fig: go.Figure, width: float, height: int, top: int,
                  subplot_titles: bool) -> None:
    """A phone: smaller fonts; the legend horizontal between the subtitle and the plot (below
    it, under an axis title or turned tick labels, it would cover them), or below the plot
    when subplot titles hold that place; ticks thinned to six and kept horizontal when few."""
    fig.update_layout(font=dict(size=12), legend=dict(font=dict(size=12)),
                      margin=dict(l=8, r=8))
    rows = _legend_rows(fig, width - 16)
    if rows and fig.layout.showlegend is not False:
        if subplot_titles:
            fig.update_layout(height=height + 22 * rows,
                              legend=dict(orientation="h", x=0.0, xanchor="left", y=-0.12,
                                          yanchor="top"))
        else:
            fig.update_layout(height=height + 22 * rows + 8, margin=dict(t=top + 22 * rows + 8),
                              legend=dict(orientation="h", x=0.0, xanchor="left", y=1.0,
                                          yanchor="bottom"))
    xaxis = fig.layout.xaxis
    if xaxis.tickvals is not None and len(xaxis.tickvals) > 6:
        values, texts = list(xaxis.tickvals), list(xaxis.ticktext or xaxis.tickvals)
        keep = [i for i, v in enumerate(values) if xaxis.type == "log"
                and re.sub(r"^\D*", "", str(texts[i])).startswith("1")] or list(
            range(0, len(values), -(-len(values) // 6)))
        fig.update_xaxes(tickvals=[values[i] for i in keep], ticktext=[texts[i] for i in keep])
    few = max((len(tr.x) for tr in fig.data if getattr(tr, "x", None) is not None
               and getattr(tr, "orientation", None) != "h"), default=0) <= 8
    fig.update_xaxes(automargin=True, title_font=dict(size=12),
                     **({"tickangle": 0} if few and xaxis.tickangle is None else {}))
    fig.update_yaxes(title_font=dict(size=12))
    if few:
        _wrap_category_ticks(fig, width)


def _wrap_category_ticks(fig: go.Figure, width: float, font: int = 12) -> None:
    """Horizontal category ticks ("Infogérance partielle") wrapped onto lines that fit the
    room each category has on its axis, so that neighbours never run into each other (a
    chart's own tick texts, e.g. a name and its P90 on two lines, are wrapped line by line)."""
    axes: dict[str, list[str]] = {}
    for tr in fig.data:
        if getattr(tr, "orientation", None) == "h":
            continue
        xs = list(tr.x) if getattr(tr, "x", None) is not None else (
            [tr.x0] if getattr(tr, "x0", None) is not None else [])
        if not xs or not all(isinstance(v, str) for v in xs):
            continue
        cats = axes.setdefault(getattr(tr, "xaxis", None) or "x", [])
        cats.extend(v for v in xs if v not in cats)
    if not axes:
        return
    share = (width - 60) / max(1, len(axes))             # subplots side by side share the width
    for ref, cats in axes.items():
        room = share / len(cats)                             # px of axis per category
        chars = int(room / (font * CHAR_EM))
        if max(len(c) for c in cats) <= chars:
            continue
        name = "xaxis" if ref == "x" else "xaxis" + ref[1:]
        axis = fig.layout[name]
        given = (dict(zip(axis.tickvals, axis.ticktext)) if axis.tickvals is not None
                 and axis.ticktext is not None else {})
        texts = [str(given.get(c, c)) for c in cats]        # a chart's own labels kept
        parts = [t.split("<br>") for t in texts]
        if max(len(p) for ps in parts for p in ps) <= chars:
            continue
        longest_word = max(len(w) for ps in parts for p in ps for w in p.split())

        if longest_word <= chars:                            # wrapped, still horizontal
            axis.update(tickmode="array", tickvals=cats, ticktext=_wrapped(parts, chars))
        else:            # not even a word fits: upright, on lines as many as the room holds
            lines = max(1, int(room // (font * 1.25)))
            longest = max(len(p) for ps in parts for p in ps)
            axis.update(tickmode="array", tickvals=cats, tickangle=-90,
                        ticktext=_wrapped(parts, max(longest_word, -(-longest // lines))))


def _wrapped(parts: list[list[str]], width: int) -> list[str]:
    """Each tick's lines wrapped to ``width`` characters, joined with <br>."""
    return ["<br>".join(line for p in ps for line in wrap_text(p, width)) for ps in parts]


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


def nice_step(span: float, most: int = 6) -> float:
    """A 1-2-2.5-5 × 10^k step giving at most ``most`` intervals over ``span`` (> 0)."""
    import math
    span = max(float(span), 1e-12)
    base = 10 ** math.floor(math.log10(span / most))
    for mult in (1, 2, 2.5, 5, 10):
        if span / (mult * base) <= most:
            return mult * base
    return 10 * base


def percent_axis(top: float, lang: str | None, most: int = 5) -> dict:
    """Axis properties for a probability or share axis from 0 to ``top`` (a fraction): ticks
    at a round step, written as :func:`i18n.fmt_pct` writes them (``2 %`` in French), with as
    many decimals as the step needs, so no two ticks read the same."""
    import math

    from i18n import fmt_pct
    top = max(float(top), 0.005)
    step = nice_step(top, most)
    decimals = max(0, -math.floor(math.log10(step * 100) + 1e-9))
    if round(step * 100, 6) != round(step * 100, decimals):
        decimals += 1
    values = [i * step for i in range(int(top / step + 1e-9) + 1)]
    return dict(tickvals=values, ticktext=[fmt_pct(v, lang, decimals) for v in values],
                range=[0, top])


def short_euros(value: float, lang: str | None) -> str:
    """A compact money tick in the data's currency: ``2 k€``, ``1,5 M€`` (fr) / ``€2k``,
    ``€1.5M`` (en), ``2 k ZAR`` / ``ZAR 2k``; a decimal only when the value has one."""
    from i18n import NBSP, currency_sign, fmt_number
    magnitude = abs(value)
    scaled, prefix = ((value / 1e6, "M") if magnitude >= 1e6 else
                      (value / 1e3, "k") if magnitude >= 1e3 else (value, ""))
    number = fmt_number(scaled, lang, 0 if float(round(scaled, 1)).is_integer() else 1)
    code = currency_sign(None)
    if normalise_language(lang) == "fr":
        return f"{number}{NBSP}{prefix}€" if code == "€" else \
            f"{number}{NBSP}{prefix}{NBSP if prefix else ''}{code}"
    return f"€{number}{prefix}" if code == "€" else f"{code} {number}{prefix}"


def euro_ticks(low: float, high: float, lang: str | None, log: bool = False,
               most: int = 6) -> dict:
    """Compact euro ticks between ``low`` and ``high`` written by :func:`short_euros` (the
    same unit on every tick: ``2 k€``, ``10 k€``); on a log axis, 1-2-5 per decade."""
    import math
    if log:
        low, high = max(low, 1.0), max(high, 1.0)
        values = [m * 10 ** e for e in range(int(math.floor(math.log10(low))),
                                             int(math.ceil(math.log10(high))) + 1)
                  for m in (1, 2, 5) if low <= m * 10 ** e <= high]
        if len(values) > 2 * most:
            values = [v for v in values if str(int(v)).startswith("1")]
    else:
        step = nice_step(high - low, most)
        start = math.floor(low / step) * step
        values = [start + i * step for i in range(int((high - start) / step + 1e-9) + 1)]
    return dict(tickvals=values, ticktext=[short_euros(v, lang) for v in values])


def png_config(filename: str, toolbar: bool = True) -> dict:
    """Plotly config: a clean toolbar whose camera button downloads a 2× 16:9 PNG (no toolbar
    on a phone: it would cover the title, and touch screens cannot hover)."""
    return {
        "displaylogo": False, "displayModeBar": "hover" if toolbar else False,
        "modeBarButtonsToRemove": ["lasso2d", "select2d", "autoScale2d", "toggleSpikelines"],
        "toImageButtonOptions": {"format": "png", "filename": filename, "width": EXPORT_WIDTH,
                                 "height": EXPORT_HEIGHT, "scale": EXPORT_SCALE},
    }
