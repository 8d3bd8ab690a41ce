"""The optional sign-in, end to end in Chromium against a small OpenID Connect provider run by
the test (issue 14, item 5).

The provider (standard library + joserfc, which Authlib installs; on 127.0.0.1) publishes its
discovery document and signing key, signs every visitor in as "Anne Martin" without a form, and
issues signed ID tokens. The dashboard runs with an ``[auth]`` section pointing to it. Before
signing in, the Overview and a page opened by its address show only the sign-in prompt; the
button goes through the provider and back, the figures appear with the name in the sidebar;
signing out closes the dashboard again.
"""
from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.e2e.conftest import ARTIFACTS
from tests.e2e.harness import ROOT, assert_no_error_box, free_port, wait_for_app_run

pytestmark = pytest.mark.browser

CLIENT_ID, CLIENT_SECRET = "dashboard", "provider-secret"


class Provider:
    """A minimal OpenID Connect provider (authorisation code flow, RS256 ID tokens)."""

    def __init__(self):
        from joserfc.jwk import RSAKey
        self.key = RSAKey.generate_key(2048)
        self.kid = "test-key"
        self.codes: dict[str, str] = {}          # code -> nonce
        self.server = ThreadingHTTPServer(("127.0.0.1", free_port()), self._handler())
        self.base = f"http://127.0.0.1:{self.server.server_port}"
        self.signed_in: list[str] = []

    def id_token(self, nonce: str) -> str:
        from joserfc import jwt
        now = int(time.time())
        claims = {"iss": self.base, "sub": "anne-1", "aud": CLIENT_ID, "iat": now,
                  "exp": now + 600, "nonce": nonce, "name": "Anne Martin",
                  "email": "anne@example.com"}
        return jwt.encode({"alg": "RS256", "kid": self.kid}, claims, self.key)

    def _handler(self):
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):          # keep the test output quiet
                pass

            def _json(self, data, status=200):
                body = json.dumps(data).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):
                url = urllib.parse.urlsplit(self.path)
                query = dict(urllib.parse.parse_qsl(url.query))
                if url.path == "/.well-known/openid-configuration":
                    b = provider.base
                    self._json({"issuer": b, "authorization_endpoint": f"{b}/authorize",
                                "token_endpoint": f"{b}/token", "jwks_uri": f"{b}/jwks",
                                "response_types_supported": ["code"],
                                "subject_types_supported": ["public"],
                                "id_token_signing_alg_values_supported": ["RS256"]})
                elif url.path == "/jwks":
                    public = provider.key.as_dict(private=False)
                    self._json({"keys": [{**public, "kid": provider.kid, "use": "sig",
                                          "alg": "RS256"}]})
                elif url.path == "/authorize":
                    assert query["client_id"] == CLIENT_ID
                    code = f"code-{len(provider.codes)}"
                    provider.codes[code] = query.get("nonce", "")
                    provider.signed_in.append(query["redirect_uri"])
                    target = query["redirect_uri"] + "?" + urllib.parse.urlencode(
                        {"code": code, "state": query["state"]})
                    self.send_response(302)
                    self.send_header("Location", target)
                    self.end_headers()
                else:
                    self._json({"error": "not_found"}, 404)

            def do_POST(self):
                length = int(self.headers.get("Content-Length", 0))
                form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode()))
                if self.path != "/token" or form.get("code") not in provider.codes:
                    self._json({"error": "invalid_grant"}, 400)
                    return
                nonce = provider.codes.pop(form["code"])
                self._json({"access_token": "opaque", "token_type": "Bearer", "expires_in": 600,
                            "id_token": provider.id_token(nonce)})

        return Handler

    def __enter__(self):
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def _healthy(url: str) -> bool:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(f"{url}/_stcore/health", timeout=2) as r:
            return r.read().strip() == b"ok"
    except OSError:
        return False


@pytest.fixture
def signed_app(tmp_path):
    """The dashboard with an [auth] section pointing to the test's provider."""
    pytest.importorskip("authlib")
    pytest.importorskip("joserfc")          # signs the test provider's tokens (Authlib's own)
    port = free_port()
    url = f"http://localhost:{port}"
    with Provider() as provider:
        secrets = tmp_path / "secrets.toml"
        secrets.write_text(
            "[auth]\n"
            f'redirect_uri = "{url}/oauth2callback"\n'
            'cookie_secret = "a-long-random-string-for-this-test-only"\n'
            f'client_id = "{CLIENT_ID}"\n'
            f'client_secret = "{CLIENT_SECRET}"\n'
            f'server_metadata_url = "{provider.base}/.well-known/openid-configuration"\n',
            encoding="utf-8")
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"),
             "--server.port", str(port), "--server.address", "127.0.0.1",
             "--server.headless", "true", "--browser.gatherUsageStats", "false",
             "--secrets.files", str(secrets)],
            cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, text=True)
        try:
            deadline = time.monotonic() + 120
            while not _healthy(url):
                assert proc.poll() is None, proc.stdout.read()
                assert time.monotonic() < deadline, "the dashboard did not start"
                time.sleep(0.3)
            yield url, provider
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)


def _gated(page) -> None:
    from playwright.sync_api import expect
    expect(page.get_by_text("Connexion requise")).to_be_visible(timeout=60_000)
    assert page.get_by_test_id("stMetric").count() == 0
    assert page.get_by_test_id("stPlotlyChart").count() == 0
    assert page.get_by_test_id("stDataFrame").count() == 0
    assert page.get_by_test_id("stSidebarNav").count() == 0
    assert "Mécanique Précision Loire" not in page.inner_text("body")


def test_sign_in_through_the_provider_shows_the_figures_and_sign_out_closes(page, signed_app):
    from playwright.sync_api import expect
    url, provider = signed_app
    for path in ("", "/comparison"):                 # the Overview and a page opened directly
        page.goto(url + path)
        wait_for_app_run(page, timeout=120_000)
        _gated(page)
        assert_no_error_box(page)

    page.get_by_role("button", name="Se connecter").click()
    expect(page.get_by_test_id("stMetric").first).to_be_visible(timeout=120_000)
    assert provider.signed_in == [f"{url}/oauth2callback"]
    expect(page.get_by_text("Connecté : Anne Martin")).to_be_visible(timeout=30_000)
    assert page.get_by_test_id("stSidebarNav").count() == 1
    assert_no_error_box(page)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "sign_in_signed_in.png"))

    page.get_by_role("button", name="Se déconnecter").click()
    wait_for_app_run(page, timeout=120_000)
    _gated(page)
