"""AppTest of the Import and Company & IT staff pages, in French and English."""
from __future__ import annotations

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from i18n import fmt_eur, t
from tests import import_corpus as C
from tests.conftest import ROOT

APP = str(ROOT / "app.py")
CSV_MIME = "text/csv"


def _open(page: str, lang: str = "en") -> AppTest:
    at = AppTest.from_file(APP, default_timeout=90)
    at.session_state["lang"] = lang
    at.run()
    at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


def _upload(at: AppTest, name: str, data: bytes, mime: str = C.XLSX_MIME) -> AppTest:
    at.file_uploader(key="import_upload").set_value((name, data, mime)).run()
    assert not at.exception, at.exception
    return at


def _metrics(at):
    return {m.label: m.value for m in at.metric}


def _activate(at: AppTest) -> AppTest:
    """Activate the upload for the company already in the profile (issue 13: the Import page
    asks whose data it is before activating)."""
    at.radio(key="imp__company_which").set_value("same").run()
    at.button(key="imp__activate").click().run()
    assert not at.exception, at.exception
    return at


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_upload_shows_summary_and_activates(lang):
    at = _open("pages/import.py", lang)
    assert at.info[0].value == t("import.waiting", lang, name="Mécanique Précision Loire SAS")
    _upload(at, "123456789FEC20251231.txt", C.fec_tab(), "text/plain")
    metrics = _metrics(at)
    assert metrics[t("import.summary.read", lang)] == str(C.FEC_LINES)
    assert metrics[t("import.summary.kept", lang)] == str(C.N)
    assert metrics[t("import.summary.dropped", lang)] == str(C.FEC_LINES - C.N)
    assert metrics[t("import.summary.it_total", lang)] == fmt_eur(C.IT_TOTAL, lang)
    assert at.session_state["dataset"].is_sample            # not active until asked
    _activate(at)
    ds = at.session_state["dataset"]
    assert ds.source_name == "123456789FEC20251231.txt"
    assert len(ds.spend) == C.N
    assert ds.spend["amount"].sum() == pytest.approx(C.TOTAL)
    assert at.success[0].value == t("import.activated", lang,
                                    company="Mécanique Précision Loire SAS", lines="7",
                                    it_total=fmt_eur(C.IT_TOTAL, lang))
    at.switch_page("pages/spend.py").run()               # the other pages use the imported data
    assert not at.exception


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_bad_upload_keeps_the_active_data(lang):
    at = _open("pages/import.py", lang)
    _upload(at, "messy.xlsx", C.xlsx_messy())
    _activate(at)
    assert at.session_state["dataset"].source_name == "messy.xlsx"
    for name, build, key in [c for c in C.BAD_INPUTS if c[0] in (
            "photo.xlsx", "locked.xlsx", "formulas.xlsx", "cut.xlsx", "header_only.xlsx")]:
        _upload(at, name, build())
        assert len(at.error) == 1
        assert at.error[0].value == t(key, lang)
        assert at.session_state["dataset"].source_name == "messy.xlsx"
        assert len(at.session_state["dataset"].spend) == C.N


def test_mapping_change_is_applied_and_remembered():
    at = _open("pages/import.py", "en")
    data = C.xlsx_messy()        # built once: openpyxl stamps the time into each workbook
    _upload(at, "messy.xlsx", data)
    amount = next(s for s in at.selectbox if s.label == "Net amount")
    assert amount.value == "Montant HT"
    amount.set_value("Montant TTC").run()
    assert not at.exception
    remembered = next(iter(at.session_state["import_mapping"].values()))
    assert remembered["amount"] == "Montant TTC"
    gross_it = round(sum(r[5] + r[6] for r in C.TRUTH if r[7] != "other"), 2)
    assert "gross" not in remembered          # the column now serves the amount only
    assert _metrics(at)["IT total (net)"] == fmt_eur(gross_it, "en")
    # leave the page and come back: the mapping is still used for the same file
    at.switch_page("pages/spend.py").run()
    at.switch_page("pages/import.py").run()
    _upload(at, "messy.xlsx", data)
    assert _metrics(at)["IT total (net)"] == fmt_eur(gross_it, "en")


def test_corrections_from_state_and_from_a_file():
    at = _open("pages/import.py", "en")
    at.session_state["import_corrections"] = pd.DataFrame(
        {"scope": ["vendor"], "key": ["Foncia Immobilier"], "domain": ["governance"]})
    _upload(at, "spend.csv", C.csv_semicolon_cp1252(), CSV_MIME)
    rent = 6500.0
    assert _metrics(at)["IT total (net)"] == fmt_eur(C.IT_TOTAL + rent, "en")
    corrections = b"scope,key,domain\nline,3,other\n"
    at.file_uploader(key="import_corr_upload").set_value(("c.csv", corrections, CSV_MIME)).run()
    assert not at.exception
    assert at.success[0].value == t("import.corrections.loaded", "en", count=1)
    assert _metrics(at)["IT total (net)"] == fmt_eur(C.IT_TOTAL + rent - 96.0, "en")
    _activate(at)
    spend = at.session_state["dataset"].spend
    assert spend.loc[spend["source_row"] == 3, "rule"].item() == "user:line"
    assert spend.loc[spend["vendor"] == "Foncia Immobilier", "domain"].item() == "governance"


def test_bad_corrections_file_shows_a_sentence():
    at = _open("pages/import.py", "fr")
    _upload(at, "spend.csv", C.csv_semicolon_cp1252(), CSV_MIME)
    at.file_uploader(key="import_corr_upload").set_value(("c.csv", b"a,b\n1,2\n", CSV_MIME)).run()
    assert at.error[0].value == t("import.error.bad_corrections", "fr")


def test_back_to_sample():
    at = _open("pages/import.py", "en")
    _upload(at, "spend.csv", C.csv_semicolon_cp1252(), CSV_MIME)
    _activate(at)
    assert not at.session_state["dataset"].is_sample
    at.button(key="imp__sample").click().run()
    assert at.session_state["dataset"].is_sample
    assert at.info[0].value == t("import.sample_active", "en")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_company_form_saves_valid_values(lang):
    at = _open("pages/company.py", lang)
    assert at.title[0].value == t("company.title", lang)
    employees = next(n for n in at.number_input if n.label == t("company.employees", lang))
    employees.set_value(120)
    submit = next(b for b in at.button if b.label == t("company.save", lang))
    submit.click().run()
    assert not at.exception
    ds = at.session_state["dataset"]
    assert ds.company.employees == 120
    assert len(ds.staff) == 2
    assert at.success and at.success[0].value.startswith(t("company.saved", lang, cost="")[:10])


def test_company_form_refuses_bad_values_and_keeps_data():
    at = _open("pages/company.py", "en")
    employees = next(n for n in at.number_input if n.label == "Employees")
    employees.set_value(0)
    next(b for b in at.button if b.label == "Save").click().run()
    assert "The number of employees must be at least 1." in at.error[0].value
    assert at.session_state["dataset"].company.employees == 76


def test_company_add_typical_role():
    at = _open("pages/company.py", "en")
    at.selectbox(key="co__role_kind").set_value("sysadmin").run()
    at.button(key="co__add").click().run()
    staff = at.session_state["dataset"].staff
    assert len(staff) == 3
    assert staff[-1].role == "Systems and network administrator"
    assert staff[-1].gross_salary_eur == 42000.0
    assert sum(staff[-1].time_share.values()) == pytest.approx(1.0)


def test_exchange_rate_and_vat_inputs():
    at = _open("pages/import.py", "en")
    _upload(at, "fx.csv", C.csv_currencies(), CSV_MIME)
    # several currencies and no rate: one sentence, nothing imported, the rate asked for
    assert len(at.error) == 1 and "--rate USD=…" in at.error[0].value.replace("\\", "")
    assert not at.metric
    rate = next(n for n in at.number_input if n.label == "Euros for 1 USD")
    rate.set_value(0.9).run()
    assert _metrics(at)["Rows dropped"] == "0" and _metrics(at)["Rows kept"] == str(C.N)
    assert at.session_state["import_options"]["fx"] == {"USD": 0.9}
    _upload(at, "ttc.csv", C.csv_gross_only(), CSV_MIME)
    vat = next(n for n in at.number_input if n.label == "VAT rate of gross amounts (%)")
    assert vat.value == 20.0
    assert _metrics(at)["IT total (net)"] == fmt_eur(C.IT_TOTAL, "en")
    vat.set_value(0.0).run()
    gross_it = round(sum(round(r[5] * 1.2, 2) for r in C.TRUTH if r[7] != "other"), 2)
    assert _metrics(at)["IT total (net)"] == fmt_eur(gross_it, "en")


def test_the_data_keeps_the_files_name_as_the_user_gave_it():
    """Underscores and parentheses are the usual words of an export's name: the label keeps
    them (it took them out before), shown escaped in the banner; a link's brackets go."""
    from ui.frame import md_text
    at = _open("pages/import.py", "en")
    _activate(_upload(at, "Grand_Livre_[IT] (2025).xlsx", C.xlsx_messy()))
    ds = at.session_state["dataset"]
    assert ds.source_name == "Grand_Livre_IT (2025).xlsx"
    at.switch_page("pages/spend.py").run()
    banner = next(c.value for c in at.caption if c.value.startswith(":material/database:"))
    assert f"uploaded file “{md_text('Grand_Livre_IT (2025).xlsx')}”" in banner
    assert "Grand\\_Livre\\_IT" in banner                  # escaped: no italics in Markdown
