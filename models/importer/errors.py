"""The one error type of the spend importer: an i18n key plus parameters
(i18n/catalog_import.py)."""
from __future__ import annotations

from models.errors import TranslatedError


class SpendImportError(TranslatedError):
    """A file that cannot be imported, with the reason as one plain translated sentence
    (``import.error.*`` keys); see :class:`models.errors.TranslatedError`."""
