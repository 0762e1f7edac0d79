"""The geoinc command: clear messages and exit codes, no tracebacks for user errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from geoinc.cli import main


def test_geocode_prints_json(capsys):
    assert main(["geocode", "Kerman"]) == 0
    out = json.loads(capsys.readouterr().out)
    for key in ("location", "country", "admin1", "latitude", "longitude", "precision", "reason"):
        assert key in out
    assert out["country"] == "IR"
    assert main(["geocode", "Kerman", "--country", "US"]) == 0
    assert json.loads(capsys.readouterr().out)["admin1"] == "California"


def test_geocode_not_found_and_bad_country(capsys):
    assert main(["geocode", "Qwzxvplk"]) == 1
    assert json.loads(capsys.readouterr().out)["status"] == "not_found"
    assert main(["geocode", "Kerman", "--country", "ZZ"]) == 2
    assert "error" in capsys.readouterr().err


def test_map_of_a_bad_table_fails_cleanly(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("place,latitude,longitude\nA,95,1\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "geoinc", "map", str(bad), "-o", str(tmp_path / "x.html")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2
    assert "row 2, column 'latitude'" in proc.stderr
    assert "Traceback" not in proc.stderr
    proc = subprocess.run(
        [sys.executable, "-m", "geoinc", "map", str(tmp_path / "none.csv")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2 and "no such file" in proc.stderr


@pytest.mark.parametrize("published", ["2024-01-04"])
def test_extract_prints_geojson(kerman_text, tmp_path, capsys, published):
    article = tmp_path / "a.txt"
    article.write_text(kerman_text, encoding="utf-8")
    assert main(["extract", str(article), "--published", published]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["type"] == "FeatureCollection"
    assert len(data["features"]) == 1
    props = data["features"][0]["properties"]
    assert props["country"] == "IR" and props["killed"] == 84 and props["injured"] == 284


def test_map_from_the_article_writes_html(kerman_text, tmp_path):
    article = tmp_path / "kerman.txt"
    article.write_text(kerman_text, encoding="utf-8")
    out = tmp_path / "map.html"
    assert main(["map", str(article), "--published", "2024-01-04", "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert "Kerman" in html and "GeoNames" in html


def test_map_from_a_table_geocodes_missing_coordinates(tmp_path):
    table = tmp_path / "t.csv"
    table.write_text("place,killed,injured\nKerman,84,284\nTripoli,3,\n", encoding="utf-8")
    out = tmp_path / "t.html"
    assert main(["map", str(table), "-o", str(out)]) == 0
    assert out.exists() and out.stat().st_size > 1000


def test_map_with_an_online_geocoder_needs_a_user_agent(tmp_path, capsys):
    table = tmp_path / "t.csv"
    table.write_text("place,killed\nKerman,84\n", encoding="utf-8")
    code = main(["map", str(table), "--geocoder", "nominatim", "-o", str(tmp_path / "x.html")])
    assert code == 2
    err = capsys.readouterr().err
    assert "geoinc: error:" in err and "user" in err.lower() and "agent" in err.lower()
