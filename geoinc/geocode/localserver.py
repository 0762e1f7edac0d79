"""A tiny geocoding server on 127.0.0.1 that speaks Nominatim's and Photon's JSON.

It exists so that notebooks, tests and benchmarks can run geopy's real ``Nominatim``
and ``Photon`` classes — and geoinc's politeness, cache and resume logic — without
touching the internet. It answers from a small dictionary of places you give it (and,
optionally, from a function), and can misbehave on purpose: answer slowly, refuse
(403), rate-limit (429 with ``Retry-After``) or start failing after N requests.

**It is not a geocoder.** In real use point geoinc at ``nominatim.openstreetmap.org``
(at most one request per second, with your own User-Agent) or at your own Nominatim
or Photon instance.

Examples
--------
>>> places = {"Kerman": {"lat": 30.28, "lon": 57.08, "country_code": "ir",
...                      "state": "Kerman Province", "type": "city", "place_rank": 16}}
>>> with LocalGeocodingServer(places) as server:
...     server.domain.startswith("127.0.0.1:")
True
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
import zlib
from collections.abc import Callable, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

from geoinc.geocode.cache import normalise_query

__all__ = ["LocalGeocodingServer", "synthetic_place"]

_LICENCE = "Data © OpenStreetMap contributors, ODbL 1.0. https://osm.org/copyright"


def synthetic_place(query: str) -> dict[str, Any] | None:
    """A made-up but deterministic place for any query (``None`` if it starts with "nowhere").

    Used to serve thousands of distinct names in tests and benchmarks.
    """
    if normalise_query(query).startswith("nowhere"):
        return None
    digest = hashlib.sha256(normalise_query(query).encode("utf-8")).digest()
    lat = (int.from_bytes(digest[:4], "big") / 2**32) * 120 - 60
    lon = (int.from_bytes(digest[4:8], "big") / 2**32) * 340 - 170
    return {
        "lat": round(lat, 5),
        "lon": round(lon, 5),
        "name": query,
        "country_code": "xx",
        "state": "Synthetic",
        "type": "village",
        "place_rank": 19,
    }


class LocalGeocodingServer:
    """A threaded HTTP server answering ``/search`` (Nominatim) and ``/api`` (Photon).

    Parameters
    ----------
    places : mapping, optional
        Place name → dict with ``lat``, ``lon`` and optionally ``name``, ``country_code``
        (ISO2, lower case), ``country``, ``state``, ``type`` (``city``, ``village``,
        ``street``, ...), ``class`` and ``place_rank``. Names are matched after
        :func:`~geoinc.geocode.cache.normalise_query`.
    resolver : callable, optional
        Called with the query when ``places`` has no entry; returns such a dict or
        ``None`` (e.g. :func:`synthetic_place`).
    delay : float
        Seconds to wait before each answer (a slow server).
    status : int, optional
        Answer every request with this HTTP status (e.g. 403, 503).
    retry_after : float, optional
        ``Retry-After`` header sent with 429 answers.
    plan : list of int, optional
        Statuses for the next requests, in order (``200`` means answer normally); used
        up one per request, then the server answers normally.
    fail_after : int, optional
        After this many requests, answer every request with ``fail_status``.

    Attributes
    ----------
    requests : int
        Number of requests received so far (all paths).
    queries : list of str
        The ``q`` parameter of every request, in order.
    user_agents : list of str
        The User-Agent header of every request.
    """

    def __init__(
        self,
        places: Mapping[str, Mapping[str, Any]] | None = None,
        *,
        resolver: Callable[[str], Mapping[str, Any] | None] | None = None,
        delay: float = 0.0,
        status: int | None = None,
        retry_after: float | None = None,
        plan: list[int] | None = None,
        fail_after: int | None = None,
        fail_status: int = 503,
    ) -> None:
        self.places = {normalise_query(k): dict(v) for k, v in (places or {}).items()}
        self.resolver = resolver
        self.delay = delay
        self.status = status
        self.retry_after = retry_after
        self.plan = list(plan or [])
        self.fail_after = fail_after
        self.fail_status = fail_status
        self.requests = 0
        self.queries: list[str] = []
        self.user_agents: list[str] = []
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --------------------------------------------------------------- lifecycle
    def start(self) -> LocalGeocodingServer:
        """Start serving on a free port of 127.0.0.1 (in a daemon thread)."""
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # else ~40 ms per answer (delayed ACK)

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                owner._handle(self)

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                return  # keep test output quiet

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and free the port."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> LocalGeocodingServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("the server is not running; call start()")
        return int(self._server.server_address[1])

    @property
    def domain(self) -> str:
        """``"127.0.0.1:PORT"``, for geopy's ``domain=`` (with ``scheme="http"``)."""
        return f"127.0.0.1:{self.port}"

    # --------------------------------------------------------------- answers
    def _lookup(self, query: str, countries: set[str]) -> dict[str, Any] | None:
        place = self.places.get(normalise_query(query))
        if place is None and self.resolver is not None:
            found = self.resolver(query)
            place = dict(found) if found is not None else None
        if place is None:
            return None
        if countries and str(place.get("country_code", "")).lower() not in countries:
            return None
        place.setdefault("name", query)
        return place

    def _decide(self) -> int:
        with self._lock:
            self.requests += 1
            n = self.requests
            if self.plan:
                return self.plan.pop(0)
        if self.status is not None:
            return self.status
        if self.fail_after is not None and n > self.fail_after:
            return self.fail_status
        return 200

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        url = urlparse(handler.path)
        args = parse_qs(url.query)
        query = (args.get("q") or [""])[0]
        with self._lock:
            self.queries.append(query)
            self.user_agents.append(handler.headers.get("User-Agent", ""))
        status = self._decide()
        if self.delay:
            time.sleep(self.delay)
        headers: dict[str, str] = {}
        if status != 200:
            if status == 429 and self.retry_after is not None:
                headers["Retry-After"] = f"{self.retry_after:g}"
            body: Any = {"error": {"code": status, "message": "local test server says no"}}
        else:
            countries = {
                c.strip().lower()
                for c in ",".join(args.get("countrycodes", [])).split(",")
                if c.strip()
            }
            place = self._lookup(query, countries)
            if url.path.rstrip("/").endswith("/api"):
                body = _photon(place)
            else:
                body = _nominatim(place, query)
        data = json.dumps(body).encode("utf-8")
        try:
            handler.send_response(status)
            handler.send_header("Content-Type", "application/json; charset=utf-8")
            handler.send_header("Content-Length", str(len(data)))
            for key, value in headers.items():
                handler.send_header(key, value)
            handler.end_headers()
            handler.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout)
            return


def _nominatim(place: dict[str, Any] | None, query: str) -> list[dict[str, Any]]:
    if place is None:
        return []
    name = str(place.get("name") or query)
    state = place.get("state")
    country = place.get("country") or str(place.get("country_code", "")).upper()
    display = ", ".join(str(p) for p in (name, state, country) if p)
    kind = place.get("type", "city")
    address = {kind if kind in ("city", "town", "village") else "place": name}
    if state:
        address["state"] = state
    if country:
        address["country"] = country
    if place.get("country_code"):
        address["country_code"] = str(place["country_code"]).lower()
    lat, lon = float(place["lat"]), float(place["lon"])
    return [
        {
            "place_id": zlib.crc32(name.encode()) % 10**8,
            "licence": _LICENCE,
            "osm_type": "node",
            "osm_id": zlib.crc32(display.encode()),
            "lat": f"{lat:.7f}",
            "lon": f"{lon:.7f}",
            "class": place.get("class", "place"),
            "type": kind,
            "place_rank": int(place.get("place_rank", 16)),
            "importance": 0.5,
            "addresstype": kind,
            "name": name,
            "display_name": display,
            "address": address,
            "boundingbox": [
                f"{lat - 0.05:.7f}",
                f"{lat + 0.05:.7f}",
                f"{lon - 0.05:.7f}",
                f"{lon + 0.05:.7f}",
            ],
        }
    ]


def _photon(place: dict[str, Any] | None) -> dict[str, Any]:
    if place is None:
        return {"type": "FeatureCollection", "features": []}
    kind = str(place.get("type", "city"))
    if kind == "administrative":  # Photon reports the administrative level as its type
        rank = int(place.get("place_rank", 16))
        kind = (
            "country" if rank <= 4 else "state" if rank <= 9 else "county" if rank <= 12 else "city"
        )
    props = {
        "osm_type": "N",
        "osm_key": place.get("class", "place"),
        "osm_value": place.get("type", "city"),
        "type": kind,
        "name": place.get("name"),
        "state": place.get("state"),
        "country": place.get("country") or str(place.get("country_code", "")).upper(),
        "countrycode": str(place.get("country_code", "")).upper(),
    }
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]},
                "properties": {k: v for k, v in props.items() if v},
            }
        ],
    }
