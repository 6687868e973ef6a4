"""Bulgarian, Ukrainian and Russian typed in Latin letters are recognised as such from the first message."""

from __future__ import annotations

import uuid

import pytest

from channels.language import LanguageDetector
from tests.channels.conftest import GatewayClient

# Written for this test; the statistical model alone reads most of these as Polish, Romanian or Dutch.
LATIN_TYPED = [
    ("bg", "zdraveite, iskam da popitam neshto za edna moya priyatelka, tq raboti v edin restorant"),
    ("bg", "molq pomognete, shefat ni zakliuchi i ne moga da izlqza ot stayata"),
    ("uk", "dobryi den, meni potribno dopomoha, moia sestra pratsiuie u Naarden i vony zabraly yii pasport"),
    ("uk", "ya ne znaiu shcho robyty, vin kazhe shcho ya vynna yomu hroshi"),
    ("ru", "zdravstvuite, u menya vopros, moi brat rabotaet na stroike i emu ne platyat uzhe tri mesyatsa"),
    ("ru", "pomogite pozhaluista, menya ne vypuskayut iz kvartiry"),
    # Czech-style letters with diacritics, as some keyboards offer
    ("uk", "ščo meni robyty, hazjain zabrav pasport i kaže ščo ja vynna hroši"),
    ("uk", "dopomozhit, ja pratsjuju v simji, pryberaju i dyvljus za ditmy"),
]
# Latin-script languages with words that look alike ("nie", "mi", "ne", "tak", "ya") stay what they are.
NOT_LATIN_TYPED = [
    ("pl", "mój brat pracuje w magazynie i nie dostał pieniędzy, mi też nie płacą, tak jest"),
    ("ro", "nu ne lasa sa plecam, mi-au luat pasaportul si telefonul"),
    ("es", "ya no puedo más, mi jefe no me paga desde hace tres meses"),
    ("nl", "mijn zus werkt in een hotel en ze krijgt net niet genoeg betaald"),
]


@pytest.fixture(scope="module")
def detector() -> LanguageDetector:
    return LanguageDetector()


@pytest.mark.parametrize(("language", "text"), LATIN_TYPED + NOT_LATIN_TYPED)
def test_the_language_of_a_first_message(detector: LanguageDetector, language: str, text: str) -> None:
    detected = detector.detect(text)
    assert detected is not None
    assert detected[0] == language
    assert detector.is_confident(text, detected[1])


async def test_a_story_typed_in_latin_letters_is_answered_in_its_language(gateway: GatewayClient) -> None:
    text = "zdravstvuite, u menya vopros, moi brat rabotaet na stroike i emu ne platyat uzhe tri mesyatsa"
    response = await gateway.post("/api/v1/chat", json={"session": "t-" + uuid.uuid4().hex, "text": text})
    body = await response.json()
    assert body["conversation"]["language"] == "ru"
