"""`python -m models export` writes the same board pack as the Export page."""
import io
import subprocess
import sys

import openpyxl
import pytest

from tests.conftest import ROOT


@pytest.mark.parametrize("fmt", ["xlsx", "pptx", "html"])
def test_export_cli_writes_a_readable_file(tmp_path, fmt):
    out = tmp_path / f"pack.{fmt}"
    run = subprocess.run([sys.executable, "-m", "models", "export", "--format", fmt, "--out",
                          str(out), "--lang", "fr"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    data = out.read_bytes()
    if fmt == "xlsx":
        wb = openpyxl.load_workbook(io.BytesIO(data))
        assert wb.sheetnames[0] == "Synthèse"
        assert wb["Synthèse"]["A2"].value.startswith("Données : société exemple «\u00a0Mécanique")
    elif fmt == "pptx":
        from pptx import Presentation
        assert len(Presentation(io.BytesIO(data)).slides) >= 6
    else:
        text = data.decode("utf-8")
        assert text.startswith("<!DOCTYPE html>") and "Comparaison des coûts" in text


def test_export_cli_refuses_missing_scenario_file(tmp_path):
    run = subprocess.run([sys.executable, "-m", "models", "export", "--format", "xlsx", "--out",
                          str(tmp_path / "x.xlsx"), "--scenarios", str(tmp_path / "nope.json")],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 2
    assert run.stderr.strip().count("\n") == 0 and "nope.json" in run.stderr
    assert "Traceback" not in run.stderr


def test_export_numbers_equal_the_shared_analysis(tmp_path):
    """Workbook figures = the figures the pages show (same analysis, seed and trials)."""
    from models.analysis import analyse
    from models.dataset import sample_dataset
    from models.governance import preset
    from models.scenarios import Economics, default_scenarios
    out = tmp_path / "pack.xlsx"
    run = subprocess.run([sys.executable, "-m", "models", "export", "--format", "xlsx", "--out",
                          str(out), "--trials", "2000", "--seed", "7", "--governance", "mature"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    expected = analyse(sample_dataset(), default_scenarios(), Economics(), answers=preset("mature"),
                       trials=2000, seed=7, lang="en")
    wb = openpyxl.load_workbook(out)
    assert wb["Summary"]["A3"].value == expected.finding
    risk = wb["Predictability and risk"]
    assert risk["A1"].value == "Monte Carlo: 2,000 trials, seed 7"
    kpis = expected.kpis().set_index("scenario")
    for row, r in enumerate(expected.results, start=4):
        assert risk.cell(row=row, column=1).value == r.name
        assert risk.cell(row=row, column=5).value == pytest.approx(kpis.loc[r.id, "p90_year"])
        assert risk.cell(row=row, column=10).value == pytest.approx(
            kpis.loc[r.id, "expected_risk_loss"])
    for row, r in enumerate(expected.results, start=8):
        assert wb["Summary"].cell(row=row, column=2).value == pytest.approx(
            kpis.loc[r.id, "expected_total"])
        assert wb["Summary"].cell(row=row, column=9).value == pytest.approx(r.total)


def test_export_cli_reads_a_spend_file_and_a_scenario_file_without_governance(tmp_path):
    """`export --spend FILE` (it failed on every file: a private helper's signature changed) and
    `--scenarios` with a file that holds no governance object."""
    from models.scenario_file import dump_scenarios
    from models.scenarios import Economics, default_scenarios
    scen = tmp_path / "s.json"
    scen.write_text(dump_scenarios(default_scenarios(), Economics(horizon_years=3)), "utf-8")
    out = tmp_path / "pack.xlsx"
    run = subprocess.run([sys.executable, "-m", "models", "export", "--format", "xlsx", "--out",
                          str(out),
                          "--spend", str(ROOT / "sample_data" / "sample_company_spend.xlsx"),
                          "--scenarios", str(scen), "--trials", "1000"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    wb = openpyxl.load_workbook(out)
    assert "sample_company_spend.xlsx" in wb["Summary"]["A2"].value
    assert wb["Yearly costs"].max_row >= 4


def test_export_cli_assumption_set_and_robustness_line(tmp_path):
    """`--assumptions cautious`: the pack's figures are the cautious analysis', the line says
    so, and the robustness line is the Overview's (each set at 2,000 trials, same seed)."""
    from i18n import t
    from models.analysis import analyse, cheapest_by_set
    from models.dataset import sample_dataset
    from models.findings import robustness_line
    from models.governance import preset
    from models.scenarios import Economics, default_scenarios
    out = tmp_path / "pack.xlsx"
    run = subprocess.run([sys.executable, "-m", "models", "export", "--format", "xlsx", "--out",
                          str(out), "--trials", "3000", "--seed", "11", "--assumptions",
                          "cautious", "--lang", "fr"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    ds = sample_dataset()
    expected = analyse(ds, default_scenarios(), Economics(), answers=preset("typical"),
                       trials=3000, seed=11, lang="fr", assumptions="cautious")
    cheapest = cheapest_by_set(ds, default_scenarios(), Economics(), seed=11, trials=2000,
                               answers=preset("typical"))
    wb = openpyxl.load_workbook(out)
    ws = wb["Synthèse"]
    assert ws["A3"].value == expected.finding
    names = {r.id: r.name for r in expected.results}
    assert ws["A4"].value == robustness_line(cheapest, expected.cheapest(), names, "fr")
    assert t("aset.cautious", "fr") in ws["A5"].value
    kpis = expected.kpis().set_index("scenario")
    for row, r in enumerate(expected.results, start=8):
        assert ws.cell(row=row, column=2).value == pytest.approx(kpis.loc[r.id, "expected_total"])
        assert ws.cell(row=row, column=9).value == pytest.approx(r.total)
