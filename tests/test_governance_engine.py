"""Governance effects wired to the risk engine (issue 5) and the cost model (issue 4): each
answer moves the right event parameter in the right direction, and the total risk loss with it."""
import numpy as np
import pytest

from models import governance as gov
from models.costmodel import make_inputs
from models.dataset import sample_dataset
from models.governance import simulation as govsim
from models.scenarios import default_scenarios
from models.uncertainty.catalogue import EVENT_KEYS, RiskConfig
from models.uncertainty.engine import simulate

TYPICAL = gov.preset("typical")
N = 4000


@pytest.fixture(scope="module")
def ds():
    return sample_dataset()


@pytest.fixture(scope="module")
def inputs(ds):
    return make_inputs(ds.spend, ds.company, ds.staff)


@pytest.fixture(scope="module")
def scs():
    return {s.id: s for s in default_scenarios()}


def with_(**changes):
    return {**TYPICAL, **changes}


def test_every_risk_target_names_an_engine_event_family():
    families = {k.split(".")[0] for k in EVENT_KEYS}
    for target in gov.TARGETS:
        if target.startswith("risk."):
            assert target.split(".")[1] in families, target


def test_risk_config_carries_factors_per_scenario_and_keeps_the_base(scs):
    base = RiskConfig(scenario_multipliers={"full": {"rate": {"degradation": 2.0}}},
                      rate_multipliers={"cyber": 1.5})
    cfg = govsim.risk_config(with_(steering=0), list(scs.values()), base)
    assert cfg.scenario_multipliers["full"]["rate"]["degradation"] == pytest.approx(2.0 * 1.4)
    assert cfg.scenario_multipliers["partial"]["rate"]["degradation"] == pytest.approx(1.4)
    assert cfg.scenario_multipliers["inhouse"] == {"rate": {}, "severity": {}}
    assert cfg.rate_multipliers == {"cyber": 1.5}
    assert base.scenario_multipliers == {"full": {"rate": {"degradation": 2.0}}}, "base unchanged"
    assert cfg.multiplier("rate", "degradation", "full") == pytest.approx(2.8)


@pytest.mark.parametrize("effect", [e for e in gov.EFFECTS if e.target.startswith("risk.")],
                         ids=lambda e: f"{e.question}->{e.target}")
def test_each_answer_sets_the_engine_multiplier(effect, inputs, ds, scs):
    _, family, kind = effect.target.split(".")
    sc = scs["full"]
    for level in (0, 2):
        events = {ev.key: ev for ev in govsim.analytic_events(inputs, sc, with_(**{effect.question:
                                                                             level}), ds.staff)}
        ev = events[family]
        got = ev.rate_multiplier if kind == "rate" else ev.severity_multiplier
        assert got == pytest.approx(gov.factors(with_(**{effect.question: level}), sc)[
            effect.target])
        assert (got > 1.0) if level == 0 else (got < 1.0)


@pytest.mark.parametrize("question", gov.QUESTION_IDS)
def test_each_answer_moves_the_expected_risk_loss(question, inputs, ds, scs):
    """Analytic expected loss (engine events + confusion) of the full scenario: worse answer,
    higher loss; better answer, lower loss."""
    loss = {lvl: govsim.analytic_yearly_loss(inputs, scs["full"], with_(**{question: lvl}),
                                             ds.staff)
            for lvl in gov.LEVELS}
    moves_risk = any(e.question == question and not e.target.startswith("cost.")
                     for e in gov.EFFECTS)
    assert moves_risk
    assert loss[0] > loss[1] > loss[2]


@pytest.mark.parametrize("question", gov.QUESTION_IDS)
def test_in_house_loss_moves_only_with_answers_that_apply_to_it(question, inputs, ds, scs):
    loss = {lvl: govsim.analytic_yearly_loss(inputs, scs["inhouse"], with_(**{question: lvl}),
                                          ds.staff) for lvl in (0, 1)}
    applies = any(e.question == question and e.scope == "all" for e in gov.EFFECTS)
    assert (loss[0] > loss[1]) if applies else (loss[0] == pytest.approx(loss[1]))


def test_typical_answers_add_only_the_confusion_risk(inputs, ds, scs):
    sc = list(scs.values())
    before = govsim.simulate_governed(inputs, sc, None, ds.staff, apply=False, n_trials=N,
                                   spend=ds.spend)
    plain = simulate(inputs, sc, n_trials=N, spend=ds.spend)
    np.testing.assert_array_equal(before.result.risk, plain.risk)
    after = govsim.simulate_governed(inputs, sc, TYPICAL, ds.staff, n_trials=N, spend=ds.spend)
    r0, r1 = before.result, after.result
    i = r1.index("inhouse")
    np.testing.assert_array_equal(r1.risk[i], r0.risk[i])
    assert "confusion" not in r1.event_trials["inhouse"]
    for sid in ("partial", "full"):
        i = r1.index(sid)
        conf = r1.event_trials[sid]["confusion"]
        np.testing.assert_allclose(r1.risk[i].sum(axis=1) - r0.risk[i].sum(axis=1), conf,
                                   rtol=1e-9, atol=1e-6)
        # mean within 4 standard errors of the analytic expected confusion loss per year
        cost = after.confusion[sid]
        per_year = conf / r1.horizon
        se = per_year.std() / np.sqrt(N)
        assert abs(per_year.mean() - cost.expected_eur) < 4 * se


def test_presets_order_the_simulated_risk_loss(inputs, ds, scs):
    sc = list(scs.values())
    loss = {name: govsim.simulate_governed(inputs, sc, gov.preset(name), ds.staff, n_trials=N,
                                        spend=ds.spend) for name in ("none", "typical", "mature")}
    for sid in ("partial", "full"):
        assert (loss["none"].expected_yearly_loss(sid) > loss["typical"].expected_yearly_loss(sid)
                > loss["mature"].expected_yearly_loss(sid))


@pytest.mark.parametrize("question", gov.QUESTION_IDS)
def test_each_answer_moves_the_simulated_total_risk_loss(question, inputs, ds, scs):
    """Same seed, common random numbers: the Monte Carlo risk loss of the full scenario follows
    every answer."""
    sc = [scs["full"]]
    loss = {lvl: govsim.simulate_governed(inputs, sc, with_(**{question: lvl}), ds.staff,
                                       n_trials=N, spend=ds.spend).expected_yearly_loss("full")
            for lvl in (0, 2)}
    base = govsim.simulate_governed(inputs, sc, TYPICAL, ds.staff, n_trials=N,
                                 spend=ds.spend).expected_yearly_loss("full")
    assert loss[0] > base > loss[2]


def test_impact_table_and_preset_comparison(inputs, ds, scs):
    sc = list(scs.values())
    table = govsim.impact_table(inputs, sc, TYPICAL, ds.staff, n_trials=N, spend=ds.spend)
    assert list(table.columns) == list(govsim.IMPACT_COLUMNS)
    row = table.set_index("scenario")
    assert row.loc["inhouse", "risk_before"] == row.loc["inhouse", "risk_after"]
    assert row.loc["inhouse", "confusion"] == 0.0
    assert (row["cost_before"] == row["cost_after"]).all()       # typical: no cost effect
    assert row.loc["full", "risk_after"] == pytest.approx(
        row.loc["full", "risk_before"] + row.loc["full", "confusion"])
    H = inputs.economics.horizon_years         # totals with risks: plan + horizon × yearly loss
    for when in ("before", "after"):
        assert np.allclose(row[f"total_{when}"], row[f"cost_{when}"] + H * row[f"risk_{when}"])
    # typical governance adds confusion to full outsourcing: its total with risks goes up
    assert row.loc["full", "total_after"] > row.loc["full", "total_before"]
    none = govsim.impact_table(inputs, sc, gov.preset("none"), ds.staff, n_trials=N, spend=ds.spend)
    none = none.set_index("scenario")
    assert none.loc["full", "cost_after"] > none.loc["full", "cost_before"]
    assert none.loc["full", "risk_after"] > none.loc["full", "risk_before"]

    comp = govsim.preset_comparison(inputs, sc, ds.staff, n_trials=N, spend=ds.spend)
    assert list(comp.columns) == list(govsim.PRESET_COLUMNS)
    assert comp.groupby("preset")["best"].sum().to_dict() == {"mature": 1, "none": 1}
    H = inputs.economics.horizon_years
    assert np.allclose(comp["risk_adjusted"], comp["cost"] + H * comp["risk_per_year"])
    m = comp[comp["preset"] == "mature"].set_index("scenario")
    n = comp[comp["preset"] == "none"].set_index("scenario")
    assert m.loc["full", "risk_adjusted"] < n.loc["full", "risk_adjusted"]
    assert m.loc["inhouse", "cost"] == n.loc["inhouse", "cost"]
