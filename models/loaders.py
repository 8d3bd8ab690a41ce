"""Reading the user's files from disk, for the command line: the same public functions the pages
call on uploaded bytes (``models.importer.import_spend``, ``models.scenario_file``,
``models.governance.files``), plus the shortcut for an already normalised spend CSV.

Every problem raises a translated :class:`models.errors.CostModelError` (or a subclass).
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from models.errors import CostModelError
from models.governance.files import resolve_answers
from models.scenario_file import ScenarioFile
from models.scenario_file import read_scenario_path as _read_scenario_file
from models.spend import SPEND_COLUMNS, coerce_spend_table

__all__ = ["read_spend_path", "read_spend_file", "import_spend_path", "read_scenario_path",
           "resolve_answers", "ScenarioFile"]

#: Columns that make a CSV a normalised spend table (read directly, not through the importer).
NORMALISED_COLUMNS = frozenset({"date", "amount", "domain"})


def import_spend_path(path: str | Path, options=None):
    """The importer's full result (:class:`models.importer.ImportResult`) of a spend file on
    disk, for ``python -m models import``. A missing file or a file that cannot be imported
    raises :class:`models.importer.SpendImportError` with its translated sentence."""
    from models.importer import SpendImportError, import_spend
    path = Path(path)
    if not path.is_file():
        raise SpendImportError("import.cli.no_file", path=str(path))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SpendImportError("import.cli.no_file", path=f"{path}: {exc.strerror}") from None
    return import_spend(data, path.name, options)


def read_spend_path(path: str | Path, lang: str | None = None, options=None
                    ) -> tuple[pd.DataFrame, str]:
    """(normalised spend table, file name) of a spend file on disk: see
    :func:`read_spend_file`."""
    spend, name, _ = read_spend_file(path, lang, options)
    return spend, name


def read_spend_file(path: str | Path, lang: str | None = None, options=None
                    ) -> tuple[pd.DataFrame, str, str]:
    """(normalised spend table, file name, currency of the amounts) of a spend file on disk: a
    normalised CSV (columns ``date, amount, domain[, nature, capex]``, in euros) directly,
    anything else through the importer (``options``: :class:`models.importer.ImportOptions`;
    a file in one foreign currency without a rate stays in that currency). Errors are
    :class:`CostModelError` ``costs.error.spend_file`` with the importer's translated sentence
    as detail."""
    path = Path(path)
    if not path.is_file():
        raise CostModelError("costs.error.spend_file", detail=f"{path} does not exist")
    if path.suffix.lower() == ".csv":
        try:
            head = pd.read_csv(path, nrows=0, sep=None, engine="python")
        except Exception:  # noqa: BLE001 - not a plain CSV: let the importer try
            head = pd.DataFrame()
        if NORMALISED_COLUMNS <= set(head.columns):
            try:
                spend = coerce_spend_table(pd.read_csv(path, sep=None, engine="python"))
            except CostModelError:       # an amount out of range: its own sentence
                raise
            except Exception as exc:  # noqa: BLE001 - any reader error is bad input
                raise CostModelError("costs.error.spend_file", detail=str(exc)) from None
            return spend, path.name, "EUR"
    from models.importer import SpendImportError
    try:
        result = import_spend_path(path, options)
    except SpendImportError as exc:
        raise CostModelError("costs.error.spend_file", detail=exc.message(lang)) from None
    return result.spend[list(SPEND_COLUMNS)], path.name, result.currency


def read_scenario_path(path: str | Path) -> ScenarioFile:
    """A scenario file saved by the Scenarios page, from disk. A missing or unreadable file is a
    :class:`CostModelError` ``cli.error.scenario_file`` (it is not a spend file); the contents
    are checked by :func:`models.scenario_file.load_scenario_file`."""
    path = Path(path)
    if not path.is_file():
        raise CostModelError("cli.error.scenario_file", detail=f"{path} does not exist")
    try:
        return _read_scenario_file(path)
    except OSError as exc:
        raise CostModelError("cli.error.scenario_file",
                             detail=f"{path}: {exc.strerror}") from None
