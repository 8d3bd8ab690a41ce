"""AppTest (issue 15): a link reproduces the numbers on every page, the address follows the view,
the workspace file restores everything (or changes nothing), a scenario file brings every widget
back, the Scenarios page's figures are the Overview's plan, French widgets write decimal commas,
charts fit a phone."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest
from streamlit.testing.v1 import AppTest

from i18n import fmt_eur
from models.analysis import analyse
from models.dataset import sample_dataset
from models.governance import preset
from models.importer.corrections import empty_corrections
from models.scenario_file import dump_scenarios
from models.scenarios import Economics, default_scenarios
from models.workspace import Settings, Workspace, decode_link, dump_workspace, encode_link
from tests.conftest import ROOT, chart_figures, rendered

APP = str(ROOT / "app.py")


def _app(lang="en", **params) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["lang"] = lang
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _settings() -> Settings:
    sc = default_scenarios()
    sc[1].domains["support"].price_eur = 60.0
    sc[1].domains["devices"].outsourced = True
    return Settings(scenarios=sc, economics=Economics(horizon_years=4), answers=preset("mature"),
                    assumption_set="cautious", trials=1000, seed=7)


def _analysis(s: Settings, **kwargs):
    return analyse(sample_dataset(), s.scenarios, s.economics, seed=s.seed, trials=s.trials,
                   answers=s.answers, assumptions=s.assumption_set, lang="en", **kwargs)


def _metric_values(at) -> list[str]:
    return [m.value for m in at.metric]


def test_a_link_reproduces_the_numbers_on_every_decision_page():
    s = _settings()
    link = encode_link(s)
    expected = _analysis(s, with_thresholds=False)
    at = _app(s=link)
    kpis = expected.kpis()
    values = _metric_values(at)
    for row in kpis.itertuples():
        assert fmt_eur(row.expected_total, "en") in values
        assert fmt_eur(row.plan_total, "en") in values
    assert rendered(at.success[0].value) == expected.finding
    # the same settings on every page of the session: the plan on Cost comparison ...
    at.switch_page("pages/comparison.py").run()
    table = at.table[0].value
    assert list(table["Plan over 4 years (no risk events)"]) == [fmt_eur(r.total, "en")
                                                                for r in expected.results]
    # ... and on Scenarios (the plan of the same inputs), with the link's prices in the widgets
    at.switch_page("pages/scenarios.py").run()
    assert [m.value for m in at.metric] == [fmt_eur(r.total, "en") for r in expected.results]
    assert at.slider(key="horizon").value == 4
    assert at.session_state["scenarios"][1].domains["support"].price_eur == 60.0
    # and the Assumptions page shows the link's set
    at.switch_page("pages/assumptions.py").run()
    assert at.radio(key="assumption_set_widget").value == "cautious"


def test_an_older_horizon_link_still_works_on_the_overview():
    at = _app(horizon="7")
    assert at.session_state["economics"].horizon_years == 7
    assert "Expected cost, 7 years, with risks" in [m.label for m in at.metric]
    assert "horizon" not in at.query_params                # now carried by s=
    assert decode_link(at.query_params["s"]).settings.economics.horizon_years == 7


def test_the_address_follows_the_view_and_drops_defaults():
    at = _app()
    assert "s" not in at.query_params
    at.session_state["assumption_set"] = "pitch"
    at.session_state["sim_seed"] = 11
    at.run()
    back = decode_link(at.query_params["s"]).settings
    assert (back.assumption_set, back.seed) == ("pitch", 11)
    assert at.query_params["lang"] == "en"
    at.session_state["assumption_set"] = "neutral"
    del at.session_state["sim_seed"]
    at.run()
    assert "s" not in at.query_params


def test_a_damaged_link_says_so_and_shows_the_defaults():
    at = _app(lang="fr", s="abc$%^")
    assert any("Les réglages de ce lien n'ont pas pu être lus" in w.value for w in at.warning)
    assert at.session_state["economics"].horizon_years == Economics().horizon_years
    assert not at.exception


def _uploaded_workspace() -> bytes:
    ds = sample_dataset()
    ds = replace(ds, source_name="ledger-2025.csv", company=replace(
        ds.company, name="Atelier Martin", employees=42))
    return dump_workspace(Workspace(ds, _settings(), empty_corrections()))


def test_the_workspace_file_restores_everything_on_every_page():
    at = _app()
    assert at.sidebar.warning.len == 0                      # sample data: all in the link
    blob = _uploaded_workspace()
    at.file_uploader(key="workspace_upload").set_value(
        ("mine.json", blob, "application/json")).run()
    assert not at.exception
    ds = at.session_state["dataset"]
    assert (ds.source_name, ds.company.name, ds.company.employees) == ("ledger-2025.csv",
                                                                       "Atelier Martin", 42)
    assert at.session_state["assumption_set"] == "cautious"
    assert at.session_state["economics"].horizon_years == 4
    assert any("mine.json" in rendered(s.value) for s in at.success)
    # uploaded data: the link says the data is not in it and offers the workspace file
    assert "not in the link" in " ".join(w.value for w in at.sidebar.warning)
    # the widgets show the file's values (a new generation of keys)
    at.switch_page("pages/scenarios.py").run()
    assert [s.value for s in at.slider if s.key.startswith("horizon")] == [4]
    at.selectbox(key=[s.key for s in at.selectbox if s.key == "scenario"][0]) \
        .set_value("partial").run()
    prices = {n.key: n.value for n in at.number_input if n.key.endswith("__support__price")}
    assert list(prices.values()) == [60.0]
    toggles = {t.key: t.value for t in at.toggle if t.key.endswith("__devices__out")}
    assert list(toggles.values()) == [True]
    # the download gives the same workspace back
    again = json.loads(dump_workspace(Workspace(at.session_state["dataset"],
                                                Settings(**{**_settings().__dict__}),
                                                empty_corrections())))
    assert again["company"]["name"] == "Atelier Martin"


def test_a_damaged_workspace_changes_nothing():
    at = _app()
    before = at.session_state["dataset"]
    at.file_uploader(key="workspace_upload").set_value(
        ("broken.json", b'{"schema": "it-sourcing-workspace", "version": 9}',
         "application/json")).run()
    assert not at.exception
    assert any("broken.json" in rendered(e.value) and "version" in e.value for e in at.error)
    assert at.session_state["dataset"] is before or \
        at.session_state["dataset"].source_name is None


def test_a_scenario_file_brings_every_widget_back_and_the_next_change_starts_from_it():
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["lang"] = "en"
    at.run()
    at.switch_page("pages/scenarios.py").run()
    s = _settings()
    at.file_uploader(key="scenario_upload").set_value(
        ("saved.json", dump_scenarios(s.scenarios, Economics(horizon_years=7)).encode(),
         "application/json")).run()
    assert [w.value for w in at.slider if w.key.startswith("horizon")] == [7]
    assert at.selectbox(key="scenario").value == "partial"
    assert at.number_input(key="sc1__partial__support__price").value == 60.0
    assert at.toggle(key="sc1__partial__devices__out").value is True
    # one change: everything else stays as loaded
    at.number_input(key="sc1__partial__devices__price").set_value(99.0).run()
    eco, partial = at.session_state["economics"], at.session_state["scenarios"][1]
    assert eco.horizon_years == 7
    assert partial.domains["support"].price_eur == 60.0
    assert partial.domains["devices"].outsourced is True
    assert partial.domains["devices"].price_eur == 99.0


def test_scenarios_page_figures_are_the_overview_plan():
    """Cautious set, mature governance: the Scenarios page's totals are the plan the Overview
    and the Comparison show (they used to be the neutral, ungoverned plan)."""
    at = _app()
    at.session_state["assumption_set"] = "cautious"
    at.session_state["gov_answers"] = preset("mature")
    at.run()
    plan = [m.value for m, label in zip(at.metric, [m.label for m in at.metric])
            if label == "Plan, excluding risk events"]
    at.switch_page("pages/scenarios.py").run()
    assert [m.value for m in at.metric] == plan


def test_risk_page_totals_without_and_with_governance():
    at = _app()
    at.switch_page("pages/risk.py").run()
    table = at.table[0].value
    with_gov = _analysis(Settings(trials=10_000, seed=Settings().seed),
                         with_thresholds=False)
    without = analyse(sample_dataset(), default_scenarios(), Economics(), answers=None,
                      apply_governance=False, lang="en", with_thresholds=False)
    w, wo = with_gov.kpis(), without.kpis()
    cols = [c for c in table.columns if "years" in c]
    assert list(table[cols[0]]) == [fmt_eur(v, "en") for v in wo["expected_total"]]
    assert list(table[cols[1]]) == [fmt_eur(v, "en") for v in w["expected_total"]]
    assert table[cols[0]].iloc[1] != table[cols[1]].iloc[1]   # governance moves partial


@pytest.mark.parametrize("lang, shown", [("fr", "2,5\u00a0%"), ("en", "2.5%")])
def test_fractional_widgets_write_the_reader_s_decimal_mark(lang, shown):
    at = _app(lang=lang)
    at.switch_page("pages/scenarios.py").run()
    indexation = at.select_slider(key="sc__partial__idx")
    assert shown in indexation.options
    months = at.select_slider(key="sc__partial__trans").options
    assert ("1,5 mois" if lang == "fr" else "1.5 months") in months
    assert all("." not in o for o in months) if lang == "fr" else True
    price = at.number_input(key="sc__partial__support__price")
    assert price.proto.format == "%.0f"          # a whole price: no decimal point at all
    discount = at.select_slider(key="discount_pct").options
    assert ("4,5\u00a0%" if lang == "fr" else "4.5%") in discount


def test_charts_fit_a_phone():
    at = _app()
    at.session_state["viewport_width"] = {"width": 358, "small": True}
    at.run()
    for fig in chart_figures(at):
        lines = fig.layout.title.text.split("<br>")
        assert max(len(line) for line in lines) <= 36, lines
        assert fig.layout.title.font.size == 17
        assert fig.layout.legend.orientation == "h"
    configs = [json.loads(n.proto.config) for n in at.get("plotly_chart")]
    assert all(c["displayModeBar"] is False for c in configs)


def test_newcomer_line_on_the_sample_only():
    at = _app(lang="fr")
    text = " ".join(rendered(m.value) for m in at.markdown)
    assert "entreprise d'exemple" in text
    assert at.button(key="newcomer_import").label == "Importer mes dépenses"
    at.file_uploader(key="workspace_upload").set_value(
        ("mine.json", _uploaded_workspace(), "application/json")).run()
    text = " ".join(rendered(m.value) for m in at.markdown)
    assert "entreprise d'exemple" not in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_page_shows_an_unfilled_placeholder(lang):
    """A column header once read "… by more than {margin}" and another "± {value}": no text,
    label or column of any page may keep a {placeholder} of the catalogue."""
    import re

    from ui.registry import PAGES
    pattern = re.compile(r"\{[a-z_]+\}")
    at = _app(lang=lang)
    for spec in PAGES:
        at.switch_page(spec.path).run()
        assert not at.exception, (spec.path, [e.value for e in at.exception])
        texts = [e.value for kind in ("markdown", "caption", "title", "subheader", "info",
                                      "success", "warning") for e in getattr(at, kind)]
        texts += [m.label for m in at.metric]
        texts += [str(c) for table in (*at.table, *at.dataframe) for c in table.value.columns]
        found = [x for x in texts if pattern.search(str(x))]
        assert not found, (spec.path, found)
