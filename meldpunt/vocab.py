"""The intake's domain vocabulary: canonical values, their labels per language, and typed-answer matching.

Canonical values are the ones in docs/signal.schema.json. Everything a reporter may type is matched against
the keyword tables of *every* language (people mix languages), so a language is added by adding one entry
to each `*_KEYWORDS` table (and to `LABELS`/`FIELD_LABELS`); no code changes are needed.

Keyword phrases are written in lower case; they are normalised like the text (diacritics and punctuation
removed). A phrase ending in `*` also matches longer words (`seks*` matches "seksueel").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Final, Literal

# The languages the bot speaks now, and the ones the domain and keyword tables are structured for.
BOT_LANGUAGES: Final = ("nl", "en")
LANGUAGES: Final = ("nl", "en", "pl", "ro", "bg", "uk", "ru", "es")
DEFAULT_LANGUAGE: Final = "nl"

FORMS: Final = (
    "sexual",
    "labour",
    "criminal",
    "begging",
    "domestic_servitude",
    "organ_removal",
    "forced_marriage",
    "surrogacy",
    "illegal_adoption",
    "unknown",
)
# Asked with one button each; the rarer forms sit behind "something else" (OTHER_FORMS_CHOICE).
MAIN_FORMS: Final = ("sexual", "labour", "criminal", "begging", "domestic_servitude")
RARE_FORMS: Final = ("organ_removal", "forced_marriage", "surrogacy", "illegal_adoption")
OTHER_FORMS_CHOICE: Final = "other"  # a button value only, never stored

REPORTER_ROLES: Final = (
    "victim",
    "relative",
    "friend",
    "neighbour",
    "colleague",
    "client",
    "professional",
    "other",
)
MUNICIPALITIES: Final = (
    "hilversum",
    "gooise_meren",
    "huizen",
    "blaricum",
    "laren",
    "wijdemeren",
    "eemnes",
    "other",
    "unknown",
)
REGION_MUNICIPALITIES: Final = MUNICIPALITIES[:7]
ANONYMITY_LEVELS: Final = ("anonymous", "confidential", "open")
TRIAGE_LEVELS: Final = ("T0", "T1", "T2", "T3", "T4")
SAFETY_ANSWERS: Final = ("now", "within_24h", "no")

SafetyMatch = Literal["now", "within_24h", "no", "unknown"]

# Phone numbers the texts refer to (domain.md §3.6).
PHONE_EMERGENCY: Final = "112"
PHONE_VEILIG_THUIS: Final = "0800-2000"

# ---------------------------------------------------------------------------------------------------------
# Labels: what the reporter sees on buttons and in the summary.

LABELS: Final[dict[str, dict[str, dict[str, str]]]] = {
    "nl": {
        "safety_check": {
            "now": "Ja, nu",
            "within_24h": "In de komende 24 uur",
            "no": "Nee",
            "unknown": "Weet ik niet",
        },
        "reporter_role": {
            "victim": "Het gaat over mij",
            "relative": "Familie of partner",
            "friend": "Vriend of vriendin",
            "neighbour": "Buurman of buurvrouw",
            "colleague": "Collega",
            "client": "Klant",
            "professional": "Ik ken het via mijn werk (professional)",
            "other": "Iemand anders",
        },
        "forms": {
            "sexual": "Seks, ook online",
            "labour": "Werk",
            "criminal": "Strafbare dingen doen",
            "begging": "Bedelen",
            "domestic_servitude": "Huishoudelijk werk in een huis",
            "organ_removal": "Organen afstaan",
            "forced_marriage": "Gedwongen trouwen",
            "surrogacy": "Gedwongen zwanger worden (draagmoeder)",
            "illegal_adoption": "Een kind moeten afstaan",
            "other": "Iets anders",
            "unknown": "Weet ik niet",
        },
        "municipality": {
            "hilversum": "Hilversum",
            "gooise_meren": "Gooise Meren (Bussum, Naarden, Muiden)",
            "huizen": "Huizen",
            "blaricum": "Blaricum",
            "laren": "Laren",
            "wijdemeren": "Wijdemeren (Loosdrecht, Kortenhoef)",
            "eemnes": "Eemnes",
            "other": "Andere gemeente",
            "unknown": "Weet ik niet",
        },
        "anonymity": {
            "anonymous": "Anoniem",
            "confidential": "Vertrouwelijk",
            "open": "Open",
        },
    },
    "en": {
        "safety_check": {
            "now": "Yes, now",
            "within_24h": "In the next 24 hours",
            "no": "No",
            "unknown": "I don't know",
        },
        "reporter_role": {
            "victim": "It is about me",
            "relative": "Family or partner",
            "friend": "Friend",
            "neighbour": "Neighbour",
            "colleague": "Colleague",
            "client": "Client or customer",
            "professional": "I know through my work (professional)",
            "other": "Someone else",
        },
        "forms": {
            "sexual": "Sex, also online",
            "labour": "Work",
            "criminal": "Doing crimes",
            "begging": "Begging",
            "domestic_servitude": "Housework in a home",
            "organ_removal": "Giving up organs",
            "forced_marriage": "Forced marriage",
            "surrogacy": "Forced pregnancy (surrogacy)",
            "illegal_adoption": "Having to give up a child",
            "other": "Something else",
            "unknown": "I don't know",
        },
        "municipality": {
            "hilversum": "Hilversum",
            "gooise_meren": "Gooise Meren (Bussum, Naarden, Muiden)",
            "huizen": "Huizen",
            "blaricum": "Blaricum",
            "laren": "Laren",
            "wijdemeren": "Wijdemeren (Loosdrecht, Kortenhoef)",
            "eemnes": "Eemnes",
            "other": "Another town",
            "unknown": "I don't know",
        },
        "anonymity": {
            "anonymous": "Anonymous",
            "confidential": "Confidential",
            "open": "Open",
        },
    },
}

FIELD_LABELS: Final[dict[str, dict[str, str]]] = {
    "nl": {
        "safety_check": "Gevaar",
        "description": "Wat er gebeurt",
        "reporter_role": "Wie je bent",
        "forms": "Soort uitbuiting",
        "municipality": "Gemeente",
        "anonymity": "Hoe je meldt",
    },
    "en": {
        "safety_check": "Danger",
        "description": "What is happening",
        "reporter_role": "Who you are",
        "forms": "Kind of exploitation",
        "municipality": "Municipality",
        "anonymity": "How you report",
    },
}


def label(field: str, value: str, language: str | None) -> str:
    """The label of a canonical value in a language (Dutch when the language has no labels yet)."""
    for lang in (language or DEFAULT_LANGUAGE, DEFAULT_LANGUAGE):
        found = LABELS.get(lang, {}).get(field, {}).get(value)
        if found:
            return found
    return value


def field_label(field: str, language: str | None) -> str:
    for lang in (language or DEFAULT_LANGUAGE, DEFAULT_LANGUAGE):
        found = FIELD_LABELS.get(lang, {}).get(field)
        if found:
            return found
    return field


# ---------------------------------------------------------------------------------------------------------
# Keyword tables, keyed by language code. Add "pl", "ro", "bg", "uk", "ru", "es" entries with the same keys.

KeywordTable = Mapping[str, Mapping[str, tuple[str, ...]]]

FORM_KEYWORDS: Final[KeywordTable] = {
    "nl": {
        "sexual": (
            "seks*", "sex*", "prostitu*", "escort*", "raamprostitutie", "webcam*", "naaktfoto*", "naakt",
            "loverboy*", "pooier*", "souteneur*", "klanten ontvangen", "met mannen naar bed", "bordeel*",
            "massagesalon*", "erotisch*", "porno*", "hoer*", "tippelen", "tippelzone",
        ),
        "labour": (
            "werk", "werken", "werkt", "werkte", "werkten", "werkgever*", "werkplek", "arbeid*", "loon",
            "salaris", "geen loon", "niet betaald", "onbetaald", "uitbetaald", "autowasstraat", "wasstraat",
            "carwash", "kas", "kassen", "tuinbouw", "landbouw", "bouw", "bouwplaats", "schoonmaak*",
            "fabriek*", "magazijn*", "distributiecentrum", "restaurant*", "keuken", "horeca", "uitzendbureau*",
            "nagelstudio*", "slachterij*", "vleesverwerking", "pakhuis", "uren per dag", "uur per dag",
            "14 uur", "16 uur", "dag en nacht werken",
        ),
        "criminal": (
            "crimin*", "drugs*", "dealen", "dealt", "dealer*", "koerier*", "smokkel*", "stelen", "steelt",
            "diefstal*", "winkeldiefstal*", "zakkenrol*", "inbraak", "inbreken", "pinpas*", "bankpas*",
            "bankrekening", "geldezel*", "hennep*", "wietplantage*", "wiet", "cannabis", "strafbare",
            "strafbaar", "explosie*", "plofkraak*",
        ),
        "begging": ("bedel*", "geld vragen op straat", "om geld vragen"),
        "domestic_servitude": (
            "huishouden*", "huishoudelijk*", "au pair*", "aupair*", "dienstmeisje*", "huishoudster*",
            "huisslaaf", "huisslavernij", "schoonmaken in huis", "oppassen", "oppas", "kinderen verzorgen",
        ),
        "organ_removal": ("orgaan*", "organen", "nier", "nieren"),
        "forced_marriage": ("trouwen", "huwelijk", "gedwongen huwelijk", "uithuwelijk*", "bruid"),
        "surrogacy": ("draagmoeder*", "zwanger worden", "zwanger raken", "zwanger maken", "kind baren"),
        "illegal_adoption": ("adoptie*", "kind afstaan", "baby afstaan", "baby verkopen", "kind verkopen"),
        "unknown": ("weet ik niet", "weet niet", "geen idee", "onbekend", "geen flauw idee", "weet het niet"),
    },
    "en": {
        "sexual": (
            "sex*", "prostitut*", "escort*", "webcam*", "nude*", "naked", "pimp*", "loverboy*", "brothel*",
            "massage parlour*", "massage parlor*", "porn*", "clients at night", "sleep with men",
        ),
        "labour": (
            "work", "works", "working", "worked", "job", "jobs", "labour", "labor", "wage*", "salary",
            "unpaid", "without pay", "no pay", "not paid", "car wash", "carwash", "farm*",
            "greenhouse*", "construction", "building site", "cleaning", "factory", "factories",
            "warehouse*", "restaurant*", "kitchen*", "employer*", "agency", "nail salon*", "hours a day",
        ),
        "criminal": (
            "crim*", "drug*", "deal", "dealing", "dealer*", "courier*", "smuggl*", "steal*", "stole",
            "theft", "shoplift*", "pickpocket*", "burglar*", "bank card*", "bank account*", "money mule*",
            "cannabis", "weed farm*",
        ),
        "begging": ("beg", "begs", "begging", "beggar*", "ask for money on the street"),
        "domestic_servitude": (
            "housework", "household", "domestic", "au pair*", "maid", "servant*", "nanny", "babysit*",
            "clean the house", "cleans the house", "house slave*",
        ),
        "organ_removal": ("organ", "organs", "kidney*"),
        "forced_marriage": ("marry", "forced marriage", "arranged marriage", "bride"),
        "surrogacy": ("surrogat*", "get pregnant", "become pregnant", "carry a baby", "bear a child"),
        "illegal_adoption": ("adoption", "adopt", "give up a child", "give up the baby", "sell a baby"),
        "unknown": ("don't know", "dont know", "do not know", "not sure", "no idea", "unknown", "no clue"),
    },
}  # fmt: skip

ROLE_KEYWORDS: Final[KeywordTable] = {
    "nl": {
        "professional": (
            "professional", "hulpverlener*", "docent*", "leraar", "lerares", "leerkracht", "juf", "meester",
            "mentor", "huisarts*", "arts", "dokter", "verpleegkundige*", "verpleger", "wijkteam*",
            "jeugdzorg", "jeugdwerker", "jongerenwerker", "maatschappelijk werk*", "begeleider*",
            "consulent*", "politieagent*", "agent", "ambtenaar", "zorgverlener*", "via mijn werk",
            "op mijn werk", "beroepshalve", "schoolmaatschappelijk werk*", "vertrouwenspersoon",
            "medewerker*", "gemeente", "in de zorg", "wijkagent*", "zorgmedewerker*",
        ),
        "neighbour": ("buurman", "buurvrouw", "buren", "buur", "buurmeisje", "buurjongen", "naast ons"),
        "colleague": ("collega*", "werk samen", "samen werken", "werken samen"),
        "client": ("klant", "klanten", "cliënt", "client"),
        "friend": ("vriend", "vriendin", "vrienden", "kennis", "maatje", "vriendje", "vriendinnetje"),
        "relative": (
            "familie", "familielid", "moeder", "vader", "ouder", "ouders", "broer", "zus", "zusje",
            "broertje", "zoon", "dochter", "tante", "oom", "neef", "nicht", "opa", "oma", "partner",
            "mijn man", "mijn vrouw", "echtgeno*", "schoonzus", "zwager", "stiefvader", "stiefmoeder",
        ),
        "victim": (
            "ik zelf", "ikzelf", "mezelf", "mijzelf", "slachtoffer", "het gaat over mij", "het gaat om mij",
            "over mij", "om mij", "ik ben het", "dat ben ik", "het gaat over mezelf",
        ),
        "other": ("anders", "iemand anders", "een ander", "andere"),
    },
    "en": {
        "professional": (
            "professional", "social worker*", "teacher*", "doctor", "gp", "nurse*", "care worker*",
            "support worker*", "youth worker*", "counsell*", "counsel*", "police officer*", "caseworker*",
            "case worker*", "through my work", "at my work", "health visitor*", "mentor",
        ),
        "neighbour": ("neighbour*", "neighbor*", "next door"),
        "colleague": ("colleague*", "coworker*", "co-worker*", "co worker*", "work together"),
        "client": ("client", "clients", "customer*"),
        "friend": ("friend", "friends", "girlfriend", "boyfriend", "mate", "acquaintance"),
        "relative": (
            "family", "relative*", "mother", "mum", "mom", "father", "dad", "parent*", "brother", "sister",
            "son", "daughter", "aunt", "uncle", "cousin*", "niece", "nephew", "grandmother", "grandfather",
            "grandma", "grandpa", "partner", "husband", "wife", "in-law*",
        ),
        "victim": (
            "myself", "it is me", "it's me", "i am the victim", "i'm the victim", "victim", "about me",
            "it is about me", "its about me",
        ),
        "other": ("other", "someone else", "somebody else", "something else"),
    },
}  # fmt: skip

# Short answers that mean "me" (only as the whole answer: "ik" in a sentence says nothing).
SHORT_VICTIM_ANSWERS: Final = ("ik", "mij", "me", "zelf", "ikke", "i", "i am", "im", "me myself")

# Roles whose keywords, in a longer story, say who the reporter is ("my neighbour …" → neighbour).
_STORY_ROLES: Final = ("professional", "neighbour", "colleague", "client", "friend", "relative")

ANONYMITY_KEYWORDS: Final[KeywordTable] = {
    "nl": {
        "anonymous": (
            "anoniem", "anonieme", "zonder naam", "geen naam", "zonder mijn naam", "onbekend blijven",
            "niemand mag weten", "niet bekend",
        ),
        "confidential": (
            "vertrouwelijk", "alleen veilig thuis", "alleen voor veilig thuis", "geheim voor de familie",
            "niet voor de familie", "niet aan de familie", "familie mag het niet weten", "geheim houden",
        ),
        "open": ("open", "openlijk", "met mijn naam", "met naam", "mag weten", "mogen weten", "mag het weten"),
    },
    "en": {
        "anonymous": ("anonymous", "anonymously", "anon", "without my name", "no name", "nobody may know"),
        "confidential": (
            "confidential", "confidentially", "only veilig thuis", "secret from the family",
            "not the family", "keep my name secret", "family must not know",
        ),
        "open": ("open", "openly", "with my name", "they may know", "they can know", "can know"),
    },
}  # fmt: skip
_ANONYMITY_AMBIGUOUS: Final = ("niet anoniem", "not anonymous", "not anonymously", "geen anoniem")

SAFETY_KEYWORDS: Final[KeywordTable] = {
    "nl": {
        "unknown": ("weet ik niet", "weet niet", "weet het niet", "geen idee", "misschien", "twijfel*", "onzeker"),
        "within_24h": (
            "vannacht", "vanavond", "morgen", "vandaag", "straks", "binnenkort", "24 uur", "komende 24",
            "binnen een dag", "dit weekend", "later vandaag",
        ),
        "no": ("nee", "neen", "nope", "niet", "geen", "niemand", "geen gevaar", "nu niet", "niet nu"),
        "now": ("ja", "jawel", "nu", "op dit moment", "direct", "meteen", "acuut", "nu meteen", "ja nu"),
    },
    "en": {
        "unknown": ("don't know", "dont know", "do not know", "not sure", "no idea", "maybe", "unsure", "unknown"),
        "within_24h": (
            "tonight", "tomorrow", "today", "this evening", "later", "soon", "24 hours", "next 24",
            "within a day", "this weekend",
        ),
        "no": ("no", "nope", "not", "nobody", "no one", "no danger", "not now"),
        "now": ("yes", "yeah", "yep", "now", "right now", "at the moment", "immediately", "currently"),
    },
}  # fmt: skip

# Place names in the region, per municipality (domain.md: Gooi en Vechtstreek). Language-independent.
PLACES: Final[dict[str, tuple[str, ...]]] = {
    "hilversum": ("hilversum", "hilversumse", "hilversum noord", "hilversumse meent", "hilversum zuid"),
    "gooise_meren": (
        "gooise meren", "bussum", "naarden", "naarden vesting", "muiden", "muiderberg", "bussumse",
        "naardense",
    ),
    "huizen": ("huizen",),
    "blaricum": ("blaricum", "blaricummermeent"),
    "laren": ("laren",),
    "wijdemeren": (
        "wijdemeren", "loosdrecht", "oud loosdrecht", "nieuw loosdrecht", "kortenhoef", "s graveland",
        "graveland", "ankeveen", "nederhorst den berg", "breukeleveen", "boomhoek", "loosdrechtse plassen",
    ),
    "eemnes": ("eemnes",),
}  # fmt: skip
# Place names that are also ordinary words ("huizen" = houses): in a longer text only when capitalised.
AMBIGUOUS_PLACES: Final = frozenset({"huizen"})

# Towns outside the region people are likely to name, and phrases for "somewhere else".
OTHER_PLACES: Final = (
    "amsterdam", "utrecht", "rotterdam", "den haag", "s gravenhage", "almere", "amersfoort", "baarn",
    "soest", "weesp", "diemen", "amstelveen", "haarlem", "leiden", "zaandam", "zaanstad", "lelystad",
    "eindhoven", "groningen", "tilburg", "breda", "nijmegen", "arnhem", "apeldoorn", "zwolle", "maarssen",
    "stichtse vecht", "breukelen", "loenen", "vreeland", "abcoude", "nieuwegein", "zeist", "de bilt",
    "bilthoven", "bunschoten", "spakenburg", "hoogland", "leusden", "nijkerk",
    "dordrecht", "enschede", "maastricht", "den bosch", "s hertogenbosch", "purmerend", "hoofddorp",
    "haarlemmermeer", "schiphol", "ouder amstel", "uithoorn",
    "andere gemeente", "andere plaats", "andere stad", "ander dorp", "buiten de regio", "ergens anders",
    "elders", "buitenland", "niet in de regio", "another town", "another city", "other town", "other city",
    "another place", "somewhere else", "elsewhere", "abroad", "outside the region", "another municipality",
    "other municipality", "different town", "different city",
)  # fmt: skip
UNKNOWN_PLACE: Final = (
    "weet ik niet", "weet niet", "weet het niet", "geen idee", "onbekend", "don't know", "dont know",
    "do not know", "not sure", "no idea", "unknown",
)  # fmt: skip

# Words that point to a person under 18.
MINOR_PATTERNS: Final = (
    r"minderjarig\w*",
    r"underage",
    r"minors?",
    r"kinderen",
    r"(?:een|het|mijn|haar|zijn|hun|jouw) kind",
    r"child(?:ren)?",
    r"kids?",
    r"tieners?",
    r"teen(?:ager)?s?",
    r"scholier\w*",
    r"schoolmeisje\w*",
    r"schooljongen\w*",
    r"jonger dan 18",
    r"onder de 18",
    r"under 18",
    r"younger than 18",
    r"(?:1[0-7]|[1-9]) ?jaar oud",
    r"van (?:1[0-7]|[1-9]) jaar",
    r"(?:1[0-7]|[1-9]) ?jarig\w*",
    r"(?:1[0-7]|[1-9]) ?(?:years?|yrs?) old",
    r"aged? (?:1[0-7]|[1-9])",
)

# First-person phrases that, in a story, say the reporter is the one being exploited.
_VICTIM_STORY_PATTERNS: Final = (
    r"(?:dwingt|dwingen|dwong|dwongen|forces?|forced|makes?|made) (?:me|mij|us|ons)",
    r"(?:laat|laten) (?:me|mij|ons) \w+(?: \w+)? (?:werken|betalen|dealen|stelen)",
    r"ik moet (?:\w+ ){0,3}(?:werken|betalen|dealen|stelen|bedelen|seks|klanten|trouwen)",
    r"i (?:have|had|must|need) to (?:\w+ ){0,2}(?:work|pay|deal|steal|beg|sleep|marry)",
    r"(?:mijn|my) (?:paspoort|passport|papieren|papers|id) (?:is|zijn|are|was|were|afgepakt|ingenomen|taken)",
    r"(?:ze|they|hij|he|zij|she) (?:hebben|heeft|has|have|took|pakte|pakten) (?:mijn|my) (?:paspoort|passport)",
    r"(?:i am|im|ik ben|ik word) (?:\w+ ){0,2}(?:uitgebuit|exploited|trafficked)",
)


# ---------------------------------------------------------------------------------------------------------
# Normalisation and matching.


def normalise(text: str) -> str:
    """Lower case, no diacritics, no apostrophes, punctuation as spaces, single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    lowered = stripped.casefold()
    lowered = re.sub(r"['’‘`´]", "", lowered)
    lowered = re.sub(r"[^\w]+", " ", lowered)
    return " ".join(lowered.split())


def _phrase_pattern(phrase: str) -> str:
    wildcard = phrase.endswith("*")
    words = normalise(phrase.rstrip("*")).split()
    body = r"\s+".join(re.escape(word) for word in words)
    return body + (r"\w*" if wildcard else "")


def _alternation(phrases: Iterable[str]) -> str:
    """One regex alternation for whole-word phrases, longest first."""
    patterns = {_phrase_pattern(p) for p in phrases if normalise(p.rstrip("*"))}
    return "|".join(sorted(patterns, key=len, reverse=True))


@cache
def _compile(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + _alternation(phrases) + r")(?!\w)")


def _phrases(table: KeywordTable, value: str) -> tuple[str, ...]:
    """The phrases for a value in every language of a table."""
    found: list[str] = []
    for entries in table.values():
        found.extend(entries.get(value, ()))
    return tuple(found)


def _search(table: KeywordTable, value: str, norm: str) -> re.Match[str] | None:
    phrases = _phrases(table, value)
    return _compile(phrases).search(norm) if phrases else None


def _is_short(text: str) -> bool:
    return len(normalise(text).split()) <= 3


def _canonical[T: str](text: str, values: tuple[T, ...]) -> T | None:
    """A canonical value typed or sent as such ("gooise_meren", "domestic servitude")."""
    key = normalise(text).replace(" ", "_")
    return next((value for value in values if value == key), None)


_NEGATION = re.compile(r"(?<!\w)(?:niet|geen|not|no|never|nooit)(?!\w)")
_DONT_KNOW = (
    "weet ik niet", "weet niet", "weet het niet", "geen idee", "geen flauw idee", "onbekend",
    "don't know", "dont know", "do not know", "not sure", "no idea", "no clue", "unknown",
)  # fmt: skip


def _negated(norm: str, found: re.Match[str]) -> bool:
    """A negation within two words before or after a match ("niet vannacht", "tonight not")."""
    before = " ".join(norm[: found.start()].split()[-2:])
    after = " ".join(norm[found.end() :].split()[:2])
    return bool(_NEGATION.search(before) or _NEGATION.search(after))


def match_forms(text: str) -> list[str]:
    """The forms of exploitation a typed answer names, in FORMS order; ["unknown"] if it says "don't know"."""
    norm = normalise(text)
    if not norm:
        return []
    if canonical := _canonical(text, FORMS):
        return [canonical]
    found = [form for form in FORMS if form != "unknown" and _search(FORM_KEYWORDS, form, norm)]
    if found:
        return found
    return ["unknown"] if _search(FORM_KEYWORDS, "unknown", norm) else []


def match_municipality(text: str) -> str | None:
    """The municipality a typed answer names: one of MUNICIPALITIES, or None when it names none.

    A place in the region wins over one outside it (the first one named, if several); a Dutch town outside
    the region gives "other". "Huizen" in a longer text counts only when capitalised (it also means houses).
    """
    norm = normalise(text)
    if not norm:
        return None
    if canonical := _canonical(text, MUNICIPALITIES):
        return canonical
    best: tuple[int, str] | None = None
    for municipality, places in PLACES.items():
        for place in places:
            for found in _compile((place,)).finditer(norm):
                if place in AMBIGUOUS_PLACES and not (_is_short(text) or _capitalised(text, place)):
                    continue
                if best is None or found.start() < best[0]:
                    best = (found.start(), municipality)
    if best is not None:
        return best[1]
    if _compile(OTHER_PLACES).search(norm):
        return "other"
    if _compile(UNKNOWN_PLACE).search(norm):
        return "unknown"
    return None


def _capitalised(text: str, place: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(place.capitalize()) + r"(?!\w)", text) is not None


def match_role(text: str) -> str | None:
    """Who the reporter is, from a typed answer ("buurvrouw" → neighbour, "ik zelf" → victim).

    The first relation named wins; "victim" and "other" only when no relation is named.
    """
    norm = normalise(text)
    if not norm:
        return None
    if canonical := _canonical(text, REPORTER_ROLES):
        return canonical
    best: tuple[int, str] | None = None
    for role in _STORY_ROLES:
        found = _search(ROLE_KEYWORDS, role, norm)
        if found and (best is None or found.start() < best[0]):
            best = (found.start(), role)
    if best is not None:
        return best[1]
    if _search(ROLE_KEYWORDS, "victim", norm):
        return "victim"
    if _is_short(text) and _compile(SHORT_VICTIM_ANSWERS).fullmatch(norm):
        return "victim"
    if _compile(_DONT_KNOW).search(norm):
        return None
    if _search(ROLE_KEYWORDS, "other", norm):
        return "other"
    return None


def match_role_in_story(text: str) -> str | None:
    """Who the reporter is, from a longer story: only clear signs, else None.

    First-person exploitation ("they force me", "ik moet … werken") means the reporter is the victim;
    otherwise a relation named with "mijn"/"my" or "ik ben (de) …"/"I am her …" ("mijn buurvrouw …").
    """
    norm = normalise(text)
    if any(re.search(r"(?<!\w)" + p + r"(?!\w)", norm) for p in _VICTIM_STORY_PATTERNS):
        return "victim"
    best: tuple[int, str] | None = None
    for role in _STORY_ROLES:
        relation = re.compile(
            r"(?<!\w)(?:mijn|my|als|ik ben(?: de| het| een| haar| zijn| hun)?|i am(?: a| an| the| her| his| their)?"
            r"|im(?: a| an| the| her| his| their)?) (?:" + _alternation(_phrases(ROLE_KEYWORDS, role)) + r")(?!\w)"
        )
        found = relation.search(norm)
        if found and (best is None or found.start() < best[0]):
            best = (found.start(), role)
    return best[1] if best else None


def match_anonymity(text: str) -> str | None:
    """How the reporter wants to report: anonymous, confidential or open; None when unclear."""
    norm = normalise(text)
    if not norm:
        return None
    if canonical := _canonical(text, ANONYMITY_LEVELS):
        return canonical
    if _compile(_ANONYMITY_AMBIGUOUS).search(norm):
        return None
    for level in ("confidential", "anonymous", "open"):
        if _search(ANONYMITY_KEYWORDS, level, norm):
            return level
    return None


_SAFETY_ORDER: Final[tuple[SafetyMatch, ...]] = ("within_24h", "unknown", "no", "now")


def match_safety(text: str) -> SafetyMatch | None:
    """The answer to "is someone in danger right now?": now, within_24h, no, unknown (don't know) or None.

    A time in the next 24 hours wins ("nee, maar vannacht wel"), unless negated ("vannacht niet").
    """
    norm = normalise(text)
    if not norm:
        return None
    if canonical := _canonical(text, _SAFETY_ORDER):
        return canonical
    for answer in _SAFETY_ORDER:
        phrases = _phrases(SAFETY_KEYWORDS, answer)
        hits = list(_compile(phrases).finditer(norm)) if phrases else []
        if answer == "within_24h":
            hits = [hit for hit in hits if not _negated(norm, hit)]
        if hits:
            return answer
    return None


def mentions_minor(text: str) -> bool:
    """Whether a text says a person under 18 is involved (a hint only: it can raise, never lower, priority)."""
    norm = normalise(text)
    return any(re.search(r"(?<!\w)" + pattern + r"(?!\w)", norm) for pattern in MINOR_PATTERNS)


def keyword_languages() -> tuple[str, ...]:
    """The languages that have keyword tables for every question."""
    tables: tuple[KeywordTable, ...] = (FORM_KEYWORDS, ROLE_KEYWORDS, ANONYMITY_KEYWORDS, SAFETY_KEYWORDS)
    return tuple(lang for lang in LANGUAGES if all(lang in table for table in tables))


__all__ = [
    "ANONYMITY_LEVELS",
    "BOT_LANGUAGES",
    "FORMS",
    "LABELS",
    "MUNICIPALITIES",
    "REPORTER_ROLES",
    "TRIAGE_LEVELS",
    "field_label",
    "label",
    "match_anonymity",
    "match_forms",
    "match_municipality",
    "match_role",
    "match_role_in_story",
    "match_safety",
    "mentions_minor",
    "normalise",
]
