"""Start the dashboard for `make run`: no prompt, the URL printed, the browser opened if any.

Streamlit run with `--server.headless false` asks for an e-mail address on a machine without
~/.streamlit/credentials.toml and dies on end-of-file when there is no terminal (issue 17).
This launcher runs it headless instead, waits until `/_stcore/health` answers "ok", prints the
local URL, then opens the user's browser only when one is plausibly there. It writes nothing
into the user's home directory. Standard library only (Linux and macOS).

    python scripts/run_app.py [--port 8501] [--address 0.0.0.0] [--no-browser]

``--address`` is the interface the server listens on (``make serve`` on a team server: all of
them, 0.0.0.0; ``127.0.0.1`` for this machine only); without it, Streamlit's default.

The browser is skipped with `--no-browser`, NO_BROWSER=1 (`make run NO_BROWSER=1`), on Linux
without DISPLAY / WAYLAND_DISPLAY, over SSH on macOS, or when the only browser is a console one.
Ctrl-C (or SIGTERM / SIGHUP) stops the server and waits for it: no orphan process.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
import webbrowser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONSOLE_BROWSERS = {"www-browser", "links", "links2", "elinks", "lynx", "w3m"}
FORWARD_AFTER = 1.5   # seconds before a signal this process got alone is passed to the server
STOP_GRACE = 15.0     # seconds the server then gets to stop before it is killed


def _truthy(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes", "on"}


def streamlit_command(port: int, address: str | None = None) -> list[str]:
    # scripts/serve_app.py is `streamlit run app.py` warming the sample company as it starts
    return [sys.executable, str(ROOT / "scripts" / "serve_app.py"),
            "--server.port", str(port),
            *(["--server.address", address] if address else []),
            "--server.headless", "true",              # no e-mail prompt, no browser from Streamlit
            "--browser.gatherUsageStats", "false",
            # Streamlit's headless banner looks up the external IP on the internet; this script
            # prints the URLs itself instead.
            "--logger.hideWelcomeMessage", "true"]


def local_host(address: str | None) -> str:
    """Where this machine reaches a server listening on ``address``."""
    return "127.0.0.1" if address in (None, "", "0.0.0.0", "::") else address


def port_in_use(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex((host, port)) == 0


def network_ip() -> str | None:
    """This machine's address on the local network (a UDP connect sends no packet)."""
    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.connect(("10.255.255.255", 1))
        ip = s.getsockname()[0]
        return None if ip.startswith("127.") else ip
    return None


def healthy(port: int, host: str = "127.0.0.1") -> bool:
    # straight to the local server, never through an http_proxy from the environment
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(f"http://{host}:{port}/_stcore/health", timeout=2) as r:
            return r.read().strip() == b"ok"
    except OSError:
        return False


def browser_to_open(no_browser: bool) -> tuple[webbrowser.BaseBrowser | None, str]:
    """The browser to open, or None and the reason why not."""
    if no_browser or _truthy(os.environ.get("NO_BROWSER")):
        return None, "browser opening turned off"
    if sys.platform == "darwin":
        if os.environ.get("SSH_CONNECTION") and not os.environ.get("BROWSER"):
            return None, "SSH session"
    elif not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return None, "no display"
    try:
        browser = webbrowser.get()
    except webbrowser.Error:
        return None, "no browser found"
    if Path(getattr(browser, "name", "")).name in CONSOLE_BROWSERS:
        # it would fight the server's log for the terminal
        return None, "only a console browser found"
    return browser, ""


def open_quietly(browser: webbrowser.BaseBrowser, url: str) -> None:
    """Open ``url``; the browser inherits /dev/null so its chatter stays out of the terminal."""
    sys.stdout.flush()
    sys.stderr.flush()
    saved = os.dup(1), os.dup(2)
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        # a browser that fails to start must not stop the server: the URL is printed anyway
        with contextlib.suppress(Exception):
            browser.open(url, new=2)
    finally:
        os.dup2(saved[0], 1)
        os.dup2(saved[1], 2)
        for fd in (*saved, devnull):
            os.close(fd)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT") or 8501))
    parser.add_argument("--address", default=None,
                        help="interface to listen on (0.0.0.0: every one; default Streamlit's)")
    parser.add_argument("--no-browser", action="store_true", help="do not open a browser")
    args = parser.parse_args(argv)
    host = local_host(args.address)

    if port_in_use(args.port, host):
        print(f"Port {args.port} is already in use: stop what runs there, or choose another "
              f"port (make run PORT={args.port + 1}).", file=sys.stderr)
        return 1

    # The server stays in this process group, so a Ctrl-C in the terminal (or a kill of the
    # group) reaches it directly. A signal sent to this process alone (a service manager, `kill`)
    # is passed on when the server has not stopped FORWARD_AFTER seconds later; that delay keeps
    # Streamlit from being told twice in the usual case.
    received: dict[str, float] = {}     # the first stop signal and when it came

    def on_signal(signum, _frame):
        received.setdefault("signum", signum)
        received.setdefault("at", time.monotonic())

    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, on_signal)
    child = subprocess.Popen(streamlit_command(args.port, args.address), cwd=ROOT,
                             stdin=subprocess.DEVNULL)

    url = f"http://{'localhost' if host == '127.0.0.1' else host}:{args.port}"
    started, ready, warned = time.monotonic(), False, False
    while child.poll() is None and not received:
        if healthy(args.port, host):
            ready = True
            break
        if not warned and time.monotonic() - started > 60:
            print(f"Still starting after 60 s; the dashboard will be at {url}", flush=True)
            warned = True
        time.sleep(0.3)

    if ready:
        print(f"\n  Dashboard ready: {url}", flush=True)
        ip = network_ip() if host == "127.0.0.1" and args.address != "127.0.0.1" else None
        if ip:
            print(f"  On your network: http://{ip}:{args.port}", flush=True)
        browser, reason = browser_to_open(args.no_browser)
        if browser is not None:
            print("  Opening it in your browser.", flush=True)
        else:
            print(f"  Open the URL above in a browser ({reason}).", flush=True)
        print("  Press Ctrl+C to stop.\n", flush=True)
        if browser is not None:
            # In a thread: a browser command that runs in the foreground must not block us.
            threading.Thread(target=open_quietly, args=(browser, url), daemon=True).start()

    forwarded = False
    while True:
        try:
            code = child.wait(timeout=0.2)
            break
        except subprocess.TimeoutExpired:
            if not received:
                continue
            waited = time.monotonic() - received["at"]
            if waited > FORWARD_AFTER + STOP_GRACE:
                child.kill()        # did not stop within the grace period
            elif waited > FORWARD_AFTER and not forwarded:
                with contextlib.suppress(ProcessLookupError):
                    child.send_signal(int(received["signum"]))
                forwarded = True

    if received:
        # Die of the same signal, so make and the shell see an interrupted command.
        signum = int(received["signum"])
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)
        return 128 + signum
    return code


if __name__ == "__main__":
    sys.exit(main())
