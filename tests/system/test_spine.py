"""The spine end to end: JSON channel → gateway → real Rasa + action server → signal in the queue."""

from __future__ import annotations

import json
import os
import signal
import time
import urllib.request
import uuid
from pathlib import Path

import jsonschema
import pytest

from meldpunt.settings import REPO_ROOT
from tests.conftest import System
from tests.system.intake_driver import complete_intake

SCHEMA = json.loads((REPO_ROOT / "docs" / "signal.schema.json").read_text())


def _session() -> str:
    return "sys-" + uuid.uuid4().hex


@pytest.mark.parametrize(
    ("first", "story", "place", "language", "answers", "municipality"),
    [
        (
            "Hallo, ik wil iets melden",
            "Bij de autowasstraat werken mannen elke dag 14 uur en ze krijgen geen loon",
            "Bussum",
            "nl",
            {
                "safety_check": "no",
                "reporter_role": "neighbour",
                "forms": "labour",
                "anonymity": "confidential",
                "contact:typed": "Jan, 06 12345678",
                "safe_times": "evening",
            },
            "gooise_meren",
        ),
        (
            "Hello, I would like to report something",
            "A girl I know has to work in a house every night and her boyfriend takes all the money",
            "Hilversum",
            "en",
            {"safety_check": "no", "reporter_role": "friend", "forms": "sexual", "anonymity": "anonymous"},
            "hilversum",
        ),
    ],
)
def test_a_report_lands_in_the_queue(
    system: System,
    first: str,
    story: str,
    place: str,
    language: str,
    answers: dict[str, str],
    municipality: str,
) -> None:
    final, seen = complete_intake(system, _session(), first, story, place, answers)
    assert seen[0]["conversation"]["language"] == language
    signal_id = final["signal_id"]
    assert final["report"]["id"] == signal_id

    status, record = system.get(f"/api/v1/signals/{signal_id}")
    assert status == 200
    jsonschema.validate({k: v for k, v in record.items()}, SCHEMA)
    assert record["language"] == language and record["channel"] == "api"
    assert record["reporter_role"] == answers["reporter_role"]
    assert answers["forms"] in record["forms"]
    assert record["municipality"] == municipality
    assert record["anonymity"] == answers["anonymity"]
    assert record["description"] == story
    # A melding (known to Veilig Thuis) is T2; anonymous advice T3 (T4 for adult labour exploitation alone).
    assert record["triage"] == ("T3" if answers["anonymity"] == "anonymous" else "T2")
    if answers["anonymity"] != "anonymous":
        assert record["contact"] == {"contact": "Jan, 06 12345678", "safe_times": "evening"}
    # The receipt code reached the reporter and is nowhere in the stored record.
    assert any("-" in m["text"] for m in final["messages"])

    status, listing = system.get("/api/v1/signals")
    assert status == 200 and signal_id in [s["id"] for s in listing["signals"]]
    status, transcript = system.get(f"/api/v1/conversations/{record['conversation_id']}")
    assert status == 200
    texts = [m["text"] for m in transcript["messages"]]
    assert first in texts and story in texts
    assert {m["author"] for m in transcript["messages"]} >= {"reporter", "bot"}


@pytest.mark.parametrize(
    ("first", "danger", "language"),
    [
        ("Hallo", "Hij heeft me opgesloten en ik kan niet weg", "nl"),
        ("Hello there, I need help", "He is hitting me right now, please help", "en"),
    ],
)
def test_danger_in_the_middle_of_the_intake_escalates_at_once(
    system: System, first: str, danger: str, language: str
) -> None:
    session = _session()
    system.chat(session, first)
    body = system.chat(session, "/inform" + json.dumps({"safety_check": "no"}))
    body = system.chat(session, danger)
    assert body["conversation"]["triage"] == "T0"
    assert body["conversation"]["state"] == "waiting_for_staff"
    assert body["conversation"]["language"] == language
    assert any("112" in m["text"] for m in body["messages"])


def test_a_request_for_a_person_escalates(system: System) -> None:
    session = _session()
    system.chat(session, "Goedemiddag, ik heb een vraag")
    body = system.chat(session, "Ik wil met een mens praten")
    assert body["conversation"]["state"] == "waiting_for_staff"
    assert any("0800-2000" in m["text"] for m in body["messages"])


def test_rasa_accepts_only_the_gateway_and_only_on_loopback(system: System) -> None:
    url = f"http://127.0.0.1:{system.rasa_port}/webhooks/gateway/webhook"
    body = json.dumps({"sender": "x", "message": "hallo"}).encode()
    for headers in ({}, {"X-Gateway-Token": "wrong"}):
        req = urllib.request.Request(url, data=body, headers=headers, method="POST")
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(req, timeout=10)
        err.value.close()
        assert err.value.code == 403
    stock = urllib.request.Request(
        f"http://127.0.0.1:{system.rasa_port}/webhooks/rest/webhook", data=body, method="POST"
    )
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(stock, timeout=10)
    err.value.close()
    assert err.value.code == 404
    assert _listen_addresses(system.rasa_port) == {"127.0.0.1"}
    assert _listen_addresses(system.actions_port) == {"127.0.0.1"}


def _listen_addresses(port: int) -> set[str]:
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if int(hex_port, 16) == port and state == "0A":  # LISTEN
                if len(address) == 8:
                    found.add(".".join(str(int(address[i : i + 2], 16)) for i in (6, 4, 2, 0)))
                else:
                    found.add("::" if set(address) == {"0"} else address)
    return found


def test_no_raw_user_id_or_message_text_on_disk_or_in_logs(system: System) -> None:
    session = "secret-session-" + uuid.uuid4().hex
    marker = "Zwanenbloem" + uuid.uuid4().hex[:8]
    system.chat(session, f"Hallo, mijn naam is {marker}")
    system.chat(session, "/inform" + json.dumps({"safety_check": "no"}))
    system.chat(session, f"{marker} werkt bij een kas zonder loon")
    time.sleep(1)  # let the WAL and log files be written
    for path in system.data_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert marker.encode() not in data, f"message text in plain text in {path.name}"
            assert session.encode() not in data, f"raw session id in {path.name}"
    logs = system.logs()
    assert marker not in logs and session not in logs


def test_rasa_killed_mid_conversation_fallback_then_restarted(system: System) -> None:
    session = _session()
    system.chat(session, "Hallo, ik wil iets melden")
    old_pid = system.pid("rasa")
    os.killpg(old_pid, signal.SIGKILL)
    body = system.chat(session, "Mijn buurvrouw werkt dag en nacht en mag het huis niet uit")
    assert body["conversation"]["state"] == "waiting_for_staff"
    text = " ".join(m["text"] for m in body["messages"])
    assert "112" in text and "0800-2000" in text
    status, transcript = system.get(f"/api/v1/conversations/{body['conversation']['id']}")
    assert status == 200
    assert "Mijn buurvrouw werkt dag en nacht en mag het huis niet uit" in [m["text"] for m in transcript["messages"]]
    # The supervisor restarts Rasa and the conversation goes on with the bot.
    system.wait_for_rasa(timeout=240)
    assert system.pid("rasa") != old_pid
    body = system.chat(session, "Hallo")
    assert body["messages"] and all("werkt op dit moment niet" not in m["text"] for m in body["messages"])


@pytest.mark.parametrize(
    ("first", "language"),
    [
        ("Hallo", "nl"),
        ("Hello", "en"),
        ("Goedemiddag, ik maak me zorgen over mijn buurvrouw", "nl"),
        ("Hi, I am worried about a colleague at work", "en"),
    ],
)
def test_the_language_is_right_from_the_first_message(system: System, first: str, language: str) -> None:
    body = system.chat(_session(), first)
    assert body["conversation"]["language"] == language


def test_asking_for_another_language_in_words_switches_and_sticks(system: System) -> None:
    session = _session()
    assert system.chat(session, "Hallo, ik wil iets melden")["conversation"]["language"] == "nl"
    body = system.chat(session, "English please")
    assert body["conversation"]["language"] == "en"
    # An explicit choice is not overridden by detection of a later message.
    assert system.chat(session, "Hallo")["conversation"]["language"] == "en"


def test_a_hanging_assistant_gets_the_fallback_in_time_and_nothing_is_lost(system: System) -> None:
    session = _session()
    system.chat(session, "Hallo, ik wil iets melden")
    actions = system.pid("actions")
    os.killpg(actions, signal.SIGSTOP)  # the action server hangs: Rasa waits on it, so the turn is slow
    try:
        started = time.monotonic()
        body = system.chat(session, "/inform" + json.dumps({"safety_check": "no"}))
        waited = time.monotonic() - started
    finally:
        os.killpg(actions, signal.SIGCONT)
    assert waited < float(system.env["MELDPUNT_RASA_TIMEOUT"]) + 5
    assert body["conversation"]["state"] == "waiting_for_staff"
    text = " ".join(m["text"] for m in body["messages"])
    assert "112" in text and "0800-2000" in text
    status, transcript = system.get(f"/api/v1/conversations/{body['conversation']['id']}")
    assert status == 200
    assert [m["status"] for m in transcript["messages"] if m["direction"] == "in"] == ["answered", "fallback"]


def test_concurrent_messages_in_one_conversation_are_all_stored_and_answered(system: System) -> None:
    from concurrent.futures import ThreadPoolExecutor

    session = _session()
    system.chat(session, "Hallo")
    texts = [f"Vraag nummer {i}: wat gebeurt er na een melding?" for i in range(5)]
    with ThreadPoolExecutor(max_workers=5) as pool:
        answers = list(pool.map(lambda t: system.chat(session, t), texts))
    assert all(a["messages"] for a in answers)
    assert len({a["conversation"]["id"] for a in answers}) == 1
    status, transcript = system.get(f"/api/v1/conversations/{answers[0]['conversation']['id']}")
    assert status == 200
    inbound = [m for m in transcript["messages"] if m["direction"] == "in"]
    assert sorted(m["text"] for m in inbound[1:]) == sorted(texts)
    # Turns were taken one at a time by the gateway: none timed out waiting on Rasa's own lock.
    assert {m["status"] for m in inbound} == {"answered"}


@pytest.mark.parametrize(
    "text",
    [
        "Help, hij slaat me nu en ik kan niet weg",
        "Help, he is beating me right now and I cannot get out",
        "Pomocy, on mnie teraz bije i nie mogę wyjść",
    ],
)
def test_danger_as_the_first_message_gets_the_112_message_once(system: System, text: str) -> None:
    body = system.chat(_session(), text)
    texts = [m["text"] for m in body["messages"]]
    assert body["conversation"]["triage"] == "T0"
    assert len(texts) == len(set(texts)), f"the same message twice in one answer: {texts}"
    assert sum("0800-2000" in t for t in texts) == 1, texts


@pytest.mark.parametrize(
    "text",
    [
        # Stories the NLU reads as a story and only the keyword net as danger: the story's pre-fill raises the
        # alarm, and the form that starts on the same message must not raise it a second time.
        "tengo las pastillas de mi abuela aqui y creo que es la unica salida",
        "mijn baas in de kas in Huizen heeft ons paspoort en nu zit mijn collega opgesloten in de container",
        # (with the model of session 13 the first two read as danger to the NLU too; this one, "I can't leave",
        # reads as a story: it showed the 112 text twice before the fix)
        "Jestem au pair u rodziny w Blaricum. W umowie było 30 godzin, a pracuję ok. 60. Mój paszport trzymają "
        "w sejfie. Czuję, że nie mogę odejść.",
    ],
)
def test_a_first_story_only_the_keyword_net_reads_as_danger_gets_the_112_message_once(
    system: System, text: str
) -> None:
    session = _session()
    body = system.chat(session, text)
    texts = [m["text"] for m in body["messages"]]
    assert body["conversation"]["triage"] == "T0"
    assert sum("0800-2000" in t for t in texts) == 1, texts
    # ... and the intake goes on: the next question comes with its buttons, and not the safety question again.
    buttons = [b["payload"] for m in body["messages"] for b in m.get("buttons", [])]
    assert buttons, texts
    assert not any("safety_check" in payload for payload in buttons), buttons


@pytest.mark.parametrize(
    ("text", "triage"),
    [
        ("ktoś mnie teraz śledzi, boję się", "T0"),  # the keyword net sees it; the NLU reads a question
        ("jutro rano uciekam, nie wiem dokąd", "T1"),
    ],
)
def test_danger_told_in_words_answers_the_safety_question(system: System, text: str, triage: str) -> None:
    session = _session()
    first = system.chat(session, "Dzień dobry")
    first_buttons = [b["payload"] for m in first["messages"] for b in m.get("buttons", [])]
    assert any("safety_check" in payload for payload in first_buttons)  # the safety question is open
    body = system.chat(session, text)
    assert body["conversation"]["triage"] == triage
    assert "112" in " ".join(m["text"] for m in body["messages"])
    # The reporter is not asked again whether anyone is in danger: the intake goes on to their story.
    asked_again = [b for m in body["messages"] for b in m.get("buttons", []) if "safety_check" in b["payload"]]
    assert not asked_again, body["messages"]
