"""Benchmark of the spend import (issue 3): a 100,000-line general-ledger .xlsx read, mapped and
classified. Target: under 2 s on a 2-core machine. Plain script, prints its figures:

    .venv/bin/python benchmarks/bench_import.py [--lines 100000] [--repeat 3]

The workbook is built once (openpyxl, write-only) and cached in the system temp folder.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

LINES = (   # (account, account label, vendor, label, typical amount)
    ("6156", "Maintenance", "Atlantique Micro Services",
     "Contrat de maintenance parc informatique", 1150.0),
    ("6135", "Locations mobilières", "Microsoft Ireland Operations Ltd",
     "Microsoft 365 Business Premium", 1339.0),
    ("6135", "Locations mobilières", "OVHcloud", "Serveur privé virtuel VPS", 96.0),
    ("6262", "Frais de télécommunications", "Orange Business", "Accès fibre entreprise", 390.0),
    ("6262", "Frais de télécommunications", "Bouygues Telecom", "Forfaits mobiles flotte", 722.0),
    ("6135", "Locations mobilières", "Sophos", "Sophos Intercept X - renouvellement", 430.0),
    ("651", "Redevances logiciels", "Sage", "Sage 100 maintenance annuelle", 980.0),
    ("6063", "Petit équipement", "LDLC Pro", "Écran 24 pouces Dell", 189.0),
    ("2183", "Matériel informatique", "Dell Technologies",
     "Ordinateur portable Latitude 5450", 1085.0),
    ("611", "Sous-traitance générale", "Atlantique Micro Services",
     "Dépannage urgent hors contrat - 2 h sur site", 270.0),
    ("6226", "Honoraires", "DPO Partenaires", "DPO externalisé RGPD", 450.0),
    ("6132", "Locations immobilières", "Foncia", "Loyer locaux Nantes", 6500.0),
    ("6061", "Fournitures non stockables", "EDF Entreprises", "Électricité", 2100.0),
    ("6226", "Honoraires", "Cabinet Martin", "Honoraires expertise comptable", 1800.0),
    ("6251", "Voyages et déplacements", "SNCF", "Déplacements Nantes - Angers", 120.0),
)


def build_workbook(path: Path, lines: int) -> None:
    import numpy as np
    from openpyxl import Workbook
    rng = np.random.default_rng(20261128)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Grand livre")
    ws.append(["Grand livre général - Exemple SAS - exercice 2025"])
    ws.append([])
    ws.append(["Date", "Journal", "N° compte", "Intitulé du compte", "N° pièce", "Libellé",
               "Débit", "Crédit", "Solde"])
    kinds = rng.integers(0, len(LINES), lines)
    days = rng.integers(0, 365, lines)
    factors = rng.uniform(0.7, 1.3, lines)
    credit_note = rng.random(lines) < 0.02
    import datetime as dt
    start = dt.date(2025, 1, 1)
    balance = 0.0
    for k in range(lines):
        acct, acct_label, vendor, label, base = LINES[kinds[k]]
        amount = round(base * factors[k], 2)
        debit, credit = (None, amount) if credit_note[k] else (amount, None)
        balance += amount if debit else -amount
        ws.append([start + dt.timedelta(days=int(days[k])), "HA", acct, acct_label,
                   f"FA{k:06d}", f"{vendor} - {label}", debit, credit, round(balance, 2)])
        if (k + 1) % 5000 == 0:
            ws.append([None, None, None, None, None, f"Total page {(k + 1) // 5000}", None, None,
                       round(balance, 2)])
    wb.save(path)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    tag = hashlib.sha256(repr((LINES, args.lines)).encode()).hexdigest()[:10]
    path = Path(tempfile.gettempdir()) / f"bench_import_gl_{args.lines}_{tag}.xlsx"
    if not path.exists():
        t0 = time.perf_counter()
        build_workbook(path, args.lines)
        print(f"built {path.name} ({path.stat().st_size / 2**20:.1f} MB) in "
              f"{time.perf_counter() - t0:.1f} s")
    data = path.read_bytes()

    from models.importer.pipeline import ImportOptions, import_book
    from models.importer.readers import read_book
    times, read_times, cpu_times = [], [], []
    for _ in range(args.repeat):
        c0 = time.process_time()
        t0 = time.perf_counter()
        book = read_book(data)
        t1 = time.perf_counter()
        result = import_book(book, ImportOptions())
        t2 = time.perf_counter()
        cpu_times.append(time.process_time() - c0)
        read_times.append(t1 - t0)
        times.append(t2 - t0)
    best = min(times)
    print(f"lines in file        {args.lines:,} (+ {args.lines // 5000} page totals)")
    print(f"rows kept / dropped  {result.rows_kept:,} / {result.rows_dropped:,} {result.dropped}")
    print(f"IT total             {result.it_total:,.2f} of {result.total:,.2f}")
    print(f"read (calamine)      {min(read_times):.2f} s")
    print(f"read+map+classify    {best:.2f} s (best of {args.repeat}; all: "
          + ", ".join(f"{t:.2f}" for t in times) + ")")
    print(f"CPU time (process)   {min(cpu_times):.2f} s "
          "(best; wall time suffers on a busy machine)")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"load average (1 min) {load:.2f} on {os.cpu_count()} CPUs")
    print(f"target < 2 s         {'met' if best < 2 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
