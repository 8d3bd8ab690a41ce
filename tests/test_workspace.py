"""The link and the workspace file (models/workspace.py, issue 15): round trips, compactness,
damaged or hostile input refused with one sentence; the Scenarios page's plan equals the shared
analysis' plan; nothing internal in the texts shown."""
from __future__ import annotations

import base64
import gzip
import json
import re
import zlib
from dataclasses import asdict, replace

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.dataset import sample_dataset
from models.errors import CostModelError, TranslatedError
from models.governance import preset
from models.importer.corrections import empty_corrections
from models.scenarios import Economics, default_scenarios, scenario_to_dict
from models.staff import StaffDecision
from models.workspace import (
    MAX_LINK_CHARS,
    Settings,
    Workspace,
    decode_link,
    dump_workspace,
    encode_link,
    link_payload,
    load_workspace,
)


def _same(a: Settings, b: Settings) -> bool:
    return ([scenario_to_dict(s) for s in a.scenarios] == [scenario_to_dict(s) for s in b.scenarios]
            and asdict(a.economics) == asdict(b.economics) and a.answers == b.answers
            and (a.governance_applied, a.assumption_set, a.trials, a.seed, a.margin, a.budget,
                 a.one_off_kept) == (b.governance_applied, b.assumption_set, b.trials, b.seed,
                                     b.margin, b.budget, b.one_off_kept))


def issue_settings() -> Settings:
    """The issue's example: horizon 7, support at 60 €/user in the partial option,
    workstations outsourced there too."""
    sc = default_scenarios()
    sc[1].domains["support"].price_eur = 60.0
    sc[1].domains["devices"].outsourced = True
    return Settings(scenarios=sc, economics=Economics(horizon_years=7))


def test_the_defaults_make_no_link_and_an_empty_link_is_the_defaults():
    assert encode_link(Settings()) == ""
    assert link_payload(Settings()) == {}
    assert _same(decode_link("").settings, Settings())


def test_a_view_with_three_changes_is_a_short_link_that_comes_back():
    s = issue_settings()
    text = encode_link(s)
    assert len(text) < 200 and re.fullmatch(r"[A-Za-z0-9_-]+", text)   # URL-safe, no padding
    assert link_payload(s) == {
        "e": {"horizon_years": 7},
        "s": ["inhouse", {"id": "partial", "domains": {"support": {"price_eur": 60.0},
                                                        "devices": {"outsourced": True}}},
              "full"]}
    assert _same(decode_link(text).settings, s)


def test_every_kind_of_setting_travels():
    sc = default_scenarios()
    sc[2].terms.renewal_step = 0.12
    sc[2].terms.retained_mode = "fte"
    sc[2].staff = (StaffDecision("Technicien support", "dismiss", "2027-03-01", 4.0),)
    variant = replace(sc[1], id="variant-1", kind="variant", name="Cheap <MSP> & co",
                      color_index=3)
    s = Settings(scenarios=[*sc, variant], economics=Economics(discount_rate=0.065),
                 answers={**preset("typical"), **{k: 2 for k in list(preset("typical"))[:3]}},
                 governance_applied=False, assumption_set="cautious", trials=1000, seed=7,
                 margin=0.2, budget=400_000.0, one_off_kept=frozenset({12, 40}))
    back = decode_link(encode_link(s, replace(sample_dataset().company, employees=120)))
    assert _same(back.settings, s)
    assert back.company == {"employees": 120}
    assert decode_link(encode_link(Settings(answers=preset("mature")))).settings.answers \
        == preset("mature")
    assert link_payload(Settings(answers=preset("mature")))["g"] == "mature"


@settings(max_examples=60, deadline=None)
@given(horizon=st.integers(1, 15), rate=st.sampled_from([0.0, 0.03, 0.045, 0.15]),
       price=st.floats(0, 2000, allow_nan=False).map(lambda v: round(v, 2)),
       outsourced=st.booleans(), aset=st.sampled_from(["pitch", "neutral", "cautious"]),
       trials=st.sampled_from([1000, 10_000, 100_000]), seed=st.integers(0, 2**32 - 1),
       margin=st.sampled_from([0.0, 0.1, 0.35]),
       budget=st.none() | st.floats(1, 1e9, allow_nan=False),
       kept=st.frozensets(st.integers(1, 5000), max_size=5))
def test_link_round_trip_property(horizon, rate, price, outsourced, aset, trials, seed, margin,
                                  budget, kept):
    sc = default_scenarios()
    sc[1].domains["hosting"].price_eur = price
    sc[1].domains["network"].outsourced = outsourced
    s = Settings(scenarios=sc, economics=Economics(horizon_years=horizon, discount_rate=rate),
                 assumption_set=aset, trials=trials, seed=seed, margin=margin, budget=budget,
                 one_off_kept=kept)
    text = encode_link(s)
    assert len(text) <= MAX_LINK_CHARS
    assert _same(decode_link(text).settings, s)


def _raw_link(payload) -> str:
    raw = json.dumps(payload).encode()
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return base64.urlsafe_b64encode(packer.compress(raw) + packer.flush()).decode().rstrip("=")


@pytest.mark.parametrize("text", [
    "not-a-link!!", "AAAA", encode_link(issue_settings())[:-12],          # garbage, cut
    "x" * (MAX_LINK_CHARS + 1),                                          # too long
    _raw_link({"v": 2, "e": {"horizon_years": 7}}),                      # unknown version
    _raw_link({"v": 1, "e": {"horizon_years": 99}}),                     # out of range
    _raw_link({"v": 1, "zz": 1}),                                        # unknown key
    _raw_link({"v": 1, "s": [{"id": "partial", "domains": {"support": {"price_eur": "x"}}}]}),
    _raw_link({"v": 1, "t": 10**9}), _raw_link({"v": 1, "o": 5}),        # trials, margin
    _raw_link({"v": 1, "g": "heroic"}), _raw_link({"v": 1, "c": {"employees": -1}}),
    _raw_link([1, 2, 3]),
])
def test_a_damaged_link_says_one_sentence(text):
    with pytest.raises(CostModelError) as err:
        decode_link(text)
    assert err.value.key == "workspace.error.link"
    for lang in ("fr", "en"):
        message = err.value.message(lang)
        assert "Traceback" not in message and "{" not in message


def test_a_deflate_bomb_in_a_link_is_refused_without_inflating_it():
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    bomb = packer.compress(b"[" + b" " * 4_000_000 + b"]") + packer.flush()   # ~1,000:1
    text = base64.urlsafe_b64encode(bomb).decode().rstrip("=")
    assert len(text) < MAX_LINK_CHARS
    with pytest.raises(CostModelError, match="too long"):
        decode_link(text)


# --------------------------------------------------------------------------- workspace file

def _workspace() -> Workspace:
    ds = sample_dataset()
    staff = list(ds.staff)
    staff[0] = replace(staff[0], seniority_years=12.0, executive=True)
    ds = replace(ds, company=replace(ds.company, name="Atelier « Dupont » & fils", employees=61,
                                     revenue_eur=9_500_000.0),
                 staff=staff, source_name="grand-livre 2025.csv", one_off_kept=frozenset({3}))
    corrections = pd.DataFrame({"scope": ["vendor", "line"], "key": ["=cmd|x", "17"],
                                "domain": ["hosting", "not_it"]}).astype(object)
    s = issue_settings()
    s.register_edits = {("dependency", "full"): (4, 5)}
    s.answers = preset("mature")
    s.assumption_set, s.trials, s.seed, s.budget = "pitch", 1000, 99, 350_000.0
    s.one_off_kept = frozenset({3})
    return Workspace(ds, s, corrections, {"vat_rate": 0.2, "fx": {"USD": 0.92}})


def _check_equal(back: Workspace, ws: Workspace) -> None:
    pd.testing.assert_frame_equal(back.dataset.spend, ws.dataset.spend)
    assert back.dataset.company == ws.dataset.company
    assert back.dataset.staff == ws.dataset.staff
    assert back.dataset.source_name == ws.dataset.source_name
    assert back.dataset.one_off_kept == ws.dataset.one_off_kept
    assert _same(back.settings, ws.settings)
    assert back.settings.register_edits == ws.settings.register_edits
    assert back.corrections.to_dict("records") == ws.corrections.to_dict("records")
    assert back.import_options == ws.import_options


def test_workspace_round_trip():
    ws = _workspace()
    blob = dump_workspace(ws)
    assert json.loads(blob)["schema"] == "it-sourcing-workspace"
    assert json.loads(blob)["version"] == 1
    _check_equal(load_workspace(blob), ws)
    _check_equal(load_workspace(gzip.compress(blob)), ws)            # gzip'd too
    _check_equal(load_workspace(blob.decode("utf-8")), ws)


def test_sample_workspace_is_the_sample():
    ws = Workspace(sample_dataset(), Settings(), empty_corrections())
    back = load_workspace(dump_workspace(ws))
    assert back.dataset.is_sample
    pd.testing.assert_frame_equal(back.dataset.spend, sample_dataset().spend)


def _mutate(path, value):
    data = json.loads(dump_workspace(_workspace()))
    node = data
    for k in path[:-1]:
        node = node[k]
    if value is KeyError:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return json.dumps(data).encode()


@pytest.mark.parametrize("blob", [
    b"", b"not json", b"[1, 2]", b'{"schema": "it-sourcing-scenarios", "version": 2}',
    _mutate(["version"], 2), _mutate(["version"], True), _mutate(["extra"], 1),
    _mutate(["company"], KeyError), _mutate(["company", "employees"], -3),
    _mutate(["company", "name"], ""), _mutate(["staff", 0, "fte"], "many"),
    _mutate(["staff", 0, "time_share"], {"hosting": 0.2}),
    _mutate(["spend", "rows"], 5), _mutate(["spend", "columns", "amount", 0], "12"),
    _mutate(["spend", "columns", "amount", 0], 1e300), _mutate(["spend", "columns", "domain", 0],
                                                                "marketing"),
    _mutate(["spend", "columns", "date", 0], "yesterday"),
    _mutate(["spend", "columns", "evil"], []), _mutate(["corrections"], [{"scope": 1}]),
    _mutate(["scenarios", "scenarios", 0, "kind"], "alien"),
    _mutate(["scenarios", "economics", "horizon_years"], 40),
    _mutate(["simulation", "trials"], 10**7), _mutate(["simulation", "seed"], -1),
    _mutate(["assumption_set"], "optimistic"), _mutate(["one_off_kept"], ["x"]),
    _mutate(["currency"], 12),
    b"[" * 100 + b"]" * 100,                                             # too deep
    b"\x1f\x8b" + b"broken gzip",
])
def test_a_damaged_workspace_is_refused_with_one_sentence(blob):
    with pytest.raises(TranslatedError) as err:
        load_workspace(blob)
    for lang in ("fr", "en"):
        message = err.value.message(lang)
        assert message and "Traceback" not in message


def test_a_gzip_bomb_workspace_is_refused(monkeypatch):
    import models.workspace as w
    monkeypatch.setattr(w, "MAX_WORKSPACE_BYTES", 1_000_000)
    with pytest.raises(CostModelError) as err:
        load_workspace(gzip.compress(b" " * 5_000_000))
    assert err.value.key == "json.error.too_large"


def test_corrections_keep_their_formula_text_as_data():
    """A correction key that looks like a formula stays data (it is never a cell here)."""
    back = load_workspace(dump_workspace(_workspace()))
    assert list(back.corrections["key"]) == ["=cmd|x", "17"]


# --------------------------------------------------------------------------- plan and texts

def test_the_scenarios_page_plan_is_the_shared_analysis_plan():
    from models.analysis import analyse, plan_results
    ds = replace(sample_dataset(), one_off_kept=frozenset({1}))
    sc = default_scenarios()
    for answers, aset in ((preset("mature"), "cautious"), (None, "pitch"),
                          (preset("none"), "neutral")):
        full = analyse(ds, sc, Economics(horizon_years=6), answers=answers,
                       apply_governance=answers is not None, trials=200, assumptions=aset,
                       with_thresholds=False)
        plan = plan_results(ds, sc, Economics(horizon_years=6), answers=answers,
                            apply_governance=answers is not None, assumptions=aset)
        assert [(r.id, r.total, r.npv) for r in plan] == [(r.id, r.total, r.npv)
                                                          for r in full.results]
    # and it is not the neutral, ungoverned plan the page used to show
    neutral = plan_results(ds, sc, Economics(horizon_years=6), answers=None,
                           apply_governance=False)
    cautious = plan_results(ds, sc, Economics(horizon_years=6), answers=preset("mature"),
                            assumptions="cautious")
    assert neutral[2].total != cautious[2].total


def test_thresholds_added_later_equal_thresholds_computed_at_once():
    from models.analysis import add_thresholds, analyse
    ds = sample_dataset()
    kwargs = dict(answers=preset("typical"), trials=500, lang="fr", assumptions="cautious")
    at_once = analyse(ds, default_scenarios(), Economics(), **kwargs)
    later = add_thresholds(analyse(ds, default_scenarios(), Economics(), with_thresholds=False,
                                   **kwargs), "fr")
    assert at_once.thresholds and later.thresholds == at_once.thresholds


def test_shown_justifications_hold_no_issue_number_or_internal_file():
    from models.defaults import ASSUMPTIONS
    for a in ASSUMPTIONS.values():
        assert not re.search(r"\bIssue \d|docs/|\.md\b|models/", a.source), a.key


def test_units_of_the_assumptions_are_french_in_french():
    from models.defaults import ASSUMPTIONS
    from models.sources import unit_text
    assert unit_text("years", "fr") == "ans" and unit_text("years", "en") == "years"
    assert unit_text("EUR/user/month", "fr") == "€/utilisateur/mois"
    for a in ASSUMPTIONS.values():                  # every unit has its French form
        assert unit_text(a.unit, "fr") != a.unit or a.unit in ("%", "")


def test_months_in_threshold_sentences_carry_no_needless_decimal():
    from models.thresholds import _months
    assert _months(24.0, "fr") == "24 mois"
    assert _months(1.5, "fr") == "1,5 mois"
    assert _months(0.0, "en") == "0 months"


def test_french_punctuation_never_starts_a_line():
    """No-break spaces inside « » and before ? and ! in every French sentence of the catalogue
    (a lone "?" or "»" wrapped onto its own line)."""
    from i18n import CATALOG, t
    for key, texts in CATALOG.items():
        fr = texts["fr"]
        assert "« " not in fr and " »" not in fr and " ?" not in fr and " !" not in fr, key
    assert t("overview.title", "fr").endswith("l'externaliser\u00a0?")


def test_no_screen_text_names_an_internal_file():
    import re

    from i18n import CATALOG
    for key, texts in CATALOG.items():
        for lang in ("fr", "en"):
            assert not re.search(r"docs/|\.py\b|\.md\b|§|models/", texts[lang]), (key, lang)


def test_workspace_keeps_the_datas_currency_and_rate():
    """A rand dataset worked at 0.05 euro per rand comes back in rand, at that rate; a
    staff currency that is neither euro nor the data's is refused."""
    import dataclasses
    ds = dataclasses.replace(sample_dataset(), currency="ZAR", eur_rate=0.05,
                             staff_currency="EUR", source_name="rand.xlsx")
    back = load_workspace(dump_workspace(Workspace(ds, Settings(), empty_corrections())))
    assert (back.dataset.currency, back.dataset.eur_rate, back.dataset.staff_currency) == \
        ("ZAR", 0.05, "EUR")
    data = json.loads(dump_workspace(Workspace(ds, Settings(), empty_corrections())))
    data["staff_currency"] = "USD"
    with pytest.raises(CostModelError):
        load_workspace(json.dumps(data))
