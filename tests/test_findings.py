from models.costmodel import ScenarioResult
from models.findings import headline_finding


def _r(id, kind, name, total, be=None, yearly=5):
    return ScenarioResult(id=id, name=name, kind=kind, color_index=0,
                          yearly=(total / yearly,) * yearly,
                          cumulative=(), total=total, npv=total, break_even_year=be,
                          cost_per_employee=0, fixed_share=0, variable_share=0, one_time_share=0,
                          delta_vs_inhouse=0)


def test_outsourcing_cheapest_with_break_even_and_bad_year():
    results = [_r("inhouse", "inhouse", "In-house", 1_000_000),
               _r("full", "full", "Full", 880_000, 2)]
    text = headline_finding(results, "en", {"inhouse": 220_000, "full": 237_600})
    assert text == ("Full is the cheapest option over 5 years: €120k less than In-house (12%), "
                    "breaking even in year 2; but its bad year (P90) is 8% costlier than "
                    "In-house's.")


def test_inhouse_cheapest_names_runner_up():
    results = [_r("inhouse", "inhouse", "Interne", 1_000_000),
               _r("p", "partial", "Partiel", 1_050_000),
               _r("f", "full", "Complet", 1_200_000)]
    assert headline_finding(results, "fr") == (
        "Interne reste l'option la moins chère sur 5 ans : "
        "Partiel coûterait 50,0\u00a0k€ de plus (5\u00a0%).")
