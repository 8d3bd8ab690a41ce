"""Strings of the input boundary and the resource budgets (issue 14): numbers out of range,
JSON documents too large or too deep, workbooks that would expand beyond the import budget,
simulations beyond the work budget."""

STRINGS = {
    "boundary.error.number": {
        "fr": "« {name} » doit être un nombre fini compris entre {low} et {high} (reçu : {value}).",
        "en": "“{name}” must be a finite number between {low} and {high} (got {value})."},
    "boundary.error.amount": {
        "fr": "Le montant de la ligne {row} n'est pas un nombre fini d'au plus {high} € en valeur "
              "absolue (reçu : {value}).",
        "en": "The amount of line {row} is not a finite number of at most €{high} either way "
              "(got {value})."},
    "boundary.error.rate": {
        "fr": "--rate attend CODE=VALEUR, en euros pour une unité, par exemple USD=0.92 "
              "(reçu : {value}).",
        "en": "--rate expects CODE=VALUE, in euros for one unit, e.g. USD=0.92 (got {value})."},
    "boundary.error.work": {
        "fr": "{trials} tirages × {scenarios} scénarios × {years} ans dépassent le budget de "
              "calcul ({budget} tirages × scénarios × années) : choisissez au plus {most} "
              "tirages, ou moins de scénarios ou d'années. Les données chargées sont conservées.",
        "en": "{trials} trials × {scenarios} scenarios × {years} years exceed the computing "
              "budget ({budget} trials × scenarios × years): choose at most {most} trials, or "
              "fewer scenarios or years. The loaded data is kept."},
    "boundary.option.vat": {"fr": "--vat (taux de TVA en %)", "en": "--vat (VAT rate in %)"},
    "boundary.option.rate": {"fr": "--rate {code} (euros pour une unité)",
                             "en": "--rate {code} (euros for one unit)"},
    "boundary.option.revenue": {"fr": "--revenue (chiffre d'affaires annuel en euros)",
                                "en": "--revenue (yearly revenue in euros)"},
    "boundary.option.budget": {"fr": "--budget (budget annuel en euros)",
                               "en": "--budget (yearly budget in euros)"},
    "boundary.option.overrun": {"fr": "--overrun (marge de dépassement, 0,10 = 10 %)",
                                "en": "--overrun (overrun margin, 0.10 = 10%)"},
    "boundary.option.trials": {"fr": "--trials (nombre de tirages)",
                               "en": "--trials (number of trials)"},
    "boundary.option.seed": {"fr": "--seed (graine aléatoire)", "en": "--seed (random seed)"},
    "boundary.option.horizon": {"fr": "--horizon (années)", "en": "--horizon (years)"},
    "boundary.option.count": {"fr": "--{name} (nombre)", "en": "--{name} (a count)"},
    # JSON documents (models.boundary.decode_json)
    "json.error.too_large": {
        "fr": "Ce fichier fait {size} Ko ; la limite est de {limit} Ko. Ce n'est pas un fichier "
              "enregistré par l'application.",
        "en": "This file is {size} KB; the limit is {limit} KB. It is not a file saved by the "
              "application."},
    "json.error.too_deep": {
        "fr": "Ce fichier imbrique plus de {limit} niveaux de listes ou d'objets : ce n'est pas "
              "un fichier enregistré par l'application.",
        "en": "This file nests lists or objects more than {limit} levels deep: it is not a file "
              "saved by the application."},
    "json.error.number": {
        "fr": "Ce fichier contient un nombre démesuré ou non fini ({value}) : un nombre doit être "
              "fini et compter au plus {digits} chiffres.",
        "en": "This file holds a number that is huge or not finite ({value}): a number must be "
              "finite and have at most {digits} digits."},
    # import budgets (models.importer.readers)
    "import.error.too_much_text": {
        "fr": "Ce classeur répète trop de texte : ses cellules totalisent {size} Mo de texte "
              "(limite {limit} Mo). Enregistrez seulement le tableau des dépenses et "
              "réessayez ; les données déjà chargées restent actives.",
        "en": "This workbook repeats too much text: its cells add up to {size} MB of text "
              "(limit {limit} MB). Save only the spend table and retry; the data already "
              "loaded stays active."},
    "import.warn.far_cells": {
        "fr": "La feuille « {sheet} » a des cellules très loin sous ses données (ligne {row}, "
              "après plus de 10 000 lignes vides) : seules les lignes 1 à {last} ont été lues.",
        "en": "Sheet “{sheet}” has cells far below its data (row {row}, after more than 10,000 "
              "empty rows): only rows 1 to {last} were read."},
    "import.error.dates_out_of_range": {
        "fr": "Aucune date de la colonne « {column} » n'est dans la plage acceptée ({low} à "
              "{high}) : vérifiez les années ; les données déjà chargées restent actives.",
        "en": "No date in column “{column}” is in the accepted range ({low} to {high}): check "
              "the years; the data already loaded stays active."},
    "import.warn.mixed_encoding": {
        "fr": "Ce fichier mêle des lignes en UTF-8 et des lignes en Windows-1252 (deux exports "
              "collés ?) : chaque ligne a été lue dans son propre encodage ; vérifiez les "
              "accents des fournisseurs.",
        "en": "This file mixes UTF-8 lines and Windows-1252 lines (two exports pasted "
              "together?): each line was read in its own encoding; check the accents of the "
              "vendor names."},
    # governance file budget
    "gov.error.register_size": {
        "fr": "Le registre des risques du fichier compte {rows} lignes ; il en a au plus {limit} "
              "(5 risques × 8 scénarios).",
        "en": "The file's risk register has {rows} rows; it has at most {limit} (5 risks × 8 "
              "scenarios)."},
}
