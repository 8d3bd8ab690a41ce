"""Every refused file gets one plain sentence in French and English, never a traceback."""
from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile

import pandas as pd
import pytest

from i18n import t
from models.importer import (
    SpendImportError,
    apply_corrections,
    corrections_to_csv,
    corrections_to_json,
    import_spend,
    merge_corrections,
    read_corrections,
)
from models.importer.readers import MAX_COMPRESSION_RATIO, sniff_kind
from tests import import_corpus as C
from tests.conftest import ROOT


@pytest.mark.parametrize("name,build,key", C.BAD_INPUTS, ids=[c[0] for c in C.BAD_INPUTS])
def test_bad_input_is_refused_with_a_sentence(name, build, key):
    with pytest.raises(SpendImportError) as err:
        import_spend(build(), name)
    assert err.value.key == key
    for lang in ("fr", "en"):
        sentence = err.value.message(lang)
        assert sentence == t(key, lang, **err.value.params)
        assert "\n" not in sentence and "Traceback" not in sentence
        assert sentence.endswith(".")


def test_xml_entity_bomb_is_refused():
    with pytest.raises(SpendImportError) as err:
        import_spend(C.xml_entity_bomb(), "lol.xlsx")
    assert err.value.key in ("import.error.xml_entities", "import.error.corrupt")


def test_zip_bomb_is_refused_from_the_directory_without_inflating():
    data = C.zip_bomb()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        declared = sum(i.file_size for i in z.infolist())
    assert declared > MAX_COMPRESSION_RATIO * len(data)      # what the guard reads
    with pytest.raises(SpendImportError) as err:
        import_spend(data, "bomb.xlsx")
    assert err.value.params["size_mb"] == f"{declared / 2**20:.0f}"


def test_formula_message_says_open_and_save_in_excel():
    with pytest.raises(SpendImportError) as err:
        import_spend(C.formulas_without_values(), "f.xlsx")
    assert "open and save it in Excel first" in err.value.message("en")
    assert "enregistrez-le dans Excel d'abord" in err.value.message("fr")


def test_sniffing_ignores_the_extension():
    assert sniff_kind(C.png_renamed()) == "image"
    assert sniff_kind(C.html_as_xls()) == "html"
    assert sniff_kind(C.xlsx_sample_like()) == "zip"
    assert sniff_kind(C.csv_semicolon_cp1252()) == "text"


# --- command line -----------------------------------------------------------------------------

def _cli(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "models", "import", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


def test_cli_json_on_the_fec(tmp_path):
    path = tmp_path / "123456789FEC20251231.txt"
    path.write_bytes(C.fec_tab())
    out = _cli(str(path), "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["rows"] == C.N
    assert data["rejected"]["count"] == C.FEC_LINES - C.N
    assert data["rejected"]["reasons"] == {"not_spend_account": C.FEC_LINES - C.N}
    # VAT and supplier lines of each purchase (rows 3-4, 6-7, …) and the two bank lines
    assert data["rejected"]["rows"]["not_spend_account"] == sorted(
        [3 + 3 * k for k in range(C.N)] + [4 + 3 * k for k in range(C.N)] + [23, 24])
    assert data["total"] == C.TOTAL and data["it_total"] == C.IT_TOTAL
    assert data["currency"] == "EUR"
    assert data["by_domain"] == {**{d: 0.0 for d in ("governance", "applications")},
                                 **C.BY_DOMAIN}
    assert data["mapping"]["debit"] == "Debit" and data["mapping"]["date"] == "EcritureDate"
    assert data["warnings"] == []


def test_cli_sheet_option_and_text_output(tmp_path):
    path = tmp_path / "messy.xlsx"
    path.write_bytes(C.xlsx_messy())
    out = _cli(str(path), "--sheet", "Dépenses 2025")
    assert out.returncode == 0, out.stderr
    assert "kept 7, rejected 4" in out.stdout


@pytest.mark.parametrize("name,build,key", [c for c in C.BAD_INPUTS if c[0] in (
    "empty.csv", "photo.xlsx", "locked.xlsx", "formulas.xlsx", "no_date.csv")])
def test_cli_unreadable_file_exits_2_with_one_sentence(tmp_path, name, build, key):
    path = tmp_path / name
    path.write_bytes(build())
    out = _cli(str(path), "--json")
    assert out.returncode == 2
    assert out.stdout == ""
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in out.stderr
    out_fr = _cli(str(path), "--lang", "fr")
    assert out_fr.returncode == 2 and out_fr.stderr.strip() != out.stderr.strip()


def test_cli_missing_file_exits_2(tmp_path):
    out = _cli(str(tmp_path / "nope.xlsx"))
    assert out.returncode == 2 and "nope.xlsx" in out.stderr


def test_cli_rates_convert_currencies(tmp_path):
    path = tmp_path / "fx.csv"
    path.write_bytes(C.csv_currencies())
    data = json.loads(_cli(str(path), "--json", "--rate", "USD=0.9").stdout)
    usd = C.TRUTH[1][5] + C.TRUTH[3][5]
    assert data["rows"] == C.N and data["total"] == round(C.TOTAL - 0.1 * usd, 2)


# --- corrections --------------------------------------------------------------------------------

def test_corrections_by_vendor_and_line_round_trip():
    result = import_spend(C.csv_semicolon_cp1252(), "x.csv")
    corrections = pd.DataFrame({"scope": ["vendor", "line", "vendor"],
                                "key": ["foncia immobilier", "3", "=HYPERLINK(\"x\")"],
                                "domain": ["governance", "applications", "security"]})
    fixed = apply_corrections(result.spend, corrections)
    assert fixed.loc[4, "domain"] == "governance" and fixed.loc[4, "rule"] == "user:vendor"
    assert fixed.loc[1, "domain"] == "applications" and fixed.loc[1, "rule"] == "user:line"
    assert fixed.loc[1, "confidence"] == 1.0
    assert (fixed["domain"] != result.spend["domain"]).sum() == 2
    csv_bytes = corrections_to_csv(corrections)
    assert b"'=HYPERLINK" in csv_bytes                 # formula-injection guard
    for data in (csv_bytes, corrections_to_json(corrections)):
        back = read_corrections(data)
        assert back["scope"].tolist() == corrections["scope"].tolist()
        assert back["key"].tolist() == corrections["key"].tolist()
        assert apply_corrections(result.spend, back).equals(fixed)
    merged = merge_corrections(corrections, pd.DataFrame(
        {"scope": ["line"], "key": ["3"], "domain": ["network"]}))
    assert len(merged) == 3 and merged.loc[merged["key"] == "3", "domain"].item() == "network"


@pytest.mark.parametrize("data", [b"", b"not,a,corrections\n1,2,3\n", b"{\"x\": 1}",
                                  b"scope,key,domain\nline,3,unknown\n", b"\xff\xfe\x00garbage"])
def test_bad_corrections_file(data):
    with pytest.raises(SpendImportError) as err:
        read_corrections(data)
    assert err.value.key == "import.error.bad_corrections"


def test_zip_bomb_behind_a_lying_directory_is_refused():
    data = C.zip_bomb_lying_directory()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        declared = sum(i.file_size for i in z.infolist())
    assert declared < MAX_COMPRESSION_RATIO * len(data)      # the directory alone looks fine
    with pytest.raises(SpendImportError) as err:
        import_spend(data, "bomb.xlsx")
    assert err.value.key == "import.error.zip_bomb"
