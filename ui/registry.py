"""The pages of the app, in navigation order. app.py builds ``st.navigation`` from this list and
the tests open every page from it. Add one line per page."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageSpec:
    path: str           # file under pages/
    title_key: str      # i18n key of the page title
    icon: str           # Material icon
    section_key: str    # i18n key of the navigation section
    url_path: str       # stable URL, independent of the language
    default: bool = False
    charts: bool = False    # draws Plotly charts (the browser loads their code early)


PAGES: tuple[PageSpec, ...] = (
    PageSpec("pages/overview.py", "nav.overview", ":material/dashboard:", "nav.section.decide",
             "overview", default=True, charts=True),
    PageSpec("pages/scenarios.py", "nav.scenarios", ":material/tune:", "nav.section.decide",
             "scenarios"),
    PageSpec("pages/comparison.py", "nav.comparison", ":material/compare_arrows:",
             "nav.section.decide", "comparison", charts=True),
    PageSpec("pages/predictability.py", "nav.predictability", ":material/ssid_chart:",
             "nav.section.decide", "predictability", charts=True),
    PageSpec("pages/risk.py", "nav.risk", ":material/warning:", "nav.section.decide", "risk",
             charts=True),
    PageSpec("pages/sensitivity.py", "nav.sensitivity", ":material/swap_vert:",
             "nav.section.decide", "sensitivity", charts=True),
    PageSpec("pages/governance.py", "nav.governance", ":material/handshake:", "nav.section.decide",
             "governance", charts=True),
    PageSpec("pages/assumptions.py", "nav.assumptions", ":material/fact_check:",
             "nav.section.decide", "assumptions"),
    PageSpec("pages/spend.py", "nav.spend", ":material/receipt_long:", "nav.section.data", "spend",
             charts=True),
    PageSpec("pages/import.py", "nav.import", ":material/upload_file:", "nav.section.data",
             "import"),
    PageSpec("pages/company.py", "nav.company", ":material/groups:", "nav.section.data", "company"),
    PageSpec("pages/export.py", "nav.export", ":material/inventory_2:", "nav.section.share",
             "export"),
)
