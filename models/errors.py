"""Errors of the cost model that carry a translated message (i18n/catalog_costs.py)."""
from __future__ import annotations


class CostModelError(ValueError):
    """Bad input to the cost model or a bad scenario file.

    ``key`` is an i18n key and ``params`` fill its placeholders; ``message(lang)`` gives the
    plain sentence shown to the user; ``str(error)`` is the English sentence.
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
