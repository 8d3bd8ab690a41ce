"""Every format the importer reads, from a corpus generated here (tests/import_corpus.py): exact
row counts, totals, dates and domains."""
from __future__ import annotations

import shutil
import subprocess

import pandas as pd
import pytest

from models.importer import ImportOptions, SpendImportError, import_spend
from models.spend import coerce_spend_table
from tests import import_corpus as C

TRUTH_DATES = [pd.Timestamp(r[0]) for r in C.TRUTH]
TRUTH_AMOUNTS = [r[5] for r in C.TRUTH]
TRUTH_DOMAINS = [r[7] for r in C.TRUTH]


def _check_truth(result, domains=TRUTH_DOMAINS):
    spend = result.spend
    assert result.rows_kept == C.N
    assert spend["amount"].tolist() == pytest.approx(TRUTH_AMOUNTS, abs=0.005)
    assert spend["date"].tolist() == TRUTH_DATES
    assert spend["domain"].tolist() == domains
    assert result.total == pytest.approx(C.TOTAL, abs=0.005)
    coerce_spend_table(spend)          # passes the normalised-table contract


TEXT_CASES = {
    "semicolon_cp1252.csv": (C.csv_semicolon_cp1252, ";", "cp1252"),
    "comma_utf8_bom.csv": (C.csv_comma_utf8_bom, ",", "utf-8-sig"),
    "tab_utf8.txt": (C.tsv_utf8_trailing_minus, "\t", "utf-8"),
    "pipe_latin1.txt": (C.pipe_latin1_parentheses, "|", "cp1252"),
}


@pytest.mark.parametrize("name", sorted(TEXT_CASES))
def test_text_dialects(name):
    build, sep, encoding = TEXT_CASES[name]
    result = import_spend(build(), name)
    _check_truth(result)
    assert result.file_kind == "csv"
    assert result.separator == sep
    assert result.encoding == encoding
    assert result.rows_read == C.N and result.dropped == {}
    assert result.it_total == pytest.approx(C.IT_TOTAL, abs=0.005)
    assert result.mapping["vendor"] and result.mapping["label"]


def test_typos_in_headers_are_tolerated():
    result = import_spend(C.csv_typo_headers(), "typos.csv")
    _check_truth(result)
    assert result.mapping == {"date": "Dat", "vendor": "Fournisser", "label": "Libele",
                              "amount": "Montnat  HT"}


def test_no_header_is_mapped_from_content():
    result = import_spend(C.csv_no_header(), "noheader.csv")
    assert result.header_row is None
    assert result.mapping == {"date": "(A)", "label": "(C)", "amount": "(D)"}
    assert result.rows_kept == C.N and result.total == pytest.approx(C.TOTAL)
    assert ("import.warn.no_header", {}) in result.warnings


@pytest.mark.parametrize("fmt", ["xlsx", "ods"])
def test_plain_workbooks(fmt):
    result = import_spend(C.xlsx_sample_like(fmt), f"spend.{fmt}")
    _check_truth(result)
    assert result.file_kind == fmt
    assert result.spend["source_row"].tolist() == list(range(2, 2 + C.N))


def test_macro_enabled_workbook_reads_values_only():
    data = C.xlsm_from_xlsx(C.xlsx_sample_like())
    result = import_spend(data, "spend.xlsm")
    _check_truth(result)


def test_html_table_disguised_as_xls():
    result = import_spend(C.html_as_xls(), "export.xls")
    assert result.file_kind == "html"
    _check_truth(result, domains=["hosting", "hosting", "network", "security", "other", "devices",
                                  "support"])


def _soffice_convert(folder, data: bytes, src_name: str, target: str) -> bytes:
    """Open and save a workbook with LibreOffice (skipped where it is not installed)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        pytest.skip("LibreOffice not installed")
    src = folder / src_name
    src.write_bytes(data)
    out_dir = folder / "out"
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{folder}/profile",
                    "--convert-to", target, "--outdir", str(out_dir), str(src)],
                   capture_output=True, timeout=180, check=False)
    out = out_dir / (src.stem + "." + target)
    if not out.exists():
        pytest.skip("LibreOffice could not convert")
    return out.read_bytes()


@pytest.fixture(scope="module")
def legacy_xls(tmp_path_factory):
    """A real BIFF8 .xls, converted by LibreOffice."""
    return _soffice_convert(tmp_path_factory.mktemp("xls"), C.xlsx_sample_like(), "spend.xlsx",
                            "xls")


def test_formulas_saved_by_a_spreadsheet_program_are_read(tmp_path):
    """What the 'open and save it in Excel first' advice gives: formulas with saved values."""
    data = _soffice_convert(tmp_path, C.formulas_without_values(), "formulas.xlsx", "xlsx")
    result = import_spend(data, "formulas.xlsx")
    assert result.rows_kept == C.N and result.total == pytest.approx(C.TOTAL)


def test_legacy_xls(legacy_xls):
    assert legacy_xls[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    result = import_spend(legacy_xls, "spend.xls")
    assert result.file_kind == "xls"
    _check_truth(result)


def test_messy_workbook_finds_sheet_header_and_drops_noise():
    result = import_spend(C.xlsx_messy(), "messy.xlsx")
    assert result.sheet == C.XLSX_MESSY["sheet"]
    assert result.header_row == C.XLSX_MESSY["header_row"]
    assert result.rows_read == C.XLSX_MESSY["rows_read"]
    assert result.dropped == C.XLSX_MESSY["dropped"]
    _check_truth(result)
    assert set(result.sheets) == {"Notes", "Dépenses 2025", "TCD"}
    # header on row 5 (C5); lines after the blank row and repeated header keep their sheet rows
    assert result.spend["source_row"].tolist() == [6, 7, 8, 11, 12, 14, 15]
    assert result.dropped_rows.set_index("source_row")["reason"].to_dict() == {
        9: "blank", 10: "repeated_header", 13: "total", 16: "total"}


def test_general_ledger_with_debit_credit_and_supplier_lines():
    result = import_spend(C.xlsx_ledger(), "grand_livre.xlsx")
    assert result.rows_read == C.XLSX_LEDGER["rows_read"]
    assert result.dropped == C.XLSX_LEDGER["dropped"]
    assert result.mapping["debit"] == "Débit" and result.mapping["credit"] == "Crédit"
    assert "amount" not in result.mapping          # the balance ("Solde") is never the amount
    _check_truth(result)
    assert result.it_total == pytest.approx(C.IT_TOTAL)
    # no vendor column: known vendors are recognised at the start of the label
    assert result.spend.loc[3, "rule"] == "vendor:sophos"


@pytest.mark.parametrize("build,sep", [(C.fec_tab, "\t"), (C.fec_pipe, "|")])
def test_fec(build, sep):
    result = import_spend(build(), "123456789FEC20251231.txt")
    assert result.fec and result.separator == sep
    assert result.rows_read == C.FEC_LINES
    assert result.dropped == {"not_spend_account": C.FEC_LINES - C.N}
    _check_truth(result)
    # supplier from the 401 line of the same entry; credit on an expense account = credit note
    assert result.spend["vendor"].tolist() == [r[1] for r in C.TRUTH]
    assert result.spend.loc[5, "amount"] == -189.0
    assert result.spend["account"].tolist()[0] == "61350000"


def test_budget_with_periods_and_no_dates():
    result = import_spend(C.budget_long_csv(), "budget.csv")
    assert result.mapping["period"] == "Période"
    assert result.rows_kept == C.BUDGET_LONG["rows"]
    assert result.total == pytest.approx(C.BUDGET_LONG["total"])
    assert result.it_total == pytest.approx(C.BUDGET_LONG["it_total"])
    assert result.spend["date"].dt.strftime("%Y-%m-%d").tolist() == C.BUDGET_LONG["dates"]
    assert result.spend["domain"].tolist() == C.BUDGET_LONG["domains"]


def test_wide_budget_one_column_per_year():
    result = import_spend(C.budget_wide_xlsx(), "budget.xlsx")
    assert result.rows_read == C.BUDGET_WIDE["rows_read"]
    assert result.rows_kept == C.BUDGET_WIDE["rows"]
    assert result.dropped == {"total": 2, "no_amount": 1}
    assert result.total == pytest.approx(C.BUDGET_WIDE["total"])
    by_domain = {k: v for k, v in result.by_domain().items() if v}
    assert by_domain == C.BUDGET_WIDE["by_domain"]
    assert result.spend["date"].dt.year.tolist() == [2024, 2025, 2024, 2025, 2024]
    assert result.spend["source_row"].tolist() == [4, 4, 5, 5, 6]


def test_gross_only_amounts_use_the_vat_rate():
    result = import_spend(C.csv_gross_only(), "ttc.csv")
    assert result.total == pytest.approx(C.TOTAL, abs=0.02)
    assert result.warnings == [("import.warn.gross_only", {"rate": "20"})]
    other = import_spend(C.csv_gross_only(), "ttc.csv", ImportOptions(vat_rate=0.10))
    assert other.spend.loc[0, "amount"] == pytest.approx(round(1339.0 * 1.2 / 1.1, 2))


def test_several_currencies_without_rates_are_refused_with_one_sentence():
    with pytest.raises(SpendImportError) as err:
        import_spend(C.csv_currencies(), "fx.csv")
    assert err.value.key == "import.error.currencies_need_rates"
    assert err.value.params == {"currencies": "EUR, USD", "missing": "USD",
                                "rate": "--rate USD=…"}
    assert "USD" in err.value.message("fr") and "--rate USD=…" in err.value.message("en")
    usd = C.TRUTH[1][5] + C.TRUTH[3][5]
    converted = import_spend(C.csv_currencies(), "fx.csv", ImportOptions(fx_rates={"USD": 0.9}))
    assert converted.rows_kept == C.N and converted.dropped == {}
    assert converted.total == pytest.approx(C.TOTAL - usd + 0.9 * usd)
    assert converted.spend.loc[1, "amount_original"] == 96.0
    assert converted.spend.loc[1, "currency"] == "USD"
    assert converted.currency == "EUR" and converted.rates == {"USD": 0.9}
    assert converted.currencies == {"EUR": 5, "USD": 2}
    assert converted.warnings[0] == ("import.warn.currencies", {
        "currencies": "EUR (5), USD (2)", "rates": "1 USD = 0.9 €"})


def test_single_foreign_currency_without_rate_is_kept_as_read():
    data = "Date,Vendor,Description,Amount\n2025-01-15,OVHcloud,VPS server,$96.00\n" \
           "2025-02-15,OVHcloud,VPS server,$96.00\n".encode()
    result = import_spend(data, "usd.csv")
    assert result.currency == "USD" and result.total == 192.0
    assert result.currency_source == "cells" and result.rates == {}
    assert result.warnings == [("import.warn.not_euro", {"currency": "USD",
                                                         "rate": "--rate USD=…"})]


def test_category_column_of_the_file_is_used():
    result = import_spend(C.csv_category_column(), "categories.csv")
    _check_truth(result)
    assert result.spend["rule"].str.startswith("category:").all()


def test_chosen_sheet_and_unknown_sheet():
    result = import_spend(C.xlsx_messy(), "messy.xlsx", ImportOptions(sheet="Dépenses 2025"))
    assert result.sheet == "Dépenses 2025" and result.rows_kept == C.N
    with pytest.raises(SpendImportError) as err:     # the pivot sheet has no amount column
        import_spend(C.xlsx_messy(), "messy.xlsx", ImportOptions(sheet="TCD"))
    assert err.value.key == "import.error.no_amount"
    with pytest.raises(SpendImportError) as err:
        import_spend(C.xlsx_messy(), "messy.xlsx", ImportOptions(sheet="Nope"))
    assert err.value.key == "import.error.no_sheet"
    assert "Dépenses 2025" in err.value.message("fr")


def test_user_mapping_overrides_detection():
    # take the gross amount instead of the net one
    result = import_spend(C.xlsx_messy(), "messy.xlsx", ImportOptions(mapping={
        "date": "Date", "vendor": "Fournisseur", "label": "Libellé", "gross": "Montant TTC",
        "vat": "TVA"}))
    assert result.total == pytest.approx(C.TOTAL)           # gross - VAT = net
    result = import_spend(C.xlsx_messy(), "messy.xlsx", ImportOptions(mapping={
        "date": "Date", "amount": "Montant TTC", "label": "Libellé"}))
    assert result.total == pytest.approx(C.GROSS_TOTAL)
    with pytest.raises(SpendImportError) as err:
        import_spend(C.xlsx_messy(), "messy.xlsx", ImportOptions(mapping={"amount": "Nope"}))
    assert err.value.key == "import.error.bad_mapping"


def test_sample_workbook_imports_exactly(sample_spend):
    from tests.conftest import ROOT
    data = (ROOT / "sample_data" / "sample_company_spend.xlsx").read_bytes()
    result = import_spend(data, "sample_company_spend.xlsx")
    assert result.sheet == "Dépenses" and result.header_row == 3
    assert result.rows_read == result.rows_kept == len(sample_spend)
    assert result.spend["amount"].sum() == pytest.approx(sample_spend["amount"].sum(), abs=1e-6)
    assert result.spend["source_row"].tolist() == sample_spend["source_row"].tolist()
    truth = sample_spend["domain"].to_numpy()
    got = result.spend["domain"].to_numpy()
    amount = sample_spend["amount"].abs().to_numpy()
    it = truth != "other"
    share = amount[it & (got == truth)].sum() / amount[it].sum()
    assert share >= 0.95
    # IT totals per domain match the generator's truth wherever the classification does
    assert result.it_total == pytest.approx(
        sample_spend.loc[sample_spend["domain"] != "other", "amount"].sum(), rel=0.05)
    assert result.spend["capex"].tolist() == sample_spend["capex"].tolist()


def test_bank_style_export_with_negative_spend_is_mapped_as_a_credit():
    lines = ["Date;Libellé;Montant"] + [f"{d:%d/%m/%Y};{v} {lab};{fr_n(-amt)}"
                                        for d, v, lab, _, _, amt, _, _ in C.TRUTH]
    data = "\n".join(lines).encode()
    result = import_spend(data, "banque.csv")
    assert result.warnings[0] == ("import.warn.mostly_negative", {"column": "Montant"})
    assert result.total == pytest.approx(-C.TOTAL)         # never flipped silently
    credit = import_spend(data, "banque.csv", ImportOptions(mapping={
        "date": "Date", "label": "Libellé", "credit": "Montant"}))
    assert credit.total == pytest.approx(C.TOTAL) and credit.warnings == []


def test_csv_with_title_lines_above_the_header():
    body = C.csv_semicolon_cp1252().decode("cp1252")
    text = "Export comptable;;;;\nSociété Exemple;;;;\n;;;;\n" + body
    result = import_spend(text.encode("cp1252"), "titled.csv")
    assert result.header_row == 4
    _check_truth(result)
    assert result.dropped == {}


def test_dates_as_excel_serial_numbers_and_periods_in_a_date_column():
    data = ("Date;Libellé;Montant HT\n45672;Licence Sage;100\nT2 2025;Budget fibre;200\n"
            "2025;Audit sécurité;300\n").encode()
    result = import_spend(data, "serial.csv")
    assert result.spend["date"].tolist() == [pd.Timestamp("2025-01-15"), pd.Timestamp("2025-04-01"),
                                             pd.Timestamp("2025-01-01")]
    assert result.spend["domain"].tolist() == ["applications", "network", "security"]


def fr_n(x):
    return C.fr_number(x, "")


def test_ledger_printed_account_by_account():
    result = import_spend(C.xlsx_ledger_by_account(), "grand_livre_sage.xlsx")
    assert result.header_row == 4
    assert result.rows_read == C.XLSX_LEDGER_BY_ACCOUNT["rows_read"]
    assert result.dropped == C.XLSX_LEDGER_BY_ACCOUNT["dropped"]
    assert result.rows_kept == C.N and result.total == pytest.approx(C.TOTAL)
    assert result.it_total == pytest.approx(C.IT_TOTAL)
    assert set(result.spend["account"]) == {r[3].ljust(7, "0") for r in C.TRUTH}
    assert "Locations mobilières" in set(result.spend["account_label"])
    assert dict(zip(result.spend["amount"], result.spend["domain"])) == {
        r[5]: r[7] for r in C.TRUTH}


def test_fec_opening_balances_are_not_spend():
    rows = C.fec_tab().decode().split("\r\n")
    opening = ["AN", "A-nouveaux", "AN00001", "20250101", "21830000", "Matériel informatique", "",
               "", "AN", "20250101", "A nouveau", "25000,00", "0,00", "", "", "20250101", "", ""]
    data = "\r\n".join(rows[:1] + ["\t".join(opening)] + rows[1:]).encode()
    result = import_spend(data, "FEC.txt")
    assert result.dropped == {"opening": 1, "not_spend_account": C.FEC_LINES - C.N}
    assert result.total == pytest.approx(C.TOTAL)
