"""The one-sentence finding written from the numbers (Overview, exports, chart titles).

:func:`risk_finding` is the headline: expected totals with the risk events, the probability of
costing less than in-house and the spread of the saving (:class:`OptionOutlook`).
:func:`headline_finding` describes a deterministic plan (:class:`models.costmodel.ScenarioResult`
objects, reference = in-house) and optionally its bad year (P90 of yearly cost).
"""
from __future__ import annotations

from dataclasses import dataclass

from i18n import fmt_eur_short, fmt_pct, fmt_probability, t


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


@dataclass(frozen=True)
class OptionOutlook:
    """One option as the risk-inclusive finding sees it (EUR over the horizon)."""
    id: str
    name: str
    kind: str
    expected_total: float              # mean of the simulated totals, risks included
    p_cheaper: float                   # share of paired trials cheaper than in-house (NaN for it)
    saving_p10: float                  # P10 and P90 of (in-house − option) totals
    saving_p90: float
    break_even_year: int | None        # on the expected yearly costs
    years: int


def risk_finding(options: list[OptionOutlook], lang: str | None) -> str:
    """The Overview's answer, risks included, e.g. "Partial outsourcing has the lowest expected
    cost over 5 years, risks included: €30k less than in-house (−2 %); it costs less than
    in-house in 64 % of the simulated futures (saving between −€40k and €95k, P10–P90)."
    In-house stays the reference; when it is the cheapest, the runner-up is named with how often
    it would still have been cheaper."""
    if not options:
        return ""
    ref = next((o for o in options if o.kind == "inhouse"), options[0])
    others = [o for o in options if o.id != ref.id]
    years = ref.years
    if not others:
        return t("finding.risk.only_reference", lang, name=ref.name, years=years,
                 total=fmt_eur_short(ref.expected_total, lang))
    best = min(options, key=lambda o: o.expected_total)
    if best.id == ref.id:
        runner = min(others, key=lambda o: o.expected_total)
        gap = runner.expected_total - ref.expected_total
        return t("finding.risk.reference_cheapest", lang, name=ref.name, years=years,
                 other=runner.name, delta=fmt_eur_short(gap, lang),
                 pct=fmt_pct(gap / ref.expected_total if ref.expected_total else 0, lang, 0),
                 p=fmt_probability(runner.p_cheaper, lang))
    saving = ref.expected_total - best.expected_total
    sentence = t("finding.risk.cheapest", lang, name=best.name, years=years, ref=ref.name,
                 delta=fmt_eur_short(saving, lang),
                 pct=fmt_pct(saving / ref.expected_total if ref.expected_total else 0, lang, 0),
                 p=fmt_probability(best.p_cheaper, lang),
                 low=fmt_eur_short(best.saving_p10, lang),
                 high=fmt_eur_short(best.saving_p90, lang))
    if best.break_even_year is not None:
        sentence += t("finding.break_even", lang, year=best.break_even_year)
    return sentence + t("finding.end", lang)


def robustness_line(cheapest: dict[str, str], winner: str, names: dict[str, str],
                    lang: str | None) -> str:
    """The robustness line of the Overview and the board pack, e.g. "Assumption sets: In-house
    is the cheapest option under 3 of 3 (provider pitch, neutral, cautious)." ``cheapest`` maps
    each assumption set (in order) to the id of its cheapest option
    (:func:`models.analysis.cheapest_by_set`), ``winner`` is the cheapest option of the
    analysis shown, ``names`` maps ids to display names."""
    holds = [name for name in cheapest if cheapest[name] == winner]
    others = [name for name in cheapest if cheapest[name] != winner]
    line = t("overview.robust", lang, name=names[winner], n=len(holds), total=len(cheapest),
             sets=", ".join(t(f"aset.{n}", lang) for n in holds))
    if others:
        sep = "\u00a0; " if lang == "fr" else "; "      # French: a space before the semicolon
        line += sep + sep.join(t("overview.robust.other", lang, set=t(f"aset.{n}", lang),
                                 name=names[cheapest[n]]) for n in others)
    return line + "."
