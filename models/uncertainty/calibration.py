"""In-house volatility calibrated from the user's own spend history (issue 5).

Unplanned spend (break-fix, emergencies) is what makes an in-house budget bumpy. From the
monthly totals of unplanned IT spend ``m_1 … m_M`` (months without any such spend count as 0)
the coefficient of variation of one month is ``sd(m) / mean(m)``; a year adds 12 months, so
if months are independent the yearly total has ``CV_year = CV_month / √12``. Each simulated
year then multiplies the scenario's unplanned in-house spend by a lognormal factor of mean 1
and that CV (independent from year to year, the same draws for every scenario).

With fewer than :data:`MIN_MONTHS` months, or no unplanned spend at all, the default
``mc_unplanned_cv`` of :mod:`models.defaults` is used.
"""
from __future__ import annotations

import math

import numpy as np
import pandas as pd

from models.defaults import default
from models.domains import NOT_IT

MIN_MONTHS = 6
MAX_CV = 2.0   # a handful of huge one-off invoices should not make every year a lottery


def unplanned_yearly_cv(spend: pd.DataFrame | None) -> tuple[float, str]:
    """(yearly CV of unplanned spend, ``"history"`` or ``"default"``)."""
    if spend is None or spend.empty or "nature" not in spend.columns:
        return default("mc_unplanned_cv"), "default"
    dates = pd.to_datetime(spend["date"])
    month = (dates.dt.year * 12 + dates.dt.month).to_numpy(dtype=np.int64)
    mask = ((spend["nature"] == "unplanned") & (spend["domain"] != NOT_IT)).to_numpy()
    if not mask.any():
        return default("mc_unplanned_cv"), "default"
    first, last = int(month.min()), int(month.max())
    # every month of the history counts, those without unplanned spend as 0
    series = np.bincount(month[mask] - first,
                         weights=spend["amount"].to_numpy(dtype="float64")[mask],
                         minlength=last - first + 1)
    if series.size < MIN_MONTHS or series.mean() <= 0:
        return default("mc_unplanned_cv"), "default"
    cv_month = float(np.std(series, ddof=1) / series.mean())
    return min(cv_month / math.sqrt(12.0), MAX_CV), "history"


def volatility_factors(z: np.ndarray, cv: float) -> np.ndarray:
    """Lognormal factors of mean 1 and coefficient of variation ``cv`` from normals ``z``."""
    if cv <= 0:
        return np.ones_like(z)
    s2 = math.log1p(cv * cv)
    return np.exp(math.sqrt(s2) * z - s2 / 2.0)
