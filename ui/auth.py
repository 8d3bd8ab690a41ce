"""An optional sign-in in front of every page, through Streamlit's built-in OpenID Connect
(``st.login``), for a dashboard served on a company network.

No ``[auth]`` section in ``.streamlit/secrets.toml``: no login, the app is open as on a laptop.
With one (see SECURITY.md, "Deploying for a team"), every run stops before any data is drawn
until the visitor has signed in with the company's identity provider: a translated prompt and a
sign-in button, nothing else but the language switch. Signed in, a sign-out button sits in the
sidebar. A present but incomplete ``[auth]`` section still closes the app (the sign-in button
then shows Streamlit's configuration error): a login that was asked for never fails open.

:func:`require_login` is called by app.py before ``st.navigation`` (widgets drawn there keep
the same identity from run to run, so the buttons work), and by :func:`ui.frame.page_setup`,
which every page calls first, so a cold deep link to any page is gated too. It draws once per
run.
"""
from __future__ import annotations

import streamlit as st

from i18n import t
from ui import state


def login_configured() -> bool:
    """True when the secrets hold an ``[auth]`` section (a login is wanted)."""
    secrets = st.secrets
    try:
        if not secrets.load_if_toml_exists():
            return False
        return "auth" in secrets
    except Exception:  # noqa: BLE001 - unreadable secrets: Streamlit reports them itself
        return False


def is_logged_in() -> bool:
    """True when the visitor has signed in with the identity provider (``st.user``)."""
    try:
        return bool(st.user.get("is_logged_in", False))
    except Exception:  # noqa: BLE001 - no user information at all: not signed in
        return False


def _run_marker() -> int | None:
    from streamlit.runtime.scriptrunner import get_script_run_ctx
    ctx = get_script_run_ctx()
    return None if ctx is None else id(ctx.cursors)


def require_login(lang: str, sections: dict | None = None) -> None:
    """Let the run go on only when no login is configured or the visitor has signed in; else
    draw the sign-in prompt and stop the run (``st.stop``). ``sections``: app.py's pages,
    registered hidden before the run stops, so that Streamlit never falls back to listing the
    files of ``pages/`` in the sidebar."""
    if not login_configured():
        return
    marker = _run_marker()
    if marker is not None and st.session_state.get(state.KEY_AUTH_RUN) == marker:
        return                              # already let in, and drawn, in this run
    if not is_logged_in():
        st.title(":material/lock: " + t("auth.title", lang))
        st.write(t("auth.prompt", lang))
        if st.button(t("auth.sign_in", lang), icon=":material/login:", type="primary"):
            st.login()
        if sections is not None:
            st.navigation(sections, position="hidden")
        st.stop()
    st.session_state[state.KEY_AUTH_RUN] = marker
    from ui.frame import md_text
    with st.sidebar:
        name = st.user.get("name") or st.user.get("email") or ""
        if name:
            st.caption(t("auth.signed_in_as", lang, name=md_text(name)))
        if st.button(t("auth.sign_out", lang), icon=":material/logout:"):
            st.logout()
