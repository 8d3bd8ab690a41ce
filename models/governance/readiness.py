"""Readiness verdicts per scenario and the prioritised actions (before signing, first 90 days,
every quarter)."""
from __future__ import annotations

from dataclasses import dataclass

from models.governance.effects import is_outsourced, outsourced_share
from models.governance.questionnaire import PHASES, QUESTION_IDS, QUESTIONS, score, validate_answers

# ----------------------------------------------------------------------------- verdicts

#: Questions that block outsourcing when answered 0, by scenario kind.
CRITICAL: dict[str, tuple[str, ...]] = {
    "partial": ("referent", "expectations", "assets"),
    "full": ("referent", "expectations", "assets", "reversibility", "steering",
             "decision_rights", "phasing"),
}
#: Overall score needed for a "ready" verdict.
REQUIRED_SCORE: dict[str, float] = {"partial": 50.0, "full": 65.0}
#: Below the required score by more than this margin, the verdict is "not ready".
NOT_READY_MARGIN = 25.0

VERDICTS: tuple[str, ...] = ("inhouse", "ready", "conditions", "not_ready")


@dataclass(frozen=True)
class Verdict:
    scenario_id: str
    code: str                     # one of VERDICTS
    score: float
    required: float | None
    blockers: tuple[str, ...]     # critical questions answered 0
    gaps: tuple[str, ...]         # other critical questions below 2

    def sentence(self, lang: str | None, scenario_name: str) -> str:
        from i18n import fmt_number, t
        names = ", ".join(t(f"gov.q.{q}.short", lang) for q in (self.blockers or self.gaps))
        key = f"gov.verdict.{self.code}" + ("" if names else "_clean")
        params = {"scenario": scenario_name, "score": fmt_number(self.score, lang),
                  "required": fmt_number(self.required or 0, lang)}
        return t(key, lang, **params, gaps=names) if names else t(key, lang, **params)


def scenario_class(scenario) -> str:
    """``inhouse``, ``partial`` (some domains outsourced) or ``full`` (all outsourceable)."""
    if not is_outsourced(scenario):
        return "inhouse"
    return "full" if outsourced_share(scenario) >= 1.0 else "partial"


def verdict(answers, scenario) -> Verdict:
    """Readiness of ``scenario``: ``ready`` when no critical question is answered 0 and the
    score reaches the requirement; ``not_ready`` with two blockers or more, or a score more than
    25 points short; otherwise ``conditions``. In-house: ``inhouse`` (nothing handed over)."""
    a = validate_answers(answers)
    s = score(a).overall
    cls = scenario_class(scenario)
    sid = getattr(scenario, "id", cls)
    if cls == "inhouse":
        weak = tuple(q for q in ("assets", "security_roles") if a[q] == 0)
        return Verdict(sid, "inhouse", s, None, weak, ())
    critical = CRITICAL[cls]
    blockers = tuple(q for q in critical if a[q] == 0)
    gaps = tuple(q for q in critical if a[q] == 1)
    required = REQUIRED_SCORE[cls]
    if len(blockers) >= 2 or s < required - NOT_READY_MARGIN:
        code = "not_ready"
    elif not blockers and s >= required:
        code = "ready"
    else:
        code = "conditions"
    return Verdict(sid, code, s, required, blockers, gaps)


def verdicts(answers, scenarios) -> list[Verdict]:
    return [verdict(answers, sc) for sc in scenarios]


# ----------------------------------------------------------------------------- actions

@dataclass(frozen=True)
class Action:
    question: str
    phase: str
    level: int               # the current answer (0 or 1)
    priority: float          # higher first: EUR/year saved when known, else weight × gap
    saving_eur: float | None = None

    def text(self, lang: str | None) -> str:
        from i18n import t
        return t(f"gov.action.{self.question}", lang)


def actions(answers, savings: dict[str, float] | None = None) -> list[Action]:
    """One action per question not answered 2, highest priority first within each phase
    (phases in :data:`PHASES` order). ``savings`` maps a question to the EUR/year its fix is
    worth (e.g. from :func:`action_savings`); without it the priority is
    ``weight × (2 − level)``."""
    a = validate_answers(answers)
    out = []
    for q in QUESTIONS:
        level = a[q.id]
        if level == 2:
            continue
        saving = (savings or {}).get(q.id)
        prio = saving if saving is not None else float(q.weight * (2 - level))
        out.append(Action(q.id, q.phase, level, prio, saving))
    return sorted(out, key=lambda x: (PHASES.index(x.phase), -x.priority,
                                      QUESTION_IDS.index(x.question)))


def action_savings(answers, loss_of) -> dict[str, float]:
    """EUR/year each fix is worth: ``loss_of(answers) − loss_of(answers with that question at
    2)`` for every question not answered 2; ``loss_of`` maps answers to a yearly loss."""
    a = validate_answers(answers)
    base = loss_of(a)
    out = {}
    for q in QUESTION_IDS:
        if a[q] < 2:
            out[q] = max(base - loss_of({**a, q: 2}), 0.0)
    return out
