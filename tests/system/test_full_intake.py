"""The full intake through POST /api/v1/chat, with the real Rasa and action server: confirming what a story
told, the checklist with its sources, the gateway questions, contact details and safe times, changing an answer
at the summary, triage explained with the routes that fit, and what lands on the signal."""

from __future__ import annotations

import json
import uuid
from typing import Any

import jsonschema
import pytest

from meldpunt.settings import REPO_ROOT
from tests.conftest import System
from tests.system.intake_driver import buttons, parse_payload

SCHEMA = json.loads((REPO_ROOT / "docs" / "signal.schema.json").read_text())


class Reporter:
    """One reporter on the JSON channel, tapping buttons by the value they carry or typing."""

    def __init__(self, system: System, first: str) -> None:
        self.system = system
        self.session = "full-" + uuid.uuid4().hex
        self.body = system.chat(self.session, first)
        self.seen = [self.body]

    @property
    def text(self) -> str:
        return "\n".join(str(m.get("text", "")) for m in self.body["messages"])

    def options(self) -> list[dict[str, str]]:
        return buttons(self.body)

    def values(self, key: str) -> list[Any]:
        return [parse_payload(b["payload"])[1].get(key) for b in self.options()]

    def tap(self, key: str, value: str) -> dict[str, Any]:
        for button in self.options():
            _, entities = parse_payload(button["payload"])
            if entities.get(key) == value or entities.get(key) == [value]:
                return self.type(button["payload"])
        raise AssertionError(f"no button {key}={value} in {self.options()} after {self.text!r}")

    def tap_intent(self, intent: str) -> dict[str, Any]:
        for button in self.options():
            if parse_payload(button["payload"]) == (intent, {}):
                return self.type(button["payload"])
        raise AssertionError(f"no button /{intent} in {self.options()}")

    def up_to_the_checklist(self, story: str, *, role: str, form: str, place: str, source: str) -> None:
        """Safety "no", the story, then the questions before the checklist; a question the story answered (and
        the reporter confirmed) is not asked again."""
        self.tap("safety_check", "no")
        self.type(story)
        if self.asked("inferred_ok"):
            self.tap("inferred_ok", "yes")
        if self.asked("reporter_role"):
            self.tap("reporter_role", role)
        self.tap("knowledge_source", source)
        if self.asked("forms"):
            self.tap("forms", form)
        self.tap("municipality", place)

    def type(self, text: str) -> dict[str, Any]:
        self.body = self.system.chat(self.session, text)
        self.seen.append(self.body)
        return self.body

    def asked(self, key: str) -> bool:
        return any(key in parse_payload(b["payload"])[1] for b in self.options())

    def checklist_id(self) -> str:
        """The id of the checklist question asked now (from its answer buttons)."""
        for value in self.values("checklist"):
            if isinstance(value, str) and "=" in value:
                return value.split("=")[0]
        raise AssertionError(f"no checklist question asked: {self.text!r}")


def stored_signal(system: System, signal_id: str) -> dict[str, Any]:
    status, body = system.get(f"/api/v1/signals/{signal_id}")
    assert status == 200, body
    return dict(body)


def test_a_witness_story_is_confirmed_then_the_checklist_records_answers_with_their_source(system: System) -> None:
    r = Reporter(system, "Mijn buurman in Hilversum moet elke dag 14 uur werken in een kas en krijgt geen loon")
    r.tap("safety_check", "no")
    assert r.asked("inferred_ok"), r.text  # "I understood it is about work, in Hilversum: is that right?"
    assert ("Hilversum" in r.text and "uitbuiting" in r.text.lower()) or "werk" in r.text.lower()
    r.tap("inferred_ok", "yes")
    if r.asked("reporter_role"):
        r.tap("reporter_role", "neighbour")
    assert r.asked("knowledge_source"), r.text
    r.tap("knowledge_source", "seen")
    # The checklist: block B first, with sources on every "yes".
    assert r.checklist_id() == "B1"
    assert "paspoort" in r.text
    assert {"B1=yes:seen", "B1=yes:told", "B1=yes:heard", "B1=no", "B1=unknown", "skip"} <= set(r.values("checklist"))
    r.tap("checklist", "B1=no")
    assert r.checklist_id() == "B2"
    r.type("ja")  # typed: the source is how the reporter knows it (seen)
    assert r.checklist_id() == "B3"
    r.tap("checklist", "B3=yes:told")
    r.type("weet ik niet")
    r.tap("checklist", "skip")
    assert r.asked("anonymity"), r.text
    r.tap("anonymity", "confidential")
    assert r.asked("contact"), r.text
    r.type("Anna, 06 12345678")
    assert r.asked("safe_times"), r.text
    r.tap("safe_times", "evening")
    assert "Versturen" in str(r.options()), r.text
    r.tap_intent("confirm_send")
    signal_id = r.body["signal_id"]
    assert signal_id
    assert "melding" in r.text and "5 werkdagen" in r.text  # T2 explained in plain words
    assert "0800-5151" in r.text  # the Arbeidsinspectie route fits work

    signal = stored_signal(system, signal_id)
    jsonschema.validate(signal, SCHEMA)
    assert signal["triage"] == "T2"
    assert signal["knowledge_source"] == "seen_myself"
    assert signal["forms"] == ["labour"] and signal["municipality"] == "hilversum"
    indicators = {i["indicator_id"]: (i["answer"], i["source"]) for i in signal["indicators"]}
    assert indicators == {
        "B1": ("no", None),
        "B2": ("yes", "seen_myself"),
        "B3": ("yes", "told_by_person"),
        "B4": ("unknown", None),
    }
    assert signal["contact"] == {"contact": "Anna, 06 12345678", "safe_times": "evening"}
    assert "arbeidsinspectie" in signal["routes"]
    # The contact details are stored encrypted: not in the database file as text.
    raw = b"".join(p.read_bytes() for p in system.data_dir.glob("*.db*"))
    assert b"12345678" not in raw


def test_an_unknown_form_is_found_with_gateway_questions_and_opens_that_block(system: System) -> None:
    r = Reporter(system, "I want to report something")
    r.tap("safety_check", "no")
    r.type("Something is wrong with the people next door, they look very scared all the time")
    if r.asked("inferred_ok"):
        r.tap("inferred_ok", "no")
    r.tap("reporter_role", "neighbour")
    r.tap("knowledge_source", "heard")
    r.tap("forms", "unknown")
    r.tap("municipality", "laren")
    assert r.checklist_id() == "GW_sexual", r.text
    r.tap("checklist", "GW_sexual=no")
    assert r.checklist_id() == "GW_labour"
    r.tap("checklist", "GW_labour=yes")
    for _ in range(3):  # the other gateways, then block B
        if r.checklist_id().startswith("GW_"):
            r.tap("checklist", f"{r.checklist_id()}=no")
    asked = []
    while r.asked("checklist") and len(asked) < 30:
        asked.append(r.checklist_id())
        if asked[-1] == "D1":
            break
        r.tap("checklist", f"{asked[-1]}=unknown")
    assert asked[0] == "B1" and asked[-1] == "D1", asked  # "yes" to work opened the labour block
    assert "sector" in r.text.lower()
    r.tap("checklist", "D1=construction")
    r.tap("checklist", "skip")
    r.tap("anonymity", "anonymous")  # no contact question for an anonymous report
    r.tap_intent("confirm_send")
    signal = stored_signal(system, r.body["signal_id"])
    assert signal["forms"] == ["labour"]
    assert ("D1", "construction") in {(i["indicator_id"], i["answer"]) for i in signal["indicators"]}
    assert signal["triage"] == "T4" and "arbeidsinspectie" in signal["routes"]
    assert "0800-5151" in r.text and "Labour Inspectorate" in r.text


def test_an_answer_is_changed_at_the_summary_and_the_signal_has_the_new_one(system: System) -> None:
    r = Reporter(system, "Hallo")
    r.up_to_the_checklist(
        "Een meisje uit mijn klas moet met oudere mannen mee en geeft het geld aan haar vriend",
        role="friend",
        form="sexual",
        place="huizen",
        source="told",
    )
    r.tap("checklist", "skip")
    r.tap("anonymity", "anonymous")
    assert "Huizen" in r.text
    r.tap_intent("correct")
    assert r.asked("field"), r.text
    r.tap("field", "municipality")
    assert r.asked("municipality"), r.text
    r.tap("municipality", "blaricum")
    assert "Blaricum" in r.text and "Versturen" in str(r.options())  # the summary again, with the new place
    r.tap_intent("confirm_send")
    signal = stored_signal(system, r.body["signal_id"])
    assert signal["municipality"] == "blaricum"


def test_a_victim_gets_victim_wording_no_source_question_and_a_minor_is_acute(system: System) -> None:
    r = Reporter(system, "hello")
    r.tap("safety_check", "no")
    r.type("My boyfriend makes me sleep with men for money and keeps all of it")
    if r.asked("inferred_ok"):
        r.tap("inferred_ok", "yes")
    if r.asked("reporter_role"):
        r.tap("reporter_role", "victim")
    assert not r.asked("knowledge_source")  # it is about themselves
    if r.asked("forms"):
        r.tap("forms", "sexual")
    r.tap("municipality", "hilversum")
    assert r.checklist_id() == "B1" and "your own passport" in r.text  # "you", not "the person"
    assert "B1=yes:seen" not in r.values("checklist")  # no source buttons for a victim
    r.tap("checklist", "B1=yes")
    r.tap("checklist", "skip")
    r.type("I'd rather not give my name")  # typed, not tapped: a statement, not a question about anonymity
    assert not r.asked("anonymity"), r.text
    r.tap_intent("confirm_send")
    signal = stored_signal(system, r.body["signal_id"])
    assert signal["anonymity"] == "anonymous"
    assert signal["knowledge_source"] == "self"
    assert signal["indicators"][0] == {"indicator_id": "B1", "answer": "yes", "source": "self"}
    assert {"police", "comensha"} <= set(signal["routes"])
    assert "0900-8844" in r.text and "033-448 11 86" in r.text  # aangifte and shelter routes for a victim


def test_a_minor_named_in_the_context_questions_makes_the_report_acute(system: System) -> None:
    r = Reporter(system, "Hoi")
    r.up_to_the_checklist(
        "Een jongen uit de buurt moet drugs verkopen voor een paar oudere mannen",
        role="neighbour",
        form="criminal",
        place="huizen",
        source="seen",
    )
    while r.checklist_id() != "I4":
        r.tap("checklist", f"{r.checklist_id()}=unknown")
    assert r.body["report"]["triage"] is None
    r.tap("checklist", "I4=under_16")
    assert r.body["report"]["triage"] == "T1", r.text  # a minor exploited now: warm handover, staff alerted
    assert "0800-2000" in r.text
    assert r.body["conversation"]["state"] == "waiting_for_staff"
    assert r.asked("checklist")  # and the intake goes on


def test_a_confidential_report_without_contact_is_honestly_advice(system: System) -> None:
    r = Reporter(system, "Hallo")
    r.up_to_the_checklist(
        "Mijn zus werkt in een restaurant zonder loon en moet al haar geld afgeven aan de eigenaar",
        role="relative",
        form="labour",
        place="eemnes",
        source="told",
    )
    r.tap("checklist", "skip")
    r.tap("anonymity", "confidential")
    r.tap("contact", "none")
    assert "advies" in r.text  # without contact Veilig Thuis cannot take a melding
    r.tap_intent("confirm_send")
    signal = stored_signal(system, r.body["signal_id"])
    assert signal["contact"] is None and signal["triage"] in ("T3", "T4")


@pytest.mark.parametrize(
    ("first", "danger_text"),
    [
        ("Hallo", "hij slaat haar nu, ze kan niet weg, help"),
        ("Hello", "he is beating her right now and she cannot get out"),
    ],
)
def test_danger_typed_in_the_middle_of_the_checklist_raises_the_alarm_and_the_checklist_goes_on(
    system: System, first: str, danger_text: str
) -> None:
    r = Reporter(system, first)
    story = (
        "Two women work in a massage salon and the owner keeps their passports"
        if first == "Hello"
        else "Twee vrouwen werken in een massagesalon en de eigenaar houdt hun paspoorten"
    )
    r.up_to_the_checklist(story, role="client", form="sexual", place="wijdemeren", source="seen")
    asked_before = r.checklist_id()
    r.type(danger_text)
    assert r.body["report"]["triage"] == "T0" and "112" in r.text
    assert r.body["conversation"]["state"] == "waiting_for_staff"
    assert r.checklist_id() == asked_before  # the same question again: nothing was recorded from the alarm


@pytest.mark.parametrize(
    ("first", "story", "form", "place", "kept"),
    [
        (
            "Ik wil iets melden",
            "Mijn buurman in Laren moet elke dag 14 uur in een kas werken en hij krijgt geen loon",
            "labour",
            "laren",
            "Ik heb je verhaal opgeschreven",
        ),
        (
            "I want to report something",
            "Two women in Huizen have to sleep with men for money and the owner keeps their passports",
            "sexual",
            "huizen",
            "I have written down what you told me",
        ),
    ],
)
def test_a_story_typed_as_the_answer_to_the_safety_question_is_kept_and_the_question_comes_again(
    system: System, first: str, story: str, form: str, place: str, kept: str
) -> None:
    r = Reporter(system, first)
    assert r.asked("safety_check"), r.text
    r.type(story)  # not "no" or "yes": a story, as people type when a chat opens with a question
    assert kept in r.text and "Sorry" not in r.text, r.text
    assert r.asked("safety_check"), r.text  # the story did not say whether someone is in danger now
    assert r.body["report"]["forms"] == [form] and r.body["report"]["municipality"] == place
    assert r.body["conversation"]["state"] == "bot"
    r.tap("safety_check", "no")
    assert r.asked("inferred_ok"), r.text  # what the story told is confirmed, the story is not asked for again
    r.tap("inferred_ok", "yes")
    assert not r.asked("forms") and not r.asked("municipality") and not r.asked("safety_check"), r.text


@pytest.mark.parametrize(
    ("first", "story", "form", "place"),
    [
        (
            "Hallo",
            "Mijn nichtje van 15 moet vanavond weer naar klanten in een hotel in Hilversum, ze durft niet te weigeren",
            "sexual",
            "hilversum",
        ),
        (
            "Hello",
            "My cousin works at a car wash in Bussum, tonight the boss will beat him again because he asked for pay",
            "labour",
            "gooise_meren",
        ),
    ],
)
def test_a_danger_story_typed_as_the_answer_to_the_safety_question_raises_the_alarm_and_is_kept(
    system: System, first: str, story: str, form: str, place: str
) -> None:
    r = Reporter(system, first)
    r.type(story)
    assert r.body["report"]["triage"] in ("T0", "T1") and "0800-2000" in r.text, r.text
    assert r.body["conversation"]["state"] == "waiting_for_staff"
    assert r.body["report"]["forms"] == [form] and r.body["report"]["municipality"] == place
    assert r.asked("inferred_ok") and not r.asked("safety_check"), r.text  # the alarm answered the question
