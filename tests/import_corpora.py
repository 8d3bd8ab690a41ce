"""Labelled corpora for the importer (issue 13): files in the styles real companies hand over,
generated here (nothing copied from third parties), every line labelled IT or not IT by the
generator, so that the tests measure the classification's precision and recall.

- :func:`zar_expenses`: a corporate expense workbook, amounts in a column "Amount (ZAR)",
  500 lines totalling exactly ZAR 126,158,159.43, departments incl. "IT & Infrastructure"
  (52 lines, about ZAR 14.35M), "Training & Development" and "Sales & Support";
- :func:`usd_budget`: a 15-line budget CSV with a ``Currency`` column (USD 2,130,000; IT =
  Software + Hardware + Cloud Services + IT Support = USD 925,000; HR "Training" is not IT);
- :func:`multi_currency_budget`: 7 lines in EUR, USD and GBP;
- :func:`fec`: a French FEC (tab-separated, 18 columns) whose labels all carry invoice numbers;
  :func:`ledger_xlsx`: the same purchases as a general ledger workbook (debit / credit);
- :func:`anaplan_budget` and :func:`prophix_budget`: planning-tool exports, wide by month, with
  departments, cost centres and accounts.

Each builder returns ``(bytes, truth)`` where ``truth`` maps the 1-based row of the file (the
importer's ``source_row``) to True (IT) or False.
"""
from __future__ import annotations

import datetime as dt
import io

import numpy as np

ZAR_TOTAL_CENTS = 12_615_815_943            # ZAR 126,158,159.43
ZAR_IT_DEPT_CENTS = 1_435_000_000           # ZAR 14,350,000.00 (the 52 lines of the IT dept)
ZAR_IT_DEPT = "IT & Infrastructure"
#: IT products bought outside the IT department: ZAR 20,000.00 each unless named here
ZAR_IT_ELSEWHERE_CENTS = {"Salesforce": 8_500_000, "Adobe": 12_000_000, "Workday": 6_450_000,
                          "Zendesk": 9_725_000}


def _xlsx(build) -> bytes:
    from openpyxl import Workbook
    wb = Workbook()
    build(wb)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _split_cents(rng, total: int, n: int, sigma: float = 0.9) -> np.ndarray:
    """``n`` positive amounts in cents, log-normal shares, summing exactly to ``total``."""
    weights = rng.lognormal(0.0, sigma, n)
    cents = np.floor(weights / weights.sum() * total).astype(np.int64)
    cents[np.argmax(cents)] += total - cents.sum()
    return cents


# ------------------------------------------------------------------ corporate expenses (ZAR)

# (department, category, vendor, description, IT?) per department; descriptions are what a
# finance team writes in an expense tracker
ZAR_IT_LINES = (
    ("Software", "Microsoft", "Microsoft 365 E3 licences - annual true-up"),
    ("Cloud", "Amazon Web Services", "AWS monthly bill - production workloads"),
    ("Hardware", "Dell Technologies", "Laptop refresh - Latitude 7450 x 40"),
    ("Network", "Cisco", "Core switches replacement"),
    ("Security", "Fortinet", "FortiGate firewall renewal"),
    ("Data Centre", "Teraco", "Colocation rack - Isando"),
    ("Managed Services", "Dimension Data", "Helpdesk outsourcing - monthly fee"),
    ("Software", "SAP", "SAP S/4HANA support contract"),
    ("Contractors", "Network Eng. Services", "Contractor - network engineer"),
    ("Security", "Veeam", "Backup licences renewal"),
    ("Security", "SensePost", "Penetration test - external perimeter"),
    ("Telecoms", "Vodacom Business", "Fibre links and mobile data"),
    ("Consulting", "Accenture", "Professional services - ERP upgrade"),
    ("Equipment", "Incredible Connection", "Equipment purchase"),
    ("Software", "Atlassian", "Jira and Confluence subscription"),
    ("Training", "Microsoft", "Azure administrator certification training"),
    ("Licences", "Kaspersky", "Endpoint protection renewal"),
    ("Hardware", "Lenovo", "ThinkPad docking stations"),
    ("Services", "Datatec", "Wi-Fi survey and access points"),
    ("Software", "GitHub", "GitHub Enterprise seats"),
    ("Cloud", "Google", "Google Workspace Business"),
    ("Telecoms", "Telkom", "MPLS circuit rental"),
    ("Consulting", "BCX", "Disaster recovery test"),
)
ZAR_OTHER_LINES = {
    "Training & Development": (
        ("Training", "Leadership Academy SA", "Leadership training programme", False),
        ("Training", "Skills Portal", "Online courses subscription", False),
        ("Workshops", "Thinking Partners", "Sales training workshop", False),
        ("Conferences", "HR Summit", "Conference registration", False),
        ("Training", "First Aid Training Co", "First aid and fire safety training", False),
        ("Team Building", "Adventure Zone", "Team building day", False),
        ("Bursaries", "UNISA", "Employee study bursary", False),
        ("Coaching", "Executive Coach SA", "Executive coaching sessions", False),
        ("Training", "Cisco Networking Academy", "CCNA course for the network team", True),
    ),
    "Sales & Support": (
        ("Sales & Support", "Call Centre Partners", "Customer support outsourcing", False),
        ("Entertainment", "The Grill House", "Client entertainment", False),
        ("Commissions", "Payroll", "Sales commissions Q3", False),
        ("Events", "Expo Centre", "Trade show booth", False),
        ("Travel", "Flysafair", "Travel to client - Durban", False),
        ("Software", "Salesforce", "Salesforce Sales Cloud licences", True),
        ("Software", "Zendesk", "Zendesk Suite seats", True),
        ("Support", "Telesales Direct", "Outbound call campaign", False),
        ("Gifts", "Woolworths", "Client year-end gifts", False),
        ("Phones", "MTN Business", "Sales team mobile contracts", True),
    ),
    "Marketing": (
        ("Advertising", "Google Ads", "Digital advertising campaign", False),
        ("Printing", "Print Express", "Brochures and flyers printing", False),
        ("Agency", "Ogilvy", "Agency retainer", False),
        ("Events", "Sandton Convention Centre", "Product launch event", False),
        ("Software", "Adobe", "Adobe Creative Cloud licences", True),
        ("Website", "WP Engine", "Website hosting", True),
        ("Photography", "Snap Studios", "Product photography", False),
        ("Social", "Meta", "Facebook ads", False),
    ),
    "Human Resources": (
        ("Recruitment", "PNet", "Recruitment advertising", False),
        ("Benefits", "Discovery Health", "Medical aid contributions", False),
        ("Payroll", "Payroll", "Payroll bureau fees", False),
        ("Wellness", "Wellness Co", "Employee wellness programme", False),
        ("Software", "Workday", "Workday HCM subscription", True),
        ("Software", "SimplePay", "Payroll software subscription", True),
        ("Medicals", "Lancet", "Pre-employment medicals", False),
        ("Equipment", "Dell", "Laptop for new hire", True),
    ),
    "Finance": (
        ("Audit", "PwC", "External audit fees", False),
        ("Bank Charges", "Standard Bank", "Bank charges", False),
        ("Insurance", "Santam", "Insurance premium", False),
        ("Consulting", "Deloitte", "Tax advisory", False),
        ("Software", "Xero", "Xero accounting subscription", True),
        ("Fees", "SARS", "Penalties and interest", False),
    ),
    "Facilities": (
        ("Rent", "Growthpoint Properties", "Office rent - Sandton", False),
        ("Utilities", "City Power", "Electricity", False),
        ("Cleaning", "Bidvest Prestige", "Office cleaning", False),
        ("Security", "G4S", "Security guards - head office", False),
        ("Maintenance", "Facilities Maintenance Co", "Building maintenance contract", False),
        ("Office Supplies", "Waltons", "Stationery and office supplies", False),
        ("Access Control", "Impro", "Access control system maintenance", False),
        ("Printing", "Konica Minolta", "Printer lease - head office", True),
        ("CCTV", "Hikvision", "CCTV cameras", False),
    ),
    "Operations": (
        ("Logistics", "Imperial Logistics", "Warehouse storage", False),
        ("Fleet", "Engen", "Fleet fuel", False),
        ("Maintenance", "Bearing Man", "Equipment maintenance", False),
        ("Consulting", "McKinsey", "Operations consulting", False),
        ("Software", "Sage", "Sage X3 licences", True),
        ("PPE", "Dromex", "Safety boots and helmets", False),
        ("Scanners", "Zebra", "Barcode scanners for the warehouse", True),
    ),
    "Legal": (
        ("Legal Fees", "Webber Wentzel", "Legal fees - contracts", False),
        ("Compliance", "Compliance Partners", "POPIA compliance review", False),
    ),
}


def zar_expenses(seed: int = 13) -> tuple[bytes, dict[int, bool], dict]:
    """Corporate expense workbook in rand: ``(xlsx bytes, truth by row, figures)``."""
    rng = np.random.default_rng(seed)
    it_cents = _split_cents(rng, ZAR_IT_DEPT_CENTS, 52)
    rows = []
    for k in range(52):
        cat, vendor, desc = ZAR_IT_LINES[k % len(ZAR_IT_LINES)]
        rows.append((ZAR_IT_DEPT, cat, vendor, desc, True, int(it_cents[k])))
    # IT products bought by other departments: a few lines, small beside the IT department
    for dept, lines in ZAR_OTHER_LINES.items():
        for cat, vendor, desc, is_it in lines:
            if is_it:
                rows.append((dept, cat, vendor, desc, True,
                             ZAR_IT_ELSEWHERE_CENTS.get(vendor, 2_000_000)))
    other = [(dept, *line) for dept, lines in ZAR_OTHER_LINES.items() for line in lines
             if not line[3]]
    n_other = 500 - len(rows)
    picks = [other[k % len(other)] for k in range(n_other)]
    other_cents = _split_cents(rng, ZAR_TOTAL_CENTS - sum(r[5] for r in rows), n_other)
    for (dept, cat, vendor, desc, is_it), cents in zip(picks, other_cents):
        rows.append((dept, cat, vendor, desc, is_it, int(cents)))
    order = rng.permutation(len(rows))
    rows = [rows[i] for i in order]
    days = np.sort(rng.integers(0, 366, len(rows)))
    methods = ("Corporate card", "EFT", "Purchase order")
    truth: dict[int, bool] = {}

    def build(wb):
        ws = wb.active
        ws.title = "Expenses FY2024"
        ws.append(["Expense ID", "Date", "Department", "Category", "Vendor", "Description",
                   "Amount (ZAR)", "Payment Method", "Status"])
        for k, (dept, cat, vendor, desc, is_it, cents) in enumerate(rows):
            inv = f"INV-2024-{rng.integers(10000, 99999)}"
            ws.append([f"EXP-{k + 1:05d}", dt.date(2024, 1, 1) + dt.timedelta(days=int(days[k])),
                       dept, cat, vendor, f"{desc} ({inv})", cents / 100,
                       methods[k % 3], "Approved"])
            truth[k + 2] = is_it

    data = _xlsx(build)
    figures = {"total": ZAR_TOTAL_CENTS / 100,
               "it_dept": sum(r[5] for r in rows if r[0] == ZAR_IT_DEPT) / 100,
               "it_truth": sum(r[5] for r in rows if r[4]) / 100,
               "it_dept_lines": sum(1 for r in rows if r[0] == ZAR_IT_DEPT)}
    return data, truth, figures


# ------------------------------------------------------------------ budgets with currencies

USD_BUDGET = (   # department, category, description, amount (USD), IT?
    ("IT", "Software", "Microsoft 365 and Salesforce licences", 310_000, True),
    ("IT", "Hardware", "Laptops and monitors refresh", 215_000, True),
    ("IT", "Cloud Services", "AWS and Azure hosting", 260_000, True),
    ("IT", "IT Support", "Managed helpdesk contract", 140_000, True),
    ("HR", "Training", "Leadership and compliance training", 85_000, False),
    ("HR", "Recruitment", "Recruitment agencies", 60_000, False),
    ("Marketing", "Advertising", "Online and print advertising", 240_000, False),
    ("Marketing", "Events", "Trade shows and conferences", 95_000, False),
    ("Sales", "Travel", "Sales team travel", 120_000, False),
    ("Sales & Support", "Customer Support", "Customer support centre", 110_000, False),
    ("Facilities", "Rent", "Office rent", 300_000, False),
    ("Facilities", "Utilities", "Electricity, water and heating", 45_000, False),
    ("Finance", "Audit", "Annual statutory audit", 60_000, False),
    ("Legal", "Legal Fees", "Outside counsel", 50_000, False),
    ("Operations", "Consulting", "Process improvement consulting", 40_000, False),
)
USD_TOTAL = sum(r[3] for r in USD_BUDGET)                         # 2,130,000
USD_IT = sum(r[3] for r in USD_BUDGET if r[4])                    # 925,000


def usd_budget() -> tuple[bytes, dict[int, bool]]:
    lines = ["Department,Category,Description,Period,Amount,Currency"]
    for dept, cat, desc, amount, _ in USD_BUDGET:
        lines.append(f'{dept},{cat},"{desc}",FY2025,"{amount:,.2f}",USD')
    truth = {k + 2: r[4] for k, r in enumerate(USD_BUDGET)}
    return ("\n".join(lines) + "\n").encode("utf-8"), truth


MULTI_CURRENCY = (   # date, supplier, description, amount, currency, IT?
    ("2025-01-10", "OVHcloud", "Dedicated servers", 4_800.00, "EUR", True),
    ("2025-01-15", "Atlassian", "Jira Cloud subscription", 3_600.00, "USD", True),
    ("2025-02-01", "Sage UK", "Sage 200 licences", 2_250.00, "GBP", True),
    ("2025-02-12", "Orange Business", "Fibre access", 1_170.00, "EUR", True),
    ("2025-03-03", "Zoom", "Zoom Phone licences", 1_440.00, "USD", True),
    ("2025-03-20", "Regus", "Office rent London", 6_000.00, "GBP", False),
    ("2025-04-02", "Foncia", "Loyer locaux Lyon", 5_500.00, "EUR", False),
)
MULTI_RATES = {"USD": 0.92, "GBP": 1.17}


def multi_currency_budget() -> tuple[bytes, dict[int, bool]]:
    lines = ["Date;Supplier;Description;Amount;Currency"]
    for d, sup, desc, amount, cur, _ in MULTI_CURRENCY:
        lines.append(f"{d};{sup};{desc};{_fr(amount)};{cur}")
    truth = {k + 2: r[5] for k, r in enumerate(MULTI_CURRENCY)}
    return ("\n".join(lines) + "\n").encode("utf-8"), truth


# ------------------------------------------------------------------ French ledgers

# (account, account label, vendor, label, typical amount, IT?)
LEDGER_LINES = (
    ("6156000", "Maintenance", "Atlantique Micro Services", "Contrat maintenance parc informatique",
     1150.0, True),
    ("6135000", "Locations mobilières", "Microsoft Ireland Operations Ltd",
     "Microsoft 365 Business Premium", 1339.0, True),
    ("6135000", "Locations mobilières", "OVHcloud", "Serveur privé virtuel VPS", 96.0, True),
    ("6262000", "Frais de télécommunications", "Orange Business", "Accès fibre entreprise",
     390.0, True),
    ("6262000", "Frais de télécommunications", "Bouygues Telecom", "Forfaits mobiles flotte",
     722.0, True),
    ("6135000", "Locations mobilières", "Sophos", "Intercept X - renouvellement", 430.0, True),
    ("6511000", "Redevances logiciels", "Sage", "Sage 100 maintenance annuelle", 980.0, True),
    ("6063000", "Petit équipement", "LDLC Pro", "Écran 24 pouces Dell", 189.0, True),
    ("2183000", "Matériel informatique", "Dell Technologies", "Portable Latitude 5450", 1085.0,
     True),
    ("6110000", "Sous-traitance générale", "Atlantique Micro Services",
     "Dépannage urgent hors contrat - 2 h sur site", 270.0, True),
    ("6226000", "Honoraires", "DPO Partenaires", "DPO externalisé RGPD", 450.0, True),
    ("6135000", "Locations mobilières", "Konica Minolta", "Location copieur multifonction", 210.0,
     True),
    ("6132000", "Locations immobilières", "Foncia", "Loyer locaux Nantes", 6500.0, False),
    ("6061000", "Fournitures non stockables", "EDF Entreprises", "Électricité", 2100.0, False),
    ("6226000", "Honoraires", "Cabinet Martin", "Honoraires expertise comptable", 1800.0, False),
    ("6251000", "Voyages et déplacements", "SNCF", "Déplacements Nantes - Angers", 120.0, False),
    ("6156000", "Maintenance", "Elis", "Nettoyage des locaux", 640.0, False),
    ("6156000", "Maintenance", "Chauffage Ouest", "Entretien chaudière", 380.0, False),
    ("6160000", "Primes d'assurances", "AXA", "Assurance multirisque", 900.0, False),
    ("6333000", "Formation professionnelle", "APAVE", "Formation sécurité incendie", 700.0,
     False),
    ("6475000", "Titres restaurant", "Edenred", "Tickets restaurant", 3100.0, False),
    ("6064000", "Fournitures administratives", "Lyreco", "Fournitures de bureau", 150.0, False),
    ("6231000", "Annonces et insertions", "Ouest-France", "Annonce recrutement", 450.0, False),
    ("6261000", "Frais postaux", "La Poste", "Affranchissement", 80.0, False),
)


def _ledger_picks(rng, n: int):
    kinds = rng.integers(0, len(LEDGER_LINES), n)
    days = np.sort(rng.integers(0, 365, n))
    factors = rng.uniform(0.7, 1.3, n)
    return kinds, days, factors


FEC_HEAD = ["JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib",
            "CompAuxNum", "CompAuxLib", "PieceRef", "PieceDate", "EcritureLib", "Debit", "Credit",
            "EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise"]


def _fr(x: float) -> str:
    return f"{x:.2f}".replace(".", ",")


def fec(entries: int = 2000, seed: int = 7) -> tuple[bytes, dict[int, bool]]:
    """A FEC: each purchase is an expense (6x/2x) line, a VAT line and a supplier (401) line;
    every label carries the invoice number ("FA-2025-00123 - OVHcloud - …")."""
    rng = np.random.default_rng(seed)
    kinds, days, factors = _ledger_picks(rng, entries)
    out = ["\t".join(FEC_HEAD)]
    truth: dict[int, bool] = {}
    start = dt.date(2025, 1, 1)
    for k in range(entries):
        acc, acc_lab, vendor, label, base, is_it = LEDGER_LINES[kinds[k]]
        amount = round(base * float(factors[k]), 2)
        vat = round(amount * 0.2, 2)
        d = f"{start + dt.timedelta(days=int(days[k])):%Y%m%d}"
        ref = f"FA-2025-{k + 1:05d}"
        lab = f"{ref} - {vendor} - {label}"
        aux = "F" + "".join(ch for ch in vendor.upper() if ch.isalpha())[:8]
        num = f"HA{k + 1:06d}"

        head = ["HA", "Achats", num, d]
        tail = [ref, d, lab]
        end = ["", "", d, "", ""]
        truth[len(out) + 1] = is_it
        for account, account_label, aux_num, aux_lib, debit, credit in (
                (acc, acc_lab, "", "", amount, 0.0),
                ("44566000", "TVA déductible sur ABS", "", "", vat, 0.0),
                ("40100000", "Fournisseurs", aux, vendor, 0.0, amount + vat)):
            out.append("\t".join(head + [account, account_label, aux_num, aux_lib] + tail
                                 + [_fr(debit), _fr(credit)] + end))
    return ("\r\n".join(out) + "\r\n").encode("utf-8"), truth


def ledger_xlsx(lines: int = 1000, seed: int = 11) -> tuple[bytes, dict[int, bool]]:
    """A general ledger workbook (title rows, debit / credit, running balance) whose labels
    carry invoice numbers; expense lines only, a page total every 250 lines."""
    rng = np.random.default_rng(seed)
    kinds, days, factors = _ledger_picks(rng, lines)
    truth: dict[int, bool] = {}

    def build(wb):
        ws = wb.active
        ws.title = "Grand livre"
        ws.append(["Grand livre général - Exemple SAS - exercice 2025"])
        ws.append([])
        ws.append(["Date", "Journal", "N° compte", "Intitulé du compte", "N° pièce", "Libellé",
                   "Débit", "Crédit", "Solde"])
        balance = 0.0
        start = dt.date(2025, 1, 1)
        for k in range(lines):
            acc, acc_lab, vendor, label, base, is_it = LEDGER_LINES[kinds[k]]
            amount = round(base * float(factors[k]), 2)
            balance += amount
            ws.append([start + dt.timedelta(days=int(days[k])), "HA", acc, acc_lab,
                       f"FA{k + 1:06d}", f"Fact. FA-2025-{k + 1:05d} {vendor} - {label}", amount,
                       None, round(balance, 2)])
            truth[ws.max_row] = is_it
            if (k + 1) % 250 == 0:
                ws.append([None, None, None, None, None, f"Total page {(k + 1) // 250}", None,
                           None, round(balance, 2)])
    return _xlsx(build), truth


# ------------------------------------------------------------------ planning-tool budgets

# department, cost centre, account, account name, line item, monthly amount, IT?
ANAPLAN_LINES = (
    ("IT", "CC100 Information Technology", "6110", "Software Subscriptions",
     "Microsoft 365 E3 licences", 18_000, True),
    ("IT", "CC100 Information Technology", "6120", "Cloud Hosting", "Azure consumption", 22_000,
     True),
    ("IT", "CC100 Information Technology", "6130", "IT Hardware", "Laptop refresh programme",
     15_000, True),
    ("IT", "CC100 Information Technology", "6140", "Telecommunications", "WAN and internet links",
     9_000, True),
    ("IT", "CC100 Information Technology", "6150", "IT Services", "Managed SOC service", 12_000,
     True),
    ("IT", "CC100 Information Technology", "6160", "Contractors", "IT contractors", 30_000,
     True),
    ("IT", "CC100 Information Technology", "5100", "Salaries", "IT team salaries", 85_000, True),
    ("Human Resources", "CC200 People", "5100", "Salaries", "HR team salaries", 40_000, False),
    ("Human Resources", "CC200 People", "6310", "Training", "Leadership training", 6_000, False),
    ("Human Resources", "CC200 People", "6320", "Recruitment", "Recruitment agency fees", 8_000,
     False),
    ("Human Resources", "CC200 People", "6110", "Software Subscriptions",
     "Workday HCM subscription", 5_000, True),
    ("Sales", "CC300 Sales", "5200", "Commissions", "Sales commissions", 25_000, False),
    ("Sales", "CC300 Sales", "6410", "Travel & Entertainment", "Customer visits", 12_000, False),
    ("Sales", "CC300 Sales", "6110", "Software Subscriptions", "Salesforce Sales Cloud", 7_000,
     True),
    ("Marketing", "CC400 Marketing", "6510", "Advertising", "Digital advertising", 20_000,
     False),
    ("Marketing", "CC400 Marketing", "6520", "Events", "Trade shows", 10_000, False),
    ("Marketing", "CC400 Marketing", "6530", "Agency Fees", "Creative agency retainer", 8_000,
     False),
    ("Marketing", "CC400 Marketing", "6110", "Software Subscriptions",
     "HubSpot Marketing Hub", 3_000, True),
    ("Finance", "CC500 Finance", "6610", "Professional Fees", "External audit", 7_000, False),
    ("Finance", "CC500 Finance", "6620", "Bank Charges", "Bank charges", 1_500, False),
    ("Finance", "CC500 Finance", "6630", "Insurance", "Corporate insurance", 4_000, False),
    ("Finance", "CC500 Finance", "6110", "Software Subscriptions", "NetSuite ERP", 6_000, True),
    ("Facilities", "CC600 Workplace", "6710", "Rent", "Head office rent", 45_000, False),
    ("Facilities", "CC600 Workplace", "6720", "Utilities", "Electricity and water", 6_000, False),
    ("Facilities", "CC600 Workplace", "6730", "Cleaning", "Office cleaning", 4_000, False),
    ("Facilities", "CC600 Workplace", "6740", "Security Services", "Security guards", 5_000,
     False),
    ("Facilities", "CC600 Workplace", "6750", "Repairs & Maintenance", "Building maintenance",
     3_500, False),
    ("Operations", "CC700 Operations", "6810", "Logistics", "Warehouse storage", 14_000, False),
    ("Operations", "CC700 Operations", "6820", "Fleet", "Fleet fuel", 9_000, False),
    ("Operations", "CC700 Operations", "6830", "Repairs & Maintenance",
     "Production equipment maintenance", 7_000, False),
)
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def anaplan_budget(seed: int = 3) -> tuple[bytes, dict[int, bool]]:
    """An Anaplan-style module export (CSV): one row per line item, a column per month
    ("Jan 25" … "Dec 25")."""
    rng = np.random.default_rng(seed)
    head = ["Version", "Department", "Cost Centre", "Account", "Account Name", "Line Item"]
    lines = [",".join(head + [f"{m} 25" for m in MONTHS_EN])]
    truth = {}
    for k, (dept, cc, acc, acc_name, item, monthly, is_it) in enumerate(ANAPLAN_LINES):
        values = np.round(monthly * rng.uniform(0.85, 1.15, 12), 0)
        cells = ["Budget FY25", dept, cc, acc, acc_name, item] + [f"{v:.0f}" for v in values]
        lines.append(",".join(f'"{c}"' if "," in c or "&" in c else c for c in cells))
        truth[k + 2] = is_it
    return ("\n".join(lines) + "\n").encode("utf-8"), truth


# department, account, account description, monthly amount, IT? (a French mid-size company)
PROPHIX_LINES = (
    ("Direction informatique", "6135", "Locations mobilières (licences, cloud)", 14_000, True),
    ("Direction informatique", "6156", "Maintenance informatique", 6_500, True),
    ("Direction informatique", "6262", "Frais de télécommunications", 4_200, True),
    ("Direction informatique", "6228", "Formation", 1_200, True),
    ("Direction informatique", "2183", "Matériel de bureau et informatique", 9_000, True),
    ("Direction informatique", "6226", "Honoraires", 5_000, True),
    ("Ressources humaines", "6333", "Formation professionnelle continue", 4_000, False),
    ("Ressources humaines", "6226", "Honoraires (cabinet de recrutement)", 3_000, False),
    ("Ressources humaines", "6475", "Titres restaurant", 9_500, False),
    ("Commercial", "6251", "Voyages et déplacements", 8_000, False),
    ("Commercial", "6257", "Réceptions", 2_500, False),
    ("Commercial", "6262", "Frais de télécommunications (mobiles)", 1_800, True),
    ("Marketing", "6231", "Annonces et insertions", 7_000, False),
    ("Marketing", "6233", "Foires et expositions", 5_000, False),
    ("Finance", "6226", "Honoraires commissaire aux comptes", 3_500, False),
    ("Finance", "6161", "Primes d'assurance multirisque", 2_000, False),
    ("Services généraux", "6132", "Locations immobilières", 22_000, False),
    ("Services généraux", "6156", "Maintenance des locaux", 2_400, False),
    ("Services généraux", "6061", "Électricité et gaz", 3_300, False),
    ("Services généraux", "6283", "Nettoyage des locaux", 1_900, False),
    ("Production", "6156", "Maintenance des machines", 6_000, False),
    ("Production", "6063", "Petit outillage", 2_200, False),
)
MONTHS_FR = ("Janvier", "Février", "Mars", "Avril", "Mai", "Juin", "Juillet", "Août",
             "Septembre", "Octobre", "Novembre", "Décembre")


def prophix_budget(seed: int = 5) -> tuple[bytes, dict[int, bool]]:
    """A Prophix-style budget export (xlsx): title rows, entity / department / account /
    account description, a column per month ("Janvier 2025" …) and a total column."""
    rng = np.random.default_rng(seed)
    truth = {}

    def build(wb):
        ws = wb.active
        ws.title = "Budget 2025"
        ws.append(["Prophix - Budget de charges 2025"])
        ws.append(["Scénario : Budget", None, "Devise : EUR"])
        ws.append([])
        ws.append(["Entité", "Département", "Compte", "Description du compte"]
                  + [f"{m} 2025" for m in MONTHS_FR] + ["Total"])
        for dept, acc, desc, monthly, is_it in PROPHIX_LINES:
            values = [float(v) for v in np.round(monthly * rng.uniform(0.9, 1.1, 12), 2)]
            ws.append(["Exemple SAS", dept, acc, desc] + values + [round(sum(values), 2)])
            truth[ws.max_row] = is_it
    return _xlsx(build), truth


# ------------------------------------------------------------------ scoring

def precision_recall(spend, truth: dict[int, bool]) -> tuple[float, float, int]:
    """Precision and recall of the IT classification over the lines imported (a line per
    source row and period); also the number of lines scored."""
    predicted = (spend["domain"] != "other").to_numpy()
    actual = spend["source_row"].map(truth)
    assert actual.notna().all(), "every imported line has a label"
    actual = actual.astype(bool).to_numpy()
    tp = int((predicted & actual).sum())
    fp = int((predicted & ~actual).sum())
    fn = int((~predicted & actual).sum())
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, len(spend)
