"""Fuzzing the cost model and the analysis (issue 9): random valid scenarios and economics.

Any scenario the forms can produce (every value inside its validated range) must give finite
totals and KPIs, ordered percentiles and a finding sentence: never an exception, never a NaN
shown to the user. Small trial counts keep it fast.
"""
from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.analysis import analyse
from models.company import CompanyProfile
from models.costmodel import make_inputs, summarise
from models.dataset import Dataset, sample_dataset
from models.domains import DOMAINS, OUTSOURCEABLE_DOMAINS
from models.governance import LEVELS, QUESTION_IDS
from models.scenarios import (
    KINDS,
    PRICE_UNITS,
    ContractTerms,
    DomainChoice,
    Economics,
    Scenario,
    make_scenario,
)

SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
SAMPLE = sample_dataset()


def _f(low: float, high: float):
    return st.floats(min_value=low, max_value=high, allow_nan=False, allow_infinity=False)


economics = st.builds(Economics, horizon_years=st.integers(1, 15), discount_rate=_f(-0.5, 1.0),
                      headcount_growth=_f(-0.5, 1.0), salary_drift=_f(-0.5, 1.0),
                      price_inflation=_f(-0.5, 1.0), useful_life_years=_f(1.0, 20.0))

terms = st.builds(ContractTerms, indexation=_f(-0.2, 0.5), renewal_step=_f(-0.5, 1.0),
                  term_years=st.integers(1, 15), transition_fee_months=_f(0, 24),
                  transition_internal_days=_f(0, 1000), parallel_months=_f(0, 12),
                  out_of_scope_share=_f(0, 2),
                  retained_mode=st.sampled_from(["hours", "share", "fte"]),
                  retained_share=_f(0, 0.5), retained_fte=_f(0, 20),
                  exit_fee_months=_f(0, 24), exit_internal_days=_f(0, 1000))


def choice(domain: str):
    outsourced = st.booleans() if domain in OUTSOURCEABLE_DOMAINS else st.just(False)
    return st.builds(DomainChoice, outsourced=outsourced, price_unit=st.sampled_from(PRICE_UNITS),
                     price_eur=st.one_of(_f(0, 100_000), _f(0, 500)),
                     replaced_share=_f(0, 1), hardware_in_fee=st.booleans())


@st.composite
def scenario(draw, sid: str, kind: str):
    domains = {d: draw(choice(d)) for d in DOMAINS}
    name = draw(st.text(st.characters(exclude_categories=("Cc", "Cs"),   # clean (issue 14)
                                      exclude_characters="\ufffe\uffff"), max_size=80))
    return Scenario(id=sid, kind=kind, name=name, color_index=draw(st.integers(0, 7)),
                    domains=domains, terms=draw(terms))


@st.composite
def scenario_lists(draw):
    """In-house first (the reference), then one to four random scenarios."""
    n = draw(st.integers(1, 4))
    out = [make_scenario("inhouse")]
    for i in range(n):
        out.append(draw(scenario(f"s{i}", draw(st.sampled_from([k for k in KINDS
                                                                 if k != "inhouse"])))))
    return out


companies = st.builds(CompanyProfile, employees=st.integers(1, 5000),
                      workstations=st.integers(0, 6000), servers=st.integers(0, 500),
                      sites=st.integers(0, 50),
                      revenue_eur=st.one_of(st.just(0.0), _f(0, 5e9)))


def _finite(x) -> bool:
    return x is None or (isinstance(x, (int, float)) and math.isfinite(x))


def _dataset(company) -> Dataset:
    return replace(SAMPLE, company=replace(SAMPLE.company, **{
        k: getattr(company, k) for k in ("employees", "workstations", "servers", "sites",
                                          "revenue_eur")}))


@SETTINGS
@given(scenarios=scenario_lists(), econ=economics, company=companies)
def test_summarise_random_valid_scenarios(scenarios, econ, company):
    ds = _dataset(company)
    inputs = make_inputs(ds.spend, ds.company, ds.staff, econ)
    results = summarise(inputs, scenarios, lang="en")
    assert [r.id for r in results] == [s.id for s in scenarios]
    H = econ.horizon_years
    for r in results:
        assert len(r.yearly) == H and len(r.cumulative) == H
        for v in (r.total, r.npv, r.cost_per_employee, r.fixed_share, r.variable_share,
                  r.one_time_share, r.delta_vs_inhouse, r.share_of_revenue, *r.yearly,
                  *r.cumulative):
            assert _finite(v), (r.id, v)
        assert r.total == np.float64(sum(r.yearly)) or math.isclose(
            r.total, sum(r.yearly), rel_tol=1e-9, abs_tol=1e-6)
        assert math.isclose(r.cumulative[-1], r.total, rel_tol=1e-9, abs_tol=1e-6)
        assert r.break_even_year is None or 1 <= r.break_even_year <= H
        assert r.name                                     # display name, never empty
    ref = results[0]
    assert ref.delta_vs_inhouse == 0 and ref.break_even_year is None


@SETTINGS
@given(scenarios=scenario_lists(), econ=economics, company=companies,
       seed=st.integers(0, 2**31 - 1),
       answers=st.one_of(st.none(), st.fixed_dictionaries(
           {q: st.sampled_from(LEVELS) for q in QUESTION_IDS})),
       with_thresholds=st.booleans(), lang=st.sampled_from(["fr", "en"]))
def test_analyse_random_valid_scenarios(scenarios, econ, company, seed, answers, with_thresholds,
                                        lang):
    ds = _dataset(company)
    a = analyse(ds, scenarios, econ, seed=seed, trials=200, answers=answers,
                with_thresholds=with_thresholds, lang=lang)
    kpis = a.kpis()
    paired = ["p_cheaper", "expected_saving", "saving_p10", "saving_p90"]
    numeric = kpis.drop(columns=["scenario", "name", "color_index", "break_even_year"])
    others = numeric[kpis["scenario"] != a.reference_id]
    values = others.to_numpy(dtype=float)
    assert np.isfinite(values).all(), others.columns[~np.isfinite(values).all(axis=0)].tolist()
    ref = numeric[kpis["scenario"] == a.reference_id]
    assert np.isfinite(ref.drop(columns=paired).to_numpy(dtype=float)).all()
    assert ref[paired].isna().all(axis=None), "in-house is not compared with itself"
    assert ((others["p_cheaper"] >= 0) & (others["p_cheaper"] <= 1)).all()
    assert len(kpis) == len(scenarios)
    for sid, s in a.stats.items():
        t = s["total"]
        for k in ("mean", "std", "p10", "p50", "p90", "p95", "cv", "budget_at_risk"):
            assert math.isfinite(t[k]), (sid, k, t[k])
        assert t["p10"] <= t["p50"] <= t["p90"] <= t["p95"]
        assert 0.0 <= t["p_overrun"] <= 1.0
        assert t["std"] >= 0
        for y in s["years"]:
            assert y["p10"] <= y["p50"] <= y["p90"] <= y["p95"], (sid, y)
            assert all(math.isfinite(y[k]) for k in ("p10", "p50", "p90", "p95"))
    for table in (a.yearly, a.eal, a.sla, a.predictability):
        nums = table.select_dtypes("number")
        assert np.isfinite(nums.to_numpy(dtype=float)).all(), table.columns.tolist()
    assert isinstance(a.finding, str) and a.finding and "nan" not in a.finding.lower()
    assert a.cheapest() in {s.id for s in scenarios}
    assert a.most_predictable() in {s.id for s in scenarios}
    for th in a.thresholds:
        for v in vars(th).values() if hasattr(th, "__dict__") else ():
            if isinstance(v, float):
                assert not math.isnan(v)
    tidy = a.projection
    assert isinstance(tidy, pd.DataFrame)
    assert np.isfinite(tidy["amount_eur"].to_numpy(dtype=float)).all()
