"""AppTest: the app frame and the Current spend page on the sample company."""
import pytest
from streamlit.testing.v1 import AppTest

from i18n import fmt_eur, fmt_pct, t
from models.baseline import monthly_by_domain, summarise_spend
from models.dataset import sample_dataset
from tests.conftest import ROOT, chart_figures
from ui import state
from ui.registry import PAGES

APP = str(ROOT / "app.py")


def _open(page=None, lang=None):
    at = AppTest.from_file(APP, default_timeout=60)
    if lang:
        at.query_params["lang"] = lang
    at.run()
    if page:
        at.switch_page(page).run()
    return at


@pytest.mark.parametrize("spec", PAGES, ids=lambda s: s.url_path)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_page_opens_without_exception(spec, lang):
    at = _open(spec.path, lang)
    assert not at.exception, [e.value for e in at.exception]
    assert at.title, "every page has a title"


def test_spend_page_shows_the_sample_figures():
    ds = sample_dataset()
    s = summarise_spend(ds.spend, ds.company, ds.staff)
    at = _open("pages/spend.py", lang="en")
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Yearly IT spend"] == fmt_eur(s.annual_it, "en")
    assert metrics["Full yearly IT cost"] == fmt_eur(s.annual_it_with_staff, "en")
    assert metrics["Per employee per year"] == fmt_eur(s.per_employee, "en")
    assert metrics["Share of revenue"] == fmt_pct(s.share_of_revenue, "en")
    banner = next(c.value for c in at.caption if c.value.startswith(":material/database:"))
    assert "Data: sample company “Mécanique Précision Loire SAS”" in banner
    assert "1,127 lines" in banner

    # by domain and by month in two tabs, each drawn when open (issue 15: the first screen)
    charts = chart_figures(at)
    assert len(charts) == 1
    by_domain = charts[0]
    # the table beside the chart lists the domains in the chart's order, read top to bottom
    largest_first = s.annual_by_domain.sort_values(ascending=False, kind="stable")
    assert list(at.table[0].value["Per year"]) == [fmt_eur(v, "en") for v in largest_first]
    assert list(at.table[0].value["Domain"]) == [t(f"domain.{d}", "en")
                                                 for d in largest_first.index]
    assert list(at.table[0].value["Domain"]) == list(by_domain.data[0].y)[::-1]
    at.session_state[state.KEY_SPEND_TAB] = t("spend.tab.month", "en")
    (by_month,) = chart_figures(at.run())
    assert at.table[0].value.columns[0] == "Date"        # the domain table went with its tab
    # bars sorted ascending, summing to the yearly IT spend; title names the largest domain
    xs = list(by_domain.data[0].x)
    assert xs == sorted(xs) and sum(xs) == pytest.approx(s.annual_it)
    assert by_domain.layout.title.text.replace("<br>", " ").startswith(
        "Workstations & peripherals takes")
    # monthly stacked: one trace per domain, 24 months, totals equal the model's; one more
    # trace marks the months holding one-off lines kept out of the baseline
    bars = [tr for tr in by_month.data if tr.type == "bar"]
    assert len(bars) == 7 and len(by_month.data) == 8
    assert all(len(tr.x) == 24 for tr in bars)
    total = sum(float(sum(tr.y)) for tr in bars)
    assert total == pytest.approx(monthly_by_domain(ds.spend).to_numpy().sum())
    # the laptop refresh (30 × (1,085 + 215) € capitalised) makes February 2026 the peak
    assert by_month.layout.title.text.replace("<br>", " ").startswith(
        "Costliest month: Feb 2026, €")


def test_language_switch_translates_page_and_banner():
    at = _open("pages/spend.py")
    assert at.title[0].value == "Dépenses informatiques actuelles"
    assert any("Données : société exemple" in c.value for c in at.caption)
    at.radio(key="lang_choice").set_value("en").run()
    assert at.title[0].value == "Current IT spend"
    assert not at.exception


def test_cold_deep_link_to_page_initialises_its_state():
    """A page run on its own (no app.py frame, as on a cold deep link) still works."""
    at = AppTest.from_file(str(ROOT / "pages" / "spend.py"), default_timeout=60).run()
    assert not at.exception
    assert at.title[0].value == "Dépenses informatiques actuelles"
    assert len(chart_figures(at)) == 1                  # by domain; by month in its tab


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_one_off_lines_are_listed_with_their_reason_and_can_be_put_back(lang):
    """The six one-off lines of the sample (the Nov 2025 cyber incident among them) are listed
    out of the baseline with their reason and total; putting one back moves the volatility the
    model uses and the Overview's analysis, which reads the same dataset."""
    from models.one_off import detect_one_off
    from models.uncertainty.calibration import unplanned_yearly_cv
    ds = sample_dataset()
    found = detect_one_off(ds.spend)
    at = _open("pages/spend.py", lang=lang)
    assert not at.exception
    table = at.table[1].value                    # after the domain table (its tab open)
    assert len(table) == len(found) == 6
    assert list(table[t("spend.one_off.col.reason", lang)]) == [
        t(f"one_off.reason.{r}", lang) for r in found["reason"]]
    assert t("one_off.reason.incident", lang) in set(table[t("spend.one_off.col.reason", lang)])
    total = float(found["amount"].sum())
    assert any(m.value == t("spend.one_off.total", lang, n=6, amount=fmt_eur(total, lang))
               for m in at.markdown)
    metrics = {m.label: m.value for m in at.metric}
    with_all = unplanned_yearly_cv(ds.spend)[0]
    without = unplanned_yearly_cv(ds.spend[~ds.spend["source_row"].isin(found["source_row"])])[0]
    assert metrics[t("spend.volatility.with", lang)] == fmt_pct(with_all, lang, 0)
    assert metrics[t("spend.volatility.without", lang)] == fmt_pct(without, lang, 0)
    assert without < with_all                     # the incident made in-house look bumpy
    # the chart marks the months of the lines kept out (Nov 2025, Jan, Feb, Jun 2026)
    at.session_state[state.KEY_SPEND_TAB] = t("spend.tab.month", lang)
    marks = [tr for tr in chart_figures(at.run())[0].data if tr.type == "scatter"]
    assert len(marks) == 1 and len(marks[0].x) == 4
    # put the largest incident line back
    first = int(found["source_row"].iloc[0])
    at.multiselect(key="one_off_kept_widget").set_value([first]).run()
    assert not at.exception
    assert at.session_state["dataset"].one_off_kept == frozenset({first})
    metrics = {m.label: m.value for m in at.metric}
    back = unplanned_yearly_cv(ds.spend[~ds.spend["source_row"].isin(
        found["source_row"].iloc[1:])])[0]
    assert metrics[t("spend.volatility.without", lang)] == fmt_pct(back, lang, 0)
    assert any(m.value == t("spend.one_off.total", lang, n=5,
                            amount=fmt_eur(total - float(found["amount"].iloc[0]), lang))
               for m in at.markdown)
    # the choice survives a visit to another page
    at.switch_page("pages/overview.py").run()
    at.switch_page("pages/spend.py").run()
    assert at.multiselect(key="one_off_kept_widget").value == [first]


def test_putting_a_line_back_raises_the_in_house_plan_on_every_page():
    """The Overview's plan of in-house with the line put back is the analysis of the dataset
    with ``one_off_kept`` (the line is projected every year again)."""
    import dataclasses

    from models.analysis import analyse
    from models.governance import DEFAULT_PRESET, preset
    from models.one_off import detect_one_off
    from models.scenarios import Economics, default_scenarios
    ds = sample_dataset()
    first = int(detect_one_off(ds.spend)["source_row"].iloc[0])
    at = _open("pages/spend.py", lang="en")
    at.multiselect(key="one_off_kept_widget").set_value([first]).run()
    at.switch_page("pages/overview.py").run()
    assert not at.exception
    kept = dataclasses.replace(ds, one_off_kept=frozenset({first}))
    expected = analyse(kept, default_scenarios(), Economics(), answers=preset(DEFAULT_PRESET),
                       lang="en").kpis().set_index("scenario")
    base = analyse(ds, default_scenarios(), Economics(), answers=preset(DEFAULT_PRESET),
                   trials=1000, lang="en").kpis().set_index("scenario")
    values = [m.value for m in at.metric]
    assert fmt_eur(expected.loc["inhouse", "plan_total"], "en") in values
    assert expected.loc["inhouse", "plan_total"] > base.loc["inhouse", "plan_total"]
