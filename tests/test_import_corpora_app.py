"""AppTest of the Import page with the issue 13 corpora: the detected currency and the rates,
amounts never labelled € when they are not euros, the evidence columns and the reason of
each line, the weak-evidence summary, a FEC inside a .zip."""
from __future__ import annotations

import io
import zipfile

import pytest
from streamlit.testing.v1 import AppTest

from i18n import fmt_eur, t
from tests import import_corpora as K
from tests.conftest import ROOT

APP = str(ROOT / "app.py")


def _open(lang: str = "en") -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.session_state["lang"] = lang
    at.run()
    at.switch_page("pages/import.py").run()
    assert not at.exception, at.exception
    return at


def _upload(at: AppTest, name: str, data: bytes, mime: str = "text/csv") -> AppTest:
    at.file_uploader(key="import_upload").set_value((name, data, mime)).run()
    assert not at.exception, at.exception
    return at


def _metrics(at):
    return {m.label: m.value for m in at.metric}


@pytest.fixture(scope="module")
def zar_bytes():
    return K.zar_expenses()[0]


def test_zar_workbook_shows_rand_the_evidence_and_asks_for_a_rate(zar_bytes):
    at = _upload(_open("en"), "expenses.xlsx", zar_bytes,
                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    infos = [i.value for i in at.info]
    assert "Currency: ZAR, read from the header 'Amount \\(ZAR\\)'." in infos
    it_total = _metrics(at)["IT total (net)"]
    assert it_total.startswith("ZAR ") and "€" not in it_total
    assert any("126,158,159.43" in c.value and "ZAR" in c.value for c in at.caption)
    assert not any("€126" in c.value for c in at.caption)
    assert any("Amounts are in ZAR, not euros" in w.value for w in at.warning)
    assert [n.label for n in at.number_input] == ["Euros for 1 ZAR"]
    lines = next(e for e in at.dataframe if "Rule" in e.value.columns).value
    assert {"Department", "Category", "Rule", "Confidence"} <= set(lines.columns)
    it = lines[lines["Correction"] != t("domain.other", "en")]
    assert (it["Rule"].str.len() > 0).all()
    assert set(it["Department"]) >= {"IT & Infrastructure"}
    # a rate entered once converts every line, and the amounts are euros again
    at.number_input(key="imp__fx_ZAR").set_value(0.05).run()
    assert not at.exception
    assert _metrics(at)["Rows kept"] == "500"
    assert _metrics(at)["IT total (net)"].startswith("€")
    assert any(i.value.startswith("Amounts converted to euros: 1 ZAR = 0.0500 €") for i in at.info)


def test_multi_currency_budget_needs_both_rates_on_the_page():
    data, _ = K.multi_currency_budget()
    at = _upload(_open("fr"), "multi.csv", data)
    assert len(at.error) == 1 and "GBP, USD" in at.error[0].value
    assert not at.metric
    labels = [n.label for n in at.number_input]
    assert labels == ["Euros pour 1 GBP", "Euros pour 1 USD"]
    at.number_input(key="imp__fx_USD").set_value(0.92).run()
    assert len(at.error) == 1                       # still one rate missing
    at.number_input(key="imp__fx_GBP").set_value(1.17).run()
    assert not at.error
    metrics = _metrics(at)
    assert metrics[t("import.summary.kept", "fr")] == "7"
    rate = {"EUR": 1.0, **K.MULTI_RATES}
    it_total = sum(round(r[3] * rate[r[4]], 2) for r in K.MULTI_CURRENCY if r[5])
    assert metrics[t("import.summary.it_total", "fr")] == fmt_eur(it_total, "fr")


def test_weak_evidence_summary_when_it_comes_from_department_names():
    lines = ["Date;Department;Description;Amount"]
    lines += [f"2025-01-{k + 1:02d};IT;Contractor invoice {k};1000" for k in range(6)]
    lines += ["2025-02-01;IT;Microsoft 365 licences;500", "2025-02-02;HR;Team lunch;300"]
    at = _upload(_open("en"), "depts.csv", "\n".join(lines).encode())
    assert any(w.value == t("import.evidence.weak", "en", it_lines="7", weak="6")
               for w in at.warning)


def test_fec_inside_a_zip_is_imported():
    data, truth = K.fec(entries=300)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("123456789FEC20251231.txt", data)
    at = _upload(_open("en"), "fec.zip", buf.getvalue(), "application/zip")
    assert _metrics(at)["Rows kept"] == "300"
    assert any(c.value.replace("\\", "").startswith("Read: CSV+ZIP") for c in at.caption)


def test_a_big_fec_imports_with_a_progress_bar_that_goes_away(monkeypatch):
    """A file above the page's threshold is imported with a progress bar reporting its steps
    (issue 13: "the same on the Import page with a progress bar"); the bar is gone once the
    summary is shown."""
    data, truth = K.fec(entries=300)
    at = _open("fr")
    at.session_state["_test_progress_bytes"] = 1     # every file shows the bar in this test
    at = _upload(at, "123456789FEC20251231.txt", data, "text/plain")
    assert _metrics(at)["Lignes retenues"] == "300"
    assert not at.get("progress")
