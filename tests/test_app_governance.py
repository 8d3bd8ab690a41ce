"""AppTest: the Governance page in French and English (issue 7)."""
import pytest
from streamlit.testing.v1 import AppTest

from models import governance as gov
from tests.conftest import ROOT, chart_figures, rendered
from ui import state

APP = str(ROOT / "app.py")


def _open(lang):
    at = AppTest.from_file(APP, default_timeout=90)
    at.query_params["lang"] = lang
    at.run()
    at.switch_page("pages/governance.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _tab(at, name, lang="en"):
    """Open one of the page's tabs (only the open tab is computed and drawn)."""
    from i18n import t
    at.session_state[state.KEY_GOV_TAB] = t(f"gov.tab.{name}", lang)
    return at.run()


def _metric(at, index=0):
    return at.metric[index].value


def _radio(at, qid):
    return next(r for r in at.radio if r.key == state.gov_widget_key(qid))


def _verdicts(at):
    return {kind: [rendered(e.value) for e in getattr(at, kind)]
            for kind in ("success", "warning", "error", "info")}


WORDS = {"en": {"title": "Governance and readiness", "partial": "Partial outsourcing",
                "ready": "ready.", "not_ready": "not ready."},
         "fr": {"title": "Gouvernance et préparation", "partial": "Infogérance partielle",
                "ready": "prêts.", "not_ready": "pas prêts."}}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_answering_changes_the_score_and_the_verdict(lang):
    at = _open(lang)
    w = WORDS[lang]
    assert at.title[0].value == w["title"]
    assert sum(r.key.startswith(state.GOV_WIDGET_PREFIX) for r in at.radio) == len(gov.QUESTIONS)
    assert _metric(at) == "50 / 100"                        # typical answers: all "in part"
    partial_ok = [v for v in at.success if rendered(v.value).startswith(w["partial"])]
    assert partial_ok and w["ready"] in rendered(partial_ok[0].value)

    _radio(at, "referent").set_value(0).run()
    _radio(at, "assets").set_value(0).run()
    assert not at.exception
    # (900 − 50·2 − 50·2) / 18 = 38.9 → "39"
    assert _metric(at) == "39 / 100"
    partial_bad = [v for v in at.error if rendered(v.value).startswith(w["partial"])]
    assert partial_bad and w["not_ready"] in rendered(partial_bad[0].value)
    assert state.KEY_GOV_ANSWERS in at.session_state
    assert at.session_state[state.KEY_GOV_ANSWERS]["referent"] == 0


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_presets_fill_the_questionnaire(lang):
    at = _open(lang)
    at.button(key="gov_preset_none").click().run()
    assert _metric(at) == "0 / 100"
    assert all(_radio(at, q).value == 0 for q in gov.QUESTION_IDS)
    at.button(key="gov_preset_mature").click().run()
    assert _metric(at) == "100 / 100"
    assert all(_radio(at, q).value == 2 for q in gov.QUESTION_IDS)
    assert not at.error, "mature governance: every outsourcing scenario is ready"


def test_charts_and_effects_table_follow_the_answers():
    at = _open("en")
    at.button(key="gov_preset_none").click().run()
    titles = [f.layout.title.text.replace("<br>", " ") for f in chart_figures(at)]
    assert len(titles) == 1 and titles[0].startswith("Governance maturity 0/100")
    assert not at.table, "the other tabs are neither computed nor drawn"
    _tab(at, "register")
    titles = [f.layout.title.text.replace("<br>", " ") for f in chart_figures(at)]
    assert len(titles) == 1
    assert titles[0].startswith("Most critical risk: Dependency (Full outsourcing, 5 × 5)")
    assert not [r for r in at.radio if r.key.startswith(state.GOV_WIDGET_PREFIX)]
    assert not at.metric
    _tab(at, "effects")
    assert [f.layout.title.text for f in chart_figures(at)], "the risk before and after chart"
    table = at.table[0].value
    row = table[table["Parameter"] == "Exit cost"].iloc[0]
    assert row["Before"] == "1.00" and row["After governance"] == "2.25"

    at.toggle(key=state.KEY_GOV_APPLY_WIDGET).set_value(False).run()
    assert not at.exception
    table = at.table[0].value
    assert (table["Before"] == table["After governance"]).all()
    assert any("Governance effects are off" in i.value for i in at.info)


def test_a_saved_file_loads_and_a_bad_one_is_refused_keeping_the_answers():
    at = _open("en")
    uploader = next(u for u in at.get("file_uploader") if u.key == state.KEY_GOV_UPLOAD)
    uploader.upload("bad.json", b"{oops", "application/json").run()
    assert not at.exception
    assert any(rendered(e.value).startswith("File “bad.json” refused") for e in at.error)
    assert _metric(at) == "50 / 100"

    good = gov.dump_answers(gov.preset("mature"), {("transition", "full"): (5, 5)})
    uploader = next(u for u in at.get("file_uploader") if u.key == state.KEY_GOV_UPLOAD)
    uploader.set_value(("mature.json", good.encode(), "application/json")).run()
    assert not at.exception
    assert _metric(at) == "100 / 100"
    assert any("Answers loaded from “mature.json”" in rendered(s.value) for s in at.success)
    assert at.session_state[state.KEY_GOV_REGISTER] == {("transition", "full"): (5, 5)}


def test_scenario_file_loads_the_governance_answers():
    from models.scenario_file import dump_scenarios
    from models.scenarios import Economics, default_scenarios
    at = AppTest.from_file(APP, default_timeout=90)
    at.query_params["lang"] = "en"
    at.run()
    at.switch_page("pages/scenarios.py").run()
    text = dump_scenarios(default_scenarios(), Economics(),
                          gov.answers_to_dict(gov.preset("mature")))
    uploader = next(u for u in at.get("file_uploader") if u.key == state.KEY_SCENARIO_UPLOAD)
    uploader.set_value(("with_governance.json", text.encode(), "application/json")).run()
    assert not at.exception
    assert at.session_state[state.KEY_GOV_ANSWERS] == gov.preset("mature")
    at.switch_page("pages/governance.py").run()
    assert not at.exception
    assert at.metric[0].value == "100 / 100"


def test_choices_survive_a_visit_to_another_page():
    """Widget state is dropped when its page is not shown: the answers, the effects switch and
    the register edits live in plain session keys and come back with the page."""
    at = _open("en")
    _radio(at, "referent").set_value(0).run()
    _tab(at, "effects")
    at.toggle(key=state.KEY_GOV_APPLY_WIDGET).set_value(False).run()
    good = gov.dump_answers({**gov.preset("typical"), "referent": 0},
                            {("transition", "full"): (5, 5)})
    uploader = next(u for u in at.get("file_uploader") if u.key == state.KEY_GOV_UPLOAD)
    uploader.set_value(("edits.json", good.encode(), "application/json")).run()
    at.switch_page("pages/comparison.py").run()
    at.switch_page("pages/comparison.py").run()
    assert at.session_state[state.KEY_GOV_APPLY] is False
    at.switch_page("pages/governance.py").run()
    assert not at.exception
    _tab(at, "answers")
    assert _radio(at, "referent").value == 0
    _tab(at, "effects")
    assert at.toggle(key=state.KEY_GOV_APPLY_WIDGET).value is False
    assert any("Governance effects are off" in i.value for i in at.info)
    assert at.session_state[state.KEY_GOV_REGISTER_FINAL] == {("transition", "full"): (5, 5)}
    _tab(at, "register")
    at.button(key="gov_register_reset").click().run()
    assert at.session_state[state.KEY_GOV_REGISTER_FINAL] == {}


def test_cost_comparison_follows_the_governance_switch():
    from i18n import fmt_eur
    from models.costmodel import make_inputs, summarise
    from models.dataset import sample_dataset
    from models.one_off import baseline_spend
    from models.scenarios import default_scenarios
    ds = sample_dataset()
    inputs = make_inputs(baseline_spend(ds), ds.company, ds.staff)
    plain = {r.id: r.total for r in summarise(inputs, default_scenarios())}
    governed = {r.id: r.total for r in summarise(
        inputs, gov.apply_to_scenarios(default_scenarios(), gov.preset("none")))}
    at = _open("en")
    at.button(key="gov_preset_none").click().run()
    at.switch_page("pages/comparison.py").run()
    assert not at.exception
    table = at.table[0].value
    total = next(c for c in table.columns if c.startswith("Plan over"))     # the plan
    assert list(table[total]) == [fmt_eur(governed[s], "en")
                                  for s in ("inhouse", "partial", "full")]
    assert any("exit cost × 2.25" in c.value for c in at.caption)
    at.switch_page("pages/governance.py").run()
    _tab(at, "effects")
    at.toggle(key=state.KEY_GOV_APPLY_WIDGET).set_value(False).run()
    at.switch_page("pages/comparison.py").run()
    table = at.table[0].value
    assert list(table[total]) == [fmt_eur(plain[s], "en") for s in ("inhouse", "partial", "full")]
    assert not any("exit cost ×" in c.value for c in at.caption)


def test_the_register_is_a_table_until_the_user_asks_to_change_it():
    """The risk register is read as a static table (it wraps on a phone, nothing slow to draw);
    the editable grid appears behind a switch, and edits loaded from a file show in both."""
    from i18n import t
    at = _open("en")
    edits = gov.dump_answers(gov.preset("typical"), {("transition", "full"): (5, 5)})
    uploader = next(u for u in at.get("file_uploader") if u.key == state.KEY_GOV_UPLOAD)
    uploader.set_value(("edits.json", edits.encode(), "application/json")).run()
    assert not at.exception
    _tab(at, "register")
    risk_col = t("gov.col.risk", "en")
    registers = [tb.value for tb in at.table if risk_col in tb.value.columns]
    assert len(registers) == 1
    reg = registers[0]
    row = reg[(reg[risk_col] == t("gov.risk.transition", "en"))
              & (reg[t("gov.col.scenario", "en")] == "Full outsourcing")].iloc[0]
    assert (row[t("gov.col.likelihood", "en")], row[t("gov.col.impact", "en")]) == (5, 5)
    at.toggle(key="gov_register_edit").set_value(True).run()
    assert not at.exception
    assert not [tb for tb in at.table if risk_col in tb.value.columns]
    assert at.session_state[state.KEY_GOV_REGISTER_FINAL] == {("transition", "full"): (5, 5)}
