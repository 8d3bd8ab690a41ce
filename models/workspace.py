"""What defines a view, as a link and as a file (issue 15). Pure Python (and pandas).

:class:`Settings` holds every input of the analysis besides the data: the scenarios (domains,
prices, terms, staff decisions), the economics (horizon, discount rate…), the governance answers
and whether their effects apply, the assumption set, the simulation settings (trials, seed,
overrun margin, budget) and the one-off lines put back into the baseline.

* **The link** (:func:`encode_link` / :func:`decode_link`): the settings as a compact JSON diff
  from the defaults, deflated and base64url-encoded, for the ``s=`` query parameter of every
  page. Only what differs from the defaults is written (``""`` for the defaults), so a link
  with one change stays short. On the sample company it also carries the company's counts that
  differ from the sample's (never an uploaded company's figures: the data is not in the link).
* **The workspace file** (:func:`dump_workspace` / :func:`load_workspace`): one JSON document
  with the data (spend lines, corrections, company profile, staff) and every setting, versioned
  (``{"schema": "it-sourcing-workspace", "version": 1, …}``). Reading goes through
  :func:`models.boundary.decode_json` (size, depth and number budgets); every part is validated
  by the loader of its own format, and any problem raises one translated sentence
  (:class:`models.errors.CostModelError`).
"""
from __future__ import annotations

import base64
import binascii
import gzip
import json
import math
import zlib
from dataclasses import asdict, dataclass, field, fields, replace

import pandas as pd

from models.analysis import DEFAULT_MARGIN
from models.boundary import MAX_AMOUNT, clean_name, decode_json, finite_number, whole_number
from models.company import CompanyProfile, StaffRole
from models.dataset import Dataset
from models.defaults import ASSUMPTION_SETS, DEFAULT_SET
from models.errors import CostModelError, TranslatedError
from models.governance.files import answers_to_dict
from models.governance.questionnaire import DEFAULT_PRESET, PRESETS, preset, validate_answers
from models.scenario_file import SCHEMA_NAME as SCENARIO_SCHEMA
from models.scenario_file import load_scenario_file
from models.scenarios import (
    MAX_SCENARIOS,
    Economics,
    Scenario,
    default_scenarios,
    economics_from_dict,
    make_scenario,
    scenario_from_dict,
    scenario_to_dict,
)

#: Ranges of the simulation settings (the widgets offer less).
TRIALS_RANGE = (100, 100_000)
SEED_RANGE = (0, 2**32 - 1)
MARGIN_RANGE = (0.0, 0.5)

LINK_VERSION = 1
#: Characters of an ``s=`` value read (a link of 8 scenarios with every term changed is about
#: 2,000), and bytes of the JSON it inflates to.
MAX_LINK_CHARS = 8_000
MAX_LINK_JSON = 64_000

WORKSPACE_SCHEMA = "it-sourcing-workspace"
WORKSPACE_VERSION = 1
#: Bytes of a workspace file (JSON, or gzip of it: inflated at most to this), spend lines in it.
MAX_WORKSPACE_BYTES = 64 * 2**20
MAX_WORKSPACE_LINES = 400_000
WORKSPACE_KEYS = frozenset({"schema", "version", "source_name", "currency", "eur_rate",
                            "staff_currency", "company", "staff",
                            "spend", "corrections", "import_options", "scenarios",
                            "governance_applied", "assumption_set", "simulation",
                            "one_off_kept"})
#: Company counts a link may carry on the sample company (the Scenarios page's answers).
LINK_COMPANY_FIELDS = ("employees", "workstations", "servers", "sites", "revenue_eur")


def _defaults():
    from models.uncertainty.engine import DEFAULT_SEED, DEFAULT_TRIALS
    return DEFAULT_TRIALS, DEFAULT_SEED


@dataclass
class Settings:
    """Every input of the analysis besides the data (see the module docstring)."""
    scenarios: list[Scenario] = field(default_factory=default_scenarios)
    economics: Economics = field(default_factory=Economics)
    answers: dict[str, int] = field(default_factory=lambda: preset(DEFAULT_PRESET))
    governance_applied: bool = True
    assumption_set: str = DEFAULT_SET
    trials: int = field(default_factory=lambda: _defaults()[0])
    seed: int = field(default_factory=lambda: _defaults()[1])
    margin: float = DEFAULT_MARGIN
    budget: float | None = None
    one_off_kept: frozenset[int] = frozenset()
    #: qualitative risk register edits {(risk, scenario id): (likelihood, impact)}: in the
    #: workspace file, not in the link (they move no number of the analysis)
    register_edits: dict = field(default_factory=dict)

    def validate(self) -> None:
        """Raise :class:`CostModelError` on any setting out of its range."""
        if not isinstance(self.scenarios, list) or not 1 <= len(self.scenarios) <= MAX_SCENARIOS:
            raise CostModelError("costs.error.too_many", max=MAX_SCENARIOS)
        for sc in self.scenarios:
            sc.validate()
        self.economics.validate()
        validate_answers(self.answers)
        if self.assumption_set not in ASSUMPTION_SETS:
            raise CostModelError("workspace.error.value", name="assumption_set",
                                 value=str(self.assumption_set)[:20])
        whole_number(self.trials, "trials", *TRIALS_RANGE)
        whole_number(self.seed, "seed", *SEED_RANGE)
        finite_number(self.margin, "margin", *MARGIN_RANGE)
        if self.budget is not None:
            finite_number(self.budget, "budget", 1.0, MAX_AMOUNT)
        for row in self.one_off_kept:
            whole_number(row, "one_off_kept", 1, 10**9)


# ----------------------------------------------------------------------------- diffs

_SAME = object()


def _diff(value, base):
    """What of ``value`` differs from ``base`` (dicts compared key by key), or ``_SAME``."""
    if isinstance(value, dict) and isinstance(base, dict):
        out = {}
        for k, v in value.items():
            d = _diff(v, base[k]) if k in base else v
            if d is not _SAME:
                out[k] = d
        return out or _SAME
    return _SAME if value == base and type(value) is type(base) else value


def _apply(base, diff):
    """``base`` with ``diff`` (from :func:`_diff`) written over it."""
    if isinstance(base, dict) and isinstance(diff, dict):
        out = dict(base)
        for k, v in diff.items():
            out[k] = _apply(base[k], v) if k in base else v
        return out
    return diff


def _base_scenarios() -> dict[str, dict]:
    return {s.id: scenario_to_dict(s) for s in default_scenarios()}


def _scenario_base(sid: str, kind: str) -> dict:
    base = _base_scenarios().get(sid)
    if base is not None and base["kind"] == kind:
        return base
    return scenario_to_dict(make_scenario(kind, (), id=sid))


def _scenarios_diff(scenarios: list[Scenario]):
    defaults = _base_scenarios()
    items = [scenario_to_dict(s) for s in scenarios]
    if [i["id"] for i in items] == list(defaults) and all(
            _diff(i, defaults[i["id"]]) is _SAME for i in items):
        return _SAME
    out = []
    for item in items:
        d = _diff(item, _scenario_base(item["id"], item["kind"]))
        known = defaults.get(item["id"], {}).get("kind") == item["kind"]
        if d is _SAME and known:
            out.append(item["id"])                 # a built-in scenario as it ships
        else:
            d = {} if d is _SAME else d
            d.pop("kind", None)
            out.append({"id": item["id"], **({} if known else {"kind": item["kind"]}), **d})
    return out


def _scenarios_from_diff(raw) -> list[Scenario]:
    if not isinstance(raw, list) or not 1 <= len(raw) <= MAX_SCENARIOS:
        raise CostModelError("costs.error.too_many", max=MAX_SCENARIOS)
    defaults = _base_scenarios()
    out = []
    for i, item in enumerate(raw):
        if isinstance(item, str):
            item = {"id": item}
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            raise CostModelError("costs.error.file_missing", where=f"s[{i}]", key="id")
        kind = item.get("kind", defaults.get(item["id"], {}).get("kind"))
        if not isinstance(kind, str):
            raise CostModelError("costs.error.file_missing", where=f"s[{i}]", key="kind")
        item = {**item, "kind": kind}
        out.append(scenario_from_dict(_apply(_scenario_base(item["id"], kind), item),
                                      f"scenarios[{i}]"))
    if len({s.id for s in out}) != len(out):
        raise CostModelError("costs.error.duplicate_id")
    if sum(s.kind == "inhouse" for s in out) != 1:
        raise CostModelError("costs.error.no_inhouse")
    return out


# ----------------------------------------------------------------------------- the link

@dataclass
class LinkState:
    """What a link holds: the settings, and the sample company's counts it changes."""
    settings: Settings
    company: dict = field(default_factory=dict)


def link_payload(settings: Settings, company: CompanyProfile | None = None) -> dict:
    """The compact diff of ``settings`` (and of ``company`` against the sample company) from
    the defaults: short keys, only what differs."""
    from models.sample_company import sample_company
    base = Settings()
    out: dict = {}
    eco = _diff(asdict(settings.economics), asdict(base.economics))
    if eco is not _SAME:
        out["e"] = eco
    scenarios = _scenarios_diff(settings.scenarios)
    if scenarios is not _SAME:
        out["s"] = scenarios
    answers = validate_answers(settings.answers)
    if answers != base.answers:
        named = [name for name, values in PRESETS.items() if values == answers]
        out["g"] = named[0] if named else _diff(answers, base.answers)
    if not settings.governance_applied:
        out["ga"] = 0
    if settings.assumption_set != base.assumption_set:
        out["a"] = settings.assumption_set
    for key, name in (("t", "trials"), ("r", "seed"), ("o", "margin"), ("b", "budget")):
        value = getattr(settings, name)
        if value != getattr(base, name):
            out[key] = value
    if settings.one_off_kept:
        out["k"] = sorted(int(r) for r in settings.one_off_kept)
    if company is not None:
        sample = sample_company()
        moved = {f: getattr(company, f) for f in LINK_COMPANY_FIELDS
                 if getattr(company, f) != getattr(sample, f)}
        if moved:
            out["c"] = moved
    return out


def encode_link(settings: Settings, company: CompanyProfile | None = None) -> str:
    """The ``s=`` value of a link to this view: ``""`` when everything is at its default.
    ``company``: the sample company's profile as the user set it (None for uploaded data)."""
    payload = link_payload(settings, company)
    if not payload:
        return ""
    raw = json.dumps({"v": LINK_VERSION, **payload}, separators=(",", ":"), sort_keys=True,
                     ensure_ascii=False).encode("utf-8")
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    packed = packer.compress(raw) + packer.flush()
    return base64.urlsafe_b64encode(packed).rstrip(b"=").decode("ascii")


def decode_link(text: str) -> LinkState:
    """The settings of an ``s=`` value (the defaults for ``""``); a damaged or tampered value
    raises :class:`CostModelError` ``workspace.error.link`` (one sentence)."""
    if not text:
        return LinkState(Settings())
    if not isinstance(text, str) or len(text) > MAX_LINK_CHARS:
        raise CostModelError("workspace.error.link", detail="too long")
    try:
        packed = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
        inflater = zlib.decompressobj(-15)
        raw = inflater.decompress(packed, MAX_LINK_JSON)
        if inflater.unconsumed_tail or not inflater.eof:
            raise CostModelError("workspace.error.link", detail="too long or cut")
    except (binascii.Error, ValueError, zlib.error) as exc:
        if isinstance(exc, CostModelError):
            raise
        raise CostModelError("workspace.error.link", detail="not a link of this app") from None
    data = decode_json(raw, CostModelError, "workspace.error.link", max_bytes=MAX_LINK_JSON)
    try:
        return _link_state(data)
    except TranslatedError as err:
        raise CostModelError("workspace.error.link", detail=err.message("en")) from None


def _link_state(data) -> LinkState:
    if not isinstance(data, dict) or data.get("v") != LINK_VERSION:
        raise CostModelError("workspace.error.value", name="v", value=str(
            data.get("v") if isinstance(data, dict) else "")[:20])
    unknown = set(data) - {"v", "e", "s", "g", "ga", "a", "t", "r", "o", "b", "k", "c"}
    if unknown:
        raise CostModelError("costs.error.file_unknown_keys", where="link",
                             keys=", ".join(sorted(unknown)))
    s = Settings()
    if "e" in data:
        s.economics = economics_from_dict(_apply(asdict(s.economics), data["e"]))
    if "s" in data:
        s.scenarios = _scenarios_from_diff(data["s"])
    if "g" in data:
        g = data["g"]
        s.answers = (preset(g) if isinstance(g, str)
                     else validate_answers(_apply(s.answers, g) if isinstance(g, dict) else g))
    if "ga" in data:
        s.governance_applied = bool(data["ga"])
    s.assumption_set = data.get("a", s.assumption_set)
    s.trials = data.get("t", s.trials)
    s.seed = data.get("r", s.seed)
    s.margin = data.get("o", s.margin)
    s.budget = data.get("b", s.budget)
    kept = data.get("k", [])
    if not isinstance(kept, list) or len(kept) > 10_000:
        raise CostModelError("workspace.error.value", name="k", value="…")
    s.one_off_kept = frozenset(whole_number(r, "one_off_kept", 1, 10**9) for r in kept)
    s.validate()
    s.trials, s.seed, s.margin = int(s.trials), int(s.seed), float(s.margin)
    s.budget = None if s.budget is None else float(s.budget)
    company = data.get("c", {})
    if not isinstance(company, dict) or set(company) - set(LINK_COMPANY_FIELDS):
        raise CostModelError("workspace.error.value", name="c", value="…")
    return LinkState(s, _company_counts(company))


def _company_counts(raw: dict) -> dict:
    from models.company_form import MAX_COUNT
    out = {}
    for name, value in raw.items():
        if name == "revenue_eur":
            out[name] = None if value is None else finite_number(value, name, 0.0, MAX_AMOUNT)
        else:
            out[name] = whole_number(value, name, 1 if name == "employees" else 0, MAX_COUNT)
    return out


def with_company_counts(company: CompanyProfile, counts: dict) -> CompanyProfile:
    """``company`` with the counts a link carries (validated by :func:`decode_link`)."""
    return replace(company, **counts) if counts else company


# ----------------------------------------------------------------------------- the file

def _spend_to_json(spend: pd.DataFrame) -> dict:
    dates = spend["date"]
    day_only = bool((dates == dates.dt.normalize()).all()) if len(dates) else True
    data = {}
    for col in spend.columns:
        values = spend[col]
        if col == "date":
            data[col] = list(values.dt.strftime("%Y-%m-%d" if day_only else "%Y-%m-%dT%H:%M:%S"))
        elif values.dtype == bool:
            data[col] = [bool(v) for v in values]
        elif col == "source_row":
            data[col] = [int(v) for v in values]
        elif values.dtype.kind == "f":
            data[col] = [float(v) for v in values]
        else:
            data[col] = [str(v) for v in values]
    return {"rows": int(len(spend)), "columns": data}


def _spend_from_json(raw) -> pd.DataFrame:
    from models.spend import SPEND_COLUMNS, coerce_spend_table
    if not isinstance(raw, dict) or not isinstance(raw.get("columns"), dict):
        raise CostModelError("workspace.error.part", part="spend")
    columns = raw["columns"]
    rows = raw.get("rows")
    if isinstance(rows, bool) or not isinstance(rows, int) or not 0 <= rows <= MAX_WORKSPACE_LINES:
        raise CostModelError("workspace.error.lines", limit=MAX_WORKSPACE_LINES)
    unknown = set(columns) - set(SPEND_COLUMNS)
    if unknown or not {"date", "amount"} <= set(columns):
        raise CostModelError("workspace.error.part", part="spend")
    if any(not isinstance(v, list) or len(v) != rows for v in columns.values()):
        raise CostModelError("workspace.error.part", part="spend")
    try:
        frame = pd.DataFrame({c: v for c, v in columns.items()})
        frame["date"] = pd.to_datetime(frame["date"], format="ISO8601")
        for col in ("capex",):
            if col in frame and not all(isinstance(v, bool) for v in columns[col]):
                raise ValueError(col)
        for col in ("amount", "confidence", "source_row"):
            if col in frame and any(isinstance(v, bool) or not isinstance(v, (int, float))
                                    for v in columns[col]):
                raise ValueError(col)
        return coerce_spend_table(frame)
    except CostModelError:
        raise
    except (ValueError, TypeError, OverflowError):
        raise CostModelError("workspace.error.part", part="spend") from None


def _company_from_json(raw) -> CompanyProfile:
    from models.company_form import MAX_COUNT
    if not isinstance(raw, dict) or set(raw) - {f.name for f in fields(CompanyProfile)}:
        raise CostModelError("workspace.error.part", part="company")
    name = clean_name(raw.get("name", ""))
    if not name:
        raise CostModelError("workspace.error.part", part="company")
    counts = {f: whole_number(raw.get(f), f, 1 if f == "employees" else 0, MAX_COUNT)
              for f in ("employees", "workstations", "servers", "sites")}
    revenue = raw.get("revenue_eur")
    share = raw.get("value_added_share")
    return CompanyProfile(
        name=name, **counts,
        revenue_eur=None if revenue is None else finite_number(revenue, "revenue_eur", 0.0,
                                                               MAX_AMOUNT),
        value_added_share=None if share is None else finite_number(share, "value_added_share",
                                                                   0.0, 1.0))


def _staff_from_json(raw) -> list[StaffRole]:
    from models.company_form import MAX_FTE, MAX_SALARY, MAX_SENIORITY
    from models.domains import DOMAINS
    if not isinstance(raw, list) or len(raw) > 200:
        raise CostModelError("workspace.error.part", part="staff")
    allowed = {f.name for f in fields(StaffRole)}
    out = []
    for item in raw:
        if not isinstance(item, dict) or set(item) - allowed or "role" not in item:
            raise CostModelError("workspace.error.part", part="staff")
        share = item.get("time_share", {})
        if not isinstance(share, dict) or set(share) - set(DOMAINS):
            raise CostModelError("workspace.error.part", part="staff")
        role = StaffRole(
            role=clean_name(item["role"]) or "?",
            fte=finite_number(item.get("fte"), "fte", 0.0, MAX_FTE),
            gross_salary_eur=finite_number(item.get("gross_salary_eur"), "gross_salary_eur",
                                           0.0, MAX_SALARY),
            employer_charge_rate=finite_number(item.get("employer_charge_rate"),
                                               "employer_charge_rate", 0.0, 1.5),
            time_share={d: finite_number(v, d, 0.0, 1.0) for d, v in share.items()},
            overhead_per_fte_eur=finite_number(item.get("overhead_per_fte_eur", 0.0),
                                               "overhead_per_fte_eur", 0.0, MAX_SALARY),
            seniority_years=finite_number(item.get("seniority_years", 0.0), "seniority_years",
                                          0.0, MAX_SENIORITY),
            executive=item.get("executive", False) is True)
        try:
            role.validate()
        except ValueError:
            raise CostModelError("workspace.error.part", part="staff") from None
        out.append(role)
    return out


def _corrections_from_json(raw) -> pd.DataFrame:
    from models.importer.corrections import CORRECTION_COLUMNS, empty_corrections
    if not isinstance(raw, list) or len(raw) > MAX_WORKSPACE_LINES:
        raise CostModelError("workspace.error.part", part="corrections")
    if not raw:
        return empty_corrections()
    if any(not isinstance(r, dict) or set(r) != set(CORRECTION_COLUMNS)
           or not all(isinstance(v, str) for v in r.values()) for r in raw):
        raise CostModelError("workspace.error.part", part="corrections")
    return pd.DataFrame(raw, columns=list(CORRECTION_COLUMNS)).astype(object)


@dataclass
class Workspace:
    """What a workspace file holds: the data, every setting and the import's own state."""
    dataset: Dataset
    settings: Settings
    corrections: pd.DataFrame
    import_options: dict = field(default_factory=dict)


def dump_workspace(ws: Workspace) -> bytes:
    """The workspace file (UTF-8 JSON, keys sorted)."""
    from models.scenario_file import dump_scenarios
    ds, s = ws.dataset, ws.settings
    scenario_file = json.loads(dump_scenarios(s.scenarios, s.economics,
                                              answers_to_dict(s.answers, s.register_edits)))
    payload = {
        "schema": WORKSPACE_SCHEMA, "version": WORKSPACE_VERSION,
        "source_name": ds.source_name,
        "company": asdict(ds.company), "staff": [asdict(r) for r in ds.staff],
        "spend": _spend_to_json(ds.spend),
        "corrections": [{k: str(v) for k, v in row.items()}
                        for row in ws.corrections.to_dict(orient="records")],
        "import_options": ws.import_options or {},
        "scenarios": scenario_file,
        "governance_applied": bool(s.governance_applied),
        "assumption_set": s.assumption_set,
        "simulation": {"trials": int(s.trials), "seed": int(s.seed), "margin": float(s.margin),
                       "budget": None if s.budget is None else float(s.budget)},
        "one_off_kept": sorted(int(r) for r in ds.one_off_kept),
    }
    payload["currency"] = ds.currency
    payload["eur_rate"] = None if ds.eur_rate is None else float(ds.eur_rate)
    payload["staff_currency"] = ds.staff_currency
    return json.dumps(payload, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


def _inflate(data: bytes) -> bytes:
    """A gzip'd workspace inflated within :data:`MAX_WORKSPACE_BYTES` (a bomb is refused)."""
    if not data[:2] == b"\x1f\x8b":
        return data
    try:
        with gzip.GzipFile(fileobj=__import__("io").BytesIO(data)) as fh:
            out = fh.read(MAX_WORKSPACE_BYTES + 1)
    except (OSError, EOFError, zlib.error):
        raise CostModelError("workspace.error.json", detail="not a gzip file") from None
    if len(out) > MAX_WORKSPACE_BYTES:
        raise CostModelError("json.error.too_large", size=f"{len(out) / 1024:,.0f}",
                             limit=f"{MAX_WORKSPACE_BYTES / 1024:,.0f}")
    return out


def load_workspace(data: bytes | str) -> Workspace:
    """Read and validate a workspace file (JSON, or gzip of it); any problem raises one
    translated sentence (:class:`CostModelError`), and nothing is returned half-read."""
    if isinstance(data, bytes):
        data = _inflate(data)
    raw = decode_json(data, CostModelError, "workspace.error.json",
                      max_bytes=MAX_WORKSPACE_BYTES)
    if not isinstance(raw, dict) or raw.get("schema") != WORKSPACE_SCHEMA:
        raise CostModelError("workspace.error.schema")
    version = raw.get("version")
    if isinstance(version, bool) or version != WORKSPACE_VERSION:
        raise CostModelError("workspace.error.version", value=json.dumps(version)[:20],
                             expected=WORKSPACE_VERSION)
    unknown = set(raw) - WORKSPACE_KEYS
    if unknown:
        raise CostModelError("costs.error.file_unknown_keys", where="workspace",
                             keys=", ".join(sorted(unknown))[:80])
    for part in ("company", "spend", "scenarios"):
        if part not in raw:
            raise CostModelError("workspace.error.part", part=part)
    company = _company_from_json(raw["company"])
    staff = _staff_from_json(raw.get("staff", []))
    spend = _spend_from_json(raw["spend"])
    corrections = _corrections_from_json(raw.get("corrections", []))
    scenario_obj = raw["scenarios"]
    if not isinstance(scenario_obj, dict) or scenario_obj.get("schema") != SCENARIO_SCHEMA:
        raise CostModelError("workspace.error.part", part="scenarios")
    loaded = load_scenario_file(json.dumps(scenario_obj))
    answers, edits = (loaded.governance if loaded.governance is not None
                      else (preset(DEFAULT_PRESET), {}))
    sim = raw.get("simulation", {})
    if not isinstance(sim, dict) or set(sim) - {"trials", "seed", "margin", "budget"}:
        raise CostModelError("workspace.error.part", part="simulation")
    base = Settings()
    kept = raw.get("one_off_kept", [])
    if not isinstance(kept, list) or len(kept) > MAX_WORKSPACE_LINES:
        raise CostModelError("workspace.error.part", part="one_off_kept")
    settings = Settings(
        scenarios=loaded.scenarios, economics=loaded.economics, answers=answers,
        governance_applied=raw.get("governance_applied", True) is not False,
        assumption_set=raw.get("assumption_set", DEFAULT_SET),
        trials=sim.get("trials", base.trials), seed=sim.get("seed", base.seed),
        margin=sim.get("margin", base.margin), budget=sim.get("budget"),
        one_off_kept=frozenset(whole_number(r, "one_off_kept", 1, 10**9) for r in kept),
        register_edits=edits)
    settings.validate()
    settings.trials, settings.seed = int(settings.trials), int(settings.seed)
    settings.margin = float(settings.margin)
    source = raw.get("source_name")
    if source is not None and not isinstance(source, str):
        raise CostModelError("workspace.error.part", part="source_name")
    options = raw.get("import_options", {})
    if not isinstance(options, dict):
        raise CostModelError("workspace.error.part", part="import_options")
    extra = {}
    currency = raw.get("currency", "EUR")
    if not isinstance(currency, str) or not currency.isascii() or not currency.isalpha() \
            or len(currency) != 3:
        raise CostModelError("workspace.error.part", part="currency")
    extra["currency"] = currency.upper()
    staff_currency = raw.get("staff_currency", "EUR")
    if staff_currency not in ("EUR", extra["currency"]):
        raise CostModelError("workspace.error.part", part="staff_currency")
    extra["staff_currency"] = staff_currency
    rate = raw.get("eur_rate")
    if rate is not None:
        if isinstance(rate, bool) or not isinstance(rate, (int, float)) \
                or not math.isfinite(rate) or not 1e-6 <= rate <= 1e6:
            raise CostModelError("workspace.error.part", part="eur_rate")
        extra["eur_rate"] = float(rate)
    dataset = Dataset(spend=spend, company=company, staff=staff,
                      source_name=(clean_name(source) or None) if source is not None else None,
                      one_off_kept=settings.one_off_kept, **extra)
    return Workspace(dataset, settings, corrections, options)
