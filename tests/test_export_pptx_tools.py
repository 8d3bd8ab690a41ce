import io

from pptx import Presentation

from exports.pptx_tools import (
    bullet_slide,
    chart_slide,
    deck_bytes,
    new_deck,
    table_slide,
    title_slide,
)


def test_deck_is_16_9_with_native_editable_charts():
    prs = new_deck()
    title_slide(prs, "Board pack", "Sample company")
    bullet_slide(prs, "Recommendation", ["=cmd|' /C calc'!A0", "Keep governance in-house"])
    chart_slide(prs, "Yearly cost", "5 years", ["Y1", "Y2"],
                [("In-house", [100.0, 110.0], "#0072B2"), ("Full", [90.0, 95.0], "#009E73")],
                "column")
    chart_slide(prs, "Fan", None, ["Y1", "Y2"], [("P50", [1.0, 2.0], "#0072B2")], "line")
    table_slide(prs, "KPIs", None, ["Scenario", "Total"], [["In-house", "1 000 €"]])
    reopened = Presentation(io.BytesIO(deck_bytes(prs)))
    assert reopened.slide_width * 9 == reopened.slide_height * 16
    assert len(reopened.slides) == 5
    charts = [sh.chart for s in reopened.slides for sh in s.shapes if sh.has_chart]
    assert len(charts) == 2
    values = [list(s.values) for s in charts[0].plots[0].series]
    assert values == [[100.0, 110.0], [90.0, 95.0]]
    assert [s.name for s in charts[0].plots[0].series] == ["In-house", "Full"]
    texts = [sh.text_frame.text for sh in reopened.slides[1].shapes if sh.has_text_frame]
    assert any("=cmd|' /C calc'!A0" in t for t in texts)      # kept as plain text
    table = [sh for sh in reopened.slides[4].shapes if sh.has_table][0].table
    assert table.cell(1, 1).text == "1 000 €"
