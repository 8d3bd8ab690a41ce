import re
import string

import pytest

from i18n import CATALOG, LANGUAGES, fmt_eur, fmt_eur_short, fmt_pct, t


def _fields(text):
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


@pytest.mark.parametrize("key", sorted(CATALOG))
def test_every_string_in_french_and_english_with_same_placeholders(key):
    texts = CATALOG[key]
    assert set(texts) == set(LANGUAGES), key
    assert all(texts[lang].strip() for lang in LANGUAGES), key
    assert _fields(texts["fr"]) == _fields(texts["en"]), key


def test_every_domain_and_nature_has_a_label():
    from models.domains import ALL_DOMAIN_VALUES, NATURES
    for d in ALL_DOMAIN_VALUES:
        assert t(f"domain.{d}", "fr") and t(f"domain.{d}", "en")
    for n in NATURES:
        assert t(f"nature.{n}", "en")


def test_euro_formats_per_language():
    assert fmt_eur(1234567, "fr") == "1\u202f234\u202f567\u00a0€"
    assert fmt_eur(1234567, "en") == "€1,234,567"
    assert fmt_eur(-1500.5, "en", 2) == "−€1,500.50"
    assert fmt_eur(-1500.5, "fr", 2) == "−1\u202f500,50\u00a0€"
    assert fmt_eur_short(1_250_000, "fr") == "1,3\u00a0M€"
    assert fmt_eur_short(85_400, "en") == "€85.4k"
    assert fmt_pct(0.125, "fr") == "12,5\u00a0%"
    assert fmt_pct(0.125, "en") == "12.5%"
    assert fmt_eur(float("nan"), "en") == "–"


def test_unknown_key_is_an_error():
    with pytest.raises(KeyError):
        t("no.such.key", "fr")


def test_no_user_facing_literal_in_pages():
    """Pages pass every visible string through t(): no st.title/header/caption literal."""
    from tests.conftest import ROOT
    # a literal with at least one letter (pure markup such as "**" or "- " is not text)
    pattern = re.compile(r"st\.(title|header|subheader|caption|info|warning|error|success|button|"
                         r"markdown)\(\s*[\"'][^\"']*[A-Za-zÀ-ÿ]")
    offenders = []
    for path in (ROOT / "pages").glob("*.py"):
        for no, line in enumerate(path.read_text().splitlines(), 1):
            if pattern.search(line):
                offenders.append(f"{path.name}:{no}: {line.strip()}")
    assert not offenders, offenders
