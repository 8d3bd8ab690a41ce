"""The sample company: a realistic French PME with 24 months of IT spend, built from a seed.

"Mécanique Précision Loire SAS" (fictitious): 76 employees, two sites (Nantes head office and
Angers workshop), revenue €13.8M, one IT manager and one support technician in-house.

Amounts are plausible against the public sources of ``docs/sources.md`` (cited by key): IT
spend about €4,000 per employee per year including in-house staff (the model's range is
€3,000–6,000: `idc-oracle-2006`, `gartner-itkmd-2021`), Microsoft 365 Business Premium at list
price, a local maintenance provider at €90/h on site (`infogerance-paris-perimetre`: €80–150/h),
staff salaries from the defaults (`expectra-2022`, `ma-remuneration-technicien`). The spend
includes non-IT lines, credit notes, emergency repairs, a capitalised laptop refresh (February
2026) and a cyber incident (November 2025) that drives a spike of unplanned spend.

``generate_sample_spend(seed)`` returns the normalised spend table (with the true domain of each
line); ``write_sample_workbook`` writes it as an accountant's export would look (title rows,
French headers, a notes sheet and a pivot sheet, values only, no domain column).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from models.company import CompanyProfile, StaffRole
from models.defaults import default
from models.spend import coerce_spend_table

DEFAULT_SEED = 20261128
FIRST_MONTH = pd.Timestamp("2024-11-01")
N_MONTHS = 24
SAMPLE_WORKBOOK = "sample_company_spend.xlsx"
TEMPLATE_WORKBOOK = "it_spend_template.xlsx"
DATA_SHEET = "Dépenses"


def sample_company() -> CompanyProfile:
    return CompanyProfile(name="Mécanique Précision Loire SAS", employees=76, workstations=72,
                          servers=4, sites=2, revenue_eur=13_800_000.0)


def sample_staff() -> list[StaffRole]:
    """One IT manager (cadre, hired twelve years ago) and one support technician (non-cadre, four
    years of service), French defaults."""
    return [
        StaffRole("Responsable informatique", 1.0, default("salary_it_manager"),
                  default("employer_charges_cadre"),
                  {"governance": 0.30, "hosting": 0.20, "network": 0.10, "security": 0.15,
                   "applications": 0.15, "support": 0.10},
                  seniority_years=12.0, executive=True),
        StaffRole("Technicien support", 1.0, default("salary_technician"),
                  default("employer_charges_non_cadre"),
                  {"support": 0.60, "devices": 0.25, "network": 0.05, "security": 0.05,
                   "hosting": 0.05},
                  seniority_years=4.0),
    ]


@dataclass(frozen=True)
class _Recurring:
    vendor: str
    label: str
    account: str
    domain: str
    monthly_eur: float
    vat: float = 0.20
    every: int = 1          # months between invoices (12 = yearly)
    first: int = 0          # month index of the first invoice
    jitter: float = 0.0     # relative random variation of each invoice


ACCOUNT_LABELS = {
    "2183": "Matériel de bureau et informatique", "205": "Logiciels",
    "6061": "Fournitures non stockables (eau, énergie)", "6063": "Fournitures d'entretien et petit équipement",
    "6064": "Fournitures administratives", "6122": "Crédit-bail mobilier", "6132": "Locations immobilières",
    "6135": "Locations mobilières", "6156": "Maintenance", "616": "Primes d'assurances",
    "6226": "Honoraires", "6228": "Divers (rémunérations d'intermédiaires)", "6261": "Frais postaux",
    "6262": "Frais de télécommunications", "6333": "Formation professionnelle continue",
    "611": "Sous-traitance générale", "651": "Redevances pour concessions, brevets, licences",
    "6251": "Voyages et déplacements",
}

_RECURRING: tuple[_Recurring, ...] = (
    # support
    _Recurring("Atlantique Micro Services", "Contrat de maintenance parc informatique - forfait mensuel",
               "6156", "support", 1150.0),
    # devices
    _Recurring("Grenke Location", "Loyer location copieurs multifonctions (2 sites)", "6122", "devices", 420.0),
    _Recurring("Atera", "Outil de supervision et télémaintenance RMM - techniciens", "6135", "support",
               149.0, vat=0.0),
    _Recurring("TeamViewer", "Licence TeamViewer Business - annuelle", "651", "support", 1090.0,
               every=12, first=7),
    _Recurring("Konica Minolta", "Maintenance copieurs - facturation à la page", "6156", "devices", 265.0,
               jitter=0.18),
    _Recurring("Bureau Vallée", "Toners et cartouches imprimantes", "6064", "devices", 125.0, jitter=0.35),
    # hosting
    _Recurring("Microsoft Ireland Operations Ltd", "Microsoft 365 Business Premium - abonnement mensuel",
               "6135", "hosting", 1339.0, vat=0.0),
    _Recurring("Microsoft Ireland Operations Ltd", "Exchange Online Plan 1 - postes atelier",
               "6135", "hosting", 54.6, vat=0.0),
    _Recurring("Microsoft Ireland Operations Ltd", "Power BI Pro - licences", "6135", "hosting", 56.0, vat=0.0),
    _Recurring("OVHcloud", "Serveur privé virtuel VPS - site web et extranet", "6135", "hosting", 96.0),
    _Recurring("OVHcloud", "Hébergement web Pro et noms de domaine", "6135", "hosting", 38.0),
    _Recurring("Hewlett Packard Enterprise", "Support HPE Foundation Care serveur ProLiant - annuel",
               "6156", "hosting", 2400.0, every=12, first=2),
    # network
    _Recurring("Orange Business", "Accès fibre entreprise Nantes - abonnement", "6262", "network", 390.0),
    _Recurring("Orange Business", "Accès fibre entreprise Angers - abonnement", "6262", "network", 290.0),
    _Recurring("Bouygues Telecom Entreprises", "Forfaits mobiles flotte (38 lignes)", "6262", "network",
               722.0, jitter=0.06),
    _Recurring("Orange Business", "Routeur de secours 4G - abonnement", "6262", "network", 45.0),
    _Recurring("Keyyo", "Téléphonie IP - abonnement standard et postes", "6262", "network", 540.0),
    # security
    _Recurring("Oodrive", "Sauvegarde externalisée - abonnement 2 To", "6135", "security", 340.0),
    _Recurring("Mailinblack", "Protection messagerie anti-spam et anti-phishing", "6135", "security",
               188.0),
    _Recurring("Sophos", "Sophos Intercept X Advanced - renouvellement annuel 80 postes", "6135",
               "security", 4300.0, every=12, first=2),
    _Recurring("Fortinet via Atlantique Micro Services", "Licence FortiGuard UTM pare-feu - annuelle",
               "6135", "security", 1900.0, every=12, first=4),
    _Recurring("Hiscox", "Prime assurance cyber-risques - annuelle", "616", "security", 3800.0,
               vat=0.0, every=12, first=0),
    # applications
    _Recurring("Sage", "Sage 100 Gestion commerciale et comptabilité - maintenance annuelle", "6156",
               "applications", 11800.0, every=12, first=1),
    _Recurring("HubSpot", "CRM Sales Hub Professional - 12 utilisateurs", "6135", "applications", 540.0,
               vat=0.0),
    _Recurring("Silae", "Logiciel de paie SaaS - abonnement", "6135", "applications", 310.0),
    _Recurring("Adobe", "Adobe Creative Cloud - 3 licences", "651", "applications", 240.0, vat=0.0),
    _Recurring("Autodesk", "Autodesk Inventor Professional - 4 licences annuelles", "651",
               "applications", 9600.0, every=12, first=5),
    _Recurring("Lucca", "SIRH Lucca - congés et notes de frais", "6135", "applications", 420.0),
    _Recurring("Yousign", "Signature électronique - abonnement", "6135", "applications", 75.0),
    # governance
    _Recurring("DPO Partenaires", "DPO externalisé RGPD - forfait mensuel", "6226", "governance", 450.0),
    # not IT
    _Recurring("Foncia Immobilier d'Entreprise", "Loyer locaux Nantes", "6132", "other", 6500.0),
    _Recurring("EDF Entreprises", "Électricité sites Nantes et Angers", "6061", "other", 2100.0, jitter=0.25),
    _Recurring("Cabinet Martin Expertise Comptable", "Honoraires expertise comptable", "6226", "other", 1800.0),
    _Recurring("TotalEnergies Marketing France", "Carburant véhicules de service", "6061", "other",
               900.0, jitter=0.3),
    _Recurring("Elis", "Nettoyage des locaux et vêtements de travail", "6156", "other", 350.0),
    _Recurring("AXA France", "Assurance multirisque locaux - trimestre", "616", "other", 1200.0,
               vat=0.0, every=3),
    _Recurring("La Poste", "Affranchissements", "6261", "other", 160.0, jitter=0.3),
    _Recurring("Bureau Vallée", "Fournitures de bureau papeterie", "6064", "other", 210.0, jitter=0.4),
)


def _month_start(i: int) -> pd.Timestamp:
    return FIRST_MONTH + pd.DateOffset(months=i)


def _date_in_month(rng: np.random.Generator, i: int, day_max: int = 27) -> pd.Timestamp:
    return _month_start(i) + pd.Timedelta(days=int(rng.integers(0, day_max)))


def generate_sample_spend(seed: int = DEFAULT_SEED) -> pd.DataFrame:
    """The sample company's 24 months of spend as a normalised spend table.

    Deterministic for a given seed. Columns are those of :data:`models.spend.SPEND_COLUMNS`
    plus ``vat_eur`` (VAT of the line, EUR) and ``piece`` (document number), which the
    workbook writer uses. ``rule`` is ``"sample:truth"``: the domain is the generator's truth.
    """
    rng = np.random.Generator(np.random.PCG64(seed))
    rows: list[dict] = []

    def add(date, vendor, label, account, domain, amount, nature="recurring", capex=False, vat=0.20):
        rows.append({"date": date, "vendor": vendor, "label": label, "account": account,
                     "account_label": ACCOUNT_LABELS.get(account, ""), "domain": domain,
                     "amount": round(float(amount), 2), "nature": nature, "capex": capex,
                     "vat_eur": round(float(amount) * vat, 2)})

    indexation = 1.0
    for i in range(N_MONTHS):
        if i == 14:                       # January 2026 price indexation of contracts (~3 %)
            indexation = 1.03
        for item in _RECURRING:
            if (i - item.first) % item.every != 0 or i < item.first:
                continue
            amount = item.monthly_eur * (indexation if item.every > 1 or item.domain != "other" else 1.0)
            if item.jitter:
                amount *= 1 + rng.uniform(-item.jitter, item.jitter)
            if item.vendor.startswith("Microsoft") and "Premium" in item.label:
                amount = 20.60 * (64 + i // 6)           # headcount growth: 64 → 67 licences
            day = 1 if item.every == 1 and item.account in ("6135", "6122", "6132") else None
            date = _month_start(i) + pd.Timedelta(days=day - 1) if day else _date_in_month(rng, i)
            nature = "recurring"
            add(date, item.vendor, item.label, item.account, item.domain, amount, nature, vat=item.vat)

        # on-demand interventions by the maintenance provider (€90/h; on-site work costs about
        # €80-150/h, `infogerance-paris-perimetre` in docs/sources.md)
        for _ in range(rng.poisson(4.0)):
            hours = int(rng.integers(1, 5))
            emergency = rng.random() < 0.35
            if emergency:
                add(_date_in_month(rng, i), "Atlantique Micro Services",
                    f"Dépannage urgent hors contrat - {hours} h sur site", "611", "support",
                    hours * 135.0, nature="unplanned")
            else:
                add(_date_in_month(rng, i), "Atlantique Micro Services",
                    f"Intervention sur site installation poste - {hours} h", "611", "support",
                    hours * 90.0, nature="one_off")
        # small equipment under €500 excl. VAT: French practice lets a firm expense it (account
        # 6063) rather than capitalise it
        small_items = (("Écran 24 pouces Dell P2425", 189.0), ("Station d'accueil USB-C", 159.0),
                       ("Clavier souris sans fil", 49.0), ("Casque audio Jabra Evolve2", 119.0),
                       ("Disque SSD 1 To", 89.0), ("Onduleur APC 1500 VA", 429.0),
                       ("Câbles réseau et adaptateurs", 38.0), ("Webcam Logitech", 79.0))
        for _ in range(rng.poisson(7.0)):
            name, price = small_items[int(rng.integers(0, len(small_items)))]
            qty = int(rng.integers(1, 3))
            vendor = "LDLC Pro" if rng.random() < 0.7 else "Amazon Business EU"
            add(_date_in_month(rng, i), vendor, f"{name} x{qty}", "6063", "devices", price * qty)
        # laptops bought one at a time, capitalised (> €500)
        for _ in range(rng.poisson(1.2)):
            add(_date_in_month(rng, i), "Dell Technologies", "Ordinateur portable Latitude 5450",
                "2183", "devices", rng.uniform(980, 1290), nature="one_off", capex=True)
        # mobile handsets now and then
        if rng.random() < 0.35:
            add(_date_in_month(rng, i), "Bouygues Telecom Entreprises", "Smartphone Samsung Galaxy A55",
                "6063", "devices", 379.0, nature="one_off")
        # travel expenses of the IT technician between the two sites (not IT spend as such)
        for _ in range(2):
            add(_date_in_month(rng, i), "SNCF", "Déplacements Nantes - Angers", "6251", "other",
                rng.uniform(60, 220))

    # --- one-off and incident events
    def month(y, m, d=None):
        i = (y - FIRST_MONTH.year) * 12 + m - FIRST_MONTH.month
        return _month_start(i) + pd.Timedelta(days=(d or 10) - 1)

    add(month(2025, 6, 12), "Synology via LDLC Pro", "Serveur NAS Synology RS1221+ avec disques",
        "2183", "hosting", 3240.0, nature="one_off", capex=True)
    add(month(2025, 3, 20), "Atlantique Micro Services",
        "Dépannage urgent serveur - remplacement disque RAID et reconstruction", "611", "hosting",
        1480.0, nature="unplanned")
    add(month(2025, 9, 4), "LDLC Pro", "Switch Ubiquiti 48 ports PoE atelier Angers", "2183",
        "network", 1090.0, nature="one_off", capex=True)
    add(month(2026, 5, 18), "Atlantique Micro Services",
        "Intervention urgente panne lien fibre Angers - bascule 4G", "611", "network", 640.0,
        nature="unplanned")
    add(month(2025, 4, 15), "ENI Formation", "Formation administration Microsoft 365", "6333",
        "governance", 1890.0, nature="one_off")
    add(month(2026, 3, 9), "ENI Formation", "Formation cybersécurité sensibilisation utilisateurs",
        "6333", "governance", 2150.0, nature="one_off")
    add(month(2026, 6, 22), "Ouest Conseil IT", "Mission audit et schéma directeur informatique",
        "6226", "governance", 7500.0, nature="one_off")
    # cyber incident, November 2025 (phishing then ransomware on the file server)
    add(month(2025, 11, 14), "Atlantique Micro Services",
        "Intervention d'urgence incident cyber - restauration serveurs", "611", "security", 9800.0,
        nature="unplanned")
    add(month(2025, 11, 19), "Cabinet Sécurité Ouest", "Réponse à incident et investigation forensique",
        "6226", "security", 14500.0, nature="unplanned")
    add(month(2025, 11, 24), "Ontrack", "Récupération de données disque chiffré", "611", "security",
        3200.0, nature="unplanned")
    add(month(2025, 12, 8), "Atlantique Micro Services", "Heures supplémentaires remise en service postes",
        "611", "support", 2160.0, nature="unplanned")
    add(month(2026, 1, 20), "Cabinet Sécurité Ouest", "Audit de sécurité et test d'intrusion",
        "6226", "security", 6500.0, nature="one_off")
    # capitalised laptop refresh, February 2026
    add(month(2026, 2, 5), "Dell Technologies", "Renouvellement parc - 30 portables Latitude 5450",
        "2183", "devices", 30 * 1085.0, nature="one_off", capex=True)
    add(month(2026, 2, 5), "Dell Technologies", "Renouvellement parc - 30 stations d'accueil WD22TB4",
        "2183", "devices", 30 * 215.0, nature="one_off", capex=True)
    add(month(2026, 2, 16), "Atlantique Micro Services", "Déploiement et migration des 30 postes",
        "611", "devices", 4200.0, nature="one_off")
    # credit notes (negative amounts)
    add(month(2025, 2, 11), "LDLC Pro", "Avoir retour écran défectueux", "6063", "devices", -189.0)
    add(month(2025, 7, 3), "Orange Business", "Avoir erreur de facturation fibre Angers", "6262",
        "network", -96.0)
    add(month(2026, 4, 2), "Sophos", "Avoir ajustement licences au prorata", "6135", "security", -410.0)
    add(month(2026, 8, 28), "Atlantique Micro Services", "Avoir geste commercial intervention", "611",
        "support", -270.0)

    df = pd.DataFrame(rows).sort_values("date", kind="stable").reset_index(drop=True)
    df["piece"] = [f"FA{d:%y%m}-{k + 1:04d}" for k, d in enumerate(df["date"])]
    df["source_row"] = np.arange(len(df)) + 4          # title, blank, header rows above the data
    df["rule"] = "sample:truth"
    df["confidence"] = 1.0
    extra = df[["vat_eur", "piece"]]
    table = coerce_spend_table(df)
    return pd.concat([table, extra], axis=1)


def write_sample_workbook(path: Path, seed: int = DEFAULT_SEED) -> Path:
    """Write the sample spend as an accountant's Excel export (values only, no formulas)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    df = generate_sample_spend(seed)
    company = sample_company()
    wb = Workbook()
    ws = wb.active
    ws.title = DATA_SHEET
    first, last = df["date"].min(), df["date"].max()
    ws.append([f"Export des dépenses - {company.name} - du {first:%d/%m/%Y} au {last:%d/%m/%Y}"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    header = ["Date", "N° pièce", "Fournisseur", "Compte", "Intitulé du compte", "Libellé",
              "Montant HT", "TVA", "Montant TTC"]
    ws.append(header)
    for cell in ws[3]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E79")
    for r in df.itertuples(index=False):
        ws.append([r.date.to_pydatetime().date(), r.piece, r.vendor, r.account, r.account_label,
                   r.label, r.amount, r.vat_eur, round(r.amount + r.vat_eur, 2)])
    for row in ws.iter_rows(min_row=4, min_col=1, max_col=1):
        row[0].number_format = "DD/MM/YYYY"
    for row in ws.iter_rows(min_row=4, min_col=7, max_col=9):
        for cell in row:
            cell.number_format = '#,##0.00 "€"'
    for idx, width in enumerate((12, 14, 34, 9, 34, 62, 14, 12, 14), start=1):
        ws.column_dimensions[get_column_letter(idx)].width = width
    ws.freeze_panes = "A4"

    notes = wb.create_sheet("Notes")
    for line in (
        ["Société fictive générée pour démonstration (graine {}).".format(seed)],
        ["Fictitious company generated for demonstration (seed {}).".format(seed)],
        ["Montants en euros ; avoirs en négatif. Amounts in euros; credit notes negative."],
        ["Régénérer / rebuild: python -m models sample --out sample_data"],
    ):
        notes.append(line)
    pivot = wb.create_sheet("Synthèse")
    pivot.append(["Compte", "Total HT"])
    for account, total in df.groupby("account")["amount"].sum().round(2).items():
        pivot.append([account, float(total)])
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


TEMPLATE_INSTRUCTIONS = (
    ("Comment remplir ce modèle", "How to fill in this template"),
    ("Une ligne par facture ou ligne de facture informatique, sur l'onglet « Dépenses ».",
     "One row per IT invoice or invoice line, on the 'Dépenses' (spend) sheet."),
    ("Date : date de la facture (JJ/MM/AAAA). Pour un budget sans dates, indiquez la période "
     "(« 2025 », « T1 2025 ») dans la colonne Période à la place.",
     "Date: invoice date (DD/MM/YYYY). For a budget without dates, put the period "
     "('2025', 'Q1 2025') in the Period column instead."),
    ("Montant HT : montant hors taxes en euros ; un avoir est un montant négatif.",
     "Amount excl. VAT: net amount in euros; a credit note is a negative amount."),
    ("Domaine (facultatif) : support, postes, hébergement, réseau, sécurité, applications, "
     "pilotage. Laissé vide, le tableau de bord le déduit du fournisseur, du libellé et du compte.",
     "Domain (optional): support, devices, hosting, network, security, applications, "
     "governance. Left empty, the dashboard infers it from vendor, label and account."),
    ("Nature (facultatif) : récurrent, ponctuel ou imprévu (dépannage, urgence, hors contrat).",
     "Nature (optional): recurring, one-off or unplanned (break-fix, emergency, out of contract)."),
    ("Onglet « Personnel IT » : vos salariés informatiques, ETP, salaire brut annuel et part de "
     "temps par domaine (la somme d'une ligne fait 100 %).",
     "'Personnel IT' sheet: your in-house IT staff, FTE, yearly gross salary and share of time "
     "per domain (each row sums to 100 %)."),
    ("Saisissez des valeurs, pas des formules (ou enregistrez le fichier dans Excel avant l'import).",
     "Enter values, not formulas (or save the file in Excel before importing)."),
)


def write_template_workbook(path: Path) -> Path:
    """Write the blank template workbook with instructions in French and English."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = "Instructions"
    ws.append(["Français", "English"])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for fr, en in TEMPLATE_INSTRUCTIONS:
        ws.append([fr, en])
    ws["A2"].font = ws["B2"].font = Font(bold=True, size=13)
    ws.column_dimensions["A"].width = ws.column_dimensions["B"].width = 80
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")

    spend = wb.create_sheet(DATA_SHEET)
    spend.append(["Date", "Période", "Fournisseur", "Libellé", "Compte", "Domaine", "Nature",
                  "Montant HT", "Devise"])
    for cell in spend[1]:
        cell.font = Font(bold=True)
    domains = DataValidation(type="list", allow_blank=True,
                             formula1='"support,postes,hébergement,réseau,sécurité,applications,pilotage"')
    natures = DataValidation(type="list", allow_blank=True, formula1='"récurrent,ponctuel,imprévu"')
    spend.add_data_validation(domains)
    spend.add_data_validation(natures)
    domains.add("F2:F5000")
    natures.add("G2:G5000")
    for col, width in zip("ABCDEFGHI", (12, 10, 30, 50, 10, 16, 12, 14, 8)):
        spend.column_dimensions[col].width = width
    spend.freeze_panes = "A2"

    staff = wb.create_sheet("Personnel IT")
    staff.append(["Rôle", "ETP", "Salaire brut annuel", "Taux de charges patronales", "support",
                  "postes", "hébergement", "réseau", "sécurité", "applications", "pilotage"])
    for cell in staff[1]:
        cell.font = Font(bold=True)
    staff.column_dimensions["A"].width = 28
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path
