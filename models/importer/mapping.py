"""Finding the data sheet, the header row and what each column holds.

Column names are matched against French and English synonyms (headers seen in French
accounting exports, FEC files and budget sheets, and their English equivalents:
:data:`SYNONYMS`), after removing accents, case and punctuation, with typo tolerance (difflib);
columns with no recognisable name are mapped from their content (dates, amounts, periods).
"""
from __future__ import annotations

import difflib
import functools
import re
import unicodedata

import numpy as np
import pandas as pd

from models.importer.parse import parse_amounts, parse_dates, parse_periods

#: Field -> synonyms (normalised form: lower case, no accents, single spaces).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "date": ("date", "date piece", "date de piece", "ecrituredate", "date ecriture",
             "date d ecriture", "date facture", "date de facture", "date comptable", "posting date",
             "invoice date", "document date", "date operation", "transaction date", "jour",
             "piecedate", "date de la facture"),
    "period": ("periode", "period", "exercice", "fiscal year", "fy", "annee", "year", "trimestre",
               "quarter", "mois", "month", "budget period", "periode budgetaire"),
    "amount": ("montant ht", "ht", "montant", "montant hors taxes", "montant hors taxe",
               "total ht", "amount", "net amount", "amount excl vat", "amount excluding vat",
               "amount excl tax", "net", "cost", "cout", "cout ht", "depense", "depenses",
               "montant net", "spend", "value", "valeur", "budget", "montant budget",
               "budget ht", "prix ht", "montant eur", "amount eur", "billedcost", "billed cost",
               "charge", "charges"),
    "debit": ("debit", "debits", "mouvement debit", "debit amount", "montant debit"),
    "credit": ("credit", "credits", "mouvement credit", "credit amount", "montant credit"),
    "gross": ("montant ttc", "ttc", "total ttc", "gross amount", "amount incl vat", "gross",
              "amount including vat", "montant toutes taxes comprises", "total incl vat"),
    "vat": ("tva", "montant tva", "vat", "tax", "vat amount", "taxe", "taxes"),
    "vendor": ("fournisseur", "tiers", "compauxlib", "raison sociale", "vendor", "supplier",
               "payee", "nom fournisseur", "supplier name", "vendor name", "prestataire",
               "beneficiaire", "providername", "provider", "editeur", "nom du tiers"),
    "label": ("libelle", "ecriturelib", "designation", "description", "memo",
              "line description", "libelle ecriture", "libelle de l ecriture", "objet", "detail",
              "intitule", "commentaire", "item", "servicename", "produit", "article",
              "libelle operation"),
    "account": ("compte", "n compte", "no compte", "numero de compte", "comptenum",
                "compte general", "compte comptable", "account", "gl account", "account code",
                "account number", "account no", "n de compte", "num compte"),
    "account_label": ("intitule compte", "intitule du compte", "comptelib", "libelle compte",
                      "libelle du compte", "account name", "account label", "account description",
                      "nom du compte", "description du compte", "description compte",
                      "libelle de compte", "gl account name", "account title"),
    "category": ("categorie", "category", "nature", "poste", "famille", "class", "type",
                 "type de depense", "rubrique", "sous categorie", "domaine", "domain",
                 "servicecategory", "chargecategory", "expense category", "expense type",
                 "categorie de depense", "nature de depense", "spend category",
                 "categorie de charge", "gl category"),
    "department": ("departement", "department", "dept", "service", "service concerne",
                   "direction", "business unit", "bu", "division", "pole", "equipe", "team",
                   "business area", "department name", "nom du service"),
    "cost_centre": ("centre de cout", "centre de couts", "centre de cout analytique",
                    "cost center", "cost centre", "cost centers", "cost centres", "cc",
                    "cost center name", "cost centre name", "cost center code",
                    "code analytique", "axe analytique", "section analytique", "analytique",
                    "centre de profit", "profit center", "profit centre", "centre analytique",
                    "imputation analytique"),
    "currency": ("devise", "currency", "idevise", "monnaie", "billingcurrency", "ccy",
                 "code devise"),
    "piece": ("n piece", "no piece", "piece", "pieceref", "n facture", "numero de facture",
              "reference", "ref", "document no", "invoice no", "invoice number", "n de piece",
              "numero piece", "facture"),
    "balance": ("solde", "balance", "cumul", "solde progressif", "running balance"),
    "journal": ("journal", "journalcode", "code journal", "journallib"),
}

FIELDS: tuple[str, ...] = tuple(SYNONYMS)
#: Budget of the header matching: only the first columns of a row are matched (a spend table
#: names its fields early; a 10,000-column file is not matched cell by cell), and typo
#: tolerance is tried only on short texts that look like words.
MAX_MATCHED_COLUMNS = 200
MAX_FUZZY_LENGTH = 40
#: Fields that must not be taken from content or duplicated.
_FEC_MARKERS = {"journalcode", "ecriturenum", "comptenum", "debit", "credit", "ecrituredate"}


def norm(text: object) -> str:
    s = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode().lower()
    s = s.replace("°", " ")
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


_LOOKUP: dict[str, str] = {}
for _field, _names in SYNONYMS.items():
    for _name in _names:
        _LOOKUP.setdefault(_name, _field)
_SQUEEZED: dict[str, str] = {}
for _name, _field in _LOOKUP.items():
    _SQUEEZED.setdefault(_name.replace(" ", ""), _field)


def _fuzzy_candidates(n: str) -> list[str]:
    """Synonyms long enough and short enough to reach difflib's 0.84 cutoff with ``n``
    (``2·min(a, b) / (a + b) ≥ 0.84``), in the order of :data:`_LOOKUP`."""
    low, high = len(n) * 0.72, len(n) * 1.39
    return [k for k in _LOOKUP if low <= len(k) <= high]


@functools.lru_cache(maxsize=4096)
def _match_cached(name: str) -> tuple[str | None, float]:
    return _match_header(name)


def match_header(name: object) -> tuple[str | None, float]:
    """(field, score) for one column name: exact synonym 1.0, words 0.8, close typo 0.7–0.9."""
    return _match_cached(str(name))


def _match_header(name: object) -> tuple[str | None, float]:
    """(field, score) for one column name: exact synonym 1.0, words 0.8, close typo 0.7–0.9."""
    n = norm(name)
    if not n:
        return None, 0.0
    if n in _LOOKUP:
        return _LOOKUP[n], 1.0
    squeezed = n.replace(" ", "")
    if squeezed in _SQUEEZED:
        return _SQUEEZED[squeezed], 0.95
    letters = sum(c.isalpha() for c in n)
    if len(n) <= MAX_FUZZY_LENGTH and letters >= 3 and letters >= len(n) - letters:
        close = difflib.get_close_matches(n, _fuzzy_candidates(n), n=1, cutoff=0.84)
        if close:
            return _LOOKUP[close[0]], 0.9 * difflib.SequenceMatcher(None, n, close[0]).ratio()
    words = n.split()
    # "Montant HT (EUR)", "Date de la pièce", "Nom du fournisseur": a synonym among the words
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            chunk = " ".join(words[i:i + size])
            if chunk in _LOOKUP and len(chunk) >= 2:
                return _LOOKUP[chunk], 0.6 + 0.05 * size
    return None, 0.0


def header_score(row: list) -> float:
    """How much a row looks like a header: the sum of its best field matches (text cells only)."""
    seen: dict[str, float] = {}
    for cell in row[:MAX_MATCHED_COLUMNS]:
        if isinstance(cell, str) and cell.strip() and len(cell) < 80:
            fld, score = match_header(cell)
            if fld and score > seen.get(fld, 0.0):
                seen[fld] = score
    return sum(seen.values())


def find_header(grid: list[list], max_scan: int = 40) -> tuple[int | None, float]:
    """Index (0-based) of the header row among the first rows, and its score; None if no row
    names at least two known fields."""
    best, best_score = None, 0.0
    for i, row in enumerate(grid[:max_scan]):
        score = header_score(row)
        if score > best_score + 1e-9:
            best, best_score = i, score
    return (best, best_score) if best_score >= 1.6 else (None, best_score)


def auto_mapping(columns: list[str], frame: pd.DataFrame) -> dict[str, str]:
    """Field -> column. Names first (best score wins, each column used once), then content for
    date, amount and period when no name matched."""
    candidates = []
    for col in columns[:MAX_MATCHED_COLUMNS]:
        fld, score = match_header(col)
        if fld:
            candidates.append((score, fld, col))
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for _score, fld, col in sorted(candidates, key=lambda c: -c[0]):
        if fld in mapping or col in used:
            continue
        mapping[fld] = col
        used.add(col)
    if "amount" not in mapping and "debit" in mapping and "credit" not in mapping:
        mapping["amount"] = mapping.pop("debit")   # a lone "Débit" column is the amount
    free = [c for c in columns[:MAX_MATCHED_COLUMNS] if c not in used]
    sample = frame.head(500)
    if not ({"amount", "debit", "gross"} & set(mapping)):
        best, best_share = None, 0.0
        for col in free:
            values = sample[col]
            filled = values[values.astype(str).str.strip() != ""]
            if len(filled) == 0:
                continue
            nums = parse_amounts(filled)
            share = nums.notna().mean()
            looks_account = filled.astype(str).str.fullmatch(r"[1-7]\d{2,9}").mean() > 0.8
            if share > 0.8 and not looks_account and share > best_share:
                dates = parse_dates(filled, allow_serial=False).notna().mean()
                if dates < 0.5:
                    best, best_share = col, share
        if best is not None:
            mapping["amount"] = best
            used.add(best)
            free.remove(best)
    if "date" not in mapping and "period" not in mapping:
        for col in free:
            filled = sample[col][sample[col].astype(str).str.strip() != ""]
            if len(filled) and parse_dates(filled, allow_serial=False).notna().mean() > 0.8:
                mapping["date"] = col
                used.add(col)
                free.remove(col)
                break
    if "date" not in mapping and "period" not in mapping:
        for col in free:
            filled = sample[col][sample[col].astype(str).str.strip() != ""]
            if len(filled) and parse_periods(filled).notna().mean() > 0.8:
                mapping["period"] = col
                used.add(col)
                free.remove(col)
                break
    if "label" not in mapping:   # the free text column with the longest texts
        best, best_len = None, 8.0
        for col in free:
            text = sample[col].astype(str)
            mean_len = float(text.str.len().mean()) if len(text) else 0.0
            if (text.str.contains(r"[A-Za-zÀ-ÿ]{3}", regex=True).mean() > 0.6
                    and mean_len > best_len and not (text == text.iloc[0]).all()):
                best, best_len = col, mean_len
        if best is not None:
            mapping["label"] = best
    return mapping


def is_fec(columns: list[str]) -> bool:
    names = {norm(c).replace(" ", "") for c in columns}
    return len(_FEC_MARKERS & names) >= 5


def period_columns(columns: list[str]) -> list[str]:
    """Header cells that are budget periods ("FY 2025", "T1 2025"): a wide budget table."""
    parsed = parse_periods(pd.Series(columns, dtype=object))
    return [c for c, d in zip(columns, parsed) if pd.notna(d)] if len(columns) else []


def unique_names(cells: list, width: int) -> list[str]:
    """Column names from a header row: text as written, blanks become 'Colonne B', duplicates
    get a suffix."""
    names, seen = [], {}
    for k in range(width):
        cell = cells[k] if k < len(cells) else ""
        name = str(cell).strip() if cell not in (None, "") else ""
        if isinstance(cell, float) and cell.is_integer():
            name = str(int(cell))
        if not name:
            name = f"({get_column_letter(k + 1)})"
        if name in seen:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        else:
            seen[name] = 1
        names.append(name)
    return names


def get_column_letter(k: int) -> str:
    """Spreadsheet column letter of 1-based index ``k`` (1 -> A, 27 -> AA)."""
    letters = ""
    while k:
        k, rem = divmod(k - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def share_filled(grid_rows: list[list]) -> float:
    if not grid_rows:
        return 0.0
    arr = np.array([sum(1 for c in r if c not in ("", None)) for r in grid_rows[:200]])
    return float(arr.mean())
