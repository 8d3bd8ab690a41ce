"""Governance and readiness (docs/governance.md): the human side of outsourcing, scored and priced.

One module per concept, read top to bottom:

* :mod:`.questionnaire` — the 13 questions in five themes, the presets (``none``, ``typical``,
  ``mature``), the validation of answers and the maturity score.
* :mod:`.effects` — **the** effects table: each answer's factor on a risk-engine or cost-model
  parameter, each with its source or a stated judgement; applying it to scenarios and events.
* :mod:`.retained` — what stays in-house (tasks and hours a year) and the confusion cost of not
  owning the relationship, costed from staff time.
* :mod:`.readiness` — readiness verdicts per scenario and the prioritised actions.
* :mod:`.register` — the qualitative risk register (likelihood × impact, 1–5).
* :mod:`.files` — the answers file (JSON), alone or inside a scenario file.
* :mod:`.report` — the governance part of the board pack.
* :mod:`.simulation` — the governed Monte Carlo (risk multipliers, the confusion event, impact
  and preset tables). It sits *above* the cost model and the risk engine and is not re-exported
  here: import it as ``models.governance.simulation``. Everything re-exported below sits under
  the cost model, so the cost model may use it without an import circle.
"""
from __future__ import annotations

from models.governance.effects import (
                                       EFFECTS,
                                       LIMITS,
                                       RISK_FAMILIES,
                                       TARGETS,
                                       Effect,
                                       EffectRow,
                                       apply_to_events,
                                       apply_to_scenario,
                                       apply_to_scenarios,
                                       cost_note_params,
                                       cost_overrides,
                                       effect_rows,
                                       event_family,
                                       expected_loss,
                                       factors,
                                       is_outsourced,
                                       most_outsourced,
                                       outsourced_share,
                                       risk_multipliers,
)
from models.governance.files import (
                                       SCHEMA_NAME,
                                       SCHEMA_VERSION,
                                       answers_from_dict,
                                       answers_to_dict,
                                       dump_answers,
                                       load_answers,
                                       resolve_answers,
)
from models.governance.questionnaire import (
                                       DEFAULT_PRESET,
                                       LEVELS,
                                       PHASES,
                                       POINTS_PER_LEVEL,
                                       PRESETS,
                                       QUESTION_IDS,
                                       QUESTIONS,
                                       THEMES,
                                       GovernanceError,
                                       Question,
                                       Score,
                                       preset,
                                       score,
                                       validate_answers,
)
from models.governance.readiness import (
                                       CRITICAL,
                                       NOT_READY_MARGIN,
                                       REQUIRED_SCORE,
                                       VERDICTS,
                                       Action,
                                       Verdict,
                                       action_savings,
                                       actions,
                                       scenario_class,
                                       verdict,
                                       verdicts,
)
from models.governance.register import (
                                       REGISTER_COLUMNS,
                                       RISK_DRIVERS,
                                       RISK_EXPOSURE,
                                       RISK_IMPACT,
                                       RISKS,
                                       apply_register_edits,
                                       default_register,
                                       likelihood,
                                       register_edits,
)
from models.governance.report import answers_frame, board_pack_fields
from models.governance.retained import (
                                       RETAINED_TASKS,
                                       ConfusionCost,
                                       RetainedTask,
                                       RetainedTime,
                                       confusion_cost,
                                       confusion_exposure,
                                       decider_role,
                                       employee_hourly_cost,
                                       retained_time,
)

__all__ = ["EFFECTS", "LIMITS", "RISK_FAMILIES", "TARGETS", "Effect", "EffectRow",
           "apply_to_events", "apply_to_scenario", "apply_to_scenarios", "cost_note_params",
           "cost_overrides", "effect_rows", "event_family", "expected_loss", "factors",
           "is_outsourced", "most_outsourced", "outsourced_share", "risk_multipliers",
           "SCHEMA_NAME", "SCHEMA_VERSION", "answers_from_dict", "answers_to_dict",
           "dump_answers", "load_answers", "resolve_answers", "DEFAULT_PRESET", "LEVELS",
           "PHASES", "POINTS_PER_LEVEL", "PRESETS", "QUESTION_IDS", "QUESTIONS", "THEMES",
           "GovernanceError", "Question", "Score", "preset", "score", "validate_answers",
           "CRITICAL", "NOT_READY_MARGIN", "REQUIRED_SCORE", "VERDICTS", "Action", "Verdict",
           "action_savings", "actions", "scenario_class", "verdict", "verdicts",
           "REGISTER_COLUMNS", "RISK_DRIVERS", "RISK_EXPOSURE", "RISK_IMPACT", "RISKS",
           "apply_register_edits", "default_register", "likelihood", "register_edits",
           "answers_frame", "board_pack_fields", "RETAINED_TASKS", "ConfusionCost",
           "RetainedTask", "RetainedTime", "confusion_cost", "confusion_exposure", "decider_role",
           "employee_hourly_cost", "retained_time"]
