"""Geocoding: place names → coordinates, with an audit trail for every answer.

The default geocoder is the offline :class:`~geoinc.geocode.gazetteer.Gazetteer`;
any object with geopy's ``geocode(query, exactly_one=True, ...)`` interface (every
geopy geocoder, for instance) can be passed instead.
"""

from __future__ import annotations

from geoinc.geocode.batch import geocode
from geoinc.geocode.cache import GeocodeCache
from geoinc.geocode.chain import Chain
from geoinc.geocode.gazetteer import Gazetteer
from geoinc.geocode.online import OnlineGeocoder

__all__ = ["Chain", "Gazetteer", "GeocodeCache", "OnlineGeocoder", "geocode"]
