"""Geocoding: place names → coordinates, with an audit trail for every answer.

The default geocoder is the offline :class:`~geoinc.geocode.gazetteer.Gazetteer`;
any object with geopy's ``geocode(query, exactly_one=True, ...)`` interface (every
geopy geocoder, for instance) can be passed instead.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from geoinc.geocode.batch import geocode
    from geoinc.geocode.cache import GeocodeCache
    from geoinc.geocode.chain import Chain
    from geoinc.geocode.gazetteer import Gazetteer
    from geoinc.geocode.online import OnlineGeocoder

__all__ = ["Chain", "Gazetteer", "GeocodeCache", "OnlineGeocoder", "geocode"]

_LAZY = {
    "geocode": "geoinc.geocode.batch",
    "GeocodeCache": "geoinc.geocode.cache",
    "Chain": "geoinc.geocode.chain",
    "Gazetteer": "geoinc.geocode.gazetteer",
    "OnlineGeocoder": "geoinc.geocode.online",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'geoinc.geocode' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value
