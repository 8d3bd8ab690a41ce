"""Strings of the sources list (models/sources.py, the Assumptions page's "Sources" expander)."""

STRINGS = {
    "sources.cite.judgement": {"fr": "Notre jugement", "en": "Our judgement"},
    "sources.year.undated": {"fr": "s. d.", "en": "n.d."},
    "sources.year.in_force": {"fr": "en vigueur", "en": "in force"},
    "sources.entry": {
        "fr": "{publisher}, *{title}* ({year}). {address} Qualité : {quality}. Clé : `{code}`.",
        "en": "{publisher}, *{title}* ({year}). {address} Quality: {quality}. Key: `{code}`."},
    "sources.link": {"fr": "[Ouvrir la source]({url}).", "en": "[Open the source]({url})."},
    "sources.no_address": {"fr": "Pas d'adresse : raisonnement du projet, expliqué dans sa liste des sources, publiée avec son code.",
                           "en": "No address: the project's own reasoning, explained in its list of sources, published with its code."},
    "assumptions.col.detail": {"fr": "Justification", "en": "Basis"},
    "export.sheet.sources": {"fr": "Sources", "en": "Sources"},
    "export.col.source_keys": {"fr": "Clé de la source", "en": "Source key"},
    "export.col.publisher": {"fr": "Éditeur", "en": "Publisher"},
    "export.col.title": {"fr": "Titre", "en": "Title"},
    "export.col.year": {"fr": "Année", "en": "Year"},
    "export.col.address": {"fr": "Adresse", "en": "Address"},
    "assumptions.sources.title": {"fr": "Sources citées ({n})", "en": "Sources cited ({n})"},
    "assumptions.sources.intro": {
        "fr": "Chaque source citée dans le tableau, avec son adresse pour la vérifier. Les sources de "
              "« fournisseur » sont des pages de vendeurs, plutôt favorables à l'externalisation : nous "
              "retenons le milieu de leurs fourchettes. La liste complète, avec ce que nous retenons de "
              "chaque source, est publiée avec le code du projet.",
        "en": "Every source cited in the table, with its address so you can check it. “Vendor” "
              "sources are sellers' pages that lean toward outsourcing: we use the middle of their "
              "ranges. The full list, with what we take from each source, is published with the "
              "project's code."},
}
