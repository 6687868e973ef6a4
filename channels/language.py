"""Language detection in the gateway, restricted to the languages the assistant speaks.

lingua ships its models inside the wheel, so detection works offline.
"""

from __future__ import annotations

import re

from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

from meldpunt.vocab import normalise

SUPPORTED = ("nl", "en", "pl", "ro", "bg", "uk", "ru", "es")
# Languages the assistant does not speak but for which the safety message exists (channels/texts.py).
SAFETY_ONLY = ("hu", "fr", "pt", "ar", "ti", "vi", "zh")
_SAFETY_ONLY_LINGUA = {
    "hu": Language.HUNGARIAN, "fr": Language.FRENCH, "pt": Language.PORTUGUESE, "ar": Language.ARABIC,
    "vi": Language.VIETNAMESE, "zh": Language.CHINESE,
}  # fmt: skip
_ETHIOPIC = re.compile(r"[\u1200-\u137F]")  # Tigrinya's script (lingua has no Tigrinya model)
_NON_LATIN_SAFETY_ONLY = ("ar", "zh")
DEFAULT = "nl"
_LINGUA = {
    "nl": Language.DUTCH, "en": Language.ENGLISH, "pl": Language.POLISH, "ro": Language.ROMANIAN,
    "bg": Language.BULGARIAN, "uk": Language.UKRAINIAN, "ru": Language.RUSSIAN, "es": Language.SPANISH,
}  # fmt: skip
_WORD = re.compile(r"\w+", re.UNICODE)
# Statistical detection cannot tell "hallo" from "hello" from one word; people often open with just that.
_GREETINGS = {
    "nl": "hallo hoi hoy goedemorgen goedemiddag goedenavond dag hulp help-me alstublieft",
    "en": "hello hi hey morning evening please",
    "pl": "cześć czesc dzień dobry witam pomocy pomoc",
    "ro": "bună buna salut ziua ajutor",
    "bg": "здравей здравейте здрасти помощ добър ден",
    "uk": "привіт вітаю допоможіть добрий день",
    "ru": "привет здравствуйте здрасте здрасьте помогите добрый день",
    "es": "hola buenas buenos días ayuda",
}
_GREETING_LANGUAGE = {word: lang for lang, words in _GREETINGS.items() for word in words.split()}
# Bulgarian, Ukrainian and Russian typed in Latin letters (no Cyrillic keyboard, a borrowed phone) look like
# Polish or Romanian to the statistical models. Frequent words of each, as people spell them in chat, that
# are not words of the Latin-script languages; two or more of one language decide it.
_TRANSLIT: dict[str, str] = {
    "bg": "az moga moje mozhe shte 6te che sam sme ste tova tozi tazi kakvo zdraveite zdravei zdravey pomosht "
    "pomogni pomognete molq molia molya iskam utre dnes tuk kade kude nqkoi nyakoi imam nqma nyama edin edna "
    "edno zashtoto zashto koito kogato veche samo mnogo tqh tyah kazaha vzeha izlqza izlyaza mislq mislia toi "
    "tya ima triabva tryabva trqbva raboti zhivee sega oshte vsichko nishto nikoi moiat moyat",
    "uk": "shcho scho mene meni dopomozhit dopomozhitʹ bud laska tse vony vin vona pryvit sohodni sogodni "
    "syohodni mozhu yii yiyi kudy nemaie nemaye vzhe tilky duzhe chy khto skilky iakshcho yakshcho koly bulo "
    "bula buv kazhe kazhut zaraz potribno pratsiuvaty pratsiuiu pratsiuie pratsyuyu pratsiuiut hroshi liudy "
    "lyudy yikh ikh znovu shchodnia vvecheri mozhemo tezh takozh zhinka khlopets ljudy robyty pratsjuju pryberaju "
    "dyvljus ditmy simji vidpratsjuju pyshu xoch sco scho vsix zachynyv hazjain dopomozhit",
    "ru": "menya menia mne chto shto chtoby pomogite pozhaluista pojaluista pozhalujsta pozhaluysta zdravstvuite "
    "zdravstvuyte privet segodnya segodnia seichas sejchas sechas nochyu kuda gde ochen tolko teper potomu "
    "hochu khochu mogu mozhno mojno muj muzh eto uzhe uje nado nuzhno nujno byl byla skazal skazali govorit "
    "deneg dengi chelovek yego nikto nichego kogda pochemu yesli esli rabotaet rabotayu rabotaem znayu dlya "
    "nikogda dolzhen doljen vecherom kazhdyi kazhdyj kakie zhivet",
}
_TRANSLIT_LANGUAGE: dict[str, set[str]] = {}
for _lang, _words in _TRANSLIT.items():
    for _word in _words.split():
        _TRANSLIT_LANGUAGE.setdefault(_word, set()).add(_lang)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


class LanguageDetector:
    def __init__(self, min_confidence: float = 0.6) -> None:
        self._detector = (
            LanguageDetectorBuilder.from_languages(*_LINGUA.values()).with_preloaded_language_models().build()
        )
        self._min_confidence = min_confidence
        # A wider detector, used only to recognise a language the assistant does not speak.
        self._wide = LanguageDetectorBuilder.from_languages(*_LINGUA.values(), *_SAFETY_ONLY_LINGUA.values()).build()

    def detect(self, text: str) -> tuple[str, float] | None:
        """The most likely supported language and its confidence, or None for text without words."""
        if text.startswith("/") or not _WORD.search(text):
            return None  # a button payload or only digits/emoji
        words = [w.lower() for w in _WORD.findall(text)]
        if len(words) <= 3 and words:
            known = {_GREETING_LANGUAGE.get(w) for w in words} - {None}
            if len(known) == 1:
                return str(known.pop()), 1.0
        if translit := _translit_language(words):
            return translit
        values = self._detector.compute_language_confidence_values(text)
        if not values:
            return None
        best = values[0]
        code = best.language.iso_code_639_1
        return _code(code), best.value

    def safety_only_language(self, text: str) -> str | None:
        """A language we only have the safety message for, when the text is clearly in it."""
        if text.startswith("/"):
            return None
        if _ETHIOPIC.search(text):
            return "ti"
        values = self._wide.compute_language_confidence_values(text)
        if not values:
            return None
        code = _code(values[0].language.iso_code_639_1)
        if code not in SAFETY_ONLY or values[0].value < 0.8:
            return None
        return code if code in _NON_LATIN_SAFETY_ONLY or len(_WORD.findall(text)) >= 3 else None

    def is_confident(self, text: str, confidence: float) -> bool:
        """Sure enough to keep for the whole conversation: a sentence, or one unmistakable word."""
        words = len(_WORD.findall(text))
        return confidence >= 0.9 or (confidence >= self._min_confidence and words >= 3)


def _translit_language(words: list[str]) -> tuple[str, float] | None:
    """Bulgarian, Ukrainian or Russian typed in Latin letters, when two or more of its chat words say so
    (three or more: sure)."""
    if any(_CYRILLIC.search(word) for word in words):
        return None
    counts = {lang: 0 for lang in _TRANSLIT}
    for word in (normalise(word) for word in words):  # diacritics dropped: "ščo", "choču" (Czech-style letters)
        for lang in _TRANSLIT_LANGUAGE.get(word, ()):
            counts[lang] += 1
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    (best, n), (_, second) = ranked[0], ranked[1]
    if n < 2 or n == second:
        return None
    return best, 0.95 if n >= 3 else 0.7


def _code(code: IsoCode639_1) -> str:
    return str(code.name).lower()


def normalise_hint(hint: str | None) -> str | None:
    if not hint:
        return None
    code = hint.strip().lower().replace("_", "-").split("-")[0]
    return code if code in SUPPORTED else None
