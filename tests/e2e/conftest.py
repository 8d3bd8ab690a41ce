"""Browser fixtures: one app server per test session, one fresh browser context per test.

Locally the browser tests skip when no Chromium is installed; under CI (CI=true) they fail,
so a CI run can never pass by skipping them.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.e2e.harness import CHROMIUM_ARGS, chromium_path, running_app

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture(scope="session")
def app_url():
    with running_app() as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    path = chromium_path()
    if path is None:
        if _in_ci():
            pytest.fail("Chromium is not installed: browser tests cannot run in CI")
        pytest.skip("Chromium not installed (apt-get install chromium); browser tests skipped")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as pw:
        try:
            b = pw.chromium.launch(executable_path=path, args=CHROMIUM_ARGS, headless=True)
        except Exception as exc:  # noqa: BLE001 - report any launch failure
            if _in_ci():
                pytest.fail(f"Chromium could not start: {exc}")
            pytest.skip(f"Chromium could not start: {exc}")
        yield b
        b.close()


@pytest.fixture
def page(browser, request):
    context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="fr-FR",
                                  accept_downloads=True)
    pg = context.new_page()
    yield pg
    ARTIFACTS.mkdir(exist_ok=True)
    try:
        pg.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
    except Exception:  # noqa: BLE001 - a screenshot failure must not hide the test result
        pass
    context.close()
