"""The normalised spend table every reader ends in.

One row per spend line. Amounts are euros excluding VAT; spend is positive, credit notes are
negative. ``domain`` is one of :data:`models.domains.ALL_DOMAIN_VALUES`.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from models.boundary import MAX_AMOUNT, MAX_TEXT, as_float, clean_text, needs_cleaning
from models.domains import ALL_DOMAIN_VALUES, NATURES
from models.errors import CostModelError, LocalNumber

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


def coerce_spend_table(df: pd.DataFrame, texts_clean: bool = False) -> pd.DataFrame:
    """Return ``df`` with exactly the spend columns, in order, with their dtypes.

    Missing text columns become empty strings, missing ``capex`` False, ``confidence`` 1.0,
    ``source_row`` the 1-based position. Text columns are cleaned (:func:`clean_texts`) unless
    the caller did it (``texts_clean``: object columns of Python strings already cleaned).
    Raises ``ValueError`` when ``date`` or ``amount`` is missing or when a domain or nature value
    is unknown, and a translated :class:`models.errors.CostModelError` (a ``ValueError`` too)
    when an amount is not finite or beyond :data:`models.boundary.MAX_AMOUNT` either way.
    """
    out = df.copy(deep=False)      # copy-on-write (pandas 3): columns replaced, never written
    for required in ("date", "amount"):
        if required not in out.columns:
            raise ValueError(f"spend table needs a {required!r} column")
    for col in ("vendor", "label", "account", "account_label", "rule"):
        if col not in out.columns:
            out[col] = ""
        elif not texts_clean:
            out[col] = clean_texts(_text_objects(out[col]))
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
    if out["amount"].dtype == object:          # text, or integers too large for a float
        out["amount"] = out["amount"].map(as_float)
    out["amount"] = out["amount"].astype("float64")
    bad = ~np.isfinite(out["amount"].to_numpy()) | (out["amount"].abs() > MAX_AMOUNT).to_numpy()
    if bad.any():        # NaN, infinities, 309-digit amounts: refused before any model sees them
        k = int(np.argmax(bad))
        raise CostModelError("boundary.error.amount", row=out["source_row"].iloc[k],
                             value=out["amount"].iloc[k],
                             high=LocalNumber(MAX_AMOUNT))
    out["capex"] = out["capex"].astype(bool)
    out["confidence"] = out["confidence"].astype("float64")
    out["source_row"] = out["source_row"].astype("int64")
    out["domain"] = out["domain"].astype(object)
    out["nature"] = out["nature"].astype(object)
    bad_domains = set(pd.unique(out["domain"])) - set(ALL_DOMAIN_VALUES)
    if bad_domains:
        raise ValueError(f"unknown domain values: {sorted(bad_domains)}")
    bad_natures = set(pd.unique(out["nature"])) - set(NATURES)
    if bad_natures:
        raise ValueError(f"unknown nature values: {sorted(bad_natures)}")
    return out[list(SPEND_COLUMNS)].reset_index(drop=True)


def _text_objects(values: pd.Series) -> pd.Series:
    """A column as Python strings in an object Series ("" for missing), converted once
    (an Arrow-backed text column of a big file is not turned to str and back)."""
    if values.dtype == object:
        filled = values.where(values.notna(), "")
        if pd.api.types.infer_dtype(filled, skipna=False) in ("string", "empty"):
            return filled.astype(object)
        return filled.map(str).astype(object)
    return pd.Series(values.fillna("").astype(str).to_numpy(dtype=object), index=values.index,
                     dtype=object)


def clean_texts(values: pd.Series, max_len: int = MAX_TEXT) -> pd.Series:
    """A text column through :func:`models.boundary.clean_text` (control characters, lone
    surrogates, length). Fast path: one search over the joined column finds nothing to clean in
    nearly every file."""
    values = _text_objects(values)
    if values.empty:
        return values
    distinct = set(values.tolist())         # a million lines of a few vendors: a few strings
    joined = "".join(distinct)
    if (joined.isprintable() or not needs_cleaning(joined)) and max(map(len, distinct)) <= max_len:
        return values                        # isprintable: no control character, no surrogate
    return values.map(lambda v: clean_text(v, max_len)).astype(object)


def it_lines(spend: pd.DataFrame) -> pd.DataFrame:
    """The lines classified to an IT domain (drops ``other``)."""
    return spend[spend["domain"] != "other"]
