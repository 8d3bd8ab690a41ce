"""The import pipeline: bytes -> normalised, classified spend table with a full account of what
was read, kept and dropped (and why), the column mapping and the warnings.

:func:`import_book` reads top to bottom as its steps: :func:`locate_table` (sheet, header row),
:func:`map_columns`, :func:`parse_lines` (dates, amounts, accounts, rows dropped and why),
:func:`convert_currencies` (:mod:`.currency`), :func:`classify_lines` (:mod:`.spendtable`),
:func:`account_for_rows`. User corrections
are in :mod:`.corrections`, the Import page's review figures in :mod:`.review`.

Used by the Import page and by ``python -m models import``; pure pandas/numpy.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from models.boundary import MAX_AMOUNT, finite_number
from models.defaults import default
from models.domains import DOMAINS, NOT_IT
from models.importer.arrowtext import arrow_of
from models.importer.currency import convert_currencies
from models.importer.errors import SpendImportError
from models.importer.ledger import account_headings, account_kinds, opening_journal
from models.importer.mapping import (
    FIELDS,
    auto_mapping,
    find_header,
    is_fec,
    period_columns,
    unique_names,
)
from models.importer.parse import (
    DATE_RANGE,
    dates_out_of_range,
    distinct_test,
    parse_amounts,
    parse_dates,
    parse_periods,
    to_text,
)
from models.importer.readers import RawBook, formulas_without_values, read_book
from models.importer.spendtable import classify_lines, fold_labels_ahead
from models.spend import coerce_spend_table

#: Reasons a row is dropped, in display order (labels: i18n ``import.reason.<key>``).
REASONS: tuple[str, ...] = ("blank", "repeated_header", "heading", "total", "opening",
                            "not_spend_account",
                            "no_amount", "zero_amount", "no_date")
#: Extra columns the imported table carries beside models.spend.SPEND_COLUMNS: the currency the
#: line was written in and its amount in it, the document number, and the evidence columns.
EXTRA_COLUMNS: tuple[str, ...] = ("currency", "amount_original", "piece", "category",
                                  "department", "cost_centre")

_TOTAL_RE = (r"(?i)^\s*(?:sous[\s\-]?tota(?:l|ux)|totaux|total|grand[\s\-]total|"
             r"subtotal|sub[\s\-]total|"
             r"somme|cumul|solde|report|a reporter|à reporter|a nouveau|à nouveau|sum)\b")
_TEXT_FIELDS = ("vendor", "label", "account", "account_label", "category", "department",
                "cost_centre", "piece", "date", "period", "journal")


@dataclass
class ImportOptions:
    sheet: str | None = None                      # None: found automatically
    mapping: dict[str, str] | None = None         # field -> column; None: found automatically
    vat_rate: float = field(default_factory=lambda: default("vat_rate"))
    fx_rates: dict[str, float] = field(default_factory=dict)   # currency -> EUR per unit
    limits: bool = True                           # upload size limits (False: command line)


@dataclass
class ImportResult:
    spend: pd.DataFrame                   # SPEND_COLUMNS + EXTRA_COLUMNS
    file_kind: str
    sheet: str
    sheets: list[str]
    header_row: int | None                # 1-based row of the header in the sheet
    columns: list[str]                    # column names of the table, as read
    mapping: dict[str, str]               # field -> column used
    rows_read: int
    dropped: dict[str, int]               # reason -> number of rows
    dropped_rows: pd.DataFrame            # source_row, reason
    warnings: list[tuple[str, dict]]      # (i18n key, params)
    currency: str                         # currency of ``spend["amount"]``: EUR once converted
    currencies: dict[str, int]            # currency -> lines found in the file
    fec: bool = False
    rates: dict[str, float] = field(default_factory=dict)   # currency -> EUR per unit, used
    currency_source: str = "default"      # column | cells | header | default (assumed euros)
    currency_header: str = ""             # the header the currency was read from
    encoding: str | None = None
    separator: str | None = None

    @property
    def rows_kept(self) -> int:
        return len(self.spend)

    @property
    def rows_dropped(self) -> int:
        return int(sum(self.dropped.values()))

    @property
    def total(self) -> float:
        return float(self.spend["amount"].sum())

    @property
    def it_total(self) -> float:
        return float(self.spend.loc[self.spend["domain"] != NOT_IT, "amount"].sum())

    @property
    def it_share(self) -> float:
        """IT total / total of the lines kept (0 when the total is not positive)."""
        total = self.total
        return self.it_total / total if total > 0 else 0.0

    def by_domain(self) -> dict[str, float]:
        sums = self.spend.groupby("domain")["amount"].sum()
        return {d: round(float(sums.get(d, 0.0)), 2) for d in DOMAINS + (NOT_IT,)}

    def spend_table(self) -> pd.DataFrame:
        """The spend lines with exactly the normalised columns (for a Dataset)."""
        return coerce_spend_table(self.spend)

    def summary(self, lang: str = "en") -> dict:
        """The JSON-ready summary the command line prints."""
        from i18n import t
        return {
            "file_type": self.file_kind, "sheet": self.sheet, "header_row": self.header_row,
            "rows_read": self.rows_read, "rows": self.rows_kept,
            "rejected": {"count": self.rows_dropped, "reasons": dict(self.dropped),
                         "rows": {r: self.dropped_rows.loc[self.dropped_rows["reason"] == r,
                                                           "source_row"].head(50).tolist()
                                  for r in self.dropped}},
            "total": round(self.total, 2), "it_total": round(self.it_total, 2),
            "it_share": round(self.it_share, 4),
            "currency": self.currency, "currencies": dict(self.currencies),
            "rates": dict(self.rates), "currency_source": self.currency_source,
            "by_domain": self.by_domain(), "mapping": dict(self.mapping),
            "warnings": [t(k, lang, **p) for k, p in self.warnings],
        }

    def to_json(self, lang: str = "en") -> str:
        return json.dumps(self.summary(lang), ensure_ascii=False, sort_keys=True)


# --------------------------------------------------------------------------------------------
def _grid_frame(grid: list[list]) -> tuple[pd.DataFrame, int]:
    width = max((len(r) for r in grid), default=0)
    if width == 0:
        return pd.DataFrame(), 0
    if any(len(r) != width for r in grid):
        grid = [list(r) + [""] * (width - len(r)) for r in grid]
    return pd.DataFrame(grid, dtype=object), width


def _pick_sheet(book: RawBook, wanted: str | None):
    names = list(book.sheets)
    if wanted is not None:
        if wanted not in book.sheets:
            raise SpendImportError("import.error.no_sheet", sheet=wanted, sheets=", ".join(names))
        header, score = find_header(book.sheets[wanted])
        return wanted, header
    best = None
    for name, grid in book.sheets.items():
        header, score = find_header(grid)
        start = (header + 1) if header is not None else 0
        rows = sum(1 for r in grid[start:start + 5000]
                   if sum(1 for c in r if c not in ("", None)) >= 2)
        key = (header is not None and rows > 0, header is not None, rows > 0, score >= 2.5, rows,
               score)
        if best is None or key > best[0]:
            best = (key, name, header)
    if best is None:
        raise SpendImportError("import.error.empty")
    return best[1], best[2]


def _blank(body: pd.DataFrame) -> pd.DataFrame:
    """True where a cell is empty (None, NaN or ""): one numpy pass over the cells."""
    arrows = [arrow_of(body[c]) for c in body.columns]
    if all(a is not None for a in arrows):      # a big text file: UTF-8 lengths in Arrow
        import pyarrow.compute as pc
        return pd.DataFrame({c: pc.fill_null(pc.equal(pc.binary_length(a), 0), True).to_numpy()
                             for c, a in zip(body.columns, arrows)}, index=body.index)
    cells = body.to_numpy(dtype=object)
    return pd.DataFrame(pd.isna(cells) | (cells == ""), index=body.index, columns=body.columns)


def _flag_reason(reason: pd.Series, mask: pd.Series, key: str) -> None:
    reason.loc[mask & reason.isna()] = key


#: Steps of an import as reported to a progress callback: (step key, fraction of the work
#: done when the step starts), the fractions measured on a million-line FEC. Labels: i18n
#: ``import.progress.<key>``.
PROGRESS_STEPS: tuple[tuple[str, float], ...] = (
    ("read", 0.0), ("table", 0.42), ("parse", 0.47), ("classify", 0.72), ("done", 1.0))

Progress = Callable[[float, str], None]


def _report(progress: Progress | None, step: str) -> None:
    if progress is not None:
        progress(dict(PROGRESS_STEPS)[step], step)


def import_spend(data: bytes, filename: str = "", options: ImportOptions | None = None,
                 progress: Progress | None = None) -> ImportResult:
    """Read, map, clean and classify a spend file. Raises :class:`SpendImportError`.

    ``progress(fraction, step)`` is called as each step of :data:`PROGRESS_STEPS` starts
    (fraction of the work done, 0 to 1) and once at the end ("done", 1.0)."""
    options = options or ImportOptions()
    _report(progress, "read")
    book = read_book(data, limits=options.limits,
                     fec_prefilter=options.mapping is None and options.sheet is None)
    return import_book(book, options, progress)


def import_book(book: RawBook, options: ImportOptions,
                progress: Progress | None = None) -> ImportResult:
    """The walk from a workbook read in memory to the spend table, one named step each:
    locate the table (sheet and header row) → map the columns → parse the lines (dates,
    amounts, accounts, rows to drop) → convert currencies → classify → account for every row."""
    finite_number(options.vat_rate, "VAT", 0.0, 1.0, SpendImportError)   # the number boundary
    for code, rate in options.fx_rates.items():
        finite_number(rate, code, 0.0, 1e6, SpendImportError)
    _report(progress, "table")
    table = locate_table(book, options)
    mapped = map_columns(table, options)
    mapped.folded_label = fold_labels_ahead(mapped)
    _report(progress, "parse")
    lines = parse_lines(mapped, options, book)
    convert_currencies(lines, mapped, options)
    _report(progress, "classify")
    spend = classify_lines(lines, mapped)
    result = account_for_rows(book, table, mapped, lines, spend)
    _report(progress, "done")
    return result


# ------------------------------------------------------------------ step 1: locate the table

@dataclass
class Table:
    """The chosen sheet as a frame of cells: one column per header cell, one row per sheet row
    below the header."""
    sheet: str
    header_idx: int | None           # 0-based row of the header in the sheet; None: no header
    header_cells: list
    body: pd.DataFrame               # cells (object), columns named by the header
    empty: pd.DataFrame              # True where a cell is blank
    columns: list[str]
    source_rows: np.ndarray          # 1-based sheet row of each body row
    warnings: list[tuple[str, dict]] = field(default_factory=list)
    # a big FEC read without its non-spend lines: their 1-based rows, each body row's supplier
    prefiltered: np.ndarray = field(default_factory=lambda: np.array([], dtype="int64"))
    row_vendors: pd.Series | None = None


def locate_table(book: RawBook, options: ImportOptions) -> Table:
    """Pick the sheet and its header row; name the columns; drop columns empty everywhere."""
    if not book.sheets:
        raise SpendImportError("import.error.empty")
    sheet, header_idx = _pick_sheet(book, options.sheet)
    frame_rows = None
    if book.frame is not None and sheet == "CSV":     # a big text file read as one frame
        raw, width = book.frame, book.frame.shape[1]
        frame_rows = book.frame_rows                  # None unless a FEC was prefiltered
    else:
        raw, width = _grid_frame(book.sheets[sheet])
    if raw.empty or width == 0:
        raise SpendImportError("import.error.empty")
    if frame_rows is None:
        frame_rows = np.arange(len(raw), dtype="int64")
    warnings: list[tuple[str, dict]] = []
    if header_idx is None:          # no header row: columns named by letter, mapped by content
        header_cells: list = []
        start = 0
        warnings.append(("import.warn.no_header", {}))
    else:
        start = int(np.searchsorted(frame_rows, header_idx, side="right"))
        at = start - 1
        header_cells = (list(raw.iloc[at]) if at >= 0 and frame_rows[at] == header_idx
                        else list(book.sheets[sheet][header_idx]))
    body = raw.iloc[start:]
    columns = unique_names(header_cells, width)
    body = body.copy()
    body.columns = columns
    source_rows = frame_rows[start:] + 1                                     # 1-based rows
    prefiltered = (np.array([], dtype="int64") if book.prefiltered is None
                   else book.prefiltered[book.prefiltered > (header_idx or -1)] + 1)
    body.index = pd.RangeIndex(len(body))
    # columns that are empty in the header and in every row (table not starting in A1)
    empty = _blank(body)
    keep = [c for c in columns if not c.startswith("(") or not empty[c].all()]
    body, empty = body[keep], empty[keep]
    if body.empty:
        raise SpendImportError("import.error.no_rows")
    row_vendors = None
    if len(prefiltered) and book.row_vendors is not None:
        row_vendors = book.row_vendors.iloc[start:].reset_index(drop=True)
    return Table(sheet, header_idx, header_cells, body, empty, keep, source_rows, warnings,
                 prefiltered, row_vendors)


# ------------------------------------------------------------------ step 2: map the columns

@dataclass
class Mapped:
    """The table's rows with the field → column mapping (a wide budget melted to one line per
    period)."""
    body: pd.DataFrame
    empty: pd.DataFrame
    columns: list[str]
    source_rows: np.ndarray
    mapping: dict[str, str]
    fec: bool
    text: _LazyText
    header_named: bool              # the table has a header row (its cells name the columns)
    row_vendors: pd.Series | None = None      # a prefiltered FEC's supplier of each row
    folded_label: Future | None = None        # a big file's folded labels, being computed

    def col_text(self, fld: str) -> pd.Series:
        """Cell text of the column mapped to ``fld`` ('' everywhere when unmapped)."""
        c = self.mapping.get(fld)
        return self.text[c] if c else pd.Series("", index=self.body.index, dtype=object)


def map_columns(table: Table, options: ImportOptions) -> Mapped:
    """The user's mapping (checked) or the automatic one; a wide budget (one column per period,
    "FY 2024", "FY 2025", and no amount column) becomes one line per period."""
    body, empty, columns, source_rows = table.body, table.empty, table.columns, table.source_rows
    mapping = dict(options.mapping) if options.mapping is not None else None
    wide = period_columns(columns)
    auto = auto_mapping(columns, body.head(500).where(~empty.head(500), ""))
    if mapping is None and len(wide) >= 1 and not ({"amount", "debit", "gross"} & {
            f for f, c in auto.items() if c not in wide}):
        ids = [c for c in columns if c not in wide]
        long = body.assign(__row=source_rows).melt(id_vars=["__row"] + ids, value_vars=wide,
                                                   var_name="__period", value_name="__amount")
        long = long.sort_values(["__row"], kind="stable").reset_index(drop=True)
        source_rows = long.pop("__row").to_numpy(dtype="int64")
        body = long
        empty = _blank(body)
        columns = ids + ["__period", "__amount"]
        auto = {f: c for f, c in auto_mapping(ids, body[ids].head(500)).items()
                if f not in ("amount", "debit", "credit", "gross", "date", "period")}
        auto.update({"period": "__period", "amount": "__amount"})
        table.warnings.append(("import.warn.wide_budget", {"periods": ", ".join(map(str, wide))}))
    if mapping is None:
        mapping = auto
    else:
        unknown = {c for c in mapping.values() if c and c not in columns}
        if unknown:
            raise SpendImportError("import.error.bad_mapping", columns=", ".join(sorted(unknown)))
        mapping = {f: c for f, c in mapping.items() if c and f in FIELDS}
    fec = is_fec(columns)
    if fec:
        mapping.pop("currency", None)      # FEC debits/credits are in the accounting currency
    return Mapped(body, empty, columns, source_rows, mapping, fec, _LazyText(body),
                  bool(table.header_cells), table.row_vendors if fec else None)


# ------------------------------------------------------------------ step 3: parse the lines

@dataclass
class Lines:
    """Parsed values of every row and the reason a row is dropped (None: kept)."""
    date: pd.Series
    amount: pd.Series               # EUR after step 4 (the file's currency before)
    raw_amount: pd.Series           # cells the amount was read from (currency symbols)
    account: pd.Series
    account_label: pd.Series
    reason: pd.Series
    gross_only: bool
    warnings: list[tuple[str, dict]]
    currency: str = "EUR"
    currencies: dict[str, int] = field(default_factory=dict)
    line_currency: np.ndarray | None = None      # ISO code of each row's currency (objects)
    amount_original: pd.Series | None = None
    rates: dict[str, float] = field(default_factory=dict)
    currency_source: str = "default"
    currency_header: str = ""


def parse_lines(m: Mapped, options: ImportOptions, book: RawBook) -> Lines:
    """Dates (or budget periods), amounts (one column, debit − credit, or gross − VAT),
    accounts, and the reason each dropped row is dropped (:data:`REASONS`)."""
    body, mapping, columns = m.body, m.mapping, m.columns
    reason = pd.Series(None, index=body.index, dtype=object)
    _flag_reason(reason, m.empty.all(axis=1), "blank")
    if m.header_named:
        named = [c for c in columns if not c.startswith(("(", "__"))][:4]
        if named:   # rows that repeat the header (page breaks of a printed ledger)
            repeats = sum((body[c] == c).to_numpy(dtype=bool).astype(int) for c in named)
            _flag_reason(reason, pd.Series(repeats >= 2, index=body.index), "repeated_header")
    account = m.col_text("account")
    account_label = m.col_text("account_label")
    if "account" in mapping and account.str.contains(" ", regex=False).any():
        account = account.str.replace(r"\s+", "", regex=True)
    # a FEC: two lines in three are supplier, VAT or bank lines, dropped for their account
    # below; their dates and amounts are never read (a million-line FEC reads in a third)
    kinds = account_kinds(account)
    only = ~(kinds["numeric"] & ~kinds["spend"]) if m.fec else None
    date = _parse_dates(m, only)
    _flag_totals(m, date, reason, only)
    amount, raw_amount, gross_only = _parse_amounts(m, options, only)
    if not ("date" in mapping or "period" in mapping):
        raise SpendImportError("import.error.no_date", columns=_column_list(columns))
    if "account" not in mapping:
        # ledgers printed by account: a heading row "6156000 - Maintenance" above its lines
        headings = account_headings(body, columns, amount.isna())
        if headings is not None:
            _flag_reason(reason, headings["account"].notna(), "heading")
            account = headings["account"].ffill().fillna("").astype(object)
            if "account_label" not in mapping:
                account_label = headings["label"].ffill().fillna("").astype(object)
            kinds = account_kinds(account)
    if "journal" in mapping:      # opening balances (journal "AN", "RAN", "A-nouveaux")
        _flag_reason(reason, distinct_test(m.col_text("journal"), opening_journal), "opening")
    if "account" in mapping or (account != "").any():
        # accounts of a French ledger (FEC, debit/credit, a journal, supplier/VAT/bank
        # accounts): only expense (6x) and fixed-asset (20x/21x) lines are spend lines; a budget
        # with its own chart of accounts (5100 Salaries) keeps every line
        numeric_acct = kinds["numeric"]
        filled = account != ""
        ledger = (m.fec or bool({"debit", "credit", "journal"} & set(mapping))
                  or kinds["third_party"].any())
        if ledger and filled.any() and numeric_acct[filled].mean() >= 0.5:
            _flag_reason(reason, numeric_acct & ~kinds["spend"], "not_spend_account")
    _flag_reason(reason, amount.isna(), "no_amount")
    _flag_reason(reason, amount.round(9) == 0, "zero_amount")
    _flag_reason(reason, date.isna(), "no_date")
    _refuse_when_nothing_is_left(reason, mapping, columns, book, body)
    warnings: list[tuple[str, dict]] = []
    # sign: a file where nearly every amount is negative may write spend as negative numbers
    kept_amounts = amount[reason.isna()]
    if len(kept_amounts) >= 5 and (kept_amounts < 0).mean() > 0.75 and not m.fec \
            and "amount" in mapping:      # never flipped silently: the user maps it as a credit
        warnings.append(("import.warn.mostly_negative", {"column": mapping["amount"]}))
    if gross_only:
        warnings.append(("import.warn.gross_only", {"rate": f"{options.vat_rate * 100:g}"}))
    return Lines(date, amount, raw_amount, account, account_label, reason, gross_only, warnings)


def _rows(m: Mapped, column: str, only: pd.Series | None) -> pd.Series:
    """The cells of ``column``, only on the rows ``only`` marks (every row when None)."""
    if only is None or only.all():        # a prefiltered FEC: no copy of a million cells
        return m.body[column]
    return m.body.loc[only.to_numpy(), column]


def _parse_dates(m: Mapped, only: pd.Series | None = None) -> pd.Series:
    """Dates of the rows (``only``: of those rows, NaT elsewhere)."""
    body, mapping = m.body, m.mapping
    date = pd.Series(pd.NaT, index=body.index, dtype="datetime64[ns]")
    if "date" in mapping:
        date = parse_dates(_rows(m, mapping["date"], only)).reindex(body.index)
        missing = date.isna() if only is None else date.isna() & only
        if missing.any():          # "T1 2025", "FY 2025" in a date column: period start
            date.loc[missing] = parse_periods(body.loc[missing, mapping["date"]])
    if "period" in mapping:
        date = date.fillna(parse_periods(body[mapping["period"]]))
        date = date.fillna(parse_dates(body[mapping["period"]], allow_serial=False))
    return date


def _flag_totals(m: Mapped, date: pd.Series, reason: pd.Series,
                 only: pd.Series | None = None) -> None:
    """Subtotal / total rows: a cell starting with Total, Sous-total, Solde… and no date (only
    rows without a date, or without vendor and label, can be such rows; ``only``: among those
    rows)."""
    body, mapping = m.body, m.mapping
    total_hit = pd.Series(False, index=body.index)
    candidates = date.isna() | ((m.col_text("vendor") == "") & (m.col_text("label") == ""))
    if only is not None:
        candidates = candidates & only
    if candidates.any():
        sub = body[candidates.to_numpy()]
        for c in {mapping[f] for f in _TEXT_FIELDS if f in mapping} | set(m.columns[:3]):
            cells = sub[c]
            strings = cells[cells.map(type) == str].astype(str)  # noqa: E721 - see parse.is_text
            hit = strings.str.contains(_TOTAL_RE, regex=True)
            total_hit.loc[hit[hit].index] = True
    _flag_reason(reason, total_hit & date.isna(), "total")
    if "date" in mapping or "period" in mapping:
        _flag_reason(reason, total_hit & (m.col_text("vendor") == "")
                     & (m.col_text("label") == "") & ~m.fec, "total")


def _parse_amounts(m: Mapped, options: ImportOptions, only: pd.Series | None = None
                   ) -> tuple[pd.Series, pd.Series, bool]:
    """(amount, the cells it was read from, gross only?) from the mapped amount columns
    (``only``: amounts of those rows, NaN elsewhere)."""
    body, mapping = m.body, m.mapping
    gross_only = False
    if "amount" in mapping:
        amount = parse_amounts(_rows(m, mapping["amount"], only))
        raw_amount = body[mapping["amount"]]
    elif "debit" in mapping or "credit" in mapping:
        debit = (parse_amounts(_rows(m, mapping["debit"], only)) if "debit" in mapping
                 else None)
        credit = (parse_amounts(_rows(m, mapping["credit"], only)) if "credit" in mapping
                  else None)
        if debit is not None and credit is not None:
            amount = debit.fillna(0.0) - credit.fillna(0.0)
            amount = amount.mask(debit.isna() & credit.isna())
        else:
            amount = debit if debit is not None else -credit
        raw_amount = body[mapping.get("debit") or mapping["credit"]]
    elif "gross" in mapping:
        gross = parse_amounts(body[mapping["gross"]])
        raw_amount = body[mapping["gross"]]
        if "vat" in mapping:
            amount = gross - parse_amounts(body[mapping["vat"]]).fillna(0.0)
        else:
            amount = gross / (1.0 + options.vat_rate)
            gross_only = True
    else:
        raise SpendImportError("import.error.no_amount", columns=_column_list(m.columns))
    amount = amount.astype("float64").reindex(body.index)
    # NaN, infinities and absurd amounts (309 digits) are no amount: the row is dropped as such
    amount = amount.where(amount.abs() <= MAX_AMOUNT)
    return amount, raw_amount, gross_only


def _refuse_when_nothing_is_left(reason: pd.Series, mapping: dict, columns: list[str],
                                 book: RawBook, body: pd.DataFrame) -> None:
    """One clear sentence when no row is left, or when formulas were saved without values."""
    candidates = reason.isna()
    if not candidates.any():
        no_values = reason.isin(["no_amount", "no_date"]).sum()
        if book.archive is not None and no_values and formulas_without_values(book.archive):
            raise SpendImportError("import.error.formulas")
        if (reason == "no_date").sum() > (reason == "no_amount").sum() and "period" not in mapping:
            if "date" in mapping and dates_out_of_range(body[mapping["date"]]):
                raise SpendImportError("import.error.dates_out_of_range", column=mapping["date"],
                                       low=DATE_RANGE[0].year, high=DATE_RANGE[1].year)
            raise SpendImportError("import.error.no_date", columns=_column_list(columns))
        raise SpendImportError("import.error.no_rows")
    if book.archive is not None and reason.isin(["no_amount"]).sum() > candidates.sum() \
            and formulas_without_values(book.archive):
        raise SpendImportError("import.error.formulas")


# ------------------------------------------------------------------ step 4: currencies

# ------------------------------------------------------------------ step 5: classify

# classify_lines: :mod:`.spendtable`

# ------------------------------------------------------------------ step 6: account for rows

def account_for_rows(book: RawBook, table: Table, m: Mapped, lines: Lines,
                     spend: pd.DataFrame) -> ImportResult:
    """The result: the spend lines, every dropped row with its reason, the mapping, warnings."""
    reason = lines.reason
    dropped_mask = reason.notna()
    rows = m.source_rows[dropped_mask.to_numpy()]
    codes = pd.Categorical(reason[dropped_mask], categories=REASONS).codes
    counts = reason.value_counts()
    if len(table.prefiltered):         # a big FEC's non-spend lines, left out as it was read
        rows = np.concatenate([rows, table.prefiltered])
        codes = np.concatenate([codes, np.full(len(table.prefiltered),
                                               REASONS.index("not_spend_account"),
                                               dtype=codes.dtype)])
        order = np.argsort(rows, kind="stable")
        rows, codes = rows[order], codes[order]
        counts = counts.add(pd.Series({"not_spend_account": len(table.prefiltered)}),
                            fill_value=0)
    # reasons as categories: a big FEC drops hundreds of thousands of rows
    dropped_rows = pd.DataFrame({"source_row": rows,
                                 "reason": pd.Categorical.from_codes(codes, REASONS)})
    dropped = {r: int(counts[r]) for r in REASONS if r in counts}
    warnings = book.warnings + table.warnings + lines.warnings
    if not ({"vendor", "label"} & set(m.mapping)) and not m.fec:
        warnings.append(("import.warn.no_text", {}))
    return ImportResult(
        spend=spend, file_kind=book.kind, sheet=table.sheet, sheets=list(book.sheets),
        header_row=(table.header_idx + 1) if table.header_idx is not None else None,
        columns=m.columns, mapping=m.mapping, rows_read=len(m.body) + len(table.prefiltered),
        dropped=dropped,
        dropped_rows=dropped_rows, warnings=warnings, currency=lines.currency,
        currencies=lines.currencies, fec=m.fec, encoding=book.encoding,
        separator=book.separator, rates=lines.rates, currency_source=lines.currency_source,
        currency_header=lines.currency_header)


class _LazyText:
    """Cell text of a column, computed on first use (most columns never need it)."""

    def __init__(self, body: pd.DataFrame) -> None:
        self.body, self.cache = body, {}

    def __getitem__(self, column: str) -> pd.Series:
        if column not in self.cache:
            self.cache[column] = to_text(self.body[column])
        return self.cache[column]


def _column_list(columns: list[str]) -> str:
    shown = [c for c in columns if not c.startswith("__")][:12]
    return ", ".join(shown) if shown else "–"
