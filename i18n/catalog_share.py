"""Strings of issue 15: the newcomer's line, the link that reproduces a view, the workspace
file, the phone layout."""

STRINGS: dict[str, dict[str, str]] = {
    "overview.newcomer": {
        "fr": "Ces chiffres sont ceux d'une entreprise d'exemple ({name}). Importez vos dépenses "
              "informatiques pour voir les vôtres.",
        "en": "These are a sample company's figures ({name}). Import your IT spend to see "
              "yours."},
    "overview.newcomer.import": {"fr": "Importer mes dépenses", "en": "Import my spend"},
    "overview.robust.pending": {
        "fr": "Vérification de la réponse avec les autres jeux d'hypothèses…",
        "en": "Checking the answer under the other assumption sets…"},
}

STRINGS.update({
    "workspace.error.link": {
        "fr": "Les réglages de ce lien n'ont pas pu être lus ({detail}) : les réglages par défaut "
              "sont affichés.",
        "en": "This link's settings could not be read ({detail}): the default settings are "
              "shown."},
    "workspace.error.value": {"fr": "valeur refusée pour {name} : {value}",
                              "en": "value refused for {name}: {value}"},
    "workspace.error.part": {
        "fr": "la partie « {part} » du fichier d'espace de travail est abîmée ou incomplète",
        "en": "the “{part}” part of the workspace file is damaged or incomplete"},
    "workspace.error.lines": {"fr": "plus de {limit} lignes de dépenses",
                              "en": "more than {limit} spend lines"},
    "workspace.error.json": {"fr": "ce n'est pas un fichier JSON lisible ({detail})",
                             "en": "this is not readable JSON ({detail})"},
    "workspace.error.schema": {
        "fr": "ce n'est pas un fichier d'espace de travail de cette application",
        "en": "this is not a workspace file of this app"},
    "workspace.error.version": {
        "fr": "version de fichier {value} inconnue (attendue : {expected})",
        "en": "unknown file version {value} (expected: {expected})"},
})

STRINGS.update({
    "share.title": {"fr": "Partager cette vue", "en": "Share this view"},
    "share.copy": {"fr": "Copier le lien", "en": "Copy link"},
    "share.copied": {"fr": "Lien copié", "en": "Link copied"},
    "share.copy_manual": {"fr": "Copiez ce lien :", "en": "Copy this link:"},
    "share.copy_help": {
        "fr": "Copie l'adresse de cette page : elle contient chaque réglage de l'analyse.",
        "en": "Copies this page's address: it holds every setting of the analysis."},
    "share.link_note": {
        "fr": "Le lien reprend l'horizon, le taux d'actualisation, les scénarios et leurs "
              "conditions, le sort de chaque personne, la gouvernance, le jeu d'hypothèses, "
              "les tirages, la graine et la langue, sur n'importe quelle page.",
        "en": "The link carries the horizon, discount rate, scenarios and their terms, each "
              "person's fate, governance, assumption set, trials, seed and language, on any "
              "page."},
    "share.data_not_in_link": {
        "fr": "Vos données importées ne sont pas dans le lien : il s'ouvre sur l'entreprise "
              "d'exemple. Pour transmettre vos données, téléchargez le fichier d'espace de "
              "travail.",
        "en": "Your imported data is not in the link: it opens on the sample company. To pass "
              "your data on, download the workspace file."},
    "share.workspace.title": {"fr": "Fichier d'espace de travail", "en": "Workspace file"},
    "share.workspace.download": {"fr": "Télécharger l'espace de travail",
                                 "en": "Download the workspace"},
    "share.workspace.help": {
        "fr": "Un fichier avec vos dépenses et corrections, l'entreprise et son équipe, les "
              "scénarios, la gouvernance, le jeu d'hypothèses, les lignes ponctuelles "
              "réintégrées et les réglages de simulation.",
        "en": "One file with your spend lines and corrections, the company and its staff, the "
              "scenarios, governance, assumption set, one-off lines put back and simulation "
              "settings."},
    "share.workspace.open": {"fr": "Ouvrir un espace de travail", "en": "Open a workspace"},
    "share.workspace.open_help": {
        "fr": "Un fichier téléchargé ici : tout est rétabli, sur chaque page.",
        "en": "A file downloaded here: everything comes back, on every page."},
    "share.workspace.loaded": {
        "fr": "Espace de travail « {name} » ouvert : données et réglages rétablis.",
        "en": "Workspace “{name}” opened: data and settings restored."},
    "share.workspace.failed": {
        "fr": "« {name} » n'a pas été ouvert : {reason}. Rien n'a changé.",
        "en": "“{name}” was not opened: {reason}. Nothing changed."},
})

#: Units of the assumptions (models/defaults.py), in French; English is the unit as written.
_UNITS_FR = {
    "EUR (P10/P90)": "€ (P10/P90)", "EUR (P50/P95)": "€ (P50/P95)",
    "EUR/FTE/year": "€/ETP/an", "EUR/device/month": "€/poste/mois",
    "EUR/employee/year": "€/salarié/an", "EUR/endpoint/month": "€/terminal/mois",
    "EUR/hour": "€/heure", "EUR/month": "€/mois", "EUR/server/month": "€/serveur/mois",
    "EUR/site/month": "€/site/mois", "EUR/user/month": "€/utilisateur/mois",
    "EUR/year gross": "€/an brut", "FTE": "ETP", "coefficient of variation":
    "coefficient de variation", "days": "jours", "departures/FTE/year": "départs/ETP/an",
    "episodes/year": "épisodes/an", "events/year": "événements/an",
    "events/year per outsourced domain": "événements/an par domaine externalisé",
    "factor": "facteur", "factor (PERT)": "facteur (PERT)", "fraction": "part",
    "fraction (PERT)": "part (PERT)", "fraction of fee": "part du forfait",
    "fraction of fee (PERT)": "part du forfait (PERT)",
    "fraction of fee/year": "part du forfait/an",
    "fraction of freed staff cost": "part du coût de personnel libéré",
    "fraction of gross": "part du brut", "fraction of lost revenue": "part du CA perdu",
    "fraction of monthly fee": "part du forfait mensuel",
    "fraction of staff": "part de l'effectif",
    "fraction of the transferred loaded cost": "part du coût chargé transféré",
    "fraction/month": "part/mois", "fraction/year": "part/an",
    "full-outage-equivalent hours (PERT)": "heures équivalent panne totale (PERT)",
    "hours": "heures", "hours (PERT)": "heures (PERT)", "hours/day": "heures/jour",
    "hours/employee/episode": "heures/salarié/épisode", "hours/episode": "heures/épisode",
    "hours/year": "heures/an", "months": "mois", "months of fee": "mois de forfait",
    "months of fee (PERT)": "mois de forfait (PERT)",
    "probability (year 1)": "probabilité (année 1)",
    "probability per renewal": "probabilité par renouvellement", "seed": "graine",
    "share of loaded yearly pay (PERT)": "part du salaire annuel chargé (PERT)",
    "share of transition cost (PERT)": "part du coût de transition (PERT)",
    "trials": "tirages", "years": "ans",
    "× restore time (P10 of one outage)": "× durée de rétablissement (P10 d'une panne)",
    "× restore time (P90 of one outage)": "× durée de rétablissement (P90 d'une panne)",
    "× the retained-work hours": "× les heures de travail conservé",
}
STRINGS.update({f"aunit.{unit}": {"fr": fr, "en": unit} for unit, fr in _UNITS_FR.items()})

STRINGS.update({
    "chart.cv.title_same": {
        "fr": "Toutes les options ont la même probabilité ({p}) de dépasser {basis} de plus de "
              "{margin}",
        "en": "Every option has the same chance ({p}) of overrunning {basis} by more than "
              "{margin}"},
})

STRINGS.update({
    "predictability.se_on": {"fr": "sur P50 / P90", "en": "on P50 / P90"},
})
