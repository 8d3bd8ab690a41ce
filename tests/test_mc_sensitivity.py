"""Sensitivity (tornado) and the governance hook of the risk engine."""
import numpy as np
import pytest

from models.costmodel import make_inputs, yearly_totals
from models.errors import CostModelError
from models.scenarios import default_scenarios
from models.uncertainty.catalogue import RiskConfig
from models.uncertainty.distributions import Fixed, Pert
from models.uncertainty.engine import UncertainInput, default_uncertain_inputs, simulate
from models.uncertainty.sensitivity import tornado_from_samples, tornado_oat


@pytest.fixture(scope="module")
def world():
    from models.dataset import sample_dataset
    ds = sample_dataset()
    return ds, make_inputs(ds.spend, ds.company, ds.staff), default_scenarios()


def test_one_at_a_time_swings_match_hand_evaluations(world):
    ds, inputs, scenarios = world
    uncertain = {"price_factor": UncertainInput("price_factor", Pert(0.9, 1.0, 1.3)),
                 "salary_drift": UncertainInput("salary_drift", Pert(-0.01, 0.0, 0.02), "offset"),
                 "retained_fte": UncertainInput("retained_fte", Fixed(1.0))}
    full = scenarios[2]
    table, base = tornado_oat(inputs, scenarios, "full", uncertain=uncertain, lang="en")
    assert base == pytest.approx(float(np.sum(yearly_totals(inputs, full))))
    row = table.set_index("driver").loc["price_factor"]
    assert row["low"] == pytest.approx(
        float(np.sum(yearly_totals(inputs, full, {"price_factor": 0.9}))))
    assert row["high"] == pytest.approx(
        float(np.sum(yearly_totals(inputs, full, {"price_factor": 1.3}))))
    drift = inputs.economics.salary_drift
    row = table.set_index("driver").loc["salary_drift"]
    assert row["high"] == pytest.approx(float(np.sum(yearly_totals(
        inputs, full, {"salary_drift": drift + 0.02}))))
    # a fixed input does not swing; rows are sorted by swing, labels translated
    assert table.set_index("driver").loc["retained_fte", "swing"] == 0
    assert list(table["swing"]) == sorted(table["swing"], reverse=True)
    assert "Provider price (gap to quote)" in set(table["label"])
    # the difference between two scenarios: the in-house scenario pays no provider price
    diff, dbase = tornado_oat(inputs, scenarios, "full", "inhouse", uncertain=uncertain)
    inhouse = float(np.sum(yearly_totals(inputs, scenarios[0])))
    assert dbase == pytest.approx(base - inhouse)
    row = diff.set_index("driver").loc["price_factor"]
    assert row["high"] - row["low"] == pytest.approx(
        table.set_index("driver").loc["price_factor", "high"]
        - table.set_index("driver").loc["price_factor", "low"])
    with pytest.raises(CostModelError):
        tornado_oat(inputs, scenarios, "full", "full")


def test_tornado_from_samples_ranks_the_dominant_driver_first(world):
    ds, inputs, scenarios = world
    # the provider price varies a lot, everything else a little: it must top the tornado
    uncertain = {**default_uncertain_inputs(),
                 "price_factor": UncertainInput("price_factor", Pert(0.5, 1.0, 2.0))}
    res = simulate(inputs, scenarios, n_trials=4_000, seed=3, uncertain=uncertain,
                   risk=RiskConfig(events=frozenset(), unplanned_cv=0.0))
    table, mean = tornado_from_samples(res, "full")
    assert table.iloc[0]["driver"] == "price_factor"
    assert table.iloc[0]["high"] > mean > table.iloc[0]["low"]
    assert table.iloc[0]["rank_corr"] > 0.8
    assert mean == pytest.approx(res.horizon_total("full").mean())
    # the difference full − in-house: the in-house scenario does not depend on the price
    diff, dmean = tornado_from_samples(res, "full", "inhouse")
    assert diff.iloc[0]["driver"] == "price_factor"
    assert dmean == pytest.approx((res.horizon_total("full") - res.horizon_total("inhouse")).mean())


def test_rare_risk_events_appear_in_the_sample_tornado(world):
    ds, inputs, scenarios = world
    res = simulate(inputs, scenarios, n_trials=4_000, seed=4, spend=ds.spend)
    table, _ = tornado_from_samples(res, "inhouse", with_rank_corr=False)
    rows = table.set_index("driver")
    # a trial with a cyber loss costs more than one without
    assert rows.loc["cyber", "high"] > rows.loc["cyber", "low"]
    assert {"cyber", "key_person", "outage.hosting"} <= set(rows.index)


def test_event_hook_changes_and_extends_events_without_moving_the_others(world):
    ds, inputs, scenarios = world
    from dataclasses import replace

    from models.uncertainty.distributions import Fixed as F
    from models.uncertainty.risk_events import RiskEvent

    def hook(scenario, events):
        if scenario.id != "full":
            return events
        doubled = [replace(e, rate_multiplier=2 * e.rate_multiplier) if e.key == "degradation"
                   else e for e in events]
        return doubled + [RiskEvent("extra", 1.0, severity=F(100.0))]
    base = simulate(inputs, scenarios, n_trials=4_000, seed=5, spend=ds.spend)
    hooked = simulate(inputs, scenarios, n_trials=4_000, seed=5, spend=ds.spend,
                      risk=RiskConfig(event_hook=hook))
    assert hooked.event_trials["full"]["degradation"].mean() > \
        base.event_trials["full"]["degradation"].mean()
    assert "extra" in hooked.event_trials["full"] and "extra" not in hooked.event_trials["partial"]
    for key in ("cyber", "outage.hosting", "provider_failure"):
        assert np.array_equal(hooked.event_trials["full"][key], base.event_trials["full"][key])
    assert np.array_equal(hooked.total[0], base.total[0])
