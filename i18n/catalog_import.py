"""Strings of the spend import (errors, warnings, reasons), the Import page and the Company &
IT staff page."""

STRINGS = {
    # --- navigation
    "nav.import": {"fr": "Importer des dépenses", "en": "Import spend"},
    "nav.company": {"fr": "Entreprise & équipe IT", "en": "Company & IT staff"},

    # --- refused files: one plain sentence each, what is wrong and what to do
    "import.error.empty": {
        "fr": "Le fichier est vide. Exportez à nouveau vos dépenses puis réessayez.",
        "en": "The file is empty. Export your spend again and retry."},
    "import.error.too_large": {
        "fr": "Le fichier pèse {size_mb} Mo, au-delà de la limite de {limit_mb} Mo : exportez une "
              "période plus courte ou seulement l'onglet des dépenses.",
        "en": "The file is {size_mb} MB, above the {limit_mb} MB limit: export a shorter period "
              "or only the spend sheet."},
    "import.error.corrupt": {
        "fr": "Le fichier est endommagé ou incomplet (archive tronquée ?) : ouvrez-le dans Excel, "
              "enregistrez-le à nouveau puis réessayez.",
        "en": "The file is damaged or incomplete (truncated archive?): open it in Excel, save it "
              "again and retry."},
    "import.error.zip_bomb": {
        "fr": "Le classeur annonce {size_mb} Mo une fois décompressé, ce qui est anormal pour des "
              "dépenses : il a été refusé par sécurité. Enregistrez-le à nouveau en .xlsx ou en CSV.",
        "en": "The workbook declares {size_mb} MB once uncompressed, which is abnormal for a spend "
              "file: it was refused for safety. Save it again as .xlsx or CSV."},
    "import.error.password": {
        "fr": "Le classeur est protégé par un mot de passe : ouvrez-le dans Excel, retirez le mot de "
              "passe (Fichier > Informations > Protéger le classeur) et importez-le à nouveau.",
        "en": "The workbook is password-protected: open it in Excel, remove the password (File > "
              "Info > Protect Workbook) and import it again."},
    "import.error.formulas": {
        "fr": "Les montants du classeur sont des formules sans valeur enregistrée : ouvrez-le et "
              "enregistrez-le dans Excel d'abord, puis importez-le à nouveau.",
        "en": "The workbook's amounts are formulas with no saved values: open and save it in "
              "Excel first, then import it again."},
    "import.error.not_spreadsheet": {
        "fr": "Ce fichier n'est pas un tableur (image, PDF ou document texte renommé ?) : exportez "
              "vos dépenses en Excel (.xlsx) ou en CSV.",
        "en": "This file is not a spreadsheet (an image, PDF or text document renamed?): export "
              "your spend as Excel (.xlsx) or CSV."},
    "import.error.unsupported": {
        "fr": "Ce type de fichier n'est pas pris en charge : exportez vos dépenses en Excel (.xlsx, "
              ".xls, .ods) ou en CSV.",
        "en": "This type of file is not supported: export your spend as Excel (.xlsx, .xls, .ods) "
              "or CSV."},
    "import.error.xml_entities": {
        "fr": "Le classeur contient des entités XML interdites et a été refusé par sécurité : "
              "enregistrez-le à nouveau depuis Excel.",
        "en": "The workbook contains forbidden XML entities and was refused for safety: save it "
              "again from Excel."},
    "import.error.too_many_cells": {
        "fr": "Une feuille compte plus de {cells} cellules : exportez seulement les lignes de "
              "dépenses.",
        "en": "A sheet has more than {cells} cells: export only the spend lines."},
    "import.error.no_sheet": {
        "fr": "La feuille « {sheet} » n'existe pas ; feuilles du classeur : {sheets}.",
        "en": "There is no sheet '{sheet}'; the workbook's sheets are: {sheets}."},
    "import.error.no_rows": {
        "fr": "Aucune ligne de dépense n'a été trouvée sous l'en-tête : le fichier ne contient que "
              "des titres ou des totaux. Vérifiez que vous avez exporté le détail des lignes.",
        "en": "No spend line was found below the header: the file only holds titles or totals. "
              "Check that you exported the detail of the lines."},
    "import.error.no_amount": {
        "fr": "Aucune colonne de montant n'a été reconnue (colonnes lues : {columns}). Ajoutez une "
              "colonne « Montant HT » ou « Débit » et « Crédit ».",
        "en": "No amount column was recognised (columns read: {columns}). Add an 'Amount' column "
              "or 'Debit' and 'Credit' columns."},
    "import.error.no_date": {
        "fr": "Aucune colonne de date ou de période n'a été reconnue (colonnes lues : {columns}). "
              "Ajoutez une colonne « Date » ou « Période » (par ex. « 2025 » ou « T1 2025 »).",
        "en": "No date or period column was recognised (columns read: {columns}). Add a 'Date' "
              "or 'Period' column (e.g. '2025' or 'Q1 2025')."},
    "import.error.bad_mapping": {
        "fr": "La correspondance choisie cite des colonnes absentes du fichier : {columns}.",
        "en": "The chosen mapping names columns that are not in the file: {columns}."},
    "import.error.bad_corrections": {
        "fr": "Ce fichier de corrections n'est pas lisible : utilisez un fichier téléchargé depuis "
              "cette page (CSV ou JSON avec les colonnes scope, key, domain).",
        "en": "This corrections file cannot be read: use a file downloaded from this page (CSV or "
              "JSON with the columns scope, key, domain)."},
    "import.error.internal": {
        "fr": "Le fichier n'a pas pu être lu. Enregistrez-le à nouveau en .xlsx ou en CSV et "
              "réessayez ; les données déjà chargées restent actives.",
        "en": "The file could not be read. Save it again as .xlsx or CSV and retry; the data "
              "already loaded stays active."},

    "import.error.currencies_need_rates": {
        "fr": "Le fichier mélange plusieurs devises ({currencies}) et aucun taux n'est donné pour "
              "{missing} : saisissez sur cette page le nombre d'euros pour 1 unité de chaque "
              "devise (ou, en ligne de commande, {rate}) ; rien n'a été importé.",
        "en": "The file mixes several currencies ({currencies}) and no rate is given for "
              "{missing}: enter on this page the euros for 1 unit of each currency (or, on the "
              "command line, {rate}); nothing was imported."},
    "import.error.zip_members": {
        "fr": "L'archive contient {count} fichiers : elle doit en contenir un seul (le FEC ou le "
              "CSV des dépenses). Décompressez-la et importez le bon fichier.",
        "en": "The archive holds {count} files: it must hold only one (the FEC or the spend "
              "CSV). Unzip it and import the right file."},
    "import.cli.no_file": {"fr": "Fichier introuvable : {path}.", "en": "File not found: {path}."},

    # --- warnings
    "import.warn.no_header": {
        "fr": "Aucune ligne d'en-tête reconnue : les colonnes ont été déduites de leur contenu.",
        "en": "No header row recognised: columns were inferred from their content."},
    "import.warn.wide_budget": {
        "fr": "Budget par période en colonnes ({periods}) : une ligne par période, datée du début "
              "de la période.",
        "en": "Budget with one column per period ({periods}): one line per period, dated at the "
              "start of the period."},
    "import.warn.gross_only": {
        "fr": "Seuls des montants TTC ont été trouvés : ils sont convertis en HT avec une TVA de "
              "{rate} %.",
        "en": "Only amounts including VAT were found: they are converted to net with {rate}% VAT."},
    "import.warn.mostly_negative": {
        "fr": "Presque tous les montants sont négatifs. Si votre fichier écrit les dépenses en "
              "négatif, choisissez la colonne « {column} » comme « Crédit » dans la "
              "correspondance des colonnes.",
        "en": "Nearly every amount is negative. If your file writes spend as negative numbers, "
              "choose the column '{column}' as 'Credit' in the column mapping."},
    "import.warn.not_euro": {
        "fr": "Les montants sont en {currency}, pas en euros : ils restent en {currency} et sont "
              "affichés en {currency}. Pour travailler en euros, saisissez ci-dessous le nombre "
              "d'euros pour 1 {currency} (ou, en ligne de commande, {rate}).",
        "en": "Amounts are in {currency}, not euros: they stay in {currency} and are shown in "
              "{currency}. To work in euros, enter below the euros for 1 {currency} (or, on the "
              "command line, {rate})."},
    "import.warn.currencies": {
        "fr": "Devises du fichier : {currencies}. Toutes les lignes sont converties en euros aux "
              "taux saisis : {rates}.",
        "en": "Currencies in the file: {currencies}. Every line is converted to euros at the "
              "rates entered: {rates}."},
    "import.warn.no_text": {
        "fr": "Ni fournisseur ni libellé reconnus : la classification repose sur les comptes "
              "seulement et sera peu fiable.",
        "en": "Neither vendor nor label recognised: classification relies on accounts only and "
              "will be unreliable."},

    # --- reasons a row was dropped
    "import.reason.blank": {"fr": "Lignes vides", "en": "Blank rows"},
    "import.reason.repeated_header": {"fr": "En-têtes répétés", "en": "Repeated headers"},
    "import.reason.heading": {"fr": "Titres de compte (grand livre par compte)",
                               "en": "Account headings (ledger printed by account)"},
    "import.reason.opening": {"fr": "Écritures d'à-nouveaux (soldes d'ouverture)",
                               "en": "Opening balance entries"},
    "import.reason.total": {"fr": "Sous-totaux et totaux", "en": "Subtotals and totals"},
    "import.reason.not_spend_account": {
        "fr": "Comptes hors charges et immobilisations (TVA, fournisseurs, banque…)",
        "en": "Accounts that are not expenses or fixed assets (VAT, suppliers, bank…)"},
    "import.reason.no_amount": {"fr": "Montant absent ou illisible",
                                "en": "Missing or unreadable amount"},
    "import.reason.zero_amount": {"fr": "Montant nul", "en": "Zero amount"},
    "import.reason.no_date": {"fr": "Date ou période absente ou illisible",
                              "en": "Missing or unreadable date or period"},

    # --- fields of the mapping
    "import.field.date": {"fr": "Date", "en": "Date"},
    "import.field.period": {"fr": "Période (budget)", "en": "Period (budget)"},
    "import.field.amount": {"fr": "Montant HT", "en": "Net amount"},
    "import.field.debit": {"fr": "Débit", "en": "Debit"},
    "import.field.credit": {"fr": "Crédit", "en": "Credit"},
    "import.field.gross": {"fr": "Montant TTC", "en": "Gross amount (incl. VAT)"},
    "import.field.vat": {"fr": "TVA", "en": "VAT"},
    "import.field.vendor": {"fr": "Fournisseur", "en": "Vendor"},
    "import.field.label": {"fr": "Libellé", "en": "Label"},
    "import.field.account": {"fr": "Compte", "en": "Account"},
    "import.field.account_label": {"fr": "Intitulé du compte", "en": "Account name"},
    "import.field.category": {"fr": "Catégorie", "en": "Category"},
    "import.field.currency": {"fr": "Devise", "en": "Currency"},
    "import.field.piece": {"fr": "N° de pièce", "en": "Document no."},
    "import.field.department": {"fr": "Département / service", "en": "Department"},
    "import.field.cost_centre": {"fr": "Centre de coût", "en": "Cost centre"},
    "import.field.balance": {"fr": "Solde (ignoré)", "en": "Balance (ignored)"},
    "import.field.journal": {"fr": "Journal", "en": "Journal"},

    # --- Import page
    "import.title": {"fr": "Importer vos dépenses informatiques", "en": "Import your IT spend"},
    "import.intro": {
        "fr": "Déposez l'export de votre comptable ou de votre informatique : grand livre, FEC, "
              "tableau de factures ou budget (Excel, ODS ou CSV). Le fichier est lu en mémoire, "
              "jamais enregistré ; chaque ligne est classée dans un domaine, avec la règle "
              "appliquée, et vous pouvez corriger.",
        "en": "Drop what your accountant or IT person exported: general ledger, FEC, invoice list "
              "or budget (Excel, ODS or CSV). The file is read in memory, never saved; each line "
              "is put in a domain, with the rule that fired, and you can correct it."},
    "import.upload": {"fr": "Fichier de dépenses", "en": "Spend file"},
    "import.upload_help": {
        "fr": "Tableurs xlsx, xlsm, xls, xlsb, ods ({sheet_mb} Mo au plus) ; CSV, TXT ou FEC "
              "({text_mb} Mo au plus) ; ou un seul CSV / FEC dans un .zip ou un .gz ({zip_mb} Mo "
              "au plus). Les macros ne sont jamais exécutées.",
        "en": "Spreadsheets xlsx, xlsm, xls, xlsb, ods ({sheet_mb} MB at most); CSV, TXT or FEC "
              "({text_mb} MB at most); or one CSV / FEC inside a .zip or .gz ({zip_mb} MB at "
              "most). Macros never run."},
    "import.active_kept": {
        "fr": "Les données actives n'ont pas changé : {name}.",
        "en": "The active data has not changed: {name}."},
    "import.waiting": {
        "fr": "Aucun fichier déposé. Les pages affichent {name}.",
        "en": "No file dropped. The pages show {name}."},
    "import.template": {"fr": "Télécharger le modèle vierge (xlsx)",
                        "en": "Download the blank template (xlsx)"},
    "import.sheet": {"fr": "Feuille", "en": "Sheet"},
    "import.sheet_auto": {"fr": "(détectée : {sheet})", "en": "(detected: {sheet})"},
    "import.progress.read": {"fr": "Lecture du fichier…", "en": "Reading the file…"},
    "import.progress.table": {"fr": "Recherche du tableau et des colonnes…",
                              "en": "Finding the table and its columns…"},
    "import.progress.parse": {"fr": "Lecture des dates, montants et comptes…",
                              "en": "Reading dates, amounts and accounts…"},
    "import.progress.classify": {"fr": "Classement des lignes par domaine informatique…",
                                 "en": "Sorting the lines into IT domains…"},
    "import.progress.done": {"fr": "Import terminé.", "en": "Import done."},
    "import.read_info": {
        "fr": "Lu : {kind} · feuille « {sheet} » · en-tête ligne {row}.",
        "en": "Read: {kind} · sheet '{sheet}' · header on row {row}."},
    "import.read_info_fec": {
        "fr": "Fichier des écritures comptables (FEC) : seules les lignes de charges (6) et "
              "d'immobilisations (20, 21) sont des dépenses ; le fournisseur vient de la ligne 401 "
              "de la même écriture.",
        "en": "French FEC ledger: only expense (6) and fixed-asset (20, 21) lines are spend; the "
              "supplier comes from the 401 line of the same entry."},
    "import.mapping.title": {"fr": "Correspondance des colonnes", "en": "Column mapping"},
    "import.mapping.help": {
        "fr": "Chaque information attendue et la colonne du fichier qui la porte. Modifiez-la si "
              "besoin : le choix est conservé pendant la session.",
        "en": "Each piece of information and the file column that holds it. Change it if needed: "
              "the choice is kept for the session."},
    "import.mapping.summary": {"fr": "Colonnes utilisées : {fields}.",
                               "en": "Columns used: {fields}."},
    "import.mapping.none": {"fr": "(aucune)", "en": "(none)"},
    "import.mapping.reset": {"fr": "Revenir à la détection automatique",
                             "en": "Back to automatic detection"},
    "import.options.title": {"fr": "TVA et devises", "en": "VAT and currencies"},
    "import.options.vat": {"fr": "Taux de TVA des montants TTC (%)",
                           "en": "VAT rate of gross amounts (%)"},
    "import.options.rate": {"fr": "Euros pour 1 {currency}", "en": "Euros for 1 {currency}"},
    "import.options.rates_help": {
        "fr": "Un taux saisi une fois s'applique à toutes les lignes de sa devise ; laissé à 0, "
              "les montants restent dans leur devise (une seule devise) ou le fichier est refusé "
              "(plusieurs devises).",
        "en": "A rate entered once applies to every line in its currency; left at 0, amounts "
              "stay in their currency (one currency) or the file is refused (several "
              "currencies)."},
    "import.currency.title": {"fr": "Devise", "en": "Currency"},
    "import.currency.column": {"fr": "Devise : {currency}, lue dans la colonne « {column} ».",
                               "en": "Currency: {currency}, read from the column '{column}'."},
    "import.currency.cells": {"fr": "Devise : {currency}, lue dans les montants.",
                              "en": "Currency: {currency}, read from the amounts."},
    "import.currency.header": {"fr": "Devise : {currency}, lue dans l'en-tête « {column} ».",
                               "en": "Currency: {currency}, read from the header '{column}'."},
    "import.currency.default": {
        "fr": "Devise : aucune dans le fichier, les montants sont supposés en euros.",
        "en": "Currency: none in the file, amounts are taken as euros."},
    "import.currency.converted": {"fr": "Montants convertis en euros : {rates}.",
                                  "en": "Amounts converted to euros: {rates}."},
    "import.summary.title": {"fr": "Contrôle de l'import", "en": "Import check"},
    "import.summary.read": {"fr": "Lignes lues", "en": "Rows read"},
    "import.summary.kept": {"fr": "Lignes retenues", "en": "Rows kept"},
    "import.summary.dropped": {"fr": "Lignes écartées", "en": "Rows dropped"},
    "import.summary.it_total": {"fr": "Total IT (HT)", "en": "IT total (net)"},
    "import.summary.it_share": {"fr": "{share} du total du fichier est classé IT.",
                                "en": "{share} of the file's total is classed as IT."},
    "import.evidence.weak": {
        "fr": "{it_lines} lignes classées IT, dont {weak} uniquement d'après le nom d'un "
              "département ou d'un centre de coût : vérifiez-les (filtre « Lignes IT », colonne "
              "« Règle »).",
        "en": "{it_lines} lines classed as IT, of which {weak} only from department or "
              "cost-centre names: check them (filter 'IT lines', column 'Rule')."},
    "import.summary.total": {"fr": "Total des lignes retenues : {total}",
                             "en": "Total of the lines kept: {total}"},
    "import.summary.reason": {"fr": "Motif", "en": "Reason"},
    "import.summary.rows": {"fr": "Lignes", "en": "Rows"},
    "import.summary.sheet_rows": {"fr": "Lignes du fichier", "en": "File rows"},
    "import.summary.by_domain": {"fr": "Totaux par domaine", "en": "Totals by domain"},
    "import.summary.amount": {"fr": "Montant", "en": "Amount"},
    "import.summary.lines": {"fr": "Lignes", "en": "Lines"},
    "import.classified.title": {"fr": "Classification des lignes", "en": "Line classification"},
    "import.classified.help": {
        "fr": "Changez le domaine d'une ligne dans la colonne « Correction » ; la règle et la "
              "confiance expliquent chaque classement automatique.",
        "en": "Change a line's domain in the 'Correction' column; the rule and the confidence "
              "explain each automatic classification."},
    "import.filter": {"fr": "Afficher", "en": "Show"},
    "import.filter.all": {"fr": "Toutes les lignes", "en": "All lines"},
    "import.filter.low": {"fr": "Confiance faible (< 60 %)", "en": "Low confidence (< 60%)"},
    "import.filter.it": {"fr": "Lignes IT", "en": "IT lines"},
    "import.filter.other": {"fr": "Lignes hors IT", "en": "Not-IT lines"},
    "import.shown": {"fr": "{shown} lignes affichées sur {total} (les 2 000 premières au plus).",
                     "en": "{shown} lines shown of {total} (the first 2,000 at most)."},
    "import.col.row": {"fr": "Ligne", "en": "Row"},
    "import.col.date": {"fr": "Date", "en": "Date"},
    "import.col.vendor": {"fr": "Fournisseur", "en": "Vendor"},
    "import.col.label": {"fr": "Libellé", "en": "Label"},
    "import.col.account": {"fr": "Compte", "en": "Account"},
    "import.col.amount": {"fr": "Montant HT", "en": "Net amount"},
    "import.col.domain": {"fr": "Domaine", "en": "Domain"},
    "import.col.correction": {"fr": "Correction", "en": "Correction"},
    "import.col.rule": {"fr": "Règle", "en": "Rule"},
    "import.col.confidence": {"fr": "Confiance", "en": "Confidence"},
    "import.col.nature": {"fr": "Nature", "en": "Nature"},
    "import.col.department": {"fr": "Département", "en": "Department"},
    "import.col.cost_centre": {"fr": "Centre de coût", "en": "Cost centre"},
    "import.col.category": {"fr": "Catégorie", "en": "Category"},
    "import.col.capex": {"fr": "Immobilisé", "en": "Capitalised"},
    "import.col.lines": {"fr": "Lignes", "en": "Lines"},
    "import.vendors.title": {"fr": "Corriger par fournisseur", "en": "Correct by vendor"},
    "import.vendors.help": {
        "fr": "Un domaine choisi pour un fournisseur s'applique à toutes ses lignes (une "
              "correction de ligne reste prioritaire).",
        "en": "A domain chosen for a vendor applies to all its lines (a line correction still "
              "wins)."},
    "import.corrections.title": {"fr": "Vos corrections", "en": "Your corrections"},
    "import.corrections.count": {"fr": "{lines} corrections de ligne, {vendors} de fournisseur.",
                                 "en": "{lines} line corrections, {vendors} vendor corrections."},
    "import.corrections.csv": {"fr": "Télécharger les corrections (CSV)",
                               "en": "Download corrections (CSV)"},
    "import.corrections.json": {"fr": "Télécharger les corrections (JSON)",
                                "en": "Download corrections (JSON)"},
    "import.corrections.upload": {"fr": "Recharger des corrections (CSV ou JSON)",
                                  "en": "Re-upload corrections (CSV or JSON)"},
    "import.corrections.loaded": {"fr": "{count} corrections appliquées depuis le fichier.",
                                  "en": "{count} corrections applied from the file."},
    "import.corrections.clear": {"fr": "Effacer les corrections", "en": "Clear corrections"},
    "import.activate": {"fr": "Utiliser ces données dans le tableau de bord",
                        "en": "Use this data in the dashboard"},
    "import.back_to_sample": {"fr": "Revenir à l'entreprise exemple",
                              "en": "Back to the sample company"},
    "import.sample_active": {"fr": "L'entreprise exemple est de nouveau active.",
                             "en": "The sample company is active again."},
    "import.warnings": {"fr": "À savoir sur ce fichier", "en": "About this file"},

    # --- Company & IT staff page
    "company.title": {"fr": "Entreprise et équipe informatique interne",
                      "en": "Company and in-house IT staff"},
    "company.intro": {
        "fr": "La paie de l'équipe informatique figure rarement dans un export de dépenses : "
              "saisissez-la ici. Les valeurs proposées sont des repères français sourcés "
              "(page Hypothèses).",
        "en": "In-house IT payroll is rarely in a spend export: enter it here. The proposed values "
              "are sourced French benchmarks (Assumptions page)."},
    "company.profile": {"fr": "Profil de l'entreprise", "en": "Company profile"},
    "company.name": {"fr": "Nom", "en": "Name"},
    "company.employees": {"fr": "Salariés", "en": "Employees"},
    "company.workstations": {"fr": "Postes de travail", "en": "Workstations"},
    "company.servers": {"fr": "Serveurs", "en": "Servers"},
    "company.sites": {"fr": "Sites", "en": "Sites"},
    "company.revenue": {"fr": "Chiffre d'affaires annuel ({cur}, facultatif)",
                        "en": "Yearly revenue ({cur}, optional)"},
    "company.staff": {"fr": "Équipe informatique interne", "en": "In-house IT staff"},
    "company.staff_help": {
        "fr": "Une ligne par rôle. Part du temps par domaine en % : la somme d'une ligne fait 100. "
              "Charges patronales en % du brut.",
        "en": "One row per role. Share of time per domain in %: each row sums to 100. Employer "
              "charges in % of gross."},
    "company.col.role": {"fr": "Rôle", "en": "Role"},
    "company.col.fte": {"fr": "ETP", "en": "FTE"},
    "company.col.salary": {"fr": "Salaire brut annuel ({cur})", "en": "Gross yearly salary ({cur})"},
    "company.col.charges": {"fr": "Charges patronales (%)", "en": "Employer charges (%)"},
    "company.add_role": {"fr": "Ajouter un rôle type", "en": "Add a typical role"},
    "company.role.it_manager": {"fr": "Responsable informatique", "en": "IT manager"},
    "company.role.sysadmin": {"fr": "Administrateur systèmes et réseaux",
                              "en": "Systems and network administrator"},
    "company.role.technician": {"fr": "Technicien support", "en": "Support technician"},
    "company.save": {"fr": "Enregistrer", "en": "Save"},
    "company.saved": {"fr": "Profil et équipe enregistrés : {cost} de coût chargé par an.",
                      "en": "Profile and staff saved: {cost} of loaded cost per year."},
    "company.cost_by_domain": {"fr": "Coût chargé annuel de l'équipe par domaine",
                               "en": "Yearly loaded staff cost by domain"},
    "company.defaults": {
        "fr": "Repères : responsable informatique {it_manager}, administrateur {sysadmin}, "
              "technicien {technician} brut par an ; charges {cadre} (cadre) et {non_cadre} "
              "(non-cadre) ; {overhead} de frais par ETP.",
        "en": "Benchmarks: IT manager {it_manager}, administrator {sysadmin}, technician "
              "{technician} gross per year; charges {cadre} (cadre) and {non_cadre} (non-cadre); "
              "{overhead} of overhead per FTE."},
    "company.error.count": {"fr": "« {field} » doit être un nombre entier positif ou nul.",
                            "en": "'{field}' must be a whole number, zero or more."},
    "company.error.employees": {"fr": "Le nombre de salariés doit être d'au moins 1.",
                                "en": "The number of employees must be at least 1."},
    "company.error.revenue": {"fr": "Le chiffre d'affaires doit être positif (ou laissé à 0).",
                              "en": "Revenue must be positive (or left at 0)."},
    "company.error.role": {"fr": "Ligne {row} : donnez un nom au rôle.",
                           "en": "Row {row}: give the role a name."},
    "company.error.fte": {"fr": "Ligne {row} : l'ETP doit être compris entre 0 et 20.",
                          "en": "Row {row}: FTE must be between 0 and 20."},
    "company.error.salary": {
        "fr": "Ligne {row} : le salaire brut annuel doit être compris entre 0 et {high}.",
        "en": "Row {row}: the gross yearly salary must be between 0 and {high}."},
    "company.error.charges": {"fr": "Ligne {row} : les charges patronales doivent être entre 0 et 100 %.",
                              "en": "Row {row}: employer charges must be between 0 and 100%."},
    "company.error.share": {
        "fr": "Ligne {row} : les parts de temps par domaine font {total} % au lieu de 100 %.",
        "en": "Row {row}: the time shares by domain add up to {total}% instead of 100%."},
    "company.error.share_negative": {
        "fr": "Ligne {row} : une part de temps ne peut pas être négative.",
        "en": "Row {row}: a time share cannot be negative."},
    "company.not_saved": {"fr": "Rien n'a été enregistré ; corrigez d'abord :",
                          "en": "Nothing was saved; correct first:"},
}
