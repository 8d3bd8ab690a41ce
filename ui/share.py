"""The link that reproduces a view and the workspace file, in the sidebar of every page (issue
15), and the width of the reader's screen for the charts.

* :func:`sync_link` (app.py, after the page ran): the browser's address carries ``lang=`` and
  ``s=`` (every setting of the analysis, :func:`ui.state.link_value`) on every page, so the
  address bar is always the link to this view; ``s=`` is read once when a session opens
  (:func:`ui.state.read_link_once`).
* :func:`share_panel`: "Copy link" (copies the address, which :func:`sync_link` keeps up to
  date; where the browser refuses the clipboard, the link is shown to copy by hand), what the
  link holds, and with uploaded data that the data is not in it; the workspace file: download
  (data and every setting, built on click) and open.
* :func:`viewport_width`: the width of the page's main column, reported by the browser, so that
  chart titles wrap and legends move below on a phone (:func:`ui.frame.show_chart`).
"""
from __future__ import annotations

import streamlit as st

from i18n import t
from ui import state

#: Copies the page's address (kept up to date by sync_link) to the clipboard; where the
#: clipboard is refused (plain http on a team server), shows it in a prompt to copy by hand.
_COPY_JS = """
export default function(component) {
  const { parentElement, data, setTriggerValue } = component;
  const button = parentElement.querySelector('button');
  const label = parentElement.querySelector('span.label');
  label.textContent = data.label;
  button.title = data.help;
  button.onclick = async () => {
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      label.textContent = data.done;
      setTimeout(() => { label.textContent = data.label; }, 2500);
      setTriggerValue('copied', url);
    } catch (e) {
      window.prompt(data.manual, url);
    }
  };
}
"""
_COPY_HTML = ('<button type="button" class="copy" data-testid="copy-link">'
              '<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">'
              '<path fill="currentColor" d="M3.9 12c0-1.71 1.39-3.1 3.1-3.1h4V7H7c-2.76 0-5 '
              '2.24-5 5s2.24 5 5 5h4v-1.9H7c-1.71 0-3.1-1.39-3.1-3.1zM8 13h8v-2H8v2zm9-6h-4v1.9h4'
              'c1.71 0 3.1 1.39 3.1 3.1s-1.39 3.1-3.1 3.1h-4V17h4c2.76 0 5-2.24 5-5s-2.24-5-5-5z"/>'
              '</svg><span class="label"></span></button>')
_COPY_CSS = """
.copy { width: 100%; display: inline-flex; align-items: center; justify-content: center;
  gap: .4rem; padding: .35rem .75rem; min-height: 2.5rem; border-radius: .5rem;
  border: 1px solid var(--st-border-color, rgba(49, 51, 63, .2));
  background: var(--st-background-color, #fff); color: var(--st-text-color, #31333f);
  font: inherit; font-size: .95rem; cursor: pointer; }
.copy:hover { border-color: var(--st-primary-color, #1f4e79);
  color: var(--st-primary-color, #1f4e79); }
"""

#: Reports the width of the main column (rounded to 10 px) when it crosses a breakpoint the
#: server does not know yet: one rerun on a phone, none on a wide screen.
_WIDTH_JS = r"""
export default function(component) {
  const { data, setStateValue } = component;
  const main = document.querySelector("[data-testid='stMainBlockContainer']")
            || document.querySelector("[data-testid='stMain']") || document.body;
  const bucket = (w) => w < data.phone ? 'phone' : (w < data.tablet ? 'tablet' : 'wide');
  const inner = () => {
    const style = getComputedStyle(main);
    return main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  };
  // What the server knows: what this page last reported (a re-render may carry stale data).
  let timer = null;
  const report = () => {
    const w = Math.round(inner() / 10) * 10;
    const small = window.innerWidth < data.small;
    const known = window.__itSourcingWidth ?? { width: data.width, small: data.is_small };
    if (bucket(w) !== bucket(known.width) || Math.abs(w - known.width) > data.step
        || small !== known.small) {
      window.__itSourcingWidth = { width: w, small: small };
      setStateValue('width', w);
      setStateValue('small', small);
    }
  };
  const observer = new ResizeObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(report, 250);
  });
  observer.observe(main);
  report();
  return () => { observer.disconnect(); clearTimeout(timer); };
}
"""

#: Main-column widths (px) below which the layout is a phone's / a tablet's, the width assumed
#: before the browser has said (the main column of a 1366-px laptop with the sidebar open),
#: and the change that redraws; screens narrower than SMALL_SCREEN px are phones (no chart
#: toolbar: it covers titles and touch screens cannot hover).
PHONE_WIDTH, TABLET_WIDTH, DEFAULT_WIDTH, WIDTH_STEP = 600, 900, 900, 150
SMALL_SCREEN = 640
KEY_VIEWPORT = "viewport_width"


def _component(name: str, **kwargs):
    return st.components.v2.component(name, **kwargs)


def viewport_width() -> int:
    """The main column's width in CSS pixels as the browser last reported it."""
    value = st.session_state.get(KEY_VIEWPORT)
    width = value.get("width") if isinstance(value, dict) else None
    return int(width) if isinstance(width, (int, float)) and 200 <= width <= 5000 \
        else DEFAULT_WIDTH


def small_screen() -> bool:
    """True on a phone-sized screen (as the browser last reported it)."""
    value = st.session_state.get(KEY_VIEWPORT)
    return bool(value.get("small")) if isinstance(value, dict) else False


#: Streamlit's lazily loaded code a chart page needs beyond a minimal page: its charts (Plotly,
#: 4.7 MB) and its tables (st.table, with Arrow's formatting, 0.75 MB).
PRELOADED_CHUNKS: dict[str, str] = {"charts": "PlotlyChart.*.js", "tables": "Table.*.js"}


def preload_chunks() -> list[str]:
    """File names of the chunks of :data:`PRELOADED_CHUNKS`, as found in Streamlit's static
    files (a release that renames them: fewer names, nothing breaks)."""
    if not _CHUNKS:
        from pathlib import Path
        folder = Path(st.__file__).parent / "static" / "static" / "js"
        for kind, pattern in PRELOADED_CHUNKS.items():
            found = sorted(folder.glob(pattern)) if folder.is_dir() else []
            _CHUNKS[kind] = found[0].name if len(found) == 1 else ""
    return [c for c in _CHUNKS.values() if c]


_CHUNKS: dict[str, str] = {}


#: Fetches and runs the chunks named in ``CHUNKS`` once per browser tab, resolved against
#: Streamlit's own entry script (any base path).
_PRELOAD_JS = """<script class="it-preload">(() => {
  if (window.__itSourcingPreloaded) return;
  window.__itSourcingPreloaded = true;
  const index = [...document.scripts].find(s => /static\\/js\\/index\\./.test(s.src));
  if (index) for (const chunk of CHUNKS) import(new URL(chunk, index.src).href).catch(() => {});
})();</script>"""


def preload_chart_code() -> None:
    """A page with charts: the browser fetches and runs Plotly's and the tables' code (4.7 MB
    and 0.7 MB) as the page starts, while the server computes it, instead of when the first
    chart arrives. An inline script in the sidebar (no gap in the page), the first element of
    the run: a component would first load its own code."""
    from ui.frame import _under_apptest
    chunks = preload_chunks()
    if _under_apptest() or not chunks:
        return
    import json
    with st.sidebar:
        st.html(_PRELOAD_JS.replace("CHUNKS", json.dumps(chunks)), unsafe_allow_javascript=True)


def width_probe(charts: bool = False) -> None:
    """Mount the width reporter (in the sidebar: no gap in the page); ``charts``: the page
    draws charts (:func:`preload_chart_code` first)."""
    from ui.frame import _under_apptest
    if charts:
        preload_chart_code()
    if _under_apptest():
        return
    width = viewport_width()
    probe = _component("it_sourcing_width", js=_WIDTH_JS)
    with st.sidebar:
        probe(key=KEY_VIEWPORT, data={"width": width, "is_small": small_screen(),
                                      "phone": PHONE_WIDTH, "tablet": TABLET_WIDTH,
                                      "step": WIDTH_STEP, "small": SMALL_SCREEN},
              default={"width": width, "small": small_screen()},
              on_width_change=lambda: None, on_small_change=lambda: None, height="content")


def sync_link() -> None:
    """Write this view's settings into the address (``s=``; removed when all are defaults)."""
    value = state.link_value()
    current = st.query_params.get(state.LINK_PARAM, "")
    for legacy in state.LEGACY_PARAMS:            # an older link's parameters: now in s=
        if legacy in st.query_params:
            del st.query_params[legacy]
    if value != current:
        if value:
            st.query_params[state.LINK_PARAM] = value
        else:
            del st.query_params[state.LINK_PARAM]


def show_notice(lang: str) -> None:
    """The one sentence left by reading a link or opening a workspace file."""
    from ui.frame import md_params
    notice = state.pop_link_notice()
    if notice:
        kind, key, params = notice
        getattr(st, kind)(t(key, lang, **md_params(params)))


def _workspace_file():
    """A function writing this run's workspace file: the data and settings are taken now (the
    download itself runs later, outside the session's run), serialised only on click."""
    from models.workspace import Workspace, dump_workspace
    workspace = Workspace(state.get_dataset(), state.current_settings(),
                          state.get_corrections(), dict(state.get_import_options()))
    return lambda: dump_workspace(workspace)


def _open_workspace() -> None:
    """on_change of the workspace uploader: everything restored, or one sentence and nothing
    changed."""
    from models.errors import TranslatedError
    from models.workspace import load_workspace
    upload = st.session_state.get(state.wkey(state.KEY_WORKSPACE_UPLOAD))
    if upload is None:
        return
    lang = state.get_lang()
    try:
        ws = load_workspace(upload.getvalue())
    except TranslatedError as err:
        state.set_link_notice("error", "share.workspace.failed", name=upload.name,
                              reason=err.message(lang))
        return
    state.set_dataset(ws.dataset)
    state.set_corrections(ws.corrections)
    if ws.import_options:
        options = dict(state.get_import_options())
        options.update({k: v for k, v in ws.import_options.items() if k in ("vat_rate", "fx")})
        state.set_import_options(options)
    state.apply_settings(ws.settings)          # every widget anew, from the file's values
    state.set_link_notice("success", "share.workspace.loaded", name=upload.name)


def share_panel(lang: str) -> None:
    """The sidebar's "Share this view" block (see the module docstring)."""
    from ui.frame import _under_apptest
    ds = state.get_dataset()
    with st.sidebar:
        st.markdown("**:material/share: " + t("share.title", lang) + "**")
        if not _under_apptest():
            copy = _component("it_sourcing_copy_link", html=_COPY_HTML, css=_COPY_CSS,
                              js=_COPY_JS)
            copy(key="copy_link", data={"label": t("share.copy", lang),
                                        "done": t("share.copied", lang),
                                        "manual": t("share.copy_manual", lang),
                                        "help": t("share.copy_help", lang)},
                 on_copied_change=lambda: None, height="content")
        st.caption(t("share.link_note", lang))
        if not ds.is_sample:
            st.warning(t("share.data_not_in_link", lang), icon=":material/info:")
        # in a popover: its uploader is in the page only while it is open
        with st.popover(t("share.workspace.title", lang), icon=":material/save:",
                        width="stretch"):
            st.caption(t("share.workspace.help", lang))
            name = state.export_basename(ds) + "-workspace.json"
            st.download_button(t("share.workspace.download", lang), _workspace_file(),
                               file_name=name, mime="application/json", on_click="ignore",
                               icon=":material/download:", key="workspace_download",
                               width="stretch")
            st.file_uploader(t("share.workspace.open", lang), type=["json", "gz"],
                             key=state.wkey(state.KEY_WORKSPACE_UPLOAD),
                             on_change=_open_workspace, max_upload_size=64,
                             help=t("share.workspace.open_help", lang))
