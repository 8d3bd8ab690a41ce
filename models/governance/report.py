"""The governance part of exports: the answers table and the board pack fields, translated."""
from __future__ import annotations

from models.governance.questionnaire import QUESTIONS, score, validate_answers
from models.governance.readiness import actions
from models.governance.register import apply_register_edits, default_register


def answers_frame(answers, lang: str | None):
    """The answers as a table for exports: question, answer, theme (translated)."""
    import pandas as pd

    from i18n import t
    a = validate_answers(answers)
    return pd.DataFrame(
        [(t(f"gov.q.{q.id}", lang), t(f"gov.q.{q.id}.a{a[q.id]}", lang),
          t(f"gov.theme.{q.theme}", lang)) for q in QUESTIONS],
        columns=["question", "answer", "theme"])


def board_pack_fields(answers, scenarios, register_edits_: dict | None, lang: str | None) -> dict:
    """The governance part of the board pack (``exports.board_pack.BoardPack`` fields, issue
    8): the answers table, the overall score, the risk register (with the user's edits) and the
    prioritised actions as sentences, every label and column name translated."""
    from i18n import t
    a = validate_answers(answers)
    frame = answers_frame(a, lang)
    frame.columns = [t("gov.col.question", lang), t("gov.col.answer", lang),
                     t("gov.col.theme", lang)]
    names = {s.id: s.display_name(lang) for s in scenarios}
    reg = apply_register_edits(default_register(a, scenarios), register_edits_)
    register = reg.assign(risk=[t(f"gov.risk.{r}", lang) for r in reg["risk"]],
                          scenario=[names.get(s, s) for s in reg["scenario"]])
    register.columns = [t("gov.col.risk", lang), t("gov.col.scenario", lang),
                        t("gov.col.likelihood", lang), t("gov.col.impact", lang)]
    lines = [f"{t(f'gov.phase.{x.phase}', lang)} : {x.text(lang)}" if lang == "fr"
             else f"{t(f'gov.phase.{x.phase}', lang)}: {x.text(lang)}" for x in actions(a)]
    return {"governance_answers": frame, "governance_score": score(a).overall,
            "risk_register": register, "actions": lines}
