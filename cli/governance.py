"""``governance``: maturity score, effects, readiness verdicts, actions and the expected yearly
risk loss of each scenario without and with the governance effects.

    python -m models governance [--answers none|typical|mature|FILE.json] [--scenarios FILE.json]
                                [--trials N] [--seed S] [--lang fr|en] [--json]

``--answers`` takes a preset or a file saved by the Governance page (or a scenario file holding
a ``"governance"`` object). The sample company is used. Exit status 2 with one plain sentence on
stderr means bad input.

:func:`add_governance_argument` and :func:`governance_payload` also serve
``python -m models compare --governance …`` .
"""
from __future__ import annotations

import json
import sys

from models import governance as gov
from models.errors import CostModelError
from models.governance.simulation import simulate_governed


def add_governance_argument(parser) -> None:
    parser.add_argument("--governance", metavar="none|typical|mature|FILE.json",
                        help="governance answers: a preset or a file saved by the Governance "
                             "page; applies their effects to costs and risks")


def _round(v: float) -> float:
    return round(float(v), 2)


def governance_payload(inputs, scenarios, answers, staff=None, spend=None, n_trials: int = 10000,
                       seed: int | None = None) -> tuple[dict, dict[str, dict]]:
    """(run summary, {scenario id: governance object}) for JSON outputs. Each scenario object
    holds ``expected_risk_loss`` (EUR/year with the governance effects, confusion included),
    ``expected_risk_loss_without_governance``, ``confusion`` (EUR/year),
    ``expected_loss_by_event``, ``verdict`` and ``total_with_governance`` (EUR over the
    horizon, cost effects applied). ``scenarios`` are the scenarios *without* effects."""
    from models.costmodel import summarise
    answers = gov.validate_answers(answers)
    kwargs = {"n_trials": n_trials, "spend": spend}
    if seed is not None:
        kwargs["seed"] = seed
    before = simulate_governed(inputs, scenarios, None, staff, apply=False, **kwargs)
    after = simulate_governed(inputs, scenarios, answers, staff, **kwargs)
    totals = {r.id: r.total for r in summarise(inputs, after.scenarios)}
    score = gov.score(answers)
    per = {}
    for sc in scenarios:
        by_event = after.expected_by_event(sc.id)
        per[sc.id] = {
            "expected_risk_loss": _round(after.expected_yearly_loss(sc.id)),
            "expected_risk_loss_without_governance": _round(before.expected_yearly_loss(sc.id)),
            "confusion": _round(by_event.get("confusion", 0.0)),
            "expected_loss_by_event": {k: _round(v) for k, v in sorted(by_event.items())},
            "verdict": gov.verdict(answers, sc).code,
            "total_with_governance": _round(totals[sc.id]),
            "factors": {k: round(v, 6) for k, v in gov.factors(answers, sc).items() if v != 1.0},
        }
    meta = {"answers": answers, "score": round(score.overall, 4),
            "themes": {k: round(v, 4) for k, v in score.themes.items()},
            "trials": after.result.n_trials, "seed": after.result.seed}
    return meta, per


def _run(args) -> int:
    lang = args.lang
    try:
        answers = gov.resolve_answers(args.answers)
        from models.dataset import sample_dataset
        from models.loaders import read_scenario_path
        from models.scenarios import Economics, default_scenarios
        ds = sample_dataset()
        if args.scenarios:
            loaded = read_scenario_path(args.scenarios)
            scenarios, economics = loaded.scenarios, loaded.economics
        else:
            scenarios, economics = default_scenarios(), Economics()
        from models.costmodel import make_inputs
        inputs = make_inputs(ds.spend, ds.company, ds.staff, economics)
        meta, per = governance_payload(inputs, scenarios, answers, ds.staff, ds.spend,
                                       args.trials, args.seed)
    except CostModelError as err:
        print(err.message(lang), file=sys.stderr)
        return 2
    actions = gov.actions(answers)
    if args.json:
        payload = {"governance": meta, "currency": "EUR",
                   "scenarios": [{"id": s.id, "name": s.display_name(lang), **per[s.id]}
                                 for s in scenarios],
                   "actions": [{"question": a.question, "phase": a.phase, "text": a.text(lang)}
                               for a in actions]}
        print(json.dumps(payload, ensure_ascii=False, sort_keys=True))
        return 0
    from i18n import fmt_eur, fmt_number, t
    print(t("cli.gov.header", lang, name=args.answers, score=fmt_number(meta["score"], lang)))
    for s in scenarios:
        p = per[s.id]
        print("- " + gov.verdict(answers, s).sentence(lang, s.display_name(lang)))
        print("  " + t("cli.gov.loss", lang, before=fmt_eur(
            p["expected_risk_loss_without_governance"], lang),
            after=fmt_eur(p["expected_risk_loss"], lang), confusion=fmt_eur(p["confusion"], lang)))
    for phase in gov.PHASES:
        todo = [a for a in actions if a.phase == phase]
        if todo:
            print(t(f"gov.phase.{phase}", lang) + ":")
            for a in todo:
                print("  - " + a.text(lang))
    return 0


def register(subparsers) -> None:
    p = subparsers.add_parser("governance", help="governance maturity, readiness verdicts, "
                                                 "actions and risk loss with and without the "
                                                 "governance effects")
    p.add_argument("--answers", default="typical", metavar="none|typical|mature|FILE.json",
                   help="a preset or a file saved by the Governance page (default typical)")
    p.add_argument("--scenarios", help="scenario file saved by the Scenarios page (JSON)")
    p.add_argument("--trials", type=int, default=10000, help="Monte Carlo trials (default 10000)")
    p.add_argument("--seed", type=int, default=None, help="random seed (default: the engine's)")
    p.add_argument("--lang", choices=("fr", "en"), default="en", help="language (default en)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=_run)


# ------------------------------------------------------------- hooks for ``compare --governance``

def answers_from_args(args) -> dict[str, int] | None:
    """For ``python -m models compare --governance none|mature|FILE.json``: the answers named by
    ``args.governance`` (None when the option is absent). Raises :class:`GovernanceError`."""
    spec = getattr(args, "governance", None)
    return None if spec in (None, "") else gov.resolve_answers(spec)


def governed_for_compare(args, inputs, scenarios, staff, spend):
    """(scenarios to cost, governance extras or None) for ``compare``: without
    ``--governance`` the scenarios unchanged and None; with it, the scenarios with the cost
    effects and :func:`governance_payload` (trials: ``--trials`` or 10,000; ``--seed``)."""
    answers = answers_from_args(args)
    if answers is None:
        return scenarios, None
    extras = governance_payload(inputs, scenarios, answers, staff, spend,
                                getattr(args, "trials", 0) or 10000, getattr(args, "seed", None))
    return [gov.apply_to_scenario(s, answers) for s in scenarios], extras


def add_to_payload(payload: dict, extras) -> None:
    """Add ``"governance"`` to the compare JSON and, to each scenario, its governance object and
    ``expected_risk_loss`` (EUR/year, governance effects and confusion included)."""
    if not extras:
        return
    meta, per = extras
    payload["governance"] = meta
    for item in payload["scenarios"]:
        item["governance"] = per[item["id"]]
        item["expected_risk_loss"] = per[item["id"]]["expected_risk_loss"]


def compare_lines(extras, names: dict[str, str], lang: str) -> list[str]:
    """Text lines of the governance part of ``compare``."""
    if not extras:
        return []
    from i18n import fmt_eur, fmt_number, t
    meta, per = extras
    lines = [t("cli.gov.compare_header", lang, score=fmt_number(meta["score"], lang))]
    for sid, p in per.items():
        lines.append("- " + names.get(sid, sid) + " : " if lang == "fr" else
                     "- " + names.get(sid, sid) + ": ")
        lines[-1] += t("cli.gov.loss", lang,
                       before=fmt_eur(p["expected_risk_loss_without_governance"], lang),
                       after=fmt_eur(p["expected_risk_loss"], lang),
                       confusion=fmt_eur(p["confusion"], lang))
    return lines
