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
    "spend.one_off.put_back.placeholder": {"fr": "Choisir des lignes à remettre", "en": "Choose lines to put back"},
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
    # Predictability (pages/predictability.py, charts/predictability.py)
    "chart.cv.title_best": {
        "fr": "{best} est l'option la plus prévisible : dispersion relative du coût annuel {cv}, {p} de risque de dépasser {basis} de plus de {margin}",
        "en": "{best} is the most predictable option: relative spread of the yearly cost {cv}, {p} chance of overrunning {basis} by more than {margin}"},
    "chart.cv.basis": {"fr": "son budget", "en": "its budget"},
    "predictability.budget.plan": {
        "fr": "Budget de chaque option : son propre plan, hors événements de risque ({years} ans). Le dépassement mesure donc ce que les risques et les aléas ajoutent au plan. Indiquez un budget annuel dans les réglages de la simulation pour mesurer toutes les options contre le même chiffre.",
        "en": "Each option's budget: its own plan, excluding risk events ({years} years). The overrun therefore measures what risks and uncertainty add to the plan. Set a yearly budget in the simulation settings to measure every option against the same figure."},
    "predictability.budget.user": {
        "fr": "Budget de toutes les options : le vôtre, {budget} par an ({total} sur {years} ans).",
        "en": "Every option's budget: yours, {budget} a year ({total} over {years} years)."},
    "predictability.col.cv_year": {"fr": "Dispersion relative du coût annuel (CV moyen)",
                                   "en": "Relative spread of the yearly cost (mean CV)"},
    "predictability.col.cv_total": {"fr": "CV du total", "en": "CV of the total"},
    # Assumptions page: the assumption sets (pages/assumptions.py)
    "assumptions.sets.title": {"fr": "Jeu d'hypothèses utilisé par toutes les pages",
                               "en": "Assumption set used by every page"},
    "assumptions.sets.choose": {"fr": "Jeu d'hypothèses", "en": "Assumption set"},
    "assumptions.sets.pitch": {
        "fr": "**Discours commercial** : pour chaque hypothèse contestable, le bout de la fourchette qu'un vendeur citerait — par exemple tout le temps libéré compté comme économisé, les pannes chiffrées sur le chiffre d'affaires, le prestataire qui rétablit au délai garanti, peu de hors forfait.",
        "en": "**Provider pitch**: for each contestable assumption, the end of its range a seller would quote — e.g. every freed hour counted as saved, downtime priced on revenue, the provider restoring within the guaranteed time, little out-of-scope work."},
    "assumptions.sets.neutral": {
        "fr": "**Neutre** (par défaut) : le milieu de la fourchette sourcée ; le même taux de pannes et d'incidents chez un prestataire qu'en interne, aucune source publique ne disant le contraire.",
        "en": "**Neutral** (default): the middle of the sourced range; the same outage and incident rates with a provider as in-house, since no public source says otherwise."},
    "assumptions.sets.cautious": {
        "fr": "**Prudent** : à mi-chemin entre la valeur neutre et l'autre bout de la fourchette, celui qui défavorise le prestataire.",
        "en": "**Cautious**: halfway from the neutral value to the other end of the range, the one that disfavours the provider."},
    "assumptions.sets.note": {
        "fr": "{n} des {total} hypothèses changent d'un jeu à l'autre ; les autres (valeurs légales, données de l'entreprise…) sont les mêmes dans les trois. Jeu utilisé : {set}. La Synthèse indique si la réponse tient dans les trois.",
        "en": "{n} of the {total} defaults change from one set to another; the others (statutory figures, the company's own data…) are the same in all three. Set in use: {set}. The Overview says whether the answer holds under all three."},
    "assumptions.col.in_use": {"fr": "{set} (utilisé)", "en": "{set} (in use)"},
    "assumptions.judgement_count": {
        "fr": "{n} des {total} valeurs sont notre jugement (« jugement ») : ce sont les premières à vérifier avec vos chiffres.",
        "en": "{n} of the {total} values are our judgement (“judgement”): they are the first to check against your own figures."},
    # Cost comparison: the plan (pages/comparison.py)
    "comparison.plan_note": {
        "fr": "Mêmes chiffres que le « plan, hors événements de risque » de la Synthèse : effets de gouvernance appliqués, dépenses ponctuelles hors de la base, jeu d'hypothèses « {set} » (page Hypothèses).",
        "en": "The same figures as the Overview's “plan, excluding risk events”: governance effects applied, one-off lines out of the baseline, assumption set “{set}” (Assumptions page)."},
    "risk.provider_vs_inhouse": {
        "fr": "Jeu d'hypothèses « {set} » : chez un prestataire, pannes × {outage}, incidents cyber × {cyber} et pertes de données × {data} par rapport à l'interne ; rétablissement réel en {provider} h contre {inhouse} h en interne. Avec le jeu neutre, ces valeurs sont les mêmes qu'en interne : aucune source publique ne montre qu'un prestataire tombe moins souvent en panne ou rétablit plus vite. Le délai garanti du contrat ({gtr} h) ne fixe que les pénalités.",
        "en": "Assumption set “{set}”: with a provider, outages × {outage}, cyber incidents × {cyber} and data losses × {data} the in-house rate; actual restore in {provider} h against {inhouse} h in-house. Under the neutral set these are the same as in-house: no public source shows that a provider has fewer outages or restores faster. The contract's guaranteed restore time ({gtr} h) only sets the service credits."},
    "comparison.thresholds_note": {
        "fr": "Ces seuils comparent les coûts attendus risques compris, comme la Synthèse : le surcoût des risques de chaque option reste celui de la simulation pendant que le paramètre varie.",
        "en": "These thresholds compare the expected costs with risks, as the Overview does: each option's risk premium stays the simulation's while the input moves."},
    # Governance page: retained time = contract management of the cost model
    "gov.col.contract_management": {"fr": "dont pilotage du contrat dans le modèle de coût",
                                    "en": "of which contract management in the cost model"},
    "gov.retained.caption_hours": {
        "fr": "Heures par an de l'équipe gardée, valorisées à {rate} de l'heure (coût chargé du décideur). Le pilotage du contrat du modèle de coût est la même estimation : ces heures sans la stratégie, que l'équipe interne fait de toute façon ({hours} h par an pour le scénario le plus externalisé), moins le temps que le personnel gardé a vu libéré.",
        "en": "Hours a year of the retained team, valued at {rate} an hour (the decider's loaded cost). The cost model's contract management is the same estimate: these hours without strategy, which an in-house team does anyway ({hours} h a year for the most outsourced scenario), less the time freed in the staff you keep."},
    # Board pack (exports/): the Overview's risk-inclusive story
    "export.assumption_set": {
        "fr": "Jeu d'hypothèses : {set}. Coût attendu = moyenne des {trials} futurs simulés, risques compris ; plan = coût déterministe, hors événements de risque.",
        "en": "Assumption set: {set}. Expected cost = mean of the {trials} simulated futures, risks included; plan = deterministic cost, excluding risk events."},
    "export.col.expected": {"fr": "Coût attendu sur {years} ans, risques compris",
                            "en": "Expected cost over {years} years, risks included"},
    "export.col.total_p10": {"fr": "P10 du total", "en": "Total P10"},
    "export.col.total_p90": {"fr": "P90 du total", "en": "Total P90"},
    "export.col.range": {"fr": "P10–P90 du total", "en": "Total P10–P90"},
    "export.col.p_cheaper": {"fr": "Probabilité de coûter moins que l'interne",
                             "en": "Probability of costing less than in-house"},
    "export.col.saving": {"fr": "Économie attendue sur l'interne", "en": "Expected saving on in-house"},
    "export.col.saving_p10": {"fr": "Économie P10", "en": "Saving P10"},
    "export.col.saving_p90": {"fr": "Économie P90", "en": "Saving P90"},
    "export.col.saving_range": {"fr": "Économie attendue (P10 à P90)", "en": "Expected saving (P10 to P90)"},
    "export.saving_range": {"fr": "{saving} ({low} à {high})", "en": "{saving} ({low} to {high})"},
    "export.col.plan": {"fr": "Plan sur {years} ans, hors événements de risque",
                        "en": "Plan over {years} years, excluding risk events"},
    "export.col.plan_npv": {"fr": "VAN du plan", "en": "NPV of the plan"},
    "export.col.plan_delta": {"fr": "Écart du plan avec l'interne", "en": "Plan gap to in-house"},
    "export.chart.expected_vs_plan": {"fr": "Coût sur {years} ans : attendu (risques compris) et plan",
                                      "en": "Cost over {years} years: expected (risks included) and plan"},
    "export.series.expected": {"fr": "Attendu, risques compris", "en": "Expected, risks included"},
    "export.series.plan": {"fr": "Plan, hors événements de risque", "en": "Plan, excluding risk events"},
    "export.chart.yearly_plan": {"fr": "Coût annuel par scénario (plan, hors événements de risque)",
                                 "en": "Yearly cost per scenario (plan, excluding risk events)"},
    "export.sheet.items": {"fr": "Coûts par poste", "en": "Cost by item"},
    "export.items.title": {"fr": "Coût par poste sur {years} ans (plan, hors événements de risque)",
                           "en": "Cost by item over {years} years (plan, excluding risk events)"},
    "export.sheet.one_off": {"fr": "Dépenses ponctuelles", "en": "One-off lines"},
    "export.one_off.title": {"fr": "Dépenses ponctuelles tenues hors de la base récurrente",
                             "en": "One-off lines kept out of the recurring baseline"},
    "export.one_off.none": {"fr": "Aucune dépense ponctuelle détectée : tout l'historique forme la base récurrente.",
                            "en": "No one-off line found: the whole history is the recurring baseline."},
    "export.sheet.staff": {"fr": "Décisions personnel", "en": "Staff decisions"},
    "export.staff.title": {"fr": "Le personnel interne : décision par poste et par scénario",
                           "en": "In-house staff: the decision per role and scenario"},
    "export.staff.none": {"fr": "Aucune décision sur le personnel : chaque poste est gardé dans chaque scénario, à coût plein (aucune économie de personnel).",
                          "en": "No staff decision: every role is kept in every scenario, at full cost (no staff saving)."},
    "export.col.role": {"fr": "Poste", "en": "Role"},
    "export.col.fate": {"fr": "Décision", "en": "Decision"},
    "export.col.decision_date": {"fr": "Date de la décision", "en": "Decision date"},
    "export.col.delay": {"fr": "Consultation et procédure (mois)", "en": "Consultation and procedure (months)"},
    "export.col.notice": {"fr": "Préavis (mois)", "en": "Notice (months)"},
    "export.col.exit_date": {"fr": "Sortie des effectifs", "en": "Leaves the payroll"},
    "export.col.severance": {"fr": "Indemnité légale de licenciement", "en": "Legal severance"},
    "export.col.seniority": {"fr": "Ancienneté à la sortie (années)", "en": "Years of service on leaving"},
    "export.col.reason": {"fr": "Motif", "en": "Reason"},
    "export.col.in_baseline": {"fr": "Remise dans la base", "en": "Put back in the baseline"},
    "export.slide.staff": {"fr": "Le personnel : décisions, préavis et indemnités",
                           "en": "Staff: decisions, notice and severance"},
    "export.slide.items": {"fr": "Coût par poste (plan, hors événements de risque)",
                           "en": "Cost by item (plan, excluding risk events)"},
    "export.slide.one_off": {"fr": "Dépenses ponctuelles hors de la base récurrente",
                             "en": "One-off lines kept out of the recurring baseline"},
    "export.section.staff": {"fr": "Le personnel interne", "en": "In-house staff"},
    "export.section.one_off": {"fr": "Dépenses ponctuelles", "en": "One-off lines"},
    "export.never": {"fr": "–", "en": "–"},
    "export.input.start_date": {"fr": "Début de l'année 1", "en": "Start of year 1"},
    "export.input.start_date.auto": {"fr": "le mois après la dernière dépense", "en": "the month after the last spend line"},
    "export.col.value_in_set": {"fr": "Valeur ({set}, utilisée)", "en": "Value ({set}, used)"},
}
