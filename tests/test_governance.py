"""Governance questionnaire, scores, effects table, confusion risk, verdicts, actions, register
and JSON form (issue 7). Expected values are computed by hand in the comments."""
import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cli.governance import answers_from_args
from i18n import CATALOG, t
from models import governance as gov
from models.company import CompanyProfile, StaffRole
from models.defaults import default
from models.sample_company import sample_company, sample_staff
from models.scenarios import default_scenarios

TYPICAL = gov.preset("typical")


@pytest.fixture(scope="module")
def scenarios():
    return {s.id: s for s in default_scenarios()}


def with_(**changes):
    return {**TYPICAL, **changes}


# ----------------------------------------------------------------------------- questionnaire

def test_questionnaire_shape_and_texts():
    assert 10 <= len(gov.QUESTIONS) <= 15
    assert len(set(gov.QUESTION_IDS)) == len(gov.QUESTION_IDS)
    assert {q.theme for q in gov.QUESTIONS} == set(gov.THEMES)
    assert {q.phase for q in gov.QUESTIONS} <= set(gov.PHASES)
    for q in gov.QUESTIONS:
        for key in (f"gov.q.{q.id}", f"gov.q.{q.id}.short", f"gov.action.{q.id}",
                    *(f"gov.q.{q.id}.a{lvl}" for lvl in gov.LEVELS)):
            assert key in CATALOG, key
    for th in gov.THEMES:
        assert f"gov.theme.{th}" in CATALOG


def test_issue_topics_are_all_asked():
    """The issue's list: expectations, SLA, steering, decision rights, referent, documentation
    and credentials, reversibility, business understanding, partnership, phasing, readiness."""
    for q in ("expectations", "sla", "steering", "decision_rights", "referent", "assets",
              "reversibility", "business_understanding", "partnership", "phasing",
              "change_readiness"):
        assert q in gov.QUESTION_IDS


# ----------------------------------------------------------------------------- scores

def test_score_hand_computed():
    # weights: expectations 2, sla 1 | steering 2, reporting 1, decision_rights 1 |
    # referent 2, change_readiness 1 | assets 2, reversibility 2, security_roles 1 |
    # business_understanding 1, partnership 1, phasing 1  → total 18
    a = with_(referent=2, assets=0, partnership=2)
    s = gov.score(a)
    # all at 50 → 900 weighted points; referent +50×2, assets −50×2, partnership +50×1 → 950
    assert s.overall == pytest.approx(950 / 18)
    assert s.themes["knowledge"] == pytest.approx((100 * 2 + 50) / 3)
    assert s.themes["control"] == pytest.approx((0 * 2 + 50 * 2 + 50) / 5)
    assert s.themes["provider"] == pytest.approx((50 + 100 + 50) / 3)
    assert s.themes["contract"] == pytest.approx(50.0)
    assert s.themes["steering"] == pytest.approx(50.0)
    assert s.weakest_theme == "control"


@pytest.mark.parametrize("name, value", [("none", 0.0), ("typical", 50.0), ("mature", 100.0)])
def test_presets_scores(name, value):
    s = gov.score(gov.preset(name))
    assert s.overall == value
    assert all(v == value for v in s.themes.values())


def test_presets_are_copies():
    p = gov.preset("mature")
    p["referent"] = 0
    assert gov.preset("mature")["referent"] == 2


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(gov.LEVELS), min_size=len(gov.QUESTIONS),
                max_size=len(gov.QUESTIONS)))
def test_overall_is_theme_weighted_mean_and_bounded(levels):
    a = dict(zip(gov.QUESTION_IDS, levels))
    s = gov.score(a)
    assert 0 <= s.overall <= 100
    wt = {th: sum(q.weight for q in gov.QUESTIONS if q.theme == th) for th in gov.THEMES}
    assert s.overall == pytest.approx(sum(s.themes[th] * wt[th] for th in gov.THEMES)
                                      / sum(wt.values()))


# ----------------------------------------------------------------------------- effects table

def test_every_effect_is_documented():
    for e in gov.EFFECTS:
        assert e.question in gov.QUESTION_IDS
        assert e.scope in ("outsourced", "all")
        assert e.basis in ("src", "secondary", "vendor", "judgement")
        assert len(e.source) > 20
        assert e.factors[1] == 1.0, "level 1 (partly) is the engine's default"
        assert e.factors[0] > 1.0 > e.factors[2], "no answer makes a risk smaller when worse"
        assert f"gov.target.{e.target}" in CATALOG


def test_every_question_moves_something():
    assert {e.question for e in gov.EFFECTS} == set(gov.QUESTION_IDS)


def test_typical_answers_leave_every_parameter_unchanged(scenarios):
    for sc in scenarios.values():
        assert set(gov.factors(TYPICAL, sc).values()) == {1.0}


@pytest.mark.parametrize("effect", gov.EFFECTS, ids=lambda e: f"{e.question}->{e.target}")
def test_each_answer_moves_its_parameter_the_right_way(effect, scenarios):
    full = scenarios["full"]
    worse = gov.factors(with_(**{effect.question: 0}), full)
    better = gov.factors(with_(**{effect.question: 2}), full)
    # alone, one answer moves its parameter by exactly its factor (far from the bounds)
    expected_worse = math.prod(e.factors[0] for e in gov.EFFECTS
                               if e.question == effect.question and e.target == effect.target)
    assert worse[effect.target] == pytest.approx(expected_worse)
    assert worse[effect.target] > 1.0 > better[effect.target]
    moved = {e.target for e in gov.EFFECTS if e.question == effect.question}
    for target in set(gov.TARGETS) - moved:
        assert worse[target] == 1.0 and better[target] == 1.0, target


def test_combined_factors_hand_computed_and_clamped(scenarios):
    full = scenarios["full"]
    none = gov.factors(gov.preset("none"), full)
    mature = gov.factors(gov.preset("mature"), full)
    assert none["risk.transition_overrun.rate"] == pytest.approx(1.3 * 1.4 * 1.5)       # 2.73
    assert none["cost.exit_factor"] == pytest.approx(1.5 * 1.5)                          # 2.25
    assert mature["cost.exit_factor"] == pytest.approx(0.85 * 0.8)                       # 0.68
    assert none["confusion.rate"] == pytest.approx(1.3 * 1.5 * 2.0)                      # 3.9
    assert mature["confusion.rate"] == pytest.approx(0.8 * 0.6 * 0.5)                    # 0.24
    # degradation: 1.2·1.3·1.4·1.2·1.2·1.3·1.6 ≈ 6.54 → capped at 3; mature ≈ 0.36 → floor 0.6
    assert none["risk.degradation.rate"] == 3.0
    assert mature["risk.degradation.rate"] == 0.6
    for target in gov.TARGETS:
        low, high = gov.LIMITS.get(target, gov.LIMITS["default"])
        assert low <= mature[target] <= 1.0 <= none[target] <= high


def test_in_house_only_gets_effects_that_apply_to_all(scenarios):
    f = gov.factors(gov.preset("none"), scenarios["inhouse"])
    for e in gov.EFFECTS:
        if e.scope == "outsourced":
            assert f[e.target] == 1.0 or any(x.target == e.target and x.scope == "all"
                                              for x in gov.EFFECTS)
    assert f["risk.key_person.severity"] == 1.3
    assert f["risk.data_loss.rate"] == 1.5
    assert f["risk.degradation.rate"] == 1.0 and f["cost.exit_factor"] == 1.0


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(gov.LEVELS), min_size=len(gov.QUESTIONS),
                max_size=len(gov.QUESTIONS)), st.sampled_from(gov.QUESTION_IDS))
def test_better_answer_never_raises_any_parameter(levels, question):
    a = dict(zip(gov.QUESTION_IDS, levels))
    if a[question] == 2:
        return
    before = gov.factors(a)
    after = gov.factors({**a, question: a[question] + 1})
    assert all(after[k] <= before[k] + 1e-12 for k in before)


def test_effect_rows_show_drivers(scenarios):
    rows = {r.target: r for r in gov.effect_rows(with_(steering=0, sla=2), scenarios["full"])}
    deg = rows["risk.degradation.rate"]
    assert deg.before == 1.0 and deg.after == pytest.approx(1.4 * 0.85)
    assert set(deg.drivers) == {"steering", "sla"}
    assert rows["cost.exit_factor"].drivers == ()
    inhouse_targets = {r.target for r in gov.effect_rows(TYPICAL, scenarios["inhouse"])}
    assert inhouse_targets == {"risk.key_person.severity", "risk.data_loss.rate",
                               "risk.cyber.severity"}


def test_cost_effects_on_the_scenario(scenarios):
    full = scenarios["full"]
    none = gov.apply_to_scenario(full, gov.preset("none"))
    # out of scope 0.25 × (1.5 × 1.2) = 0.45; exit 1.5 months and 15 days × 2.25
    assert none.terms.out_of_scope_share == pytest.approx(0.25 * 1.8)
    assert none.terms.exit_fee_months == pytest.approx(1.5 * 2.25)
    assert none.terms.exit_internal_days == pytest.approx(15 * 2.25)
    assert full.terms.exit_fee_months == 1.5, "the scenario itself is untouched"
    assert gov.apply_to_scenario(scenarios["inhouse"], gov.preset("none")) is scenarios["inhouse"]
    assert gov.cost_overrides(gov.preset("none"), full) == pytest.approx(
        {"exit_factor": 2.25, "out_of_scope_share": 0.45})
    assert gov.cost_overrides(gov.preset("none"), scenarios["inhouse"]) == {}


def test_cost_model_total_follows_governance(scenarios):
    from models.costmodel import make_inputs, summarise
    from models.dataset import sample_dataset
    ds = sample_dataset()
    inputs = make_inputs(ds.spend, ds.company, ds.staff)
    totals = {}
    for name in ("none", "typical", "mature"):
        scs = [gov.apply_to_scenario(s, gov.preset(name)) for s in scenarios.values()]
        totals[name] = {r.id: r.total for r in summarise(inputs, scs)}
    assert totals["none"]["full"] > totals["typical"]["full"] > totals["mature"]["full"]
    assert totals["none"]["inhouse"] == totals["typical"]["inhouse"] == totals["mature"]["inhouse"]
    base = {r.id: r.total for r in summarise(inputs, list(scenarios.values()))}
    assert totals["typical"] == pytest.approx(base)


def test_event_family_names():
    assert gov.event_family("degradation") == "degradation"
    assert gov.event_family("transition_overrun") == "transition_overrun"
    assert gov.event_family("outage.hosting") is None
    assert gov.event_family("data_loss") == "data_loss"
    assert gov.event_family("key_person:it") == "key_person"


def test_apply_to_events_multiplies_copies():
    from dataclasses import dataclass

    @dataclass
    class Ev:
        key: str
        rate: float
        mean: float
        rate_multiplier: float = 1.0
        severity_multiplier: float = 2.0

        def expected_annual_loss(self):
            return self.rate * self.rate_multiplier * self.mean * self.severity_multiplier

    events = [Ev("degradation", 0.5, 1000.0), Ev("provider_failure", 0.05, 20000.0),
              Ev("outage.hosting", 0.5, 500.0)]
    out = gov.apply_to_events(events, with_(steering=0, reversibility=0))
    assert out[0].rate_multiplier == pytest.approx(1.4) and events[0].rate_multiplier == 1.0
    assert out[1].severity_multiplier == pytest.approx(2.0 * 1.5)
    assert out[2] is events[2]
    # 0.5·1.4·1000·2 + 0.05·20000·3 + 0.5·500·2 = 1400 + 3000 + 500
    assert gov.expected_loss(out) == pytest.approx(4900.0)


# ----------------------------------------------------------------------------- confusion

DECIDER_RATE = (47090 * 1.42 + 6500) / 1500          # IT manager, EUR per productive hour


def test_confusion_cost_hand_computed(scenarios):
    company, staff = sample_company(), sample_staff()
    assert default("salary_it_manager") == 47090 and default("employer_charges_cadre") == 0.42
    c = gov.confusion_cost(TYPICAL, scenarios["full"], company, staff)
    assert c.decider_hourly_eur == pytest.approx(DECIDER_RATE)          # ≈ 48.91 €/h
    assert c.employee_hours == pytest.approx(76 * 0.1 * 2)              # 15.2 h
    assert c.employee_hourly_eur == 30.0
    per_episode = 6 * DECIDER_RATE + 15.2 * 30                          # ≈ 749.47 €
    assert c.loss_per_episode == pytest.approx(per_episode)
    assert c.episodes_per_year == pytest.approx(6.0)                    # full: exposure 1
    assert c.expected_eur == pytest.approx(6 * per_episode)             # ≈ 4,497 €/year
    assert c.hours_per_year == pytest.approx(6 * (6 + 15.2))
    partial = gov.confusion_cost(TYPICAL, scenarios["partial"], company, staff)
    assert partial.episodes_per_year == pytest.approx(6 * (0.6 + 0.4 * 2 / 6))   # 4.4
    assert gov.confusion_cost(TYPICAL, scenarios["inhouse"], company, staff).expected_eur == 0
    none = gov.confusion_cost(gov.preset("none"), scenarios["full"], company, staff)
    assert none.episodes_per_year == pytest.approx(6 * 3.9)                        # 23.4
    mature = gov.confusion_cost(gov.preset("mature"), scenarios["full"], company, staff)
    assert mature.episodes_per_year == pytest.approx(6 * 0.24)                     # 1.44


@pytest.mark.parametrize("question", ["referent", "decision_rights", "steering"])
def test_confusion_moves_with_its_answers(question, scenarios):
    company, staff = sample_company(), sample_staff()
    cost = {lvl: gov.confusion_cost(with_(**{question: lvl}), scenarios["full"], company,
                                    staff).expected_eur for lvl in gov.LEVELS}
    assert cost[0] > cost[1] > cost[2]


def test_confusion_costs_the_decider_from_staff_and_headcount(scenarios):
    staff = [StaffRole("Tech", 1.0, 30000, 0.3, {"support": 1.0}, 6500),
             StaffRole("DSI", 0.5, 80000, 0.42, {"governance": 1.0}, 6500)]
    assert gov.decider_role(staff).role == "DSI"
    small = CompanyProfile("Small", employees=20, workstations=20, servers=1, sites=1)
    c = gov.confusion_cost(TYPICAL, scenarios["full"], small, staff)
    assert c.decider_hourly_eur == pytest.approx((80000 * 1.42 + 6500) / 1500)
    assert c.employee_hours == pytest.approx(20 * 0.1 * 2)
    assert gov.decider_role([]).role == "IT manager"


# ----------------------------------------------------------------------------- retained time

def test_retained_time_hand_computed(scenarios):
    staff = sample_staff()
    full = gov.retained_time(scenarios["full"], staff)
    assert full.hours == pytest.approx(24 + 138 + 72 + 16 + 12 + 16)        # 278 h
    assert full.fte == pytest.approx(278 / 1500)
    assert full.cost_eur == pytest.approx(278 * DECIDER_RATE)
    partial = gov.retained_time(scenarios["partial"], staff)
    assert partial.hours == pytest.approx(24 + 254 * (0.6 + 0.4 / 3))       # ≈ 210.3 h
    inhouse = gov.retained_time(scenarios["inhouse"], staff)
    assert inhouse.tasks == (("strategy", 24.0),)


# ----------------------------------------------------------------------------- verdicts

@pytest.mark.parametrize("name, partial, full", [("none", "not_ready", "not_ready"),
                                                 ("typical", "ready", "conditions"),
                                                 ("mature", "ready", "ready")])
def test_verdicts_of_presets(name, partial, full, scenarios):
    v = {x.scenario_id: x for x in gov.verdicts(gov.preset(name), scenarios.values())}
    assert v["inhouse"].code == "inhouse"
    assert v["partial"].code == partial
    assert v["full"].code == full


def test_verdict_rules(scenarios):
    p = scenarios["partial"]
    one = gov.verdict(with_(referent=0), p)          # one blocker, score (900 − 100)/18 ≈ 44.4
    assert one.code == "conditions" and one.blockers == ("referent",)
    assert one.score == pytest.approx(800 / 18)
    two = gov.verdict(with_(referent=0, assets=0), p)
    assert two.code == "not_ready" and two.blockers == ("referent", "assets")
    # every critical question of the partial scenario at 2, the rest at 0: 600/18 ≈ 33.3 < 50
    crit = {q: 0 for q in gov.QUESTION_IDS} | {q: 2 for q in gov.CRITICAL["partial"]}
    v = gov.verdict(crit, p)
    assert v.code == "conditions" and v.blockers == () and v.gaps == ()
    for lang in ("fr", "en"):
        assert "Partial" in v.sentence("en", "Partial")
        assert v.sentence(lang, "X").startswith("X")
    assert "internal referent" in one.sentence("en", "Partial")
    assert "référent interne" in one.sentence("fr", "Partielle")


# ----------------------------------------------------------------------------- actions

def test_actions_by_phase_and_priority():
    assert gov.actions(gov.preset("mature")) == []
    todo = gov.actions(TYPICAL)
    assert len(todo) == len(gov.QUESTIONS)
    phases = [a.phase for a in todo]
    assert phases == sorted(phases, key=gov.PHASES.index)
    before = [a for a in todo if a.phase == "before_signing"]
    # weight × gap: expectations, referent, reversibility (2) before sla, business, partnership,
    # phasing (1), in questionnaire order on ties
    assert [a.question for a in before] == ["expectations", "referent", "reversibility", "sla",
                                            "business_understanding", "partnership", "phasing"]
    ranked = gov.actions(TYPICAL, savings={"phasing": 5000.0, "sla": 10.0})
    assert [a.question for a in ranked if a.phase == "before_signing"][:2] == ["phasing", "sla"]
    assert all(a.text("fr") and a.text("en") for a in todo)


def test_action_savings_use_the_loss_function():
    # a toy loss: 100 € per missing level of steering, 10 € for everything else
    def loss(a):
        return sum((2 - v) * (100 if q == "steering" else 10) for q, v in a.items())
    s = gov.action_savings(with_(steering=0), loss)
    assert s["steering"] == 200 and s["sla"] == 10
    assert set(s) == set(gov.QUESTION_IDS)


# ----------------------------------------------------------------------------- register

def test_register_hand_computed(scenarios):
    reg = gov.default_register(TYPICAL, scenarios.values())
    assert list(reg.columns) == list(gov.REGISTER_COLUMNS)
    assert len(reg) == len(gov.RISKS) * 3
    cell = reg.set_index(["risk", "scenario"])
    # full: 1 + round(4 × 1 × 0.5) = 3; partial: 1 + round(4 × 0.75 × 0.5 = 1.5) = 3 (half up)
    assert cell.loc[("dependency", "full"), "likelihood"] == 3
    assert cell.loc[("dependency", "partial"), "likelihood"] == 3
    # in-house dependency (key person): 1 + round(4 × 0.5 × 0.5) = 2; no low-cost provider: 1
    assert cell.loc[("dependency", "inhouse"), "likelihood"] == 2
    assert cell.loc[("low_cost", "inhouse"), "likelihood"] == 1
    assert cell.loc[("dependency", "full"), "impact"] == 5
    none = gov.default_register(gov.preset("none"), scenarios.values()).set_index(
        ["risk", "scenario"])
    assert (none.xs("full", level="scenario")["likelihood"] == 5).all()
    mature = gov.default_register(gov.preset("mature"), scenarios.values())
    assert (mature["likelihood"] == 1).all()


def test_register_edits_round_trip(scenarios):
    reg = gov.default_register(TYPICAL, scenarios.values())
    edits = {("transition", "full"): (5, 5), ("confusion", "partial"): (1, 2)}
    edited = gov.apply_register_edits(reg, edits)
    assert gov.register_edits(reg, edited) == edits
    assert gov.register_edits(reg, reg) == {}
    for bad in (0, 6, 2.5, float("nan"), True, "3"):
        with pytest.raises(gov.GovernanceError):
            gov.apply_register_edits(reg, {("transition", "full"): (bad, 3)})


# ----------------------------------------------------------------------------- JSON form

def test_json_round_trip_with_register():
    a = with_(referent=0, phasing=2)
    edits = {("dependency", "full"): (4, 5)}
    text = gov.dump_answers(a, edits)
    assert json.loads(text)["schema"] == "it-sourcing-governance"
    assert gov.load_answers(text) == (a, edits)
    assert gov.load_answers(text.encode()) == (a, edits)
    assert gov.answers_from_dict(gov.answers_to_dict(a)) == (a, {})


def test_loads_from_a_scenario_file_with_a_governance_object():
    scenario_file = {"schema": "it-sourcing-scenarios", "version": 1, "scenarios": [],
                     "governance": gov.answers_to_dict(gov.preset("mature"))}
    assert gov.load_answers(json.dumps(scenario_file))[0] == gov.preset("mature")


def _doc(**changes):
    d = gov.answers_to_dict(TYPICAL)
    d.update(changes)
    return d


@pytest.mark.parametrize("payload, key", [
    ("{not json", "gov.error.json"),
    (b"\xff\xfe", "gov.error.json"),
    ("[]", "gov.error.type"),
    (json.dumps(_doc(schema="other")), "gov.error.schema"),
    (json.dumps(_doc(version=2)), "gov.error.version"),
    (json.dumps(_doc(extra=1)), "gov.error.unknown_keys"),
    (json.dumps(_doc(answers={**TYPICAL, "bogus": 1})), "gov.error.unknown_question"),
    (json.dumps(_doc(answers={k: v for k, v in TYPICAL.items() if k != "sla"})),
     "gov.error.missing_question"),
    (json.dumps(_doc(answers={**TYPICAL, "sla": 3})), "gov.error.level"),
    (json.dumps(_doc(answers={**TYPICAL, "sla": "1"})), "gov.error.level"),
    (json.dumps(_doc(answers={**TYPICAL, "sla": True})), "gov.error.level"),
    (json.dumps(_doc(answers={**TYPICAL, "sla": 1.5})), "gov.error.level"),
    (json.dumps(_doc(answers=[1, 2])), "gov.error.type"),
    (json.dumps(_doc(register={"a": 1})), "gov.error.type"),
    (json.dumps(_doc(register=[{"risk": "dependency"}])), "gov.error.register_row"),
    (json.dumps(_doc(register=[{"risk": "weather", "scenario": "full", "likelihood": 2,
                                "impact": 2}])), "gov.error.register_row"),
    (json.dumps(_doc(register=[{"risk": "dependency", "scenario": "full", "likelihood": 9,
                                "impact": 2}])), "gov.error.scale"),
])
def test_malformed_files_are_refused_with_a_clear_message(payload, key):
    with pytest.raises(gov.GovernanceError) as info:
        gov.load_answers(payload)
    assert info.value.key == key
    for lang in ("fr", "en"):
        message = info.value.message(lang)
        assert message and "gov.error" not in message and message.strip()[-1] in ".)"


def test_resolve_answers_from_preset_or_file(tmp_path):
    assert gov.resolve_answers("none") == gov.preset("none")
    path = tmp_path / "answers.json"
    path.write_text(gov.dump_answers(with_(sla=2)), encoding="utf-8")
    assert gov.resolve_answers(str(path)) == with_(sla=2)
    with pytest.raises(gov.GovernanceError) as info:
        gov.resolve_answers(str(tmp_path / "missing.json"))
    assert "neither a preset" in info.value.message("en")

    class Args:
        governance = "mature"
    assert answers_from_args(Args()) == gov.preset("mature")
    Args.governance = None
    assert answers_from_args(Args()) is None


def test_answers_frame_for_exports():
    df = gov.answers_frame(TYPICAL, "en")
    assert list(df.columns) == ["question", "answer", "theme"] and len(df) == len(gov.QUESTIONS)
    assert df.iloc[0]["answer"] == t("gov.q.expectations.a1", "en")


def test_board_pack_governance_part_lands_in_the_workbook(scenarios):
    import io
    from dataclasses import replace

    import openpyxl

    from exports.board_pack import build_pptx, build_xlsx
    from exports.collect import collect
    from models.dataset import sample_dataset
    from models.scenarios import Economics
    fields = gov.board_pack_fields(with_(referent=0), list(scenarios.values()),
                                   {("transition", "full"): (5, 5)}, "en")
    assert fields["governance_score"] == pytest.approx(800 / 18)
    assert list(fields["governance_answers"].columns) == ["Question", "Answer", "Theme"]
    reg = fields["risk_register"]
    row = reg[(reg["Risk"] == "Transition") & (reg["Scenario"] == "Full outsourcing")].iloc[0]
    assert (row["Likelihood (1–5)"], row["Impact (1–5)"]) == (5, 5)
    assert fields["actions"][0].startswith("Before signing: Name an internal referent")
    pack = replace(collect(sample_dataset(), list(scenarios.values()), Economics(), "en"), **fields)
    wb = openpyxl.load_workbook(io.BytesIO(build_xlsx(pack)))
    values = [c.value for row in wb["Governance"].iter_rows() for c in row if c.value]
    assert t("gov.q.referent", "en") in values and "Governance confusion" in values
    assert build_pptx(pack)[:2] == b"PK"


def test_documented_effects_table_matches_the_code():
    from tests.conftest import ROOT
    doc = (ROOT / "docs" / "governance.md").read_text(encoding="utf-8")
    for e in gov.EFFECTS:
        row = (f"| `{e.question}` | `{e.target}` | {e.factors[0]:g} / {e.factors[1]:g} / "
               f"{e.factors[2]:g} | {e.scope} | {e.basis} |")
        assert row in doc, row


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(gov.LEVELS), min_size=len(gov.QUESTIONS),
                max_size=len(gov.QUESTIONS)),
       st.dictionaries(st.tuples(st.sampled_from(gov.RISKS), st.sampled_from(["inhouse", "full"])),
                       st.tuples(st.integers(1, 5), st.integers(1, 5)), max_size=4))
def test_any_answers_round_trip_through_json(levels, edits):
    a = dict(zip(gov.QUESTION_IDS, levels))
    assert gov.load_answers(gov.dump_answers(a, edits)) == (a, edits)


@pytest.mark.parametrize("question", sorted({e.question for e in gov.EFFECTS
                                             if e.target.startswith("cost.")}))
def test_each_cost_answer_moves_the_total_cost(question, scenarios):
    from models.costmodel import make_inputs, summarise
    from models.dataset import sample_dataset
    ds = sample_dataset()
    inputs = make_inputs(ds.spend, ds.company, ds.staff)
    total = {}
    for level in gov.LEVELS:
        sc = gov.apply_to_scenario(scenarios["full"], with_(**{question: level}))
        total[level] = summarise(inputs, [scenarios["inhouse"], sc])[1].total
    assert total[0] > total[1] > total[2]
