"""Amounts labelled with the data's currency (issue 13): the formatters, the context variable
(one per thread, never leaking), the catalogue's {cur} labels, the export formats."""
from __future__ import annotations

import io
import json
import threading

import pytest

from i18n import (
    current_currency,
    fmt_eur,
    fmt_eur_short,
    set_currency,
    t,
    using_currency,
)


@pytest.mark.parametrize("value, lang, currency, expected", [
    (14_350_000, "en", "ZAR", "ZAR 14,350,000"),
    (14_350_000, "fr", "ZAR", "14\u202f350\u202f000\u00a0ZAR"),
    (-1500.5, "en", "USD", "−USD 1,500.50"),
    (1234567, "en", "EUR", "€1,234,567"),
    (1234567, "fr", None, "1\u202f234\u202f567\u00a0€"),
])
def test_amounts_in_a_currency(value, lang, currency, expected):
    decimals = 2 if value != int(value) else 0
    assert fmt_eur(value, lang, decimals, currency=currency) == expected


def test_short_amounts_in_a_currency():
    assert fmt_eur_short(14_350_000, "en", currency="ZAR") == "ZAR 14.4M"    # half up
    assert fmt_eur_short(-85_400, "fr", currency="ZAR") == "−85,4\u00a0k\u00a0ZAR"
    assert fmt_eur_short(1_250_000, "fr") == "1,3\u00a0M€"
    assert fmt_eur_short(999, "en", currency="USD") == "USD 999"


def test_rates_with_the_digits_they_have():
    from i18n import fmt_rate
    assert [fmt_rate(r, "en") for r in (0.05, 0.054321, 18, 1e-6)] == [
        "0.05", "0.054321", "18", "0.000001"]
    assert fmt_rate(0.05, "fr") == "0,05" and fmt_rate(float("nan"), "en") == "–"


def test_the_currency_in_use_is_per_block_and_per_thread():
    assert current_currency() == "EUR"
    with using_currency("zar"):
        assert fmt_eur(5, "en") == "ZAR 5" and current_currency() == "ZAR"
        with using_currency("USD"):
            assert fmt_eur(5, "en") == "USD 5"
        assert fmt_eur(5, "en") == "ZAR 5"
    assert fmt_eur(5, "en") == "€5"
    seen = {}

    def page_run():                 # what ui.frame.page_setup does in a script run's thread
        set_currency("ZAR")
        seen["inside"] = fmt_eur(5, "en")

    worker = threading.Thread(target=page_run)
    worker.start()
    worker.join()
    assert seen["inside"] == "ZAR 5"
    assert fmt_eur(5, "en") == "€5"                  # the other thread's currency stayed there
    fresh = {}
    other = threading.Thread(target=lambda: fresh.setdefault("c", current_currency()))
    other.start()
    other.join()
    assert fresh["c"] == "EUR"                      # a new thread (a new run) starts in euros


@pytest.mark.parametrize("code", ["", None, "12", "EURO", "€"])
def test_a_bad_code_falls_back_to_the_euro(code):
    with using_currency(code):
        assert current_currency() == "EUR"


def test_labels_of_the_catalogue_name_the_currency():
    assert t("chart.axis.eur", "en") == "€ excl. VAT"
    assert t("risk.title", "fr") == "Risques en euros"
    with using_currency("ZAR"):
        assert t("chart.axis.eur", "en") == "ZAR excl. VAT"
        assert t("chart.dist.axis", "fr") == "Coût annuel (ZAR HT)"
        assert t("risk.title", "fr") == "Risques en ZAR"
        assert t("analysis.budget", "en") == "Yearly budget (ZAR)"
        assert t("company.col.salary", "en", cur="€") == "Gross yearly salary (€)"   # given


def test_no_label_names_euros_where_the_data_currency_goes():
    """Every catalogue text with a euro sign is about euros themselves (market prices, the
    rate, the importer's messages on a file's currency): none is an axis or column label of
    the data's money."""
    from i18n import CATALOG
    labels = [k for k in CATALOG if k.startswith(("chart.", "export.col.", "overview.col.",
                                                   "comparison.col.", "spend.col."))]
    assert [k for k in labels if "€" in CATALOG[k]["en"] + CATALOG[k]["fr"]] == []


def test_excel_and_powerpoint_formats_name_the_currency():
    from pptx import Presentation

    from exports.pptx_tools import chart_slide, deck_bytes, new_deck
    from exports.xlsx_tools import EURO_FORMAT, money_format
    assert money_format("EUR") == EURO_FORMAT
    assert money_format("ZAR") == '#,##0 "ZAR";[Red]-#,##0 "ZAR"'
    assert money_format("USD", cents=True) == '#,##0.00 "USD";[Red]-#,##0.00 "USD"'
    prs = new_deck()
    with using_currency("ZAR"):
        chart_slide(prs, "Cost", None, ["A", "B"], [("x", [1.0, 2.0], "#1F4E79")])
    chart_slide(prs, "Cost", None, ["A", "B"], [("x", [1.0, 2.0], "#1F4E79")])
    deck = Presentation(io.BytesIO(deck_bytes(prs)))
    xml = [shape.chart.part.blob.decode("utf-8") for slide in deck.slides
           for shape in slide.shapes if shape.has_chart]
    assert '#,##0 &quot;ZAR&quot;' in xml[0] or '#,##0 "ZAR"' in xml[0]
    assert "ZAR" not in xml[1] and "€" in xml[1]


def test_audit_file_names_the_company_and_the_currency():
    from exports.audit import audit_json
    from models.scenario_file import dump_scenarios
    from models.scenarios import Economics, default_scenarios
    data = json.loads(audit_json(dump_scenarios(default_scenarios(), Economics()),
                                 source="expenses.xlsx", company="Kaap Logistics",
                                 currency="ZAR", eur_rate=0.05))
    assert data["company"] == "Kaap Logistics"
    assert data["currency"] == {"data": "ZAR", "eur_rate": 0.05, "market_defaults": "EUR"}


def test_a_threshold_keeps_the_currency_it_was_computed_in():
    from models.thresholds import Threshold
    with using_currency("ZAR"):
        th = Threshold("full", "Full", "price_per_user", 900.0, 345.0, "below", False, 0.0,
                       1e4)
    assert th.currency == "ZAR"
    sentence = th.sentence("en")
    assert "ZAR 345" in sentence and "€" not in sentence


def test_the_several_currencies_warning_says_nothing_was_dropped():
    """The sentence of a file converted from several currencies lists the currencies and the
    rates, and no longer ends with 'lines without a rate are dropped: –.'"""
    from models.importer import ImportOptions, import_spend
    data = ("Date,Fournisseur,Libellé,Montant,Devise\n2024-01-15,AWS,Hébergement cloud,100.00,USD\n"
            "2024-02-15,Orange,Abonnement fibre,200.00,EUR\n").encode()
    result = import_spend(data, "fx.csv", ImportOptions(fx_rates={"USD": 0.5}))
    ((key, params),) = [w for w in result.warnings if w[0] == "import.warn.currencies"]
    for lang in ("fr", "en"):
        text = t(key, lang, **params)
        assert "–" not in text and "dropped" not in text and "écartées" not in text
    assert result.rows_kept == 2 and result.total == pytest.approx(250.0)
