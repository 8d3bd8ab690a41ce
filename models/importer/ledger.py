"""French ledgers: what a FEC or a printed grand livre needs beyond a plain table.

- :func:`fec_prefilter`: a big FEC's lines on numeric non-spend accounts (supplier, VAT, bank:
  two lines in three) counted and left out in Arrow as the file is read;
- :func:`fec_vendors`: the supplier of each FEC line, from the 40x line of its entry;
- :func:`account_headings`: the "6156000 - Maintenance" heading rows of a ledger printed by
  account.

Only expense (60–67) and fixed-asset (20–21) accounts are spend (:func:`non_spend_account`);
opening-balance journals (:data:`OPENING_JOURNALS`) keep their own reason. Pure pandas/numpy
(pyarrow, pandas' own engine, for the prefilter).
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from models.importer.mapping import is_fec, norm

OPENING_JOURNALS = ["AN", "RAN", "ANO", "A-NOUVEAUX", "A NOUVEAUX"]


def non_spend_account(account: pd.Series) -> pd.Series:
    """A numeric account (2 to 12 digits) that is neither an expense (60–67) nor a fixed asset
    (20–21): supplier, customer, VAT, bank, payroll, revenue lines of a ledger."""
    return account.str.fullmatch(r"\d{2,12}") & ~account.str.match(r"^(?:6[0-7]|2[01])")


def fec_prefilter(table):
    """A FEC (header on the first row) without its lines on numeric non-spend accounts, the
    rule :func:`models.importer.pipeline.parse_lines` applies (only 60–67 and 20–21 are spend;
    opening-balance journals keep their own reason), computed in Arrow before any pandas
    object exists: two lines in three of a FEC are supplier, VAT or bank lines. Returns the
    table and ``{"frame_rows", "prefiltered", "entry_vendors"}`` (file rows kept and left out,
    0-based; supplier name of each JournalCode + EcritureNum entry, from the 40x lines, as
    :func:`fec_vendors` reads it). Unchanged when not a FEC."""
    import pyarrow as pa
    import pyarrow.compute as pc
    if table.num_rows < 2:
        return table, {}
    header = [table.column(k)[0].as_py() or "" for k in range(table.num_columns)]
    if not is_fec(header):
        return table, {}
    by_norm: dict[str, int] = {}
    for k, cell in enumerate(header):
        by_norm.setdefault(norm(cell.lstrip("\ufeff")).replace(" ", ""), k)

    def col(name: str, rows=None):
        k = by_norm.get(name)
        if k is None:
            return pa.array([""] * (table.num_rows if rows is None else len(rows)), pa.string())
        column = table.column(k) if rows is None else table.column(k).filter(rows)
        return pc.utf8_trim_whitespace(column)

    coded_columns: dict = {}

    def per_value(name: str, test):
        """``test`` run once per distinct cell of a column (accounts and journals are few)."""
        k = by_norm.get(name)
        if k is None:
            return np.zeros(table.num_rows, dtype=bool)
        if k not in coded_columns:
            coded_columns[k] = pc.dictionary_encode(table.column(k)).combine_chunks()
        coded = coded_columns[k]
        values = pd.Series(coded.dictionary.to_pandas(), dtype=object).fillna("").str.strip()
        return test(values).to_numpy(dtype=bool)[
            coded.indices.to_numpy(zero_copy_only=False)]

    spend_like = per_value("comptenum", lambda v: non_spend_account(
        v.str.replace(r"\s+", "", regex=True)))
    opening = per_value("journalcode", lambda v: v.str.upper().isin(OPENING_JOURNALS)
                        | v.str.upper().str.contains("NOUVEAU", regex=False))
    drop = spend_like & ~opening
    drop[0] = False                                           # the header row
    if not drop.any():
        return table, {}
    supplier_account = per_value("comptenum", lambda v: v.str.replace(
        r"\s+", "", regex=True).str.startswith("40"))
    rows = pa.array(supplier_account)
    aux, name = col("compauxlib", rows), col("comptelib", rows)
    name = pc.if_else(pc.equal(aux, ""), name, aux)
    entries = pa.table({"entry": pc.binary_join_element_wise(
        col("journalcode", rows), col("ecriturenum", rows), "\x1f"), "name": name}).filter(
        pc.not_equal(name, "")).to_pandas()
    entry_vendors = pd.Series(entries["name"].to_numpy(dtype=object),
                              index=entries["entry"].to_numpy(dtype=object))
    entry_vendors = entry_vendors[~entry_vendors.index.duplicated()]
    kept = np.flatnonzero(~drop)
    return table.filter(pa.array(~drop)), {
        "frame_rows": kept.astype("int64"), "prefiltered": np.flatnonzero(drop).astype("int64"),
        "entry_vendors": entry_vendors}


_HEADING_RE = (r"(?i)^\s*(?:compte|cpte|account|acct)?\s*(?:n\s*°|no|n°|:)?\s*:?\s*"
               r"([1-7]\d{2,9})\s*(?:[-–:]\s*|\s+)(\D.*)$")


def account_headings(body: pd.DataFrame, columns: list[str], no_amount: pd.Series):
    """Account and account name of heading rows ("6156000 - Maintenance", "Compte 6262 :
    Télécoms") among rows without an amount; None when the file has none."""
    rows = no_amount.to_numpy()
    if not rows.any():
        return None
    sub = body[rows]
    found = pd.DataFrame({"account": pd.Series(None, index=body.index, dtype=object),
                          "label": pd.Series(None, index=body.index, dtype=object)})
    for c in columns[:3]:
        cells = sub[c]
        strings = cells[cells.map(type) == str].astype(str)  # noqa: E721 - see parse.is_text
        hit = strings.str.extract(_HEADING_RE).dropna()
        hit = hit[found.loc[hit.index, "account"].isna()]
        found.loc[hit.index, "account"] = hit[0].to_numpy()
        found.loc[hit.index, "label"] = hit[1].str.strip().to_numpy()
    return found if found["account"].notna().sum() >= 1 else None


def fec_vendors(body: pd.DataFrame, columns: list[str], text: pd.DataFrame,
                 account: pd.Series, known: pd.Series | None = None) -> pd.Series:
    """Supplier of each FEC line: CompAuxLib (else CompteLib) of the supplier (40x) line of the
    same entry (JournalCode + EcritureNum). ``known``: entry → supplier of the first 40x line of
    each entry over the whole file, as a big FEC's reader found it before leaving those lines
    out (:func:`fec_prefilter`)."""
    by_norm = {norm(c).replace(" ", ""): c for c in columns}

    def get(name: str) -> pd.Series:
        c = by_norm.get(name)
        return text[c] if c else pd.Series("", index=body.index, dtype=object)

    entry = get("journalcode") + "\x1f" + get("ecriturenum")
    aux = get("compauxlib")
    name = aux.where(aux != "", get("comptelib"))
    supplier = account.str.startswith("40") & (name != "")
    first = pd.Series(name[supplier].to_numpy(), index=entry[supplier].to_numpy())
    if known is not None and len(known):
        first = pd.concat([known, first])
    first = first[~first.index.duplicated()]
    return entry.map(first).fillna("").astype(object)

