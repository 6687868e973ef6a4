"""Links between signals in the store: keyed hashes only, suggested across municipalities and channels,
rebuilt from the stored texts without losing decisions; and the region a signal gets at creation."""

from __future__ import annotations

from sqlalchemy import delete, inspect, select, text

from store.db import Store
from store.linkage import SignalKey, SignalLink
from store.links import rebuild
from store.models import Conversation, Signal
from store.signals import create_signal


def _signal(store: Store, channel: str, municipality: str, description: str) -> str:
    with store.transaction() as session:
        conversation = Conversation(channel=channel, reporter_pseudonym=channel[:1] * 64)
        session.add(conversation)
        session.flush()
        conversation_id = conversation.id
    fields = {"description": description, "municipality": municipality, "forms": ["labour"], "triage": "T2"}
    return create_signal(conversation_id, fields, store)[0]


def _links(store: Store) -> dict[frozenset[str], list[str]]:
    with store.transaction() as session:
        return {frozenset((link.signal_a, link.signal_b)): link.kinds for link in session.scalars(select(SignalLink))}


def test_three_signals_naming_one_plate_differently_are_linked_and_a_fourth_is_not(store: Store) -> None:
    one = _signal(store, "webchat", "hilversum", "Een wit busje met kenteken XX-123-Y haalt ze op.")
    two = _signal(store, "sms", "huizen", "ik zag het busje, xx 123 y, bij de kas")
    three = _signal(store, "telegram", "almere", "De auto XX123Y staat elke nacht voor de deur")
    four = _signal(store, "api", "hilversum", "Mannen slapen in de garage, busje GZ-456-T")
    assert _links(store) == {
        frozenset((one, two)): ["plate"],
        frozenset((one, three)): ["plate"],
        frozenset((two, three)): ["plate"],
    }
    assert all(four not in pair for pair in _links(store))
    with store.transaction() as session:
        regions = {signal_id: region for signal_id, region in session.execute(select(Signal.id, Signal.region))}
    assert regions == {one: "gooi_vechtstreek", two: "gooi_vechtstreek", three: "flevoland", four: "gooi_vechtstreek"}


def test_no_table_holds_a_linkage_value_in_the_clear(store: Store) -> None:
    raw = ["XX-123-Y", "XX123Y", "0612345678", "+31612345678", "1211AB", "1211 AB", "Kerkstraat 12", "kerkstraat",
           "12345678", "FlexWork", "flexwork", "lisa_x96"]  # fmt: skip
    _signal(store, "webchat", "hilversum", "XX-123-Y, bel 06-12345678, Kerkstraat 12, 1211 AB, KvK 12345678,"
            " uitzendbureau FlexWork, @lisa_x96")  # fmt: skip
    _signal(store, "sms", "laren", "xx 123 y en 0612345678")
    with store.transaction() as session:
        assert session.scalar(select(SignalKey.id).limit(1)) is not None
        assert len(_links(store)) == 1
        for table in inspect(store.engine).get_table_names():
            for row in session.execute(text(f"SELECT * FROM {table}")):
                cells = " ".join(str(cell) for cell in row).lower()
                for value in raw:
                    assert value.lower() not in cells, (table, value)
        # The value is kept encrypted in the signal that holds it, for its staff.
        shown = {store.cipher.decrypt(v) for v in session.scalars(select(SignalKey.value_enc))}
    assert {"XX-123-Y", "+31 6 12345678", "Kerkstraat 12", "1211 AB", "12345678", "FlexWork", "@lisa_x96"} <= shown


def test_keys_are_keyed_hashes_that_another_master_key_does_not_reproduce(store: Store) -> None:
    from meldpunt.linkkeys import LinkKey
    from meldpunt.settings import Settings
    from store.links import key_hash

    plate = LinkKey("plate", "XX123Y", "XX-123-Y")
    other = Store(Settings(data_dir=store.settings.data_path / "other"), "sqlite://")
    try:
        assert key_hash(store, plate) != key_hash(other, plate)
    finally:
        other.close()
    assert key_hash(store, plate) == key_hash(store, LinkKey("plate", "XX123Y", "xx 123 y"))
    assert key_hash(store, plate) != key_hash(store, LinkKey("kvk", "XX123Y", ""))  # the kind is part of the key


def test_a_postcode_area_alone_links_nothing_but_is_named_beside_a_stronger_key(store: Store) -> None:
    one = _signal(store, "webchat", "hilversum", "Het huis op 1211 AB")
    two = _signal(store, "webchat", "hilversum", "ergens in 1211 CD")
    assert _links(store) == {}
    three = _signal(store, "webchat", "hilversum", "1211 EF, bel 06-12345678")
    four = _signal(store, "webchat", "hilversum", "1211 GH en 0612345678")
    assert _links(store) == {frozenset((three, four)): ["phone", "postcode_area"]}
    assert one and two


def test_rebuild_recomputes_links_and_keeps_decisions(store: Store) -> None:
    one = _signal(store, "webchat", "hilversum", "kenteken XX-123-Y")
    two = _signal(store, "sms", "huizen", "xx123y")
    three = _signal(store, "sms", "laren", "bel 06-12345678")
    four = _signal(store, "sms", "blaricum", "bel 0612345678")
    with store.transaction() as session:
        link = session.scalars(select(SignalLink).where(SignalLink.signal_a.in_((one, two)))).one()
        link.a_decision = link.b_decision = "dismissed"
        session.execute(delete(SignalKey))  # as if the keys were lost
        a, b = sorted((one, three))
        session.add(SignalLink(signal_a=a, signal_b=b, kinds=["plate"]))  # undecided, and no longer supported
    assert rebuild(store) == {"signals": 4, "keys": 4, "links": 2, "removed": 1}
    with store.transaction() as session:
        links = {frozenset((x.signal_a, x.signal_b)): x for x in session.scalars(select(SignalLink))}
        assert links[frozenset((one, two))].status == "dismissed"
        assert links[frozenset((three, four))].kinds == ["phone"]
        assert session.scalar(select(SignalKey.id).where(SignalKey.signal_id == four)) is not None
