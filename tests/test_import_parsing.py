"""Number, date and period parsing, header matching and classification rules."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.importer.classify import classify_frame
from models.importer.mapping import find_header, match_header
from models.importer.parse import parse_amounts, parse_dates, parse_periods
from tests.import_corpus import fr_number


@pytest.mark.parametrize("text,value", [
    ("1 234,56", 1234.56), ("1\u00a0234,56 €", 1234.56), ("1\u202f234,56", 1234.56),
    ("1.234,56", 1234.56), ("1,234.56", 1234.56), ("€1,234.56", 1234.56), ("(1 200,00)", -1200.0),
    ("45,50-", -45.5), ("-3,2", -3.2), ("USD 3.20", 3.2), ("1'234.50", 1234.5), ("12", 12.0),
    ("", None), ("abc", None), ("1 234,56 EUR", 1234.56), ("− 12,00", -12.0), ("€ -5,00", -5.0),
])
def test_amounts(text, value):
    got = parse_amounts(pd.Series([text, "10,00"], dtype=object)).iloc[0]
    assert (pd.isna(got) if value is None else got == pytest.approx(value))


@settings(max_examples=200, deadline=None)
@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False).map(lambda x: round(x, 2)),
       st.sampled_from([" ", "\u00a0", "\u202f", "."]))
def test_french_amounts_round_trip(x, sep):
    text = fr_number(x, sep)
    assert parse_amounts(pd.Series([text, "1,50"], dtype=object)).iloc[0] == pytest.approx(x)


def test_dates_day_first_by_default_and_month_first_when_obvious():
    fr = parse_dates(pd.Series(["03/04/2025", "20250131", dt.date(2025, 5, 6), 45658.0],
                               dtype=object))
    assert fr.tolist() == [pd.Timestamp(2025, 4, 3), pd.Timestamp(2025, 1, 31),
                           pd.Timestamp(2025, 5, 6), pd.Timestamp(2025, 1, 1)]
    us = parse_dates(pd.Series(["03/04/2025", "12/31/2025"], dtype=object))
    assert us.tolist() == [pd.Timestamp(2025, 3, 4), pd.Timestamp(2025, 12, 31)]


@pytest.mark.parametrize("text,start", [
    ("FY 2025", "2025-01-01"), ("2025", "2025-01-01"), ("T1 2025", "2025-01-01"),
    ("T3 2025", "2025-07-01"), ("Q2 2025", "2025-04-01"), ("2025 Q4", "2025-10-01"),
    ("S2 2025", "2025-07-01"), ("mars 2025", "2025-03-01"), ("Jan 2024", "2024-01-01"),
    ("2025-03", "2025-03-01"), ("03/2025", "2025-03-01"), ("Exercice 2024", "2024-01-01"),
    ("1er trimestre 2025", "2025-01-01"), ("hello", None),
])
def test_periods(text, start):
    got = parse_periods(pd.Series([text])).iloc[0]
    assert (pd.isna(got) if start is None else got == pd.Timestamp(start))


@pytest.mark.parametrize("header,field", [
    ("Montant HT", "amount"), ("Montnat HT", "amount"), ("MONTANT  H.T.", "amount"),
    ("Débit", "debit"), ("Crédit", "credit"), ("Solde", "balance"), ("Montant TTC", "gross"),
    ("CompAuxLib", "vendor"), ("Nom du fournisseur", "vendor"), ("Supplier", "vendor"),
    ("Intitulé du compte", "account_label"), ("N° compte", "account"), ("EcritureLib", "label"),
    ("Libelle", "label"), ("Date facture", "date"), ("Posting date", "date"),
    ("Période", "period"), ("Catégorie", "category"), ("Devise", "currency"),
])
def test_header_synonyms(header, field):
    assert match_header(header)[0] == field


def test_header_row_found_below_titles():
    grid = [["Grand livre 2025", "", ""], ["", "", ""], ["Date", "Libellé", "Montant"],
            ["2025-01-01", "x", 1.0]]
    assert find_header(grid)[0] == 2
    assert find_header([["a", "b"], [1, 2]])[0] is None


@pytest.mark.parametrize("vendor,label,account,domain,rule", [
    ("Sophos", "Renouvellement 80 postes", "6135", "security", "vendor:Sophos"),
    ("Bouygues Telecom", "Smartphone Samsung Galaxy", "6063", "devices", "keyword:smartphone"),
    ("Konica Minolta", "Maintenance copieurs", "6156", "devices", "keyword:copieurs"),
    ("Elis", "Nettoyage des locaux", "6156", "other", "keyword:nettoyage"),
    ("ENI", "Formation Microsoft 365", "6333", "governance", "keyword:formation"),
    ("", "Prestation diverse", "6262", "network", "account:6262"),
    ("", "Divers", "2183", "devices", "account:2183"),
    ("", "Loyer", "6132", "other", "account:6132"),
    ("", "", "", "other", "default"),
    ("Acme", "Annual maintenance", "", "support", "keyword:maintenance"),
    ("", "OVH - serveur dédié", "", "hosting", "keyword:serveur"),
    ("", "Facture Orange fibre", "", "network", "keyword:fibre"),
    ("", "FACTURE ORANGE 1234", "", "network", "vendor:orange"),
])
def test_classification_rules(vendor, label, account, domain, rule):
    out = classify_frame(pd.Series([vendor]), pd.Series([label]), pd.Series([account]),
                         pd.Series([""]))
    assert out.loc[0, "domain"] == domain
    assert out.loc[0, "rule"] == rule
    assert 0 < out.loc[0, "confidence"] <= 1


def test_nature_and_capex():
    out = classify_frame(pd.Series(["A", "B", "C", "D"]),
                         pd.Series(["Dépannage urgent hors contrat", "Installation poste",
                                    "Abonnement mensuel", "Emergency break-fix"]),
                         pd.Series(["611", "2183", "6135", ""]), pd.Series([""] * 4))
    assert out["nature"].tolist() == ["unplanned", "one_off", "recurring", "unplanned"]
    assert out["capex"].tolist() == [False, True, False, False]


def test_classification_is_per_distinct_line_not_per_row():
    n = 50_000
    out = classify_frame(pd.Series(["OVHcloud", "Foncia"] * (n // 2)),
                         pd.Series(["VPS", "Loyer locaux"] * (n // 2)),
                         pd.Series(["6135", "6132"] * (n // 2)), pd.Series([""] * n))
    assert out["domain"].value_counts().to_dict() == {"hosting": n // 2, "other": n // 2}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(
    st.dates(min_value=dt.date(1890, 1, 1), max_value=dt.date(2210, 12, 31)).map(
        lambda d: d.strftime("%Y%m%d")),
    st.from_regex(r"\A(19|20|21)\d{6}\Z"),                  # 20250230, 20251301…
    st.sampled_from(["", " 20250105 ", "2025-01-05", "05/01/2025"])), min_size=1, max_size=30))
def test_fec_dates_read_in_arrow_are_the_dates_the_general_reading_gives(cells):
    """A big file's AAAAMMJJ column is read in Arrow at once (issue 13); it gives exactly what
    the general reading gives, impossible dates (20250230) and out-of-range years included."""
    arrow = pd.Series(cells, dtype=pd.StringDtype("pyarrow", na_value=np.nan))
    pd.testing.assert_series_equal(parse_dates(arrow), parse_dates(pd.Series(cells, dtype=object)))


@settings(max_examples=80, deadline=None)
@given(st.lists(st.one_of(
    st.from_regex(r"\A-?[0-9]{1,9}(?:[.,][0-9]{1,3})?\Z"),      # plain: read in Arrow at once
    st.sampled_from(["", "0,00", "1.234,56", " 12,5 ", "1 200 €", "(15,00)", "12-", "abc"])),
    min_size=1, max_size=30))
def test_amounts_read_in_arrow_are_the_amounts_the_general_reading_gives(cells):
    """A big file's amount column of plain numbers is read in Arrow at once (issue 13); any
    column gives exactly what the general reading gives, whatever its decimal separator."""
    arrow = pd.Series(cells, dtype=pd.StringDtype("pyarrow", na_value=np.nan))
    pd.testing.assert_series_equal(parse_amounts(arrow),
                                   parse_amounts(pd.Series(cells, dtype=object)))


_PIECES = list("aé° «\u00a0€\ufffd\uffef") * 4 + ["x" * 1100] * 4 + [
    "\x00", "\t", "\n", "\r", "\x1f", "\x7f", "\x85", "\x9f", "\ufffe", "\uffff"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=4).map("".join),
                min_size=1, max_size=4), st.integers(0, 3))
def test_the_byte_check_of_an_arrow_column_finds_exactly_what_clean_text_changes(texts, cut):
    """A big file's text columns are checked for cleaning on their UTF-8 bytes at once (issue
    13): the check says yes exactly when :func:`models.boundary.clean_text` changes a text
    (controls, C1 characters, U+FFFE/U+FFFF, over 2,000 characters), also on a sliced column."""
    import pyarrow as pa

    from models.boundary import clean_text
    from models.importer.arrowtext import needs_cleaning
    column = pa.chunked_array([pa.array(texts[:cut], pa.string()),
                               pa.array(texts[cut:], pa.string())]).slice(1)
    kept = column.to_pylist()
    assert needs_cleaning(column) == any(clean_text(t) != t for t in kept)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.none(), st.from_regex(
    r"\A[a-zé -]{0,3}[0-9]{0,7}[a-z ]{0,2}[0-9]{0,5}\Z")), max_size=40))
def test_a_replacement_in_threads_gives_what_pandas_gives(cells):
    """Labels of a big file have their invoice numbers folded in parallel threads (issue 13):
    same texts, same missing cells, same index as pandas' own replacement."""
    from models.importer.arrowtext import ARROW_TEXT, replace_in_threads
    from models.importer.classify import FOLD_DIGITS
    values = pd.Series(cells, dtype=ARROW_TEXT, index=range(3, 3 + len(cells)))
    pd.testing.assert_series_equal(replace_in_threads(values, FOLD_DIGITS, "0"),
                                   values.str.replace(r"[0-9]{4,}", "0", regex=True))


_WORDS = ["microsoft 365", "ovh", "orange", "formation", "licence", "maintenance", "logiciel",
          "serveur", "loyer", "sage", "fibre", "dell", "ecran", "honoraires", "0", "2025", "it"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_WORDS), max_size=5).map(" ".join), min_size=1,
                max_size=25), st.sampled_from(["SPECIFIC", "VENDORS", "GENERIC"]))
def test_rules_looped_on_few_lines_match_as_pandas_does_on_many(texts, rule_set):
    """Few distinct lines are matched line by line in Python, many rule by rule in pandas
    (issue 13): the same domain and word for every line."""
    from models.importer import classify
    rules = getattr(classify, rule_set)
    text = pd.Series(texts, dtype=object, index=range(10, 10 + len(texts)))
    todo = pd.Series([k % 3 != 1 for k in range(len(texts))], index=text.index)
    looped = classify._first_match(text, rules, todo)
    saved, classify._LOOP_WORK = classify._LOOP_WORK, -1
    try:
        by_rule = classify._first_match(text, rules, todo)
    finally:
        classify._LOOP_WORK = saved
    for a, b in zip(looped, by_rule):
        pd.testing.assert_series_equal(a, b)


_LINE = st.tuples(st.sampled_from(["OVHcloud", "Foncia", "", "Sage", "Orange Business"]),
                  st.sampled_from(["VPS 2025-0001", "Loyer 2025-0002", "Formation Excel", "",
                                   "Licence 365", "Maintenance 12"]),
                  st.sampled_from(["6135", "6132", "2183", "", "6226"]),
                  st.sampled_from(["Locations", "Honoraires", ""]),
                  st.sampled_from(["", "IT", "Sales", "Training"]),
                  st.sampled_from(["", "IT & Infrastructure", "Marketing"]))


@settings(max_examples=15, deadline=None)
@given(st.lists(_LINE, min_size=1, max_size=20))
def test_a_frame_is_classified_as_each_of_its_lines_alone(lines):
    """Classification runs once per distinct combination of texts (issue 13): every line gets
    what it gets when classified alone."""
    columns = [pd.Series(list(col), dtype=object) for col in zip(*lines)]
    together = classify_frame(*columns[:4], category=columns[4], department=columns[5])
    for k in range(len(lines)):
        alone = classify_frame(*(c.iloc[[k]] for c in columns[:4]),
                               category=columns[4].iloc[[k]], department=columns[5].iloc[[k]])
        assert together.iloc[k].to_dict() == alone.iloc[0].to_dict()
