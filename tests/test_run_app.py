"""When `make run`'s launcher opens a browser, and when it only prints the URL (issue 17)."""
import webbrowser

import pytest

from scripts import run_app


@pytest.fixture
def linux(monkeypatch):
    monkeypatch.setattr(run_app.sys, "platform", "linux")
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "NO_BROWSER", "BROWSER"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(webbrowser, "get", lambda: webbrowser.BackgroundBrowser("xdg-open"))
    return monkeypatch


def test_no_display_no_browser(linux):
    assert run_app.browser_to_open(False) == (None, "no display")


@pytest.mark.parametrize("var", ["DISPLAY", "WAYLAND_DISPLAY"])
def test_a_display_and_a_browser_opens_it(linux, var):
    linux.setenv(var, ":0")
    browser, reason = run_app.browser_to_open(False)
    assert browser is not None and reason == ""


@pytest.mark.parametrize("flag, env", [(True, None), (False, "1"), (False, "true")])
def test_turned_off_by_flag_or_no_browser(linux, flag, env):
    linux.setenv("DISPLAY", ":0")
    if env:
        linux.setenv("NO_BROWSER", env)
    assert run_app.browser_to_open(flag)[0] is None


def test_no_browser_zero_still_opens(linux):
    linux.setenv("DISPLAY", ":0")
    linux.setenv("NO_BROWSER", "0")
    assert run_app.browser_to_open(False)[0] is not None


def test_console_browser_is_not_started(linux):
    linux.setenv("DISPLAY", ":0")
    linux.setattr(webbrowser, "get", lambda: webbrowser.GenericBrowser("/usr/bin/w3m"))
    assert run_app.browser_to_open(False) == (None, "only a console browser found")


def test_no_browser_found(linux):
    linux.setenv("DISPLAY", ":0")

    def none():
        raise webbrowser.Error("could not locate runnable browser")
    linux.setattr(webbrowser, "get", none)
    assert run_app.browser_to_open(False) == (None, "no browser found")


def test_server_runs_headless_without_usage_stats():
    cmd = run_app.streamlit_command(8765)
    assert cmd[cmd.index("--server.headless") + 1] == "true"
    assert cmd[cmd.index("--browser.gatherUsageStats") + 1] == "false"
    assert cmd[cmd.index("--server.port") + 1] == "8765"
