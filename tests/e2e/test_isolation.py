"""Two executives on the same server never see each other's data (issue 9).

Two browser contexts (two sessions, as two people on two machines) load two different CSV files
at the same time; neither ever sees the other's file name, vendor names or totals, on the Import
page or on the Current spend page; a third newcomer still gets the sample company. The caches
that hold uploaded data or results computed from it are scoped to the session.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest
from playwright.sync_api import expect

from i18n import t
from tests.e2e.harness import assert_no_error_box, wait_for_app_run
from ui.registry import PAGES

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = "Mécanique Précision Loire SAS"


def _csv(vendors) -> bytes:
    lines = ["Date;Fournisseur;Libellé;Compte;Montant HT"]
    for month in range(1, 13):
        for vendor, label, account, amount in vendors:
            lines.append(f"15/{month:02d}/2025;{vendor};{label};{account};{amount}")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


# 12 months each: IT total = yearly IT spend; A: 12 × (1,000 + 234.50) = 14,814;
# B: 12 × (3,000 + 500) = 42,000
USERS = {
    "alpha": {"file": "alpha-spend.csv", "total": "€14,814", "lines": "24 lines",
              "vendors": ["Alphatech Infogérance", "Alpha Sécurité Antivirus"],
              "data": _csv([("Alphatech Infogérance", "Infogérance support utilisateurs", "611",
                             "1000,00"),
                            ("Alpha Sécurité Antivirus", "Licence antivirus postes", "6135",
                             "234,50")])},
    "bravo": {"file": "bravo-spend.csv", "total": "€42,000", "lines": "24 lines",
              "vendors": ["Bravo Cloud Hébergement", "Bravo Réseaux Fibre"],
              "data": _csv([("Bravo Cloud Hébergement", "Hébergement serveur privé virtuel",
                             "6135", "3000,00"),
                            ("Bravo Réseaux Fibre", "Accès fibre internet", "6262", "500,00")])},
}


def _all_text(page) -> str:
    """Everything in the page, visible or not (text content also has the grid cells)."""
    return (page.inner_text("body") + "\n" + page.locator("body").text_content()).replace(
        "\u202f", " ").replace("\u00a0", " ")


def _open(page, url_path: str) -> None:
    spec = next(p for p in PAGES if p.url_path == url_path)
    page.get_by_test_id("stSidebarNav").get_by_role(
        "link", name=t(spec.title_key, "en"), exact=True).click()
    page.wait_for_timeout(300)


def _never_sees(page, other: dict) -> None:
    text = _all_text(page)
    for secret in [other["file"], other["total"], *other["vendors"]]:
        assert secret not in text, f"{secret!r} leaked into another session"


@pytest.mark.browser
def test_two_sessions_loading_files_at_once_never_see_each_other(browser, app_url, tmp_path):
    contexts, pages = {}, {}
    for who in USERS:
        contexts[who] = browser.new_context(viewport={"width": 1366, "height": 900})
        pages[who] = contexts[who].new_page()
        pages[who].goto(f"{app_url}/import?lang=en")
    try:
        for who in USERS:
            wait_for_app_run(pages[who])
        # both upload at once: the second upload starts before the first has been read
        for who, user in USERS.items():
            path = tmp_path / user["file"]
            path.write_bytes(user["data"])
            pages[who].get_by_test_id("stFileUploaderDropzoneInput").first.set_input_files(str(path))
        for who in USERS:
            expect(pages[who].get_by_text("Rows kept")).to_be_visible(timeout=60_000)
            wait_for_app_run(pages[who])
        for who, user in USERS.items():
            other = USERS["bravo" if who == "alpha" else "alpha"]
            text = _all_text(pages[who])
            assert user["file"] in text
            assert f"Total of the lines kept: {user['total']}.00" in text
            _never_sees(pages[who], other)
        # both make their file the active data at once
        for who in USERS:          # the company: the one of the profile (issue 13)
            pages[who].get_by_text("The same company as now").click()
            wait_for_app_run(pages[who])
            pages[who].get_by_text("Use this data in the dashboard").click()
        for who, user in USERS.items():
            expect(pages[who].get_by_text("The imported data is active")).to_be_visible(
                timeout=60_000)
            wait_for_app_run(pages[who])
            banner = _all_text(pages[who])
            assert f"Data: uploaded file “{user['file']}”" in banner
            assert user["file"] in banner and user["lines"] in banner
        # then both read their Current spend page at once
        for who in USERS:
            _open(pages[who], "spend")
        for who, user in USERS.items():
            page = pages[who]
            wait_for_app_run(page)
            expect(page.get_by_text("Current IT spend")).to_be_visible(timeout=30_000)
            expect(page.get_by_test_id("stMetricValue").first).to_have_text(
                user["total"], timeout=30_000)
            text = _all_text(page)
            assert user["file"] in text and SAMPLE not in page.inner_text("body")
            _never_sees(page, USERS["bravo" if who == "alpha" else "alpha"])
            assert_no_error_box(page)
        # and come back to their Import page: their own data is still the active data
        for who in USERS:
            _open(pages[who], "import")
        for who, user in USERS.items():
            wait_for_app_run(pages[who])
            text = _all_text(pages[who])
            assert f"No file dropped. The pages show {user['file']}." in text
            _never_sees(pages[who], USERS["bravo" if who == "alpha" else "alpha"])
        # a third person opening the app meanwhile gets the sample company, nobody's file
        newcomer = browser.new_context(viewport={"width": 1366, "height": 900}).new_page()
        newcomer.goto(f"{app_url}/spend?lang=en")
        wait_for_app_run(newcomer)
        expect(newcomer.get_by_text(f"Data: sample company “{SAMPLE}”")).to_be_visible(
            timeout=30_000)
        for user in USERS.values():
            _never_sees(newcomer, user)
        newcomer.context.close()
    finally:
        for ctx in contexts.values():
            ctx.close()


def _decorator_scope(node: ast.FunctionDef) -> tuple[bool, str | None]:
    for dec in node.decorator_list:
        if isinstance(dec, ast.Call) and ast.unparse(dec.func) in ("st.cache_data",
                                                                    "st.cache_resource"):
            scope = next((kw.value.value for kw in dec.keywords if kw.arg == "scope"), None)
            return True, scope
        if isinstance(dec, ast.Attribute) and ast.unparse(dec) in ("st.cache_data",
                                                                   "st.cache_resource"):
            return True, None
    return False, None


def test_caches_of_uploaded_data_are_scoped_to_the_session():
    """Every Streamlit cache whose function receives uploaded bytes or a spend table (or
    anything computed from them) is scoped to the session; global caches take no argument."""
    checked = []
    for path in sorted([*ROOT.glob("pages/*.py"), *ROOT.glob("ui/*.py"), ROOT / "app.py"]):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef):
                continue
            cached, scope = _decorator_scope(node)
            if not cached:
                continue
            params = [a.arg for a in node.args.args + node.args.kwonlyargs]
            checked.append((path.name, node.name, scope))
            if params:
                assert scope == "session", (
                    f"{path.name}:{node.name}({', '.join(params)}) caches per-user input "
                    f"globally; use scope='session'")
    names = {(f, n) for f, n, _ in checked}
    assert ("import.py", "parse") in names          # the upload parser is among them
    assert ("import.py", "parse", "session") in checked
