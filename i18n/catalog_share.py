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
