"""The scheduled retention purge in the running gateway: a minute after start-up and then every
`retention_interval` seconds (default hourly; 0 = off, e.g. when a cron job runs `meldpunt purge` instead)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator

from aiohttp import web

from channels.keys import SETTINGS, STORE
from store.db import Store
from store.retention import purge

log = logging.getLogger(__name__)

PURGER = web.AppKey("retention_purger", asyncio.Task[None])
FIRST_RUN_AFTER = 60.0


async def _pause(stop: asyncio.Event, seconds: float) -> None:
    try:
        await asyncio.wait_for(stop.wait(), seconds)
    except TimeoutError:
        pass


async def _every(store: Store, interval: float, stop: asyncio.Event) -> None:
    # The first run a little after start-up (not during it), and soon enough that frequent restarts never
    # skip it.
    await _pause(stop, min(interval, FIRST_RUN_AFTER))
    while not stop.is_set():
        try:
            counts = await asyncio.to_thread(purge, store)
            deleted = {kind: n for kind, found in counts.items() if (n := sum(found.values()))}
            if deleted:
                log.info("retention: purged %s", deleted)  # counts only
        except Exception:
            log.exception("retention: the purge failed; trying again at the next interval")
        await _pause(stop, interval)


async def _purger(app: web.Application) -> AsyncIterator[None]:
    interval = app[SETTINGS].retention_interval
    if interval <= 0:
        yield
        return
    stop = asyncio.Event()
    app[PURGER] = asyncio.create_task(_every(app[STORE], interval, stop))
    yield
    stop.set()  # a purge under way finishes (its transaction) before the store closes
    await app[PURGER]


def setup(app: web.Application) -> None:
    app.cleanup_ctx.append(_purger)
