"""AppTest: Scenarios, Comparison and Assumptions pages move with their inputs."""
from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from i18n import fmt_eur, t
from models.costmodel import make_inputs, summarise
from models.dataset import sample_dataset
from models.defaults import ASSUMPTIONS
from models.one_off import baseline_spend
from models.scenario_file import dump_scenarios
from models.scenarios import Economics, default_scenarios
from tests.conftest import ROOT, chart_figures, rendered
from ui import state

APP = str(ROOT / "app.py")


def _open(page, lang="en", **params):
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["lang"] = lang
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _euros(text: str) -> float:
    return float(text.replace("€", "").replace(",", "").replace("-", "-"))


def _kpis(at):
    return {rendered(m.label): _euros(m.value) for m in at.metric}


@pytest.fixture(scope="module")
def expected():
    ds = sample_dataset()
    inputs = make_inputs(baseline_spend(ds), ds.company, ds.staff)
    return {r.name: r for r in summarise(inputs, default_scenarios(), lang="en")}


def test_scenarios_page_shows_the_model_kpis(expected):
    at = _open("pages/scenarios.py")
    kpis = _kpis(at)
    assert set(kpis) == {"In-house", "Partial outsourcing", "Full outsourcing"}
    for name, value in kpis.items():
        assert value == pytest.approx(round(expected[name].total))
    partial = next(m for m in at.metric if rendered(m.label) == "Partial outsourcing")
    assert partial.delta == fmt_eur(expected["Partial outsourcing"].delta_vs_inhouse,
                                    "en").replace("\u2212", "-")


def test_raising_the_provider_price_raises_the_partial_cost_only():
    at = _open("pages/scenarios.py")
    before = _kpis(at)
    at.number_input(key="sc__partial__support__price").set_value(80.0).run()
    after = _kpis(at)
    assert after["Partial outsourcing"] > before["Partial outsourcing"]
    # 45 €/user/month more × 76 users × 12 months, indexed 3 %/year with a 5 % step in year 4,
    # plus 15 % out-of-scope and 6 % contract management on top, plus transition and exit months
    assert after["Partial outsourcing"] - before["Partial outsourcing"] > 45 * 76 * 12 * 5 * 1.21
    assert after["In-house"] == before["In-house"]
    assert after["Full outsourcing"] == before["Full outsourcing"]


def test_a_dismissal_lowers_the_cost_and_outsourcing_a_domain_shows_in_the_matrix():
    at = _open("pages/scenarios.py")
    before = _kpis(at)
    # the technician (second role) is dismissed in the partial scenario: notice and legal
    # severance are explained, and the scenario gets cheaper (his pay goes after the notice)
    at.selectbox(key="sc__partial__fate1").set_value("dismiss").run()
    assert not at.exception
    assert _kpis(at)["Partial outsourcing"] < before["Partial outsourcing"]
    assert _kpis(at)["In-house"] == before["In-house"]
    words = " ".join(c.value for c in at.caption)
    assert "Technicien support" in words and "notice" in words and "legal severance" in words
    assert at.session_state["scenarios"][1].staff[0].fate == "dismiss"
    at.toggle(key="sc__partial__hosting__out").set_value(True).run()
    matrix = at.dataframe[0].value
    assert list(matrix["Partial outsourcing"]) == ["Provider", "In-house", "Provider", "In-house",
                                                   "Provider", "In-house", "In-house"]


def test_duplicate_rename_delete_a_variant():
    at = _open("pages/scenarios.py")
    at.selectbox(key="scenario").set_value("full").run()
    at.text_input(key="sc__new_name").input("Full, low-cost").run()
    at.button(key="sc__dup_btn").click().run()
    assert "Full, low-cost" in _kpis(at)
    assert at.selectbox(key="scenario").value == "variant-1"
    at.number_input(key="sc__variant-1__support__price").set_value(20.0).run()
    kpis = _kpis(at)
    assert kpis["Full, low-cost"] < kpis["Full outsourcing"]
    at.text_input(key="sc__rename").input("Cheap MSP").run()
    at.button(key="sc__rename_btn").click().run()
    assert "Cheap MSP" in _kpis(at)
    at.button(key="sc__delete_btn").click().run()
    assert set(_kpis(at)) == {"In-house", "Partial outsourcing", "Full outsourcing"}
    assert not at.exception
    # a new copy of full reuses the id and shows full's values, not the deleted variant's
    at.selectbox(key="scenario").set_value("full").run()
    at.button(key="sc__dup_btn").click().run()
    assert at.selectbox(key="scenario").value == "variant-1"
    assert at.number_input(key="sc__variant-1__support__price").value == 35.0
    kpis = _kpis(at)
    assert kpis["Full, low-cost"] == kpis["Full outsourcing"]


def test_scenario_file_upload_refuses_bad_files_and_keeps_the_scenarios():
    at = _open("pages/scenarios.py")
    at.file_uploader(key="scenario_upload").set_value(
        ("bad.json", b'{"schema": "it-sourcing-scenarios", "version": 3}',
         "application/json")).run()
    assert not at.exception
    assert any("bad.json" in rendered(e.value) and "version (3)" in rendered(e.value)
               for e in at.error)
    assert len(at.metric) == 3

    sc = default_scenarios()
    sc[2].name = "Tout chez le prestataire"
    text = dump_scenarios(sc, Economics(horizon_years=4))
    at.file_uploader(key="scenario_upload").set_value(
        ("mine.json", text.encode("utf-8"), "application/json")).run()
    assert not at.exception
    assert "Tout chez le prestataire" in _kpis(at)
    assert any("mine.json" in rendered(s.value) for s in at.success)
    # the widgets are drawn anew from the file (ui.state.fresh_widgets: keys of a new generation)
    assert at.slider(key="horizon~1").value == 4


def test_scenario_file_with_staff_decisions_and_an_old_version_file():
    """A version-2 file brings back its staff decisions; a version-1 file loads with a warning
    saying what changed (its freed-time saving dropped, old defaults replaced)."""
    import json

    from tests.conftest import lean_scenarios
    at = _open("pages/scenarios.py")
    text = dump_scenarios(lean_scenarios(), Economics())
    at.file_uploader(key="scenario_upload").set_value(
        ("lean.json", text.encode("utf-8"), "application/json")).run()
    assert not at.exception
    full = at.session_state["scenarios"][2]
    assert {d.role: d.fate for d in full.staff} == {"Responsable informatique": "dismiss",
                                                    "Technicien support": "dismiss"}
    at.selectbox(key="scenario").set_value("full").run()
    assert at.selectbox(key="sc1__full__fate0").value == "dismiss"
    old = json.loads(dump_scenarios(default_scenarios(), Economics()))
    old["version"] = 1
    for item in old["scenarios"]:
        item["terms"]["staff_saved_share"] = 1.0
    at.file_uploader(key="scenario_upload").set_value(
        ("old.json", json.dumps(old).encode("utf-8"), "application/json")).run()
    assert not at.exception
    warnings = " ".join(w.value for w in at.warning)
    assert "Version 1 file" in warnings and "freed staff time actually saved" in warnings


def test_comparison_page_table_charts_and_thresholds(expected):
    at = _open("pages/comparison.py")
    table = at.table[0].value
    assert list(table["Scenario"]) == ["In-house", "Partial outsourcing", "Full outsourcing"]
    assert list(table["Plan over 5 years (no risk events)"]) == [fmt_eur(expected[n].total, "en")
                                                 for n in table["Scenario"]]
    # every IT person kept (the default): outsourcing only adds the provider's fee
    assert list(table["Break-even year"]) == ["–", "–", "–"]
    # the cost over time in two tabs: only the open one is drawn (issue 15)
    cumulative, _waterfall = chart_figures(at)
    at.session_state[state.KEY_COMPARISON_TAB] = t("comparison.tab.yearly", "en")
    yearly, waterfall = chart_figures(at.run())
    assert waterfall.to_json() == _waterfall.to_json()
    # one panel per scenario, one stacked trace per domain with spend, 5 years each
    assert all(len(tr.y) == 5 for tr in yearly.data)
    assert len(yearly.data) == 3 * 7
    assert [a.text for a in yearly.layout.annotations] == ["In-house", "Partial outsourcing",
                                                           "Full outsourcing"]
    assert sum(sum(tr.y) for tr in yearly.data) == pytest.approx(
        sum(r.total for r in expected.values()))
    assert yearly.layout.title.text.replace("<br>", " ").startswith(
        "In-house stays cheapest over 5 years")
    lines = [tr for tr in cumulative.data if tr.showlegend is not False]
    assert [tr.name for tr in lines] == ["In-house", "Partial outsourcing", "Full outsourcing"]
    assert lines[2].y[-1] == pytest.approx(expected["Full outsourcing"].total)
    assert "No scenario drops below" in cumulative.layout.title.text.replace("<br>", " ")
    text = "\n".join(rendered(m.value) for m in at.markdown)
    assert "would become cheaper than in-house, risks included, if the provider charged less" \
        in text


def test_comparison_horizon_from_the_link_and_slider():
    at = _open("pages/comparison.py", horizon="3")
    assert "Plan over 3 years (no risk events)" in at.table[0].value.columns
    at.slider(key="horizon").set_value(7).run()
    assert "Plan over 7 years (no risk events)" in at.table[0].value.columns
    at.select_slider(key="discount_pct").set_value(0.0).run()
    table = at.table[0].value
    assert list(table["NPV at 0.0%"]) == list(table["Plan over 7 years (no risk events)"])


def test_assumptions_page_lists_every_default_in_french():
    at = _open("pages/assumptions.py", lang="fr")
    table = at.dataframe[0].value
    assert len(table) == len(ASSUMPTIONS)
    assert "Pilotage du contrat, part de la valeur" in list(table["Hypothèse"])
    assert any("Leslie Willcocks" in s for s in table["Source"])     # docs/sources.md citations
    assert any("4 à 8\xa0%" in s for s in table["Justification"])   # French basis
    assert set(table["Qualité"]) <= {"source", "secondaire", "fournisseur", "jugement", "légal"}


def test_company_profile_answers_move_the_provider_fees():
    at = _open("pages/scenarios.py")
    before = _kpis(at)
    at.number_input(key="company__sample__employees").set_value(120).run()
    after = _kpis(at)
    # support is priced per user: more users, higher partial and full costs; in-house unchanged
    assert after["Partial outsourcing"] > before["Partial outsourcing"]
    assert after["Full outsourcing"] > before["Full outsourcing"]
    assert after["In-house"] == before["In-house"]
    at.switch_page("pages/comparison.py").run()
    table = at.table[0].value
    assert table["Share of revenue"].iloc[0].endswith("%")


def test_loaded_values_outside_the_widget_ranges_are_kept_exactly():
    sc = default_scenarios()
    partial = sc[1]
    partial.terms.transition_fee_months = 10.0
    partial.terms.out_of_scope_share = 1.5
    partial.terms.term_years = 10
    partial.terms.indexation = 0.0123456789
    partial.terms.exit_internal_days = 400.0
    partial.domains["support"].replaced_share = 0.333333333
    eco = Economics(horizon_years=12, discount_rate=0.0712345, headcount_growth=0.0123456,
                    salary_drift=0.031, price_inflation=0.0, useful_life_years=15.0)
    text = dump_scenarios(sc, eco)
    at = _open("pages/scenarios.py")
    at.file_uploader(key="scenario_upload").set_value(
        ("odd.json", text.encode("utf-8"), "application/json")).run()
    at.run()
    assert not at.exception
    assert dump_scenarios(at.session_state["scenarios"], at.session_state["economics"]) == text
    assert at.subheader[0].value.startswith("Total cost over 12 years")


def test_the_cost_items_are_computed_when_their_section_is_opened():
    """The comparison's item table and CSV download are drawn only once the user opens the
    section (issue 15: a lighter first screen); opened, they show every scenario."""
    at = _open("pages/comparison.py")

    def csv_buttons():
        return [b for b in at.get("download_button")
                if b.label.startswith("Download the projection")]
    assert not csv_buttons()
    tables = len(at.table)
    at.session_state["comparison_items"] = True
    at.run()
    assert not at.exception
    assert len(at.table) == tables + 1 and len(csv_buttons()) == 1
    assert list(at.table[-1].value.columns)[1:] == [
        "In-house", "Partial outsourcing", "Full outsourcing"]
