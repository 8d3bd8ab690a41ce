"""Fuzzing the spend importer (issue 9): random tables written as CSV and xlsx bytes.

Whatever the table, :func:`models.importer.import_spend` either refuses it with its own
translated error (:class:`SpendImportError`, a sentence in French and English) or returns lines
whose amounts are finite, whose totals are the sums of the kept lines, and whose counts add up.
Never another exception, never a NaN shown to the user.
"""
from __future__ import annotations

import csv
import io
import math

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from i18n import t
from models.domains import ALL_DOMAIN_VALUES, NOT_IT
from models.importer import ImportOptions, SpendImportError, import_spend
from models.importer.review import review_totals

SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# --- cells ------------------------------------------------------------------------------------
# Characters openpyxl can write (no XML control characters) and that a CSV can carry.
_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=20)
_HOSTILE = st.sampled_from(["<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
                            "=HYPERLINK(\"http://x\")", "+cmd|' /C calc'!A0", "@SUM(1)",
                            "Montant HT", "Total", "Sous-total", "Date", "Fournisseur",
                            "€", "1e308", "-1e308", "NaN", "nan", "inf", "-inf", "#N/A",
                            "Ωμέγα", "日本語", "🙂", "   ", ""])
_NUMBER = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.floats(min_value=-1e15, max_value=1e15, allow_nan=False),
    st.integers(min_value=-10**18, max_value=10**18),
    st.sampled_from([0, 0.0, -0.0, 1e308, -1e308, 5e-324, 1234.56, -189.0]),
)
_DATE_TEXT = st.one_of(
    st.dates().map(lambda d: d.strftime("%d/%m/%Y")),
    st.dates().map(lambda d: d.isoformat()),
    st.dates().map(lambda d: d.strftime("%m/%d/%y")),
    st.sampled_from(["31/02/2025", "2025-13-01", "00/00/0000", "janv. 2025", "Q1 2025"]),
)
_MONEY_TEXT = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False).map(
    lambda x: f"{x:,.2f}".replace(",", "\u00a0").replace(".", ","))
_CELL = st.one_of(st.none(), _TEXT, _HOSTILE, _NUMBER, _DATE_TEXT, _MONEY_TEXT)
_COLUMN_NAME = st.one_of(_TEXT, _HOSTILE,
                         st.sampled_from(["Date", "Montant HT", "Fournisseur", "Libellé", "Compte",
                                          "Amount", "Vendor", "TVA", "Montant TTC", "Catégorie"]))


@st.composite
def tables(draw):
    n_cols = draw(st.integers(min_value=1, max_value=7))
    header = draw(st.lists(_COLUMN_NAME, min_size=n_cols, max_size=n_cols))
    n_rows = draw(st.integers(min_value=0, max_value=25))
    rows = draw(st.lists(st.lists(_CELL, min_size=n_cols, max_size=n_cols),
                         min_size=n_rows, max_size=n_rows))
    with_header = draw(st.booleans())
    return ([header] if with_header else []) + rows


def _csv_bytes(table, sep: str, encoding: str) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=sep, lineterminator="\r\n")
    for row in table:
        writer.writerow(["" if c is None else c for c in row])
    return buf.getvalue().encode(encoding, errors="replace")


def _xlsx_bytes(table) -> bytes:
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "Feuil1"
    for row in table:
        cells = []
        for c in row:
            if isinstance(c, float) and not math.isfinite(c):
                c = str(c)                      # Excel has no NaN/inf cells: written as text
            elif isinstance(c, int) and abs(c) > 2**53:
                c = float(c)
            cells.append(c)
        ws.append(cells)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _check(data: bytes, name: str) -> None:
    try:
        result = import_spend(data, name, ImportOptions())
    except SpendImportError as err:
        # the importer's own error: a translated sentence in both languages, one line each
        for lang in ("fr", "en"):
            sentence = err.message(lang)
            assert sentence == t(err.key, lang, **err.params)
            assert sentence and "\n" not in sentence and "Traceback" not in sentence
        return
    spend = result.spend
    amounts = spend["amount"].to_numpy(dtype=float)
    assert np.isfinite(amounts).all(), "NaN or infinite amount kept"
    assert spend["date"].notna().all(), "line kept without a date"
    assert set(spend["domain"]) <= set(ALL_DOMAIN_VALUES)
    assert np.isfinite(spend["confidence"].to_numpy(dtype=float)).all()
    assert result.rows_kept == len(spend)
    assert result.rows_kept + result.rows_dropped <= result.rows_read
    assert all(n > 0 for n in result.dropped.values())
    # totals are the sums of the kept lines
    total = float(amounts.sum()) if len(amounts) else 0.0
    assert math.isfinite(result.total)
    assert result.total == pytest.approx(total, rel=1e-9, abs=1e-6)
    it_amounts = spend.loc[spend["domain"] != NOT_IT, "amount"].to_numpy(dtype=float)
    assert result.it_total == pytest.approx(float(it_amounts.sum()), rel=1e-9, abs=1e-6)
    by_domain = result.by_domain()
    assert all(math.isfinite(v) for v in by_domain.values())
    assert sum(by_domain.values()) == pytest.approx(total, rel=1e-6, abs=0.01 * len(by_domain))
    totals = review_totals(spend)
    assert totals["total"] == pytest.approx(total, rel=1e-9, abs=1e-6)
    assert math.isfinite(totals["it_total"])
    summary = result.summary("fr")           # what the command line prints: JSON-ready
    assert "NaN" not in result.to_json("en") and "Infinity" not in result.to_json("en")
    assert summary["rows"] == len(spend)


@SETTINGS
@given(table=tables(), sep=st.sampled_from([";", ",", "\t", "|"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "latin-1"]))
def test_random_csv_is_imported_or_refused_with_a_sentence(table, sep, encoding):
    _check(_csv_bytes(table, sep, encoding), "fuzz.csv")


@SETTINGS
@given(table=tables())
def test_random_xlsx_is_imported_or_refused_with_a_sentence(table):
    _check(_xlsx_bytes(table), "fuzz.xlsx")


@SETTINGS
@given(data=st.binary(max_size=2048),
       prefix=st.sampled_from([b"", b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
                               b"\xef\xbb\xbf", b"<html>", b"Date;Montant\r\n"]))
def test_random_bytes_are_imported_or_refused_with_a_sentence(data, prefix):
    _check(prefix + data, "fuzz.xlsx")


@SETTINGS
@given(amounts=st.lists(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False)
                        .map(lambda x: round(x, 2)), min_size=1, max_size=30),
       vendors=st.lists(st.one_of(_TEXT, _HOSTILE), min_size=1, max_size=30))
def test_valid_lines_keep_their_sum(amounts, vendors):
    """A clean file: every non-zero line with a date and an amount is kept, the total is the
    sum of the amounts written (vendor names may be anything, even HTML; prefixed so that a
    vendor drawn as "Total" or "Date" is not, rightly, taken for a total or header row)."""
    lines = ["Date;Fournisseur;Libellé;Montant HT"]
    for i, amount in enumerate(amounts):
        vendor = "V " + vendors[i % len(vendors)].replace(";", " ").replace('"', " ")
        vendor = vendor.replace("\r", " ").replace("\n", " ")
        lines.append(f"{(i % 28) + 1:02d}/03/2025;\"{vendor}\";Ligne {i};"
                     f"{amount:.2f}".replace(".", ","))
    data = ("\r\n".join(lines) + "\r\n").encode("utf-8")
    try:
        result = import_spend(data, "clean.csv")
    except SpendImportError as err:
        assert err.key in ("import.error.no_rows",), err.key    # e.g. every amount zero
        assert all(a == 0 for a in amounts)
        return
    kept = [a for a in amounts if a != 0]
    assert result.rows_kept == len(kept)
    assert result.total == pytest.approx(sum(kept), abs=0.005 * len(kept) + 1e-6)
    _check(data, "clean.csv")


@pytest.mark.parametrize("data", [b";;103511\r\n", b"Date;Montant\r\n103511;5\r\n",
                                  b"Date;Montant HT\r\n00010101;5\r\n99991231;7\r\n"])
def test_digits_that_read_as_an_out_of_range_date_are_no_crash(data):
    """Found by the fuzzer: '103511' parsed as %Y%m%d gives year 1035, which overflowed the
    datetime64[ns] column (OutOfBoundsDatetime) instead of being 'not a date'."""
    _check(data, "digits.csv")
