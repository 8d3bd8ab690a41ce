"""A corpus of spend files generated in memory for the import tests: every format the importer
reads and every bad input it must refuse, with the exact expected counts and totals.

Seven reference lines (TRUTH) are written in many shapes; each good case must import to the
same lines, amounts, dates and domains.
"""
from __future__ import annotations

import datetime as dt
import io
import zipfile

import pandas as pd

# date, vendor, label, account, account label, net amount, VAT, expected domain
TRUTH = (
    (dt.date(2025, 1, 15), "Microsoft Ireland Operations Ltd", "Microsoft 365 Business Premium",
     "6135", "Locations mobilières", 1339.00, 0.0, "hosting"),
    (dt.date(2025, 1, 20), "OVHcloud", "Serveur privé virtuel VPS", "6135",
     "Locations mobilières", 96.00, 19.20, "hosting"),
    (dt.date(2025, 2, 3), "Orange Business", "Accès fibre entreprise Nantes", "6262",
     "Frais de télécommunications", 390.00, 78.00, "network"),
    (dt.date(2025, 2, 10), "Sophos", "Intercept X Advanced - renouvellement annuel", "6135",
     "Locations mobilières", 4300.00, 860.00, "security"),
    (dt.date(2025, 3, 1), "Foncia Immobilier", "Loyer locaux Nantes", "6132",
     "Locations immobilières", 6500.00, 1300.00, "other"),
    (dt.date(2025, 3, 5), "LDLC Pro", "Avoir retour écran défectueux", "6063",
     "Petit équipement", -189.00, -37.80, "devices"),
    (dt.date(2025, 3, 12), "Atlantique Micro Services", "Dépannage urgent hors contrat - 3 h",
     "611", "Sous-traitance générale", 1234.56, 246.91, "support"),
)
N = len(TRUTH)
TOTAL = round(sum(r[5] for r in TRUTH), 2)                       # 13 670.56
IT_TOTAL = round(sum(r[5] for r in TRUTH if r[7] != "other"), 2)   # 7 170.56
GROSS_TOTAL = round(sum(r[5] + r[6] for r in TRUTH), 2)
BY_DOMAIN = {}
for _r in TRUTH:
    BY_DOMAIN[_r[7]] = round(BY_DOMAIN.get(_r[7], 0.0) + _r[5], 2)

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def fr_number(x: float, thousands: str = "\u00a0", decimals: str = ",") -> str:
    """1234.56 -> '1 234,56' with the given separators."""
    sign = "-" if x < 0 else ""
    whole, frac = f"{abs(x):.2f}".split(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return sign + thousands.join(groups) + decimals + frac


def _xlsx(build) -> bytes:
    from openpyxl import Workbook
    wb = Workbook()
    build(wb)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# --------------------------------------------------------------------------------------------
# text files

def csv_semicolon_cp1252() -> bytes:
    """French Excel CSV: ';', Windows-1252, decimal comma, no-break-space thousands, dd/mm/yyyy."""
    lines = ["Date;Fournisseur;Libellé;Compte;Montant HT"]
    for d, v, lab, acc, _, amt, _, _ in TRUTH:
        lines.append(f"{d:%d/%m/%Y};{v};{lab};{acc};{fr_number(amt)}")
    return ("\r\n".join(lines) + "\r\n").encode("cp1252")


def csv_comma_utf8_bom() -> bytes:
    """English CSV: ',', UTF-8 with BOM, quoted fields, '€1,339.00', ISO dates."""
    lines = ['"Posting date","Supplier","Description","GL account","Amount"']
    for d, v, lab, acc, _, amt, _, _ in TRUTH:
        money = f"€{abs(amt):,.2f}"
        money = f"-{money}" if amt < 0 else money
        lines.append(f'"{d:%Y-%m-%d}","{v}","{lab}","{acc}","{money}"')
    return "\ufeff".encode() + ("\n".join(lines) + "\n").encode("utf-8")


def tsv_utf8_trailing_minus() -> bytes:
    """Tab-separated UTF-8 without BOM, narrow no-break-space thousands, '€' after the number,
    credit notes with a trailing minus."""
    lines = ["Date\tTiers\tDésignation\tCompte\tMontant HT"]
    for d, v, lab, acc, _, amt, _, _ in TRUTH:
        money = fr_number(abs(amt), "\u202f") + " €" + ("-" if amt < 0 else "")
        lines.append(f"{d:%d/%m/%Y}\t{v}\t{lab}\t{acc}\t{money}")
    return "\n".join(lines).encode("utf-8")


def pipe_latin1_parentheses() -> bytes:
    """'|' separated, Latin-1, dot thousands and decimal comma, negatives in parentheses."""
    lines = ["Date pièce|Fournisseur|Libellé|N° compte|Montant"]
    for d, v, lab, acc, _, amt, _, _ in TRUTH:
        money = fr_number(abs(amt), ".")
        money = f"({money})" if amt < 0 else money
        lines.append(f"{d:%d.%m.%Y}|{v}|{lab}|{acc}|{money}")
    return "\n".join(lines).encode("latin-1")


def csv_typo_headers() -> bytes:
    """Misspelt and oddly spaced headers: 'Dat', 'Fournisser', 'Libele ', 'Montnat  HT'."""
    lines = ["Dat;Fournisser;Libele ;Montnat  HT"]
    for d, v, lab, _, _, amt, _, _ in TRUTH:
        lines.append(f"{d:%d/%m/%Y};{v};{lab};{fr_number(amt, ' ')}")
    return "\n".join(lines).encode("utf-8")


def csv_no_header() -> bytes:
    """No header row at all: columns found from their content."""
    lines = [f"{d:%d/%m/%Y};{v};{lab};{fr_number(amt, '')}" for d, v, lab, _, _, amt, _, _ in TRUTH]
    return "\n".join(lines).encode("utf-8")


def csv_gross_only() -> bytes:
    """Only amounts including VAT (20 % on every line here): net = gross / 1.2."""
    lines = ["Date;Fournisseur;Libellé;Montant TTC"]
    for d, v, lab, _, _, amt, _, _ in TRUTH:
        lines.append(f"{d:%d/%m/%Y};{v};{lab};{fr_number(round(amt * 1.2, 2), '')}")
    return "\n".join(lines).encode("utf-8")


def csv_currencies() -> bytes:
    """Two currencies in a currency column: the OVHcloud and Sophos lines are in USD."""
    lines = ["Date;Fournisseur;Libellé;Montant;Devise"]
    for k, (d, v, lab, _, _, amt, _, _) in enumerate(TRUTH):
        cur = "USD" if k in (1, 3) else "EUR"
        lines.append(f"{d:%d/%m/%Y};{v};{lab};{fr_number(amt, '')};{cur}")
    return "\n".join(lines).encode("utf-8")


def csv_category_column() -> bytes:
    """The file's own category column names the domain ('Réseaux & télécoms', 'Hors IT'…):
    labels are deliberately vague."""
    cats = {"hosting": "Hébergement", "network": "Réseaux & télécoms", "security": "Sécurité",
            "other": "Hors IT", "devices": "Matériel", "support": "Maintenance"}
    lines = ["Date;Fournisseur;Libellé;Catégorie;Montant HT"]
    for k, (d, _, _, _, _, amt, _, dom) in enumerate(TRUTH):
        lines.append(f"{d:%d/%m/%Y};Fournisseur {k + 1};Facture {k + 1};{cats[dom]};"
                     f"{fr_number(amt, '')}")
    return "\n".join(lines).encode("utf-8")


def _fec_rows() -> list[list[str]]:
    """FEC entries: each purchase has its 6x (or 2x) line, a 44566 VAT line and a 401 supplier
    line; one bank payment (512/401) is added; a credit note reverses the sides."""
    head = ["JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib",
            "CompAuxNum", "CompAuxLib", "PieceRef", "PieceDate", "EcritureLib", "Debit", "Credit",
            "EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise"]
    rows = [head]

    def line(num, d, acc, acc_lab, aux, aux_lib, ref, lab, debit, credit):
        rows.append(["HA", "Achats", f"HA{num:05d}", f"{d:%Y%m%d}", acc, acc_lab, aux, aux_lib,
                     ref, f"{d:%Y%m%d}", lab, fr_number(debit, ""), fr_number(credit, ""), "", "",
                     f"{d:%Y%m%d}", "", ""])

    for k, (d, v, lab, acc, acc_lab, amt, vat, _) in enumerate(TRUTH, start=1):
        acc_full = acc.ljust(8, "0")
        ref = f"F{k:04d}"
        aux = f"F{v[:6].upper().replace(' ', '')}"
        if amt >= 0:
            line(k, d, acc_full, acc_lab, "", "", ref, lab, amt, 0.0)
            line(k, d, "44566000", "TVA déductible", "", "", ref, lab, vat, 0.0)
            line(k, d, "40100000", "Fournisseurs", aux, v, ref, lab, 0.0, round(amt + vat, 2))
        else:
            line(k, d, acc_full, acc_lab, "", "", ref, lab, 0.0, -amt)
            line(k, d, "44566000", "TVA déductible", "", "", ref, lab, 0.0, -vat)
            line(k, d, "40100000", "Fournisseurs", aux, v, ref, lab, round(-amt - vat, 2), 0.0)
    rows.append(["BQ", "Banque", "BQ00001", "20250331", "51200000", "Banque", "", "", "V01",
                 "20250331", "Règlement OVHcloud", "0,00", "115,20", "", "", "20250331", "", ""])
    rows.append(["BQ", "Banque", "BQ00001", "20250331", "40100000", "Fournisseurs", "FOVHCLO",
                 "OVHcloud", "V01", "20250331", "Règlement OVHcloud", "115,20", "0,00", "", "",
                 "20250331", "", ""])
    return rows


FEC_LINES = 3 * N + 2      # 21 purchase lines + 2 bank lines


def fec_tab() -> bytes:
    return "\r\n".join("\t".join(r) for r in _fec_rows()).encode("utf-8")


def fec_pipe() -> bytes:
    return "\n".join("|".join(r) for r in _fec_rows()).encode("cp1252")


def budget_long_csv() -> bytes:
    """A budget: one amount per category and fiscal period, no dates."""
    rows = [("Poste budgétaire", "Période", "Budget HT"),
            ("Maintenance informatique", "FY 2025", "12 000"),
            ("Téléphonie et fibre", "2025", "8 400"),
            ("Licences Microsoft 365", "T1 2025", "4 017"),
            ("Sauvegarde externalisée", "Q2 2025", "1 020,50"),
            ("Loyer locaux", "FY 2025", "78 000")]
    return "\n".join(";".join(r) for r in rows).encode("utf-8")


BUDGET_LONG = {"rows": 5, "total": 12000 + 8400 + 4017 + 1020.50 + 78000,
               "it_total": 12000 + 8400 + 4017 + 1020.50,
               "dates": ["2025-01-01", "2025-01-01", "2025-01-01", "2025-04-01", "2025-01-01"],
               "domains": ["support", "network", "hosting", "security", "other"]}


def budget_wide_xlsx() -> bytes:
    """A budget with one column per fiscal year ("FY 2024", "FY 2025") and a total row."""
    def build(wb):
        ws = wb.active
        ws.title = "Budget IT"
        ws.append(["Budget informatique 2024-2025"])
        ws.append([])
        ws.append(["Catégorie", "FY 2024", "FY 2025"])
        ws.append(["Sécurité et sauvegarde", 5000, 5500])
        ws.append(["Réseaux et téléphonie", 8000, 8200])
        ws.append(["Applications et licences", 12000, None])
        ws.append(["Total", 25000, 13700])
    return _xlsx(build)


BUDGET_WIDE = {"rows_read": 8, "rows": 5, "total": 5000 + 5500 + 8000 + 8200 + 12000,
               "by_domain": {"security": 10500.0, "network": 16200.0, "applications": 12000.0}}


# --------------------------------------------------------------------------------------------
# spreadsheets

def _write_truth_rows(ws, start_col: int = 1, gross: bool = False):
    for d, v, lab, acc, acc_lab, amt, vat, _ in TRUTH:
        row = [d, v, acc, acc_lab, lab, amt, vat, round(amt + vat, 2)]
        ws.append([None] * (start_col - 1) + row)


HEADER = ["Date", "Fournisseur", "Compte", "Intitulé du compte", "Libellé", "Montant HT", "TVA",
          "Montant TTC"]


def xlsx_messy() -> bytes:
    """A management export: notes sheet first, title rows, table starting in C5, a blank row, a
    repeated header, a subtotal and a grand total; a pivot sheet after it."""
    def build(wb):
        notes = wb.active
        notes.title = "Notes"
        notes.append(["Export réalisé par le cabinet"])
        notes.append(["Montants en euros hors taxes"])
        ws = wb.create_sheet("Dépenses 2025")
        ws["C1"] = "Dépenses informatiques et générales - 2025"
        ws["C2"] = "Société Exemple SAS"
        ws.append([])
        ws.append([])
        ws.append([None, None] + HEADER)
        rows = list(TRUTH)
        for k, (d, v, lab, acc, acc_lab, amt, vat, _) in enumerate(rows):
            ws.append([None, None, d, v, acc, acc_lab, lab, amt, vat, round(amt + vat, 2)])
            if k == 2:
                ws.append([])
                ws.append([None, None] + HEADER)
            if k == 4:
                ws.append([None, None, None, "Sous-total T1", None, None, None, 12625.0])
        ws.append([None, None, "Total général", None, None, None, None, TOTAL])
        pivot = wb.create_sheet("TCD")
        pivot.append(["Compte", "Total"])
        pivot.append(["6135", 5735.0])
    return _xlsx(build)


XLSX_MESSY = {"sheet": "Dépenses 2025", "header_row": 5, "rows_read": N + 4,
              "dropped": {"blank": 1, "repeated_header": 1, "total": 2}}


def xlsx_ledger() -> bytes:
    """A 'grand livre' export: Débit / Crédit / Solde, accounts grouped with 'Total compte'
    rows, supplier (401) and VAT (44566) lines that are not spend, the table as an Excel table."""
    from openpyxl.worksheet.table import Table

    def build(wb):
        ws = wb.active
        ws.title = "Grand livre"
        ws.append(["Grand livre du 01/01/2025 au 31/03/2025"])
        ws.append(["Date", "Journal", "N° compte", "Intitulé du compte", "N° pièce", "Libellé",
                   "Débit", "Crédit", "Solde"])
        balance = 0.0
        for k, (d, v, lab, acc, acc_lab, amt, vat, _) in enumerate(TRUTH, start=1):
            debit, credit = (amt, None) if amt >= 0 else (None, -amt)
            balance += amt
            ws.append([d, "HA", acc, acc_lab, f"F{k:04d}", f"{v} - {lab}", debit, credit,
                       round(balance, 2)])
            ws.append([d, "HA", "44566", "TVA déductible", f"F{k:04d}", f"{v} - {lab}",
                       vat if vat >= 0 else None, -vat if vat < 0 else None, None])
            ws.append([d, "HA", "401000", "Fournisseurs", f"F{k:04d}", f"{v} - {lab}",
                       None if amt >= 0 else round(-amt - vat, 2),
                       round(amt + vat, 2) if amt >= 0 else None, None])
        ws.append([None, None, None, None, None, "Total grand livre", 99999.0, 99999.0, None])
        ws.add_table(Table(displayName="GrandLivre", ref=f"A2:I{ws.max_row - 1}"))
    return _xlsx(build)


XLSX_LEDGER = {"rows_read": 3 * N + 1, "dropped": {"total": 1, "not_spend_account": 2 * N}}


def xlsx_sample_like(fmt: str = "xlsx") -> bytes:
    """The truth lines with a plain header, written by pandas (xlsx or ods)."""
    frame = pd.DataFrame([{"Date": d, "Fournisseur": v, "Compte": acc, "Libellé": lab,
                           "Montant HT": amt} for d, v, lab, acc, _, amt, _, _ in TRUTH])
    buf = io.BytesIO()
    frame.to_excel(buf, index=False, engine="odf" if fmt == "ods" else "openpyxl",
                   sheet_name="Dépenses")
    return buf.getvalue()


def xlsm_from_xlsx(data: bytes) -> bytes:
    """Turn an xlsx into a macro-enabled workbook (content type and a vbaProject.bin part)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "[Content_Types].xml":
                body = body.replace(
                    b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                body = body.replace(b"</Types>", b'<Default Extension="bin" ContentType='
                                    b'"application/vnd.ms-office.vbaProject"/></Types>')
            z.writestr(info.filename, body)
        z.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0" + b"Attribute VB_Name = \"Evil\"" * 4)
    return out.getvalue()


def html_as_xls() -> bytes:
    """What many web tools export as '.xls': an HTML table."""
    rows = "".join(
        f"<tr><td>{d:%d/%m/%Y}</td><td>{v}</td><td>{lab}</td><td>{fr_number(amt, ' ')}</td></tr>"
        for d, v, lab, _, _, amt, _, _ in TRUTH)
    return ("<html><head><meta charset='utf-8'></head><body><table><tr><th>Date</th>"
            "<th>Fournisseur</th><th>Libellé</th><th>Montant HT</th></tr>" + rows +
            "</table></body></html>").encode("utf-8")


# --------------------------------------------------------------------------------------------
# bad inputs

def formulas_without_values() -> bytes:
    """Amounts as formulas, written by a program: no cached values."""
    def build(wb):
        ws = wb.active
        ws.append(["Date", "Fournisseur", "Libellé", "Quantité", "Prix", "Montant HT"])
        for k, (d, v, lab, _, _, amt, _, _) in enumerate(TRUTH, start=2):
            ws.append([d, v, lab, 1, amt, f"=D{k}*E{k}"])
    return _xlsx(build)


def header_only() -> bytes:
    def build(wb):
        wb.active.append(HEADER)
    return _xlsx(build)


def no_amount_column() -> bytes:
    lines = ["Date;Fournisseur;Libellé"] + [f"{d:%d/%m/%Y};{v};{lab}"
                                           for d, v, lab, *_ in TRUTH]
    return "\n".join(lines).encode("utf-8")


def no_date_column() -> bytes:
    lines = ["Fournisseur;Libellé;Montant HT"] + [f"{v};{lab};{fr_number(amt, '')}"
                                                  for _, v, lab, _, _, amt, _, _ in TRUTH]
    return "\n".join(lines).encode("utf-8")


def png_renamed() -> bytes:
    return (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
            b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N"
            b"\x00\x00\x00\x00IEND\xaeB`\x82")


def pdf_renamed() -> bytes:
    return b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def docx_renamed() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return out.getvalue()


def truncated_xlsx() -> bytes:
    data = xlsx_sample_like()
    return data[: len(data) // 2]


def encrypted_workbook() -> bytes:
    """The shape of an Excel file saved with a password: an OLE compound file whose directory
    holds the EncryptionInfo and EncryptedPackage streams (the header and directory entries of
    a real one; the encrypted payload is random)."""
    import os
    header = bytearray(512)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    header[0x18:0x1A] = (0x3E).to_bytes(2, "little")
    header[0x1A:0x1C] = (3).to_bytes(2, "little")
    header[0x1C:0x1E] = b"\xfe\xff"
    header[0x1E:0x20] = (9).to_bytes(2, "little")
    directory = bytearray(512)
    for k, name in enumerate(("Root Entry", "EncryptionInfo", "EncryptedPackage")):
        raw = name.encode("utf-16-le") + b"\x00\x00"
        directory[k * 128:k * 128 + len(raw)] = raw
        directory[k * 128 + 64:k * 128 + 66] = len(raw).to_bytes(2, "little")
    return bytes(header) + bytes(directory) + os.urandom(4096)


def zip_bomb() -> bytes:
    """A valid-looking xlsx whose sheet inflates 1000-fold (declared in the zip directory)."""
    data = xlsx_sample_like()
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            z.writestr(info.filename, src.read(info))
        z.writestr("xl/worksheets/sheet2.xml", b"<" + b"\x00" * (60 * 2**20) + b">",
                   compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    return out.getvalue()


def xml_entity_bomb() -> bytes:
    """'Billion laughs' in the worksheet XML of an otherwise valid xlsx."""
    data = xlsx_sample_like()
    src = zipfile.ZipFile(io.BytesIO(data))
    lol = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
           + b"".join(b'<!ENTITY lol%d "%s">'
                      % (k, (b"&lol%d;" % (k - 1) if k > 1 else b"&lol;") * 10)
                      for k in range(1, 10))
           + b']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
           b'</sheetData></worksheet>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = lol if info.filename == "xl/worksheets/sheet1.xml" else src.read(info)
            z.writestr(info.filename, body)
    return out.getvalue()


#: (name as uploaded, bytes builder, expected i18n error key)
BAD_INPUTS = (
    ("empty.csv", lambda: b"", "import.error.empty"),
    ("blank.csv", lambda: b"  \r\n\r\n ", "import.error.empty"),
    ("photo.xlsx", png_renamed, "import.error.not_spreadsheet"),
    ("scan.xls", pdf_renamed, "import.error.not_spreadsheet"),
    ("letter.xlsx", docx_renamed, "import.error.not_spreadsheet"),
    ("cut.xlsx", truncated_xlsx, "import.error.corrupt"),
    ("garbage.xlsx", lambda: b"PK\x03\x04" + b"\x01\x02garbage" * 50, "import.error.corrupt"),
    ("random.bin", lambda: bytes(range(256)) * 8, "import.error.unsupported"),
    ("locked.xlsx", encrypted_workbook, "import.error.password"),
    ("formulas.xlsx", formulas_without_values, "import.error.formulas"),
    ("header_only.xlsx", header_only, "import.error.no_rows"),
    ("no_amount.csv", no_amount_column, "import.error.no_amount"),
    ("no_date.csv", no_date_column, "import.error.no_date"),
    ("bomb.xlsx", zip_bomb, "import.error.zip_bomb"),
    # spreadsheets above 25 MB (text files may be bigger: test_import_corpora_big.py)
    ("oversize.xlsx", lambda: b"PK\x03\x04" + bytes(25 * 2**20), "import.error.too_large"),
)


def xlsx_ledger_by_account() -> bytes:
    """A Sage/EBP-style 'grand livre' printed account by account: a heading row per account
    ("6135000 - Locations mobilières"), its lines without an account column, then a
    "Total compte" row; the supplier account 401 is printed too."""
    def build(wb):
        ws = wb.active
        ws.title = "Grand livre"
        ws.append(["EXEMPLE SAS", None, None, None, None, None])
        ws.append(["Grand livre général du 01/01/2025 au 31/03/2025"])
        ws.append([])
        ws.append(["Date", "Jnl", "Pièce", "Libellé", "Débit", "Crédit", "Solde"])
        by_account: dict = {}
        for k, row in enumerate(TRUTH, start=1):
            by_account.setdefault((row[3], row[4]), []).append((k, row))
        for (acc, acc_lab), items in sorted(by_account.items()):
            ws.append([f"{acc.ljust(7, '0')} - {acc_lab}"])
            total = 0.0
            for k, (d, v, lab, _, _, amt, _, _) in items:
                total += amt
                ws.append([d, "HA", f"F{k:04d}", f"{v} - {lab}", amt if amt >= 0 else None,
                           -amt if amt < 0 else None, round(total, 2)])
            ws.append([f"Total compte {acc.ljust(7, '0')}", None, None, None,
                       round(sum(max(r[5], 0) for _, r in items), 2),
                       round(sum(max(-r[5], 0) for _, r in items), 2), round(total, 2)])
        ws.append(["4010000 - Fournisseurs"])
        ws.append([TRUTH[0][0], "HA", "F0001", "Microsoft", None, 1339.0, -1339.0])
        ws.append(["Total compte 4010000", None, None, None, 0, 1339.0, -1339.0])
        ws.append(["Total général", None, None, None, 1.0, 1.0, 0])
    return _xlsx(build)


_ACCOUNTS = len({r[3] for r in TRUTH}) + 1        # 5 expense accounts and the supplier 401
#: a heading and a total per account, one supplier line, one grand total
XLSX_LEDGER_BY_ACCOUNT = {"rows_read": N + 2 * _ACCOUNTS + 2,
                          "dropped": {"heading": _ACCOUNTS, "total": _ACCOUNTS + 1,
                                      "not_spend_account": 1}}


def zip_bomb_lying_directory() -> bytes:
    """A bomb whose zip directory declares a small size for the big member."""
    data = bytearray(zip_bomb())
    name = b"xl/worksheets/sheet2.xml"
    z = zipfile.ZipFile(io.BytesIO(bytes(data)))
    info = z.getinfo(name.decode())
    small = (4096).to_bytes(4, "little")
    # local header: uncompressed size at +22; central directory entry: at +24 of its record
    data[info.header_offset + 22:info.header_offset + 26] = small
    pos = 0
    while True:
        pos = bytes(data).find(b"PK\x01\x02", pos)
        if pos < 0:
            break
        name_len = int.from_bytes(data[pos + 28:pos + 30], "little")
        if bytes(data[pos + 46:pos + 46 + name_len]) == name:
            data[pos + 24:pos + 28] = small
        pos += 4
    return bytes(data)
