"""docs/sources.md: every default and every governance effect cites public sources that exist
there, every entry is complete, and the Assumptions page lists the cited sources."""
import re

import pytest
from streamlit.testing.v1 import AppTest

from models.defaults import ASSUMPTIONS
from models.sources import (
    FIELDS,
    KEY_PATTERN,
    QUALITIES,
    SourcesError,
    cite,
    load_sources,
    parse_sources,
)
from tests.conftest import ROOT

SOURCES = load_sources()


def test_every_assumption_cites_sources_that_exist():
    missing = [a.key for a in ASSUMPTIONS.values() if not a.refs]
    assert not missing, missing
    unknown = [(a.key, r) for a in ASSUMPTIONS.values() for r in a.refs if r not in SOURCES]
    assert not unknown, unknown


def test_assumption_texts_do_not_point_to_private_notes():
    for a in ASSUMPTIONS.values():
        assert "shared/reference" not in a.source and "market-and-figures" not in a.source, a.key
        assert "§" not in a.source, a.key


def test_every_governance_effect_has_sources():
    from models.governance import EFFECTS
    for effect in EFFECTS:
        assert effect.refs, (effect.question, effect.target)
        unknown = [r for r in effect.refs if r not in SOURCES]
        assert not unknown, (effect.question, effect.target, unknown)
        assert "§" not in effect.source and "market-and-figures" not in effect.source


def test_every_entry_is_complete_and_valid():
    assert len(SOURCES) >= 50
    for key, s in SOURCES.items():
        assert KEY_PATTERN.fullmatch(key), key
        for field in FIELDS:
            assert getattr(s, field).strip(), (key, field)
        assert s.quality in QUALITIES, (key, s.quality)
        assert s.address == "none" or s.address.startswith(("https://", "http://")), key
        assert s.section, key
        assert s.year in ("n.d.", "in force") or re.fullmatch(r"(19|20)\d\d", s.year), (key, s.year)
        if s.quality == "judgement":
            assert key.startswith("judgement-"), key


def test_keys_are_unique_in_the_file():
    text = (ROOT / "docs" / "sources.md").read_text(encoding="utf-8")
    keys = re.findall(r"^###\s+`([^`]+)`", text, flags=re.M)
    assert len(keys) == len(set(keys)) == len(SOURCES)


def test_vendor_entries_say_they_are_sellers():
    """A vendor source must warn the reader (seller, provider, adviser…)."""
    words = ("seller", "provider", "vendor", "adviser", "tool vendor", "for msps", "msp owners",
             "buyers of managed it", "sell")
    for s in SOURCES.values():
        if s.quality == "vendor":
            assert any(w in s.says.lower() for w in words), s.key


def test_the_employment_law_and_other_required_entries_exist():
    for key in ("hiscox-2022", "willcocks-lse-retained", "code-travail-l1224-1",
                "code-travail-l1233-3", "code-travail-l1233-4", "code-travail-l1234-1",
                "code-travail-l1234-9", "code-travail-r1234-2", "code-travail-r1234-4",
                "code-travail-l1233-66", "code-travail-l2312-8", "syntec-ccn-notice",
                "code-travail-l3121-27", "code-travail-l3121-41", "cgi-art-278",
                "ecb-strategy-2021", "judgement-project", "judgement-gross-margin"):
        assert key in SOURCES, key
    assert SOURCES["code-travail-l1234-9"].address.startswith("https://www.legifrance.gouv.fr/")


def test_cite_gives_short_citations():
    assert cite(["hiscox-2022", "code-travail-l1234-1"], "en") == \
        "Hiscox 2022; Code du travail L1234-1"
    assert cite(["judgement-project", "judgement-confusion-risk"], "en") == "Our judgement"
    assert cite(["judgement-project"], "fr") == "Notre jugement"
    assert cite([], "en") == ""
    with pytest.raises(KeyError):
        cite(["no-such-source"])


def test_malformed_entries_are_refused():
    good = ("## S\n\n### `a-b`\n- Publisher: P\n- Title: T\n- Year: 2020\n- Address: none\n"
            "- Quality: src\n- Says: x\n")
    assert parse_sources(good)["a-b"].section == "S"
    with pytest.raises(SourcesError):
        parse_sources(good.replace("- Says: x\n", ""))
    with pytest.raises(SourcesError):
        parse_sources(good + good.split("\n\n", 1)[1])          # duplicate key
    with pytest.raises(SourcesError):
        parse_sources(good.replace("`a-b`", "`A_b`"))


#: The private research notes the project was started from: they are not in this repository, so
#: nothing may point to them (the product cites docs/sources.md instead).
PRIVATE_NOTES = ("shared/reference", "market-and-figures", "monte-carlo-and-risk-tools",
                 "streamlit-plotly-excel")
#: Where the product and its documentation live (folders searched recursively).
PRODUCT_FILES = ("README.md", "SECURITY.md", "app.py", "docs", "models", "cli", "pages", "ui",
                 "charts", "exports", "i18n", "scripts", "benchmarks", "tests")
TEXT_SUFFIXES = {".py", ".md", ".toml", ".txt", ".json", ".ini", ".cfg", ".yml", ".yaml"}


def _product_texts():
    for name in PRODUCT_FILES:
        top = ROOT / name
        assert top.exists(), name
        for path in [top] if top.is_file() else sorted(top.rglob("*")):
            if path.is_file() and path.suffix in TEXT_SUFFIXES and "__pycache__" not in path.parts:
                yield path, path.read_text(encoding="utf-8")


def test_no_private_note_is_named_in_the_product():
    """Cite only what a user can open: no private note, no section of one ("§3.4"), no design
    file that is not in the repository. This file, which names them, is the only exception."""
    this = ROOT / "tests" / "test_sources.py"
    offenders = []
    for path, text in _product_texts():
        if path == this:
            continue
        for needle in PRIVATE_NOTES + ("DESIGN.md",):
            if needle in text:
                offenders.append(f"{path.relative_to(ROOT)}: {needle}")
        for section in re.findall(r"§\s?\d[\d.–-]*", text):
            offenders.append(f"{path.relative_to(ROOT)}: {section}")
    assert not offenders, offenders


# ----------------------------------------------------------------------------- Assumptions page

def _assumptions_page(lang):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params["lang"] = lang
    at.run()
    at.switch_page("pages/assumptions.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.mark.parametrize("lang, source_col, title, open_link", [
    ("fr", "Source", "Sources citées", "[Ouvrir la source](https://hiscox.fr/courtage/node/12086)"),
    ("en", "Source", "Sources cited", "[Open the source](https://hiscox.fr/courtage/node/12086)"),
])
def test_assumptions_page_cites_and_lists_sources(lang, source_col, title, open_link):
    at = _assumptions_page(lang)
    table = at.dataframe[0].value
    assert len(table) == len(ASSUMPTIONS)
    cyber = list(table[source_col])[list(ASSUMPTIONS).index("cyber_severity")]
    assert cyber.startswith("Hiscox 2022")
    assert not any("market-and-figures" in s for s in table[source_col])
    expander = at.expander[0]
    assert expander.label.startswith(title)
    text = "\n".join(m.value for m in expander.markdown)
    assert "Rapport Hiscox sur la gestion des cyber-risques 2022" in text
    assert open_link in text
    n_cited = len({r for a in ASSUMPTIONS.values() for r in a.refs})
    assert text.count("\n- ") + 1 == n_cited
