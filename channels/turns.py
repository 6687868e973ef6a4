"""One turn: route a stored message by the conversation's state, ask Rasa, add the safety net, answer.

Turns are serialised per conversation here (an asyncio lock per conversation), so Rasa's own lock,
which polls once a second, is never waited on.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from channels import followup, intake
from channels.adapters.base import Inbound, Outbound
from channels.intake import Accepted, ConversationView, TurnContext, TurnOutcome
from channels.language import DEFAULT, SUPPORTED, LanguageDetector
from channels.rasa import RasaClient, RasaUnavailable
from channels.texts import (
    DANGER,
    FALLBACK,
    FOLLOWUP_ADDED,
    FOLLOWUP_DONE,
    FOLLOWUP_DONE_BUTTON,
    FOLLOWUP_LOCKED,
    FOLLOWUP_NO_REPLIES,
    FOLLOWUP_REPLY,
    FOLLOWUP_UNKNOWN,
    FOLLOWUP_WELCOME,
    HUMAN,
    SAFETY_OTHER,
    say,
)
from meldpunt.questions import SCHEMA_SOURCES, signal_context, signal_indicators
from meldpunt.safety import detect_alarm, wants_human
from store.db import Store
from store.receipts import CODE_PATTERN, find_code

log = logging.getLogger(__name__)

SET_LANGUAGE = re.compile(r'^/set_language\{"language":\s*"([a-z]{2})"\}$')
REPORT_FIELDS = (
    "channel", "language", "triage", "acute", "reporter_role", "knowledge_source", "anonymity", "forms",
    "municipality", "minors_involved", "description",
)  # fmt: skip
TRIAGE_FOR = {"danger": "T0", "acute": "T1"}
SAFETY_ANSWER_FOR = {"danger": "now", "acute": "within_24h"}


@dataclass
class TurnResult:
    conversation: ConversationView
    messages: list[Outbound]
    report: dict[str, Any] = field(default_factory=dict)
    signal_id: str | None = None
    duplicate: bool = False


class TurnLocks:
    """One lock per conversation, dropped when nobody holds or waits for it."""

    def __init__(self) -> None:
        self._locks: dict[str, asyncio.Lock] = {}
        self._users: defaultdict[str, int] = defaultdict(int)

    def hold(self, key: str) -> _Held:
        return _Held(self, key)


class _Held:
    def __init__(self, locks: TurnLocks, key: str) -> None:
        self._locks, self._key = locks, key

    async def __aenter__(self) -> None:
        locks = self._locks
        locks._users[self._key] += 1
        await locks._locks.setdefault(self._key, asyncio.Lock()).acquire()

    async def __aexit__(self, *_: object) -> None:
        locks = self._locks
        locks._locks[self._key].release()
        locks._users[self._key] -= 1
        if locks._users[self._key] == 0:
            del locks._users[self._key], locks._locks[self._key]


class TurnProcessor:
    def __init__(self, store: Store, rasa: RasaClient, languages: LanguageDetector) -> None:
        self.store = store
        self.rasa = rasa
        self.languages = languages
        self.locks = TurnLocks()

    async def accept(self, inbound: Inbound) -> Accepted:
        """Store the message; once this returns, the channel may acknowledge it."""
        return await asyncio.to_thread(intake.accept, self.store, inbound)

    async def respond(self, accepted: Accepted) -> TurnResult:
        async with self.locks.hold(accepted.conversation.id):
            turn = await asyncio.to_thread(intake.load_turn, self.store, accepted.message_id)
            if turn.status != "received":  # answered before: the same answer again, no second turn
                conversation, replies = await asyncio.to_thread(intake.stored_replies, self.store, accepted.message_id)
                report, signal_id = await self._report(conversation)
                return TurnResult(conversation, replies, report, signal_id, duplicate=True)
            other = self.languages.safety_only_language(turn.text)
            outcome, slots = await self._turn(turn, other)
            _known_answers(outcome, slots)
            if other and outcome.status != "held":  # where help is, in their own language, before anything else
                outcome.replies.insert(0, Outbound(SAFETY_OTHER[other], author="system"))
            conversation = await asyncio.to_thread(intake.finish_turn, self.store, accepted.message_id, outcome)
        if outcome.escalation:
            log.info("conversation %s escalated: %s", conversation.id, outcome.escalation)
        report, signal_id = _report_from_slots(slots, conversation)
        return TurnResult(conversation, outcome.replies, report, signal_id, accepted.duplicate)

    async def handle(self, inbound: Inbound) -> TurnResult:
        return await self.respond(await self.accept(inbound))

    async def _turn(self, turn: TurnContext, other: str | None) -> tuple[TurnOutcome, dict[str, Any]]:
        language, source = self._language(turn, other)
        outcome = TurnOutcome(replies=[], status="answered", language=language, language_source=source)
        is_payload = turn.text.startswith("/")
        danger = None if is_payload else detect_alarm(turn.text)
        human = not is_payload and wants_human(turn.text)

        if turn.state == "staff":  # a person holds the conversation: the bot must not answer
            outcome.status = "held"
            outcome.triage = TRIAGE_FOR.get(danger or "")
            return outcome, {}
        code = None if is_payload else find_code(turn.text)
        if code or turn.followup_signal_id:  # a reporter back with their receipt code
            return await self._followup(turn, code, language, danger, human, outcome), {}

        sync: dict[str, Any] = {}
        if language != turn.rasa_language:
            sync["language"] = language
        if danger:
            # What the keywords saw answers the safety question too: the intake does not ask "is anyone in
            # danger now?" right after the reporter said so in words the assistant did not read as danger.
            sync.update(
                triage=_more_urgent_triage(turn.triage, TRIAGE_FOR[danger]),
                acute=True,
                safety_check=SAFETY_ANSWER_FOR[danger],
            )
        try:
            if sync:
                await self.rasa.set_slots(turn.conversation_id, sync)
                outcome.rasa_language = language
            answer = await self.rasa.message(
                turn.conversation_id, turn.text, {"channel": turn.channel, "language": language}
            )
        except RasaUnavailable as exc:
            log.warning("conversation %s: Rasa unavailable (%s), fallback reply", turn.conversation_id, exc)
            return self._fallback(outcome, danger, language), {}
        try:
            slots = await self.rasa.slots(turn.conversation_id)
        except RasaUnavailable:  # the answer stands; only the report-so-far is unknown this turn
            slots = {}
        chosen = slots.get("language")
        if isinstance(chosen, str) and chosen in SUPPORTED and chosen != language:
            # The reporter asked the assistant in words ("English please"): that is an explicit choice.
            outcome.language, outcome.language_source, outcome.rasa_language = chosen, "explicit", chosen

        escalations = set()
        for item in answer:
            control = (item.get("custom") or {}).get("meldpunt") if isinstance(item.get("custom"), dict) else None
            if isinstance(control, dict):
                if control.get("escalate") in intake.ESCALATION_RANK:
                    escalations.add(str(control["escalate"]))
                continue
            if item.get("text"):
                outcome.replies.append(Outbound(str(item["text"]), _buttons(item.get("buttons"))))
        if not outcome.replies and not escalations:
            # Rasa answered nothing (e.g. the action server is down): never leave the reporter without an answer.
            log.warning("conversation %s: Rasa gave no reply, fallback reply", turn.conversation_id)
            return self._fallback(outcome, danger, language), slots
        # The safety net: what the keywords saw and the assistant did not still reaches the reporter.
        if danger and not escalations & {"danger", "acute"}:
            outcome.replies.insert(0, Outbound(say(DANGER, language), author="system"))
            escalations.add(danger)
        if human and "human" not in escalations and not escalations & {"danger", "acute"}:
            outcome.replies.append(Outbound(say(HUMAN, language), author="system"))
            escalations.add("human")
        if escalations:
            outcome.escalation = min(escalations, key=intake.ESCALATION_RANK.__getitem__)
        outcome.triage = _more_urgent_triage(
            slots.get("triage") if isinstance(slots.get("triage"), str) else None,
            *(TRIAGE_FOR.get(reason) for reason in escalations),
        )
        return outcome, slots

    async def _followup(
        self, turn: TurnContext, code: str | None, language: str, danger: str | None, human: bool, outcome: TurnOutcome
    ) -> TurnOutcome:
        """Anonymous follow-up: check the code, or add the message to the signal's thread. Rasa is not asked."""
        done = {"title": say(FOLLOWUP_DONE_BUTTON, language), "payload": followup.DONE_PAYLOAD}
        if code:
            result = await asyncio.to_thread(followup.present_code, self.store, turn.conversation_id, code)
            if result.status == "ok":
                texts = [say(FOLLOWUP_WELCOME, language)]
                texts += [say(FOLLOWUP_REPLY, language).format(text=reply) for reply in result.staff_replies]
                texts += [] if result.staff_replies else [say(FOLLOWUP_NO_REPLIES, language)]
                outcome.replies = [Outbound(text, author="system") for text in texts]
                outcome.replies[-1].buttons = [done]
            else:
                table = FOLLOWUP_LOCKED if result.status == "locked" else FOLLOWUP_UNKNOWN
                outcome.replies = [Outbound(say(table, language), author="system")]
        elif turn.text.strip() == followup.DONE_PAYLOAD:
            await asyncio.to_thread(followup.end, self.store, turn.conversation_id)
            outcome.replies = [Outbound(say(FOLLOWUP_DONE, language), author="system")]
        else:
            assert turn.followup_signal_id is not None
            await asyncio.to_thread(followup.add, self.store, turn.conversation_id, turn.followup_signal_id, turn.text)
            outcome.replies = [Outbound(say(FOLLOWUP_ADDED, language), [done], author="system")]
        # The safety net holds here too.
        if danger:
            outcome.replies.insert(0, Outbound(say(DANGER, language), author="system"))
            outcome.escalation, outcome.triage = danger, TRIAGE_FOR[danger]
        elif human:
            outcome.replies.append(Outbound(say(HUMAN, language), author="system"))
            outcome.escalation = "human"
        return outcome

    @staticmethod
    def _fallback(outcome: TurnOutcome, danger: str | None, language: str) -> TurnOutcome:
        outcome.status = "fallback"
        outcome.escalation = danger or "fallback"
        outcome.triage = TRIAGE_FOR.get(danger or "")
        outcome.replies = [Outbound(say(FALLBACK, language), author="system")]
        return outcome

    def _language(self, turn: TurnContext, other: str | None) -> tuple[str, str | None]:
        """Explicit choice > confident detection (sticky) > channel hint > best guess. `other`: the message is
        in a language we only have the safety message for."""
        chosen = SET_LANGUAGE.match(turn.text)
        if chosen and chosen.group(1) in SUPPORTED:
            return chosen.group(1), "explicit"
        if turn.language and turn.language_source in ("explicit", "detected"):
            return turn.language, turn.language_source
        if other:
            return "en", "guessed"  # the assistant does not speak it: English, after the safety message
        text = CODE_PATTERN.sub(" ", turn.text)  # a receipt code is not language
        detected = self.languages.detect(text)
        if detected and self.languages.is_confident(text, detected[1]):
            return detected[0], "detected"
        if turn.language:
            return turn.language, turn.language_source
        if detected and detected[1] >= 0.5:
            return detected[0], "guessed"
        return DEFAULT, "default"

    async def _report(self, conversation: ConversationView) -> tuple[dict[str, Any], str | None]:
        try:
            slots = await self.rasa.slots(conversation.id)
        except RasaUnavailable:
            slots = {}
        return _report_from_slots(slots, conversation)


def _known_answers(outcome: TurnOutcome, slots: dict[str, Any]) -> None:
    """The forms and municipality the intake holds after this turn, kept on the conversation for the queue
    (emptied when the reporter started again); nothing when the slots could not be read."""
    if not slots:
        return
    forms = slots.get("forms")
    municipality = slots.get("municipality")
    outcome.answers = (
        [str(form) for form in forms if form != "unknown"] if isinstance(forms, list) else [],
        municipality if isinstance(municipality, str) and municipality else None,
    )


def _more_urgent_triage(*levels: str | None) -> str | None:
    known = [level for level in levels if level]
    return min(known) if known else None


def _buttons(raw: Any) -> list[dict[str, str]]:
    if not isinstance(raw, list):
        return []
    return [
        {"title": str(b.get("title", "")), "payload": str(b.get("payload", ""))} for b in raw if isinstance(b, dict)
    ]


def _report_from_slots(slots: dict[str, Any], conversation: ConversationView) -> tuple[dict[str, Any], str | None]:
    report: dict[str, Any] = {name: slots.get(name) for name in REPORT_FIELDS}
    report["forms"] = report["forms"] if isinstance(report["forms"], list) else []
    answers = [a for a in slots.get("answers") or [] if isinstance(a, dict)]
    report["indicators"] = signal_indicators(answers)
    report["context"] = signal_context(answers)
    report["knowledge_source"] = SCHEMA_SOURCES.get(str(report["knowledge_source"]))
    report["acute"] = bool(report["acute"])
    report["language"] = conversation.language
    report["triage"] = _more_urgent_triage(conversation.triage, slots.get("triage"))
    report["channel"] = conversation.channel
    signal_id = slots.get("signal_id") if isinstance(slots.get("signal_id"), str) else None
    report["id"] = signal_id
    report["status"] = "new" if signal_id else None
    return report, signal_id
