"""One route for Midden-Nederland: which Veilig Thuis region a municipality belongs to.

One deployment can serve several Veilig Thuis regions. A signal belongs to the region of its municipality
(`region_for`); a municipality that is "other", "unknown" or not in the table goes to the home region
(MELDPUNT_HOME_REGION). The table below is the default; a deployment replaces it with a file
(MELDPUNT_REGIONS_FILE, or regions.toml / regions.json in the data directory), checked with clear errors.

File format (TOML; JSON has the same shape):

    [regions.gooi_vechtstreek]
    name = "Gooi en Vechtstreek"
    [regions.gooi_vechtstreek.municipalities.hilversum]
    name = "Hilversum"
    places = ["hilversum noord"]          # optional: other names people type for it
"""

from __future__ import annotations

import functools
import json
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from meldpunt.settings import Settings, get_settings
from meldpunt.vocab import AMBIGUOUS_PLACES, PLACES, match_municipality, normalise

SLUG = r"^[a-z0-9_]{1,32}$"
NOT_A_MUNICIPALITY = frozenset({"other", "unknown"})


def _m(name: str, *places: str) -> dict[str, Any]:
    return {"name": name, "places": list(places)}


# Gooi en Vechtstreek: the seven municipalities of meldpunt.vocab (their place names live there too).
# Utrecht: the province has 26 municipalities; Eemnes is served by Veilig Thuis Gooi en Vechtstreek, so the
# Veilig Thuis Utrecht region here has the other 25. Flevoland: the province's six municipalities.
DEFAULT_REGIONS: dict[str, dict[str, Any]] = {
    "gooi_vechtstreek": {
        "name": "Gooi en Vechtstreek",
        "municipalities": {
            "hilversum": _m("Hilversum"),
            "gooise_meren": _m("Gooise Meren"),
            "huizen": _m("Huizen"),
            "blaricum": _m("Blaricum"),
            "laren": _m("Laren"),
            "wijdemeren": _m("Wijdemeren"),
            "eemnes": _m("Eemnes"),
        },
    },
    "utrecht": {
        "name": "Utrecht",
        "municipalities": {
            "amersfoort": _m("Amersfoort", "hoogland", "hooglanderveen"),
            "baarn": _m("Baarn", "lage vuursche"),
            "de_bilt": _m("De Bilt", "bilthoven", "maartensdijk", "westbroek", "groenekan", "hollandsche rading"),
            "bunnik": _m("Bunnik", "odijk", "werkhoven"),
            "bunschoten": _m("Bunschoten", "spakenburg", "bunschoten spakenburg", "eemdijk"),
            "houten": _m("Houten", "schalkwijk", "t goy", "tull en t waal"),
            "ijsselstein": _m("IJsselstein"),
            "leusden": _m("Leusden", "achterveld", "stoutenburg"),
            "lopik": _m("Lopik", "benschop", "polsbroek", "jaarsveld", "lopikerkapel"),
            "montfoort": _m("Montfoort", "linschoten"),
            "nieuwegein": _m("Nieuwegein", "vreeswijk", "jutphaas"),
            "oudewater": _m("Oudewater", "hekendorp", "papekop", "snelrewaard"),
            "renswoude": _m("Renswoude"),
            "rhenen": _m("Rhenen", "achterberg", "remmerden"),
            "de_ronde_venen": _m(
                "De Ronde Venen", "mijdrecht", "vinkeveen", "wilnis", "abcoude", "baambrugge", "amstelhoek",
                "waverveen",
            ),
            "soest": _m("Soest", "soesterberg", "soestduinen"),
            "stichtse_vecht": _m(
                "Stichtse Vecht", "maarssen", "maarssenbroek", "breukelen", "loenen", "loenen aan de vecht",
                "vreeland", "nieuwer ter aa", "kockengen", "nieuwersluis", "tienhoven", "oud zuilen", "nigtevecht",
            ),
            "utrecht": _m("Utrecht", "de meern", "vleuten", "haarzuilens", "leidsche rijn", "overvecht"),
            "utrechtse_heuvelrug": _m(
                "Utrechtse Heuvelrug", "driebergen", "driebergen rijsenburg", "doorn", "leersum", "amerongen",
                "maarn", "maarsbergen",
            ),
            "veenendaal": _m("Veenendaal"),
            "vijfheerenlanden": _m(
                "Vijfheerenlanden", "vianen", "leerdam", "meerkerk", "lexmond", "ameide", "hagestein", "kedichem",
                "schoonrewoerd", "everdingen",
            ),
            "wijk_bij_duurstede": _m("Wijk bij Duurstede", "cothen", "langbroek"),
            "woerden": _m("Woerden", "harmelen", "kamerik", "zegveld"),
            "woudenberg": _m("Woudenberg"),
            "zeist": _m("Zeist", "huis ter heide", "bosch en duin", "den dolder", "austerlitz"),
        },
    },
    "flevoland": {
        "name": "Flevoland",
        "municipalities": {
            "almere": _m("Almere", "almere buiten", "almere haven", "almere stad", "almere poort", "almere pampus"),
            "dronten": _m("Dronten", "biddinghuizen", "swifterbant"),
            "lelystad": _m("Lelystad"),
            "noordoostpolder": _m(
                "Noordoostpolder", "emmeloord", "marknesse", "kraggenburg", "luttelgeest", "tollebeek", "nagele"
            ),
            "urk": _m("Urk"),
            "zeewolde": _m("Zeewolde"),
        },
    },
}  # fmt: skip

# Place names that are also ordinary words ("houten" = wooden, "doorn" = thorn): in a longer text they count
# only when capitalised, as in meldpunt.vocab ("huizen" = houses).
AMBIGUOUS = frozenset({*AMBIGUOUS_PLACES, "houten", "doorn"})


class RegionsError(ValueError):
    """The regions file cannot be used; the message says which file and what is wrong."""


class _MunicipalitySpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=80)
    places: list[str] = Field(default_factory=list)


class _RegionSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=80)
    municipalities: dict[str, _MunicipalitySpec] = Field(min_length=1)


class _TableSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    regions: dict[str, _RegionSpec] = Field(min_length=1)


@dataclass(frozen=True)
class Region:
    slug: str
    name: str
    municipalities: tuple[str, ...]


class RegionTable:
    """The routing table municipality → region, and the reading of typed municipality names."""

    def __init__(self, spec: Mapping[str, Any], home: str, source: str = "built-in table") -> None:
        try:
            parsed = _TableSpec.model_validate({"regions": spec})
        except ValidationError as exc:
            raise RegionsError(f"{source}: {_explain(exc)}") from None
        self.source = source
        self.home = home
        self.regions: dict[str, Region] = {}
        self.municipality_names: dict[str, str] = {}
        self._region_of: dict[str, str] = {}
        places: dict[str, str] = {}
        for slug, region in parsed.regions.items():
            if not re.match(SLUG, slug):
                raise RegionsError(f"{source}: region {slug!r}: use lower-case letters, digits and _ (max. 32)")
            for municipality, spec_m in region.municipalities.items():
                if not re.match(SLUG, municipality) or municipality in NOT_A_MUNICIPALITY:
                    raise RegionsError(
                        f"{source}: municipality {municipality!r} in region {slug!r}: use lower-case letters, digits"
                        " and _ (max. 32); 'other' and 'unknown' are reserved"
                    )
                if municipality in self._region_of:
                    raise RegionsError(
                        f"{source}: municipality {municipality!r} is in two regions"
                        f" ({self._region_of[municipality]!r} and {slug!r}); it must be in one"
                    )
                self._region_of[municipality] = slug
                self.municipality_names[municipality] = spec_m.name
                extra = PLACES.get(municipality, ()) if spec is DEFAULT_REGIONS else ()
                for place in (spec_m.name, municipality.replace("_", " "), *spec_m.places, *extra):
                    key = normalise(place)
                    if key and places.setdefault(key, municipality) != municipality:
                        raise RegionsError(
                            f"{source}: the place name {place!r} is given for {places[key]!r} and {municipality!r}"
                        )
            self.regions[slug] = Region(slug, region.name, tuple(region.municipalities))
        if home not in self.regions:
            raise RegionsError(
                f"home region {home!r} (MELDPUNT_HOME_REGION) is not in {source}; regions: {', '.join(self.regions)}"
            )
        self._places = places
        alternation = "|".join(
            r"\s+".join(re.escape(word) for word in place.split()) for place in sorted(places, key=len, reverse=True)
        )
        self._pattern = re.compile(r"(?<!\w)(?:" + alternation + r")(?!\w)")

    def region_for(self, municipality: str | None) -> str:
        """The region of a municipality slug; "other", "unknown", None or a slug not in the table → home."""
        return self._region_of.get(municipality or "", self.home)

    def name(self, region: str) -> str:
        found = self.regions.get(region)
        return found.name if found else region

    def municipality_slug(self, text: str) -> str | None:
        """The municipality a typed answer names, in any region of the table: its slug; "other" for a place
        outside every region, "unknown" for "don't know", None when it names no place.

        The first place named wins. A place name that is also an ordinary word counts in a longer text only
        when capitalised ("Houten" the town, not "houten" wooden)."""
        norm = normalise(text)
        if not norm:
            return None
        key = norm.replace(" ", "_")
        if key in self._region_of or key in NOT_A_MUNICIPALITY:
            return key
        short = len(norm.split()) <= 3
        for found in self._pattern.finditer(norm):
            place = found.group(0)
            place_key = " ".join(place.split())
            if place_key in AMBIGUOUS and not (short or _capitalised(text, place_key)):
                continue
            return self._places[place_key]
        found_elsewhere = match_municipality(text)  # "other" (a town outside every region), "unknown" or None
        return found_elsewhere if found_elsewhere in NOT_A_MUNICIPALITY else None


def _capitalised(text: str, place: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(place.capitalize()) + r"(?!\w)", text) is not None


def _explain(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error["loc"]) or "(top)"
        parts.append(f"{where}: {error['msg']}")
    return "; ".join(parts)


def regions_path(settings: Settings) -> Path | None:
    """The regions file in use: MELDPUNT_REGIONS_FILE, else regions.toml or regions.json in the data dir."""
    if settings.regions_file is not None:
        return settings.regions_file
    for name in ("regions.toml", "regions.json"):
        candidate = settings.data_path / name
        if candidate.exists():
            return candidate
    return None


def read_regions_file(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RegionsError(f"regions file {path}: cannot be read ({exc.strerror})") from None
    try:
        loaded: Any = json.loads(raw) if path.suffix == ".json" else tomllib.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise RegionsError(f"regions file {path}: not valid {path.suffix.lstrip('.') or 'toml'} ({exc})") from None
    if not isinstance(loaded, dict) or set(loaded) != {"regions"} or not isinstance(loaded["regions"], dict):
        raise RegionsError(f"regions file {path}: must hold one table 'regions' (see meldpunt/regions.py)")
    regions: dict[str, Any] = loaded["regions"]
    return regions


def load_regions(settings: Settings) -> RegionTable:
    """The routing table of these settings (cached per file and its modification time)."""
    path = regions_path(settings)
    stamp = path.stat().st_mtime_ns if path is not None and path.exists() else 0
    return _load(path, stamp, settings.home_region)


@functools.lru_cache(maxsize=8)
def _load(path: Path | None, _stamp: int, home: str) -> RegionTable:
    if path is None:
        return RegionTable(DEFAULT_REGIONS, home)
    return RegionTable(read_regions_file(path), home, f"regions file {path}")


def region_for(municipality_slug: str | None, table: RegionTable | None = None) -> str:
    """The Veilig Thuis region of a municipality slug (home region for other/unknown)."""
    return (table or load_regions(get_settings())).region_for(municipality_slug)


def municipality_slug(text: str, table: RegionTable | None = None) -> str | None:
    """The slug of the municipality a typed answer names, in any region (for the bot's municipality slot)."""
    return (table or load_regions(get_settings())).municipality_slug(text)
