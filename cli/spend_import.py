"""``import FILE [--sheet NAME] [--json]``: the Import page's pipeline, headless.

Exit status 0 when the file was read; 2 with one plain sentence on stderr when it cannot be.
"""
from __future__ import annotations

import sys

from i18n import CATALOG, LANGUAGES, fmt_eur, fmt_number, fmt_pct, t
from models.importer import ImportOptions, SpendImportError
from models.loaders import import_spend_path


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
    try:
        try:
            rates = _parse_rates(args.rate)
        except ValueError:
            print(t("boundary.error.rate", lang, value=", ".join(args.rate or [])),
                  file=sys.stderr)
            return 2
        # no upload limit on the command line (the file is the user's own); bomb guards stay
        options = ImportOptions(sheet=args.sheet, fx_rates=rates, limits=False)
        if args.vat is not None:
            options.vat_rate = args.vat / 100.0
        result = import_spend_path(args.file, options)
    except SpendImportError as err:
        print(err.message(lang), file=sys.stderr)
        return 2
    except Exception:   # never a traceback for a bad file
        print(t("import.error.internal", lang), file=sys.stderr)
        return 2
    if args.json:
        print(result.to_json(lang))
        return 0
    print("\n".join(text_lines(result, args.file, lang)))
    return 0


def text_lines(result, path: str, lang: str) -> list[str]:
    """What ``import`` prints without ``--json``, in ``lang``; amounts in the file's currency
    (the euro once converted)."""
    from pathlib import Path
    s = result.summary(lang)
    cur = s["currency"]

    def money(value: float) -> str:
        return fmt_eur(value, lang, 2, currency=cur)
    lines = [t("import.cli.read", lang, name=Path(path).name, kind=s["file_type"],
               sheet=s["sheet"], row=s["header_row"] if s["header_row"] else "–"),
             t("import.cli.rows", lang, read=fmt_number(s["rows_read"], lang),
               kept=fmt_number(s["rows"], lang), rejected=fmt_number(s["rejected"]["count"], lang))]
    for reason, count in s["rejected"]["reasons"].items():
        lines.append(f"  - {t('import.reason.' + reason, lang)}: {fmt_number(count, lang)}")
    lines.append(t("import.cli.total", lang, total=money(s["total"]), it_total=money(s["it_total"]),
                   share=fmt_pct(s["it_share"], lang, 1)))
    if s["rates"]:
        lines.append(t("import.cli.rates", lang, rates=", ".join(
            f"1 {c} = {fmt_number(r, lang, 4)} EUR" for c, r in s["rates"].items())))
    width = max(len(t(f"domain.{d}", lang)) for d in s["by_domain"]) + 2
    for domain, amount in s["by_domain"].items():
        lines.append(f"  {t(f'domain.{domain}', lang):{width}} {money(amount):>20}")
    lines.append(t("import.cli.mapping", lang, mapping=", ".join(
        f"{t(f'import.field.{k}', lang) if f'import.field.{k}' in CATALOG else k} ← {v!r}"
        for k, v in s["mapping"].items())))
    lines.extend(t("import.cli.warning", lang, text=w) for w in s["warnings"])
    return lines


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
