"""AppTest, French and English: the detail pages tell the Overview's risk-inclusive, honest
story (issue 12) — Predictability, Assumptions (the assumption set every page uses), the
Comparison as the plan, Risk, Sensitivity and Governance."""
import pytest
from streamlit.testing.v1 import AppTest

from i18n import fmt_eur, fmt_number, fmt_pct, fmt_probability, t
from models.analysis import analyse
from models.dataset import sample_dataset
from models.defaults import ASSUMPTIONS, set_value
from models.governance import DEFAULT_PRESET, preset
from models.scenarios import Economics, default_scenarios
from models.sources import assumption_basis, unit_text
from tests.conftest import ROOT, chart_figures, lean_scenarios, rendered
from ui import state

APP = str(ROOT / "app.py")
LANGS = ["fr", "en"]


def _page(path, lang, before_run=None):
    at = AppTest.from_file(APP, default_timeout=180)
    at.query_params["lang"] = lang
    if before_run:
        before_run(at)
    at.run()
    at.switch_page(path).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _expected(lang, scenarios=None, **kw):
    return analyse(sample_dataset(), scenarios or default_scenarios(), Economics(),
                   answers=preset(DEFAULT_PRESET), lang=lang, **kw)


def _plain(markdown: str) -> str:
    """Markdown text without its escapes (pages escape user text and "$" for Streamlit)."""
    return markdown.replace("\\", "")


def _title(fig) -> str:
    return fig.layout.title.text.replace("<br>", " ")


# ----------------------------------------------------------------------------- Predictability

def _spread_clause(expected, lang: str, basis: str) -> str:
    """The sentence's second part when the lowest relative spread is another option's."""
    k = expected.kpis().set_index("scenario")
    best, spread = expected.most_predictable(), k["cv"].idxmin()
    if spread == best or round(k.loc[spread, "cv"], 2) >= round(k.loc[best, "cv"], 2):
        return ""
    return " " + t("overview.predictable.spread_other", lang, name=k.loc[spread, "name"],
                   cv=fmt_pct(k.loc[spread, "cv"], lang, 0),
                   p=fmt_probability(k.loc[spread, "p_overrun"], lang), basis=basis,
                   margin=fmt_pct(0.10, lang, 0))


@pytest.mark.parametrize("lang", LANGS)
def test_predictability_names_the_most_predictable_against_each_plan(lang):
    at = _page("pages/predictability.py", lang)
    expected = _expected(lang)
    k = expected.kpis().set_index("scenario")
    best = expected.most_predictable()
    basis = t("overview.budget.plan", lang)
    assert rendered(at.success[0].value) == t(
        "overview.predictable", lang, name=k.loc[best, "name"], cv=fmt_pct(k.loc[best, "cv"],
                                                                             lang, 0),
        p=fmt_probability(k.loc[best, "p_overrun"], lang), margin=fmt_pct(0.10, lang, 0),
        basis=basis) + _spread_clause(expected, lang, basis)
    assert t("predictability.budget.plan", lang, years=5) in [c.value for c in at.caption]
    cv_chart = chart_figures(at)[1]
    assert _title(cv_chart) == t(
        "chart.cv.title_best", lang, best=k.loc[best, "name"], cv=fmt_pct(k.loc[best, "cv"],
                                                                           lang, 0),
        p=fmt_pct(k.loc[best, "p_overrun"], lang, 0), margin=fmt_pct(0.10, lang, 0),
        basis=basis)
    # the fan chart names the narrowest range in euros, not "the most predictable option"
    fan = _title(chart_figures(at)[0])
    assert t("chart.fan.title", lang, best="", worst="", best_width="", worst_width="")[:25] \
        in fan
    assert ("plus prévisible" if lang == "fr" else "most predictable") not in fan
    table = at.table[0].value
    assert list(table[t("predictability.col.cv_year", lang)]) == [
        fmt_pct(k.loc[s.id, "cv"], lang) for s in expected.scenarios]


@pytest.mark.parametrize("lang", LANGS)
def test_a_yearly_budget_replaces_the_plans(lang):
    at = _page("pages/predictability.py", lang)
    at.session_state["pred_settings"] = True                 # the settings, opened
    at.run()
    at.number_input(key="simw__budget").set_value(380_000.0).run()
    assert not at.exception
    expected = _expected(lang, budget_per_year=380_000.0)
    k = expected.kpis().set_index("scenario")
    best = expected.most_predictable()
    assert rendered(at.success[0].value) == t(
        "overview.predictable", lang, name=k.loc[best, "name"],
        cv=fmt_pct(k.loc[best, "cv"], lang, 0), p=fmt_probability(k.loc[best, "p_overrun"], lang),
        margin=fmt_pct(0.10, lang, 0), basis=t("overview.budget.user", lang)) + _spread_clause(
        expected, lang, t("overview.budget.user", lang))
    assert t("predictability.budget.user", lang, budget=fmt_eur(380_000, lang),
             total=fmt_eur(1_900_000, lang), years=5) in [c.value for c in at.caption]
    assert set(k["budget"]) == {1_900_000.0}


# ----------------------------------------------------------------------------- Assumptions

@pytest.mark.parametrize("lang", LANGS)
def test_assumptions_page_shows_each_default_in_each_set(lang):
    at = _page("pages/assumptions.py", lang)
    table = at.dataframe[0].value
    label = t("assumptions.col.label", lang)
    heads = {name: t(f"aset.{name}", lang) for name in ("pitch", "neutral", "cautious")}
    heads = {n: h[:1].upper() + h[1:] for n, h in heads.items()}
    heads["neutral"] = t("assumptions.col.in_use", lang, set=heads["neutral"])
    assert len(table) == len(ASSUMPTIONS)
    assert not any(v.startswith(("freed_", "staff_", "downtime_")) for v in table[label])
    rows = table.set_index(label)
    for key, values in (("freed_time_saved_share", (1.0, 0.0, 0.0)),
                        ("downtime_margin_share", (1.0, 0.266, 0.266)),
                        ("out_of_scope_share", (0.10, 0.25, 0.30)),
                        ("restore_hours_provider", (2.0, 8.0, 16.0))):
        a = ASSUMPTIONS[key]
        assert tuple(set_value(a, n) for n in ("pitch", "neutral", "cautious")) == \
            pytest.approx(values)
        row = rows.loc[t(f"assumption.{key}", lang)]
        shown = [row[heads[n]] for n in ("pitch", "neutral", "cautious")]
        digits = [0 if float(v).is_integer() and abs(v) >= 1 else 3 for v in values]
        assert shown == [fmt_number(v, lang, d) for v, d in zip(values, digits)]
    judgement = t("quality.judgement", lang)
    assert judgement in set(table[t("assumptions.col.quality", lang)])
    # the basis and the unit of each default in the page's language (not models/defaults.py's
    # English in the French page)
    assert list(table[t("assumptions.col.detail", lang)]) == [
        assumption_basis(a, lang) for a in ASSUMPTIONS.values()]
    assert list(table[t("assumptions.col.unit", lang)]) == [
        unit_text(a.unit, lang) for a in ASSUMPTIONS.values()]
    if lang == "fr":
        assert not set(table[t("assumptions.col.detail", lang)]) & {
            a.source for a in ASSUMPTIONS.values()}
    n = sum(a.quality == "judgement" for a in ASSUMPTIONS.values())
    assert any(t("assumptions.judgement_count", lang, n=n, total=len(ASSUMPTIONS)) in c.value
               for c in at.caption)
    text = " ".join(m.value for m in at.markdown)
    assert t("assumptions.sets.pitch", lang)[:20] in text


@pytest.mark.parametrize("lang", LANGS)
def test_the_chosen_set_drives_every_page(lang):
    at = _page("pages/assumptions.py", lang)
    at.radio(key="assumption_set_widget").set_value("pitch").run()
    assert at.session_state["assumption_set"] == "pitch"
    pitch = _expected(lang, assumptions="pitch")
    at.switch_page("pages/overview.py").run()
    assert not at.exception
    assert rendered(at.success[0].value) == pitch.finding
    assert any(t("aset.pitch", lang) in c.value for c in at.caption)
    at.switch_page("pages/comparison.py").run()
    table = at.table[0].value
    assert list(table[t("comparison.col.total", lang, years=5)]) == [
        fmt_eur(r.total, lang) for r in pitch.results]
    # back on the Assumptions page the selector shows the choice
    at.switch_page("pages/assumptions.py").run()
    assert at.radio(key="assumption_set_widget").value == "pitch"


# ----------------------------------------------------------------------------- Comparison

@pytest.mark.parametrize("lang", LANGS)
def test_comparison_is_the_plan_with_staff_savings_and_severance_steps(lang):
    def lean(at):
        at.session_state["scenarios"] = lean_scenarios()
    at = _page("pages/comparison.py", lang, before_run=lean)
    expected = _expected(lang, scenarios=lean_scenarios())
    assert at.title[0].value == t("comparison.title", lang)
    table = at.table[0].value
    assert list(table[t("comparison.col.total", lang, years=5)]) == [
        fmt_eur(r.total, lang) for r in expected.results]
    assert list(table[t("comparison.col.total", lang, years=5)]) != [
        fmt_eur(v, lang) for v in expected.kpis()["expected_total"]]
    waterfall = next(f for f in chart_figures(at) if f.data and f.data[0].type == "waterfall")
    steps = dict(zip(waterfall.data[0].x, waterfall.data[0].y))
    # full (the cheapest plan) dismisses both IT staff: their pay goes, severance comes
    assert steps[t("item.staff", lang)] < 0 < steps[t("item.severance", lang)]
    assert list(waterfall.data[0].y)[-1] == pytest.approx(expected.results[2].total)
    assert t("comparison.waterfall_subtitle", lang, source="")[:20] in \
        waterfall.layout.title.subtitle.text.replace("<br>", " ")
    at.session_state["comparison_items"] = True          # the items section, opened
    at.run()
    items = at.table[1].value
    assert t("item.severance", lang) in list(items[t("comparison.col.item", lang)])
    text = _plain("\n".join(m.value for m in at.markdown))
    for th in expected.thresholds:
        assert th.sentence(lang) in text


# ----------------------------------------------------------------------------- Risk

@pytest.mark.parametrize("lang", LANGS)
def test_risk_page_never_claims_a_provider_restores_faster(lang):
    at = _page("pages/risk.py", lang)
    caption = next(c.value for c in at.caption
                   if c.value.startswith(t("risk.provider_vs_inhouse", lang, set="x", outage="",
                                           cyber="", data="", provider="", inhouse="",
                                           gtr="")[:12]))
    assert caption == t("risk.provider_vs_inhouse", lang, set=t("aset.neutral", lang),
                        outage=fmt_number(1.0, lang, 2), cyber=fmt_number(1.0, lang, 2),
                        data=fmt_number(1.0, lang, 2), provider="8", inhouse="8", gtr="4")
    expected = _expected(lang)
    at.session_state[state.KEY_RISK_TAB] = t("risk.tab.sla", lang)     # its tab, open
    sla = chart_figures(at.run())[1]
    credits = next(tr for tr in sla.data if tr.name == t("chart.sla.credits", lang))
    assert sum(credits.y) > 0                          # the contract still pays credits
    table = at.table[0].value
    k = expected.kpis()
    assert list(table[t("risk.col.total_with", lang, years=5)]) == [
        fmt_eur(v, lang) for v in k["expected_total"]]
    # a provider pitch restores faster and fails less: the page says it is that set's claim
    at.session_state["assumption_set"] = "pitch"
    at.run()
    assert any(c.value.startswith(t("risk.provider_vs_inhouse", lang, set=t("aset.pitch", lang),
                                    outage="", cyber="", data="", provider="", inhouse="",
                                    gtr="")[:30]) and "× 0" in c.value for c in at.caption)


# ----------------------------------------------------------------------------- Sensitivity

@pytest.mark.parametrize("lang", LANGS)
def test_sensitivity_thresholds_are_the_risk_inclusive_ones(lang):
    at = _page("pages/sensitivity.py", lang)
    expected = _expected(lang)
    sentences = [_plain(m.value[2:]) for m in at.markdown if m.value.startswith("- ")]
    assert sentences == [th.sentence(lang) for th in expected.thresholds]
    params = {th.parameter for th in expected.thresholds}
    assert {"staff_saving", "contract_management"} <= params
    staff = next(th for th in expected.thresholds if th.parameter == "staff_saving")
    assert t("threshold.what.staff_saving", lang) in staff.sentence(lang)
    at.session_state["assumption_set"] = "cautious"
    at.run()
    assert not at.exception
    cautious = _expected(lang, assumptions="cautious")
    sentences = [_plain(m.value[2:]) for m in at.markdown if m.value.startswith("- ")]
    assert sentences == [th.sentence(lang) for th in cautious.thresholds]


# ----------------------------------------------------------------------------- Governance

@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("mode", ["hours", "fte"])
def test_governance_retained_time_is_the_cost_models_contract_management(lang, mode):
    from models.governance.retained import contract_management_hours

    def with_mode(at):
        scenarios = default_scenarios()
        for s in scenarios[1:]:
            s.terms.retained_mode = mode
        at.session_state["scenarios"] = scenarios
        at.session_state[state.KEY_GOV_TAB] = t("gov.tab.effects", lang)   # its tab, open
    at = _page("pages/governance.py", lang, before_run=with_mode)
    table = next(d.value for d in at.table
                 if t("gov.col.task", lang) in d.value.columns)
    row = table[table[t("gov.col.task", lang)] == t("gov.col.contract_management", lang)]
    scenarios = default_scenarios()
    assert [row.iloc[0][s.display_name(lang)] for s in scenarios] == [
        fmt_number(contract_management_hours(s), lang) + " h" for s in scenarios]
    captions = " ".join(c.value for c in at.caption)
    if mode == "hours":
        assert t("gov.retained.caption_hours", lang, rate="", hours="")[:25] in captions
        assert fmt_number(contract_management_hours(scenarios[2]), lang) + " h" in captions
    else:
        assert t("gov.retained.caption_fte", lang, rate="", fte="")[:25] in captions
