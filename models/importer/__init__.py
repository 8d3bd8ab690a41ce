"""Spend import (issue 3): any real export of IT spend, read safely, mapped, cleaned and
classified with explainable rules. Pure pandas/numpy; the Import page and the command line
(``python -m models import``) call :func:`import_spend`."""
from models.importer.corrections import (
                                         CORRECTION_COLUMNS,
                                         apply_corrections,
                                         corrections_to_csv,
                                         corrections_to_json,
                                         empty_corrections,
                                         merge_corrections,
                                         read_corrections,
)
from models.importer.errors import SpendImportError
from models.importer.pipeline import (
                                         EXTRA_COLUMNS,
                                         REASONS,
                                         ImportOptions,
                                         ImportResult,
                                         import_spend,
)

__all__ = ["SpendImportError", "ImportOptions", "ImportResult", "import_spend", "REASONS",
           "EXTRA_COLUMNS", "CORRECTION_COLUMNS", "apply_corrections", "corrections_to_csv",
           "corrections_to_json", "empty_corrections", "merge_corrections", "read_corrections"]
