"""The scenario file: the scenarios, the shared economics and, optionally, the governance answers,
in one JSON document the Scenarios page saves and reloads and the command line reads.

``{"schema": "it-sourcing-scenarios", "version": 1, "economics": {...}, "scenarios": [...],
"governance": {...}}``. Reading needs both the scenario data (:mod:`models.scenarios`) and the
governance answers format (:mod:`models.governance.files`), so it lives here, above both.
Every problem raises :class:`models.errors.CostModelError` with a translated message key.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from models.errors import CostModelError, decode_json
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
SCHEMA_VERSION = 1
TOP_LEVEL_KEYS = frozenset({"schema", "version", "economics", "scenarios", "governance"})


@dataclass
class ScenarioFile:
    """What a scenario file holds. ``governance``: (answers, register edits) or None."""
    scenarios: list[Scenario]
    economics: Economics
    governance: tuple[dict[str, int], dict] | None = None


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
    if version != SCHEMA_VERSION:
        raise CostModelError("costs.error.file_version", value=version, expected=SCHEMA_VERSION)
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
    scenarios = [scenario_from_dict(item, f"scenarios[{i}]") for i, item in enumerate(raw)]
    ids = [s.id for s in scenarios]
    if len(set(ids)) != len(ids):
        raise CostModelError("costs.error.duplicate_id")
    if sum(s.kind == "inhouse" for s in scenarios) != 1:
        raise CostModelError("costs.error.no_inhouse")
    return ScenarioFile(scenarios, economics, governance)


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
