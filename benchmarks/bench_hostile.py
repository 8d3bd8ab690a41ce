"""Time and peak memory of the hostile inputs of issue 14, each in a fresh interpreter.

    .venv/bin/python benchmarks/bench_hostile.py [case ...]

Each case runs in its own process (``os.wait4`` gives that child's peak resident memory, as
``/usr/bin/time -v`` does). Targets (issue 14): a 1 MB shared string used by 2,000 cells
refused or read in < 5 s and < 400 MB; a 10,000-column CSV < 10 s; a cell at row 1,048,576
< 5 s; the governance file with 30,000 register rows refused or linear; the largest analysis
the work budget allows and a session of cached analyses under 500 MB. Plain script, no
assertion: SECURITY.md ("Budgets") quotes its figures.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SETUP = "import sys; sys.path.insert(0, {root!r})\nfrom tests import hostile_files as H\n"

CASES: dict[str, str] = {
    "baseline: interpreter, pandas, streamlit, the models loaded": """
import models.analysis, models.importer, ui.analysis  # noqa: F401
print("imported")
""",
    "row 1: xlsx, 1 MB shared string × 2,000 cells": """
from models.importer import import_spend, SpendImportError
try:
    import_spend(H.xlsx_huge_shared_string())
    print("read")
except SpendImportError as e:
    print("refused:", e.key)
""",
    "row 3: CSV, 10,000 columns (1 MB)": """
from models.importer import import_spend
r = import_spend(H.csv_many_columns())
print("read", r.rows_kept, "lines")
""",
    "row 4: xlsx, one cell at row 1,048,576": """
from models.importer import import_spend
r = import_spend(H.xlsx_far_cell())
print("read", r.rows_read, "rows;", [k for k, _ in r.warnings])
""",
    "row 4b: xlsx, one cell at XFD1048576": """
from models.importer import import_spend, SpendImportError
try:
    import_spend(H.xlsx_far_cell(column="XFD"))
except SpendImportError as e:
    print("refused:", e.key)
""",
    "xlsx pre-scan: 100,000-line ledger (guards' cost)": """
import io, time, zipfile
from models.importer.readers import check_xlsx_budget
shared = ["Date", "Fournisseur", "Libellé", "Montant HT"] + [f"Vendor {k}" for k in range(500)]
rows = "".join(f'<row r="{r}"><c r="A{r}"><v>45672</v></c><c r="B{r}" t="s"><v>{4 + r % 500}</v>'
               f'</c><c r="C{r}" t="s"><v>{4 + (r * 7) % 500}</v></c><c r="D{r}"><v>12.5</v></c>'
               f'</row>' for r in range(2, 100_002))
data = H.raw_xlsx(rows, shared)
t = time.perf_counter()
check_xlsx_budget(zipfile.ZipFile(io.BytesIO(data)))
print(f"guards {time.perf_counter() - t:.2f} s on {len(data) / 2**20:.1f} MB")
""",
    "row 6: governance file, 30,000 register rows": """
from models.governance import load_answers, GovernanceError
try:
    load_answers(H.governance_many_rows())
except GovernanceError as e:
    print("refused:", e.key)
""",
    "row 6b: apply 30,000 register edits (linear)": """
import time
from models import governance as gov
from models.scenarios import default_scenarios
edits = {("dependency", f"s{k}"): (3, 3) for k in range(30_000)}
reg = gov.default_register(gov.preset("typical"), default_scenarios())
t = time.perf_counter()
gov.apply_register_edits(reg, edits)
print(f"applied in {time.perf_counter() - t:.3f} s")
""",
    "row 12: JSON nested 100,000 deep": """
from models.errors import CostModelError
from models.scenario_file import load_scenario_file
try:
    load_scenario_file(H.deep_json())
except CostModelError as e:
    print("refused:", e.key)
""",
    "row 14: analysis 100,000 trials × 8 scenarios × 15 years": """
from models.analysis import analyse
from models.dataset import sample_dataset
from models.errors import CostModelError
from models.scenarios import Economics, default_scenarios, duplicate_scenario
sc = default_scenarios()
while len(sc) < 8:
    sc = duplicate_scenario(sc, "full", f"v{len(sc)}")
try:
    analyse(sample_dataset(), sc, Economics(horizon_years=15), trials=100_000)
    print("ran")
except CostModelError as e:
    print("refused:", e.key)
""",
    "row 14b: largest allowed, 100,000 trials × 4 scenarios × 5 years": """
import pickle
from models.analysis import analyse
from models.dataset import sample_dataset
from models.governance import preset
from models.scenarios import Economics, default_scenarios, duplicate_scenario
sc = duplicate_scenario(default_scenarios(), "full", "v3")
a = analyse(sample_dataset(), sc, Economics(), trials=100_000, answers=preset("typical"))
print(f"pickled {len(pickle.dumps(a)) / 2**20:.0f} MB")
""",
    "row 14c: a session, 6 analyses of 100,000 × 3 × 5 through the cache": """
from models.analysis import analyse
from models.dataset import sample_dataset
from models.governance import preset
from models.scenarios import Economics, default_scenarios
from ui.analysis import AnalysisCache
cache = AnalysisCache()
for seed in range(6):
    key = str(seed)
    cache.put(key, analyse(sample_dataset(), default_scenarios(), Economics(), seed=seed,
                           trials=100_000, answers=preset("typical")))
    hit = cache.get(key)
print(f"cache {cache.nbytes / 2**20:.0f} MB in {len(cache.entries)} analyses")
""",
    "row 15: CSV mixing UTF-8 and cp1252 lines": """
from models.importer import import_spend
r = import_spend(H.csv_mixed_encodings())
print(sorted(set(r.spend["vendor"])), r.encoding)
""",
}


def run(name: str, code: str) -> None:
    script = SETUP.format(root=str(ROOT)) + code
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    out, err = proc.stdout.read().strip(), proc.stderr.read().strip()
    result = out or (err.splitlines()[-1] if err else f"exit {status}")
    print(f"{name:66} {elapsed:6.2f} s {usage.ru_maxrss / 1024:7.0f} MB  {result}")


def main(selected: list[str]) -> None:
    for name, code in CASES.items():
        if not selected or any(s in name for s in selected):
            run(name, code)


if __name__ == "__main__":
    main(sys.argv[1:])
