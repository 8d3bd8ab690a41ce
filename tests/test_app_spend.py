"""AppTest: the app frame and the Current spend page on the sample company."""
import pytest
from streamlit.testing.v1 import AppTest

from i18n import fmt_eur, fmt_pct
from models.baseline import monthly_by_domain, summarise_spend
from models.dataset import sample_dataset
from tests.conftest import ROOT, chart_figures
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

    charts = chart_figures(at)
    assert len(charts) == 2
    by_domain, by_month = charts
    # bars sorted ascending, summing to the yearly IT spend; title names the largest domain
    xs = list(by_domain.data[0].x)
    assert xs == sorted(xs) and sum(xs) == pytest.approx(s.annual_it)
    assert by_domain.layout.title.text.startswith("Workstations & peripherals takes")
    # monthly stacked: one trace per domain, 24 months, totals equal the model's
    assert len(by_month.data) == 7
    assert all(len(tr.x) == 24 for tr in by_month.data)
    total = sum(float(sum(tr.y)) for tr in by_month.data)
    assert total == pytest.approx(monthly_by_domain(ds.spend).to_numpy().sum())
    # the laptop refresh (30 × (1,085 + 215) € capitalised) makes February 2026 the peak
    assert by_month.layout.title.text.startswith("Costliest month: Feb 2026, €")


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
    assert len(chart_figures(at)) == 2
