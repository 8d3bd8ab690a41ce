"""Assumptions: the assumption set every page uses (provider pitch, neutral, cautious), every
default of the model with its value in each set, unit, range, quality and sources, and the
list of the public sources cited (docs/sources.md) with their addresses."""
import streamlit as st

from i18n import CATALOG, fmt_number, t
from models.defaults import ASSUMPTION_SETS, ASSUMPTIONS, set_value
from models.sources import assumption_basis, cite, cited, reference_markdown, unit_text
from ui import state
from ui.frame import page_setup

lang = page_setup()
st.title(t("assumptions.title", lang))
st.caption(t("assumptions.intro", lang))

# --- the assumption set used by every page, the board pack and the robustness line
st.subheader(t("assumptions.sets.title", lang))
st.session_state[state.KEY_ASSUMPTION_SET_WIDGET] = state.get_assumption_set()
st.radio(t("assumptions.sets.choose", lang), list(ASSUMPTION_SETS), horizontal=True,
         format_func=lambda name: t(f"aset.{name}", lang), key=state.KEY_ASSUMPTION_SET_WIDGET,
         on_change=lambda: state.set_assumption_set(
             st.session_state[state.KEY_ASSUMPTION_SET_WIDGET]))
active = state.get_assumption_set()
explained = "\n".join("- " + t(f"assumptions.sets.{name}", lang) for name in ASSUMPTION_SETS)
st.markdown(explained)
rows = list(ASSUMPTIONS.values())
moved = [a for a in rows if len({set_value(a, name) for name in ASSUMPTION_SETS}) > 1]
st.caption(t("assumptions.sets.note", lang, n=len(moved), total=len(rows),
             set=t(f"aset.{active}", lang)))


def _label(key: str) -> str:
    return t(f"assumption.{key}", lang) if f"assumption.{key}" in CATALOG else key


def _num(v) -> str:
    return fmt_number(v, lang, 0 if float(v).is_integer() and abs(v) >= 1 else 3)


def _set_header(name: str) -> str:
    head = t(f"aset.{name}", lang)
    head = head[:1].upper() + head[1:]
    return t("assumptions.col.in_use", lang, set=head) if name == active else head


judgement = sum(a.quality == "judgement" for a in rows)
st.dataframe(
    {t("assumptions.col.label", lang): [_label(a.key) for a in rows],
     **{_set_header(name): [_num(set_value(a, name)) for a in rows] for name in ASSUMPTION_SETS},
     t("assumptions.col.unit", lang): [unit_text(a.unit, lang) for a in rows],
     t("assumptions.col.range", lang): ["" if a.low is None else f"{_num(a.low)} – {_num(a.high)}"
                                        for a in rows],
     t("assumptions.col.quality", lang): [t(f"quality.{a.quality}", lang)
                                          if f"quality.{a.quality}" in CATALOG else a.quality
                                          for a in rows],
     t("assumptions.col.source", lang): [cite(a.refs, lang) for a in rows],
     t("assumptions.col.detail", lang): [assumption_basis(a, lang) for a in rows]},
    hide_index=True, width="stretch", height=min(40 + 35 * len(rows), 1200))
st.caption(t("assumptions.quality_note", lang) + " "
           + t("assumptions.judgement_count", lang, n=judgement, total=len(rows)))

sources = cited(a.refs for a in rows)
with st.expander(t("assumptions.sources.title", lang, n=len(sources))):
    st.caption(t("assumptions.sources.intro", lang))
    st.markdown(reference_markdown(sources, lang))
