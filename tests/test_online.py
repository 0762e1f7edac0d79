"""Online geocoding through geopy's real Nominatim and Photon classes, against local servers.

Every server runs on 127.0.0.1 (geoinc.geocode.localserver); time is simulated through the
``_clock``/``_sleep`` seams of geoinc.geocode.online, so no test sleeps for real (the
"slow server" tests wait for sub-second client timeouts only).
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from geopy.geocoders import Nominatim, Photon

import geoinc
from geoinc.errors import (
    CircuitOpen,
    ConfigurationError,
    GeocoderRateLimited,
    GeocoderRefused,
    GeocoderTimedOut,
)
from geoinc.geocode import cache as cache_module
from geoinc.geocode import online
from geoinc.geocode.cache import GeocodeCache, cache_key
from geoinc.geocode.localserver import LocalGeocodingServer, synthetic_place
from geoinc.geocode.online import OnlineGeocoder

ROOT = Path(__file__).resolve().parent.parent
UA = "geoinc-tests/1.0 (tests@example.org)"

PLACES = {
    "Golzar Shohada Cemetery, Kerman": {
        "lat": 30.2733,
        "lon": 57.0911,
        "country_code": "ir",
        "country": "Iran",
        "state": "Kerman Province",
        "class": "landuse",
        "type": "cemetery",
        "place_rank": 30,
    },
    "Kerman": {
        "lat": 30.2839,
        "lon": 57.0834,
        "country_code": "ir",
        "country": "Iran",
        "state": "Kerman Province",
        "type": "city",
        "place_rank": 16,
    },
    "Kharkiv Oblast": {
        "lat": 49.5,
        "lon": 36.5,
        "country_code": "ua",
        "country": "Ukraine",
        "state": "Kharkiv Oblast",
        "class": "boundary",
        "type": "administrative",
        "place_rank": 8,
    },
}


class FakeTime:
    """A clock that only moves when the code under test sleeps."""

    def __init__(self) -> None:
        self.now = 1_000.0
        self.sleeps: list[float] = []
        self._lock = threading.Lock()

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.sleeps.append(seconds)
            self.now += seconds


@pytest.fixture(autouse=True)
def fake_time(monkeypatch):
    ft = FakeTime()
    monkeypatch.setattr(online, "_clock", ft.clock)
    monkeypatch.setattr(online, "_sleep", ft.sleep)
    online.reset_throttles()
    yield ft
    online.reset_throttles()


@pytest.fixture
def server():
    with LocalGeocodingServer(PLACES, resolver=synthetic_place) as srv:
        yield srv


def _kw(srv: LocalGeocodingServer, tmp_path: Path, **extra):
    kw = {
        "user_agent": UA,
        "domain": srv.domain,
        "scheme": "http",
        "cache": tmp_path / "cache.sqlite",
    }
    kw.update(extra)
    return kw


# --------------------------------------------------------------------- answers and outcomes
def test_nominatim_batch_keeps_found_not_found_and_attribution(server, tmp_path):
    names = ["Golzar Shohada Cemetery, Kerman", "Nowhere Town", "Kerman", "kerman  "]
    gdf = geoinc.geocode(names, geocoder="nominatim", min_delay=0, **_kw(server, tmp_path))
    assert list(gdf["geocode_status"]) == ["found", "not_found", "found", "found"]
    first = gdf.iloc[0]
    assert first["country"] == "IR" and first["admin1"] == "Kerman Province"
    assert first["precision"] == "exact" and first["geocoder"] == "nominatim"
    assert first["geometry"].y == pytest.approx(30.2733)
    assert gdf.iloc[2]["precision"] == "city"
    assert gdf.iloc[1]["geometry"] is None
    assert "Nowhere Town" in gdf.iloc[1]["geocode_reason"]
    assert gdf.attrs["attribution"] == ["© OpenStreetMap contributors"]
    summary = gdf.attrs["geocode_summary"]
    assert summary["found"] == 3 and summary["not_found"] == 1 and summary["failed"] == 0
    # "Kerman" and "kerman  " are one normalised query: the second is a cache hit
    assert server.queries == ["Golzar Shohada Cemetery, Kerman", "Nowhere Town", "Kerman"]
    assert summary["requests"] == 3 and summary["cache_hits"] == 1
    assert set(server.user_agents) == {UA}


def test_country_restriction_reaches_nominatim_and_is_in_the_cache_key(server, tmp_path):
    kw = _kw(server, tmp_path)
    gdf = geoinc.geocode(["Kerman"], geocoder="nominatim", country="US", min_delay=0, **kw)
    assert gdf.iloc[0]["geocode_status"] == "not_found"
    gdf = geoinc.geocode(["Kerman"], geocoder="nominatim", country="IR", min_delay=0, **kw)
    assert gdf.iloc[0]["geocode_status"] == "found"
    assert server.requests == 2  # different countries → different cache keys


def test_photon_adapter_and_answers_outside_the_country_are_dropped(server, tmp_path):
    kw = _kw(server, tmp_path)
    gdf = geoinc.geocode(
        ["Kharkiv Oblast", "Golzar Shohada Cemetery, Kerman"], geocoder="photon", min_delay=0, **kw
    )
    assert list(gdf["geocode_status"]) == ["found", "found"]
    assert list(gdf["precision"]) == ["admin1", "exact"]
    assert list(gdf["country"]) == ["UA", "IR"] and set(gdf["geocoder"]) == {"photon"}
    assert gdf.attrs["attribution"] == ["© OpenStreetMap contributors"]
    # Photon has no country filter; an answer in another country is not an answer
    gdf = geoinc.geocode(["Kerman"], geocoder="photon", country="US", min_delay=0, **kw)
    assert gdf.iloc[0]["geocode_status"] == "not_found"


def test_a_geopy_instance_is_wrapped_and_its_adapter_retries_switched_off(server, tmp_path):
    geo = Nominatim(user_agent=UA, domain=server.domain, scheme="http")
    wrapped = OnlineGeocoder(geo, cache=tmp_path / "c.sqlite", min_delay=0)
    http_adapter = wrapped.geolocator.adapter.session.get_adapter("http://x")
    assert http_adapter.max_retries.total == 0
    assert wrapped.geocode("Kerman").raw["country"] == "IR"
    gdf = geoinc.geocode(
        ["Kerman"],
        geocoder=Photon(user_agent=UA, domain=server.domain, scheme="http"),
        cache=tmp_path / "c.sqlite",
        min_delay=0,
    )
    assert gdf.iloc[0]["geocoder"] == "photon"


# --------------------------------------------------------------------- politeness
def test_user_agent_is_required(server, tmp_path, monkeypatch):
    monkeypatch.setattr(geoinc.settings, "user_agent", None)
    for agent in (None, "", "my-application", "geopy/2.4.1"):
        with pytest.raises(ConfigurationError, match="User-Agent"):
            geoinc.geocode(
                ["Kerman"],
                geocoder="nominatim",
                user_agent=agent,
                domain=server.domain,
                scheme="http",
                cache=False,
            )
    with pytest.raises(ConfigurationError, match="User-Agent"):
        OnlineGeocoder(Nominatim(domain=server.domain, scheme="http"), cache=False)
    monkeypatch.setattr(geoinc.settings, "user_agent", UA)
    gdf = geoinc.geocode(
        ["Kerman"],
        geocoder="nominatim",
        domain=server.domain,
        scheme="http",
        cache=False,
        min_delay=0,
    )
    assert gdf.iloc[0]["geocode_status"] == "found" and server.user_agents == [UA]
    assert server.requests == 1


def test_defaults_timeout_ten_seconds_and_public_nominatim_one_request_per_second():
    g = OnlineGeocoder("nominatim", user_agent=UA, cache=False)
    assert g.timeout >= 10 and g.geolocator.timeout >= 10
    assert g.min_delay == 1.0 and g.host == "nominatim.openstreetmap.org"
    with pytest.raises(ConfigurationError, match="usage policy"):
        OnlineGeocoder("nominatim", user_agent=UA, cache=False, min_delay=0.2)
    with pytest.raises(ConfigurationError, match="only apply to online"):
        geoinc.geocode(["Kerman"], user_agent=UA)
    with pytest.raises(ConfigurationError, match="unknown geocoding service"):
        OnlineGeocoder("no-such-service", user_agent=UA, cache=False)


def test_rate_limit_is_process_wide_per_host(server, tmp_path, fake_time):
    """Two geocoders and four threads share one host: requests are ≥ 1 s apart."""
    a = OnlineGeocoder("nominatim", user_agent=UA, domain=server.domain, scheme="http", cache=False)
    b = OnlineGeocoder(
        "nominatim", user_agent=UA, domain=server.domain, scheme="http", cache=tmp_path / "c.sqlite"
    )
    sent: list[float] = []
    for g in (a, b):
        real = g.geolocator.geocode

        def spy(*args, _real=real, **kwargs):
            sent.append(fake_time.now)
            return _real(*args, **kwargs)

        g.geolocator.geocode = spy
    names = [f"Village {i}" for i in range(12)]
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda i: (a if i % 2 else b).geocode(names[i]), range(12)))
    assert len(sent) == 12 and server.requests == 12
    gaps = [y - x for x, y in zip(sorted(sent), sorted(sent)[1:], strict=False)]
    assert min(gaps) >= 1.0 - 1e-9
    assert sum(fake_time.sleeps) >= 11.0 - 1e-9


def test_429_waits_for_retry_after_then_succeeds(server, tmp_path, fake_time):
    server.plan = [429]
    server.retry_after = 7
    gdf = geoinc.geocode(
        ["Kerman", "Village 1"], geocoder="nominatim", min_delay=0, **_kw(server, tmp_path)
    )
    assert list(gdf["geocode_status"]) == ["found", "found"]
    assert server.requests == 3  # one 429, its retry, and the next name
    assert fake_time.sleeps == [pytest.approx(7.0)]
    assert gdf.attrs["geocode_summary"]["retries"] == 1


def test_persistent_429_stops_the_batch_and_keeps_finished_rows(server, tmp_path, fake_time):
    server.fail_after, server.fail_status, server.retry_after = 2, 429, 30
    names = ["Kerman", "Village 1", "Village 2", "Village 3"]
    with pytest.raises(CircuitOpen, match="rate-limit") as info:
        geoinc.geocode(names, geocoder="nominatim", min_delay=0, **_kw(server, tmp_path))
    result = info.value.result
    assert list(result["geocode_status"]) == ["found", "found", "failed", "pending"]
    assert "GeocoderRateLimited" in result.iloc[2]["geocode_error"]
    assert server.requests == 2 + 3  # first try + 2 retries of "Village 2", nothing after
    assert fake_time.sleeps == [pytest.approx(30.0)] * 2
    assert isinstance(info.value.__cause__, GeocoderRateLimited)
    # a Retry-After above max_wait is not waited for at all
    g = OnlineGeocoder(
        "nominatim",
        user_agent=UA,
        domain=server.domain,
        scheme="http",
        cache=False,
        min_delay=0,
        max_wait=10,
    )
    assert online.throttle_for(server.domain)._next >= fake_time.now + 29  # held for all
    online.reset_throttles()
    fake_time.sleeps.clear()
    with pytest.raises(GeocoderRateLimited) as rl:
        g.geocode("Village 9")
    assert rl.value.retry_after == 30 and fake_time.sleeps == []


def test_403_is_never_retried_and_stops_the_batch_at_once(server, tmp_path):
    server.fail_after, server.fail_status = 2, 403
    names = ["Kerman", "Village 1", "Village 2", "Village 3", "Village 1"]
    with pytest.raises(CircuitOpen, match="refused access") as info:
        geoinc.geocode(names, geocoder="nominatim", min_delay=0, **_kw(server, tmp_path))
    assert server.requests == 3
    result = info.value.result
    assert list(result["geocode_status"]) == ["found", "found", "failed", "pending", "found"]
    assert info.value.summary["pending"] == 1
    assert isinstance(info.value.__cause__, GeocoderRefused)
    assert info.value.__cause__.status_code == 403
    assert GeocodeCache(tmp_path / "cache.sqlite").count() == 2  # the two answers, no error


def test_400_fails_only_its_row(server, tmp_path):
    server.plan = [200, 400]
    gdf = geoinc.geocode(
        ["Kerman", "Village 1", "Village 2"],
        geocoder="nominatim",
        min_delay=0,
        **_kw(server, tmp_path),
    )
    assert list(gdf["geocode_status"]) == ["found", "failed", "found"]
    assert "GeocoderRefused" in gdf.iloc[1]["geocode_error"]
    assert server.requests == 3
    assert GeocodeCache(tmp_path / "cache.sqlite").count() == 2  # failures are not cached


def test_slow_server_times_out_without_hidden_retries(tmp_path, fake_time):
    with LocalGeocodingServer(PLACES, delay=0.6) as slow:
        g = OnlineGeocoder(
            "nominatim",
            user_agent=UA,
            domain=slow.domain,
            scheme="http",
            timeout=0.15,
            retries=1,
            cache=False,
            min_delay=0,
        )
        with pytest.raises(GeocoderTimedOut, match="in time"):
            g.geocode("Kerman")
        assert slow.requests == 2  # one try + one geoinc retry; the adapter adds none
        assert len(fake_time.sleeps) == 1  # the back-off went through the sleep seam
        # geopy's default adapter retries on its own: one query, three requests
        raw = Nominatim(user_agent=UA, domain=slow.domain, scheme="http", timeout=0.15)
        with pytest.raises(Exception, match="timed out|Read timed out"):
            raw.geocode("Kerman")
        assert slow.requests == 2 + 3


def test_failing_server_opens_the_circuit_and_a_rerun_resumes(server, tmp_path):
    server.fail_after = 4  # then 503 for ever
    names = [f"Village {i}" for i in range(10)]
    geo = OnlineGeocoder(
        "nominatim",
        user_agent=UA,
        domain=server.domain,
        scheme="http",
        cache=tmp_path / "cache.sqlite",
        min_delay=0,
        retries=0,
    )
    with pytest.raises(CircuitOpen, match="3 names failed in a row") as info:
        geoinc.geocode(names, geocoder=geo, max_failures=3)
    result = info.value.result
    assert list(result["geocode_status"][:7]) == ["found"] * 4 + ["failed"] * 3
    assert set(result["geocode_status"][7:]) == {"pending"}
    assert server.requests == 7
    server.fail_after = None  # the service is back
    gdf = geoinc.geocode(names, geocoder="nominatim", min_delay=0, **_kw(server, tmp_path))
    assert set(gdf["geocode_status"]) == {"found"}
    assert server.requests == 7 + 6  # only the six names not answered before
    assert gdf.attrs["geocode_summary"]["cache_hits"] == 4


# --------------------------------------------------------------------- cache
def test_cache_stores_answers_with_ttl_and_keys_on_what_changes_the_answer(tmp_path, monkeypatch):
    now = [5_000.0]
    monkeypatch.setattr(GeocodeCache, "_clock", staticmethod(lambda: now[0]))
    path = tmp_path / "c.sqlite"
    with GeocodeCache(path, not_found_ttl=60) as cache:
        g = geoinc.Gazetteer()
        cache.put("p@h", "Kerman", g.geocode("Kerman"), {"country_codes": ["ir"]})
        cache.put("p@h", "Nowhere", None)
        hit = cache.get("p@h", "  KERMAN ", {"country_codes": ["ir"]})
        assert hit is not None and hit.status == "found"
        assert hit.location.raw["country"] == "IR"
        assert hit.location.latitude == pytest.approx(30.28, abs=0.01)
        assert cache.get("p@h", "Kerman", {"country_codes": ["us"]}) is None
        assert cache.get("other@h", "Kerman", {"country_codes": ["ir"]}) is None
        assert cache.get("p@h", "Nowhere").status == "not_found"
        now[0] += 61
        assert cache.get("p@h", "Nowhere") is None  # expired "not found"
        assert cache.get("p@h", "Kerman", {"country_codes": ["ir"]}) is not None
        assert cache.purge_expired() == 1
        assert cache.integrity_check() == "ok"
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert cache_key("p", "Kerman") == cache_key("p", "kerman")
    assert cache_key("p", "Kerman") != cache_key("p", "Kerman", {"language": "fa"})


def test_cache_schema_version_is_part_of_the_key(monkeypatch):
    before = cache_key("nominatim@h", "Kerman")
    monkeypatch.setattr(cache_module, "SCHEMA_VERSION", 99)
    assert cache_key("nominatim@h", "Kerman") != before


def test_a_file_that_is_not_sqlite_gives_a_clear_error(tmp_path):
    bad = tmp_path / "c.sqlite"
    bad.write_text("this is not a database " * 100)
    with pytest.raises(ConfigurationError, match="not a usable SQLite"):
        GeocodeCache(bad)


# --------------------------------------------------------------------- chain and progress
def test_chain_asks_online_only_below_the_precision_wanted(server, tmp_path):
    names = ["Kerman", "Golzar Shohada Cemetery, Kerman", "Tripoli", "Kerman"]
    gdf = geoinc.geocode(
        names, geocoder=["gazetteer", "nominatim"], min_delay=0, **_kw(server, tmp_path)
    )
    assert list(gdf["geocoder"]) == ["geonames", "nominatim", "geonames", "geonames"]
    assert list(gdf["geocode_status"]) == ["found"] * 4
    assert server.queries == ["Golzar Shohada Cemetery, Kerman"]
    assert "below 'city'" in gdf.iloc[1]["geocode_reason"]
    assert gdf.attrs["attribution"] == ["© OpenStreetMap contributors"]
    # asking for street-level precision sends the cities online as well
    gdf = geoinc.geocode(
        ["Kerman"],
        geocoder=["gazetteer", "nominatim"],
        min_precision="exact",
        min_delay=0,
        **_kw(server, tmp_path),
    )
    assert server.queries[-1] == "Kerman"
    # the online answer (a city) is no finer than the gazetteer's: the best one is kept
    assert gdf.iloc[0]["precision"] == "city"
    assert "kept the most precise answer" in gdf.iloc[0]["geocode_reason"]
    # offline only: no attribution needed for OpenStreetMap
    assert geoinc.geocode(["Kerman"]).attrs["attribution"] == []


def test_progress_bar_shows_counts_and_cache_hits(server, tmp_path, capsys):
    kw = _kw(server, tmp_path)
    geoinc.geocode(["Kerman", "Nowhere"], geocoder="nominatim", min_delay=0, **kw)
    geoinc.geocode(
        ["Kerman", "Nowhere", "Village 5"], geocoder="nominatim", min_delay=0, progress=True, **kw
    )
    err = capsys.readouterr().err
    assert "found=2" in err and "not_found=1" in err and "cached=2" in err
    assert "3/3" in err


def test_batch_summary_is_logged(server, tmp_path, caplog):
    with caplog.at_level("INFO", logger="geoinc"):
        geoinc.geocode(
            ["Kerman", "Nowhere"], geocoder="nominatim", min_delay=0, **_kw(server, tmp_path)
        )
    assert any("1 found, 1 not found, 0 failed" in r.getMessage() for r in caplog.records)


# --------------------------------------------------------------------- SIGKILL and resume
_CHILD = """
import sys
import geoinc
names = [line.rstrip("\\n") for line in open(sys.argv[1], encoding="utf-8")]
geoinc.geocode(names, geocoder="nominatim", user_agent="geoinc-tests/1.0", domain=sys.argv[2],
               scheme="http", cache=sys.argv[3], min_delay=0, progress=False)
"""


def test_sigkill_mid_batch_then_resume_makes_exactly_the_missing_requests(server, tmp_path):
    distinct = [f"Village {i:04d}" for i in range(1_900)] + [f"Nowhere {i}" for i in range(100)]
    names = distinct + distinct[::4]  # 2,500 rows, 2,000 distinct names
    names_file = tmp_path / "names.txt"
    names_file.write_text("\n".join(names) + "\n", encoding="utf-8")
    cache_path = tmp_path / "cache.sqlite"
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(names_file), server.domain, str(cache_path)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while server.requests < 600 and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        assert child.poll() is None, child.stderr.read().decode()[-2000:] if child.stderr else ""
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
        if child.stderr:
            child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    sent_before = server.requests
    with sqlite3.connect(cache_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        cached = conn.execute("SELECT count(*) FROM answers").fetchone()[0]
    assert 500 <= cached < len(distinct)
    assert sent_before - cached in (0, 1)  # at most the request in flight was lost

    gdf = geoinc.geocode(
        names,
        geocoder="nominatim",
        user_agent=UA,
        domain=server.domain,
        scheme="http",
        cache=cache_path,
        min_delay=0,
    )
    resumed = server.requests - sent_before
    assert resumed == len(distinct) - cached
    summary = gdf.attrs["geocode_summary"]
    assert summary["cache_hits"] == cached and summary["requests"] == resumed
    assert summary["found"] == len(names) - 125 and summary["not_found"] == 125
    assert len(gdf) == 2_500
    assert GeocodeCache(cache_path).integrity_check() == "ok"
    assert json.dumps(summary)  # plain, serialisable figures


def test_chain_confidence_threshold_and_bad_specs(server, tmp_path):
    from geoinc.geocode.chain import Chain, make_geocoder

    gaz = geoinc.Gazetteer()
    kerman = gaz.geocode("Kerman")
    assert 0 < kerman.raw["confidence"] < 1
    online_geo = OnlineGeocoder(
        "nominatim",
        user_agent=UA,
        domain=server.domain,
        scheme="http",
        cache=tmp_path / "c.sqlite",
        min_delay=0,
    )
    strict = Chain([gaz, online_geo], min_confidence=kerman.raw["confidence"] + 0.001)
    assert strict.geocode("Kerman").raw["geocoder"] == "nominatim"
    relaxed = Chain([gaz, online_geo], min_confidence=None)
    assert relaxed.geocode("Kerman").raw["geocoder"] == "geonames"
    assert server.queries == ["Kerman"]
    with pytest.raises(ConfigurationError, match="nested"):
        make_geocoder(["gazetteer", ["nominatim"]], user_agent=UA)
    with pytest.raises(ConfigurationError, match="geocode"):
        make_geocoder(object())
    with pytest.raises(ConfigurationError, match="min_precision"):
        Chain([gaz], min_precision="street")
