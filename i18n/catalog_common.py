"""Strings shared by every page: app frame, navigation, domains, natures, data banner."""

STRINGS = {
    # app frame
    "app.title": {"fr": "Infogérance ou interne ? Tableau de bord de décision IT",
                  "en": "Outsource or in-house? IT sourcing decision dashboard"},
    "app.short_title": {"fr": "Décision IT", "en": "IT sourcing"},
    "app.language": {"fr": "Langue · Language", "en": "Langue · Language"},
    "app.data_sample": {"fr": "Données : société exemple « {name} »",
                        "en": "Data: sample company “{name}”"},
    "app.data_uploaded": {"fr": "Données : fichier importé « {name} »",
                          "en": "Data: uploaded file “{name}”"},
    "app.data_period": {"fr": "{lines} lignes, du {first} au {last}",
                        "en": "{lines} lines, {first} to {last}"},
    # sign-in gate (ui/auth.py), only when a login is configured in .streamlit/secrets.toml
    "auth.title": {"fr": "Connexion requise", "en": "Sign-in required"},
    "auth.prompt": {"fr": "Ce tableau de bord est réservé aux personnes de l'entreprise. Connectez-vous avec votre compte professionnel pour voir les chiffres.",
                    "en": "This dashboard is for people of the company only. Sign in with your work account to see the figures."},
    "auth.sign_in": {"fr": "Se connecter", "en": "Sign in"},
    "auth.sign_out": {"fr": "Se déconnecter", "en": "Sign out"},
    "auth.signed_in_as": {"fr": "Connecté : {name}", "en": "Signed in: {name}"},
    "nav.section.data": {"fr": "Données", "en": "Data"},
    "nav.section.decide": {"fr": "Décider", "en": "Decide"},
    "nav.spend": {"fr": "Dépenses actuelles", "en": "Current spend"},
    # domains
    "domain.support": {"fr": "Support & maintenance", "en": "Helpdesk & maintenance"},
    "domain.devices": {"fr": "Postes & périphériques", "en": "Workstations & peripherals"},
    "domain.hosting": {"fr": "Hébergement & messagerie", "en": "Hosting & messaging"},
    "domain.network": {"fr": "Réseaux & téléphonie", "en": "Networks & telephony"},
    "domain.security": {"fr": "Cybersécurité & sauvegarde", "en": "Cybersecurity & backup"},
    "domain.applications": {"fr": "Applications & licences", "en": "Business applications & licences"},
    "domain.governance": {"fr": "Pilotage & conseil IT", "en": "IT management & advice"},
    "domain.other": {"fr": "Hors IT", "en": "Not IT"},
    # natures
    "nature.recurring": {"fr": "Récurrent", "en": "Recurring"},
    "nature.one_off": {"fr": "Ponctuel", "en": "One-off"},
    "nature.unplanned": {"fr": "Imprévu", "en": "Unplanned"},
    # generic
    "common.total": {"fr": "Total", "en": "Total"},
    "common.month": {"fr": "Mois", "en": "Month"},
    "common.domain": {"fr": "Domaine", "en": "Domain"},
    "common.amount": {"fr": "Montant HT", "en": "Amount excl. VAT"},
    "common.per_year": {"fr": "par an", "en": "per year"},
    "common.source": {"fr": "Source", "en": "Source"},
    "common.download_png": {"fr": "Télécharger en PNG", "en": "Download as PNG"},
    "common.no_data": {"fr": "Aucune dépense informatique dans les données chargées.",
                       "en": "No IT spend in the loaded data."},
    "common.unexpected_error": {
        "fr": "Une erreur inattendue est survenue ; les données chargées sont conservées. "
              "Réessayez, ou revenez à la page Import pour recharger vos fichiers.",
        "en": "An unexpected error occurred; the loaded data is kept. Try again, or go back "
              "to the Import page to load your files again."},
}
