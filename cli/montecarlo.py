"""The Monte Carlo part of ``compare``.

``python -m models compare … --trials N --seed S [--json]`` calls :func:`add_arguments` on its
parser and :func:`analysis_payload` / :func:`compare_lines` with the shared analysis. The JSON
object of each scenario gains ``"uncertainty"``: statistics of the horizon total (``total``)
and of each year (``years``), each with the keys ``mean, p10, p50, p90, p95, std, cv`` (plus
``budget_at_risk``, ``tail_mean_95``, ``se_p50``, ``se_p90``, ``p_overrun``), and the scenario's
``budget_at_risk`` (P90 − P50 of the total), ``expected_risk_loss`` (EUR/year), the expected
annual loss of each risk event, the SLA figures and the ``budget`` the overrun is measured
against (the option's plan unless ``--budget``). Amounts are rounded to the cent and keys are
sorted, so the same seed gives byte-identical output.
"""
from __future__ import annotations

from models.uncertainty.engine import DEFAULT_SEED, DEFAULT_TRIALS

STAT_KEYS = ("mean", "p10", "p50", "p90", "p95", "std", "cv", "budget_at_risk", "tail_mean_95",
             "se_p50", "se_p90", "p_overrun")


def add_arguments(parser) -> None:
    parser.add_argument("--trials", type=int, default=DEFAULT_TRIALS,
                        help=f"Monte Carlo trials (default {DEFAULT_TRIALS}, as on the pages); "
                             "0 = the plan only, without risk events")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED,
                        help=f"random seed (default {DEFAULT_SEED}); the same seed gives the "
                             "same figures")
    parser.add_argument("--overrun", type=float, default=0.10,
                        help="margin over budget for the overrun probability (default 0.10)")


def _round(v: float) -> float:
    return round(float(v), 6) if abs(v) < 10 else round(float(v), 2)


def _stats(s: dict) -> dict:
    return {k: _round(s[k]) for k in STAT_KEYS if k in s}


def analysis_payload(analysis) -> tuple[dict, dict[str, dict]]:
    """(run metadata, {scenario id: "uncertainty" object}) of a :class:`models.analysis.Analysis`
    for the JSON output."""
    result = analysis.simulation
    per = {}
    for sid in result.scenario_ids:
        s = analysis.stats[sid]
        per[sid] = {"total": _stats(s["total"]), "years": [_stats(y) for y in s["years"]],
                    "budget_at_risk": _round(s["budget_at_risk"]),
                    "expected_risk_loss": _round(s["expected_risk_loss"]),
                    "expected_loss_by_event": {k: _round(v) for k, v in s["eal"].items()},
                    "sla": {k: _round(v) for k, v in s["sla"].items()},
                    "budget": _round(s["budget"])}
    meta = {"trials": result.n_trials, "seed": result.seed, "overrun_margin": analysis.margin,
            "unplanned_cv": _round(result.unplanned_cv),
            "unplanned_cv_source": result.unplanned_cv_source, "engine": result.versions["engine"],
            "governance": analysis.governed, "budget_basis": analysis.budget_basis,
            "assumptions": analysis.assumptions}
    return meta, per


def compare_lines(meta: dict, per: dict[str, dict], names: dict[str, str], lang: str) -> list[str]:
    """Text lines of the Monte Carlo part of ``compare`` (without ``--json``)."""
    from i18n import fmt_eur, t
    lines = [t("cli.compare.mc_header", lang, trials=meta["trials"], seed=meta["seed"])]
    for sid, u in per.items():
        s = u["total"]
        lines.append("- " + t("cli.compare.mc_row", lang, name=names.get(sid, sid),
                               p10=fmt_eur(s["p10"], lang), p50=fmt_eur(s["p50"], lang),
                               p90=fmt_eur(s["p90"], lang), bar=fmt_eur(u["budget_at_risk"], lang),
                               risk=fmt_eur(u["expected_risk_loss"], lang)))
    return lines
