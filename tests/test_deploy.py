"""Deployment that lets no one in where they don't belong (issue 14, item 5): `make serve` for a
team server, the optional OpenID Connect sign-in in front of every page, and the Dockerfile
(these machines cannot build images: it is checked as text against the Makefile)."""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import threading
import time
import urllib.request

import pytest
from streamlit.testing.v1 import AppTest

from i18n import t
from tests.conftest import ROOT
from ui.registry import PAGES

APP = str(ROOT / "app.py")

#: A complete [auth] section with placeholders (SECURITY.md shows the same).
AUTH = {"redirect_uri": "https://dashboard.example.com/oauth2callback",
        "cookie_secret": "a-long-random-string",
        "client_id": "client-id", "client_secret": "client-secret",
        "server_metadata_url": "https://login.example.com/.well-known/openid-configuration"}

#: Elements that show the company's figures: none may be drawn before the sign-in.
DATA_ELEMENTS = ("metric", "plotly_chart", "dataframe", "table", "arrow_data_frame")


def _app(lang="en", auth=None, user=None, path=APP) -> AppTest:
    at = AppTest.from_file(path, default_timeout=180)
    at.query_params["lang"] = lang
    if auth is not None:
        at.secrets["auth"] = auth
    if user is not None:
        at.user = user
    return at


def _data_shown(at) -> dict[str, int]:
    return {kind: len(at.get(kind)) for kind in DATA_ELEMENTS if len(at.get(kind))}


# ----------------------------------------------------------------------------- sign-in gate

def test_without_a_login_configured_the_overview_is_open():
    at = _app().run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.title[0].value == t("overview.title", "en")
    assert len(at.metric) >= 3 and _data_shown(at)
    labels = [b.label for b in at.button]
    assert t("auth.sign_in", "en") not in labels and t("auth.sign_out", "en") not in labels


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_with_a_login_configured_nothing_shows_before_sign_in(lang):
    at = _app(lang, auth=AUTH, user={"is_logged_in": False}).run()
    assert not at.exception, [e.value for e in at.exception]
    assert _data_shown(at) == {}
    assert [x.value for x in at.title] == [":material/lock: " + t("auth.title", lang)]
    assert t("auth.prompt", lang) in [m.value for m in at.markdown]
    assert [b.label for b in at.button] == [t("auth.sign_in", lang)]
    # not even the data banner (the file's name, its lines and dates)
    assert not [c for c in at.caption if ":material/database:" in c.value]
    # the language switch stays, so the prompt can be read in French or English
    assert len(at.sidebar.radio) == 1


@pytest.mark.parametrize("spec", PAGES, ids=[p.url_path for p in PAGES])
def test_every_page_opened_cold_stops_before_any_data(spec):
    """A page run on its own (a cold deep link) is gated by page_setup()."""
    at = _app(auth=AUTH, user={"is_logged_in": False}, path=str(ROOT / spec.path)).run()
    assert not at.exception, [e.value for e in at.exception]
    assert _data_shown(at) == {}
    assert [b.label for b in at.button] == [t("auth.sign_in", "en")]
    assert [x.value for x in at.title] == [":material/lock: " + t("auth.title", "en")]


def test_a_login_section_without_a_user_claim_fails_closed():
    """An [auth] section, and no user information at all: still closed."""
    at = _app(auth={"redirect_uri": AUTH["redirect_uri"]}, user={}).run()
    assert _data_shown(at) == {} and len(at.button) == 1


def test_signed_in_the_pages_show_and_the_sidebar_signs_out(monkeypatch):
    import streamlit
    calls = []
    monkeypatch.setattr(streamlit, "logout", lambda: calls.append("logout"))
    at = _app(auth=AUTH, user={"is_logged_in": True, "name": "Anne *Martin*",
                               "email": "anne@example.com"}).run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.title[0].value == t("overview.title", "en") and len(at.metric) >= 3
    sidebar = at.sidebar
    assert [b.label for b in sidebar.button] == [t("auth.sign_out", "en")]
    # the name from the identity provider is shown as text, never as Markdown
    assert "Signed in: Anne \\*Martin\\*" in [c.value for c in sidebar.caption]
    at.switch_page("pages/comparison.py").run()       # one sign-out button on every page
    assert not at.exception and len(at.sidebar.button) == 1 and _data_shown(at)
    at.sidebar.button[0].click().run()
    assert calls == ["logout"]


def test_the_sign_in_button_calls_st_login(monkeypatch):
    """(On a page opened cold: AppTest gives the app.py frame's widgets another identity once
    st.navigation has run, which a browser does not; the browser test clicks it there.)"""
    import streamlit
    calls = []
    monkeypatch.setattr(streamlit, "login", lambda *a, **k: calls.append(a))
    at = _app(auth=AUTH, user={"is_logged_in": False},
              path=str(ROOT / "pages" / "overview.py")).run()
    assert calls == []
    at.button[0].click().run()
    assert calls == [()] and _data_shown(at) == {}


# ----------------------------------------------------------------------------- make serve

def _make_env(home) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in {"DISPLAY", "WAYLAND_DISPLAY", "BROWSER", "MAKEFLAGS", "MAKELEVEL",
                        "MFLAGS", "VIRTUAL_ENV", "PORT", "ADDRESS", "NO_BROWSER"}}
    env["HOME"] = str(home)
    return env


def _healthy(port: int) -> bool:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))   # no http_proxy
    try:
        with opener.open(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r:
            return r.read().strip() == b"ok"
    except OSError:
        return False


def _free_port() -> int:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def make():
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    return shutil.which("make")


def test_make_serve_listens_on_every_interface_by_default_and_opens_no_browser(make, tmp_path):
    run = subprocess.run([make, "-n", "serve"], cwd=ROOT, env=_make_env(tmp_path),
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    line = run.stdout.strip().splitlines()[-1]
    assert line.endswith("scripts/run_app.py --port 8501 --address 0.0.0.0 --no-browser"), line
    run = subprocess.run([make, "-n", "serve", "PORT=9123", "ADDRESS=127.0.0.1"], cwd=ROOT,
                         env=_make_env(tmp_path), capture_output=True, text=True, timeout=60)
    assert run.stdout.strip().splitlines()[-1].endswith(
        "--port 9123 --address 127.0.0.1 --no-browser")
    helps = subprocess.run([make, "help"], cwd=ROOT, capture_output=True, text=True,
                           env=_make_env(tmp_path), timeout=60).stdout
    assert "make serve" in helps and "make install" in helps


def test_make_serve_runs_headless_without_terminal_and_stops_on_sigterm(make, tmp_path):
    """`make serve` as a service manager starts it: no standard input, an empty HOME, no
    display. It answers /_stcore/health, prints its URL, opens no browser and stops on
    SIGTERM leaving nothing behind."""
    home = tmp_path / "home"
    home.mkdir()
    port = _free_port()
    proc = subprocess.Popen([make, "serve", f"PORT={port}", "ADDRESS=127.0.0.1"], cwd=ROOT,
                            env=_make_env(home), stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True)
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(proc.stdout), daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + 120
        while not _healthy(port):
            assert proc.poll() is None, "".join(lines)
            assert time.monotonic() < deadline, "".join(lines)
            time.sleep(0.3)
        deadline = time.monotonic() + 15
        while f"Dashboard ready: http://localhost:{port}" not in "".join(lines):
            assert time.monotonic() < deadline, "".join(lines)
            time.sleep(0.2)
        os.killpg(proc.pid, signal.SIGTERM)          # what systemd or `docker stop` sends
        proc.wait(timeout=40)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
        reader.join(timeout=10)
    out = "".join(lines)
    assert "browser opening turned off" in out and "Opening it in your browser" not in out
    assert "Email" not in out and "Welcome to Streamlit" not in out
    assert "-m venv" not in out, out
    assert not _healthy(port)
    assert not (home / ".streamlit").exists()


# ----------------------------------------------------------------------------- Dockerfile

def _instructions(text: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) of a Dockerfile, continuation lines joined, comments dropped."""
    logical, out = "", []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.endswith("\\"):
            logical += line[:-1] + " "
            continue
        logical += line
        word, _, rest = logical.partition(" ")
        out.append((word.upper(), rest.strip()))
        logical = ""
    return out


def _make_targets() -> set[str]:
    """Targets of the Makefile, with $(VENV) expanded to .venv."""
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    targets = set()
    for m in re.finditer(r"^([^\s:#=?+][^:=#]*?):(?!=)", text, flags=re.MULTILINE):
        for name in m.group(1).split():
            targets.add(name.replace("$(VENV)", ".venv"))
    return targets


def _prerequisites(target: str) -> set[str]:
    """Every target ``target`` depends on, itself included (the Makefile's own rules)."""
    text = (ROOT / "Makefile").read_text(encoding="utf-8").replace("$(VENV)", ".venv")
    rules = {}
    for m in re.finditer(r"^([^\s:#=?+][^:=#]*?):(?!=)([^\n]*)", text, flags=re.MULTILINE):
        for name in m.group(1).split():
            rules[name] = m.group(2).split()
    seen, todo = set(), [target]
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo.extend(p for p in rules.get(name, []) if p in rules)
    return seen


def test_dockerfile_runs_only_the_make_targets_ci_runs_as_non_root_with_a_health_check():
    steps = _instructions((ROOT / "Dockerfile").read_text(encoding="utf-8"))
    kinds = [k for k, _ in steps]
    assert kinds[0] == "FROM"
    # every RUN step calls make, and only targets of the Makefile that `make test` (CI) runs
    ci_targets = _prerequisites("test")
    targets = _make_targets()
    runs = [args for k, args in steps if k == "RUN"]
    assert runs
    for args in runs:
        for command in re.split(r"\s*&&\s*", args):
            words = command.split()
            assert words[0] == "make", command
            named = [w for w in words[1:] if not w.startswith("-") and "=" not in w]
            assert named, command
            for target in named:
                assert target in targets, f"{target} is not a Makefile target"
                assert target in ci_targets, f"CI (make test) does not run {target}"
    # the server runs as an unprivileged user, set after the build steps
    users = [(i, args) for i, (k, args) in enumerate(steps) if k == "USER"]
    assert users, "no USER: the server would run as root"
    last_user_at, user = users[-1]
    assert user.split(":")[0] not in {"root", "0"}
    assert last_user_at > max(i for i, (k, _) in enumerate(steps) if k == "RUN")
    # health check on Streamlit's health endpoint, the port exposed, `make serve` started
    health = [args for k, args in steps if k == "HEALTHCHECK"]
    assert len(health) == 1 and "/_stcore/health" in health[0]
    assert ("EXPOSE", "8501") in steps
    cmd = [args for k, args in steps if k == "CMD"]
    assert len(cmd) == 1 and json.loads(cmd[0]) == ["make", "serve"]
    assert "serve" in targets


def test_dockerfile_health_check_command_is_valid_python():
    steps = _instructions((ROOT / "Dockerfile").read_text(encoding="utf-8"))
    health = next(args for k, args in steps if k == "HEALTHCHECK")
    exec_form = json.loads(health[health.index("CMD") + 3:].strip())
    assert exec_form[:2] == ["python3", "-c"]
    compile(exec_form[2], "<healthcheck>", "exec")


def test_dockerignore_keeps_secrets_and_the_local_environment_out():
    ignored = {line.strip() for line in (ROOT / ".dockerignore").read_text().splitlines()
               if line.strip() and not line.startswith("#")}
    assert {".venv", ".git", ".streamlit/secrets.toml"} <= ignored
    assert ".streamlit/secrets.toml" in (ROOT / ".gitignore").read_text().split()


def test_the_login_example_in_security_md_is_what_the_gate_expects():
    """SECURITY.md's [auth] example holds every key st.login needs."""
    import tomllib
    text = (ROOT / "SECURITY.md").read_text(encoding="utf-8")
    block = re.search(r"```toml\n(\[auth\].*?)```", text, flags=re.DOTALL)
    assert block, "no [auth] example in SECURITY.md"
    auth = tomllib.loads(block.group(1))["auth"]
    assert set(AUTH) <= set(auth)
    assert auth["redirect_uri"].endswith("/oauth2callback")
