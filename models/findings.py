"""The one-sentence finding written from the numbers (Overview, exports, chart titles).

Pure Python: takes :class:`models.costmodel.ScenarioResult` objects (reference = in-house first
or marked ``kind == "inhouse"``) and optionally the bad-year (P90 of yearly cost) per scenario.
"""
from __future__ import annotations

from i18n import fmt_eur_short, fmt_pct, t


def _reference(results):
    for r in results:
        if r.kind == "inhouse":
            return r
    return results[0]


def headline_finding(results, lang: str, p90_year: dict[str, float] | None = None) -> str:
    """E.g. "Full outsourcing is the cheapest option over 5 years: €212k less than in-house
    (−12 %), break-even in year 2; its bad year (P90) is 8 % lower than in-house's."
    """
    if not results:
        return ""
    ref = _reference(results)
    years = len(ref.yearly)
    best = min(results, key=lambda r: r.total)
    if best.id == ref.id or best.total >= ref.total:
        others = [r for r in results if r.id != ref.id]
        if not others:
            return t("finding.only_reference", lang, name=ref.name, years=years,
                     total=fmt_eur_short(ref.total, lang))
        runner = min(others, key=lambda r: r.total)
        sentence = t("finding.reference_cheapest", lang, name=ref.name, years=years,
                     other=runner.name, delta=fmt_eur_short(runner.total - ref.total, lang),
                     pct=fmt_pct((runner.total - ref.total) / ref.total if ref.total else 0,
                                 lang, 0))
        best = ref
    else:
        saving = ref.total - best.total
        sentence = t("finding.cheapest", lang, name=best.name, years=years, ref=ref.name,
                     delta=fmt_eur_short(saving, lang),
                     pct=fmt_pct(saving / ref.total if ref.total else 0, lang, 0))
        if best.break_even_year is not None:
            sentence += t("finding.break_even", lang, year=best.break_even_year)
    if p90_year and best.id in p90_year and ref.id in p90_year and best.id != ref.id \
            and p90_year[ref.id] > 0:
        change = p90_year[best.id] / p90_year[ref.id] - 1.0
        key = "finding.bad_year_worse" if change > 0.005 else (
            "finding.bad_year_better" if change < -0.005 else "finding.bad_year_same")
        sentence += t(key, lang, pct=fmt_pct(abs(change), lang, 0), ref=ref.name)
    return sentence + t("finding.end", lang)
