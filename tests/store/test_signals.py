"""Signals: stored once per conversation, description encrypted, receipt code only as a slow hash."""

from __future__ import annotations

from cryptography.fernet import Fernet
from sqlalchemy import select

from store.crypto import FieldCipher
from store.db import Store
from store.models import Conversation, Signal
from store.receipts import hash_receipt
from store.signals import create_signal, signal_to_dict

FIELDS = {
    "channel": "api", "language": "en", "triage": "T2", "acute": False, "reporter_role": "neighbour",
    "anonymity": "confidential", "forms": ["labour"], "municipality": "huizen", "minors_involved": None,
    "indicators": [], "description": "Men sleep in the garage of the car wash",
}  # fmt: skip


def _conversation(store: Store, triage: str | None = None) -> str:
    with store.transaction() as session:
        conversation = Conversation(channel="api", reporter_pseudonym="p" * 64, triage=triage)
        session.add(conversation)
        session.flush()
        return conversation.id


def test_a_signal_is_stored_once_with_a_receipt_code(store: Store) -> None:
    conversation_id = _conversation(store)
    signal_id, code = create_signal(conversation_id, FIELDS, store)
    assert code is not None and len(code.replace("-", "")) == 20  # 100 bits in base32
    assert any(ch.isdigit() for ch in code)
    again_id, again_code = create_signal(conversation_id, FIELDS, store)
    assert (again_id, again_code) == (signal_id, None)
    with store.transaction() as session:
        [signal] = session.scalars(select(Signal)).all()
        assert signal.receipt_hash is not None and code not in signal.receipt_hash
        # Found again from what a reporter types (any case, any separators); a wrong code is not.
        assert hash_receipt(code.lower().replace("-", " "), store.receipt_salt) == signal.receipt_hash
        assert hash_receipt("AAAA2-AAAAA-AAAAA-AAAAA", store.receipt_salt) != signal.receipt_hash
        assert "garage" not in (signal.description_enc or "")
        record = signal_to_dict(signal, store.cipher)
    assert record["description"] == FIELDS["description"]
    assert record["forms"] == ["labour"] and record["municipality"] == "huizen"
    assert record["status"] == "new" and record["received_at"].endswith("+00:00")


def test_the_gateway_triage_wins_when_it_is_more_urgent(store: Store) -> None:
    conversation_id = _conversation(store, triage="T0")
    signal_id, _ = create_signal(conversation_id, FIELDS, store)
    with store.transaction() as session:
        assert session.get_one(Signal, signal_id).triage == "T0"


def test_another_key_cannot_read_the_description(store: Store) -> None:
    signal_id, _ = create_signal(_conversation(store), FIELDS, store)
    other = FieldCipher(Fernet.generate_key())
    with store.transaction() as session:
        encrypted = session.get_one(Signal, signal_id).description_enc
    assert encrypted is not None
    try:
        other.decrypt(encrypted)
    except ValueError as exc:
        assert "cannot be decrypted" in str(exc)
    else:
        raise AssertionError("a different key decrypted the description")
