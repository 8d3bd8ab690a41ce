"""Navigation frame: page config, language switch, data banner, then the selected page."""
from __future__ import annotations

import streamlit as st

from i18n import t
from ui import state
from ui.analysis import start_warmup
from ui.auth import require_login
from ui.frame import _under_apptest as under_apptest
from ui.frame import data_banner, language_switch, mark_frame
from ui.registry import PAGES

st.set_page_config(page_title="IT sourcing · Décision IT", page_icon=":material/balance:",
                   layout="wide")
mark_frame()
state.init_state()

language_switch()
lang = state.get_lang()
if st.query_params.get("lang") != lang:      # a shared link reopens in the same language
    st.query_params["lang"] = lang

sections: dict[str, list] = {}
for spec in PAGES:
    sections.setdefault(t(spec.section_key, lang), []).append(
        st.Page(spec.path, title=t(spec.title_key, lang), icon=spec.icon, url_path=spec.url_path,
                default=spec.default))
require_login(lang, sections)   # a login configured in secrets: nothing below until signed in
if not under_apptest():
    start_warmup()              # the sample company's analyses, once per server (background)
page = st.navigation(sections)
st.caption(":material/database: " + data_banner(lang))
page.run()
