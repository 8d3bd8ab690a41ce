"""Sourcing scenarios: in-house, partial, full and user variants, and their dict form.

A :class:`Scenario` says, for each of the seven domains, whether a provider runs it and on what
terms (:class:`DomainChoice`: price unit, price per unit per month, share of today's spend the fee
replaces, hardware leased inside the fee or not) plus the contract terms shared by the scenario's
contracts (:class:`ContractTerms`: indexation, renewal step, transition, retained function, exit).
The economic assumptions shared by every scenario (horizon, discount rate, growth, drift,
inflation, useful life) are in :class:`Economics`.

Every default comes from :mod:`models.defaults`, which cites its public sources by their keys in
``docs/sources.md``.

The scenario *file* (JSON, with the governance answers) is read and written by
:mod:`models.scenario_file`; this module holds the data, its validation and its dict form
(:func:`scenario_to_dict`, :func:`scenario_from_dict`, :func:`economics_from_dict`), raising
:class:`models.errors.CostModelError` (a translated message key) on any problem.
"""
from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass, field, fields, replace

from models.boundary import clean_name, needs_cleaning
from models.defaults import default, euro_default
from models.domains import DOMAINS, OUTSOURCEABLE_DOMAINS
from models.errors import CostModelError
from models.staff import StaffDecision, parse_date

#: How a provider prices a domain; the unit count comes from the company profile.
PRICE_UNITS: tuple[str, ...] = ("user", "device", "server", "site", "flat")

#: Kinds of scenario. ``inhouse``, ``partial`` and ``full`` are the three built-ins.
KINDS: tuple[str, ...] = ("inhouse", "partial", "full", "variant")

#: Default domains of the partial scenario (the most common first step).
PARTIAL_DEFAULT_DOMAINS: tuple[str, ...] = ("support", "security")

#: How the retained function (contract management) is costed: see models.costmodel.
RETAINED_MODES: tuple[str, ...] = ("hours", "share", "fte")

#: Maximum number of scenarios held at once (the palette has 8 colours).
MAX_SCENARIOS = 8

#: Default price unit and price key (models.defaults) of each outsourceable domain.
DEFAULT_PRICING: dict[str, tuple[str, str]] = {
    "support": ("user", "price_support_per_user"),
    "devices": ("device", "price_devices_per_device"),
    "hosting": ("server", "price_hosting_per_server"),
    "network": ("site", "price_network_per_site"),
    "security": ("device", "price_security_per_device"),
    "applications": ("flat", "price_applications_flat"),
}


@dataclass
class Economics:
    """Assumptions shared by every scenario."""
    horizon_years: int = field(default_factory=lambda: int(default("horizon_years")))
    discount_rate: float = field(default_factory=lambda: default("discount_rate"))          # /year
    headcount_growth: float = field(default_factory=lambda: default("headcount_growth"))    # /year
    salary_drift: float = field(default_factory=lambda: default("salary_drift"))            # /year
    price_inflation: float = field(default_factory=lambda: default("price_inflation"))      # /year
    useful_life_years: float = field(default_factory=lambda: default("useful_life_years"))  # years
    #: first day of year 1 (ISO date); None: the first day of the month after the last spend line
    start_date: str | None = None

    def validate(self) -> None:
        if not isinstance(self.horizon_years, int) or not 1 <= self.horizon_years <= 15:
            raise CostModelError("costs.error.horizon", value=self.horizon_years)
        if self.start_date is not None:
            parse_date(self.start_date, "start_date")
        _check_range("discount_rate", self.discount_rate, -0.5, 1.0)
        for name in ("headcount_growth", "salary_drift", "price_inflation"):
            _check_range(name, getattr(self, name), -0.5, 1.0)
        _check_range("useful_life_years", self.useful_life_years, 1.0, 20.0)


@dataclass
class DomainChoice:
    """How one domain is run in a scenario. Prices in EUR excl. VAT per unit per month."""
    outsourced: bool = False
    price_unit: str = "flat"
    price_eur: float = 0.0
    # share of recurring + one-off (non-capex) spend the fee replaces
    replaced_share: float = 0.0
    hardware_in_fee: bool = False    # hardware leased inside the fee: capex depreciation disappears

    def validate(self, domain: str) -> None:
        if self.price_unit not in PRICE_UNITS:
            raise CostModelError("costs.error.price_unit", domain=domain, value=self.price_unit)
        _check_range(f"{domain}.price_eur", self.price_eur, 0.0, 100_000.0)
        _check_range(f"{domain}.replaced_share", self.replaced_share, 0.0, 1.0)
        if domain == "governance" and self.outsourced:
            raise CostModelError("costs.error.governance_outsourced")


def default_choice(domain: str, outsourced: bool = False) -> DomainChoice:
    """The default terms of ``domain`` (prices and replaced shares from models.defaults)."""
    if domain not in OUTSOURCEABLE_DOMAINS:
        return DomainChoice(outsourced=False)
    unit, price_key = DEFAULT_PRICING[domain]
    # a market price in euros, whatever the data's currency (converted where it is used:
    # models.costmodel, models.thresholds)
    return DomainChoice(outsourced=outsourced, price_unit=unit, price_eur=euro_default(price_key),
                        replaced_share=default(f"replaced_share_{domain}"))


@dataclass
class ContractTerms:
    """Terms shared by the contracts of one scenario."""
    indexation: float = field(default_factory=lambda: default("indexation_per_year"))  # /year
    renewal_step: float = field(default_factory=lambda: default("renewal_step"))  # fraction
    term_years: int = field(default_factory=lambda: int(default("contract_term_years")))
    transition_fee_months: float = field(default_factory=lambda: default("transition_fee_months"))
    transition_internal_days: float = field(
        default_factory=lambda: default("transition_internal_days"))
    parallel_months: float = field(default_factory=lambda: default("parallel_running_months"))
    out_of_scope_share: float = field(default_factory=lambda: default("out_of_scope_share"))
    #: "hours": the retained-work hours of models.governance.retained (the default), "share" of
    #: contract value, or "fte" governance FTE
    retained_mode: str = "hours"
    retained_share: float = field(default_factory=lambda: default("retained_share_of_contract"))
    retained_fte: float = field(default_factory=lambda: default("retained_fte"))
    exit_fee_months: float = field(default_factory=lambda: default("exit_fee_months"))
    exit_internal_days: float = field(default_factory=lambda: default("exit_internal_days"))

    def validate(self) -> None:
        _check_range("indexation", self.indexation, -0.2, 0.5)
        _check_range("renewal_step", self.renewal_step, -0.5, 1.0)
        if not isinstance(self.term_years, int) or not 1 <= self.term_years <= 15:
            raise CostModelError("costs.error.range", name="term_years", value=self.term_years,
                                 low=1, high=15)
        _check_range("transition_fee_months", self.transition_fee_months, 0.0, 24.0)
        _check_range("transition_internal_days", self.transition_internal_days, 0.0, 1000.0)
        _check_range("parallel_months", self.parallel_months, 0.0, 12.0)
        _check_range("out_of_scope_share", self.out_of_scope_share, 0.0, 2.0)
        if self.retained_mode not in RETAINED_MODES:
            raise CostModelError("costs.error.retained_mode", value=self.retained_mode)
        _check_range("retained_share", self.retained_share, 0.0, 0.5)
        _check_range("retained_fte", self.retained_fte, 0.0, 20.0)
        _check_range("exit_fee_months", self.exit_fee_months, 0.0, 24.0)
        _check_range("exit_internal_days", self.exit_internal_days, 0.0, 1000.0)


@dataclass
class Scenario:
    """One sourcing option. ``id`` is stable (used as key and in files); ``color_index`` picks
    the scenario's colour (charts.theme.scenario_color): 0 in-house, 1 partial, 2 full, then
    variants. ``name`` empty means the translated name of ``kind``."""
    id: str
    kind: str
    name: str = ""
    color_index: int = 0
    domains: dict[str, DomainChoice] = field(default_factory=dict)
    terms: ContractTerms = field(default_factory=ContractTerms)
    #: the fate of in-house roles (models.staff); a role not listed is kept
    staff: tuple[StaffDecision, ...] = ()

    @property
    def outsourced_domains(self) -> tuple[str, ...]:
        return tuple(d for d in DOMAINS if self.domains.get(d, DomainChoice()).outsourced)

    def choice(self, domain: str) -> DomainChoice:
        return self.domains.get(domain) or default_choice(domain)

    def decision(self, role: str) -> StaffDecision:
        """The fate of in-house role ``role`` in this scenario (kept when not listed)."""
        for d in self.staff:
            if d.role == role:
                return d
        return StaffDecision(role)

    def validate(self) -> None:
        if not isinstance(self.id, str) or not re.fullmatch(r"[a-z0-9_-]{1,40}", self.id):
            raise CostModelError("costs.error.scenario_id", value=self.id)
        if self.kind not in KINDS:
            raise CostModelError("costs.error.kind", value=self.kind)
        if not isinstance(self.name, str) or len(self.name) > 80 or needs_cleaning(self.name):
            raise CostModelError("costs.error.name", value=str(self.name)[:80])
        unknown = set(self.domains) - set(DOMAINS)
        if unknown:
            raise CostModelError("costs.error.unknown_domain", value=", ".join(sorted(unknown)))
        for domain, choice in self.domains.items():
            choice.validate(domain)
        self.terms.validate()
        roles = [d.role for d in self.staff]
        if len(set(roles)) != len(roles):
            raise CostModelError("costs.error.staff_duplicate", scenario=self.id)
        for decision in self.staff:
            decision.validate()

    def display_name(self, lang: str | None = None) -> str:
        if self.name:
            return self.name
        from i18n import t
        return t(f"scenario.{self.kind}", lang)


def _check_range(name: str, value, low: float, high: float) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) \
            or not low <= value <= high:
        raise CostModelError("costs.error.range", name=name, value=value, low=low, high=high)


def make_scenario(kind: str, outsourced: tuple[str, ...] = (), id: str | None = None,
                  name: str = "", color_index: int | None = None) -> Scenario:
    """A scenario with default terms where the ``outsourced`` domains go to a provider."""
    bad = set(outsourced) - set(OUTSOURCEABLE_DOMAINS)
    if bad:
        raise CostModelError("costs.error.unknown_domain", value=", ".join(sorted(bad)))
    domains = {d: default_choice(d, d in outsourced) for d in DOMAINS}
    index = (color_index if color_index is not None
             else {"inhouse": 0, "partial": 1, "full": 2}.get(kind, 3))
    return Scenario(id=id or kind, kind=kind, name=name, color_index=index, domains=domains,
                    terms=ContractTerms())


def default_scenarios() -> list[Scenario]:
    """In-house, partial (support + security) and full (every domain but governance)."""
    return [make_scenario("inhouse"),
            make_scenario("partial", PARTIAL_DEFAULT_DOMAINS),
            make_scenario("full", OUTSOURCEABLE_DOMAINS)]


def _next_id(existing: list[Scenario]) -> str:
    ids = {s.id for s in existing}
    n = 1
    while f"variant-{n}" in ids:
        n += 1
    return f"variant-{n}"


def _next_color(existing: list[Scenario]) -> int:
    used = {s.color_index for s in existing}
    n = 3
    while n in used and n < 64:
        n += 1
    return n


def duplicate_scenario(scenarios: list[Scenario], source_id: str, name: str) -> list[Scenario]:
    """A new list with a copy of scenario ``source_id`` named ``name`` appended (kind variant,
    fresh id and colour). Refused beyond :data:`MAX_SCENARIOS`."""
    if len(scenarios) >= MAX_SCENARIOS:
        raise CostModelError("costs.error.too_many", max=MAX_SCENARIOS)
    source = find_scenario(scenarios, source_id)
    copy = scenario_from_dict(scenario_to_dict(source))
    copy = replace(copy, id=_next_id(scenarios), kind="variant", name=clean_name(name),
                   color_index=_next_color(scenarios))
    copy.validate()
    return [*scenarios, copy]


def rename_scenario(scenarios: list[Scenario], scenario_id: str, name: str) -> list[Scenario]:
    return [replace(s, name=clean_name(name)) if s.id == scenario_id else s for s in scenarios]


def delete_scenario(scenarios: list[Scenario], scenario_id: str) -> list[Scenario]:
    """Remove a variant (the in-house reference cannot be deleted)."""
    target = find_scenario(scenarios, scenario_id)
    if target.kind == "inhouse":
        raise CostModelError("costs.error.delete_inhouse")
    return [s for s in scenarios if s.id != scenario_id]


def find_scenario(scenarios: list[Scenario], scenario_id: str) -> Scenario:
    for s in scenarios:
        if s.id == scenario_id:
            return s
    raise CostModelError("costs.error.no_scenario", value=scenario_id)


def reference_scenario(scenarios: list[Scenario]) -> Scenario:
    """The in-house scenario every other one is compared with."""
    for s in scenarios:
        if s.kind == "inhouse":
            return s
    raise CostModelError("costs.error.no_inhouse")


# --------------------------------------------------------------------------- JSON file format

def scenario_to_dict(s: Scenario) -> dict:
    out = {"id": s.id, "kind": s.kind, "name": s.name, "color_index": s.color_index,
           "domains": {d: asdict(c) for d, c in s.domains.items()},
           "terms": asdict(s.terms)}
    if s.staff:
        out["staff"] = [{k: v for k, v in asdict(d).items() if v is not None}
                        for d in s.staff]
    return out


def _build(cls, data, where: str):
    if not isinstance(data, dict):
        raise CostModelError("costs.error.file_type", where=where, expected="object")
    names = {f.name: f for f in fields(cls)}
    unknown = set(data) - set(names)
    if unknown:
        raise CostModelError("costs.error.file_unknown_keys", where=where,
                             keys=", ".join(sorted(unknown)))
    kwargs = {}
    for key, value in data.items():
        f = names[key]
        want = f.type if isinstance(f.type, str) else getattr(f.type, "__name__", str(f.type))
        if want == "bool":
            if not isinstance(value, bool):
                raise CostModelError("costs.error.file_value", where=f"{where}.{key}", value=value)
        elif want == "int":
            if isinstance(value, bool) or not (isinstance(value, int) or
                                               (isinstance(value, float) and value.is_integer())):
                raise CostModelError("costs.error.file_value", where=f"{where}.{key}", value=value)
            value = int(value)
        elif want in ("float", "float | None"):
            if value is None and want == "float | None":
                pass
            elif isinstance(value, bool) or not isinstance(value, (int, float)):
                raise CostModelError("costs.error.file_value", where=f"{where}.{key}", value=value)
            else:
                value = float(value)
        elif want in ("str", "str | None"):
            if value is None and want == "str | None":
                pass
            elif not isinstance(value, str):
                raise CostModelError("costs.error.file_value", where=f"{where}.{key}", value=value)
        kwargs[key] = value
    return cls(**kwargs)


def scenario_from_dict(data: dict, where: str = "scenario") -> Scenario:
    if not isinstance(data, dict):
        raise CostModelError("costs.error.file_type", where=where, expected="object")
    for key in ("id", "kind"):
        if key not in data:
            raise CostModelError("costs.error.file_missing", where=where, key=key)
    domains_raw = data.get("domains", {})
    if not isinstance(domains_raw, dict):
        raise CostModelError("costs.error.file_type", where=f"{where}.domains", expected="object")
    unknown = set(domains_raw) - set(DOMAINS)
    if unknown:
        raise CostModelError("costs.error.unknown_domain", value=", ".join(sorted(unknown)))
    domains = {d: _build(DomainChoice, domains_raw[d], f"{where}.domains.{d}") if d in domains_raw
               else default_choice(d) for d in DOMAINS}
    terms = _build(ContractTerms, data.get("terms", {}), f"{where}.terms")
    staff_raw = data.get("staff", [])
    if not isinstance(staff_raw, list):
        raise CostModelError("costs.error.file_type", where=f"{where}.staff", expected="list")
    staff = tuple(_build(StaffDecision, item, f"{where}.staff[{i}]")
                  for i, item in enumerate(staff_raw))
    extra = set(data) - {"id", "kind", "name", "color_index", "domains", "terms", "staff"}
    if extra:
        raise CostModelError("costs.error.file_unknown_keys", where=where,
                             keys=", ".join(sorted(extra)))
    color = data.get("color_index", 0)
    if isinstance(color, bool) or not isinstance(color, int) or not 0 <= color < 64:
        raise CostModelError("costs.error.file_value", where=f"{where}.color_index", value=color)
    s = Scenario(id=data["id"], kind=data["kind"], name=data.get("name", ""), color_index=color,
                 domains=domains, terms=terms, staff=staff)
    s.validate()
    return s


def economics_from_dict(data, where: str = "economics") -> Economics:
    """Validated :class:`Economics` from its dict form (missing keys take their defaults)."""
    economics = _build(Economics, data, where)
    economics.validate()
    return economics


# --------------------------------------------------------------------------- assumption sets

#: Contract terms that follow an assumption of models.defaults: term -> assumption key.
TERM_ASSUMPTIONS: dict[str, str] = {
    "indexation": "indexation_per_year", "renewal_step": "renewal_step",
    "transition_fee_months": "transition_fee_months",
    "transition_internal_days": "transition_internal_days",
    "parallel_months": "parallel_running_months", "out_of_scope_share": "out_of_scope_share",
    "retained_share": "retained_share_of_contract", "retained_fte": "retained_fte",
    "exit_fee_months": "exit_fee_months", "exit_internal_days": "exit_internal_days",
}


def with_assumption_set(scenario: Scenario, name: str) -> Scenario:
    """A copy of ``scenario`` in assumption set ``name``: every price, replaced share and
    contract term still at its *neutral* default takes the set's value; a value the user set
    (a real quote, a negotiated clause) stays. ``neutral`` returns the scenario unchanged."""
    from models.defaults import ASSUMPTIONS, set_value
    if name == "neutral":
        return scenario

    def moved(value, key):
        a = ASSUMPTIONS[key]
        return set_value(a, name) if value == a.value else value

    domains = {}
    for d, c in scenario.domains.items():
        if d in DEFAULT_PRICING and c.price_unit == DEFAULT_PRICING[d][0]:
            c = replace(c, price_eur=moved(c.price_eur, DEFAULT_PRICING[d][1]),
                        replaced_share=moved(c.replaced_share, f"replaced_share_{d}"))
        domains[d] = c
    terms = replace(scenario.terms, **{term: moved(getattr(scenario.terms, term), key)
                                       for term, key in TERM_ASSUMPTIONS.items()})
    return replace(scenario, domains=domains, terms=terms)
