"""The server's shared cache of the sample company's analyses (issue 15): the warm-up computes
exactly what a newcomer's pages ask for, sessions share read-only copies, user data never enters
it, concurrent requests compute once, and it stays within its byte budget."""
from __future__ import annotations

import threading
import time

import pytest
from streamlit.testing.v1 import AppTest

import ui.analysis as ua
from models.importer.corrections import empty_corrections
from models.workspace import Settings, Workspace, dump_workspace
from tests.conftest import ROOT

APP = str(ROOT / "app.py")


@pytest.fixture
def fresh_shared(monkeypatch):
    cache = ua.AnalysisCache(ua.SHARED_CACHE_BYTES, ua.SHARED_CACHE_ENTRIES)
    monkeypatch.setattr(ua, "SHARED", cache)
    return cache


def _refuse(*args, **kwargs):
    raise AssertionError("an analysis was computed: the warm-up missed it")


def test_the_warm_up_holds_everything_a_newcomer_s_pages_ask_for(fresh_shared, monkeypatch):
    ua.warm_sample(("en",), charts=False)
    warmed = len(fresh_shared.entries)
    assert warmed == 7           # answer with thresholds, 3 sets, 2 presets, risk without
    monkeypatch.setattr(ua, "analyse", _refuse)
    monkeypatch.setattr(ua, "add_thresholds", _refuse)
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["lang"] = "en"
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    for page in ("comparison", "predictability", "risk", "sensitivity", "scenarios"):
        at.switch_page(f"pages/{page}.py").run()
        assert not at.exception, (page, [e.value for e in at.exception])
    assert len(fresh_shared.entries) == warmed


def test_sessions_get_copies_and_user_data_stays_in_its_session(fresh_shared):
    from models.dataset import sample_dataset
    ua.warm_sample(("en",), charts=False)
    first = AppTest.from_file(APP, default_timeout=120)
    first.query_params["lang"] = "en"
    first.run()
    assert "analysis_cache" not in first.session_state   # sample analyses: shared, not per session
    before = dict(fresh_shared.entries)
    ds = sample_dataset()
    ds.source_name = "ledger.csv"                  # the same lines, but the user's file
    blob = dump_workspace(Workspace(ds, Settings(), empty_corrections()))
    first.file_uploader(key="workspace_upload").set_value(("w.json", blob, "x")).run()
    first.switch_page("pages/comparison.py").run()
    assert not first.exception
    assert fresh_shared.entries.keys() == before.keys()   # nothing of the user's in it
    assert len(first.session_state["analysis_cache"].entries) >= 1
    x = fresh_shared.get(next(iter(before)))
    y = fresh_shared.get(next(iter(before)))
    assert x is not y                                      # each hit a copy


def test_concurrent_requests_compute_once():
    cache = ua.AnalysisCache(10**6, 4)
    calls = []

    def compute():
        calls.append(1)
        time.sleep(0.2)
        return {"value": 42}
    results = []
    threads = [threading.Thread(target=lambda: results.append(cache.get_or_compute("k", compute)))
               for _ in range(5)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert len(calls) == 1 and results == [{"value": 42}] * 5


def test_a_failed_computation_lets_the_next_one_try():
    cache = ua.AnalysisCache(10**6, 4)
    with pytest.raises(ZeroDivisionError):
        cache.get_or_compute("k", lambda: 1 / 0)
    assert cache.get_or_compute("k", lambda: "ok") == "ok"


def test_the_shared_cache_keeps_its_byte_budget():
    cache = ua.AnalysisCache(max_bytes=3_000_000, max_entries=32)
    for i in range(10):
        cache.put(f"k{i}", b"x" * 900_000)
    assert cache.nbytes <= 3_000_000 and list(cache.entries) == ["k7", "k8", "k9"]


def test_results_of_a_table_are_remembered_by_table_not_by_content():
    import gc

    import pandas as pd

    from models.memo import by_table
    calls = []

    @by_table(maxsize=4, copy=dict)
    def total(table, factor):
        calls.append(1)
        return {"sum": float(table["a"].sum()) * factor}
    a = pd.DataFrame({"a": [1.0, 2.0]})
    assert total(a, 2) == {"sum": 6.0} and total(a, 2) == {"sum": 6.0} and len(calls) == 1
    total(a, 2)["sum"] = -1                        # a caller changing its copy changes nothing
    assert total(a, 2) == {"sum": 6.0} and len(calls) == 1
    assert total(a, 3) == {"sum": 9.0} and len(calls) == 2           # other arguments
    b = pd.DataFrame({"a": [1.0, 2.0, 3.0]})
    assert total(b, 2) == {"sum": 12.0} and len(calls) == 3          # another table
    del b
    gc.collect()
    c = pd.DataFrame({"a": [5.0]})                # may reuse b's id: never b's result
    assert total(c, 2) == {"sum": 10.0}


def test_analysis_with_remembered_baselines_equals_a_fresh_one():
    """The baseline and one-off lines remembered per table give the same analysis as computed
    from scratch (a copy of the table: nothing remembered)."""
    from dataclasses import replace

    from models.analysis import analyse
    from models.dataset import sample_dataset
    from models.governance import preset
    from models.scenarios import Economics, default_scenarios
    ds = sample_dataset()
    for h in (4, 6):
        first = analyse(ds, default_scenarios(), Economics(horizon_years=h), trials=300,
                        answers=preset("typical"), with_thresholds=False)
        fresh = analyse(replace(ds, spend=ds.spend.copy()), default_scenarios(),
                        Economics(horizon_years=h), trials=300, answers=preset("typical"),
                        with_thresholds=False)
        assert [r.total for r in first.results] == [r.total for r in fresh.results]
        assert first.expected_totals() == fresh.expected_totals()


def test_the_code_a_decision_page_preloads_exists_in_this_streamlit():
    """The width probe asks the browser to load Plotly's and the tables' code while the page is
    computed; a Streamlit release that renames those files would silently lose that."""
    from ui.share import PRELOADED_CHUNKS, preload_chunks
    chunks = preload_chunks()
    assert len(chunks) == len(PRELOADED_CHUNKS)
    assert [c.split(".")[0] for c in chunks] == ["PlotlyChart", "Table"]


def test_the_background_warm_up_waits_its_delay_before_computing(monkeypatch):
    """The launcher computes the other language only after a delay: the first visitors are
    served on cores that are not busy with analyses nobody has asked for yet (issue 15)."""
    import threading
    import time

    from ui import analysis as A
    started = threading.Event()
    monkeypatch.setattr(A, "_WARMUP", [])
    monkeypatch.setattr(A, "warm_sample", lambda langs: started.set())
    t0 = time.perf_counter()
    thread = A.start_warmup(("en",), delay_s=0.4)
    assert A.start_warmup(("en",)) is thread                  # once per process
    assert not started.wait(0.2)
    assert started.wait(5) and time.perf_counter() - t0 >= 0.4
    thread.join(5)


def test_the_launcher_delays_the_other_language():
    import importlib.util

    from tests.conftest import ROOT
    spec = importlib.util.spec_from_file_location("serve_app", ROOT / "scripts" / "serve_app.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert 5 <= module.WARMUP_DELAY_S <= 120


def test_the_launcher_settles_the_process_before_the_server_listens(monkeypatch):
    """What would fall on the first visitor (Streamlit's "run with streamlit run" check, which
    reads the source of the whole call stack) or on every run (the full garbage collection after
    each run walking every object of the start-up) is settled before ``streamlit run`` starts:
    the check marked done, the start-up's objects frozen out of the collector's walk."""
    import gc
    import importlib.util
    import sys

    import streamlit.delta_generator as dg
    import streamlit.web.cli as cli

    import ui.deep_link
    spec = importlib.util.spec_from_file_location("serve_app", ROOT / "scripts" / "serve_app.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    seen = {}

    def fake_cli_main():
        seen.update(frozen=gc.get_freeze_count(), warned=dg._use_warning_has_been_displayed,
                    argv=list(sys.argv))
        return 0

    monkeypatch.setattr(ua, "warm_sample", lambda langs: None)
    monkeypatch.setattr(ua, "start_warmup", lambda langs, delay_s=0.0: None)
    monkeypatch.setattr(ui.deep_link, "install", lambda paths: True)
    monkeypatch.setattr(cli, "main", fake_cli_main)
    monkeypatch.setattr(dg, "_use_warning_has_been_displayed", False)
    monkeypatch.setattr(sys, "argv", ["serve_app.py"])
    monkeypatch.setattr(sys, "path", list(sys.path))
    gc.unfreeze()
    try:
        assert module.main(["--server.port", "8999"]) == 0
    finally:
        gc.unfreeze()                 # the test process keeps collecting everything
    assert seen["frozen"] > 10_000                   # modules, pandas, Streamlit: frozen
    assert seen["warned"] is True
    assert seen["argv"][:2] == ["streamlit", "run"] and seen["argv"][-2:] == ["--server.port",
                                                                              "8999"]
