"""Step 4 of the import pipeline (:mod:`.pipeline`): the currency of every line, never guessed
silently, and the conversion to euros at the rates the user gave."""
from __future__ import annotations

import numpy as np
import pandas as pd

from models.importer.errors import SpendImportError
from models.importer.parse import currency_codes, detect_currency, header_currency

#: Where a line's currency was read (``ImportResult.currency_source``); "default": euros.
SOURCES = ("default", "column", "cells", "header")


def convert_currencies(lines, m, options) -> None:
    # lines: pipeline.Lines, m: pipeline.Mapped, options: pipeline.ImportOptions (not imported
    # here: no import cycle inside models)
    """The currency of each line, never guessed silently: a currency column, else a symbol or
    code in the amount cells, else the amount column's header ("Amount (ZAR)"), else euros
    (``currency_source`` says which). One currency other than the euro and no rate: amounts are
    kept in that currency, ``lines.currency`` names it, with a warning. Several currencies:
    every line converted to euros at ``options.fx_rates`` (euros per unit), or, when a rate is
    missing, the file is refused with one sentence naming the currencies (never a partial
    import)."""
    reason = lines.reason
    candidates = reason.isna().to_numpy()
    # where each line's currency comes from: 0 nowhere (euros), then SOURCES[1:]
    cur = np.full(len(reason), "EUR", dtype=object)
    source = np.zeros(len(reason), dtype="int8")
    if "currency" in m.mapping:
        column = currency_codes(m.col_text("currency")).to_numpy(dtype=object)
        named = column != ""
        cur[named], source[named] = column[named], 1
    cells = detect_currency(lines.raw_amount)
    if len(cells):
        at = reason.index.get_indexer(cells.index)
        at, codes = at[source[at] == 0], cells.to_numpy(dtype=object)[source[at] == 0]
        cur[at], source[at] = codes, 2
    header_name, header_code = "", None
    for fld in ("amount", "debit", "credit", "gross"):
        if fld in m.mapping and header_code is None:
            header_code = header_currency(m.mapping[fld])
            header_name = m.mapping[fld] if header_code else ""
    if header_code:
        cur[source == 0], source[source == 0] = header_code, 3
    explicit = candidates & (source > 0)
    currencies = {str(k): int(v) for k, v in pd.Series(cur[explicit]).value_counts().items()}
    euros = currencies.get("EUR", 0) + int((candidates & (source == 0)).sum())
    currencies.update({"EUR": euros} if euros else {})
    used = np.bincount(source[explicit], minlength=len(SOURCES))
    lines.currency_source = SOURCES[int(used.argmax())] if used[1:].any() else "default"
    lines.currency_header = header_name if lines.currency_source == "header" else ""
    given = {str(k).upper(): float(v) for k, v in options.fx_rates.items() if v and v > 0}
    lines.amount_original = lines.amount.copy()
    foreign = sorted(c for c in currencies if c != "EUR")
    missing = [c for c in foreign if c not in given]
    if foreign and len(currencies) == 1 and missing:
        lines.currency = foreign[0]        # one currency, no rate: amounts stay in it
        lines.warnings.append(("import.warn.not_euro", {
            "currency": lines.currency, "rate": f"--rate {lines.currency}=…"}))
    elif missing:
        listed = ", ".join(sorted(currencies, key=lambda c: (-currencies[c], c)))
        raise SpendImportError("import.error.currencies_need_rates", currencies=listed,
                               missing=", ".join(missing),
                               rate=" ".join(f"--rate {c}=…" for c in missing))
    elif foreign:
        lines.rates = {c: given[c] for c in foreign}
        rate = pd.Series(cur, index=reason.index, dtype=object).map({"EUR": 1.0, **lines.rates})
        lines.amount = lines.amount * rate
        lines.warnings.append(("import.warn.currencies", {
            "currencies": ", ".join(f"{c} ({currencies[c]})" for c in sorted(currencies)),
            "rates": ", ".join(f"1 {c} = {lines.rates[c]:g} €" for c in foreign)}))
    lines.line_currency = cur
    lines.currencies = currencies
    if not reason.isna().any():
        raise SpendImportError("import.error.no_rows")
