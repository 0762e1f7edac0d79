"""Chains of geocoders: the offline gazetteer first, an online service only when needed.

A :class:`Chain` asks its geocoders in order and stops at the first answer that is
precise and confident enough; only the rows the gazetteer could not resolve well
(a mosque, a street, a village of 300 people) reach the online service, which keeps
requests — and the waiting that a 1 request/s policy imposes — to a minimum.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from typing import Any

from geopy.location import Location

from geoinc.errors import ConfigurationError
from geoinc.schema import PRECISIONS

__all__ = ["Chain", "PRECISION_ORDER", "good_enough", "make_geocoder"]

#: Precision levels from coarsest to finest (``unknown`` is the coarsest).
PRECISION_ORDER: tuple[str, ...] = ("unknown", "country", "admin1", "city", "exact")


def _rank(precision: Any) -> int:
    return PRECISION_ORDER.index(precision) if precision in PRECISION_ORDER else 0


def good_enough(loc: Location | None, min_precision: str, min_confidence: float | None) -> bool:
    """Whether an answer is at least ``min_precision`` and ``min_confidence``.

    An answer without a ``confidence`` in its ``raw`` passes the confidence test.
    """
    if loc is None:
        return False
    raw = loc.raw if isinstance(loc.raw, dict) else {}
    if _rank(raw.get("precision")) < _rank(min_precision):
        return False
    if min_confidence is not None:
        conf = raw.get("confidence")
        if isinstance(conf, int | float) and not math.isnan(conf) and conf < min_confidence:
            return False
    return True


def _why(loc: Location | None, min_precision: str, min_confidence: float | None) -> str:
    if loc is None:
        return "no match"
    raw = loc.raw if isinstance(loc.raw, dict) else {}
    if _rank(raw.get("precision")) < _rank(min_precision):
        return f"precision {raw.get('precision')!r} below {min_precision!r}"
    return f"confidence {raw.get('confidence')!r} below {min_confidence!r}"


class Chain:
    """Ask geocoders in order; return the first answer good enough, else the best one.

    Parameters
    ----------
    geocoders : sequence of geocoders
        Objects with geopy's ``geocode`` interface, typically
        ``[Gazetteer(), OnlineGeocoder("nominatim", ...)]``.
    min_precision : {"exact", "city", "admin1", "country", "unknown"}
        An answer coarser than this goes on to the next geocoder (default ``"city"``).
    min_confidence : float, optional
        An answer whose ``raw["confidence"]`` is below this goes on too
        (default 0.5; ``None`` disables the test).

    Notes
    -----
    When every geocoder has been asked and none was good enough, the most precise
    answer received is returned (its ``reason`` says so), or ``None``. An error from a
    later geocoder is raised, not hidden: the row is then reported as failed and the
    next run asks again.

    Examples
    --------
    >>> from geoinc.geocode.gazetteer import Gazetteer
    >>> chain = Chain([Gazetteer()], min_precision="city")
    >>> chain.geocode("Kerman").raw["country"]
    'IR'
    """

    name = "chain"

    def __init__(
        self,
        geocoders: Sequence[Any],
        *,
        min_precision: str = "city",
        min_confidence: float | None = 0.5,
    ) -> None:
        if not geocoders:
            raise ConfigurationError("a geocoder chain needs at least one geocoder")
        if min_precision not in PRECISIONS:
            raise ConfigurationError(
                f"min_precision must be one of {PRECISIONS}, got {min_precision!r}"
            )
        self.geocoders = list(geocoders)
        self.min_precision = min_precision
        self.min_confidence = min_confidence

    def __repr__(self) -> str:
        names = ", ".join(getattr(g, "name", type(g).__name__) for g in self.geocoders)
        return f"Chain([{names}], min_precision={self.min_precision!r})"

    @property
    def stats(self) -> Counter[str]:
        """Request and cache counters summed over the chain's online geocoders."""
        total: Counter[str] = Counter()
        for g in self.geocoders:
            total.update(getattr(g, "stats", None) or {})
        return total

    @property
    def cache(self) -> Any:
        """The cache of the first geocoder in the chain that has one (or ``None``)."""
        for g in self.geocoders:
            if getattr(g, "cache", None) is not None:
                return g.cache
        return None

    @property
    def attribution(self) -> list[str]:
        """Credit lines of every geocoder in the chain."""
        out = []
        for g in self.geocoders:
            text = getattr(g, "attribution", None)
            if isinstance(text, str) and text not in out:
                out.append(text)
        return out

    def geocode(
        self, query: str, exactly_one: bool = True, country_codes: Any = None
    ) -> Location | list[Location] | None:
        """Geocode one query through the chain (geopy's interface)."""
        from geoinc.geocode.batch import _call

        best: Location | None = None
        notes: list[str] = []
        for g in self.geocoders:
            label = getattr(g, "name", type(g).__name__)
            loc = _tagged(_call(g, query, country_codes), label)
            if good_enough(loc, self.min_precision, self.min_confidence):
                assert loc is not None
                if notes:
                    loc = _with_reason(loc, "; ".join(notes))
                return loc if exactly_one else [loc]
            notes.append(f"{label}: {_why(loc, self.min_precision, self.min_confidence)}")
            if loc is not None and (
                best is None or _rank(loc.raw.get("precision")) > _rank(best.raw.get("precision"))
            ):
                best = loc
        if best is not None:
            best = _with_reason(best, "; ".join(notes) + "; kept the most precise answer")
            return best if exactly_one else [best]
        return None if exactly_one else []


def _tagged(loc: Location | None, label: str) -> Location | None:
    """Record which geocoder answered (``raw["geocoder"]``) unless the answer says so."""
    if loc is None or (isinstance(loc.raw, dict) and loc.raw.get("geocoder")):
        return loc
    raw = dict(loc.raw) if isinstance(loc.raw, dict) else {}
    raw["geocoder"] = label
    return Location(loc.address, (loc.latitude, loc.longitude), raw)


def _with_reason(loc: Location, note: str) -> Location:
    raw = dict(loc.raw) if isinstance(loc.raw, dict) else {}
    reason = raw.get("reason")
    raw["reason"] = f"{reason} [{note}]" if reason else note
    return Location(loc.address, (loc.latitude, loc.longitude), raw)


#: Names that select the offline gazetteer in :func:`make_geocoder`.
OFFLINE_NAMES = frozenset({"gazetteer", "offline"})


def make_geocoder(
    spec: Any = None,
    *,
    min_precision: str = "city",
    min_confidence: float | None = 0.5,
    **online: Any,
) -> Any:
    """Turn a geocoder specification into a geocoder object.

    Parameters
    ----------
    spec : None, str, geopy Geocoder, object or list of these
        ``None`` or ``"gazetteer"``/``"offline"``: the offline
        :class:`~geoinc.geocode.gazetteer.Gazetteer`; another string: the geopy service of
        that name wrapped in :class:`~geoinc.geocode.online.OnlineGeocoder`; a geopy
        geocoder instance: wrapped likewise; a list: a :class:`Chain` of its items
        (e.g. ``["gazetteer", "nominatim"]``); anything else with a ``geocode`` method
        is used as it is.
    min_precision, min_confidence
        Passed to :class:`Chain` for a list.
    **online
        Keyword arguments of :class:`~geoinc.geocode.online.OnlineGeocoder`
        (``user_agent``, ``domain``, ``scheme``, ``timeout``, ``min_delay``, ``cache``, ...).

    Returns
    -------
    object
        A geocoder with geopy's ``geocode`` interface.

    Raises
    ------
    ConfigurationError
        Online options given but no online geocoder in ``spec``, or a bad spec.
    """
    from geopy.geocoders.base import Geocoder

    from geoinc.geocode.batch import default_geocoder
    from geoinc.geocode.online import OnlineGeocoder

    online = {k: v for k, v in online.items() if v is not None}
    used = False

    def one(item: Any) -> Any:
        nonlocal used
        if item is None or (isinstance(item, str) and item.strip().lower() in OFFLINE_NAMES):
            return default_geocoder()
        if isinstance(item, str | Geocoder):
            used = True
            return OnlineGeocoder(item, **online)
        if isinstance(item, list | tuple):
            raise ConfigurationError("geocoder chains cannot be nested")
        if not callable(getattr(item, "geocode", None)):
            raise ConfigurationError(f"{item!r} has no geocode() method")
        return item

    if isinstance(spec, list | tuple):
        result: Any = Chain(
            [one(item) for item in spec],
            min_precision=min_precision,
            min_confidence=min_confidence,
        )
    else:
        result = one(spec)
    if online and not used:
        raise ConfigurationError(
            f"{sorted(online)} only apply to online geocoders, and geocoder={spec!r} has none "
            "(use e.g. geocoder='nominatim' or ['gazetteer', 'nominatim'])"
        )
    return result
