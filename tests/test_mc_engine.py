"""Monte Carlo engine on the cost model: exact deterministic limit, reproducibility, common random
numbers, property tests on random valid inputs. Statistical checks use analytic results with
tolerances of a few standard errors; no golden floats."""
import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.costmodel import make_inputs, summarise, yearly_totals
from models.errors import CostModelError
from models.scenarios import default_scenarios, make_scenario
from models.uncertainty.calibration import unplanned_yearly_cv
from models.uncertainty.catalogue import EVENT_KEYS, RiskConfig
from models.uncertainty.distributions import Fixed, Pert, Triangular, Uniform
from models.uncertainty.engine import UncertainInput, default_uncertain_inputs, simulate
from models.uncertainty.sla import SlaTerms
from models.uncertainty.statistics import describe, exceedance, p_exceed, scenario_statistics

NO_RISK = RiskConfig(events=frozenset(), unplanned_cv=0.0)


@pytest.fixture(scope="module")
def world():
    from models.dataset import sample_dataset
    ds = sample_dataset()
    return ds, make_inputs(ds.spend, ds.company, ds.staff), default_scenarios()


def test_zero_variance_gives_the_deterministic_numbers_exactly(world):
    ds, inputs, scenarios = world
    for uncertain in ({}, {k: UncertainInput(k, Fixed(1.0) if u.mode == "relative" else
                                             Fixed(0.0), u.mode)
                          for k, u in default_uncertain_inputs().items()}):
        res = simulate(inputs, scenarios, n_trials=50, seed=3, uncertain=uncertain, risk=NO_RISK)
        results = summarise(inputs, scenarios)
        for i, sc in enumerate(scenarios):
            det = yearly_totals(inputs, sc)
            assert np.array_equal(res.total[i], np.broadcast_to(det, res.total[i].shape))
            assert np.array_equal(res.deterministic[i], det)
            assert np.allclose(res.total[i][0], results[i].yearly, rtol=1e-12, atol=0)
            assert np.all(res.risk[i] == 0)
        stats = scenario_statistics(res)
        for i, sc in enumerate(scenarios):
            s = stats[sc.id]["total"]
            # identical trials: no spread but the float rounding of numpy's mean and std
            assert s["std"] <= 1e-12 * s["mean"] and s["budget_at_risk"] == 0
            assert s["p10"] == s["p90"] == pytest.approx(results[i].total, rel=1e-12)


def test_each_trial_is_the_cost_model_at_its_draws_plus_volatility_plus_risk(world):
    ds, inputs, scenarios = world
    res = simulate(inputs, scenarios, n_trials=30, seed=21, spend=ds.spend)
    for i, sc in enumerate(scenarios):
        for j in (0, 7, 29):
            overrides = {k: float(v[j]) if isinstance(v, np.ndarray) else v
                         for k, v in res.inputs[sc.id].items()}
            cost = float(np.sum(yearly_totals(inputs, sc, overrides)))
            vol = float(res.volatility.get(sc.id, np.zeros(30))[j])
            assert cost + vol + res.risk[i, j].sum() == pytest.approx(res.total[i, j].sum(),
                                                                      rel=1e-12)


def test_same_seed_identical_arrays_other_seed_different(world):
    ds, inputs, scenarios = world
    a = simulate(inputs, scenarios, n_trials=2_000, seed=11, spend=ds.spend)
    b = simulate(inputs, scenarios, n_trials=2_000, seed=11, spend=ds.spend)
    c = simulate(inputs, scenarios, n_trials=2_000, seed=12, spend=ds.spend)
    assert np.array_equal(a.total, b.total) and np.array_equal(a.risk, b.risk)
    assert not np.array_equal(a.total, c.total)


def test_changing_one_scenario_leaves_the_others_draws_unchanged(world):
    ds, inputs, scenarios = world
    base = simulate(inputs, scenarios, n_trials=3_000, seed=5, spend=ds.spend)
    # 1. another distribution for one input of the full scenario only
    own = {"full": {"transition_fee_months":
                    UncertainInput("transition_fee_months", Triangular(0.5, 1.0, 4.0))}}
    other = simulate(inputs, scenarios, n_trials=3_000, seed=5, spend=ds.spend,
                     scenario_uncertain=own)
    for sid in ("inhouse", "partial"):
        i = base.index(sid)
        assert np.array_equal(base.total[i], other.total[i])
    assert not np.array_equal(base.total[2], other.total[2])
    # 2. the full scenario's own terms and prices change
    changed = [scenarios[0], scenarios[1], make_scenario("full", scenarios[2].outsourced_domains)]
    changed[2].terms.transition_fee_months = 3.0
    changed[2].domains["support"].price_eur = 15.0      # low-cost: more degradation events
    moved = simulate(inputs, changed, n_trials=3_000, seed=5, spend=ds.spend)
    for i in (0, 1):
        assert np.array_equal(base.total[i], moved.total[i])
    assert moved.event_trials["full"]["degradation"].mean() > \
        base.event_trials["full"]["degradation"].mean()


def test_adding_an_input_leaves_existing_draws_unchanged(world):
    ds, inputs, scenarios = world
    few = {k: v for k, v in default_uncertain_inputs().items()
           if k in ("price_inflation", "salary_factor")}
    more = {**few, "exit_factor": UncertainInput("exit_factor", Pert(0.8, 1.0, 2.0))}
    a = simulate(inputs, scenarios, n_trials=1_000, seed=2, uncertain=few, risk=NO_RISK)
    b = simulate(inputs, scenarios, n_trials=1_000, seed=2, uncertain=more, risk=NO_RISK)
    for sid in a.scenario_ids:
        for key in few:
            assert np.array_equal(a.inputs[sid][key], b.inputs[sid][key])
    # the in-house scenario has no exit: its totals are the same
    assert np.array_equal(a.total[0], b.total[0])


def test_common_random_numbers_make_differences_precise(world):
    ds, inputs, scenarios = world
    kw = dict(n_trials=4_000, risk=NO_RISK)
    res = simulate(inputs, scenarios, seed=9, **kw)
    independent = simulate(inputs, scenarios, seed=10, **kw)
    # in-house and partial share the salary and inflation draws: the noise of their difference
    # is far smaller than with independent draws for each
    a, b = res.horizon_total("inhouse"), res.horizon_total("partial")
    b_indep = independent.horizon_total("partial")
    assert np.corrcoef(a, b)[0, 1] > 0.5
    assert np.std(a - b) < 0.7 * np.std(a - b_indep)


def test_risk_events_of_each_scenario_and_sla(world):
    ds, inputs, scenarios = world
    res = simulate(inputs, scenarios, n_trials=20_000, seed=4, spend=ds.spend)
    inhouse, partial, full = (set(res.event_trials[s]) for s in res.scenario_ids)
    assert inhouse == {"outage.hosting", "outage.network", "cyber", "data_loss", "key_person"}
    assert set(EVENT_KEYS) == full
    assert "key_person" in partial and "provider_failure" in partial
    # the events' losses add up to the risk total of every trial
    for i, sid in enumerate(res.scenario_ids):
        assert np.allclose(sum(res.event_trials[sid].values()), res.risk[i].sum(axis=1))
    # in-house: no credits; full: the provider's credits are reported and below the loss
    assert res.sla["inhouse"]["credits"] == 0
    assert 0 < res.sla["full"]["credits"] < res.sla["full"]["downtime_loss"]
    # neutral assumptions: a provider restores no faster than an in-house team (no source says
    # otherwise) and outages are as frequent: the same downtime hours
    assert res.sla["full"]["downtime_hours"] == pytest.approx(res.sla["inhouse"]["downtime_hours"])
    # a provider's pitch (restore at its 2 h GTR, half the outages): fewer downtime hours
    from models.defaults import using_assumptions
    with using_assumptions("pitch"):
        pitch = simulate(inputs, scenarios, n_trials=2_000, seed=4, spend=ds.spend)
    assert pitch.sla["full"]["downtime_hours"] < 0.2 * pitch.sla["inhouse"]["downtime_hours"]
    # simulated expected annual loss of each event agrees with its analytic value
    for ev in res.events["inhouse"]:
        sample = res.event_trials["inhouse"][ev.key] / res.horizon
        assert abs(sample.mean() - ev.expected_annual_loss()) < \
            4 * sample.std() / math.sqrt(sample.size) + 1e-9


def test_multipliers_switches_and_sla_terms_move_the_risk(world):
    ds, inputs, scenarios = world
    base = simulate(inputs, scenarios, n_trials=5_000, seed=6, spend=ds.spend)
    doubled = simulate(inputs, scenarios, n_trials=5_000, seed=6, spend=ds.spend,
                       risk=RiskConfig(rate_multipliers={"cyber": 2.0},
                                       scenario_multipliers={
                                           "inhouse": {"severity": {"outage": 0.5}}}))
    assert doubled.event_trials["inhouse"]["cyber"].mean() > \
        base.event_trials["inhouse"]["cyber"].mean()
    # no credits in-house: halving the severity halves the loss, draw by draw
    assert np.allclose(doubled.event_trials["inhouse"]["outage.hosting"],
                       0.5 * base.event_trials["inhouse"]["outage.hosting"])
    assert np.array_equal(doubled.event_trials["full"]["outage.hosting"],
                          base.event_trials["full"]["outage.hosting"])
    only = simulate(inputs, scenarios, n_trials=1_000, seed=6,
                    risk=RiskConfig(events=frozenset({"cyber"})))
    assert all(set(v) == {"cyber"} for v in only.event_trials.values())
    strict = simulate(inputs, scenarios, n_trials=5_000, seed=6, spend=ds.spend,
                      risk=RiskConfig(sla={"full": SlaTerms(availability=0.9999,
                                                            restore_hours=2.0)}))
    assert strict.sla["full"]["downtime_hours"] < base.sla["full"]["downtime_hours"]
    assert strict.sla["inhouse"] == base.sla["inhouse"]


def test_bad_input_is_refused_with_a_sentence(world):
    ds, inputs, scenarios = world
    with pytest.raises(CostModelError):
        simulate(inputs, scenarios, n_trials=0)
    with pytest.raises(CostModelError):
        simulate(inputs, scenarios, n_trials=10, seed=-3)
    with pytest.raises(CostModelError):
        simulate(inputs, scenarios, n_trials=10,
                 uncertain={"nope": UncertainInput("nope", Fixed(1))})


def test_unplanned_volatility_calibrated_from_history():
    months = pd.date_range("2025-01-15", periods=12, freq="MS") + pd.Timedelta(days=14)
    amounts = [0, 1000, 0, 3000, 0, 0, 2000, 0, 0, 0, 6000, 0]
    spend = pd.DataFrame({"date": months, "amount": amounts, "domain": "support",
                          "nature": "unplanned"})
    spend = spend[spend["amount"] > 0]
    # months without unplanned spend count as 0 over the period the file covers
    history = pd.concat([spend, pd.DataFrame({"date": [months[0], months[-1]], "amount": [50, 50],
                                              "domain": "support", "nature": "recurring"})])
    cv, source = unplanned_yearly_cv(history)
    x = np.array(amounts, float)
    assert source == "history"
    assert cv == pytest.approx(x.std(ddof=1) / x.mean() / math.sqrt(12))
    assert unplanned_yearly_cv(None)[1] == "default"
    assert unplanned_yearly_cv(history.iloc[:2])[1] == "default"


# --------------------------------------------------------------------------- statistics


def test_statistics_against_numpy_and_hand_values():
    x = np.random.default_rng(1).lognormal(10, 0.5, 10_001)
    s = describe(x, budget=30_000, margin=0.1)
    for name, p in (("p10", 0.1), ("p50", 0.5), ("p90", 0.9), ("p95", 0.95)):
        assert s[name] == pytest.approx(np.quantile(x, p), rel=1e-12)
    assert s["budget_at_risk"] == pytest.approx(s["p90"] - s["p50"])
    assert s["cv"] == pytest.approx(x.std(ddof=1) / x.mean())
    assert s["tail_mean_95"] >= s["p95"]
    assert s["p_overrun"] == pytest.approx(np.mean(x > 33_000))
    small = describe(np.array([1.0, 2.0, 3.0, 4.0, 10.0]), budget=3.0, margin=0.0)
    assert small["p50"] == 3.0 and small["mean"] == 4.0 and small["p_overrun"] == 0.4
    assert p_exceed(np.array([1.0, 2.0, 3.0, 4.0]), 2.0, 0.25) == 0.5


def test_monte_carlo_standard_error_of_percentiles():
    # for N(0, 1), SE(P_p) = sqrt(p(1 − p)/n) / φ(z_p); the order-statistic estimate agrees
    # within its own sampling error (about 1/sqrt(2·r), r = sqrt(n p (1 − p)))
    n = 40_000
    x = np.random.default_rng(2).standard_normal(n)
    s = describe(x)
    for p, key in ((0.5, "se_p50"), (0.9, "se_p90")):
        z = np.quantile(x, p)
        phi = math.exp(-z * z / 2) / math.sqrt(2 * math.pi)
        expected = math.sqrt(p * (1 - p) / n) / phi
        assert s[key] == pytest.approx(expected, rel=0.3)


def test_exceedance_curve_from_one_sorted_sample():
    x = np.sort(np.random.default_rng(3).exponential(1.0, 5_000))
    values, p = exceedance(x, points=200)
    assert len(values) <= 200 and values[-1] == x[-1] and p[-1] == 0.0
    assert np.all(np.diff(p) <= 0)
    assert np.allclose(p, [np.mean(x > v) for v in values])


# --------------------------------------------------------------------------- properties

_inputs_strategy = st.fixed_dictionaries({
    "price_inflation": st.tuples(st.floats(-0.03, 0), st.floats(0, 0.05)),
    "salary_factor": st.tuples(st.floats(0.7, 1.0), st.floats(1.0, 1.6)),
    "out_of_scope_share": st.tuples(st.floats(0.1, 1.0), st.floats(1.0, 3.0)),
})


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(bounds=_inputs_strategy, seed=st.integers(0, 2 ** 32), n=st.integers(20, 400),
       horizon=st.integers(1, 7), mult=st.floats(0.0, 4.0),
       kind=st.sampled_from(["pert", "triangular", "uniform"]))
def test_properties_on_random_valid_inputs(world, bounds, seed, n, horizon, mult, kind):
    ds, inputs, scenarios = world

    def spec(lo, hi, mode):
        if kind == "pert":
            return Pert(lo, mode, hi)
        if kind == "triangular":
            return Triangular(lo, mode, hi)
        return Uniform(lo, hi)
    uncertain = {
        "price_inflation": UncertainInput("price_inflation", spec(*bounds["price_inflation"], 0.0),
                                          "offset"),
        "salary_factor": UncertainInput("salary_factor", spec(*bounds["salary_factor"], 1.0)),
        "out_of_scope_share": UncertainInput("out_of_scope_share",
                                             spec(*bounds["out_of_scope_share"], 1.0)),
    }
    res = simulate(inputs, scenarios, n_trials=n, seed=seed, uncertain=uncertain,
                   risk=RiskConfig(rate_multipliers={"outage": mult, "cyber": mult}),
                   spend=ds.spend, horizon=horizon)
    assert res.total.shape == (3, n, horizon)
    assert np.all(np.isfinite(res.total)) and np.all(res.total > 0)
    assert np.all(res.risk >= 0)
    stats = scenario_statistics(res)
    for i, sid in enumerate(res.scenario_ids):
        for s in (stats[sid]["total"], *stats[sid]["years"]):
            assert s["p10"] <= s["p50"] <= s["p90"] <= s["p95"] <= s["tail_mean_95"] + 1e-6
            assert s["std"] >= 0 and 0 <= s.get("p_overrun", 0) <= 1
        # totals equal the sum of years, trial by trial and in the mean
        assert np.allclose(res.horizon_total(sid), res.total[i].sum(axis=1))
        assert stats[sid]["total"]["mean"] == pytest.approx(
            sum(y["mean"] for y in stats[sid]["years"]), rel=1e-9)


def test_wide_lognormal_input_is_flagged_and_duplicate_ids_refused(world):
    ds, inputs, scenarios = world
    from models.uncertainty.distributions import LogNormal
    wide = {"full": {"price_factor": UncertainInput("price_factor",
                                                    LogNormal(0.01, 1_000.0, 0.05, 0.95))}}
    res = simulate(inputs, scenarios, n_trials=100, seed=1, uncertain={}, risk=NO_RISK,
                   scenario_uncertain=wide)
    assert [k for k, _ in res.warnings] == ["mc.warn.lognormal_mean_above_high"]
    assert res.warnings[0][1]["input"] == "price_factor"
    with pytest.raises(CostModelError):
        simulate(inputs, [scenarios[0], scenarios[0]], n_trials=10)
