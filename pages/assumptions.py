"""Assumptions: every default of the model with its unit, range, quality and sources, and the
list of the public sources cited (docs/sources.md) with their addresses."""
import streamlit as st

from i18n import CATALOG, fmt_number, t
from models.defaults import ASSUMPTIONS
from models.sources import cite, cited, reference_markdown
from ui.frame import page_setup

lang = page_setup()
st.title(t("assumptions.title", lang))
st.caption(t("assumptions.intro", lang))


def _label(key: str) -> str:
    return t(f"assumption.{key}", lang) if f"assumption.{key}" in CATALOG else key


def _num(v) -> str:
    return fmt_number(v, lang, 0 if float(v).is_integer() and abs(v) >= 1 else 3)


rows = list(ASSUMPTIONS.values())
st.dataframe(
    {t("assumptions.col.label", lang): [_label(a.key) for a in rows],
     t("assumptions.col.value", lang): [_num(a.value) for a in rows],
     t("assumptions.col.unit", lang): [a.unit for a in rows],
     t("assumptions.col.range", lang): ["" if a.low is None else f"{_num(a.low)} – {_num(a.high)}"
                                        for a in rows],
     t("assumptions.col.quality", lang): [t(f"quality.{a.quality}", lang)
                                          if f"quality.{a.quality}" in CATALOG else a.quality
                                          for a in rows],
     t("assumptions.col.source", lang): [cite(a.refs, lang) for a in rows],
     t("assumptions.col.detail", lang): [a.source for a in rows]},
    hide_index=True, width="stretch", height=min(40 + 35 * len(rows), 1200))
st.caption(t("assumptions.quality_note", lang))

sources = cited(a.refs for a in rows)
with st.expander(t("assumptions.sources.title", lang, n=len(sources))):
    st.caption(t("assumptions.sources.intro", lang))
    st.markdown(reference_markdown(sources, lang))
