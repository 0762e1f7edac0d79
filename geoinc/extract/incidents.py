"""From a report's text to its incidents: the assembly of places, dates, counts and actors.

The steps, each in its own module:

1. clean the text (HTML, entities) and split it into sentences (:mod:`.text`);
2. mark sentences that tell of *other*, earlier incidents (comparisons, anniversaries,
   old dates) and split the report where a *separate* attack begins (:mod:`._segments`);
3. per incident: casualty figures (:mod:`.casualties`), place mentions
   (:mod:`.places`) scored by their tie to the event words (:mod:`._placing`), the date
   nearest the event words (:mod:`.dates`), claims and accusations (:mod:`.actors`), the event type
   (:mod:`.events`);
4. geocode the chosen places with the gazetteer, biased to the countries the report
   names (:mod:`._placing`), and write one row per incident location with an ``evidence``
   column (:mod:`._frame`).

This module holds the public function and the pipeline (``_Extractor.run``, one incident's
fields in ``_Extractor._incident``); the rules it applies live in the mixins it inherits
(``_SegmentRules``, ``_PlaceRules``), the patterns in :mod:`._patterns` and the state of a
report being read in :mod:`._report`.
"""

from __future__ import annotations

import json
import logging
import re
from datetime import date, timedelta
from typing import Any

import geopandas as gpd
import pandas as pd

from geoinc._text import fold
from geoinc.extract._frame import _frame
from geoinc.extract._patterns import (
    _AFTER_SOMETHING,
    _AFTER_THE_EVENT,
    _AFTERMATH,
    _AFTERMATH_AFTER,
    _ALL_ATTACKS,
    _CLAIM_OF_ALL,
    _DATELINE,
    _DATELINE_AGENCY,
    _DATELINE_DASH,
    _DATELINE_DATE,
    _DEATH_WORDS,
    _EVENT_HAPPENED,
    _EVENT_NOUN_AFTER,
    _FUTURE,
    _GAZETTEER,
    _LATER,
    _LATER_ACT,
    _LATER_SAME_DAY,
    _MONTH_NUMBER,
    _OCCURRED,
    _OFFSET,
    _OFFSET_LEAD,
    _PAGE_DATE_LEAD,
    _PAGE_WORDS,
    _PLACE_FIELDS,
    _SEPARATE,
    _STATED_AFTER,
    _SUMMARY,
    _TOLL_UPDATE,
)
from geoinc.extract._placing import _PlaceRules
from geoinc.extract._report import _clause_start, _event_word, _phrase, _Segment, _split_items
from geoinc.extract._segments import _BACK_TO_TOWN, _FACTBOX_ITEM, _FIRST_ITEM, _TIMED_ITEM
from geoinc.extract.actors import (
    GROUP_REFERENCE,
    KNOWN_GROUPS,
    ActorMention,
    find_blame,
    find_claims,
    find_described,
    last_group_named,
    same_actor,
    state_attacker,
)
from geoinc.extract.casualties import (
    CASUALTIES,
    INJURED,
    KILLED,
    SHOT,
    CountMention,
    combine,
    find_counts,
    perpetrator_died,
    perpetrator_included,
)
from geoinc.extract.dates import DateMention, find_dates, to_date
from geoinc.extract.events import TRIGGER, event_type
from geoinc.extract.numbers import words_to_int
from geoinc.extract.places import (
    KIND_ADMIN1,
    KIND_COUNTRY,
    PlaceMention,
    demonym_countries,
    find_capitals,
    find_places,
    find_unknown_places,
)
from geoinc.extract.text import Sentence, clean_text, split_sentences

__all__ = ["extract_incidents"]

log = logging.getLogger("geoinc")


#: a kind of fighter rather than a group's name ("Baloch insurgents", "militants")
_KNOWN_GROUP = re.compile(rf"\b(?:{KNOWN_GROUPS})\b")
_GENERIC_ACTOR = re.compile(
    r"\b(?i:insurgents?|militants?|rebels?|gunm[ae]n|separatists?|jihadists?|bandits?|"
    r"terrorists?|extremists?|fighters|attackers?|assailants?)\b"
)


#: words for the administrative units of one country: "Barangay Pagatin", "Wase LGA"
_NATIONAL_UNIT_WORDS = [
    (re.compile(r"\b(?:Barangay|Brgy\.?|Sitio|Purok)\s+[A-Z]"), "PH"),
    (re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+\s+(?:upazila|Upazila)\b"), "BD"),
    (re.compile(r"\b(?:Local\s+Government\s+Area|LGA)\b"), "NG"),
    (re.compile(r"\b(?:woreda|kebele)\b", re.I), "ET"),
    (re.compile(r"\b(?:tambon|amphoe)\s+[A-Z]", re.I), "TH"),
]


def _dateline_span(text: str) -> tuple[int, int]:
    """Where the dateline ("KABUL, June 3 (AP) —") is: at the start, or at the start of one
    of the first lines, under a headline and a date line. ``(0, 0)`` when there is none."""
    starts = [0] + [m.end() for m in re.finditer(r"\n\s*", text[:1500])][:12]
    mixed: tuple[int, int] | None = None
    for k, ls in enumerate(starts):
        near = k <= 4 and ls < 400  # mixed-case datelines only near the top
        # "By Josiane Kouagheu DOUALA, Cameroon (Reuters) - …": a byline before the dateline
        by = re.match(r"By\s+(?:[A-Z][\w'’.-]+\s+){1,4}?(?=[A-Z]{3,}\b)", text[ls : ls + 80])
        if by:
            ls += by.end()
        m = _DATELINE.match(text[ls : ls + 160])
        if m:
            head = m.group("place")
            if head.isupper() and len(head.strip()) >= 3:
                return ls, ls + m.end()
        if not near or mixed:
            continue  # "MANILA: Eight people were killed …" under a page's bullet points
        m = (
            _DATELINE_AGENCY.match(text[ls : ls + 120])
            or _DATELINE_DASH.match(text[ls : ls + 80])
            or _DATELINE_DATE.match(text[ls : ls + 60])
        )
        if m and re.match(
            r"\s*(?:Source|Editor|Posted|Updated|Published|Photo|Credit|Tags|Category|Filed)\b",
            text[ls : ls + 20],
        ):
            m = None  # "Source: Xinhua| 2022-08-11 01:26:30|Editor: huaxia": the page's lines
        if m:  # "Raipur, May 20 (IANS) Six police …", "New Delhi – Two trains derailed …"
            line = text[ls + m.end() : ls + m.end() + 300].split("\n")[0].rstrip()
            if k > 0 or line.endswith((".", '"', "”", ")")) or len(line) >= 300:
                return ls, ls + m.end()
            # ("Somalia: Roadside bomb leaves two soldiers dead" over "KISMAYO, Somalia Jan 11,
            # 2015 (Garowe Online)-…": a headline's lead word, unless no dateline follows)
            mixed = (ls, ls + m.end())
    return mixed or (0, 0)


def extract_incidents(
    text: str,
    *,
    published: Any = None,
    source: str | None = None,
    gazetteer: Any = None,
) -> gpd.GeoDataFrame:
    """Incidents told in an English news report, geocoded, with the evidence for each field.

    Parameters
    ----------
    text : str
        The report (plain text or HTML; HTML markup is stripped).
    published : date, str or Timestamp, optional
        Publication date; resolves "on Wednesday", "yesterday", "January 3".
    source : str, optional
        Written into the ``source`` column.
    gazetteer : Gazetteer, optional
        The offline gazetteer to find and resolve places with (default: the shared one,
        without fuzzy matching). Place mentions are found in its name index, so an online
        geopy service cannot stand in here; geocode the ``place`` column with it afterwards.

    Returns
    -------
    GeoDataFrame
        The incident layout (:mod:`geoinc.schema`), one row per incident location, with
        the geocoder's audit columns and ``evidence``: a JSON object mapping each field
        to the phrase it was read from (and notes such as revisions or vague words).
        No incident in the text gives zero rows, not an error.

    Raises
    ------
    TypeError
        When ``text`` is not a string, or ``gazetteer`` is not a geoinc Gazetteer.
    ValueError
        When ``published`` is not a date.

    Examples
    --------
    >>> import geoinc
    >>> text = open("data/kerman_article.txt").read()  # doctest: +SKIP
    >>> rows = geoinc.extract_incidents(text, published="2024-01-04")  # doctest: +SKIP
    >>> rows[["location", "killed"]]  # doctest: +SKIP
                      location  killed
    0  Kerman, Kermān, Iran      84
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a string, not {type(text).__name__}")
    pub = to_date(published)
    if gazetteer is None:
        gazetteer = _default_gazetteer()
    elif not hasattr(gazetteer, "index") or not hasattr(gazetteer, "geocode"):
        raise TypeError(
            f"gazetteer must be a geoinc.Gazetteer (place mentions are found in its name "
            f"index), not {type(gazetteer).__name__}; to use an online service, geocode the "
            "'place' column afterwards with geoinc.geocode(rows, geocoder=...)"
        )
    rows = _Extractor(text, pub, gazetteer).run()
    for row in rows:
        row["source"] = source
    return _frame(rows)


def _default_gazetteer() -> Any:
    """The shared gazetteer index, without fuzzy matching (mentions are exact names)."""
    global _GAZETTEER
    if _GAZETTEER is None:
        from geoinc.geocode.gazetteer import Gazetteer

        _GAZETTEER = Gazetteer(fuzzy=False)
    return _GAZETTEER


_WEEKDAY_DATE = re.compile(
    r"(?P<w>mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:(?P<d1>\d{1,2})\s+(?P<m1>[a-z]+)|"
    r"(?P<m2>[a-z]+)\.?\s+(?P<d2>\d{1,2}))\b",
    re.I,
)
_WEEKDAYS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")


def _weekday_year(phrase: str, text: str) -> date | None:
    """The day of "Sunday, March 28" when no year is known: the first year, from the latest
    year the text mentions, in which that day fell on that weekday (within seven years)."""
    m = _WEEKDAY_DATE.search(phrase)
    years = [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", text)]
    if m is None or not years:
        return None
    mon = _MONTH_NUMBER.get((m.group("m1") or m.group("m2")).lower()[:3])
    day = int(m.group("d1") or m.group("d2"))
    if mon is None:
        return None
    for year in range(max(years), max(years) + 8):
        try:
            value = date(year, mon, day)
        except ValueError:
            return None
        if value.weekday() == _WEEKDAYS.index(m.group("w").lower()):
            return value
    return None


class _Extractor(_PlaceRules):
    # -- pipeline ----------------------------------------------------------------------
    def run(self) -> list[dict[str, Any]]:
        text = clean_text(self.raw)
        if not text:
            return []
        # "date 2021-11-08 An unspecified number of gunmen …": a page's date glued to the text
        lead = _PAGE_DATE_LEAD.match(text)
        if lead:
            text = " " * lead.end() + text[lead.end() :]
        self.text = text
        self.sentences, self._items = _split_items(split_sentences(text))
        if not self.sentences:
            return []
        dl_start, dl_end = _dateline_span(text)
        self._dateline_start = dl_start
        self.counts = {}
        for s in self.sentences:
            if dl_end and s.start < dl_end and s.start + len(s.text) > dl_start:
                # "BERLIN, Aug 19 - One man was killed": the dateline's day is not a figure
                a, b = max(0, dl_start - s.start), min(len(s.text), dl_end - s.start)
                s = Sentence(s.index, s.start, s.text[:a] + " " * (b - a) + s.text[b:])
            self.counts[s.index] = find_counts(s)
        in_body = False
        seen: set[str] = set()
        for s in self.sentences:
            counts = self.counts[s.index]
            # a paragraph the page repeats word for word tells its figures once
            repeated = len(s.text) > 60 and s.text.strip() in seen
            # "Thousands killed": a crosshead between the story's paragraphs (a line of a
            # few words of its own, no full stop) heads what follows, it is no figure
            crosshead = (
                in_body
                and bool(counts)
                and all(c.vague for c in counts)
                and len(s.text.split()) <= 4
                and text[max(0, s.start - 1) : s.start] in ("", "\n")
                and text[s.start + len(s.text) : s.start + len(s.text) + 1] in ("", "\n")
                and not re.search(r"[.!?:\"”]$", s.text)
            )
            if repeated or crosshead:
                self.counts[s.index] = []
            seen.add(s.text.strip())
            in_body = in_body or len(s.text) > 120
        self.triggers = {s.index: bool(TRIGGER.search(s.text)) for s in self.sentences}
        if not any(self.counts.values()) and not any(self.triggers.values()):
            return []
        if self.published is None and dl_end:
            # "KABUL, June 3, 2021 (AP) —": the dateline's day is the publication day
            days = [
                d.value
                for d in find_dates(text[dl_start:dl_end], None)
                if d.value is not None and d.precision == "day"
            ]
            if days:
                self.published = days[0]
                self.pub_label = "the dateline's date"
        page_lines = self._page_date_lines()
        if lead and self.published is None:
            self.published = date.fromisoformat(lead.group("d"))
            self.pub_label = "the page's date line"
        if self.published is None and page_lines:
            self.published = page_lines[0][1]
            self.pub_label = "the page's date line"
        self.headline = self._headline({i for i, _ in page_lines})
        self.dates = {s.index: find_dates(s.text, self.published) for s in self.sentences}
        for i, _ in page_lines:
            self.dates[i] = []  # "Friday, May 18, 2007" under a headline: the page's date
        if self.published is None:
            # "On March 5, 2021, ... the attack on March 3": the year of the written date
            full = [
                d.value
                for s in self.sentences
                for d in self.dates[s.index]
                if d.value is not None and d.precision == "day" and not d.relative
            ]
            if not full:
                # "on Sunday, March 28" in an undated report: the first year, from the latest
                # the text mentions, in which March 28 was a Sunday
                full = [
                    d
                    for d in (
                        _weekday_year(m.text, text)
                        for s in self.sentences
                        for m in self.dates[s.index]
                        if m.value is None
                    )
                    if d
                ]
            if full:
                self.dates = {
                    s.index: find_dates(s.text, None, year_ref=full[0]) for s in self.sentences
                }
        self._briefs = self._brief_date_lines()
        day_of_brief = None
        self._resolved_against = {}
        for s in self.sentences:
            if s.index in self._briefs:
                day_of_brief = self._briefs[s.index]
                self.dates[s.index] = []
            elif day_of_brief is not None:
                self.dates[s.index] = find_dates(s.text, day_of_brief)
                self._resolved_against[s.index] = f"the brief's date line ({day_of_brief})"
        if dl_end:
            for sent in self.sentences:
                if sent.start <= dl_end and sent.start + len(sent.text) > dl_start:
                    self.dates[sent.index] = [
                        d
                        for d in self.dates[sent.index]
                        if not dl_start <= sent.start + d.start < dl_end
                    ]
        index = self.gaz.index
        lower_words = set(re.findall(r"(?<![.!?]\s)(?<!^)\b([a-z][a-z'’-]+)\b", text))
        self.places = find_places(
            self.sentences,
            index,
            lower_words=lower_words,
            dateline_end=dl_end,
            dateline_start=dl_start,
        )
        self.places = sorted(
            self.places + find_capitals(self.sentences, index, country=self._only_country()),
            key=lambda p: p.start,
        )
        self.places = sorted(
            self.places + find_unknown_places(self.sentences, self.places, lower_words=lower_words),
            key=lambda p: p.start,
        )
        self._mark_places()
        self._places_in = {}
        for p in self.places:
            self._places_in.setdefault(p.sentence, []).append(p)
        self.bias = self._country_bias()
        # a province the report names ("… in Chhattisgarh") prefers its own Bijapur
        self.admin1_hint = next(
            (
                p.text
                for p in self.places
                if p.kind == KIND_ADMIN1 and not p.flags and not p.dateline and not p.is_qualifier
            ),
            None,
        )
        # no country named: the adjectives ("an Indonesian ferry") and the country of a
        # province the report names are a softer preference
        self.soft_bias = set() if self.bias else set(demonym_countries(self.sentences))
        if not self.bias and not self.soft_bias:
            # "in Sitio Gadong, Barangay Pagatin 1": words for the units of one country only
            self.soft_bias = {code for rx, code in _NATIONAL_UNIT_WORDS if rx.search(text)}
        # a big city named without its country ("Baghdad", "Gaza") says which country it is
        ix = self.gaz.index
        self.city_countries = set()
        for p in self.places:
            if p.kind != KIND_COUNTRY and not p.flags and not p.in_name and p.ids:
                top = max(p.ids, key=lambda i: int(ix.population[i]))
                if (
                    self.bias
                    and int(ix.kind[top]) == KIND_ADMIN1
                    and ix.country[top] not in self.bias
                    and int(ix.population[top]) < 1_000_000
                ):
                    continue  # "Yoro" in a report about Mali: not a sign of Honduras
                rivals = [
                    i
                    for i in p.ids
                    if ix.country[i] != ix.country[top] and int(ix.population[i]) >= 50_000
                ]
                if int(ix.population[top]) >= 200_000 and not rivals:
                    self.city_countries.add(str(ix.country[top]))
                    if not self.bias and int(ix.population[top]) >= 1_000_000:
                        self.soft_bias.add(str(ix.country[top]))
        self._hint_area = None  # the one province the report names
        if self.admin1_hint:
            try:
                area = self.gaz.geocode(self.admin1_hint, exactly_one=True)
            except ValueError:
                area = None
            if self.bias and area is not None and area.raw.get("country") not in self.bias:
                area = None  # "Yoro" in a report about Mali is not Honduras's Yoro department
            if area is not None and area.raw.get("precision") == "admin1":
                if not self.bias:
                    self.soft_bias.add(area.raw.get("country"))
                named = {
                    re.sub(r"\s+(?:province|state|region|governorate|oblast|division)$", "", p.key)
                    for p in self.places
                    if p.kind == KIND_ADMIN1
                    and not p.flags
                    and not p.dateline
                    and not p.is_qualifier
                }
                if len(named) == 1:
                    self._hint_area = area

        anchor = self._anchor_date()
        segments = self._segments(anchor)
        self._summary_sentences = set()
        if len(segments) > 1:
            # "Ten civilians were killed in separate roadside bomb explosions in two
            # provinces", then each province's toll: the lede's figure is their sum
            # the first sentence that sums up; the items after it may say "in separate attacks"
            told = [i for i in segments[0].sentences if segments[0].compare_from[i] > 0]
            self._summary_sentences = set(self._summing_lede(told))
            first_item = next((s.index for s in self.sentences if _FIRST_ITEM.match(s.text)), None)
            if first_item is not None and not self._summary_sentences:
                # "Five security personnel have been killed in violence in the capital", then
                # "In the first attack, …": the figure before the first item sums them up
                self._summary_sentences = {
                    i
                    for i in told
                    if i < first_item
                    and i != self.headline
                    and any(c.kind == KILLED for c in self.counts[i])
                }
            # "In other drug violence, at least 14 people were killed in three states": the
            # sum of the items told after it
            self._summary_sentences |= {
                s.index
                for s in self.sentences
                if (
                    (re.match(r"\s*In\s+other\s+", s.text) and _SUMMARY.search(s.text))
                    # "Elsewhere in Iraq on Sunday, six people were killed, the latest in …":
                    # the items told next, summed up
                    or re.match(
                        r"\s*Elsewhere(?:\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?"
                        r"(?:\s+(?:on|late|early)\s+\w+)?,\s+(?:at\s+least\s+)?\w+\s+"
                        r"(?:people|persons|others)\s+(?:were|have\s+been)\s+killed\b",
                        s.text,
                    )
                    and not any(p.kind != KIND_COUNTRY for p in self._places_in.get(s.index, ()))
                )
                and any(c.kind == KILLED for c in self.counts[s.index])
            }
            # "… claimed responsibility for the attacks, which also injured more than 100
            # people": the lede's sum of the wounded, before the items
            self._summary_sentences |= {
                i
                for i in told
                if i not in self._summary_sentences
                and re.search(
                    r"\bthe\s+(?:attacks|bombings|blasts|explosions),\s+which\s+(?:also\s+)?"
                    r"(?:killed|injured|wounded|left)\b",
                    self.sentences[i].text,
                )
            }
        rows: list[dict[str, Any]] = []
        summed = {
            c.value
            for i in self._summary_sentences
            for c in self.counts[i]
            if c.kind == KILLED and c.value
        }
        if self.headline is not None and any(
            c.kind == KILLED and c.value in summed for c in self.counts[self.headline]
        ):
            # "At least 62 killed, 139 wounded in wave of attacks across Iraq" over the lede
            # that sums the items up: the headline sums them up too
            self._summary_sentences.add(self.headline)
        first_rows = 0
        self._first_segment = segments[0]
        self._n_segments = len(segments)
        for seg in segments:
            seg_rows = self._incident(seg, anchor)
            if rows and seg_rows and rows[0]["date_precision"] == "day":
                for row in seg_rows:
                    ev = json.loads(row["evidence"])
                    if str(ev.get("date", "")).startswith("no date in the text") or pd.isna(
                        row["date"]
                    ):
                        # "A separate blast killed eight in Damascus": the same day as the first
                        row["date"], row["date_precision"] = rows[0]["date"], "day"
                        ev["date"] = "no date of its own; the day of the report's first incident"
                        row["evidence"] = json.dumps(ev, ensure_ascii=False)
            for row in seg_rows if rows else []:
                if row.get("event_type") is None and rows[-1].get("event_type") is not None:
                    # "In nearby Rukum West district, 52 were killed": the kind of event told
                    # before it
                    ev = json.loads(row["evidence"])
                    row["event_type"] = rows[-1]["event_type"]
                    ev["event_type"] = "no event word of its own; the incident told before it"
                    row["evidence"] = json.dumps(ev, ensure_ascii=False)
            first = self.sentences[seg.sentences[0]]
            if (
                rows
                and seg_rows
                and "place" in rows[-1]  # (the incident before may have no place either)
                and _LATER_SAME_DAY.match(first.text)
                and not any(
                    p.kind != KIND_COUNTRY and not p.flags
                    for p in self._places_in.get(first.index, ())
                )
            ):
                # "Later Wednesday, soldiers shot dead a protester": no place of its own, so
                # the place of the incident told before it
                for row in seg_rows:
                    ev = json.loads(row["evidence"])
                    row.update({k: rows[-1][k] for k in _PLACE_FIELDS})
                    ev["place"] = "no place of its own; the place of the incident told before it"
                    row["evidence"] = json.dumps(ev, ensure_ascii=False)
            # "Separately, the hospital's superintendent confirmed four dead and 15 injured":
            # the same figures again, at no new place, are the same incident told twice
            # (not an item told as another of the day's: "Earlier in the day, a man was gunned
            # down at his home in Narathiwat", "MOSUL - Gunmen killed a policeman …")
            told_apart = bool(_TIMED_ITEM.match(first.text) or _FACTBOX_ITEM.match(first.text))
            seg_rows = [
                r
                for r in seg_rows
                if told_apart
                or not any(
                    (r["killed"], r["injured"]) == (q["killed"], q["injured"])
                    and (r["killed"] is not None or r["injured"] is not None)
                    and (r.get("location") is None or r.get("location") == q.get("location"))
                    for q in rows
                )
            ]
            if rows and _BACK_TO_TOWN.match(first.text):
                # "In the Irbil bombing, several buildings were damaged and 20 people were
                # wounded": more of an item told before, merged into its row
                kept = []
                for r in seg_rows:
                    earlier = next(
                        (
                            q
                            for q in rows
                            if q.get("location") and q.get("location") == r.get("location")
                        ),
                        None,
                    )
                    if earlier is None:
                        kept.append(r)
                        continue
                    for col in ("killed", "injured"):
                        if earlier[col] is None and r[col] is not None:
                            earlier[col] = r[col]
                            ev = json.loads(earlier["evidence"])
                            ev[col] = json.loads(r["evidence"]).get(col)
                            earlier["evidence"] = json.dumps(ev, ensure_ascii=False)
                seg_rows = kept
            if not rows:
                first_rows = len(seg_rows)
            rows.extend(seg_rows)
        if rows and first_rows == 1 and len(rows) > 1:
            self._split_lede_total(rows, segments[0])
        if len(rows) > 1:
            self._claim_for_all(rows)
        return rows

    @staticmethod
    def _claim_for_all(rows: list[dict[str, Any]]) -> None:
        """ "Islamic State claimed both attacks", told with the last incident: the claim of
        every incident of the report that has none of its own."""
        for row in rows:
            ev = json.loads(row["evidence"])
            if row.get("claimed_by") and _ALL_ATTACKS.search(str(ev.get("claimed_by", ""))):
                for other in rows:
                    blamed = other.get("blamed_on")
                    if blamed and not same_actor(str(blamed), str(row["claimed_by"])):
                        continue  # "… carried out by the Islamic State group": another's
                    if other.get("claimed_by") is None:
                        other["claimed_by"] = row["claimed_by"]
                        oev = json.loads(other["evidence"])
                        oev["claimed_by"] = ev["claimed_by"] + " (a claim of every attack told)"
                        other["evidence"] = json.dumps(oev, ensure_ascii=False)
                return

    def _split_lede_total(self, rows: list[dict[str, Any]], seg: _Segment) -> None:
        """The report's total told with the first incident ("At least nine officers were
        killed in the latest assaults … killing five … another assault killed four"): when it
        is the first incident's own figure plus the later incidents', the own figure is kept."""
        total = rows[0].get("killed")
        later = sum(int(r.get("killed") or 0) for r in rows[1:])
        if not total or not later:
            return
        own = {
            c.value
            for i in seg.sentences
            for c in self.counts[i]
            if c.kind == KILLED and c.value and self._in_scope(seg, i, c.start)
        }
        rest = int(total) - later
        if rest >= 2 and later >= 2 and rest in own:
            ev = json.loads(rows[0]["evidence"])
            ev["killed"] = (
                f"{rest}: the {total} first told is the total of every incident of "
                f"the report ({rest} here, {later} in the others); " + ev.get("killed", "")
            )
            rows[0]["killed"] = rest
            rows[0]["evidence"] = json.dumps(ev, ensure_ascii=False)

    def _headline(self, date_lines: set[int]) -> int | None:
        """The first sentence when it is a headline: a short line of its own, no full stop
        (under a section's label or the page's date line)."""
        if len(self.sentences) < 2:
            return None
        first = self.sentences[0]
        for cand in self.sentences[:3]:
            # a section's label above the headline ("International", "World News"), or the
            # page's date ("Thursday, 1 February 2018")
            end = cand.start + len(cand.text)
            if cand.index not in date_lines and not (
                len(cand.text.split()) <= 3
                and not self.counts[cand.index]
                and re.match(r"[ \t]*\n", self.text[end : end + 5])
            ):
                first = cand
                break
        if first.index + 1 >= len(self.sentences):
            return None
        end = first.start + len(first.text)
        if (
            re.match(r"[ \t]*\n", self.text[end : end + 5])
            and len(first.text.split()) <= 25
            and not re.search(r"[.!?\"”]\s*$", first.text)
        ):
            return first.index
        return None

    def _page_date_lines(self) -> list[tuple[int, date]]:
        """Lines near the top or the bottom that give only a date ("Friday, May 18, 2007",
        "Posted by: staff 2007-11-28", "Published 18 May 2007 10:32 GMT"): the page's date."""
        n = len(self.sentences)
        out: list[tuple[int, date]] = []
        for s in self.sentences:
            if 4 <= s.index < n - 4 or len(s.text) > 90 or self.counts[s.index]:
                continue
            day = self._date_line(s)
            if day is not None:
                out.append((s.index, day))
        return out

    def _date_line(self, s: Sentence) -> date | None:
        """The day a line gives when it gives only a date (and page words)."""
        found = [
            d
            for d in find_dates(s.text, None)
            if d.value is not None and d.precision == "day" and not d.relative
        ]
        if not found or len(found) > 2:
            return None
        rest = s.text
        for d in sorted(found, key=lambda d: -d.start):  # "06/17/2010 2:09 pm | Updated …"
            rest = rest[: d.start] + " " + rest[d.end :]
        words = [w for w in re.findall(r"[A-Za-z]+", rest) if w.lower() not in _PAGE_WORDS]
        return found[0].value if len(words) <= 3 else None

    def _how_resolved(self, d: DateMention, sentence: int) -> str:
        """The evidence's note on what a relative date was resolved against."""
        if not d.relative:
            return ""
        return f" (resolved against {self._resolved_against.get(sentence, self.pub_label)})"

    def _brief_date_lines(self) -> dict[int, date]:
        """A page of dated briefs: a line of its own giving only a date, between paragraphs
        of the body ("October 17, 2018" over the next brief), dates the brief below it."""
        out: dict[int, date] = {}
        for s in self.sentences[3:]:
            end = s.start + len(s.text)
            if (
                len(s.text) <= 40
                and not self.counts[s.index]
                and re.search(r"\n\s*\n\s*$", self.text[max(0, s.start - 4) : s.start])
                and re.match(r"[ \t]*\n", self.text[end : end + 3])
            ):
                day = self._date_line(s)
                if day is not None and re.fullmatch(r"[\w ,.]+", s.text.strip()):
                    out[s.index] = day
        return out

    def _anchor_date(self) -> date | None:
        """The date of the main incident when the text gives one (to spot old dates)."""
        tolls_told = False
        for s in self.sentences:
            if not (self.triggers[s.index] or self.counts[s.index]) or self._caption(s):
                continue
            for d in self.dates[s.index]:
                if d.value is not None and d.precision == "day":
                    if self.published and d.value < self.published - timedelta(days=60):
                        continue  # a photo caption's old event, months before the report
                    if re.search(
                        r"\b(?:said|says|told\s+\w+|announced|reported|confirmed)\s+(?:on\s+)?$",
                        s.text[max(0, d.start - 30) : d.start],
                    ):
                        continue  # "…, officials said Sunday": the day it was told
                    if (
                        tolls_told
                        and self.published
                        and d.value < self.published - timedelta(days=7)
                    ):
                        # "On September 28, 135 civilians were killed at a wedding", after
                        # a lede with a toll and no day: an earlier attack's day
                        continue
                    self._anchor_told = True
                    return d.value
            # (a headline's toll is no lede: "135 killed in air strike on wedding in Yemen")
            tolls_told = tolls_told or (
                s.index != self.headline and any(c.kind == KILLED for c in self.counts[s.index])
            )
        return self.published

    # -- one incident ------------------------------------------------------------------
    def _incident(self, seg: _Segment, anchor: date | None) -> list[dict[str, Any]]:
        counts: list[CountMention] = [
            c
            for i in seg.sentences
            for c in self.counts[i]
            if self._in_scope(seg, i, c.start)
            and c.start - self.sentences[i].start >= self._lead_background.get(i, 0)
        ]
        if self._summary_sentences and any(
            c.sentence not in self._summary_sentences and c.kind == KILLED and not c.vague
            for c in counts
        ):
            counts = [c for c in counts if c.sentence not in self._summary_sentences]
        elif (
            counts
            # (a headline's figure alone is the incident's when the report tells one: "14
            # workers confirmed dead in China coal mine collapse")
            and (self._summary_sentences or self._n_segments > 1)
            and all(
                c.sentence in self._summary_sentences or c.sentence == self.headline for c in counts
            )
        ):
            # a lede summing up the items told after it is none of them: no figure, and no
            # incident at all when no sentence but the lede names where
            counts = []
            if not any(
                p.kind != KIND_COUNTRY
                and not p.flags
                and p.sentence in seg.sentences
                and p.sentence not in self._summary_sentences
                and p.sentence != self.headline
                for p in self.places
            ):
                return []
        # "where at least 13 other inmates have been killed": others, before this incident
        counts = [
            c
            for c in counts
            if not (
                c.sentence not in seg.sentences[:1]
                and re.search(
                    r"\b(?:other|more)\s+(?:[\w-]+\s+){0,2}?(?:have|has|had)\s+(?:also\s+)?been\s+"
                    r"(?:killed|murdered|shot\s+dead)\b",
                    c.phrase,
                )
            )
        ]
        # "More than 35,000 people have been killed in drug-related violence since the
        # President launched an offensive": a running toll, not this incident's
        counts = [
            c
            for c in counts
            if not (
                c.sentence != seg.sentences[0]
                and c.kind == KILLED
                and re.search(r"\b(?:have|has)\s+(?:now\s+|so\s+far\s+)?been\s+killed\b", c.phrase)
                and re.search(
                    r"\bsince\s+(?:(?:19|20)\d\d|the\s+(?:start|beginning)|(?-i:[A-Z])|"
                    r"(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:offensive|war|conflict|"
                    r"insurgency|crackdown|campaign|uprising))",
                    self.sentences[c.sentence].text,
                    re.I,
                )
            )
        ]
        # "The death toll due to air strikes and barrel bombs is over 1,600 civilians while
        # 13,000 others were injured", after the incident's 30 dead and 27 hurt: a running
        # toll, told later, over ten times the incident's own figure and not a revision of it
        # (a vague word first, "injures thousands", is no measure: "injuring 30,000" is not
        # ten times it)
        first_at = {
            k: min(
                (c.sentence for c in counts if c.kind == k and c.value and not c.vague),
                default=-1,
            )
            for k in (KILLED, INJURED)
        }
        first_told = {
            k: max(
                (
                    c.value or 0
                    for c in counts
                    if c.kind == k and c.sentence == first_at[k] and not c.vague
                ),
                default=0,
            )
            for k in (KILLED, INJURED)
        }
        counts = [
            c
            for c in counts
            if not (
                c.kind in first_told
                and first_told[c.kind]
                and (c.value or 0) >= 1000
                and (c.value or 0) >= 10 * first_told[c.kind]
                and c.sentence > first_at[c.kind]
                and not c.revised
            )
        ]
        # "more than 4,000 people were killed in such accidents": a running toll of the kind
        counts = [
            c
            for c in counts
            if not re.match(
                r"[^.;]{0,40}?\b(?:in|by|from)\s+(?:such|similar)\s+(?:[\w-]+\s+)?(?:accidents|attacks|"
                r"incidents|crashes|disasters|bombings|shootings|plunges|stampedes|tragedies|events)\b",
                self.text[c.end : c.end + 90],
            )
        ]
        told_first = sorted({c.sentence for c in counts if c.kind == KILLED and c.value})[:2]
        lede = [
            c.value
            for c in counts
            if c.kind == KILLED
            and c.value
            and c.sentence in seg.sentences[:3]
            and c.sentence in told_first
        ]
        if lede:
            # a toll ten times the lede's, later on and not told as a revision, is another
            # story's ("a revolt in 2012 left thousands dead")
            counts = [
                c
                for c in counts
                if not (
                    c.kind == KILLED
                    and c.value
                    and c.value > 10 * max(lede)
                    and c.sentence not in seg.sentences[:2]
                    and not c.revised
                    and not c.total
                )
            ]
            # "The decade-long insurgency has killed more than 6,200": a running toll
            counts = [
                c
                for c in counts
                if not (
                    c.kind == KILLED
                    and c.value
                    and c.value > 5 * max(lede)
                    and c.sentence not in seg.sentences[:1]
                    and re.search(
                        r"\b(?:has|have|had)\s+(?:so\s+far\s+|now\s+|already\s+)?(?:been\s+)?"
                        r"(?:killed|claimed|died|left|cost)\b",
                        c.phrase,
                    )
                )
            ]
        # a witness's words ("saw 'about three dead bodies'") give way to a figure the report
        # tells in its own voice
        # (a quoted figure for a place of its own, "killed 11 people in Dantakuri", stays)
        # (nor does a quoted official's: "“15 were killed,” police chief X told reporters")
        quoted = {
            id(c)
            for c in counts
            if self._quoted(c)
            and not any(
                p.kind != KIND_COUNTRY and not p.flags and p.locative
                for p in self._places_in.get(c.sentence, ())
            )
            and not self._official_quote(c)
        }
        for kind in (KILLED, INJURED):
            if any(
                c.kind == kind and id(c) not in quoted and c.value is not None and not c.previous
                for c in counts
            ):
                counts = [c for c in counts if c.kind != kind or id(c) not in quoted]
        if self.headline is not None:
            # the headline sums up the body (often over several places): its figure counts
            # only when the body gives none of that kind
            told = {c.kind for c in counts if c.sentence != self.headline}
            counts = [c for c in counts if c.sentence != self.headline or c.kind not in told]
            for c in counts:
                if c.sentence == self.headline:
                    c.group = frozenset()
                    c.additive = False
        event_sents = [
            i
            for i in seg.sentences
            if (self.triggers[i] or any(c.sentence == i for c in counts))
            and seg.compare_from[i] > 0
        ]
        if not event_sents:
            return []
        texts = [self.sentences[i].text[: seg.compare_from[i]] for i in event_sents]
        etype, eword = event_type(texts)
        if (
            not counts
            and seg is not self._first_segment
            and not (
                # "In a separate … act of violence, militants attacked the Levies Station in
                # …": a separate attack told without casualties is an incident all the same
                (sep := _SEPARATE.search(self.sentences[seg.sentences[0]].text))
                # the sentence opens on it ("Saleh said another attack happened in Liboi")
                and (
                    sep.start() < 3
                    or re.fullmatch(
                        r"\s*(?:[A-Z][\w.'’-]*\s+){1,3}(?:said|says|added)\s+(?:that\s+)?",
                        self.sentences[seg.sentences[0]].text[: sep.start()],
                    )
                )
                and seg.compare_from[seg.sentences[0]] > 0
                and _event_word(self.sentences[seg.sentences[0]].text)
                and any(
                    p.kind != KIND_COUNTRY and not p.flags and not p.in_name
                    for p in self._places_in.get(seg.sentences[0], ())
                )
            )
        ):
            return []  # "Meanwhile, the chief minister condemned the explosion": no new incident
        if not counts and etype in (None, "protest", "armed attack", "riot", "accident", "fire"):
            # a passing mention of an "attack" or a "protest" without any casualty is not coded
            strong = sum(1 for t in texts if TRIGGER.search(t))
            if strong < 2:
                return []
        evidence: dict[str, Any] = {}
        if etype:
            evidence["event_type"] = f"{eword!r} in: " + texts[0][:200]
        places = self._choose_places(seg, counts, event_sents)
        if len(places) > 1:
            places = self._drop_containing_cities(places)
        date_value, date_precision, date_ev = self._date(seg, event_sents)
        if date_ev:
            evidence["date"] = date_ev
        claims: list[ActorMention] = []
        blames: list[ActorMention] = []
        for i in seg.sentences:
            s = self.sentences[i].text[: seg.compare_from[i]]  # not of other, earlier events
            said = find_claims(s, i)
            claims.extend(said)
            # (not the words of a claim read again: "… said the radical Sunni Muslim movement
            # was responsible" in a spokesman's claim)
            blames.extend(
                b
                for b in find_blame(s, i)
                if not any(b.name in c.phrase and b.name != c.name for c in said)
            )
        for lst in (claims, blames):
            for k, a in enumerate(lst):
                if a.name == GROUP_REFERENCE:
                    # "the group said its fighters carried out the attack"
                    earlier = (
                        self.text[: self.sentences[a.sentence].start]
                        + self.sentences[a.sentence].text[
                            : max(0, self.sentences[a.sentence].text.find(a.phrase.split()[0]))
                        ]
                    )
                    named = last_group_named(earlier)
                    lst[k] = ActorMention(named, a.sentence, a.phrase) if named else a
            lst[:] = [a for a in lst if a.name != GROUP_REFERENCE]
        first_item = seg.sentences[0]
        if not claims and not blames and first_item in self._items and first_item > 0:
            # "The Taliban struck … in Kunduz, …, and in western Farah province, where they
            # killed four policemen": the item cut from a sentence keeps its subject
            blames.extend(find_blame(self.sentences[first_item - 1].text, first_item - 1))
        if not claims and not blames:
            # "suspected separatists detonated a bomb": the kind of actor, when none is named
            for i in seg.sentences:
                blames.extend(find_described(self.sentences[i].text, i))
        if not claims and not blames and etype in ("airstrike", "shelling"):
            # "an Israeli air strike", "a Saudi-led coalition airstrike": the state that struck
            for i in event_sents[:3]:
                found = state_attacker(self.sentences[i].text[: seg.compare_from[i]], i)
                if found:
                    blames.append(found)
                    break
        # "Police killed by Baghdad car bombs": a town naming the bombs is no actor
        blames = [
            b
            for b in blames
            if not (
                re.search(
                    re.escape(b.name) + r"\s+(?:car\s+|suicide\s+|roadside\s+)?(?:bombs?|"
                    r"bombings?|blasts?|explosions?|attacks?|violence)\b",
                    self.sentences[b.sentence].text,
                )
                and any(p.key == fold(b.name) and p.kind != KIND_COUNTRY for p in self.places)
            )
        ]
        claimed = claims[0].name if claims else None
        blamed_names: list[str] = []
        for b in blames:
            if claimed and same_actor(b.name, claimed):
                continue
            if claimed and _GENERIC_ACTOR.search(b.phrase) and not _KNOWN_GROUP.search(b.name):
                continue  # "suspected Baloch insurgents", then the BLF's claim: the same side

            same = [k for k, n in enumerate(blamed_names) if same_actor(b.name, n)]
            if not same:
                blamed_names.append(b.name)
            elif blamed_names[same[0]].endswith(" " + b.name):
                blamed_names[same[0]] = b.name  # "Takfiri Boko Haram" → "Boko Haram"
            elif b.name.startswith(blamed_names[same[0]] + " of "):
                # "Liberation Tigers" → "Liberation Tigers of Tamil Eelam", which may also be
                # the "LTTE" kept apart from it so far
                blamed_names[same[0]] = b.name
                blamed_names[:] = [
                    n for k, n in enumerate(blamed_names) if k in same[:1] or k not in same
                ]
        if claims:
            evidence["claimed_by"] = claims[0].phrase
            sentence = self.sentences[claims[0].sentence].text
            at = sentence.find(claims[0].phrase)
            every = _CLAIM_OF_ALL.match(sentence[at + len(claims[0].phrase) :]) if at >= 0 else None
            if every is None and at >= 0 and claims[0].sentence in self._summary_sentences:
                # "claimed responsibility for the attacks, which also injured more than 100": in
                # the sentence summing the items up, the attacks are all of them
                every = re.match(
                    r"\s+(?:for|of)\s+the\s+(?:attacks|bombings|blasts|explosions)\b",
                    sentence[at + len(claims[0].phrase) :],
                )
            if every:  # "… claimed responsibility for all three attacks"
                evidence["claimed_by"] += every.group(0)
        if blames and blamed_names:
            evidence["blamed_on"] = "; ".join(b.phrase for b in blames if b.name in blamed_names)
        description = " ".join(texts[:2])[:400]
        perp = None
        if etype in ("shooting", "stabbing", "armed attack", "vehicle attack", None):
            for i in seg.sentences:
                perp = perpetrator_died(self.sentences[i].text[: seg.compare_from[i]])
                if perp:
                    break
            if perp and any(
                perpetrator_included(self.sentences[i].text[: seg.compare_from[i]])
                for i in seg.sentences
            ):
                perp = None  # "bringing the total death toll to 16 including the gunman"
        rows: list[dict[str, Any]] = []
        # counts per location when each location has its own; otherwise totals on the row
        own: dict[int, list[CountMention]] = {}
        if len(places) > 1:
            last: tuple[int, int] | None = None  # (place, sentence) of the last placed figure
            waiting: list[CountMention] = []  # figures before any placed one
            placed: list[CountMention] = []
            for c in sorted(counts, key=lambda c: c.start):
                near = self._count_place(c, places)
                if (
                    near is None
                    and last is not None
                    and 0 < c.sentence - last[1] <= 2
                    and not re.search(
                        r"\b(?:country|nation(?:wide)?|across|total|overall|"
                        r"altogether|in\s+all)\b",
                        self.sentences[c.sentence].text,
                        re.I,
                    )
                    and not any(
                        p.kind != KIND_COUNTRY and not p.flags
                        for p in self._places_in.get(c.sentence, ())
                    )
                ):
                    # "The twin explosions also wounded 105 people": no place of its own, so
                    # the place of the figure told just before
                    near = last[0]
                if near is None and last is not None and last[1] == c.sentence:
                    prev = placed[-1]
                    if prev.kind != c.kind and re.fullmatch(
                        r"[^;:.]{0,25}?\band\s+(?:\w+(?:ing|ed)\s+)?(?:at\s+least\s+|another\s+)?",
                        self.text[prev.end : c.start],
                    ):
                        # "killing at least 15 people and wounding 30": the figure beside the
                        # one just placed
                        near = last[0]
                if near is None and last is None:
                    waiting.append(c)
                if near is not None:
                    if last is None and waiting:
                        # "Maoist rebels … killed at least nine police officers. Police said
                        # six policemen were injured … in the village of Yadukuwa": the lede's
                        # figure of another kind, placed by the sentence after it
                        own.setdefault(near, []).extend(
                            w
                            for w in waiting
                            if w.kind != c.kind
                            and 0 < c.sentence - w.sentence <= 1
                            and not any(
                                p.kind != KIND_COUNTRY and not p.flags and not p.dateline
                                for p in self._places_in.get(w.sentence, ())
                            )
                        )
                    own.setdefault(near, []).append(c)
                    placed.append(c)
                    last = (near, c.sentence)
        slots: list[tuple[PlaceMention | None, Any]] = list(places) or [(None, None)]
        for k, (mention, loc) in enumerate(slots):
            ms = own.get(k, []) if (len(places) > 1 and own) else counts
            ev = dict(evidence)
            row: dict[str, Any] = {
                "date": pd.Timestamp(date_value) if date_value else pd.NaT,
                "date_precision": date_precision,
                "event_type": etype,
                "claimed_by": claimed,
                "blamed_on": "; ".join(blamed_names) if blamed_names else None,
                "description": description,
            }
            victims_killed: int | None = None
            for kind, col in ((KILLED, "killed"), (INJURED, "injured")):
                best, high, notes = combine(ms, kind)
                used = [c for c in ms if c.kind == kind]
                if kind == KILLED:
                    victims_killed = best
                severe_only = bool(used) and all(
                    re.search(
                        r"\b(?:seriously|critically|gravely|severely)\s+(?:wounding|injuring)\s+"
                        r"[\w-]+\s+of\s+(?:them|those)\b",
                        c.phrase,
                    )
                    for c in used
                )
                if kind == INJURED and (best is None or severe_only):
                    # "seven people were shot, one of them fatally": the others were wounded
                    # ("shot two students, seriously wounding one of them": both were hurt)
                    shot, _, _ = combine(ms, SHOT)
                    deaths_told = (
                        severe_only
                        or victims_killed is not None
                        or not _DEATH_WORDS.search(" ".join(texts))
                    )
                    # the dead among those shot are told with or after the shooting
                    # ("shot four people, killing one"); a death told before it ("murders
                    # his wife, shoots two children") is someone else
                    shots = sorted((c for c in ms if c.kind == SHOT), key=lambda c: c.start)
                    first = shots[0] if shots else None
                    among, _, _ = combine(
                        [
                            c
                            for c in ms
                            if (
                                first is None
                                or c.start >= first.start
                                or not (c.sentence == first.sentence or first.additive)
                            )
                            # ("had murdered another person moments earlier": not one of them)
                            and not (
                                c.kind == KILLED
                                and c.additive
                                and re.search(
                                    r"\b(?:earlier|(?:moments|minutes|hours|shortly)\s+before)\b",
                                    self.sentences[c.sentence].text,
                                )
                            )
                        ],
                        KILLED,
                    )
                    among = among or 0
                    if shot is not None and shot > among and deaths_told:
                        best = shot - among
                        notes.append(f"{shot} shot minus {among} killed")
                        used = [c for c in ms if c.kind == SHOT]
                if kind == KILLED and perp and k == 0:
                    # a lone attacker who died counts even when no victim died
                    best = (best or 0) + 1
                    high = high + 1 if high is not None else None
                    notes.append(
                        f"plus the attacker, who died ({perp!r}); GTD and ACLED count every death"
                    )
                row[col] = best
                row[col + "_high"] = high
                if used:
                    ev[col] = "; ".join(dict.fromkeys(c.phrase for c in used))
                    if notes:
                        ev[col] += " [" + "; ".join(notes) + "]"
                elif notes:
                    ev[col] = "; ".join(notes)
            if row["injured"] is None and row["killed"] is not None:
                # "25 people were killed and wounded … one was killed while the rest are
                # wounded": the casualties less the dead
                together, _, _ = combine(ms, CASUALTIES)
                rest = [
                    i
                    for i in seg.sentences
                    if re.search(
                        r"\bthe\s+(?:rest|others|remaining\s+\w+)\s+(?:are|were|was|have\s+been)\s+"
                        r"(?:\w+\s+)?(?:wounded|injured|hurt)",
                        self.sentences[i].text,
                        re.I,
                    )
                ]
                if together is not None and rest and together > row["killed"]:
                    row["injured"] = together - row["killed"]
                    ev["injured"] = (
                        f"{together} killed and wounded, less {row['killed']} "
                        f"killed: " + _phrase(self.sentences[rest[0]].text, 0, 0)
                    )
            if row["killed"] is None and row["injured"] is not None:
                # "Nine people were shot, and only one victim survived": the others died
                shot, _, _ = combine(ms, SHOT)
                survived = [
                    c
                    for c in ms
                    if c.kind == INJURED
                    and re.search(r"\bsurvived\b", c.phrase, re.I)
                    and re.search(r"\b(?:only|just|sole)\b", c.phrase, re.I)
                ]
                if shot is not None and survived and shot > row["injured"]:
                    row["killed"] = shot - row["injured"]
                    ev["killed"] = (
                        f"{survived[0].phrase} [{shot} shot minus {row['injured']} who survived]"
                    )
            if len(places) > 1 and not own:
                ev["note"] = (
                    f"one event at {len(places)} places; the figures are the event's "
                    "totals, repeated on each row"
                )
            elif len(places) > 1 and own and k not in own:
                ev["note"] = "the report gives no figures for this place"
            self._place_fields(row, ev, mention, loc)
            row["evidence"] = json.dumps(ev, ensure_ascii=False)
            rows.append(row)
        return rows

    def _official_quote(self, c: CountMention) -> bool:
        """Is the quotation holding the figure an official's (police, minister, governor…)?"""
        sent = self.sentences[c.sentence].text
        # (a quotation of several sentences is attributed after its last one: "“We have lost
        # five soldiers. Our troops killed 13 militants,” a military official said")
        j = c.sentence
        while (
            (sent.count("“") > sent.count("”") or sent.count('"') % 2 == 1)
            and j + 1 < len(self.sentences)
            and j - c.sentence < 3
        ):
            j += 1
            sent += " " + self.sentences[j].text
        outside = re.sub(r"[\"“][^\"“”]*(?:[\"”]|$)", " ", sent)
        official = (
            r"(?:police|chief|officials?|minister|ministry|spokes\w+|governor|mayor|"
            r"authorities|commander|director|president|prosecutors?|coroner|army|"
            r"military)"
        )
        # the speaker is the official: "police chief X told reporters", "said the governor"
        return bool(
            re.search(
                rf"\b{official}\b(?:\s+[\w.'’-]+){{0,4}}?,?\s+(?:said|says|told|"
                r"stated|added|confirmed)\b",
                outside,
                re.I,
            )
            or re.search(
                rf"\b(?:said|says)\s+(?:the\s+|a\s+)?(?:[\w.'’-]+\s+){{0,2}}?{official}\b",
                outside,
                re.I,
            )
        )

    def _date(self, seg: _Segment, event_sents: list[int]) -> tuple[date | None, str, str | None]:
        best: tuple[float, DateMention, int] | None = None
        scored: list[tuple[float, DateMention, int]] = []
        for i in seg.sentences:
            sent = self.sentences[i]
            for d in self.dates[i]:
                if d.start >= seg.compare_from[i]:
                    continue
                score = 0.0
                before = sent.text[max(0, d.start - 45) : d.start]
                after = sent.text[d.end : d.end + 60]
                if _AFTER_THE_EVENT.match(after) and not re.search(
                    r"\b(?:killed|killing|died|dead|wounded|injured|injuring)\b",
                    sent.text[_clause_start(sent.text, d.start) : d.start],
                    re.I,
                ):
                    score -= 3.0  # "On Friday after the attack, Hollande extended …": later
                elif _AFTER_SOMETHING.match(after) and not TRIGGER.search(before[-30:]):
                    pass  # "Monday, two days after the attack": the event word is earlier
                elif _event_word(before[-30:]) or _event_word(after[:35]):
                    score += 3.0
                elif i in event_sents:
                    score += 1.0
                elif seg.sentences.index(i) > 0 and i + 1 not in event_sents:
                    score -= 1.0  # a date in a sentence about something else
                offset = _OFFSET.match(after)
                lead = _OFFSET_LEAD.match(sent.text)
                if lead and (
                    d.start < lead.end()
                    or "," not in sent.text[lead.end() : d.start]
                    or not TRIGGER.search(sent.text[lead.end() : sent.text.find(",", lead.end())])
                ):
                    lead = None  # the date is inside the lead, or the lead names no event
                if (offset or lead) and d.value is not None:
                    # "on Friday, the day before the shooting": the event is a day later;
                    # "Two days after the attack, mourners gathered on Monday": two earlier
                    off = offset or lead
                    assert off is not None
                    word = off.group("n").lower()
                    # ("the day before", "a week after": one)
                    n = 1 if word in ("a", "an", "the") else (words_to_int(word) or 1)
                    days = n * (7 if off.group("unit").lower().startswith("week") else 1)
                    sign = 1 if off.group("dir").lower() == "before" else -1
                    extra = after[: offset.end()] if offset else ""
                    d = DateMention(
                        d.value + timedelta(days=sign * days),
                        "week" if days >= 7 else d.precision,
                        d.start,
                        d.end + len(extra),
                        d.text + extra,
                        d.relative,
                    )
                    score += 3.0  # tied to the event word by the offset itself
                else:
                    act = _LATER_ACT.search(before)
                    if act and not TRIGGER.search(before[act.start() + 4 :]):
                        # "… said on Monday" (but "reported that a train derailment Saturday
                        # morning" dates the derailment)
                        score -= 3.0
                    if _AFTER_SOMETHING.match(after):
                        score -= 1.5  # "Monday, two hours after the attack": a later event
                stated = re.match(
                    r",?\s*(?:said|says|told|confirmed|announced|stated|reported|"
                    r"claimed(?!\s+(?:the\s+)?(?:lives?|\d|[a-z]+\s+lives?)))\b",
                    after,
                )
                update = re.search(
                    r"\bas\s+of\s+(?:[\d:.]+\s*(?:am|pm|a\.m\.?|p\.m\.?)?\s*)?"
                    r"(?:on\s+)?$",
                    before,
                    re.I,
                )
                if re.search(
                    r"\bnight\s+of\s+(?:\w+day|\d{1,2}\s+\w+)\s+(?:to|into|and)\s+$", before, re.I
                ):
                    score -= 3.0  # "the night of Thursday to Friday": it began on Thursday
                elif re.search(r"\bnight\s+(?:of\s+)?$", before, re.I) and re.match(
                    r"\s+(?:to|into|and)\s+\w+day\b", after, re.I
                ):
                    score += 1.0
                if stated or update:
                    score -= 3.0  # "Mike Aba on Sunday said", "as of 1:45pm Monday": later news
                if _FUTURE.search(sent.text[_clause_start(sent.text, d.start) : d.start]):
                    score -= 3.0  # "expected to move over the Bahamas on Thursday": a forecast
                if re.match(
                    r"^\s*(?:\w+\s+){0,2}?(?:will|would|(?:is|are)\s+expected\s+to|"
                    r"plans?\s+to|(?:is|are)\s+due\s+to)\b",
                    after,
                    re.I,
                ):
                    score -= 3.0  # "Texas on Saturday will likely release the names"
                if _AFTERMATH_AFTER.match(after):
                    score -= 3.0  # "On Friday, protesters gathered outside …"
                inside = sent.text[: d.start]
                if (
                    inside.count("(") > inside.count(")")
                    or (inside.count('"') + inside.count("“") + inside.count("”")) % 2 == 1
                ):
                    score -= 2.5  # "(Friday 2245 UTC)", a quote's "today"
                if _EVENT_HAPPENED.search(before):
                    score += 3.0  # "the incident occurred on Wednesday"
                if re.search(r"\b(?:into|until|till|through)\s+$", before, re.I):
                    score -= 2.5  # "a gunbattle … echoed into Friday": it began before
                elif re.search(r"\bby\s+(?:late\s+|early\s+)?$", before) and d.relative:
                    score -= 2.5  # "had been recaptured by Tuesday morning": a deadline
                if (
                    self.published is not None
                    and d.value is not None
                    and d.value > self.published
                    and not d.relative
                ):
                    score -= 5.0  # "ahead of the withdrawal in 2014": a future date
                # "Monday's earthquake", "a Sunday massacre", "Thursday's scene"
                possessive = bool(
                    (
                        re.search(r"['’]s$", d.text)
                        or re.match(r"['’]s\b", after)
                        or (re.search(r"\b(?:an?|the)\s+$", before) and d.value is not None)
                    )
                    and _EVENT_NOUN_AFTER.match(re.sub(r"^['’]s", "", after))
                )
                if possessive:
                    score += 4.0  # "the death toll from Monday's earthquake": its own day
                elif _TOLL_UPDATE.search(before):
                    score -= 4.0  # "the toll rose to 36 on Monday": the day of the update
                if _LATER.search(before):
                    score -= 1.5  # "Seven days later, on January 7": a later day of the spree
                if _OCCURRED.search(before[-35:]) or _OCCURRED.match(after):
                    score += 1.5
                if _AFTERMATH.search(before[-60:]) and not (offset or lead):
                    score -= 1.5
                elif re.search(
                    r"\b(?:bodies|body|corpses?)\s+(?:\w+\s+)?(?:were|was)\s+"
                    r"(?:later\s+)?(?:discovered|found|recovered|retrieved)\b[^.;]*$",
                    before[-70:],
                    re.I,
                ):
                    score -= 1.0  # "Three more bodies were discovered on April 14": a day after
                opens = bool(
                    re.match(
                        r"^\s*(?:on|in\s+the\s+\w+\s+(?:hours\s+)?of)?\s*$",
                        sent.text[: d.start],
                        re.I,
                    )
                    and re.match(r"^\s*,", after)
                )
                if opens and _STATED_AFTER.match(after):
                    score -= 3.0  # "On Friday, police said ...": the day of the statement
                elif opens and not d.relative and d.value is not None and i in event_sents:
                    score += 2.0  # "On March 3, 2015, a gunman ...": the news lead's date
                if d.precision != "day":
                    score -= 0.5
                if not d.relative:
                    score += 0.3  # written out, not resolved against a guessed publication day
                score -= 0.05 * seg.sentences.index(i)
                lede = [j for j in event_sents if j != self.headline][:1]
                if lede and i == lede[0]:
                    if i == event_sents[0]:
                        score += 0.5  # the lede tells when; later dates are more often of others
                    if any(
                        0 < d.start - (c.start - sent.start) < 130
                        and "." not in sent.text[c.end - sent.start : d.start]
                        for c in self.counts[i]
                    ):
                        score += 1.5  # "At least 17 people were killed … on Wednesday"
                if d.value is None:
                    score -= 2.0
                log.debug("date candidate %r scored %.2f", d.text, score)
                scored.append((score, d, i))
                if best is None or score > best[0]:
                    best = (score, d, i)
        if best is not None and best[1].precision == "week" and best[1].value is not None:
            # "this week's attack … during Friday prayers": the day inside that week
            week = best[1].value
            in_week = [
                t
                for t in scored
                if t[1].precision == "day"
                and t[1].value is not None
                # ("last week's earthquake" read on a Sunday: the Thursday just gone)
                and timedelta(days=-13) <= week - t[1].value < timedelta(days=7)
                and (self.published is None or t[1].value <= self.published)
                and t[0] > -0.5
            ]
            if in_week:
                best = max(in_week, key=lambda t: t[0])
        if best is not None and best[1].value is not None and best[0] > -0.5:
            d = best[1]
            how = self._how_resolved(d, best[2])
            return (
                d.value,
                d.precision,
                f"{d.text!r}{how} in: " + _phrase(self.sentences[best[2]].text, d.start, d.end),
            )
        lede = [j for j in event_sents if j != self.headline][:1]
        told = [
            t
            for t in scored
            if lede
            and t[2] == lede[0]
            and t[1].precision == "day"
            and t[1].value is not None
            and (self.published is None or t[1].value <= self.published)
        ]
        if told and not any(t[1].value is None for t in scored if t[2] == lede[0]):
            # "A drone strike killed one …, Rudaw reported on Thursday evening": the day the
            # news was told, as the week of the event (closer than the publication day)
            d, i = max(told, key=lambda t: t[0])[1:]
            return (
                d.value,
                "week",
                (
                    f"no date of the event; the day it was reported, as the "
                    f"week of the event: {d.text!r} in: "
                    + _phrase(self.sentences[i].text, d.start, d.end)
                ),
            )
        # "The police were called to a house in Wolmirstedt on Friday evening": the one day
        # the report's first sentences name, in a sentence with no event word of its own
        near = [
            t
            for t in scored
            if t[0] > -2.0
            and t[1].precision == "day"
            and t[1].value is not None
            and seg.sentences.index(t[2]) < 10
            and re.search(r"(?i:mon|tues|wednes|thurs|fri|satur|sun)day|\d", t[1].text)
            and (
                self.published is None
                or timedelta(0) <= self.published - t[1].value <= timedelta(days=7)
            )
        ]
        # (a later item with no day of its own takes the first incident's instead)
        if (
            near
            and len({t[1].value for t in scored if t[1].precision == "day"}) == 1
            and seg is self._first_segment
        ):
            d, i = max(near, key=lambda t: t[0])[1:]
            how = self._how_resolved(d, i)
            return (
                d.value,
                d.precision,
                f"the one day the report names: {d.text!r}{how} in: "
                + _phrase(self.sentences[i].text, d.start, d.end),
            )
        if self.published is not None:
            return (
                self.published,
                "week",
                f"no date in the text; {self.pub_label}, as the week of the event",
            )
        return None, "unknown", None
