"""Every command-line path end to end (issue 14, item 3): each sub-command of
``python -m models`` with each of its options, run as a process, checking the exit status and
the output against the same functions in this process (the shared analysis, the importer, the
governance engine) or against hand-computed figures.

Speed: the commands run as separate processes (about 1 s of imports each). Every command line
of this file is written once, as a module-level tuple (or a list of tuples for parametrised
cases); the ``cli`` fixture starts them all at once on a small pool of worker threads and each
test then reads its results (a command used twice runs once). ``{name}`` in an argument is a
file of the ``files`` fixture, built once per module. :func:`test_every_option_is_exercised`
keeps the file honest: every option of every parser must appear in one of these commands.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

import numpy as np
import openpyxl
import pytest

from models import governance as gov
from models.analysis import analyse
from models.dataset import Dataset, sample_dataset
from models.scenarios import Economics, default_scenarios
from tests.conftest import ROOT, lean_scenarios

# ----------------------------------------------------------------------------- the commands
# compare
C_BASE = ("compare", "--json", "--trials", "2000", "--seed", "7")
C_PLAN = ("compare", "--json", "--trials", "0")
C_HORIZON_3 = ("compare", "--json", "--trials", "2000", "--seed", "8", "--horizon", "3")
C_ASSUMPTIONS = {a: (*C_BASE, "--assumptions", a) for a in ("pitch", "cautious")}
C_NO_STAFF = (*C_BASE, "--no-staff")
C_BUDGET = (*C_BASE, "--budget", "330000", "--overrun", "0.3")
C_BUDGET_0 = (*C_BASE, "--budget", "0")
C_COMPANY = (*C_BASE, "--employees", "150", "--workstations", "140", "--servers", "9",
             "--sites", "3", "--revenue", "20000000")
C_SPEND_CSV = (*C_BASE, "--spend", "{spend_csv}")
C_SPEND_XLSX = (*C_BASE, "--spend", "{workbook}")
C_LEAN = ("compare", "--json", "--trials", "2000", "--seed", "11", "--scenarios", "{lean}")
C_SCEN = (*C_BASE, "--scenarios", "{scenarios}")
C_SCEN_GOV_FILE = (*C_BASE, "--scenarios", "{scenarios_mature}")
C_GOVERNANCE = {spec: (*C_BASE, "--governance", spec) for spec in ("none", "mature", "{answers}")}
C_TEXT = {"en": ("compare", "--trials", "2000", "--seed", "7", "--lang", "en", "--governance",
                 "mature"),
          "fr": ("compare", "--trials", "2000", "--seed", "7", "--lang", "fr")}
C_TEXT_PLAN = ("compare", "--trials", "0", "--lang", "fr")
# a file in rand (issue 13): worked in rand at a rate, converted to euros, or refused
C_ZAR_KEEP = (*C_BASE, "--spend", "{zar_csv}", "--rate", "ZAR=0.05", "--keep-currency",
              "--company", "Kaap Logistics", "--revenue", "276000000")
C_ZAR_TWIN = (*C_BASE, "--spend", "{eur_csv}", "--company", "Kaap Logistics", "--revenue",
              "13800000")
C_ZAR_CONVERT = (*C_BASE, "--spend", "{zar_csv}", "--rate", "ZAR=0.05")
C_ZAR_TWIN_SAMPLE_REVENUE = (*C_BASE, "--spend", "{eur_csv}")
C_ZAR_TEXT = ("compare", "--trials", "500", "--seed", "7", "--spend", "{zar_csv}", "--rate",
              "ZAR=0.05", "--keep-currency", "--lang", "fr", "--revenue", "276000000")
# governance
G_BASE = ("governance", "--json", "--trials", "2000", "--seed", "7")
G_ANSWERS = {spec: (*G_BASE, "--answers", spec)
             for spec in ("none", "mature", "{answers}", "{scenarios_mature}")}
G_SCEN = ("governance", "--json", "--trials", "2000", "--seed", "8", "--scenarios",
          "{scenarios}")
G_TEXT = ("governance", "--trials", "500", "--answers", "mature", "--lang", "fr")
# export
E_XLSX = ("export", "--format", "xlsx", "--out", "{out}/pack.xlsx", "--trials", "1000",
          "--seed", "3", "--spend", "{spend_csv}", "--scenarios", "{scenarios}",
          "--governance", "mature", "--lang", "en")
E_XLSX_FILE_GOV = ("export", "--format", "xlsx", "--out", "{out}/pack_gov.xlsx", "--trials",
                   "1000", "--seed", "3", "--scenarios", "{scenarios_mature}")
E_XLSX_WORKBOOK = ("export", "--format", "xlsx", "--out", "{out}/sub/dir/pack_wb.xlsx",
                   "--trials", "500", "--spend", "{workbook}", "--lang", "fr")
E_PPTX = ("export", "--format", "pptx", "--out", "{out}/pack.pptx", "--trials", "500",
          "--seed", "3", "--scenarios", "{scenarios}", "--lang", "fr", "--assumptions", "cautious")
E_ZAR = ("export", "--format", "xlsx", "--out", "{out}/zar.xlsx", "--trials", "500",
         "--spend", "{zar_csv}", "--rate", "ZAR=0.05", "--keep-currency", "--company",
         "Kaap Logistics", "--lang", "en")
E_HTML = ("export", "--format", "html", "--out", "{out}/pack.html", "--trials", "500",
          "--seed", "3", "--scenarios", "{scenarios}", "--governance", "{answers}",
          "--lang", "fr")
# import
I_XLSX = ("import", "{workbook}", "--json")
I_XLSX_SHEET = ("import", "{workbook}", "--json", "--sheet", "Dépenses")
I_XLSX_TEXT = ("import", "{workbook}")
I_XLSX_TEXT_FR = ("import", "{workbook}", "--lang", "fr")
I_GROSS = ("import", "{gross_csv}", "--json")
I_GROSS_VAT = ("import", "{gross_csv}", "--json", "--vat", "10")
I_FX_RATE = ("import", "{fx_csv}", "--json", "--rate", "usd=0,5", "--rate", "GBP=1.2")
I_BAD_SHEET = ("import", "{workbook}", "--sheet", "nope", "--lang", "fr")
# sample, summary, bench, the entry point
S_SAMPLE = ("sample", "--out", "{out}/sample", "--seed", "5", "--lang", "en")
S_SUMMARY = ("summary",)
S_SUMMARY_JSON = ("summary", "--json")
B_JSON = ("bench", "--trials", "1000", "2000", "--repeats", "1", "--json")
B_TEXT = ("bench", "--trials", "1000", "--repeats", "1", "--lang", "fr")
HELP = ()

#: (command line, words of the one sentence on stderr): exit status 2, nothing on stdout.
BAD = [
    (("compare", "--horizon", "0"), "between 1 and 15"),
    (("compare", "--trials", "-5"), "number of trials"),
    (("compare", "--trials", "500", "--seed", "-1"), "seed"),
    (("compare", "--trials", "500", "--overrun", "nan"), "overrun margin"),
    (("compare", "--trials", "500", "--budget", "-100"), "yearly budget"),
    (("compare", "--employees", "0"), "employees"),
    (("compare", "--spend", "{answers}", "--trials", "0"), "Cannot read the spend file"),
    (("compare", "--scenarios", "{out}/missing.json"), "Cannot read the scenario file"),
    (("compare", "--scenarios", "{answers}"), "scenario"),
    (("compare", "--governance", "bogus"), "neither a preset"),
    (("compare", "--governance", "{scenarios}"), "governance"),
    (("governance", "--trials", "0"), "number of trials"),
    (("export", "--format", "xlsx", "--out", "/proc/no/pack.xlsx", "--trials", "500"),
     "Cannot write"),
    (("import", "{fx_csv}", "--rate", "USD=abc"), "--rate USD"),
    (("sample", "--out", "{out}/s", "--seed", "-1"), "seed"),
    (("sample", "--out", "/proc/no/sample"), "Cannot write"),
    (("bench", "--trials", "0", "--repeats", "1"), "number of trials"),
    (("bench", "--trials", "1000", "--repeats", "0"), "number of repeats"),
    (("compare", "--trials", "500", "--overrun", "2", "--lang", "fr"), "marge de dépassement"),
    (("compare", "--spend", "{zar_csv}", "--trials", "500"), "give the euros for 1 ZAR"),
    (("export", "--format", "xlsx", "--out", "{out}/z.xlsx", "--spend", "{zar_csv}",
      "--trials", "500", "--keep-currency"), "give the euros for 1 ZAR"),
    (("sample", "--out", "{out}/s", "--seed", "-3", "--lang", "fr"), "graine"),
]

#: Refused by the option parser itself (exit status 2, "error:" on the last line).
USAGE = [
    ("compare", "--assumptions", "optimistic"),
    ("export", "--format", "doc", "--out", "{out}/x.doc"),
    ("import", "{fx_csv}", "--vat", "abc"),
    ("nosuchcommand",),
]


def _all_commands() -> list[tuple[str, ...]]:
    """Every command line written above (module-level tuples, dicts and lists of them)."""
    found: list[tuple[str, ...]] = []

    def take(v):
        if isinstance(v, tuple) and all(isinstance(a, str) for a in v):
            found.append(v)
        elif isinstance(v, dict):
            for x in v.values():
                take(x)
        elif isinstance(v, list):
            for x in v:
                take(x[0] if isinstance(x, tuple) and x and isinstance(x[0], tuple) else x)

    for name, value in list(globals().items()):
        if name.isupper() and name.split("_")[0] in {"C", "G", "E", "I", "S", "B", "HELP", "BAD",
                                                       "USAGE"}:
            take(value)
    return found


# ----------------------------------------------------------------------------- fixtures

@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, str]:
    """The files the commands read, written once: the sample workbook (as ``sample`` writes
    it), the sample spend as a normalised CSV, two small raw CSVs, scenario files with and
    without governance answers, and a governance answers file."""
    from models.governance.files import dump_answers
    from models.sample_company import generate_sample_spend, write_sample_workbook
    from models.scenario_file import dump_scenarios
    d = tmp_path_factory.mktemp("cli_paths")
    f = {"out": str(d)}
    f["workbook"] = str(write_sample_workbook(d / "sample_company_spend.xlsx"))
    generate_sample_spend().to_csv(d / "spend.csv", index=False)
    f["spend_csv"] = str(d / "spend.csv")
    # gross amounts only (VAT included): 120 + 120 + 1,200 = 1,440 incl. VAT
    (d / "gross.csv").write_text(
        "Date,Fournisseur,Libellé,Montant TTC\n"
        "2024-01-15,Orange,Abonnement fibre,120.00\n"
        "2024-02-15,Orange,Abonnement fibre,120.00\n"
        "2024-03-10,Dell,Ordinateur portable,1200.00\n", encoding="utf-8")
    f["gross_csv"] = str(d / "gross.csv")
    # two currencies: 100 USD + 200 EUR + 1,000 EUR
    (d / "fx.csv").write_text(
        "Date,Fournisseur,Libellé,Montant,Devise\n"
        "2024-01-15,AWS,Hébergement cloud,100.00,USD\n"
        "2024-02-15,Orange,Abonnement fibre,200.00,EUR\n"
        "2024-03-10,Dell,Ordinateur portable,1000.00,EUR\n", encoding="utf-8")
    f["fx_csv"] = str(d / "fx.csv")
    # the sample company's spend as a raw export in rand (× 20: 1 ZAR = €0.05) and its twin
    # in euros, the same columns but the amount's header
    raw = generate_sample_spend()[["date", "vendor", "label", "account", "amount"]]
    for name, header, factor in (("zar.csv", "Montant (ZAR)", 20), ("eur.csv", "Montant HT", 1)):
        raw.assign(amount=(raw["amount"] * factor).round(2)).rename(columns={
            "date": "Date", "vendor": "Fournisseur", "label": "Libellé", "account": "Compte",
            "amount": header}).to_csv(d / name, index=False)
        f[name.replace(".", "_")] = str(d / name)
    scenarios = _file_scenarios()
    (d / "scenarios.json").write_text(dump_scenarios(scenarios, Economics(horizon_years=4)),
                                      encoding="utf-8")
    f["scenarios"] = str(d / "scenarios.json")
    (d / "scenarios_mature.json").write_text(
        dump_scenarios(scenarios, Economics(horizon_years=4),
                       governance=gov.answers_to_dict(gov.preset("mature"))), encoding="utf-8")
    f["scenarios_mature"] = str(d / "scenarios_mature.json")
    (d / "lean.json").write_text(dump_scenarios(lean_scenarios(), Economics()), encoding="utf-8")
    f["lean"] = str(d / "lean.json")
    (d / "answers.json").write_text(dump_answers(gov.preset("mature")), encoding="utf-8")
    f["answers"] = str(d / "answers.json")
    return f


def _file_scenarios():
    """The default scenarios plus a cheaper variant of full outsourcing, "Cheap MSP"."""
    from models.scenarios import duplicate_scenario
    sc = duplicate_scenario(default_scenarios(), "full", "Cheap MSP")
    for choice in sc[-1].domains.values():
        if choice.outsourced:
            choice.price_eur = round(choice.price_eur * 0.6, 2)
    return sc


class Runner:
    """Runs ``python -m models ARGS`` once per distinct command line, on a thread pool."""

    def __init__(self, files: dict[str, str], workers: int):
        self.files = files
        self.pool = ThreadPoolExecutor(max_workers=workers)
        self.futures: dict[tuple[str, ...], object] = {}

    def argv(self, args: tuple[str, ...]) -> list[str]:
        return [a.format(**self.files) for a in args]

    def submit(self, args: tuple[str, ...]):
        if args not in self.futures:
            env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
            self.futures[args] = self.pool.submit(
                subprocess.run, [sys.executable, "-m", "models", *self.argv(args)], cwd=ROOT,
                capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL, env=env)
        return self.futures[args]

    def __call__(self, *args: str) -> subprocess.CompletedProcess:
        return self.submit(tuple(args)).result()

    def ok(self, *args: str) -> str:
        run = self(*args)
        assert run.returncode == 0, (args, run.stderr)
        assert "Traceback" not in run.stderr and "Warning" not in run.stderr, run.stderr
        return run.stdout

    def json(self, *args: str) -> dict:
        return json.loads(self.ok(*args))


@pytest.fixture(scope="module")
def cli(files):
    runner = Runner(files, workers=max(2, min(4, os.cpu_count() or 2)))
    # the heaviest first, so the pool is never left waiting on one long command at the end
    commands = _all_commands()
    commands.sort(key=lambda a: (a[:1] != ("export",), a[:1] != ("bench",)))
    for args in commands:
        runner.submit(args)
    yield runner
    runner.pool.shutdown(wait=True, cancel_futures=True)


def _analysis(spend=None, company=None, staff=None, scenarios=None, economics=None,
              answers="typical", **kwargs):
    """The shared analysis with the command's defaults: the sample company, the default
    scenarios, the "typical" governance answers."""
    ds = sample_dataset()
    dataset = Dataset(spend=ds.spend if spend is None else spend,
                      company=company or ds.company, staff=ds.staff if staff is None else staff,
                      source_name=None)
    answers = gov.preset(answers) if isinstance(answers, str) else answers
    return analyse(dataset, scenarios or default_scenarios(), economics or Economics(),
                   answers=answers, lang=kwargs.pop("lang", "en"), **kwargs)


def _by_id(payload: dict) -> dict[str, dict]:
    return {s["id"]: s for s in payload["scenarios"]}


def _assert_same_as(payload: dict, analysis) -> None:
    """Every headline figure of ``compare --json`` equals the shared analysis'."""
    kpis = analysis.kpis().set_index("scenario")
    got = _by_id(payload)
    assert list(got) == [r.id for r in analysis.results]
    assert payload["finding"] == analysis.finding
    assert payload["monte_carlo"]["trials"] == analysis.simulation.n_trials
    assert payload["monte_carlo"]["seed"] == analysis.simulation.seed
    for r in analysis.results:
        s, k = got[r.id], kpis.loc[r.id]
        assert s["plan_total"] == pytest.approx(r.total, abs=0.01)
        assert s["total"] == pytest.approx(r.total, abs=0.01)
        assert s["expected_total"] == pytest.approx(k["expected_total"], abs=0.01)
        assert s["p10_total"] == pytest.approx(k["total_p10"], abs=0.01)
        assert s["p90_total"] == pytest.approx(k["total_p90"], abs=0.01)
        if r.id != analysis.reference_id:
            assert s["p_cheaper_than_reference"] == pytest.approx(k["p_cheaper"], abs=1e-4)
            assert s["expected_saving"] == pytest.approx(k["expected_saving"], abs=0.01)


# ----------------------------------------------------------------------------- compare

def test_compare_json_equals_the_shared_analysis(cli):
    payload = cli.json(*C_BASE)
    _assert_same_as(payload, _analysis(trials=2000, seed=7))
    assert payload["source"] == "sample" and payload["horizon"] == 5
    assert payload["assumptions"] == "neutral" and payload["currency"] == "EUR"


#: The keys the module docstring of cli/compare.py promises (a contract).
TOP_KEYS = ("source", "horizon", "company", "staff_fte", "discount_rate", "currency",
            "assumptions", "one_off", "scenarios", "thresholds", "finding")
SCENARIO_KEYS = ("id", "name", "kind", "total", "npv", "break_even_year", "cost_per_employee",
                 "years", "cumulative", "fixed_share", "variable_share", "one_time_share",
                 "delta_vs_inhouse", "share_of_revenue", "plan_total", "expected_total",
                 "p10_total", "p90_total", "items")
OPTION_KEYS = ("p_cheaper_than_reference", "expected_saving")     # every option but in-house


def test_the_json_contract_keys_are_the_documented_ones():
    import cli.compare
    doc = " ".join(cli.compare.__doc__.split())
    for key in (*TOP_KEYS, *SCENARIO_KEYS, *OPTION_KEYS, "monte_carlo", "governance"):
        assert f"{key}," in doc or f"{key}``" in doc or f"{key})" in doc, key


@pytest.mark.parametrize("args", [C_BASE, C_PLAN, C_GOVERNANCE["mature"]],
                         ids=["trials", "plan-only", "governance"])
def test_compare_json_keeps_every_documented_key(cli, args):
    from models.costmodel import ITEMS
    payload = cli.json(*args)
    assert set(TOP_KEYS) <= set(payload)
    assert ("monte_carlo" in payload) == (args != C_PLAN)
    assert ("governance" in payload) == ("--governance" in args)
    assert isinstance(payload["one_off"], list) and payload["one_off"]
    assert set(payload["one_off"][0]) == {"date", "vendor", "label", "domain", "amount",
                                          "reason", "source_row", "in_baseline"}
    for s in payload["scenarios"]:
        assert set(SCENARIO_KEYS) <= set(s), set(SCENARIO_KEYS) - set(s)
        assert set(OPTION_KEYS) <= set(s) or s["id"] == "inhouse"
        assert s["id"] != "inhouse" or not set(OPTION_KEYS) & set(s)
        assert set(s["items"]) == set(ITEMS) and {"staff", "severance", "unplanned"} <= set(ITEMS)
        # the items add up to the plan
        assert sum(s["items"].values()) == pytest.approx(s["plan_total"], abs=0.1)
        simulated = (s["expected_total"], s["p10_total"], s["p90_total"])
        if args == C_PLAN:
            assert simulated == (None, None, None)
            assert all(s.get(k) is None for k in OPTION_KEYS)
        else:
            assert s["p10_total"] < s["expected_total"] < s["p90_total"]
    if args == C_PLAN:
        assert payload["finding"] is None
    else:
        assert payload["finding"].endswith(".")


def test_p_cheaper_is_a_direct_count_over_the_paired_trials(cli, files):
    """``p_cheaper_than_reference`` = share of the trials where the option's horizon total is
    below in-house's in the same trial (lean scenarios, so the counts are far from 0 and 1)."""
    from models.scenario_file import load_scenario_file
    payload = cli.json(*C_LEAN)
    loaded = load_scenario_file(open(files["lean"], "rb").read())
    analysis = _analysis(scenarios=loaded.scenarios, economics=loaded.economics, trials=2000,
                         seed=11)
    sim = analysis.simulation
    ref = sim.horizon_total("inhouse")
    got = _by_id(payload)
    counts = {}
    for sid in ("partial", "full"):
        total = sim.horizon_total(sid)
        counts[sid] = int(np.sum(total < ref))
        assert got[sid]["p_cheaper_than_reference"] == round(counts[sid] / 2000, 4)
        assert got[sid]["expected_saving"] == pytest.approx(float(np.mean(ref - total)), abs=0.01)
    assert 200 < counts["partial"] < 1800            # a real count, not a 0 or a 1


def test_compare_plan_only(cli):
    payload = cli.json(*C_PLAN)
    analysis = _analysis(trials=500)                  # the plan does not depend on the draws
    for s, r in zip(payload["scenarios"], analysis.results):
        assert s["plan_total"] == pytest.approx(r.total, abs=0.01)
        assert s["years"] == pytest.approx(list(r.yearly), abs=0.01)


def test_compare_horizon_and_seed(cli):
    payload = cli.json(*C_HORIZON_3)
    assert payload["horizon"] == 3
    for s in payload["scenarios"]:
        assert len(s["years"]) == len(s["cumulative"]) == len(s["uncertainty"]["years"]) == 3
        assert s["cumulative"][-1] == pytest.approx(s["total"], abs=0.05)
    # --seed 8: the figures are those of seed 8 (seed 7's differ in every option)
    assert payload["monte_carlo"]["seed"] == 8
    _assert_same_as(payload, _analysis(economics=Economics(horizon_years=3), trials=2000, seed=8))
    seed_7 = _analysis(economics=Economics(horizon_years=3), trials=2000, seed=7)
    assert all(s["expected_total"] != pytest.approx(seed_7.expected_totals()[s["id"]], abs=0.01)
               for s in payload["scenarios"])


@pytest.mark.parametrize("name", ["pitch", "cautious"])
def test_compare_assumption_sets(cli, name):
    payload = cli.json(*C_ASSUMPTIONS[name])
    assert payload["assumptions"] == payload["monte_carlo"]["assumptions"] == name
    _assert_same_as(payload, _analysis(trials=2000, seed=7, assumptions=name))


def test_compare_pitch_changes_the_answer(cli):
    def cheapest(payload):
        return min(payload["scenarios"], key=lambda s: s["expected_total"])["id"]
    runs = {"neutral": cli.json(*C_BASE), **{n: cli.json(*a) for n, a in C_ASSUMPTIONS.items()}}
    assert cheapest(runs["neutral"]) == "inhouse"          # neutral, the default
    assert cheapest(runs["pitch"]) == "full"
    full = {n: _by_id(p)["full"]["plan_total"] for n, p in runs.items()}
    assert full["pitch"] < full["neutral"] < full["cautious"]


def test_compare_no_staff(cli):
    from models.sample_company import sample_staff
    with_staff, without = cli.json(*C_BASE), cli.json(*C_NO_STAFF)
    assert with_staff["staff_fte"] == pytest.approx(sum(r.fte for r in sample_staff()))
    assert with_staff["staff_fte"] > 0 and _by_id(with_staff)["inhouse"]["items"]["staff"] > 0
    assert without["staff_fte"] == 0
    for s in without["scenarios"]:
        assert s["items"]["staff"] == 0 and s["items"]["severance"] == 0
    _assert_same_as(without, _analysis(staff=[], trials=2000, seed=7))


def test_compare_budget_and_overrun_change_p_overrun(cli):
    """With ``--budget B --overrun 0.3`` every option is measured against B × horizon:
    p_overrun is the share of trials above B × 5 × 1.3; by default, above its own plan × 1.1."""
    default, budget = cli.json(*C_BASE), cli.json(*C_BUDGET)
    assert default["monte_carlo"]["budget_basis"] == "plan"
    assert default["monte_carlo"]["overrun_margin"] == 0.1
    assert budget["monte_carlo"]["budget_basis"] == "user"
    assert budget["monte_carlo"]["overrun_margin"] == 0.3
    analysis = _analysis(trials=2000, seed=7)
    changed = 0
    for sid, s in _by_id(budget).items():
        u = s["uncertainty"]
        assert u["budget"] == 330_000 * 5
        total = analysis.simulation.horizon_total(sid)
        assert u["total"]["p_overrun"] == pytest.approx(np.mean(total > 330_000 * 5 * 1.3),
                                                        abs=1e-6)
        plan = _by_id(default)[sid]
        assert plan["uncertainty"]["budget"] == pytest.approx(plan["plan_total"], abs=0.01)
        assert plan["uncertainty"]["total"]["p_overrun"] == pytest.approx(
            np.mean(total > plan["plan_total"] * 1.1), abs=1e-3)
        changed += u["total"]["p_overrun"] != plan["uncertainty"]["total"]["p_overrun"]
    assert changed >= 2
    # --budget 0, as on the pages: no budget, each option against its own plan
    assert cli.json(*C_BUDGET_0) == default


def test_compare_company_options(cli):
    from models.sample_company import sample_company
    payload = cli.json(*C_COMPANY)
    company = replace(sample_company(), employees=150, workstations=140, servers=9, sites=3,
                      revenue_eur=20_000_000.0)
    assert payload["company"] == company.to_dict()
    _assert_same_as(payload, _analysis(company=company, trials=2000, seed=7))
    for s in payload["scenarios"]:       # average yearly cost / revenue
        assert s["share_of_revenue"] == pytest.approx(s["total"] / 5 / 20e6, abs=1e-5)


def test_compare_reads_a_normalised_spend_csv(cli, files):
    from models.loaders import read_spend_path
    payload = cli.json(*C_SPEND_CSV)
    assert payload["source"] == "spend.csv"
    spend, _ = read_spend_path(files["spend_csv"])
    _assert_same_as(payload, _analysis(spend=spend, trials=2000, seed=7))
    sample = _by_id(cli.json(*C_BASE))
    for sid, s in _by_id(payload).items():       # the same spend as the sample company's
        assert s["plan_total"] == pytest.approx(sample[sid]["plan_total"], abs=0.05)


def test_compare_reads_a_workbook_through_the_importer(cli, files):
    from models.loaders import read_spend_path
    payload = cli.json(*C_SPEND_XLSX)
    assert payload["source"] == "sample_company_spend.xlsx"
    spend, _ = read_spend_path(files["workbook"])
    _assert_same_as(payload, _analysis(spend=spend, trials=2000, seed=7))


def test_compare_scenario_file_and_its_governance(cli, files):
    from models.scenario_file import load_scenario_file
    payload = cli.json(*C_SCEN)
    assert payload["horizon"] == 4
    assert [s["name"] for s in payload["scenarios"]][-1] == "Cheap MSP"
    loaded = load_scenario_file(open(files["scenarios"], "rb").read())
    _assert_same_as(payload, _analysis(scenarios=loaded.scenarios, economics=loaded.economics,
                                       trials=2000, seed=7))
    # answers saved in the scenario file are used, as --governance mature would be
    from_file = cli.json(*C_SCEN_GOV_FILE)
    _assert_same_as(from_file, _analysis(scenarios=loaded.scenarios, economics=loaded.economics,
                                         answers="mature", trials=2000, seed=7))
    assert from_file["scenarios"] != payload["scenarios"]


@pytest.mark.parametrize("spec", ["none", "mature", "{answers}"])
def test_compare_governance(cli, spec):
    payload = cli.json(*C_GOVERNANCE[spec])
    answers = gov.preset("mature" if spec == "{answers}" else spec)
    assert payload["governance"]["answers"] == answers
    assert payload["governance"]["score"] == pytest.approx(gov.score(answers).overall, abs=1e-4)
    for s in payload["scenarios"]:
        assert s["expected_risk_loss"] == s["governance"]["expected_risk_loss"]
    _assert_same_as(payload, _analysis(answers=answers, trials=2000, seed=7))
    if spec == "{answers}":     # the saved answers give exactly the preset's figures
        assert payload == cli.json(*C_GOVERNANCE["mature"])


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_compare_text(cli, lang):
    from i18n import fmt_eur, fmt_number, t
    out = cli.ok(*C_TEXT[lang])
    answers = "mature" if lang == "en" else "typical"        # en: with --governance mature
    analysis = _analysis(trials=2000, seed=7, lang=lang, answers=answers)
    assert out.startswith({"en": "Data: sample · horizon 5 years",
                           "fr": "Données : sample · horizon 5 ans"}[lang])
    assert analysis.finding in out
    kpis = analysis.kpis().set_index("scenario")
    for r in analysis.results:
        line = next(x for x in out.splitlines() if x.startswith(r.name + "  "))
        assert fmt_eur(kpis.loc[r.id, "expected_total"], lang) in line
        assert fmt_eur(r.total, lang) in line
    assert t("cli.compare.mc_header", lang, trials=2000, seed=7) in out
    governance = t("cli.gov.compare_header", lang, score=fmt_number(
        round(gov.score(gov.preset("mature")).overall, 4), lang))
    assert (governance in out) == (lang == "en")


def test_compare_text_plan_only(cli):
    out = cli.ok(*C_TEXT_PLAN)
    assert out.startswith("Données : sample · horizon 5 ans")
    assert "Attendu" not in out and "Incertitude" not in out
    assert "Infogérance complète" in out


# ----------------------------------------------------------------------------- governance

def _governance_payload(answers, scenarios=None, economics=None, trials=2000, seed=7):
    from cli.governance import governance_payload
    from models.costmodel import make_inputs
    ds = sample_dataset()
    scenarios = scenarios or default_scenarios()
    inputs = make_inputs(ds.spend, ds.company, ds.staff, economics or Economics())
    return governance_payload(inputs, scenarios, answers, ds.staff, ds.spend, trials, seed)


def test_governance_json_equals_the_engine(cli):
    payload = cli.json(*G_BASE)
    meta, per = _governance_payload(gov.preset("typical"))
    assert payload["governance"] == json.loads(json.dumps(meta))
    assert payload["governance"]["trials"] == 2000 and payload["governance"]["seed"] == 7
    assert {s["id"]: {k: v for k, v in s.items() if k not in ("id", "name")}
            for s in payload["scenarios"]} == json.loads(json.dumps(per))
    assert [a["question"] for a in payload["actions"]] == [
        a.question for a in gov.actions(gov.preset("typical"))]
    # governance effects: the provider options' risk loss changes, in-house's does not
    inhouse = payload["scenarios"][0]
    assert inhouse["expected_risk_loss"] == inhouse["expected_risk_loss_without_governance"]


@pytest.mark.parametrize("spec", ["none", "mature", "{answers}", "{scenarios_mature}"])
def test_governance_answers(cli, spec):
    payload = cli.json(*G_ANSWERS[spec])
    name = spec if spec in gov.PRESETS else "mature"
    assert payload["governance"]["answers"] == gov.preset(name)
    if name != spec:       # a governance file, or a scenario file holding the answers
        assert payload == cli.json(*G_ANSWERS["mature"])
    scores = [cli.json(*a)["governance"]["score"]
              for a in (G_ANSWERS["none"], G_BASE, G_ANSWERS["mature"])]   # typical by default
    assert scores == sorted(scores) and scores[0] < scores[2]
    assert len(payload["actions"]) >= len(cli.json(*G_ANSWERS["mature"])["actions"])


def test_governance_scenario_file_and_seed(cli, files):
    from models.scenario_file import load_scenario_file
    payload = cli.json(*G_SCEN)
    assert [s["name"] for s in payload["scenarios"]][-1] == "Cheap MSP"
    assert payload["governance"]["seed"] == 8
    loaded = load_scenario_file(open(files["scenarios"], "rb").read())
    _, per = _governance_payload(gov.preset("typical"), loaded.scenarios, loaded.economics,
                                 seed=8)
    _, seed_7 = _governance_payload(gov.preset("typical"), loaded.scenarios, loaded.economics)
    for s in payload["scenarios"]:
        assert s["expected_risk_loss"] == pytest.approx(per[s["id"]]["expected_risk_loss"])
    assert payload["scenarios"][1]["expected_risk_loss"] != pytest.approx(
        seed_7["partial"]["expected_risk_loss"])


def test_governance_text_in_french(cli):
    from i18n import fmt_number, t
    lang = "fr"
    out = cli.ok(*G_TEXT)
    answers = gov.preset("mature")
    assert out.splitlines()[0] == t("cli.gov.header", lang, name="mature",
                                    score=fmt_number(round(gov.score(answers).overall, 4), lang))
    for s in default_scenarios():
        assert gov.verdict(answers, s).sentence(lang, s.display_name(lang)) in out


# ----------------------------------------------------------------------------- export

def test_export_xlsx_with_every_input_option(cli, files):
    """--spend, --scenarios, --governance, --trials, --seed and --lang in one workbook whose
    figures are the shared analysis of the same inputs."""
    from models.loaders import read_spend_path
    from models.scenario_file import load_scenario_file
    out = cli.ok(*E_XLSX)
    path = f"{files['out']}/pack.xlsx"
    assert out.strip() == f"File written: {path}"
    spend, _ = read_spend_path(files["spend_csv"])
    loaded = load_scenario_file(open(files["scenarios"], "rb").read())
    expected = _analysis(spend=spend, scenarios=loaded.scenarios, economics=loaded.economics,
                         answers="mature", trials=1000, seed=3)
    wb = openpyxl.load_workbook(path)
    assert wb["Summary"]["A3"].value == expected.finding
    assert "spend.csv" in wb["Summary"]["A2"].value
    risk = wb["Predictability and risk"]
    assert risk["A1"].value == "Monte Carlo: 1,000 trials, seed 3"
    kpis = expected.kpis().set_index("scenario")
    for row, r in enumerate(expected.results, start=4):
        assert risk.cell(row=row, column=1).value == r.name
        assert risk.cell(row=row, column=10).value == pytest.approx(
            kpis.loc[r.id, "expected_risk_loss"])
    assert expected.results[-1].name == "Cheap MSP"


def test_export_uses_the_answers_saved_in_the_scenario_file(cli, files):
    from models.scenario_file import load_scenario_file
    cli.ok(*E_XLSX_FILE_GOV)
    loaded = load_scenario_file(open(files["scenarios_mature"], "rb").read())
    expected = _analysis(scenarios=loaded.scenarios, economics=loaded.economics,
                         answers=loaded.governance[0], trials=1000, seed=3)
    typical = _analysis(scenarios=loaded.scenarios, economics=loaded.economics,
                        trials=1000, seed=3)
    wb = openpyxl.load_workbook(f"{files['out']}/pack_gov.xlsx")
    risk = wb["Predictability and risk"]
    kpis = expected.kpis().set_index("scenario")
    other = typical.kpis().set_index("scenario")
    row = 4 + [r.id for r in expected.results].index("full")
    assert risk.cell(row=row, column=10).value == pytest.approx(
        kpis.loc["full", "expected_risk_loss"])
    assert kpis.loc["full", "expected_risk_loss"] != other.loc["full", "expected_risk_loss"]


def test_export_a_workbook_spend_into_a_new_folder_in_french(cli, files):
    out = cli.ok(*E_XLSX_WORKBOOK)
    assert out.startswith("Fichier écrit : ")
    wb = openpyxl.load_workbook(f"{files['out']}/sub/dir/pack_wb.xlsx")
    assert wb.sheetnames[0] == "Synthèse"
    assert "sample_company_spend.xlsx" in wb["Synthèse"]["A2"].value


def test_export_pptx_and_html_in_french(cli, files):
    from pptx import Presentation
    cli.ok(*E_PPTX)
    deck = Presentation(f"{files['out']}/pack.pptx")
    texts = " ".join(shape.text_frame.text for slide in deck.slides for shape in slide.shapes
                     if shape.has_text_frame)
    assert len(deck.slides) >= 6 and "Cheap MSP" in texts and "Infogérance" in texts
    assert "prudent" in texts            # the assumption set the deck was built with
    cli.ok(*E_HTML)
    html = open(f"{files['out']}/pack.html", encoding="utf-8").read()
    assert html.startswith("<!DOCTYPE html>") and "Comparaison des coûts" in html
    assert "Cheap MSP" in html


# ----------------------------------------------------------------------------- import

def test_import_json_equals_the_importer(cli, files):
    from models.importer import import_spend
    payload = cli.json(*I_XLSX)
    result = import_spend(open(files["workbook"], "rb").read(), "sample_company_spend.xlsx")
    assert payload == json.loads(result.to_json("en"))
    assert payload["rows"] > 1000 and payload["file_type"] == "xlsx"
    assert cli.json(*I_XLSX_SHEET) == payload            # the sheet found automatically


def test_import_text(cli):
    from i18n import fmt_eur
    payload = cli.json(*I_XLSX)
    out = cli.ok(*I_XLSX_TEXT)
    assert (f"rows read {payload['rows_read']:,}, kept {payload['rows']:,}, "
            f"rejected {payload['rejected']['count']}") in out
    assert f"total {fmt_eur(payload['total'], 'en', 2)}, " in out


def test_import_text_in_french(cli):
    """``--lang fr``: every word of the text output in French (issue 13)."""
    from i18n import fmt_eur, fmt_number, t
    payload = cli.json(*I_XLSX)
    out = cli.ok(*I_XLSX_TEXT_FR)
    assert t("import.cli.rows", "fr", read=fmt_number(payload["rows_read"], "fr"),
             kept=fmt_number(payload["rows"], "fr"), rejected="0") in out
    assert f"total {fmt_eur(payload['total'], 'fr', 2)}, IT " in out
    assert "correspondance : Date ← 'Date'" in out
    for english in ("rows read", "kept", "of the total", "mapping", "warning:", "sheet",
                    "Not IT"):
        assert english not in out, english


def test_import_vat_on_gross_amounts(cli):
    default, ten = cli.json(*I_GROSS), cli.json(*I_GROSS_VAT)
    assert default["mapping"]["gross"] == "Montant TTC"
    assert default["total"] == round(1440 / 1.2, 2) == 1200.0
    assert ten["total"] == round(1440 / 1.1, 2) == 1309.09
    assert "10% VAT" in ten["warnings"][0]


def test_import_exchange_rates(cli):
    half = cli.json(*I_FX_RATE)
    # 100 USD at 0.5 + 1,200 EUR (lower-case code, decimal comma; a rate for a currency the file
    # does not hold is harmless); without a rate the USD line is dropped (1,200)
    assert half["total"] == 1250.0 and half["rows"] == 3 and half["by_domain"]["hosting"] == 50


def test_import_unknown_sheet_in_french(cli):
    from i18n import t
    run = cli(*I_BAD_SHEET)
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr.strip() == t("import.error.no_sheet", "fr", sheet="nope",
                                   sheets="Dépenses, Notes, Synthèse")


# ----------------------------------------------------------------------------- sample, summary

def test_sample_writes_the_workbooks_for_a_seed(cli, files):
    from models.importer import import_spend
    from models.sample_company import generate_sample_spend
    out = cli.ok(*S_SAMPLE).splitlines()
    folder = f"{files['out']}/sample"
    assert out == [f"{folder}/sample_company_spend.xlsx", f"{folder}/it_spend_template.xlsx"]
    result = import_spend(open(out[0], "rb").read(), "s.xlsx")
    truth = generate_sample_spend(5)
    assert result.rows_kept == len(truth)
    assert result.total == pytest.approx(truth["amount"].sum(), abs=0.05)
    assert result.total != pytest.approx(generate_sample_spend()["amount"].sum(), abs=1.0)
    template = openpyxl.load_workbook(out[1])
    assert template.sheetnames


def test_summary(cli):
    from models.baseline import summarise_spend
    from models.sample_company import generate_sample_spend, sample_company, sample_staff
    data = cli.json(*S_SUMMARY_JSON)
    s = summarise_spend(generate_sample_spend(), sample_company(), sample_staff())
    assert data["lines"] == s.lines and data["months"] == 24
    assert data["total_it"] == round(s.total_it, 2)
    assert data["annual_it"] == pytest.approx(data["total_it"] / 24 * 12, abs=0.01)
    assert data["annual_it_with_staff"] == pytest.approx(
        data["annual_it"] + data["annual_staff"], abs=0.01)
    assert data["per_employee"] == pytest.approx(data["annual_it_with_staff"] / 76, abs=0.01)
    assert data["share_of_revenue"] == pytest.approx(data["annual_it_with_staff"] / 13.8e6,
                                                     abs=1e-5)
    assert sum(data["annual_by_domain"].values()) == pytest.approx(data["annual_it"], abs=0.1)
    text = cli.ok(*S_SUMMARY).splitlines()
    assert text[0].split() == ["source", "sample"]
    assert f"total_it               {data['total_it']}" in text


# ----------------------------------------------------------------------------- bench

def test_bench(cli):
    report = cli.json(*B_JSON)
    assert [r["trials"] for r in report["results"]] == [1000, 2000]
    for r in report["results"]:
        assert r["scenarios"] == 3 and r["years"] == 5 and r["seconds"] > 0
        assert r["trials_per_second"] == pytest.approx(r["trials"] / r["seconds"], rel=0.02)
    out = cli.ok(*B_TEXT).splitlines()
    assert out[0].startswith("Moteur Monte Carlo, société exemple : 3 scénarios, 5 ans")
    assert out[1].startswith("- 1000 tirages : ")


# ----------------------------------------------------------------------------- every command

def test_help_lists_every_command(cli):
    from cli import COMMAND_MODULES
    out = cli.ok(*HELP)
    for command in ("import", "compare", "governance", "export", "sample", "summary", "bench"):
        assert f"    {command}" in out
    assert len(COMMAND_MODULES) == 6        # summary lives in cli/sample.py


@pytest.mark.parametrize("args, words", BAD, ids=[" ".join(a) for a, _ in BAD])
def test_bad_values_exit_2_with_one_sentence(cli, args, words):
    run = cli(*args)
    assert run.returncode == 2, (run.stdout, run.stderr)
    assert run.stdout == ""
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1, run.stderr
    assert "Traceback" not in run.stderr and "Error:" not in lines[0]
    assert words.lower() in lines[0].lower(), lines[0]


@pytest.mark.parametrize("args", USAGE, ids=[" ".join(a) for a in USAGE])
def test_option_parser_refusals_exit_2(cli, args):
    run = cli(*args)
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr.strip().splitlines()[-1].startswith("python -m models")
    assert "error:" in run.stderr and "Traceback" not in run.stderr


def test_a_closed_pipe_is_not_a_traceback():
    """``python -m models compare --json | head -c 1``: the reader goes away."""
    proc = subprocess.Popen([sys.executable, "-m", "models", "compare", "--json", "--trials",
                             "500"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.wait(timeout=120)
    assert "Traceback" not in err and "BrokenPipe" not in err, err


def test_every_option_is_exercised():
    """Every option of every sub-command appears in a command line of this file."""
    import argparse

    from cli import build_parser
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    missing = []
    for name, p in sub.choices.items():
        used = {a for cmd in _all_commands() if cmd[:1] == (name,) for a in cmd}
        assert used, name
        for action in p._actions:
            for option in action.option_strings:
                if option not in ("-h", "--help") and option not in used:
                    missing.append(f"{name} {option}")
    assert not missing, missing


def test_commands_read_files_only_through_the_shared_loaders():
    """No command opens a user's file itself (``models.loaders`` does: one place for the
    checks and the sentences), and no command imports another module's private name."""
    import ast
    own_reader: set[str] = set()         # every command reads through models.loaders
    for path in sorted((ROOT / "cli").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module != "__future__":
                private = [a.name for a in node.names if a.name.startswith("_")]
                assert not private, f"{path.name} imports {private} from {node.module}"
            if path.name in own_reader:
                continue
            if isinstance(node, ast.Call):
                func = node.func
                if isinstance(func, ast.Attribute) and getattr(func.value, "id", "") == "os":
                    continue                     # os.open(os.devnull): not a user's file
                name = getattr(func, "attr", getattr(func, "id", ""))
                assert name not in {"open", "read_bytes", "read_text", "read_csv",
                                    "read_excel", "import_spend", "load_scenario_file",
                                    "load_answers"}, f"{path.name} line {node.lineno}: {name}"


# ----------------------------------------------------------------------------- currency

def test_compare_works_in_the_files_currency_at_a_rate(cli):
    """The sample spend × 20 in rand, worked in rand at 1 ZAR = €0.05 (--keep-currency): every
    amount is 20 × the euro twin's (the euro defaults, prices, salaries and revenue convert),
    labelled ZAR, and the company is the one given."""
    zar, eur = cli.json(*C_ZAR_KEEP), cli.json(*C_ZAR_TWIN)
    assert zar["currency"] == "ZAR" and zar["eur_rate"] == 0.05 and eur["currency"] == "EUR"
    assert zar["company"]["name"] == "Kaap Logistics" == eur["company"]["name"]
    assert zar["source"] == "zar.csv"
    for sid, s in _by_id(zar).items():
        twin = _by_id(eur)[sid]
        for key in ("plan_total", "expected_total", "p10_total", "p90_total", "npv"):
            # the JSON rounds to the cent: 20 × a rounded figure is within 20 × 0.005 + 0.005
            assert s[key] == pytest.approx(20 * twin[key], abs=0.11), (sid, key)
        if "p_cheaper_than_reference" in s:
            assert s["p_cheaper_than_reference"] == twin["p_cheaper_than_reference"]
    assert "ZAR" in zar["finding"] and "€" not in zar["finding"]
    assert all("€" not in th["sentence"] for th in zar["thresholds"])
    assert zar["sanity"] == eur["sanity"] == []


def test_compare_converts_the_file_to_euros_with_a_rate(cli):
    converted, twin = cli.json(*C_ZAR_CONVERT), cli.json(*C_ZAR_TWIN_SAMPLE_REVENUE)
    assert converted["currency"] == "EUR" and converted["eur_rate"] is None
    for sid, s in _by_id(converted).items():
        assert s["expected_total"] == pytest.approx(_by_id(twin)[sid]["expected_total"],
                                                    abs=0.02)


def test_compare_text_in_rand_has_no_euro_sign(cli):
    out = cli.ok(*C_ZAR_TEXT)
    assert "ZAR" in out and "€" not in out


def test_export_of_a_rand_file_is_labelled_in_rand(cli, files):
    from i18n import t
    cli.ok(*E_ZAR)
    wb = openpyxl.load_workbook(f"{files['out']}/zar.xlsx")
    summary = wb[t("export.sheet.summary", "en")]
    assert summary["A1"].value == t("export.title", "en", company="Kaap Logistics")
    assert summary["A6"].value.startswith("Amounts in ZAR; the market defaults in euros are "
                                          "converted at 1 ZAR = 0.05 euro.")
    formats = {c.number_format for ws in wb for row in ws.iter_rows() for c in row}
    assert '#,##0 "ZAR";[Red]-#,##0 "ZAR"' in formats
    assert not [f for f in formats if "€" in f]
