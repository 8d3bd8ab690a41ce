"""The basis of every default assumption, in French and English (i18n/catalog_assumption_basis.py):
one entry per assumption, its English word for word ``Assumption.source`` (so the two cannot
drift), its French a translation set in French typography, read through
:func:`models.sources.assumption_basis` by the Assumptions page and the board pack."""
import re
from dataclasses import replace

import pytest

from i18n import CATALOG
from models.defaults import ASSUMPTIONS
from models.sources import assumption_basis

PREFIX = "assumption.basis."
KEYS = sorted(ASSUMPTIONS)
#: Bases that are only a proper noun and so read the same in both languages (none today).
SAME_IN_BOTH: frozenset[str] = frozenset()
#: Words that only English uses: one of them in a French basis is text left untranslated.
_ENGLISH = re.compile(r"\b(the|and|of|with|per|about|our|from|is|are|to|placeholder|override|"
                      r"staff|firms?|sellers?|providers?|months?|years?|hours?|days?)\b",
                      re.IGNORECASE)


def test_every_assumption_has_a_basis_in_french_and_english():
    """Adding an assumption to models/defaults.py without its basis in the catalogue fails
    here: the French page and board pack would show its English text."""
    missing = [k for k in KEYS if PREFIX + k not in CATALOG]
    assert not missing, ("add 'assumption.basis.<key>' (French and English) to "
                         f"i18n/catalog_assumption_basis.py: {missing}")
    for k in KEYS:
        texts = CATALOG[PREFIX + k]
        assert texts["fr"].strip() and texts["en"].strip(), k


def test_no_basis_without_its_assumption():
    stale = [k for k in CATALOG if k.startswith(PREFIX) and k[len(PREFIX):] not in ASSUMPTIONS]
    assert not stale, stale


@pytest.mark.parametrize("key", KEYS)
def test_english_basis_is_the_assumption_source(key):
    assert CATALOG[PREFIX + key]["en"] == ASSUMPTIONS[key].source


@pytest.mark.parametrize("key", KEYS)
def test_french_basis_is_a_translation(key):
    fr, en = CATALOG[PREFIX + key]["fr"], CATALOG[PREFIX + key]["en"]
    if key in SAME_IN_BOTH:
        return
    assert " ".join(fr.split()) != " ".join(en.split()), key
    left = _ENGLISH.findall(fr)
    assert not left, (key, left)


@pytest.mark.parametrize("key", KEYS)
def test_french_basis_in_french_typography(key):
    """"2,8 %" and "2 700 €", not "2.8 %" or "2,700 €"; a no-break space, never a plain one,
    before % ; : and a currency or hour unit after its number."""
    fr = CATALOG[PREFIX + key]["fr"]
    assert not re.search(r"\d\.\d", fr), fr                     # decimal comma
    assert not re.search(r"\d,\d{3}(?!\d)", fr), fr             # no English thousands comma
    assert not re.search(r"€\d|\$\d", fr), fr                   # the sign after the amount
    assert not re.search(r" (?:[%;:€$]|k€)|\d h\b", fr), fr


def test_assumption_basis_reads_the_language():
    a = ASSUMPTIONS["vat_rate"]
    assert assumption_basis(a, "en") == a.source
    assert assumption_basis(a, "fr") == CATALOG[PREFIX + "vat_rate"]["fr"]
    assert "20\u00a0%" in assumption_basis(a, "fr")
    assert assumption_basis(a) == assumption_basis(a, "fr")           # French by default
    spend = assumption_basis(ASSUMPTIONS["it_spend_per_employee_low"], "fr")
    assert "2\u202f700\u00a0€" in spend and "9\u202f800\u00a0$" in spend


def test_assumption_basis_falls_back_to_the_source():
    """An assumption the catalogue does not know (a test above fails for it) still shows its
    own text rather than an error."""
    a = replace(ASSUMPTIONS["vat_rate"], key="no_such_assumption", source="Some basis")
    assert assumption_basis(a, "fr") == "Some basis"
    assert assumption_basis(a, "en") == "Some basis"
