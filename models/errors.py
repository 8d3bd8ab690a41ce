"""Errors that carry a translated message: an i18n key plus the parameters of its sentence."""
from __future__ import annotations


class TranslatedError(ValueError):
    """Bad input explained in one plain sentence, in French or English.

    ``key`` is an i18n key and ``params`` fill its placeholders; ``message(lang)`` gives the
    sentence shown to the user; ``str(error)`` is the English sentence.
    """

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str | None = None) -> str:
        from i18n import t
        try:
            return t(self.key, lang, **self.params)
        except (KeyError, IndexError):   # a missing key must not hide the original problem
            return f"{self.key}: {self.params}"


class CostModelError(TranslatedError):
    """Bad input to the cost model or a bad scenario file (i18n/catalog_costs.py)."""


def decode_json(text: str | bytes, error: type[TranslatedError], key: str):
    """Parse JSON text (or UTF-8 bytes); on failure raise ``error(key, detail=…)`` naming the line
    and column, so every file loader gives the same plain sentence."""
    import json
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            raise error(key, detail="not UTF-8 text") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise error(key, detail=f"line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
