"""The one boundary for text and numbers: everything a file, a JSON document, a command-line
option or a widget hands to the models passes here first.

* :func:`clean_text`: every string. Lone surrogates (``"\\ud800"``, which no encoder accepts)
  become U+FFFD; control characters (C0 but tab and line breaks, DEL, C1) and the two
  non-characters U+FFFE/U+FFFF, all illegal in XML and therefore in xlsx and pptx, are removed;
  tabs and line breaks become spaces in one-line texts; the length is capped.
* :func:`finite_number` / :func:`parse_number` / :func:`whole_number`: every number. NaN,
  infinities, booleans and values out of ``[low, high]`` raise one translated sentence naming
  the setting (a :class:`models.errors.TranslatedError` of the caller's type).
* :func:`neutralise_formula`: text written to a spreadsheet or a CSV, so that it can never run
  as a formula (OWASP "CSV injection"); :mod:`exports.safe` builds on it.
* :func:`check_work`: the work budget of one simulation (trials × scenarios × years).
* :func:`decode_json`: the one JSON decoder of the user's files (scenario, governance and
  corrections files), with its budgets (bytes, depth, digits) and every string cleaned.

The budgets (sizes, depths, lengths) are the module constants below; SECURITY.md lists them
with the figures measured. Pure Python.
"""
from __future__ import annotations

import math
import re

from models.errors import CostModelError, LocalNumber, TranslatedError, shown

#: Characters of one text from a file, a JSON document or a widget (longer texts are cut).
MAX_TEXT = 2_000
#: Characters of a name (scenario, role, company); the models refuse longer names.
MAX_NAME = 80
#: Largest amount of one spend line, rate or option in euros (a thousand billion).
MAX_AMOUNT = 1e12
#: Work of one simulation: trials × scenarios × years. 100,000 trials of up to 4 scenarios over
#: 5 years, or 10,000 trials of the 8 scenarios over the 15-year maximum (1.2 million); one
#: analysis at the budget peaks near 450 MB and pickles to about 90 MB (SECURITY.md).
MAX_SIMULATION_WORK = 2_000_000

#: Control characters, lone surrogates and XML non-characters; tab, LF and CR are separate.
_REMOVED = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff"
_BAD = re.compile(f"[{_REMOVED}\t\n\r\ud800-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile(f"[{_REMOVED}]")
_CRLF = re.compile("\r\n")
_SPACES = re.compile("[\t\n\r]")

#: First characters that make a spreadsheet read a cell as a formula (OWASP).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def needs_cleaning(text: str) -> bool:
    """True when :func:`clean_text` would change ``text`` (besides its length)."""
    return _BAD.search(text) is not None


def clean_text(value: object, max_len: int = MAX_TEXT, *, multiline: bool = False) -> str:
    """``value`` as text safe for every model, file and page: see the module docstring.

    ``None`` becomes ``""``; a non-string is converted with ``str``. With ``multiline`` tabs and
    line breaks stay; otherwise each becomes a space (CR LF one space).
    """
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    if _BAD.search(text) is not None:
        text = _SURROGATE.sub("\ufffd", text)
        text = _CONTROL.sub("", text)
        if not multiline:
            text = _SPACES.sub(" ", _CRLF.sub(" ", text))
    return text if len(text) <= max_len else text[:max_len]


def clean_name(value: object) -> str:
    """A one-line name (scenario, role, company): cleaned, trimmed, at most :data:`MAX_NAME`."""
    return clean_text(value, MAX_TEXT).strip()[:MAX_NAME]


#: Characters taken out of an upload's file name before it labels the data: those that could
#: build Markdown or HTML (a link's brackets, code, emphasis, heading, table, math, tags).
#: Underscores and parentheses stay ("Grand_Livre (2025).xlsx" is shown as the user named it):
#: every page shows the label escaped, charts as plain text; exports neutralise formulas.
_FILE_LABEL_DROP = re.compile(r"[\\`*\[\]{}<>#|:$~]")
MAX_FILE_LABEL = 120


def file_label(name: object) -> str:
    """An uploaded file's name as the label of its data (banner, chart subtitles, pack): through
    :func:`clean_text` (no control characters, one line), the characters of
    :data:`_FILE_LABEL_DROP` removed, trimmed, at most :data:`MAX_FILE_LABEL` characters;
    ``"upload"`` when nothing is left."""
    text = clean_text(name, MAX_TEXT)
    return _FILE_LABEL_DROP.sub("", text).strip()[:MAX_FILE_LABEL] or "upload"


def clean_tree(value, max_len: int = MAX_TEXT):
    """Every string of a decoded JSON value (keys included) through :func:`clean_text`
    (multi-line kept). Depth is bounded by the decoder (:func:`decode_json`)."""
    if isinstance(value, str):
        return clean_text(value, max_len, multiline=True)
    if isinstance(value, list):
        return [clean_tree(v, max_len) for v in value]
    if isinstance(value, dict):
        return {clean_text(k, max_len, multiline=True) if isinstance(k, str) else k:
                clean_tree(v, max_len) for k, v in value.items()}
    return value


def neutralise_formula(text: str) -> str:
    """Text a spreadsheet cannot run: a leading ``=``, ``+``, ``-``, ``@``, tab or line break
    (also their full-width forms) gets an apostrophe in front, as OWASP recommends."""
    if isinstance(text, str) and text.startswith(FORMULA_TRIGGERS):
        return "'" + text
    return text


# ----------------------------------------------------------------------------- numbers

def as_float(value: object) -> float:
    """``value`` as a float, never raising: NaN when it is no number, ±inf when it overflows
    (a 309-digit integer); the range check (:func:`finite_number`) then refuses both."""
    if isinstance(value, bool):
        return math.nan
    try:
        return float(value)
    except OverflowError:
        return math.inf if value > 0 else -math.inf
    except (TypeError, ValueError):
        return math.nan


def _fmt(x: float) -> LocalNumber:
    return LocalNumber(x)


def finite_number(value: object, name: str, low: float, high: float,
                  error: type[TranslatedError] = CostModelError) -> float:
    """``value`` as a float when it is a real, finite number within ``[low, high]``; otherwise
    ``error("boundary.error.number", …)``: one sentence naming ``name`` and the range."""
    ok = (not isinstance(value, bool) and isinstance(value, (int, float))
          and (not isinstance(value, int) or value.bit_length() <= 1024))
    number = float(value) if ok else math.nan
    if not (math.isfinite(number) and low <= number <= high):
        raise error("boundary.error.number", name=name, value=shown(value), low=_fmt(low),
                    high=_fmt(high))
    return number


def parse_number(text: object, name: str, low: float, high: float,
                 error: type[TranslatedError] = CostModelError) -> float:
    """A number typed as text (a command-line option, a CSV cell): ``"12.5"``, ``"12,5"`` or
    ``"1e3"``; ``nan``, ``inf`` and text that is no number give the same sentence as
    :func:`finite_number`."""
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        return finite_number(text, name, low, high, error)
    raw = clean_text(text, 64).strip().replace(",", ".").replace("_", "")
    try:
        value = float(raw) if len(raw) <= 40 else math.nan
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise error("boundary.error.number", name=name, value=shown(text), low=_fmt(low),
                    high=_fmt(high))
    return finite_number(value, name, low, high, error)


def whole_number(value: object, name: str, low: int, high: int,
                 error: type[TranslatedError] = CostModelError) -> int:
    """``value`` as an int when it is a whole number within ``[low, high]`` (an integral float
    such as ``5.0`` is accepted); otherwise the sentence of :func:`finite_number`."""
    number = (parse_number(value, name, low, high, error) if isinstance(value, str)
              else finite_number(value, name, low, high, error))
    if not number.is_integer():
        raise error("boundary.error.number", name=name, value=shown(value), low=_fmt(low),
                    high=_fmt(high))
    return int(number)


# ----------------------------------------------------------------------------- budgets

def check_work(trials: int, scenarios: int, years: int,
               error: type[TranslatedError] = CostModelError) -> None:
    """Refuse a simulation above :data:`MAX_SIMULATION_WORK` (trials × scenarios × years): one
    sentence with the most trials these scenarios and years allow."""
    work = int(trials) * max(int(scenarios), 1) * max(int(years), 1)
    if work > MAX_SIMULATION_WORK:
        most = MAX_SIMULATION_WORK // (max(int(scenarios), 1) * max(int(years), 1))
        raise error("boundary.error.work", trials=LocalNumber(trials), scenarios=int(scenarios),
                    years=int(years), most=LocalNumber(most),
                    budget=LocalNumber(MAX_SIMULATION_WORK))


# ----------------------------------------------------------------------------- JSON

#: Budgets of one JSON document (scenario, governance or corrections file): size in bytes,
#: nesting depth, digits of an integer. SECURITY.md lists them.
MAX_JSON_BYTES = 2**20
MAX_JSON_DEPTH = 32
MAX_JSON_DIGITS = 30


class _BadNumber(ValueError):
    pass


def _json_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_JSON_DIGITS:
        raise _BadNumber(text)
    return int(text)


def _json_float(text: str) -> float:
    import math
    value = float(text)
    if not math.isfinite(value):
        raise _BadNumber(text)
    return value


def _json_constant(text: str):
    raise _BadNumber(text)           # NaN, Infinity, -Infinity: not JSON, not a number


def json_depth(text: str) -> int:
    """Deepest nesting of lists and objects in JSON ``text`` (strings ignored), in linear
    time and without recursion."""
    import re
    from itertools import accumulate
    brackets = re.sub(r'"(?:[^"\\]|\\.)*"|[^\[\]{}"]+', "", text)
    return max(accumulate(1 if c in "[{" else -1 if c in "]}" else 0 for c in brackets), default=0)


def decode_json(text: str | bytes, error: type[TranslatedError], key: str,
                max_bytes: int = MAX_JSON_BYTES):
    """Parse JSON text (or UTF-8 bytes): the one JSON decoder of the user's files.

    On failure raise ``error(key, detail=…)`` naming the line and column, so every file loader
    gives the same plain sentence. Budgets: at most ``max_bytes`` bytes, :data:`MAX_JSON_DEPTH`
    levels, :data:`MAX_JSON_DIGITS` digits per integer; NaN, infinities and numbers that overflow
    are refused. Every string (keys included) goes through :func:`models.boundary.clean_text`
    (control characters removed, lone surrogates replaced, length capped)."""
    import json

    size = len(text) if isinstance(text, bytes) else len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise error("json.error.too_large", size=f"{size / 1024:,.0f}",
                    limit=f"{max_bytes / 1024:,.0f}")
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise error(key, detail="not UTF-8 text") from None
    if json_depth(text) > MAX_JSON_DEPTH:
        raise error("json.error.too_deep", limit=MAX_JSON_DEPTH)
    try:
        data = json.loads(text, parse_int=_json_int, parse_float=_json_float,
                          parse_constant=_json_constant)
    except json.JSONDecodeError as exc:
        raise error(key, detail=f"line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    except _BadNumber as exc:
        raise error("json.error.number", value=shown(str(exc), 24),
                    digits=MAX_JSON_DIGITS) from None
    except RecursionError:            # pragma: no cover - the depth check comes first
        raise error("json.error.too_deep", limit=MAX_JSON_DEPTH) from None
    return clean_tree(data)
