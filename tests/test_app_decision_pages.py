"""AppTest: Overview, Predictability, Risk and Sensitivity show the shared analysis' numbers,
and they move the right way when an input changes."""
import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from i18n import fmt_eur, fmt_probability, t
from models.analysis import analyse
from models.dataset import sample_dataset
from models.governance import DEFAULT_PRESET, preset
from models.scenarios import Economics, default_scenarios
from tests.conftest import ROOT, chart_figures, rendered
from ui import state

APP = str(ROOT / "app.py")


def _page(path, lang="en", before_run=None):
    at = AppTest.from_file(APP, default_timeout=180)
    at.query_params["lang"] = lang
    if before_run:
        before_run(at)
    at.run()
    at.switch_page(path).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.fixture(scope="module")
def expected():
    """The analysis the pages must show: sample company, default scenarios and settings,
    the governance answers' default preset applied."""
    return analyse(sample_dataset(), default_scenarios(), Economics(),
                   answers=preset(DEFAULT_PRESET), lang="en")


def test_overview_kpis_finding_and_charts(expected):
    at = _page("pages/overview.py")
    assert rendered(at.success[0].value) == expected.finding
    values = [m.value for m in at.metric]
    labels = [m.label for m in at.metric]
    kpis = expected.kpis()
    for row in kpis.itertuples():
        # the headline is the expected total with risks; the plan is shown as such
        assert fmt_eur(row.expected_total, "en") in values
        assert fmt_eur(row.plan_total, "en") in values
        assert fmt_eur(row.p90_year, "en") in values
        if row.scenario != "inhouse":
            assert fmt_probability(row.p_cheaper, "en") in values
    assert labels[0] == "Expected cost, 5 years, with risks"
    assert "Plan, excluding risk events" in labels
    captions = " ".join(c.value for c in at.caption)
    assert "one-off lines" in captions and "P10–P90" in captions
    info = at.info[0].value
    assert "Assumption sets:" in info and "of 3" in info
    titles = [f.layout.title.text for f in chart_figures(at)]
    assert len(titles) == 2
    assert "P10–P90" in titles[1].replace("<br>", " ")
    # the summary table: every figure the engine's
    table = {c: list(v) for c, v in at.table[0].value.items()}
    assert table[t("overview.col.scenario", "en")] == list(kpis["name"])
    assert table[t("overview.col.expected", "en", years=5)] == [
        fmt_eur(v, "en") for v in kpis["expected_total"]]
    assert table[t("overview.col.risk", "en")] == [fmt_eur(v, "en")
                                                   for v in kpis["expected_risk_loss"]]
    assert table[t("overview.col.npv", "en")] == [fmt_eur(v, "en") for v in kpis["npv"]]
    assert table[t("overview.col.p_cheaper", "en")] == ["–"] + [
        fmt_probability(p, "en") for p in kpis["p_cheaper"][1:]]


def test_overview_shows_how_governance_changes_the_answer():
    at = _page("pages/overview.py")
    texts = [rendered(m.value) for m in at.markdown]
    none = analyse(sample_dataset(), default_scenarios(), Economics(), answers=preset("none"),
                   trials=2_000, lang="en")
    mature = analyse(sample_dataset(), default_scenarios(), Economics(), answers=preset("mature"),
                     trials=2_000, lang="en")
    assert none.finding in texts and mature.finding in texts


def test_higher_provider_prices_raise_full_outsourcing_total_on_overview():
    def pricier(at):
        scenarios = default_scenarios()
        for choice in scenarios[2].domains.values():
            if choice.outsourced:
                choice.price_eur *= 2
        at.session_state["scenarios"] = scenarios
    base = _page("pages/overview.py")
    dear = _page("pages/overview.py", before_run=pricier)

    def full_total(at):
        return [m for m in at.metric if m.label.startswith("Expected cost, ")][2].value

    def parse(s):
        return float(s.replace("€", "").replace(",", ""))

    assert parse(full_total(dear)) > parse(full_total(base))


def test_predictability_page_fan_distribution_and_table(expected):
    at = _page("pages/predictability.py")
    figs = chart_figures(at)
    # the fan, then two tabs each drawn when open: the spread and overrun chart first (issue 15)
    assert len(figs) == 2
    assert "the most predictable option" in figs[1].layout.title.text.replace("<br>", " ")
    assert figs[1].layout.xaxis2.domain[0] > 0.5          # its two panels: spread, overrun
    at.session_state[state.KEY_PREDICTABILITY_TAB] = t("predictability.tab.spread", "en")
    fan, dist = chart_figures(at.run())
    assert fan.to_json() == figs[0].to_json()
    # each option's P90 marker: of every year, then of the year picked
    for year in (0, 3):
        if year:
            at.selectbox(key="pred_year").set_value(year).run()
            dist = chart_figures(at)[1]
        samples = expected.yearly_cost_samples(year)
        marks = [tr for tr in dist.data if tr.type == "scatter"]
        assert [m.y[0] for m in marks] == pytest.approx(
            [float(np.quantile(samples[s.id], 0.9)) for s in expected.scenarios], rel=1e-12)
    medians = [tr for tr in figs[0].data if tr.mode == "lines+markers"]
    inhouse = expected.yearly[expected.yearly["scenario"] == "inhouse"].sort_values("year")
    assert list(medians[0].y) == pytest.approx(list(inhouse["p50"]))
    table = at.table[0].value
    assert list(table["P90"]) == [fmt_eur(expected.stats[s.id]["total"]["p90"], "en")
                                  for s in expected.scenarios]


def test_predictability_names_the_lowest_spread_when_it_is_another_option(expected):
    """The most predictable budget (least likely to overrun its plan) and the lowest relative
    spread can be two options (a large fixed fee lowers the spread in proportion); the sentence
    then says both, so the CV chart beside it does not seem to contradict it."""
    from i18n import fmt_pct
    k = expected.kpis().set_index("scenario")
    best, spread = expected.most_predictable(), expected.lowest_spread()
    assert spread == k["cv"].idxmin()
    assert best == k["p_overrun"].idxmin() or k.loc[best, "cv"] == k["cv"].min()
    at = _page("pages/predictability.py")
    sentence = at.success[0].value.replace("\\", "")        # names escaped for Markdown
    assert k.loc[best, "name"] in sentence
    if spread != best:
        assert (f"{k.loc[spread, 'name']} has the lowest relative spread "
                f"({fmt_pct(k.loc[spread, 'cv'], 'en', 0)})") in sentence
    else:
        assert "lowest relative spread" not in sentence


def test_more_trials_changes_the_subtitle_and_keeps_p50_within_error():
    at = _page("pages/predictability.py")
    assert not [s for s in at.selectbox if s.key == "simw__trials"], "drawn when opened"
    at.session_state["pred_settings"] = True
    at.run()
    at.selectbox(key="simw__trials").set_value(1_000).run()
    assert not at.exception
    fig = chart_figures(at)[0]
    assert "1,000 trials" in fig.layout.title.subtitle.text.replace("<br>", " ")
    at.session_state["pred_settings"] = False        # closed again: the setting stays
    at.run()
    assert "1,000 trials" in chart_figures(at)[0].layout.title.subtitle.text.replace("<br>", " ")


def test_risk_page_losses_match_the_engine(expected):
    at = _page("pages/risk.py")
    figs = chart_figures(at)
    eal = figs[0]
    by_name = {tr.name: sum(tr.x) for tr in eal.data}
    for r in expected.results:
        total = expected.eal[expected.eal["scenario"] == r.id]["eal"].sum()
        assert by_name[r.name] == pytest.approx(total, rel=1e-9)
    # the expected loss, then three tabs each drawn when open (issue 15): a bad year's loss
    assert len(figs) == 2 and figs[1].layout.xaxis.type == "log"
    for tab, kind in (("sla", "bar"), ("register", "scatter")):
        at.session_state[state.KEY_RISK_TAB] = t(f"risk.tab.{tab}", "en")
        figs = chart_figures(at.run())
        assert len(figs) == 2 and figs[1].data[0].type == kind, tab
    assert any(p.label == t("risk.edit_register", "en") for p in at.get("page_link"))


def test_sensitivity_tornado_and_thresholds(expected):
    at = _page("pages/sensitivity.py")
    fig = chart_figures(at)[0]
    assert fig.layout.title.text.replace("<br>", " ").split(" matters most")[0]
    sentences = [rendered(m.value) for m in at.markdown if m.value.startswith("- ")]
    assert len(sentences) == len(expected.thresholds)


def test_comparison_waterfall_reconciles_in_house_and_scenario_totals(expected):
    at = _page("pages/comparison.py")
    figs = chart_figures(at)
    waterfall = next(f for f in figs if f.data and f.data[0].type == "waterfall")
    ys = list(waterfall.data[0].y)
    results = {r.id: r for r in expected.results}
    assert ys[0] == pytest.approx(results["inhouse"].total)
    others = [r for r in expected.results if r.id != expected.reference_id]
    assert ys[-1] == pytest.approx(min(others, key=lambda r: r.total).total)
    assert sum(ys[1:-1]) == pytest.approx(ys[-1] - ys[0])
    at.selectbox(key="waterfall_scenario").set_value("partial").run()
    waterfall = next(f for f in chart_figures(at) if f.data and f.data[0].type == "waterfall")
    assert list(waterfall.data[0].y)[-1] == pytest.approx(results["partial"].total)
