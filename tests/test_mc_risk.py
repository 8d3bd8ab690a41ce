"""Risk events (compound Poisson), SLA and downtime cost: analytic results, hand-computed values,
tolerances of 4 standard errors. No golden floats."""
import math

import numpy as np
import pytest

from models.errors import CostModelError
from models.uncertainty.distributions import Fixed, LogNormal, Pert
from models.uncertainty.risk_events import RiskEvent, poisson_counts
from models.uncertainty.sla import (
    SlaTerms,
    credit_function,
    downtime_cost_per_hour,
    expected_downtime_hours,
    hours_scale,
    outage_hours_spec,
)
from models.uncertainty.streams import Streams

N, H = 100_000, 4


def _moments_ok(sample, mean, var):
    n = sample.size
    assert abs(sample.mean() - mean) < 4 * math.sqrt(var / n)
    m4 = np.mean((sample - sample.mean()) ** 4)
    se_var = math.sqrt(max(m4 - sample.var() ** 2, 0.0) / n)
    assert abs(sample.var(ddof=1) - var) < 4 * se_var


@pytest.mark.parametrize("rate", [0.05, 0.7, 3.0])
def test_compound_poisson_mean_and_variance(rate):
    sev = Pert(1_000, 2_000, 6_000)
    ex2 = sev.var() + sev.mean() ** 2
    out = RiskEvent("test", rate, severity=sev).simulate(Streams(11, N), H)
    yearly = out.loss.ravel()                    # N × H independent trial-years
    _moments_ok(yearly, rate * sev.mean(), rate * ex2)      # E = λE[X], Var = λE[X²]
    # the counts are Poisson(λ): mean and variance λ
    counts = out.counts.ravel()
    _moments_ok(counts.astype(float), rate, rate)


def test_compound_sum_is_one_severity_per_event_not_rate_times_one():
    # with a fixed severity the loss of a trial-year is exactly count × severity
    out = RiskEvent("fixed", 1.3, severity=Fixed(500.0)).simulate(Streams(2, 20_000), H)
    assert np.array_equal(out.loss, out.counts * 500.0)
    # and a year with no event costs nothing (P(0) = e^-λ)
    p0 = np.mean(out.counts == 0)
    assert abs(p0 - math.exp(-1.3)) < 4 * math.sqrt(p0 * (1 - p0) / out.counts.size)


def test_lognormal_severity_mean():
    sev = LogNormal(1_500, 200_000, 0.50, 0.95)
    out = RiskEvent("cyber", 0.2, severity=sev).simulate(Streams(5, 200_000), H)
    x = out.loss.ravel()
    # E = λ E[X]; tolerance from the sample's own standard deviation (heavy tail)
    assert abs(x.mean() - 0.2 * sev.mean()) < 4 * x.std() / math.sqrt(x.size)


def test_poisson_inverse_cdf_is_monotone_in_the_rate():
    u = np.random.default_rng(0).random(50_000)
    low, high = poisson_counts(u, 0.3), poisson_counts(u, 0.9)
    assert np.all(high >= low)
    assert abs(high.mean() - 0.9) < 4 * math.sqrt(0.9 / u.size)
    assert np.all(poisson_counts(u, 0.0) == 0)


def test_higher_rate_never_fewer_events_on_the_same_trial():
    s = Streams(3, 10_000)
    a = RiskEvent("outage", 0.4).counts(s, H)
    b = RiskEvent("outage", 0.4, rate_multiplier=2.0).counts(s, H)
    assert np.all(b >= a) and b.sum() > a.sum()


def test_at_most_once_and_active_years():
    p = 0.3
    ev = RiskEvent("overrun", -math.log(1 - p), severity=Fixed(1.0), years=(1,),
                   at_most_once=True)
    out = ev.simulate(Streams(8, N), H)
    assert out.counts.max() == 1
    assert np.all(out.counts[:, 1:] == 0)
    share = out.counts[:, 0].mean()
    assert abs(share - p) < 4 * math.sqrt(p * (1 - p) / N)


def test_deductible_and_cap_bound_each_event():
    ev = RiskEvent("capped", 2.0, severity=Pert(0, 5_000, 20_000), deductible=1_000, cap=8_000)
    out = ev.simulate(Streams(4, 20_000), H)
    assert np.all(out.loss >= 0)
    assert np.all(out.loss <= out.counts * 8_000 + 1e-9)


def test_hours_times_cost_per_hour_per_trial():
    cph = np.linspace(100, 200, 1_000)          # one cost per hour per trial
    ev = RiskEvent("outage", 1.0, hours=Fixed(3.0), cost_per_hour=cph)
    out = ev.simulate(Streams(1, 1_000), H)
    assert np.allclose(out.loss, out.counts * 3.0 * cph[:, None])
    assert np.allclose(out.hours, out.counts * 3.0)


def test_lasting_price_step_applies_after_the_event():
    base = np.array([1000.0, 1000.0, 2000.0, 2000.0])
    ev = RiskEvent("failure", 0.5, severity=Fixed(0.0), step=Fixed(0.1), step_base=base,
                   step_lag=1)
    out = ev.simulate(Streams(9, 5_000), H)
    # hand computation: level of year y = 0.1 × events strictly before y, times the base
    before = np.cumsum(out.counts, axis=1) - out.counts
    assert np.allclose(out.loss, 0.1 * before * base)
    same_year = RiskEvent("renewal", 0.5, step=Fixed(0.1), step_base=base, step_lag=0)
    out0 = same_year.simulate(Streams(9, 5_000), H)
    assert np.allclose(out0.loss, 0.1 * np.cumsum(out0.counts, axis=1) * base)


def test_event_validation():
    with pytest.raises(CostModelError):
        RiskEvent("bad", -1.0).simulate(Streams(1, 10), H)
    with pytest.raises(CostModelError):
        RiskEvent("bad", 1.0, rate_multiplier=float("nan")).simulate(Streams(1, 10), H)


def test_expected_annual_loss_matches_simulation():
    ev = RiskEvent("x", 0.6, severity=Pert(100, 300, 900), hours=Fixed(2.0), cost_per_hour=50.0,
                   severity_multiplier=1.5)
    out = ev.simulate(Streams(12, N), H)
    x = out.loss.ravel()
    assert abs(x.mean() - ev.expected_annual_loss()) < 4 * x.std() / math.sqrt(x.size)


# ----------------------------------------------------------------------------- SLA


def test_sla_allowed_downtime_and_expected_hours():
    terms = SlaTerms(availability=0.999, restore_hours=4.0)
    assert terms.allowed_hours_per_year == pytest.approx(8.76)
    mean4 = outage_hours_spec(4.0).mean()
    # rate 1, 4 h restore: within the allowance, no scaling
    assert expected_downtime_hours(1.0, 4.0, 0.999) == pytest.approx(mean4)
    assert hours_scale(1.0, 4.0, 0.999) == 1.0
    # 99.99 %: 0.876 h a year allowed, so the hours are scaled to the allowance
    assert expected_downtime_hours(1.0, 4.0, 0.9999) == pytest.approx(0.876)
    assert expected_downtime_hours(0.0, 4.0, 0.999) == 0.0
    # the outage length: P10 = restore/4, P90 = 2 × restore
    spec = outage_hours_spec(4.0)
    assert spec.quantile(0.1) == pytest.approx(1.0) and spec.quantile(0.9) == pytest.approx(8.0)


def test_service_credits_follow_the_tiers_and_are_capped_at_the_monthly_fee():
    terms = SlaTerms(availability=0.999, restore_hours=4.0,
                     tiers=((0.95, 0.5), (0.99, 0.25), (1.0, 0.10)))
    month = 730.0
    hours = np.array([0.0, 0.5, 1.0, 0.02 * month, 0.10 * month, 2 * month])
    # availability 1, 0.99932 (above 99.9 %), 0.99863, 0.98, 0.90, negative
    assert np.allclose(terms.credit_share(hours), [0, 0, 0.10, 0.25, 0.5, 0.5])
    fee = np.array([3000.0, 3300.0])
    credit = credit_function(terms, fee)
    got = credit(np.array([1.0, 100.0]), np.array([0, 1]))
    assert np.allclose(got, [300.0, 0.5 * 3300.0])
    greedy = SlaTerms(availability=0.999, restore_hours=4.0, tiers=((0.95, 3.0), (1.0, 2.0)))
    assert np.all(greedy.credit_share(np.array([1.0, 500.0])) <= 1.0)   # never above the fee


def test_provider_outage_nets_credits_and_reports_them():
    terms = SlaTerms(availability=0.999, restore_hours=4.0)
    fee = np.full(H, 2_000.0)
    ev = RiskEvent("outage.hosting", 1.0, hours=outage_hours_spec(4.0), cost_per_hour=800.0,
                   credit=credit_function(terms, fee))
    out = ev.simulate(Streams(6, 20_000), H)
    gross = out.hours * 800.0
    assert np.allclose(out.loss + out.credits, gross)
    assert np.all(out.credits <= out.counts * 2_000.0 + 1e-9)
    assert np.all(out.loss >= 0)


def test_sla_validation():
    with pytest.raises(CostModelError):
        SlaTerms(availability=1.0).validate()
    with pytest.raises(CostModelError):
        SlaTerms(restore_hours=0).validate()


def test_downtime_cost_per_hour_bottom_up():
    # 76 staff × 0.8 × €30/h × 0.5 + €13.8M / 1,820 h × 0.1
    got = downtime_cost_per_hour(76, 13_800_000, loaded_hourly_cost=30, affected_share=0.8,
                                 productivity_loss=0.5, revenue_at_risk=0.1, business_hours=1820)
    assert got == pytest.approx(76 * 0.8 * 30 * 0.5 + 13_800_000 / 1820 * 0.1)
    no_revenue = downtime_cost_per_hour(10, None, loaded_hourly_cost=30, affected_share=1.0,
                                        productivity_loss=1.0, revenue_at_risk=0.5,
                                        business_hours=1820)
    # the example of `antoineconnect-infogerance` in docs/sources.md: 10 staff × €30/h
    assert no_revenue == pytest.approx(300.0)


# ----------------------------------------------------------------------------- properties

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=60, deadline=None)
@given(rate=st.floats(0.0, 6.0), lo=st.floats(0.0, 1e4), width=st.floats(0.0, 1e5),
       mode=st.floats(0.0, 1.0), hours=st.floats(0.0, 50.0), cph=st.floats(0.0, 5e3),
       deductible=st.floats(0.0, 5e3), cap=st.one_of(st.none(), st.floats(0.0, 5e4)),
       once=st.booleans(), seed=st.integers(0, 2 ** 40), fee=st.floats(0.0, 1e4),
       availability=st.floats(0.9, 0.9999))
def test_event_losses_are_finite_non_negative_and_bounded(rate, lo, width, mode, hours, cph,
                                                          deductible, cap, once, seed, fee,
                                                          availability):
    sev = Pert(lo, lo + mode * width, lo + width)
    terms = SlaTerms(availability=availability, restore_hours=4.0)
    ev = RiskEvent("prop", rate, severity=sev, hours=Pert(0, hours / 2, hours),
                   cost_per_hour=cph, deductible=deductible, cap=cap, at_most_once=once,
                   credit=credit_function(terms, np.full(H, fee)))
    out = ev.simulate(Streams(seed, 500), H)
    assert np.all(np.isfinite(out.loss)) and np.all(out.loss >= 0)
    assert np.all(out.credits >= 0) and np.all(out.credits <= out.counts * fee + 1e-6)
    if cap is not None:
        assert np.all(out.loss + out.credits <= out.counts * cap + 1e-6)
    if once:
        assert out.counts.max(initial=0) <= 1
    # the events add up: a trial-year without an event costs nothing
    assert np.all(out.loss[out.counts == 0] == 0)
