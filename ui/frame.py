"""Helpers every page calls: state guard, data banner text, chart rendering."""
from __future__ import annotations

import plotly.graph_objects as go
import streamlit as st

from charts.theme import fit_width, png_config
from i18n import fmt_date, fmt_number, t
from ui import state


def _run_marker() -> int | None:
    """An identifier of the current script run (Streamlit gives every run a new cursor map)."""
    from streamlit.runtime.scriptrunner import get_script_run_ctx
    ctx = get_script_run_ctx()
    return None if ctx is None else id(ctx.cursors)


def mark_frame() -> None:
    """Called by app.py at the start of every run: the navigation frame runs in this run."""
    import time
    st.session_state[state.KEY_FRAME] = _run_marker()
    st.session_state[_RETRY] = False
    st.session_state[_RUN_STARTED] = time.perf_counter()


_RUN_STARTED = "_run_started"
ANSWER_SECONDS = "_answer_seconds"      # server time until the page's answer was drawn


def answer_drawn() -> None:
    """A page has drawn its answer (the figures and charts a reader came for; the slower
    parts follow): the seconds since the run started, for benchmarks/bench_pages.py."""
    import time
    started = st.session_state.get(_RUN_STARTED)
    if started is not None:
        st.session_state[ANSWER_SECONDS] = time.perf_counter() - started


_RETRY = "_frame_retry"


def _ran_without_frame() -> bool:
    """True when Streamlit runs this page without app.py in this run: the first run of a cold
    deep link. With a folder named ``pages/`` beside the entry script, Streamlit serves each file
    of that folder as a page of its own (its legacy multipage mode) until ``st.navigation`` has
    run once, so a page URL opened first runs the page file alone."""
    from pathlib import Path

    from streamlit.runtime.scriptrunner import get_script_run_ctx
    ctx = get_script_run_ctx()
    if ctx is None or st.session_state.get(state.KEY_FRAME) == id(ctx.cursors):
        return False
    return Path(ctx.main_script_path).name == "app.py"


def page_setup(decision: bool = False) -> str:
    """First call of every page: initialise the state it needs; return the language.

    Amounts are labelled with the active data's currency for the whole run, and the euro
    market defaults converted into it when the user gave a rate (:func:`use_data_currency`).
    A ``decision`` page (one that compares the options or exports them) also shows the
    sanity warnings of the data and, when the data is not in euros and no rate was given,
    asks for one and stops there (:func:`decision_checks`).

    On a cold deep link Streamlit runs the page without app.py; one rerun, with legacy mode
    switched off as app.py's ``st.navigation`` would do, brings the page back inside the frame
    (navigation, language switch, data banner). At most one such rerun until the frame has run
    again, so it can never loop. Opened on its own (tests), the page initialises its state.
    When a login is configured (:mod:`ui.auth`), the run stops here with the sign-in prompt
    until the visitor has signed in.
    """
    import time

    from ui.auth import require_login
    if _ran_without_frame():
        st.session_state[_RUN_STARTED] = time.perf_counter()
        from streamlit.runtime.pages_manager import PagesManager
        PagesManager.uses_pages_directory = False      # what app.py's st.navigation would do
        if not st.session_state.get(_RETRY) and not _under_apptest():
            st.session_state[_RETRY] = True
            st.rerun()
        state.init_state()
        language_switch()                              # the frame's parts, drawn here
        require_login(state.get_lang())
        from ui.share import share_panel, show_notice, sync_link
        share_panel(state.get_lang())
        st.caption(":material/database: " + data_banner(state.get_lang()))
        show_notice(state.get_lang())
        sync_link()                  # app.py does it after the page; here, the run's start
    state.init_state()
    require_login(state.get_lang())       # a login configured: no page runs until signed in
    use_data_currency(state.get_dataset())
    if decision:
        decision_checks(state.get_lang())
    return state.get_lang()


def use_data_currency(dataset) -> None:
    """Label amounts with the data's currency for the rest of this run and, when a rate was
    given, convert the euro defaults into it. Context variables: Streamlit runs each script
    run in a new thread, so this never leaks into another session (or another run)."""
    from i18n import set_currency
    from models.defaults import set_money_scale
    from models.money import needs_rate, units_per_euro
    set_currency(dataset.currency)
    set_money_scale(1.0 if needs_rate(dataset) else units_per_euro(dataset))


def decision_checks(lang: str) -> None:
    """What a decision page shows before its figures: the sanity warnings of the data (once)
    and the currency: the rate it works at, or the request for one (the page stops there)."""
    ds = state.get_dataset()
    sanity_warnings(lang, ds)
    from i18n import fmt_rate
    from models.money import is_euro, needs_rate
    notice = state.pop_money_notice()
    if notice:                             # just chosen: said once, in the language of the page
        key, params = notice
        params = dict(params)
        rate = params.pop("rate", None) or ds.eur_rate
        st.success(t(key, lang, **params, rate=fmt_rate(rate, lang)),
                   icon=":material/currency_exchange:")
    if needs_rate(ds):
        currency_gate(lang, ds)
        st.stop()
    if not is_euro(ds) and not notice:
        st.caption(":material/currency_exchange: " + t(
            "money.working", lang, currency=ds.currency, rate=fmt_rate(ds.eur_rate, lang)))


def sanity_warnings(lang: str, dataset=None) -> None:
    """The sanity warnings of the data (models.sanity), one ``st.warning`` each. Checked once
    per active dataset and language (about 0.2 s for a million lines), not on every run."""
    import weakref

    from models.sanity import check, sentence
    ds = dataset if dataset is not None else state.get_dataset()
    cached = st.session_state.get(state.KEY_SANITY)
    if cached and cached[0]() is ds and cached[1] == lang:
        texts = cached[2]
    else:
        texts = [sentence(w, lang) for w in check(ds)]
        st.session_state[state.KEY_SANITY] = (weakref.ref(ds), lang, texts)
    for text in texts:
        st.warning(md_text(text), icon=":material/rule:")


def currency_gate(lang: str, dataset) -> None:
    """The data is not in euros and no rate was given: say that the market defaults are in
    euros and ask for the euros for one unit; then work in the data's currency or convert the
    data to euros (one rate for every line)."""
    cur = dataset.currency
    key = state.MONEY_WIDGET_PREFIX + "rate"
    with st.container(border=True):
        st.warning(t("money.gate.text", lang, currency=cur), icon=":material/currency_exchange:")
        st.number_input(t("money.gate.rate", lang, currency=cur), min_value=0.0, max_value=1e6,
                        value=None, step=0.01, format="%.6f", key=key,
                        help=t("money.gate.rate_help", lang, currency=cur))
        cols = st.columns(2)
        cols[0].button(t("money.gate.work", lang, currency=cur), type="primary",
                       icon=":material/payments:", key=state.MONEY_WIDGET_PREFIX + "work",
                       on_click=_apply_rate, args=("work", key))
        cols[1].button(t("money.gate.convert", lang), icon=":material/euro:",
                       key=state.MONEY_WIDGET_PREFIX + "convert", on_click=_apply_rate,
                       args=("convert", key))
        problem = st.session_state.pop(state.MONEY_WIDGET_PREFIX + "problem", None)
        if problem:
            st.error(t(problem[0], lang, **problem[1]), icon=":material/error:")


def _apply_rate(how: str, key: str) -> None:
    """Button of :func:`currency_gate`: the rate applies to the active data (every line)."""
    from models.errors import CostModelError
    from models.money import check_rate, dataset_in_euros, work_in_currency
    ds = state.get_dataset()
    rate = st.session_state.get(key)
    if not rate:
        st.session_state[state.MONEY_WIDGET_PREFIX + "problem"] = (
            "money.gate.no_rate", {"currency": ds.currency})
        return
    try:
        rate = check_rate(rate)
    except CostModelError as err:
        st.session_state[state.MONEY_WIDGET_PREFIX + "problem"] = (err.key, err.params)
        return
    if how == "work":
        state.set_dataset(work_in_currency(ds, rate))
        state.set_money_notice("money.gate.worked", currency=ds.currency)
    else:
        state.set_dataset(dataset_in_euros(ds, rate))
        state.set_money_notice("money.gate.converted", currency=ds.currency, rate=rate)


def _under_apptest() -> bool:
    """Streamlit's AppTest runs every page switch in legacy mode and would lose widget events
    (a button click) to a rerun; there the frame's parts are drawn by the page instead."""
    from streamlit.runtime import Runtime
    return type(getattr(Runtime, "_instance", None)).__name__ == "MagicMock"


def language_switch() -> None:
    """The French / English switch in the sidebar (kept in a non-widget key across pages)."""
    from i18n import LANGUAGES
    st.session_state[state.KEY_LANG_WIDGET] = state.get_lang()
    with st.sidebar:
        st.radio(":material/translate: " + t("app.language", state.get_lang()),
                 options=list(LANGUAGES), format_func={"fr": "Français", "en": "English"}.get,
                 key=state.KEY_LANG_WIDGET, horizontal=True, on_change=state.sync_lang_from_widget)


def source_label(lang: str) -> str:
    """Short name of the loaded data, for chart subtitles (literal inside Plotly: a file name
    may hold markup, :func:`charts.theme.plain`)."""
    from charts.theme import plain
    ds = state.get_dataset()
    return plain(ds.company.name if ds.is_sample else ds.source_name)


def data_banner(lang: str) -> str:
    """'Data: sample company “…” · 1,127 lines, 1 Nov 2024 to 31 Oct 2026'."""
    ds = state.get_dataset()
    head = (t("app.data_sample", lang, name=md_text(ds.company.name)) if ds.is_sample
            else t("app.data_uploaded", lang, name=md_text(ds.source_name)))
    spend = ds.spend
    if spend.empty:
        return head
    period = t("app.data_period", lang, lines=fmt_number(len(spend), lang),
               first=fmt_date(spend["date"].min(), lang), last=fmt_date(spend["date"].max(), lang))
    return f"{head} · {period}"


def show_chart(fig: go.Figure, key: str, filename: str, share: float = 1.0) -> None:
    """Render a figure as exported (Streamlit theme off) with a 2× PNG download button, laid
    out for the reader's screen (:func:`charts.theme.fit_width`: titles wrapped to the width,
    the toolbar clear of them; on a phone, legends below and no toolbar). ``share``: the part
    of the page's width the chart's column takes (columns stack on a phone)."""
    from ui.share import small_screen, viewport_width
    width = viewport_width()
    if not small_screen():             # side-by-side columns (Streamlit stacks them on phones)
        width = width * share - (16 if share < 1 else 0)
    st.plotly_chart(fit_width(fig, width, toolbar=not small_screen()), theme=None, key=key,
                    width="stretch", config=png_config(filename, toolbar=not small_screen()))


def fit_columns(spec, min_px: int = 240, **kwargs) -> list:
    """``st.columns(spec)`` when every column gets at least ``min_px`` of the page's main
    column (as the browser reported its width, :func:`ui.share.viewport_width`); otherwise as
    many containers, in rows of as many columns as fit (one under the other on a phone), so
    that no metric or chart is cut or squeezed. Same arguments as ``st.columns``."""
    from ui.share import viewport_width
    width = viewport_width()
    weights = [1.0] * spec if isinstance(spec, int) else [float(w) for w in spec]
    if min(weights) / sum(weights) * width >= min_px:
        return Columns(st.columns(spec, **kwargs), shares=[w / sum(weights) for w in weights])
    per_row = max(1, min(len(weights), int(width // min_px)))
    if per_row == 1:
        return Columns((st.container() for _ in weights), stacked=True,
                       shares=[1.0] * len(weights))
    out = Columns(stacked=True, shares=[1.0 / per_row] * len(weights))
    for start in range(0, len(weights), per_row):
        out.extend(st.columns(per_row, **kwargs)[:len(weights) - start])
    return out


class Columns(list):
    """What :func:`fit_columns` returns: the containers; ``stacked`` when they are not side by
    side as asked; ``shares``: the part of the page's width each one takes (a chart in one is
    laid out for it: ``show_chart(share=columns.shares[i])``)."""

    def __init__(self, items=(), stacked: bool = False, shares: list[float] | None = None
                 ) -> None:
        super().__init__(items)
        self.stacked = stacked
        self.shares = list(shares) if shares is not None else []


def page_link(container, path: str, label: str, icon: str | None = None) -> None:
    """``st.page_link`` that stays quiet when the page runs outside the navigation frame
    (a page opened on its own has no registered pages to link to)."""
    from streamlit.errors import StreamlitPageNotFoundError
    try:
        container.page_link(path, label=label, icon=icon)
    except StreamlitPageNotFoundError:
        pass


#: Layout fixes for phones: a table's toolbar (search, download, full screen) sits in a gap of
#: its own instead of over the line above it (touch screens show it permanently).
PAGE_STYLE = """<style>
@media (max-width: 640px) {
  [data-testid="stElementContainer"]:has([data-testid="stDataFrame"]) { margin-top: 2.25rem; }
}
</style>"""


def page_style() -> None:
    """The app's few CSS rules (:data:`PAGE_STYLE`), once per run from app.py."""
    st.html(PAGE_STYLE)


def page_button(container, path: str, label: str, icon: str | None = None,
                key: str | None = None, primary: bool = False) -> None:
    """A button that opens another page (quiet outside the navigation frame, like
    :func:`page_link`)."""
    from streamlit.errors import StreamlitPageNotFoundError
    if container.button(label, icon=icon, key=key, type="primary" if primary else "secondary"):
        try:
            st.switch_page(path)
        except StreamlitPageNotFoundError:
            pass


def newcomer_line(lang: str) -> None:
    """On the sample company: a short line saying these are a sample company's figures, and a
    button to the Import page (issue 15)."""
    ds = state.get_dataset()
    if not ds.is_sample:
        return
    with st.container(border=True):
        text, button = st.columns([4, 1], vertical_alignment="center")
        text.markdown(":material/info: " + t("overview.newcomer", lang,
                                             name=md_text(ds.company.name)))
        page_button(button, "pages/import.py", t("overview.newcomer.import", lang),
                    icon=":material/upload_file:", key="newcomer_import", primary=True)


def metric_delta(value: float, lang: str) -> str:
    """A euro delta for ``st.metric``: Streamlit reads the sign from a leading ASCII "-", so the
    typographic minus of :func:`i18n.fmt_eur` is swapped for it (arrow and colour stay right)."""
    from i18n import fmt_eur
    return fmt_eur(value, lang).replace("−", "-", 1)


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_{}[]()#+-.!|<>~$:"})


def md_text(text) -> str:
    """Any user or file text made safe inside ``st.markdown``: every Markdown, link and maths
    character escaped, so a name like ``![x](https://…)`` shows as typed. The one helper for
    text that reaches a Markdown element (``st.markdown``, ``st.caption``, ``st.write`` of a
    string, ``st.info``/``success``/``warning``/``error``, ``st.subheader``, widget labels,
    ``help``, ``st.metric`` and ``st.badge`` labels)."""
    return str(text).translate(_MD_SPECIAL)


def md_params(params: dict) -> dict:
    """The text parameters of a translated sentence through :func:`md_text` (names of files,
    scenarios, vendors; sentences echoing a value); numbers unchanged."""
    return {k: md_text(v) if isinstance(v, str) else v for k, v in params.items()}
