"""Exceptions raised by geoinc.

Every error derives from :class:`GeoincError` and also from the builtin that
matches its meaning, so ``except ValueError`` keeps working for callers that do
not know geoinc.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "GeoincError",
    "ValidationError",
    "InputError",
    "EncodingProblem",
    "GeocodingError",
    "GeocoderServiceError",
    "GeocoderTimedOut",
    "GeocoderRateLimited",
    "GeocoderRefused",
    "CircuitOpen",
    "ConfigurationError",
    "MissingDependency",
]


class GeoincError(Exception):
    """Root of every geoinc error."""


class ValidationError(GeoincError, ValueError):
    """A value in an incident table breaks the incident schema.

    Attributes ``row``, ``column`` and ``value`` say where; ``row`` is the
    frame's index label (``None`` when the problem is the whole column).
    """

    def __init__(
        self, message: str, *, row: Any = None, column: str | None = None, value: Any = None
    ) -> None:
        where = []
        if row is not None:
            where.append(f"row {row!r}")
        if column is not None:
            where.append(f"column {column!r}")
        prefix = ", ".join(where)
        text = f"{prefix}: {message}" if prefix else message
        if value is not None:
            text += f" (value: {value!r})"
        super().__init__(text)
        self.row = row
        self.column = column
        self.value = value
        #: every problem found in the table (when raised by :func:`geoinc.to_incidents`)
        self.problems: list[ValidationError] = [self]
        #: the rows that passed validation, so nothing is lost
        self.valid: Any = None


class InputError(GeoincError, ValueError):
    """An input file or argument cannot be read as incidents."""


class EncodingProblem(InputError):
    """A text file is not in the expected encoding."""


class ConfigurationError(GeoincError, ValueError):
    """A setting or argument combination is invalid (e.g. a missing User-Agent)."""


class MissingDependency(GeoincError, ImportError):
    """An optional dependency is not installed; the message names the pip command."""


class GeocodingError(GeoincError):
    """Root of geocoding failures (not of "not found", which is a normal answer)."""


class GeocoderServiceError(GeocodingError, ConnectionError):
    """An online geocoding service failed to answer usefully."""


class GeocoderTimedOut(GeocoderServiceError, TimeoutError):
    """An online geocoding service did not answer in time."""


class GeocoderRateLimited(GeocoderServiceError):
    """The service answered 429; ``retry_after`` holds its Retry-After in seconds."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class GeocoderRefused(GeocoderServiceError, PermissionError):
    """The service refused the request (400/401/403); retrying would not help."""


class CircuitOpen(GeocodingError, RuntimeError):
    """A batch stopped after repeated service failures; finished rows are kept."""
