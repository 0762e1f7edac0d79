"""A persistent, crash-safe cache of online geocoding answers (SQLite, WAL mode).

Every answer is committed on its own as soon as it arrives, so a batch killed at any
moment (even by SIGKILL) loses at most the request that was in flight, and the next
run resumes from the cache. Only answers are stored: ``found`` (the location) and
``not_found`` (with a time-to-live, since the service may learn the place later).
Errors are never cached: a failed request is asked again next time.

The key is a SHA-256 hash of the provider (service and host), the normalised query,
the parameters that change the answer (country restriction, language, ...) and
:data:`SCHEMA_VERSION`, in the spirit of osmnx's request cache.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import sqlite3
import threading
import time
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from geopy.location import Location

from geoinc import settings

__all__ = ["GeocodeCache", "CachedAnswer", "SCHEMA_VERSION", "cache_key", "normalise_query"]

log = logging.getLogger("geoinc")

#: Bumped whenever the stored payload or the key recipe changes; old rows then miss.
SCHEMA_VERSION = 1

#: Default time-to-live of a "not found" answer, in seconds (30 days).
NOT_FOUND_TTL = 30 * 24 * 3600.0

_SPACES = re.compile(r"\s+")

_DDL = """
CREATE TABLE IF NOT EXISTS answers (
    key      TEXT PRIMARY KEY,
    provider TEXT NOT NULL,
    query    TEXT NOT NULL,
    params   TEXT NOT NULL,
    status   TEXT NOT NULL CHECK (status IN ('found', 'not_found')),
    payload  TEXT,
    created  REAL NOT NULL,
    expires  REAL
)
"""


def normalise_query(query: str) -> str:
    """Normalise a query for the cache key: Unicode NFKC, case-folded, single spaces.

    >>> normalise_query("  Kerman,   IRAN ")
    'kerman, iran'
    """
    text = unicodedata.normalize("NFKC", str(query)).casefold()
    return _SPACES.sub(" ", text).strip()


def _canonical_params(params: Mapping[str, Any] | None) -> str:
    clean = {k: v for k, v in (params or {}).items() if v is not None}
    return json.dumps(clean, sort_keys=True, ensure_ascii=True, default=str)


def cache_key(provider: str, query: str, params: Mapping[str, Any] | None = None) -> str:
    """The cache key of one request.

    Parameters
    ----------
    provider : str
        Service and host, e.g. ``"nominatim@nominatim.openstreetmap.org"``.
    query : str
        The place text as sent (it is normalised here).
    params : mapping, optional
        Parameters that change the answer (``None`` values are ignored).

    Returns
    -------
    str
        A hex SHA-256 digest.
    """
    blob = json.dumps(
        [SCHEMA_VERSION, provider, normalise_query(query), _canonical_params(params)],
        ensure_ascii=True,
    )
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class CachedAnswer:
    """One cached answer: ``location`` is ``None`` for a cached "not found"."""

    status: str
    location: Location | None
    created: float


class GeocodeCache:
    """SQLite cache of geocoding answers, safe against crashes and shared by processes.

    Parameters
    ----------
    path : str or Path, optional
        Database file (default ``settings.cache_dir / "online-geocoding.sqlite"``).
        ``":memory:"`` keeps it in memory (not persistent).
    not_found_ttl : float, optional
        Seconds a "not found" answer stays valid (default 30 days).
    found_ttl : float, optional
        Seconds a "found" answer stays valid (default: forever).

    Notes
    -----
    The database runs in WAL mode with ``synchronous=NORMAL`` and one transaction per
    answer: a process killed at any point leaves every committed answer readable and
    the file consistent (``PRAGMA integrity_check`` passes). Several processes may
    share one file; writers wait up to 30 s for each other.

    Examples
    --------
    >>> c = GeocodeCache(":memory:")
    >>> c.put("demo", "Kerman", None)
    >>> c.get("demo", "kerman ").status
    'not_found'
    """

    #: Time seam (wall clock, seconds since the epoch), replaced in tests.
    _clock: Callable[[], float] = staticmethod(time.time)

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        not_found_ttl: float | None = NOT_FOUND_TTL,
        found_ttl: float | None = None,
    ) -> None:
        if path is None:
            path = Path(settings.cache_dir) / "online-geocoding.sqlite"
        self.path = path if str(path) == ":memory:" else Path(path)
        if isinstance(self.path, Path):
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.not_found_ttl = not_found_ttl
        self.found_ttl = found_ttl
        self._lock = threading.Lock()
        # isolation_level=None: autocommit, so every INSERT is its own committed transaction.
        self._conn = sqlite3.connect(
            str(self.path), timeout=30.0, isolation_level=None, check_same_thread=False
        )
        try:
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.execute(_DDL)
        except sqlite3.DatabaseError as err:
            self._conn.close()
            from geoinc.errors import ConfigurationError

            raise ConfigurationError(
                f"the geocoding cache {str(self.path)!r} is not a usable SQLite database "
                f"({err}); delete it or pass another cache path"
            ) from err

    def __repr__(self) -> str:
        return f"GeocodeCache({str(self.path)!r})"

    def __len__(self) -> int:
        with self._lock:
            return int(self._conn.execute("SELECT count(*) FROM answers").fetchone()[0])

    def close(self) -> None:
        """Close the connection (the file stays consistent either way)."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> GeocodeCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(
        self, provider: str, query: str, params: Mapping[str, Any] | None = None
    ) -> CachedAnswer | None:
        """The cached answer for a request, or ``None`` when absent or expired."""
        key = cache_key(provider, query, params)
        with self._lock:
            row = self._conn.execute(
                "SELECT status, payload, created, expires FROM answers WHERE key = ?", (key,)
            ).fetchone()
        if row is None:
            return None
        status, payload, created, expires = row
        if expires is not None and expires <= self._clock():
            return None
        location = None
        if status == "found":
            try:
                data = json.loads(payload)
                location = Location(
                    data["address"], (data["latitude"], data["longitude"]), data["raw"]
                )
            except (TypeError, ValueError, KeyError) as err:
                log.warning("ignoring an unreadable cache entry for %r: %s", query, err)
                return None
        return CachedAnswer(status=status, location=location, created=float(created))

    def put(
        self,
        provider: str,
        query: str,
        location: Location | None,
        params: Mapping[str, Any] | None = None,
    ) -> None:
        """Store (and commit) one answer: a :class:`~geopy.location.Location` or ``None``.

        ``None`` means the service answered "no match"; errors must not be stored.
        """
        now = self._clock()
        if location is None:
            status, payload = "not_found", None
            ttl = self.not_found_ttl
        else:
            status = "found"
            payload = json.dumps(
                {
                    "address": location.address,
                    "latitude": location.latitude,
                    "longitude": location.longitude,
                    "raw": location.raw,
                },
                ensure_ascii=False,
                default=str,
            )
            ttl = self.found_ttl
        expires = None if ttl is None else now + ttl
        row = (
            cache_key(provider, query, params),
            provider,
            normalise_query(query),
            _canonical_params(params),
            status,
            payload,
            now,
            expires,
        )
        with self._lock:
            self._conn.execute("INSERT OR REPLACE INTO answers VALUES (?,?,?,?,?,?,?,?)", row)

    def count(self, status: str | None = None) -> int:
        """Number of stored answers (of one ``status`` when given), expired ones included."""
        with self._lock:
            if status is None:
                return int(self._conn.execute("SELECT count(*) FROM answers").fetchone()[0])
            return int(
                self._conn.execute(
                    "SELECT count(*) FROM answers WHERE status = ?", (status,)
                ).fetchone()[0]
            )

    def purge_expired(self) -> int:
        """Delete expired answers; returns how many were removed."""
        with self._lock:
            cur = self._conn.execute(
                "DELETE FROM answers WHERE expires IS NOT NULL AND expires <= ?", (self._clock(),)
            )
            return int(cur.rowcount)

    def integrity_check(self) -> str:
        """``PRAGMA integrity_check`` of the database (``"ok"`` when sound)."""
        with self._lock:
            return str(self._conn.execute("PRAGMA integrity_check").fetchone()[0])
