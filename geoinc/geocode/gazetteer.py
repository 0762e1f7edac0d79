"""The offline gazetteer: GeoNames places, resolved in context, with a reason.

:class:`Gazetteer` follows geopy's geocoder interface (``geocode`` and ``reverse``
returning :class:`geopy.location.Location`), so any geopy service can stand in for
it and it can stand in for them.

How a query is resolved
-----------------------
1. The query is parsed into a place, an admin1 (province/state) part and a country
   part: ``"Kerman, Iran"``, ``"Springfield, IL"``, ``"Kerman Province"``,
   ``"IRAN:  KERMAN"`` and NOAA's longer ``"TURKEY:  KAHRAMANMARAS, HATAY"`` or
   ``"INDIA:  ASSAM:  KAMRUP, GUWAHATI"`` (several places; the first one found wins).
2. The folded name (case, accents, apostrophes, hyphens, the Arabic article) is
   looked up among the names and alternate names of ~253,000 places (GeoNames
   cities500, subdivisions and countries; small US post-office towns from ZIP codes,
   used for bare names only when nothing else matches); when nothing
   matches, a fuzzy match (rapidfuzz, blocked by first letter and length) catches
   misspellings such as "Maidugiri" or "Uvlade".
3. Candidates are scored: population (log scale), the kind of place the query asks
   for, a country named in the query (a restriction), a country named in the
   surrounding text (``country_bias``, a preference), a matching admin1, and the
   fuzzy similarity. The best one wins; its ``confidence`` is its share of the
   candidates' softmax weights, and ``reason`` says in words why it won.
4. When the place itself cannot be found but the query names its province or
   country, the answer falls back to that area (``precision`` ``admin1`` or
   ``country``, ``raw["fallback"]`` true, low confidence).
"""

from __future__ import annotations

import logging
import math
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from geopy.location import Location

from geoinc._countries import country_name, to_iso2
from geoinc._text import strip_article
from geoinc.geocode import _index
from geoinc.geocode._index import (
    KIND_ADMIN1,
    KIND_CITY,
    KIND_COUNTRY,
    KIND_NAMES,
    SOURCE_NAMES,
    SOURCE_US_ZIP,
    Index,
)
from geoinc.geocode._index import _fold_fast as fold  # geoinc._text.fold, ASCII fast path

__all__ = ["Gazetteer", "Candidate", "SwapCheck"]

log = logging.getLogger("geoinc")

_ADMIN_WORDS = (
    "province|state|oblast|governorate|region|prefecture|county|district|department|"
    "territory|division|emirate|canton|voivodeship|krai|kray|wilayah|wilaya|vilayet|ostan|"
    "municipality"
)
_ADMIN_SUFFIX = re.compile(rf"\s+({_ADMIN_WORDS})$")
_ADMIN_PREFIX = re.compile(r"^(province|state|governorate|region|department|county) of\s+")
_DIRECTION = re.compile(
    r"^(north|south|east|west|northern|southern|eastern|western|central|"
    r"north east|north west|south east|south west|northeastern|northwestern|southeastern|"
    r"southwestern|northeast|northwest|southeast|southwest|"
    r"n|s|e|w|ne|nw|se|sw|nne|ene|ese|sse|ssw|wsw|wnw|nnw)\s+"
)
# qualifiers in NOAA-style place lists: "NEAR KAMCHATKA", "OFF COAST OF", "SERAM ISLAND"
_QUALIFIER_PREFIX = re.compile(r"^(near|off|off coast of|coast of|offshore|nr|upper|lower)\s+")
_QUALIFIER_SUFFIX = re.compile(
    r"\s+(islands|island|isl|is|region|area|border|border region|peninsula|coast|"
    r"trench|city|town|township|village|vicinity|area of)$"
)
_PARENS = re.compile(r"\(([^)]*)\)")
# items that only say where inside an area ("NORTHERN", "S", "OFF COAST")
_NOT_A_PLACE = re.compile(
    r"^((north|south|east|west|central|northern|southern|eastern|western|n|s|e|w|ne|nw|se|sw|"
    r"near|off|offshore|coast|off coast|w coast|e coast|n coast|s coast|islands?|border|"
    r"region|area|sea|ocean)\s*)+$"
)
# fmt: off
_US_STATE_CODES = frozenset({
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
    "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
    "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
    "VT", "VA", "WA", "WV", "WI", "WY", "PR",
})
# fmt: on
#: Members of the Commonwealth of Independent States (as in NOAA's "CIS" headings).
_CIS = ("RU", "UA", "BY", "MD", "GE", "AM", "AZ", "KZ", "UZ", "TM", "KG", "TJ")
#: The Soviet Union's successor states: the CIS and the Baltic states.
_FORMER_USSR = (*_CIS, "EE", "LV", "LT")
#: Regions and former states that stand for several of today's countries.
_REGIONS: dict[str, tuple[str, ...]] = {
    "yugoslavia": ("RS", "HR", "BA", "SI", "MK", "ME", "XK"),
    "balkans": ("RS", "HR", "BA", "SI", "MK", "ME", "XK", "AL", "BG", "GR", "RO"),
    "balkans nw": ("HR", "BA", "SI", "RS", "ME", "MK", "XK", "AL"),
    "ussr": _FORMER_USSR,
    "soviet union": _FORMER_USSR,
    "cis": _CIS,
    "czechoslovakia": ("CZ", "SK"),
    "tibet": ("CN",),
    "kermadec islands": ("NZ",),
    "virgin islands": ("VI", "VG"),
    "caucasus": ("GE", "AM", "AZ", "RU"),
    "sumatra": ("ID",),
    "java": ("ID",),
    "borneo": ("ID", "MY", "BN"),
    "celebes": ("ID",),
    "sulawesi": ("ID",),
    "hokkaido": ("JP",),
    "honshu": ("JP",),
    "kyushu": ("JP",),
    "shikoku": ("JP",),
    "luzon": ("PH",),
    "mindanao": ("PH",),
    "hawaiian islands": ("US",),
    "aleutian islands": ("US",),
    "new guinea": ("PG", "ID"),
}
_MIN_FUZZY_LEN = 4
_MAX_QUERY_LEN = 200

_SHARED: dict[Path | None, Index] = {}
_SHARED_LOCK = threading.Lock()


@dataclass(slots=True)
class Candidate:
    """One scored candidate for a query."""

    place: int
    score: float
    matched: str
    fuzzy: float = 1.0
    notes: list[str] = field(default_factory=list)


@dataclass
class _Query:
    """A parsed query: place options (folded, best first) and context parts."""

    places: list[str]
    countries: tuple[str, ...] = ()
    country_text: str | None = None
    admin1: str | None = None
    want_admin1: bool = False
    direction: str | None = None
    multi: bool = False
    raw: str = ""

    @property
    def place(self) -> str:
        return self.places[0] if self.places else ""


@dataclass(frozen=True)
class SwapCheck:
    """Whether a point looks like it had its latitude and longitude swapped.

    Attributes
    ----------
    swapped : bool
        True when the swapped point is the plausible one.
    as_given, if_swapped : Location or None
        Nearest populated place to the point as given and to the swapped point
        (``None`` when that reading is out of range).
    reason : str
        Why, in words.
    """

    swapped: bool
    as_given: Location | None
    if_swapped: Location | None
    reason: str


def _variants(item: str) -> list[str]:
    """Folded spellings to try for one NOAA-style place item, best first."""
    out: list[str] = []
    inner = [fold(m) for m in _PARENS.findall(item)]
    base = fold(_PARENS.sub(" ", item))
    for text in (base, *inner):
        if not text:
            continue
        out.append(text)
        t = text
        for rx in (_DIRECTION, _QUALIFIER_PREFIX, _DIRECTION):
            t = rx.sub("", t)
        t2 = _QUALIFIER_SUFFIX.sub("", t)
        out.extend(v for v in (t, t2) if v)
    return [v for v in dict.fromkeys(out) if not _NOT_A_PLACE.match(v)]


class Gazetteer:
    """Offline geocoder over GeoNames cities500, subdivisions and countries.

    Parameters
    ----------
    cache_dir : path, optional
        Where the built index lives (default :data:`geoinc.settings.cache_dir`).
    fuzzy : bool
        Try fuzzy matching (rapidfuzz) when no name matches exactly.
    min_fuzzy_score : float
        Similarity (0–100, rapidfuzz ``ratio``) a fuzzy match needs on its own. A
        single typo or transposition (one edit) in a name of five letters or more is
        also accepted ("Uvlade" → Uvalde). A state or country named in the query
        limits the fuzzy candidates to that area, as for exact matches.

    Examples
    --------
    >>> from geoinc import Gazetteer
    >>> g = Gazetteer()
    >>> g.geocode("Kerman").raw["country"]
    'IR'
    >>> g.geocode("Kerman", country_codes="us").raw["admin1"]
    'California'
    >>> g.geocode("Tripoli", country_bias="Lebanon").raw["reason"]
    '5 candidates; chose Tripoli, LB (pop 229,398) because the text names Lebanon'
    """

    name = "geonames"

    def __init__(
        self, cache_dir: Path | None = None, *, fuzzy: bool = True, min_fuzzy_score: float = 85.0
    ) -> None:
        self.cache_dir = cache_dir
        self.fuzzy = fuzzy
        self.min_fuzzy_score = float(min_fuzzy_score)
        self._fuzzy_blocks: dict[tuple[str, int], list[str]] | None = None
        self._grid: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None

    # -- data --------------------------------------------------------------------------
    @property
    def index(self) -> Index:
        """The loaded index (shared by every Gazetteer with the same cache_dir)."""
        key = self.cache_dir
        if key not in _SHARED:
            with _SHARED_LOCK:
                if key not in _SHARED:
                    _SHARED[key] = _index.load(self.cache_dir)
        return _SHARED[key]

    # -- parsing -----------------------------------------------------------------------
    def _area(self, text: str) -> tuple[tuple[str, ...], str | None]:
        """Countries (and an admin1 name) that a NOAA-style heading such as "TURKEY",
        "COSTA RICA-PANAMA", "MYANMAR (BURMA)", "CALIFORNIA" or "BALKANS NW" names."""
        countries: list[str] = []
        admin1: str | None = None
        items = [p for p in re.split(r"[;,]", text) if p.strip()]
        for item in items:
            found = self._area_item(item)
            if found is None and "-" in item:
                for sub in item.split("-"):
                    sub_found = self._area_item(sub)
                    if sub_found:
                        countries.extend(sub_found[0])
                        admin1 = admin1 or sub_found[1]
            elif found:
                countries.extend(found[0])
                admin1 = admin1 or found[1]
        return tuple(dict.fromkeys(countries)), admin1

    def _area_item(self, item: str) -> tuple[tuple[str, ...], str | None] | None:
        for v in _variants(item):
            code = to_iso2(v)
            if code:
                return (code,), None
            if v in _REGIONS:
                return _REGIONS[v], None
        ix = self.index
        for v in _variants(item):
            ids = [i for i in ix.key_ids.get(v, ()) if ix.kinds[i] == KIND_ADMIN1]
            if ids:
                best = max(ids, key=lambda i: ix.pops[i])
                return (ix.country[best],), ix.admin1[best]
        return None

    def _parse(self, query: str) -> _Query:
        """Split "Kerman, Iran", "Springfield, IL", "IRAN:  KERMAN" and "Kerman Province"."""
        text = " ".join(query.split())
        if not text or len(text) > _MAX_QUERY_LEN:
            return _Query(places=[])
        if ":" in text:  # NOAA layout "COUNTRY:  REGION:  PLACE, PLACE; COUNTRY2:  PLACE"
            q = self._parse_noaa(text)
            if q is not None:
                return q
            text = text.replace(":", ",")
        parts = [p.strip() for p in text.split(",") if p.strip()] if "," in text else [text]
        country = country_text = admin1_part = None
        extra_places: list[str] = []
        if len(parts) >= 2:
            for part in reversed(parts[1:]):
                code = to_iso2(part) if country is None else None
                if code is not None and not (part.isupper() and part in _US_STATE_CODES):
                    country, country_text = code, fold(part)
                elif admin1_part is None:
                    admin1_part = part
                    if part.upper() in _US_STATE_CODES and len(part) == 2 and country is None:
                        country = "US"
                else:  # "Nickel Mines, Lancaster, Pennsylvania": Lancaster is a fallback
                    extra_places.insert(0, fold(part))
            text = parts[0]
        folded = fold(text)
        want_admin1 = False
        direction = None
        options = [folded] if folded else []
        m = _DIRECTION.match(folded)
        if m and len(folded) > len(m.group(0)) + 2:  # "South Valley" first, then "Valley"
            direction = m.group(1)
            folded = folded[m.end() :]
            options.append(folded)
        for rx in (_ADMIN_SUFFIX, _ADMIN_PREFIX):
            stripped = rx.sub("", folded)
            if stripped != folded and stripped:
                folded = stripped
                want_admin1 = True
                options.append(folded)
        return _Query(
            places=list(dict.fromkeys([*options, *extra_places])),
            countries=(country,) if country else (),
            country_text=country_text,
            admin1=admin1_part,
            want_admin1=want_admin1,
            direction=direction,
            raw=text,
        )

    def _parse_noaa(self, text: str) -> _Query | None:
        segments = [s.strip() for s in text.split(":")]
        countries, admin1 = self._area(segments[0])
        if not (countries or admin1):
            return None
        # groups of segments, each under the countries named before it
        groups: list[list[list[str]]] = [[]]
        all_countries = list(countries)
        for seg in segments[1:]:
            items = [i.strip() for i in re.split(r"[;,]", seg) if i.strip()]
            new_group = False
            if len(items) > 1 or len(segments) > 2:
                last = items[-1] if items else ""
                area = self._area_item(last) if last and to_iso2(last) else None
                if area:  # "NABULUS, SALT; JORDAN:  AL-KARAK"
                    all_countries.extend(area[0])
                    items = items[:-1]
                    new_group = True
            kept = []
            for item in items:
                area = self._area_item(item) if to_iso2(item) else None
                if area:  # "EL SALVADOR:  LA UNION; HONDURAS"
                    all_countries.extend(area[0])
                else:
                    kept.append(item)
            groups[-1].append(kept)
            if new_group:
                groups.append([])
        places: list[str] = []
        for group in groups:
            for seg_items in reversed(group):  # the last segment is the most precise
                for item in seg_items:
                    places.extend(_variants(item))
        places = [p for p in dict.fromkeys(places) if len(p) >= 2]
        return _Query(
            places=places,
            countries=tuple(dict.fromkeys(all_countries)),
            country_text=fold(segments[0]),
            admin1=admin1,
            multi=True,
            raw=text,
        )

    # -- candidates --------------------------------------------------------------------
    def _exact(self, key: str) -> tuple[tuple[int, ...], str]:
        ids = self.index.key_ids.get(key)
        if ids:
            return ids, key
        alt = strip_article(key)
        if alt != key:
            ids = self.index.key_ids.get(alt)
            if ids:
                return ids, alt
        return (), key

    def _blocks(self) -> dict[tuple[str, int], list[str]]:
        if self._fuzzy_blocks is None:
            blocks: dict[tuple[str, int], list[str]] = {}
            for k in self.index.key_ids:
                blocks.setdefault((k[:1], len(k)), []).append(k)
            self._fuzzy_blocks = blocks
        return self._fuzzy_blocks

    def _fuzzy(self, key: str, cutoff: float) -> list[tuple[str, float, int]]:
        """Keys similar to ``key``: (key, ratio 0–100, OSA edit distance), best first."""
        from rapidfuzz import fuzz, process
        from rapidfuzz.distance import OSA

        blocks = self._blocks()
        pool: list[str] = []
        n = len(key)
        for head in dict.fromkeys((key[:1], key[1:2])):
            for length in range(n - 2, n + 3):
                pool.extend(blocks.get((head, length), ()))
        hits = process.extract(key, pool, scorer=fuzz.ratio, limit=12, score_cutoff=cutoff)
        return [(k, float(s), int(OSA.distance(key, k))) for k, s, _ in hits]

    def candidates(
        self,
        query: str,
        *,
        country_codes: str | Iterable[str] | None = None,
        country_bias: str | Iterable[str] | None = None,
        admin1: str | None = None,
    ) -> tuple[list[Candidate], _Query]:
        """Score every candidate for ``query``; best first.

        Parameters
        ----------
        query : str
            The place text (see :meth:`geocode`).
        country_codes : str or list of str, optional
            Restrict the answer to these countries (ISO2 codes or names).
        country_bias : str or list of str, optional
            Prefer these countries (e.g. those named in the same report).
        admin1 : str, optional
            Prefer places in this province/state (name or code).

        Returns
        -------
        (list of Candidate, parsed query)
            Candidates best first (each place once); empty when nothing matches.
        """
        ix = self.index
        q = self._parse(query)
        restrict = _codes(country_codes)
        bias = _codes(country_bias)
        query_countries = set(q.countries)
        admin_hint = fold(admin1 or q.admin1 or "") if (admin1 or q.admin1) else ""
        if not q.places:
            return [], q

        # "City, State": when the state part is a real admin1, the place must be in it
        targets = (
            self._admin1_targets(fold(q.admin1), query_countries | restrict)
            if (q.admin1)
            else set()
        )

        def allowed(pid: int) -> bool:
            cc = ix.country[pid]
            if restrict and cc not in restrict:
                return False
            if targets and (cc, ix.admin1_code[pid]) not in targets:
                return False
            if query_countries and cc not in query_countries:
                # "Atlanta, Georgia": the part names a country and also the admin1
                return bool(q.country_text) and _same_admin1(ix, pid, q.country_text or "")
            return True

        found: list[tuple[int, str, float]] = []  # (place, matched key, fuzzy 0-1)
        # US ZIP localities (no population) answer bare names only as a last resort:
        # "Sumatra" is the island before it is a post office in Florida
        us_context = (
            "US" in query_countries
            or "US" in restrict
            or "US" in bias
            or any(t[0] == "US" for t in targets)
        )
        sources = ix.source
        late: list[tuple[int, str, float]] = []
        for place in q.places:
            ids, matched = self._exact(place)
            ids = tuple(i for i in ids if allowed(i))
            if ids and not us_context:
                main = tuple(i for i in ids if sources[i] != SOURCE_US_ZIP)
                if not main:
                    late = late or [(i, matched, 1.0) for i in ids]
                    continue
                ids = main
            if ids:
                found = [(i, matched, 1.0) for i in ids]
                break
        if not found and not q.multi:  # "VANUATU ISLANDS", "Nr Kandahar": qualifiers
            for place in _variants(q.raw):
                if place in q.places:
                    continue
                ids, matched = self._exact(place)
                ids = tuple(i for i in ids if allowed(i))
                if ids:
                    found = [(i, matched, 1.0) for i in ids]
                    break
        if not found and not (q.multi or q.admin1 or query_countries):
            regions = [_REGIONS[v] for v in _variants(q.raw) if v in _REGIONS]
            if regions:  # "SW. SUMATRA", "KERMADEC ISLANDS": an area, not a misspelling
                q.countries = regions[0]
                return [], q
        several = ";" in q.raw or "-" in q.raw  # "NEPAL-INDIA", "TURKEY-CIS", "SPAIN; MOROCCO"
        if not found and several and not (q.multi or q.admin1 or query_countries):
            area_countries, area_admin1 = self._area(q.raw)
            if area_countries:
                q.countries, q.admin1 = area_countries, area_admin1
                return [], q
        if not found and late:
            found = late
        if not found and self.fuzzy:
            for place in q.places:
                if not (_MIN_FUZZY_LEN <= len(place) <= 40):
                    continue
                for key, ratio, edits in self._fuzzy(place, min(self.min_fuzzy_score, 75.0)):
                    for pid in ix.key_ids.get(key, ()):
                        if not allowed(pid):
                            continue
                        # one typo or transposition ("Uvlade") in a name of 5+ letters,
                        # or similar enough overall ("Maidugiri")
                        typo = edits <= 1 and len(place) >= 5
                        ok = ratio >= self.min_fuzzy_score or typo
                        if ok:
                            sim = max(ratio, 100.0 * (1 - edits / max(len(place), len(key))))
                            found.append((pid, key, sim / 100.0))
                if found:
                    break
        out: list[Candidate] = []
        kinds, pops, countries, main_keys = ix.kinds, ix.pops, ix.country, ix.main_key
        log10 = math.log10
        for pid, key, fz in found:
            cc = countries[pid]
            kind = kinds[pid]
            score = log10(pops[pid] + 10)
            notes: list[str] = []
            if kind == KIND_COUNTRY:
                score += 4.0
            elif kind == KIND_ADMIN1:
                score += 2.5 if q.want_admin1 else -1.0
            elif q.want_admin1:
                score -= 3.0
            if main_keys[pid] == key:
                # "Newtown, Connecticut": the town called that today, not the city whose
                # old name it was, once the state narrows the field
                score += 3.0 if targets and sources[pid] != SOURCE_US_ZIP else 0.3
            if cc in query_countries:
                notes.append(f"the query names {country_name(cc)}")
            elif q.country_text and _same_admin1(ix, pid, q.country_text):
                notes.append(f"it is in {ix.admin1[pid]}")
            if bias and cc in bias:
                score += 3.0
                notes.append(f"the text names {country_name(cc)}")
            if admin_hint and _admin1_matches(ix, pid, admin_hint):
                score += 3.0
                notes.append(f"it is in {ix.admin1[pid]}")
            if fz < 1.0:
                score += (fz - 1.0) * 20
            out.append(Candidate(place=pid, score=score, matched=key, fuzzy=fz, notes=notes))
        out.sort(key=lambda c: (-c.score, c.place))
        seen: set[int] = set()
        unique = []
        for c in out:  # a place reached through several keys keeps its best entry
            if c.place not in seen:
                seen.add(c.place)
                unique.append(c)
        return unique, q

    def _admin1_targets(self, hint: str, countries: set[str]) -> set[tuple[str, str]]:
        """(country, admin1 code) pairs that an admin1 name or US state code denotes."""
        ix = self.index
        out = {
            (ix.country[i], ix.admin1_code[i])
            for i in ix.key_ids.get(hint, ())
            if ix.kinds[i] == KIND_ADMIN1 and (not countries or ix.country[i] in countries)
        }
        if hint.upper() in _US_STATE_CODES and (not countries or "US" in countries):
            out.add(("US", hint.upper()))
        return out

    def _fallback(self, q: _Query, restrict: set[str], admin1: str | None) -> Candidate | None:
        """The province or country a query names, when its place cannot be found."""
        ix = self.index
        hint = fold(admin1 or q.admin1 or "")
        countries = [c for c in q.countries if not restrict or c in restrict]
        if hint:
            ids = [
                i
                for i in ix.key_ids.get(hint, ())
                if ix.kinds[i] == KIND_ADMIN1
                and (not countries or ix.country[i] in countries)
                and (not restrict or ix.country[i] in restrict)
            ]
            if ids:
                best = max(ids, key=lambda i: ix.pops[i])
                return Candidate(place=best, score=0.0, matched=hint, notes=["fallback"])
        if len(countries) >= 1:
            ids = [
                i
                for i in ix.key_ids.get(fold(country_name(countries[0])), ())
                if ix.kinds[i] == KIND_COUNTRY and ix.country[i] == countries[0]
            ]
            if ids:
                return Candidate(place=ids[0], score=0.0, matched=countries[0], notes=["fallback"])
        return None

    # -- geopy interface ---------------------------------------------------------------
    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        country_codes: str | Iterable[str] | None = None,
        country_bias: str | Iterable[str] | None = None,
        admin1: str | None = None,
        limit: int = 10,
        timeout: float | None = None,
    ) -> Location | list[Location] | None:
        """Resolve a place name.

        Parameters
        ----------
        query : str
            A name, optionally with parts: "Kerman, Iran", "Springfield, IL",
            "IRAN:  KERMAN", "TURKEY:  KAHRAMANMARAS, HATAY", "Kerman Province".
        exactly_one : bool
            Return the best :class:`~geopy.location.Location` (or ``None``); when
            ``False``, a list of up to ``limit`` ranked candidates (empty when none).
        country_codes : str or list of str, optional
            ISO2 codes (or names) the answer must be in (geopy's argument of that name).
        country_bias : str or list of str, optional
            Countries to prefer (for example those named in the same report).
        admin1 : str, optional
            A province/state name or code to prefer.
        limit : int
            Most candidates returned when ``exactly_one`` is False.
        timeout : float, optional
            Accepted for geopy compatibility; the gazetteer never waits.

        Returns
        -------
        Location, list of Location or None
            ``Location.raw`` holds ``name``, ``country`` (ISO2), ``country_name``,
            ``admin1``, ``precision`` (``city``/``admin1``/``country``),
            ``population``, ``matched`` (the folded name that matched),
            ``confidence`` (0–1), ``candidates`` (how many places matched), ``rank``,
            ``fuzzy_score``, ``fallback`` and ``reason``. ``None`` (or ``[]``) when
            nothing matches.

        Raises
        ------
        TypeError
            If ``query`` is not a string.
        ValueError
            If a country code or name is not recognised, or ``limit`` < 1.
        """
        if not isinstance(query, str):
            raise TypeError(f"query must be a string, not {type(query).__name__}")
        if limit < 1:
            raise ValueError(f"limit must be at least 1, not {limit!r}")
        cands, q = self.candidates(
            query, country_codes=country_codes, country_bias=country_bias, admin1=admin1
        )
        if not cands:
            fb = self._fallback(q, _codes(country_codes), admin1) if q.places or q.multi else None
            if fb is None:
                return None if exactly_one else []
            loc = self._location([fb], 0, q, country_codes)
            return loc if exactly_one else [loc]
        if exactly_one:
            return self._location(cands, 0, q, country_codes)
        return [self._location(cands, i, q, country_codes) for i in range(min(limit, len(cands)))]

    def reverse(
        self, query: Any, *, exactly_one: bool = True, limit: int = 5, timeout: float | None = None
    ) -> Location | list[Location] | None:
        """Nearest populated places to a point.

        Parameters
        ----------
        query : str, tuple or geopy Point
            ``"lat, lon"``, ``(lat, lon)`` or a :class:`geopy.point.Point`.
        exactly_one : bool
            Return the nearest place; when False, a list of the ``limit`` nearest.
        limit : int
            Number of places when ``exactly_one`` is False.
        timeout : float, optional
            Accepted for geopy compatibility.

        Returns
        -------
        Location or list of Location
            ``raw`` as in :meth:`geocode` plus ``distance_km``.

        Raises
        ------
        ValueError
            If the point is not a valid latitude/longitude (e.g. latitude 95; see
            :meth:`check_swapped` for points whose coordinates may be swapped).
        """
        lat, lon = _latlon(query)
        ids, dists = self._nearest(lat, lon, 1 if exactly_one else max(1, int(limit)))
        locs = []
        ix = self.index
        for pid, dist in zip(ids.tolist(), dists.tolist(), strict=True):
            raw = self._raw(pid)
            raw.update(
                distance_km=round(dist, 3),
                confidence=1.0,
                candidates=1,
                matched=None,
                reason=f"nearest populated place, {dist:.1f} km away",
            )
            locs.append(Location(self._address(pid), (float(ix.lat[pid]), float(ix.lon[pid])), raw))
        if not locs:  # pragma: no cover - the index always holds places
            return None if exactly_one else []
        return locs[0] if exactly_one else locs

    def check_swapped(
        self, point: Any, *, country: str | None = None, max_km: float = 50.0
    ) -> SwapCheck:
        """Tell whether a point's latitude and longitude look swapped.

        A point is judged swapped when its latitude is out of range but the swapped
        one is not; or, given the ``country`` the row claims, when the point as given
        lies nearest to a place in another country and the swapped point lies nearest
        to a place in that country; or, without a country, when the point as given is
        more than ``max_km`` from any populated place and the swapped one is within
        ``max_km / 2`` of one.

        Parameters
        ----------
        point : tuple or str
            ``(lat, lon)`` as found in the data, or ``"lat, lon"``.
        country : str, optional
            ISO2 code or name of the country the row says it is in.
        max_km : float
            Distance from the nearest populated place beyond which a point is
            suspicious.

        Returns
        -------
        SwapCheck

        Examples
        --------
        >>> g = Gazetteer()
        >>> g.check_swapped((57.08, 30.28), country="IR").swapped  # Kerman, swapped
        True
        """
        lat, lon = _raw_latlon(point)
        cc = _codes(country)

        def near(la: float, lo: float) -> Location | None:
            if not (-90 <= la <= 90 and -180 <= lo <= 180):
                return None
            loc = self.reverse((la, lo))
            return loc if isinstance(loc, Location) else None

        given, swapped = near(lat, lon), near(lon, lat)
        if given is None and swapped is None:
            return SwapCheck(False, None, None, f"({lat}, {lon}) is out of range either way")
        if given is None and swapped is not None:
            return SwapCheck(
                True, None, swapped, _swap_reason("the latitude is out of range", swapped)
            )
        assert given is not None
        if swapped is None:
            return SwapCheck(False, given, None, "the swapped point is out of range")
        if cc:
            g_ok, s_ok = given.raw["country"] in cc, swapped.raw["country"] in cc
            if not g_ok and s_ok:
                why = f"as given it is in {given.raw['country_name']}, not {_names(cc)}"
                return SwapCheck(True, given, swapped, _swap_reason(why, swapped))
            if g_ok:
                return SwapCheck(False, given, swapped, f"as given it is in {_names(cc)}")
        dg, ds = given.raw["distance_km"], swapped.raw["distance_km"]
        if dg > max_km and ds <= max_km / 2:
            why = f"as given it is {dg:.0f} km from any populated place"
            return SwapCheck(True, given, swapped, _swap_reason(why, swapped))
        return SwapCheck(
            False, given, swapped, f"as given it is {dg:.1f} km from {given.raw['name']}"
        )

    # -- helpers -----------------------------------------------------------------------
    def _nearest(self, lat: float, lon: float, k: int) -> tuple[np.ndarray, np.ndarray]:
        ix = self.index
        if self._grid is None:
            cities = np.flatnonzero(ix.kind == KIND_CITY)
            cell = _cell(ix.lat[cities], ix.lon[cities])
            order = np.argsort(cell, kind="stable")
            self._grid = (cell[order], cities[order], np.unique(cell))
        cells_sorted, ids_sorted, _ = self._grid
        cy, cx = math.floor(lat), math.floor(lon)
        radius = 1
        while True:
            if radius >= 180:
                pool = ids_sorted
            else:
                ys = np.arange(max(cy - radius, -90), min(cy + radius, 89) + 1)
                xs = (np.arange(cx - radius, cx + radius + 1) + 180) % 360 - 180
                wanted = np.unique(((ys[:, None] + 90) * 360 + (xs[None, :] + 180)).ravel())
                lo = np.searchsorted(cells_sorted, wanted, side="left")
                hi = np.searchsorted(cells_sorted, wanted, side="right")
                pool = np.concatenate(
                    [ids_sorted[a:b] for a, b in zip(lo, hi, strict=True)]
                    or [np.array([], dtype=ids_sorted.dtype)]
                )
            if len(pool) >= k or radius >= 180:
                d = _haversine_km(lat, lon, ix.lat[pool], ix.lon[pool])
                order = np.argsort(d, kind="stable")[:k]
                # the square of cells is only safe out to its inner radius
                coslat = math.cos(math.radians(min(89.0, abs(lat) + radius)))
                safe_km = radius * 111.0 * coslat
                if radius >= 180 or (len(order) and d[order[-1]] <= safe_km):
                    return pool[order], d[order]
            radius = radius * 2 if radius < 64 else 180

    def _raw(self, pid: int) -> dict[str, Any]:
        ix = self.index
        return {
            "name": ix.name[pid],
            "country": ix.country[pid],
            "country_name": country_name(ix.country[pid]),
            "admin1": ix.admin1[pid] or None,
            "precision": KIND_NAMES[ix.kinds[pid]],
            "population": ix.pops[pid],
            "latitude": float(ix.lat[pid]),
            "longitude": float(ix.lon[pid]),
            "source": SOURCE_NAMES[int(ix.source[pid])],
        }

    def _address(self, pid: int) -> str:
        ix = self.index
        parts = [ix.name[pid]]
        if ix.kinds[pid] == KIND_CITY and ix.admin1[pid]:
            parts.append(ix.admin1[pid])
        if ix.kinds[pid] != KIND_COUNTRY:
            parts.append(country_name(ix.country[pid]))
        return ", ".join(parts)

    def _location(self, cands: list[Candidate], i: int, q: _Query, country_codes: Any) -> Location:
        c = cands[i]
        ix = self.index
        fallback = "fallback" in c.notes
        raw = self._raw(c.place)
        raw["matched"] = c.matched
        raw["candidates"] = 0 if fallback else len(cands)
        raw["rank"] = i + 1
        raw["fuzzy_score"] = round(c.fuzzy * 100, 1)
        raw["fallback"] = fallback
        raw["confidence"] = round(0.3 if fallback else _confidence(cands, i), 3)
        raw["reason"] = _reason(cands, i, ix, q, country_codes)
        return Location(
            self._address(c.place), (float(ix.lat[c.place]), float(ix.lon[c.place])), raw
        )


def _cell(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    y = np.clip(np.floor(lat), -90, 89).astype(np.int64)
    x = ((np.floor(lon).astype(np.int64) + 180) % 360) - 180
    return (y + 90) * 360 + (x + 180)


def _latlon(query: Any) -> tuple[float, float]:
    from geopy.point import Point

    if isinstance(query, Point):
        return float(query.latitude), float(query.longitude)
    lat, lon = _raw_latlon(query)
    if not -90 <= lat <= 90:
        raise ValueError(
            f"latitude must be within [-90, 90], got {lat} in {query!r} "
            "(are latitude and longitude swapped? see Gazetteer.check_swapped)"
        )
    if not -180 <= lon <= 180:
        raise ValueError(f"longitude must be within [-180, 180], got {lon} in {query!r}")
    return lat, lon


def _raw_latlon(point: Any) -> tuple[float, float]:
    """(lat, lon) as written, without geopy's range checks or normalisation."""
    try:
        if isinstance(point, str):
            a, b = (float(p) for p in point.replace(";", ",").split(","))
        else:
            a, b = (float(p) for p in list(point)[:2])
    except (ValueError, TypeError) as err:
        raise ValueError(f"not a (latitude, longitude) pair: {point!r}") from err
    if not (math.isfinite(a) and math.isfinite(b)):
        raise ValueError(f"not a finite (latitude, longitude) pair: {point!r}")
    return a, b


def _names(codes: set[str]) -> str:
    return " or ".join(country_name(c) for c in sorted(codes))


def _swap_reason(why: str, swapped: Location) -> str:
    r = swapped.raw
    return f"{why}; swapped, it is {r['distance_km']:.1f} km from {r['name']}, {r['country_name']}"


def _admin1_matches(ix: Index, pid: int, hint: str) -> bool:
    a1 = fold(ix.admin1[pid])
    return bool(a1) and (
        a1 == hint
        or ix.admin1_code[pid].lower() == hint
        or strip_article(a1) == strip_article(hint)
        or _ADMIN_SUFFIX.sub("", hint) == a1
    )


def _same_admin1(ix: Index, pid: int, text: str) -> bool:
    return bool(ix.admin1[pid]) and fold(ix.admin1[pid]) == text


def _codes(value: str | Iterable[str] | None) -> set[str]:
    if value is None:
        return set()
    items = [value] if isinstance(value, str) else list(value)
    out = set()
    for item in items:
        code = to_iso2(item)
        if code is None:
            raise ValueError(f"not a country code or name: {item!r}")
        out.add(code)
    return out


def _confidence(cands: list[Candidate], i: int) -> float:
    """Softmax share of candidate ``i`` (scores are on a log10-population scale)."""
    top = cands[0].score
    weights = [math.exp(1.2 * (c.score - top)) for c in cands[:50]]
    share = (weights[i] if i < len(weights) else 0.0) / sum(weights)
    c = cands[i]
    cap = 0.97 if len(cands) > 1 else 0.95
    return min(share, cap) * c.fuzzy**2


def _label(ix: Index, pid: int) -> str:
    label = f"{ix.name[pid]}, {ix.country[pid]}"
    if ix.kinds[pid] == KIND_CITY:
        pop = ix.pops[pid]
        return label + (f" (pop {pop:,})" if pop else " (population unknown)")
    return label + f" ({KIND_NAMES[ix.kinds[pid]]})"


def _reason(cands: list[Candidate], i: int, ix: Index, q: _Query, country_codes: Any) -> str:
    c = cands[i]
    pid = c.place
    if "fallback" in c.notes:
        what = f"0 candidates for {q.places[0]!r}" if q.places else "no place in the query"
        return f"{what}; fell back to {_label(ix, pid)}, which the query names"
    n = len(cands)
    head = f"{n} candidate{'s' if n != 1 else ''}; "
    if i > 0:
        return head + f"rank {i + 1}: {_label(ix, pid)}"
    why: list[str] = []
    if c.fuzzy < 1.0:
        why.append(
            f"{q.places[0] if q.places else ''!r} looks like a misspelling of "
            f"{c.matched!r} ({c.fuzzy * 100:.0f}% similar)"
        )
    if country_codes is not None:
        why.append(f"the answer was restricted to {', '.join(sorted(_codes(country_codes)))}")
    why.extend(dict.fromkeys(c.notes))
    if q.want_admin1 and ix.kinds[pid] == KIND_ADMIN1:
        why.append("the query names a province/state")
    if n > 1 and not why:
        why.append("it is the most populous match")
    elif not why:
        why.append("it is the only match")
    return head + f"chose {_label(ix, pid)} because " + " and ".join(why)


def _haversine_km(lat: float, lon: float, lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
    p1, p2 = math.radians(lat), np.radians(lats)
    dphi = p2 - p1
    dl = np.radians(lons) - math.radians(lon)
    a = np.sin(dphi / 2) ** 2 + math.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 6371.0088 * 2 * np.arcsin(np.sqrt(np.minimum(a, 1.0)))
