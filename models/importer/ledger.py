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

from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pandas as pd

from models.importer.arrowtext import in_threads
from models.importer.mapping import is_fec, norm
from models.importer.parse import distinct_test

OPENING_JOURNALS = ["AN", "RAN", "ANO", "A-NOUVEAUX", "A NOUVEAUX"]


_NUMERIC_ACCOUNT = r"\d{2,12}"                  # an account number, 2 to 12 digits
_SPEND_ACCOUNT = r"^(?:6[0-7]|2[01])"            # expense (60–67) or fixed-asset (20–21)
_THIRD_PARTY_ACCOUNT = r"^(?:40[1-9]|411|4456|512)"   # supplier, customer, VAT, bank


def non_spend_account(account: pd.Series) -> pd.Series:
    """A numeric account (2 to 12 digits) that is neither an expense (60–67) nor a fixed asset
    (20–21): supplier, customer, VAT, bank, payroll, revenue lines of a ledger."""
    return account.str.fullmatch(_NUMERIC_ACCOUNT) & ~account.str.match(_SPEND_ACCOUNT)


def account_kinds(account: pd.Series) -> pd.DataFrame:
    """Per line, booleans: ``numeric`` (2 to 12 digits), ``spend`` (an expense 60–67 or fixed
    asset 20–21 account), ``third_party`` (supplier, customer, VAT or bank account), tested once
    per distinct account (a ledger's lines share a few hundred)."""
    return distinct_test(account, lambda a: pd.DataFrame({
        "numeric": a.str.fullmatch(_NUMERIC_ACCOUNT), "spend": a.str.match(_SPEND_ACCOUNT),
        "third_party": a.str.match(_THIRD_PARTY_ACCOUNT)}))


def opening_journal(journal: pd.Series) -> pd.Series:
    """True for an opening-balance journal ("AN", "RAN", "A-nouveaux")."""
    upper = journal.str.upper().str.strip()
    return upper.isin(OPENING_JOURNALS) | upper.str.contains("NOUVEAU", regex=False)


def fec_prefilter(table):
    """A FEC (header on the first row) without its lines on numeric non-spend accounts, the
    rule :func:`models.importer.pipeline.parse_lines` applies (only 60–67 and 20–21 are spend;
    opening-balance journals keep their own reason), computed in Arrow before any pandas
    object exists: two lines in three of a FEC are supplier, VAT or bank lines. Returns the
    table and ``{"frame_rows", "prefiltered", "row_vendors"}`` (file rows kept and left out,
    0-based; the supplier of each kept row, from the 40x line of its JournalCode + EcritureNum
    entry, as :func:`fec_vendors` reads it, "" when none: a categorical Series). Unchanged
    when not a FEC."""
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

    def col(name: str, rows=None, trim: bool = True):
        k = by_norm.get(name)
        if k is None:
            size = table.num_rows if rows is None else int(pc.sum(rows).as_py() or 0)
            return pa.repeat(pa.scalar("", pa.string()), size)
        column = table.column(k) if rows is None else table.column(k).filter(rows)
        return pc.utf8_trim_whitespace(column) if trim else column

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
    opening = per_value("journalcode", opening_journal)
    drop = spend_like & ~opening
    drop[0] = False                                           # the header row
    if not drop.any():
        return table, {}
    supplier_account = per_value("comptenum", lambda v: v.str.replace(
        r"\s+", "", regex=True).str.startswith("40"))
    with ThreadPoolExecutor(max_workers=1) as pool:     # both in Arrow, mostly without the GIL
        kept_table = pool.submit(_filtered, table, pa.array(~drop))
        vendors = _entry_suppliers(col, supplier_account, ~drop)
        table = kept_table.result()
    return table, {
        "frame_rows": np.flatnonzero(~drop).astype("int64"),
        "prefiltered": np.flatnonzero(drop).astype("int64"),
        "row_vendors": vendors}


def _filtered(table, mask):
    """``table.filter(mask)`` with the columns filtered (and each made one chunk) in parallel
    threads (Arrow releases the GIL; ``Table.filter`` takes them one after the other): 0.13 s
    instead of 0.3 s for the 18 text columns of a million-line FEC on two cores."""
    import pyarrow as pa
    columns = in_threads(lambda column: column.filter(mask).combine_chunks(), table.columns)
    return pa.table(columns, names=table.column_names)


def _entry_suppliers(col, supplier: np.ndarray, kept: np.ndarray) -> pd.Series:
    """Supplier of each kept line, as a categorical Series: CompAuxLib (else CompteLib) of the first
    supplier (40x) line of the same entry (JournalCode + EcritureNum); "" when none.

    The lines of an entry follow one another in a FEC: the supplier is first looked for in the
    run of consecutive lines of the same entry (a comparison with the previous line, no
    hashing of a million texts); lines whose run has none (an entry split across the file, an
    entry without supplier) are then joined on the entry over the whole file."""
    import pyarrow as pa
    import pyarrow.compute as pc
    journal, number = col("journalcode", trim=False), col("ecriturenum", trim=False)
    rows = len(kept)
    new_run = np.ones(rows, dtype=bool)
    if rows > 1:
        new_run[1:] = pc.or_(pc.not_equal(journal.slice(1), journal.slice(0, rows - 1)),
                             pc.not_equal(number.slice(1), number.slice(0, rows - 1))
                             ).to_numpy()
    run = np.cumsum(new_run) - 1
    aux, name = col("compauxlib", pa.array(supplier)), col("comptelib", pa.array(supplier))
    name = pc.if_else(pc.equal(aux, ""), name, aux)
    named = pc.not_equal(name, "").to_numpy()
    names = pc.filter(name, pa.array(named))
    supplier_rows = np.flatnonzero(supplier)[named]
    first_in_run = np.full(int(run[-1]) + 1 if rows else 0, -1, dtype="int64")
    first_in_run[run[supplier_rows][::-1]] = np.arange(len(supplier_rows))[::-1]
    kept_rows = np.flatnonzero(kept)
    pick = first_in_run[run[kept_rows]]
    missing = (pick < 0) & (kept_rows > 0)            # row 0: the header
    if missing.any() and len(supplier_rows):

        def entries(at: np.ndarray):
            mask = np.zeros(rows, dtype=bool)
            mask[at] = True
            return pc.binary_join_element_wise(col("journalcode", pa.array(mask)),
                                               col("ecriturenum", pa.array(mask)), "\x1f")
        found = pc.index_in(entries(kept_rows[missing]), value_set=entries(supplier_rows))
        pick[missing] = pc.fill_null(found, -1).to_numpy()
    # a code per line into the distinct supplier names, "" (the last category) when none: a
    # few hundred strings, not one per line
    coded = pc.dictionary_encode(names).combine_chunks()
    distinct = coded.dictionary.to_pylist() + [""]
    codes = np.append(coded.indices.to_numpy(zero_copy_only=False).astype(np.int32),
                      np.int32(len(distinct) - 1))[pick]      # pick -1: the last, ""
    return pd.Series(pd.Categorical.from_codes(codes, pd.Index(distinct, dtype=object)))


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
    same entry (JournalCode + EcritureNum). ``known``: the supplier of each row as a big FEC's
    reader found it over the whole file before leaving the 40x lines out
    (:func:`fec_prefilter`; "" when the entry has none): it comes first."""
    by_norm = {norm(c).replace(" ", ""): c for c in columns}

    def get(name: str) -> pd.Series:
        c = by_norm.get(name)
        return text[c] if c else pd.Series("", index=body.index, dtype=object)

    supplier = account.str.startswith("40")
    found = None
    if known is not None and len(known):
        found = pd.Series(known.array, index=body.index)
        if not supplier.any():           # the reader left every supplier line out
            return found
        found = found.astype(object)
    aux = get("compauxlib")
    name = aux.where(aux != "", get("comptelib"))
    supplier &= name != ""
    entry = get("journalcode") + "\x1f" + get("ecriturenum")
    first = pd.Series(name[supplier].to_numpy(), index=entry[supplier].to_numpy())
    first = first[~first.index.duplicated()]
    here = entry.map(first).fillna("").astype(object)
    return here if found is None else found.where(found != "", here)
