"""Explainable, vectorised classification of spend lines to the seven IT domains or "other".

Every line is judged on the evidence its file has: the label and the vendor (the line's own
text), the category, the department and the cost centre (the unit that spent), the account.
Rules, in order (the first that fires gives the domain, its name is kept in ``rule``):

1. ``category:<value>``: the file's own category value is a domain name (confidence 0.95);
2. ``keyword:<word>``: a specific word of the label or category (serveur, fibre, copieur,
   sauvegarde, loyer des locaux…), French and English (0.9); a training word ("formation",
   "training") is IT management only beside an IT product, vendor or IT department, and not IT
   alone; then ``category:<value>`` again when a domain word is among the category's words (0.8);
3. ``vendor:<name>``: a known vendor (Microsoft, OVHcloud, Orange, Dell, Sophos, Sage…) (0.85),
   or a known vendor opening the label when the file has no vendor column (0.8);
4. ``keyword:<word>``: a generic word of the label, category or account name (maintenance,
   licence, télécom…) (0.6);
5. ``account:<prefix>``: the French chart-of-accounts (PCG) prefix, e.g. 6156 maintenance, 2183
   computer hardware, 651 licences (`pennylane-pcg-6156`, `compapro-pcg-2183` and
   `compta-online-pcg-651` in docs/sources.md) (0.5 for IT accounts, 0.7 for accounts that are
   never IT);
6. ``default``: nothing matched, not IT (0.2).

Then the unit that spent weighs in (department first, then cost centre, then a category that
names a unit): a non-IT unit (training & development, HR, sales, marketing, facilities,
finance, legal, operations…) makes a line ``department:<value>`` / ``cost_centre:<value>`` /
``category:<value>``, not IT (0.85), unless the line's own text names an IT product or vendor
(then the IT rule stays, at confidence 0.7 at most); an IT unit ("IT & Infrastructure", "DSI",
"Informatique") makes IT a line that nothing else classed (``department:<value>``, 0.5): the
Import page counts those lines, whose only evidence is a unit name.

Matching runs on the distinct combinations of normalised texts, with digit runs of four or
more folded (invoice numbers, years, dates: "FA-2025-00123" and "FA-2025-00124" are one text),
with pandas string methods; no Python loop over lines. Nature (recurring / one-off /
unplanned) and capex (accounts 20x/21x) are derived the same way.
"""
from __future__ import annotations

import functools
import re

import numpy as np
import pandas as pd

from models.domains import ALL_DOMAIN_VALUES, DOMAINS, NATURES, NOT_IT
from models.importer.arrowtext import blank_column, replace_in_threads
from models.importer.parse import normalise_text
from models.spend import clean_texts

CONF_CATEGORY, CONF_SPECIFIC, CONF_VENDOR, CONF_GENERIC = 0.95, 0.9, 0.85, 0.6
CONF_CATEGORY_WORD = 0.8
CONF_VENDOR_IN_LABEL = 0.8
_LABEL_VENDOR_PREFIX = (r"^(?:(?:facture|fact|fac|fa|avoir|prlv|prelevement|prelev|cb|vir|"
                        r"virement|achat|abonnement|abt|invoice|inv)\s+(?:sepa\s+)?)?"
                        r"(?:(?:n|no|fa|fac|inv|ref|[a-z]{1,3})?\s*\d+\s+)*")
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
                   "conformite", "compliance", "rgpd", "gdpr", "it management",
                   "conseil informatique", "it consulting"),
    NOT_IT: ("autre", "autres", "other", "non it", "hors it", "hors informatique", "not it",
             "frais generaux", "general", "immobilier", "energie", "loyer", "rent"),
}

# Specific words: (domain, regex on normalised text). Order matters: first match wins.
SPECIFIC: tuple[tuple[str, str], ...] = (
    (NOT_IT, r"expertise comptable|commissaire aux comptes|loyers? (?:des )?locaux|nettoyage|"
             r"carburant|electricite|affranchissement|deplacements?|billets? de train|"
             r"assurance multirisque|fournitures de bureau|papeterie|restaurant|repas|"
             r"honoraires d avocat|avocat|office rent|cleaning|fuel|postage|travel|"
             r"tickets? restaurants?|titres? restaurants?|cheques? dejeuner|meal vouchers?|"
             r"chaudiere|climatisation|ascenseurs?|extincteurs?|\bhvac\b|plomberie|"
             r"gardiennage|security guards?|boiler|elevator"),
    ("governance", r"rgpd|gdpr|\bdpo\b|schema directeur|"
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
                     r"docuware|zoho|jetbrains|github|figma|canva|workday|servicenow|"
                     r"successfactors|netsuite|\bxero\b|concur|okta|freshworks|mailchimp|"
                     r"tableau software|power bi|snowflake|databricks|gitlab"),
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


#: Category words that name a domain only when nothing says the line is not IT (a department
#: "Facilities" with the category "Maintenance" is building maintenance).
AMBIGUOUS_CATEGORY_WORDS = frozenset((
    "support", "maintenance", "assistance", "postes", "materiel", "impression", "printing",
    "equipements", "infrastructure", "compute", "storage", "securite", "security", "conseil",
    "consulting", "advice", "conformite", "compliance", "internet", "general"))

#: Words of a label that a non-IT unit may use for something else than IT (site visits,
#: building maintenance contracts, physical security, warehouse storage, payroll…). A label
#: whose only IT words are these does not override a non-IT department.
AMBIGUOUS_TEXT = (r"\b(?:securite|security|sur site|on site|hors contrat|depannage|"
                  r"heures? (?:d )?intervention|heures? supplementaires|\d+ ?h|"
                  r"contrat de maintenance|supervision|tickets?|postes?|casques?|cables?|"
                  r"adaptateurs?|disques?|ecrans?|moniteurs?|monitors?|dock|docking|"
                  r"stockage|storage|exchange|baie|liaison|switch|paie|payroll|comptabilite|"
                  r"gestion commerciale|deploiement|rgpd|gdpr|dpo|fibre|fiber|"
                  r"materiel informatique)\b")

#: Training words: IT management only beside an IT product, vendor or IT unit.
TRAINING = r"\b(?:formations?|trainings?|e ?learning)\b"

#: A unit (department, cost centre, category) that is IT. Strong markers win over a non-IT word
#: in the same name ("IT Operations", "IT Training"); weak ones do not ("Digital Marketing").
IT_UNIT_STRONG = (r"\b(?:it|i t|ict|si|dsi|dsin|informatique|information technology|"
                  r"information technologies|information systems?|systemes? d information|"
                  r"helpdesk|help desk|service desk|devops|cybersecurit[ey]|cybersecurite)\b")
IT_UNIT_WEAK = (r"\b(?:technology|technologies|tech|digital|numerique|infrastructure|infra|"
                r"cloud|network|networks|reseaux?|telecoms?|data|software|logiciels?)\b")
#: A unit that is not IT, French and English.
NOT_IT_UNIT = (
    r"\b(?:training|trainings|learning|formations?|human resources?|hr|h r|rh|"
    r"ressources humaines|people|talent|recruit\w*|recrutement|payroll|paie|salaires?|salaries|"
    r"wages|remuneration|benefits|sales|ventes?|commercial\w*|business development|marketing|"
    r"communications?|comms|brand|branding|events?|evenement\w*|advertising|publicite|"
    r"customer (?:service|success|care|support)|service clients?|relation clients?|"
    r"after sales|sav|facilit\w*|services generaux|moyens generaux|office management|"
    r"workplace|real estate|immobilier|buildings?|batiments?|finance|financial|financiere?s?|"
    r"comptab\w*|accounting|accounts payable|controlling|controle de gestion|tresorerie|"
    r"treasury|tax|taxes|fiscal\w*|legal|juridique|law|operations|exploitation|production|"
    r"manufacturing|usine|atelier|plant|logisti\w*|supply chain|warehouse|entrepot|"
    r"procurement|purchasing|achats|r d|research|recherche|executive|direction generale|"
    r"general management|management|board|administration|administratif|administrative|admin|"
    r"secretariat|accueil|reception|health|safety|hse|qhse|qualite|quality|fleet|"
    r"travel|voyages?|deplacements?|rent|loyers?|utilities|energie|energy|insurance|"
    r"assurances?|office supplies|fournitures|meals|repas|entertainment|hospitality|"
    r"donations?|other|autres?)\b")

#: Account names that are IT whatever the unit that spent ("Software subscriptions" in HR).
ACCOUNT_NAMES_IT = (r"\b(?:logiciels?|software|saas|informatiques?|it hardware|it services|"
                    r"computer|telecommunications?|telecoms?|telephonie|internet|cloud|"
                    r"hebergement|hosting|licences? logiciels?|software licen[cs]es?)\b")

CONF_UNIT_NOT_IT, CONF_UNIT_IT, CONF_IT_AGAINST_UNIT = 0.85, 0.5, 0.7
#: Rule prefixes of lines classed IT from a unit name only (the weakest IT evidence).
UNIT_RULES = ("department:", "cost_centre:")


#: Digit runs of four or more: [0-9], not \\d (RE2, pyarrow's engine, keeps it on accented
#: text); written out, RE2 runs it in two thirds of the time of [0-9]{4,}.
FOLD_DIGITS = r"[0-9][0-9][0-9][0-9]+"


def fold_text(text: pd.Series) -> pd.Series:
    """Normalised text (:func:`normalise_text`) with digit runs of four or more folded to "0":
    invoice numbers, years and dates no longer make every label distinct."""
    return normalise_text(fold_labels(text.astype(str)))


#: Rows × rules below which :func:`_first_match` loops in Python (a few hundred distinct
#: lines: one pandas call per rule costs more than the searches themselves).
_LOOP_WORK = 50_000


@functools.lru_cache(maxsize=64)
def _compiled(rules: tuple[tuple[str, str], ...]) -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((dom, re.compile(f"({pattern})")) for dom, pattern in rules)


def _first_match(text: pd.Series, rules: tuple[tuple[str, str], ...], todo: pd.Series):
    """Domain and matched word of the first rule whose regex matches, where ``todo`` (text:
    normalised Python strings; the same ``re`` searches pandas runs on them, rule after rule
    on many lines, line after line on few)."""
    domain = pd.Series(None, index=text.index, dtype=object)
    word = pd.Series(None, index=text.index, dtype=object)
    rows = np.flatnonzero(todo.to_numpy(dtype=bool))
    if len(rows) * len(rules) <= _LOOP_WORK and text.dtype == object:
        values = text.to_numpy()
        domains, words = domain.to_numpy(copy=True), word.to_numpy(copy=True)   # NaN: none
        compiled = _compiled(rules)
        for i in rows:
            value = values[i]
            if not isinstance(value, str):
                continue
            for dom, regex in compiled:
                found = regex.search(value)
                if found:
                    domains[i], words[i] = dom, found.group(1)
                    break
        return (pd.Series(domains, index=text.index, dtype=object),
                pd.Series(words, index=text.index, dtype=object))
    for dom, pattern in rules:
        open_ = todo & domain.isna()
        if not open_.any():
            break
        found = text[open_].str.extract(f"({pattern})", expand=False)
        hit = found.dropna()
        domain.loc[hit.index] = dom
        word.loc[hit.index] = hit
    return domain, word


def _category_lookup() -> dict[str, str]:
    lookup = {w: d for d, words in CATEGORY_WORDS.items() for w in words}
    lookup.update({d: d for d in ALL_DOMAIN_VALUES})
    return lookup


def _category_domain(category: pd.Series, partial: bool = False):
    """Domain named by a category value: the whole value ("Sécurité"), or with ``partial`` a
    domain word among its words ("Réseaux & télécoms", "IT - Sécurité"); and whether the word
    is ambiguous (:data:`AMBIGUOUS_CATEGORY_WORDS`)."""
    lookup = _category_lookup()
    whole = category.map(lookup)
    ambiguous = category.isin(AMBIGUOUS_CATEGORY_WORDS)
    if not partial:
        return whole, ambiguous
    whole = pd.Series(None, index=category.index, dtype=object)
    for dom, words in CATEGORY_WORDS.items():
        pattern = r"\b(" + "|".join(sorted(words, key=len, reverse=True)) + r")\b"
        open_ = whole.isna() & (category != "")
        if not open_.any():
            break
        hit = category[open_].str.extract(pattern, expand=False).dropna()
        whole.loc[hit.index] = dom
        ambiguous.loc[hit.index] = hit.isin(AMBIGUOUS_CATEGORY_WORDS)
    return whole, ambiguous


def unit_evidence(text: pd.Series) -> pd.Series:
    """+1 for a unit name that is IT, -1 for one that is not, 0 when it says neither
    (normalised text)."""
    out = pd.Series(0, index=text.index, dtype="int8")
    filled = text != ""
    if not filled.any():
        return out
    sub = text[filled]
    strong = sub.str.contains(IT_UNIT_STRONG, regex=True)
    weak = sub.str.contains(IT_UNIT_WEAK, regex=True)
    not_it = sub.str.contains(NOT_IT_UNIT, regex=True)
    out.loc[sub.index] = np.select([strong, not_it, weak], [1, -1, 1], 0).astype("int8")
    return out


def fold_labels(values: pd.Series) -> pd.Series:
    """Raw labels with their digit runs folded (:data:`FOLD_DIGITS`), the grouping key of
    :func:`classify_frame` (in parallel threads for a big file's Arrow column)."""
    folded = replace_in_threads(values, FOLD_DIGITS, "0")    # a big file: 0.1 s, not 0.3
    return values.str.replace(FOLD_DIGITS, "0", regex=True) if folded is None else folded


def _first_rows(codes: np.ndarray, n: int) -> np.ndarray:
    """Row of the first occurrence of each of the ``n`` codes (``pd.factorize`` codes: each
    appears at least once), without a sort."""
    first = np.zeros(n, dtype=np.int64)
    first[codes[::-1]] = np.arange(len(codes) - 1, -1, -1)
    return first


def _distinct(values: pd.Series, fold: bool = False, folded: pd.Series | None = None):
    """Codes of each value and the distinct values (raw, and for matching). With ``fold``,
    values alike once their digit runs are folded (:data:`FOLD_DIGITS`, a fast RE2 pass on the
    raw text) share a code, and the first raw value of each group stands for it: normalising
    and matching then run once per group, not once per line (``folded``: that folded text,
    computed ahead by the caller)."""
    if blank_column(values):                     # an unmapped column: "" everywhere
        blank = pd.Series([""], dtype=object)
        return np.zeros(len(values), dtype=np.int64), blank, blank
    if isinstance(values.dtype, pd.CategoricalDtype) and not fold:   # a big FEC's suppliers
        categories = np.append(np.asarray(values.cat.categories, dtype=object), "")
        codes, used = pd.factorize(values.cat.codes.to_numpy())     # -1 (missing): ""
        raw = pd.Series(categories[used], dtype=object)
        return codes.astype(np.int64), raw, raw
    text = values.fillna("")
    if not isinstance(text.dtype, pd.StringDtype):
        text = text.astype(str)
    if fold:
        text = fold_labels(text) if folded is None else folded.fillna("")
    codes, uniques = pd.factorize(text)
    codes = codes.astype(np.int64)
    if not fold:
        raw = pd.Series(uniques, dtype=object)
        return codes, raw, raw
    first = _first_rows(codes, len(uniques))
    raw = pd.Series(values.iloc[first].fillna("").astype(str).to_numpy(dtype=object),
                    dtype=object)
    return codes, raw, normalise_text(raw).astype(object)


def classify_frame(vendor: pd.Series, label: pd.Series, account: pd.Series,
                   account_label: pd.Series, category: pd.Series | None = None,
                   department: pd.Series | None = None,
                   cost_centre: pd.Series | None = None,
                   folded_label: pd.Series | None = None) -> pd.DataFrame:
    """``domain``, ``rule``, ``confidence``, ``nature`` and ``capex`` for each line.

    Inputs are text series of the same index; matching runs once per distinct combination of
    normalised texts (digit runs folded, :func:`fold_text`; ``folded_label``: the labels as
    :func:`fold_labels` gives them, when the caller computed them ahead).
    """
    empty = pd.Series("", index=vendor.index, dtype=object)
    category = empty if category is None else category
    department = empty if department is None else department
    cost_centre = empty if cost_centre is None else cost_centre
    if len(vendor) == 0:
        return pd.DataFrame({"domain": pd.Series(dtype=object), "rule": pd.Series(dtype=object),
                             "confidence": pd.Series(dtype="float64"),
                             "nature": pd.Series(dtype=object), "capex": pd.Series(dtype=bool)},
                            index=vendor.index)
    # distinct values of each column (labels normalised and folded), then distinct combinations:
    # fold the codes pairwise (no overflow: each folded code is below the number of lines)
    parts = {"v": _distinct(vendor), "l": _distinct(label, fold=True, folded=folded_label),
             "a": _distinct(account),
             "al": _distinct(account_label), "c": _distinct(category),
             "d": _distinct(department), "cc": _distinct(cost_centre)}
    codes, size = np.zeros(len(vendor), dtype=np.int64), 1
    for c, raw, _ in parts.values():
        if len(raw) == 1:                 # one value (an unmapped column): nothing to combine
            continue
        if size * len(raw) >= 2 ** 62:    # factorised before the key could overflow
            codes = pd.factorize(codes)[0].astype(np.int64)
            size = int(codes.max()) + 1
        codes, size = codes * len(raw) + c, size * len(raw)
    codes = pd.factorize(codes)[0].astype(np.int64)
    first = _first_rows(codes, int(codes.max()) + 1)       # the first line of each combination
    u = pd.DataFrame({name: part[2].to_numpy()[part[0][first]] for name, part in parts.items()})
    raw = {name: pd.Series(part[1].to_numpy()[part[0][first]], dtype=object)
           for name, part in parts.items()}
    ln = u["l"].astype(object)
    vn, aln, cn, dn, ccn = (normalise_text(u[c]).astype(object)
                            for c in ("v", "al", "c", "d", "cc"))
    acct = u["a"].astype(str).str.replace(r"\s+", "", regex=True)
    specific_text = (ln + " | " + cn).str.strip(" |")
    generic_text = (ln + " | " + cn + " | " + aln).str.strip(" |")

    domain = pd.Series(None, index=u.index, dtype=object)
    rule = pd.Series(None, index=u.index, dtype=object)
    conf = pd.Series(np.nan, index=u.index, dtype="float64")
    strong = pd.Series(False, index=u.index)   # the line's own text names IT (or its category)

    def take(new_domain, new_rule, confidence, is_strong=False):
        open_ = domain.isna() & new_domain.notna()
        domain.loc[open_] = new_domain[open_]
        rule.loc[open_] = new_rule[open_]
        conf.loc[open_] = confidence
        strong.loc[open_] = (is_strong if np.isscalar(is_strong) else is_strong[open_])

    cat_rule = "category:" + raw["c"]
    cat_dom, cat_ambiguous = _category_domain(cn)
    take(cat_dom, cat_rule, CONF_CATEGORY, ~cat_ambiguous)
    not_it_rules = SPECIFIC[:1]
    it_rules = SPECIFIC[1:]
    d, w = _first_match(specific_text, not_it_rules, domain.isna())
    take(d, "keyword:" + w.fillna(""), CONF_SPECIFIC)
    # a known vendor, in the vendor column or opening the label ("OVH - ...", "Facture Orange")
    label_vendors = tuple((dom, _LABEL_VENDOR_PREFIX + f"(?:{p})") for dom, p in VENDORS)
    v_dom, _ = _first_match(vn, VENDORS, vn != "")
    lv_dom, lv_word = _first_match(ln, label_vendors, v_dom.isna() & (ln != ""))
    # strong IT text: a specific IT word once the ambiguous ones are blanked out
    masked = specific_text.str.replace(AMBIGUOUS_TEXT, " ", regex=True)
    masked_no_training = masked.str.replace(TRAINING, " ", regex=True)
    text_strong = _first_match(masked_no_training, it_rules, masked_no_training != "")[0].notna()
    # a known vendor anywhere in the label ("Licences Salesforce") makes the line's IT strong
    anywhere = _first_match(ln, VENDORS, (ln != "") & v_dom.isna() & lv_dom.isna())[0].notna()
    it_context = text_strong | v_dom.notna() | lv_dom.notna() | anywhere
    # an account named for IT ("Software subscriptions", "Frais de télécommunications")
    account_strong = aln.str.contains(ACCOUNT_NAMES_IT, regex=True) & (aln != "")
    # training: IT management beside an IT product, vendor or IT unit; not IT alone
    units = [(dn, raw["d"], "department:"), (ccn, raw["cc"], "cost_centre:"),
             (cn, raw["c"], "category:")]
    unit = pd.Series(0, index=u.index, dtype="int8")
    unit_rule = pd.Series(None, index=u.index, dtype=object)
    unit_text = pd.Series("", index=u.index, dtype=object)
    for text, raw_value, prefix in units:
        ev = unit_evidence(text)
        new = (unit == 0) & (ev != 0)
        unit.loc[new] = ev[new]
        unit_rule.loc[new] = prefix + raw_value[new]
        unit_text.loc[new] = text[new]
    training = specific_text.str.extract(f"({TRAINING})", expand=False)
    train_it = training.notna() & (it_context | (unit == 1))
    take(pd.Series(np.where(train_it, "governance", NOT_IT), index=u.index).where(
        training.notna()), "keyword:" + training.fillna(""),
        pd.Series(np.where(train_it & it_context, CONF_SPECIFIC, CONF_GENERIC), index=u.index),
        train_it & it_context)
    d, w = _first_match(specific_text, it_rules, domain.isna())
    take(d, "keyword:" + w.fillna(""), CONF_SPECIFIC, text_strong)
    cat_part, cat_part_ambiguous = _category_domain(cn, partial=True)
    take(cat_part, cat_rule, CONF_CATEGORY_WORD, ~cat_part_ambiguous)
    take(v_dom, "vendor:" + raw["v"], CONF_VENDOR, True)
    take(lv_dom, "vendor:" + lv_word.fillna("").str.replace(_LABEL_VENDOR_PREFIX, "",
                                                            regex=True),
         CONF_VENDOR_IN_LABEL, True)
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

    # the unit that spent: a non-IT unit wins over anything but the line's own IT text
    is_it = domain != NOT_IT
    strong = strong | it_context | account_strong
    against = (unit == -1) & is_it & ~strong
    domain.loc[against] = NOT_IT
    rule.loc[against] = unit_rule[against]
    conf.loc[against] = CONF_UNIT_NOT_IT
    conf.loc[(unit == -1) & is_it & strong] = np.minimum(conf, CONF_IT_AGAINST_UNIT)
    weak_not_it = ~is_it & (rule.str.startswith("account:") | (rule == "default"))
    from_unit = (unit == 1) & weak_not_it
    if from_unit.any():
        unit_dom, _ = _category_domain(unit_text[from_unit], partial=True)
        unit_dom = unit_dom.where(unit_dom.isin(DOMAINS), "support")
        domain.loc[from_unit] = unit_dom
        rule.loc[from_unit] = unit_rule[from_unit]
        conf.loc[from_unit] = CONF_UNIT_IT

    capex = acct.str.match(r"^2[01]")
    nature_text = ln + " " + cn
    nature = pd.Series("recurring", index=u.index, dtype=object)
    nature = nature.mask(nature_text.str.contains(ONE_OFF, regex=True) | capex, "one_off")
    nature = nature.mask(nature_text.str.contains(UNPLANNED, regex=True), "unplanned")

    rule = clean_texts(rule.astype(object))     # file text ("vendor:…"), once per distinct line
    def per_line(values: pd.Series, dtype=object) -> pd.Series:
        # one object per distinct text, not inferred as Arrow text (a copy of a million texts)
        return pd.Series(values.to_numpy(dtype=dtype)[codes], index=vendor.index, dtype=dtype)
    out = pd.DataFrame({"domain": per_line(domain), "rule": per_line(rule),
                        "confidence": per_line(conf, "float64"), "nature": per_line(nature),
                        "capex": per_line(capex, bool)})
    return out


NATURE_WORDS = {"recurrent": "recurring", "recurring": "recurring", "recurrente": "recurring",
                "ponctuel": "one_off", "ponctuelle": "one_off", "one off": "one_off",
                "one_off": "one_off", "imprevu": "unplanned", "unplanned": "unplanned",
                "imprevue": "unplanned"}


def nature_from_column(values: pd.Series) -> pd.Series:
    """The file's own nature column (récurrent / ponctuel / imprévu), None where unknown."""
    mapped = normalise_text(values.fillna("").astype(str)).map(NATURE_WORDS)
    return mapped.where(mapped.isin(NATURES))
