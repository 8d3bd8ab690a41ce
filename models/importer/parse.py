"""Vectorised parsing of cell values: amounts, dates and budget periods (pandas string ops)."""
from __future__ import annotations

import datetime as _dt
import re

import numpy as np
import pandas as pd

from models.importer.arrowtext import ARROW_TEXT, arrow_of, plain_floats

# spaces used as thousands separators: space, no-break, narrow no-break, thin, figure space
_SPACES = r"[ \u00a0\u202f\u2009\u2007']"
#: ISO 4217 codes recognised in amount cells, currency columns and column headers.
CURRENCY_CODES: tuple[str, ...] = (
    "EUR", "USD", "GBP", "CHF", "CAD", "JPY", "ZAR", "AUD", "NZD", "SEK", "NOK", "DKK", "PLN",
    "CZK", "HUF", "RON", "BGN", "CNY", "HKD", "SGD", "INR", "BRL", "MXN", "MAD", "TND", "DZD",
    "XOF", "XAF", "XPF", "AED", "SAR", "QAR", "ILS", "KRW", "TRY", "THB", "IDR", "MYR", "NGN",
    "KES", "EGP", "ARS", "CLP", "COP", "ISK")
CURRENCY_SYMBOLS = {"€": "EUR", "$": "USD", "£": "GBP", "¥": "JPY", "US$": "USD", "R$": "BRL",
                    "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "HK$": "HKD",
                    "S$": "SGD", "NZ$": "NZD", "₹": "INR", "₩": "KRW", "₺": "TRY", "ZŁ": "PLN",
                    "KČ": "CZK", "EURO": "EUR", "EUROS": "EUR",
                    **{c: c for c in CURRENCY_CODES}}
_SYMBOLS_RE = r"US\$|R\$|AU?\$|CA?\$|HK\$|S\$|NZ\$|€|\$|£|¥|₹|₩|₺|zł|Kč"
_CURRENCY_RE = (r"(" + _SYMBOLS_RE + r"|\b(?:" + "|".join(CURRENCY_CODES) + r")\b|euros?)")
_HEADER_CURRENCY_RE = (r"(" + _SYMBOLS_RE + r"|\b(?:" + "|".join(CURRENCY_CODES)
                       + r")\b|(?i:\beuros?\b))")


def header_currency(name: object) -> str | None:
    """ISO code of the currency a column header names ("Amount (ZAR)", "Montant en USD",
    "Montant HT (€)", "USD Amount"); None when it names none. Codes count in capitals only
    ("Country" is not TRY)."""
    if not isinstance(name, str):
        return None
    import re
    found = re.search(_HEADER_CURRENCY_RE, name)
    if found is None:
        return None
    return CURRENCY_SYMBOLS.get(found.group(1).upper(), found.group(1).upper())


def currency_codes(values: pd.Series) -> pd.Series:
    """ISO codes from the cells of a currency column: codes in any case, symbols, "euro"; other
    text is kept upper-cased (an unknown currency is never read as euros); "" when empty."""
    text = values.astype(object).where(values.notna(), "").astype(str).str.strip()
    codes, uniques = pd.factorize(text)
    mapped = np.array([CURRENCY_SYMBOLS.get(u.upper(), u.upper()) for u in uniques],
                      dtype=object)
    return pd.Series(mapped[codes] if len(codes) else np.array([], dtype=object),
                     index=values.index, dtype=object)


def is_text(values: pd.Series) -> pd.Series:
    # ``map(type) == str`` compares a Series of types elementwise (E721 misreads it): about 1.5x
    # faster than ``map(lambda v: isinstance(v, str))``, and str subclasses such as numpy.str_
    # stay out, as everywhere else in the importer.
    return values.map(type) == str  # noqa: E721 - elementwise on a Series of types


def to_text(values: pd.Series) -> pd.Series:
    """Cell values as stripped strings ("" for empty); whole floats print without ".0",
    dates as ISO text. Vectorised (no Python call per cell beyond ``type``)."""
    if isinstance(values.dtype, pd.StringDtype):       # a big text file: already text
        return values.fillna("").str.strip()
    v = values.astype(object)
    if pd.api.types.infer_dtype(v, skipna=True) in ("string", "empty"):   # text only: no
        return v.where(v.notna(), "").astype(str).str.strip()              # per-cell type
    kinds = v.map(type)
    out = v.astype(str)
    null = v.isna()
    is_float = kinds == float  # noqa: E721 - elementwise on a Series of types (see is_text)
    if is_float.any():
        out = out.where(~is_float, out.str.replace(r"\.0$", "", regex=True))
    is_dt = kinds.isin((_dt.datetime, pd.Timestamp))
    if is_dt.any():
        out = out.where(~is_dt, out.str.replace(r"[ T]00:00:00$", "", regex=True))
    return out.str.strip().where(~null, "")


def map_unique(values: pd.Series, func) -> pd.Series:
    """``values.map(func)`` computed once per distinct value."""
    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    mapped = np.array([func(u) for u in uniques], dtype=object)
    return pd.Series(mapped[codes] if len(codes) else np.array([], dtype=object),
                     index=values.index, dtype=object)


def distinct_test(values: pd.Series, test):
    """``test(values)``, a vectorised test giving booleans (a Series, or a frame of several
    tests), computed once per distinct value (accounts and journals repeat over a ledger)."""
    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    found = test(pd.Series(uniques))
    index = values.index
    if isinstance(found, pd.DataFrame):
        return pd.DataFrame({c: found[c].to_numpy(dtype=bool, na_value=False)[codes]
                             for c in found.columns}, index=index)
    return pd.Series(found.to_numpy(dtype=bool, na_value=False)[codes], index=index)


def detect_currency(values: pd.Series) -> pd.Series:
    """ISO code of the currency written in the cells that name one ("1 200 $", "USD 80"),
    indexed by those cells only (an empty Series when none does, the usual case)."""
    if isinstance(values.dtype, pd.StringDtype):
        mask = values.notna()
    else:
        mask = is_text(values)
    if not mask.any():
        return pd.Series([], dtype=object)
    text = values[mask].astype(str)
    text = text[text.str.contains(r"[^0-9 ,.()+-]", regex=True)]   # plain numbers: no currency
    found = text.str.extract(_CURRENCY_RE, expand=False).dropna()
    found = found.str.upper().replace({"EURO": "EUR", "EUROS": "EUR"})
    return found.map(lambda s: CURRENCY_SYMBOLS.get(s, s)).astype(object)


def decimal_separator(text: pd.Series) -> str:
    """',' when the column writes decimals with a comma (1 234,56 / 1.234,56), else '.'."""
    comma = text.str.contains(r",\d{1,2}\)?-?$", regex=True).sum()
    dot = text.str.contains(r"\.\d{1,2}\)?-?$", regex=True).sum()
    both_comma_last = text.str.contains(r"\.\d{3},\d+", regex=True).sum()
    both_dot_last = text.str.contains(r",\d{3}\.\d+", regex=True).sum()
    comma += both_comma_last
    dot += both_dot_last
    if comma == dot == 0:   # only integers like 1.234 or 1,234: thousands; French files use a dot
        thousands_dot = text.str.contains(r"^\d{1,3}(?:\.\d{3})+$", regex=True).sum()
        return "," if thousands_dot else "."
    return "," if comma > dot else "."


def parse_amounts(values: pd.Series) -> pd.Series:
    """Numbers from cells: floats pass; text handles currency symbols, thousands separators
    (space, no-break spaces, dot or comma), decimal comma, (parentheses) and trailing minus.
    Unreadable or empty cells give NaN."""
    plain = _plain_arrow_amounts(values)
    if plain is not None:
        return plain
    numeric = pd.Series(np.nan, index=values.index, dtype="float64")
    if isinstance(values.dtype, pd.StringDtype):       # a big text file: every cell is text
        text_mask = values.notna()
    else:
        values = values.astype(object)
        kinds = values.map(type)
        text_mask = kinds == str  # noqa: E721 - elementwise on a Series of types (see is_text)
        number_mask = kinds.isin((int, float, np.float64, np.int64))
        if number_mask.any():
            numeric.loc[number_mask] = pd.to_numeric(values[number_mask], errors="coerce")
    if not text_mask.any():
        return numeric
    text = values[text_mask].astype(str).str.strip()
    text_mask.loc[text.index] = text != ""
    text = text[text != ""]
    if text.empty:
        return numeric
    # plain numbers ("1234,56", "-12.5"), as in a FEC: read at once, the rest cell by cell below
    plain = text.str.fullmatch(r"-?[0-9]+(?:[.,][0-9]+)?").astype(bool)
    if plain.any():
        simple = text[plain]
        dec = decimal_separator(simple.head(5000))
        simple = (simple.str.replace(".", "", regex=False).str.replace(",", ".", regex=False)
                  if dec == "," else simple.str.replace(",", "", regex=False))
        numeric.loc[simple.index] = plain_floats(simple)
        text_mask.loc[simple.index] = False
        text = text[~plain]
        if text.empty:
            return numeric
    negative = text.str.contains(r"^\(.*\)$|^.*\S\s*[-−]$|^[-−]|^\D{0,4}\s*[-−]", regex=True)
    cleaned = (text.str.replace(_CURRENCY_RE, "", regex=True, case=False)
               .str.replace(r"[()+\-−]", "", regex=True)
               .str.replace(_SPACES, "", regex=True)
               .str.strip())
    dec = decimal_separator(cleaned)
    has_both = cleaned.str.contains(".", regex=False) & cleaned.str.contains(",", regex=False)
    comma_last = has_both & cleaned.str.contains(r"\.[\d]*,\d*$", regex=True)
    dot_last = has_both & ~comma_last
    comma_dec = (comma_last | (~has_both & (dec == ",")))
    cleaned = cleaned.where(~comma_dec, cleaned.str.replace(".", "", regex=False)
                            .str.replace(",", ".", regex=False))
    cleaned = cleaned.where(comma_dec & ~dot_last, cleaned.str.replace(",", "", regex=False))
    ok = cleaned.str.fullmatch(r"\d+(\.\d+)?|\.\d+")
    parsed = pd.to_numeric(cleaned.where(ok, None), errors="coerce").astype("float64")
    parsed = parsed.where(~negative, -parsed)
    numeric.loc[text_mask] = parsed
    return numeric


def _plain_arrow_amounts(values: pd.Series) -> pd.Series | None:
    """An Arrow text column whose every cell is a plain number ("1234,56", "-12.5") or empty,
    as in a FEC, read in Arrow at once (what :func:`parse_amounts` gives: NaN when empty, the
    decimal separator of the first 5,000 numbers); None for any other column."""
    arrow = arrow_of(values)
    if arrow is None or arrow.null_count or not len(arrow):
        return None
    import pyarrow as pa
    import pyarrow.compute as pc
    filled = pc.not_equal(arrow, "")
    if not pc.all(pc.or_(pc.match_substring_regex(arrow, r"^-?[0-9]+(?:[.,][0-9]+)?$"),
                         pc.invert(filled))).as_py():
        return None
    numbers = pc.filter(arrow, filled)
    dec = decimal_separator(pd.Series(pd.array(numbers.slice(0, 5000), dtype=ARROW_TEXT)))
    numbers = arrow
    for mark, replacement in (((".", ""), (",", ".")) if dec == "," else ((",", ""),)):
        if pc.any(pc.match_substring(numbers, mark)).as_py():
            numbers = pc.replace_substring(numbers, mark, replacement)
    numbers = pc.if_else(filled, numbers, pa.scalar(None, pa.string()))
    try:
        floats = pc.cast(numbers, pa.float64())
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
    return pd.Series(floats.to_numpy(), index=values.index, dtype="float64")


_MONTHS = {
    "janvier": 1, "janv": 1, "jan": 1, "january": 1, "fevrier": 2, "fevr": 2, "fev": 2, "feb": 2,
    "february": 2, "mars": 3, "mar": 3, "march": 3, "avril": 4, "avr": 4, "apr": 4, "april": 4,
    "mai": 5, "may": 5, "juin": 6, "jun": 6, "june": 6, "juillet": 7, "juil": 7, "jul": 7,
    "july": 7, "aout": 8, "aug": 8, "august": 8, "septembre": 9, "sept": 9, "sep": 9,
    "september": 9, "octobre": 10, "oct": 10, "october": 10, "novembre": 11, "nov": 11,
    "november": 11, "decembre": 12, "dec": 12, "december": 12,
}


def normalise_text(text: pd.Series) -> pd.Series:
    """Lower case, accents removed, punctuation to spaces, spaces collapsed (vectorised; the
    Unicode decomposition runs only on the texts that are not plain ASCII)."""
    out = text.astype(str).str.lower()
    accented = ~out.str.isascii().astype(bool)
    if accented.any():
        out = out.astype(object)
        out.loc[accented] = (out[accented].astype(str).str.normalize("NFKD")
                             .str.encode("ascii", errors="ignore").str.decode("ascii")
                             .astype(object))
        out = out.astype(str)
    return out.str.replace(r"[^a-z0-9]+", " ", regex=True).str.strip()


def parse_periods(values: pd.Series) -> pd.Series:
    """Start date of budget periods: "2025", "FY 2025", "Exercice 2025", "T1 2025", "Q1 2025",
    "2025 Q1", "S2 2025", "H1 2025", "mars 2025", "Jan 25", "2025-03", "03/2025", "FY 2024/25".
    NaT if none."""
    text = normalise_text(to_text(values))
    out = pd.Series(pd.NaT, index=values.index, dtype="datetime64[ns]")

    def fill(mask, year, month):
        nonlocal out
        ok = mask & year.notna() & month.notna()
        if ok.any():
            y = pd.to_numeric(year[ok]).astype(int)
            m = pd.to_numeric(month[ok]).astype(int)
            good = (m >= 1) & (m <= 12) & (y >= 1990) & (y <= 2100)
            dates = pd.to_datetime(pd.DataFrame({"year": y[good], "month": m[good], "day": 1}))
            out.loc[dates.index] = out.loc[dates.index].fillna(dates)

    m = text.str.extract(r"^(\d{4})\s+(\d{1,2})$")                 # 2025-03 (punctuation gone)
    fill(out.isna(), m[0], m[1])
    prefix = r"(?:fy|ex|exercice|annee|year|budget|bud|an)?\s*"
    m = text.str.extract(r"^" + prefix + r"(\d{4})(?:\s+(\d{2}|\d{4}))?$")   # 2025, FY 2024 25
    fill(out.isna() & m[0].notna(), m[0], pd.Series(1, index=text.index).where(m[0].notna()))
    m = text.str.extract(r"^(?:t|q|trim|trimestre|quarter)\s*([1-4])\s*(\d{4})$")
    fill(out.isna(), m[1], (pd.to_numeric(m[0]) - 1) * 3 + 1)
    m = text.str.extract(r"^(\d{4})\s*(?:t|q)\s*([1-4])$")
    fill(out.isna(), m[0], (pd.to_numeric(m[1]) - 1) * 3 + 1)
    m = text.str.extract(r"^([1-4])\s*(?:er|e|eme|st|nd|rd|th)?\s*(?:trimestre|quarter)\s*(\d{4})$")
    fill(out.isna(), m[1], (pd.to_numeric(m[0]) - 1) * 3 + 1)
    m = text.str.extract(r"^(?:s|h|semestre|half)\s*([12])\s*(\d{4})$")
    fill(out.isna(), m[1], (pd.to_numeric(m[0]) - 1) * 6 + 1)
    m = text.str.extract(r"^(\d{1,2})\s+(\d{4})$")                 # 03/2025
    fill(out.isna(), m[1], m[0])
    m = text.str.extract(r"^([a-z]+)\s+(\d{4})$")                  # mars 2025, Jan 2025
    fill(out.isna(), m[1], m[0].map(_MONTHS))
    m = text.str.extract(r"^([a-z]+)\s+(\d{2})$")                  # Jan 25, janv-25 (planning)
    fill(out.isna(), "20" + m[1], m[0].map(_MONTHS))
    return out


_DATE_FORMATS_DAYFIRST = ("%d/%m/%Y", "%d/%m/%y", "%d.%m.%Y", "%d-%m-%Y", "%d/%m/%Y %H:%M:%S",
                          "%d/%m/%Y %H:%M")
_DATE_FORMATS_MONTHFIRST = ("%m/%d/%Y", "%m/%d/%y", "%m-%d-%Y")
_FIRST_DATE, _LAST_DATE = pd.Timestamp("1900-01-01"), pd.Timestamp("2199-12-31")
_DATE_FORMATS_ISO = ("%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y%m%d", "%Y/%m/%d")


def _formats_by_sample(text: pd.Series, formats: tuple[str, ...], size: int = 500) -> list[str]:
    """The formats in the order they fit the column, inferred once from a sample of its cells:
    the whole column is parsed with the best one, and only the rows it leaves with the next
    ones (every format on every row cost 9 s per 100,000 DD/MM/YYYY dates)."""
    sample = text[text != ""]
    if len(sample) > size:
        sample = sample.iloc[np.linspace(0, len(sample) - 1, size).astype(int)]
    if sample.empty:
        return list(formats)
    hits = [int(pd.to_datetime(sample, format=fmt, errors="coerce").notna().sum())
            for fmt in formats]
    order = sorted(range(len(formats)), key=lambda k: -hits[k])      # stable on ties
    return [formats[k] for k in order]


def parse_dates(values: pd.Series, allow_serial: bool = True) -> pd.Series:
    """Dates from cells: date/datetime objects, Excel serial numbers (in a date column),
    text in ISO, French (JJ/MM/AAAA), FEC (AAAAMMJJ) or US order (decided per column: day
    first unless a first part is above 12)."""
    out = pd.Series(pd.NaT, index=values.index, dtype="datetime64[ns]")
    compact = _compact_dates(values)
    if compact is not None:
        return compact
    if isinstance(values.dtype, pd.StringDtype):       # a big text file: every cell is text
        kinds = pd.Series(np.where(values.notna(), str, None), index=values.index)
    else:
        values = values.astype(object)
        kinds = values.map(type)
    is_date = kinds.isin((_dt.date, _dt.datetime, pd.Timestamp))
    if is_date.any():
        objs = values[is_date].to_numpy()
        try:
            out.loc[is_date] = pd.to_datetime(pd.Series(objs, dtype=object),
                                              errors="raise").to_numpy("datetime64[ns]")
        except (TypeError, ValueError, OverflowError, pd.errors.OutOfBoundsDatetime):
            # time zones, odd objects
            out.loc[is_date] = pd.to_datetime(pd.Series(objs, dtype=object),
                                              errors="coerce").to_numpy()
    text_mask = kinds == str  # noqa: E721 - elementwise on a Series of types (see is_text)
    if text_mask.any():
        text = values[text_mask].astype(str).str.strip()
        # day or month first, decided on a sample of the column (evenly spaced cells)
        probe = (text if len(text) <= 20_000
                 else text.iloc[np.linspace(0, len(text) - 1, 20_000).astype(int)])
        slash = probe.str.extract(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-]\d{2,4}")
        first = pd.to_numeric(slash[0], errors="coerce")
        second = pd.to_numeric(slash[1], errors="coerce")
        month_first = bool((second > 12).any() and not (first > 12).any())
        formats = _DATE_FORMATS_ISO + (_DATE_FORMATS_MONTHFIRST + _DATE_FORMATS_DAYFIRST
                                       if month_first else
                                       _DATE_FORMATS_DAYFIRST + _DATE_FORMATS_MONTHFIRST)
        formats = _formats_by_sample(text, formats)
        parsed = pd.Series(pd.NaT, index=text.index, dtype="datetime64[ns]")
        for fmt in formats:
            todo = parsed.isna()
            if not todo.any():
                break
            got = pd.to_datetime(text[todo], format=fmt, errors="coerce")
            # "103511" reads as %Y%m%d in year 1035: out of range, not a date (no overflow)
            got = got.where((got >= _FIRST_DATE) & (got <= _LAST_DATE))
            parsed.loc[todo] = got.astype("datetime64[ns]")
        if allow_serial:           # "45672": an Excel serial number saved as text
            serial = pd.to_numeric(text[parsed.isna() & text.str.fullmatch(r"\d{5}(?:\.0)?")],
                                   errors="coerce")
            serial = serial[(serial > 20000) & (serial < 80000)]
            parsed.loc[serial.index] = (pd.Timestamp("1899-12-30")
                                        + pd.to_timedelta(serial, unit="D")).to_numpy()
        out.loc[text_mask] = parsed
    if allow_serial:
        num = kinds.isin((int, float, np.float64, np.int64))
        if num.any():
            serial = pd.to_numeric(values[num], errors="coerce")
            ok = (serial > 20000) & (serial < 80000)          # 1954 .. 2119
            out.loc[serial[ok].index] = (pd.Timestamp("1899-12-30")
                                         + pd.to_timedelta(serial[ok].round(), unit="D"))
            ymd = (serial >= 19000101) & (serial <= 21001231)   # FEC dates read as numbers
            if ymd.any():
                out.loc[serial[ymd].index] = pd.to_datetime(
                    serial[ymd].astype("int64").astype(str), format="%Y%m%d", errors="coerce")
    bad = (out < DATE_RANGE[0]) | (out > DATE_RANGE[1])
    return out.mask(bad)


def _compact_dates(values: pd.Series) -> pd.Series | None:
    """A big text column of FEC dates (every cell AAAAMMJJ, as the FEC's EcritureDate) read in
    Arrow at once; None for any other column (then read as :func:`parse_dates` reads it), or
    when a cell is not such a date in range (the general reading decides)."""
    arrow = arrow_of(values)
    if arrow is None or not len(arrow):
        return None
    import pyarrow as pa
    import pyarrow.compute as pc
    text = pc.utf8_trim_whitespace(arrow)
    if not pc.all(pc.match_substring_regex(text, r"^(?:19|20|21)\d{6}$")).as_py():
        return None
    try:
        parsed = pc.strptime(text, format="%Y%m%d", unit="s", error_is_null=True)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
    if pc.any(pc.is_null(parsed)).as_py():
        return None
    written = pc.add(pc.add(pc.multiply(pc.year(parsed), 10_000),          # 20250230 rolls
                            pc.multiply(pc.month(parsed), 100)), pc.day(parsed))   # over
    if not pc.all(pc.equal(written, pc.cast(text, pa.int64()))).as_py():
        return None
    out = pd.Series(parsed.to_numpy().astype("datetime64[ns]"), index=values.index)
    return out.mask((out < DATE_RANGE[0]) | (out > DATE_RANGE[1]))


#: Dates a spend line may carry (earlier or later dates are read as no date).
DATE_RANGE = (pd.Timestamp("1950-01-01"), pd.Timestamp("2100-12-31"))
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")


def dates_out_of_range(values: pd.Series) -> bool:
    """True when most filled cells of a date column name a year, and every such year is outside
    :data:`DATE_RANGE` (a file dated 2225, or 1900 by a broken export): the dates are there but
    out of range, not missing."""
    years = []
    for v in values.head(2000).tolist():
        if isinstance(v, (_dt.date, _dt.datetime, pd.Timestamp)):
            years.append(v.year)
        elif isinstance(v, str) and v.strip():
            found = _YEAR.search(v)
            years.append(int(found.group(1)) if found else None)
    known = [y for y in years if y is not None]
    low, high = DATE_RANGE[0].year, DATE_RANGE[1].year
    return (len(known) > 0 and len(known) >= 0.8 * len(years)
            and not any(low <= y <= high for y in known))
