"""Explainable, vectorised classification of spend lines to the seven IT domains or "other".

Rules, in order (the first that fires gives the domain, its name is kept in ``rule``):

1. ``category:<value>``: the file's own category value is a domain name (confidence 0.95);
2. ``keyword:<word>``: a specific word of the label or category (serveur, fibre, copieur,
   sauvegarde, formation, loyer des locaux…), French and English (0.9); then
   ``category:<value>`` again when a domain word is among the category's words (0.8);
3. ``vendor:<name>``: a known vendor (Microsoft, OVHcloud, Orange, Dell, Sophos, Sage…) (0.85),
   or a known vendor opening the label when the file has no vendor column (0.8);
4. ``keyword:<word>``: a generic word of the label, category or account name (maintenance,
   licence, télécom…) (0.6);
5. ``account:<prefix>``: the French chart-of-accounts (PCG) prefix, e.g. 6156 maintenance, 2183
   computer hardware, 651 licences (`pennylane-pcg-6156`, `compapro-pcg-2183` and
   `compta-online-pcg-651` in docs/sources.md) (0.5 for IT accounts, 0.7 for accounts that are
   never IT);
6. ``default``: nothing matched, not IT (0.2).

All matching runs on the distinct (vendor, label, account, account name, category) combinations
with pandas string methods; no Python loop over lines. Nature (recurring / one-off / unplanned)
and capex (accounts 20x/21x) are derived the same way.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from models.domains import ALL_DOMAIN_VALUES, NATURES, NOT_IT
from models.importer.parse import normalise_text

CONF_CATEGORY, CONF_SPECIFIC, CONF_VENDOR, CONF_GENERIC = 0.95, 0.9, 0.85, 0.6
CONF_CATEGORY_WORD = 0.8
CONF_VENDOR_IN_LABEL = 0.8
_LABEL_VENDOR_PREFIX = (r"^(?:(?:facture|fact|fac|fa|avoir|prlv|prelevement|prelev|cb|vir|"
                        r"virement|achat|abonnement|abt)\s+(?:sepa\s+)?(?:n\s*\d+\s+)?)?")
CONF_ACCOUNT_IT, CONF_ACCOUNT_NOT_IT, CONF_DEFAULT = 0.5, 0.7, 0.2

#: Values of a category column that name a domain (normalised text, whole value or a word).
CATEGORY_WORDS: dict[str, tuple[str, ...]] = {
    "support": ("support", "helpdesk", "help desk", "maintenance", "assistance", "infogerance",
                "maintenance informatique", "support utilisateurs", "user support", "infogerance"),
    "devices": ("postes", "poste de travail", "postes de travail", "devices", "materiel",
                "hardware", "workstations", "peripheriques", "impression", "printing",
                "equipements", "materiel informatique"),
    "hosting": ("hebergement", "hosting", "messagerie", "cloud", "serveurs", "servers",
                "email", "hebergement messagerie", "infrastructure", "compute", "storage"),
    "network": ("reseau", "reseaux", "network", "networks", "telephonie", "telecom", "telecoms",
                "telecommunications", "telephony", "reseaux telephonie", "internet"),
    "security": ("securite", "security", "cybersecurite", "cybersecurity", "sauvegarde",
                 "backup", "cyber", "securite sauvegarde"),
    "applications": ("applications", "logiciels", "software", "licences", "licenses", "saas",
                     "applicatif", "erp", "crm", "business applications", "logiciel"),
    "governance": ("pilotage", "gouvernance", "governance", "conseil", "consulting", "advice",
                   "formation", "training", "management", "conformite", "compliance", "rgpd",
                   "gdpr"),
    NOT_IT: ("autre", "autres", "other", "non it", "hors it", "hors informatique", "not it",
             "frais generaux", "general", "immobilier", "energie", "loyer", "rent"),
}

# Specific words: (domain, regex on normalised text). Order matters: first match wins.
SPECIFIC: tuple[tuple[str, str], ...] = (
    (NOT_IT, r"expertise comptable|commissaire aux comptes|loyers? (?:des )?locaux|nettoyage|"
             r"carburant|electricite|affranchissement|deplacements?|billets? de train|"
             r"assurance multirisque|fournitures de bureau|papeterie|restaurant|repas|"
             r"honoraires d avocat|avocat|office rent|cleaning|fuel|postage|travel"),
    ("governance", r"formations?|training|rgpd|gdpr|\bdpo\b|schema directeur|"
                   r"conseil (?:it|informatique|si)|it consulting|audit informatique|"
                   r"nis ?2|iso ?27001|strategie informatique|it strategy"),
    ("security", r"cyber|antivirus|anti virus|\bedr\b|\bxdr\b|\bmdr\b|\bsoc\b|sauvegardes?|"
                 r"backup|pare feu|firewall|\butm\b|fortiguard|anti spam|antispam|phishing|"
                 r"hameconnage|test d intrusion|pentest|penetration test|forensi|"
                 r"reponse a incident|incident response|recuperation de donnees|data recovery|"
                 r"plan de reprise|disaster recovery|\bpra\b|\bpca\b|securite|security|"
                 r"chiffrement|encryption|\bmfa\b|authentification|vulnerabilit"),
    ("hosting", r"serveurs?|servers?|\bnas\b|\bvps\b|hebergement|hosting|datacenter|"
                r"data center|\bazure\b|\baws\b|google workspace|microsoft 365|office 365|"
                r"\bm365\b|\bo365\b|exchange|messagerie|e ?mail|stockage|storage|"
                r"machines? virtuelles?|virtual machine|\bvm\b|noms? de domaine|domain names?|"
                r"baie|\biaas\b|\bpaas\b|vmware|hyper v|proliant|poweredge"),
    ("network", r"fibre|fiber|\bsdsl\b|\badsl\b|\bvdsl\b|lien internet|internet access|"
                r"acces internet|switch|commutateur|routeur|router|wi ?fi|borne wifi|"
                r"\b4g\b|\b5g\b|forfaits? mobiles?|mobile plans?|flotte mobile|lignes? mobiles?|"
                r"telephonie|telephony|\bvoip\b|\btoip\b|standard telephonique|\bsda\b|"
                r"\bpabx\b|\bipbx\b|\bsd wan\b|\bmpls\b|\bvpn\b|liaison|\blan\b|\bwan\b|"
                r"cablage reseau|baie de brassage"),
    ("support", r"sur site|on site|hors contrat|depannage|heures? (?:d )?intervention|"
                r"heures? supplementaires|\d+ ?h\b|helpdesk|help desk|hotline|assistance "
                r"utilisateurs?|user support|contrat de maintenance|maintenance informatique|"
                r"parc informatique|infogerance|managed services?|\brmm\b|telemaintenance|"
                r"prise en main a distance|remote support|supervision|break ?fix|"
                r"ticket"),
    ("devices", r"ordinateurs?|portables?|laptops?|\bpc\b|postes? de travail|(?<!\d )postes?|"
                r"desktops?|workstations?|"
                r"ecrans?|moniteurs?|monitors?|claviers?|souris|keyboards?|mouse|casques?|"
                r"headsets?|webcams?|station d accueil|docking|dock\b|disques?|\bssd\b|"
                r"onduleurs?|\bups\b|imprimantes?|printers?|copieurs?|photocopieurs?|"
                r"multifonctions?|toners?|cartouches?|smartphones?|telephones? portables?|"
                r"iphone|ipad|tablettes?|tablets?|cables?|adaptateurs?|peripheriques?|"
                r"latitude|thinkpad|macbook|elitebook|deploiement|materiel informatique"),
    ("applications", r"\bcrm\b|\berp\b|logiciels?|software|comptabilite|gestion commerciale|"
                     r"dynamics 365|business central|navision|"
                     r"paie|payroll|\bsirh\b|\bhris\b|signature electronique|e signature|"
                     r"\bged\b|\bcao\b|\bcad\b|\bpgi\b|creative cloud|progiciel|saas|"
                     r"abonnement logiciel|licences? logiciel"),
)

# Known vendors: (domain, regex on the normalised vendor name). First match wins.
VENDORS: tuple[tuple[str, str], ...] = (
    ("security", r"sophos|fortinet|eset|kaspersky|bitdefender|trend micro|sentinelone|"
                 r"crowdstrike|withsecure|mailinblack|vade|oodrive|acronis|veeam|datto|"
                 r"barracuda|stormshield|watchguard|check point|checkpoint|palo alto|"
                 r"hiscox cyber|ontrack|wallix|cloudflare|nordlayer|keeper|dashlane|bitwarden"),
    ("hosting", r"microsoft|ovh|scaleway|amazon web services|\baws\b|google cloud|"
                r"google workspace|ionos|o2switch|gandi|infomaniak|outscale|hewlett packard "
                r"enterprise|\bhpe\b|digitalocean|hetzner|azure|synology|netapp|vmware|"
                r"jaguar network|claranet"),
    ("network", r"orange|\bsfr\b|bouygues|free pro|\bfree\b|keyyo|ringover|aircall|"
                r"colt|completel|nerim|celeste|\bcoriolis\b|ubiquiti|cisco|meraki|aruba|"
                r"netgear|\btp link\b|3cx|alcatel|wildix|axialys|zoom phone|onoff|"
                r"\bproximus\b|swisscom|\bbt\b|vodafone|telefonica"),
    ("devices", r"\bdell\b|\bhp\b|hp inc|lenovo|\bapple\b|asus|acer|ldlc|inmac|wstore|"
                r"materiel net|grosbill|rue du commerce|\bbechtle\b|econocom|grenke|"
                r"konica|ricoh|canon|xerox|kyocera|brother|epson|sharp|logitech|jabra|"
                r"samsung|apc\b|toshiba"),
    ("applications", r"\bsage\b|cegid|\bebp\b|pennylane|quickbooks|\bciel\b|silae|payfit|"
                     r"lucca|hubspot|salesforce|pipedrive|sellsy|axonaut|odoo|adobe|autodesk|"
                     r"dassault|solidworks|yousign|docusign|atlassian|slack|zoom|notion|"
                     r"monday|asana|dropbox|wrike|sap\b|oracle|divalto|qonto|spendesk|"
                     r"docuware|zoho|jetbrains|github|figma|canva"),
    ("support", r"atera|teamviewer|anydesk|ninjaone|ninja rmm|n able|connectwise|kaseya|"
                r"splashtop|glpi|freshdesk|zendesk|jira service"),
    ("governance", r"gartner|\bcigref\b|\bclusif\b"),
)

# Generic words (weaker than a known vendor): label, category or account name.
GENERIC: tuple[tuple[str, str], ...] = (
    ("support", r"maintenance|intervention|support|assistance|depannage|reparation|repair|"
                r"informatique|\bit services?\b|prestations? informatiques?"),
    ("applications", r"licences?|licenses?|abonnements? logiciels?|subscriptions?|"
                     r"redevances? pour concessions|logiciels?"),
    ("hosting", r"cloud|hebergement|serveur"),
    ("network", r"telecom|telecommunications?|reseaux?|network|internet|telephone"),
    ("devices", r"materiel de bureau et (?:materiel )?informatique|materiel|hardware|"
                r"petit equipement|equipment"),
    ("governance", r"assistance a maitrise d ouvrage|\bamoa\b|\bdsi\b|\bcto\b|it manager"),
)

#: PCG account prefixes (longest first); the IT ones follow `pennylane-pcg-6156`,
#: `compapro-pcg-2183` and `compta-online-pcg-651` in docs/sources.md.
ACCOUNT_PREFIXES: tuple[tuple[str, str], ...] = (
    ("6262", "network"), ("6156", "support"), ("6135", NOT_IT), ("6122", NOT_IT),
    ("2183", "devices"), ("2051", "applications"), ("205", "applications"),
    ("6511", "applications"), ("651", "applications"), ("6063", NOT_IT), ("6064", NOT_IT),
    ("6132", NOT_IT), ("6061", NOT_IT), ("616", NOT_IT), ("6226", NOT_IT), ("6251", NOT_IT),
    ("6261", NOT_IT), ("6333", NOT_IT), ("611", NOT_IT), ("64", NOT_IT), ("60", NOT_IT),
    ("61", NOT_IT), ("62", NOT_IT), ("63", NOT_IT), ("65", NOT_IT), ("66", NOT_IT),
    ("67", NOT_IT), ("21", NOT_IT), ("20", NOT_IT),
)
_ACCOUNT_DEFINITE_NOT_IT = ("6132", "6061", "616", "6251", "6261", "64", "66", "67")

UNPLANNED = (r"depannage|urgen|hors contrat|incident|emergency|break ?fix|panne|out of contract|"
             r"sinistre|crise|forensi|recuperation de donnees|restauration|outage|ransomware|"
             r"heures supplementaires")
ONE_OFF = (r"installation|deploiement|migration|achat|audit|mission|formation|projet|"
           r"renouvellement parc|one ?off|setup|purchase|mise en place|acquisition|etude|"
           r"test d intrusion|pentest|training|project|onboarding")


def _first_match(text: pd.Series, rules: tuple[tuple[str, str], ...], todo: pd.Series):
    """Domain and matched word of the first rule whose regex matches, where ``todo``."""
    domain = pd.Series(None, index=text.index, dtype=object)
    word = pd.Series(None, index=text.index, dtype=object)
    for dom, pattern in rules:
        open_ = todo & domain.isna()
        if not open_.any():
            break
        found = text[open_].str.extract(f"({pattern})", expand=False)
        hit = found.dropna()
        domain.loc[hit.index] = dom
        word.loc[hit.index] = hit
    return domain, word


def _category_domain(category: pd.Series, partial: bool = False) -> pd.Series:
    """Domain named by a category value: the whole value ("Sécurité"), or with ``partial`` a
    domain word among its words ("Réseaux & télécoms", "IT - Sécurité")."""
    lookup = {w: d for d, words in CATEGORY_WORDS.items() for w in words}
    lookup.update({d: d for d in ALL_DOMAIN_VALUES})
    whole = category.map(lookup)
    if not partial:
        return whole
    for dom, words in CATEGORY_WORDS.items():
        pattern = r"\b(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")\b"
        open_ = whole.isna() & (category != "")
        if not open_.any():
            break
        hit = category[open_].str.contains(pattern, regex=True)
        whole.loc[hit[hit].index] = dom
    return whole


def classify_frame(vendor: pd.Series, label: pd.Series, account: pd.Series,
                   account_label: pd.Series, category: pd.Series | None = None) -> pd.DataFrame:
    """``domain``, ``rule``, ``confidence``, ``nature`` and ``capex`` for each line.

    Inputs are text series of the same index; matching runs once per distinct combination.
    """
    if category is None:
        category = pd.Series("", index=vendor.index, dtype=object)
    keys = pd.DataFrame({"v": vendor.fillna("").astype(str), "l": label.fillna("").astype(str),
                         "a": account.fillna("").astype(str),
                         "al": account_label.fillna("").astype(str),
                         "c": category.fillna("").astype(str)})
    if keys.empty:
        return pd.DataFrame({"domain": pd.Series(dtype=object), "rule": pd.Series(dtype=object),
                             "confidence": pd.Series(dtype="float64"),
                             "nature": pd.Series(dtype=object), "capex": pd.Series(dtype=bool)},
                            index=vendor.index)
    # distinct combinations: factorize each column, then fold the codes pairwise (no overflow:
    # each folded code is below the number of lines)
    codes = None
    for name in keys.columns:
        c, uq = pd.factorize(keys[name])
        codes = c.astype(np.int64) if codes is None else pd.factorize(
            codes * (len(uq) + 1) + c)[0].astype(np.int64)
    _, first = np.unique(codes, return_index=True)
    u = keys.iloc[first].reset_index(drop=True)
    u.columns = ["v", "l", "a", "al", "c"]
    vn, ln, aln, cn = (normalise_text(u[c]) for c in ("v", "l", "al", "c"))
    acct = u["a"].str.replace(r"\s+", "", regex=True)
    specific_text = (ln + " | " + cn).str.strip(" |")
    generic_text = (ln + " | " + cn + " | " + aln).str.strip(" |")

    domain = pd.Series(None, index=u.index, dtype=object)
    rule = pd.Series(None, index=u.index, dtype=object)
    conf = pd.Series(np.nan, index=u.index, dtype="float64")

    def take(new_domain, new_rule, confidence):
        open_ = domain.isna() & new_domain.notna()
        domain.loc[open_] = new_domain[open_]
        rule.loc[open_] = new_rule[open_]
        conf.loc[open_] = confidence

    cat_dom = _category_domain(cn)
    take(cat_dom, "category:" + u["c"].astype(str), CONF_CATEGORY)
    todo = pd.Series(True, index=u.index)
    d, w = _first_match(specific_text, SPECIFIC, todo & domain.isna())
    take(d, "keyword:" + w.fillna(""), CONF_SPECIFIC)
    take(_category_domain(cn, partial=True), "category:" + u["c"].astype(str), CONF_CATEGORY_WORD)
    d, w = _first_match(vn, VENDORS, domain.isna() & (vn != ""))
    take(d, "vendor:" + u["v"].astype(str), CONF_VENDOR)
    # ledgers without a vendor column: the vendor opens the label ("OVH - ...", "Facture Orange")
    d, w = _first_match(ln, tuple((dom, _LABEL_VENDOR_PREFIX + f"(?:{p})") for dom, p in VENDORS),
                        domain.isna() & (ln != ""))
    take(d, "vendor:" + w.fillna("").str.replace(_LABEL_VENDOR_PREFIX, "", regex=True),
         CONF_VENDOR_IN_LABEL)
    d, w = _first_match(generic_text, GENERIC, domain.isna())
    take(d, "keyword:" + w.fillna(""), CONF_GENERIC)
    for prefix, dom in ACCOUNT_PREFIXES:
        open_ = domain.isna() & acct.str.startswith(prefix)
        if open_.any():
            domain.loc[open_] = dom
            rule.loc[open_] = "account:" + prefix
            conf.loc[open_] = (CONF_ACCOUNT_IT if dom != NOT_IT else
                               CONF_ACCOUNT_NOT_IT if prefix.startswith(_ACCOUNT_DEFINITE_NOT_IT)
                               else CONF_DEFAULT + 0.1)
    open_ = domain.isna()
    domain.loc[open_] = NOT_IT
    rule.loc[open_] = "default"
    conf.loc[open_] = CONF_DEFAULT

    capex = acct.str.match(r"^2[01]")
    nature_text = ln + " " + cn
    nature = pd.Series("recurring", index=u.index, dtype=object)
    nature = nature.mask(nature_text.str.contains(ONE_OFF, regex=True) | capex, "one_off")
    nature = nature.mask(nature_text.str.contains(UNPLANNED, regex=True), "unplanned")

    out = pd.DataFrame({"domain": domain.to_numpy()[codes], "rule": rule.to_numpy()[codes],
                        "confidence": conf.to_numpy()[codes], "nature": nature.to_numpy()[codes],
                        "capex": capex.to_numpy()[codes]}, index=vendor.index)
    return out


NATURE_WORDS = {"recurrent": "recurring", "recurring": "recurring", "recurrente": "recurring",
                "ponctuel": "one_off", "ponctuelle": "one_off", "one off": "one_off",
                "one_off": "one_off", "imprevu": "unplanned", "unplanned": "unplanned",
                "imprevue": "unplanned"}


def nature_from_column(values: pd.Series) -> pd.Series:
    """The file's own nature column (récurrent / ponctuel / imprévu), None where unknown."""
    mapped = normalise_text(values.fillna("").astype(str)).map(NATURE_WORDS)
    return mapped.where(mapped.isin(NATURES))
