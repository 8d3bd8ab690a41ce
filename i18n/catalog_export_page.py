"""Strings of the Export page."""

STRINGS = {
    "nav.section.share": {"fr": "Partager", "en": "Share"},
    "nav.export": {"fr": "Dossier du conseil", "en": "Board pack"},
    "exportpage.title": {"fr": "Dossier pour le conseil d'administration", "en": "Board pack"},
    "exportpage.intro": {
        "fr": "Les fichiers reprennent exactement les chiffres affichés, dans la langue de l'application. "
              "Ils sont préparés à la demande.",
        "en": "The files repeat the numbers on screen exactly, in the app's language. They are "
              "prepared on demand."},
    "exportpage.prepare": {"fr": "Préparer les fichiers", "en": "Prepare the files"},
    "exportpage.preparing": {"fr": "Préparation du dossier…", "en": "Preparing the board pack…"},
    "exportpage.step.collect": {"fr": "Calcul des scénarios", "en": "Computing the scenarios"},
    "exportpage.step.xlsx": {"fr": "Classeur Excel", "en": "Excel workbook"},
    "exportpage.step.pptx": {"fr": "Présentation PowerPoint", "en": "PowerPoint deck"},
    "exportpage.step.html": {"fr": "Rapport HTML hors ligne", "en": "Offline HTML report"},
    "exportpage.ready": {"fr": "Dossier prêt en {seconds} s.", "en": "Board pack ready in {seconds} s."},
    "exportpage.stale": {
        "fr": "Les paramètres ont changé depuis la préparation : préparez à nouveau les fichiers.",
        "en": "The inputs changed since the files were prepared: prepare them again."},
    "exportpage.download.xlsx": {"fr": "Classeur Excel (.xlsx)", "en": "Excel workbook (.xlsx)"},
    "exportpage.download.pptx": {"fr": "Présentation (.pptx)", "en": "Slide deck (.pptx)"},
    "exportpage.download.html": {"fr": "Rapport hors ligne (.html)", "en": "Offline report (.html)"},
    "exportpage.download.audit": {"fr": "Fichier d'audit (.json)", "en": "Audit file (.json)"},
    "exportpage.audit.caption": {
        "fr": "Le fichier d'audit contient les scénarios, les hypothèses, la graine, le nombre de tirages et "
              "les versions des logiciels : de quoi refaire exactement le calcul.",
        "en": "The audit file holds the scenarios, assumptions, seed, trial count and package versions: "
              "enough to redo the calculation exactly."},
    "exportpage.download.trials": {"fr": "Tirages Monte Carlo bruts (.csv)", "en": "Raw Monte Carlo trials (.csv)"},
    "exportpage.trials.caption": {
        "fr": "Chaque tirage ({trials} au total, graine {seed}) avec les valeurs des entrées tirées, pour un audit complet.",
        "en": "Every trial ({trials} in all, seed {seed}) with the input values drawn, for a full audit."},
    "exportpage.error": {"fr": "Le dossier n'a pas pu être préparé : {detail}",
                         "en": "The board pack could not be prepared: {detail}"},
}
