"""The public sources behind every default, read from ``docs/sources.md``.

Pure Python. ``docs/sources.md`` is the one list of sources; this module parses it and turns
keys into short citations. Format of the file (see its introduction)::

    ## Section name

    ### `hiscox-2022`
    - Publisher: Hiscox (France)
    - Title: Rapport Hiscox sur la gestion des cyber-risques 2022
    - Year: 2022                      (``n.d.`` when undated, ``in force`` for a statute)
    - Address: https://...           (``none`` when there is none)
    - Quality: src                   (src | secondary | vendor | legal | judgement)
    - Says: what we take from it, in our words.

Every field is on one line; the order of the fields is free, none may be missing. A key is
lowercase letters, digits and hyphens.

:func:`cite` gives the short citation shown next to a default: the publisher (up to its first
parenthesis or comma) and the year for a study or a page ("Hiscox 2022"), the title up to
its " — " for a statute ("Code du travail L1234-1"), and "our judgement" (translated) for the
project's own reasoning; several keys are joined with "; ", duplicates dropped.

Each default (``models.defaults.Assumption.refs``) and each governance effect
(``models.governance.effects.Effect.refs``) names the keys it rests on.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from i18n import t

ROOT = Path(__file__).resolve().parents[1]
SOURCES_PATH = ROOT / "docs" / "sources.md"

QUALITIES: tuple[str, ...] = ("src", "secondary", "vendor", "legal", "judgement")
FIELDS: tuple[str, ...] = ("publisher", "title", "year", "address", "quality", "says")
KEY_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
NO_ADDRESS = "none"
UNDATED = ("n.d.", "in force")

_HEADING = re.compile(r"^###\s+`([^`]+)`\s*$")
_SECTION = re.compile(r"^##\s+(.+?)\s*$")
_FIELD = re.compile(r"^-\s+(Publisher|Title|Year|Address|Quality|Says):\s*(.*?)\s*$")


@dataclass(frozen=True)
class Source:
    key: str
    publisher: str
    title: str
    year: str            # "2022", "n.d." (undated) or "in force" (a statute)
    address: str         # an http(s) address, or "none"
    quality: str         # src | secondary | vendor | legal | judgement
    says: str
    section: str

    @property
    def has_address(self) -> bool:
        return self.address != NO_ADDRESS

    def short(self, lang: str | None = None) -> str:
        """The short citation of this one source (see the module docstring)."""
        if self.quality == "judgement":
            return t("sources.cite.judgement", lang)
        if self.quality == "legal" and " — " in self.title:
            return self.title.split(" — ", 1)[0].strip()
        name = re.split(r"\s*[(,]", self.publisher, maxsplit=1)[0].strip()
        return name if self.year in UNDATED else f"{name} {self.year}"


class SourcesError(ValueError):
    """``docs/sources.md`` does not follow the entry format."""


def parse_sources(text: str) -> dict[str, Source]:
    """Parse the text of a sources file; raise :class:`SourcesError` on a malformed entry."""
    out: dict[str, Source] = {}
    section = ""
    key: str | None = None
    fields: dict[str, str] = {}

    def close() -> None:
        if key is None:
            return
        missing = [f for f in FIELDS if not fields.get(f)]
        if missing:
            raise SourcesError(f"source {key!r}: missing {', '.join(missing)}")
        out[key] = Source(key=key, section=section, **fields)

    for no, line in enumerate(text.splitlines(), 1):
        if m := _HEADING.match(line):
            close()
            key, fields = m.group(1), {}
            if not KEY_PATTERN.fullmatch(key):
                raise SourcesError(f"line {no}: key {key!r} is not lowercase-with-hyphens")
            if key in out:
                raise SourcesError(f"line {no}: duplicate key {key!r}")
        elif (m := _SECTION.match(line)) and not line.startswith("###"):
            close()
            key, fields, section = None, {}, m.group(1)
        elif key is not None and (m := _FIELD.match(line)):
            name = m.group(1).lower()
            if name in fields:
                raise SourcesError(f"line {no}: {key!r} has {m.group(1)} twice")
            fields[name] = m.group(2)
    close()
    return out


@lru_cache(maxsize=4)
def load_sources(path: str | Path | None = None) -> dict[str, Source]:
    """Every entry of ``docs/sources.md`` (or of ``path``, relative to the repository root),
    by key, in the file's order. Cached: the file is read once per path."""
    p = SOURCES_PATH if path is None else Path(path)
    if not p.is_absolute():
        p = ROOT / p
    return parse_sources(p.read_text(encoding="utf-8"))


def cite(keys, lang: str | None = None) -> str:
    """Short human citation of ``keys``: "Hiscox 2022; Code du travail L1234-1".
    An unknown key raises ``KeyError`` (a test checks every key used in the code)."""
    sources = load_sources()
    parts: list[str] = []
    for k in keys:
        s = sources[k].short(lang)
        if s not in parts:
            parts.append(s)
    return "; ".join(parts)


def cited(keys_lists) -> list[Source]:
    """The entries cited by any of ``keys_lists`` (iterables of keys), each once, in the order
    of the file."""
    wanted = {k for keys in keys_lists for k in keys}
    return [s for k, s in load_sources().items() if k in wanted]


_YEAR_KEYS = {"n.d.": "sources.year.undated", "in force": "sources.year.in_force"}


def _md(text: str) -> str:
    """Escape what Streamlit's Markdown would read as maths or emphasis."""
    return text.replace("\\", "\\\\").replace("$", "\\$").replace("*", "\\*").replace("_", "\\_")


def reference_markdown(sources, lang: str | None = None) -> str:
    """A Markdown bullet list of ``sources``: publisher, title, year, a link to the address,
    quality and key, one line each, in ``lang``."""
    lines = []
    for s in sources:
        year = t(_YEAR_KEYS[s.year], lang) if s.year in _YEAR_KEYS else s.year
        address = (t("sources.link", lang, url=s.address) if s.has_address
                   else t("sources.no_address", lang))
        quality = t(f"quality.{s.quality}", lang)
        lines.append("- " + t("sources.entry", lang, publisher=_md(s.publisher), title=_md(s.title),
                              year=year, address=address, quality=quality, code=s.key))
    return "\n".join(lines)


def unit_text(unit: str, lang: str | None = None) -> str:
    """An assumption's unit (models/defaults.py, written in English) in ``lang``: "years" is
    "ans" in French; a unit the catalogue does not know is shown as written."""
    from i18n import CATALOG, t
    return t(f"aunit.{unit}", lang) if f"aunit.{unit}" in CATALOG else unit


def assumption_basis(a, lang: str | None = None) -> str:
    """What default ``a`` (a :class:`models.defaults.Assumption`) takes from its sources, in
    ``lang``: the catalogue's ``assumption.basis.<key>`` (its English is ``a.source`` word for
    word); ``a.source`` itself for an assumption the catalogue does not know yet."""
    from i18n import CATALOG
    key = f"assumption.basis.{a.key}"
    return t(key, lang) if key in CATALOG else a.source
