"""The one catalogue of user-facing strings, in French and English, and locale formatting.

Strings live in the ``catalog_*.py`` modules of this package (one per area of the product, so
that work on different areas never edits the same file); each defines ``STRINGS``, a mapping
``key -> {"fr": ..., "en": ...}``. This module merges them and refuses duplicate keys.

Pure Python: usable by ``models`` (error messages of the command line), ``charts`` and ``pages``.
"""
from __future__ import annotations

import contextlib
import importlib
import math
import pkgutil
from contextvars import ContextVar
from decimal import ROUND_HALF_UP, Decimal
from typing import Mapping

LANGUAGES: tuple[str, ...] = ("fr", "en")
DEFAULT_LANGUAGE = "fr"


def _load_catalog() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if not info.name.startswith("catalog_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        for key, texts in module.STRINGS.items():
            if key in merged:
                raise ValueError(f"duplicate i18n key {key!r} in {info.name}")
            merged[key] = {**texts, "fr": french_spacing(texts["fr"])} if "fr" in texts \
                else texts
    return merged


def french_spacing(text: str) -> str:
    """French typography of the catalogue's own punctuation: a no-break space inside « » and
    before ? and !, so that a line never starts with one of them (a lone "?" or "»" wrapped
    onto its own line). Values filled in later are not touched."""
    return (text.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
            .replace(" ?", "\u00a0?").replace(" !", "\u00a0!"))


CATALOG: Mapping[str, Mapping[str, str]] = _load_catalog()


def normalise_language(lang: str | None) -> str:
    """Return ``lang`` if supported, else the default language ("fr")."""
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def t(key: str, lang: str | None = None, **params: object) -> str:
    """Translate ``key`` into ``lang`` and fill ``{placeholders}`` from ``params``.

    ``{cur}`` (the money sign: ``€``, or the code of another currency) and ``{cur_word}``
    (``euros``, or the code) are filled from the currency in use (:func:`current_currency`)
    unless given. An unknown key raises ``KeyError``: a missing translation is a bug, caught by
    the tests.
    """
    texts = CATALOG[key]
    text = texts[normalise_language(lang)]
    if "{cur" in text:
        params = {"cur": currency_sign(), "cur_word": currency_word(lang), **params}
    return text.format(**params) if params else text


# --- the currency of the money shown -----------------------------------------------------
#: The euro; any other currency is named by its ISO code ("ZAR 14,350,000").
EURO = "EUR"
#: The currency amounts are labelled with: the loaded data's. A context variable, so each
#: thread has its own: Streamlit runs every script run of a session in a new thread, and
#: :func:`ui.frame.page_setup` sets it at the top of each run from the active data; the board
#: pack builders and the analysis set it within a block (:func:`using_currency`). A new
#: thread starts with the euro, so a currency never leaks from one session to another.
_CURRENCY: ContextVar[str] = ContextVar("currency", default=EURO)


def current_currency() -> str:
    """The ISO code amounts are labelled with in this thread (``EUR`` unless set)."""
    return _CURRENCY.get()


def set_currency(code: str | None) -> None:
    """Label amounts with ``code`` for the rest of this thread's work (a page run)."""
    _CURRENCY.set(_clean_code(code))


@contextlib.contextmanager
def using_currency(code: str | None):
    """Within the block, amounts are labelled with ``code`` (other threads are unaffected)."""
    token = _CURRENCY.set(_clean_code(code))
    try:
        yield
    finally:
        _CURRENCY.reset(token)


def _clean_code(code: str | None) -> str:
    code = str(code or EURO).strip().upper()
    return code if len(code) == 3 and code.isalpha() else EURO


def currency_sign(currency: str | None = None) -> str:
    """``€`` for the euro, else the currency's code (never a euro sign on other money)."""
    code = _clean_code(currency) if currency else current_currency()
    return "€" if code == EURO else code


def currency_word(lang: str | None = None, currency: str | None = None) -> str:
    """``euros`` for the euro (both languages), else the currency's code."""
    code = _clean_code(currency) if currency else current_currency()
    return "euros" if code == EURO else code


NBSP = "\u00a0"          # no-break space
NNBSP = "\u202f"         # narrow no-break space, the French thousands separator


def fmt_number(value: float, lang: str | None = None, decimals: int = 0) -> str:
    """Format a number with the language's separators: ``1 234,5`` (fr) or ``1,234.5`` (en)."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    # half-up rounding as on an invoice (Python's own formatting rounds half to even)
    rounded = Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)
    text = f"{rounded:,.{decimals}f}"
    if normalise_language(lang) == "fr":
        text = text.replace(",", NNBSP).replace(".", ",")
    return text.replace("-", "−")


def fmt_eur(value: float, lang: str | None = None, decimals: int = 0,
            currency: str | None = None) -> str:
    """An amount in the currency in use (``currency``, else :func:`current_currency`):
    ``1 234 567 €`` (fr) or ``€1,234,567`` (en) for the euro; ``14 350 000 ZAR`` (fr) or
    ``ZAR 14,350,000`` (en) for any other currency."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    number = fmt_number(abs(value), lang, decimals)
    sign = "−" if value < 0 and round(abs(value), decimals) != 0 else ""
    code = currency_sign(currency)
    if normalise_language(lang) == "fr":
        return f"{sign}{number}{NBSP}{code}"
    return f"{sign}€{number}" if code == "€" else f"{sign}{code} {number}"


#: The same function under the name that says what it does (money in the data's currency).
fmt_money = fmt_eur


def fmt_eur_short(value: float, lang: str | None = None, currency: str | None = None) -> str:
    """Compact amount for axes and KPI tiles: ``1,2 M€`` / ``€1.2M``, ``85 k€`` / ``€85k``;
    another currency by its code: ``1,2 M ZAR`` / ``ZAR 1.2M``."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    lang = normalise_language(lang)
    magnitude = abs(value)
    if magnitude >= 1e6:
        scaled, prefix = value / 1e6, "M"
    elif magnitude >= 1e3:
        scaled, prefix = value / 1e3, "k"
    else:
        return fmt_eur(value, lang, currency=currency)
    decimals = 1 if abs(scaled) < 100 else 0
    number = fmt_number(abs(scaled), lang, decimals)
    sign = "−" if scaled < 0 else ""
    code = currency_sign(currency)
    if lang == "fr":
        return f"{sign}{number}{NBSP}{prefix}€" if code == "€" else \
            f"{sign}{number}{NBSP}{prefix}{NBSP}{code}"
    return f"{sign}€{number}{prefix}" if code == "€" else f"{sign}{code} {number}{prefix}"


def fmt_rate(rate: float, lang: str | None = None) -> str:
    """An exchange rate with the digits it has (at most six significant): ``0.05`` / ``0,05``,
    ``0.054321``, ``18``."""
    if rate is None or not math.isfinite(float(rate)):
        return "–"
    text = f"{float(rate):.6g}"
    if "e" in text:
        return fmt_number(float(rate), lang, 6)
    decimals = len(text.split(".")[1]) if "." in text else 0
    return fmt_number(float(rate), lang, decimals)


def fmt_pct(fraction: float, lang: str | None = None, decimals: int = 1) -> str:
    """Percentage from a fraction: ``12,5 %`` (fr) or ``12.5%`` (en)."""
    if fraction is None or (isinstance(fraction, float) and not math.isfinite(fraction)):
        return "–"
    number = fmt_number(fraction * 100, lang, decimals)
    return f"{number}{NBSP}%" if normalise_language(lang) == "fr" else f"{number}%"


def fmt_probability(p: float, lang: str | None = None) -> str:
    """A probability as a whole percentage that never claims a certainty the trials cannot show:
    ``more than 99%`` / ``less than 1%`` at the ends (``plus de 99 %`` / ``moins de 1 %``)."""
    if p is None or (isinstance(p, float) and not math.isfinite(p)):
        return "–"
    fr = normalise_language(lang) == "fr"
    if p > 0.99:
        return "plus de 99\u00a0%" if fr else "more than 99%"
    if 0 < p < 0.01 or p == 0:
        return "moins de 1\u00a0%" if fr else "less than 1%"
    return fmt_pct(p, lang, 0)


def plotly_separators(lang: str | None) -> str:
    """Plotly ``layout.separators`` (decimal then thousands) for the language."""
    return ", " if normalise_language(lang) == "fr" else ".,"


_MONTHS = {
    "fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def fmt_month(year: int, month: int, lang: str | None = None) -> str:
    """Short month label: ``nov. 2025`` (fr) or ``Nov 2025`` (en)."""
    return f"{_MONTHS[normalise_language(lang)][month - 1]} {year}"


def fmt_date(value, lang: str | None = None) -> str:
    """Date as ``28/11/2026`` (fr) or ``28 Nov 2026`` (en)."""
    if normalise_language(lang) == "fr":
        return f"{value.day:02d}/{value.month:02d}/{value.year}"
    return f"{value.day} {_MONTHS['en'][value.month - 1]} {value.year}"
