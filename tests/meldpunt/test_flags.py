"""The alarms the NLU raises (actions/flags.py): raised at once when the keyword net agrees or the model is
sure enough (and the message does not say nobody is in danger); otherwise, before the safety question was
answered, the intake starts with it.
Run on rasa_sdk's real Tracker and dispatcher (the action server's own objects)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.flags import ActionFlagAcute, ActionFlagDanger

REQUIRED = ["safety_check", "description", "reporter_role", "forms", "municipality", "anonymity"]
DOMAIN: dict[str, Any] = {"forms": {"intake_form": {"required_slots": REQUIRED}}}


def _tracker(
    text: str,
    intent: str,
    confidence: float,
    *,
    slots: dict[str, Any] | None = None,
    form: bool = False,
    requested: str | None = None,
    earlier_messages: int = 0,
) -> Tracker:
    parse = {"text": text, "intent": {"name": intent, "confidence": confidence}, "entities": []}
    events: list[dict[str, Any]] = [{"event": "action", "name": "action_listen"}]
    for n in range(earlier_messages):
        events += [{"event": "user", "text": f"earlier {n}", "parse_data": {}}, {"event": "action", "name": "x"}]
    events.append({"event": "user", "text": text, "parse_data": parse})
    values = {"requested_slot": requested, **(slots or {})}
    loop = {"name": "intake_form"} if form else {}
    return Tracker("test", values, parse, events, False, None, loop, "action_listen")


def _run(action: ActionFlagDanger | ActionFlagAcute, tracker: Tracker) -> tuple[list[dict[str, Any]], list[Any]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, DOMAIN))
    return events, dispatcher.messages


def _escalation(messages: list[dict[str, Any]]) -> str | None:
    for message in messages:
        control = (message.get("custom") or {}).get("meldpunt") if isinstance(message.get("custom"), dict) else None
        if isinstance(control, dict) and control.get("escalate"):
            return str(control["escalate"])
    return None


def _slots(events: list[dict[str, Any]]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def _followup(events: list[dict[str, Any]]) -> str | None:
    return next((e["name"] for e in events if e.get("event") == "followup"), None)


STORY = "Bij mijn buurvrouw komen elke avond andere mannen langs en haar vriend houdt het geld, ik maak me zorgen"


@pytest.mark.parametrize("action", [ActionFlagDanger(), ActionFlagAcute()])
def test_an_unsure_nlu_alarm_on_a_first_story_starts_with_the_safety_question(action: Any) -> None:
    events, messages = _run(action, _tracker(STORY, action.name().removeprefix("action_flag_"), 0.7))
    assert _escalation(messages) is None  # no alarm, no 112 text
    assert [m.get("response") for m in messages] == ["utter_welcome"]
    slots = _slots(events)
    assert slots["description"] == STORY
    assert "safety_check" not in slots and "triage" not in slots
    assert slots.get("forms") == ["sexual"]
    assert _followup(events) == "intake_form"  # whose first question is "is anyone in danger right now?"


URGENT_STORY = "Bij mijn buurvrouw komen andere mannen langs en haar vriend houdt het geld, ze is nu bij hem"


def test_a_sure_reading_of_a_story_alarms_at_once_and_keeps_the_story() -> None:
    events, messages = _run(ActionFlagDanger(), _tracker(URGENT_STORY, "danger", 0.95))
    assert _escalation(messages) == "danger"
    assert _slots(events)["description"] == URGENT_STORY


def test_a_sure_reading_of_a_story_without_a_word_of_urgency_asks_the_safety_question_first() -> None:
    events, messages = _run(ActionFlagDanger(), _tracker(STORY, "danger", 0.95))
    assert _escalation(messages) is None  # no 112 text for "men visit, her boyfriend keeps the money"
    assert _slots(events)["description"] == STORY
    assert _followup(events) == "intake_form"  # whose first question is "is anyone in danger right now?"


def test_a_denial_is_checked_not_alarmed() -> None:
    events, messages = _run(ActionFlagDanger(), _tracker("nee, nu niet in gevaar", "danger", 0.95))
    assert _escalation(messages) is None
    assert _followup(events) == "intake_form"
    assert "description" not in _slots(events)  # too short to keep as the story


def test_a_later_message_gets_no_second_welcome() -> None:
    events, messages = _run(ActionFlagDanger(), _tracker(STORY, "danger", 0.6, earlier_messages=2))
    assert _escalation(messages) is None
    assert messages == []
    assert _followup(events) == "intake_form"


def test_a_sure_short_cry_alarms_at_once() -> None:
    events, messages = _run(ActionFlagDanger(), _tracker("help hij slaat me", "danger", 0.97))
    assert _escalation(messages) == "danger"
    assert _slots(events)["triage"] == "T0"


def test_the_keyword_net_is_the_floor() -> None:
    # the model is unsure and the message is long, but the keyword net sees harm now: the alarm at once
    text = "Ik zit bij mijn vriendin en op dit moment slaat haar vriend haar in de keuken, ze schreeuwt heel hard"
    events, messages = _run(ActionFlagDanger(), _tracker(text, "danger", 0.5))
    assert _escalation(messages) == "danger"
    assert _slots(events)["safety_check"] == "now"


def test_a_button_is_the_reporters_own_answer() -> None:
    _, messages = _run(ActionFlagAcute(), _tracker("/acute", "acute", 1.0, earlier_messages=1))
    assert _escalation(messages) == "acute"


def test_once_the_safety_question_is_answered_the_alarm_stands() -> None:
    tracker = _tracker(STORY, "danger", 0.6, slots={"safety_check": "no"}, earlier_messages=3)
    _, messages = _run(ActionFlagDanger(), tracker)
    assert _escalation(messages) == "danger"


def test_a_typed_no_to_the_safety_question_is_the_answer() -> None:
    tracker = _tracker("nee, niemand is in gevaar", "danger", 0.8, form=True, requested="safety_check")
    events, messages = _run(ActionFlagDanger(), tracker)
    assert _escalation(messages) is None
    assert _slots(events) == {"safety_check": "no"}
    assert _followup(events) == "intake_form"


def test_a_typed_yes_to_the_safety_question_alarms() -> None:
    tracker = _tracker("ja nu", "danger", 0.8, form=True, requested="safety_check")
    _, messages = _run(ActionFlagDanger(), tracker)
    assert _escalation(messages) == "danger"


NO_PAY_STORY = "Mijn buurman in Laren moet elke dag veertien uur in een kas werken en hij krijgt geen loon"


@pytest.mark.parametrize("confidence", [0.6, 0.95])
def test_a_story_typed_as_the_safety_answer_is_kept_and_the_question_comes_again(confidence: float) -> None:
    # "geen loon" (no pay) is no answer to "is anyone in danger now?"; an NLU alarm without a word of urgency is
    # a check, and the question being asked is that check: the story is kept and the question comes again
    tracker = _tracker(NO_PAY_STORY, "danger", confidence, form=True, requested="safety_check", earlier_messages=1)
    events, messages = _run(ActionFlagDanger(), tracker)
    assert _escalation(messages) is None
    assert any("opgeschreven" in str(m.get("text")) for m in messages)
    slots = _slots(events)
    assert "safety_check" not in slots
    assert slots["description"] == NO_PAY_STORY and slots.get("forms") == ["labour"]
    assert _followup(events) == "intake_form"


def test_a_sure_alarm_typed_as_the_safety_answer_alarms_and_keeps_the_story() -> None:
    text = NO_PAY_STORY + ", en nu slaat de baas hem"
    tracker = _tracker(text, "danger", 0.95, form=True, requested="safety_check", earlier_messages=1)
    events, messages = _run(ActionFlagDanger(), tracker)
    assert _escalation(messages) == "danger"
    assert _slots(events)["description"] == text


def test_a_story_that_starts_with_no_answers_the_safety_question_and_is_kept() -> None:
    text = "Nee, er is nu niemand in gevaar, maar " + NO_PAY_STORY.lower()
    tracker = _tracker(text, "danger", 0.6, form=True, requested="safety_check", earlier_messages=1)
    events, messages = _run(ActionFlagDanger(), tracker)
    assert _escalation(messages) is None
    slots = _slots(events)
    assert slots["safety_check"] == "no" and slots["description"] == text
    assert _followup(events) == "intake_form"
