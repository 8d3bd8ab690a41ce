"""The README's `make run` on a fresh machine, without a terminal (issue 17).

Streamlit's first-run e-mail prompt used to read end-of-file there and `make` failed with
error 255. Here `make run PORT=<free port>` runs exactly as written, with no standard input, an
empty HOME (no ~/.streamlit/) and no display: the Overview must render in Chromium, and stopping
the process group (what Ctrl-C does) must leave no Streamlit process behind.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.request

import pytest

from tests.e2e.harness import ROOT, assert_no_error_box, free_port, wait_for_app_run

pytestmark = pytest.mark.browser

OVERVIEW_TITLE = "Garder l'informatique en interne ou l'externaliser ?"


def _healthy(port: int) -> bool:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))   # no http_proxy
    try:
        with opener.open(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r:
            return r.read().strip() == b"ok"
    except OSError:
        return False


def _leftovers(port: int) -> list[str]:
    """Streamlit servers or launchers still running on ``port``."""
    ps = subprocess.run(["ps", "-eo", "pid=,args="], capture_output=True, text=True, check=True)
    return [line for line in ps.stdout.splitlines()
            if ("streamlit" in line and f"--server.port {port}" in line)
            or f"run_app.py --port {port}" in line]


def _fresh_machine_env(home) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in {"DISPLAY", "WAYLAND_DISPLAY", "BROWSER", "MAKEFLAGS", "MAKELEVEL",
                        "MFLAGS", "VIRTUAL_ENV"}}
    env["HOME"] = str(home)
    if sys.platform == "darwin":     # no DISPLAY test there: do not open the developer's browser
        env["NO_BROWSER"] = "1"
    return env


def test_make_run_without_terminal_on_fresh_home_serves_the_overview(page, tmp_path):
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    home = tmp_path / "home"
    home.mkdir()
    port = free_port()
    started = time.monotonic()
    proc = subprocess.Popen(["make", "run", f"PORT={port}"], cwd=ROOT, env=_fresh_machine_env(home),
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, start_new_session=True)
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(proc.stdout), daemon=True)
    reader.start()

    def output() -> str:
        return "".join(lines)

    try:
        deadline = time.monotonic() + 120
        while not _healthy(port):
            assert proc.poll() is None, f"make run exited ({proc.returncode}):\n{output()}"
            assert time.monotonic() < deadline, f"no health answer after 120 s:\n{output()}"
            time.sleep(0.2)
        to_health = time.monotonic() - started
        print(f"make run served /_stcore/health after {to_health:.1f} s")

        url = f"http://localhost:{port}"
        deadline = time.monotonic() + 15
        while f"Dashboard ready: {url}" not in output():
            assert time.monotonic() < deadline, f"the URL was not printed:\n{output()}"
            time.sleep(0.2)

        page.goto(url)
        wait_for_app_run(page, timeout=120_000)
        from playwright.sync_api import expect
        expect(page.get_by_text(OVERVIEW_TITLE)).to_be_visible(timeout=60_000)
        assert_no_error_box(page)

        # what Ctrl-C in the terminal does: SIGINT to the whole foreground process group
        os.killpg(proc.pid, signal.SIGINT)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
        reader.join(timeout=10)

    out = output()
    assert "Email" not in out and "Welcome to Streamlit" not in out, out
    assert "-m venv" not in out, f"make run reinstalled the environment:\n{out}"
    assert "Open the URL above in a browser" in out, out      # no display: no browser attempt
    deadline = time.monotonic() + 10
    while _leftovers(port) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _leftovers(port), _leftovers(port)
    assert not _healthy(port)
    assert not (home / ".streamlit" / "credentials.toml").exists()
