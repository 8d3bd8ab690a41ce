"""The Monte Carlo part of ``compare``.

``python -m models compare … --trials N --seed S [--json]`` calls :func:`add_arguments` on its
parser and :func:`compare_payload` / :func:`compare_lines` with the inputs it built. The JSON
object of each scenario gains ``"uncertainty"``: statistics of the horizon total (``total``)
and of each year (``years``), each with the keys ``mean, p10, p50, p90, p95, std, cv`` (plus
``budget_at_risk``, ``tail_mean_95``, ``se_p50``, ``se_p90``, ``p_overrun``), and the scenario's
``budget_at_risk`` (P90 − P50 of the total) and ``expected_risk_loss`` (EUR/year), the expected
annual loss of each risk event and the SLA figures. Amounts are rounded to the cent and keys are
sorted, so the same seed gives byte-identical output.
"""
from __future__ import annotations

from models.uncertainty.engine import DEFAULT_SEED, simulate
from models.uncertainty.statistics import scenario_statistics

STAT_KEYS = ("mean", "p10", "p50", "p90", "p95", "std", "cv", "budget_at_risk", "tail_mean_95",
             "se_p50", "se_p90", "p_overrun")


def add_arguments(parser) -> None:
    parser.add_argument("--trials", type=int, default=0,
                        help="Monte Carlo trials (e.g. 10000); 0 = deterministic only")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED,
                        help=f"random seed (default {DEFAULT_SEED}); the same seed gives the "
                             "same figures")
    parser.add_argument("--overrun", type=float, default=0.10,
                        help="margin over budget for the overrun probability (default 0.10)")


def _round(v: float) -> float:
    return round(float(v), 6) if abs(v) < 10 else round(float(v), 2)


def _stats(s: dict) -> dict:
    return {k: _round(s[k]) for k in STAT_KEYS if k in s}


def governed_risk(answers, inputs, staff):
    """The risk configuration of governance ``answers`` (issue 7) for scenarios whose cost
    terms already carry the governance effects: the engine's multipliers of
    ``models.governance.simulation.risk_config`` plus the confusion event of each scenario (its own
    stream, as ``models.governance.simulation.simulate_governed`` draws it)."""
    from models.governance.simulation import confusion_event, risk_config

    def hook(scenario, events):
        extra = confusion_event(answers, scenario, inputs.company, staff)
        return events + ([extra] if extra is not None else [])

    def config(scenarios):
        cfg = risk_config(answers, scenarios)
        cfg.event_hook = hook
        return cfg
    return config


def compare_payload(inputs, scenarios, spend, n_trials: int, seed: int,
                    margin: float = 0.10, args=None, staff=None) -> tuple[dict, dict[str, dict]]:
    """(run metadata, {scenario id: "uncertainty" object}) for the JSON output. With
    ``--governance`` in ``args`` (the scenarios then carry its cost effects), the risk events
    carry its effects too, so the statistics agree with the governance figures."""
    risk = None
    answers = None
    if args is not None and getattr(args, "governance", None):
        from cli.governance import answers_from_args
        answers = answers_from_args(args)
        if answers is not None:
            risk = governed_risk(answers, inputs, staff)(scenarios)
    result = simulate(inputs, scenarios, n_trials=n_trials, seed=seed, spend=spend, risk=risk)
    from models.analysis import expected_budgets  # the budget the pages measure against
    stats = scenario_statistics(result, budgets=expected_budgets(result), margin=margin)
    per = {}
    for sid in result.scenario_ids:
        s = stats[sid]
        per[sid] = {"total": _stats(s["total"]), "years": [_stats(y) for y in s["years"]],
                    "budget_at_risk": _round(s["budget_at_risk"]),
                    "expected_risk_loss": _round(s["expected_risk_loss"]),
                    "expected_loss_by_event": {k: _round(v) for k, v in s["eal"].items()},
                    "sla": {k: _round(v) for k, v in s["sla"].items()},
                    "budget": _round(s["budget"])}
    meta = {"trials": result.n_trials, "seed": result.seed, "overrun_margin": margin,
            "unplanned_cv": _round(result.unplanned_cv),
            "unplanned_cv_source": result.unplanned_cv_source, "engine": result.versions["engine"],
            "governance": answers is not None}
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
