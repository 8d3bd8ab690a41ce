"""The scenario file: the scenarios, the shared economics and, optionally, the governance answers,
in one JSON document the Scenarios page saves and reloads and the command line reads.

``{"schema": "it-sourcing-scenarios", "version": 2, "economics": {...}, "scenarios": [...],
"governance": {...}}``; each scenario may list the fate of in-house roles under ``"staff"``
(``[{"role": "…", "fate": "keep|redeploy|transfer|dismiss", "date": "YYYY-MM-DD",
"seniority_years": 8}]``).

Version 1 files (before per-person staff decisions) still load: their ``staff_saved_share``
(freed staff time counted as saved) is dropped, since a saving now comes only from a role's
fate, and contract terms still at the version-1 defaults take today's defaults
(:data:`V1_DEFAULTS`); :attr:`ScenarioFile.notes` says what changed.

Reading needs both the scenario data (:mod:`models.scenarios`) and the
governance answers format (:mod:`models.governance.files`), so it lives here, above both.
Every problem raises :class:`models.errors.CostModelError` with a translated message key.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from models.boundary import decode_json
from models.errors import CostModelError
from models.governance.files import answers_from_dict
from models.scenarios import (
    MAX_SCENARIOS,
    Economics,
    Scenario,
    economics_from_dict,
    scenario_from_dict,
    scenario_to_dict,
)

SCHEMA_NAME = "it-sourcing-scenarios"
SCHEMA_VERSION = 2
SUPPORTED_VERSIONS = (1, 2)
#: Contract terms whose version-1 default changed: (term, old default). A version-1 file holding
#: the old default takes today's (it was the default, not the user's choice).
V1_DEFAULTS: tuple[tuple[str, object], ...] = (
    ("out_of_scope_share", 0.15), ("transition_fee_months", 1.5), ("parallel_months", 1.0),
    ("exit_internal_days", 10.0), ("retained_mode", "share"))
TOP_LEVEL_KEYS = frozenset({"schema", "version", "economics", "scenarios", "governance"})


@dataclass
class ScenarioFile:
    """What a scenario file holds. ``governance``: (answers, register edits) or None."""
    scenarios: list[Scenario]
    economics: Economics
    governance: tuple[dict[str, int], dict] | None = None
    notes: list[tuple[str, dict]] = field(default_factory=list)   # (i18n key, params)


def dump_scenarios(scenarios: list[Scenario], economics: Economics,
                   governance: dict | None = None) -> str:
    """The JSON text of a scenario file (UTF-8, keys sorted, stable for diffs). ``governance``:
    the governance answers saved with the scenarios (``models.governance.answers_to_dict``)."""
    payload = {"schema": SCHEMA_NAME, "version": SCHEMA_VERSION,
               "economics": asdict(economics),
               "scenarios": [scenario_to_dict(s) for s in scenarios]}
    if governance is not None:
        payload["governance"] = governance
    return json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=True)


def load_scenario_file(text: str | bytes) -> ScenarioFile:
    """Parse and validate a scenario file (scenarios, economics and governance answers)."""
    data = decode_json(text, CostModelError, "costs.error.file_json")
    if not isinstance(data, dict) or data.get("schema") != SCHEMA_NAME:
        raise CostModelError("costs.error.file_schema", expected=SCHEMA_NAME)
    version = data.get("version")
    if isinstance(version, bool) or version not in SUPPORTED_VERSIONS:
        raise CostModelError("costs.error.file_version", value=json.dumps(version)[:20],
                             expected=SCHEMA_VERSION)
    extra = set(data) - TOP_LEVEL_KEYS
    if extra:
        raise CostModelError("costs.error.file_unknown_keys", where="file",
                             keys=", ".join(sorted(extra)))
    governance = answers_from_dict(data["governance"]) if "governance" in data else None
    economics = economics_from_dict(data.get("economics", {}))
    raw = data.get("scenarios")
    if not isinstance(raw, list) or not raw:
        raise CostModelError("costs.error.file_no_scenarios")
    if len(raw) > MAX_SCENARIOS:
        raise CostModelError("costs.error.too_many", max=MAX_SCENARIOS)
    notes: list[tuple[str, dict]] = []
    if version == 1:
        raw = [_from_version_1(item, notes) for item in raw]
    scenarios = [scenario_from_dict(item, f"scenarios[{i}]") for i, item in enumerate(raw)]
    ids = [s.id for s in scenarios]
    if len(set(ids)) != len(ids):
        raise CostModelError("costs.error.duplicate_id")
    if sum(s.kind == "inhouse" for s in scenarios) != 1:
        raise CostModelError("costs.error.no_inhouse")
    unique = list({(k, tuple(sorted(p.items()))): (k, p) for k, p in notes}.values())
    return ScenarioFile(scenarios, economics, governance, unique)


def _from_version_1(item, notes: list) -> dict:
    """A version-1 scenario object in today's form (see the module docstring)."""
    if not isinstance(item, dict) or not isinstance(item.get("terms", {}), dict):
        return item
    terms = dict(item.get("terms", {}))
    if terms.pop("staff_saved_share", None) is not None:
        notes.append(("costs.file.v1_staff", {}))
    changed = []
    for name, old in V1_DEFAULTS:
        if name in terms and terms[name] == old:
            del terms[name]
            changed.append(name)
    if changed:
        notes.append(("costs.file.v1_defaults", {"terms": ", ".join(changed)}))
    return {**item, "terms": terms}


def load_scenarios(text: str | bytes) -> tuple[list[Scenario], Economics]:
    """(scenarios, economics) of a scenario file; see :func:`load_scenario_file`."""
    loaded = load_scenario_file(text)
    return loaded.scenarios, loaded.economics


def read_scenario_path(path: str | Path) -> ScenarioFile:
    """A scenario file from disk (command line); a missing file is a translated error."""
    path = Path(path)
    if not path.is_file():
        raise CostModelError("costs.error.spend_file", detail=f"{path} does not exist")
    return load_scenario_file(path.read_bytes())
