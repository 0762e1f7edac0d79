"""The offline gazetteer: GeoNames places, resolved in context, with a reason.

:class:`Gazetteer` follows geopy's geocoder interface (``geocode`` and ``reverse``
returning :class:`geopy.location.Location`), so any geopy service can stand in for
it and it can stand in for them.
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
from geopy.point import Point

from geoinc._countries import country_name, to_iso2
from geoinc._text import fold, strip_article
from geoinc.geocode import _index
from geoinc.geocode._index import KIND_ADMIN1, KIND_CITY, KIND_COUNTRY, KIND_NAMES, Index

__all__ = ["Gazetteer", "Candidate"]

log = logging.getLogger("geoinc")

_ADMIN_SUFFIX = re.compile(
    r"\s+(province|state|oblast|governorate|region|prefecture|county|district|department|"
    r"territory|division|emirate|canton|voivodeship|krai|kray|wilayah|wilaya|vilayet|ostan)$"
)
_ADMIN_PREFIX = re.compile(r"^(province|state|governorate|region|department) of\s+")
_DIRECTION = re.compile(
    r"^(north|south|east|west|northern|southern|eastern|western|central|"
    r"north east|north west|south east|south west|northeastern|northwestern|southeastern|"
    r"southwestern|northeast|northwest|southeast|southwest)\s+"
)
_US_STATE_CODES = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH "
    "NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split()
)

_SHARED: dict[Path | None, Index] = {}
_SHARED_LOCK = threading.Lock()


@dataclass
class Candidate:
    """One scored candidate for a query."""

    place: int
    score: float
    matched: str
    fuzzy: float = 1.0
    notes: list[str] = field(default_factory=list)


@dataclass
class _Query:
    place: str
    country: str | None = None
    admin1: str | None = None
    want_admin1: bool = False
    direction: str | None = None


def _parse(query: str) -> _Query:
    """Split "Kerman, Iran", "Springfield, IL", "IRAN:  KERMAN", "Kerman Province" into parts."""
    text = " ".join(query.split())
    country = admin1 = None
    if ":" in text:  # NOAA layout, "COUNTRY:  PLACE; OTHER PLACE"
        head, _, tail = text.partition(":")
        code = to_iso2(head)
        if code is not None:
            country = code
            text = re.split(r"[;,]", tail)[0].strip() or head
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if len(parts) >= 2:
        rest = parts[1:]
        place = parts[0]
        for part in reversed(rest):
            code = to_iso2(part) if country is None else None
            if code is not None and not (part.isupper() and part in _US_STATE_CODES):
                country = code
            elif admin1 is None:
                admin1 = part
                if part.upper() in _US_STATE_CODES and country is None:
                    country = "US"
        text = place
    folded = fold(text)
    want_admin1 = False
    direction = None
    m = _DIRECTION.match(folded)
    if m and len(folded) > len(m.group(0)):
        direction = m.group(1)
        folded = folded[m.end():]
    for rx in (_ADMIN_SUFFIX, _ADMIN_PREFIX):
        stripped = rx.sub("", folded)
        if stripped != folded and stripped:
            folded = stripped
            want_admin1 = True
    return _Query(place=folded, country=country, admin1=admin1, want_admin1=want_admin1,
                  direction=direction)


class Gazetteer:
    """Offline geocoder over GeoNames cities500, subdivisions and countries.

    Parameters
    ----------
    cache_dir : path, optional
        Where the built index lives (default :data:`geoinc.settings.cache_dir`).
    fuzzy : bool
        Try fuzzy matching (rapidfuzz) when no name matches exactly.
    min_fuzzy_score : float
        Lowest similarity (0–100) a fuzzy match needs.

    Examples
    --------
    >>> from geoinc import Gazetteer
    >>> g = Gazetteer()
    >>> g.geocode("Kerman").raw["country"]
    'IR'
    >>> g.geocode("Kerman", country_codes="us").raw["admin1"]
    'California'
    """

    name = "geonames"

    def __init__(self, cache_dir: Path | None = None, *, fuzzy: bool = True,
                 min_fuzzy_score: float = 85.0) -> None:
        self.cache_dir = cache_dir
        self.fuzzy = fuzzy
        self.min_fuzzy_score = min_fuzzy_score
        self._fuzzy_blocks: dict[str, list[str]] | None = None
        self._grid: dict[tuple[int, int], np.ndarray] | None = None

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

    def _fuzzy(self, key: str) -> list[tuple[str, float]]:
        from rapidfuzz import fuzz, process

        if self._fuzzy_blocks is None:
            blocks: dict[str, list[str]] = {}
            for k in self.index.key_ids:
                blocks.setdefault(k[:1], []).append(k)
            self._fuzzy_blocks = blocks
        pool: list[str] = []
        for head in {key[:1], key[1:2]}:
            pool.extend(k for k in self._fuzzy_blocks.get(head, ()) if abs(len(k) - len(key)) <= 2)
        hits = process.extract(key, pool, scorer=fuzz.ratio, limit=8,
                               score_cutoff=self.min_fuzzy_score)
        return [(k, float(s)) for k, s, _ in hits]

    def candidates(
        self,
        query: str,
        *,
        country_codes: str | Iterable[str] | None = None,
        country_bias: str | Iterable[str] | None = None,
        admin1: str | None = None,
    ) -> tuple[list[Candidate], _Query]:
        """Score every candidate for ``query``; best first.

        ``country_codes`` restricts the answer to those countries; ``country_bias``
        (e.g. the countries named in the same report) and ``admin1`` only prefer them.
        """
        ix = self.index
        q = _parse(query)
        restrict = _codes(country_codes)
        bias = _codes(country_bias)
        if q.country:
            restrict = restrict or {q.country}
        admin_hint = fold(admin1 or q.admin1 or "")
        if not q.place or len(q.place) > 200:
            return [], q
        ids, matched = self._exact(q.place)
        fuzzy_scores: dict[int, tuple[float, str]] = {}
        if not ids and self.fuzzy and len(q.place) >= 4:
            for key, score in self._fuzzy(q.place):
                for pid in ix.key_ids[key]:
                    if pid not in fuzzy_scores or fuzzy_scores[pid][0] < score:
                        fuzzy_scores[pid] = (score, key)
            ids = tuple(fuzzy_scores)
        out: list[Candidate] = []
        for pid in ids:
            cc = ix.country[pid]
            if restrict and cc not in restrict:
                continue
            kind = int(ix.kind[pid])
            pop = int(ix.population[pid])
            score = math.log10(pop + 10)
            notes: list[str] = []
            if kind == KIND_COUNTRY:
                score += 4.0
            elif kind == KIND_ADMIN1:
                score += 2.5 if q.want_admin1 else -1.0
            elif q.want_admin1:
                score -= 3.0
            if ix.main_key[pid] == (matched if pid not in fuzzy_scores else fuzzy_scores[pid][1]):
                score += 0.3
            if bias and cc in bias:
                score += 3.0
                notes.append(f"the context names {country_name(cc)}")
            if admin_hint and (
                fold(ix.admin1[pid]) == admin_hint
                or ix.admin1_code[pid].lower() == admin_hint
                or strip_article(fold(ix.admin1[pid])) == strip_article(admin_hint)
            ):
                score += 3.0
                notes.append(f"it is in {ix.admin1[pid]}")
            fz = 1.0
            key = matched
            if pid in fuzzy_scores:
                fz, key = fuzzy_scores[pid][0] / 100.0, fuzzy_scores[pid][1]
                score += (fz - 1.0) * 20
            out.append(Candidate(place=pid, score=score, matched=key, fuzzy=fz, notes=notes))
        out.sort(key=lambda c: c.score, reverse=True)
        # the same place can be reached through several keys; keep its best entry
        seen: set[int] = set()
        unique = []
        for c in out:
            if c.place not in seen:
                seen.add(c.place)
                unique.append(c)
        return unique, q

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
            "IRAN:  KERMAN", "Kerman Province".
        exactly_one : bool
            Return the best :class:`~geopy.location.Location` (or ``None``); when
            ``False``, a list of up to ``limit`` ranked candidates (empty when none).
        country_codes : str or list of str, optional
            ISO2 codes the answer must be in (geopy's argument of that name).
        country_bias : str or list of str, optional
            Countries to prefer (for example those named in the same report).
        admin1 : str, optional
            A province/state name or code to prefer.
        timeout : float, optional
            Accepted for geopy compatibility; the gazetteer never waits.

        Returns
        -------
        Location, list of Location or None
            ``Location.raw`` holds ``name``, ``country``, ``admin1``, ``precision``,
            ``population``, ``confidence``, ``candidates`` and ``reason``.
        """
        if not isinstance(query, str):
            raise TypeError(f"query must be a string, not {type(query).__name__}")
        cands, q = self.candidates(query, country_codes=country_codes,
                                   country_bias=country_bias, admin1=admin1)
        if not cands:
            return None if exactly_one else []
        if exactly_one:
            return self._location(cands, 0, q, country_codes)
        return [self._location(cands, i, q, country_codes) for i in range(min(limit, len(cands)))]

    def reverse(
        self, query: Any, *, exactly_one: bool = True, limit: int = 5, timeout: float | None = None
    ) -> Location | list[Location] | None:
        """Nearest populated places to a point (``"lat, lon"``, a tuple or a geopy Point)."""
        point = Point(query)
        lat, lon = float(point.latitude), float(point.longitude)
        ids, dists = self._nearest(lat, lon, limit if not exactly_one else 1)
        if not len(ids):
            return None if exactly_one else []
        locs = []
        ix = self.index
        for pid, dist in zip(ids, dists, strict=True):
            raw = self._raw(int(pid))
            raw.update(distance_km=round(float(dist), 3), confidence=1.0, candidates=1,
                       reason=f"nearest populated place, {dist:.1f} km away")
            locs.append(Location(self._address(int(pid)),
                                 (float(ix.lat[pid]), float(ix.lon[pid])), raw))
        return locs[0] if exactly_one else locs

    # -- helpers -----------------------------------------------------------------------
    def _nearest(self, lat: float, lon: float, k: int) -> tuple[np.ndarray, np.ndarray]:
        ix = self.index
        cities = np.flatnonzero(ix.kind == KIND_CITY)
        if self._grid is None:
            cells: dict[tuple[int, int], list[int]] = {}
            for pid, la, lo in zip(cities.tolist(), ix.lat[cities].tolist(),
                                   ix.lon[cities].tolist(), strict=True):
                cells.setdefault((math.floor(la), math.floor(lo)), []).append(pid)
            self._grid = {c: np.asarray(v) for c, v in cells.items()}
        grid = self._grid
        cy, cx = math.floor(lat), math.floor(lon)
        for radius in (1, 2, 4, 8, 180):
            found = [grid[(y, ((x + 180) % 360) - 180)]
                     for y in range(cy - radius, cy + radius + 1)
                     for x in range(cx - radius, cx + radius + 1)
                     if (y, ((x + 180) % 360) - 180) in grid]
            if found and (sum(len(f) for f in found) >= k or radius == 180):
                pool = np.concatenate(found)
                break
        else:  # pragma: no cover - the last radius covers the globe
            return np.array([], dtype=int), np.array([])
        d = _haversine_km(lat, lon, ix.lat[pool], ix.lon[pool])
        order = np.argsort(d)[:k]
        return pool[order], d[order]

    def _raw(self, pid: int) -> dict[str, Any]:
        ix = self.index
        return {
            "name": ix.name[pid],
            "country": ix.country[pid],
            "country_name": country_name(ix.country[pid]),
            "admin1": ix.admin1[pid] or None,
            "precision": KIND_NAMES[int(ix.kind[pid])],
            "population": int(ix.population[pid]),
            "latitude": float(ix.lat[pid]),
            "longitude": float(ix.lon[pid]),
            "source": "GeoNames (CC BY 4.0)",
        }

    def _address(self, pid: int) -> str:
        ix = self.index
        parts = [ix.name[pid]]
        if int(ix.kind[pid]) == KIND_CITY and ix.admin1[pid]:
            parts.append(ix.admin1[pid])
        if int(ix.kind[pid]) != KIND_COUNTRY:
            parts.append(country_name(ix.country[pid]))
        return ", ".join(parts)

    def _location(self, cands: list[Candidate], i: int, q: _Query,
                  country_codes: Any) -> Location:
        c = cands[i]
        ix = self.index
        raw = self._raw(c.place)
        raw["matched"] = c.matched
        raw["candidates"] = len(cands)
        raw["rank"] = i + 1
        raw["fuzzy_score"] = round(c.fuzzy * 100, 1)
        raw["confidence"] = round(_confidence(cands, i), 3)
        raw["reason"] = _reason(cands, i, ix, q, country_codes)
        return Location(self._address(c.place), (float(ix.lat[c.place]), float(ix.lon[c.place])),
                        raw)


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
    c = cands[i]
    if len(cands) == 1:
        base = 0.95
    else:
        other = cands[1].score if i == 0 else cands[0].score
        margin = c.score - other
        base = 1.0 / (1.0 + math.exp(-1.5 * margin))
        base = min(base, 0.97)
    return base * c.fuzzy


def _reason(cands: list[Candidate], i: int, ix: Index, q: _Query, country_codes: Any) -> str:
    c = cands[i]
    pid = c.place
    label = f"{ix.name[pid]}, {ix.country[pid]}"
    if int(ix.kind[pid]) == KIND_CITY:
        label += f" (pop {int(ix.population[pid]):,})"
    else:
        label += f" ({KIND_NAMES[int(ix.kind[pid])]})"
    n = len(cands)
    head = f"{n} candidate{'s' if n != 1 else ''}; "
    if i > 0:
        return head + f"rank {i + 1}: {label}"
    why: list[str] = []
    if c.fuzzy < 1.0:
        why.append(f"fuzzy match of {q.place!r} to {c.matched!r} ({c.fuzzy * 100:.0f}%)")
    if country_codes is not None or q.country:
        why.append(f"restricted to {', '.join(sorted(_codes(country_codes) or {q.country or ''}))}")
    why.extend(c.notes)
    if q.want_admin1 and int(ix.kind[pid]) == KIND_ADMIN1:
        why.append("the query names a province/state")
    if not why:
        why.append("it is the only match" if n == 1 else "it is the most populous match")
    return head + f"chose {label} because " + " and ".join(why)


def _haversine_km(lat: float, lon: float, lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
    p1, p2 = math.radians(lat), np.radians(lats)
    dphi = p2 - p1
    dl = np.radians(lons) - math.radians(lon)
    a = np.sin(dphi / 2) ** 2 + math.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 6371.0088 * 2 * np.arcsin(np.sqrt(np.minimum(a, 1.0)))
