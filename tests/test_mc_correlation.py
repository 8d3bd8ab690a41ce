"""Rank correlation between uncertain inputs (Iman-Conover): marginals kept exactly, target
Spearman reached, invalid matrices repaired, other scenarios untouched."""
import numpy as np
import pytest

from models.costmodel import make_inputs
from models.errors import CostModelError
from models.scenarios import default_scenarios
from models.uncertainty.catalogue import RiskConfig
from models.uncertainty.correlation import (
    correlation_matrix,
    nearest_correlation,
    reorder,
    spearman,
    target_ranks,
)
from models.uncertainty.distributions import LogNormal, Pert, Triangular
from models.uncertainty.engine import UncertainInput, default_uncertain_inputs, simulate
from models.uncertainty.streams import Streams

NO_RISK = RiskConfig(events=frozenset(), unplanned_cv=0.0)


@pytest.mark.parametrize("rho", [-0.5, 0.3, 0.8])
def test_target_spearman_reached_and_marginals_kept(rho):
    s = Streams(4, 20_000)
    names = ["a", "b"]
    ranks = target_ranks(s, names, correlation_matrix(names, {("a", "b"): rho}))
    x = Pert(0, 2, 10).sample(np.random.default_rng(1), 20_000)
    y = LogNormal(1, 50, 0.1, 0.9).sample(np.random.default_rng(2), 20_000)
    cx, cy = reorder(x, ranks[0]), reorder(y, ranks[1])
    assert np.array_equal(np.sort(cx), np.sort(x)) and np.array_equal(np.sort(cy), np.sort(y))
    # SE of a Spearman coefficient ≈ (1 − ρ²)/√n < 0.007 here
    assert spearman(cx, cy) == pytest.approx(rho, abs=0.03)


def test_invalid_matrix_is_repaired_and_bad_pairs_refused():
    names = ["a", "b", "c"]
    bad = correlation_matrix(names, {("a", "b"): 0.9, ("a", "c"): 0.9, ("b", "c"): -0.9})
    assert np.linalg.eigvalsh(bad).min() < 0
    fixed = nearest_correlation(bad)
    assert np.linalg.eigvalsh(fixed).min() > 0 and np.allclose(np.diag(fixed), 1.0)
    ranks = target_ranks(Streams(1, 2_000), names, bad)
    assert ranks.shape == (3, 2_000)
    assert np.array_equal(np.sort(ranks[0]), np.arange(2_000))
    good = correlation_matrix(names, {("a", "b"): 0.3})
    assert np.array_equal(nearest_correlation(good), good)
    with pytest.raises(CostModelError):
        correlation_matrix(names, {("a", "z"): 0.3})
    with pytest.raises(CostModelError):
        correlation_matrix(names, {("a", "b"): 1.5})


@pytest.fixture(scope="module")
def world():
    from models.dataset import sample_dataset
    ds = sample_dataset()
    return ds, make_inputs(ds.spend, ds.company, ds.staff), default_scenarios()


def test_engine_correlates_inputs_and_keeps_everything_else(world):
    ds, inputs, scenarios = world
    pair = {("price_inflation", "salary_drift"): 0.7}
    plain = simulate(inputs, scenarios, n_trials=10_000, seed=3, risk=NO_RISK)
    corr = simulate(inputs, scenarios, n_trials=10_000, seed=3, risk=NO_RISK, correlations=pair)
    a = corr.inputs["inhouse"]["price_inflation"]
    b = corr.inputs["inhouse"]["salary_drift"]
    assert spearman(a, b) == pytest.approx(0.7, abs=0.03)
    assert abs(spearman(plain.inputs["inhouse"]["price_inflation"],
                        plain.inputs["inhouse"]["salary_drift"])) < 0.05
    for key in ("price_inflation", "salary_drift"):
        assert np.array_equal(np.sort(a if key == "price_inflation" else b),
                              np.sort(plain.inputs["inhouse"][key]))
    # inputs outside the pair are not moved
    assert np.array_equal(corr.inputs["full"]["price_factor"], plain.inputs["full"]["price_factor"])
    # positively correlated cost drivers widen the in-house spread
    assert corr.horizon_total("inhouse").std() > plain.horizon_total("inhouse").std()
    assert corr.metadata["correlations"] == {"price_inflation~salary_drift": 0.7}
    # a scenario with its own distribution for a correlated input leaves the others unchanged
    own = {"full": {"price_inflation": UncertainInput("price_inflation",
                                                      Triangular(-0.03, 0.0, 0.03), "offset")}}
    moved = simulate(inputs, scenarios, n_trials=10_000, seed=3, risk=NO_RISK, correlations=pair,
                     scenario_uncertain=own)
    assert np.array_equal(moved.total[0], corr.total[0])
    assert np.array_equal(moved.total[1], corr.total[1])
    with pytest.raises(CostModelError):
        simulate(inputs, scenarios, n_trials=100, risk=NO_RISK,
                 uncertain={k: v for k, v in default_uncertain_inputs().items()
                            if k != "salary_drift"}, correlations=pair)
