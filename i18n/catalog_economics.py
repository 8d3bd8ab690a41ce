"""Strings of issue 12 ("honest economics") across the pages and the board pack: seniority and
executive status, value added, one-off lines, assumption sets, the plan and the risk-inclusive
figures."""

STRINGS = {
    # Company & IT staff page (pages/company.py, models/company_form.py)
    "company.col.seniority": {"fr": "Ancienneté (années)", "en": "Years of service"},
    "company.col.seniority.help": {
        "fr": "Années de service dans l'entreprise, de 0 à 60 : le préavis (L1234-1) et l'indemnité légale de licenciement (R1234-2) en dépendent. Vide : la valeur par défaut.",
        "en": "Years of service in the company, 0 to 60: notice (L1234-1) and legal severance (R1234-2) depend on them. Empty: the default."},
    "company.col.executive": {"fr": "Cadre", "en": "Executive (cadre)"},
    "company.col.executive.help": {
        "fr": "Un cadre a un préavis plus long (trois mois dans les conventions collectives usuelles, Syntec).",
        "en": "An executive (cadre) has a longer notice (three months under the usual collective agreements, Syntec)."},
    "company.error.seniority": {"fr": "Ligne {row} : l'ancienneté doit être comprise entre 0 et 60 ans.",
                                "en": "Row {row}: years of service must be between 0 and 60."},
    "company.value_added": {"fr": "Valeur ajoutée par euro de chiffre d'affaires (%)",
                            "en": "Value added per euro of revenue (%)"},
    "company.value_added.help": {
        "fr": "Ce que coûte vraiment une vente perdue pendant une panne : sa valeur ajoutée, pas son prix, car les matières et les achats ne sont pas dépensés.",
        "en": "What a sale lost during an outage really costs: its value added, not its price, since materials and bought services are not spent."},
    "company.value_added.caption": {
        "fr": "Les pannes sont chiffrées sur la marge perdue, pas sur le chiffre d'affaires. Par défaut {default}, la valeur ajoutée de l'industrie française (INSEE) ; de {low} (commerce) à {high} (services aux entreprises) selon le secteur.",
        "en": "Outages are priced on the margin lost, not on revenue. Default {default}, the value added of French industry (INSEE); from {low} (trade) to {high} (business services) depending on the sector."},
    "company.error.value_added": {
        "fr": "La valeur ajoutée par euro de chiffre d'affaires doit être comprise entre 0 et 100 % (0 exclu).",
        "en": "Value added per euro of revenue must be above 0 and at most 100%."},
    # Current spend page: one-off lines (pages/spend.py, models/one_off.py)
    "spend.one_off.title": {"fr": "Dépenses ponctuelles tenues hors de la base récurrente",
                            "en": "One-off lines kept out of the recurring baseline"},
    "spend.one_off.why": {
        "fr": "La projection répète chaque année les dépenses de l'historique. Un événement ponctuel (incident, grosse réparation d'urgence, projet) répété chaque année gonflerait le coût de l'interne et ses à-coups ; le modèle de risques porte déjà les incidents (cyberattaques, pertes de données, pannes). Règles : incident nommé dans le libellé ; réparation imprévue ou projet d'au moins {share} des dépenses IT annuelles.",
        "en": "The projection repeats every line of the history each year. A one-off event (an incident, a large emergency repair, a project) repeated every year would overstate the in-house cost and how bumpy it is; the risk model already carries incidents (cyber attacks, data losses, outages). Rules: an incident named in the label; an unplanned repair or a project of at least {share} of the yearly IT spend."},
    "spend.one_off.total": {
        "fr": "{n} ligne(s) hors de la base, {amount} au total.",
        "en": "{n} line(s) kept out of the baseline, {amount} in all."},
    "spend.one_off.none": {
        "fr": "Aucune dépense ponctuelle détectée : tout l'historique forme la base récurrente.",
        "en": "No one-off line found: the whole history is the recurring baseline."},
    "spend.one_off.put_back": {"fr": "Remettre dans la base récurrente",
                               "en": "Put back into the recurring baseline"},
    "spend.one_off.put_back.help": {
        "fr": "Une ligne remise dans la base est projetée chaque année, comme une dépense récurrente, sur toutes les pages et dans le dossier du conseil.",
        "en": "A line put back is projected every year, like recurring spend, on every page and in the board pack."},
    "spend.one_off.option": {"fr": "{date} · {vendor} · {amount}", "en": "{date} · {vendor} · {amount}"},
    "spend.one_off.col.reason": {"fr": "Motif", "en": "Reason"},
    "spend.one_off.col.in_baseline": {"fr": "Dans la base", "en": "In the baseline"},
    "spend.one_off.yes": {"fr": "oui (remise par vous)", "en": "yes (put back by you)"},
    "spend.one_off.no": {"fr": "non", "en": "no"},
    "one_off.reason.incident": {"fr": "Incident", "en": "Incident"},
    "one_off.reason.large_emergency": {"fr": "Grosse réparation d'urgence", "en": "Large emergency repair"},
    "one_off.reason.project": {"fr": "Projet ponctuel", "en": "One-off project"},
    "spend.volatility.with": {"fr": "Volatilité des imprévus, toutes lignes comprises",
                              "en": "Volatility of unplanned spend, every line included"},
    "spend.volatility.without": {"fr": "Volatilité retenue par le modèle",
                                 "en": "Volatility used by the model"},
    "spend.volatility.help": {
        "fr": "Coefficient de variation annuel des dépenses imprévues (écart-type / moyenne d'une année), calculé sur l'historique mensuel ; il fixe les à-coups du budget interne dans la simulation. {basis}",
        "en": "Yearly coefficient of variation of unplanned spend (standard deviation / mean of one year), from the monthly history; it sets how bumpy the in-house budget is in the simulation. {basis}"},
    "spend.volatility.history": {"fr": "Calculé sur votre historique.", "en": "From your history."},
    "spend.volatility.default": {"fr": "Historique trop court : valeur par défaut.",
                                 "en": "History too short: the default value."},
    "chart.spend_month.one_off": {"fr": "Dépense ponctuelle (hors base)", "en": "One-off line (out of the baseline)"},
}
