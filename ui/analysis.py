"""The shared analysis of the decision pages, cached by its inputs for the browser session.

Every page that shows scenario numbers calls :func:`current_analysis`, so the Overview, the
detail pages and the exports show the same figures, and moving a widget recomputes only when
an input of the analysis changed.

The cache (:class:`AnalysisCache`, one per session in ``st.session_state``) keeps analyses
pickled, like ``st.cache_data`` did, but bounded in **bytes** as well as entries: at most
:data:`SESSION_CACHE_BYTES`, least recently used dropped first (one analysis of 100,000 trials
pickles to about 70 MB). With the work budget of one analysis
(:data:`models.boundary.MAX_SIMULATION_WORK`) a session stays under 500 MB (SECURITY.md).
"""
from __future__ import annotations

import hashlib
import pickle
from collections import OrderedDict

import streamlit as st

from i18n import fmt_number, t
from models.analysis import Analysis, analyse
from models.dataset import Dataset
from models.scenario_file import dump_scenarios, load_scenarios
from ui import state

#: Bytes of pickled analyses one session keeps, and the most analyses kept.
SESSION_CACHE_BYTES = 96 * 2**20
SESSION_CACHE_ENTRIES = 8


class AnalysisCache:
    """Pickled values by key, least recently used first out, within ``max_bytes`` (of pickles)
    and ``max_entries``. A value larger than ``max_bytes`` alone is not kept. Each hit returns a
    fresh copy (unpickled), so a page can never change what another page reads."""

    def __init__(self, max_bytes: int = SESSION_CACHE_BYTES,
                 max_entries: int = SESSION_CACHE_ENTRIES) -> None:
        self.max_bytes, self.max_entries = max_bytes, max_entries
        self.entries: OrderedDict[str, bytes] = OrderedDict()

    @property
    def nbytes(self) -> int:
        return sum(len(b) for b in self.entries.values())

    def get(self, key: str):
        """The value stored under ``key`` (a copy), or None."""
        blob = self.entries.get(key)
        if blob is None:
            return None
        self.entries.move_to_end(key)
        return pickle.loads(blob)

    def put(self, key: str, value) -> None:
        blob = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        self.entries.pop(key, None)
        if len(blob) > self.max_bytes:
            return
        self.entries[key] = blob
        total = self.nbytes
        while total > self.max_bytes or len(self.entries) > self.max_entries:
            _, dropped = self.entries.popitem(last=False)
            total -= len(dropped)


def _key(spend, *parts) -> str:
    """A digest of the analysis inputs: the spend table's content hash and the other inputs."""
    import pandas as pd
    digest = hashlib.sha256(pd.util.hash_pandas_object(spend, index=True).to_numpy().tobytes())
    digest.update(repr(parts).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _cached_analysis(spend, company, staff, source_name, scenario_text: str, seed: int,
                     trials: int, answers: tuple | None, margin: float, budget: float | None,
                     lang: str, with_thresholds: bool = True, assumptions: str = "neutral",
                     one_off_kept: tuple = (), money: tuple = ("EUR", None, "EUR")) -> Analysis:
    cache = state.get_analysis_cache()
    key = _key(spend, company, staff, source_name, scenario_text, seed, trials, answers, margin,
               budget, lang, with_thresholds, assumptions, one_off_kept, money)
    hit = cache.get(key)
    if hit is not None:
        return hit
    scenarios, economics = load_scenarios(scenario_text)
    dataset = Dataset(spend=spend, company=company, staff=staff, source_name=source_name,
                      one_off_kept=frozenset(one_off_kept), currency=money[0],
                      eur_rate=money[1], staff_currency=money[2])
    analysis = analyse(dataset, scenarios, economics, seed=seed, trials=trials,
                       answers=dict(answers) if answers is not None else None,
                       apply_governance=answers is not None, margin=margin,
                       budget_per_year=budget, with_thresholds=with_thresholds, lang=lang,
                       assumptions=assumptions)
    cache.put(key, analysis)
    return analysis


def current_analysis(lang: str, answers_override: dict | None | str = "session",
                     with_thresholds: bool = True, max_trials: int | None = None,
                     assumptions: str | None = None) -> Analysis:
    """The analysis of the active data, scenarios, governance answers and simulation settings.

    ``answers_override``: "session" (the Governance page's answers when its effects are on),
    None (no governance effects) or a dict of answers (e.g. a preset). ``assumptions``: an
    assumption set (default: the session's, the Assumptions page's choice).
    """
    ds = state.get_dataset()
    sim = state.get_simulation_settings()
    answers = state.governance_for_engine() if answers_override == "session" else answers_override
    text = dump_scenarios(state.get_scenarios(), state.get_economics())
    frozen = tuple(sorted(answers.items())) if answers is not None else None
    trials = min(sim["trials"], max_trials) if max_trials else sim["trials"]
    with st.spinner(t("analysis.running", lang, trials=fmt_number(sim["trials"], lang))):
        return _cached_analysis(ds.spend, ds.company, ds.staff, ds.source_name, text, sim["seed"],
                                trials, frozen, sim["margin"], sim["budget"], lang,
                                with_thresholds, assumptions or state.get_assumption_set(),
                                tuple(sorted(ds.one_off_kept)),
                                (ds.currency, ds.eur_rate, ds.staff_currency))


#: Trials of each run of the robustness line (the cheapest option under each assumption set):
#: enough to order the options, as :func:`models.analysis.cheapest_by_set` does
ROBUSTNESS_TRIALS = 2_000


def cheapest_by_set(lang: str) -> dict[str, str]:
    """The cheapest option under each assumption set, for the session's data and settings
    (the robustness line of the Overview and of the board pack: the same cached runs)."""
    from models.defaults import ASSUMPTION_SETS
    return {name: current_analysis(lang, with_thresholds=False, max_trials=ROBUSTNESS_TRIALS,
                                   assumptions=name).cheapest() for name in ASSUMPTION_SETS}


def simulation_subtitle(analysis: Analysis, lang: str) -> str:
    """'Sample company … · 10,000 trials, seed 20261128 · 5-year horizon · 28/11/2026'."""
    from datetime import date

    from i18n import fmt_date
    from ui.frame import source_label
    return t("chart.mc_subtitle", lang, source=source_label(lang),
             trials=fmt_number(analysis.simulation.n_trials, lang), seed=analysis.simulation.seed,
             years=analysis.simulation.horizon, date=fmt_date(date.today(), lang))


def simulation_controls(lang: str) -> None:
    """Trials, seed, overrun margin and budget: the same settings on every page."""
    sim = state.get_simulation_settings()
    cols = st.columns(4)

    def mirror(name: str, widget_key: str, convert=lambda v: v):
        def callback():
            state.set_simulation_setting(name, convert(st.session_state[widget_key]))
        return callback

    options = [1_000, 10_000, 100_000]
    key = state.SIM_WIDGET_PREFIX + "trials"
    st.session_state.setdefault(key, sim["trials"] if sim["trials"] in options else 10_000)
    cols[0].selectbox(t("analysis.trials", lang), options, key=key,
                      format_func=lambda n: fmt_number(n, lang), on_change=mirror("trials", key),
                      help=t("analysis.trials_help", lang))
    key = state.SIM_WIDGET_PREFIX + "seed"
    st.session_state.setdefault(key, sim["seed"])
    cols[1].number_input(t("analysis.seed", lang), min_value=0, max_value=2**32 - 1, step=1,
                         key=key, on_change=mirror("seed", key, int),
                         help=t("analysis.seed_help", lang))
    key = state.SIM_WIDGET_PREFIX + "margin"
    st.session_state.setdefault(key, int(round(sim["margin"] * 100)))
    cols[2].slider(t("analysis.margin", lang), 0, 50, step=1, key=key, format="%d %%",
                   on_change=mirror("margin", key, lambda v: v / 100))
    key = state.SIM_WIDGET_PREFIX + "budget"
    st.session_state.setdefault(key, sim["budget"])
    cols[3].number_input(t("analysis.budget", lang), min_value=0.0, step=10_000.0, key=key,
                         value=None, placeholder=t("analysis.budget_placeholder", lang),
                         on_change=mirror("budget", key, lambda v: float(v) if v else None),
                         help=t("analysis.budget_help", lang))


def current_register(lang: str):
    """The qualitative risk register as the Governance page shows it (answers and user edits),
    for the risk matrix: DataFrame ``risk, scenario, likelihood, impact``."""
    from models import governance as gov
    answers = state.get_governance_answers()
    computed = gov.default_register(answers, state.get_scenarios())
    return gov.apply_register_edits(computed, state.get_register_edits())
