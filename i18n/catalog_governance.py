"""Governance page, questionnaire, effects, verdicts, actions and risk register (issue 7)."""

_Q = {
    # id: (question fr, question en, short fr, short en, (a0 fr, a1 fr, a2 fr), (a0 en, a1 en, a2 en),
    #      action fr, action en)
    "expectations": (
        "Vos attentes sont-elles écrites avant de signer (disponibilité, sécurité, conseil, support) ?",
        "Are your expectations written down before signing (availability, security, advice, support)?",
        "attentes écrites", "written expectations",
        ("Non", "En partie", "Oui, toutes"), ("No", "In part", "Yes, all of them"),
        "Écrire les attentes (disponibilité, sécurité, conseil, support) et les faire reprendre "
        "dans le contrat.",
        "Write down expectations (availability, security, advice, support) and have the "
        "contract repeat them."),
    "sla": (
        "Le contrat fixe-t-il des niveaux de service mesurables et des pénalités (GTI, GTR, disponibilité) ?",
        "Does the contract set measurable service levels and penalties (response, restore time, availability)?",
        "niveaux de service", "service levels",
        ("Non", "Quelques engagements", "Oui, mesurés et pénalisés"),
        ("No", "Some commitments", "Yes, measured with penalties"),
        "Exiger des niveaux de service mesurables (GTR 2–4 h pour le critique, disponibilité) "
        "avec pénalités.",
        "Require measurable service levels (2–4 h restore for critical incidents, availability) "
        "with penalties."),
    "steering": (
        "Des réunions de pilotage régulières avec le prestataire sont-elles prévues ?",
        "Are regular steering meetings with the provider planned?",
        "pilotage régulier", "regular steering",
        ("Non", "Au besoin", "Oui, mensuelles et trimestrielles"),
        ("No", "When needed", "Yes, monthly and quarterly"),
        "Tenir une revue de service mensuelle et un comité de pilotage trimestriel avec le "
        "prestataire.",
        "Hold a monthly service review and a quarterly steering committee with the provider."),
    "reporting": (
        "Le prestataire remet-il des indicateurs (tickets, délais, SLA) que vous lisez ?",
        "Does the provider send figures (tickets, delays, SLA) that you actually read?",
        "indicateurs suivis", "figures reviewed",
        ("Non", "Reçus, peu lus", "Oui, revus en pilotage"),
        ("No", "Received, rarely read", "Yes, reviewed in steering"),
        "Revoir chaque trimestre les indicateurs du prestataire et réclamer les pénalités dues.",
        "Review the provider's figures every quarter and claim the penalties due."),
    "decision_rights": (
        "Sait-on qui décide et comment prioriser les demandes ?",
        "Is it clear who decides and how requests are prioritised?",
        "droits de décision", "decision rights",
        ("Non", "Informellement", "Oui, écrit (une file, un arbitre)"),
        ("No", "Informally", "Yes, written (one queue, one arbiter)"),
        "Écrire qui décide quoi et tenir une seule file de demandes priorisée.",
        "Write down who decides what and keep one prioritised queue of requests."),
    "referent": (
        "Un référent interne qui connaît le métier est-il gardé, avec du temps dédié ?",
        "Is an internal referent who knows the business kept, with time set aside?",
        "référent interne", "internal referent",
        ("Non", "Oui, sans temps dédié", "Oui, avec temps dédié"),
        ("No", "Yes, without set time", "Yes, with set time"),
        "Nommer un référent interne qui connaît le métier et lui réserver environ 3 h par semaine.",
        "Name an internal referent who knows the business and set aside about 3 h a week."),
    "change_readiness": (
        "L'équipe interne est-elle prête au changement (informée, associée, formée) ?",
        "Is the internal team ready for the change (informed, involved, trained)?",
        "équipe prête", "team readiness",
        ("Non", "Informée", "Associée et formée"), ("No", "Informed", "Involved and trained"),
        "Associer l'équipe interne dès le départ : rôle de chacun après la bascule, formation.",
        "Involve the internal team from the start: each person's role after the switch, "
        "training."),
    "assets": (
        "La documentation, les comptes administrateur et les données appartiennent-ils à l'entreprise ?",
        "Are documentation, admin credentials and data owned by the company?",
        "documentation et accès", "docs and credentials",
        ("Non, chez le prestataire", "En partie", "Oui, dans un coffre interne"),
        ("No, the provider holds them", "In part", "Yes, in a company vault"),
        "Récupérer dans un coffre interne les comptes administrateur, la documentation et "
        "l'accès aux données.",
        "Keep admin credentials, documentation and data access in a company-owned vault."),
    "reversibility": (
        "Le contrat a-t-il une clause de réversibilité et un plan de sortie à jour ?",
        "Does the contract have a reversibility clause and an up-to-date exit plan?",
        "réversibilité", "reversibility",
        ("Non", "Clause seule", "Clause et plan tenu à jour"),
        ("No", "Clause only", "Clause and a maintained plan"),
        "Négocier une clause de réversibilité et un plan de sortie (délais, données, coût) "
        "avant de signer.",
        "Negotiate a reversibility clause and an exit plan (timing, data, cost) before signing."),
    "security_roles": (
        "Les rôles de sécurité sont-ils écrits et les restaurations de sauvegarde testées ?",
        "Are security roles written down and backup restores tested?",
        "sauvegardes testées", "tested backups",
        ("Non", "Rôles écrits, jamais testé", "Oui, test de restauration régulier"),
        ("No", "Roles written, never tested", "Yes, regular restore tests"),
        "Écrire qui sauvegarde, qui corrige, qui alerte, et tester une restauration.",
        "Write down who backs up, who patches, who raises the alarm, and test a restore."),
    "business_understanding": (
        "Le prestataire comprend-il votre métier et est-il proche (références, interlocuteur nommé) ?",
        "Does the provider understand your business and stay close (references, named contact)?",
        "connaissance du métier", "business understanding",
        ("Non", "En partie", "Oui"), ("No", "In part", "Yes"),
        "Choisir un prestataire qui a des références dans votre secteur et un interlocuteur "
        "nommé proche.",
        "Choose a provider with references in your sector and a named contact nearby."),
    "partnership": (
        "Le prestataire est-il choisi comme un partenaire plutôt qu'au prix le plus bas ?",
        "Is the provider chosen as a partner rather than at the lowest price?",
        "partenariat", "partnership",
        ("Non, le moins cher", "Compromis", "Oui, sur la valeur"),
        ("No, the cheapest", "A compromise", "Yes, on value"),
        "Choisir sur la valeur (capacité, proximité, qualité) : un prix très bas se paie en "
        "qualité.",
        "Choose on value (capacity, proximity, quality): a very low price is paid for in "
        "quality."),
    "phasing": (
        "L'externalisation est-elle progressive plutôt que tout d'un coup ?",
        "Is outsourcing phased rather than all at once?",
        "bascule progressive", "phased outsourcing",
        ("Non, tout d'un coup", "En deux temps", "Oui, domaine par domaine avec pilote"),
        ("No, all at once", "In two steps", "Yes, domain by domain with a pilot"),
        "Externaliser domaine par domaine, en commençant par un pilote (support, sécurité).",
        "Outsource domain by domain, starting with a pilot (support, security)."),
}

STRINGS = {}
for _id, (qfr, qen, sfr, sen, afr, aen, actfr, acten) in _Q.items():
    STRINGS[f"gov.q.{_id}"] = {"fr": qfr, "en": qen}
    STRINGS[f"gov.q.{_id}.short"] = {"fr": sfr, "en": sen}
    for _lvl in range(3):
        STRINGS[f"gov.q.{_id}.a{_lvl}"] = {"fr": afr[_lvl], "en": aen[_lvl]}
    STRINGS[f"gov.action.{_id}"] = {"fr": actfr, "en": acten}

STRINGS.update({
    # navigation and page
    "nav.governance": {"fr": "Gouvernance", "en": "Governance"},
    "gov.title": {"fr": "Gouvernance et préparation", "en": "Governance and readiness"},
    "gov.intro": {
        "fr": "Treize questions, deux minutes. Les risques de l'externalisation viennent surtout "
              "d'une gouvernance absente, d'un prestataire « volume » à bas coût et de "
              "malentendus : vos réponses modifient les paramètres de risque et de coût, que vous "
              "pouvez voir et annuler.",
        "en": "Thirteen questions, two minutes. Outsourcing risks come mostly from missing "
              "governance, low-cost volume providers and misunderstandings: your answers change "
              "the risk and cost parameters, which you can see and undo."},
    "gov.presets": {"fr": "Préremplir", "en": "Prefill"},
    "gov.preset.none": {"fr": "Aucune gouvernance", "en": "No governance"},
    "gov.preset.typical": {"fr": "Gouvernance moyenne", "en": "Typical governance"},
    "gov.preset.mature": {"fr": "Gouvernance mature", "en": "Mature governance"},
    "gov.preset.help": {
        "fr": "« Moyenne » répond « en partie » partout : les paramètres du moteur de risque "
              "restent inchangés.",
        "en": "“Typical” answers “in part” everywhere: the risk engine's parameters stay "
              "unchanged."},
    "gov.questionnaire": {"fr": "Questionnaire", "en": "Questionnaire"},
    "gov.theme.contract": {"fr": "Contrat et attentes", "en": "Contract and expectations"},
    "gov.theme.steering": {"fr": "Pilotage", "en": "Steering"},
    "gov.theme.knowledge": {"fr": "Compétences gardées", "en": "Knowledge kept in-house"},
    "gov.theme.control": {"fr": "Maîtrise et réversibilité", "en": "Control and reversibility"},
    "gov.theme.provider": {"fr": "Prestataire et démarche", "en": "Provider and approach"},
    "gov.score": {"fr": "Maturité de gouvernance", "en": "Governance maturity"},
    "gov.score.value": {"fr": "{score} / 100", "en": "{score} / 100"},
    "gov.score.help": {
        "fr": "Chaque réponse vaut 0, 50 ou 100 points ; moyenne pondérée (poids 2 pour les "
              "attentes, le pilotage, le référent, la documentation et la réversibilité).",
        "en": "Each answer is worth 0, 50 or 100 points; weighted mean (weight 2 for "
              "expectations, steering, referent, documentation and reversibility)."},
    # effects
    "gov.effects": {"fr": "Effets sur les risques et les coûts", "en": "Effects on risks and costs"},
    "gov.tab.answers": {"fr": "Questionnaire et verdicts", "en": "Questionnaire and verdicts"},
    "gov.tab.effects": {"fr": "Effets en euros et actions", "en": "Effects in euros and actions"},
    "gov.tab.register": {"fr": "Registre des risques", "en": "Risk register"},
    "gov.apply": {"fr": "Appliquer les effets de la gouvernance", "en": "Apply governance effects"},
    "gov.apply.help": {
        "fr": "Désactivé : le moteur de risque et le modèle de coût gardent leurs valeurs par "
              "défaut (gouvernance moyenne, sans risque de confusion).",
        "en": "Off: the risk engine and the cost model keep their defaults (typical governance, "
              "no confusion risk)."},
    "gov.effects.off": {
        "fr": "Effets de la gouvernance désactivés : les pages de risque et de coût utilisent les "
              "valeurs par défaut.",
        "en": "Governance effects are off: the risk and cost pages use the defaults."},
    "gov.effects.caption": {
        "fr": "Facteur appliqué au paramètre (1 = inchangé) pour un scénario externalisé. Les "
              "facteurs de plusieurs réponses se multiplient, bornés entre 0,6 et 3.",
        "en": "Factor applied to the parameter (1 = unchanged) for an outsourced scenario. "
              "Factors from several answers multiply, bounded between 0.6 and 3."},
    "gov.col.parameter": {"fr": "Paramètre", "en": "Parameter"},
    "gov.col.before": {"fr": "Avant", "en": "Before"},
    "gov.col.after": {"fr": "Après gouvernance", "en": "After governance"},
    "gov.col.drivers": {"fr": "Réponses en cause", "en": "Answers behind it"},
    "gov.col.basis": {"fr": "Fondement", "en": "Basis"},
    "gov.col.scenario": {"fr": "Scénario", "en": "Scenario"},
    "gov.col.risk_before": {"fr": "Perte de risque annuelle, avant", "en": "Yearly risk loss, before"},
    "gov.col.risk_after": {"fr": "Perte de risque annuelle, après", "en": "Yearly risk loss, after"},
    "gov.col.total_before": {"fr": "Total {years} ans avec risques, avant",
                             "en": "{years}-year total with risks, before"},
    "gov.col.total_after": {"fr": "Total {years} ans avec risques, après",
                            "en": "{years}-year total with risks, after"},
    "gov.col.plan_after": {"fr": "dont plan hors risques, après",
                           "en": "of which plan excluding risks, after"},
    "gov.col.confusion": {"fr": "dont confusion / an", "en": "of which confusion / year"},
    "gov.target.cost.out_of_scope_share": {"fr": "Prestations hors forfait (part du forfait)",
                                           "en": "Work outside the fixed fee (share of fee)"},
    "gov.target.cost.exit_factor": {"fr": "Coût de sortie", "en": "Exit cost"},
    "gov.target.risk.degradation.rate": {"fr": "Fréquence des dégradations de service",
                                         "en": "Service degradation frequency"},
    "gov.target.risk.transition_overrun.rate": {"fr": "Probabilité de dérive de la transition",
                                                "en": "Transition overrun probability"},
    "gov.target.risk.transition_overrun.severity": {"fr": "Ampleur d'une dérive de transition",
                                                    "en": "Size of a transition overrun"},
    "gov.target.confusion.rate": {"fr": "Épisodes de confusion (qui décide ?)",
                                  "en": "Confusion episodes (who decides?)"},
    "gov.target.risk.renewal_step.rate": {"fr": "Hausse surprise au renouvellement",
                                              "en": "Price surprise at renewal"},
    "gov.target.risk.provider_failure.severity": {
        "fr": "Coût d'une défaillance du prestataire (sortie forcée)",
        "en": "Cost of a provider failure (forced exit)"},
    "gov.target.risk.key_person.severity": {"fr": "Coût du départ d'une personne clé",
                                            "en": "Cost of a key person leaving"},
    "gov.target.risk.data_loss.rate": {"fr": "Fréquence des pertes de données",
                                       "en": "Data loss frequency"},
    "gov.target.risk.cyber.severity": {"fr": "Coût d'un incident cyber",
                                       "en": "Cost of a cyber incident"},
    "gov.basis.src": {"fr": "source", "en": "source"},
    "gov.basis.secondary": {"fr": "source secondaire", "en": "secondary source"},
    "gov.basis.vendor": {"fr": "source commerciale", "en": "vendor source"},
    "gov.basis.judgement": {"fr": "jugement argumenté", "en": "stated judgement"},
    "gov.none": {"fr": "–", "en": "–"},
    "gov.impact": {"fr": "Effet en {cur_word} par scénario", "en": "Effect in {cur_word} by scenario"},
    "gov.impact.caption": {
        "fr": "Perte de risque attendue par an (moyenne Monte Carlo du moteur de risque) et coût "
              "total sur l'horizon avec les risques (le plan plus la perte attendue de chaque "
              "année), sans puis avec les effets de vos réponses. La confusion est chiffrée à "
              "partir du temps du personnel : {detail}.",
        "en": "Expected yearly risk loss (Monte Carlo mean of the risk engine) and total cost over "
              "the horizon with risks (the plan plus each year's expected loss), without then "
              "with the effects of your answers. Confusion is costed from staff time: {detail}."},
    "gov.confusion.detail": {
        "fr": "{decider_hours} h du décideur à {decider_rate} de l'heure + {employee_hours} h "
              "d'employés à {employee_rate} de l'heure par épisode",
        "en": "{decider_hours} h of the decider at {decider_rate} an hour + {employee_hours} h "
              "of employees at {employee_rate} an hour per episode"},
    "gov.engine_missing": {
        "fr": "Le moteur de risque n'est pas disponible : seuls la confusion et les effets sur "
              "les coûts sont chiffrés.",
        "en": "The risk engine is not available: only confusion and the cost effects are "
              "costed."},
    # verdicts
    "gov.verdicts": {"fr": "Êtes-vous prêts ? Verdict par scénario",
                     "en": "Are you ready? Verdict per scenario"},
    "gov.verdict.inhouse": {
        "fr": "{scenario} : rien n'est confié à un prestataire. Les réponses sur la documentation "
              "et les sauvegardes pèsent encore sur le risque « personne clé » (points faibles : "
              "{gaps}).",
        "en": "{scenario}: nothing is handed to a provider. The answers on documentation and "
              "backups still weigh on the key-person risk (weak points: {gaps})."},
    "gov.verdict.ready": {
        "fr": "{scenario} : prêts. Maturité {score}/100 pour {required} requis, aucun point "
              "bloquant (à consolider : {gaps}).",
        "en": "{scenario}: ready. Maturity {score}/100 for {required} required, no blocking "
              "point (to consolidate: {gaps})."},
    "gov.verdict.conditions": {
        "fr": "{scenario} : prêts sous conditions. Maturité {score}/100 pour {required} requis ; "
              "à régler avant de signer : {gaps}.",
        "en": "{scenario}: ready on conditions. Maturity {score}/100 for {required} required; "
              "settle before signing: {gaps}."},
    "gov.verdict.not_ready": {
        "fr": "{scenario} : pas prêts. Maturité {score}/100 pour {required} requis ; points "
              "bloquants : {gaps}.",
        "en": "{scenario}: not ready. Maturity {score}/100 for {required} required; blocking "
              "points: {gaps}."},
    "gov.verdict.inhouse_clean": {
        "fr": "{scenario} : rien n'est confié à un prestataire ; documentation et sauvegardes "
              "tenues limitent le risque « personne clé ».",
        "en": "{scenario}: nothing is handed to a provider; documentation and backups in order "
              "limit the key-person risk."},
    "gov.verdict.ready_clean": {
        "fr": "{scenario} : prêts. Maturité {score}/100 pour {required} requis, aucun point "
              "faible parmi les questions critiques.",
        "en": "{scenario}: ready. Maturity {score}/100 for {required} required, no weak point "
              "among the critical questions."},
    "gov.verdict.conditions_clean": {
        "fr": "{scenario} : prêts sous conditions. Maturité {score}/100 pour {required} requis ; "
              "les questions critiques sont au point, renforcer les autres.",
        "en": "{scenario}: ready on conditions. Maturity {score}/100 for {required} required; "
              "the critical questions are in order, strengthen the others."},
    "gov.verdict.not_ready_clean": {
        "fr": "{scenario} : pas prêts. Maturité {score}/100 pour {required} requis.",
        "en": "{scenario}: not ready. Maturity {score}/100 for {required} required."},
    # actions
    "gov.actions": {"fr": "Actions prioritaires", "en": "Priority actions"},
    "gov.actions.caption": {
        "fr": "Par ordre de priorité dans chaque période ; entre parenthèses, la perte annuelle "
              "évitée (scénario le plus externalisé) quand elle est chiffrable.",
        "en": "In order of priority within each period; in brackets, the yearly loss avoided "
              "(most outsourced scenario) when it can be costed."},
    "gov.phase.before_signing": {"fr": "Avant de signer", "en": "Before signing"},
    "gov.phase.first_90_days": {"fr": "Dans les 90 premiers jours", "en": "In the first 90 days"},
    "gov.phase.quarterly": {"fr": "Chaque trimestre", "en": "Every quarter"},
    "gov.action.saving": {"fr": "{text} ({saving} par an)", "en": "{text} ({saving} a year)"},
    "gov.actions.none": {"fr": "Rien à ajouter : toutes les réponses sont au meilleur niveau.",
                         "en": "Nothing to add: every answer is at the best level."},
    "gov.retained": {"fr": "Ce qui reste en interne, et le temps que cela prend",
                     "en": "What stays in-house, and the time it takes"},
    "gov.retained.caption": {
        "fr": "Heures par an de l'équipe gardée, valorisées à {rate} de l'heure (coût chargé du "
              "décideur). Le modèle de coût compte par ailleurs {share} du contrat pour le "
              "pilotage (Willcocks : 4 à 8 %).",
        "en": "Hours a year of the retained team, valued at {rate} an hour (decider's loaded "
              "cost). The cost model separately counts {share} of the contract for management "
              "(Willcocks: 4–8 %)."},
    "gov.retained.caption_fte": {
        "fr": "Heures par an de l'équipe gardée, valorisées à {rate} de l'heure (coût chargé du "
              "décideur). Le modèle de coût compte par ailleurs {fte} ETP de pilotage.",
        "en": "Hours a year of the retained team, valued at {rate} an hour (decider's loaded "
              "cost). The cost model separately counts {fte} governance FTE."},
    "gov.cost_note": {
        "fr": "Effets de vos réponses de gouvernance inclus : coût de sortie × {exit}, hors "
              "forfait × {scope} (page Gouvernance, réversible).",
        "en": "Effects of your governance answers included: exit cost × {exit}, out-of-scope "
              "work × {scope} (Governance page, can be switched off)."},
    "gov.task.strategy": {"fr": "Stratégie, feuille de route, budget",
                          "en": "Strategy, roadmap, budget"},
    "gov.task.referent": {"fr": "Référent métier (demandes, recette, contexte)",
                          "en": "Business referent (requests, acceptance, context)"},
    "gov.task.steering": {"fr": "Pilotage (revue mensuelle, comité trimestriel)",
                          "en": "Steering (monthly review, quarterly committee)"},
    "gov.task.contract": {"fr": "Suivi du contrat, des SLA et des factures",
                          "en": "Contract, SLA and invoice follow-up"},
    "gov.task.access": {"fr": "Revue des accès et du coffre de mots de passe",
                        "en": "Access and password-vault review"},
    "gov.task.reversibility": {"fr": "Plan de réversibilité et test de restauration",
                               "en": "Reversibility plan and restore test"},
    "gov.col.task": {"fr": "Activité gardée", "en": "Activity kept"},
    "gov.col.total": {"fr": "Total", "en": "Total"},
    "gov.col.fte": {"fr": "ETP", "en": "FTE"},
    "gov.col.cost": {"fr": "Coût / an", "en": "Cost / year"},
    # register
    "gov.register": {"fr": "Registre des risques", "en": "Risk register"},
    "gov.register.caption": {
        "fr": "Vraisemblance et impact de 1 à 5, calculés depuis vos réponses ; modifiez-les "
              "librement. Vos modifications alimentent la matrice des risques.",
        "en": "Likelihood and impact from 1 to 5, computed from your answers; edit them freely. "
              "Your edits feed the risk matrix."},
    "gov.register.reset": {"fr": "Revenir aux valeurs calculées", "en": "Back to computed values"},
    "gov.register.edit": {"fr": "Modifier la probabilité ou l'impact", "en": "Change a likelihood or an impact"},
    "gov.col.question": {"fr": "Question", "en": "Question"},
    "gov.col.answer": {"fr": "Réponse", "en": "Answer"},
    "gov.col.theme": {"fr": "Thème", "en": "Theme"},
    "gov.col.risk": {"fr": "Risque", "en": "Risk"},
    "gov.col.likelihood": {"fr": "Vraisemblance (1–5)", "en": "Likelihood (1–5)"},
    "gov.col.impact": {"fr": "Impact (1–5)", "en": "Impact (1–5)"},
    "gov.col.level": {"fr": "Criticité", "en": "Severity"},
    "gov.risk.dependency": {"fr": "Dépendance", "en": "Dependency"},
    "gov.risk.low_cost": {"fr": "Dégradation « bas coût »", "en": "Low-cost degradation"},
    "gov.risk.communication": {"fr": "Communication et confiance",
                               "en": "Communication and trust"},
    "gov.risk.confusion": {"fr": "Confusion de gouvernance", "en": "Governance confusion"},
    "gov.risk.transition": {"fr": "Transition", "en": "Transition"},
    # save / load
    "gov.file": {"fr": "Enregistrer ou recharger les réponses", "en": "Save or load the answers"},
    "gov.download": {"fr": "Télécharger les réponses (JSON)", "en": "Download the answers (JSON)"},
    "gov.upload": {"fr": "Recharger un fichier de réponses ou de scénarios (JSON)",
                   "en": "Load an answers or scenario file (JSON)"},
    "gov.loaded": {"fr": "Réponses chargées depuis « {name} ».",
                   "en": "Answers loaded from “{name}”."},
    "gov.load_failed": {"fr": "Fichier « {name} » refusé : {reason} Les réponses actuelles sont "
                              "conservées.",
                        "en": "File “{name}” refused: {reason} The current answers are kept."},
    # errors
    "gov.error.type": {"fr": "« {where} » doit être un {expected} JSON.",
                       "en": "“{where}” must be a JSON {expected}."},
    "gov.error.unknown_question": {"fr": "Question inconnue : {value}.",
                                   "en": "Unknown question: {value}."},
    "gov.error.missing_question": {"fr": "Réponse manquante : {value}.",
                                   "en": "Missing answer: {value}."},
    "gov.error.level": {"fr": "La réponse à « {question} » doit valoir 0, 1 ou 2 (reçu : {value}).",
                        "en": "The answer to “{question}” must be 0, 1 or 2 (got: {value})."},
    "gov.error.scale": {"fr": "« {name} » doit être un entier de 1 à 5 (reçu : {value}).",
                        "en": "“{name}” must be a whole number from 1 to 5 (got: {value})."},
    "gov.error.schema": {"fr": "Ce n'est pas un fichier de gouvernance (schéma attendu : {expected}).",
                         "en": "This is not a governance file (expected schema: {expected})."},
    "gov.error.version": {"fr": "Version de fichier non prise en charge ({value}) : la version doit être le nombre {expected}.",
                          "en": "Unsupported file version ({value}): the version must be the number {expected}."},
    "gov.error.unknown_keys": {"fr": "Clés inconnues dans le fichier : {keys}.",
                               "en": "Unknown keys in the file: {keys}."},
    "gov.error.register_row": {
        "fr": "Ligne {index} du registre invalide (champs attendus : {expected}).",
        "en": "Register row {index} is invalid (expected fields: {expected})."},
    "gov.error.json": {"fr": "Le fichier n'est pas un JSON lisible ({detail}).",
                       "en": "The file is not readable JSON ({detail})."},
    "gov.error.preset": {"fr": "Préréglage inconnu « {value} » (choix : {expected}).",
                         "en": "Unknown preset “{value}” (choices: {expected})."},
    "gov.error.file": {"fr": "« {value} » n'est ni un préréglage ({presets}) ni un fichier existant.",
                       "en": "“{value}” is neither a preset ({presets}) nor an existing file."},
    # charts
    "gov.chart.score.title": {
        "fr": "Maturité de gouvernance {score}/100 : point faible « {theme} » ({theme_score}/100)",
        "en": "Governance maturity {score}/100: weakest theme “{theme}” ({theme_score}/100)"},
    "gov.chart.score.title_top": {
        "fr": "Maturité de gouvernance {score}/100 : tous les thèmes au meilleur niveau",
        "en": "Governance maturity {score}/100: every theme at the best level"},
    "gov.chart.score.subtitle": {
        "fr": "Questionnaire de 13 questions, 0/50/100 points par réponse, moyenne pondérée · {source}",
        "en": "13-question questionnaire, 0/50/100 points per answer, weighted mean · {source}"},
    "gov.chart.score.axis": {"fr": "Score (0–100)", "en": "Score (0–100)"},
    "gov.chart.overall": {"fr": "Ensemble", "en": "Overall"},
    "gov.chart.matrix.title": {
        "fr": "Risque le plus critique : {risk} ({scenario}, {likelihood} × {impact})",
        "en": "Most critical risk: {risk} ({scenario}, {likelihood} × {impact})"},
    "gov.chart.matrix.subtitle": {
        "fr": "Registre qualitatif, vraisemblance × impact de 1 à 5, calculé depuis les réponses "
              "puis modifiable · {source}",
        "en": "Qualitative register, likelihood × impact from 1 to 5, computed from the answers "
              "then editable · {source}"},
    "gov.chart.matrix.x": {"fr": "Vraisemblance", "en": "Likelihood"},
    "gov.chart.matrix.y": {"fr": "Impact", "en": "Impact"},
    "gov.chart.effect.title": {
        "fr": "Avec vos réponses, la perte de risque annuelle de « {scenario} » passe de {before} à {after}",
        "en": "With your answers, the yearly risk loss of “{scenario}” goes from {before} to {after}"},
    "gov.chart.effect.subtitle": {
        "fr": "Perte attendue par an (moyenne Monte Carlo), sans puis avec les effets de la "
              "gouvernance, confusion comprise · {source}",
        "en": "Expected loss per year (Monte Carlo mean), without then with governance effects, "
              "confusion included · {source}"},
    "gov.chart.effect.before": {"fr": "Sans effets de gouvernance", "en": "Without governance effects"},
    "gov.chart.effect.after": {"fr": "Avec vos réponses", "en": "With your answers"},
    "gov.chart.effect.axis": {"fr": "Perte de risque attendue par an", "en": "Expected risk loss per year"},
    # command line
    "cli.gov.header": {"fr": "Gouvernance « {name} » : maturité {score}/100",
                       "en": "Governance “{name}”: maturity {score}/100"},
    "cli.gov.compare_header": {
        "fr": "Avec la gouvernance indiquée (maturité {score}/100 ; coûts ci-dessus avec ses effets) :",
        "en": "With the given governance (maturity {score}/100; costs above include its effects):"},
    "cli.gov.loss": {"fr": "perte de risque attendue : {before} par an sans effets de gouvernance, "
                           "{after} avec (dont confusion {confusion})",
                     "en": "expected risk loss: {before} a year without governance effects, "
                           "{after} with them (confusion {confusion})"},
    # assumptions page labels
    "assumption.confusion_episodes_per_year": {"fr": "Épisodes de confusion par an (gouvernance moyenne)",
                                               "en": "Confusion episodes per year (typical governance)"},
    "assumption.confusion_decider_hours": {"fr": "Heures du décideur par épisode de confusion",
                                           "en": "Decider hours per confusion episode"},
    "assumption.confusion_affected_share": {"fr": "Part du personnel touchée par un épisode",
                                            "en": "Share of staff hit by an episode"},
    "assumption.confusion_hours_per_affected": {"fr": "Heures perdues par employé touché",
                                                "en": "Hours lost per affected employee"},
    "assumption.governance_employee_hourly_cost": {"fr": "Coût horaire chargé d'un employé",
                                                   "en": "Loaded hourly cost of an employee"},
})
