"""The governance answers file (JSON): alone, or embedded in a scenario file under
``"governance"``."""
from __future__ import annotations

import json

from models.governance.questionnaire import PRESETS, GovernanceError, preset, validate_answers
from models.governance.register import REGISTER_COLUMNS, RISKS, _check_scale
from models.scenarios import MAX_SCENARIOS

# ----------------------------------------------------------------------------- JSON form

SCHEMA_NAME = "it-sourcing-governance"
SCHEMA_VERSION = 1
#: Rows of a register in a file: one per risk and scenario at most (5 × 8).
MAX_REGISTER_ROWS = len(RISKS) * MAX_SCENARIOS


def answers_to_dict(answers, register_edits_: dict | None = None) -> dict:
    """The JSON-ready form of the answers (and register edits), to embed in a scenario file
    under the key ``"governance"`` or to save alone."""
    a = validate_answers(answers)
    out = {"schema": SCHEMA_NAME, "version": SCHEMA_VERSION, "answers": a}
    if register_edits_:
        out["register"] = [{"risk": r, "scenario": s, "likelihood": lik, "impact": imp}
                           for (r, s), (lik, imp) in sorted(register_edits_.items())]
    return out


def answers_from_dict(data) -> tuple[dict[str, int], dict]:
    """(answers, register edits) from :func:`answers_to_dict`'s form; raise
    :class:`GovernanceError` with a clear translated message on anything malformed."""
    if not isinstance(data, dict):
        raise GovernanceError("gov.error.type", where="governance", expected="object")
    if data.get("schema") != SCHEMA_NAME:
        raise GovernanceError("gov.error.schema", expected=SCHEMA_NAME)
    version = data.get("version")
    if isinstance(version, bool) or version != SCHEMA_VERSION:
        raise GovernanceError("gov.error.version", value=json.dumps(version)[:20],
                              expected=SCHEMA_VERSION)
    extra = sorted(set(data) - {"schema", "version", "answers", "register"})
    if extra:
        raise GovernanceError("gov.error.unknown_keys", keys=", ".join(map(str, extra)))
    if "answers" not in data:
        raise GovernanceError("gov.error.missing_question", value="answers")
    answers = validate_answers(data["answers"])
    raw = data.get("register", [])
    if not isinstance(raw, list):
        raise GovernanceError("gov.error.type", where="register", expected="list")
    if len(raw) > MAX_REGISTER_ROWS:
        raise GovernanceError("gov.error.register_size", rows=f"{len(raw):,}",
                              limit=MAX_REGISTER_ROWS)
    edits = {}
    for i, row in enumerate(raw):
        if not isinstance(row, dict) or set(row) != set(REGISTER_COLUMNS):
            raise GovernanceError("gov.error.register_row", index=i,
                                  expected=", ".join(REGISTER_COLUMNS))
        if row["risk"] not in RISKS or not isinstance(row["scenario"], str):
            raise GovernanceError("gov.error.register_row", index=i,
                                  expected=", ".join(REGISTER_COLUMNS))
        _check_scale("likelihood", row["likelihood"])
        _check_scale("impact", row["impact"])
        edits[(row["risk"], row["scenario"])] = (int(row["likelihood"]), int(row["impact"]))
    return answers, edits


def dump_answers(answers, register_edits_: dict | None = None) -> str:
    """JSON text of a governance file (UTF-8, keys sorted)."""
    return json.dumps(answers_to_dict(answers, register_edits_), ensure_ascii=False, indent=2,
                      sort_keys=True)


def load_answers(text: str | bytes) -> tuple[dict[str, int], dict]:
    """Parse a governance file, or a scenario file holding a ``"governance"`` object."""
    from models.boundary import decode_json
    data = decode_json(text, GovernanceError, "gov.error.json")
    if isinstance(data, dict) and "governance" in data and data.get("schema") != SCHEMA_NAME:
        data = data["governance"]
    return answers_from_dict(data)


def resolve_answers(spec: str) -> dict[str, int]:
    """Answers from a preset name (``none``, ``typical``, ``mature``) or a JSON file path (a
    governance file or a scenario file with a ``"governance"`` object). For the command line."""
    if spec in PRESETS:
        return preset(spec)
    from pathlib import Path
    path = Path(spec)
    if not path.is_file():
        raise GovernanceError("gov.error.file", value=spec, presets=", ".join(PRESETS))
    return load_answers(path.read_bytes())[0]
