"""Cost model: a hand-computed two-domain company, then properties on random inputs."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.company import CompanyProfile, StaffRole
from models.costmodel import (
    CostInputs,
    DomainBaseline,
    break_even_year,
    make_inputs,
    npv,
    project,
    summarise,
    total_by_year,
    yearly_costs,
    yearly_totals,
)
from models.domains import DOMAINS, OUTSOURCEABLE_DOMAINS
from models.errors import CostModelError
from models.scenarios import (
    ContractTerms,
    DomainChoice,
    Economics,
    Scenario,
    default_scenarios,
    make_scenario,
)
from models.spend import coerce_spend_table
from models.staff import FATES, StaffDecision, role_costs

# ----------------------------------------------------------------------------- hand-computed

def _two_domain_spend() -> pd.DataFrame:
    """12 months of 2025: support (recurring 1,000/month, one unplanned 2,400, one-off 600)
    and hosting (recurring 500/month, one server of 8,000 capitalised)."""
    rows = []
    for m in range(1, 13):
        rows.append({"date": f"2025-{m:02d}-05", "amount": 1000.0, "domain": "support",
                     "nature": "recurring"})
        rows.append({"date": f"2025-{m:02d}-06", "amount": 500.0, "domain": "hosting",
                     "nature": "recurring"})
    rows += [
        {"date": "2025-03-10", "amount": 2400.0, "domain": "support", "nature": "unplanned"},
        {"date": "2025-04-10", "amount": 600.0, "domain": "support", "nature": "one_off"},
        {"date": "2025-06-10", "amount": 8000.0, "domain": "hosting", "nature": "one_off",
         "capex": True},
        {"date": "2025-06-11", "amount": 99999.0, "domain": "other", "nature": "recurring"},
    ]
    df = pd.DataFrame(rows)
    df["capex"] = df["capex"].fillna(False).astype(bool)
    return coerce_spend_table(df)


def _two_domain_inputs() -> CostInputs:
    company = CompanyProfile("Two domains SARL", employees=10, workstations=10, servers=1, sites=1)
    staff = [StaffRole("Technicien", 1.0, 30_000.0, 0.30, {"support": 0.5, "hosting": 0.5},
                       overhead_per_fte_eur=5_000.0)]
    economics = Economics(horizon_years=3, discount_rate=0.10, headcount_growth=0.0,
                          salary_drift=0.05, price_inflation=0.10, useful_life_years=4.0)
    return make_inputs(_two_domain_spend(), company, staff, economics)


def _support_outsourced() -> Scenario:
    domains = {d: DomainChoice() for d in DOMAINS}
    domains["support"] = DomainChoice(outsourced=True, price_unit="user", price_eur=40.0,
                                      replaced_share=1.0)
    terms = ContractTerms(indexation=0.02, renewal_step=0.10, term_years=2,
                          transition_fee_months=2.0, transition_internal_days=5.0,
                          parallel_months=3.0, out_of_scope_share=0.10, retained_mode="share",
                          retained_share=0.05, retained_fte=0.0, exit_fee_months=1.5,
                          exit_internal_days=4.0)
    return Scenario(id="support-out", kind="partial", name="Support out", color_index=1,
                    domains=domains, terms=terms)


def test_baseline_from_the_spend_table():
    b = _two_domain_inputs().baseline
    # 12 months covered: yearly = total; the lone 8,000 server is a refresh wave, spread over
    # max(4 years, 1 year) = 2,000 a year
    assert b["support"] == DomainBaseline(recurring=12_000, one_off=600, unplanned=2_400, capex=0,
                                          staff_pay=19_500, staff_overhead=2_500)
    assert b["hosting"] == DomainBaseline(recurring=6_000, one_off=0, unplanned=0, capex=2_000,
                                          staff_pay=19_500, staff_overhead=2_500)
    assert all(b[d].total == 0 for d in DOMAINS if d not in ("support", "hosting"))


def test_in_house_every_year_by_hand():
    inputs = _two_domain_inputs()
    inhouse = make_scenario("inhouse")
    costs = yearly_costs(inputs, inhouse)
    # purchase index 1, 1.1, 1.21 (inflation 10 %); pay index 1, 1.05, 1.1025 (drift 5 %)
    assert costs[("support", "run")] == pytest.approx([12_000, 13_200, 14_520])
    assert costs[("support", "unplanned")] == pytest.approx([2_400, 2_640, 2_904])
    assert costs[("hosting", "capex")] == pytest.approx([2_000, 2_200, 2_420])
    # staff: 30,000 × 1.3 + 5,000 = 44,000 loaded, half per domain
    assert costs[("support", "staff")] == pytest.approx([22_000, 23_100, 24_255])
    # year 1: spend 15,000 + 8,000 = 23,000, staff 44,000
    # year 2: 23,000 × 1.1 = 25,300 + 44,000 × 1.05 = 46,200
    # year 3: 23,000 × 1.21 = 27,830 + 44,000 × 1.1025 = 48,510
    assert total_by_year(costs) == pytest.approx([67_000, 71_500, 76_340])


def test_support_outsourced_every_year_by_hand():
    """Outsourcing support while keeping the technician (the default fate): the provider adds
    its fee, the technician's pay stays."""
    inputs = _two_domain_inputs()
    costs = yearly_costs(inputs, _support_outsourced())
    # the technician stays at full cost: 44,000 × pay, half allocated to support
    assert costs[("support", "staff")] == pytest.approx([22_000, 23_100, 24_255])
    # parallel running: 3/12 × (run 12,000 + one-off 600 + unplanned 2,400): no staff part
    assert costs[("support", "parallel_run")] == pytest.approx([3_750, 0, 0])
    # year 1: 30,000 + 22,000 + 4,800 + 480 + 240 + 1,826.67 + 3,750
    # year 2: 31,900 + 23,100 + 4,896 + 489.6 + 244.8
    # year 3: 33,935 + 24,255 + 5,493.312 + 549.3312 + 274.6656 + 1,592.184
    assert total_by_year(costs) == pytest.approx([63_096.6667, 60_630.4, 66_099.4928])
    assert yearly_totals(inputs, _support_outsourced()) == pytest.approx(total_by_year(costs))


def test_support_outsourced_with_every_freed_hour_saved_by_hand():
    """The provider-pitch assumption (freed staff time all saved from year 1, the model before
    per-person decisions): the technician's support half disappears."""
    inputs = _two_domain_inputs()
    costs = yearly_costs(inputs, _support_outsourced(), {"freed_time_saved_share": 1.0})
    # fee: 40 €/user/month × 10 users × 12 = 4,800; index 2 %/year, +10 % at renewal (year 3)
    # contract index: 1, 1.02, 1.02² × 1.10 = 1.14444
    assert costs[("support", "provider_fee")] == pytest.approx([4_800, 4_896, 5_493.312])
    assert costs[("support", "out_of_scope")] == pytest.approx([480, 489.6, 549.3312])
    assert costs[("governance", "contract_management")] == pytest.approx([240, 244.8, 274.6656])
    # transition: 2 months of fee (800) + 5 days × 44,000 / (1,500 h / 7 h) = 1,026.67
    day = 44_000 / (1_500 / 7)
    assert day == pytest.approx(205.3333333)
    assert costs[("support", "transition")] == pytest.approx([800 + 5 * day, 0, 0])
    # parallel running: 3/12 × (run 12,000 + one-off 600 + unplanned 2,400 + staff 22,000)
    assert costs[("support", "parallel_run")] == pytest.approx([9_250, 0, 0])
    # exit in year 3: 1.5 × 5,493.312 / 12 = 686.664 + 4 days × day × 1.1025 = 905.52
    assert costs[("support", "exit")] == pytest.approx([0, 0, 686.664 + 905.52])
    # nothing of support stays in-house (everything replaced, all staff time saved)
    for item in ("run", "one_off", "unplanned", "capex", "staff"):
        assert costs[("support", item)] == pytest.approx([0, 0, 0])
    # hosting unchanged: 8,000 × purchase + 22,000 × pay
    hosting = costs[("hosting", "run")] + costs[("hosting", "capex")] + costs[("hosting", "staff")]
    assert hosting == pytest.approx([30_000, 31_900, 33_935])
    yearly = total_by_year(costs)
    # year 1: 30,000 + 4,800 + 480 + 240 + 1,826.67 + 9,250
    # year 2: 31,900 + 4,896 + 489.6 + 244.8
    # year 3: 33,935 + 5,493.312 + 549.3312 + 274.6656 + 1,592.184
    assert yearly == pytest.approx([46_596.6667, 37_530.4, 41_844.4928])
    assert yearly_totals(inputs, _support_outsourced(),
                         {"freed_time_saved_share": 1.0}) == pytest.approx(yearly)


def test_summary_by_hand():
    inputs = _two_domain_inputs()
    inhouse, out = summarise(inputs, [make_scenario("inhouse"), _support_outsourced()])
    assert inhouse.total == pytest.approx(214_840)
    # NPV at 10 %, costs at year end: 67,000/1.1 + 71,500/1.21 + 76,340/1.331
    assert inhouse.npv == pytest.approx(60_909.0909 + 59_090.9091 + 57_355.3719)
    assert inhouse.break_even_year is None
    assert inhouse.cost_per_employee == pytest.approx(214_840 / 30)
    total = 63_096.6667 + 60_630.4 + 66_099.4928
    assert out.total == pytest.approx(total)
    assert out.break_even_year == 1
    assert out.delta_vs_inhouse == pytest.approx(total - 214_840)
    assert out.fixed_share + out.variable_share + out.one_time_share == pytest.approx(1)
    # one-time: transition 1,826.67 + parallel 3,750 + exit 1,592.18
    assert out.one_time_share == pytest.approx((1_826.6667 + 3_750 + 1_592.184) / total)
    # in-house variable: one-off + unplanned = 3,000 × (1 + 1.1 + 1.21)
    assert inhouse.variable_share == pytest.approx(3_000 * 3.31 / 214_840)


def test_retained_fte_mode_and_partial_staff_saving():
    inputs = _two_domain_inputs()
    sc = _support_outsourced()
    sc.terms.retained_mode, sc.terms.retained_fte = "fte", 0.5
    costs = yearly_costs(inputs, sc, {"freed_time_saved_share": 0.5})
    # half an IT manager: 0.5 × (47,090 × 1.42 + 6,500) × pay index
    per_fte = 47_090 * 1.42 + 6_500
    assert costs[("governance", "contract_management")] == pytest.approx(
        [0.5 * per_fte, 0.5 * per_fte * 1.05, 0.5 * per_fte * 1.1025])
    assert costs[("support", "staff")] == pytest.approx([11_000, 11_550, 12_127.5])
    # parallel running only counts the staff time that is actually saved
    assert costs[("support", "parallel_run")][0] == pytest.approx(0.25 * (15_000 + 11_000))
    assert yearly_totals(inputs, sc, {"freed_time_saved_share": 0.5}) == pytest.approx(
        total_by_year(costs))


def test_break_even_year_rules():
    assert break_even_year([10, 10, 10], [12, 12, 12]) == 1
    assert break_even_year([20, 5, 5], [12, 12, 12]) == 3        # 20,25,30 vs 12,24,36
    assert break_even_year([30, 5, 5], [12, 12, 12]) is None     # 30,35,40 vs 12,24,36
    assert break_even_year([20, 1, 1], [12, 12, 12]) == 2        # 20,21,22 vs 12,24,36
    assert break_even_year([5, 5, 40], [12, 12, 12]) is None     # below, then above at the end
    assert break_even_year([12, 12, 12], [12, 12, 12]) is None   # equal is not cheaper


def test_tidy_projection_columns_and_sum():
    inputs = _two_domain_inputs()
    df = project(inputs, [make_scenario("inhouse"), _support_outsourced()])
    assert list(df.columns) == ["scenario", "scenario_name", "color_index", "year", "domain",
                                "item", "amount_eur"]
    totals = df.groupby("scenario")["amount_eur"].sum()
    assert totals["inhouse"] == pytest.approx(214_840)
    assert totals["support-out"] == pytest.approx(63_096.6667 + 60_630.4 + 66_099.4928)
    assert set(df["year"]) == {1, 2, 3}


def test_bad_inputs_are_refused_with_clear_messages():
    inputs = _two_domain_inputs()
    sc = _support_outsourced()
    sc.domains["governance"] = DomainChoice(outsourced=True)
    with pytest.raises(CostModelError) as err:
        summarise(inputs, [make_scenario("inhouse"), sc])
    assert "IT management always stays in-house" in str(err.value)
    assert "pilotage" in err.value.message("fr")
    sc = _support_outsourced()
    sc.terms.out_of_scope_share = -0.1
    with pytest.raises(CostModelError, match="out_of_scope_share"):
        sc.validate()
    with pytest.raises(CostModelError, match="Unknown cost-model input"):
        yearly_costs(inputs, _support_outsourced(), {"price_per_user": 3.0})
    with pytest.raises(CostModelError, match=r"shape \(n, 1\)"):
        yearly_costs(inputs, _support_outsourced(), {"price_factor": np.ones(4)})
    with pytest.raises(CostModelError, match="horizon"):
        Economics(horizon_years=0).validate()


# ----------------------------------------------------------------------------- properties

amount = st.floats(0, 200_000, allow_nan=False)
rate = st.floats(-0.05, 0.15, allow_nan=False)


@st.composite
def cost_inputs(draw):
    company = CompanyProfile("Random", employees=draw(st.integers(1, 250)),
                             workstations=draw(st.integers(0, 300)),
                             servers=draw(st.integers(0, 20)),
                             sites=draw(st.integers(0, 5)))
    baseline = {}
    for d in DOMAINS:
        values = [draw(amount) for _ in range(6)]
        baseline[d] = DomainBaseline(*values, recurring_stays=values[0] * draw(st.floats(0, 1)),
                                     one_off_stays=values[1] * draw(st.floats(0, 1)))
    economics = Economics(horizon_years=draw(st.integers(1, 8)),
                          discount_rate=draw(st.floats(0, 0.2)), headcount_growth=draw(rate),
                          salary_drift=draw(rate), price_inflation=draw(rate))
    staff = []
    for i in range(draw(st.integers(0, 3))):
        weights = [draw(st.floats(0, 1)) for _ in DOMAINS]
        total = sum(weights) or 1.0
        shares = {d: w / total for d, w in zip(DOMAINS, weights) if w > 0} or {"support": 1.0}
        staff.append(StaffRole(f"role {i}", draw(st.floats(0.1, 2)), draw(amount),
                               draw(st.floats(0.2, 0.5)), shares,
                               seniority_years=draw(st.floats(0, 30)),
                               executive=draw(st.booleans())))
    return CostInputs(company=company, baseline=baseline, economics=economics,
                      fte_pay_eur=draw(amount), fte_overhead_eur=draw(st.floats(0, 10_000)),
                      retained_pay_eur=draw(amount),
                      retained_overhead_eur=draw(st.floats(0, 10_000)),
                      roles=role_costs(staff), start_date="2027-01-01",
                      decider_pay_eur=draw(amount), decider_overhead_eur=draw(st.floats(0, 10_000)))


@st.composite
def staff_decisions(draw, inputs):
    out = []
    for r in inputs.roles:
        fate = draw(st.sampled_from(FATES))
        month = draw(st.integers(0, 30))
        out.append(StaffDecision(r.role, fate, f"{2027 + month // 12}-{month % 12 + 1:02d}-01",
                                 avoided_share=draw(st.floats(0, 1))))
    return tuple(out)


@st.composite
def contract_terms(draw):
    return ContractTerms(
        indexation=draw(st.floats(0, 0.1)), renewal_step=draw(st.floats(0, 0.3)),
        term_years=draw(st.integers(1, 5)), transition_fee_months=draw(st.floats(0, 6)),
        transition_internal_days=draw(st.floats(0, 60)), parallel_months=draw(st.floats(0, 12)),
        out_of_scope_share=draw(st.floats(0, 0.5)),
        retained_mode=draw(st.sampled_from(["hours", "share", "fte"])),
        retained_share=draw(st.floats(0, 0.1)), retained_fte=draw(st.floats(0, 2)),
        exit_fee_months=draw(st.floats(0, 6)), exit_internal_days=draw(st.floats(0, 40)))


@st.composite
def domain_choices(draw, outsourced=None):
    out = {}
    for d in DOMAINS:
        o = False if d == "governance" else (draw(st.booleans()) if outsourced is None
                                             else d in outsourced)
        out[d] = DomainChoice(outsourced=o,
                              price_unit=draw(st.sampled_from(["user", "device", "server",
                                                               "site", "flat"])),
                              price_eur=draw(st.floats(0, 500)),
                              replaced_share=draw(st.floats(0, 1)),
                              hardware_in_fee=draw(st.booleans()))
    return out


@settings(max_examples=60, deadline=None)
@given(cost_inputs(), contract_terms(), domain_choices(outsourced=()))
def test_partial_with_no_domain_outsourced_equals_in_house_exactly(inputs, terms, choices):
    inhouse = make_scenario("inhouse")
    partial = Scenario(id="partial", kind="partial", color_index=1, domains=choices, terms=terms)
    a = yearly_costs(inputs, inhouse)
    b = yearly_costs(inputs, partial)
    assert a.keys() == b.keys()
    assert all(np.array_equal(a[k], b[k]) for k in a)
    assert np.array_equal(yearly_totals(inputs, inhouse), yearly_totals(inputs, partial))


@settings(max_examples=60, deadline=None)
@given(cost_inputs(), contract_terms(), domain_choices(outsourced=OUTSOURCEABLE_DOMAINS))
def test_full_equals_partial_with_every_outsourceable_domain(inputs, terms, choices):
    full = Scenario(id="full", kind="full", color_index=2, domains=choices, terms=terms)
    partial = Scenario(id="partial", kind="partial", color_index=1, domains=choices, terms=terms)
    assert np.array_equal(total_by_year(yearly_costs(inputs, full)),
                          total_by_year(yearly_costs(inputs, partial)))
    # and the default full scenario is the default partial with every domain ticked
    full_default = make_scenario("full", OUTSOURCEABLE_DOMAINS)
    partial_all = make_scenario("partial", OUTSOURCEABLE_DOMAINS)
    assert np.array_equal(yearly_totals(inputs, full_default), yearly_totals(inputs, partial_all))


@settings(max_examples=60, deadline=None)
@given(cost_inputs(), contract_terms(), domain_choices(), st.floats(0, 3), st.floats(0, 3))
def test_cost_rises_with_provider_price(inputs, terms, choices, k1, k2):
    sc = Scenario(id="x", kind="variant", color_index=3, domains=choices, terms=terms)
    lo, hi = sorted((k1, k2))
    a = yearly_totals(inputs, sc, {"price_factor": lo})
    b = yearly_totals(inputs, sc, {"price_factor": hi})
    assert np.all(b >= a - 1e-6 * (1 + np.abs(a)))


@settings(max_examples=60, deadline=None)
@given(cost_inputs(), contract_terms(), domain_choices())
def test_npv_at_zero_rate_is_the_total_and_fast_path_agrees(inputs, terms, choices):
    sc = Scenario(id="x", kind="variant", color_index=3, domains=choices, terms=terms)
    yearly = total_by_year(yearly_costs(inputs, sc))
    assert npv(yearly, 0.0) == pytest.approx(yearly.sum(), rel=1e-12, abs=1e-6)
    np.testing.assert_allclose(yearly_totals(inputs, sc), yearly, rtol=1e-10, atol=1e-6)


def test_vectorised_overrides_match_one_trial_at_a_time():
    from models.dataset import sample_dataset
    ds = sample_dataset()
    inputs = make_inputs(ds.spend, ds.company, ds.staff)
    rng = np.random.default_rng(7)
    n = 6
    overrides = {"price_factor": rng.uniform(0.8, 1.2, (n, 1)),
                 "indexation": rng.uniform(0.0, 0.05, (n, 1)),
                 "salary_drift": rng.uniform(0.0, 0.04, (n, 1)),
                 "price_inflation": rng.uniform(0.0, 0.04, (n, 1)),
                 "headcount_growth": rng.uniform(-0.02, 0.05, (n, 1)),
                 "out_of_scope_share": rng.uniform(0.05, 0.3, (n, 1)),
                 "transition_fee_months": rng.uniform(1, 3, (n, 1)),
                 "exit_factor": rng.uniform(0.5, 2, (n, 1)),
                 "unplanned_factor": rng.uniform(0.5, 2, (n, 1)),
                 "salary_factor": rng.uniform(0.9, 1.1, (n, 1))}
    for sc in default_scenarios():
        fast = yearly_totals(inputs, sc, overrides)
        itemised = total_by_year(yearly_costs(inputs, sc, overrides))
        assert fast.shape == itemised.shape == (n, 5)
        for row in range(n):
            one = {k: float(v[row, 0]) for k, v in overrides.items()}
            np.testing.assert_allclose(fast[row], yearly_totals(inputs, sc, one), rtol=1e-12)
            np.testing.assert_allclose(itemised[row], yearly_totals(inputs, sc, one), rtol=1e-12)


def test_every_resolved_input_can_be_overridden_and_factors_scale_the_baseline():
    from models.costmodel import OVERRIDE_KEYS, resolved_inputs
    inputs = _two_domain_inputs()
    assert set(OVERRIDE_KEYS) == set(resolved_inputs(inputs, _support_outsourced(), None))
    inhouse = make_scenario("inhouse")
    base = yearly_costs(inputs, inhouse)
    scaled = yearly_costs(inputs, inhouse, {"recurring_factor": 2.0, "one_off_factor": 0.0,
                                            "capex_factor": 0.5})
    assert scaled[("support", "run")] == pytest.approx(2 * base[("support", "run")])
    assert scaled[("support", "one_off")] == pytest.approx([0, 0, 0])
    assert scaled[("hosting", "capex")] == pytest.approx(0.5 * base[("hosting", "capex")])


def test_group_costs_by_item_and_domain():
    from models.costmodel import group_costs
    inputs = _two_domain_inputs()
    costs = yearly_costs(inputs, _support_outsourced())
    by_item = group_costs(costs, "item")
    by_domain = group_costs(costs, "domain")
    assert by_item["provider_fee"] == pytest.approx([4_800, 4_896, 5_493.312])
    assert by_domain["hosting"] == pytest.approx([30_000, 31_900, 33_935])
    assert sum(by_item.values()) == pytest.approx(total_by_year(costs))
    assert sum(by_domain.values()) == pytest.approx(total_by_year(costs))


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_staff_decisions_fast_path_agrees_and_keeping_everyone_saves_no_staff(data):
    """Random roles, fates and dates: the fast path equals the itemised one; with every role
    kept (and no freed-time saving) the staff items are the same whatever is outsourced."""
    inputs = data.draw(cost_inputs())
    terms = data.draw(contract_terms())
    choices = data.draw(domain_choices())
    decided = Scenario(id="x", kind="variant", color_index=3, domains=choices, terms=terms,
                       staff=data.draw(staff_decisions(inputs)))
    np.testing.assert_allclose(yearly_totals(inputs, decided),
                               total_by_year(yearly_costs(inputs, decided)), rtol=1e-9, atol=1e-6)
    kept = Scenario(id="k", kind="variant", color_index=4, domains=choices, terms=terms)
    inhouse = make_scenario("inhouse")
    a, b = yearly_costs(inputs, kept), yearly_costs(inputs, inhouse)
    for d in DOMAINS:
        np.testing.assert_allclose(a[(d, "staff")], b[(d, "staff")], rtol=1e-12)
        assert (d, "severance") not in a
