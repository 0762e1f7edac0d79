"""Dates in report text: explicit ("January 3", "3 Jan 2024") and relative ("on Wednesday",
"yesterday", "last week") resolved against the publication date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pandas as pd

__all__ = ["DateMention", "find_dates", "to_date"]

_MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
_WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_MON = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_MON2 = _MON.replace("?P<mon>", "?P<mon2>")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = _DAY.replace("?P<day>", "?P<day2>")
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_YEAR2 = _YEAR.replace("?P<year>", "?P<year2>")
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

_EXPLICIT = re.compile(
    rf"\b(?:{_WD},?\s+(?:of\s+)?)?(?:"  # "Monday, June 1" and "Monday of June 1"
    rf"{_MON}\s+{_DAY}\b(?:,?\s+{_YEAR})?"  # January 3, 2024
    # 3 January 2024; "6-7 April", "between 3 and 5 March" (the first day)
    rf"|(?:(?P<rd>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|to\s|and\s)\s*)?"
    rf"{_DAY2}\s+(?:of\s+)?{_MON2}\b(?:,?\s+{_YEAR2})?"
    rf"|(?P<iy>(?:1[89]|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)"  # 2024-01-03
    rf"|(?P<um>1[0-2]|0?[1-9])/(?P<ud>[0-3]?\d)/(?P<uy>(?:1[89]|20)\d\d)"  # 1/3/2024 (US)
    rf")(?!\d)",
    re.IGNORECASE,
)
#: fixed-date holidays ("On New Year's Eve in 1972", "Christmas Day 2015")
_HOLIDAYS = {
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
    "fourth of july": (7, 4),
    "boxing day": (12, 26),
    "bastille day": (7, 14),
    "st. patrick's day": (3, 17),
    "st patrick's day": (3, 17),
}
_HOLIDAY = re.compile(
    r"\b(?P<hol>New\s+Year['’]?s\s+(?:Eve|Day)|Christmas\s+(?:Eve|Day)|Halloween|"
    r"Valentine['’]?s\s+Day|Fourth\s+of\s+July|Boxing\s+Day|Bastille\s+Day|"
    r"St\.?\s+Patrick['’]?s\s+Day)"
    r"(?:,?\s+(?:in\s+|of\s+)?(?P<year>(?:1[89]|20)\d\d)\b)?",
)
_MONTH_YEAR = re.compile(
    r"\b(?:in|during|since|of|by|early|late|mid-?)?\s*"
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+(?:of\s+)?(?P<year>(?:1[89]|20)\d\d)\b"
)
_YEAR_ONLY = re.compile(
    r"\b(?:in|during|of)\s+(?P<year>(?:1[89]|20)\d\d)\b(?![-/]\d)", re.IGNORECASE
)
_RELATIVE = re.compile(
    r"\b(?<!USA\s)(?P<rel>yesterday|today|tonight|this\s+(?:morning|afternoon|evening)|"
    r"last\s+night|earlier\s+today|overnight|"
    r"(?P<n>two|three|four|five|six|2|3|4|5|6)\s+days\s+ago|a\s+day\s+(?:earlier|ago)|"
    r"last\s+week|earlier\s+this\s+week|this\s+week|last\s+month|earlier\s+this\s+month|"
    r"this\s+month|last\s+year|earlier\s+this\s+year|"
    r"(?:over|during|on)\s+the\s+weekend|(?:this|last)\s+(?:past\s+)?weekend)\b",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(
    rf"\b(?P<last>last\s+|this\s+past\s+|on\s+|early\s+|late\s+)?{_WD}(?P<part>'s|\s+(?:morning|"
    r"afternoon|evening|night))?\b(?!\s+(?:Market|Bazaar|Mosque|Church|Club|Street|Road|Square)\b)"
)
_N = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


@dataclass(frozen=True)
class DateMention:
    """A date found in one sentence."""

    value: date | None  # None when a relative date cannot be resolved (no publication date)
    precision: str  # "day", "week", "month", "year"
    start: int  # offset in the sentence
    end: int
    text: str
    relative: bool


def to_date(value: Any) -> date | None:
    """Normalise a date, string or Timestamp; ``None`` stays ``None``.

    Raises
    ------
    ValueError
        When ``value`` cannot be read as a date.
    """
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, date) and not isinstance(value, pd.Timestamp):
        return value if type(value) is date else value.date()  # type: ignore[attr-defined]
    try:
        stamp = pd.Timestamp(value)
    except (ValueError, TypeError) as err:
        raise ValueError(f"published= is not a date: {value!r}") from err
    if stamp is pd.NaT:
        return None
    return stamp.date()


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _year_for(month: int, day: int, published: date | None) -> int | None:
    if published is None:
        return None
    year = published.year
    candidate = _safe(year, month, day)
    if candidate is not None and candidate > published + timedelta(days=2):
        year -= 1  # "December 30" in a January report
    return year


def find_dates(
    sentence: str, published: date | None, year_ref: date | None = None
) -> list[DateMention]:
    """Every date of ``sentence``, resolved against ``published`` when relative.

    ``year_ref`` (a full date written elsewhere in the report) gives the year of a
    "March 3" or a "Christmas Eve" when ``published`` is unknown; weekdays stay unresolved.
    """
    ref = published if published is not None else year_ref
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for m in _EXPLICIT.finditer(sentence):
        g = m.groupdict()
        a = m.start()
        if g["rd"] and not int(g["rd"]) < int(g["day2"]):
            a = m.start("day2")  # "killed 12 - 7 April": not a range of days
        if g["iy"]:
            value = _safe(int(g["iy"]), int(g["im"]), int(g["id"]))
            year_known = True
        elif g["uy"]:
            value = _safe(int(g["uy"]), int(g["um"]), int(g["ud"]))
            year_known = True
        else:
            mon = _MONTHS[(g["mon"] or g["mon2"]).lower().rstrip(".")]
            day = int(g["day"] or g["day2"])
            if g["rd"] and a == m.start() and 1 <= int(g["rd"]) < day:
                day = int(g["rd"])  # a range of days: the incident began on the first
            year_s = g["year"] or g["year2"]
            if mon == 5 and not (g["mon"] or g["mon2"])[0].isupper():
                continue  # "may 3" is a verb more often than not
            year = int(year_s) if year_s else _year_for(mon, day, ref)
            year_known = year is not None
            value = _safe(year, mon, day) if year is not None else None
        if value is None and year_known:
            continue
        out.append(DateMention(value, "day", a, m.end(), sentence[a : m.end()], False))
        taken.append((a, m.end()))
    for m in _HOLIDAY.finditer(sentence):
        if not free(m.start(), m.end()):
            continue
        key = " ".join(m.group("hol").lower().replace("’", "'").split())
        key = key.replace("years", "year's").replace("valentines", "valentine's")
        key = key.replace("patricks", "patrick's")
        mon, day = _HOLIDAYS[key]
        year = int(m.group("year")) if m.group("year") else _year_for(mon, day, ref)
        value = _safe(year, mon, day) if year is not None else None
        out.append(DateMention(value, "day", m.start(), m.end(), m.group(0), False))
        taken.append((m.start(), m.end()))
    for m in _MONTH_YEAR.finditer(sentence):
        if free(m.start("mon"), m.end()):
            value = date(int(m.group("year")), _MONTHS[m.group("mon").lower()], 1)
            out.append(
                DateMention(value, "month", m.start("mon"), m.end(), m.group(0).strip(), False)
            )
            taken.append((m.start("mon"), m.end()))
    for m in _YEAR_ONLY.finditer(sentence):
        if free(m.start("year"), m.end()):
            out.append(
                DateMention(
                    date(int(m.group("year")), 1, 1),
                    "year",
                    m.start("year"),
                    m.end(),
                    m.group("year"),
                    False,
                )
            )
            taken.append((m.start("year"), m.end()))
    for m in _WEEKDAY.finditer(sentence):
        if not free(m.start("wd"), m.end("wd")):
            continue
        wd = _WEEKDAYS[m.group("wd").lower()]
        value = None
        if published is not None:
            back = (published.weekday() - wd) % 7
            if m.group("last") and "last" in m.group("last").lower() and back == 0:
                back = 7
            value = published - timedelta(days=back)
        out.append(DateMention(value, "day", m.start(), m.end(), m.group(0).strip(), True))
        taken.append((m.start(), m.end()))
    for m in _RELATIVE.finditer(sentence):
        if not free(m.start(), m.end()):
            continue
        rel = " ".join(m.group("rel").lower().split())
        precision = "day"
        value = None
        if published is not None:
            if rel in ("yesterday", "last night", "a day earlier", "a day ago", "overnight"):
                value = published - timedelta(days=1)
            elif m.group("n"):
                n = _N.get(m.group("n").lower()) or int(m.group("n"))
                value = published - timedelta(days=n)
            elif "weekend" in rel:
                # the Saturday of the latest weekend (the one before for "last weekend"
                # read on a weekend day); the day itself is not known
                precision = "week"
                back = (published.weekday() - 5) % 7
                if rel.startswith("last") and back <= 1:
                    back += 7
                value = published - timedelta(days=back)
            elif "week" in rel:
                precision = "week"
                start = published - timedelta(days=published.weekday())
                value = start - timedelta(days=7) if rel.startswith("last") else start
            elif "month" in rel:
                precision = "month"
                first = published.replace(day=1)
                value = (
                    (first - timedelta(days=1)).replace(day=1) if rel.startswith("last") else first
                )
            elif "year" in rel:
                precision = "year"
                value = date(published.year - (1 if rel.startswith("last") else 0), 1, 1)
            else:
                value = published
        if rel in ("overnight",):
            precision = "day"
        out.append(DateMention(value, precision, m.start(), m.end(), m.group(0), True))
        taken.append((m.start(), m.end()))
    out.sort(key=lambda d: d.start)
    return out
