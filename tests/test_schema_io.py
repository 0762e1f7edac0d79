"""The incident table: reading, validation and safe export (all through the public API)."""

from __future__ import annotations

import math

import geopandas as gpd
import pandas as pd
import pytest

import geoinc
from geoinc.errors import EncodingProblem, InputError, ValidationError


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_csv_with_bom_reads_into_the_incident_layout(tmp_path):
    path = write(
        tmp_path,
        "ok.csv",
        "\ufeffdate,place,latitude,longitude,killed,injured,description\n"
        "2024-01-03,Kerman,30.28,57.08,84,284,twin blasts\n"
        "2024-01-05,Baghdad,,,,3,\n",
    )
    gdf = geoinc.read_incidents(path)
    assert isinstance(gdf, gpd.GeoDataFrame)
    assert gdf.crs.to_epsg() == 4326
    assert list(gdf.columns[: len(geoinc.COLUMNS)]) == list(geoinc.COLUMNS)
    assert str(gdf["killed"].dtype) == "Int64"
    first, second = gdf.iloc[0], gdf.iloc[1]
    assert first["killed"] == 84 and first["injured"] == 284
    assert first["geometry"].x == pytest.approx(57.08)
    assert first["precision"] == "exact" and first["date_precision"] == "day"
    # a place without coordinates is kept for geocoding; the unknown count stays <NA>, not 0
    assert second["place"] == "Baghdad" and second["geometry"] is None
    assert second["killed"] is pd.NA and second["injured"] == 3
    assert second["precision"] == "unknown"


def test_nan_latitude_beside_a_longitude_names_row_and_column(tmp_path):
    path = write(tmp_path, "bad.csv", "place,latitude,longitude\nA,1,2\nB,NaN,57.08\n")
    with pytest.raises(ValidationError) as info:
        geoinc.read_incidents(path)
    err = info.value
    assert err.row == 3 and err.column == "latitude"  # rows are CSV line numbers
    assert "row 3" in str(err) and "'latitude'" in str(err)


def test_latitude_out_of_range(tmp_path):
    path = write(tmp_path, "bad.csv", "place,latitude,longitude\nA,95,10\n")
    with pytest.raises(ValidationError, match=r"row 2, column 'latitude'.*out of range.*95"):
        geoinc.read_incidents(path)


def test_infinite_coordinate_rejected():
    with pytest.raises(ValidationError, match="not finite"):
        geoinc.to_incidents(pd.DataFrame({"latitude": [math.inf], "longitude": [1.0]}))


def test_words_in_a_count_column_are_rejected_with_the_value(tmp_path):
    path = write(tmp_path, "bad.csv", "place,killed\nKerman,84\nAleppo,dozens\n")
    with pytest.raises(ValidationError) as info:
        geoinc.read_incidents(path)
    assert info.value.row == 3 and info.value.column == "killed"
    assert "'dozens'" in str(info.value)


def test_negative_count_and_high_below_low():
    with pytest.raises(ValidationError, match="negative"):
        geoinc.to_incidents([{"killed": -1}])
    with pytest.raises(ValidationError, match="killed_high is lower than killed"):
        geoinc.to_incidents([{"killed": 10, "killed_high": 5}])


def test_bad_rows_are_all_listed_and_good_rows_kept():
    rows = [{"place": f"p{i}", "killed": i} for i in range(10)]
    rows[3]["killed"] = "many"
    rows[7]["killed"] = -2
    with pytest.raises(ValidationError) as info:
        geoinc.to_incidents(rows)
    assert len(info.value.problems) == 2
    assert len(info.value.valid) == 8
    kept = geoinc.to_incidents(rows, errors="skip")
    assert list(kept["place"]) == [f"p{i}" for i in range(10) if i not in (3, 7)]
    assert list(kept.attrs["rejected"]["row"]) == [3, 7]


def test_non_utf8_file_gets_an_explicit_error_and_encoding_works(tmp_path):
    path = write(tmp_path, "latin.csv", "place,description\nBogotá,café bomb\n", "cp1252")
    with pytest.raises(EncodingProblem, match=r"line 2.*encoding="):
        geoinc.read_incidents(path)
    gdf = geoinc.read_incidents(path, encoding="cp1252")
    assert gdf.iloc[0]["place"] == "Bogotá"


def test_unknown_columns_rejected_mapped_or_kept():
    frame = pd.DataFrame({"town": ["Kerman"], "sub_event_type": ["x"]})
    with pytest.raises(ValidationError, match="unknown column"):
        geoinc.to_incidents(frame)
    gdf = geoinc.to_incidents(frame, columns={"town": "place"}, unknown="keep")
    assert gdf.iloc[0]["place"] == "Kerman" and gdf.iloc[0]["sub_event_type"] == "x"
    assert "sub_event_type" not in geoinc.to_incidents(
        frame, columns={"town": "place"}, unknown="drop"
    )


def test_acled_and_gtd_layouts_map_automatically():
    acled = pd.DataFrame(
        {
            "event_date": ["03 January 2024"],
            "location": ["Kerman"],
            "latitude": [30.28],
            "longitude": [57.08],
            "fatalities": [84],
            "time_precision": [1],
            "geo_precision": [1],
            "notes": ["blasts"],
            "country": ["Iran"],
        }
    )
    gdf = geoinc.to_incidents(acled)
    row = gdf.iloc[0]
    assert row["date"] == pd.Timestamp("2024-01-03") and row["killed"] == 84
    assert row["date_precision"] == "day" and row["precision"] == "city"
    assert row["country"] == "IR" and row["description"] == "blasts"
    gtd = pd.DataFrame(
        {
            "iyear": [2015, 2015],
            "imonth": [11, 11],
            "iday": [13, 0],
            "city": ["Paris", "Paris"],
            "nkill": [130, 1],
            "nwound": [413, 0],
            "gname": ["ISIL", "Unknown"],
            "country_txt": ["France", "France"],
        }
    )
    gdf = geoinc.to_incidents(gtd)
    assert list(gdf["date_precision"]) == ["day", "month"]
    assert gdf.iloc[0]["claimed_by"] == "ISIL" and gdf.iloc[0]["injured"] == 413


def test_geojson_gpkg_parquet_round_trip(tmp_path):
    gdf = geoinc.to_incidents(
        [
            {
                "place": "Kerman",
                "latitude": 30.28,
                "longitude": 57.08,
                "killed": 84,
                "date": "2024-01-03",
            }
        ]
    )
    for name in ("x.geojson", "x.gpkg", "x.parquet"):
        path = tmp_path / name
        if name.endswith("parquet"):
            gdf.to_parquet(path)
        else:
            gdf.to_file(path)
        back = geoinc.read_incidents(path)
        assert back.iloc[0]["killed"] == 84
        assert back.iloc[0]["geometry"].y == pytest.approx(30.28)


def test_missing_and_unsupported_files(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        geoinc.read_incidents(tmp_path / "nope.csv")
    odd = write(tmp_path, "x.xlsx", "binary")
    with pytest.raises(InputError, match="unsupported file type"):
        geoinc.read_incidents(odd)


def test_csv_export_is_safe_from_formula_injection(tmp_path):
    gdf = geoinc.to_incidents(
        [
            {
                "place": '=HYPERLINK("http://evil","x")',
                "description": "+cmd|' /C calc'!A0",
                "source": "@SUM(1+1)",
                "claimed_by": "-2+3",
                "killed": 5,
            },
        ]
    )
    path = geoinc.write_csv(gdf, tmp_path / "out.csv")
    back = pd.read_csv(path, encoding="utf-8-sig", dtype=str)
    for col in ("place", "description", "source", "claimed_by"):
        assert back.loc[0, col].startswith("'"), col
    assert back.loc[0, "killed"] == "5"


def test_csv_export_header_and_index_are_safe_from_formula_injection(tmp_path):
    hostile = '=HYPERLINK("http://evil","x")'
    frame = pd.DataFrame(
        {"place": ["Kerman"], "latitude": [30.28], "longitude": [57.08], hostile: ["a"]}
    )
    gdf = geoinc.to_incidents(frame, unknown="keep")
    path = geoinc.write_csv(gdf, tmp_path / "out.csv")
    header = pd.read_csv(path, encoding="utf-8-sig", dtype=str).columns
    assert "'" + hostile in header
    assert hostile not in header

    gdf.index = pd.Index(["@SUM(1+1)"], name="-id")
    back = pd.read_csv(
        geoinc.write_csv(gdf, tmp_path / "indexed.csv", index=True),
        encoding="utf-8-sig",
        dtype=str,
    )
    assert back.columns[0] == "'-id"
    assert back.iloc[0, 0] == "'@SUM(1+1)"


def test_acled_csv_precision_codes_read_as_text(tmp_path):
    path = write(
        tmp_path,
        "acled.csv",
        "event_date,location,latitude,longitude,fatalities,time_precision,geo_precision\n"
        "2024-01-03,Kerman,30.28,57.08,84,3,2\n",
    )
    row = geoinc.read_incidents(path).iloc[0]
    assert row["date_precision"] == "month" and row["precision"] == "admin1"
