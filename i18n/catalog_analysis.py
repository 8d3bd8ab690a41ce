"""Strings of the decision pages: Overview, Predictability, Risk, Sensitivity."""

STRINGS = {
    "analysis.running": {"fr": "Simulation de {trials} futurs possibles…", "en": "Simulating {trials} possible futures…"},
    "analysis.trials": {"fr": "Tirages Monte Carlo", "en": "Monte Carlo trials"},
    "analysis.trials_help": {
        "fr": "10 000 tirages placent le P90 à ±0,4 % près ; 100 000 pour un dossier final.",
        "en": "10,000 trials put the P90 within ±0.4 %; use 100,000 for a final pack."},
    "analysis.seed": {"fr": "Graine", "en": "Seed"},
    "analysis.seed_help": {"fr": "Même graine, mêmes données : mêmes résultats, au centime près.",
                           "en": "Same seed, same data: the same results, to the cent."},
    "analysis.margin": {"fr": "Marge de dépassement", "en": "Overrun margin"},
    "analysis.budget": {"fr": "Budget annuel ({cur})", "en": "Yearly budget ({cur})"},
    "analysis.budget_placeholder": {"fr": "le plan de chaque option", "en": "each option's plan"},
    "analysis.budget_help": {
        "fr": "Vide : chaque option est comparée à son propre plan, hors événements de risque (ce que les risques y ajoutent). "
              "Rempli : toutes les options sont comparées à ce budget annuel.",
        "en": "Empty: each option is measured against its own plan, excluding risk events (what the risks add to it). "
              "Filled: every option is measured against this yearly budget."},
    "analysis.settings": {"fr": "Réglages de la simulation", "en": "Simulation settings"},
}

STRINGS.update({
    "nav.overview": {"fr": "Synthèse", "en": "Overview"},
    "nav.predictability": {"fr": "Prévisibilité", "en": "Predictability"},
    "nav.risk": {"fr": "Risques", "en": "Risk"},
    "nav.sensitivity": {"fr": "Sensibilité", "en": "Sensitivity"},
    "overview.title": {"fr": "Garder l'informatique en interne ou l'externaliser\u00a0?",
                       "en": "Keep IT in-house or outsource it?"},
    "overview.kpi.expected": {"fr": "Coût attendu {years} ans, avec risques",
                              "en": "Expected cost, {years} years, with risks"},
    "overview.kpi.help_expected": {
        "fr": "Moyenne des futurs simulés : tous coûts comptés (personnel, transition, pilotage, hors forfait, sortie) et les événements de risque (pannes, cyberattaques, départs, défaillance du prestataire…), hors TVA. Écart avec l'option « {ref} ».",
        "en": "Mean of the simulated futures: every cost counted (staff, transition, contract management, out of scope, exit) and the risk events (outages, cyber attacks, departures, provider failure…), excl. VAT. Difference with {ref}."},
    "overview.kpi.range": {"fr": "8 futurs sur 10 entre {low} et {high} (P10–P90)",
                           "en": "8 futures in 10 between {low} and {high} (P10–P90)"},
    "overview.kpi.p_cheaper": {"fr": "Moins cher que l'option « {ref} »", "en": "Cheaper than {ref}"},
    "overview.kpi.help_p_cheaper": {
        "fr": "Part des futurs simulés où cette option coûte moins que l'option « {ref} » sur l'horizon ; les mêmes tirages servent à toutes les options, la comparaison est donc appariée.",
        "en": "Share of the simulated futures where this option costs less than {ref} over the horizon; every option uses the same draws, so the comparison is paired."},
    "overview.kpi.saving_range": {"fr": "économie P10–P90 : {low} à {high}",
                                  "en": "saving P10–P90: {low} to {high}"},
    "overview.kpi.plan": {"fr": "Plan, hors événements de risque", "en": "Plan, excluding risk events"},
    "overview.kpi.help_plan": {
        "fr": "Le coût déterministe aux valeurs centrales, sans panne, attaque ni défaillance : ce qu'un budget écrit d'avance montrerait.",
        "en": "The deterministic cost at the central values, with no outage, attack or failure: what a budget written in advance would show."},
    "overview.kpi.p90": {"fr": "Mauvaise année (P90)", "en": "Bad year (P90)"},
    "overview.kpi.risk": {"fr": "Pertes de risque attendues / an", "en": "Expected risk loss / year"},
    "overview.kpi.help_total": {
        "fr": "Tous coûts comptés (transition, équipe conservée, hors forfait, sortie), hors TVA. Écart avec l'option « {ref} ».",
        "en": "Every cost counted (transition, retained team, out of scope, exit), excl. VAT. Difference with {ref}."},
    "overview.kpi.help_p90": {
        "fr": "Une année sur dix coûte au moins autant (risques compris). Écart avec l'option « {ref} ».",
        "en": "One year in ten costs at least this much (risks included). Difference with {ref}."},
    "overview.kpi.help_risk": {
        "fr": "Pannes, cyberattaques, départ d'une personne clé, défaillance ou dérive du prestataire… en {cur_word} par an.",
        "en": "Outages, cyber attacks, a key person leaving, a failing or weak provider… in {cur_word} per year."},
    "overview.table": {"fr": "Indicateurs par scénario", "en": "Key figures per scenario"},
    "overview.col.scenario": {"fr": "Scénario", "en": "Scenario"},
    "overview.col.expected": {"fr": "Attendu {years} ans (risques compris)",
                              "en": "Expected {years} years (risks included)"},
    "overview.col.range": {"fr": "P10–P90", "en": "P10–P90"},
    "overview.col.p_cheaper": {"fr": "Moins cher que l'interne", "en": "Cheaper than in-house"},
    "overview.col.plan": {"fr": "Plan {years} ans (hors risques)", "en": "Plan {years} years (no risk events)"},
    "overview.col.delta": {"fr": "Écart / interne", "en": "vs in-house"},
    "overview.col.npv": {"fr": "VAN", "en": "NPV"},
    "overview.col.p90": {"fr": "Mauvaise année (P90)", "en": "Bad year (P90)"},
    "overview.col.bar": {"fr": "Budget à risque", "en": "Budget at risk"},
    "overview.col.risk": {"fr": "Risques / an", "en": "Risk loss / year"},
    "overview.col.break_even": {"fr": "Équilibre", "en": "Break-even"},
    "overview.col.per_employee": {"fr": "Par salarié / an", "en": "Per employee / year"},
    "overview.year_n": {"fr": "année {n}", "en": "year {n}"},
    "overview.never": {"fr": "jamais", "en": "never"},
    "overview.predictable": {
        "fr": "Budget le plus prévisible : {name} (dispersion relative du coût annuel {cv} ; probabilité de dépasser {basis} de plus de {margin} : {p}).",
        "en": "Most predictable budget: {name} (relative spread of the yearly cost {cv}; probability of overrunning {basis} by more than {margin}: {p})."},
    "overview.predictable.spread_other": {
        "fr": "{name} a la plus faible dispersion relative ({cv}) : son coût varie moins en proportion, mais il a {p} de risque de dépasser {basis} de plus de {margin}.",
        "en": "{name} has the lowest relative spread ({cv}): its cost varies less in proportion, but it has a {p} chance of overrunning {basis} by more than {margin}."},
    "overview.budget.plan": {"fr": "son plan", "en": "its plan"},
    "overview.budget.user": {"fr": "votre budget", "en": "your budget"},
    "overview.one_off": {
        "fr": "{n} dépenses ponctuelles ({amount} : incidents, urgences lourdes, projets) sont hors de la base récurrente ; les risques les portent. Voir Dépenses actuelles.",
        "en": "{n} one-off lines ({amount}: incidents, large emergencies, projects) are kept out of the recurring baseline; the risk model carries them. See Current spend."},
    "overview.staff_kept": {
        "fr": "Chaque personne de l'équipe informatique est gardée dans tous les scénarios (le réglage par défaut) : externaliser ajoute le forfait du prestataire à la masse salariale actuelle. Le sort de chaque personne (garder, redéployer, transférer, licencier) se décide page Scénarios, avec préavis et indemnité légale.",
        "en": "Every IT person is kept in every scenario (the default): outsourcing adds the provider's fee to today's payroll. Decide each person's fate (keep, redeploy, transfer, dismiss) on the Scenarios page, with notice and legal severance."},
    "overview.robust": {
        "fr": "Jeux d'hypothèses : « {name} » est l'option la moins chère dans {n} sur {total} ({sets})",
        "en": "Assumption sets: {name} is the cheapest option under {n} of {total} ({sets})"},
    "overview.robust.other": {"fr": "avec « {set} », c'est « {name} »", "en": "under {set}, it is {name}"},
    "overview.robust.note": {
        "fr": "Discours commercial : les valeurs qu'un prestataire mettrait en avant ; neutre : le milieu des fourchettes sourcées ; prudent : des valeurs moins favorables au prestataire. Réponse principale calculée avec : {set} ; jeux comparés sur {trials} tirages.",
        "en": "Provider pitch: the values a seller would put forward; neutral: the middle of the sourced ranges; cautious: values less favourable to the provider. Main answer computed with: {set}; sets compared with {trials} trials."},
    "aset.pitch": {"fr": "discours commercial", "en": "provider pitch"},
    "aset.neutral": {"fr": "neutre", "en": "neutral"},
    "aset.cautious": {"fr": "prudent", "en": "cautious"},
    "overview.thresholds": {"fr": "Ce qui doit être vrai pour que la réponse tienne",
                            "en": "What must be true for the answer to hold"},
    "overview.governance": {"fr": "La gouvernance change-t-elle la réponse\u00a0?",
                            "en": "Does governance change the answer?"},
    "overview.gov.none": {"fr": "Sans gouvernance (externalisation précipitée)",
                          "en": "No governance (outsourcing in a hurry)"},
    "overview.gov.mature": {"fr": "Gouvernance mature (pilotage, réversibilité, référent interne)",
                            "en": "Mature governance (steering, reversibility, internal referent)"},
    "overview.gov.current": {"fr": "Vos réponses actuelles ({score} / 100)",
                             "en": "Your current answers ({score} / 100)"},
    "overview.gov.trials": {"fr": "préréglages simulés sur {trials} tirages",
                            "en": "presets simulated with {trials} trials"},
    "overview.details": {"fr": "Pour aller plus loin", "en": "Details"},
})

STRINGS.update({
    "predictability.title": {"fr": "Prévisibilité du budget", "en": "Budget predictability"},
    "predictability.intro": {
        "fr": "Chaque option simulée sur des milliers de futurs possibles : prix, salaires, hors forfait, "
              "imprévus et événements de risque. La bande va de P10 à P90 : 8 années sur 10 y tombent.",
        "en": "Each option simulated over thousands of possible futures: prices, salaries, out-of-scope "
              "work, unplanned spend and risk events. The band runs from P10 to P90: 8 years in 10 land in it."},
    "predictability.year": {"fr": "Année montrée", "en": "Year shown"},
    "predictability.tab.overrun": {"fr": "Dispersion et risque de dépassement",
                                   "en": "Spread and chance of overrun"},
    "predictability.tab.spread": {"fr": "Distribution du coût annuel",
                                  "en": "Distribution of the yearly cost"},
    "predictability.all_years": {"fr": "Toutes les années", "en": "All years"},
    "predictability.table": {"fr": "Coût total sur l'horizon : statistiques", "en": "Total cost over the horizon: statistics"},
    "predictability.tail": {"fr": "Moyenne au-delà du P95", "en": "Mean beyond P95"},
    "predictability.table_note": {
        "fr": "Sur {years} ans, risques compris. Dépassement : probabilité de dépasser {basis} de plus de {margin}. "
              "Erreur Monte Carlo : ± sur P50 / P90.",
        "en": "Over {years} years, risks included. Overrun: probability of exceeding {basis} by more than {margin}. "
              "Monte Carlo error: ± on P50 / P90."},
    "risk.title": {"fr": "Risques en {cur_word}", "en": "Risk in {cur_word}"},
    "risk.intro": {
        "fr": "Chaque risque est un nombre d'événements par an (loi de Poisson) et un coût tiré pour chaque événement. "
              "Les taux et les coûts dépendent du domaine, du contrat de service, de la gouvernance et du jeu d'hypothèses. "
              "Une panne est chiffrée sur le temps perdu et la marge perdue (valeur ajoutée), pas sur le chiffre d'affaires.",
        "en": "Each risk is a number of events per year (Poisson) and a cost drawn for each event. Rates and "
              "costs depend on the domain, the service contract, governance and the assumption set. "
              "An outage is priced on the time and the margin lost (value added), not on revenue."},
    "risk.governance": {"fr": "Avant / après gouvernance", "en": "Before / after governance"},
    "risk.col.without": {"fr": "Risques / an sans effets de gouvernance", "en": "Risk / year without governance effects"},
    "risk.col.with": {"fr": "Risques / an avec vos réponses", "en": "Risk / year with your answers"},
    "risk.col.total_without": {"fr": "Coût attendu {years} ans, risques compris, sans", "en": "Expected cost {years} years, risks included, without"},
    "risk.col.total_with": {"fr": "Coût attendu {years} ans, risques compris, avec", "en": "Expected cost {years} years, risks included, with"},
    "risk.governance_note": {
        "fr": "Les effets de vos réponses au questionnaire de gouvernance peuvent être désactivés sur la page Gouvernance.",
        "en": "The effects of your governance answers can be switched off on the Governance page."},
    "risk.sla_note": {
        "fr": "En interne, l'indisponibilité attendue est de {hours} heures par an, sans aucune pénalité à récupérer.",
        "en": "In-house, expected downtime is {hours} hours a year, with no service credit to recover."},
    "risk.edit_register": {"fr": "Modifier le registre des risques", "en": "Edit the risk register"},
    "risk.tab.exceedance": {"fr": "Perte d'une mauvaise année", "en": "Loss in a bad year"},
    "risk.tab.sla": {"fr": "Pénalités du contrat de service", "en": "Service credits"},
    "risk.tab.register": {"fr": "Registre des risques", "en": "Risk register"},
    "sensitivity.title": {"fr": "Ce qui décide la réponse", "en": "What decides the answer"},
    "sensitivity.intro": {
        "fr": "Chaque hypothèse incertaine est poussée à sa valeur basse puis haute, les autres restant au cas central.",
        "en": "Each uncertain assumption is pushed to its low then its high value, the others staying at the base case."},
    "sensitivity.scenario": {"fr": "Scénario", "en": "Scenario"},
    "sensitivity.versus": {"fr": "Mesurer l'écart avec l'option « {ref} »", "en": "Measure the gap with {ref}"},
    "sensitivity.subtitle": {"fr": "{what} sur {years} ans · {source}", "en": "{what} over {years} years · {source}"},
    "sensitivity.what_gap": {"fr": "Écart de coût « {a} » − « {b} »", "en": "Cost gap {a} − {b}"},
    "sensitivity.what_total": {"fr": "Coût total de l'option « {a} »", "en": "Total cost of {a}"},
    "sensitivity.tornado_note": {
        "fr": "Les bornes basse et haute sont celles de la page Hypothèses, avec leurs sources.",
        "en": "Low and high bounds are those of the Assumptions page, with their sources."},
})

STRINGS.update({
    "comparison.waterfall": {"fr": "De l'option « {ref} » à chaque scénario : ce qui part, ce qui arrive (plan, hors événements de risque)",
                             "en": "From {ref} to each scenario: what goes, what comes (plan, excluding risk events)"},
    "comparison.waterfall_pick": {"fr": "Scénario", "en": "Scenario"},
    "comparison.waterfall_subtitle": {
        "fr": "Écart de coût par poste sur l'horizon, plan hors événements de risque, hors TVA · {source}",
        "en": "Cost difference by item over the horizon, plan excluding risk events, excl. VAT · {source}"},
})
