"""Sanity checks of the loaded data: figures no PME has, which usually mean a wrong headcount or
revenue, lines wrongly classed as IT, or a file that is not what it seems.

Each rule returns an i18n key and its raw parameters (:class:`SanityWarning`); :func:`sentence`
writes it in a language, with amounts in the data's currency. The decision pages show them
once per page (``ui.frame.sanity_warnings``) and the board pack lists them.

The typical ranges are the assumptions ``it_spend_per_employee_low/high`` (euros per employee
a year, converted into the data's currency at its rate) and ``it_share_of_revenue_low/high`` of
:mod:`models.defaults`, whose sources are cited in the sentence (``docs/sources.md``). The IT
spend compared with them is the one the Current spend page shows: the yearly IT spend of the
file plus the loaded cost of the in-house IT staff (:func:`models.baseline.summarise_spend`).

Rules (a value exactly at an end of a range is inside it):

* IT spend of the file zero or negative: ``sanity.no_it`` (the other rules are then skipped);
* IT spend per employee below the low end or above the high end (only when the euro range can
  be converted into the data's currency);
* IT spend as a share of revenue outside its range (when the revenue is known);
* the IT lines' share of the file's total above :data:`FILE_SHARE_HIGH` or below
  :data:`FILE_SHARE_LOW` (when the file's total is positive).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from models.baseline import summarise_spend
from models.dataset import Dataset
from models.defaults import ASSUMPTIONS, default
from models.money import in_data_currency, needs_rate, staff_in_data_currency

#: The IT lines' share of the file's total beyond which the file is worth a look.
FILE_SHARE_HIGH = 0.90
FILE_SHARE_LOW = 0.01

#: Parameters that are amounts (formatted in the data's currency) and shares (percentages).
MONEY_PARAMS = frozenset({"amount", "low", "high"})
SHARE_PARAMS = frozenset({"share", "low_share", "high_share"})


@dataclass(frozen=True)
class SanityWarning:
    key: str                                    # i18n key of the sentence
    params: dict = field(default_factory=dict)  # raw numbers (see MONEY_PARAMS, SHARE_PARAMS)
    refs: tuple[str, ...] = ()                  # keys of docs/sources.md behind the range
    currency: str = "EUR"                       # currency of the amounts in ``params``

    def as_tuple(self) -> tuple[str, dict]:
        return self.key, dict(self.params)


def check(dataset: Dataset) -> list[SanityWarning]:
    """Every rule of the module docstring on ``dataset``, in that order."""
    spend = dataset.spend
    currency = dataset.currency
    staff = staff_in_data_currency(dataset)
    summary = summarise_spend(spend, dataset.company, staff or [])
    out: list[SanityWarning] = []
    if summary.total_it <= 0:
        return [SanityWarning("sanity.no_it", {"amount": summary.total_it}, currency=currency)]
    if not needs_rate(dataset) and summary.per_employee is not None and staff is not None:
        with in_data_currency(dataset):
            low = default("it_spend_per_employee_low")
            high = default("it_spend_per_employee_high")
        out += _outside(summary.per_employee, low, high, "sanity.per_employee",
                        {"amount": summary.per_employee, "low": low, "high": high},
                        ASSUMPTIONS["it_spend_per_employee_low"].refs, currency)
    if summary.share_of_revenue is not None and staff is not None:
        low, high = default("it_share_of_revenue_low"), default("it_share_of_revenue_high")
        out += _outside(summary.share_of_revenue, low, high, "sanity.revenue",
                        {"share": summary.share_of_revenue, "low_share": low, "high_share": high},
                        ASSUMPTIONS["it_share_of_revenue_low"].refs, currency)
    total = summary.total_it + summary.total_not_it
    if total > 0:
        share = summary.total_it / total
        if share > FILE_SHARE_HIGH:
            out.append(SanityWarning("sanity.file_high", {"share": share}, currency=currency))
        elif share < FILE_SHARE_LOW:
            out.append(SanityWarning("sanity.file_low", {"share": share}, currency=currency))
    return out


def _outside(value: float, low: float, high: float, key: str, params: dict, refs,
             currency: str) -> list[SanityWarning]:
    """``key``_high above ``high``, ``key``_low below ``low``, nothing inside the range."""
    if value > high:
        return [SanityWarning(f"{key}_high", params, refs, currency)]
    if value < low:
        return [SanityWarning(f"{key}_low", params, refs, currency)]
    return []


def sanity_warnings(dataset: Dataset) -> list[tuple[str, dict]]:
    """The warnings of :func:`check` as (i18n key, raw parameters)."""
    return [w.as_tuple() for w in check(dataset)]


def sentence(warning: SanityWarning, lang: str | None = None) -> str:
    """The warning as one sentence in ``lang``, amounts in its currency, with the sources of
    the range it compares with."""
    from i18n import fmt_eur, fmt_pct, t
    from models.sources import cite
    params = {}
    for name, value in warning.params.items():
        if name in MONEY_PARAMS:
            params[name] = fmt_eur(value, lang, currency=warning.currency)
        elif name in SHARE_PARAMS:
            params[name] = fmt_pct(value, lang, 1)
        else:
            params[name] = value
    text = t(warning.key, lang, **params)
    if warning.refs:
        text += " " + t("sanity.source", lang, sources=cite(warning.refs, lang))
    return text


def sentences(dataset: Dataset, lang: str | None = None) -> list[str]:
    """Every warning of ``dataset`` as a sentence (the board pack's list)."""
    return [sentence(w, lang) for w in check(dataset)]

