"""Strings of issue 13 (part 2): the data's currency and the euro defaults, the sanity checks of
the data (models/sanity.py), the company asked for when an imported file is activated, and the
text output of ``python -m models import``."""

STRINGS = {
    # --- currency of the data and the euro market defaults (models/money.py, ui/frame.py)
    "money.error.needs_rate": {
        "fr": "Les montants sont en {currency} et les valeurs de marché (prix des prestataires, "
              "salaires, coût des risques) sont en euros : indiquez combien d'euros vaut "
              "1 {currency} (sur une page de décision, ou en ligne de commande --rate "
              "{currency}=…) avant de comparer les options.",
        "en": "The amounts are in {currency} and the market defaults (provider prices, "
              "salaries, cost of risks) are in euros: give the euros for 1 {currency} (on a "
              "decision page, or on the command line --rate {currency}=…) before comparing the "
              "options."},
    "money.error.rate": {
        "fr": "Le taux doit être le nombre d'euros pour 1 unité, entre 0,000001 et 1 000 000 "
              "(reçu : {value}).",
        "en": "The rate must be the euros for 1 unit, between 0.000001 and 1,000,000 "
              "(got {value})."},
    "money.gate.text": {
        "fr": "Vos données sont en {currency}. Les valeurs de marché de cet outil (prix des "
              "prestataires, salaires et frais de personnel, coût des incidents) sont en euros : "
              "pour comparer les options, indiquez combien d'euros vaut 1 {currency}. Vous "
              "pouvez alors travailler en {currency} (les valeurs en euros sont converties) ou "
              "convertir vos données en euros.",
        "en": "Your data is in {currency}. The market defaults of this tool (provider prices, "
              "salaries and staff overheads, cost of incidents) are in euros: to compare the "
              "options, give the euros for 1 {currency}. You can then work in {currency} (the "
              "euro defaults are converted) or convert your data to euros."},
    "money.gate.rate": {"fr": "Euros pour 1 {currency}", "en": "Euros for 1 {currency}"},
    "money.gate.rate_help": {
        "fr": "Un seul taux, appliqué à toutes les lignes. Par exemple 0,05 si 1 {currency} "
              "vaut 5 centimes d'euro.",
        "en": "One rate, applied to every line. For example 0.05 if 1 {currency} is worth "
              "5 euro cents."},
    "money.gate.work": {"fr": "Travailler en {currency}", "en": "Work in {currency}"},
    "money.gate.convert": {"fr": "Convertir mes données en euros",
                           "en": "Convert my data to euros"},
    "money.gate.no_rate": {"fr": "Saisissez d'abord le nombre d'euros pour 1 {currency}.",
                           "en": "Enter the euros for 1 {currency} first."},
    "money.gate.worked": {
        "fr": "Vous travaillez en {currency} : les valeurs de marché en euros sont converties "
              "à 1 {currency} = {rate} euro.",
        "en": "You are working in {currency}: the market defaults in euros are converted at "
              "1 {currency} = {rate} euro."},
    "money.gate.converted": {
        "fr": "Vos données sont converties en euros à 1 {currency} = {rate} euro.",
        "en": "Your data is converted to euros at 1 {currency} = {rate} euro."},
    "money.working": {
        "fr": "Montants en {currency} ; les valeurs de marché en euros sont converties à "
              "1 {currency} = {rate} euro.",
        "en": "Amounts in {currency}; the market defaults in euros are converted at "
              "1 {currency} = {rate} euro."},
    "money.staff_not_added": {
        "fr": "Les salaires de l'équipe informatique interne sont en euros et les données en "
              "{currency} : ils ne sont pas ajoutés tant qu'aucun taux n'est donné.",
        "en": "The in-house IT salaries are in euros and the data in {currency}: they are not "
              "added until a rate is given."},

    # --- sanity checks (models/sanity.py)
    "sanity.no_it": {
        "fr": "Les données ne contiennent aucune dépense informatique (total {amount}) : "
              "vérifiez les lignes classées IT sur la page Importer.",
        "en": "The data holds no IT spend (total {amount}): check the lines classed as IT on "
              "the Import page."},
    "sanity.per_employee_high": {
        "fr": "{amount} d'informatique par salarié et par an (habituel : {low} à {high}) : "
              "vérifiez l'effectif et les lignes classées IT.",
        "en": "{amount} of IT per employee a year (typical {low}–{high}): check the headcount "
              "and the lines classed as IT."},
    "sanity.per_employee_low": {
        "fr": "{amount} d'informatique par salarié et par an (habituel : {low} à {high}) : "
              "vérifiez l'effectif, que toutes les dépenses IT sont dans le fichier et "
              "l'équipe informatique interne (page Entreprise).",
        "en": "{amount} of IT per employee a year (typical {low}–{high}): check the headcount, "
              "that every IT line is in the file, and the in-house IT staff (Company page)."},
    "sanity.revenue_high": {
        "fr": "L'informatique représente {share} du chiffre d'affaires (habituel : {low_share} "
              "à {high_share}) : vérifiez le chiffre d'affaires annuel et les lignes classées IT.",
        "en": "IT is {share} of revenue (typical {low_share}–{high_share}): check the yearly "
              "revenue and the lines classed as IT."},
    "sanity.revenue_low": {
        "fr": "L'informatique représente {share} du chiffre d'affaires (habituel : {low_share} "
              "à {high_share}) : vérifiez le chiffre d'affaires annuel et que toutes les "
              "dépenses IT sont dans le fichier.",
        "en": "IT is {share} of revenue (typical {low_share}–{high_share}): check the yearly "
              "revenue and that every IT line is in the file."},
    "sanity.file_high": {
        "fr": "{share} des montants du fichier sont classés IT : si le fichier est le grand "
              "livre complet, vérifiez les lignes classées IT ; s'il ne liste que les dépenses "
              "informatiques, c'est normal.",
        "en": "{share} of the file's amounts are classed as IT: if the file is the whole "
              "ledger, check the lines classed as IT; if it lists IT spend only, this is "
              "expected."},
    "sanity.file_low": {
        "fr": "Seuls {share} des montants du fichier sont classés IT : vérifiez les lignes "
              "classées IT et la correspondance des colonnes sur la page Importer.",
        "en": "Only {share} of the file's amounts are classed as IT: check the lines classed "
              "as IT and the column mapping on the Import page."},
    "sanity.source": {"fr": "(Fourchette habituelle : {sources}.)",
                      "en": "(Typical range: {sources}.)"},
    "sanity.title": {"fr": "À vérifier dans les données", "en": "To check in the data"},

    # --- the company, asked for when an imported file is activated (pages/import.py)
    "import.company.title": {"fr": "L'entreprise de ces données",
                             "en": "The company behind this data"},
    "import.company.help": {
        "fr": "Les pages de décision ont besoin de l'entreprise de ce fichier : son nom, son "
              "effectif, son chiffre d'affaires et son équipe informatique interne.",
        "en": "The decision pages need the company behind this file: its name, headcount, "
              "revenue and in-house IT staff."},
    "import.company.which": {"fr": "Ce fichier est celui de", "en": "This file belongs to"},
    "import.company.same": {"fr": "La même entreprise qu'actuellement ({name})",
                            "en": "The same company as now ({name})"},
    "import.company.other": {"fr": "Une autre entreprise", "en": "Another company"},
    "import.company.name": {"fr": "Nom de l'entreprise", "en": "Company name"},
    "import.company.name_ph": {"fr": "ex. Dupont SAS", "en": "e.g. Dupont SAS"},
    "import.company.employees": {"fr": "Effectif (salariés)", "en": "Headcount (employees)"},
    "import.company.employees_ph": {"fr": "ex. 80", "en": "e.g. 80"},
    "import.company.revenue": {"fr": "Chiffre d'affaires annuel ({cur}, facultatif)",
                               "en": "Yearly revenue ({cur}, optional)"},
    "import.company.revenue_ph": {"fr": "ex. 12 000 000", "en": "e.g. 12,000,000"},
    "import.company.it_staff": {"fr": "Équipe informatique interne (personnes à temps plein)",
                                "en": "In-house IT staff (full-time people)"},
    "import.company.it_staff_ph": {"fr": "ex. 2 (0 si aucune)", "en": "e.g. 2 (0 if none)"},
    "import.company.derived": {
        "fr": "Postes de travail = effectif ; serveurs et sites estimés ; l'équipe interne prend "
              "les salaires de marché français (un responsable, puis des techniciens). "
              "Ajustez-les sur la page Entreprise.",
        "en": "Workstations = headcount; servers and sites estimated; the in-house staff take "
              "the French market salaries (one IT manager, then technicians). Adjust them on "
              "the Company page."},
    "import.company.kept": {
        "fr": "Le profil et l'équipe actuels sont gardés ; le chiffre d'affaires est à saisir "
              "en {currency}.",
        "en": "The current profile and staff are kept; the revenue is to be entered in "
              "{currency}."},
    "import.company.error.which": {
        "fr": "Indiquez si ce fichier est celui de l'entreprise actuelle ou d'une autre.",
        "en": "Say whether this file belongs to the current company or to another one."},
    "import.company.error.name": {"fr": "Saisissez le nom de l'entreprise.",
                                  "en": "Enter the company's name."},
    "import.company.error.employees": {
        "fr": "Saisissez l'effectif : un nombre entier d'au moins 1 salarié.",
        "en": "Enter the headcount: a whole number of at least 1 employee."},
    "import.company.error.revenue": {
        "fr": "Le chiffre d'affaires annuel doit être un montant positif ou nul.",
        "en": "The yearly revenue must be an amount of zero or more."},
    "import.company.error.it_staff": {
        "fr": "Saisissez l'équipe informatique interne : de 0 à 20 personnes.",
        "en": "Enter the in-house IT staff: from 0 to 20 people."},
    "import.company.not_activated": {
        "fr": "Les données n'ont pas été activées :", "en": "The data was not activated:"},
    "import.refused.no_it": {
        "fr": "Ce fichier ne contient aucune dépense informatique ({amount} classés IT) : il "
              "ne peut pas servir à la décision. Vérifiez la correspondance des colonnes et la "
              "classification ci-dessus ; les données actives n'ont pas changé : {name}.",
        "en": "This file has no IT spend ({amount} classed as IT): it cannot be used for the "
              "decision. Check the column mapping and the classification above; the active "
              "data has not changed: {name}."},
    "import.activated": {
        "fr": "Les données importées sont actives : {company}, {lines} lignes, {it_total} de "
              "dépenses IT.",
        "en": "The imported data is active: {company}, {lines} lines, {it_total} of IT "
              "spend."},

    # --- python -m models import, text output (cli/spend_import.py)
    "import.cli.read": {
        "fr": "{name} : {kind}, feuille « {sheet} », ligne d'en-tête {row}",
        "en": "{name}: {kind}, sheet '{sheet}', header row {row}"},
    "import.cli.rows": {
        "fr": "lignes lues {read}, gardées {kept}, écartées {rejected}",
        "en": "rows read {read}, kept {kept}, rejected {rejected}"},
    "import.cli.total": {
        "fr": "total {total}, IT {it_total} ({share} du total)",
        "en": "total {total}, IT {it_total} ({share} of the total)"},
    "import.cli.rates": {"fr": "taux : {rates}", "en": "rates: {rates}"},
    "import.cli.mapping": {"fr": "correspondance : {mapping}", "en": "mapping: {mapping}"},
    "import.cli.warning": {"fr": "attention : {text}", "en": "warning: {text}"},
    "cli.compare.sanity": {"fr": "À vérifier : {text}", "en": "To check: {text}"},
}
