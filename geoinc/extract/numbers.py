"""Numbers as news reports write them: digits, words, qualifiers, ranges, vague words.

:func:`find_numbers` returns every number expression of a sentence with its value,
qualifier and character span, skipping numbers that are plainly not counts of people
(ages, years, times, decimals, measurements).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["NumberMention", "find_numbers", "words_to_int", "VAGUE"]

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000}
#: Vague quantities coded the way ACLED does (the most conservative reading), flagged.
VAGUE = {
    "tens": 10,
    "dozens": 12,
    "scores": 100,
    "hundreds": 100,
    "thousands": 1000,
    "several dozen": 12,
    "several hundred": 100,
    "several thousand": 1000,
}
_WORD = "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
_WORDNUM = (
    rf"(?:(?:a|one|{_WORD})(?:[\s-]+(?:{_WORD}))?(?:\s+(?:dozen|hundred|thousand|million)"
    rf"(?:\s+(?:and\s+)?(?:{_WORD})(?:[\s-]+(?:{_WORD}))?)?)*)"
)
_DIGITS = r"(?:\d{1,3}(?:[,\u202f\u00a0]\d{3})+|\d+)"
_AMOUNT = (
    rf"(?:half\s+a\s+dozen|{_DIGITS}(?:\s+(?:dozen|hundred|thousand|million))?|{_WORDNUM}|"
    r"a\s+dozen|dozen)"
)
_VAGUE_RX = (
    r"(?:several\s+(?:dozen|hundred|thousand)|tens|dozens|scores|hundreds|thousands)"
    r"(?=\s+(?:of|more|others?|people|were|are|have|had|injured|wounded|hurt|killed|"
    r"dead|died)\b|\s*(?:[,.;)]|$)|\s+(?:and|more|in|at|on|when|after|as)\b)"
)

_QUAL_LOW = (
    r"at\s+least|more\s+than|over|in\s+excess\s+of|no\s+fewer\s+than|upwards\s+of|"
    r"a\s+minimum\s+of|not\s+less\s+than"
)
_QUAL_APPROX = (
    r"nearly|almost|about|around|some|approximately|roughly|an\s+estimated|estimated|"
    r"close\s+to|just\s+under|just\s+over|circa|a\s+total\s+of|another|a\s+further|"
    r"an\s+additional|only|just"
)
_QUAL_HIGH = r"up\s+to|as\s+many\s+as|at\s+most|no\s+more\s+than|fewer\s+than|less\s+than"

_NUMBER_RX = re.compile(
    rf"(?<![\w.$€£:/-])"
    rf"(?:(?P<qual>{_QUAL_LOW}|{_QUAL_APPROX}|{_QUAL_HIGH})\s+)?"
    rf"(?:between\s+(?P<b1>{_AMOUNT})\s+and\s+(?P<b2>{_AMOUNT})"
    rf"|(?P<vague>{_VAGUE_RX})"
    rf"|(?P<a>{_AMOUNT})(?:\s*(?:-|–|—|to|or)\s*(?P<a2>{_AMOUNT}))?)"
    rf"(?!\w)(?![.,/]\d)(?!-year|-month|-week|-day|-hour|-minute|-story|-storey|%)",
    re.IGNORECASE,
)
# what follows a number that makes it a measurement, a time or an age rather than a count
_NOT_A_COUNT_AFTER = re.compile(
    r"\s*(?:-(?:man|men|member|strong|person|seat|seater|storey|story)\b|"
    r"-?\s*(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|"
    r"decades?|centuries|century|times|km|kms|kilomet(?:re|er)s?|miles?|metres?|meters?|"
    r"feet|foot|ft|inch(?:es)?|cm|mm|kg|kilograms?|pounds?|lbs?|tons?|tonnes?|percent|"
    r"per\s*cent|%|degrees?|am|a\.m\.?|pm|p\.m\.?|o'clock|dollars?|euros?|rupees?|"
    r"magnitude|explosions?|blasts?|bombs?|bombers?|gunmen|attackers?|assailants?|"
    r"shooters?|suspects?|rounds?|shots?|bullets?|rockets?|missiles?|drones?|vehicles?|"
    r"cars?|buses|trucks?|houses?|homes?|buildings?|guns?(?!\s+(?:injur|wound|victim))|"
    r"rifles?|pistols?|weapons?|"
    r"floors?|storeys?|stories|points?|votes?|seats?|sites?|locations?|places?|cities|"
    r"towns?|villages?(?!\s+(?:defen[cs]e\s+)?(?:volunteers?|guards?|heads?|chiefs?|elders?|"
    r"leaders?|headm[ae]n|councillors?|officials?|residents?|women|men|children|youths?))|"
    r"provinces?|states?|countries|districts?|schools?(?!\s+(?:children|students|pupils|girls|"
    r"boys|kids|teachers|bus))|churches|"
    r"hotels?|mosques?|incidents?|attacks?|occasions?|counts?|charges?|dollars|\$)\b|"
    r"\s*(?:st|nd|rd|th)\b|\s*-\s*year|\s*:\s*\d)",
    re.IGNORECASE,
)
_NOT_A_COUNT_BEFORE = re.compile(
    r"(?:\b(?:aged?|ages|ages?\s+of|magnitude|number|no\.|route|highway|flight|room|"
    r"article|chapter|page|since|(?<!resulting\s)(?<!resulted\s)(?<!results\s)in|of\s+the|"
    r"the\s+year|year|class\s+of|"
    r"january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s*$)|[$€£#]\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class NumberMention:
    """A number expression found in a sentence."""

    value: int
    start: int
    end: int
    text: str
    high: int | None = None  # upper end of a range or an "up to" figure
    qualifier: str | None = None  # "min", "approx", "max" or None
    vague: bool = False


def words_to_int(text: str) -> int | None:
    """Convert "eighty-four", "two hundred and five", "1,037", "3 thousand" to an int.

    >>> words_to_int("two hundred and eighty-four")
    284
    >>> words_to_int("1,037")
    1037
    """
    t = text.lower().replace("\u202f", "").replace("\u00a0", "").strip()
    t = re.sub(r"(?<=\d)[, ](?=\d{3}\b)", "", t)
    if t in ("a dozen", "dozen"):
        return 12
    if re.fullmatch(r"half\s+a\s+dozen", t):
        return 6
    total = 0
    current = 0
    seen = False
    for word in re.split(r"[\s-]+", t):
        if not word or word == "and":
            continue
        if word.isdigit():
            current += int(word)
            seen = True
        elif word in _UNITS:
            current += _UNITS[word]
            seen = True
        elif word in _TENS:
            current += _TENS[word]
            seen = True
        elif word == "a":
            current += 1
        elif word in _SCALES:
            scale = _SCALES[word]
            current = max(current, 1) * scale
            if scale >= 1000:
                total += current
                current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def _qualifier(text: str | None) -> str | None:
    if not text:
        return None
    t = " ".join(text.lower().split())
    if re.fullmatch(_QUAL_HIGH, t):
        return "max"
    if re.fullmatch(_QUAL_LOW, t):
        return "min"
    return "approx"


def find_numbers(sentence: str) -> list[NumberMention]:
    """Every count-like number expression in ``sentence``, in order."""
    out: list[NumberMention] = []
    for m in _NUMBER_RX.finditer(sentence):
        qual = _qualifier(m.group("qual"))
        if m.group("vague"):
            word = " ".join(m.group("vague").lower().split())
            out.append(
                NumberMention(
                    VAGUE[word], m.start(), m.end(), m.group(0), qualifier=qual, vague=True
                )
            )
            continue
        first = m.group("b1") or m.group("a")
        second = m.group("b2") or m.group("a2")
        if first is None:
            continue
        # "a" / "one" alone is too often an article or a pronoun to be a count
        if first.lower() in ("a", "an") and not second:
            continue
        before = sentence[max(0, m.start() - 20) : m.start()]
        if _NOT_A_COUNT_BEFORE.search(before) and not qual:
            continue
        after = sentence[m.end() : m.end() + 20]
        if _NOT_A_COUNT_AFTER.match(after):
            continue
        if first.lower() == "one" and re.match(
            r"\s+of\s+(?:the|its|their|his|her|our|[A-Z][\w-]*['’]s)\s+(?:[\w-]+\s+)?"
            r"(?:\w+est|most|best|worst|main|major|few|many|several|top)\b",
            sentence[m.end() : m.end() + 60],
        ):
            continue  # "one of Toronto's busiest streets"
        if re.match(r"\s*/\s*\d", after) or re.search(r"\d\s*/\s*$", before):
            continue  # "Wednesday (1/3)", "3/4 of the town": a date or a fraction
        value = words_to_int(first)
        if value is None:
            continue
        text_first = first.strip()
        # a four-digit year standing alone is not a count
        if re.fullmatch(r"(1[89]|20)\d\d", text_first) and not qual and not second:
            continue
        if re.fullmatch(r"\d[\d,]*", text_first) and "," not in text_first and len(text_first) > 6:
            continue  # phone numbers, ids
        high = words_to_int(second) if second else None
        if high is not None and high <= value:
            if m.group("a2") and re.search(r"\bor\b", m.group(0)):
                high = None
            elif high < value:
                # "84-95" read as a range only when it grows; otherwise it is not a range
                out.append(
                    NumberMention(
                        value,
                        m.start(),
                        m.start() + len(m.group("a") or ""),
                        text_first,
                        qualifier=qual,
                    )
                )
                continue
            else:
                high = None
        if qual == "max":
            out.append(
                NumberMention(value, m.start(), m.end(), m.group(0), high=value, qualifier="max")
            )
            continue
        out.append(NumberMention(value, m.start(), m.end(), m.group(0), high=high, qualifier=qual))
    return out
