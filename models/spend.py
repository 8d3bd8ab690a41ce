"""The normalised spend table every reader ends in.

One row per spend line. Amounts are euros excluding VAT; spend is positive, credit notes are
negative. ``domain`` is one of :data:`models.domains.ALL_DOMAIN_VALUES`.
"""
from __future__ import annotations

import pandas as pd

from models.domains import ALL_DOMAIN_VALUES, NATURES

#: Column name -> pandas dtype of the normalised spend table.
SPEND_COLUMNS: dict[str, str] = {
    "date": "datetime64[ns]",   # posting/invoice date; period start for period-only files
    "amount": "float64",        # EUR excl. VAT, credit notes negative
    "vendor": "object",
    "label": "object",
    "account": "object",
    "account_label": "object",
    "domain": "object",         # DOMAINS or "other"
    "nature": "object",         # recurring | one_off | unplanned
    "capex": "bool",            # capitalised purchase (French accounts 20x/21x)
    "source_row": "int64",      # 1-based row in the source sheet (spreadsheet numbering)
    "rule": "object",           # the rule that gave the domain, e.g. "vendor:Microsoft"
    "confidence": "float64",    # 0..1
}


def empty_spend_table() -> pd.DataFrame:
    """A spend table with no rows and the right columns and dtypes."""
    return pd.DataFrame({c: pd.Series(dtype=d) for c, d in SPEND_COLUMNS.items()})


def coerce_spend_table(df: pd.DataFrame) -> pd.DataFrame:
    """Return ``df`` with exactly the spend columns, in order, with their dtypes.

    Missing text columns become empty strings, missing ``capex`` False, ``confidence`` 1.0,
    ``source_row`` the 1-based position. Raises ``ValueError`` when ``date`` or ``amount`` is
    missing or when a domain or nature value is unknown.
    """
    out = df.copy()
    for required in ("date", "amount"):
        if required not in out.columns:
            raise ValueError(f"spend table needs a {required!r} column")
    for col in ("vendor", "label", "account", "account_label", "rule"):
        if col not in out.columns:
            out[col] = ""
        out[col] = out[col].fillna("").astype(str).astype(object)
    if "domain" not in out.columns:
        out["domain"] = "other"
    if "nature" not in out.columns:
        out["nature"] = "recurring"
    if "capex" not in out.columns:
        out["capex"] = False
    if "confidence" not in out.columns:
        out["confidence"] = 1.0
    if "source_row" not in out.columns:
        out["source_row"] = range(1, len(out) + 1)
    out["date"] = pd.to_datetime(out["date"]).astype("datetime64[ns]")
    out["amount"] = out["amount"].astype("float64")
    out["capex"] = out["capex"].astype(bool)
    out["confidence"] = out["confidence"].astype("float64")
    out["source_row"] = out["source_row"].astype("int64")
    out["domain"] = out["domain"].astype(object)
    out["nature"] = out["nature"].astype(object)
    bad_domains = set(out["domain"]) - set(ALL_DOMAIN_VALUES)
    if bad_domains:
        raise ValueError(f"unknown domain values: {sorted(bad_domains)}")
    bad_natures = set(out["nature"]) - set(NATURES)
    if bad_natures:
        raise ValueError(f"unknown nature values: {sorted(bad_natures)}")
    return out[list(SPEND_COLUMNS)].reset_index(drop=True)


def it_lines(spend: pd.DataFrame) -> pd.DataFrame:
    """The lines classified to an IT domain (drops ``other``)."""
    return spend[spend["domain"] != "other"]
