"""The retention purge deletes what is past its term — transcript, contact details, signal, audit log — and
records in the audit log that it did; what is within its term stays."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from store.db import Store
from store.exchange import ExchangeDelivery
from store.models import AuditEntry, Contact, Conversation, Delivery, FollowUp, Message, ReceiptAttempt, Signal, utcnow
from store.retention import purge
from store.staff import SignalNote
from tests.exchange.conftest import meldpunt
from tests.retention.conftest import SECRET_WORDS, conversation, everything_decryptable, signal, tracker_table


def _count(store: Store, model: object, *where: object) -> int:
    with store.transaction() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0  # type: ignore[arg-type]


def _purges(store: Store) -> list[AuditEntry]:
    with store.transaction() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == "retention.purged")))


def _trackers(store: Store) -> list[str]:
    engine, table = tracker_table(store)
    with engine.connect() as conn:
        ids = [row[0] for row in conn.execute(select(table.c.sender_id))]
    engine.dispose()
    return ids


def _files(store: Store) -> bytes:
    data = store.settings.data_path
    return b"".join(p.read_bytes() for p in sorted(data.iterdir()) if p.suffix in (".db", ".db-wal") or
                    p.name.endswith((".db-wal", ".db-journal")))  # fmt: skip


def test_after_its_term_the_transcript_is_gone_and_the_purge_is_in_the_audit_log(store: Store) -> None:
    old = conversation(store, ended=timedelta(days=31), contact_age=timedelta(days=31))
    assert any(SECRET_WORDS[0] in text for text in everything_decryptable(store))
    if store.engine.dialect.name == "sqlite":  # the files hold the ciphertext before the purge
        assert all(token.encode() in _files(store) for token in old.ciphertexts)
    counts = purge(store)

    assert counts["transcript"] == {"conversations": 1, "messages": 3, "provider_sends": 1, "trackers": 1,
                                    "idle_closed": 0}  # fmt: skip
    assert _count(store, Message, Message.conversation_id == old.conversation_id) == 0
    assert _count(store, Delivery) == 0 and _count(store, Contact) == 0
    assert _trackers(store) == []
    # Nothing the key can decrypt is left of it, in any table of the store or in Rasa's tracker store …
    assert everything_decryptable(store) == []
    # … nor in the database files themselves (SQLite: secure_delete and a truncated write-ahead log).
    if store.engine.dialect.name == "sqlite":
        raw = _files(store)
        assert b"SQLite format 3" in raw and not any(token.encode() in raw for token in old.ciphertexts)
    with store.transaction() as session:
        shell = session.get_one(Conversation, old.conversation_id)
        assert shell.transcript_deleted_at is not None and shell.reporter_pseudonym == ""
    [entry] = _purges(store)
    assert entry.actor == "retention" and entry.object_id is None
    assert entry.detail["transcript"]["messages"] == 3 and entry.detail["contact"]["contacts"] == 1
    assert SECRET_WORDS[0] not in str(entry.detail)
    assert purge(store)["transcript"]["conversations"] == 0 and len(_purges(store)) == 1  # nothing left, no entry


def test_contact_details_go_after_their_term_even_while_the_conversation_stays_open(store: Store) -> None:
    idle = conversation(store, ended=timedelta(days=15), closed=False, contact_age=timedelta(days=15))
    fresh = conversation(store, ended=timedelta(days=2), closed=False, contact_age=timedelta(days=13))
    with store.transaction() as session:
        session.add(ReceiptAttempt(reporter_pseudonym="a" * 64, at=utcnow() - timedelta(days=2)))
        session.add(ReceiptAttempt(reporter_pseudonym="b" * 64, at=utcnow() - timedelta(hours=2)))
    counts = purge(store)
    assert counts["contact"] == {"contacts": 1, "receipt_attempts": 1}
    with store.transaction() as session:
        assert session.get(Contact, idle.conversation_id) is None
        assert session.get(Contact, fresh.conversation_id) is not None
        assert [a.reporter_pseudonym for a in session.scalars(select(ReceiptAttempt))] == ["b" * 64]
    assert _count(store, Message, Message.conversation_id == idle.conversation_id) == 3  # the transcript stays
    assert SECRET_WORDS[1] in everything_decryptable(store)  # the fresh one's number, still needed
    assert _purges(store)[0].detail["contact"] == {"contacts": 1, "receipt_attempts": 1}


def test_data_within_their_term_are_kept(store: Store) -> None:
    conversation(store, ended=timedelta(days=29), contact_age=timedelta(days=13))
    idle = conversation(store, ended=timedelta(days=29), closed=False)
    signal(store, received=timedelta(days=700), anonymity="anonymous", triage="T3")  # advice: 2 years
    signal(store, received=timedelta(days=3000))  # melding: 20 years
    # A melding received 21 years ago whose case closed a year ago: the term counts from the closing.
    signal(store, received=timedelta(days=21 * 365), case={"afgesloten_op": utcnow() - timedelta(days=365)})
    with store.transaction() as session:
        session.add(AuditEntry(actor="x", action="y", object_type="z", at=utcnow() - timedelta(days=7000)))
    before = everything_decryptable(store)
    counts = purge(store)
    assert all(not any(n for n in found.values()) for found in counts.values()), counts
    assert sorted(everything_decryptable(store)) == sorted(before)
    assert _purges(store) == []
    with store.transaction() as session:
        assert session.get_one(Conversation, idle.conversation_id).state == "bot"


def test_signals_go_after_their_term_with_everything_that_hangs_on_them(store: Store) -> None:
    advice = signal(store, received=timedelta(days=731), anonymity="anonymous", triage="T3")
    melding = signal(store, received=timedelta(days=7306))
    # An anonymous signal on which Veilig Thuis took a decision is kept as a melding.
    decided = signal(store, received=timedelta(days=731), anonymity="anonymous", case={"vb_besluit": "politie"})
    with store.transaction() as session:
        session.add(ExchangeDelivery(partner="p", signal_id=advice, status="delivered"))
    counts = purge(store)
    assert counts["signal"]["signals"] == 2 and counts["signal"]["followups"] == 2 and counts["signal"]["notes"] == 2
    assert counts["signal"]["exchange_deliveries"] == 1
    with store.transaction() as session:
        assert {s.id for s in session.scalars(select(Signal))} == {decided}
        kept_conversation = session.get_one(Signal, decided).conversation_id
        assert session.get(Signal, melding) is None
    assert _count(store, FollowUp) == 1 and _count(store, SignalNote) == 1
    # Their conversations went with them (rows, transcripts and trackers).
    assert _count(store, Conversation) == 1 and _trackers(store) == [kept_conversation]
    left = everything_decryptable(store)
    assert left.count("nog iets") == 1 and left.count("gebeld") == 1
    assert _purges(store)[0].detail["signal"]["signals"] == 2


def test_an_idle_open_conversation_is_closed_when_its_transcript_goes(store: Store) -> None:
    idle = conversation(store, ended=timedelta(days=31), closed=False, contact_age=timedelta(days=31))
    counts = purge(store)
    assert counts["transcript"]["idle_closed"] == 1
    with store.transaction() as session:
        row = session.get_one(Conversation, idle.conversation_id)
        assert row.state == "closed" and row.closed_at is not None


def test_old_audit_entries_go_and_the_purge_says_how_many(store: Store) -> None:
    with store.transaction() as session:
        session.add(
            AuditEntry(actor="x", action="signal.viewed", object_type="signal", at=utcnow() - timedelta(days=7306))
        )
        session.add(
            AuditEntry(actor="x", action="signal.viewed", object_type="signal", at=utcnow() - timedelta(days=7000))
        )
    assert purge(store)["audit"] == {"entries": 1}
    assert _purges(store)[0].detail["audit"] == {"entries": 1}
    assert _count(store, AuditEntry, AuditEntry.action == "signal.viewed") == 1


def test_the_terms_are_settings(store: Store) -> None:
    made = conversation(store, ended=timedelta(days=8))
    store.settings = store.settings.model_copy(update={"retention_transcript_days": 7})
    assert purge(store)["transcript"]["messages"] == 3
    assert _count(store, Message, Message.conversation_id == made.conversation_id) == 0


def test_a_dry_run_counts_and_deletes_nothing(store: Store) -> None:
    conversation(store, ended=timedelta(days=40), contact_age=timedelta(days=40))
    signal(store, received=timedelta(days=800), anonymity="anonymous", triage="T3")
    before = everything_decryptable(store)
    counts = purge(store, dry_run=True)
    assert counts["transcript"]["conversations"] == 1 and counts["transcript"]["trackers"] == 1
    assert counts["signal"] == {"signals": 1} and counts["contact"]["contacts"] == 1
    assert sorted(everything_decryptable(store)) == sorted(before)
    assert _purges(store) == []


async def test_meldpunt_purge_counts_with_dry_run_and_deletes_without(store: Store) -> None:
    made = conversation(store, ended=timedelta(days=31))
    code, out, err = await meldpunt(store, "purge", "--dry-run")
    assert code == 0, err
    assert "would delete (dry run, nothing deleted):" in out and "transcript: conversations 1, messages 3" in out
    assert _count(store, Message, Message.conversation_id == made.conversation_id) == 3 and _purges(store) == []
    code, out, err = await meldpunt(store, "purge")
    assert code == 0, err
    assert "deleted:" in out and "transcript: conversations 1, messages 3, provider_sends 1, trackers 1" in out
    assert _count(store, Message) == 0
    assert [e.actor for e in _purges(store)] == ["cli"]
