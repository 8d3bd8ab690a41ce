"""AppTests of issue 13, part 2: the company comes with its data (activation asks for it, a file
with no IT spend is refused and the data loaded stays), the sanity warnings on the decision
pages (French and English), and a dataset in rand: asked for a rate, then shown in rand and
never with a euro sign on the Overview and in the board pack's workbook."""
from __future__ import annotations

import dataclasses
import io

import openpyxl
import pytest
from google.protobuf import text_format
from streamlit.testing.v1 import AppTest

from i18n import fmt_eur, t
from models.dataset import sample_dataset
from models.sanity import check, sentence
from tests import import_corpus as C
from tests.conftest import ROOT, rendered

APP = str(ROOT / "app.py")
NO_IT_CSV = ("Date,Fournisseur,Libellé,Montant\n2025-01-10,Foncia,Loyer bureaux,1200\n"
             "2025-02-10,Foncia,Loyer bureaux,1200\n2025-03-10,EDF,Electricite,300\n").encode()


def _open(page: str, lang: str = "en", dataset=None, trials: int | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=300)
    at.session_state["lang"] = lang
    if dataset is not None:
        at.session_state["dataset"] = dataset
    if trials:
        at.session_state["sim_trials"] = trials
    at.run()
    at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


def _upload(at: AppTest, name: str, data: bytes, mime: str = "text/csv") -> AppTest:
    at.file_uploader(key="import_upload").set_value((name, data, mime)).run()
    assert not at.exception, at.exception
    return at


def _texts(at: AppTest) -> str:
    """Every text the run put on the page (main area and sidebar), charts' specs included."""
    out = []

    def walk(node):
        children = getattr(node, "children", None)
        if children:
            for child in children.values():
                walk(child)
        elif getattr(node, "proto", None) is not None:
            out.append(text_format.MessageToString(node.proto, as_utf8=True))
    walk(at.main)
    walk(at.sidebar)
    return "\n".join(out)


# ----------------------------------------------------------------- activation

@pytest.mark.parametrize("lang", ["fr", "en"])
def test_activation_asks_for_the_company(lang):
    at = _upload(_open("pages/import.py", lang), "123456789FEC20251231.txt", C.fec_tab(),
                 "text/plain")
    at.button(key="imp__activate").click().run()           # whose data is it? not said yet
    assert rendered(at.error[0].value).endswith(t("import.company.error.which", lang))
    assert at.session_state["dataset"].is_sample
    at.radio(key="imp__company_which").set_value("other").run()
    # another company: empty fields with placeholders, never the sample company's figures
    assert at.text_input(key="imp__co_name").value == ""
    assert at.text_input(key="imp__co_name").placeholder == t("import.company.name_ph", lang)
    for key in ("imp__co_employees", "imp__co_revenue", "imp__co_staff"):
        assert at.number_input(key=key).value is None
    at.button(key="imp__activate").click().run()
    errors = rendered(at.error[0].value)
    for key in ("import.company.error.name", "import.company.error.employees",
                "import.company.error.it_staff"):
        assert t(key, lang) in errors
    assert at.session_state["dataset"].is_sample               # nothing activated
    at.text_input(key="imp__co_name").set_value("Dupont Industrie SAS").run()
    at.number_input(key="imp__co_employees").set_value(120).run()
    at.number_input(key="imp__co_revenue").set_value(18_000_000).run()
    at.number_input(key="imp__co_staff").set_value(3).run()
    at.button(key="imp__activate").click().run()
    assert not at.exception
    ds = at.session_state["dataset"]
    assert ds.source_name == "123456789FEC20251231.txt" and ds.currency == "EUR"
    assert (ds.company.name, ds.company.employees, ds.company.revenue_eur) == (
        "Dupont Industrie SAS", 120, 18_000_000.0)
    assert ds.company.workstations == 120 and ds.company.servers == 6 and ds.company.sites == 1
    assert [(r.role, r.fte) for r in ds.staff] == [
        (t("company.role.it_manager", lang), 1.0), (t("company.role.technician", lang), 2.0)]
    assert at.success[0].value == t("import.activated", lang,
                                    company="Dupont Industrie SAS", lines=str(C.N),
                                    it_total=fmt_eur(C.IT_TOTAL, lang))
    # the board pack and its files carry the new company's name
    from ui.state import export_basename
    assert export_basename(ds).startswith("it-sourcing-dupont-industrie-sas-")


def test_same_company_is_prefilled_with_the_profile():
    at = _upload(_open("pages/import.py", "en"), "spend.csv", C.csv_semicolon_cp1252())
    at.radio(key="imp__company_which").set_value("same").run()
    sample = sample_dataset()
    assert at.text_input(key="imp__co_name_same").value == sample.company.name
    assert at.number_input(key="imp__co_employees_same").value == sample.company.employees
    assert at.number_input(key="imp__co_revenue_same").value == sample.company.revenue_eur
    at.number_input(key="imp__co_employees_same").set_value(80).run()
    at.button(key="imp__activate").click().run()
    ds = at.session_state["dataset"]
    assert ds.company.employees == 80 and ds.company.name == sample.company.name
    assert ds.staff == sample.staff and ds.source_name == "spend.csv"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_file_with_no_it_spend_is_refused_and_the_data_stays(lang):
    at = _upload(_open("pages/import.py", lang), "spend.csv", C.csv_semicolon_cp1252())
    at.radio(key="imp__company_which").set_value("same").run()
    at.button(key="imp__activate").click().run()
    first = at.session_state["dataset"]
    assert first.source_name == "spend.csv"
    _upload(at, "rent.csv", NO_IT_CSV)
    at.radio(key="imp__company_which").set_value("same").run()
    at.button(key="imp__activate").click().run()
    assert not at.exception
    assert rendered(at.error[0].value) == t("import.refused.no_it", lang,
                                            amount=fmt_eur(0, lang), name="spend.csv")
    kept = at.session_state["dataset"]
    assert kept.source_name == "spend.csv" and kept.spend.equals(first.spend)


# ----------------------------------------------------------------- sanity warnings

def _implausible():
    """The sample company's data with a headcount of 2 and €1M of revenue: about €175,000 of
    IT per employee and 35 % of revenue."""
    ds = sample_dataset()
    return dataclasses.replace(ds, company=dataclasses.replace(ds.company, employees=2,
                                                               revenue_eur=1_000_000.0))


DECISION_PAGES = ["pages/overview.py", "pages/scenarios.py", "pages/comparison.py",
                  "pages/predictability.py", "pages/risk.py", "pages/sensitivity.py",
                  "pages/governance.py", "pages/export.py"]


@pytest.mark.parametrize("page, lang", [(p, "en") for p in DECISION_PAGES]
                         + [("pages/overview.py", "fr"), ("pages/comparison.py", "fr")])
def test_decision_pages_show_each_warning_once(page, lang):
    ds = _implausible()
    expected = [sentence(w, lang) for w in check(ds)]
    assert [w.key for w in check(ds)] == ["sanity.per_employee_high", "sanity.revenue_high"]
    at = _open(page, lang, ds, trials=1_000)
    shown = [rendered(w.value) for w in at.warning]
    for text in expected:
        assert shown.count(text) == 1, (page, text, shown)


def test_the_sample_company_shows_no_warning_and_the_data_pages_none():
    at = _open("pages/overview.py", "en", trials=1_000)
    assert not [w for w in at.warning if "typical" in w.value]
    at = _open("pages/spend.py", "en", _implausible())       # not a decision page
    assert not [w for w in at.warning if "typical" in w.value]


# ----------------------------------------------------------------- a dataset in rand

def _rand():
    """The sample company's data in rand (× 20), revenue in rand, staff still in euros."""
    ds = sample_dataset()
    return dataclasses.replace(
        ds, spend=ds.spend.assign(amount=ds.spend["amount"] * 20), currency="ZAR",
        company=dataclasses.replace(ds.company, name="Kaap Logistics",
                                    revenue_eur=ds.company.revenue_eur * 20))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_rand_overview_asks_for_a_rate_then_shows_rand_never_euros(lang):
    at = _open("pages/overview.py", lang, _rand(), trials=1_000)
    # no rate: the market defaults are in euros, said plainly; no figure is shown
    assert at.warning[0].value == t("money.gate.text", lang, currency="ZAR")
    assert not at.metric and not at.get("plotly_chart")
    assert "€" not in _texts(at)
    at.number_input(key="money__rate").set_value(0.05).run()
    at.button(key="money__work").click().run()
    assert not at.exception, at.exception
    ds = at.session_state["dataset"]
    assert ds.currency == "ZAR" and ds.eur_rate == 0.05 and ds.staff_currency == "ZAR"
    assert at.success[0].value == t("money.gate.worked", lang, currency="ZAR",
                                    rate="0,05" if lang == "fr" else "0.05")
    assert not [c for c in at.caption if "converted at" in c.value or "converties" in c.value]
    metrics = [m.value for m in at.metric]
    assert metrics and all("ZAR" in v for v in metrics if any(c.isdigit() for c in v)
                           and "%" not in v)
    text = _texts(at)
    assert "ZAR" in text and "€" not in text and "\\u20ac" not in text
    # the same figures as the euro analysis, × 20 (each shown rounded to the unit)
    euro = _open("pages/overview.py", lang, sample_dataset(), trials=1_000)
    assert at.metric[0].value.endswith("ZAR") if lang == "fr" else \
        at.metric[0].value.startswith("ZAR ")
    assert _amount(at.metric[0].value, lang) == pytest.approx(
        20 * _amount(euro.metric[0].value, lang), abs=10.5)


def _amount(text: str, lang: str) -> float:
    digits = "".join(c for c in text if c.isdigit() or c in ".,")
    return float(digits.replace(",", "") if lang == "en" else digits.replace(",", "."))


def test_rand_converted_to_euros_from_the_gate():
    at = _open("pages/comparison.py", "en", _rand(), trials=1_000)
    at.number_input(key="money__rate").set_value(0.05).run()
    at.button(key="money__convert").click().run()
    ds = at.session_state["dataset"]
    assert ds.currency == "EUR" and ds.eur_rate is None
    assert ds.spend["amount"].sum() == pytest.approx(sample_dataset().spend["amount"].sum())
    assert "€" in _texts(at)


def test_the_gate_refuses_no_rate_with_a_sentence():
    at = _open("pages/risk.py", "fr", _rand(), trials=1_000)
    at.button(key="money__work").click().run()
    assert at.error[0].value == t("money.gate.no_rate", "fr", currency="ZAR")
    assert at.session_state["dataset"].eur_rate is None


def test_rand_board_pack_workbook_has_no_euro_sign():
    from models.money import work_in_currency
    at = _open("pages/export.py", "en", work_in_currency(_rand(), 0.05), trials=1_000)
    next(b for b in at.button if b.label == t("exportpage.prepare", "en")).click().run()
    assert not at.exception, at.exception
    files = at.session_state["export_files"][1]
    wb = openpyxl.load_workbook(io.BytesIO(files["xlsx"]))
    summary = wb[t("export.sheet.summary", "en")]
    assert summary["A1"].value == t("export.title", "en", company="Kaap Logistics")
    assert "ZAR" in summary["A3"].value                       # the finding
    # every amount's format names rand; no cell but the cited publications' own figures
    # (the Assumptions sheet's basis column, about euro market defaults) shows a euro sign
    formats = {c.number_format for ws in wb for row in ws.iter_rows() for c in row}
    assert '#,##0 "ZAR";[Red]-#,##0 "ZAR"' in formats and not [f for f in formats if "€" in f]
    assumptions = wb[t("export.sheet.assumptions", "en")]
    source_col = {c.column for row in assumptions.iter_rows() for c in row
                  if c.value == t("assumptions.col.detail", "en")}
    euro_cells = [(ws.title, c.column) for ws in wb for row in ws.iter_rows() for c in row
                  if isinstance(c.value, str) and "€" in c.value]
    assert euro_cells and set(euro_cells) <= {(assumptions.title, col) for col in source_col}
    html = files["html"].decode("utf-8")
    assert "Kaap Logistics" in html and "ZAR" in html
    assert "€" not in html.split("<h2>", 1)[0]              # title, meta line, finding
