"""The currency of the loaded data, and the euro market defaults.

The spend amounts and the company's revenue are in the data's currency (``Dataset.currency``;
the importer keeps a file in one foreign currency in that currency when no rate is given). The
market defaults (provider prices, salaries, overheads, risk severities: every assumption whose
unit starts with ``EUR`` in :mod:`models.defaults`) and the scenarios' prices are euro amounts.
Money of two currencies is never added silently:

* data in euros: nothing to convert;
* data in another currency and no rate: the decision pages and the analysis refuse to run
  (:func:`needs_rate`, :class:`CurrencyRateError`) and ask for the euros for one unit;
* with a rate, the user either works in the data's currency (:func:`work_in_currency`: the euro
  defaults and prices are converted at ``1 / rate`` where they are used, and the staff salaries
  entered from the euro defaults once) or converts the data to euros
  (:func:`dataset_in_euros`). A rate entered once applies to every line.

Pure: no Streamlit. :func:`in_data_currency` is the one block the analysis, the exports and the
sanity checks run in (labels and conversions set together).
"""
from __future__ import annotations

import contextlib
import dataclasses
import math

from i18n import EURO, using_currency
from models.company import StaffRole
from models.dataset import Dataset
from models.defaults import using_money_scale
from models.errors import CostModelError

#: Accepted rates, euros for one unit (as the command line's ``--rate``).
RATE_RANGE = (1e-6, 1e6)


class CurrencyRateError(CostModelError):
    """The data is not in euros and no rate says what one unit is worth in euros."""


def is_euro(dataset: Dataset) -> bool:
    return dataset.currency == EURO


def needs_rate(dataset: Dataset) -> bool:
    """True when the data is in another currency than the euro and no rate was given: the
    market defaults (in euros) cannot be used with it."""
    return not is_euro(dataset) and not dataset.eur_rate


def units_per_euro(dataset: Dataset) -> float:
    """Units of the data's currency for one euro (1.0 for euros). Raises
    :class:`CurrencyRateError` when a rate is needed and missing."""
    if is_euro(dataset):
        return 1.0
    if needs_rate(dataset):
        raise CurrencyRateError("money.error.needs_rate", currency=dataset.currency)
    return 1.0 / float(dataset.eur_rate)


def defaults_currency(dataset: Dataset) -> str:
    """The currency the market defaults are shown in: the data's when they can be converted
    into it (euros, or a rate given), else the euro."""
    return EURO if needs_rate(dataset) else dataset.currency


def check_rate(rate) -> float:
    """A rate (euros for one unit) as a float within :data:`RATE_RANGE`, else
    :class:`CostModelError` ``money.error.rate``."""
    try:
        value = float(rate)
    except (TypeError, ValueError):
        raise CostModelError("money.error.rate", value=rate) from None
    if not math.isfinite(value) or not RATE_RANGE[0] <= value <= RATE_RANGE[1]:
        raise CostModelError("money.error.rate", value=rate)
    return value


def _staff_times(staff: list[StaffRole], factor: float) -> list[StaffRole]:
    return [dataclasses.replace(r, gross_salary_eur=r.gross_salary_eur * factor,
                                overhead_per_fte_eur=r.overhead_per_fte_eur * factor)
            for r in staff]


def work_in_currency(dataset: Dataset, rate) -> Dataset:
    """Keep the data in its currency and convert the euro defaults at ``rate`` (euros for one
    unit of the data's currency). Salaries still in euros are converted once into the data's
    currency. Data in euros is returned unchanged."""
    if is_euro(dataset):
        return dataset
    rate = check_rate(rate)
    staff = dataset.staff
    if dataset.staff_currency != dataset.currency:
        staff = _staff_times(staff, 1.0 / rate)
    return dataclasses.replace(dataset, eur_rate=rate, staff=staff,
                               staff_currency=dataset.currency)


def dataset_in_euros(dataset: Dataset, rate) -> Dataset:
    """The data converted to euros at ``rate`` (euros for one unit): every spend amount, the
    revenue, and the salaries entered in the data's currency."""
    if is_euro(dataset):
        return dataset
    rate = check_rate(rate)
    spend = dataset.spend.copy()
    spend["amount"] = spend["amount"] * rate
    company = dataset.company
    if company.revenue_eur:
        company = dataclasses.replace(company, revenue_eur=company.revenue_eur * rate)
    staff = dataset.staff
    if dataset.staff_currency != EURO:
        staff = _staff_times(staff, rate)
    return dataclasses.replace(dataset, spend=spend, company=company, staff=staff,
                               currency=EURO, eur_rate=None, staff_currency=EURO)


def staff_in_data_currency(dataset: Dataset) -> list[StaffRole] | None:
    """The staff with salaries in the data's currency, or None when they are in euros and no
    rate converts them (their cost cannot be added to the spend)."""
    if dataset.staff_currency == dataset.currency:
        return list(dataset.staff)
    if needs_rate(dataset):
        return None
    factor = units_per_euro(dataset) if dataset.staff_currency == EURO else 1.0
    return _staff_times(dataset.staff, factor)


@contextlib.contextmanager
def in_data_currency(dataset: Dataset):
    """Within the block amounts are labelled with the data's currency and the euro defaults
    are converted into it. Raises :class:`CurrencyRateError` when a rate is needed: the
    market defaults are never mixed silently with money of another currency."""
    scale = units_per_euro(dataset)
    with using_currency(dataset.currency), using_money_scale(scale):
        yield scale


def analysis_dataset(dataset: Dataset) -> Dataset:
    """The dataset the analysis runs on: staff salaries in the data's currency (converted once
    at the rate when still in euros). Raises :class:`CurrencyRateError` without a rate."""
    units_per_euro(dataset)
    staff = staff_in_data_currency(dataset)
    if staff is dataset.staff or dataset.staff_currency == dataset.currency:
        return dataset
    return dataclasses.replace(dataset, staff=staff, staff_currency=dataset.currency)


def staff_in_euros(dataset: Dataset) -> list[StaffRole]:
    """The staff with salaries in euros (converted back at the rate when they were entered in
    the data's currency): what a company keeps when its next file is in another currency."""
    if dataset.staff_currency == EURO or not dataset.eur_rate:
        return list(dataset.staff)
    return _staff_times(dataset.staff, float(dataset.eur_rate))
