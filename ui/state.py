"""The one owner of ``st.session_state`` keys. Pages read and write state only through here.

State is per browser tab (one Streamlit session). Uploaded data lives here, in memory, for the
session only; it is never written to disk.
"""
from __future__ import annotations

import streamlit as st

from i18n import DEFAULT_LANGUAGE, LANGUAGES
from models.dataset import Dataset, sample_dataset

KEY_LANG = "lang"            # the language (survives runs where the switch is not drawn)
KEY_LANG_WIDGET = "lang_choice"   # the language switch in app.py, mirrored into KEY_LANG
KEY_DATASET = "dataset"      # models.dataset.Dataset currently active
KEY_FRAME = "_frame"         # set by app.py: the navigation frame has run in this session
KEY_AUTH_RUN = "_auth_run"   # ui.auth: the run in which the sign-in gate last let the visitor in


_SAMPLE: list[Dataset] = []


def _cached_sample() -> Dataset:
    """The sample company, one object for every session of the server: nothing changes a
    dataset in place (every change makes a new one with ``dataclasses.replace``), so sessions
    share it read-only, and what is remembered per spend table (models.memo, the shared
    analyses' digest) serves them all."""
    if not _SAMPLE:
        _SAMPLE.append(sample_dataset())
    return _SAMPLE[0]


def init_state() -> None:
    """Make sure every key a page needs exists (safe on a cold deep link to any page)."""
    if KEY_LANG not in st.session_state or st.session_state[KEY_LANG] not in LANGUAGES:
        requested = st.query_params.get("lang")
        st.session_state[KEY_LANG] = requested if requested in LANGUAGES else DEFAULT_LANGUAGE
    if KEY_DATASET not in st.session_state:
        st.session_state[KEY_DATASET] = _cached_sample()
    if KEY_LINK_READ not in st.session_state:
        read_link_once()


def sync_lang_from_widget() -> None:
    """on_change of the language switch."""
    st.session_state[KEY_LANG] = st.session_state[KEY_LANG_WIDGET]


def get_lang() -> str:
    init_state()
    return st.session_state[KEY_LANG]


def get_dataset() -> Dataset:
    init_state()
    return st.session_state[KEY_DATASET]


def set_dataset(dataset: Dataset) -> None:
    """Replace the active data (call only once the new data is fully read and valid)."""
    st.session_state[KEY_DATASET] = dataset


def reset_to_sample() -> None:
    st.session_state[KEY_DATASET] = _cached_sample()


# --- Scenarios and cost assumptions (issue 4: pages/scenarios.py, comparison.py) -----------
KEY_SCENARIOS = "scenarios"              # list[models.scenarios.Scenario], in-house first
KEY_ECONOMICS = "economics"              # models.scenarios.Economics
KEY_HORIZON = "horizon"                  # slider (its value travels in the link: s=)
KEY_DISCOUNT = "discount_pct"            # slider, discount rate in % (in the link too)
KEY_EDIT_SCENARIO = "scenario"           # id of the scenario being edited (selectbox)
KEY_SCENARIO_UPLOAD = "scenario_upload"  # file uploader of a scenario file
KEY_SCENARIO_LOADED = "scenario_loaded"  # (name, size) of the last scenario file applied
KEY_SCENARIO_NOTICE = "scenario_notice"  # (kind, i18n key, params) shown once after an action
SCENARIO_WIDGET_PREFIX = "sc__"          # prefix of every per-scenario input widget key


def get_scenarios():
    from models.scenarios import default_scenarios
    if KEY_SCENARIOS not in st.session_state:
        st.session_state[KEY_SCENARIOS] = default_scenarios()
    return st.session_state[KEY_SCENARIOS]


def set_scenarios(scenarios) -> None:
    st.session_state[KEY_SCENARIOS] = scenarios


def get_economics():
    from models.scenarios import Economics
    if KEY_ECONOMICS not in st.session_state:
        st.session_state[KEY_ECONOMICS] = Economics()
    return st.session_state[KEY_ECONOMICS]


def set_economics(economics) -> None:
    st.session_state[KEY_ECONOMICS] = economics


def reset_scenario_widgets() -> None:
    """Every input widget drawn anew from the loaded values (after loading a file)."""
    fresh_widgets()


def set_scenario_notice(kind: str, key: str, **params) -> None:
    st.session_state[KEY_SCENARIO_NOTICE] = (kind, key, params)


def pop_scenario_notice():
    return st.session_state.pop(KEY_SCENARIO_NOTICE, None)


KEY_SCENARIO_FILE_NOTES = "scenario_file_notes"   # what loading an older file changed


def set_scenario_file_notes(notes) -> None:
    st.session_state[KEY_SCENARIO_FILE_NOTES] = list(notes)


def pop_scenario_file_notes() -> list:
    return st.session_state.pop(KEY_SCENARIO_FILE_NOTES, [])


# --- Board pack export (issue 8: pages/export.py) --------------------------------------------
# (fingerprint, {"xlsx": bytes, "pptx": bytes, "html": bytes})
KEY_EXPORT = "export_files"


def export_fingerprint(dataset, scenario_text: str, lang: str) -> str:
    """Identifies the inputs an export was built from (data, scenarios, language)."""
    import hashlib

    import pandas as pd
    digest = hashlib.sha256()
    digest.update(pd.util.hash_pandas_object(dataset.spend, index=False).to_numpy().tobytes())
    digest.update(repr((dataset.company, dataset.staff, dataset.source_name, dataset.currency,
                        dataset.eur_rate)).encode())
    digest.update(scenario_text.encode())
    digest.update(lang.encode())
    return digest.hexdigest()


def export_basename(dataset) -> str:
    """A meaningful file name: it-sourcing-<company>-<date>."""
    import re
    from datetime import date
    slug = re.sub(r"[^a-z0-9]+", "-", dataset.company.name.lower()).strip("-")[:40] or "company"
    return f"it-sourcing-{slug}-{date.today():%Y-%m-%d}"


def set_export(fingerprint: str, files: dict) -> None:
    st.session_state[KEY_EXPORT] = (fingerprint, files)


def get_export(fingerprint: str):
    """The prepared files when they were built from the current inputs, else None."""
    stored = st.session_state.get(KEY_EXPORT)
    return stored[1] if stored and stored[0] == fingerprint else None


def has_stale_export(fingerprint: str) -> bool:
    stored = st.session_state.get(KEY_EXPORT)
    return bool(stored) and stored[0] != fingerprint


# --- Governance and readiness (issue 7: pages/governance.py) ---------------------------------
KEY_GOV_ANSWERS = "gov_answers"          # {question id: level 0|1|2} (models.governance)
KEY_GOV_APPLY = "gov_apply"              # apply the governance effects to risk and cost (bool)
KEY_GOV_APPLY_WIDGET = "gov_apply_widget"  # the toggle (widget state is dropped off its page)
KEY_GOV_REGISTER = "gov_register"        # register edits loaded from a file {(risk, sid): (l, i)}
KEY_GOV_REGISTER_FINAL = "gov_register_final"  # edits of the register as last shown
KEY_GOV_EDITOR = "gov_register_editor"   # st.data_editor of the register
KEY_GOV_UPLOAD = "gov_upload"            # file uploader of an answers or scenario file
KEY_GOV_NOTICE = "gov_notice"            # (kind, i18n key, params) shown once after an action
KEY_GOV_TAB = "gov_tab"                  # the Governance tab open (its label)
KEY_COMPARISON_TAB = "comparison_tab"    # Cost comparison's chart tab open (its label)
KEY_PREDICTABILITY_TAB = "pred_tab"      # Predictability's chart tab open (its label)
KEY_RISK_TAB = "risk_tab"                # Risk's chart tab open (its label)
KEY_SPEND_TAB = "spend_tab"              # Current spend's chart tab open (its label)
GOV_WIDGET_PREFIX = "gov__q__"           # prefix of the question widgets (one per question)


def gov_widget_key(question_id: str) -> str:
    return GOV_WIDGET_PREFIX + question_id


def get_governance_answers() -> dict:
    """The current answers (the "typical" preset until the user answers)."""
    from models.governance import DEFAULT_PRESET, preset
    if KEY_GOV_ANSWERS not in st.session_state:
        st.session_state[KEY_GOV_ANSWERS] = preset(DEFAULT_PRESET)
    return dict(st.session_state[KEY_GOV_ANSWERS])


def set_governance_answers(answers: dict, sync_widgets: bool = True) -> None:
    """Store validated answers; with ``sync_widgets`` the question widgets show them on the next
    run (call from a widget callback or before the widgets are drawn)."""
    from models.governance import validate_answers
    clean = validate_answers(answers)
    st.session_state[KEY_GOV_ANSWERS] = clean
    if sync_widgets:
        for qid, level in clean.items():
            st.session_state[gov_widget_key(qid)] = level


def governance_applied() -> bool:
    """Whether the governance effects apply (the toggle; on by default)."""
    return bool(st.session_state.get(KEY_GOV_APPLY, True))


def set_governance_applied(applied: bool) -> None:
    st.session_state[KEY_GOV_APPLY] = bool(applied)


def governance_for_engine() -> dict | None:
    """The answers to apply to the risk engine and the cost model, or None when the user
    switched the effects off (for models.governance.simulate_governed)."""
    return get_governance_answers() if governance_applied() else None


def get_register_base_edits() -> dict:
    return dict(st.session_state.get(KEY_GOV_REGISTER, {}))


def set_register_base_edits(edits: dict) -> None:
    """Edits loaded from a file (or none, to go back to the computed values): they replace every
    edit and the editor forgets its own changes so that they show."""
    st.session_state[KEY_GOV_REGISTER] = dict(edits)
    st.session_state[KEY_GOV_REGISTER_FINAL] = dict(edits)
    for key in [k for k in st.session_state if str(k).startswith(KEY_GOV_EDITOR)]:
        del st.session_state[key]


def get_register_edits() -> dict:
    """Every edit of the register as last shown (for saving and exports)."""
    return dict(st.session_state.get(KEY_GOV_REGISTER_FINAL, get_register_base_edits()))


def set_register_edits(edits: dict) -> None:
    st.session_state[KEY_GOV_REGISTER_FINAL] = dict(edits)


def set_gov_notice(kind: str, key: str, **params) -> None:
    st.session_state[KEY_GOV_NOTICE] = (kind, key, params)


def pop_gov_notice():
    return st.session_state.pop(KEY_GOV_NOTICE, None)


def governance_file_object() -> dict:
    """The answers and register edits as saved inside a scenario file (``"governance"``)."""
    from models.governance import answers_to_dict
    return answers_to_dict(get_governance_answers(), get_register_edits())


def set_governance_from_file(governance: tuple[dict, dict] | None) -> bool:
    """After a scenario file was loaded (``models.scenario_file.load_scenario_file``): take the
    governance (answers, register edits) it holds, if any. True when it held some."""
    if governance is None:
        return False
    answers, edits = governance
    set_governance_answers(answers)
    set_register_base_edits(edits)
    return True


# --- Simulation settings and the shared analysis (issues 5 and 6: decision pages) -----------
KEY_SIM_TRIALS = "sim_trials"            # Monte Carlo trials (int)
KEY_SIM_SEED = "sim_seed"                # user-visible seed (int)
KEY_SIM_MARGIN = "sim_margin"            # overrun margin, fraction
# budget per year (EUR) or None = each scenario's own plan
KEY_SIM_BUDGET = "sim_budget"
SIM_WIDGET_PREFIX = "simw__"             # widgets mirroring the settings above (any page)
KEY_ANALYSIS_CACHE = "analysis_cache"    # ui.analysis.AnalysisCache: analyses of this session


def get_analysis_cache():
    """This session's cache of analyses (ui.analysis.AnalysisCache), bounded in bytes."""
    from ui.analysis import AnalysisCache
    cache = st.session_state.get(KEY_ANALYSIS_CACHE)
    if not isinstance(cache, AnalysisCache):
        cache = st.session_state[KEY_ANALYSIS_CACHE] = AnalysisCache()
    return cache


def get_simulation_settings() -> dict:
    """{trials, seed, margin, budget} with the sourced defaults until the user changes them."""
    from models.analysis import DEFAULT_MARGIN
    from models.uncertainty.engine import DEFAULT_SEED, DEFAULT_TRIALS
    return {"trials": int(st.session_state.get(KEY_SIM_TRIALS, DEFAULT_TRIALS)),
            "seed": int(st.session_state.get(KEY_SIM_SEED, DEFAULT_SEED)),
            "margin": float(st.session_state.get(KEY_SIM_MARGIN, DEFAULT_MARGIN)),
            "budget": st.session_state.get(KEY_SIM_BUDGET)}


def set_simulation_setting(key: str, value) -> None:
    st.session_state[{"trials": KEY_SIM_TRIALS, "seed": KEY_SIM_SEED, "margin": KEY_SIM_MARGIN,
                      "budget": KEY_SIM_BUDGET}[key]] = value


# --- Spend import and company form (issue 3: pages/import.py, pages/company.py) -------------
KEY_IMPORT_UPLOAD = "import_upload"            # file uploader of the spend file
KEY_IMPORT_MAPPING = "import_mapping"          # {file fingerprint: {field: column}} chosen
KEY_IMPORT_SHEET = "import_sheet"              # {file fingerprint: sheet name} chosen
KEY_IMPORT_CORRECTIONS = "import_corrections"  # DataFrame scope, key, domain (user corrections)
KEY_IMPORT_OPTIONS = "import_options"          # {"vat_rate": float, "fx": {currency: rate}}
KEY_IMPORT_NOTICE = "import_notice"            # (kind, i18n key, params) shown once
KEY_IMPORT_EDITOR_VERSION = "import_editor_version"   # bumps to refresh the correction tables
KEY_IMPORT_CORR_UPLOAD = "import_corr_upload"  # file uploader of a corrections file
KEY_IMPORT_CORR_LOADED = "import_corr_loaded"  # (name, size) of the last corrections file applied
KEY_COMPANY_NOTICE = "company_notice"          # (kind, i18n key, params) shown once
IMPORT_WIDGET_PREFIX = "imp__"                 # prefix of the import page's input widgets
COMPANY_WIDGET_PREFIX = "co__"                 # prefix of the company page's input widgets


def get_import_mapping(fingerprint: str) -> dict | None:
    return st.session_state.get(KEY_IMPORT_MAPPING, {}).get(fingerprint)


def set_import_mapping(fingerprint: str, mapping: dict | None) -> None:
    stored = dict(st.session_state.get(KEY_IMPORT_MAPPING, {}))
    if mapping is None:
        stored.pop(fingerprint, None)
    else:
        stored[fingerprint] = dict(mapping)
    st.session_state[KEY_IMPORT_MAPPING] = stored


def get_import_sheet(fingerprint: str) -> str | None:
    return st.session_state.get(KEY_IMPORT_SHEET, {}).get(fingerprint)


def set_import_sheet(fingerprint: str, sheet: str | None) -> None:
    stored = dict(st.session_state.get(KEY_IMPORT_SHEET, {}))
    stored[fingerprint] = sheet
    st.session_state[KEY_IMPORT_SHEET] = stored


def get_corrections():
    from models.importer import empty_corrections
    if KEY_IMPORT_CORRECTIONS not in st.session_state:
        st.session_state[KEY_IMPORT_CORRECTIONS] = empty_corrections()
    return st.session_state[KEY_IMPORT_CORRECTIONS]


def set_corrections(corrections) -> None:
    st.session_state[KEY_IMPORT_CORRECTIONS] = corrections
    st.session_state[KEY_IMPORT_EDITOR_VERSION] = editor_version() + 1


def editor_version() -> int:
    return int(st.session_state.get(KEY_IMPORT_EDITOR_VERSION, 0))


def get_import_options() -> dict:
    from models.defaults import default
    if KEY_IMPORT_OPTIONS not in st.session_state:
        st.session_state[KEY_IMPORT_OPTIONS] = {"vat_rate": default("vat_rate"), "fx": {}}
    return st.session_state[KEY_IMPORT_OPTIONS]


def set_import_options(options: dict) -> None:
    st.session_state[KEY_IMPORT_OPTIONS] = options


def set_import_notice(kind: str, key: str, **params) -> None:
    st.session_state[KEY_IMPORT_NOTICE] = (kind, key, params)


def pop_import_notice():
    return st.session_state.pop(KEY_IMPORT_NOTICE, None)


def set_company_notice(kind: str, key: str, **params) -> None:
    st.session_state[KEY_COMPANY_NOTICE] = (kind, key, params)


def pop_company_notice():
    return st.session_state.pop(KEY_COMPANY_NOTICE, None)


def set_company_and_staff(company, staff) -> None:
    """Replace the company profile and in-house staff of the active data (spend unchanged)."""
    import dataclasses
    st.session_state[KEY_DATASET] = dataclasses.replace(get_dataset(), company=company,
                                                        staff=list(staff))


# --- Assumption set (issue 12: the provider pitch, neutral, cautious) ------------------------
KEY_ASSUMPTION_SET = "assumption_set"          # models.defaults.ASSUMPTION_SETS
KEY_ASSUMPTION_SET_WIDGET = "assumption_set_widget"   # its selector (pages/assumptions.py)
KEY_ONE_OFF_WIDGET = "one_off_kept_widget"     # lines put back (multiselect, pages/spend.py)


def get_assumption_set() -> str:
    from models.defaults import ASSUMPTION_SETS, DEFAULT_SET
    value = st.session_state.get(KEY_ASSUMPTION_SET, DEFAULT_SET)
    return value if value in ASSUMPTION_SETS else DEFAULT_SET


def set_assumption_set(name: str) -> None:
    from models.defaults import ASSUMPTION_SETS
    if name in ASSUMPTION_SETS:
        st.session_state[KEY_ASSUMPTION_SET] = name


# --- Currency of the data and the euro defaults (issue 13: ui/frame.py currency_gate) -----
KEY_MONEY_NOTICE = "money_notice"              # (i18n key, params) shown once after a rate
KEY_SANITY = "sanity_cache"                    # (weakref to the dataset, lang, sentences)
MONEY_WIDGET_PREFIX = "money__"                # the rate input and buttons of the gate


def set_money_notice(key: str, **params) -> None:
    st.session_state[KEY_MONEY_NOTICE] = (key, params)


def pop_money_notice():
    return st.session_state.pop(KEY_MONEY_NOTICE, None)


def set_one_off_kept(rows) -> None:
    """Put one-off lines back into the baseline (source rows), or take them out again."""
    import dataclasses
    st.session_state[KEY_DATASET] = dataclasses.replace(get_dataset(),
                                                        one_off_kept=frozenset(rows))


# --- Widgets that show loaded values, the link and the workspace file (issue 15) -----------
KEY_WIDGET_GEN = "widget_generation"     # bumped when settings are loaded: widgets made anew
KEY_LINK_READ = "_link_read"             # the link's settings were applied in this session
KEY_LINK_NOTICE = "link_notice"          # (kind, i18n key, params) shown once by the frame
KEY_WORKSPACE_UPLOAD = "workspace_upload"    # file uploader of a workspace file
KEY_WORKSPACE_LOADED = "workspace_loaded"    # (name, size) of the last workspace file applied
LINK_PARAM = "s"                         # the query parameter holding the settings
LEGACY_PARAMS = ("horizon", "discount_pct")  # older links (?horizon=7): read once, then dropped


def widget_generation() -> int:
    return int(st.session_state.get(KEY_WIDGET_GEN, 0))


def fresh_widgets() -> None:
    """After settings were loaded (file, workspace, link): every input widget is drawn anew
    from the loaded values on the next run (new keys), so none shows a value from before and
    the next change starts from the loaded values. Deleting the old keys is not enough: the
    browser keeps its widgets' values under the same keys and sends them back."""
    st.session_state[KEY_WIDGET_GEN] = widget_generation() + 1


def wkey(base: str) -> str:
    """The key of input widget ``base`` in this generation (``base`` itself at first)."""
    gen = widget_generation()
    return base if gen == 0 else f"{base}~{gen}"


def scenario_prefix() -> str:
    """Prefix of the per-scenario and economics widgets in this generation."""
    gen = widget_generation()
    return SCENARIO_WIDGET_PREFIX if gen == 0 else f"sc{gen}__"


def current_settings():
    """Every input of the analysis besides the data (models.workspace.Settings)."""
    from models.workspace import Settings
    sim = get_simulation_settings()
    return Settings(scenarios=get_scenarios(), economics=get_economics(),
                    answers=get_governance_answers(), governance_applied=governance_applied(),
                    assumption_set=get_assumption_set(), trials=sim["trials"], seed=sim["seed"],
                    margin=sim["margin"], budget=sim["budget"],
                    one_off_kept=frozenset(get_dataset().one_off_kept),
                    register_edits=get_register_edits())


def apply_settings(settings, company_counts: dict | None = None, fresh: bool = True) -> None:
    """Make ``settings`` (validated, models.workspace) the session's; with ``fresh``, every
    input widget drawn anew (not needed before the first widget of a session)."""
    import dataclasses

    from models.workspace import with_company_counts
    set_scenarios(list(settings.scenarios))
    set_economics(settings.economics)
    set_governance_answers(settings.answers)
    set_register_base_edits(settings.register_edits)
    set_governance_applied(settings.governance_applied)
    set_assumption_set(settings.assumption_set)
    for name in ("trials", "seed", "margin", "budget"):
        set_simulation_setting(name, getattr(settings, name))
    ds = get_dataset()
    st.session_state[KEY_DATASET] = dataclasses.replace(
        ds, one_off_kept=frozenset(settings.one_off_kept),
        company=with_company_counts(ds.company, company_counts or {}))
    st.session_state.pop(KEY_EDIT_SCENARIO, None)
    if fresh:
        fresh_widgets()


def link_value() -> str:
    """The ``s=`` value reproducing this session's view (models.workspace.encode_link): the
    settings, and the sample company's counts when the data is the sample company's."""
    from models.workspace import encode_link
    ds = get_dataset()
    return encode_link(current_settings(), ds.company if ds.is_sample else None)


def read_link_once() -> None:
    """On a session's first run: apply the settings of the link it was opened with (``s=``, or
    an older ``?horizon=``/``?discount_pct=`` link); a damaged link shows one sentence and the
    defaults (set_link_notice)."""
    if st.session_state.get(KEY_LINK_READ):
        return
    st.session_state[KEY_LINK_READ] = True
    from models.errors import TranslatedError
    from models.workspace import decode_link
    text = st.query_params.get(LINK_PARAM, "")
    legacy = {k: st.query_params.get(k) for k in LEGACY_PARAMS if k in st.query_params}
    if not text and not legacy:
        return
    try:
        link = decode_link(text)
        if legacy:
            _apply_legacy(link.settings, legacy)
    except TranslatedError as err:
        set_link_notice("warning", err.key, **err.params)
        return
    apply_settings(link.settings, link.company if get_dataset().is_sample else None, fresh=False)


def _apply_legacy(settings, legacy: dict) -> None:
    from models.boundary import finite_number, whole_number
    from models.errors import CostModelError
    try:
        if "horizon" in legacy:
            settings.economics.horizon_years = whole_number(legacy["horizon"], "horizon", 1, 15)
        if "discount_pct" in legacy:
            settings.economics.discount_rate = finite_number(
                float(legacy["discount_pct"]), "discount_pct", -50.0, 100.0) / 100.0
    except (ValueError, TypeError) as err:
        if isinstance(err, CostModelError):
            raise
        raise CostModelError("workspace.error.link", detail="horizon") from None


def set_link_notice(kind: str, key: str, **params) -> None:
    st.session_state[KEY_LINK_NOTICE] = (kind, key, params)


def pop_link_notice():
    return st.session_state.pop(KEY_LINK_NOTICE, None)
