"""The intake's answers on the signal page: every checklist question in the staff member's language (witness
wording), the answer and where the reporter knows it from; the context block; the routes given."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from meldpunt.questions import BY_ID, option_label, phrase, question_text

SOURCE_KEYS = {"seen_myself": "seen", "told_by_person": "told", "heard_from_others": "heard"}


def indicator_rows(signal: Mapping[str, Any], language: str) -> list[dict[str, str]]:
    rows = []
    for item in signal.get("indicators") or []:
        question = BY_ID.get(str(item.get("indicator_id") or item.get("id")))
        answer = str(item.get("answer") or "")
        if question is None:
            rows.append({"id": str(item.get("indicator_id") or ""), "question": "", "answer": answer, "source": ""})
            continue
        shown = (
            option_label(question, answer, language)
            if question.kind == "choice"
            else phrase(f"answers.{answer}", language)
        )
        source = str(item.get("source") or "")
        source_text = phrase(f"sources.{SOURCE_KEYS[source]}", language) if source in SOURCE_KEYS else source
        rows.append(
            {
                "id": question.id,
                "question": question_text(question, language, victim=False),
                "answer": shown,
                "source": source_text,
            }
        )
    return rows


def context_rows(signal: Mapping[str, Any], language: str) -> list[dict[str, str]]:
    rows = []
    for qid, answer in (signal.get("context") or {}).items():
        question = BY_ID.get(str(qid))
        if question is None:
            continue
        shown = (
            option_label(question, str(answer), language)
            if question.kind == "choice"
            else phrase(f"answers.{answer}", language)
        )
        rows.append({"id": question.id, "question": question_text(question, language, victim=False), "answer": shown})
    return rows
