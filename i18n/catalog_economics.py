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
}
