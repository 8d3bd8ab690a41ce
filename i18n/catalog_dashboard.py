"""Titles, axes and labels of the predictability, risk, sensitivity and waterfall charts."""

STRINGS = {
    # fan chart
    "chart.fan.title": {
        "fr": "{best} a la fourchette P10–P90 la plus étroite en {cur_word} : {best_width} par an, contre {worst_width} pour {worst}",
        "en": "{best} has the narrowest P10–P90 range in {cur_word}: {best_width} a year, against {worst_width} for {worst}"},
    "chart.fan.title_one": {"fr": "{name} : écart P10–P90 de {width} par an en moyenne",
                            "en": "{name}: P10–P90 range of {width} a year on average"},
    "chart.fan.band": {"fr": "{name} (P10–P90)", "en": "{name} (P10–P90)"},
    "chart.fan.median": {"fr": "{name} (médiane)", "en": "{name} (median)"},
    "chart.axis.year": {"fr": "Année", "en": "Year"},
    "chart.axis.year_n": {"fr": "Année {n}", "en": "Year {n}"},
    "chart.axis.probability": {"fr": "Probabilité", "en": "Probability"},
    "chart.mc_subtitle": {
        "fr": "{source} · {trials} tirages, graine {seed} · horizon {years} ans · {date}",
        "en": "{source} · {trials} trials, seed {seed} · {years}-year horizon · {date}"},
    # distribution
    "chart.dist.title": {
        "fr": "Mauvaise année (P90) : {worst_p90} pour {worst}, {best_p90} pour {best}",
        "en": "Bad year (P90): {worst_p90} for {worst}, {best_p90} for {best}"},
    "chart.dist.tail_note": {"fr": "axe limité à 99 % des tirages", "en": "axis shows 99% of trials"},
    "chart.dist.axis": {"fr": "Coût annuel ({cur} HT)", "en": "Yearly cost ({cur} excl. VAT)"},
    # cv and overrun
    "chart.cv.title": {
        "fr": "{best} a le moins de risque de dépasser son budget de plus de {margin} : {p_best}, contre {p_worst} pour {worst}",
        "en": "{best} is least likely to overrun its budget by more than {margin}: {p_best}, against {p_worst} for {worst}"},
    "chart.cv.cv": {"fr": "Coefficient de variation du coût annuel", "en": "Coefficient of variation of yearly cost"},
    "chart.cv.overrun": {"fr": "Probabilité de dépasser le budget de plus de {margin}",
                         "en": "Probability of overrunning the budget by more than {margin}"},
    # expected annual loss
    "chart.eal.title": {
        "fr": "Les risques coûtent en moyenne {worst_total} par an à l'option « {worst} », {best_total} à l'option « {best} »",
        "en": "Risks cost {worst} {worst_total} a year on average, {best} {best_total}"},
    "chart.eal.axis": {"fr": "Perte annuelle attendue ({cur})", "en": "Expected annual loss ({cur})"},
    # exceedance
    "chart.exceed.title": {
        "fr": "Une année sur dix, les pertes dépassent {worst_q} pour {worst} et {best_q} pour {best}",
        "en": "One year in ten, losses exceed {worst_q} for {worst} and {best_q} for {best}"},
    "chart.exceed.axis_x": {"fr": "Pertes liées aux risques sur un an ({cur})",
                            "en": "Risk losses in one year ({cur})"},
    "chart.exceed.axis_y": {"fr": "Probabilité de dépasser", "en": "Probability of exceeding"},
    # SLA
    "chart.sla.title": {
        "fr": "Les pénalités ne couvrent que {share} de la perte d'indisponibilité attendue pour {name}",
        "en": "Service credits cover only {share} of {name}'s expected downtime loss"},
    "chart.sla.title_none": {"fr": "Aucun scénario externalisé : pas de contrat de service à vérifier",
                             "en": "No outsourced scenario: no service contract to check"},
    "chart.sla.loss": {"fr": "Perte d'indisponibilité attendue", "en": "Expected downtime loss"},
    "chart.sla.credits": {"fr": "Pénalités (crédits de service)", "en": "Service credits"},
    "chart.sla.uncovered": {"fr": "Reste à charge", "en": "Uncovered loss"},
    # tornado
    "chart.tornado.title": {
        "fr": "{input} pèse le plus : de {low} à {high} sur {years} ans",
        "en": "{input} matters most: {low} to {high} over {years} years"},
    "chart.tornado.low": {"fr": "Hypothèse basse", "en": "Low assumption"},
    "chart.tornado.high": {"fr": "Hypothèse haute", "en": "High assumption"},
    "chart.tornado.axis": {"fr": "Écart au cas central ({cur})", "en": "Change from the base case ({cur})"},
    # waterfall
    "chart.waterfall.title_cheaper": {
        "fr": "{name} coûte {delta} de moins que l'interne sur {years} ans",
        "en": "{name} costs {delta} less than in-house over {years} years"},
    "chart.waterfall.title_dearer": {
        "fr": "{name} coûte {delta} de plus que l'interne sur {years} ans",
        "en": "{name} costs {delta} more than in-house over {years} years"},
    "chart.waterfall.start": {"fr": "Interne", "en": "In-house"},
}

STRINGS.update({
    "finding.cheapest": {
        "fr": "{name} est l'option la moins chère sur {years} ans : {delta} de moins que l'option « {ref} » ({pct})",
        "en": "{name} is the cheapest option over {years} years: {delta} less than {ref} ({pct})"},
    "finding.break_even": {"fr": ", rentable dès l'année {year}", "en": ", breaking even in year {year}"},
    "finding.reference_cheapest": {
        "fr": "{name} reste l'option la moins chère sur {years} ans : {other} coûterait {delta} de plus ({pct})",
        "en": "{name} stays the cheapest option over {years} years: {other} would cost {delta} more ({pct})"},
    "finding.only_reference": {"fr": "{name} coûte {total} sur {years} ans",
                               "en": "{name} costs {total} over {years} years"},
    "finding.bad_year_worse": {"fr": " ; mais sa mauvaise année (P90) est {pct} plus chère que celle de l'option « {ref} »",
                               "en": "; but its bad year (P90) is {pct} costlier than {ref}'s"},
    "finding.bad_year_better": {"fr": " ; et sa mauvaise année (P90) est {pct} moins chère que celle de l'option « {ref} »",
                                "en": "; and its bad year (P90) is {pct} cheaper than {ref}'s"},
    "finding.bad_year_same": {"fr": " ; sa mauvaise année (P90) est comparable à celle de l'option « {ref} »",
                              "en": "; its bad year (P90) is about the same as {ref}'s"},
    "finding.end": {"fr": ".", "en": "."},
    "finding.risk.cheapest": {
        "fr": "L'option « {name} » a le coût attendu le plus bas sur {years} ans, risques compris : "
              "{delta} de moins que l'option « {ref} » ({pct}) ; elle coûte moins cher que l'option "
              "« {ref} » dans {p} des futurs simulés (économie entre {low} et {high}, P10–P90)",
        "en": "{name} has the lowest expected cost over {years} years, risks included: {delta} "
              "less than {ref} ({pct}); it costs less than {ref} in {p} of the simulated futures "
              "(saving between {low} and {high}, P10–P90)"},
    "finding.risk.reference_cheapest": {
        "fr": "L'option « {name} » a le coût attendu le plus bas sur {years} ans, risques compris : "
              "la suivante, « {other} », coûterait {delta} de plus ({pct}) ; elle serait moins "
              "chère dans {p} des futurs simulés.",
        "en": "{name} has the lowest expected cost over {years} years, risks included: the next "
              "best, {other}, would cost {delta} more ({pct}); it would be cheaper in {p} of the "
              "simulated futures."},
    "finding.risk.only_reference": {
        "fr": "L'option « {name} » coûterait {total} sur {years} ans, risques compris.",
        "en": "{name} is expected to cost {total} over {years} years, risks included."},
})
