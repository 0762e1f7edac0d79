"""Which sentences tell which incident: other, earlier incidents, separate attacks, items of a
round-up (the ``_SegmentRules`` mixin of the extractor)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from geoinc._text import fold
from geoinc.extract._patterns import (
    _BACK_TO_EVENT,
    _BACKGROUND,
    _CAME_AFTER,
    _CAPTION,
    _COMPARE,
    _HAPPENED_AT,
    _IN_MONTH,
    _INNER_DATELINE,
    _LEAD_AFTER,
    _MONTH_NUMBER,
    _NEW_EVENT,
    _NEW_PLACE_LEAD,
    _NEW_TOLL_LEAD,
    _ORDINAL_ITEM,
    _OTHER_EVENT,
    _SEPARATE,
    _SUMMARY,
    _THIS_ATTACK,
)
from geoinc.extract._report import _clause_start, _event_word, _Report, _Segment
from geoinc.extract.casualties import INJURED, KILLED, CountMention
from geoinc.extract.dates import DateMention
from geoinc.extract.events import TRIGGER
from geoinc.extract.places import KIND_CITY, KIND_COUNTRY, PlaceMention
from geoinc.extract.text import Sentence

#: "Another police official was killed and three officers wounded when a roadside bomb went
#: off a short time later near a police van": another device, another incident
_ANOTHER_DEVICE = re.compile(
    r"\s*Another\s+(?:[\w-]+\s+){0,3}?(?:was|were)\s+(?:killed|wounded|injured)\b[^.;]{0,80}?"
    r"\bwhen\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:bomb|blast|explosion|grenade|mine|IED|device)\b"
)
_FACTBOX_ITEM = re.compile(
    r"\s*\*?(?!(?:AFP|AP|UPI|IANS|PTI|REUTERS|XINHUA|UNB|ANI|DPA|EFE|NEW)\b)[A-Z]{3,}"
    r"(?:[ -][A-Z]{3,})*(?:,\s+[A-Z]{3,}(?:[ -][A-Z]{3,})*)?\s[-–—]\s?(?=[A-Z\d])"
)


#: a sentence going back to an incident told before by its town: "In the Irbil bombing, …"
_BACK_TO_TOWN = re.compile(
    r"\s*In\s+the\s+(?P<n>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:suicide\s+|car\s+)?"
    r"(?:bombings?|attacks?|blasts?|explosions?|shootings?|ambush|raid|massacre),"
)


#: a round-up's first item told by its rank: "In the first attack, …"
_FIRST_ITEM = re.compile(
    r"\s*In\s+the\s+first\s+(?:attack|incident|blast|bombing|shooting|explosion),"
)


#: an incident told as one of several: "… was one of at least two fatal shootings recorded"
_ONE_OF_SEVERAL = re.compile(
    r"\b(?:was|is)\s+one\s+of\s+(?:at\s+least\s+)?(?:two|three|four|five|several|\d+)\s+"
    r"(?:[\w-]+\s+)?(?:shootings|attacks|incidents|killings|bombings|blasts)\s+(?:recorded|"
    r"reported|in|on|across|that)\b"
)


#: an item told by its time beside the one before: "Later Wednesday", "Five hours later"
#: "Last Friday, the insurgents killed two people … in Nangade district"
_LAST_DAY = (
    r"(?:Early\s+|Late\s+)?[Ll]ast\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|"
    r"afternoon|evening|night))?"
)
_TIMED_OPENER = (
    r"(?:Earlier|Later)\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|" + _LAST_DAY + r"|"
    r"(?:(?:About|Some|Just|Only)\s+)?(?:(?:[A-Z][a-z]+|\d+)\s+(?:hours|minutes)|"
    r"A\s+half[- ]hour|An\s+hour|Half\s+an\s+hour)\s+later"
)
#: such an item, or "Earlier in the day,": told apart from the one before even with its figures
_TIMED_ITEM = re.compile(r"\s*(?:(?:Earlier|Later)\s+in\s+the\s+day|" + _TIMED_OPENER + r"),")


#: a sentence opening on "A series of bombs …" tells the series itself, not a background
_SUBJECT_SERIES = re.compile(r"(?i)a\s+(?:series|spate|string|wave)\s+of\b")
_SERIES_TOLL = re.compile(
    r"[^.;]{0,60}?\b(?:attacks|bombings|blasts|explosions|raids)\s+(?:that|which)\s+"
    r"(?:left|killed|claimed)\b"
)


class _SegmentRules(_Report):
    """Where one incident's sentences end and another's begin."""

    def _caption(self, s: Sentence) -> bool:
        """Is the sentence a photo caption above the dateline (a bullet, a photo credit)?"""
        return bool(
            self._dateline_start > 0
            and s.start < self._dateline_start
            and s.index != self.headline
            and _CAPTION.search(
                self.text[self.text.rfind("\n", 0, s.start) + 1 : self._dateline_start]
            )
        )

    def _old(self, d: DateMention, anchor: date | None) -> bool:
        if d.value is None or anchor is None:
            return False
        if d.precision == "year":
            return d.value.year < anchor.year
        if d.precision == "month" and not d.relative:
            # "a truck bomb … in July" told in a report of a day in October
            return (d.value.year, d.value.month) < (anchor.year, anchor.month)
        if self._anchor_told and d.precision == "day" and not d.relative:
            # "On September 28, 135 were killed", told in a report of October 7
            return d.value < anchor - timedelta(days=7)
        return d.value < anchor - timedelta(days=60)

    def _segments(self, anchor: date | None) -> list[_Segment]:
        # "Hours after six militants were killed in Pulwama, six police were injured in a
        # grenade attack in Arwani": the leading clause tells another event
        self._lead_background = {}
        for s in self.sentences:
            lead = _LEAD_AFTER.match(s.text)
            if lead and TRIGGER.search(s.text[lead.end() :]):
                self._lead_background[s.index] = lead.end()
        segments = [_Segment()]
        self._roundup = False
        in_background = in_links = False
        prev_cut = prev_whole = False
        prev_end = 0
        for s in self.sentences:
            cut = len(s.text)
            new_paragraph = "\n" in self.text[prev_end : s.start]
            # a page of dated briefs: each brief's days are old only beside its own date
            anchor = self._briefs.get(s.index, anchor)
            prev_end = s.start + len(s.text)
            if in_background and not new_paragraph and not _BACK_TO_EVENT.search(s.text):
                # the rest of a paragraph that went back to another event tells that event
                cut = 0
            elif in_background and new_paragraph and self._goes_on_about(s, segments[0]):
                # "… more than a dozen attacks across Valle del Cauca in June." then "Authorities
                # said the rebels placed explosives …", "In Caloto, a police officer was
                # killed …": the next paragraphs go on about those attacks
                cut = 0
                new_paragraph = False
            elif (
                prev_cut
                and re.search(
                    r"\b(?:have|has|had)\s+(?:been\s+)?(?:killed|died|lost\s+"
                    r"their\s+lives)\b",
                    s.text,
                )
                or (prev_whole and not new_paragraph and not _BACK_TO_EVENT.search(s.text))
            ) and not any(d.precision == "day" for d in self.dates[s.index]):
                # "In 2002, Gujarat was gripped by violence. Rights groups say 2,000 were
                # killed.": the sentence after a wholly old one goes on about it
                # "… fighting Indian rule since 1989. More than 68,000 people have been
                # killed.": the running toll of that background
                cut = 0
            if self._caption(s):
                cut = 0  # photo captions above the dateline: the story starts there
            if in_links and re.match(r"\s*(?:[-•*–]\s|$)", s.text):
                cut = 0  # "Related: - Suicide bomber kills two …": other stories' headlines
            in_links = (in_links and bool(re.match(r"\s*[-•*–]\s", s.text))) or bool(
                re.match(
                    r"\s*(?:related(?:\s+(?:stories|articles|news|coverage))?|relacionados|read\s+more|"
                    r"see\s+also|also\s+read|read\s+also|more\s+(?:stories|on\s+this)|recommended|"
                    r"you\s+may\s+also\s+like|trending)\b",
                    s.text,
                    re.I,
                )
            )
            if in_links and not re.match(r"\s*[-•*–]\s", s.text):
                bullet = re.search(r"[-•*–]\s", s.text)
                cut = min(cut, bullet.start() if bullet else len(s.text))
            in_background = in_background and not new_paragraph
            spans = [(d.start, d.end) for d in self.dates[s.index] if d.precision == "day"]
            for m in _COMPARE.finditer(s.text):
                # "On New Year's Eve in 1972, ...": the year of the day date, not a comparison
                if not any(a <= m.start() < b for a, b in spans):
                    cut = _clause_start(s.text, m.start())
                    if m.group(0).lower().endswith(" ago") and not _BACK_TO_EVENT.search(
                        s.text[: m.start()]
                    ):
                        cut = 0  # "ten were killed when … attacked a bus … a week ago"
                    if re.match(r"\w+\s+(?:years|decades)\s+of\b", m.group(0), re.I) and re.search(
                        r"\b(?:in|over|during|after|throughout)\s+$", s.text[: m.start()], re.I
                    ):
                        cut = 0  # "40,000 people have been killed in four decades of fighting"
                    since = re.search(r"\bsince\b", m.group(0), re.I)
                    if since and not any(
                        cut <= c.start - s.start < m.start() + since.start()
                        for c in self.counts[s.index]
                    ):
                        # "The shooting in Uvalde was the deadliest … since a gunman killed
                        # 20": this event up to "since" (but "has killed 68,000 since 1989"
                        # is a running toll)
                        cut = m.start() + since.start()
                    break
            told = any(self.counts[i] for i in segments[-1].sentences)
            for d in self.dates[s.index]:
                earlier = bool(
                    self._anchor_told
                    and anchor is not None
                    and d.value is not None
                    and d.precision == "day"
                    and d.value <= anchor - timedelta(days=2)
                    and re.search(
                        r"\bearlier\s+(?:on\s+|this\s+|last\s+)?$",
                        s.text[max(0, d.start - 20) : d.start],
                        re.I,
                    )
                )
                if earlier:
                    # "Earlier on Tuesday, a grenade attack in Tral claimed two lives", told in
                    # a report of Sunday: an incident reported before
                    cut = min(cut, _clause_start(s.text, d.start))
                if (
                    self._old(d, anchor)
                    or (
                        # "On September 28, 135 civilians were killed at a wedding party",
                        # after a lede of an attack the report does not date: over a week
                        # before the report, another attack
                        not self._anchor_told
                        and self.published is not None
                        and told
                        and d.value is not None
                        and d.precision == "day"
                        and re.search(r"\d", d.text) is not None
                        and d.value < self.published - timedelta(days=7)
                        and self.counts[s.index]
                    )
                    or (
                        # "A double suicide bombing in Mohmand killed 43 people on Monday",
                        # a new paragraph in a report of Wednesday's attack: another event
                        self._anchor_told
                        and anchor is not None
                        and d.relative
                        and not self._roundup  # a round-up's items may be of other days
                        and d.value is not None
                        and d.precision == "day"
                        # ("Yesterday seven Taliban insurgents were killed …" opening a
                        # paragraph of a report of today's attack: the day before is enough)
                        and d.value
                        <= anchor - timedelta(days=1 if not s.text[: d.start].strip() else 2)
                        and new_paragraph
                        and told
                        and self.counts[s.index]
                        and not re.search(r"['’]s$", d.text)
                        and not re.search(
                            r"\b(?:the|this)\s+(?:[\w-]+\s+){0,2}?(?:attack|blast|"
                            r"bombing|explosion|shooting|massacre|raid|ambush|"
                            r"assault|incident)\s+(?:late\s+|early\s+)?(?:on\s+)?$",
                            s.text[: d.start],
                            re.I,
                        )
                    )
                ):
                    cut = min(cut, _clause_start(s.text, d.start))
                    if (
                        self._old(d, anchor)
                        and re.fullmatch(r"[\s.)\]]*", s.text[d.end :])
                        and re.search(r",\s*$", s.text[: d.start])
                    ):
                        cut = 0  # a photo caption "… in Manta, Ecuador, May 16, 2022."
                    elif (
                        len(self.dates[s.index]) == 1
                        and d.precision == "day"
                        and re.fullmatch(r"[\s.)\]]*", s.text[d.end :])
                    ):
                        # "Eleven militants were killed in operations in Datu Hoffer,
                        # Maguindanao, Friday.": the sentence's one day, told at its end
                        cut = 0
                    elif len(self.dates[s.index]) == 1 and d.precision == "day":
                        # "Nine civilians, including a pastor, were killed in Falam on April
                        # 10": the figure told with that day, when nothing sets them apart
                        first = min(
                            (
                                c.start - s.start
                                for c in self.counts[s.index]
                                if c.start - s.start < cut
                            ),
                            default=None,
                        )
                        if first is not None and not re.search(
                            r"\b(?:after|since|before|than|following|compared|while|"
                            r"whereas|but|when)\b",
                            s.text[first : d.start],
                            re.I,
                        ):
                            cut = min(cut, _clause_start(s.text, first))
            if anchor is None and told and segments[-1].sentences:
                # "On November 14, an attack … killing 57", told after an undated incident's
                # own toll: another day's event
                starts = [
                    d.start
                    for d in self.dates[s.index]
                    if d.precision in ("day", "month", "year") and not d.relative
                ]
                starts += [m.start() for m in _IN_MONTH.finditer(s.text)]
                # "On Wednesday, 25 people were killed …" opening a new paragraph, told after an
                # incident of Saturday: another day's event
                told_days = {
                    w.lower()
                    for i in segments[-1].sentences
                    if self.triggers[i] or self.counts[i]
                    for w in re.findall(
                        r"\b((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
                        self.sentences[i].text,
                        re.I,
                    )
                }
                lead_day = re.match(
                    r"\s*On\s+((?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*,", s.text, re.I
                )
                if (
                    lead_day
                    and new_paragraph
                    and told_days
                    and lead_day.group(1).lower() not in told_days
                ):
                    starts.append(lead_day.start(1))
                for start in sorted(starts):
                    if any(c.start - s.start > start for c in self.counts[s.index]):
                        cut = min(cut, _clause_start(s.text, start))
                        break
                for m in _IN_MONTH.finditer(s.text):
                    # "At least 27 pilgrims were killed … in Andhra Pradesh in July", told
                    # after a report of "Monday": a toll of another month
                    # (not a figure of an earlier clause: "A riot left 58 dead in a prison in
                    # Guayaquil, scene at the end of September of …")
                    clause = _clause_start(s.text, m.start())
                    before = [
                        c
                        for c in self.counts[s.index]
                        if c.start - s.start < m.start()
                        and not re.search(r"[.;]", s.text[c.end - s.start : m.start()])
                        and not (
                            clause
                            and c.end - s.start <= clause
                            and re.match(
                                r",\s+(?:the\s+)?(?:scene|site|where|which|home|location)\b",
                                s.text[clause:],
                            )
                        )
                    ]
                    if before and not self._quoted(before[0]):
                        cut = min(cut, _clause_start(s.text, before[0].start - s.start))
                        break
            bg = _BACKGROUND.search(s.text)
            if (
                bg
                and _SUBJECT_SERIES.match(bg.group(0))
                and (
                    re.fullmatch(r"|.*(?:\s[—–-]{1,2}|:|\))\s*", s.text[: bg.start()])
                    or (
                        re.search(
                            r"\b(?:suffered|saw|witnessed|was\s+hit\s+by)\s+$", s.text[: bg.start()]
                        )
                        and _SERIES_TOLL.match(s.text, bg.end())
                    )
                )
            ):
                # "A series of car bombs exploded in Kirkuk …", "Baghdad suffered a string of
                # bomb … attacks that left at least 30 dead": the series told, not a background
                bg = None
            same = False  # the incident's own figures come earlier in this sentence
            # a second incident ("Separately, … was martyred") is told even without a figure
            told_event = told or (
                len(segments) > 1 and any(self.triggers[i] for i in segments[-1].sentences)
            )
            if bg and not told_event:
                same = bool(_OTHER_EVENT.match(bg.group(0))) and any(
                    c.start - s.start < bg.start() for c in self.counts[s.index]
                )
                # "… left at least 10 dead, revealing that over 20 had been murdered in the
                # past week": a running toll in a later clause of the lede
                running = bool(
                    re.match(r"(?:in|over)\s+the\s+(?:past|last)\b", bg.group(0), re.I)
                ) and any(
                    c.start - s.start < _clause_start(s.text, bg.start())
                    for c in self.counts[s.index]
                )
                if not same and not running:
                    bg = None  # nothing told yet to set the background against
            bg = bg or _CAME_AFTER.search(s.text)
            if bg is None and anchor is not None:
                # "… that killed 325 people in Baghdad in July", told of an October day
                for m in _IN_MONTH.finditer(s.text):
                    if not told and not any(
                        c.start - s.start < m.start() for c in self.counts[s.index]
                    ):
                        continue
                    if _MONTH_NUMBER[m.group("m").lower()[:3]] != anchor.month:
                        bg = m
                        break
            if bg is None and anchor is not None and told and "where" in s.text:
                # "… the situation in the West Bank, where on Monday an Israeli raid into the
                # Jenin camp … killed six": a clause of another day's event
                where = re.search(
                    r",\s+where\s+(?:on\s+|late\s+|early\s+)?(?:last\s+)?(?:Mon|Tues|Wednes|"
                    r"Thurs|Fri|Satur|Sun)day\b",
                    s.text,
                )
                if where and any(
                    where.start() < d.start <= where.end() + 1
                    and d.value is not None
                    and d.value != anchor
                    for d in self.dates[s.index]
                ):
                    bg = where
            if bg and (
                not any(a <= bg.start() < b for a, b in spans)
                or re.match(r"last\s+(?:\w+day|year)", bg.group(0), re.I)
                # "… where a double suicide bombing killed 43 people last week"
                or (
                    re.match(r"last\s+(?:week|month)", bg.group(0), re.I)
                    and any(c.start - s.start < bg.start() for c in self.counts[s.index])
                )
            ):
                head = s.text[_clause_start(s.text, bg.start()) : bg.start()]
                if (
                    re.search(r"\b(?:after|before)\s*$", bg.group(0), re.I)
                    and bg.start() > 0
                    and not any(
                        _clause_start(s.text, bg.start()) <= c.start - s.start < bg.start()
                        for c in self.counts[s.index]
                    )
                    and (
                        _HAPPENED_AT.search(head)
                        or re.match(
                            r"\s*(?:the|this|that|(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s|"
                            r"yesterday['’]s)\s+(?:[\w-]+\s+){0,2}?(?:attack|blast|bombing|"
                            r"explosion|shooting|massacre|raid|ambush|assault|incident|killings?)"
                            r"\b(?:\s+on\s+\w+)?(?:\s+(?:came|comes|was|happened|occurred))?\s*$",
                            head,
                            re.I,
                        )
                    )
                ):
                    # "The attack in Tal Afar took place one day after a bomber struck …": the
                    # sentence is about this attack up to "one day after"
                    cut = min(cut, bg.start())
                elif re.search(
                    r"\b(?:(?:is|was|marks|marked)\s+(?:the|a)\s+(?:latest|newest|"
                    r"most\s+recent|deadliest|worst|bloodiest)|(?:in|as)\s+the\s+"
                    r"(?:latest|newest|most\s+recent)\s+(?:in|of))\b",
                    head,
                    re.I,
                ):
                    # "… killing at least 43 people in the latest in a string of disasters"
                    # "Monday's shooting is the latest incident in a wave of violence": this
                    # event up to the wave
                    cut = min(cut, bg.start())
                else:
                    start = _clause_start(s.text, bg.start())
                    if same:  # "killing 11 and injuring 36,nearly two weeks after a bombing"
                        start = max(
                            [start]
                            + [
                                c.end - s.start
                                for c in self.counts[s.index]
                                if c.start - s.start < bg.start()
                            ]
                        )
                    cut = min(cut, start)
                # the paragraph goes on about that other event when it gave it a toll
                in_background = any(c.start - s.start >= cut for c in self.counts[s.index]) or (
                    # "… took place a day after the Air Force bombed an LTTE target in
                    # Kilinochchi." ending its paragraph: the next may go on about that raid
                    bool(
                        re.match(
                            r"[^.;]*?\b(?:bombed|shelled|struck|raided|attacked)\b", s.text[cut:]
                        )
                    )
                    and "\n" in self.text[s.start + len(s.text) : s.start + len(s.text) + 3]
                )
            event = self.triggers[s.index] or bool(self.counts[s.index])
            # (not in a clause about another, earlier event: "… had already said it was behind
            # another bombing in Ankara last month")
            separate = bool(_SEPARATE.search(s.text if cut == 0 else s.text[:cut]))
            if (
                separate
                and cut == 0
                and event
                and any(
                    d.relative and d.precision == "day" and not self._old(d, anchor)
                    for d in self.dates[s.index]
                )
            ):
                # "In a similar incident late Monday, a roadside bomb …": news of its own
                cut, in_background = len(s.text), False
            elif (
                cut == 0
                and re.match(r"\s*" + _LAST_DAY + ",", s.text)
                # (not news of it: "Last Monday, a court sentenced two men over an attack that
                # killed 5", "Last Friday, the army said it had killed 20 militants")
                and not re.search(
                    r"\b(?:said|says|sentenced|court|convicted|trial|announced|claimed|reported)\b",
                    s.text,
                )
                and any(c.kind == KILLED and c.value for c in self.counts[s.index])
                and any(
                    p.kind != KIND_COUNTRY and not p.flags for p in self._places_in.get(s.index, ())
                )
                and any(
                    d.relative and d.precision == "day" and not self._old(d, anchor)
                    for d in self.dates[s.index]
                )
            ):
                # "Last Friday, the insurgents killed two people … in Nangade district": an
                # attack of the past week with its own place and toll, not a background
                cut, in_background = len(s.text), False
            told_any = any(self.triggers[i] or self.counts[i] for i in segments[-1].sentences)
            if len(segments) == 1 and not self._roundup:
                # the report's lede sums up several incidents: a round-up, told item by item
                self._roundup = bool(
                    self._summing_lede(
                        [i for i in segments[0].sentences if segments[0].compare_from[i] > 0]
                    )
                ) or bool(
                    # "In the first attack, police say gunmen … killed two policemen": the
                    # lede's figure is told item by item
                    _FIRST_ITEM.match(s.text)
                    and any(c.kind == KILLED for i in segments[0].sentences for c in self.counts[i])
                )
            if _ONE_OF_SEVERAL.search(s.text):
                # "The Sandy Park incident was one of at least two fatal shootings recorded in
                # the division overnight": the others are told next
                self._roundup = True
            if (
                cut > 0
                and segments[-1].sentences
                and (
                    (separate and event and told_any)
                    or self._another_incident(s, segments[-1], cut, len(segments) == 1)
                    or self._another_story(s, segments[-1])
                )
            ):
                segments.append(_Segment())
            segments[-1].sentences.append(s.index)
            segments[-1].compare_from[s.index] = cut
            # a long story behind the incident: "fighting Indian rule since 1989"
            prev_whole = (
                cut == 0
                and not in_background
                and bool(
                    TRIGGER.search(s.text)
                    or re.search(
                        r"\b(?:violence|deadly|riots?|clashes|massacres?|pogroms?|unrest|war)\b",
                        s.text,
                        re.I,
                    )
                )
            )
            prev_cut = cut < len(s.text) and bool(
                re.search(
                    r"\bsince\s+(?:(?:19|20)\d\d|(?-i:[A-Z]))|\bfor\s+(?:years|decades)|\bdecades?\b|\binsurgency\b|"
                    r"\bconflict\b|\bwar\b|\bover\s+the\s+(?:past|last)\b",
                    s.text[cut:],
                    re.I,
                )
            )
        return segments

    def _region_has_toll(self, idx: int) -> bool:
        """Is a killed or injured figure told in the next few sentences after ``idx``,
        before another item by rank?"""
        for j in range(idx + 1, min(idx + 5, len(self.sentences))):
            if _ORDINAL_ITEM.match(self.sentences[j].text):
                return False
            if any(c.kind in (KILLED, INJURED) for c in self.counts[j]):
                return True
        return False

    def _goes_on_about(self, s: Sentence, first: _Segment) -> bool:
        """Does a paragraph after one about other, earlier attacks go on about them: no date
        or place of the report's own incident, and "the attacks" or a town's item?"""
        if any(d.precision == "day" for d in self.dates[s.index]) or _BACK_TO_EVENT.search(s.text):
            return False
        own = {
            p.key
            for i in first.sentences
            if first.compare_from.get(i, 0) > 0
            for p in self._places_in.get(i, ())
            if p.kind != KIND_COUNTRY and not p.flags
        }
        if any(p.key in own for p in self._places_in.get(s.index, ())):
            return False
        return bool(
            re.search(
                r"\bthe\s+(?:attacks|raids|bombings|rebels|militants|assailants|target|"
                r"air\s*strikes?|air\s+raids?|bombardment|shelling)\b",
                s.text,
            )
            or re.match(r"\s*In\s+(?-i:[A-Z])[\w'’-]+,", s.text)
        )

    def _lists_places(self, i: int, n: int) -> bool:
        """Does sentence ``i`` list ``n`` places or more ("in Barisal, Pirojpur, Habiganj,
        Natore and Narail districts"; not one event "in Colombo, Negombo and Batticaloa",
        which the caller tells apart by the plural area word)?"""
        ps = [p for p in self._places_in.get(i, ()) if p.kind != KIND_COUNTRY and not p.flags]
        run = 1
        for a, b in zip(ps, ps[1:], strict=False):
            run = run + 1 if self._listed(a, b) else 1
            if run >= n:
                return True
        return False

    def _another_story(self, s: Sentence, seg: _Segment) -> bool:
        """A news brief's own headline further down the page ("9 die in Libya airport
        clashes"), after another story with its own toll."""
        if (
            s.index >= 2
            and _INNER_DATELINE.match(s.text)
            and any(c.kind == KILLED for c in self.counts[s.index])
            and "\n" in self.text[max(0, s.start - 2) : s.start]
            # (the headline over a byline and the dateline is the story's own)
            and any(
                c.kind == KILLED
                for i in seg.sentences
                if i != self.headline
                for c in self.counts[i]
            )
        ):
            return True  # "WOODLAWN, Md. — A Maryland man … shooting three people to death"
        if (
            s.index - 1 in self._briefs
            and any(c.kind == KILLED for c in self.counts[s.index])
            and any(
                c.kind == KILLED
                for i in seg.sentences
                if i != self.headline
                for c in self.counts[i]
            )
        ):
            return True  # a page of dated briefs: "October 17, 2018" over the next brief
        end = s.start + len(s.text)
        if (
            s.index < 2
            or len(s.text.split()) > 14
            or re.search(r"[.!?:\"”]\s*$", s.text)
            # an agency's byline: "ANI | Yaounde | Updated: 13-11-2021 21:08 IST"
            or re.search(r"\|\s*(?:Updated|Published|Posted|Created|Last\s+updated)\b", s.text)
            # a line broken mid-sentence ("… have been killed in\nSyria's conflict")
            or re.search(
                r"\b(?:in|of|the|and|to|at|on|for|with|by|a|an|from|as|that|which|"
                r"who|were|was|had|have|has|said|says)\s*$",
                s.text,
                re.I,
            )
            or re.search(r"\b(?:says|said|told|reported)\b", s.text)
            or not re.search(r"\n\s*$", self.text[max(0, s.start - 3) : s.start])
            or not re.match(r"[ \t]*\n", self.text[end : end + 3])
        ):
            return False
        told = {
            c.value
            for i in seg.sentences
            for c in self.counts[i]
            if c.kind == KILLED
            and c.start - self.sentences[i].start < seg.compare_from[i]
            and i not in self._summing_lede(seg.sentences)
        }
        if not told:
            return False
        if any(c.kind == KILLED for c in self.counts[s.index]):
            # (not a revised toll: "Death toll rises to 40")
            return not any(c.value in told or c.revised for c in self.counts[s.index]) and not (
                re.search(r"\b(?:toll|rises?|rose|climbs?|jumps?|now|up\s+to)\b", s.text, re.I)
            )
        # a section's heading opening on another place: "Baroua, Diffa: A Lethal ISWAP Ambush"
        m = re.search(r"(?<!\d):\s", s.text)
        colon = m.start() if m else -1
        here = {
            p.key
            for p in self._places_in.get(s.index, ())
            if p.kind != KIND_COUNTRY and not p.flags and p.start - s.start < colon
        }
        lede = self._summing_lede(seg.sentences)
        before = {p.key for i in seg.sentences if i not in lede for p in self._places_in.get(i, ())}
        return bool(here) and not here & before

    def _summing_lede(self, told: list[int]) -> list[int]:
        """The lede that sums up several incidents ("two separate roadside bomb attacks have
        killed five"), also when a standfirst told it first; an item after it may say "in
        separate attacks" with a figure of its own."""
        # (the first sentences with a toll: a standfirst's bullets may come before the lede)
        tolls = [
            i for i in told if i != self.headline and any(c.kind == KILLED for c in self.counts[i])
        ][:3]
        found = [i for i in tolls if i in told[:6] and self._sums_up(i)]
        if not found:
            return []
        total = max((c.value or 0) for c in self.counts[found[0]] if c.kind == KILLED)
        return [
            i for i in found if any(c.value == total for c in self.counts[i] if c.kind == KILLED)
        ]

    def _sums_up(self, i: int) -> bool:
        """Does sentence ``i`` sum up several incidents or places? (asked once per sentence)"""
        if i not in self._sums:
            text = self.sentences[i].text
            summary = _SUMMARY.search(text)
            if summary and re.match(
                r"\s+(?:\w+\s+)?(?:struck|hit|targeted|rocked|tore\s+through|ripped\s+through)\s+"
                r"(?:an?|one)\s",
                text[summary.end() :],
            ):
                summary = None  # "three suicide bombings struck a police headquarters": one
            self._sums[i] = bool(
                summary
                or (
                    self._lists_places(i, 3)
                    and re.search(
                        r"\b(?:districts|provinces|states|regions|counties|villages|towns|areas)\b",
                        text,
                    )
                )
            )
        return self._sums[i]

    def _bullet_items(self) -> set[int]:
        """The bullets of a list of other incidents: "In other violence yesterday:" then
        "* A roadside bomb exploded in …, wounding 16", "* Gunmen attacked …" (found once)."""
        if self._bullets is None:
            self._bullets = set()
            under = False
            for s in self.sentences:
                if re.match(r"\s*[*•·▪–-]\s", s.text):
                    if under:
                        self._bullets.add(s.index)
                    continue
                under = bool(
                    re.search(r":\s*$", s.text)
                    and re.search(
                        r"\b(?i:other|elsewhere|also|further|more)\b[^:]{0,40}"
                        r"\b(?i:violence|attacks|incidents|developments|news|fighting)\b|"
                        r"\b(?i:elsewhere|other\s+incidents)\b",
                        s.text,
                    )
                )
        return self._bullets

    def _another_incident(self, s: Sentence, seg: _Segment, cut: int, first: bool) -> bool:
        """A round-up's next item: "A remote-controlled bomb … in the city of Ghazni
        detonated …, killing two", told after another town's incident with its own toll."""
        if len(seg.sentences) > 40:
            return False  # a long run of one story: not a round-up's item (and stays linear)
        back = _BACK_TO_TOWN.match(s.text)
        if back and not first and seg.sentences:
            # "In the Irbil bombing, several buildings were damaged …" after the next item,
            # in Baghdad: back to an incident told before (its rows are merged again)
            key = fold(back.group("n"))
            earlier = {p.key for i in range(seg.sentences[0]) for p in self._places_in.get(i, ())}
            here = {p.key for i in seg.sentences for p in self._places_in.get(i, ())}
            if key in earlier and key not in here:
                return True
        if s.index in self._items:
            # a clause cut off at its own place, event and figure ("…, while another car
            # bomb … in the town of Hawijah left four dead")
            return any(c.start - s.start < cut for c in self.counts[s.index])
        told_in = [i for i in seg.sentences if seg.compare_from[i] > 0]
        lede = self._summing_lede(told_in) if first else []
        # after a lede that sums up "four separate attacks in three cities", each item's
        # own town and toll is the next incident, however its sentence opens
        roundup = self._roundup
        explicit = bool(
            re.match(
                r"\s*(?:(?:Meanwhile|Elsewhere|Similarly|In\s+another\s+"
                r"(?:development|report)|In\s+a\s+related\s+development|"
                r"In\s+other\s+(?:news|violence)|In\s+addition|"
                r"In\s+related\s+(?:news|violence)(?:\s+(?:from|on)\s+\w+day)?|"
                # "Farther south, three civilians were killed …"
                r"(?:Farther|Further)\s+(?:north|south|east|west)\w*|" + _TIMED_OPENER + r"|"
                # "Earlier in the day in Baghdad, mortars hit the Interior Ministry …"
                r"(?:Earlier|Later)\s+in\s+the\s+day(?:\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?"
                r"(?=,(?![^.;]{0,80}?\bhad\s+(?:indicated|said|reported|put|given|announced|"
                r"told)\b))|"
                # "In one incident, a car bomb exploded …" after a lede of several attacks
                r"In\s+one\s+(?:such\s+)?(?:incident|attack)),\s|"
                # "The attack came as two people were killed … when a bus hit a landmine"
                r"(?:The|This)\s+(?:\w+\s+)?(?:attack|ambush|bombing|blast|raid|killings?)\s+came\s+"
                r"as\b|"
                # "In yet another tavern shooting over the weekend, gunmen killed two …"
                r"In\s+(?:yet\s+)?another\s+(?:[\w-]+\s+){0,2}?(?:shooting|attack|incident|bombing|"
                r"blast|explosion|ambush|raid)\b|"
                # "Another gunfight is going on between militants and security forces in …"
                r"(?:Another|A\s+second|A\s+separate)\s+(?:[\w-]+\s+){0,2}?(?:gunfight|"
                r"encounter|clash|shootout|gun\s+battle|firefight|ambush|raid|attack|blast|"
                r"explosion|bombing)\s+(?:is|was|has|had|took|occurred|happened|erupted|broke|"
                r"went|hit|struck|targeted|left|killed)\b|"
                r"Also,?\s+(?:on\s+|late\s+|early\s+)?\w+day\b|"
                # "On the same day, a policeman and four civilians were killed … in Ghor"
                r"(?:On\s+)?[Tt]he\s+same\s+(?:day|night|morning|evening),\s|"
                # "Also, at least 10 people were killed … in Yathrib" in a round-up
                r"Also,\s+(?=(?:at\s+least\s+)?[\w-]+\s+(?:people|persons|civilians|soldiers|"
                r"policemen|police|militants)\b)|"
                # "In the capital, meanwhile, two gunmen …"
                r"(?:In|At|Near)\s+[^,.]{3,40},\s+meanwhile,\s|"
                # a correspondent's dateline opening the next district's item of a round-up:
                # "BHANGA, FARIDPUR: At least 25 people were injured …"
                r"[A-Z]{4,}(?:[ -][A-Z]{3,})?(?:,\s+[A-Z]{4,}(?:[ -][A-Z]{3,})?)?:\s|"
                # "Anwarullah Khan adds from Khar: A Levies man died …": another reporter's item
                r"(?:[A-Z][\w.'’-]+\s+){1,4}adds\s+from\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?:\s)",
                s.text,
            )
        )
        # a factbox's item, each on its own town: "MOSUL - Gunmen killed three men …"
        factbox = bool(_FACTBOX_ITEM.match(s.text))
        explicit = explicit or factbox
        # "The second ambush took place in Lower Jubba region": an item told by its rank
        ordinal = bool(_ORDINAL_ITEM.match(s.text))
        # "Gunmen also attacked a small Sufi shrine overnight, killing three … in Budhber"
        also = bool(
            re.match(
                r"\s*(?:[A-Z][\w-]*\s+){1,3}(?:\w+\s+)?also\s+(?:attacked|killed|"
                r"struck|bombed|stormed|raided|shot|ambushed|opened\s+fire|launched|staged|"
                r"mounted|carried\s+out)\b",
                s.text,
            )
        )
        # "… said that 13 other persons were also killed in multiple suicide bomb attacks at
        # Mashemeri village": more victims of another attack, somewhere else
        also = also or bool(
            re.search(
                r"\b(?:other|more|another)\b[^.;]{0,40}?\b(?:were|was)\s+also\s+(?:killed|"
                r"wounded|injured)\s+(?:on\s+\w+\s+)?in\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
                r"(?:attacks?|bombings?|blasts?|explosions?|raids?|ambush(?:es)?|clashes)\s+"
                r"(?:at|in|on)\s+",
                s.text[:cut],
            )
        )
        # "One village guard has also been killed … in the Senkaya district of Erzurum"
        also = also or bool(
            re.match(
                r"\s*(?:[A-Z][\w-]*\s+)(?:[\w-]+\s+){0,3}?(?:has|have|had|was|were)\s+also\s+"
                r"(?:been\s+)?(?:killed|shot\s+dead|martyred)\b[^.;]{0,120}?\b(?:in|at|near)\s+"
                r"(?:the\s+)?[A-Z]",
                s.text[:cut],
            )
        )
        explicit = (
            explicit
            or ordinal
            or also
            or s.index in self._bullet_items()
            or bool(_ANOTHER_DEVICE.match(s.text))
        )
        tolls = [c for c in self.counts[s.index] if c.kind == KILLED and c.start - s.start < cut]
        if (
            not tolls
            and (_NEW_PLACE_LEAD.match(s.text) or explicit)
            and _event_word(s.text)
            and s.index + 1 < len(self.sentences)
        ):
            # "In the neighbouring North Waziristan district, militants raided a check post.
            # An official said one soldier was killed in this attack": the toll follows
            nxt = self.sentences[s.index + 1]
            own = {p.key for p in self._places_in.get(s.index, ())}
            # (the same town named again is no other place: "The attack at a checkpoint on the
            # eastern outskirts of Tikrit … killed at least eight policemen")
            if _THIS_ATTACK.search(nxt.text) and not any(
                p.kind != KIND_COUNTRY and not p.flags and p.key not in own
                for p in self._places_in.get(nxt.index, ())
            ):
                tolls = [c for c in self.counts[nxt.index] if c.kind == KILLED]
            elif explicit and own:
                # "Five hours later, … five men attacked Ban Ba-ngo School in Mayo district.
                # Two were wearing police uniforms. They shot dead the school director and a
                # teacher": the item's toll, in its own paragraph, naming no other place
                for j in range(s.index + 1, min(s.index + 3, len(self.sentences))):
                    later = self.sentences[j]
                    if (j > s.index + 1 and "\n" in self.text[s.start : later.start]) or any(
                        p.kind != KIND_COUNTRY
                        and not p.flags
                        # ("Frisal" inside "Frisal Chinnigam" told again)
                        and not any(p.key == k or p.key in k.split() for k in own)
                        for p in self._places_in.get(j, ())
                    ):
                        break
                    tolls = [c for c in self.counts[j] if c.kind == KILLED]
                    if tolls:
                        break
        if (
            not tolls
            and (
                explicit
                # "Two soldiers were wounded during a blast south of Kirkuk." a round-up's item
                # of its own paragraph, told by its injured
                or (
                    roundup
                    and not first
                    and "\n" in self.text[max(0, s.start - 2) : s.start]
                    and any(
                        p.kind != KIND_COUNTRY and not p.flags and p.start - s.start < cut
                        for p in self._places_in.get(s.index, ())
                    )
                )
            )
        ):
            # "Earlier on Saturday, 30 people got injured in a bus accident at Kawasoti": an
            # item told by its injured
            tolls = [
                c for c in self.counts[s.index] if c.kind == INJURED and c.start - s.start < cut
            ]
        if ordinal and not tolls:
            # "The second attack took place at around 9:30am in Yala's Than To district.",
            # its toll told in a later paragraph: an item by its rank and a place of its own
            told_places = {
                p.key for i in told_in for p in self._places_in.get(i, ()) if not p.flags
            }
            here = {
                p.key
                for p in self._places_in.get(s.index, ())
                if p.kind != KIND_COUNTRY and not p.flags and p.start - s.start < cut
            }
            if (
                here - told_places
                and any(c.kind == KILLED for i in told_in for c in self.counts[i])
                and self._region_has_toll(s.index)
            ):
                return True
        if (
            not (
                _NEW_EVENT.match(s.text)
                or _NEW_PLACE_LEAD.match(s.text)
                or roundup
                or explicit
                or _NEW_TOLL_LEAD.match(s.text)
            )
            or not tolls
        ):
            return False
        told = {
            c.value
            for i in told_in
            for c in self.counts[i]
            if c.kind == KILLED
            and c.start - self.sentences[i].start < seg.compare_from[i]
            and i not in lede
            and i != self.headline
        }

        def towns(idx: int, upto: int) -> set[str]:
            here = self._places_in.get(idx, ())
            # "in Baghdad's Khazimiyah district": the district, not the city it is in
            owners = {
                id(p)
                for p in here
                for q in here
                if q.start > p.end and re.fullmatch(r"['’]s\s+", self.text[p.end : q.start])
            }
            return {
                p.key
                for p in here
                if p.kind != KIND_COUNTRY
                and not p.flags
                and not p.dateline
                and not p.in_name
                and id(p) not in owners
                and self._lead_background.get(idx, 0) <= p.start - self.sentences[idx].start < upto
            }

        # in a round-up, the same figure may be another town's item ("Two people were killed
        # … in Gary" before "In Denver, … two people were killed"), not one told without a
        # town first ("Six were killed …" before "… in Sumisip township, killing six")
        again = all(c.value in told for c in tolls)
        if again and roundup:
            in_towns = {
                c.value
                for i in told_in
                if i not in lede and i != self.headline and towns(i, seg.compare_from[i])
                for c in self.counts[i]
                if c.kind == KILLED
            }
            # (a figure told without a town is this item's only just before it, in its own
            # paragraph or the sentence before: "Gunmen in Tuz killed a civilian." is not told
            # again by "One soldier was killed … near Tikrit" four paragraphs on)
            near = {
                c.value
                for i in told_in
                if i == s.index - 1 or "\n" not in self.text[self.sentences[i].start : s.start]
                for c in self.counts[i]
                if c.kind == KILLED
            }
            again = not all(c.value in in_towns or c.value not in near for c in tolls)
        if again and _NEW_PLACE_LEAD.match(s.text) and self._far_town(s.index, seg, cut):
            # "In Baquba, 65 km northeast of Baghdad, a bomb … killing two" after two killed
            # in Baghdad: the same figure in a town far from every one told before
            again = False
        # (an item cut from a sentence's clause is one, even when it told only the injured)
        # (an item told by its injured alone, after the lede's incident, is one too: "In a
        # separate incident, another roadside bomb … wounding five soldiers")
        hurt_item = not first and any(
            c.kind == INJURED and c.value for i in told_in for c in self.counts[i]
        )
        if not (told or ordinal or hurt_item or seg.sentences[0] in self._items) or (
            not explicit and again
        ):
            return False  # no toll of an item yet (a lede summing up is none), or told again
        mine = towns(s.index, cut)
        if (
            not mine
            and not again
            and re.match(
                r"\s*(?:(?:Earlier|Later)\s+in\s+the\s+day|Earlier\s+(?:on\s+)?"
                r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),",
                s.text,
            )
            and _event_word(s.text)
        ):
            # "Earlier in the day, a roadside bomb killed one": another of the day's attacks,
            # where the one before it was
            return True
        before = set().union(
            *(towns(i, seg.compare_from[i]) for i in seg.sentences if i not in lede)
        )
        if seg.sentences[0] in self._items:
            # after an item cut from a sentence, a town of its own is enough ("in Shamma'iya
            # area east of Baghdad" after "in Kazimiyah in northern Baghdad")
            return bool(mine - before)
        # in a round-up the first item may name no town ("near a busy market here")
        # (an item said to be one, "In one incident, …", with a toll of its own may be in
        # the same city as the one before)
        # "Earlier in the day, a 45-year-old man was gunned down at his home in Narathiwat":
        # another of the day's attacks, in the same town or not
        timed = bool(
            re.match(r"\s*(?:Earlier|Later)\s+in\s+the\s+day,", s.text)
            or _ANOTHER_DEVICE.match(s.text)
            # "The attack came as two people were killed when a bus hit a landmine Sunday,
            # also near Taparko": another event, in the same place or not
            or re.match(
                r"\s*(?:The|This)\s+(?:\w+\s+)?(?:attack|ambush|bombing|blast|raid|killings?)\s+"
                r"came\s+as\b",
                s.text,
            )
        )
        # ("In downtown Baghdad, … in Shikh Omer district" after an item in southern Baghdad:
        # a district of its own that the gazetteer does not know)
        own_district = {
            p.key for p in self._places_in.get(s.index, ()) if p.unknown and p.key in mine
        } - before
        return (
            bool(mine)
            and (bool(before) or roundup or ordinal or factbox or timed)
            and (
                not mine & before
                or bool(own_district)
                or factbox
                or timed
                or (
                    not again
                    and bool(re.match(r"\s*In\s+one\s+(?:such\s+)?(?:incident|attack),", s.text))
                )
            )
        )

    def _far_town(self, idx: int, seg: _Segment, cut: int) -> bool:
        """Is the town sentence ``idx`` opens on one the gazetteer knows, more than 25 km from
        every town of the segment told before it?"""
        from geoinc.geocode.gazetteer import _haversine_km  # (imported with the gazetteer)

        ix = self.gaz.index
        pops = ix.pops

        def point(p: PlaceMention) -> int | None:
            if p.kind == KIND_COUNTRY or p.flags or p.in_name or not p.ids:
                return None
            return max(p.ids, key=lambda i: pops[i])

        sent = self.sentences[idx]
        mine = [
            i
            for p in self._places_in.get(idx, ())
            if p.start - sent.start < cut and (i := point(p)) is not None
        ]
        if not mine or int(ix.kind[mine[0]]) != KIND_CITY:
            return False
        before = [
            i
            for j in seg.sentences
            if j < idx
            for p in self._places_in.get(j, ())
            if p.start - self.sentences[j].start < seg.compare_from[j]
            and (i := point(p)) is not None
        ]
        if not before:
            # after an item in a town the gazetteer lacks ("In Mualimeen, a mainly Sunni
            # area, …"): another town's name is another place
            return any(
                p.unknown and p.kind != KIND_COUNTRY and not p.flags
                for j in seg.sentences
                if j < idx
                for p in self._places_in.get(j, ())
            )
        dist = _haversine_km(
            float(ix.lat[mine[0]]), float(ix.lon[mine[0]]), ix.lat[before], ix.lon[before]
        )
        return bool(dist.min() > 25.0)

    def _in_scope(self, seg: _Segment, sentence: int, offset: int) -> bool:
        """Is the text offset inside the segment and before any comparison?"""
        if sentence not in seg.compare_from:
            return False
        rel = offset - self.sentences[sentence].start
        return rel < seg.compare_from[sentence]

    def _quoted(self, c: CountMention) -> bool:
        """Is the figure inside a quotation (an odd number of quote marks before it)?"""
        sent = self.sentences[c.sentence]
        before = sent.text[: c.start - sent.start]
        return (before.count('"') + before.count("“") + before.count("”")) % 2 == 1

    def _listed(self, a: PlaceMention, b: PlaceMention) -> bool:
        first, second = (a, b) if a.start < b.start else (b, a)
        if re.search(
            r"\bbetween\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:of\s+)?$",
            self.text[max(0, first.start - 50) : first.start],
            re.I,
        ):
            return False  # "a site between the municipalities of Abrego and Ocaña": one place
        between = self.text[first.end : second.start]
        if re.fullmatch(r",\s*", between) and re.match(
            r"\s+(?:town|municipality|township|district|sub-district|upazila|tehsil|LGA)\b",
            self.text[second.end : second.end + 20],
        ):
            return False  # "in Banawel, Hungduan town": a village and its town, one place
        # only names, commas and "and" between them: "Colombo, Negombo and Batticaloa"
        others = [p for p in self.places if first.end <= p.start < second.start]
        for p in others:
            between = between.replace(p.text, "")
        if p_q := first.qualifier:
            between = between.replace(p_q, "", 1)
        return bool(
            re.fullmatch(
                r"(?:\s*(?:,|and|&|as\s+well\s+as|;)\s*)+(?:(?:north|south|east|west|central)"
                r"(?:-?(?:east|west))?(?:ern)?\s+)?",
                between,
                re.IGNORECASE,
            )
        )
