"""Geocoding: place names → coordinates, with an audit trail for every answer.

The default geocoder is the offline :class:`~geoinc.geocode.gazetteer.Gazetteer`;
any object with geopy's ``geocode(query, exactly_one=True, ...)`` interface (every
geopy geocoder, for instance) can be passed instead.
"""

from __future__ import annotations

from geoinc.geocode.batch import geocode
from geoinc.geocode.gazetteer import Gazetteer

__all__ = ["Gazetteer", "geocode"]
