"""AppTest: the Export page prepares the board pack on demand, from the numbers on screen."""
import io

import openpyxl
import pytest
from streamlit.testing.v1 import AppTest

from models.analysis import analyse
from models.dataset import sample_dataset
from models.governance import DEFAULT_PRESET, preset
from models.scenarios import Economics, default_scenarios
from tests.conftest import ROOT
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
    assert len(at.get("download_button")) == 2          # audit file and raw trials before preparing
    at.button[0].click().run()
    assert not at.exception
    assert len(at.get("download_button")) == 5
    files = at.session_state[KEY_EXPORT][1]
    wb = openpyxl.load_workbook(io.BytesIO(files["xlsx"]))
    expected = analyse(sample_dataset(), default_scenarios(), Economics(),
                       answers=preset(DEFAULT_PRESET), lang="en")
    assert wb["Summary"]["A3"].value == expected.finding       # the Overview's sentence
    for row, r in enumerate(expected.results, start=6):
        assert wb["Summary"].cell(row=row, column=2).value == pytest.approx(r.total)
    assert "Predictability and risk" in wb.sheetnames and "Governance" in wb.sheetnames
    assert files["pptx"][:2] == b"PK" and files["html"].startswith(b"<!DOCTYPE html>")


def test_changing_language_marks_prepared_files_stale():
    at = _export_page("en")
    at.button[0].click().run()
    at.session_state["lang"] = "fr"
    at.run()
    assert not at.exception
    assert any("Les paramètres ont changé" in i.value for i in at.info)
    assert len(at.get("download_button")) == 2
