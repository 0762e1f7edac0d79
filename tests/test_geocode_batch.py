"""geoinc.geocode on lists and tables with the offline gazetteer (foundation behaviour)."""

from __future__ import annotations

import pandas as pd
import pytest
from geopy.location import Location

import geoinc


def test_kerman_is_iran_by_default_and_california_with_a_hint():
    gaz = geoinc.Gazetteer()
    loc = gaz.geocode("Kerman")
    assert isinstance(loc, Location)
    assert loc.raw["country"] == "IR"
    assert (loc.latitude, loc.longitude) == pytest.approx((30.28, 57.08), abs=0.01)
    for key in ("country", "admin1", "precision", "reason"):
        assert key in loc.raw
    us = gaz.geocode("Kerman", country_codes="us")
    assert us.raw["country"] == "US" and us.raw["admin1"] == "California"
    many = gaz.geocode("Kerman", exactly_one=False)
    assert isinstance(many, list) and len(many) >= 2
    assert many[0].raw["country"] == "IR"


def test_batch_of_names_returns_every_row_with_audit_columns():
    gdf = geoinc.geocode(["Kerman", "Kerman", "Qwzxvplk", ""])
    assert len(gdf) == 4
    assert list(gdf["geocode_status"]) == ["found", "found", "not_found", "not_found"]
    assert gdf.iloc[0]["country"] == "IR" and gdf.iloc[0]["precision"] == "city"
    assert gdf.iloc[0]["geometry"].y == pytest.approx(30.28, abs=0.01)
    assert gdf.iloc[2]["geometry"] is None
    assert "Qwzxvplk" in gdf.iloc[2]["geocode_reason"]
    assert gdf.crs.to_epsg() == 4326


def test_batch_on_a_table_uses_row_country_and_keeps_existing_coordinates():
    table = pd.DataFrame(
        {
            "place": ["Kerman", "Kerman", "Somewhere"],
            "country": ["US", None, None],
            "latitude": [None, None, 10.0],
            "longitude": [None, None, 20.0],
            "killed": [1, 2, 3],
        }
    )
    gdf = geoinc.geocode(table)
    assert list(gdf["country"][:2]) == ["US", "IR"]
    assert gdf.iloc[2]["geocode_status"] == "skipped"
    assert gdf.iloc[2]["geometry"].x == 20.0
    assert list(gdf["killed"]) == [1, 2, 3]


def test_global_country_hint_and_bad_hint():
    gdf = geoinc.geocode(["Tripoli"], country="Lebanon")
    assert gdf.iloc[0]["country"] == "LB"
    with pytest.raises(ValueError, match="country"):
        geoinc.geocode(["Tripoli"], country="Atlantis")


class _FlakyGeocoder:
    """A stand-in geocoder with geopy's interface that fails on one name."""

    name = "flaky"

    def __init__(self):
        self.calls = []

    def geocode(self, query, exactly_one=True, **kwargs):
        self.calls.append(query)
        if query == "boom":
            raise ConnectionError("service down")
        return Location(f"{query} town", (1.0, 2.0), {})


def test_a_failing_name_is_recorded_and_the_rest_is_kept():
    geocoder = _FlakyGeocoder()
    gdf = geoinc.geocode(["a", "boom", "b", "a"], geocoder=geocoder)
    assert list(gdf["geocode_status"]) == ["found", "failed", "found", "found"]
    assert "service down" in gdf.iloc[1]["geocode_error"]
    assert geocoder.calls.count("a") == 1  # repeated names are looked up once
    assert gdf.iloc[0]["geocoder"] == "flaky"
