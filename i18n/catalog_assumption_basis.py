"""The basis of each default assumption (``models/defaults.py``): what its value takes from
the sources it cites, in French and English. Shown in the "Basis" column of the Assumptions page
and in the board pack's assumptions sheet, through :func:`models.sources.assumption_basis`.

Keys are ``assumption.basis.<assumption key>``. The English text is ``Assumption.source`` word
for word (``tests/test_assumption_basis.py`` keeps the two equal and checks that every
assumption has its French): change both together. French typography is applied on load by
:func:`_french`, so the texts below are written with ordinary spaces.
"""
import re

_NBSP = "\u00a0"     # no-break space: before ; : % and a unit after its number
_NNBSP = "\u202f"    # narrow no-break space: the French thousands separator (as fmt_number)
_BEFORE_PUNCT = re.compile(r" (?=[;:])")
_BEFORE_UNIT = re.compile(r"(?<=[\d¼]) (?=(?:%|€|\$|k€|h\b))")
_THOUSANDS = re.compile(r"(?<![\w,.])\d{1,3}(?: \d{3})+(?!\d)")


def _french(text: str) -> str:
    """French spacing of a basis: "2 700 €" with a narrow no-break space between thousands and
    a no-break space before the euro sign, "2,8 %", "14 h", "Hiscox 2022 : …", "… ; …"."""
    text = _THOUSANDS.sub(lambda m: m.group().replace(" ", _NNBSP), text)
    text = _BEFORE_UNIT.sub(_NBSP, text)
    return _BEFORE_PUNCT.sub(_NBSP, text)


_SPEND = {
    "fr": "Notre fourchette pour une PME de 20 à 250 salariés, placée entre des références "
          "publiques : les entreprises françaises de 100 à 2 000 salariés dépensaient environ "
          "2 700 € par salarié (IDC/Oracle 2006) ; les grandes entreprises et les échantillons "
          "américains dépensent davantage (Gartner 2021 : environ 9 800 $)",
    "en": "Our range for a PME of 20–250 staff, set between public benchmarks: French firms of "
          "100–2,000 staff spent about €2,700 per employee (IDC/Oracle 2006); large firms and "
          "US samples spend more (Gartner 2021: about $9,800)"}

_SHARE = {
    "fr": "Notre fourchette pour une PME : entre la médiane tous secteurs de 2,8 % (Gartner "
          "2021) et les 4 % des entreprises américaines de taille moyenne (Alinean 2005) ; un "
          "hébergeur français annonce 2 à 6 %",
    "en": "Our range for a PME: between the cross-industry median of 2.8 % (Gartner 2021) and "
          "the 4 % of midsize US firms (Alinean 2005); a French hosting vendor says 2–6 %"}

_OUTAGES = {
    "fr": "Environ un quart des PME ont subi une interruption au cours de l'année écoulée "
          "(Infrascale 2020) ; environ 14 h d'indisponibilité par an et par entreprise (enquête "
          "de CA Technologies)",
    "en": "About a quarter of SMBs went offline in the past year (Infrascale 2020); about 14 h "
          "of downtime a year per business (CA survey)"}


_BASIS: dict[str, dict[str, str]] = {
    "it_spend_per_employee_low": _SPEND,
    "it_spend_per_employee_high": _SPEND,
    "it_share_of_revenue_low": _SHARE,
    "it_share_of_revenue_high": _SHARE,
    "it_share_of_revenue_gartner_median": {
        "fr": "Gartner IT Key Metrics Data 2021 : dépense IT médiane tous secteurs de 2,8 % du "
              "chiffre d'affaires (surtout des grandes entreprises)",
        "en": "Gartner IT Key Metrics Data 2021: cross-industry median IT spend 2.8 % of "
              "revenue (mostly large firms)"},
    "salary_it_manager": {
        "fr": "Expectra 2022 : salaire médian d'un responsable informatique en PME ; fourchette "
              "d'après l'Apec 2022 (cadres de l'infrastructure, 80 % entre 39 k€ et 75 k€)",
        "en": "Expectra 2022: median pay of a responsable informatique in a PME; range from "
              "Apec 2022 (infrastructure cadres, 80 % between €39k and €75k)"},
    "salary_sysadmin": {
        "fr": "Notre choix entre le salaire d'un technicien et les médianes des ingénieurs "
              "infrastructure et sécurité (Expectra 2022 : environ 45 k€ ; Apec 2022, cadres : "
              "environ 50 k€)",
        "en": "Our choice between technician pay and the medians of infrastructure and security "
              "engineers (Expectra 2022 about €45k, Apec 2022 cadres about €50k)"},
    "salary_technician": {
        "fr": "Salaire médian d'un technicien support d'environ 28 k€ (débutant environ 23 k€, "
              "confirmé 32 à 35 k€), selon deux guides des salaires français",
        "en": "Support technician median about €28k (entry about €23k, experienced €32–35k), "
              "two French pay guides"},
    "employer_charges_cadre": {
        "fr": "Charges patronales d'environ 40 à 45 % du brut pour les cadres, en haut de la "
              "fourchette générale de 25 à 42 %",
        "en": "Employer charges of about 40–45 % of gross for cadres, at the top of the 25–42 % "
              "general range"},
    "employer_charges_non_cadre": {
        "fr": "Charges patronales d'environ 25 à 35 % du brut pour les non-cadres, moins près "
              "du Smic",
        "en": "Employer charges of about 25–35 % of gross for non-cadres, less near the minimum "
              "wage"},
    "staff_overhead_per_fte": {
        "fr": "Outils, formation et recrutement par ETP et par an ; des pages de prestataires "
              "américains comptent la formation, les outils et l'encadrement en plus du "
              "salaire, montants réduits ici pour une PME française",
        "en": "Tools, training and recruiting per FTE a year; US providers' pages count "
              "training, tools and management on top of pay, scaled down here for a French PME"},
    "staff_seniority_years": {
        "fr": "Ancienneté d'un poste interne quand elle n'a pas été saisie : le préavis et "
              "l'indemnité légale de licenciement en dépendent (L1234-1, R1234-2) ; saisissez "
              "celle de vos salariés sur la page Entreprise & équipe IT",
        "en": "Years of service of an in-house role whose seniority was not entered: notice and "
              "legal severance depend on it (L1234-1, R1234-2); enter your people's own on the "
              "Company & IT staff page"},
    "productive_hours_per_fte": {
        "fr": "1 607 h font l'année légale à temps plein (Code du travail L3121-41) ; environ "
              "1 500 h productives après formation et absences",
        "en": "1,607 h is the legal full-time year (Code du travail L3121-41); about 1,500 "
              "productive after training and absences"},
    "confusion_episodes_per_year": {
        "fr": "Demandes que personne ne prend en charge, priorités rediscutées ; environ un "
              "épisode tous les deux mois avec une gouvernance ordinaire et une externalisation "
              "complète ; valeur provisoire",
        "en": "Requests nobody owns, priorities argued again; about one every two months with "
              "typical governance and full outsourcing; placeholder"},
    "confusion_decider_hours": {
        "fr": "Piloter le contrat est un coût caché de l'externalisation (Barthélemy 2001) : le "
              "référent ou le responsable arbitre, explique de nouveau, fait remonter ; environ "
              "une journée de travail",
        "en": "Managing the contract is a hidden cost of outsourcing (Barthélemy 2001): the "
              "referent or manager arbitrates, explains again, escalates; about a day's work"},
    "confusion_affected_share": {
        "fr": "Une demande en suspens ou une mauvaise priorité bloque une équipe, pas toute "
              "l'entreprise ; valeur provisoire",
        "en": "A stuck request or a wrong priority blocks a team, not the company; placeholder"},
    "confusion_hours_per_affected": {
        "fr": "Temps passé à attendre, relancer et expliquer de nouveau ; valeur provisoire",
        "en": "Time spent waiting, chasing and explaining again; placeholder"},
    "governance_employee_hourly_cost": {
        "fr": "Exemple d'une PME française sur la page d'un prestataire : employés de bureau à "
              "30 €/h chargés (utilisé quand le coût horaire d'indisponibilité du moteur de "
              "risques est absent)",
        "en": "French PME example on a provider's page: office staff at €30/h loaded (used when "
              "the risk engine's downtime hourly cost is absent)"},
    "price_support_per_user": {
        "fr": "Contrats de maintenance de 20 à 100 € par poste et par mois, assistance aux "
              "utilisateurs de 60 à 85 $ ; un forfait tout compris de 50 à 120 € couvre plus de "
              "domaines. Ce sont toutes des pages de vendeurs : nous retenons un peu moins que "
              "le milieu pour le support seul",
        "en": "Maintenance contracts €20–100 per workstation a month, helpdesk $60–85; an "
              "all-in fixed fee of €50–120 covers more domains. All sellers' pages: we take the "
              "lower middle for support alone"},
    "price_devices_per_device": {
        "fr": "Pas de prix public distinct pour la gestion des postes ; notre part du forfait "
              "tout compris de 50 à 120 € par poste (matériel exclu)",
        "en": "No separate public price for device management; our share of the €50–120 all-in "
              "fee per workstation (hardware excluded)"},
    "price_hosting_per_server": {
        "fr": "De 100 à 395 $ par serveur et par mois (page d'un vendeur) ; moitié basse de la "
              "fourchette",
        "en": "$100–395 per server a month (a seller's page); lower half of the range"},
    "price_network_per_site": {
        "fr": "Aucun prix public par site trouvé ; valeur provisoire à remplacer",
        "en": "No public price per site found; placeholder to override"},
    "price_security_per_device": {
        "fr": "Prix par terminal d'un outil de devis de détection et réponse managées, plus la "
              "sauvegarde externalisée entre 1 et 2 € par Go et par mois ; notre combinaison "
              "des deux",
        "en": "Per-endpoint price lines of a managed detection and response quote tool, plus "
              "offsite backup at €1–2 per GB a month; our blend"},
    "price_applications_flat": {
        "fr": "Les applications métier sont surtout exploitées par leur éditeur ; forfait pour "
              "le support applicatif, valeur provisoire à remplacer",
        "en": "Business applications are mostly run by their vendor; flat fee for application "
              "support, placeholder to override"},
    "replaced_share_support": {
        "fr": "Les contrats de maintenance (compte 6156) et les interventions sont ce que paie "
              "le forfait",
        "en": "Maintenance contracts (account 6156) and interventions are what the fee buys"},
    "replaced_share_devices": {
        "fr": "Le matériel (compte 2183), les locations et les consommables sont exclus du "
              "forfait",
        "en": "Hardware (account 2183), leases and consumables are excluded from the fee"},
    "replaced_share_hosting": {
        "fr": "Les licences Microsoft 365 et de messagerie (comptes 613/651) restent à votre "
              "charge, le support des serveurs passe au prestataire",
        "en": "Microsoft 365 and mailbox licences (accounts 613/651) stay, server support goes"},
    "replaced_share_network": {
        "fr": "Les factures télécoms (compte 6262) restent à votre charge, la gestion des "
              "équipements passe au prestataire",
        "en": "Telecom bills (account 6262) stay, equipment management goes"},
    "replaced_share_security": {
        "fr": "Les abonnements EDR et de sauvegarde sont souvent revendus dans le forfait",
        "en": "EDR and backup subscriptions are often resold inside the fee"},
    "replaced_share_applications": {
        "fr": "Les licences des logiciels métier (compte 651) restent chez leur éditeur",
        "en": "Business software licences (account 651) stay with their vendor"},
    "out_of_scope_share": {
        "fr": "Prestations hors forfait (intervention sur site à 80–150 €/h ; installations de "
              "postes, migrations et formation exclues) et avenants ajoutant 20 à 30 % ou plus "
              "(blog d'un fournisseur) ; le milieu de cette fourchette",
        "en": "Extras outside the fixed fee (on-site €80–150/h, workstation setups, migrations "
              "and training excluded) and change orders adding 20–30 % or more (a vendor blog); "
              "the middle of that range"},
    "indexation_per_year": {
        "fr": "Pas de chiffre public d'indexation ; clause d'indexation de type Syntec, les "
              "contrats de l'entreprise d'exemple ont été indexés d'environ 3 % en janvier "
              "2026 ; saisissez la clause de votre contrat",
        "en": "No public index figure; Syntec-style indexation clause, the sample company's "
              "contracts were indexed about 3 % in January 2026; set your contract's clause"},
    "renewal_step": {
        "fr": "Hausse de prix au renouvellement du contrat ; pas de chiffre public, valeur "
              "provisoire à remplacer",
        "en": "Price step at contract renewal; no public figure, placeholder to override"},
    "contract_term_years": {
        "fr": "La contractualisation est un coût caché de l'externalisation (Barthélemy 2001) ; "
              "durée pluriannuelle habituelle, valeur provisoire à remplacer",
        "en": "Contracting is a hidden cost of outsourcing (Barthélemy 2001); usual multi-year "
              "term, placeholder to override"},
    "transition_fee_months": {
        "fr": "La prise en charge initiale (onboarding) coûte souvent une à trois fois le "
              "forfait mensuel (blog d'un prestataire), moins d'un mois dans un environnement "
              "propre ; le milieu de 1 à 3 mois du nouveau forfait",
        "en": "Onboarding often costs one to three times the monthly fee (a provider's blog), "
              "under one month in a clean environment; the middle of 1–3 months of the new fee"},
    "transition_internal_days": {
        "fr": "10 à 20 jours de temps du personnel interne sur une prise en charge initiale de "
              "30 à 90 jours",
        "en": "10–20 days of internal staff time over an onboarding of 30–90 days"},
    "parallel_running_months": {
        "fr": "La prise en charge initiale dure 30 à 90 jours, l'ancienne et la nouvelle "
              "organisation fonctionnant en parallèle (pages de prestataires) : le milieu de "
              "cette fourchette",
        "en": "Onboarding takes 30–90 days with the old and new set-ups in parallel (providers' "
              "pages): the middle of that range"},
    "retained_share_of_contract": {
        "fr": "Le pilotage conservé en interne coûte 4 à 8 % de la valeur du contrat "
              "(Willcocks, LSE)",
        "en": "Retained internal management costs 4–8 % of contract value (Willcocks, LSE)"},
    "retained_fte": {
        "fr": "Un référent interne est conservé (à partir de 50 salariés, la plupart des "
              "entreprises ont une personne désignée pour l'informatique) : alternative à la "
              "part de 4 à 8 %, valorisée au salaire du responsable informatique",
        "en": "An internal referent is kept (at 50+ staff most firms have a designated IT "
              "person): alternative to the 4–8 % share, priced at the IT manager salary"},
    "exit_fee_months": {
        "fr": "Quitter un prestataire ajoute en général 1 à 2 mois de facturation (Info-Tech) ; "
              "par défaut 1,5 mois de forfait + le temps interne (les frais de changement de "
              "fournisseur cloud sont plafonnés par le Data Act européen, les contrats de "
              "travail non)",
        "en": "Leaving a provider typically adds 1–2 months of billing (Info-Tech); default 1.5 "
              "months of fees + internal time (cloud switching fees are capped by the EU Data "
              "Act, labour contracts are not)"},
    "exit_internal_days": {
        "fr": "Temps interne pour quitter un prestataire : la passation se déroule comme une "
              "transition, 10 à 20 jours de temps interne ; le milieu de cette fourchette",
        "en": "Internal time to leave a provider: handing over runs like a transition, 10–20 "
              "days of internal time; the middle of that range"},
    "freed_time_saved_share": {
        "fr": "Le temps libéré en interne par un prestataire n'est pas une économie tant que le "
              "sort d'une personne ne change pas (gardée, redéployée, transférée, licenciée : "
              "pages Entreprise & équipe IT et Scénarios). Les vendeurs le comptent entièrement "
              "comme économisé dès le deuxième mois ; le jeu « discours commercial » fait de "
              "même, et les seuils indiquent à partir de quelle part une option l'emporterait",
        "en": "Time freed in-house by a provider is not a saving until a person's fate changes "
              "(kept, redeployed, transferred, dismissed: Company & IT staff and Scenarios). "
              "Sellers count it all as saved from month two; the provider-pitch set does, and "
              "the thresholds say at what share an option would win"},
    "contract_management_hours_factor": {
        "fr": "Gestion du contrat et fonction conservée, en heures par an : la liste des tâches "
              "conservées du module de gouvernance (référent, comités de pilotage, contrat, "
              "accès, plan de sortie), environ 250 h pour une externalisation complète ; 4 à "
              "8 % de la valeur du contrat dans les grands contrats (Willcocks). Le facteur "
              "multiplie ces heures",
        "en": "Contract management and the retained function in hours a year: the governance "
              "module's list of retained tasks (referent, steering, contract, access, exit "
              "plan), about 250 h for a full outsourcing; 4–8 % of contract value in large "
              "deals (Willcocks). The factor scales those hours"},
    "transfer_carried_share": {
        "fr": "Un salarié transféré (L1224-1) entre dans les effectifs du prestataire : son "
              "prix reporte une partie de ce coût, sauf s'il peut employer la personne "
              "ailleurs ; pas de chiffre public, le milieu de 0 à 100 %",
        "en": "A transferred employee (L1224-1) is on the provider's payroll: its price carries "
              "part of that cost unless it can use the person elsewhere; no public figure, the "
              "middle of 0–100 %"},
    "notice_months_executive": {
        "fr": "Préavis des cadres selon les conventions collectives usuelles (Syntec : trois "
              "mois), plus que les deux mois prévus par le Code à partir de deux ans "
              "d'ancienneté",
        "en": "Executives' notice under the usual collective agreements (Syntec: three months), "
              "more than the two months of the Code from two years of service"},
    "cse_consultation_months": {
        "fr": "À partir de 50 salariés, le comité social et économique (CSE) est consulté avant "
              "la décision (L2312-8) et dispose d'un mois pour rendre son avis (R2312-6)",
        "en": "With 50 employees or more the staff committee is consulted before the decision "
              "(L2312-8) and has one month to give its opinion (R2312-6)"},
    "dismissal_procedure_months": {
        "fr": "Convocation au moins 5 jours ouvrables avant l'entretien (L1232-2), lettre au "
              "moins 7 jours ouvrables après (15 pour un cadre, L1233-15) : environ un mois de "
              "la décision à la lettre",
        "en": "Summons at least 5 working days before the interview (L1232-2), letter at least "
              "7 working days after it (15 for an executive, L1233-15): about a month from "
              "decision to letter"},
    "headcount_growth": {
        "fr": "Propre à chaque entreprise : pas de croissance par défaut, saisissez votre plan",
        "en": "Company-specific: no growth by default, set your plan"},
    "salary_drift": {
        "fr": "Les enquêtes de rémunération donnent des niveaux, pas des hausses ; environ 2 à "
              "3 % de hausse des salaires par an, valeur provisoire à remplacer",
        "en": "Pay surveys give levels, not increases; about 2–3 % yearly pay rises, "
              "placeholder to override"},
    "price_inflation": {
        "fr": "Objectif de stabilité des prix de la Banque centrale européenne : 2 % par an à "
              "moyen terme (stratégie de politique monétaire 2021)",
        "en": "European Central Bank price-stability target: 2 % a year over the medium term "
              "(monetary policy strategy 2021)"},
    "discount_rate": {
        "fr": "Coûts actualisés au coût du capital, comme dans les analyses de rentabilité "
              "d'une migration ; coût du capital typique d'une PME, valeur provisoire à "
              "remplacer",
        "en": "Costs discounted at a cost of capital, as in migration business cases; typical "
              "PME cost of capital, placeholder to override"},
    "useful_life_years": {
        "fr": "Le matériel informatique (compte 2183) est immobilisé et amorti ; l'usage "
              "français l'étale sur 3 à 5 ans (non vérifié dans un texte public)",
        "en": "IT hardware (account 2183) is capitalised and depreciated; French practice "
              "spreads it over 3–5 years (not checked against a public text)"},
    "hours_per_day": {
        "fr": "Code du travail art. L3121-27 : durée légale de 35 heures par semaine, soit 7 "
              "heures par jour sur 5 jours",
        "en": "Code du travail art. L3121-27: 35-hour legal week, 7 hours a day over 5 days"},
    "horizon_years": {
        "fr": "Horizons de 3 à 7 ans ; les analyses de rentabilité d'une migration couvrent 1 à "
              "5 ans",
        "en": "Horizons of 3 to 7 years; migration business cases cover 1–5 years"},
    "vat_rate": {
        "fr": "Code général des impôts art. 278 : taux normal de TVA en France de 20 %",
        "en": "Code général des impôts art. 278: French standard VAT rate 20 %"},
    "mc_trials": {
        "fr": "Les percentiles de queue demandent au moins 2 000 tirages (guide de Crystal "
              "Ball) et 10 000 est une valeur par défaut courante (pyfair) ; nous avons mesuré "
              "le P90 à environ ±0,4 % près avec 10 000 tirages simples ; 100 000 à la demande",
        "en": "Tail percentiles need at least 2,000 trials (Crystal Ball guide) and 10,000 is a "
              "common default (pyfair); we measured P90 within about ±0.4 % at 10,000 plain "
              "trials; 100,000 on demand"},
    "mc_seed": {
        "fr": "Une seule graine, visible par l'utilisateur, engendre les flux aléatoires : les "
              "résultats sont reproductibles",
        "en": "One user-visible seed spawns the random streams: results are reproducible"},
    "mc_price_factor": {
        "fr": "Les prix unitaires annoncés par les prestataires varient beaucoup ; un devis "
              "évolue entre l'offre et le contrat",
        "en": "Unit prices quoted by providers are wide-ranging; a quote moves between offer "
              "and contract"},
    "mc_salary_factor": {
        "fr": "80 % des salaires sont à environ ±30 % de la médiane (Apec 2022) ; remplacer ou "
              "réembaucher fait bouger le salaire",
        "en": "80 % of salaries lie within about ±30 % of the median (Apec 2022); replacing or "
              "re-hiring moves pay"},
    "mc_unplanned_cv": {
        "fr": "La dispersion annuelle des dépenses imprévues vient de l'historique mensuel "
              "importé ; cette valeur de repli s'applique quand moins de 6 mois sont connus",
        "en": "The yearly spread of unplanned spend comes from the imported monthly history; "
              "this fallback applies when fewer than 6 months are known"},
    "downtime_loaded_hourly_cost": {
        "fr": "Exemple d'une PME française sur la page d'un prestataire : 10 employés de bureau "
              "× 30 €/h chargés",
        "en": "French PME example on a provider's page: 10 office staff × €30/h loaded"},
    "downtime_affected_share": {
        "fr": "Coût d'indisponibilité calculé par composantes (salariés touchés) ; une panne "
              "majeure arrête l'essentiel du travail de bureau",
        "en": "Bottom-up downtime cost (affected staff); a major outage stops most office work"},
    "downtime_productivity_loss": {
        "fr": "Part du travail perdue dans le coût d'indisponibilité calculé par composantes",
        "en": "Share of work lost in the bottom-up downtime cost"},
    "downtime_revenue_at_risk": {
        "fr": "Part du chiffre d'affaires menacée dans le coût d'indisponibilité calculé par "
              "composantes : la plupart des ventes sont retardées, pas perdues ; 37 % des PME "
              "touchées ont perdu des clients (Infrascale 2020)",
        "en": "Share of revenue at risk in the bottom-up downtime cost: most sales are delayed, "
              "not lost; 37 % of SMBs hit lost customers (Infrascale 2020)"},
    "downtime_margin_share": {
        "fr": "Une vente perdue coûte sa valeur ajoutée, pas son prix : les matières et les "
              "services achetés ne sont pas dépensés. La valeur ajoutée représente 26,6 % du "
              "chiffre d'affaires dans l'industrie française (INSEE 2020), 16,5 % dans le "
              "commerce, 53,8 % dans les services aux entreprises : saisissez celle de votre "
              "entreprise. Les calculateurs des vendeurs valorisent l'indisponibilité sur le "
              "chiffre d'affaires (le jeu « discours commercial »)",
        "en": "A lost sale costs its value added, not its price: materials and bought services "
              "are not spent. Value added is 26.6 % of revenue in French industry (INSEE 2020), "
              "16.5 % in trade, 53.8 % in business services: set your company's. Sellers' "
              "calculators price downtime on revenue (the provider-pitch set)"},
    "business_hours_per_year": {
        "fr": "Code du travail art. L3121-27 : durée légale de 35 heures par semaine × 52 "
              "semaines (heures d'ouverture pendant lesquelles le chiffre d'affaires est "
              "réalisé)",
        "en": "Code du travail art. L3121-27: 35-hour legal week × 52 weeks (opening hours over "
              "which revenue is earned)"},
    "outage_rate_hosting": _OUTAGES,
    "outage_rate_network": _OUTAGES,
    "outage_rate_provider_factor": {
        "fr": "Pannes d'un domaine confié à un prestataire, en multiple du taux interne. Un "
              "prestataire surveille et garde des pièces de rechange, mais exploite des "
              "plateformes mutualisées ; aucun chiffre public dans un sens ou dans l'autre (le "
              "calculateur d'un vendeur suppose sans le dire 75 % d'indisponibilité en moins) : "
              "1, le même taux",
        "en": "Outages of a provider-run domain, as a multiple of the in-house rate. A provider "
              "monitors and keeps spares but runs shared platforms; no public figure either way "
              "(a seller's calculator silently assumes 75 % less downtime): 1, the same rate"},
    "restore_hours_provider": {
        "fr": "Délai réel de rétablissement d'une panne majeure quand un prestataire gère le "
              "domaine : aucun chiffre public ne montre qu'un prestataire rétablit plus vite "
              "qu'une équipe interne, donc le même qu'en interne ; la GTR du contrat "
              "(sla_restore_hours) fixe les pénalités, et le jeu « discours commercial » "
              "retient le bas de la fourchette de la GTR",
        "en": "Actual restore time of a major outage when a provider runs the domain: no public "
              "figure shows a provider restores faster than an in-house team, so the same as "
              "in-house; the contract's GTR (sla_restore_hours) sets the service credits, and "
              "the provider-pitch set takes the GTR's low end"},
    "restore_hours_inhouse": {
        "fr": "Environ 14 h d'indisponibilité par an en moins de 2 pannes (enquête de CA "
              "Technologies) ; pas de délai de rétablissement garanti en interne",
        "en": "About 14 h of downtime a year in under 2 outages (CA survey); no guaranteed time "
              "to restore in-house"},
    "sla_restore_hours": {
        "fr": "Une garantie de temps de rétablissement (GTR) de 2 à 4 h pour les incidents "
              "critiques est l'exigence habituelle des contrats de support des PME françaises",
        "en": "A guaranteed time to restore (GTR) of 2–4 h for critical incidents is the usual "
              "ask of French PME support contracts"},
    "outage_hours_p10_of_restore": {
        "fr": "La GTR est une obligation de résultat sur les incidents critiques ; un quart de "
              "celle-ci pour une réparation rapide",
        "en": "The GTR is an obligation of result on critical incidents; a quarter of it for a "
              "quick fix"},
    "outage_hours_p90_of_restore": {
        "fr": "Une panne majeure dépasse parfois la GTR (4 jours pour un NAS en panne) ; avec "
              "un P10 à ¼, la moyenne est proche du délai de rétablissement",
        "en": "A major outage sometimes misses the GTR (4 days for a failed NAS); with P10 at "
              "¼, the mean is about the restore time"},
    "sla_availability": {
        "fr": "Microsoft 365 garantit financièrement une disponibilité mensuelle de 99,9 % ; "
              "99,5 % ≈ 3,6 h par mois",
        "en": "Microsoft 365 offers 99.9 % financially backed monthly uptime; 99.5 % ≈ 3.6 h a "
              "month"},
    "sla_credit_below_target": {
        "fr": "Pénalités par paliers habituelles : 10 % du forfait mensuel (de 99,0 à 99,9 %)",
        "en": "Typical tiered credits: 10 % of the monthly fee (99.0–99.9 %)"},
    "sla_credit_below_99": {
        "fr": "Pénalités par paliers habituelles : 25 % du forfait mensuel (de 95 à 99 %)",
        "en": "Typical tiered credits: 25 % of the monthly fee (95–99 %)"},
    "sla_credit_below_95": {
        "fr": "Pénalités par paliers habituelles : 50 % du forfait mensuel (moins de 95 %) ; "
              "plafonnées au forfait mensuel",
        "en": "Typical tiered credits: 50 % of the monthly fee (< 95 %); capped at the monthly "
              "fee"},
    "cyber_rate": {
        "fr": "Notre fourchette de 0,15 à 0,25 incident significatif (perte de plus de 10 k€) "
              "par an pour une PME de 20 à 250 salariés, calibrée sur Hiscox (environ la moitié "
              "des entreprises attaquées chaque année), l'ANSSI et Verizon",
        "en": "Our range of 0.15–0.25 material incidents (loss > €10k) a year for a PME of "
              "20–250 staff, calibrated on Hiscox (about half of firms attacked each year), "
              "ANSSI and Verizon"},
    "cyber_rate_provider_factor": {
        "fr": "Incidents cyber significatifs quand un prestataire gère la sécurité, en multiple "
              "du taux interne. Aucun chiffre public ne compare sécurité infogérée et sécurité "
              "interne (et les prestataires sont aussi des cibles) : 1, le même taux",
        "en": "Material cyber incidents when a provider runs security, as a multiple of the "
              "in-house rate. No public figure compares managed and in-house security (and "
              "providers are targets too): 1, the same rate"},
    "cyber_severity": {
        "fr": "Hiscox 2022 : coût médian d'un incident de 18 645 € pour les PME françaises "
              "(9 000 € entre 50 et 250 salariés en 2021) ; gravité log-normale, médiane de "
              "15 k€, P95 de 200 k€ (environ 5 % perdent 300 000 $ ou plus, Hiscox 2020 ; "
              "jugement à partir de la fourchette)",
        "en": "Hiscox 2022: median cost of an incident €18,645 for French SMEs (€9,000 at "
              "50–250 staff in 2021); severity lognormal, median €15k, P95 €200k (about 5 % "
              "lose $300k or more, Hiscox 2020; judgement from the range)"},
    "cyber_hours": {
        "fr": "Un rançongiciel grave entraîne une interruption de plusieurs jours ; la plupart "
              "des incidents sont bien plus courts",
        "en": "Severe ransomware brings a multi-day outage; most incidents are much shorter"},
    "data_loss_rate": {
        "fr": "Une entreprise de 13 personnes a perdu 4 jours à cause d'un NAS en panne (page "
              "d'un prestataire) ; pas de taux public, valeur provisoire à remplacer",
        "en": "A 13-person firm lost 4 days to a failed NAS (a provider's page); no public "
              "rate, placeholder to override"},
    "data_loss_rate_provider_factor": {
        "fr": "Pertes de données quand un prestataire gère la sécurité et la sauvegarde, en "
              "multiple du taux interne. La sauvegarde externalisée infogérée est courante dans "
              "les offres, et des sauvegardes non testées échouent dans les deux cas ; aucun "
              "chiffre public : 1, le même taux",
        "en": "Data losses when a provider runs security and backup, as a multiple of the "
              "in-house rate. Managed offsite backup is common in offers, and untested backups "
              "fail either way; no public figure: 1, the same rate"},
    "data_loss_severity": {
        "fr": "Ressaisie et récupération (exemple d'une PME française : plus de 12 k€ pour une "
              "panne de NAS de 4 jours)",
        "en": "Re-entry and recovery (French PME example: more than €12k for a 4-day NAS "
              "failure)"},
    "data_loss_hours": {
        "fr": "4 jours perdus à cause d'un NAS en panne (entreprise de 13 personnes, exemple "
              "d'un prestataire)",
        "en": "4 days lost to a failed NAS (13-person firm, a provider's example)"},
    "key_person_turnover": {
        "fr": "Aucun chiffre public trouvé ; rotation annuelle typique du personnel IT, valeur "
              "provisoire à remplacer",
        "en": "No public figure found; typical yearly IT staff turnover, placeholder to "
              "override"},
    "key_person_cost_share": {
        "fr": "Salaire chargé et transfert de connaissances : vacance du poste, recrutement et "
              "montée en compétence ; une seule personne est un point de défaillance unique",
        "en": "Loaded pay and knowledge transfer: vacancy, recruiting and ramp-up; one person "
              "is a single point of failure"},
    "provider_failure_rate": {
        "fr": "Environ 14 % de 50 projets d'externalisation informatique ont échoué (Barthélemy "
              "2001) : 1 − e^(−3λ) = 14 % sur un contrat de 3 ans",
        "en": "About 14 % of 50 IT-outsourcing efforts failed (Barthélemy 2001): 1 − e^(−3λ) = "
              "14 % over a 3-year contract"},
    "provider_failure_months": {
        "fr": "Sortie (1 à 2 mois de facturation) + prise en charge par le prestataire suivant "
              "(1 à 3 mois de forfait), en payant les deux pendant un certain temps",
        "en": "Exit 1–2 months of billing + onboarding the next provider 1–3 months of fee, "
              "paying both for a while"},
    "provider_failure_step": {
        "fr": "71 % des sorties anticipées invoquent la qualité de service (Deloitte 2012) : le "
              "prestataire suivant coûte rarement moins cher ; valeur provisoire à remplacer",
        "en": "71 % of early exits cite quality of service (Deloitte 2012): the next provider "
              "rarely costs less; placeholder to override"},
    "degradation_rate": {
        "fr": "71 % de ceux qui mettent fin à un contrat de façon anticipée invoquent la "
              "qualité de service (Deloitte 2012) ; valeur provisoire à remplacer",
        "en": "71 % of those ending a contract early cite quality of service (Deloitte 2012); "
              "placeholder to override"},
    "degradation_rate_low_cost": {
        "fr": "Des prix sous le bas de la fourchette du marché achètent moins de capacité (un "
              "comparatif de prestataires d'infogérance les juge inférieurs à la moyenne) ; "
              "valeur provisoire à remplacer",
        "en": "Prices below the low end of the market range buy less capacity (an MSP benchmark "
              "calls them below average); placeholder to override"},
    "degradation_hours": {
        "fr": "Tickets traités lentement et travail à refaire, comptés au coût horaire "
              "d'indisponibilité",
        "en": "Slow tickets and rework, counted at the downtime cost per hour"},
    "transition_overrun_probability": {
        "fr": "Selon un consultant, la transition ajoute 30 à 50 % à la première année (non "
              "vérifié) ; 14 % des projets d'externalisation ont échoué (Barthélemy 2001)",
        "en": "An adviser says transition adds 30–50 % to year 1 (unverified); 14 % of "
              "outsourcing efforts failed (Barthélemy 2001)"},
    "transition_overrun_share": {
        "fr": "Un environnement désordonné dépasse un mois de forfait ; les avenants ajoutent "
              "20 à 30 %",
        "en": "A messy environment exceeds one month of fee; change orders add 20–30 %"},
    "renewal_surprise_probability": {
        "fr": "Hausse de prix au renouvellement ; pas de chiffre public, valeur provisoire",
        "en": "Price step at renewal; no public figure, placeholder"},
    "renewal_surprise_step": {
        "fr": "Les avenants ajoutent 20 à 30 % (blog d'un fournisseur), voir aussi "
              "renewal_step ; valeur provisoire",
        "en": "Change orders add 20–30 % (a vendor blog), see also renewal_step; placeholder"},
}

STRINGS: dict[str, dict[str, str]] = {
    f"assumption.basis.{key}": {"fr": _french(texts["fr"]), "en": texts["en"]}
    for key, texts in _BASIS.items()}
