"""Issue 14: small hostile files, odd names and out-of-range numbers, each refused with one
sentence or read within its budget; every file we write free of live formulas.

The hostile files are generated (tests/hostile_files.py). Time and memory are measured by
benchmarks/bench_hostile.py, never here.
"""
from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile

import openpyxl
import pandas as pd
import pytest

from models.errors import CostModelError
from models.importer import SpendImportError, import_spend
from tests import hostile_files as H
from tests.conftest import ROOT


def _cli(*args, timeout=180):
    return subprocess.run([sys.executable, "-m", "models", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout)


def _one_sentence(out) -> str:
    """The whole stderr of a refused command: one line, no traceback."""
    err = out.stderr.strip()
    assert out.returncode == 2, (out.returncode, err[-500:])
    assert "Traceback" not in err and len(err.splitlines()) == 1, err[-500:]
    return err


# ------------------------------------------------------------------ row 1: shared strings

def test_a_shared_string_repeated_beyond_the_budget_is_refused_before_reading(monkeypatch):
    """1 MB × 100 cells = 100 MB of text: refused from the XML, the reader never called."""
    import python_calamine as pc

    def never(*_a, **_k):
        raise AssertionError("the reader must not run on a file over the text budget")
    monkeypatch.setattr(pc.CalamineWorkbook, "from_filelike", never)
    with pytest.raises(SpendImportError) as err:
        import_spend(H.xlsx_huge_shared_string(cells=100))
    assert err.value.key == "import.error.too_much_text"
    assert "100 MB" in err.value.message("en") and "64 MB" in err.value.message("en")


def test_shared_strings_within_the_budget_are_read():
    result = import_spend(H.xlsx_huge_shared_string(size=1000, cells=50))
    assert result.rows_kept == 3 and result.total == pytest.approx(4786.0)


def test_shared_text_is_measured_exactly_from_the_xml():
    from models.importer.readers import _shared_lengths, shared_text_bytes
    data = H.xlsx_huge_shared_string(size=2**20, cells=100)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        lengths = _shared_lengths(z)
        total = shared_text_bytes(z.read("xl/worksheets/sheet1.xml"), lengths)
    # 100 references to the 1 MB string (+ its <si><t> tags), plus the ledger's few strings
    assert 100 * 2**20 < total < 100 * (2**20 + 64) + 2000


class PanicException(BaseException):
    """What pyo3 raises when the Rust reader panics (not an ``Exception``)."""


def test_a_reader_panic_becomes_the_usual_sentence(monkeypatch):
    import python_calamine as pc

    def panic(*_a, **_k):
        raise PanicException("memory allocation failed")
    monkeypatch.setattr(pc.CalamineWorkbook, "from_filelike", panic)
    with pytest.raises(SpendImportError) as err:
        import_spend(H.xlsx_ledger())
    assert err.value.key == "import.error.corrupt"


def test_a_reader_panic_gives_one_sentence_on_the_command_line(monkeypatch, tmp_path, capsys):
    import python_calamine as pc

    from cli import main

    def panic(*_a, **_k):
        raise PanicException("memory allocation failed")
    monkeypatch.setattr(pc.CalamineWorkbook, "from_filelike", panic)
    path = tmp_path / "ledger.xlsx"
    path.write_bytes(H.xlsx_ledger())
    assert main(["import", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == SpendImportError("import.error.corrupt").message("en")


# ------------------------------------------------------------------ row 4: far cells

def test_a_cell_far_below_the_data_is_not_read():
    result = import_spend(H.xlsx_far_cell())
    assert result.rows_read == 3 and result.rows_kept == 3      # not 1,048,575 rows
    keys = [k for k, _ in result.warnings]
    assert "import.warn.far_cells" in keys
    params = dict(result.warnings)["import.warn.far_cells"]
    assert params["row"] == "1,048,576" and params["last"] == "4"


def test_a_cell_in_the_last_column_and_row_is_refused_without_allocating():
    """XFD1048576 makes the reader ask for 512 GB and abort the whole process: run it apart."""
    code = ("from models.importer import import_spend, SpendImportError\n"
            "from tests.hostile_files import xlsx_far_cell\n"
            "try:\n    import_spend(xlsx_far_cell(column='XFD'))\n"
            "except SpendImportError as e:\n    print(e.key)\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr[-400:]
    assert out.stdout.strip() == "import.error.too_many_cells"


def test_sheet_extent_counts_rows_and_columns_from_the_xml():
    from models.importer.readers import sheet_extent
    xml = (b'<sheetData><row r="1"><c r="A1"/><c r="C1"/></row>'
           b'<row r="70"><c r="AB70"/></row></sheetData>')
    assert sheet_extent(xml) == (70, 28)
    # one-letter columns count as 26 unless the exact letter matters (then it is found)
    assert sheet_extent(xml.replace(b"AB70", b"B70")) == (70, 26)
    assert sheet_extent(xml.replace(b"AB70", b"B1000000").replace(b'"70"', b'"1000000"')
                        ) == (1_000_000, 3)
    # cells and rows without references are counted in order
    assert sheet_extent(b"<sheetData><row><c/><c/><c/></row><row><c/></row></sheetData>") == (2, 3)
    assert sheet_extent(b'<x:sheetData><x:row r="9"><x:c r="D9"/></x:row></x:sheetData>') == (9, 26)


# ------------------------------------------------------------------ row 3: 10,000 columns

def test_header_matching_considers_a_bounded_number_of_columns(monkeypatch):
    from models.importer import mapping
    calls = []
    original = mapping._match_header

    def counting(name):
        calls.append(name)
        return original(name)
    monkeypatch.setattr(mapping, "_match_header", counting)
    mapping._match_cached.cache_clear()
    try:
        result = import_spend(H.csv_many_columns())
    finally:
        mapping._match_cached.cache_clear()
    assert result.mapping["date"] == "Date" and result.mapping["amount"] == "Montant HT"
    assert result.rows_kept == 18
    # 19 rows scanned × 200 columns at most, plus the 200 column names: never 10,000 per row
    assert len(set(calls)) <= 19 * mapping.MAX_MATCHED_COLUMNS + mapping.MAX_MATCHED_COLUMNS
    assert not any(c.startswith("Mntnt0") and int(c[5:]) >= mapping.MAX_MATCHED_COLUMNS
                   for c in calls)


def test_typo_tolerance_still_finds_fields():
    from models.importer.mapping import match_header
    assert match_header("Montnat HT")[0] == "amount"
    assert match_header("Fournisseurr")[0] == "vendor"
    assert match_header("c123")[0] is None


def test_a_line_longer_than_the_csv_field_limit_does_not_break_sniffing():
    from models.importer.readers import sniff_separator
    text = ";".join(["x" * 70_000, "y" * 70_000]) + "\n1;2\n"
    assert sniff_separator(text) == ";"


# ------------------------------------------------------------------ row 15: mixed encodings

def test_a_csv_mixing_utf8_and_cp1252_lines_is_decoded_line_by_line():
    result = import_spend(H.csv_mixed_encodings())
    vendors = set(result.spend["vendor"])
    assert vendors == {"Société Générale", "Sécurité Informatique"}
    assert set(result.spend["label"]) == {"Frais bancaires télécom", "Licence pare-feu"}
    assert result.encoding == "utf-8+cp1252"
    assert "import.warn.mixed_encoding" in [k for k, _ in result.warnings]


def test_plain_cp1252_and_utf8_files_keep_their_encoding():
    from models.importer.readers import decode_text
    assert decode_text("Société;1\n".encode("cp1252")) == ("Société;1\n", "cp1252")
    assert decode_text("Société;1\n".encode()) == ("Société;1\n", "utf-8")


# ------------------------------------------------------------------ row 9: numbers

def test_absurd_amounts_in_a_file_are_no_amount():
    text = ("Date;Fournisseur;Montant HT\n15/01/2025;OVH;100,00\n16/01/2025;Orange;"
            + "9" * 309 + "\n17/01/2025;Sophos;1e308\n")
    result = import_spend(text.encode())
    assert result.rows_kept == 1 and result.total == 100.0
    assert result.dropped == {"no_amount": 2}


@pytest.mark.parametrize("amount", ["1e308", "inf", "nan", "9" * 309])
def test_compare_refuses_a_normalised_spend_csv_with_an_absurd_amount(tmp_path, amount):
    path = tmp_path / "spend.csv"
    path.write_text(f"date,amount,domain\n2025-01-01,100,support\n2025-02-01,{amount},support\n")
    err = _one_sentence(_cli("compare", "--spend", str(path), "--trials", "0", "--json"))
    assert err.startswith("The amount of line 2 is not a finite number")


@pytest.mark.parametrize("args, start", [
    (["import", "{ledger}", "--rate", "USD=inf"], "“--rate USD (euros for one unit)” must be"),
    (["import", "{ledger}", "--rate", "USD=-1"], "“--rate USD (euros for one unit)” must be"),
    (["import", "{ledger}", "--rate", "USD"], "--rate expects CODE=VALUE"),
    (["import", "{ledger}", "--vat", "-100"], "“--vat (VAT rate in %)” must be"),
    (["import", "{ledger}", "--vat", "nan"], "“--vat (VAT rate in %)” must be"),
    (["compare", "--revenue", "nan"], "“--revenue (yearly revenue in euros)” must be"),
    (["compare", "--budget", "inf"], "“--budget (yearly budget in euros)” must be"),
    (["compare", "--overrun", "nan"], "“--overrun (overrun margin, 0.10 = 10%)” must be"),
    (["compare", "--seed", "-1"], "“--seed (random seed)” must be"),
    (["compare", "--trials", "-5"], "“--trials (number of trials)” must be"),
    (["compare", "--employees", "0"], "“--employees (a count)” must be"),
    (["export", "--format", "xlsx", "--out", "x.xlsx", "--trials", "-1"],
     "“--trials (number of trials)” must be"),
])
def test_every_number_option_is_finite_and_in_range(tmp_path, args, start):
    ledger = tmp_path / "ledger.xlsx"
    ledger.write_bytes(H.xlsx_ledger())
    err = _one_sentence(_cli(*[a.format(ledger=ledger) for a in args]))
    assert err.startswith(start)


def test_option_sentences_are_translated():
    from types import SimpleNamespace

    from cli.options import check_options
    args = SimpleNamespace(lang="fr", vat=float("nan"), rate=None)
    assert check_options(args) == ("«\u00a0--vat (taux de TVA en %)\u00a0» doit être un nombre "
                                   "fini compris entre 0 et 100 (reçu : nan).")
    assert check_options(SimpleNamespace(lang="en", vat=20.0, rate=["USD=0.92"])) is None


def test_importer_options_are_checked():
    from models.importer import ImportOptions
    with pytest.raises(SpendImportError) as err:
        import_spend(H.xlsx_ledger(), options=ImportOptions(vat_rate=float("inf")))
    assert err.value.key == "boundary.error.number"


# ------------------------------------------------------------------ row 12: JSON budgets

def _scenario_file(**extra) -> dict:
    from models.scenario_file import dump_scenarios
    from models.scenarios import Economics, default_scenarios
    return {**json.loads(dump_scenarios(default_scenarios(), Economics())), **extra}


@pytest.mark.parametrize("text, key", [
    (H.deep_json(), "json.error.too_deep"),
    (H.huge_int_json(), "json.error.number"),
    ('{"a": NaN}', "json.error.number"),
    ('{"a": 1e400}', "json.error.number"),
    ('{"a": -Infinity}', "json.error.number"),
    ("[" + " " * (2**20) + "]", "json.error.too_large"),
])
def test_hostile_json_gives_one_sentence_in_every_loader(text, key):
    from models.governance import GovernanceError, load_answers
    from models.importer import read_corrections
    from models.scenario_file import load_scenario_file
    with pytest.raises(CostModelError) as err:
        load_scenario_file(text)
    assert err.value.key == key
    with pytest.raises(GovernanceError) as err:
        load_answers(text)
    assert err.value.key == key
    with pytest.raises(SpendImportError):
        read_corrections(text.encode())


def test_json_depth_is_measured_without_recursion():
    from models.boundary import json_depth
    assert json_depth('[1, {"a": "[[[[\\"]]"}]') == 2
    assert json_depth(H.deep_json(100_000)) == 100_000
    assert json_depth('"x"') == 0


def test_deep_json_on_the_command_line_is_one_sentence(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text(H.deep_json())
    err = _one_sentence(_cli("compare", "--scenarios", str(path), "--trials", "0"))
    assert "more than 32 levels deep" in err
    err = _one_sentence(_cli("governance", "--answers", str(path)))
    assert "more than 32 levels deep" in err


# ------------------------------------------------------------------ row 6: governance register

def test_a_governance_file_with_30000_register_rows_is_refused():
    from models.governance import GovernanceError, load_answers
    with pytest.raises(GovernanceError) as err:
        load_answers(H.governance_many_rows())
    assert err.value.key == "json.error.too_large"
    with pytest.raises(GovernanceError) as err:
        load_answers(H.governance_many_rows(41))       # small file, too many rows
    assert err.value.key == "gov.error.register_size"
    assert "41 rows" in err.value.message("en") and "at most 40" in err.value.message("en")


def test_register_edits_apply_by_key():
    from models import governance as gov
    from models.scenarios import default_scenarios
    reg = gov.default_register(gov.preset("typical"), default_scenarios())
    edits = {("dependency", f"s{k}"): (3, 3) for k in range(1000)}   # unknown rows: ignored
    edits[("dependency", "full")] = (1, 2)
    out = gov.apply_register_edits(reg, edits)
    row = out[(out["risk"] == "dependency") & (out["scenario"] == "full")].iloc[0]
    assert (row["likelihood"], row["impact"]) == (1, 2)
    changed = (out[["likelihood", "impact"]] != reg[["likelihood", "impact"]]).any(axis=1)
    assert changed.sum() == 1 and len(out) == len(reg)
    assert str(out["likelihood"].dtype) == "int64"


# ------------------------------------------------------------------ rows 7, 8: names

def test_control_characters_and_surrogates_are_cleaned_when_a_scenario_file_loads():
    from models.scenario_file import dump_scenarios, load_scenario_file
    data = _scenario_file()
    data["scenarios"][1]["name"] = H.CONTROL_NAME
    data["scenarios"][2]["name"] = H.SURROGATE_NAME
    text = json.dumps(data)                   # "\ud800" travels as an escape, as in a real file
    loaded = load_scenario_file(text)
    assert loaded.scenarios[1].name == "Vendor end"
    assert loaded.scenarios[2].name == "Bad \ufffd name"
    dump_scenarios(loaded.scenarios, loaded.economics).encode("utf-8")   # encodes


def test_a_scenario_with_a_surrogate_name_compares_as_json(tmp_path):
    data = _scenario_file()
    data["scenarios"][2]["name"] = H.SURROGATE_NAME
    path = tmp_path / "s.json"
    path.write_text(json.dumps(data))
    out = _cli("compare", "--scenarios", str(path), "--trials", "0", "--json")
    assert out.returncode == 0, out.stderr[-400:]
    names = [s["name"] for s in json.loads(out.stdout)["scenarios"]]
    assert "Bad \ufffd name" in names


def test_names_typed_in_widgets_are_cleaned():
    from models.company_form import staff_to_frame, validate_form
    from models.sample_company import sample_staff
    from models.scenarios import default_scenarios, duplicate_scenario, rename_scenario
    scenarios = rename_scenario(default_scenarios(), "full", H.CONTROL_NAME)
    assert scenarios[2].name == "Vendor end"
    scenarios = duplicate_scenario(scenarios, "full", "Copy\x00\ud800")
    assert scenarios[-1].name == "Copy\ufffd"
    frame = staff_to_frame(sample_staff())
    frame.loc[0, "role"] = "Admin\x07 sys"
    profile, staff, problems = validate_form("ACME\x00 SAS", 10, 10, 1, 1, 0, frame)
    assert problems == [] and profile.name == "ACME SAS" and staff[0].role == "Admin sys"


def test_a_scenario_built_in_code_with_a_control_character_is_refused():
    from dataclasses import replace

    from models.scenarios import default_scenarios
    with pytest.raises(CostModelError):
        replace(default_scenarios()[1], name="a\x00b").validate()


def test_vendor_names_with_control_characters_are_cleaned_at_import():
    name = H.CONTROL_NAME.replace("\x00", "")   # a NUL makes a text file binary: refused
    text = ("Date;Fournisseur;Montant HT\n15/01/2025;" + name + ";100,00\n"
            "16/01/2025;Orange;200,00\n")
    result = import_spend(text.encode())
    assert list(result.spend["vendor"]) == ["Vendor end", "Orange"]


# ------------------------------------------------------------------ row 2 and 7: files we write

@pytest.fixture(scope="module")
def hostile_pack():
    """The board pack of a dataset and scenarios whose texts are hostile: a formula name, a
    control character, Markdown and a surrogate (cleaned at the boundary) everywhere."""
    from dataclasses import replace

    from exports.collect import collect_analysis, report_sections
    from models import governance as gov
    from models.analysis import analyse
    from models.dataset import sample_dataset
    from models.scenarios import Economics, default_scenarios, rename_scenario
    ds = sample_dataset()
    spend = ds.spend.copy()
    spend.loc[spend.index[:40], "vendor"] = H.FORMULA_NAME
    spend.loc[spend.index[40:80], "vendor"] = H.CONTROL_NAME
    from models.spend import coerce_spend_table
    ds = replace(ds, spend=coerce_spend_table(spend), source_name=H.FORMULA_NAME + ".xlsx")
    scenarios = rename_scenario(default_scenarios(), "full", H.FORMULA_NAME)
    scenarios = rename_scenario(scenarios, "partial", H.CONTROL_NAME)
    analysis = analyse(ds, scenarios, Economics(), trials=1000, answers=gov.preset("typical"),
                       lang="en")
    pack = collect_analysis(ds, analysis, Economics(), "en")
    pack = replace(pack, **gov.board_pack_fields(gov.preset("typical"), analysis.scenarios,
                                                 None, "en"))
    return pack, report_sections(pack, analysis.scenarios)


def _no_formula_in_workbook(data: bytes) -> int:
    """Number of worksheet cells checked; fails on any formula cell."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                assert b"<f>" not in z.read(name) and b"<f " not in z.read(name), name
    wb = openpyxl.load_workbook(io.BytesIO(data))
    n = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                n += cell.value is not None
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
    return n


def test_no_formula_in_the_workbooks_embedded_in_the_deck(hostile_pack):
    from exports.board_pack import build_pptx
    deck = build_pptx(hostile_pack[0])
    with zipfile.ZipFile(io.BytesIO(deck)) as z:
        embedded = [n for n in z.namelist() if n.startswith("ppt/embeddings/")]
        assert len(embedded) >= 4
        texts = []
        for name in embedded:
            data = z.read(name)
            assert _no_formula_in_workbook(data) > 0
            wb = openpyxl.load_workbook(io.BytesIO(data))
            texts += [c.value for ws in wb.worksheets for r in ws.iter_rows() for c in r]
    assert H.FORMULA_NAME in texts                  # the name is there, as text
    assert "Vendor end" in texts or any("Vendor end" in str(t) for t in texts)


def test_no_formula_in_the_board_pack_workbook(hostile_pack):
    from exports.board_pack import build_xlsx
    assert _no_formula_in_workbook(build_xlsx(hostile_pack[0])) > 50


def test_the_html_report_escapes_and_builds(hostile_pack):
    from exports.board_pack import build_html
    html = build_html(*hostile_pack).decode("utf-8")
    assert "\x00" not in html and "\x1f" not in html
    assert "=cmd|&#x27; /C calc&#x27;!A0" in html


def test_exports_are_built_when_a_text_holds_control_characters():
    """Belt and braces: text that did not pass the boundary is cleaned by the writer too."""
    from openpyxl import Workbook

    from exports.pptx_tools import bullet_slide, chart_slide, deck_bytes, new_deck, table_slide
    from exports.safe import csv_safe, html_text, xlsx_cell_value
    bad = "a\x00b\x1fc\ud800d\ufffe"
    wb = Workbook()
    xlsx_cell_value(wb.active["A1"], bad)
    wb.save(io.BytesIO())
    assert wb.active["A1"].value == "abc\ufffdd"
    prs = new_deck()
    bullet_slide(prs, bad, [bad])
    table_slide(prs, bad, None, [bad], [[bad]])
    chart_slide(prs, bad, bad, [bad, "=1+1"], [(bad, [1.0, 2.0], "#1F4E79")])
    assert deck_bytes(prs)[:2] == b"PK"
    assert html_text(bad) == "abc\ufffdd" and csv_safe("=" + bad) == "'=abc\ufffdd"


def test_csv_downloads_neutralise_formulas():
    from exports.safe import csv_bytes
    frame = pd.DataFrame({"scenario": [H.FORMULA_NAME, "+1", "ok"], "amount_eur": [-5.0, 1, 2]})
    text = csv_bytes(frame).decode("utf-8")
    rows = list(pd.read_csv(io.StringIO(text), dtype=str)["scenario"])
    assert rows == ["'" + H.FORMULA_NAME, "'+1", "ok"]
    assert "-5.0" in text                           # numbers stay numbers


def test_pages_write_csv_only_through_the_sanitising_helper():
    offenders = [p.name for p in [*ROOT.glob("pages/*.py"), *ROOT.glob("ui/*.py")]
                 if ".to_csv(" in p.read_text(encoding="utf-8")]
    assert offenders == []


# ------------------------------------------------------------------ row 13: Markdown

def _scenarios_named(name):
    from models.scenarios import default_scenarios, rename_scenario
    return rename_scenario(default_scenarios(), "full", name)


@pytest.mark.parametrize("page", ["pages/sensitivity.py", "pages/comparison.py",
                                  "pages/overview.py"])
def test_a_markdown_name_is_shown_as_text(page):
    from streamlit.testing.v1 import AppTest
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=240)
    at.query_params["lang"] = "en"
    at.session_state["scenarios"] = _scenarios_named(H.MARKDOWN_NAME)
    at.session_state["sim_trials"] = 1000
    at.run()
    at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    bodies = [e.value for kind in ("markdown", "caption", "success", "info", "warning", "error",
                                   "subheader")
              for e in getattr(at, kind)]
    bodies += [m.label for m in at.metric] + [tg.label for tg in at.toggle]
    assert not any("](https://e.vil" in b for b in bodies), [b for b in bodies if "e.vil" in b]
    assert any("e\\.vil" in b for b in bodies)            # the name is shown, escaped


def test_md_text_escapes_links_images_and_html():
    from ui.frame import md_text
    out = md_text(H.MARKDOWN_NAME)
    assert "](" not in out and "![" not in out
    assert md_text("<script>") == "\\<script\\>"


# ------------------------------------------------------------------ row 14: work and cache

def test_a_simulation_beyond_the_work_budget_is_refused_before_it_runs():
    from models.analysis import analyse
    from models.boundary import MAX_SIMULATION_WORK
    from models.dataset import sample_dataset
    from models.scenarios import Economics, default_scenarios, duplicate_scenario
    scenarios = default_scenarios()
    while len(scenarios) < 8:
        scenarios = duplicate_scenario(scenarios, "full", f"v{len(scenarios)}")
    with pytest.raises(CostModelError) as err:
        analyse(sample_dataset(), scenarios, Economics(horizon_years=15), trials=100_000)
    assert err.value.key == "boundary.error.work"
    most = MAX_SIMULATION_WORK // (8 * 15)
    assert f"at most {most:,} trials" in err.value.message("en")


def test_the_work_budget_allows_the_menu_s_largest_run_on_the_default_scenarios():
    from models.boundary import MAX_SIMULATION_WORK, check_work
    check_work(100_000, 3, 5)
    check_work(10_000, 8, 15)
    assert MAX_SIMULATION_WORK < 100_000 * 8 * 15


def test_the_session_cache_is_bounded_in_bytes():
    import numpy as np

    from ui.analysis import AnalysisCache
    cache = AnalysisCache(max_bytes=3_000_000, max_entries=8)
    for k in range(5):
        cache.put(f"k{k}", np.full(100_000, k, dtype=np.float64))      # 800 KB each
    assert cache.nbytes <= 3_000_000 and list(cache.entries) == ["k2", "k3", "k4"]
    hit = cache.get("k3")
    assert hit[0] == 3.0 and hit is not cache.get("k3")                 # a fresh copy each time
    cache.put("k5", np.full(100_000, 5.0))
    assert list(cache.entries) == ["k4", "k3", "k5"]          # k2 out first: k3 used recently
    cache.put("big", np.zeros(1_000_000))                               # 8 MB: never kept
    assert "big" not in cache.entries and cache.get("k5") is not None


# ------------------------------------------------------------------ also wrong

def test_a_version_given_as_text_says_it_must_be_the_number():
    from models.governance import GovernanceError, load_answers
    from models.governance.files import SCHEMA_NAME
    from models.scenario_file import load_scenario_file
    with pytest.raises(CostModelError) as err:
        load_scenario_file(json.dumps(_scenario_file(version="1")))
    assert err.value.message("en") == ('Unsupported scenario file version ("1"): the version '
                                       'must be the number 2 (version 1 files still load).')
    with pytest.raises(GovernanceError) as err:
        load_answers(json.dumps({"schema": SCHEMA_NAME, "version": "1", "answers": {}}))
    assert "must be the number 1" in err.value.message("en") and '("1")' in err.value.message("en")


def test_echoed_values_are_capped():
    err = CostModelError("costs.error.file_value", where="scenarios[0].color_index",
                         value=10**4000 - 1)
    assert len(err.message("en")) < 200
    err = CostModelError("costs.error.name", value="x" * 4000)
    assert len(err.message("fr")) < 200


def test_all_dates_out_of_range_say_so():
    text = "Date;Fournisseur;Montant HT\n15/01/2225;OVH;100,00\n16/01/2225;Orange;200,00\n"
    with pytest.raises(SpendImportError) as err:
        import_spend(text.encode())
    assert err.value.key == "import.error.dates_out_of_range"
    assert "1950 to 2100" in err.value.message("en")


def test_unexpected_errors_never_show_their_text():
    from ui.costs_ui import error_message
    text = error_message(RuntimeError("/srv/app/secret.py line 3: token=abc"), "en")
    assert "secret" not in text and "token" not in text
    assert text.startswith("An unexpected error occurred")
