"""AppTest: the Export page prepares the board pack on demand, from the numbers on screen."""
import io

import openpyxl
import pytest
from streamlit.testing.v1 import AppTest

from models.analysis import analyse
from models.dataset import sample_dataset
from models.governance import DEFAULT_PRESET, preset
from models.scenarios import Economics, default_scenarios
from tests.conftest import ROOT, rendered
from ui.state import KEY_EXPORT


def _export_page(lang="en"):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params["lang"] = lang
    at.run()
    at.switch_page("pages/export.py").run()
    return at


def test_nothing_is_built_until_asked_then_files_match_the_model():
    at = _export_page()
    assert not at.exception
    assert KEY_EXPORT not in at.session_state
    assert len(at.main.get("download_button")) == 2     # audit file and raw trials before preparing
    at.button[0].click().run()
    assert not at.exception
    assert len(at.main.get("download_button")) == 5
    files = at.session_state[KEY_EXPORT][1]
    wb = openpyxl.load_workbook(io.BytesIO(files["xlsx"]))
    expected = analyse(sample_dataset(), default_scenarios(), Economics(),
                       answers=preset(DEFAULT_PRESET), lang="en")
    assert wb["Summary"]["A3"].value == expected.finding       # the Overview's sentence
    kpis = expected.kpis().set_index("scenario")
    for row, r in enumerate(expected.results, start=8):
        # the headline is the expected total with risks; the plan is its own column
        assert wb["Summary"].cell(row=row, column=2).value == pytest.approx(
            kpis.loc[r.id, "expected_total"])
        assert wb["Summary"].cell(row=row, column=9).value == pytest.approx(r.total)
    assert "Predictability and risk" in wb.sheetnames and "Governance" in wb.sheetnames
    assert files["pptx"][:2] == b"PK" and files["html"].startswith(b"<!DOCTYPE html>")


def test_changing_language_marks_prepared_files_stale():
    at = _export_page("en")
    at.button[0].click().run()
    at.session_state["lang"] = "fr"
    at.run()
    assert not at.exception
    assert any("Les paramètres ont changé" in i.value for i in at.info)
    assert len(at.main.get("download_button")) == 2


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_board_pack_repeats_the_overview_on_screen(lang):
    """The Overview's finding, robustness line and expected totals are the workbook's, with the
    assumption set chosen on the Assumptions page and a one-off line put back."""
    from i18n import fmt_eur, t
    from models.one_off import detect_one_off
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    at.query_params["lang"] = lang
    at.run()
    first = int(detect_one_off(sample_dataset().spend)["source_row"].iloc[0])
    at.switch_page("pages/spend.py").run()
    at.multiselect(key="one_off_kept_widget").set_value([first]).run()
    at.switch_page("pages/assumptions.py").run()
    at.radio(key="assumption_set_widget").set_value("cautious").run()
    at.switch_page("pages/overview.py").run()
    assert not at.exception
    finding, robustness = rendered(at.success[0].value), rendered(at.info[0].value)
    shown = [m.value for m in at.metric]
    at.switch_page("pages/export.py").run()
    at.button[0].click().run()
    assert not at.exception
    wb = openpyxl.load_workbook(io.BytesIO(at.session_state[KEY_EXPORT][1]["xlsx"]))
    ws = wb[t("export.sheet.summary", lang)]
    assert ws["A3"].value == finding and ws["A4"].value == robustness
    assert t("aset.cautious", lang) in ws["A5"].value
    for row in range(8, 11):
        assert fmt_eur(ws.cell(row=row, column=2).value, lang) in shown      # expected total
        assert fmt_eur(ws.cell(row=row, column=9).value, lang) in shown      # the plan
    kept = wb[t("export.sheet.one_off", lang)]
    marks = [r[6] for r in kept.iter_rows(min_row=4, values_only=True) if r[0]]
    assert marks[0] == t("export.yes", lang) and not any(marks[1:])


def test_changing_the_assumption_set_or_a_one_off_line_marks_prepared_files_stale():
    at = _export_page("en")
    at.button[0].click().run()
    assert len(at.main.get("download_button")) == 5
    at.session_state["assumption_set"] = "pitch"
    at.run()
    assert any("The inputs changed" in i.value for i in at.info)
    assert len(at.main.get("download_button")) == 2
    at.session_state["assumption_set"] = "neutral"
    at.run()
    assert len(at.main.get("download_button")) == 5             # the same inputs again
    import dataclasses

    from models.one_off import detect_one_off
    ds = at.session_state["dataset"]
    first = int(detect_one_off(ds.spend)["source_row"].iloc[0])
    at.session_state["dataset"] = dataclasses.replace(ds, one_off_kept=frozenset({first}))
    at.run()
    assert len(at.main.get("download_button")) == 2
