"""The one error type of the spend importer: an i18n key plus parameters (i18n/catalog_import.py)."""
from __future__ import annotations


class SpendImportError(ValueError):
    """A file that cannot be imported, with the reason as one plain translated sentence.

    ``key`` is an i18n key (``import.error.*``), ``params`` fill its placeholders;
    ``message(lang)`` gives the sentence shown in the page or on stderr; ``str(error)`` is English.
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
