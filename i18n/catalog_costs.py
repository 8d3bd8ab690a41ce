"""Strings of the cost model: scenario names, cost items, errors, thresholds, CLI."""

STRINGS = {
    # scenario kinds
    "scenario.inhouse": {"fr": "Interne", "en": "In-house"},
    "scenario.partial": {"fr": "Infogérance partielle", "en": "Partial outsourcing"},
    "scenario.full": {"fr": "Infogérance complète", "en": "Full outsourcing"},
    "scenario.variant": {"fr": "Variante", "en": "Variant"},
    # cost items
    "item.staff": {"fr": "Personnel IT interne", "en": "In-house IT staff"},
    "item.run": {"fr": "Dépenses récurrentes", "en": "Recurring spend"},
    "item.one_off": {"fr": "Achats ponctuels", "en": "One-off purchases"},
    "item.capex": {"fr": "Investissements amortis", "en": "Depreciated investments"},
    "item.unplanned": {"fr": "Dépenses imprévues", "en": "Unplanned spend"},
    "item.provider_fee": {"fr": "Forfait du prestataire", "en": "Provider fee"},
    "item.out_of_scope": {"fr": "Hors forfait", "en": "Out-of-scope work"},
    "item.contract_management": {"fr": "Pilotage du contrat (fonction conservée)",
                                 "en": "Contract management (retained function)"},
    "item.transition": {"fr": "Transition", "en": "Transition"},
    "item.parallel_run": {"fr": "Fonctionnement en parallèle", "en": "Parallel running"},
    "item.exit": {"fr": "Sortie / réversibilité", "en": "Exit / reversibility"},
    # price units
    "unit.user": {"fr": "par utilisateur et par mois", "en": "per user per month"},
    "unit.device": {"fr": "par poste et par mois", "en": "per device per month"},
    "unit.server": {"fr": "par serveur et par mois", "en": "per server per month"},
    "unit.site": {"fr": "par site et par mois", "en": "per site per month"},
    "unit.flat": {"fr": "forfait mensuel", "en": "flat per month"},
    # errors (models.errors.CostModelError keys)
    "costs.error.horizon": {"fr": "L'horizon doit être un nombre entier d'années entre 1 et 15 (reçu : {value}).",
                            "en": "The horizon must be a whole number of years between 1 and 15 (got {value})."},
    "costs.error.range": {"fr": "La valeur de « {name} » doit être comprise entre {low} et {high} (reçu : {value}).",
                          "en": "The value of “{name}” must be between {low} and {high} (got {value})."},
    "costs.error.price_unit": {
        "fr": "Unité de prix inconnue pour le domaine {domain} : « {value} » (attendu : user, device, server, site ou flat).",
        "en": "Unknown price unit for domain {domain}: “{value}” (expected user, device, server, site or flat)."},
    "costs.error.governance_outsourced": {
        "fr": "Le pilotage de l'IT reste toujours en interne : il ne peut pas être confié à un prestataire.",
        "en": "IT management always stays in-house: it cannot be handed to a provider."},
    "costs.error.retained_mode": {
        "fr": "Mode de fonction conservée inconnu : « {value} » (attendu : share ou fte).",
        "en": "Unknown retained-function mode: “{value}” (expected share or fte)."},
    "costs.error.scenario_id": {
        "fr": "Identifiant de scénario invalide : « {value} » (lettres minuscules, chiffres, - et _, 40 caractères au plus).",
        "en": "Invalid scenario id: “{value}” (lower-case letters, digits, - and _, at most 40 characters)."},
    "costs.error.kind": {"fr": "Type de scénario inconnu : « {value} ».",
                         "en": "Unknown scenario type: “{value}”."},
    "costs.error.name": {"fr": "Nom de scénario invalide (80 caractères au plus) : « {value} ».",
                         "en": "Invalid scenario name (at most 80 characters): “{value}”."},
    "costs.error.unknown_domain": {"fr": "Domaine inconnu : {value}.", "en": "Unknown domain: {value}."},
    "costs.error.too_many": {"fr": "{max} scénarios au plus peuvent être comparés à la fois.",
                             "en": "At most {max} scenarios can be compared at once."},
    "costs.error.delete_inhouse": {
        "fr": "Le scénario interne sert de référence : il ne peut pas être supprimé.",
        "en": "The in-house scenario is the reference: it cannot be deleted."},
    "costs.error.no_scenario": {"fr": "Aucun scénario d'identifiant « {value} ».",
                                "en": "No scenario with id “{value}”."},
    "costs.error.no_inhouse": {"fr": "Il faut exactement un scénario interne, qui sert de référence.",
                               "en": "Exactly one in-house scenario is needed, as the reference."},
    "costs.error.duplicate_id": {"fr": "Deux scénarios portent le même identifiant.",
                                 "en": "Two scenarios share the same id."},
    "costs.error.company": {
        "fr": "Profil de l'entreprise : « {name} » doit être un nombre positif (reçu : {value}).",
        "en": "Company profile: “{name}” must be a positive number (got {value})."},
    "costs.error.baseline": {"fr": "Coûts de départ manquants pour : {value}.",
                             "en": "Baseline costs missing for: {value}."},
    "costs.error.override": {"fr": "Hypothèse inconnue pour le modèle de coûts : « {value} ».",
                             "en": "Unknown cost-model input: “{value}”."},
    "costs.error.override_shape": {
        "fr": "L'hypothèse « {value} » doit être un nombre ou un tableau de forme (n, 1) (reçu : {shape}).",
        "en": "Input “{value}” must be a number or an array of shape (n, 1) (got {shape})."},
    "costs.error.file_json": {"fr": "Ce fichier n'est pas un JSON valide ({detail}).",
                              "en": "This file is not valid JSON ({detail})."},
    "costs.error.file_schema": {
        "fr": "Ce fichier n'est pas un fichier de scénarios (schéma attendu : « {expected} »).",
        "en": "This is not a scenario file (expected schema “{expected}”)."},
    "costs.error.file_version": {
        "fr": "Version de fichier de scénarios non prise en charge : {value} (attendue : {expected}).",
        "en": "Unsupported scenario file version: {value} (expected {expected})."},
    "costs.error.file_type": {"fr": "Dans le fichier, « {where} » doit être un {expected}.",
                              "en": "In the file, “{where}” must be an {expected}."},
    "costs.error.file_missing": {"fr": "Dans le fichier, « {where} » n'a pas de champ « {key} ».",
                                 "en": "In the file, “{where}” has no “{key}” field."},
    "costs.error.file_unknown_keys": {"fr": "Dans le fichier, « {where} » a des champs inconnus : {keys}.",
                                      "en": "In the file, “{where}” has unknown fields: {keys}."},
    "costs.error.file_value": {"fr": "Dans le fichier, la valeur de « {where} » n'a pas le bon type : {value}.",
                               "en": "In the file, the value of “{where}” has the wrong type: {value}."},
    "costs.error.file_no_scenarios": {"fr": "Le fichier ne contient aucun scénario.",
                                      "en": "The file holds no scenario."},
    "costs.error.spend_file": {"fr": "Impossible de lire le fichier de dépenses : {detail}",
                               "en": "Cannot read the spend file: {detail}"},
    # "what must be true" thresholds (models.thresholds)
    "threshold.price.stays": {
        "fr": "Le scénario « {scenario} » reste moins cher que l'interne tant que le prestataire facture moins de {value} par utilisateur et par mois, tous domaines compris (aujourd'hui {current}).",
        "en": "{scenario} stays cheaper than in-house as long as the provider charges less than {value} per user per month, all domains included (today {current})."},
    "threshold.price.becomes": {
        "fr": "Le scénario « {scenario} » deviendrait moins cher que l'interne si le prestataire facturait moins de {value} par utilisateur et par mois, tous domaines compris (aujourd'hui {current}).",
        "en": "{scenario} would become cheaper than in-house if the provider charged less than {value} per user per month, all domains included (today {current})."},
    "threshold.stays.below": {
        "fr": "Le scénario « {scenario} » reste moins cher que l'interne tant que {what} reste sous {value} (aujourd'hui {current}).",
        "en": "{scenario} stays cheaper than in-house as long as {what} stays below {value} (today {current})."},
    "threshold.stays.above": {
        "fr": "Le scénario « {scenario} » reste moins cher que l'interne tant que {what} dépasse {value} (aujourd'hui {current}).",
        "en": "{scenario} stays cheaper than in-house as long as {what} stays above {value} (today {current})."},
    "threshold.becomes.below": {
        "fr": "Le scénario « {scenario} » deviendrait moins cher que l'interne si {what} passait sous {value} (aujourd'hui {current}).",
        "en": "{scenario} would become cheaper than in-house if {what} fell below {value} (today {current})."},
    "threshold.becomes.above": {
        "fr": "Le scénario « {scenario} » deviendrait moins cher que l'interne si {what} dépassait {value} (aujourd'hui {current}).",
        "en": "{scenario} would become cheaper than in-house if {what} rose above {value} (today {current})."},
    "threshold.always": {
        "fr": "Le scénario « {scenario} » est moins cher que l'interne pour toute valeur de ce paramètre entre {low} et {high} : {what}.",
        "en": "{scenario} is cheaper than in-house whatever the value, between {low} and {high}, of {what}."},
    "threshold.never": {
        "fr": "Le scénario « {scenario} » n'est moins cher que l'interne pour aucune valeur de ce paramètre entre {low} et {high} : {what}.",
        "en": "{scenario} is not cheaper than in-house for any value, between {low} and {high}, of {what}."},
    "threshold.horizon.from": {
        "fr": "Le scénario « {scenario} » est moins cher que l'interne sur tout horizon d'au moins {value} ans (vérifié jusqu'à {max} ans, coût de sortie compris).",
        "en": "{scenario} is cheaper than in-house over any horizon of {value} years or more (checked up to {max} years, exit cost included)."},
    "threshold.horizon.always": {
        "fr": "Le scénario « {scenario} » est moins cher que l'interne dès la première année et le reste sur tout horizon jusqu'à {max} ans (coût de sortie compris).",
        "en": "{scenario} is cheaper than in-house from the first year and over any horizon up to {max} years (exit cost included)."},
    "threshold.horizon.never": {
        "fr": "Le scénario « {scenario} » n'est moins cher que l'interne sur aucun horizon jusqu'à {max} ans.",
        "en": "{scenario} is not cheaper than in-house over any horizon up to {max} years."},
    "threshold.what.price_per_user": {"fr": "le prix tout compris par utilisateur et par mois",
                                      "en": "the all-in price per user per month"},
    "threshold.what.salary": {"fr": "le salaire brut annuel moyen du personnel IT interne",
                              "en": "the average gross yearly salary of in-house IT staff"},
    "threshold.what.transition_months": {"fr": "le coût de transition (en mois de forfait)",
                                         "en": "the transition cost (in months of fee)"},
    "threshold.what.out_of_scope_share": {"fr": "le hors-forfait (en part du forfait)",
                                          "en": "out-of-scope work (as a share of the fee)"},
    "threshold.what.horizon": {"fr": "l'horizon", "en": "the horizon"},
    "threshold.months": {"fr": "{n} mois", "en": "{n} months"},
    # command line (models/cli_compare.py)
    "cli.compare.header": {"fr": "Données : {source} · horizon {horizon} ans · actualisation {rate}",
                           "en": "Data: {source} · horizon {horizon} years · discount rate {rate}"},
    "cli.compare.scenario": {"fr": "Scénario", "en": "Scenario"},
    "cli.compare.total": {"fr": "Total", "en": "Total"},
    "cli.compare.npv": {"fr": "VAN", "en": "NPV"},
    "cli.compare.break_even": {"fr": "Rentable an", "en": "Break-even"},
    "cli.compare.per_employee": {"fr": "Par salarié/an", "en": "Per employee/yr"},
}
