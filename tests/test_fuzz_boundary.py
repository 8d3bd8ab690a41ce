"""Property tests of the input boundary (models/boundary.py): whatever text, number or JSON
comes in, the result is clean and in range, or one translated error; never another exception."""
from __future__ import annotations

import json
import math
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.boundary import (
    FORMULA_TRIGGERS,
    MAX_JSON_DEPTH,
    MAX_NAME,
    MAX_SIMULATION_WORK,
    check_work,
    clean_name,
    clean_text,
    clean_tree,
    decode_json,
    file_label,
    finite_number,
    json_depth,
    neutralise_formula,
    parse_number,
    whole_number,
)
from models.errors import CostModelError, TranslatedError

#: What XML 1.0 (xlsx, pptx) refuses; openpyxl's own check is the first part.
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")

#: Any text, with the hostile characters often: lone surrogates, NUL, C0/C1 controls, CR LF.
any_text = st.text(st.characters(codec=None) | st.sampled_from(
    ["\ud800", "\udfff", "\x00", "\x1f", "\x7f", "\x85", "\ufffe", "\r", "\n", "\t", "="]),
    max_size=300)


@settings(max_examples=300, deadline=None)
@given(any_text, st.integers(1, 400), st.booleans())
def test_clean_text_is_safe_for_every_file_and_idempotent(text, max_len, multiline):
    out = clean_text(text, max_len, multiline=multiline)
    assert len(out) <= max_len
    assert XML_ILLEGAL.search(out) is None
    out.encode("utf-8")                                            # no lone surrogate
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    assert ILLEGAL_CHARACTERS_RE.search(out) is None
    if not multiline:
        assert CONTROL.search(out) is None
    assert clean_text(out, max_len, multiline=multiline) == out


@given(st.text(st.characters(exclude_categories=("Cc", "Cs"),
                             exclude_characters="\ufffe\uffff"), max_size=100))
def test_clean_text_leaves_clean_text_alone(text):
    assert clean_text(text, 100) == text


@given(any_text)
def test_clean_name_is_one_short_line(text):
    out = clean_name(text)
    assert len(out) <= MAX_NAME and out == out.strip()
    assert CONTROL.search(out) is None and XML_ILLEGAL.search(out) is None


@given(st.recursive(st.none() | st.booleans() | st.integers(-10**6, 10**6) | any_text,
                    lambda kids: st.lists(kids, max_size=4)
                    | st.dictionaries(any_text, kids, max_size=4), max_leaves=20))
def test_clean_tree_cleans_every_string_and_keeps_the_shape(value):
    out = clean_tree(value)
    json.dumps(out, ensure_ascii=False).encode("utf-8")

    def same_shape(a, b):
        if isinstance(a, list):
            return isinstance(b, list) and len(a) == len(b) and all(map(same_shape, a, b))
        if isinstance(a, dict):
            return isinstance(b, dict) and len(b) <= len(a)
        return type(a) is type(b)
    assert same_shape(value, out)


@given(any_text)
def test_neutralised_text_never_starts_a_formula(text):
    out = neutralise_formula(text)
    assert not out.startswith(FORMULA_TRIGGERS)
    assert out == text or out == "'" + text


numbers = (st.floats(allow_nan=True, allow_infinity=True) | st.integers(-10**400, 10**400)
           | st.booleans() | st.none() | st.text(max_size=20))


@given(numbers, st.floats(-1e6, 1e6), st.floats(0, 1e6))
def test_finite_number_returns_in_range_or_one_sentence(value, low, width):
    high = low + width
    try:
        out = finite_number(value, "x", low, high)
    except CostModelError as err:
        assert err.key == "boundary.error.number"
        assert len(err.message("fr")) < 300 and len(err.message("en")) < 300
        return
    assert not isinstance(value, bool) and isinstance(value, (int, float))
    assert math.isfinite(out) and low <= out <= high


@settings(max_examples=300)
@given(st.text(max_size=60) | st.from_regex(r"-?\d{1,400}([.,]\d{1,20})?(e-?\d{1,4})?",
                                              fullmatch=True))
def test_parse_number_never_raises_anything_else(text):
    try:
        out = parse_number(text, "--vat", 0.0, 100.0)
    except CostModelError as err:
        assert err.key == "boundary.error.number"
        return
    assert math.isfinite(out) and 0.0 <= out <= 100.0


@given(numbers)
def test_whole_number_is_a_whole_number_in_range(value):
    try:
        out = whole_number(value, "--trials", 0, 1_000_000)
    except CostModelError:
        return
    assert isinstance(out, int) and 0 <= out <= 1_000_000


@given(st.integers(0, 10**7), st.integers(0, 10), st.integers(0, 20))
def test_work_budget(trials, scenarios, years):
    work = trials * max(scenarios, 1) * max(years, 1)
    if work > MAX_SIMULATION_WORK:
        with pytest.raises(CostModelError) as err:
            check_work(trials, scenarios, years)
        assert err.value.key == "boundary.error.work"
    else:
        check_work(trials, scenarios, years)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**12, 10**12) | st.floats(allow_nan=False,
                                                                         allow_infinity=False)
    | st.text(max_size=20),
    lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=8), kids,
                                                              max_size=3),
    max_leaves=30)


def _depth(value) -> int:
    if isinstance(value, list):
        return 1 + max(map(_depth, value), default=0)
    if isinstance(value, dict):
        return 1 + max(map(_depth, value.values()), default=0)
    return 0


@given(json_values)
def test_json_depth_is_the_nesting_depth(value):
    assert json_depth(json.dumps(value)) == _depth(value)


@given(json_values)
def test_decode_json_round_trips_clean_documents(value):
    text = json.dumps(value)
    assert decode_json(text, CostModelError, "costs.error.file_json") == clean_tree(value)
    assert decode_json(text.encode("utf-8"), CostModelError, "costs.error.file_json") \
        == clean_tree(value)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200) | st.binary(max_size=200)
       | st.integers(1, 3 * MAX_JSON_DEPTH).map(lambda d: "[" * d + "]" * d)
       | st.integers(1, 5000).map(lambda n: "[" + "9" * n + "]"))
def test_decode_json_gives_its_error_or_a_value(text):
    class Refused(TranslatedError):
        pass
    try:
        decode_json(text, Refused, "costs.error.file_json")
    except Refused as err:
        assert len(err.message("en")) < 400


@pytest.mark.parametrize("name, label", [
    ("Grand_Livre (2025).xlsx", "Grand_Livre (2025).xlsx"),       # as the user named it
    ("123456789FEC20251231.txt", "123456789FEC20251231.txt"),
    ("budget_IT_2026.csv", "budget_IT_2026.csv"),
    ("[click](https://evil.example)#x.csv", "click(https//evil.example)x.csv"),
    ("`code` *bold* <b>|$x$~.xlsx", "code bold bx.xlsx"),
    ("   ", "upload"),
    ("[]#", "upload"),
])
def test_an_uploaded_files_label_keeps_its_name_without_markup(name, label):
    assert file_label(name) == label


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_a_file_label_never_holds_markup_or_control_characters(name):
    label = file_label(name)
    assert 1 <= len(label) <= 120 and label == label.strip()
    assert not re.search(r"[\\`*\[\]{}<>#|:$~\x00-\x1f\x7f]", label)
