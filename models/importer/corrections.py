"""User corrections of the classification: by line (``source_row``) or by vendor, applied at
once, saved and reloaded as CSV or JSON."""
from __future__ import annotations

import json

import pandas as pd

from models.boundary import decode_json, neutralise_formula
from models.domains import DOMAINS, NOT_IT
from models.importer.errors import SpendImportError
from models.importer.mapping import norm

CORRECTION_COLUMNS = ("scope", "key", "domain")


def empty_corrections() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=object) for c in CORRECTION_COLUMNS})


def apply_corrections(spend: pd.DataFrame, corrections: pd.DataFrame) -> pd.DataFrame:
    """Spend with the user's domain corrections applied (line corrections win over vendor ones);
    ``rule`` becomes ``user:line`` or ``user:vendor`` and ``confidence`` 1."""
    out = spend.copy()
    if corrections is None or corrections.empty:
        return out
    valid = corrections[corrections["domain"].isin(DOMAINS + (NOT_IT,))]
    vendors = valid[valid["scope"] == "vendor"]
    if not vendors.empty:
        vmap = dict(zip(vendors["key"].astype(str).map(norm), vendors["domain"]))
        hit = out["vendor"].astype(str).map(norm).map(vmap)
        mask = hit.notna()
        out.loc[mask, "domain"] = hit[mask]
        out.loc[mask, "rule"] = "user:vendor"
        out.loc[mask, "confidence"] = 1.0
    lines = valid[valid["scope"] == "line"]
    if not lines.empty:
        keys = pd.to_numeric(lines["key"], errors="coerce")
        lmap = dict(zip(keys[keys.notna()].astype("int64"), lines["domain"][keys.notna()]))
        hit = out["source_row"].map(lmap)
        mask = hit.notna()
        out.loc[mask, "domain"] = hit[mask]
        out.loc[mask, "rule"] = "user:line"
        out.loc[mask, "confidence"] = 1.0
    return out


def merge_corrections(old: pd.DataFrame, new: pd.DataFrame) -> pd.DataFrame:
    """Union of two correction tables; for the same scope and key the newer one wins."""
    both = pd.concat([old, new], ignore_index=True)
    both["key"] = both["key"].astype(str)
    return both.drop_duplicates(["scope", "key"], keep="last").reset_index(drop=True)


def corrections_to_csv(corrections: pd.DataFrame) -> bytes:
    frame = corrections[list(CORRECTION_COLUMNS)].astype(str)
    # OWASP CSV injection: text that a spreadsheet would run as a formula gets an apostrophe
    frame = frame.apply(lambda s: s.map(neutralise_formula))
    return frame.to_csv(index=False).encode("utf-8-sig")


def corrections_to_json(corrections: pd.DataFrame) -> bytes:
    rows = corrections[list(CORRECTION_COLUMNS)].astype(str).to_dict(orient="records")
    return json.dumps({"corrections": rows}, ensure_ascii=False, indent=1).encode("utf-8")


def read_corrections(data: bytes) -> pd.DataFrame:
    """Corrections from a file saved by :func:`corrections_to_csv` or ``_to_json``."""
    if not data or len(data) > 5 * 2**20:
        raise SpendImportError("import.error.bad_corrections")
    stripped = data.lstrip(b"\xef\xbb\xbf \r\n\t")
    try:
        if stripped.startswith((b"{", b"[")):
            obj = decode_json(stripped, SpendImportError, "import.error.bad_corrections",
                              max_bytes=5 * 2**20)
            rows = obj.get("corrections", []) if isinstance(obj, dict) else obj
            frame = pd.DataFrame(rows)
        else:
            import io
            frame = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False,
                                encoding="utf-8-sig", sep=None, engine="python")
    except (ValueError, UnicodeDecodeError, TypeError, AttributeError, pd.errors.ParserError):
        raise SpendImportError("import.error.bad_corrections") from None
    if not set(CORRECTION_COLUMNS) <= set(frame.columns):
        raise SpendImportError("import.error.bad_corrections")
    frame = frame[list(CORRECTION_COLUMNS)].astype(str)
    frame["key"] = frame["key"].str.lstrip("'")          # undo the CSV formula guard
    frame["scope"] = frame["scope"].str.strip().str.lower()
    frame["domain"] = frame["domain"].str.strip().str.lower()
    ok = frame["scope"].isin(["line", "vendor"]) & frame["domain"].isin(DOMAINS + (NOT_IT,))
    if not ok.any():
        raise SpendImportError("import.error.bad_corrections")
    return frame[ok].reset_index(drop=True)


