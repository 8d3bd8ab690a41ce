"""Review helpers for the Import page: every figure and table the page shows about an import."""
from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from models.domains import DOMAINS, NOT_IT

if TYPE_CHECKING:
    from models.importer.pipeline import ImportResult


def review_totals(spend: pd.DataFrame) -> dict:
    """Total, IT total and (amount, lines) per domain present, in display order."""
    sums = spend.groupby("domain")["amount"].agg(["sum", "count"])
    order = [d for d in DOMAINS + (NOT_IT,) if d in sums.index]
    return {"total": float(spend["amount"].sum()),
            "it_total": float(spend.loc[spend["domain"] != NOT_IT, "amount"].sum()),
            "by_domain": sums.loc[order].rename(columns={"sum": "amount", "count": "lines"})}


def filter_lines(spend: pd.DataFrame, choice: str | None, low: float = 0.6) -> pd.DataFrame:
    """Lines to show: all, low confidence, IT or not-IT ones."""
    if choice == "low":
        return spend[spend["confidence"] < low]
    if choice == "it":
        return spend[spend["domain"] != NOT_IT]
    if choice == "other":
        return spend[spend["domain"] == NOT_IT]
    return spend


def vendor_summary(spend: pd.DataFrame, limit: int = 2000) -> pd.DataFrame:
    """One row per vendor: lines, amount and most frequent domain, biggest first."""
    named = spend[spend["vendor"] != ""]
    if named.empty:
        return pd.DataFrame({"lines": pd.Series(dtype="int64"), "amount": pd.Series(dtype=float),
                             "domain": pd.Series(dtype=object)})
    counts = named.groupby(["vendor", "domain"]).size().reset_index(name="n")
    top = counts.sort_values(["vendor", "n"], ascending=[True, False]).drop_duplicates("vendor")
    out = named.groupby("vendor").agg(lines=("amount", "size"), amount=("amount", "sum"))
    out["domain"] = top.set_index("vendor")["domain"]
    return out.sort_values("amount", ascending=False).head(limit)


def dropped_examples(result: "ImportResult", reason: str, limit: int = 12) -> str:
    """The sheet rows dropped for ``reason``, as '9, 10, 13…'."""
    rows = result.dropped_rows.loc[result.dropped_rows["reason"] == reason, "source_row"]
    text = ", ".join(str(r) for r in rows.head(limit))
    return text + ("…" if len(rows) > limit else "")


def evidence_summary(spend: pd.DataFrame, weak_share: float = 0.2) -> dict:
    """IT lines, those classed IT only from a department or cost-centre name (rules
    ``department:`` / ``cost_centre:``), and whether that weak evidence deserves a warning (at
    least ``weak_share`` of the IT lines)."""
    from models.importer.classify import UNIT_RULES
    it = spend[spend["domain"] != NOT_IT]
    weak = int(it["rule"].astype(str).str.startswith(UNIT_RULES).sum())
    return {"it_lines": len(it), "weak": weak,
            "warn": weak > 0 and weak >= weak_share * max(len(it), 1)}
