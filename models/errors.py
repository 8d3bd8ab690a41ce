"""Errors that carry a translated message: an i18n key plus the parameters of its sentence."""
from __future__ import annotations

import re


class TranslatedError(ValueError):
    """Bad input explained in one plain sentence, in French or English.

    ``key`` is an i18n key and ``params`` fill its placeholders; ``message(lang)`` gives the
    sentence shown to the user; ``str(error)`` is the English sentence.
    """

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = {k: _echo(k, v) for k, v in params.items()}
        super().__init__(self.message("en"))

    def message(self, lang: str | None = None) -> str:
        from i18n import fmt_number, t
        params = {k: fmt_number(v, lang, v.decimals) if isinstance(v, LocalNumber) else v
                  for k, v in self.params.items()}
        try:
            return t(self.key, lang, **params)
        except (KeyError, IndexError):   # a missing key must not hide the original problem
            return f"{self.key}: {self.params}"


class LocalNumber(float):
    """A number in a message, written with the separators of the message's language."""

    @property
    def decimals(self) -> int:
        import math
        if self.is_integer() or not math.isfinite(self):
            return 0
        return min(6, max(0, 2 - math.floor(math.log10(abs(self)))))


class CostModelError(TranslatedError):
    """Bad input to the cost model or a bad scenario file (i18n/catalog_costs.py)."""


_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def shown(value: object, limit: int = 40) -> str:
    """A value as it may be echoed in a message: at most ``limit`` characters, never the
    thousands of digits of a hostile number, no control character nor lone surrogate."""
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        try:
            value = value.item()            # a numpy scalar: its Python value
        except (TypeError, ValueError):
            pass
    if isinstance(value, bool) or value is None:
        return str(value)
    if isinstance(value, int):
        if value.bit_length() > 128:
            from decimal import Decimal
            return format(Decimal(value), ".3e")
        return str(value)
    if isinstance(value, float):
        return repr(float(value))
    text = value if isinstance(value, str) else repr(value)
    text = _UNSAFE.sub("\ufffd", text[:4 * limit])
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _echo(key: str, value: object) -> object:
    """A message parameter as it may be shown: an echoed ``value`` at most 40 characters, any
    other text at most 300, never thousands of digits (a hostile file must not fill the page)."""
    if key == "value":
        return shown(value, 40)
    if isinstance(value, str) or (isinstance(value, int) and value.bit_length() > 128):
        return shown(value, 300)
    return value
