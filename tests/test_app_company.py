"""Company & IT staff: seniority and executive status per role, the company's value added per
euro of revenue (issue 12), in the form's validation and on the page (French and English)."""
import math

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from i18n import t
from models.company import CompanyProfile
from models.company_form import staff_to_frame, typical_role, validate_form, value_added_pct
from models.defaults import default
from models.sample_company import sample_staff
from tests.conftest import ROOT


def _form(frame, value_added=None):
    return validate_form("ACME", 76, 70, 4, 2, 1e6, frame, value_added)


def test_frame_round_trip_keeps_seniority_and_executive():
    frame = staff_to_frame(sample_staff())
    assert list(frame["seniority"]) == [12.0, 4.0]
    assert list(frame["executive"]) == [True, False]
    profile, staff, problems = _form(frame)
    assert problems == []
    assert [(r.seniority_years, r.executive) for r in staff] == [(12.0, True), (4.0, False)]
    assert profile.value_added_share is None          # untouched: the assumption set decides


@pytest.mark.parametrize("years, ok", [(0.0, True), (60.0, True), (60.5, False), (-1.0, False)])
def test_seniority_must_lie_between_0_and_60_years(years, ok):
    frame = staff_to_frame(sample_staff())
    frame.loc[1, "seniority"] = years
    profile, staff, problems = _form(frame)
    if ok:
        assert problems == [] and staff[1].seniority_years == years
    else:
        assert profile is None and staff == []
        assert problems == [("company.error.seniority", {"row": 2})]


def test_empty_seniority_takes_the_default_and_empty_executive_is_false():
    frame = staff_to_frame(sample_staff()).astype({"executive": object})
    frame.loc[0, "seniority"] = math.nan
    frame.loc[0, "executive"] = None
    _, staff, problems = _form(frame)
    assert problems == []
    assert staff[0].seniority_years == default("staff_seniority_years") == 5.0
    assert staff[0].executive is False


@pytest.mark.parametrize("pct, share, ok", [(40.0, 0.4, True), (100.0, 1.0, True),
                                            (0.0, None, False), (120.0, None, False),
                                            ("x", None, False)])
def test_value_added_share_in_percent(pct, share, ok):
    profile, _, problems = _form(staff_to_frame(sample_staff()), pct)
    if ok:
        assert problems == [] and profile.value_added_share == pytest.approx(share)
    else:
        assert profile is None and problems == [("company.error.value_added", {})]


def test_form_shows_the_company_value_added_or_the_default():
    company = CompanyProfile("A", 10, 10, 1, 1)
    assert value_added_pct(company) == 26.6
    company.value_added_share = 0.538
    assert value_added_pct(company) == 53.8


def test_typical_roles_are_executives_when_paid_as_cadres():
    assert typical_role("it_manager", "IT").executive is True
    assert typical_role("sysadmin", "Admin").executive is True
    assert typical_role("technician", "Tech").executive is False


def _page(lang):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params["lang"] = lang
    at.run()
    at.switch_page("pages/company.py").run()
    assert not at.exception
    return at


def _column_labels(editor) -> list[str]:
    import json
    config = json.loads(editor.proto.columns)
    return [c.get("label") for c in config.values() if isinstance(c, dict)]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_page_edits_seniority_executive_and_value_added(lang):
    at = _page(lang)
    editor = at.dataframe[0]
    assert isinstance(editor.value, pd.DataFrame)
    assert list(editor.value["seniority"]) == [12.0, 4.0]
    labels = _column_labels(editor)
    assert t("company.col.seniority", lang) in labels and t("company.col.executive", lang) in labels
    va = next(n for n in at.number_input if n.label == t("company.value_added", lang))
    assert va.value == 26.6
    captions = " ".join(c.value for c in at.caption)
    assert ("INSEE" in captions) and ("53,8" in captions if lang == "fr" else "53.8" in captions)
    # saving untouched keeps the default of the assumption set (no explicit value stored)
    next(b for b in at.button if b.label == t("company.save", lang)).click().run()
    assert at.session_state["dataset"].company.value_added_share is None
    assert [r.seniority_years for r in at.session_state["dataset"].staff] == [12.0, 4.0]
    va = next(n for n in at.number_input if n.label == t("company.value_added", lang))
    va.set_value(53.8)
    next(b for b in at.button if b.label == t("company.save", lang)).click().run()
    assert not at.exception
    assert at.session_state["dataset"].company.value_added_share == pytest.approx(0.538)
