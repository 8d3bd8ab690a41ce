"""Hostile inputs of issue 14, generated in memory (no binaries in the repository).

Each generator returns the bytes (or text) of a small file built to exhaust time or memory, or to
smuggle formulas, control characters or Markdown into the outputs. The tests assert the "must be"
of the issue; ``benchmarks/bench_hostile.py`` measures time and peak memory on the same files.
"""
from __future__ import annotations

import io
import json
import zipfile

_CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
       '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
       '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
       'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
       '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
       'officedocument.spreadsheetml.sheet.main+xml"/>'
       '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
       'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
       '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
       'officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WB = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
       '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
       '<sheets><sheet name="Grand livre" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WB_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'

#: A small ledger: header and three lines (date serial, vendor, label, amount).
LEDGER_HEADER = ("Date", "Fournisseur", "Libellé", "Montant HT")
LEDGER_LINES = ((45672, "OVHcloud", "Serveur VPS", 96.0),
                (45690, "Orange Business", "Fibre Nantes", 390.0),
                (45698, "Sophos", "Intercept X", 4300.0))


def col_letter(k: int) -> str:
    """Spreadsheet letter of 1-based column ``k``."""
    out = ""
    while k:
        k, rem = divmod(k - 1, 26)
        out = chr(65 + rem) + out
    return out


def raw_xlsx(rows_xml: str, shared: list[str] | None = None, dimension: str | None = None
             ) -> bytes:
    """A minimal xlsx written by hand: ``rows_xml`` is the content of ``<sheetData>``; shared
    strings are numbered in order."""
    sheet = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet {_NS}>'
             + (f'<dimension ref="{dimension}"/>' if dimension else "")
             + f"<sheetData>{rows_xml}</sheetData></worksheet>")
    strings = shared or []
    sst = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst {_NS} '
           f'count="{len(strings)}" uniqueCount="{len(strings)}">'
           + "".join(f"<si><t>{s}</t></si>" for s in strings) + "</sst>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WB)
        z.writestr("xl/_rels/workbook.xml.rels", _WB_RELS)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        z.writestr("xl/sharedStrings.xml", sst)
    return buf.getvalue()


def _ledger_rows_xml(first_row: int = 1) -> tuple[str, list[str]]:
    shared = list(LEDGER_HEADER)
    cells = ["".join(f'<c r="{col_letter(k + 1)}{first_row}" t="s"><v>{k}</v></c>'
                     for k in range(len(LEDGER_HEADER)))]
    for i, (serial, vendor, label, amount) in enumerate(LEDGER_LINES):
        r = first_row + 1 + i
        shared += [vendor, label]
        v, lab = len(shared) - 2, len(shared) - 1
        cells.append(f'<c r="A{r}"><v>{serial}</v></c><c r="B{r}" t="s"><v>{v}</v></c>'
                     f'<c r="C{r}" t="s"><v>{lab}</v></c><c r="D{r}"><v>{amount}</v></c>')
    rows = "".join(f'<row r="{first_row + i}">{c}</row>' for i, c in enumerate(cells))
    return rows, shared


def xlsx_ledger() -> bytes:
    """The small ledger as a hand-written xlsx (the control case of the hostile ones)."""
    rows, shared = _ledger_rows_xml()
    return raw_xlsx(rows, shared)


def xlsx_huge_shared_string(size: int = 2**20, cells: int = 2000) -> bytes:
    """Row 1 of issue 14: one shared string of ``size`` characters used by ``cells`` cells (a
    140 KB file that expands to ``size × cells`` characters)."""
    import random
    rows, shared = _ledger_rows_xml()
    rng = random.Random(14)            # two letters at random: the zip ratio stays below 100
    shared.append("".join(rng.choices("AB", k=size)))
    big = len(shared) - 1
    start = len(LEDGER_LINES) + 2
    rows += "".join(f'<row r="{start + i}"><c r="C{start + i}" t="s"><v>{big}</v></c></row>'
                    for i in range(cells))
    return raw_xlsx(rows, shared)


def xlsx_far_cell(row: int = 1_048_576, column: str = "D") -> bytes:
    """Row 4 of issue 14: the small ledger plus one cell at ``row`` (the last row of Excel)."""
    rows, shared = _ledger_rows_xml()
    rows += f'<row r="{row}"><c r="{column}{row}"><v>1</v></c></row>'
    return raw_xlsx(rows, shared, dimension=f"A1:{column}{row}")


def csv_many_columns(columns: int = 10_000, rows: int = 18) -> bytes:
    """Row 3 of issue 14: a 1 MB CSV with ``columns`` columns whose distinct header texts look
    like field names with typos, so fuzzy matching is tried on every one."""
    header = ["Date", "Fournisseur", "Montant HT"] + [f"Mntnt{k:04d}" for k in range(columns - 3)]
    lines = [";".join(header)]
    for i in range(rows):
        lines.append(";".join([f"{(i % 28) + 1:02d}/01/2025", f"Vendor {i}", f"{100 + i},00"]
                              + [f"c{(k + i) % 1000:03d}" for k in range(columns - 3)]))
    return ("\n".join(lines) + "\n").encode("utf-8")


def csv_mixed_encodings() -> bytes:
    """Row 15 of issue 14: a CSV where some lines are UTF-8 and others Windows-1252 (two exports
    pasted together)."""
    head = "Date;Fournisseur;Libellé;Montant HT\n".encode()
    utf8 = "15/01/2025;Société Générale;Frais bancaires télécom;100,00\n".encode()
    cp1252 = "20/01/2025;Sécurité Informatique;Licence pare-feu;200,00\n".encode("cp1252")
    return head + utf8 * 3 + cp1252 * 3


def deep_json(depth: int = 100_000) -> str:
    """Row 12 of issue 14: a JSON array nested ``depth`` deep (200 KB)."""
    return "[" * depth + "]" * depth


def huge_int_json(digits: int = 5000) -> str:
    """Row 12 of issue 14: a scenario file whose colour index has ``digits`` digits."""
    return json.dumps({"schema": "it-sourcing-scenarios", "version": 2,
                       "scenarios": [{"id": "inhouse", "kind": "inhouse"}]}
                      ).replace('"kind": "inhouse"', '"kind": "inhouse", "color_index": '
                                + "9" * digits)


def governance_many_rows(rows: int = 30_000) -> str:
    """Row 6 of issue 14: a governance answers file with ``rows`` register rows (2.3 MB)."""
    from models.governance import DEFAULT_PRESET, preset
    from models.governance.files import SCHEMA_NAME, SCHEMA_VERSION
    register = [{"risk": "dependency", "scenario": f"s{k}", "likelihood": 3, "impact": 3}
                for k in range(rows)]
    return json.dumps({"schema": SCHEMA_NAME, "version": SCHEMA_VERSION,
                       "answers": preset(DEFAULT_PRESET), "register": register})


#: Names that must come out of every output as typed, and never as a formula, markup or a crash.
FORMULA_NAME = "=cmd|' /C calc'!A0"
MARKDOWN_NAME = "![x](https://e.vil/p.png)[Log in again](https://e.vil/login)"
CONTROL_NAME = "Vendor\x00\x01\x0b\x1f\x7f\x9f end"
SURROGATE_NAME = "Bad \ud800 name"
