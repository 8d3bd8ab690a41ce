"""Strings of the Current spend page and its charts."""

STRINGS = {
    "spend.title": {"fr": "Dépenses informatiques actuelles", "en": "Current IT spend"},
    "spend.intro": {
        "fr": "Ce que coûte l'informatique aujourd'hui, par domaine et par mois, hors TVA. "
              "Les montants annuels ramènent la période couverte à 12 mois.",
        "en": "What IT costs today, by domain and by month, excluding VAT. Yearly amounts scale "
              "the period covered to 12 months."},
    "spend.kpi.annual_it": {"fr": "Dépenses IT annuelles", "en": "Yearly IT spend"},
    "spend.kpi.annual_with_staff": {"fr": "Coût IT complet annuel", "en": "Full yearly IT cost"},
    "spend.kpi.annual_it_help": {
        "fr": "Hors personnel informatique interne. Total IT sur {months} mois : {total}",
        "en": "Excluding in-house IT staff. IT total over {months} months: {total}"},
    "spend.kpi.with_staff_help": {
        "fr": "Dépenses IT plus le coût chargé du personnel informatique interne ({staff} par an)",
        "en": "IT spend plus the loaded cost of in-house IT staff ({staff} per year)"},
    "spend.kpi.per_employee": {"fr": "Par salarié et par an", "en": "Per employee per year"},
    "spend.kpi.share_revenue": {"fr": "Part du chiffre d'affaires", "en": "Share of revenue"},
    "spend.kpi.benchmark": {"fr": "Repère PME : {low} à {high}", "en": "SME benchmark: {low} to {high}"},
    "spend.table.caption": {"fr": "Dépenses par domaine (hors personnel)",
                            "en": "Spend by domain (excl. staff)"},
    "spend.tab.domain": {"fr": "Par domaine", "en": "By domain"},
    "spend.tab.month": {"fr": "Par mois", "en": "By month"},
    "spend.col.annual": {"fr": "Par an", "en": "Per year"},
    "spend.col.period": {"fr": "Sur la période", "en": "Over the period"},
    "spend.col.share": {"fr": "Part", "en": "Share"},
    "chart.spend_domain.title": {"fr": "{domain} : {share} des dépenses IT",
                                 "en": "{domain} takes {share} of IT spend"},
    "chart.spend_domain.subtitle": {
        "fr": "Dépenses annuelles par domaine, hors TVA et hors personnel · {source} · {months} mois",
        "en": "Yearly spend by domain, excl. VAT and staff · {source} · {months} months"},
    "chart.spend_month.title": {"fr": "Mois le plus cher : {month}, {amount}",
                                "en": "Costliest month: {month}, {amount}"},
    "chart.spend_month.subtitle": {
        "fr": "Dépenses IT mensuelles par domaine, hors TVA · {source} · médiane {median} par mois",
        "en": "Monthly IT spend by domain, excl. VAT · {source} · median {median} per month"},
    "chart.axis.eur_per_year": {"fr": "{cur} par an", "en": "{cur} per year"},
    "chart.axis.eur": {"fr": "{cur} HT", "en": "{cur} excl. VAT"},
}
