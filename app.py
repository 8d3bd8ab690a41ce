"""Navigation frame: page config, language switch, sign-in, share panel, data banner, then the
selected page; afterwards the address is set to the link of the view."""
from __future__ import annotations

import streamlit as st

from i18n import t
from ui import state
from ui.analysis import start_warmup
from ui.auth import require_login
from ui.frame import _under_apptest as under_apptest
from ui.frame import data_banner, language_switch, mark_frame, page_style
from ui.registry import PAGES
from ui.share import share_panel, show_notice, sync_link, width_probe

st.set_page_config(page_title="IT sourcing · Décision IT", page_icon=":material/balance:",
                   layout="wide")
mark_frame()
state.init_state()

language_switch()
lang = state.get_lang()
if st.query_params.get("lang") != lang:      # a shared link reopens in the same language
    st.query_params["lang"] = lang

CHARTS = {("" if spec.default else spec.url_path): spec.charts for spec in PAGES}
sections: dict[str, list] = {}
for spec in PAGES:
    sections.setdefault(t(spec.section_key, lang), []).append(
        st.Page(spec.path, title=t(spec.title_key, lang), icon=spec.icon, url_path=spec.url_path,
                default=spec.default))
require_login(lang, sections)   # a login configured in secrets: nothing below until signed in
if not under_apptest():
    start_warmup()              # the sample company's analyses, once per server (background)
page = st.navigation(sections)
width_probe(CHARTS.get(page.url_path, False))    # the main column's width; charts' code early
page_style()                    # phone layout fixes (CSS only)
share_panel(lang)               # copy the link, the workspace file (sidebar)
st.caption(":material/database: " + data_banner(lang))
show_notice(lang)
try:
    page.run()
finally:
    sync_link()                 # the address is the link to this view, on every page
