"""Requests sent per 1,000 rows: geoinc's online geocoding vs naive geopy RateLimiter.

What is measured
----------------
1,000 rows of place names, 30% of them repeats of names seen elsewhere in the batch
(700 distinct names), geocoded through geopy's real ``Nominatim`` class against a local
Nominatim-speaking server on 127.0.0.1 (``geoinc.geocode.localserver``; nothing leaves
the machine). The server counts the HTTP requests it receives.

* **naive**: ``RateLimiter(Nominatim(user_agent=...).geocode)`` with geopy's defaults
  (min_delay_seconds=0, max_retries=2, error_wait_seconds=5, the requests adapter's own
  retries, 1 s timeout), applied row by row as in geopy's docs (``df["place"].apply``).
* **geoinc cold**: ``geoinc.geocode(rows, geocoder="nominatim", ...)`` with an empty cache.
* **geoinc warm**: the same call again, same cache.

Scenarios: a healthy server; a server that refuses every request (HTTP 403, as Nominatim
does to a blocked client); a server where 5% of requests fail transiently (HTTP 503).

No time is slept for real: geoinc's ``_clock``/``_sleep`` seams and the RateLimiter's
``_sleep`` are replaced by a simulated clock. "policy s" is the waiting a 1 request/s
policy imposes (geoinc: measured on the simulated clock with its default 1 s pacing;
naive: its defaults do not wait at all, so it breaks the policy — the figure shown is the
time it *would* need to comply, = requests × 1 s). "wall s" is the real elapsed time
against the instant local server (overhead only).

Run: ``cd /work/main && /tmp/venv/bin/python benchmarks/bench_online.py``
"""

from __future__ import annotations

import logging
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import geoinc  # noqa: E402
from geoinc.errors import CircuitOpen  # noqa: E402
from geoinc.geocode import online  # noqa: E402
from geoinc.geocode.localserver import LocalGeocodingServer, synthetic_place  # noqa: E402

UA = "geoinc-benchmark/1.0 (bench@example.org)"
N_ROWS = 1_000
REPEAT_SHARE = 0.30


class SimClock:
    def __init__(self) -> None:
        self.now = 0.0

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def make_rows(seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    n_distinct = int(N_ROWS * (1 - REPEAT_SHARE))
    distinct = [f"Village {i:04d}" for i in range(n_distinct - 50)]
    distinct += [f"Nowhere {i}" for i in range(50)]  # 5% of names have no match
    rows = distinct + [rng.choice(distinct) for _ in range(N_ROWS - n_distinct)]
    rng.shuffle(rows)
    return rows


def naive(rows: list[str], server: LocalGeocodingServer) -> tuple[int, float, float, int]:
    from geopy.extra.rate_limiter import RateLimiter
    from geopy.geocoders import Nominatim

    geolocator = Nominatim(user_agent=UA, domain=server.domain, scheme="http")
    geocode = RateLimiter(geolocator.geocode)
    slept = [0.0]
    geocode._sleep = lambda s: slept.__setitem__(0, slept[0] + s)  # no real sleeping
    before = server.requests
    t0 = time.perf_counter()
    answers = [geocode(name) for name in rows]
    wall = time.perf_counter() - t0
    found = sum(a is not None for a in answers)
    return server.requests - before, wall, slept[0], found


def geoinc_run(
    rows: list[str], server: LocalGeocodingServer, cache: Path, sim: SimClock
) -> tuple[int, float, float, int, str]:
    before, start = server.requests, sim.now
    t0 = time.perf_counter()
    note = ""
    try:
        gdf = geoinc.geocode(
            rows,
            geocoder="nominatim",
            user_agent=UA,
            domain=server.domain,
            scheme="http",
            cache=cache,
            progress=False,
        )
    except CircuitOpen as err:
        gdf = err.result
        note = "stopped (CircuitOpen)"
    wall = time.perf_counter() - t0
    found = int((gdf["geocode_status"] == "found").sum())
    return server.requests - before, wall, sim.now - start, found, note


def main() -> None:
    logging.getLogger("geoinc").setLevel(logging.ERROR)
    logging.getLogger("geopy").setLevel(logging.CRITICAL)
    sim = SimClock()
    online._clock, online._sleep = sim.clock, sim.sleep  # simulated time for geoinc
    rows = make_rows()
    print(
        f"{N_ROWS} rows, {len(set(rows))} distinct names ({REPEAT_SHARE:.0%} repeated rows), "
        "local Nominatim-speaking server on 127.0.0.1\n"
    )
    header = (
        f"{'scenario':<26}{'run':<14}{'requests':>9}{'found':>7}{'policy s':>10}{'wall s':>8}  note"
    )
    print(header)
    print("-" * len(header))
    rng = random.Random(1)
    flaky_plan = [503 if rng.random() < 0.05 else 200 for _ in range(10_000)]
    scenarios = [
        ("healthy server", {}),
        ("403 for every request", {"status": 403}),
        ("5% transient 503", {"plan": flaky_plan}),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        for label, faults in scenarios:
            with LocalGeocodingServer(resolver=synthetic_place, **faults) as server:
                n, wall, _slept, found = naive(rows, server)
                print(
                    f"{label:<26}{'naive':<14}{n:>9}{found:>7}{n * 1.0:>10.0f}{wall:>8.2f}  "
                    "no pause between requests (breaks a 1 req/s policy)"
                )
                if "plan" in faults:
                    server.plan = list(flaky_plan)  # same fault sequence for geoinc
                online.reset_throttles()
                cache = Path(tmp) / f"{label.replace(' ', '_')}.sqlite"
                for run in ("geoinc cold", "geoinc warm"):
                    n, wall, waited, found, note = geoinc_run(rows, server, cache, sim)
                    print(f"{'':<26}{run:<14}{n:>9}{found:>7}{waited:>10.0f}{wall:>8.2f}  {note}")
    print(
        "\nrequests = HTTP requests received by the server; found = rows with coordinates;"
        "\npolicy s = seconds of pacing at 1 request/s (simulated clock for geoinc; "
        "requests x 1 s for naive)."
    )


if __name__ == "__main__":
    main()
