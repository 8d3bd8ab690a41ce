"""Command line of the Monte Carlo engine: compare --trials/--seed (JSON keys, byte-identical
output for the same seed, refusals) and bench --json; raw trials export round trip."""
import json
import subprocess
import sys

import numpy as np
import pytest

from tests.conftest import ROOT


def _run(*args):
    return subprocess.run([sys.executable, "-m", "models", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)


def test_compare_json_adds_statistics_and_is_byte_identical_for_a_seed():
    a = _run("compare", "--trials", "2000", "--seed", "42", "--json")
    b = _run("compare", "--trials", "2000", "--seed", "42", "--json")
    c = _run("compare", "--trials", "2000", "--seed", "43", "--json")
    assert a.returncode == 0, a.stderr
    assert a.stdout == b.stdout
    assert a.stdout != c.stdout
    data = json.loads(a.stdout)
    assert data["monte_carlo"]["trials"] == 2000 and data["monte_carlo"]["seed"] == 42
    for sc in data["scenarios"]:
        u = sc["uncertainty"]
        for block in (u["total"], *u["years"]):
            assert {"mean", "p10", "p50", "p90", "p95", "std", "cv"} <= set(block)
            assert block["p10"] <= block["p50"] <= block["p90"] <= block["p95"]
        assert len(u["years"]) == data["horizon"]
        assert u["budget_at_risk"] == pytest.approx(u["total"]["p90"] - u["total"]["p50"], abs=0.02)
        assert u["expected_risk_loss"] > 0
        # the yearly means add up to the mean of the total
        assert sum(y["mean"] for y in u["years"]) == pytest.approx(u["total"]["mean"], abs=0.1)


def test_compare_without_trials_is_unchanged_and_bad_trials_exit_2():
    plain = json.loads(_run("compare", "--json", "--trials", "0").stdout)
    assert "monte_carlo" not in plain and "uncertainty" not in plain["scenarios"][0]
    for bad in (["--trials", "-1"], ["--trials", "10", "--seed", "-2"]):
        out = _run("compare", *bad)
        assert out.returncode == 2
        assert out.stderr.strip() and "Traceback" not in out.stderr
    text = _run("compare", "--trials", "500", "--seed", "1")
    assert text.returncode == 0 and "P90" in text.stdout


def test_bench_json():
    out = _run("bench", "--trials", "300", "--repeats", "1", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    row = data["results"][0]
    assert row["trials"] == 300 and row["trials_per_second"] > 0 and row["peak_traced_mb"] > 0
    assert _run("bench", "--trials", "0").returncode == 2


def test_trials_export_round_trip(tmp_path):
    from models.costmodel import make_inputs
    from models.dataset import sample_dataset
    from models.scenarios import default_scenarios
    from models.uncertainty.engine import simulate
    from models.uncertainty.export import (
        parquet_available,
        read_trials_csv,
        trials_frame,
        write_trials,
    )
    ds = sample_dataset()
    res = simulate(make_inputs(ds.spend, ds.company, ds.staff), default_scenarios(),
                   n_trials=300, seed=8, spend=ds.spend)
    frame = trials_frame(res)
    assert len(frame) == 3 * 300
    H = res.horizon
    years = frame[[f"cost_y{y}" for y in range(1, H + 1)]].to_numpy()
    assert np.allclose(years.sum(axis=1), frame["total"])
    events = frame[[c for c in frame.columns if c.startswith("event:")]].to_numpy()
    risks = frame[[f"risk_y{y}" for y in range(1, H + 1)]].to_numpy()
    assert np.allclose(events.sum(axis=1), risks.sum(axis=1))
    data = write_trials(res)
    back, meta = read_trials_csv(data)
    assert meta["seed"] == "8" and meta["trials"] == "300" and "numpy" in meta
    assert np.allclose(back["total"], frame["total"])
    assert back.shape == frame.shape
    path = tmp_path / "trials.csv"
    write_trials(res, path)
    assert path.read_bytes() == data
    if parquet_available():
        import io

        import pyarrow.parquet as pq
        table = pq.read_table(io.BytesIO(write_trials(res, fmt="parquet")))
        assert json.loads(table.schema.metadata[b"it_sourcing_mc"])["seed"] == 8
        assert table.num_rows == 900


def test_compare_with_governance_statistics_carry_its_effects():
    out = _run("compare", "--trials", "3000", "--seed", "5", "--governance", "none", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["monte_carlo"]["governance"] is True
    for sc in data["scenarios"]:
        # the same engine, seed and effects: the Monte Carlo figure is the governance figure
        assert sc["uncertainty"]["expected_risk_loss"] == pytest.approx(sc["expected_risk_loss"],
                                                                        rel=1e-6)
    full = next(s for s in data["scenarios"] if s["id"] == "full")
    assert full["uncertainty"]["expected_loss_by_event"]["confusion"] > 0
