"""The linkage-key extractor: every way people write a plate, number, postcode, address, KvK number, business
or account gives one normal form; dates, times, amounts, receipt codes and the help lines are never keys."""

from __future__ import annotations

import pytest

from meldpunt.linkkeys import extract_keys

POSITIVES = [
    # licence plates, every sidecode, with and without dashes or spaces, any case
    ("kenteken XX-123-Y", {("plate", "XX123Y")}),
    ("het was xx 123 y", {("plate", "XX123Y")}),
    ("een busje XX123Y", {("plate", "XX123Y")}),
    ("GB-12-34 en 12-34-GB en 12-GB-34", {("plate", "GB1234"), ("plate", "1234GB"), ("plate", "12GB34")}),
    ("BR-12-TL, BR-TL-12, 12-BR-TL", {("plate", "BR12TL"), ("plate", "BRTL12"), ("plate", "12BRTL")}),
    ("12-BRT-4 en 1-BRT-23", {("plate", "12BRT4"), ("plate", "1BRT23")}),
    ("G-123-BB en GBB-12-T", {("plate", "G123BB"), ("plate", "GBB12T")}),
    ("T-12-GBB, 1-TB-234 en 123-TB-4", {("plate", "T12GBB"), ("plate", "1TB234"), ("plate", "123TB4")}),
    ("kenteken: vg–123–k", {("plate", "VG123K")}),
    # phone numbers → E.164
    ("bel 06-12345678", {("phone", "+31612345678")}),
    ("+31 6 1234 5678", {("phone", "+31612345678")}),
    ("0031612345678", {("phone", "+31612345678")}),
    ("(06) 12345678", {("phone", "+31612345678")}),
    ("+31 (0)6 12345678", {("phone", "+31612345678")}),
    ("vast nummer 035-6123456", {("phone", "+31356123456")}),
    ("Polish number +48 512 345 678", {("phone", "+48512345678")}),
    ("0048 512 345 678", {("phone", "+48512345678")}),
    # postcodes → full postcode and postcode area
    ("1211 AB Hilversum", {("postcode", "1211AB"), ("postcode_area", "1211")}),
    ("postcode 1234 ab", {("postcode", "1234AB"), ("postcode_area", "1234")}),
    ("1234ab", {("postcode", "1234AB"), ("postcode_area", "1234")}),
    # street addresses
    ("ze woont op de Kerkstraat 12a", {("address", "kerkstraat 12a")}),
    ("Oude Amersfoortseweg 123", {("address", "oude amersfoortseweg 123")}),
    ("havenstraat 4-2", {("address", "havenstraat 4-2")}),
    (
        "Kerkstraat 12, 1211 ab Hilversum",
        {("address", "kerkstraat 12"), ("postcode", "1211AB"), ("postcode_area", "1211")},
    ),
    # KvK numbers
    ("KvK 12345678", {("kvk", "12345678")}),
    ("kvk-nummer: 1234 5678", {("kvk", "12345678")}),
    ("Kamer van Koophandel nr. 87654321", {("kvk", "87654321")}),
    # businesses and employment agencies
    ("via uitzendbureau FlexWork Holland in Hilversum", {("business", "flexwork holland")}),
    ("Schoonmaakbedrijf Glans B.V.", {("business", "glans")}),
    ("werkt bij Glans B.V. in Huizen", {("business", "glans")}),
    ("the agency Top Staff", {("business", "top staff")}),
    ("firma 4Work", {("business", "4work")}),
    ("bij flexwork BV", {("business", "flexwork")}),
    # online handles
    ("haar account is @lisa_x96.", {("handle", "lisa_x96")}),
    ("insta: mooiemeid", {("handle", "mooiemeid")}),
    ("snapchat lisa.x", {("handle", "lisa.x")}),
    ("instagram naam sweetgirl", {("handle", "sweetgirl")}),
    ("https://t.me/pimp_boss", {("handle", "pimp_boss")}),
    ("onlyfans.com/annabel", {("handle", "annabel")}),
    ("tiktok @Dancer.2000", {("handle", "dancer.2000")}),
]

NEGATIVES = [
    "bel 112 bij gevaar",
    "Veilig Thuis: 0800-2000, Meld Misdaad Anoniem 0800-7000, politie 0900-8844",
    "op 12-03-2024 om 13:45, en 1-3-24, 2024-03-12, 12 maart",
    "1-mrt-24",
    "ze verdient € 1.200,50 per maand, 350 euro, 1500 km",
    "In 2024 en 2025 gebeurde het, 1995 is lang geleden",
    "je code is 7KQ2M-4XZ9P-ABCD2-EFGH3",
    "code 7kq2m 4xz9p abcd2 efgh3",
    "12 km 30 en 2 st 100, kamer 12, 24/7, 3x per week",
    "bij de supermarkt 3 dagen, Amsterdam 2 weken, de weg 12 uur",
    "het bedrijf waar ze werkt, bij het uitzendbureau. Daarna niets",
    "dingen zoals bv schoonmaken",
    "op instagram heeft ze veel volgers; ik schrijf via Telegram omdat het veilig is",
    "mail naar iemand@example.nl",
    "BSN 123456782 en ordernummer 203456789",
    "IBAN NL91ABNA0417164300",
    "ABC123 en room12",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_keys_are_found_in_one_normal_form(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(key.kind, key.value) for key in extract_keys([text])} == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_ordinary_numbers_and_words_are_no_keys(text: str) -> None:
    assert extract_keys([text]) == []


def test_a_plate_written_three_ways_is_one_key_shown_with_its_dashes() -> None:
    keys = extract_keys(["XX-123-Y", "xx 123 y", "XX123Y"])
    assert [(k.kind, k.value, k.display) for k in keys] == [("plate", "XX123Y", "XX-123-Y")]


def test_structured_answers_of_a_known_kind_are_read_whole() -> None:
    fields = {
        "licence_plate": "gz 123 t",
        "business": "Flexwork B.V.",
        "handle": "@Lisa_X96",
        "phone": "06 1234 5678",
        "municipality": "hilversum",  # not a key field: ignored
        "forms": ["labour"],
    }
    assert {(k.kind, k.value) for k in extract_keys([], fields)} == {
        ("plate", "GZ123T"), ("business", "flexwork"), ("handle", "lisa_x96"), ("phone", "+31612345678"),
    }  # fmt: skip


def test_more_texts_add_keys_and_none_is_skipped() -> None:
    keys = extract_keys([None, "kenteken XX-123-Y", "", "en later belde 06-12345678"])
    assert {k.kind for k in keys} == {"plate", "phone"}
