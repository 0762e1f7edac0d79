"""Incident tables shared by the map tests (made in code)."""

from __future__ import annotations

import geopandas as gpd

import geoinc

XSS = "<img src=x onerror=window.__xss=1>"


def kerman(**extra: object) -> gpd.GeoDataFrame:
    """The Kerman bombing as one incident (a hostile description); ``extra`` overrides fields."""
    row = {
        "date": "2024-01-03",
        "place": "Kerman",
        "location": "Kerman",
        "country": "IR",
        "admin1": "Kerman",
        "latitude": 30.2832,
        "longitude": 57.0788,
        "precision": "city",
        "killed": 84,
        "injured": 284,
        "event_type": "bombing",
        "claimed_by": "ISIS",
        "source": "https://example.org/kerman?a=1&b=2",
        "description": XSS,
    }
    row.update(extra)
    return geoinc.to_incidents([row])


def sample() -> gpd.GeoDataFrame:
    """Six incidents: two on one point, a range, unknown and zero counts, a region-only
    location, dates either side of 2001-09-09, one undated, one without coordinates."""
    rows = [
        {
            "place": "A",
            "country": "IR",
            "latitude": 30.0,
            "longitude": 57.0,
            "killed": 100,
            "injured": 0,
            "date": "1999-05-01",
            "event_type": "bombing",
        },
        {
            "place": "B",
            "country": "IR",
            "latitude": 31.0,
            "longitude": 52.0,
            "killed": 25,
            "injured": 10,
            "date": "2001-09-08",
            "event_type": "shooting",
        },
        {
            "place": "C",
            "country": "IQ",
            "latitude": 33.3,
            "longitude": 44.4,
            "killed": 4,
            "killed_high": 9,
            "injured": None,
            "date": "2001-09-10",
            "event_type": "bombing",
        },
        {
            "place": "D",
            "country": "IQ",
            "latitude": 33.3,
            "longitude": 44.4,
            "killed": None,
            "injured": None,
            "date": "2005-03-01",
            "date_precision": "month",
            "precision": "admin1",
            "event_type": None,
        },
        {
            "place": "E",
            "country": "SY",
            "latitude": 36.2,
            "longitude": 37.1,
            "killed": 0,
            "injured": 0,
            "date": None,
            "event_type": "riot",
        },
        {"place": "F", "country": "SY", "killed": 7},  # no coordinates: not drawn
    ]
    return geoinc.to_incidents(rows)
