"""The intake form: its questions, the validation of every answer, the pre-fill from a story, the summary
and starting again.

Order (bot/domain/intake.yml): safety_check, description, inferred_ok (confirming what a story told),
reporter_role, knowledge_source, forms, municipality, checklist (actions/checklist.py), anonymity, contact,
safe_times. Slots that do not apply are filled by the validation (a victim knows it "self"; an anonymous report
has no contact), so every path ends with all of them set.
"""

from __future__ import annotations

import logging
import re
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import ActiveLoop, AllSlotsReset, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import checklist
from actions.common import (
    MAX_DESCRIPTION,
    SAFETY_ANSWER_WORDS,
    button,
    channel,
    flag_acute,
    flag_danger,
    flag_human,
    is_payload,
    is_story,
    language,
    latest_intent,
    latest_text,
    slot_events,
    story_slots,
    tells_story,
)
from actions.texts import text
from meldpunt.questions import DONE, SKIP, match_ynu, next_question
from meldpunt.regions import load_regions, municipality_slug
from meldpunt.safety import detect_alarm, wants_human
from meldpunt.settings import get_settings
from meldpunt.vocab import (
    ANONYMITY_LEVELS,
    FORMS,
    MAIN_FORMS,
    MUNICIPALITIES,
    OTHER_FORMS_CHOICE,
    RARE_FORMS,
    REGION_MUNICIPALITIES,
    REPORTER_ROLES,
    field_label,
    label,
    match_anonymity,
    match_forms,
    match_municipality,
    match_role,
    match_safety,
    mentions_minor,
    normalise,
)

log = logging.getLogger(__name__)

FORM = "intake_form"
REQUIRED_SLOTS = (
    "safety_check", "description", "inferred_ok", "reporter_role", "knowledge_source", "forms", "municipality",
    "checklist", "anonymity", "contact", "safe_times",
)  # fmt: skip
# What a story can pre-fill; the reporter confirms it (inferred_ok) before the form goes on.
KNOWLEDGE_SOURCES = ("seen", "told", "heard")
SAFE_TIMES = ("any_time", "daytime", "evening", "message_only")
NONE = "none"  # contact and safe_times of a reporter who stays anonymous or gives no contact
MAX_CONTACT = 300
STORY_INTENTS = ("tell_story", "inform", "nlu_fallback")
SMALL_TALK = ("greet", "thanks")
# Intents that are read as an alarm when the NLU is this sure of them (only for the description, where a
# message the NLU reads as danger is kept rather than rejected).
ALARM_INTENTS = {"danger": "danger", "acute": "acute"}
ALARM_CONFIDENCE = 0.9
ALARM_MAX_WORDS = 8
SHORT_CRY = 3  # "help!" is an alarm, not a description


# ---------------------------------------------------------------------------------------------------------
# Questions


def _choices(field_name: str, values: tuple[str, ...], lang: str) -> list[dict[str, str]]:
    return [button(label(field_name, value, lang), "inform", {field_name: value}) for value in values]


def _is_victim(tracker: Tracker) -> bool:
    return bool(tracker.get_slot("reporter_role") == "victim")


class AskAction(Action, ABC):
    """Asks one question of the form (Rasa calls action_ask_<slot> when it requests the slot)."""

    @property
    @abstractmethod
    def slot(self) -> str: ...

    def name(self) -> str:
        return f"action_ask_{self.slot}"

    def question(self, tracker: Tracker, lang: str) -> tuple[str, list[dict[str, str]]]:
        return text(f"ask_{self.slot}", lang), []

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        message, buttons = self.question(tracker, language(tracker))
        dispatcher.utter_message(text=message, buttons=buttons or None)
        return []


class AskSafetyCheck(AskAction):
    slot = "safety_check"

    def question(self, tracker: Tracker, lang: str) -> tuple[str, list[dict[str, str]]]:
        # "now" and "within 24 hours" are alarms: their buttons send the alarm intents themselves.
        return text("ask_safety_check", lang), [
            button(label("safety_check", "now", lang), "danger"),
            button(label("safety_check", "within_24h", lang), "acute"),
            button(label("safety_check", "no", lang), "inform", {"safety_check": "no"}),
            button(label("safety_check", "unknown", lang), "inform", {"safety_check": "unknown"}),
        ]


class AskDescription(AskAction):
    slot = "description"

    def question(self, tracker: Tracker, lang: str) -> tuple[str, list[dict[str, str]]]:
        return text("ask_description_victim" if _is_victim(tracker) else "ask_description", lang), []


class AskReporterRole(AskAction):
    slot = "reporter_role"

    def question(self, tracker: Tracker, lang: str) -> tuple[str, list[dict[str, str]]]:
        return text("ask_reporter_role", lang), _choices("reporter_role", REPORTER_ROLES, lang)


class AskForms(AskAction):
    slot = "forms"

    def question(self, tracker: Tracker, lang: str) -> tuple[str, list[dict[str, str]]]:
        chose_other = OTHER_FORMS_CHOICE in tracker.get_latest_entity_values("forms")
        if chose_other:  # "something else": the rarer forms
            return text("ask_forms_other", lang), _choices("forms", (*RARE_FORMS, "unknown"), lang)
        key = "ask_forms_victim" if _is_victim(tracker) else "ask_forms"
        values = (*MAIN_FORMS, OTHER_FORMS_CHOICE, "unknown")
        return text(key, lang), _choices("forms", values, lang)


class AskMunicipality(AskAction):
    slot = "municipality"

    def question(self, tracker: Tracker, lang: str) -> tuple[str, list[dict[str, str]]]:
        return text("ask_municipality", lang), _choices("municipality", MUNICIPALITIES, lang)


class AskAnonymity(AskAction):
    slot = "anonymity"

    def question(self, tracker: Tracker, lang: str) -> tuple[str, list[dict[str, str]]]:
        # What each level means on this channel: a provider always sees an SMS, WhatsApp or Telegram sender.
        note = "anonymity_note_webchat" if channel(tracker) in ("webchat", "api") else "anonymity_note_phone"
        message = f"{text('ask_anonymity', lang)}\n{text(note, lang, channel=channel_name(tracker))}"
        return message, _choices("anonymity", ANONYMITY_LEVELS, lang)


class AskInferredOk(AskAction):
    """ "I understood it is about work, in Hilversum; is that right?" after a story pre-filled answers."""

    slot = "inferred_ok"

    def question(self, tracker: Tracker, lang: str) -> tuple[str, list[dict[str, str]]]:
        return inferred_question(tracker, lang), [
            button(text("button_inferred_yes", lang), "inform", {"inferred_ok": "yes"}),
            button(text("button_inferred_no", lang), "inform", {"inferred_ok": "no"}),
        ]


class AskKnowledgeSource(AskAction):
    slot = "knowledge_source"

    def question(self, tracker: Tracker, lang: str) -> tuple[str, list[dict[str, str]]]:
        return text("ask_knowledge_source", lang), [
            button(text(f"knowledge_{source}", lang), "inform", {"knowledge_source": source})
            for source in KNOWLEDGE_SOURCES
        ]


class AskChecklist(AskAction):
    slot = "checklist"

    def question(self, tracker: Tracker, lang: str) -> tuple[str, list[dict[str, str]]]:
        return checklist.ask(tracker, lang)


class AskContact(AskAction):
    slot = "contact"

    def question(self, tracker: Tracker, lang: str) -> tuple[str, list[dict[str, str]]]:
        return text("ask_contact", lang), [button(text("button_no_contact", lang), "inform", {"contact": NONE})]


class AskSafeTimes(AskAction):
    slot = "safe_times"

    def question(self, tracker: Tracker, lang: str) -> tuple[str, list[dict[str, str]]]:
        return text("ask_safe_times", lang), [
            button(text(f"safe_{value}", lang), "inform", {"safe_times": value}) for value in SAFE_TIMES
        ]


def inferred_question(tracker: Tracker, lang: str) -> str:
    parts = []
    inferred = tracker.get_slot("inferred") or []
    forms = tracker.get_slot("forms")
    if "forms" in inferred and isinstance(forms, list) and forms:
        parts.append(text("inferred_forms", lang, forms=", ".join(label("forms", f, lang) for f in forms)))
    if "municipality" in inferred and tracker.get_slot("municipality"):
        parts.append(text("inferred_place", lang, place=municipality_label(tracker.get_slot("municipality"), lang)))
    if "reporter_role" in inferred and tracker.get_slot("reporter_role"):
        parts.append(text("inferred_role", lang, role=label("reporter_role", tracker.get_slot("reporter_role"), lang)))
    return text("ask_inferred_ok", lang, parts="\n".join(f"• {part}" for part in parts))


def channel_name(tracker: Tracker) -> str:
    return {"sms": "SMS", "whatsapp": "WhatsApp", "telegram": "Telegram"}.get(channel(tracker), channel(tracker))


# ---------------------------------------------------------------------------------------------------------
# Validation


_ALARM_ACTIONS = {
    "danger": {"action_flag_danger"},
    "acute": {"action_flag_danger", "action_flag_acute"},
    "human": {"action_request_human"},
}


# The escalations of the gateway's control message that count as this alarm raised.
_ESCALATIONS = {"danger": {"danger"}, "acute": {"danger", "acute"}, "human": {"human"}}


def _raised_since_message(tracker: Tracker, kind: str) -> bool:
    """Whether this alarm (or a stronger one) was already raised for the reporter's latest message: by an alarm
    action, or inside another action (the story's pre-fill), which shows as its control message to the gateway."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "action" and event.get("name") in _ALARM_ACTIONS[kind]:
            return True
        if event.get("event") == "bot" and _escalation(event) in _ESCALATIONS[kind]:
            return True
    return False


def _escalation(event: dict[str, Any]) -> str | None:
    """The escalation a bot event carries as a control message ({"custom": {"meldpunt": {"escalate": …}}})."""
    custom = (event.get("data") or {}).get("custom")
    payload = custom.get("meldpunt") if isinstance(custom, dict) else None
    value = payload.get("escalate") if isinstance(payload, dict) else None
    return value if isinstance(value, str) else None


@dataclass
class Turn:
    """One validation call: the message being answered and what has been said about it so far."""

    dispatcher: CollectingDispatcher
    tracker: Tracker
    requested: str | None
    text: str
    intent: str | None
    confidence: float
    lang: str
    spoke: bool = False
    answered: bool = False  # the question asked was answered (the checklist then asks its next question)
    alarms: set[str] = field(default_factory=set)

    def say(self, key: str) -> None:
        self.dispatcher.utter_message(text=text(key, self.lang))
        self.spoke = True

    def alarm(self, kind: str) -> dict[str, Any]:
        """Raise an alarm once per turn; returns the slots it sets."""
        if kind in self.alarms or (kind == "acute" and "danger" in self.alarms):
            return {}
        if _raised_since_message(self.tracker, kind):  # a rule already said it for this message
            self.alarms.add(kind)
            return {}
        self.alarms.add(kind)
        self.spoke = True
        if kind == "danger":
            events = flag_danger(self.dispatcher, self.tracker)
            self.dispatcher.utter_message(response="utter_danger")
        elif kind == "acute":
            events = flag_acute(self.dispatcher, self.tracker)
            self.dispatcher.utter_message(response="utter_acute")
        else:
            events = flag_human(self.dispatcher)
            self.dispatcher.utter_message(response="utter_human")
        return {event["name"]: event["value"] for event in events}


def kept_story(turn: Turn) -> dict[str, Any]:
    """The description and the answers a story gives (confirmed next); a second story is added to the first."""
    kept = turn.tracker.get_slot("description")
    if kept is not None:
        return {"description": f"{kept}\n{turn.text}"[:MAX_DESCRIPTION]}
    values = story_slots(turn.tracker, turn.text, questions=True)
    if turn.tracker.get_slot("inferred_ok") is None and not values.get("inferred"):
        values["inferred_ok"] = NONE  # nothing to confirm
    return values


def _previous(tracker: Tracker, slot: str) -> Any:
    """The slot's value before the message being validated (its extraction is already in the tracker)."""
    seen_user = False
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            seen_user = True
        elif seen_user and event.get("event") == "slot" and event.get("name") == slot:
            return event.get("value")
    return None


class ValidateIntakeForm(FormValidationAction):
    """Normalises every answer with meldpunt.vocab, re-asks when it cannot, and raises the alarm when an
    accepted answer shows danger (meldpunt.safety) that the NLU did not."""

    def name(self) -> str:
        return "validate_intake_form"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        candidates = {k: v for k, v in tracker.slots_to_validate().items() if k in REQUIRED_SLOTS}
        if not candidates:
            return []  # nothing was answered: Rasa rejects the form and a rule handles the message
        intent, confidence = latest_intent(tracker)
        turn = Turn(
            dispatcher=dispatcher,
            tracker=tracker,
            requested=tracker.get_slot("requested_slot"),
            text=latest_text(tracker),
            intent=intent,
            confidence=confidence,
            lang=language(tracker),
        )
        values: dict[str, Any] = {}
        for slot in REQUIRED_SLOTS:
            if slot in candidates:
                values.update(self._validate(slot, candidates[slot], turn))
        if turn.requested == "safety_check" and "description" not in values and tells_story(turn.text):
            # A story whose danger the gateway's keyword net already answered the safety question with: the form
            # goes on (a place in it was taken), and the story must not be lost on the way.
            values.update(kept_story(turn) if turn.tracker.get_slot("description") is None else {})
        if turn.requested in candidates:
            values.update(self._safety_net(turn, values))
            quiet = is_payload(turn.text) or turn.intent in SMALL_TALK  # "hallo": just the question again
            unanswered = values.get(turn.requested or "") is None and not turn.answered
            if unanswered and not turn.spoke and not quiet:
                turn.say("reask")
        values.update(self._fill_what_does_not_apply(tracker, values))
        return slot_events(values)

    @staticmethod
    def _fill_what_does_not_apply(tracker: Tracker, values: dict[str, Any]) -> dict[str, Any]:
        """Slots that follow from other answers, so the form never asks them: a victim knows it "self"; an
        anonymous reporter (or one who gives no contact) has no contact and no safe times; a checklist with
        nothing left to ask is done."""

        def now(slot: str) -> Any:
            return values[slot] if slot in values else tracker.get_slot(slot)

        filled: dict[str, Any] = {}
        if now("reporter_role") == "victim" and now("knowledge_source") is None:
            filled["knowledge_source"] = "self"
        if now("anonymity") == "anonymous":
            filled.update({slot: NONE for slot in ("contact", "safe_times") if now(slot) is None})
        if now("contact") == NONE and now("safe_times") is None:
            filled["safe_times"] = NONE
        if now("forms") and now("checklist") is None and now("reporter_role") and now("knowledge_source"):
            answers = values.get("answers", checklist.answers_of(tracker))
            role_victim = now("reporter_role") == "victim"
            if next_question(now("forms"), answers, victim=role_victim) is None:
                filled["checklist"] = DONE
        return filled

    def _validate(self, slot: str, value: Any, turn: Turn) -> dict[str, Any]:
        asked = slot == turn.requested
        method = getattr(self, f"_validate_{slot}")
        result: dict[str, Any] = method(value, turn, asked)
        if not asked and result.get(slot) is None:
            # Filled in passing (a button of another question, a place in a story) but not usable:
            # keep what the slot had.
            result[slot] = _previous(turn.tracker, slot)
        return result

    # Each returns the slots to set; None for the slot itself means "ask again".

    def _validate_safety_check(self, value: Any, turn: Turn, asked: bool) -> dict[str, Any]:
        told = asked and tells_story(turn.text)
        # In a story only its first words answer the question ("Nee, ..."): "she gets no pay" is no "no".
        said = " ".join(str(value).split()[:SAFETY_ANSWER_WORDS]) if told else str(value)
        answer = match_safety(said, turn.lang) if value is not None else None
        # A story typed in reply ("start", then the whole story): keep it as the description, so its answers
        # are pre-filled as after a first message, and ask the safety question again if it did not answer it.
        story = kept_story(turn) if told else {}
        if answer is None and story and not detect_alarm(turn.text):
            turn.say("story_kept")
        if answer == "now":
            return {**story, "safety_check": "now", **turn.alarm("danger")}
        if answer == "within_24h":
            return {**story, "safety_check": "within_24h", **turn.alarm("acute")}
        if answer == "unknown":  # stored as "no" (not known to be in danger), with the numbers to call
            if asked:
                turn.say("safety_unsure")
            return {**story, "safety_check": "no"}
        return {**story, "safety_check": answer}

    def _validate_description(self, value: Any, turn: Turn, asked: bool) -> dict[str, Any]:
        story = str(value) if value is not None else ""
        if not story.strip() or is_payload(story):
            return {"description": None}
        if asked and wants_human(story) and len(story.split()) <= 12:
            return {"description": None}  # a request for a person, not a description (safety net below)
        if asked and self._alarm_level(turn) and len(story.split()) <= SHORT_CRY:
            return {"description": None}  # "help!": the alarm (safety net below), then the question again
        values: dict[str, Any] = {"description": story[:MAX_DESCRIPTION]}
        if asked:  # a story answers questions still to come: pre-fill them, and confirm them next
            values.update(story_slots(turn.tracker, story, questions=True))
            values["description"] = story[:MAX_DESCRIPTION]
        elif mentions_minor(story):
            values["minors_involved"] = True
        inferred = values.get("inferred", turn.tracker.get_slot("inferred")) or []
        if turn.tracker.get_slot("inferred_ok") is None and not inferred:
            values["inferred_ok"] = NONE  # nothing to confirm
        return values

    @staticmethod
    def _alarm_level(turn: Turn) -> str | None:
        """Danger in the message: the keyword safety net, or (for the free-text description, which the form
        does not reject) an NLU danger/acute reading it is sure of, in a short message that is not plainly
        an account of exploitation (the NLU reads short stories with "hij"/"ze" as danger too eagerly)."""
        level: str | None = detect_alarm(turn.text)
        if level is None and turn.requested == "description" and turn.confidence >= ALARM_CONFIDENCE:
            if len(turn.text.split()) <= ALARM_MAX_WORDS and not match_forms(turn.text):
                level = ALARM_INTENTS.get(turn.intent or "")
        return level

    def _validate_inferred_ok(self, value: Any, turn: Turn, asked: bool) -> dict[str, Any]:
        answer = str(value) if value in ("yes", "no", NONE) else match_ynu(str(value or ""), turn.lang)
        if answer == "no":  # ask those questions after all
            inferred = turn.tracker.get_slot("inferred") or []
            return {"inferred_ok": "no", **{slot: None for slot in inferred}, "inferred": []}
        return {"inferred_ok": answer if answer in ("yes", NONE) else None}

    def _validate_knowledge_source(self, value: Any, turn: Turn, asked: bool) -> dict[str, Any]:
        if value in (*KNOWLEDGE_SOURCES, "self"):
            return {"knowledge_source": value}
        return {"knowledge_source": match_knowledge_source(str(value or ""), turn.lang)}

    def _validate_checklist(self, value: Any, turn: Turn, asked: bool) -> dict[str, Any]:
        if value == DONE:
            return {"checklist": DONE}
        answer = checklist.read_answer(turn.tracker, value, turn.text, turn.lang)
        if answer == SKIP:
            turn.answered = True
            return {"checklist": DONE}
        if not isinstance(answer, dict):
            return {"checklist": None}
        turn.answered = True
        values = checklist.record(turn.tracker, answer)
        if checklist.minor_exploited(turn.tracker, values):
            values.update(turn.alarm("acute"))
        return values

    def _validate_contact(self, value: Any, turn: Turn, asked: bool) -> dict[str, Any]:
        contact = str(value or "").strip()
        if contact == NONE or (asked and match_ynu(contact, turn.lang) == "no"):
            if asked and turn.tracker.get_slot("anonymity") in ("confidential", "open"):
                turn.say("contact_none_melding")  # honest: without a way to reach them it stays advice
            return {"contact": NONE}
        if not contact or is_payload(contact) or not looks_like_contact(contact):
            return {"contact": None}
        return {"contact": contact[:MAX_CONTACT]}

    def _validate_safe_times(self, value: Any, turn: Turn, asked: bool) -> dict[str, Any]:
        answer = str(value or "").strip()
        if answer in (*SAFE_TIMES, NONE):
            return {"safe_times": answer}
        if not answer or is_payload(answer):
            return {"safe_times": None}
        return {"safe_times": answer[:MAX_CONTACT]}  # "after 8 in the evening, not on Sundays"

    def _validate_reporter_role(self, value: Any, turn: Turn, asked: bool) -> dict[str, Any]:
        return {"reporter_role": match_role(str(value)) if value is not None else None}

    def _validate_forms(self, value: Any, turn: Turn, asked: bool) -> dict[str, Any]:
        items = value if isinstance(value, list) else [value]
        found: list[str] = []
        for item in items:
            if item is None or item == OTHER_FORMS_CHOICE:
                continue
            for form in [item] if item in FORMS else match_forms(str(item)):
                if form not in found:
                    found.append(form)
        if len(found) > 1 and "unknown" in found:
            found.remove("unknown")
        if not found and OTHER_FORMS_CHOICE in items:
            turn.spoke = True  # no "sorry": the question comes back with the rarer forms
        return {"forms": found or None}

    def _validate_municipality(self, value: Any, turn: Turn, asked: bool) -> dict[str, Any]:
        if asked:
            return {"municipality": municipality_of(str(value)) if value is not None else None}
        # A place named in passing (a lookup match in another answer): only a clear place in the region.
        place = match_municipality(turn.text)
        return {"municipality": place if place in REGION_MUNICIPALITIES else None}

    def _validate_anonymity(self, value: Any, turn: Turn, asked: bool) -> dict[str, Any]:
        return {"anonymity": match_anonymity(str(value)) if value is not None else None}

    def _safety_net(self, turn: Turn, values: dict[str, Any]) -> dict[str, Any]:
        """Danger or a request for a person in an answer the form accepted (the NLU did not flag it)."""
        if is_payload(turn.text):
            return {}
        level = self._alarm_level(turn)
        if level:
            return turn.alarm(level)
        if wants_human(turn.text) and (values.get(turn.requested or "") is None or turn.requested == "description"):
            return turn.alarm("human")
        return {}


# ---------------------------------------------------------------------------------------------------------
# Pre-fill, summary, starting again


class ActionPrefillStory(Action):
    """A first message that tells what happens: keep it as the description and take the answers it gives,
    so the form asks the safety question and then only what the story did not say."""

    def name(self) -> str:
        return "action_prefill_story"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        message = latest_text(tracker)
        intent, _ = latest_intent(tracker)
        if intent not in STORY_INTENTS or not is_story(message):
            return []
        values = story_slots(tracker, message, questions=True)
        level = detect_alarm(message)
        if level:
            turn = Turn(dispatcher, tracker, None, message, intent, 0.0, language(tracker))
            values.update(turn.alarm(level))
        return slot_events(values)


SOURCE_WORDS = {
    "seen": (
        "zelf gezien", "gezien", "zag", "saw", "seen", "myself", "widzialem", "widzialam", "vazut", "видях",
        "бачив", "бачила", "видел", "видела", "visto",
    ),
    "told": (
        "verteld", "vertelde", "zei het", "told", "said", "powiedziala", "powiedzial", "mi-a spus", "каза",
        "розповів", "розповіла", "рассказал", "рассказала", "me dijo", "me conto",
    ),
    "heard": (
        "gehoord", "horen zeggen", "heard", "rumour", "rumor", "slyszalem", "slyszalam", "auzit", "чух", "чув",
        "чула", "слышал", "слышала", "oido", "escuche",
    ),
}  # fmt: skip
CONTACT = re.compile(r"@|\d[\d\s().+-]{5,}\d")


def match_knowledge_source(answer: str, lang: str) -> str | None:
    norm = normalise(answer)
    for source in KNOWLEDGE_SOURCES:
        if normalise(text(f"knowledge_{source}", lang)) == norm:
            return source
    found = [source for source, words in SOURCE_WORDS.items() if any(normalise(w) in norm for w in words)]
    return found[0] if len(found) == 1 else None


def municipality_of(answer: str) -> str | None:
    """A municipality of the region (meldpunt.vocab), else one of another Veilig Thuis region of Midden-Nederland
    (meldpunt.regions: Utrecht, Flevoland), so the signal is routed there; "other" / "unknown" / None as typed."""
    found = match_municipality(answer)
    if found in (None, "other"):
        elsewhere = municipality_slug(answer)
        if elsewhere is not None and elsewhere not in ("other", "unknown"):
            return elsewhere
    return found


def municipality_label(value: str, lang: str) -> str:
    shown = label("municipality", value, lang)
    return load_regions(get_settings()).municipality_names.get(value, shown) if shown == value else shown


def looks_like_contact(answer: str) -> bool:
    """A phone number or an e-mail address somewhere in the answer (a name may come with it)."""
    return bool(CONTACT.search(answer))


SUMMARY_SLOTS = ("description", "reporter_role", "knowledge_source", "forms", "municipality", "anonymity", "contact")
# Fields the reporter can change from the summary, and the slots each change empties (asked again by the form).
CORRECTABLE: dict[str, tuple[str, ...]] = {
    "description": ("description",),
    "reporter_role": ("reporter_role", "knowledge_source"),
    "forms": ("forms", "checklist"),
    "municipality": ("municipality",),
    "anonymity": ("anonymity", "contact", "safe_times"),
    "contact": ("contact", "safe_times"),
}


def summary_label(slot: str, lang: str) -> str:
    return text(f"field_{slot}", lang) if slot in ("knowledge_source", "contact") else field_label(slot, lang)


class ActionIntakeSummary(Action):
    """The answers in the reporter's language, with Send, Change something and Start again."""

    def name(self) -> str:
        return "action_intake_summary"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        lang = language(tracker)
        if tracker.get_slot("signal_id"):
            dispatcher.utter_message(text=text("already_sent", lang))
            return []
        lines = [text("summary_intro", lang)]
        for slot in SUMMARY_SLOTS:
            value = tracker.get_slot(slot)
            if slot in ("knowledge_source", "contact") and value in (None, "self", NONE):
                continue
            lines.append(f"• {summary_label(slot, lang)}: {self._value(slot, value, lang)}")
        answered = [a for a in checklist.answers_of(tracker) if a.get("answer") not in (None, "unknown")]
        if answered:
            lines.append(f"• {text('summary_answers', lang, count=len(answered))}")
        lines.append(text("summary_question", lang))
        dispatcher.utter_message(
            text="\n".join(lines),
            buttons=[
                button(text("button_send", lang), "confirm_send"),
                button(text("button_correct", lang), "correct"),
                button(text("button_restart", lang), "restart"),
            ],
        )
        return []

    @staticmethod
    def _value(slot: str, value: Any, lang: str) -> str:
        if value is None or value == []:
            return "–"
        if slot in ("description", "contact"):
            story = " ".join(str(value).split())
            return f"“{story[:200]}…”" if len(story) > 200 else f"“{story}”"
        if slot == "knowledge_source":
            return text(f"knowledge_{value}", lang)
        if slot == "municipality":
            return municipality_label(str(value), lang)
        if isinstance(value, list):
            return ", ".join(label(slot, str(item), lang) for item in value)
        return label(slot, str(value), lang)


class ActionCorrect(Action):
    """ "Change something" on the summary: without a field, the fields as buttons; with one, empty it (and what
    depends on it) and let the form ask it again, after which the summary comes back."""

    def name(self) -> str:
        return "action_correct"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        lang = language(tracker)
        if tracker.get_slot("signal_id"):
            dispatcher.utter_message(text=text("already_sent", lang))
            return []
        if (tracker.active_loop or {}).get("name") == FORM:  # the form goes on; changing comes at the summary
            message = latest_text(tracker)
            if tracker.get_slot("requested_slot") == "description" and tells_story(message):
                # "Something is wrong with the people next door, they look scared": the story asked for, which
                # the NLU read as "change an answer" (the form does not take that intent as text). Kept as
                # the description and pre-filled from, as the form's validation would have done.
                return [*slot_events(self._described(dispatcher, tracker, message)), SlotSet("correcting", False)]
            dispatcher.utter_message(text=text("correct_later", lang))
            return [SlotSet("correcting", False)]
        field_name = next(tracker.get_latest_entity_values("field"), None)
        if field_name not in CORRECTABLE:
            fields = [f for f in CORRECTABLE if f != "contact" or tracker.get_slot("contact") not in (None, NONE)]
            dispatcher.utter_message(
                text=text("ask_correction", lang),
                buttons=[button(summary_label(f, lang), "correct", {"field": f}) for f in fields],
            )
            return [SlotSet("correcting", False)]
        # The rule for `correcting: true` runs the form next, which asks the emptied question again.
        events: list[EventType] = [SlotSet(slot, None) for slot in CORRECTABLE[field_name]]
        if field_name == "description":  # a new story may tell other things; nothing is re-inferred silently
            events.append(SlotSet("inferred", []))
        return [*events, SlotSet("correcting", True)]

    @staticmethod
    def _described(dispatcher: CollectingDispatcher, tracker: Tracker, message: str) -> dict[str, Any]:
        intent, confidence = latest_intent(tracker)
        turn = Turn(dispatcher, tracker, "description", message, intent, confidence, language(tracker))
        values = kept_story(turn)
        level = detect_alarm(message)
        return {**values, **turn.alarm(level)} if level else values


class ActionRestart(Action):
    """Start again (the `restart` intent, e.g. the summary's "Start again" button). Replaces Rasa's default
    action_restart, which would wipe the conversation (language included) and start a new session: here
    the form stops and every slot is emptied except the language, the channel metadata and the alarms
    already raised in this conversation (triage, acute: the gateway keeps them too). The rule then starts
    the intake again."""

    KEEP = ("language", "session_started_metadata", "triage", "acute")

    def name(self) -> str:
        return "action_restart"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        kept = [SlotSet(slot, tracker.get_slot(slot)) for slot in self.KEEP if tracker.get_slot(slot) is not None]
        return [ActiveLoop(None), AllSlotsReset(), *kept]
