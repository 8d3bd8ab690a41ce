import pandas as pd
import pytest

from models.waterfall import waterfall_steps


def test_steps_hand_computed_and_sum_to_total_difference():
    rows = [("in", 1, "support", "staff", 100.0), ("in", 2, "support", "staff", 110.0),
            ("in", 1, "support", "run", 50.0), ("out", 1, "support", "provider_fee", 80.0),
            ("out", 1, "support", "run", 20.0),
            ("out", 1, "governance", "contract_management", 5.0),
            ("out", 1, "support", "transition", 0.4)]
    df = pd.DataFrame(rows, columns=["scenario", "year", "domain", "item", "amount_eur"])
    steps = waterfall_steps(df, "out", "in")
    assert steps == [("staff", -210.0), ("run", -30.0), ("provider_fee", 80.0),
                     ("contract_management", 5.0)]                  # the 0.40 € step is dropped
    assert sum(v for _, v in waterfall_steps(df, "out", "in", 0.0)) == pytest.approx(105.4 - 260.0)


def test_sample_company_steps_reconcile_with_totals():
    from models.costmodel import make_inputs, project, summarise
    from models.dataset import sample_dataset
    from models.scenarios import default_scenarios
    ds = sample_dataset()
    inputs = make_inputs(ds.spend, ds.company, ds.staff)
    scenarios = default_scenarios()
    projection = project(inputs, scenarios)
    results = {r.id: r for r in summarise(inputs, scenarios)}
    steps = waterfall_steps(projection, "full", "inhouse", 0.0)
    assert sum(v for _, v in steps) == pytest.approx(
        results["full"].total - results["inhouse"].total)
    # every role kept (the default): no staff step, the provider's fee comes on top
    assert dict(steps)["provider_fee"] > 0 and "staff" not in dict(steps)
    # both IT staff dismissed: their pay goes, the legal severance comes, as their own steps
    from tests.conftest import lean_scenarios
    scenarios = lean_scenarios()
    projection = project(inputs, scenarios)
    results = {r.id: r for r in summarise(inputs, scenarios)}
    steps = dict(waterfall_steps(projection, "full", "inhouse", 0.0))
    assert sum(steps.values()) == pytest.approx(results["full"].total - results["inhouse"].total)
    assert steps["staff"] < 0 < steps["severance"]
