"""One-off events in the spend history: kept out of the recurring baseline (docs/cost-model.md).

A yearly projection built from a spend history repeats every line of it each year. An incident
(a cyber attack's forensics and emergency restore), a large emergency repair or a one-off project
seen once in two years would then be paid again every year, and would make the in-house budget
look bumpy in the volatility calibration. Such lines are listed apart, with the rule that caught
them, and left out of the baseline and of the calibration; the risk model carries incidents
(cyber, data loss, outages) as events with a frequency and a severity. The user can put any line
back.

Rules, on IT lines that are not capitalised and not recurring (``nature`` ``unplanned`` or
``one_off``), in this order (the first that applies names the reason):

``incident``
    the vendor or label names an incident: cyber attack, ransomware, forensics, intrusion (not a
    penetration *test*), breach, data recovery, crisis, claim (*sinistre*)…;
``large_emergency``
    an unplanned (break-fix) line of at least :data:`LARGE_SHARE` of the yearly IT spend
    (recurring, one-off and unplanned, capex excluded): a single repair that size is an event, not
    the background of small repairs;
``project``
    a one-off line of at least :data:`LARGE_SHARE` of the yearly IT spend whose label names a
    project (audit, master plan, migration, deployment, implementation…).

Capitalised purchases are not events: they are spread over their useful life in the baseline.
"""
from __future__ import annotations

import pandas as pd

from models.domains import NOT_IT
from models.memo import by_table

#: Minimum amount of a large emergency or project, as a share of the yearly IT spend.
LARGE_SHARE = 0.02
REASONS: tuple[str, ...] = ("incident", "large_emergency", "project")
COLUMNS: tuple[str, ...] = ("source_row", "date", "vendor", "label", "domain", "amount", "reason")

_INCIDENT = (r"(?i)(?:incident|cyber[\s\-]?attaque|cyberattack|attaque|ransom|ran[cç]on|"
             r"rançongiciel|ransomware|forensi|compromission|compromise|breach|fuite de donn|"
             r"intrusion(?!.*\btest)|malware|virus|cryptolocker|r[ée]cup[ée]ration de donn|"
             r"data recovery|gestion de crise|crisis|sinistre|piratage|hack)")
_PENTEST = r"(?i)test d.?intrusion|pentest|penetration test"
_PROJECT = (r"(?i)(?:audit|sch[ée]ma directeur|master plan|migration|d[ée]ploiement|deployment|"
            r"projet|project|mise en place|implementation|implémentation|refonte|roll[\s\-]?out)")


def annual_it_spend(spend: pd.DataFrame) -> float:
    """Yearly IT spend without capex (EUR/year): total × 12 / months covered."""
    from models.baseline import months_covered
    it = spend[(spend["domain"] != NOT_IT) & ~spend["capex"].astype(bool)]
    months = months_covered(spend)
    return float(it["amount"].sum()) * 12.0 / months if months else 0.0


@by_table()
def detect_one_off(spend: pd.DataFrame) -> pd.DataFrame:
    """The lines kept out of the recurring baseline: :data:`COLUMNS`, biggest first
    (remembered per table: :func:`models.memo.by_table`; callers must not change it)."""
    empty = pd.DataFrame({c: pd.Series(dtype=object) for c in COLUMNS})
    if spend is None or spend.empty:
        return empty
    it = spend[(spend["domain"] != NOT_IT) & ~spend["capex"].astype(bool)
               & spend["nature"].isin(["unplanned", "one_off"]) & (spend["amount"] > 0)]
    if it.empty:
        return empty
    text = (it["vendor"].astype(str) + " " + it["label"].astype(str))
    threshold = LARGE_SHARE * annual_it_spend(spend)
    incident = text.str.contains(_INCIDENT, regex=True) \
        & ~(text.str.contains(_PENTEST, regex=True)
            & ~text.str.contains(r"(?i)incident|ransom|forensi", regex=True))
    large = it["amount"] >= threshold
    emergency = large & (it["nature"] == "unplanned")
    project = large & (it["nature"] == "one_off") & text.str.contains(_PROJECT, regex=True)
    reason = pd.Series(None, index=it.index, dtype=object)
    for mask, key in ((incident, "incident"), (emergency, "large_emergency"),
                      (project, "project")):
        reason = reason.mask(mask & reason.isna(), key)
    found = it[reason.notna()].assign(reason=reason[reason.notna()])
    if found.empty:
        return empty
    out = found[list(COLUMNS)].sort_values("amount", ascending=False, kind="stable")
    return out.reset_index(drop=True)


def without_one_off(spend: pd.DataFrame, one_off: pd.DataFrame,
                    kept: frozenset[int] | set[int] = frozenset()) -> pd.DataFrame:
    """``spend`` without the lines of ``one_off`` (by ``source_row``), except those the user put
    back (``kept``: source rows)."""
    if one_off is None or one_off.empty:
        return spend
    drop = set(one_off["source_row"].astype("int64")) - {int(r) for r in kept}
    if not drop:
        return spend
    return spend[~spend["source_row"].isin(drop)]


def baseline_spend(dataset) -> pd.DataFrame:
    """The spend lines the recurring baseline is built from: ``dataset.spend`` without its
    one-off events, except the lines the user put back (``dataset.one_off_kept``). The same
    table object for the same lines and choice (so that what is built from it is remembered
    too)."""
    kept = tuple(sorted(int(r) for r in getattr(dataset, "one_off_kept", frozenset())))
    return _baseline_spend(dataset.spend, kept)


@by_table()
def _baseline_spend(spend: pd.DataFrame, kept: tuple) -> pd.DataFrame:
    return without_one_off(spend, detect_one_off(spend), kept)


def one_off_table(spend: pd.DataFrame, kept: frozenset[int] | set[int] = frozenset()
                  ) -> tuple[pd.DataFrame, float]:
    """The one-off lines of ``spend`` (:func:`detect_one_off`) with ``in_baseline`` (True for
    the lines the user put back, ``kept``: source rows), and the total amount still kept out
    of the baseline (EUR)."""
    found = detect_one_off(spend)
    kept_rows = {int(r) for r in kept}
    table = found.assign(in_baseline=pd.Series(
        [int(r) in kept_rows for r in found["source_row"]], index=found.index, dtype=bool))
    out = table.loc[~table["in_baseline"], "amount"]
    return table, float(out.astype("float64").sum())
