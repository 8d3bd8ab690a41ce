"""The shared analysis of the decision pages, cached by its inputs.

Every page that shows scenario numbers calls :func:`current_analysis`, so the Overview, the
detail pages and the exports show the same figures, and moving a widget recomputes only when
an input of the analysis changed.

Two caches, both :class:`AnalysisCache` (analyses kept pickled, bounded in **bytes** as well as
entries, least recently used dropped first; one analysis of 100,000 trials pickles to about
70 MB):

* per session (``st.session_state``): the analyses of the user's own data, at most
  :data:`SESSION_CACHE_BYTES`. With the work budget of one analysis
  (:data:`models.boundary.MAX_SIMULATION_WORK`) a session stays under 500 MB (SECURITY.md);
* per server (:data:`SHARED`): the analyses of the **sample company** only (its spend and staff
  as shipped: no user data), at most :data:`SHARED_CACHE_BYTES`, shared read-only by every
  session (each hit is a fresh copy) and filled in the background when the server starts
  (:func:`start_warmup`), so a newcomer's first Overview draws without computing. Two sessions
  asking for the same analysis at once compute it once.

The thresholds ("what must be true") are the slowest part after the simulation: a page may ask
for the analysis without them first (``with_thresholds=False``) to draw the answer, then with
them; the second call adds them to the cached analysis (:func:`models.analysis.add_thresholds`)
instead of computing everything again.
"""
from __future__ import annotations

import hashlib
import pickle
import threading
import time
import weakref
from collections import OrderedDict

import streamlit as st

from i18n import fmt_number, t
from models.analysis import Analysis, add_thresholds, analyse
from models.dataset import Dataset
from models.scenario_file import dump_scenarios, load_scenarios
from ui import state

#: Bytes of pickled analyses one session keeps, and the most analyses kept.
SESSION_CACHE_BYTES = 96 * 2**20
SESSION_CACHE_ENTRIES = 8
#: Bytes and entries of the server's cache of the sample company's analyses (shared).
SHARED_CACHE_BYTES = 128 * 2**20
SHARED_CACHE_ENTRIES = 32


class AnalysisCache:
    """Pickled values by key, least recently used first out, within ``max_bytes`` (of pickles)
    and ``max_entries``. A value larger than ``max_bytes`` alone is not kept. Each hit returns a
    fresh copy (unpickled), so a page can never change what another page reads. Thread-safe;
    :meth:`get_or_compute` computes a missing value once when several threads ask for it."""

    def __init__(self, max_bytes: int = SESSION_CACHE_BYTES,
                 max_entries: int = SESSION_CACHE_ENTRIES) -> None:
        self.max_bytes, self.max_entries = max_bytes, max_entries
        self.entries: OrderedDict[str, bytes] = OrderedDict()
        self._lock = threading.Lock()
        self._running: dict[str, threading.Event] = {}

    def __getstate__(self):                 # st.session_state may pickle: no lock inside
        return {"max_bytes": self.max_bytes, "max_entries": self.max_entries,
                "entries": self.entries}

    def __setstate__(self, data) -> None:
        self.__init__(data["max_bytes"], data["max_entries"])
        self.entries = data["entries"]

    @property
    def nbytes(self) -> int:
        return sum(len(b) for b in self.entries.values())

    def get(self, key: str):
        """The value stored under ``key`` (a copy), or None."""
        with self._lock:
            blob = self.entries.get(key)
            if blob is None:
                return None
            self.entries.move_to_end(key)
        return pickle.loads(blob)

    def __contains__(self, key: str) -> bool:
        return key in self.entries

    def discard(self, key: str) -> None:
        with self._lock:
            self.entries.pop(key, None)

    def put(self, key: str, value) -> None:
        blob = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        with self._lock:
            self.entries.pop(key, None)
            if len(blob) > self.max_bytes:
                return
            self.entries[key] = blob
            total = self.nbytes
            while total > self.max_bytes or len(self.entries) > self.max_entries:
                _, dropped = self.entries.popitem(last=False)
                total -= len(dropped)

    def get_or_compute(self, key: str, compute):
        """The value under ``key``; when missing, ``compute()`` stored and returned. A thread
        asking for a key another thread is computing waits for that result."""
        while True:
            hit = self.get(key)
            if hit is not None:
                return hit
            with self._lock:
                running = self._running.get(key)
                if running is None:
                    running = self._running[key] = threading.Event()
                    mine = True
                else:
                    mine = False
            if not mine:
                running.wait()
                if key in self.entries:
                    continue
                return self.get_or_compute_alone(key, compute)
            try:
                value = compute()
                self.put(key, value)
                return value
            finally:
                with self._lock:
                    self._running.pop(key, None)
                running.set()

    def get_or_compute_alone(self, key: str, compute):
        """After a failed computation by another thread (or an entry too large to keep)."""
        value = compute()
        self.put(key, value)
        return value


#: The server's cache of the sample company's analyses (see the module docstring).
SHARED = AnalysisCache(SHARED_CACHE_BYTES, SHARED_CACHE_ENTRIES)
_SAMPLE_DIGEST: list[bytes] = []


#: Content digests of the last spend tables seen, by table (weak references: they keep no
#: table alive). A page asks for up to seven analyses of the same table per run (hashing 1,000
#: lines takes about 10 ms); spend tables are never changed in place (every change makes a new
#: Dataset).
_DIGESTS: OrderedDict[int, tuple] = OrderedDict()
_DIGESTS_LOCK = threading.Lock()


def _spend_digest(spend) -> bytes:
    import pandas as pd
    with _DIGESTS_LOCK:
        hit = _DIGESTS.get(id(spend))
        if hit is not None and hit[0]() is spend:
            return hit[1]
    digest = hashlib.sha256(pd.util.hash_pandas_object(spend, index=True).to_numpy()
                            .tobytes()).digest()
    with _DIGESTS_LOCK:
        _DIGESTS[id(spend)] = (weakref.ref(spend), digest)
        while len(_DIGESTS) > 64:
            _DIGESTS.popitem(last=False)
    return digest


def _is_sample(spend_digest: bytes, staff, source_name) -> bool:
    """True for the sample company's spend and staff as shipped (shareable: no user data)."""
    if source_name is not None:
        return False
    from models.sample_company import sample_staff
    if not _SAMPLE_DIGEST:
        from models.dataset import sample_dataset
        _SAMPLE_DIGEST.append(_spend_digest(sample_dataset().spend))
    return spend_digest == _SAMPLE_DIGEST[0] and list(staff) == sample_staff()


def _key(spend_digest: bytes, *parts) -> str:
    """A digest of the analysis inputs: the spend table's content hash and the other inputs."""
    digest = hashlib.sha256(spend_digest)
    digest.update(repr(parts).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _cached_analysis(spend, company, staff, source_name, scenario_text: str, seed: int,
                     trials: int, answers: tuple | None, margin: float, budget: float | None,
                     lang: str, with_thresholds: bool = True, assumptions: str = "neutral",
                     one_off_kept: tuple = (), money: tuple = ("EUR", None, "EUR"),
                     cache: AnalysisCache | None = None) -> Analysis:
    spend_digest = _spend_digest(spend)
    if cache is None:
        cache = (SHARED if _is_sample(spend_digest, staff, source_name)
                 else state.get_analysis_cache())
    parts = (company, staff, source_name, scenario_text, seed, trials, answers, margin, budget,
             lang, assumptions, one_off_kept, money)
    full = _key(spend_digest, *parts, True)
    hit = cache.get(full)
    if hit is not None:
        return hit
    bare = _key(spend_digest, *parts, False)

    def compute() -> Analysis:
        scenarios, economics = load_scenarios(scenario_text)
        dataset = Dataset(spend=spend, company=company, staff=staff, source_name=source_name,
                          one_off_kept=frozenset(one_off_kept), currency=money[0],
                          eur_rate=money[1], staff_currency=money[2])
        return analyse(dataset, scenarios, economics, seed=seed, trials=trials,
                       answers=dict(answers) if answers is not None else None,
                       apply_governance=answers is not None, margin=margin,
                       budget_per_year=budget, with_thresholds=False, lang=lang,
                       assumptions=assumptions)

    analysis = cache.get_or_compute(bare, compute)
    if not with_thresholds:
        return analysis
    analysis = cache.get_or_compute(full, lambda: add_thresholds(analysis, lang))
    cache.discard(bare)                  # the full one answers both from now on
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


def current_plan(lang: str):
    """The plan (no risk event) of each option with exactly the inputs of
    :func:`current_analysis` (assumption set, governance effects, one-off lines), without the
    simulation: the Scenarios page's figures agree with the Overview's and the Comparison's
    plan and redraw in milliseconds (:func:`models.analysis.plan_results`)."""
    from models.analysis import plan_results
    answers = state.governance_for_engine()
    return plan_results(state.get_dataset(), state.get_scenarios(), state.get_economics(),
                        answers=answers, apply_governance=answers is not None, lang=lang,
                        assumptions=state.get_assumption_set())


#: Trials of each run of the robustness line (the cheapest option under each assumption set):
#: enough to order the options, as :func:`models.analysis.cheapest_by_set` does
ROBUSTNESS_TRIALS = 2_000
#: Trials of the governance-preset findings of the Overview (the order of the options only),
#: and the presets shown there
PRESET_TRIALS = 2_000
OVERVIEW_PRESETS = ("none", "mature")


def cheapest_by_set(lang: str) -> dict[str, str]:
    """The cheapest option under each assumption set, for the session's data and settings
    (the robustness line of the Overview and of the board pack: the same cached runs)."""
    from models.defaults import ASSUMPTION_SETS
    return {name: current_analysis(lang, with_thresholds=False, max_trials=ROBUSTNESS_TRIALS,
                                   assumptions=name).cheapest() for name in ASSUMPTION_SETS}


def preset_analysis(lang: str, name: str) -> Analysis:
    """The analysis under governance preset ``name`` (the Overview's "with no / mature
    governance" findings), at :data:`PRESET_TRIALS`."""
    from models.governance import preset
    return current_analysis(lang, answers_override=preset(name), with_thresholds=False,
                            max_trials=PRESET_TRIALS)


# --- the server's warm-up: the sample company's analyses before the first visitor ----------

_WARMUP: list[threading.Thread] = []
_WARMUP_LOCK = threading.Lock()


def warm_sample(langs=("fr", "en"), charts: bool = True) -> None:
    """Compute into :data:`SHARED` every analysis a newcomer's pages ask for on the sample
    company with the default settings (the Overview's answer, thresholds, robustness line and
    governance presets, the Risk page's "before governance"), in each language, with exactly
    the inputs :func:`current_analysis` passes; with ``charts``, also import the libraries the
    pages use and build the Overview's charts once (Plotly's first figure is slow)."""
    from models.analysis import DEFAULT_MARGIN
    from models.dataset import sample_dataset
    from models.defaults import ASSUMPTION_SETS, DEFAULT_SET
    from models.governance import DEFAULT_PRESET, preset
    from models.scenarios import Economics, default_scenarios
    from models.uncertainty.engine import DEFAULT_SEED, DEFAULT_TRIALS
    ds = sample_dataset()
    _is_sample(_spend_digest(ds.spend), ds.staff, None)   # the sample's digest, computed now
    text = dump_scenarios(default_scenarios(), Economics())

    def frozen(name):
        return tuple(sorted(preset(name).items()))

    def run(lang, trials, answers, thresholds, assumptions=DEFAULT_SET) -> Analysis:
        return _cached_analysis(ds.spend, ds.company, ds.staff, None, text, DEFAULT_SEED, trials,
                                answers, DEFAULT_MARGIN, None, lang, thresholds, assumptions,
                                (), cache=SHARED)

    for i, lang in enumerate(langs):
        main = run(lang, DEFAULT_TRIALS, frozen(DEFAULT_PRESET), False)
        if charts and i == 0:
            _warm_libraries(main, lang)
        run(lang, DEFAULT_TRIALS, frozen(DEFAULT_PRESET), True)
        for name in ASSUMPTION_SETS:
            run(lang, ROBUSTNESS_TRIALS, frozen(DEFAULT_PRESET), False, name)
        for name in OVERVIEW_PRESETS:
            run(lang, PRESET_TRIALS, frozen(name), False)
        run(lang, DEFAULT_TRIALS, None, False)                 # Risk: before governance


def _warm_libraries(analysis: Analysis, lang: str) -> None:
    """Plotly's validators, its JSON encoder and Arrow's pandas conversion load on first use."""
    import plotly.io as pio
    import pyarrow as pa

    from charts.costs import cumulative_chart
    from charts.predictability import fan_chart
    from charts.theme import scenario_styles
    pio.to_json(cumulative_chart(analysis.expected_results(), lang, "", risk_included=True))
    pio.to_json(fan_chart(analysis.yearly, scenario_styles(analysis.scenarios, lang), lang, ""))
    pa.Table.from_pandas(analysis.kpis())
    import streamlit.material_icon_names  # noqa: F401 - the icons' names (first st.* icon)

    import charts.governance  # noqa: F401 - the other pages' modules, imported once
    import charts.risk  # noqa: F401
    import charts.sensitivity  # noqa: F401
    import charts.spend  # noqa: F401
    import models.findings  # noqa: F401
    import models.importer  # noqa: F401 - the frame's corrections (ui.state), first run
    import models.sanity  # noqa: F401 - the frame's checks and the workspace file (importer)
    import models.workspace  # noqa: F401
    import ui.auth  # noqa: F401 - the frame's modules (app.py's first run)
    import ui.costs_ui  # noqa: F401
    import ui.frame  # noqa: F401
    import ui.registry  # noqa: F401
    import ui.share  # noqa: F401


def start_warmup(langs=("fr", "en"), delay_s: float = 0.0) -> threading.Thread:
    """Start :func:`warm_sample` in a background thread, once per server process (the launcher
    calls it as the server starts; app.py again on the first run, for a plain
    ``streamlit run``). ``delay_s``: seconds the thread waits first, so that the first
    visitors are not served on cores busy with analyses nobody has asked for yet (a visitor
    who asks for one meanwhile computes it, once). A failure only leaves the cache cold:
    pages compute on demand."""
    with _WARMUP_LOCK:
        if not _WARMUP:
            def work():
                try:
                    if delay_s > 0:
                        time.sleep(delay_s)
                    warm_sample(langs)
                except Exception:  # noqa: BLE001 - a cold cache is not an error
                    pass
            thread = threading.Thread(target=work, name="sample-warmup", daemon=True)
            _WARMUP.append(thread)
            thread.start()
        return _WARMUP[0]


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
    key = state.wkey(state.SIM_WIDGET_PREFIX + "trials")
    st.session_state.setdefault(key, sim["trials"] if sim["trials"] in options else 10_000)
    cols[0].selectbox(t("analysis.trials", lang), options, key=key,
                      format_func=lambda n: fmt_number(n, lang), on_change=mirror("trials", key),
                      help=t("analysis.trials_help", lang))
    key = state.wkey(state.SIM_WIDGET_PREFIX + "seed")
    st.session_state.setdefault(key, sim["seed"])
    cols[1].number_input(t("analysis.seed", lang), min_value=0, max_value=2**32 - 1, step=1,
                         key=key, on_change=mirror("seed", key, int),
                         help=t("analysis.seed_help", lang))
    key = state.wkey(state.SIM_WIDGET_PREFIX + "margin")
    st.session_state.setdefault(key, int(round(sim["margin"] * 100)))
    cols[2].slider(t("analysis.margin", lang), 0, 50, step=1, key=key, format="%d %%",
                   on_change=mirror("margin", key, lambda v: v / 100))
    key = state.wkey(state.SIM_WIDGET_PREFIX + "budget")
    st.session_state.setdefault(key, sim["budget"])
    cols[3].number_input(t("analysis.budget", lang), min_value=0.0, step=10_000.0, key=key,
                         format="%.0f",
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


def predictable_sentence(analysis: Analysis, lang: str) -> str:
    """The Overview's and Predictability's sentence on the most predictable budget
    (:meth:`Analysis.most_predictable`), with the option of lowest relative spread named too
    when it is another one (the two criteria then disagree and a reader sees it on the chart).
    Names are escaped for Markdown."""
    from i18n import fmt_pct, fmt_probability
    from ui.frame import md_text
    kpis = analysis.kpis().set_index("scenario")
    best_id, spread_id = analysis.most_predictable(), analysis.lowest_spread()
    best = kpis.loc[best_id]
    basis = t(f"overview.budget.{analysis.budget_basis}", lang)
    text = t("overview.predictable", lang, name=md_text(best["name"]),
             cv=fmt_pct(best["cv"], lang, 0), p=fmt_probability(best["p_overrun"], lang),
             margin=fmt_pct(analysis.margin, lang, 0), basis=basis)
    if spread_id != best_id and round(kpis.loc[spread_id, "cv"], 2) < round(best["cv"], 2):
        other = kpis.loc[spread_id]
        text += " " + t("overview.predictable.spread_other", lang, name=md_text(other["name"]),
                        cv=fmt_pct(other["cv"], lang, 0),
                        p=fmt_probability(other["p_overrun"], lang), basis=basis,
                        margin=fmt_pct(analysis.margin, lang, 0))
    return text

