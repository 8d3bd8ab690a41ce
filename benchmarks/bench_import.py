"""Benchmark of the spend import (issues 3 and 13), figures as ratios measured in one run on the
same machine. Plain script, prints its figures:

    .venv/bin/python benchmarks/bench_import.py [--only ledger,fec,csv,size] [--repeat 3]

- ``ledger``: a 100,000-line general ledger .xlsx whose labels all carry an invoice number
  (every label unique): read + map + classify, against reading the sheet alone (calamine).
  Target: at most 2x.
- ``fec``: a 1,000,000-line FEC (tab-separated text, 18 columns, invoice numbers in labels):
  the import against ``pandas.read_csv`` of the same file, each in a fresh process, in
  ``--repeat`` interleaved rounds (median of the rounds' ratios); peak memory of the import (a child
  process, ru_maxrss). Targets: at most 3x, under 1.5 GB.
- ``csv``: a 25 MB CSV of 1.25M short lines (DD/MM/YYYY dates, decimal commas): time and peak
  memory. Targets: under 30 s and 1 GB.
- ``size``: the FEC of a 250-person company over one year (purchases, sales, bank, payroll per
  employee, miscellaneous entries): lines and sizes as .txt, .zip and .gz (SECURITY.md).

Files are built once and cached in the system temp folder.
"""
from __future__ import annotations

import argparse
import datetime as dt
import gzip
import io
import os
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
TMP = Path(tempfile.gettempdir())

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


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ------------------------------------------------------------------ files

def build_ledger(path: Path, lines: int) -> None:
    """A 'grand livre' workbook: title rows, debit/credit, running balance, a page total every
    5,000 lines; every label carries its invoice number."""
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
    start = dt.date(2025, 1, 1)
    balance = 0.0
    for k in range(lines):
        acct, acct_label, vendor, label, base = LINES[kinds[k]]
        amount = round(base * factors[k], 2)
        debit, credit = (None, amount) if credit_note[k] else (amount, None)
        balance += amount if debit else -amount
        ws.append([start + dt.timedelta(days=int(days[k])), "HA", acct, acct_label,
                   f"FA{k:06d}", f"Facture FA-2025-{k:06d} {vendor} - {label}", debit, credit,
                   round(balance, 2)])
        if (k + 1) % 5000 == 0:
            ws.append([None, None, None, None, None, f"Total page {(k + 1) // 5000}", None, None,
                       round(balance, 2)])
    wb.save(path)


FEC_HEAD = ("JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\t"
            "CompAuxNum\tCompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\t"
            "EcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise")


def _fec_purchases(rng, entries: int, start_num: int = 0) -> list[str]:
    """Purchase entries: expense line, VAT line, supplier line, as FEC text lines."""
    kinds = rng.integers(0, len(LINES), entries)
    days = np.sort(rng.integers(0, 365, entries))
    factors = rng.uniform(0.7, 1.3, entries)
    out = []
    start = dt.date(2025, 1, 1)
    for k in range(entries):
        acct, acct_label, vendor, label, base = LINES[kinds[k]]
        amount = round(base * factors[k], 2)
        vat = round(amount * 0.2, 2)
        d = f"{start + dt.timedelta(days=int(days[k])):%Y%m%d}"
        num = f"HA{start_num + k + 1:07d}"
        ref = f"FA-2025-{start_num + k + 1:06d}"
        lab = f"{ref} {vendor} - {label}"
        aux = "F" + "".join(ch for ch in vendor.upper() if ch.isalpha())[:8]
        for acc, alab, an, al, de, cr in (
                (acct.ljust(8, "0"), acct_label, "", "", amount, 0.0),
                ("44566000", "TVA déductible", "", "", vat, 0.0),
                ("40100000", "Fournisseurs", aux, vendor, 0.0, round(amount + vat, 2))):
            out.append("\t".join(("HA", "Achats", num, d, acc, alab, an, al, ref, d, lab,
                                  f"{de:.2f}".replace(".", ","), f"{cr:.2f}".replace(".", ","),
                                  "", "", d, "", "")))
    return out


def build_fec(path: Path, lines: int) -> None:
    rng = np.random.default_rng(13)
    body = _fec_purchases(rng, lines // 3)
    path.write_text(FEC_HEAD + "\r\n" + "\r\n".join(body) + "\r\n", encoding="utf-8")


def build_short_csv(path: Path, lines: int) -> None:
    rng = np.random.default_rng(5)
    vendors = ("OVH", "Orange", "Free", "SFR", "Dell", "Sage", "EDF", "Foncia", "SNCF", "La Poste")
    days = rng.integers(0, 365, lines)
    cents = rng.integers(100, 500000, lines)
    start = dt.date(2025, 1, 1)
    dates = [f"{start + dt.timedelta(days=int(d)):%d/%m/%Y}" for d in range(365)]
    rows = [f"{dates[days[k]]};{vendors[k % 10]};{cents[k] // 100},{cents[k] % 100:02d}"
            for k in range(lines)]
    path.write_text("Date;Fournisseur;Montant\n" + "\n".join(rows) + "\n", encoding="utf-8")


def fec_250_people(rng) -> list[str]:
    """One year of a 250-person company (about 40 M€ of revenue): 6,000 purchase invoices, 15,000
    sales invoices, 30,000 bank movements, payroll per employee and month (20 lines each) and
    5,000 miscellaneous lines; the counts follow the size of the company, the line format the
    purchase lines of this benchmark."""
    purchases = _fec_purchases(rng, 6000)
    sales = [ln.replace("\tHA\t", "\tVT\t").replace("Achats", "Ventes")
             for ln in _fec_purchases(rng, 15000, 100000)]
    bank = _fec_purchases(rng, 30000 * 2 // 3, 200000)[: 30000 * 2]
    payroll = _fec_purchases(rng, 250 * 12 * 20 // 3, 300000)
    misc = _fec_purchases(rng, 5000 // 3, 400000)
    return purchases + sales + bank + payroll + misc


# ------------------------------------------------------------------ measures

def _child(code: str) -> tuple[float, float, str]:
    """Run ``code`` in a fresh interpreter: (seconds, peak RSS in MB, its output)."""
    wrapper = ("import resource, sys, time\nsys.path.insert(0, %r)\nt0 = time.perf_counter()\n"
               "%s\nprint('__T', time.perf_counter() - t0)\n"
               "print('__M', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)\n"
               % (str(ROOT), code))
    out = subprocess.run([sys.executable, "-c", wrapper], capture_output=True, text=True,
                         check=True).stdout
    seconds = float(next(ln for ln in out.splitlines() if ln.startswith("__T")).split()[1])
    mb = float(next(ln for ln in out.splitlines() if ln.startswith("__M")).split()[1])
    return seconds, mb, "\n".join(ln for ln in out.splitlines() if not ln.startswith("__"))


def bench_ledger(repeat: int) -> dict:
    path = TMP / "bench_import13_gl_100000.xlsx"
    if not path.exists():
        build_ledger(path, 100_000)
    data = path.read_bytes()
    from models.importer.pipeline import ImportOptions, import_book
    from models.importer.readers import read_book
    reads, totals = [], []
    for _ in range(repeat):
        t0 = time.perf_counter()
        book = read_book(data)
        t1 = time.perf_counter()
        result = import_book(book, ImportOptions())
        t2 = time.perf_counter()
        reads.append(t1 - t0)
        totals.append(t2 - t0)
    read, total = min(reads), min(totals)
    print(f"[ledger] 100,000 lines, {path.stat().st_size / 2**20:.1f} MB, "
          f"{result.spend['label'].nunique():,} distinct labels; kept {result.rows_kept:,}, "
          f"IT {result.it_total:,.2f} of {result.total:,.2f}")
    print(f"[ledger] read sheet {read:.2f} s, import {total:.2f} s: ratio {total / read:.2f} "
          f"(target <= 2) {'met' if total <= 2 * read else 'NOT met'}")
    return {"read": read, "import": total}


def bench_fec(repeat: int) -> dict:
    """``repeat`` rounds, each a fresh ``pandas.read_csv`` process then a fresh import process
    (interleaved: a slow minute of the shared machine weighs on both sides). The target is
    read on the median of the rounds' ratios; the ratio of the medians and of the best of each
    side are printed too."""
    path = TMP / "bench_import13_fec_1000000.txt"
    if not path.exists():
        build_fec(path, 1_000_000)
    reads, imports, peaks = [], [], []
    for _ in range(repeat):
        read_s, _, _ = _child(f"import pandas as pd\npd.read_csv({str(path)!r}, sep='\\t')")
        imp_s, imp_mb, out = _child(
            "from pathlib import Path\nfrom models.importer import ImportOptions, import_spend\n"
            f"r = import_spend(Path({str(path)!r}).read_bytes(), 'FEC.txt', "
            "ImportOptions(limits=False))\nprint(r.rows_read, r.rows_kept, round(r.it_total, 2))")
        reads.append(read_s)
        imports.append(imp_s)
        peaks.append(imp_mb)
    read_med, imp_med = float(np.median(reads)), float(np.median(imports))
    paired = float(np.median([i / r for r, i in zip(reads, imports)]))
    print(f"[fec] 1,000,000 lines, {path.stat().st_size / 2**20:.0f} MB; rows read, kept, IT: "
          f"{out.strip()}")
    print("[fec] rounds (pandas.read_csv / import): "
          + ", ".join(f"{r:.2f} / {i:.2f} s" for r, i in zip(reads, imports)))
    print(f"[fec] ratio of each round, median {paired:.2f}; medians {read_med:.2f} s / "
          f"{imp_med:.2f} s: ratio {imp_med / read_med:.2f}; best {min(reads):.2f} s / "
          f"{min(imports):.2f} s: ratio {min(imports) / min(reads):.2f}; peak "
          f"{max(peaks):.0f} MB (targets <= 3, < 1.5 GB) "
          f"{'met' if paired <= 3 and max(peaks) < 1536 else 'NOT met'}")
    return {"read_csv": read_med, "import": imp_med, "ratio": paired, "peak_mb": max(peaks)}


def bench_csv() -> dict:
    path = TMP / "bench_import13_short_1250000.csv"
    if not path.exists():
        build_short_csv(path, 1_250_000)
    imp_s, imp_mb, out = _child(
        "from pathlib import Path\nfrom models.importer import ImportOptions, import_spend\n"
        f"r = import_spend(Path({str(path)!r}).read_bytes(), 'x.csv', ImportOptions())\n"
        "print(r.rows_kept, round(r.total, 2))")
    print(f"[csv] 1,250,000 short lines, {path.stat().st_size / 2**20:.1f} MB; kept, total: "
          f"{out.strip()}")
    print(f"[csv] import {imp_s:.2f} s, peak {imp_mb:.0f} MB (targets < 30 s, < 1 GB) "
          f"{'met' if imp_s < 30 and imp_mb < 1024 else 'NOT met'}")
    return {"import": imp_s, "peak_mb": imp_mb}


def bench_size() -> dict:
    lines = fec_250_people(np.random.default_rng(250))
    text = (FEC_HEAD + "\r\n" + "\r\n".join(lines) + "\r\n").encode("utf-8")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("123456789FEC20251231.txt", text)
    gz = gzip.compress(text)
    print(f"[size] FEC of a 250-person company, one year: {len(lines):,} lines, "
          f"{len(text) / 2**20:.1f} MB as .txt, {len(buf.getvalue()) / 2**20:.1f} MB as .zip, "
          f"{len(gz) / 2**20:.1f} MB as .gz (ratio {len(text) / len(gz):.1f})")
    return {"lines": len(lines), "txt_mb": len(text) / 2**20}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="ledger,fec,csv,size")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    parts = args.only.split(",")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"load average (1 min) {load:.2f} on {os.cpu_count()} CPUs")
    if "ledger" in parts:
        bench_ledger(args.repeat)
    if "fec" in parts:
        bench_fec(args.repeat)
    if "csv" in parts:
        bench_csv()
    if "size" in parts:
        bench_size()
    return 0


if __name__ == "__main__":
    sys.exit(main())
