"""``import FILE [--sheet NAME] [--json]``: the Import page's pipeline, headless.

Exit status 0 when the file was read; 2 with one plain sentence on stderr when it cannot be.
"""
from __future__ import annotations

import sys
from pathlib import Path

from i18n import LANGUAGES, fmt_number, t
from models.importer import ImportOptions, SpendImportError, import_spend


def _parse_rates(items: list[str]) -> dict[str, float]:
    rates = {}
    for item in items or []:
        code, _, value = item.partition("=")
        rates[code.strip().upper()] = float(value.replace(",", "."))
        if not code.strip() or rates[code.strip().upper()] <= 0:
            raise ValueError(item)
    return rates


def _import(args) -> int:
    lang = args.lang
    path = Path(args.file)
    try:
        try:
            rates = _parse_rates(args.rate)
        except ValueError:
            print("--rate expects CODE=VALUE, e.g. USD=0.92", file=sys.stderr)
            return 2
        if not path.is_file():
            print(t("import.cli.no_file", lang, path=str(path)), file=sys.stderr)
            return 2
        # no upload limit on the command line (the file is the user's own); bomb guards stay
        options = ImportOptions(sheet=args.sheet, fx_rates=rates, limits=False)
        if args.vat is not None:
            options.vat_rate = args.vat / 100.0
        result = import_spend(path.read_bytes(), path.name, options)
    except SpendImportError as err:
        print(err.message(lang), file=sys.stderr)
        return 2
    except Exception:   # never a traceback for a bad file
        print(t("import.error.internal", lang), file=sys.stderr)
        return 2
    if args.json:
        print(result.to_json(lang))
        return 0
    s = result.summary(lang)
    print(f"{path.name}: {s['file_type']}, sheet {s['sheet']!r}, header row {s['header_row']}")
    print(f"rows read {s['rows_read']}, kept {s['rows']}, rejected {s['rejected']['count']}")
    for reason, count in s["rejected"]["reasons"].items():
        print(f"  - {t('import.reason.' + reason, lang)}: {count}")
    print(f"total {fmt_number(s['total'], 'en', 2)} {s['currency']}, "
          f"IT {fmt_number(s['it_total'], 'en', 2)} {s['currency']} "
          f"({s['it_share'] * 100:.1f} % of the total)")
    if s["rates"]:
        print("rates: " + ", ".join(f"1 {c} = {r:g} EUR" for c, r in s["rates"].items()))
    for domain, amount in s["by_domain"].items():
        print(f"  {domain:13} {fmt_number(amount, 'en', 2):>16}")
    print("mapping: " + ", ".join(f"{k} <- {v!r}" for k, v in s["mapping"].items()))
    for w in s["warnings"]:
        print(f"warning: {w}")
    return 0


def register(subparsers) -> None:
    p = subparsers.add_parser("import", help="read, map and classify a spend file (xlsx, xls, "
                                             "ods, csv, FEC)")
    p.add_argument("file", help="spend file: Excel, ODS, CSV/TXT or FEC, or one CSV/FEC in a "
                                ".zip or .gz (no size limit here)")
    p.add_argument("--sheet", help="sheet to read (default: found automatically)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--vat", type=float, default=None,
                   help="VAT rate in %% for files with gross amounts only (default 20)")
    p.add_argument("--rate", action="append", metavar="CODE=EUR",
                   help="exchange rate, euros for one unit, e.g. --rate USD=0.92 (repeatable)")
    p.add_argument("--lang", choices=LANGUAGES, default="en",
                   help="language of messages (default en)")
    p.set_defaults(func=_import)
