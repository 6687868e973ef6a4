"""Links between signals: linkage keys stored as keyed hashes, and the signals that share one.

At creation (store/signals.py) a signal's texts go through meldpunt.linkkeys; each key is stored as
HMAC-SHA256(kind + normal form) with a key derived for this purpose only (meldpunt.keys, "linkage"), and
its value only encrypted in the signal's own row. Every other signal with the same hash, in any
municipality, channel or region, becomes a suggested link. `rebuild` recomputes everything from the stored
texts (`meldpunt links rebuild`), keeping the decisions staff already made.
"""

from __future__ import annotations

import hashlib
import hmac
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from meldpunt.keys import derive_key
from meldpunt.linkkeys import KINDS, WEAK_KINDS, LinkKey, extract_keys
from store.db import Store
from store.linkage import SignalKey, SignalLink
from store.models import Signal


def key_hash(store: Store, key: LinkKey) -> str:
    secret = derive_key(store.settings, "linkage")
    return hmac.new(secret, f"{key.kind}\x00{key.value}".encode(), hashlib.sha256).hexdigest()


def add_keys(
    session: Session, store: Store, signal_id: str, texts: Iterable[str | None], fields: Mapping[str, Any] | None = None
) -> int:
    """Extract the keys of more texts of a signal (its description, a follow-up, a details answer), store the
    new ones and suggest links for them. Returns how many keys were new."""
    known = set(session.scalars(select(SignalKey.key_hash).where(SignalKey.signal_id == signal_id)))
    added = 0
    for key in extract_keys(texts, fields):
        digest = key_hash(store, key)
        if digest in known:
            continue
        known.add(digest)
        session.add(SignalKey(signal_id=signal_id, kind=key.kind, key_hash=digest,
                              value_enc=store.cipher.encrypt(key.display)))  # fmt: skip
        added += 1
    if added:
        session.flush()
        suggest_links(session, signal_id)
    return added


def _ordered(one: str, other: str) -> tuple[str, str]:
    return (one, other) if one < other else (other, one)


def shared_kinds(session: Session, signal_id: str) -> dict[str, set[str]]:
    """Other signals that share a key with this one → the kinds they share (weak kinds only beside a strong one)."""
    mine = select(SignalKey.key_hash).where(SignalKey.signal_id == signal_id).scalar_subquery()
    rows = session.execute(
        select(SignalKey.signal_id, SignalKey.kind).where(
            SignalKey.key_hash.in_(mine), SignalKey.signal_id != signal_id
        )
    ).all()
    shared: dict[str, set[str]] = defaultdict(set)
    for other, kind in rows:
        shared[other].add(kind)
    return {other: kinds for other, kinds in shared.items() if kinds - WEAK_KINDS}


def _kind_order(kinds: Iterable[str]) -> list[str]:
    return sorted(kinds, key=lambda k: KINDS.index(k) if k in KINDS else len(KINDS))


def suggest_links(session: Session, signal_id: str) -> list[SignalLink]:
    """Create or update the links of one signal to every signal it shares a key with."""
    links = []
    for other, kinds in shared_kinds(session, signal_id).items():
        a, b = _ordered(signal_id, other)
        link = session.scalar(select(SignalLink).where(SignalLink.signal_a == a, SignalLink.signal_b == b))
        if link is None:
            link = SignalLink(signal_a=a, signal_b=b, kinds=_kind_order(kinds))
            session.add(link)
        elif set(link.kinds) != kinds:
            link.kinds = _kind_order(kinds)
        links.append(link)
    session.flush()
    return links


def signal_texts(store: Store, signal: Signal) -> list[str]:
    """The stored texts of a signal that keys are taken from (what `rebuild` reads)."""
    return [store.cipher.decrypt(signal.description_enc)] if signal.description_enc else []


def rebuild(store: Store) -> dict[str, int]:
    """Extract every signal's keys again and recompute every link. Decided links are kept (a dismissal stays
    a dismissal); undecided links whose signals no longer share a key are removed."""
    with store.transaction() as session:
        session.execute(delete(SignalKey))
        signals = session.scalars(select(Signal).order_by(Signal.received_at)).all()
        keys = 0
        for signal in signals:
            for key in extract_keys(signal_texts(store, signal)):
                session.add(SignalKey(signal_id=signal.id, kind=key.kind, key_hash=key_hash(store, key),
                                      value_enc=store.cipher.encrypt(key.display)))  # fmt: skip
                keys += 1
        session.flush()
        by_hash: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for signal_id, kind, digest in session.execute(select(SignalKey.signal_id, SignalKey.kind, SignalKey.key_hash)):
            by_hash[digest].append((signal_id, kind))
        pairs: dict[tuple[str, str], set[str]] = defaultdict(set)
        for holders in by_hash.values():
            for i, (one, kind) in enumerate(holders):
                for other, _ in holders[i + 1 :]:
                    pairs[_ordered(one, other)].add(kind)
        pairs = {pair: kinds for pair, kinds in pairs.items() if kinds - WEAK_KINDS}
        existing = {(link.signal_a, link.signal_b): link for link in session.scalars(select(SignalLink))}
        removed = 0
        for pair, link in existing.items():
            if pair in pairs:
                if set(link.kinds) != pairs[pair]:
                    link.kinds = _kind_order(pairs[pair])
            elif link.a_decision is None and link.b_decision is None:
                session.delete(link)
                removed += 1
        for pair, kinds in pairs.items():
            if pair not in existing:
                session.add(SignalLink(signal_a=pair[0], signal_b=pair[1], kinds=_kind_order(kinds)))
        return {"signals": len(signals), "keys": keys, "links": len(pairs), "removed": removed}


def links_of(session: Session, signal_ids: Iterable[str]) -> list[SignalLink]:
    ids = list(signal_ids)
    if not ids:
        return []
    return list(
        session.scalars(select(SignalLink).where(or_(SignalLink.signal_a.in_(ids), SignalLink.signal_b.in_(ids))))
    )
