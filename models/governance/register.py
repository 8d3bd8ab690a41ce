"""The qualitative risk register: likelihood × impact (1–5) of five human risks per scenario,
computed from the answers and editable by the user."""
from __future__ import annotations

import math

from models.governance.questionnaire import GovernanceError, validate_answers
from models.governance.readiness import scenario_class

# ----------------------------------------------------------------------------- risk register

RISKS: tuple[str, ...] = ("dependency", "low_cost", "communication", "confusion", "transition")

#: Questions whose gaps drive each risk's likelihood.
RISK_DRIVERS: dict[str, tuple[str, ...]] = {
    "dependency": ("assets", "reversibility", "security_roles"),
    "low_cost": ("partnership", "business_understanding", "sla"),
    "communication": ("steering", "reporting", "business_understanding", "change_readiness"),
    "confusion": ("referent", "decision_rights", "steering"),
    "transition": ("phasing", "change_readiness", "expectations"),
}
#: Exposure of each scenario class to each risk (0–1; in-house dependency = key person).
RISK_EXPOSURE: dict[str, dict[str, float]] = {
    "inhouse": {"dependency": 0.5, "low_cost": 0.0, "communication": 0.25, "confusion": 0.25,
                "transition": 0.0},
    "partial": {"dependency": 0.75, "low_cost": 0.75, "communication": 0.75, "confusion": 1.0,
                "transition": 0.75},
    "full": {"dependency": 1.0, "low_cost": 1.0, "communication": 1.0, "confusion": 1.0,
             "transition": 1.0},
}
#: Impact (1–5) of each risk per scenario class (judgement).
RISK_IMPACT: dict[str, dict[str, int]] = {
    "inhouse": {"dependency": 3, "low_cost": 1, "communication": 2, "confusion": 2,
                "transition": 1},
    "partial": {"dependency": 3, "low_cost": 3, "communication": 3, "confusion": 3,
                "transition": 3},
    "full": {"dependency": 5, "low_cost": 4, "communication": 3, "confusion": 3,
             "transition": 4},
}
REGISTER_COLUMNS: tuple[str, ...] = ("risk", "scenario", "likelihood", "impact")


def _round_half_up(x: float) -> int:
    return int(math.floor(x + 0.5))


def likelihood(answers, risk: str, scenario) -> int:
    """``1 + round(4 × exposure × mean gap of the drivers)``, gap = (2 − level) / 2; 1–5."""
    a = validate_answers(answers)
    drivers = RISK_DRIVERS[risk]
    gap = sum((2 - a[q]) / 2 for q in drivers) / len(drivers)
    exposure = RISK_EXPOSURE[scenario_class(scenario)][risk]
    return min(max(1 + _round_half_up(4 * exposure * gap), 1), 5)


def default_register(answers, scenarios):
    """The register computed from the answers: one row per risk × scenario (pandas DataFrame
    with :data:`REGISTER_COLUMNS`; likelihood and impact are integers 1–5)."""
    import pandas as pd
    rows = []
    for sc in scenarios:
        cls = scenario_class(sc)
        for risk in RISKS:
            rows.append((risk, sc.id, likelihood(answers, risk, sc), RISK_IMPACT[cls][risk]))
    return pd.DataFrame(rows, columns=list(REGISTER_COLUMNS)).astype(
        {"likelihood": "int64", "impact": "int64"})


def apply_register_edits(register, edits: dict | None):
    """The register with the user's edits ``{(risk, scenario): (likelihood, impact)}`` applied
    (edits of unknown rows are ignored; values are validated 1–5)."""
    reg = register.copy()
    rows = {key: i for i, key in enumerate(zip(reg["risk"], reg["scenario"]))}
    likelihoods, impacts = reg["likelihood"].to_numpy(copy=True), reg["impact"].to_numpy(copy=True)
    for key, (lik, imp) in (edits or {}).items():     # linear: one look-up per edit
        _check_scale("likelihood", lik)
        _check_scale("impact", imp)
        if key in rows:
            likelihoods[rows[key]], impacts[rows[key]] = int(lik), int(imp)
    reg["likelihood"], reg["impact"] = likelihoods, impacts
    return reg


def register_edits(default_reg, edited) -> dict:
    """The edits ``{(risk, scenario): (likelihood, impact)}`` that turn ``default_reg`` into
    ``edited`` (same rows, in the same order); values checked 1–5."""
    out = {}
    for (_, d), (_, e) in zip(default_reg.iterrows(), edited.iterrows()):
        lik, imp = e["likelihood"], e["impact"]
        _check_scale("likelihood", lik)
        _check_scale("impact", imp)
        if int(lik) != int(d["likelihood"]) or int(imp) != int(d["impact"]):
            out[(d["risk"], d["scenario"])] = (int(lik), int(imp))
    return out


def _check_scale(name: str, value) -> None:
    ok = (not isinstance(value, bool) and isinstance(value, (int, float))
          and math.isfinite(float(value)) and float(value).is_integer() and 1 <= value <= 5)
    if not ok:
        raise GovernanceError("gov.error.scale", name=name, value=value)
