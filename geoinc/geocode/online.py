"""Online geocoding services (any geopy geocoder), made polite, cached and explicit.

:class:`OnlineGeocoder` wraps a real geopy geocoder (chosen by name, e.g.
``"nominatim"`` or ``"photon"``, or passed as an instance) and adds what a batch of
thousands of rows needs and geopy leaves to the caller:

* **a process-wide rate limit** per service host (Nominatim and other OpenStreetMap
  services: at most one request per second, which cannot be lowered for the public
  servers);
* **a User-Agent the user must set** (:class:`~geoinc.errors.ConfigurationError`
  otherwise) and a timeout of :data:`geoinc.settings.timeout` (10 s) instead of
  geopy's 1 s;
* **no hidden retries**: the HTTP adapter's own retries are switched off, 400/401/403
  are never retried, 429 waits for the service's ``Retry-After``, timeouts and 5xx are
  retried a bounded number of times with a growing pause;
* **a persistent cache** (:class:`~geoinc.geocode.cache.GeocodeCache`) of "found" and
  "not found" answers, committed one by one, so a killed batch resumes where it was;
* **explicit outcomes**: a :class:`~geopy.location.Location` (found), ``None`` (the
  service answered "no match"), or a :class:`~geoinc.errors.GeocodingError`
  (failed) — never a swallowed error disguised as ``None``.

Returned locations carry geoinc's keys in ``Location.raw`` next to the service's own:
``country`` (ISO 3166-1 alpha-2), ``admin1``, ``precision``, ``reason``,
``geocoder`` (the service name) and ``attribution`` (e.g. "© OpenStreetMap
contributors" for OpenStreetMap-based services).

Time is read through the module-level seams :func:`_clock` and :func:`_sleep`, which
tests replace so that rate limits and Retry-After run instantly.
"""

from __future__ import annotations

import functools
import logging
import threading
import time
from collections import Counter
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import geopy.exc
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from geoinc import settings
from geoinc._countries import to_iso2
from geoinc.errors import (
    ConfigurationError,
    GeocoderRateLimited,
    GeocoderRefused,
    GeocoderServiceError,
    GeocoderTimedOut,
)
from geoinc.geocode.cache import GeocodeCache

__all__ = [
    "OnlineGeocoder",
    "OSM_ATTRIBUTION",
    "Throttle",
    "throttle_for",
    "reset_throttles",
]

log = logging.getLogger("geoinc")

#: Credit line required by the OpenStreetMap licence (ODbL) wherever its data is shown.
OSM_ATTRIBUTION = "© OpenStreetMap contributors"

#: Services whose data comes from OpenStreetMap (their answers need OSM_ATTRIBUTION).
OSM_SERVICES = frozenset({"nominatim", "photon", "openmapquest", "pickpoint", "geocodeearth"})

#: Public servers whose usage policy asks for at most one request per second.
PUBLIC_SLOW_HOSTS = frozenset(
    {"nominatim.openstreetmap.org", "photon.komoot.io", "photon.komoot.de"}
)

#: Default pause between two requests to one host, per service, in seconds.
DEFAULT_MIN_DELAY: Mapping[str, float] = {
    "nominatim": 1.0,
    "photon": 1.0,
    "openmapquest": 1.0,
    "pickpoint": 1.0,
}

#: User-Agents that identify nobody (geopy's samples and default).
_ANONYMOUS_AGENTS = frozenset(
    {
        "",
        "my-application",
        "my_app/1",
        "my_user_agent/1.0",
        "specify_your_app_name_here",
        "test",
        "python-requests",
    }
)

#: Nominatim place_rank → geoinc precision (see Nominatim's "Place Ranking" docs).
_RANK_PRECISION = ((4, "country"), (12, "admin1"), (25, "city"), (30, "exact"))

#: Photon/OSM "type" values → geoinc precision.
_TYPE_PRECISION = {
    "country": "country",
    "state": "admin1",
    "region": "admin1",
    "province": "admin1",
    "county": "admin1",
    "city": "city",
    "town": "city",
    "village": "city",
    "hamlet": "city",
    "locality": "city",
    "district": "city",
    "suburb": "city",
    "neighbourhood": "city",
    "municipality": "city",
    "street": "exact",
    "house": "exact",
    "other": "exact",
}


def _clock() -> float:
    """Monotonic time seam (replaced in tests)."""
    return time.monotonic()


def _sleep(seconds: float) -> None:
    """Sleep seam (replaced in tests)."""
    time.sleep(seconds)


class Throttle:
    """A process-wide pacer for one host: at most one request per ``min_delay`` seconds.

    Threads share it; a ``Retry-After`` received by one caller holds back every caller.
    """

    def __init__(self, host: str) -> None:
        self.host = host
        self._lock = threading.Lock()
        self._next = float("-inf")
        #: Total seconds callers were made to wait (for the batch summary).
        self.waited = 0.0

    def wait(self, min_delay: float) -> float:
        """Block until a request may go out, and book the next slot; returns seconds waited."""
        with self._lock:
            now = _clock()
            pause = max(0.0, self._next - now)
            if pause > 0:
                _sleep(pause)
                self.waited += pause
            self._next = _clock() + max(0.0, min_delay)
            return pause

    def hold(self, seconds: float) -> None:
        """No request to this host before ``seconds`` from now (e.g. Retry-After)."""
        with self._lock:
            self._next = max(self._next, _clock() + max(0.0, seconds))


_THROTTLES: dict[str, Throttle] = {}
_THROTTLES_LOCK = threading.Lock()


def throttle_for(host: str) -> Throttle:
    """The process-wide :class:`Throttle` of a host (created on first use)."""
    with _THROTTLES_LOCK:
        if host not in _THROTTLES:
            _THROTTLES[host] = Throttle(host)
        return _THROTTLES[host]


def reset_throttles() -> None:
    """Forget every host's pacing state (for tests)."""
    with _THROTTLES_LOCK:
        _THROTTLES.clear()


def _no_retry_adapter_factory() -> Callable[..., Any]:
    """geopy's requests adapter with urllib3 retries off (else 1 query → up to 3 requests)."""
    from geopy.adapters import RequestsAdapter, URLLibAdapter

    if RequestsAdapter.is_available:
        return functools.partial(RequestsAdapter, max_retries=0)
    return URLLibAdapter  # urllib never retries


def _check_user_agent(agent: str | None, service: str) -> str:
    text = (agent or "").strip()
    if text.casefold() in _ANONYMOUS_AGENTS or text.startswith("geopy/"):
        raise ConfigurationError(
            f"online geocoding with {service!r} needs a User-Agent that identifies you or your "
            f"project (got {agent!r}); pass user_agent='my-project/1.0 (me@example.org)' or set "
            "geoinc.settings.user_agent. Nominatim's usage policy requires it: "
            "https://operations.osmfoundation.org/policies/nominatim/"
        )
    return text


def _service_name(geocoder: Geocoder) -> str:
    from geopy.geocoders import SERVICE_TO_GEOCODER

    for name, cls in SERVICE_TO_GEOCODER.items():
        if type(geocoder) is cls:
            return name
    return type(geocoder).__name__.lower()


class OnlineGeocoder:
    """A polite, cached wrapper around one geopy geocoder.

    It has geopy's geocoder interface (``geocode(query, exactly_one=True,
    country_codes=None)``), so it can stand wherever a geopy geocoder or the
    offline :class:`~geoinc.geocode.gazetteer.Gazetteer` is used.

    Parameters
    ----------
    service : str or geopy Geocoder
        A geopy service name (``"nominatim"``, ``"photon"``, ``"arcgis"``, ...; see
        :func:`geopy.geocoders.get_geocoder_for_service`) or a geopy geocoder instance.
    user_agent : str, optional
        Identifies your project to the service (default :data:`geoinc.settings.user_agent`).
        Required: a missing or sample User-Agent raises
        :class:`~geoinc.errors.ConfigurationError`.
    domain : str, optional
        Host (and port) of the service, e.g. your own Nominatim ``"nominatim.example.org"``.
    scheme : {"https", "http"}, optional
        Default ``"https"``.
    timeout : float, optional
        Seconds for one request (default :data:`geoinc.settings.timeout`, 10 s).
    min_delay : float, optional
        Least seconds between two requests to the same host from this process (default
        1 s for OpenStreetMap services, 0 otherwise). Cannot go below 1 s for the public
        Nominatim and Photon servers.
    retries : int
        Further attempts after a timeout, a 5xx or a 429 (never after 400/401/403).
    max_wait : float
        Longest ``Retry-After`` or back-off pause accepted, in seconds; a service asking
        for more makes the request fail with :class:`~geoinc.errors.GeocoderRateLimited`.
    cache : GeocodeCache, str, Path, bool or None
        ``None``/``True``: the default cache file under :data:`geoinc.settings.cache_dir`;
        a path or a :class:`~geoinc.geocode.cache.GeocodeCache`: that cache; ``False``:
        no cache (not recommended for Nominatim, whose policy asks for caching).
    language : str, optional
        Preferred answer language (part of the cache key).
    **options
        Passed to the geopy class (e.g. ``api_key``).

    Attributes
    ----------
    name : str
        The service name (``"nominatim"``).
    provider : str
        Service and host, as used in the cache key.
    attribution : str or None
        Credit line the service's data requires on maps.
    stats : collections.Counter
        ``requests``, ``cache_hits``, ``found``, ``not_found``, ``failed``, ``retries``.

    Raises
    ------
    ConfigurationError
        Missing User-Agent, unknown service, or ``min_delay`` below a public server's policy.

    Examples
    --------
    >>> g = OnlineGeocoder("nominatim", user_agent="my-newsroom-map/1.0 (me@example.org)")
    ... # doctest: +SKIP
    >>> g.geocode("Kerman", country_codes="ir").raw["precision"]  # doctest: +SKIP
    'city'
    """

    def __init__(
        self,
        service: str | Geocoder,
        *,
        user_agent: str | None = None,
        domain: str | None = None,
        scheme: str | None = None,
        timeout: float | None = None,
        min_delay: float | None = None,
        retries: int = 2,
        max_wait: float = 300.0,
        cache: GeocodeCache | str | Path | bool | None = None,
        language: str | None = None,
        **options: Any,
    ) -> None:
        self.timeout = float(settings.timeout if timeout is None else timeout)
        if self.timeout <= 0:
            raise ConfigurationError(f"timeout must be positive, got {timeout!r}")
        if retries < 0:
            raise ConfigurationError(f"retries must be 0 or more, got {retries!r}")
        self.retries = int(retries)
        self.max_wait = float(max_wait)
        self.language = language
        if isinstance(service, Geocoder):
            self.geolocator = service
            self.name = _service_name(service)
            _check_user_agent(service.headers.get("User-Agent"), self.name)
            self._disable_adapter_retries()
        elif isinstance(service, str):
            self.name = service.strip().lower()
            agent = _check_user_agent(user_agent or settings.user_agent, self.name)
            self.geolocator = self._build(agent, domain, scheme, options)
        else:
            raise ConfigurationError(
                f"geocoder must be a service name or a geopy geocoder, got {service!r}"
            )
        self.host = str(getattr(self.geolocator, "domain", None) or self.name)
        self.provider = f"{self.name}@{self.host}"
        default_delay = DEFAULT_MIN_DELAY.get(self.name, 0.0)
        self.min_delay = float(default_delay if min_delay is None else min_delay)
        if self.host in PUBLIC_SLOW_HOSTS and self.min_delay < 1.0:
            raise ConfigurationError(
                f"min_delay={min_delay!r} breaks the usage policy of {self.host} "
                "(at most 1 request per second); run your own instance to go faster"
            )
        self.attribution = OSM_ATTRIBUTION if self.name in OSM_SERVICES else None
        self.cache = _open_cache(cache)
        self._owns_cache = self.cache is not None and not isinstance(cache, GeocodeCache)
        self.stats: Counter[str] = Counter()

    # ------------------------------------------------------------------ setup
    def _build(
        self, agent: str, domain: str | None, scheme: str | None, options: dict[str, Any]
    ) -> Geocoder:
        from geopy.geocoders import get_geocoder_for_service

        try:
            cls = get_geocoder_for_service(self.name)
        except geopy.exc.GeocoderNotFound as err:
            raise ConfigurationError(f"unknown geocoding service {self.name!r}: {err}") from err
        kwargs: dict[str, Any] = dict(options)
        kwargs.update(user_agent=agent, timeout=self.timeout)
        kwargs["adapter_factory"] = _no_retry_adapter_factory()
        if scheme is not None:
            kwargs["scheme"] = scheme
        if domain is not None:
            kwargs["domain"] = domain
        try:
            return cls(**kwargs)
        except TypeError as err:
            raise ConfigurationError(
                f"{cls.__name__} does not accept these options: {err}"
            ) from err
        except geopy.exc.ConfigurationError as err:
            raise ConfigurationError(f"{cls.__name__}: {err}") from err

    def _disable_adapter_retries(self) -> None:
        from geopy.adapters import RequestsAdapter

        geo = self.geolocator
        if isinstance(getattr(geo, "adapter", None), RequestsAdapter):
            geo.adapter = _no_retry_adapter_factory()(
                proxies=geo.proxies, ssl_context=geo.ssl_context
            )

    def close(self) -> None:
        """Close the cache this geocoder opened itself and the HTTP session."""
        if self._owns_cache and self.cache is not None:
            self.cache.close()
        session = getattr(getattr(self.geolocator, "adapter", None), "session", None)
        if session is not None and hasattr(session, "close"):
            session.close()

    def __enter__(self) -> OnlineGeocoder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"OnlineGeocoder({self.provider!r}, min_delay={self.min_delay}, cache={self.cache})"

    # ------------------------------------------------------------------ queries
    def _params(self, country_codes: Any) -> dict[str, Any]:
        codes: list[str] | None = None
        if country_codes:
            seq = [country_codes] if isinstance(country_codes, str) else list(country_codes)
            codes = sorted({str(c).strip().lower() for c in seq if str(c).strip()}) or None
        params: dict[str, Any] = {"country_codes": codes, "language": self.language}
        if self.name == "nominatim":
            params["addressdetails"] = True
        return params

    def _call_kwargs(self, params: dict[str, Any]) -> dict[str, Any]:
        import inspect

        try:
            accepted = inspect.signature(self.geolocator.geocode).parameters
        except (TypeError, ValueError):
            accepted = {}  # type: ignore[assignment]
        kwargs: dict[str, Any] = {"exactly_one": True, "timeout": self.timeout}
        if params.get("country_codes") and "country_codes" in accepted:
            kwargs["country_codes"] = params["country_codes"]
        if params.get("addressdetails") and "addressdetails" in accepted:
            kwargs["addressdetails"] = True
        if self.language and "language" in accepted:
            kwargs["language"] = self.language
        return kwargs

    def geocode(
        self, query: str, exactly_one: bool = True, country_codes: Any = None
    ) -> Location | list[Location] | None:
        """Geocode one query: a :class:`~geopy.location.Location`, or ``None`` for "no match".

        Parameters
        ----------
        query : str
            Place text.
        exactly_one : bool
            ``False`` returns a list (of the single best answer; the cache keeps one).
        country_codes : str or list of str, optional
            ISO 3166-1 alpha-2 codes to restrict the search to (when the service
            supports it; otherwise the answer is checked against them).

        Raises
        ------
        GeocoderRefused
            400/401/402/403 (attribute ``status_code``); not retried.
        GeocoderRateLimited
            429 still after ``retries`` waits, or a Retry-After above ``max_wait``.
        GeocoderTimedOut, GeocoderServiceError
            Still failing after ``retries`` attempts.
        """
        params = self._params(country_codes)
        if self.cache is not None:
            hit = self.cache.get(self.provider, query, params)
            if hit is not None:
                self.stats["cache_hits"] += 1
                self.stats[hit.status] += 1
                loc = hit.location
                return loc if exactly_one else ([loc] if loc is not None else [])
        try:
            answer = self._request(query, self._call_kwargs(params))
        except Exception:
            self.stats["failed"] += 1
            raise
        loc = self._normalise(answer, query, params) if answer is not None else None
        if self.cache is not None:
            self.cache.put(self.provider, query, loc, params)
        self.stats["found" if loc is not None else "not_found"] += 1
        return loc if exactly_one else ([loc] if loc is not None else [])

    def _request(self, query: str, kwargs: dict[str, Any]) -> Location | None:
        throttle = throttle_for(self.host)
        attempt = 0
        while True:
            throttle.wait(self.min_delay)
            self.stats["requests"] += 1
            try:
                result = self.geolocator.geocode(query, **kwargs)
            except geopy.exc.GeocoderRateLimited as err:
                wait = err.retry_after
                if wait is None:
                    wait = self._backoff(attempt)
                throttle.hold(min(float(wait), self.max_wait))
                if attempt >= self.retries or wait > self.max_wait:
                    raise GeocoderRateLimited(
                        f"{self.name} rate-limited {query!r} (HTTP 429, Retry-After "
                        f"{err.retry_after!r} s) after {attempt + 1} attempt(s)",
                        retry_after=err.retry_after,
                    ) from err
                log.warning("%s answered 429; waiting %.1f s (Retry-After)", self.name, wait)
            except (
                geopy.exc.GeocoderQueryError,
                geopy.exc.GeocoderAuthenticationFailure,
                geopy.exc.GeocoderInsufficientPrivileges,
                geopy.exc.GeocoderQuotaExceeded,
            ) as err:
                refused = GeocoderRefused(f"{self.name} refused {query!r}: {err}")
                refused.status_code = _status_of(err)  # type: ignore[attr-defined]
                raise refused from err
            except geopy.exc.GeocoderTimedOut as err:
                if attempt >= self.retries:
                    raise GeocoderTimedOut(
                        f"{self.name} did not answer {query!r} in time "
                        f"({self.timeout:g} s timeout, {attempt + 1} attempt(s)): {err}"
                    ) from err
                throttle.hold(self._backoff(attempt))
            except geopy.exc.GeocoderServiceError as err:
                if attempt >= self.retries:
                    raise GeocoderServiceError(
                        f"{self.name} failed on {query!r} after {attempt + 1} attempt(s): {err}"
                    ) from err
                throttle.hold(self._backoff(attempt))
            except geopy.exc.GeopyError as err:
                raise GeocoderServiceError(f"{self.name} failed on {query!r}: {err}") from err
            else:
                if isinstance(result, list):
                    result = result[0] if result else None
                return result
            attempt += 1
            self.stats["retries"] += 1

    def _backoff(self, attempt: int) -> float:
        return min(self.max_wait, max(self.min_delay, 1.0) * 2.0 ** (attempt + 1))

    # ------------------------------------------------------------------ answers
    def _normalise(self, loc: Location, query: str, params: dict[str, Any]) -> Location | None:
        raw = dict(loc.raw) if isinstance(loc.raw, dict) else {"value": loc.raw}
        country, admin1, precision, detail = _describe(self.name, raw)
        codes = params.get("country_codes")
        if codes and country and country.lower() not in codes:
            # the service ignored the restriction (e.g. Photon has none): not an answer
            log.info("%s answered %r for %r outside %s; ignored", self.name, country, query, codes)
            return None
        raw.update(
            country=country,
            admin1=admin1,
            precision=precision,
            geocoder=self.name,
            reason=f"{self.name}: first match for {query!r} ({detail})",
        )
        if self.attribution:
            raw["attribution"] = self.attribution
        return Location(loc.address, (loc.latitude, loc.longitude), raw)


def _status_of(err: Exception) -> int | None:
    cause = err.__cause__ or err.__context__
    code = getattr(cause, "status_code", None)
    if code is None:
        mapping = {
            geopy.exc.GeocoderQueryError: 400,
            geopy.exc.GeocoderAuthenticationFailure: 401,
            geopy.exc.GeocoderQuotaExceeded: 402,
            geopy.exc.GeocoderInsufficientPrivileges: 403,
        }
        for cls, value in mapping.items():
            if type(err) is cls:
                return value
    return int(code) if code is not None else None


def _precision_from_rank(rank: Any) -> str | None:
    try:
        value = int(rank)
    except (TypeError, ValueError):
        return None
    for limit, name in _RANK_PRECISION:
        if value <= limit:
            return name
    return "exact"


def _describe(service: str, raw: dict[str, Any]) -> tuple[str | None, str | None, str, str]:
    """(country ISO2, admin1, precision, detail) from a service's raw answer."""
    if service == "photon" or raw.get("type") == "Feature":
        props: dict[str, Any] = raw["properties"] if isinstance(raw.get("properties"), dict) else {}
        code = props.get("countrycode")
        kind = str(props.get("type") or props.get("osm_value") or "")
        precision = _TYPE_PRECISION.get(kind, "unknown")
        if precision == "unknown" and props.get("osm_key") not in (None, "place", "boundary"):
            precision = "exact"  # a feature such as a building, a mosque, a cemetery
        detail = f"type={kind or '?'}"
        country = to_iso2(code) if isinstance(code, str) else None
        return country, props.get("state"), precision, detail
    address: dict[str, Any] = raw["address"] if isinstance(raw.get("address"), dict) else {}
    code = address.get("country_code") if address else None
    country = to_iso2(code) if isinstance(code, str) else None
    admin1 = None
    if address:
        admin1 = address.get("state") or address.get("province") or address.get("region")
    kind = str(raw.get("addresstype") or raw.get("type") or "")
    precision = _precision_from_rank(raw.get("place_rank")) or _TYPE_PRECISION.get(kind, "unknown")
    detail = f"{raw.get('class', '?')}={raw.get('type', '?')}"
    if raw.get("place_rank") is not None:
        detail += f", rank {raw.get('place_rank')}"
    return country, admin1, precision, detail


def _open_cache(cache: GeocodeCache | str | Path | bool | None) -> GeocodeCache | None:
    if cache is False:
        return None
    if cache is None or cache is True:
        return GeocodeCache()
    if isinstance(cache, GeocodeCache):
        return cache
    if isinstance(cache, str | Path):
        return GeocodeCache(cache)
    raise ConfigurationError(f"cache must be a path, a GeocodeCache, True or False; got {cache!r}")
