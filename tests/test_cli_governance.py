"""``python -m models governance`` and the payload ``compare --governance`` uses (issue 7)."""
import json
import subprocess
import sys

import pytest

from cli import main
from models import governance as gov
from tests.conftest import ROOT


def _run(*argv):
    return subprocess.run([sys.executable, "-m", "models", *argv], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)


def test_json_gives_each_scenario_expected_yearly_risk_loss():
    out = _run("governance", "--answers", "none", "--trials", "3000", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["governance"]["score"] == 0.0
    sc = {s["id"]: s for s in data["scenarios"]}
    assert set(sc) == {"inhouse", "partial", "full"}
    for s in sc.values():
        assert s["expected_risk_loss"] > 0
        assert s["expected_risk_loss"] == pytest.approx(sum(s["expected_loss_by_event"].values()),
                                                        abs=0.1)
    assert sc["full"]["expected_risk_loss"] > sc["full"]["expected_risk_loss_without_governance"]
    assert sc["full"]["verdict"] == "not_ready" and sc["inhouse"]["confusion"] == 0.0
    assert sc["full"]["factors"]["cost.exit_factor"] == 2.25
    assert len(data["actions"]) == len(gov.QUESTIONS)


def test_saved_answers_file_and_scenario_file_with_governance(tmp_path, capsys):
    path = tmp_path / "answers.json"
    path.write_text(gov.dump_answers(gov.preset("mature")), encoding="utf-8")
    assert main(["governance", "--answers", str(path), "--trials", "1000", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["governance"]["score"] == 100.0 and data["actions"] == []

    from models.scenario_file import dump_scenarios
    from models.scenarios import Economics, default_scenarios
    scen = json.loads(dump_scenarios(default_scenarios(), Economics()))
    scen["governance"] = gov.answers_to_dict(gov.preset("none"))
    file = tmp_path / "scenarios.json"
    file.write_text(json.dumps(scen), encoding="utf-8")
    assert main(["governance", "--answers", str(file), "--scenarios", str(file),
                 "--trials", "1000", "--lang", "fr"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("Gouvernance")
    assert "pas prêts" in text


def test_bad_answers_exit_2_with_one_sentence(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema": "it-sourcing-governance", "version": 1, "answers": {"sla": 7}}')
    out = _run("governance", "--answers", str(bad))
    assert out.returncode == 2
    assert out.stderr.strip().count("\n") == 0 and "Traceback" not in out.stderr
    out = _run("governance", "--answers", "nonsense")
    assert out.returncode == 2 and "neither a preset" in out.stderr


def test_compare_with_governance_gives_expected_yearly_risk_loss(tmp_path):
    out = {}
    for spec in ("none", "mature"):
        res = _run("compare", "--governance", spec, "--json")
        assert res.returncode == 0, res.stderr
        out[spec] = {s["id"]: s for s in json.loads(res.stdout)["scenarios"]}
    for spec in out:
        for s in out[spec].values():
            assert s["expected_risk_loss"] == s["governance"]["expected_risk_loss"] > 0
    # mature governance: lower risk loss and lower cost (exit, out-of-scope) when outsourced
    assert out["mature"]["full"]["expected_risk_loss"] < out["none"]["full"]["expected_risk_loss"]
    assert out["mature"]["full"]["total"] < out["none"]["full"]["total"]
    assert out["mature"]["inhouse"]["total"] == out["none"]["inhouse"]["total"]
    plain = json.loads(_run("compare", "--json").stdout)
    assert "governance" not in plain and "expected_risk_loss" not in plain["scenarios"][0]
    path = tmp_path / "g.json"
    path.write_text(gov.dump_answers(gov.preset("mature")), encoding="utf-8")
    res = _run("compare", "--governance", str(path))
    assert res.returncode == 0 and "maturity 100/100" in res.stdout
    res = _run("compare", "--governance", "bogus")
    assert res.returncode == 2 and "neither a preset" in res.stderr


def test_scenario_file_carries_the_answers():
    from models.errors import CostModelError
    from models.scenario_file import dump_scenarios, load_scenarios
    from models.scenarios import Economics, default_scenarios
    obj = gov.answers_to_dict(gov.preset("none"), {("transition", "full"): (5, 4)})
    text = dump_scenarios(default_scenarios(), Economics(), obj)
    scenarios, _ = load_scenarios(text)
    assert [s.id for s in scenarios] == ["inhouse", "partial", "full"]
    assert gov.load_answers(text) == (gov.preset("none"), {("transition", "full"): (5, 4)})
    assert "governance" not in json.loads(dump_scenarios(default_scenarios(), Economics()))
    broken = json.loads(text)
    broken["governance"]["answers"]["sla"] = 9
    with pytest.raises(CostModelError) as info:
        load_scenarios(json.dumps(broken))
    assert "0, 1 or 2" in info.value.message("en")
