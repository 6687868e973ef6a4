"""The routing table municipality → Veilig Thuis region: the built-in table, typed names, and a file that
replaces it (with clear errors)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from meldpunt.regions import DEFAULT_REGIONS, RegionsError, RegionTable, load_regions
from meldpunt.settings import REPO_ROOT, Settings
from meldpunt.vocab import REGION_MUNICIPALITIES

TABLE = RegionTable(DEFAULT_REGIONS, "gooi_vechtstreek")


def test_the_built_in_table_has_the_three_regions_of_midden_nederland() -> None:
    assert list(TABLE.regions) == ["gooi_vechtstreek", "utrecht", "flevoland"]
    assert TABLE.regions["gooi_vechtstreek"].municipalities == REGION_MUNICIPALITIES
    # The province of Utrecht has 26 municipalities; Eemnes is Gooi en Vechtstreek's.
    assert len(TABLE.regions["utrecht"].municipalities) == 25 and TABLE.region_for("eemnes") == "gooi_vechtstreek"
    assert set(TABLE.regions["flevoland"].municipalities) == {
        "almere", "dronten", "lelystad", "noordoostpolder", "urk", "zeewolde",
    }  # fmt: skip
    assert TABLE.name("flevoland") == "Flevoland" and TABLE.municipality_names["de_bilt"] == "De Bilt"


@pytest.mark.parametrize(
    ("municipality", "region"),
    [("hilversum", "gooi_vechtstreek"), ("almere", "flevoland"), ("zeist", "utrecht"), ("other", "gooi_vechtstreek"),
     ("unknown", "gooi_vechtstreek"), (None, "gooi_vechtstreek"), ("amsterdam", "gooi_vechtstreek")],
)  # fmt: skip
def test_region_for(municipality: str | None, region: str) -> None:
    assert TABLE.region_for(municipality) == region


def test_the_home_region_takes_other_and_unknown() -> None:
    table = RegionTable(DEFAULT_REGIONS, "utrecht")
    assert table.region_for("other") == "utrecht" and table.region_for("huizen") == "gooi_vechtstreek"


@pytest.mark.parametrize(
    ("typed", "slug"),
    [
        ("Almere", "almere"),
        ("in Almere Buiten", "almere"),
        ("Emmeloord", "noordoostpolder"),
        ("Bilthoven", "de_bilt"),
        ("wijk bij duurstede", "wijk_bij_duurstede"),
        ("IJsselstein", "ijsselstein"),
        ("Utrecht", "utrecht"),
        ("Driebergen", "utrechtse_heuvelrug"),
        ("Bussum", "gooise_meren"),
        ("Хилверсум", "hilversum"),
        ("gooise_meren", "gooise_meren"),
        ("Houten", "houten"),
        ("ze zat in een houten huisje in Lelystad", "lelystad"),  # "houten" = wooden here
        ("in Amsterdam", "other"),
        ("weet ik niet", "unknown"),
        ("ergens", None),
    ],
)
def test_a_typed_municipality_of_any_region_becomes_its_slug(typed: str, slug: str | None) -> None:
    assert TABLE.municipality_slug(typed) == slug


def _settings(tmp_path: Path, **extra: object) -> Settings:
    return Settings(data_dir=tmp_path, **extra)  # type: ignore[arg-type]


def test_a_regions_file_in_the_data_dir_replaces_the_table(tmp_path: Path) -> None:
    (tmp_path / "regions.toml").write_text(
        '[regions.noord.municipalities.groningen]\nname = "Groningen"\nplaces = ["haren"]\n'
        '[regions.noord]\nname = "Noord"\n'
        '[regions.zuid]\nname = "Zuid"\n[regions.zuid.municipalities.maastricht]\nname = "Maastricht"\n'
    )
    table = load_regions(_settings(tmp_path, home_region="noord"))
    assert list(table.regions) == ["noord", "zuid"]
    assert table.region_for("maastricht") == "zuid" and table.region_for("hilversum") == "noord"
    assert table.municipality_slug("in Haren") == "groningen"


def test_a_json_file_named_in_the_settings_is_used(tmp_path: Path) -> None:
    path = tmp_path / "elsewhere.json"
    path.write_text(
        json.dumps({"regions": {"oost": {"name": "Oost", "municipalities": {"zwolle": {"name": "Zwolle"}}}}})
    )
    assert load_regions(_settings(tmp_path, regions_file=path, home_region="oost")).region_for("zwolle") == "oost"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[regions.a]\nname = 'A'\n", "regions.a.municipalities: Field required"),
        ("[regions.a]\nname = 'A'\n[regions.a.municipalities.x]\nname = 'X'\n[regions.b]\nname = 'B'\n"
         "[regions.b.municipalities.x]\nname = 'X2'\n", "municipality 'x' is in two regions ('a' and 'b')"),
        ("[regions.A]\nname = 'A'\n[regions.A.municipalities.x]\nname = 'X'\n", "region 'A': use lower-case"),
        ("[regions.a]\nname = 'A'\n[regions.a.municipalities.other]\nname = 'X'\n",
         "'other' and 'unknown' are reserved"),
        ("[regions.a]\nname = 'A'\ncolour = 'red'\n[regions.a.municipalities.x]\nname = 'X'\n",
         "regions.a.colour: Extra inputs are not permitted"),
        ("regions = [", "not valid toml"),
        ("[other]\n", "must hold one table 'regions'"),
    ],
)  # fmt: skip
def test_a_bad_regions_file_is_refused_with_a_clear_message(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "regions.toml").write_text(content)
    with pytest.raises(RegionsError) as refused:
        load_regions(_settings(tmp_path, home_region="a"))
    assert message in str(refused.value) and "regions.toml" in str(refused.value)


def test_a_home_region_not_in_the_table_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RegionsError, match=r"home region 'noord' .* is not in built-in table"):
        load_regions(_settings(tmp_path, home_region="noord"))


def test_every_municipality_the_signal_schema_allows_has_a_region() -> None:
    schema = json.loads((REPO_ROOT / "docs" / "signal.schema.json").read_text())
    listed = set(schema["properties"]["municipality"]["examples"]) - {"other", "unknown"}
    assert listed <= set(TABLE.municipality_names)
    pattern = re.compile(schema["properties"]["municipality"]["pattern"])
    assert all(pattern.match(slug) for slug in TABLE.municipality_names)
    assert schema["properties"]["region"]["pattern"] == "^[a-z0-9_]{1,32}$"
