"""`make bench`: turn latency of POST /api/v1/chat at 1 and 20 concurrent conversations, next to Rasa's
bare /model/parse and a direct Rasa turn in the same run; the gateway's overhead is the difference.

Starts the whole system as `make run` does (temporary data dir, free ports) and prints JSON.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import aiohttp

from tests.conftest import System, start_system

TURNS = 8  # per conversation: greeting, safety, story, role, form, place, anonymity, summary
STORY = "Mijn buurman laat mensen uit Polen in zijn garage in Huizen slapen en ze werken zonder loon"
PARSE_TEXTS = ["Hallo", "Is er nu gevaar?", STORY, "Ik ben de buurman", "Hilversum", "help me", "nee"]


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    cut = statistics.quantiles(ordered, n=100, method="inclusive")
    return {
        "n": len(ordered),
        "p50_ms": round(cut[49] * 1000, 1),
        "p95_ms": round(cut[94] * 1000, 1),
        "p99_ms": round(cut[98] * 1000, 1),
    }


def _next_text(messages: list[dict[str, Any]]) -> str:
    """What a hurried reporter does: the first button offered, else the story."""
    for message in reversed(messages):
        buttons = message.get("buttons") or []
        if buttons:
            return str(buttons[0]["payload"])
    return STORY


async def _gateway_conversation(http: aiohttp.ClientSession, url: str, samples: list[float]) -> None:
    session, text = "bench-" + uuid.uuid4().hex, "Hallo"
    for _ in range(TURNS):
        started = time.perf_counter()
        async with http.post(url + "/api/v1/chat", json={"session": session, "text": text}) as resp:
            body = await resp.json()
            assert resp.status == 200, body
        samples.append(time.perf_counter() - started)
        text = _next_text([{"buttons": m["buttons"]} for m in body["messages"]])


async def _rasa_conversation(http: aiohttp.ClientSession, url: str, token: str, samples: list[float]) -> None:
    sender, text = "bench-" + uuid.uuid4().hex, "Hallo"
    for _ in range(TURNS):
        started = time.perf_counter()
        async with http.post(
            url + "/webhooks/gateway/webhook",
            json={"sender": sender, "message": text, "metadata": {"channel": "api", "language": "nl"}},
            headers={"X-Gateway-Token": token},
        ) as resp:
            body = await resp.json()
        samples.append(time.perf_counter() - started)
        text = _next_text([m for m in body if isinstance(m, dict)])


async def _parse(http: aiohttp.ClientSession, url: str, token: str, samples: list[float], n: int) -> None:
    for i in range(n):
        started = time.perf_counter()
        async with http.post(
            url + "/model/parse", params={"token": token}, json={"text": PARSE_TEXTS[i % len(PARSE_TEXTS)]}
        ) as resp:
            await resp.json()
        samples.append(time.perf_counter() - started)


async def measure(system: System, concurrency: int, conversations: int) -> dict[str, Any]:
    rasa_url = f"http://127.0.0.1:{system.rasa_port}"
    token = (system.data_dir / "rasa.token").read_text().strip()
    parse: list[float] = []
    direct: list[float] = []
    gateway: list[float] = []
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120)) as http:
        for _ in range(2):  # warm-up
            await _gateway_conversation(http, system.base_url, [])
        await asyncio.gather(*(_parse(http, rasa_url, token, parse, TURNS * 2) for _ in range(concurrency)))
        rounds = max(1, conversations // concurrency)
        for _ in range(rounds):
            await asyncio.gather(*(_rasa_conversation(http, rasa_url, token, direct) for _ in range(concurrency)))
        for _ in range(rounds):
            await asyncio.gather(*(_gateway_conversation(http, system.base_url, gateway) for _ in range(concurrency)))
    result = {
        "concurrency": concurrency,
        "rasa_model_parse": _percentiles(parse),
        "rasa_turn_direct": _percentiles(direct),
        "gateway_chat_turn": _percentiles(gateway),
    }
    result["gateway_overhead_ms"] = {
        key: round(result["gateway_chat_turn"][key] - result["rasa_turn_direct"][key], 1)
        for key in ("p50_ms", "p95_ms", "p99_ms")
    }
    return result


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="meldpunt-bench-") as tmp:
        system = start_system(Path(tmp))
        try:
            results = [asyncio.run(measure(system, c, n)) for c, n in ((1, 10), (20, 40))]
        finally:
            system.stop()
    print(json.dumps({"turns_per_conversation": TURNS, "results": results}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
