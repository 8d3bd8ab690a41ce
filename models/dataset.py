"""What is loaded: the spend table plus the company profile and in-house staff."""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from models.company import CompanyProfile, StaffRole
from models.sample_company import generate_sample_spend, sample_company, sample_staff
from models.spend import SPEND_COLUMNS


@dataclass
class Dataset:
    spend: pd.DataFrame                 # normalised spend table (models.spend)
    company: CompanyProfile
    staff: list[StaffRole] = field(default_factory=list)
    source_name: str | None = None      # uploaded file name; None for the sample company
    #: source rows of one-off lines (models.one_off) the user put back into the baseline
    one_off_kept: frozenset[int] = frozenset()
    #: ISO code of the currency of the spend amounts and of the company's revenue (models.money)
    currency: str = "EUR"
    #: euros for one unit of ``currency`` when the user works in that currency with the euro
    #: market defaults converted; None: no rate given (always None for euros)
    eur_rate: float | None = None
    #: currency of the staff salaries: "EUR" (the French defaults, the sample, or entered before
    #: a rate was given) or ``currency``; models.money converts them when a rate is given
    staff_currency: str = "EUR"

    @property
    def is_sample(self) -> bool:
        return self.source_name is None


def sample_dataset() -> Dataset:
    """The sample company, ready to show (no upload needed). The generator is deterministic:
    its table is built once per process and each call gets its own copy (every new session
    starts from it; building it takes 70 ms)."""
    if not _SAMPLE_SPEND:
        _SAMPLE_SPEND.append(generate_sample_spend()[list(SPEND_COLUMNS)])
    return Dataset(spend=_SAMPLE_SPEND[0].copy(), company=sample_company(),
                   staff=sample_staff(), source_name=None)


_SAMPLE_SPEND: list = []
