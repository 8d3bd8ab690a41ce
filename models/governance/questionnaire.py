"""The governance questionnaire: 13 questions in five themes, answered 0 (no), 1 (partly) or 2
(yes); the presets; the validation of answers; the maturity score.

Texts are in the i18n catalogue (``gov.q.<id>``, ``gov.q.<id>.a<level>``). Score: each answer
is worth ``level × 50`` points; a theme's score is the weighted mean of its questions and the
overall score the weighted mean of every question (weights in :data:`QUESTIONS`).
"""
from __future__ import annotations

from dataclasses import dataclass

from models.errors import CostModelError

# ----------------------------------------------------------------------------- questionnaire

LEVELS: tuple[int, ...] = (0, 1, 2)
POINTS_PER_LEVEL = 50.0           # 0, 50, 100 points

THEMES: tuple[str, ...] = ("contract", "steering", "knowledge", "control", "provider")

PHASES: tuple[str, ...] = ("before_signing", "first_90_days", "quarterly")


@dataclass(frozen=True)
class Question:
    """One question. ``weight`` counts in the scores; ``phase`` is when its action belongs."""
    id: str
    theme: str
    weight: int
    phase: str


QUESTIONS: tuple[Question, ...] = (
    # contract & expectations
    Question("expectations", "contract", 2, "before_signing"),      # availability, security,
    Question("sla", "contract", 1, "before_signing"),               # advice, support written down
    # steering
    Question("steering", "steering", 2, "quarterly"),
    Question("reporting", "steering", 1, "quarterly"),
    Question("decision_rights", "steering", 1, "first_90_days"),
    # knowledge and people kept in-house
    Question("referent", "knowledge", 2, "before_signing"),
    Question("change_readiness", "knowledge", 1, "first_90_days"),
    # control and reversibility
    Question("assets", "control", 2, "first_90_days"),              # docs, admin credentials, data
    Question("reversibility", "control", 2, "before_signing"),
    Question("security_roles", "control", 1, "first_90_days"),      # who backs up, tested restores
    # provider and approach
    Question("business_understanding", "provider", 1, "before_signing"),
    Question("partnership", "provider", 1, "before_signing"),
    Question("phasing", "provider", 1, "before_signing"),
)

QUESTION_IDS: tuple[str, ...] = tuple(q.id for q in QUESTIONS)
_BY_ID: dict[str, Question] = {q.id: q for q in QUESTIONS}

Answers = dict  # {question id: level 0 | 1 | 2}

PRESETS: dict[str, dict[str, int]] = {
    "none": dict.fromkeys(QUESTION_IDS, 0),
    "typical": dict.fromkeys(QUESTION_IDS, 1),
    "mature": dict.fromkeys(QUESTION_IDS, 2),
}
DEFAULT_PRESET = "typical"


def preset(name: str) -> dict[str, int]:
    """A copy of preset ``name`` (``none``, ``typical``, ``mature``)."""
    if name not in PRESETS:
        raise GovernanceError("gov.error.preset", value=name, expected=", ".join(PRESETS))
    return dict(PRESETS[name])


class GovernanceError(CostModelError):
    """Bad governance answers or file; ``message(lang)`` is a translated sentence."""


def validate_answers(answers) -> dict[str, int]:
    """A clean copy of ``answers`` (every question, levels 0–2); raise :class:`GovernanceError`."""
    if not isinstance(answers, dict):
        raise GovernanceError("gov.error.type", where="answers", expected="object")
    unknown = sorted(set(answers) - set(QUESTION_IDS))
    if unknown:
        raise GovernanceError("gov.error.unknown_question", value=", ".join(map(str, unknown)))
    missing = [q for q in QUESTION_IDS if q not in answers]
    if missing:
        raise GovernanceError("gov.error.missing_question", value=", ".join(missing))
    clean = {}
    for q in QUESTION_IDS:
        v = answers[q]
        if isinstance(v, bool) or not isinstance(v, (int, float)) or v not in LEVELS:
            raise GovernanceError("gov.error.level", question=q, value=v)
        clean[q] = int(v)
    return clean


# ----------------------------------------------------------------------------- scores

@dataclass(frozen=True)
class Score:
    overall: float                      # 0–100
    themes: dict[str, float]            # theme → 0–100

    @property
    def weakest_theme(self) -> str:
        return min(THEMES, key=lambda th: (self.themes[th], THEMES.index(th)))


def _weighted(answers: dict[str, int], questions) -> float:
    total = sum(q.weight for q in questions)
    return sum(q.weight * answers[q.id] * POINTS_PER_LEVEL for q in questions) / total


def score(answers) -> Score:
    """Maturity score: weighted mean of ``level × 50`` points, overall and per theme."""
    a = validate_answers(answers)
    themes = {th: _weighted(a, [q for q in QUESTIONS if q.theme == th]) for th in THEMES}
    return Score(overall=_weighted(a, QUESTIONS), themes=themes)
