"""Start the app on a free localhost port and drive Debian's Chromium with Playwright.

Never downloads a browser (no `playwright install`): the executable is $CHROMIUM_PATH, or the
first of chromium / chromium-browser / google-chrome found on PATH or in /usr/bin.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-dev-shm-usage", "--disable-quic"]


def chromium_path() -> str | None:
    env = os.environ.get("CHROMIUM_PATH")
    if env and Path(env).exists():
        return env
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class AppURL(str):
    """The app's base URL; ``pid``: the server process (for memory figures)."""
    pid: int | None = None


@contextlib.contextmanager
def running_app(port: int | None = None, timeout: float = 90.0, script: str | None = None,
                options: tuple[str, ...] = ()):
    """Run the app on 127.0.0.1 as `make run` does (scripts/serve_app.py: `streamlit run
    app.py` with the sample company warmed in the background); yield its base URL; stop it
    afterwards. ``script``: another Streamlit script run with plain `streamlit run`;
    ``options``: more `streamlit run` options (``--server.baseUrlPath`` moves the base URL)."""
    port = port or free_port()
    start = ([sys.executable, "-m", "streamlit", "run", script] if script
             else [sys.executable, str(ROOT / "scripts" / "serve_app.py")])
    cmd = [*start, "--server.port", str(port), "--server.address", "127.0.0.1",
           "--server.headless", "true", "--browser.gatherUsageStats", "false",
           "--server.fileWatcherType", "none", "--client.toolbarMode", "minimal", *options]
    base = next((options[i + 1].strip("/") for i, o in enumerate(options[:-1])
                 if o == "--server.baseUrlPath"), "")
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True)
    url = AppURL(f"http://127.0.0.1:{port}" + (f"/{base}" if base else ""))
    url.pid = proc.pid
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"streamlit exited early:\n{proc.stdout.read()}")
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                    if r.read().strip() == b"ok":
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("streamlit did not become healthy in time")
            time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def wait_for_app_run(page, timeout: float = 60_000) -> None:
    """Wait until Streamlit is connected and has finished running the script."""
    from playwright.sync_api import expect
    page.wait_for_timeout(300)
    page.locator("[data-testid='stApp'][data-test-connection-state='CONNECTED']").wait_for(
        state="attached", timeout=timeout)
    page.locator("[data-testid='stApp'][data-test-script-state='notRunning']").wait_for(
        state="attached", timeout=timeout)
    expect(page.get_by_test_id("stSkeleton")).to_have_count(0, timeout=timeout)


def wait_for_charts(page, count: int, timeout: float = 60_000) -> None:
    """Wait until ``count`` Plotly charts have drawn their SVG."""
    from playwright.sync_api import expect
    expect(page.locator(".js-plotly-plot .main-svg").first).to_be_visible(timeout=timeout)
    page.wait_for_function(
        f"document.querySelectorAll('.js-plotly-plot').length >= {count}", timeout=timeout)
    page.wait_for_timeout(400)   # let Plotly finish its transitions


def assert_no_error_box(page) -> None:
    """No exception box and no 'Traceback' anywhere on the page."""
    assert page.get_by_test_id("stException").count() == 0
    assert "Traceback" not in page.content()
