"""Finding the killed/injured figures of one sentence, one step at a time.

:func:`geoinc.extract.casualties.find_counts` runs the steps of :data:`STEPS` in order
over a :class:`_Reading` of the sentence. The first step reads each number with the words
around it ("killed 16", "three were wounded", "the toll rose to 95"); the later ones add
what is told without a number of its own ("an equal number were wounded", "killing all
passengers", "dozens were hurt", "none was hurt") and mark how figures relate ("another
58", "claiming to have killed", "later died of wounds").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from geoinc.extract._counting import (
    _ACTIVE_OBJECT,
    _ADDITIVE,
    _ALL_ABOARD,
    _ATTACKERS_KILLED,
    _ATTACKERS_SUICIDE,
    _BAD_GAP_WORD,
    _DIED_OF_WOUNDS,
    _EQUAL_NUMBER,
    _ESTIMATE,
    _FORECAST_TOLL,
    _INCLUDING_BARE,
    _KEY_AFTER,
    _KEY_BEFORE,
    _LATER_STEP,
    _MULTIPLE_KILLING,
    _MULTIPLES,
    _NATIONWIDE,
    _NONE,
    _OF_WHOLE,
    _ONE_OF_THE_DEAD,
    _PREVIOUS,
    _REVISION,
    _SUBSET_BEFORE,
    _TARGET,
    _TOLL_BEFORE,
    _TOTAL,
    _UNIT_ID,
    _UNIT_NUMBER,
    _VAGUE_AFTER,
    _VAGUE_BEFORE,
    _WHOM_KILLED,
    CASUALTIES,
    INJURED,
    KILLED,
    SHOT,
    CountMention,
    _kind,
    _mask_breakdowns,
    _phrase,
)
from geoinc.extract._victims import _count_items, find_enumerations, victim_group
from geoinc.extract.numbers import NumberMention, find_numbers, words_to_int
from geoinc.extract.text import Sentence, has_any

_FURTHER = r"(?:another|a\s+further|an?\s+additional)"
_MORE_BEFORE = re.compile(r"\b(?:another|an\s+additional|a\s+further)\s*$", re.I)
_MORE_OWN = re.compile(r"(?:another|an\s+additional|a\s+further)\b", re.I)


@dataclass
class _Reading:
    """One sentence being read: its masked text, its numbers and the figures found."""

    sent: Sentence
    text: str  # the sentence with breakdowns and forecasts blanked out (same offsets)
    found: list[NumberMention]  # every number of the sentence
    numbers: list[NumberMention]  # the numbers that may count victims
    out: list[CountMention] = field(default_factory=list)
    #: which figure each of ``numbers`` (by index) was read as
    assigned: dict[int, CountMention] = field(default_factory=dict)

    def at(
        self,
        kind: str,
        value: int | None,
        start: int,
        end: int,
        how: str,
        *,
        phrase: str | None = None,
        high: int | None = None,
        qualifier: str | None = None,
        vague: bool = False,
        additive: bool = False,
        group: frozenset[str] = frozenset(),
    ) -> CountMention:
        """A figure told at ``sent.text[start:end]`` (offsets within the sentence)."""
        return CountMention(
            kind=kind,
            value=value,
            high=high,
            sentence=self.sent.index,
            start=self.sent.start + start,
            end=self.sent.start + end,
            phrase=_phrase(self.sent.text, start, end) if phrase is None else phrase,
            qualifier=qualifier,
            vague=vague,
            how=how,
            additive=additive,
            group=group,
        )


def reading(sent: Sentence) -> _Reading:
    """The sentence with what is no victims' figure blanked out, and its numbers."""
    text = _mask_breakdowns(sent.text)
    text = _INCLUDING_BARE.sub(lambda m: " " * len(m.group(0)), text)
    if has_any(text, ("may ", "ould ", "ight ", "likely", "expected", "feared")):
        text = _FORECAST_TOLL.sub(lambda m: " " * len(m.group(0)), text)
    found = find_numbers(text)
    return _Reading(sent, text, found, [n for n in found if _may_count(text, n)])


def _may_count(text: str, n: NumberMention) -> bool:
    """Whether the number may count victims (not a unit, a population, a year, an age)."""
    lead = text[max(0, n.start - 40) : n.start]
    return not (
        re.search(r"\b(?:no|not)\s*$", lead[-5:], re.I)
        # "Ranger Forces Company 4511", "Battalion 52": a unit's number
        or _UNIT_NUMBER.search(lead[-12:])
        # "a toll of more than 150 dead and wounded": the dead and the hurt together
        or re.match(
            r"\s+(?:people\s+|persons\s+)?(?:dead|killed)\s+(?:and|or|and/or)\s+(?:wounded|injured|"
            r"hurt)\b",
            text[n.end : n.end + 40],
        )
        # "of 4 Assam Rifles battalion", "the 21 Rashtriya Rifles": a unit's number
        or (
            n.text.strip().isdigit()
            and re.match(
                r"\s+(?:[A-Z][\w-]+\s+){1,3}(?:[Bb]attalion|[Rr]egiment|[Bb]rigade|[Dd]ivision|Bn)\b",
                text[n.end : n.end + 50],
            )
        )
        # "four of her eight children": eight is the family, not the victims
        or _OF_WHOLE.search(lead)
        # "home to 8,000 residents": a population
        or re.match(
            r"\s+(?:inhabitants|people\s+live|households|homes|houses|"
            r"dwellers|(?:residents|villagers|people)\s+(?:live|lived|living))\b",
            text[n.end : n.end + 24],
            re.I,
        )
        or re.search(
            r"\b(?:home\s+to|population\s+of|town\s+of|city\s+of|"
            r"village\s+of|capacity\s+of)\s+(?:about\s+|some\s+|around\s+|"
            r"nearly\s+|over\s+|more\s+than\s+)?$",
            lead[-30:],
            re.I,
        )
        # "13 members of one family": the family, not a toll
        or (
            re.search(r"\bof\s+$", lead[-4:])
            and re.match(
                r"\s+(?:famil(?:y|ies)|households?|clans?)\b", text[n.end : n.end + 12], re.I
            )
        )
        # "in the first six months of 2010": a year
        or (
            re.fullmatch(r"(?:19|20)\d\d", n.text.strip())
            and re.search(
                r"\b(?:in|of|since|during|by|until|till|from|early|late|mid-?|year|"
                r"January|February|March|April|May|June|July|August|September|October|"
                r"November|December)\s*$",
                lead[-12:],
                re.I,
            )
        )
        # "The teacher, 52, died": an age in apposition
        or (
            re.fullmatch(r"\d{1,3}", n.text.strip())
            and re.search(r"[A-Za-z]\s*,\s*$", lead[-5:])
            and re.match(r"\s*,", text[n.end : n.end + 3])
        )
    )


@dataclass
class _Sense:
    """What the words around one number say it counts."""

    kind: str
    how: str
    among: bool = False  # "two of them", "among the dead"
    also: bool = False  # "two sons were also shot"
    revised: bool = False  # "the toll rose to 95"


def _verb_before(before: str, after: str) -> _Sense | None:
    """ "killing 16", "left 284 injured": a verb or toll word before the number."""
    mb = _KEY_BEFORE.search(before)
    if mb is None:
        return None
    left = re.match(r"^\s*(?:left|leaving)", mb.group(0), re.I)
    lost_things = mb.group(0).rstrip().endswith("lost") and not re.match(
        r"\s+(?:(?:of\s+)?(?:our|their|his|her)\s+)?(?:people|persons|lives|members|"
        r"relatives|soldiers|policemen|officers|men|women|children|villagers|residents|"
        r"colleagues|comrades|fighters|troops)\b",
        after,
        re.I,
    )
    if (mb.group("k") or mb.group("i") or mb.group("s")) and not left and not lost_things:
        # "raised … fatalities to six"
        revised = bool(re.match(r"fatalities\s+to", mb.group(0), re.I)) and bool(
            _REVISION.search(before[-60:])
        )
        return _Sense(_kind(mb), "verb before the number", revised=revised)
    # "left 284 (others) injured/dead": decided by the word after
    ma = re.match(
        r"^(?:\s+[\w'’-]+){0,3}?\s+(?P<w>dead|injured|wounded|hurt|killed|"
        r"with\s+(?:[\w-]+\s+)?(?:injuries|wounds))\b",
        after,
        re.I,
    )
    if ma is None or re.search(r"\b(?:missing|unaccounted|trapped)\b", ma.group(0), re.I):
        return None  # "leaving 100 missing and feared dead": not (yet) a toll
    return _Sense(
        KILLED if ma.group("w").lower() in ("dead", "killed") else INJURED, "left … dead/injured"
    )


def _toll_before(before: str, after: str) -> _Sense | None:
    """ "the death toll rose to 95", "put the toll at 18 wounded"."""
    mt = _TOLL_BEFORE.search(before)
    if mt is None:
        return None
    kind = _kind(mt)
    if re.match(r"\s+(?:people\s+|others\s+)?(?:wounded|injured|hurt)\b", after, re.I):
        kind = INJURED  # "put the toll at 18 wounded"
    # "… the toll rose to", "bringing the death toll to"
    revised = bool(
        _REVISION.search(mt.group(0))
        or re.search(
            r"\b(?:bringing|brings|brought|raising|raised|taking|took|pushing|pushed)"
            r"\s+(?:the\s+)?(?:\w+\s+)?$",
            before[max(0, mt.start() - 30) : mt.start()],
            re.I,
        )
    )
    return _Sense(kind, "toll", revised=revised)


def _word_after(text: str, num: NumberMention, after: str) -> _Sense | None:
    """ "three were wounded", "20 residents of a village were killed"."""
    cut = re.split(r"[.;:!?()\[\]]|\s[-–—]\s", after, maxsplit=1)[0]
    mk = next(_KEY_AFTER.finditer(cut), None)
    if mk is None:
        return None
    gap = cut[: mk.start()]
    # "three of (the) four members ...": the whole is not counted in the gap
    whole = re.match(r"\s+of\s+(?:(?:the|his|her|their|its)\s+)?(?P<w>[\w-]+)\s+", gap, re.I)
    short = (
        gap[whole.end() :]
        if whole and (whole.group("w").isdigit() or words_to_int(whole.group("w")))
        else gap
    )
    # "20 residents of a remote village in Borno were killed"
    located = re.match(
        r"\s+(?:(?:Muslim|Christian|Hindu|Sikh|Shiite|Shi'ite|Sunni|Jewish|Buddhist|police|"
        r"army|security|border)\s+)?"
        r"(?:people|residents|villagers|civilians|worshippers|passengers|members|"
        r"students|workers|soldiers|pilgrims|guests|fishermen|miners|children|crew|"
        r"labou?rers|employees|staff|guards|officers|policemen|farmers|traders|"
        r"personnel|troops|engineers|teachers|others|men|women|persons|jawans|commandos|"
        r"officials|fighters|militiamen|recruits|cadets)\s+"
        r"(?:of|from|in|at|aboard|on\s+board|on|inside|(?:performing|attending|waiting|"
        r"gathered|travell?ing|praying|celebrating|shopping|standing|queuing|queueing|"
        r"protesting|marching)\b)\s+[^,.;:]{1,120}?\s+(?:were|was|"
        r"are|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:found\s+)?$|"
        r"\s+(?:members|personnel|soldiers|officers|troops)\s+of\s+[^,.;:]{1,80}?\s+"
        r"(?:sustained|suffered|received)\s+(?:\w+\s+)?$|"
        # "8 people among them the district commissioner … were killed"
        r"\s+(?:[\w-]+\s+){1,3}?(?:among\s+them|among\s+whom)\s+[^,.;:]{1,140}?\s+"
        r"(?:were|was|have\s+been|had\s+been)\s+(?:\w+ly\s+)?$",
        gap,
        re.I,
    )
    # "six people, apparently members of the same family, died": an aside about them
    aside = re.match(
        r"\s+(?:people|persons|others|men|women|children|civilians|villagers|residents)\s*,\s+"
        r"(?:apparently|reportedly|mostly|mainly|all|both|believed\s+to\s+be|said\s+to\s+be)\s+"
        r"[^,.;:]{1,60},\s+(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+)?$",
        gap,
        re.I,
    )
    if aside:
        short = gap = " "
    bare = _UNIT_ID.sub(" ", short)  # "Company 4511" is no figure
    if re.search(
        r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", bare, re.I
    ):
        return None  # "12 people were rescued, four perished": the keyword is the four's
    bad_gap = _BAD_GAP_WORD.search(gap if not located else gap[: gap.find(" of ") + 1])
    if (
        bad_gap
        and re.fullmatch(r"attackers?|gunmen|assailants?|bombers?|suspects?", bad_gap.group(0))
        and re.fullmatch(
            r"\s+(?:other\s+)?(?:[A-Z]{2,}\s+|[A-Z][\w-]+\s+|drug\s+|robbery\s+|criminal\s+)?"
            r"(?:attackers|gunmen|assailants|bombers|suspects)"
            r"\s+(?:were|have\s+been|had\s+been)\s+(?:also\s+)?$",
            gap,
        )
    ):
        # "three other BIFF gunmen were wounded", "Two drug suspects were killed during a
        # buy-bust operation": they are the victims
        bad_gap = None
    if (len(short.split()) > 6 and not located) or bad_gap:
        return None
    if re.search(r"\b(?:and|or|but)\s*$", gap, re.I) and gap.strip() not in ("and",):
        return None  # "killed 16 people and wounded 32": "wounded" has its own number
    word = mk.group(0).lower()
    if (
        word in ("killed", "wounded", "injured", "shot dead", "murdered", "massacred", "executed")
        and not re.search(
            r"\b(?:were|was|been|being|are|is|be|all|also|reportedly|later|"
            r"confirmed|reported)\s*$",
            gap,
            re.I,
        )
        and _ACTIVE_OBJECT.match(text[num.end + mk.end() :])
        and not (
            not gap.strip()
            and re.match(
                r"\s+(?:people|persons|victims|civilians|others)\b",
                text[num.end + mk.end() :],
                re.I,
            )
        )
    ):
        return None  # "two men killed three": the number counts the attackers
    sense = _Sense(_kind(mk), "word after the number")
    if sense.kind == KILLED and re.match(
        r"\s*(?:,|\s(?:and|or|and/or))\s+(?:were\s+)?(?:wounded|injured|hurt)\b(?!\s+\d)",
        cut[mk.end() :],
        re.I,
    ):
        # "25 people were killed and wounded": the casualties, not the dead
        sense.kind, sense.how = CASUALTIES, "killed and wounded together"
    sense.among = bool(re.search(r"\bamong\b|^\s+of\s+(?:the|them|those)\b", gap, re.I))
    sense.also = bool(re.search(r"\balso\b", gap, re.I))
    sense.revised = bool(_REVISION.search(gap))
    return sense


def _sense(text: str, num: NumberMention, before: str, after: str) -> _Sense | None:
    """What the number counts, from the words before and after it (None: no victims)."""
    sense = _verb_before(before, after) or _toll_before(before, after)
    if sense is None:
        sense = _word_after(text, num, after)
    if re.match(
        r"\s+(?:the\s+)?(?:number|toll)\s+of\s+(?:people\s+|persons\s+|those\s+|"
        r"victims\s+)?(?:killed|dead)\b",
        after,
        re.I,
    ):
        # "raising to 64 the number of people killed"
        raised = bool(
            re.search(r"\b(?:rais|bring|tak|push)\w*\s+(?:it\s+)?to\s*$", before[-30:], re.I)
        )
        if sense is None:
            sense = _Sense(KILLED, "toll", revised=raised)
        else:
            sense.kind, sense.how = KILLED, "toll"
            sense.revised = sense.revised or raised
    return sense


def _victims(before: str, after: str, how: str) -> str | None:
    """Who the figure counts: "killing three students", "two officers were killed"."""
    if re.search(r"\b(?:the|all|both|these|those|its|their)\s*$", before, re.I) or re.match(
        r"\s+of\s+(?:them|whom|those|the)\b", after, re.I
    ):
        return None
    noun = re.split(
        r"[,;:]|\s(?:and|or|in|at|on|near|before|after|when|while|including|"
        r"during|who|were|was|are|is|had|have|killed|injured|wounded|"
        r"dead|died)\b",
        after,
        maxsplit=1,
    )[0]
    group = victim_group(noun[:50])
    if group is None and how == "verb before the number" and not re.search(r"\w", noun):
        # "opened fire on the officers, injuring one": the people fired at
        target = _TARGET.search(before)
        if target:
            group = victim_group(target.group("t"))
    return group


def _read_numbers(r: _Reading) -> None:
    """Each number read with the words around it."""
    text, numbers = r.text, r.numbers
    for i, num in enumerate(numbers):
        before = text[max(0, num.start - 160) : num.start]
        next_start = numbers[i + 1].start if i + 1 < len(numbers) else len(text)
        reach = num.end + 150
        if "   " in text[num.end : reach]:  # a masked breakdown does not count for the distance
            reach += sum(len(m.group(0)) for m in re.finditer(r" {3,}", text[num.end : reach]))
        after = text[num.end : min(next_start, reach)]
        # "revised the death toll from last week's earthquake up to 90": the toll revised
        # upward, not a ceiling
        upward = (
            num.qualifier == "max"
            and re.match(r"up\s+to\b", num.text, re.I) is not None
            and re.search(
                r"\b(?:revised|raised|pushed)\s+(?:the\s+)?(?:death\s+)?toll\b", before, re.I
            )
            is not None
        )
        sense = _sense(text, num, before + "up to " if upward else before, after)
        if sense is None:
            continue
        if sense.kind == INJURED and re.match(
            r"\s+(?:[\w-]+\s+){0,3}?who\s+(?:were|had\s+been|was)\s+(?:\w+ly\s+)?(?:injured|"
            r"wounded)\b(?:(?!\b(?:where|when|while|whom|which|and\s+an?)\b)[^.;]){0,160}?"
            r"\b(?:succumbed|(?:later\s+)?died)\b",
            after,
        ):
            # "Two soldiers who were injured in Monday's IED blast … succumbed to injuries"
            sense.kind = KILLED
        if re.search(r"\b(?:would|could|might|may)\s+(?:have\s+)?(?:\w+\s+)?$", before[-30:], re.I):
            continue
        if sense.kind == INJURED and re.search(
            r"\bhelp(?:ed|ing)?\s+(?:to\s+)?(?:pull|drag|dig|rescue|carry)"
            r"\s+(?:out\s+)?(?:at\s+least\s+|some\s+|about\s+|nearly\s+|more\s+than\s+|over\s+)?$",
            before[-40:],
            re.I,
        ):
            # "he had helped pull at least 40 injured people from collapsed buildings": one
            # helper's share (but "Rescuers managed to pull out two injured people" counts)
            continue
        group = _victims(before, after, sense.how)
        mention = r.at(
            sense.kind,
            num.value if num.qualifier != "max" or upward else None,
            num.start,
            num.end,
            sense.how,
            high=num.high,
            qualifier=num.qualifier,
            vague=num.vague,
            group=frozenset([group]) if group else frozenset(),
            additive=sense.also and sense.kind == SHOT,
        )
        mention.revised = sense.revised
        mention.total = bool(_TOTAL.search(before[-25:]))
        # (a country's toll of the day, "110 deaths Monday across the nation", counts
        # only when nothing nearer is told)
        mention.subset = (
            bool(_SUBSET_BEFORE.search(before)) or sense.among or bool(_NATIONWIDE.match(after))
        )
        mention.previous = bool(_PREVIOUS.search(before))
        r.out.append(mention)
        r.assigned[i] = mention


def _ellipses(r: _Reading) -> None:
    """ "Two people were killed in Kharkiv and three in Zaporizhzhia"."""
    text, numbers = r.text, r.numbers
    for i in range(1, len(numbers)):
        if i in r.assigned or i - 1 not in r.assigned:
            continue
        between = text[numbers[i - 1].end : numbers[i].start]
        after = text[numbers[i].end : numbers[i].end + 40]
        # "45 killed in Colombo, … along with another 67 in the church attack in Negombo"
        another = bool(
            re.search(rf"\b(?:along\s+with|with|and|plus|while)\s+(?:{_FURTHER}\s+)?$", between)
            and (re.search(rf"{_FURTHER}\s+$", between) or re.match(_FURTHER, numbers[i].text))
            and re.match(
                r"\s+(?:more\s+|others?\s+|people\s+)?(?:in|at|near)\s+(?:the\s+)?"
                r"(?:[a-z]+\s+){0,3}?(?:(?:in|at|near)\s+)?[A-Z]",
                after,
            )
            and len(between) < 200
        )
        if (
            another
            or re.search(
                r"\b(?:in|at|near)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*"
                r"\s*(?:,\s*|\s+)(?:and\s+|while\s+|with\s+)?(?:another\s+)?$",
                between,
            )
            and (
                len(between) < 90
                and re.match(
                    r"\s+(?:(?:more|others?|people|civilians)\s+)?"
                    r"(?:in|at|near)\s+(?:the\s+)?[A-Z]",
                    after,
                )
            )
        ):
            num = numbers[i]
            ellipsis = r.at(
                r.assigned[i - 1].kind,
                num.value,
                num.start,
                num.end,
                "figure for another place",
                high=num.high,
                qualifier=num.qualifier,
                vague=num.vague,
            )
            r.out.append(ellipsis)
            r.assigned[i] = ellipsis


def _spread_totals(r: _Reading) -> None:
    """ "a total of five injured and one dead": the total covers the coordinated figure."""
    for i in range(1, len(r.numbers)):
        if (
            i in r.assigned
            and i - 1 in r.assigned
            and r.assigned[i - 1].total
            and re.fullmatch(
                r"(?:\s+[\w'’-]+){0,3}?\s*(?:,|,?\s+and)\s+",
                r.text[r.numbers[i - 1].end : r.numbers[i].start],
                re.I,
            )
        ):
            r.assigned[i].total = True


def _join_parts(r: _Reading) -> None:
    """ "two police officers and three civilians were killed": one figure of five."""
    numbers = r.numbers
    for i in range(len(numbers) - 2, -1, -1):
        if i in r.assigned or i + 1 not in r.assigned:
            continue
        nxt = r.assigned[i + 1]
        between = r.text[numbers[i].end : numbers[i + 1].start]
        if (
            nxt.how == "word after the number"
            and re.fullmatch(r"(?:\s+[\w'’-]+){0,3}?\s*(?:,|,?\s+and)\s+", between, re.I)
            and (not _BAD_GAP_WORD.search(between))
            and not re.search(r"\b(?:were|was|are|is|have|has|had)\b", between, re.I)
        ):
            # (not "two motorcycles were destroyed, and one child drowned": another clause)
            parts = [numbers[i].value, *(nxt.parts or [nxt.value or 0])]
            nxt.parts = parts
            nxt.value = sum(parts)
            nxt.start = r.sent.start + numbers[i].start
            r.assigned[i] = nxt


def _nobody(r: _Reading) -> None:
    """ "No one was hurt", "there were no casualties": zero figures."""
    for none in _NONE.finditer(r.text):
        if re.search(
            r"\b(?:the\s+)?(?:second|other|third|another)\s+(?:[\w-]+\s+)?(?:blast|bomb|"
            r"explosion|attack|device|one)?[^.;,]{0,25}$",
            r.text[max(0, none.start() - 60) : none.start()],
        ) and any(c.kind == KILLED and c.value for c in r.out):
            continue  # "the first blast had left 40 dead and the second had caused no casualties"
        word = none.group(0).lower()
        rest = none.group("rest").lower()
        kinds = []
        unhurt = re.search(r"\b(?:safe|unhurt|unharmed|unscathed)\b", word)
        if unhurt or re.search(r"death|fatalit|killed|dead|died|lives|casualt", word + rest):
            kinds.append(KILLED)
        if unhurt or re.search(r"injur|wound|hurt|casualt", word + rest):
            kinds.append(INJURED)
        # "Nobody was hurt on the government side": one side's zero, no figure of the whole
        side = re.match(
            r"[^.;]{0,30}?\bon\s+(?:the\s+|our\s+|their\s+)?(?:[\w-]+\s+)?(?:side|ranks)\b|"
            r"[^.;]{0,10}?\bamong\s+(?:the\s+)?(?:troops|soldiers|security\s+forces|police|"
            r"civilians|government\s+forces)\b",
            none.group("rest"),
            re.I,
        )
        for k in kinds:
            phrase = none.group(0).strip()
            mention = r.at(k, 0, none.start(), none.end(), "none reported", phrase=phrase)
            mention.subset = bool(side)
            r.out.append(mention)


def _attackers_killed(r: _Reading) -> None:
    """ "troops killed the two gunmen": GTD and ACLED count the attackers' deaths too."""
    sent = r.sent
    for m in _ATTACKERS_KILLED.finditer(r.text):
        if re.search(
            r"\b(?:including|among\s+them|counting)\s+(?:the\s+)?(?:\w+\s+)?"
            r"(?:attackers|gunmen|militants|assailants|bombers)",
            sent.text,
            re.I,
        ):
            continue
        word = m.group("n") or m.group("n2")
        if m.group("n2") and re.search(
            r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
            r"(?:[\w-]+\s+){1,3}?and\s+(?:at\s+least\s+)?$",
            r.text[: m.start()],
            re.I,
        ):
            continue  # "three police officers and four Taliban militants were killed": a part
        value = words_to_int(word) if word else None
        overlap = [
            c
            for c in r.out
            if c.kind == KILLED
            and c.start < sent.start + m.end()
            and sent.start + m.start() < c.end
        ]
        # ("killed 20 militants" read already as a subset, or as figures of the militants)
        if value and all(c.subset or c.group == frozenset(["militant"]) for c in overlap):
            r.out = [c for c in r.out if c not in overlap]
            r.out.append(_attackers(r, value, m))


def _attackers(r: _Reading, value: int, m: re.Match[str]) -> CountMention:
    return r.at(
        KILLED,
        value,
        m.start(),
        m.end(),
        "attackers killed",
        additive=True,
        group=frozenset(["attacker"]),
    )


def _attackers_suicide(r: _Reading) -> None:
    """ "both bombers blew themselves up": GTD and ACLED count them too."""
    sent = r.sent
    for m in _ATTACKERS_SUICIDE.finditer(r.text):
        if re.search(r"\b(?:including|among\s+them|counting)\b", sent.text[: m.start()], re.I):
            continue  # "20 dead, including three bombers who blew themselves up"
        word = m.group("n").lower()
        value = 2 if word == "both" else words_to_int(word)
        if value and not any(
            c.kind == KILLED and c.start <= sent.start + m.start() < c.end for c in r.out
        ):
            r.out.append(_attackers(r, value, m))


def _died_of_wounds(r: _Reading) -> None:
    """ "The wounded victim later died": one injured becomes one dead."""
    sent, text = r.sent, r.text
    for m in _DIED_OF_WOUNDS.finditer(text):
        if re.search(
            r"\b(?:none|no\s+one|nobody|neither)\s+(?:of\s+)?(?:the\s+)?\w*\s*$",
            text[max(0, m.start() - 25) : m.start()],
            re.I,
        ) or re.search(r"\b(?:none|no\s+one|nobody|neither)\s+of\b", m.group(0), re.I):
            continue  # "none of the injured had died"
        n = (
            1
            if not m.group("n") or m.group("n").lower() in ("the", "one", "a")
            else (words_to_int(m.group("n")) or 0)
        )
        if m.group("part"):  # "three of the four injured students died"
            n = words_to_int(m.group("part")) or 0
        if not n:
            continue
        a, b = sent.start + m.start(), sent.start + m.end()
        # a revised toll after it ("bringing the death toll to five") already has them
        told = bool(_REVISION.search(text[m.end() : m.end() + 60].replace("later", "")))
        # "Four injured victims later died": "four injured" is not a figure of its own
        r.out = [c for c in r.out if not (c.kind == INJURED and c.value == n and a <= c.start < b)]
        for kind, value in ((KILLED, n), (INJURED, -n)):
            if kind == KILLED and told:
                continue
            r.out.append(r.at(kind, value, m.start(), m.end(), "died of wounds", additive=True))


def _one_of_the_dead(r: _Reading) -> None:
    """ "one of the two dead", "among the five killed": the whole is the figure."""
    sent = r.sent
    if " of " not in sent.text:
        return
    for m in _ONE_OF_THE_DEAD.finditer(sent.text):
        value = words_to_int(m.group("n") or m.group("n2"))
        a, b = sent.start + m.start(), sent.start + m.end()
        if value and not any(c.kind == KILLED and (c.value or 0) >= value for c in r.out):
            r.out = [c for c in r.out if not (c.kind == KILLED and a <= c.start < b)]
            r.out.append(r.at(KILLED, value, m.start(), m.end(), "one of the dead"))


def _whom_killed(r: _Reading) -> None:
    """ "…, whom the gunmen killed": one victim named before."""
    for m in _WHOM_KILLED.finditer(r.text):
        a = r.sent.start + m.start()
        if not any(c.kind == KILLED and abs(c.start - a) < 20 for c in r.out):
            group = frozenset([f"whom@{a}"])
            r.out.append(r.at(KILLED, 1, m.start(), m.end(), "listed victims", group=group))


def _enumerations(r: _Reading) -> None:
    """Victims listed one by one ("a teacher, two pupils and a guard were killed")."""
    for e in find_enumerations(r.sent, [(c.start, c.end) for c in r.out]):
        inside = [c for c in r.out if c.kind == e.kind and e.start <= c.start < e.end]
        if e.parts and inside:
            r.out = [c for c in r.out if c not in inside]
        elif inside:
            continue
        if any(
            c.kind == e.kind
            and c.value == e.value
            and abs(c.start - e.start) < 40
            and c.start < e.end
            and e.start < c.end
            for c in r.out
        ):
            continue
        r.out.append(e)


def _all_of_those_shot(r: _Reading) -> None:
    """ "shot four men, killing them all": the figure of those shot is the dead."""
    sent = r.sent
    for m in re.finditer(
        r"\b(?:killing|killed)\s+(?:them\s+all|all\s+of\s+them|"
        r"everyone|them(?!\s+(?:both|and)\b))\b",
        r.text,
        re.I,
    ):
        shots = [c for c in r.out if c.kind == SHOT and c.end <= sent.start + m.start() and c.value]
        if shots:
            shot = shots[-1]
            r.out.append(
                r.at(
                    KILLED,
                    shot.value,
                    m.start(),
                    m.end(),
                    "all of those shot",
                    phrase=_phrase(sent.text, shot.start - sent.start, m.end()),
                    group=shot.group,
                )
            )


def _equal_number(r: _Reading) -> None:
    """ "Five people were killed and an equal number were wounded"."""
    if "number" not in r.text:
        return
    sent = r.sent
    for m in _EQUAL_NUMBER.finditer(r.text):
        kind = INJURED if m.group("i") else KILLED
        other = [
            c
            for c in r.out
            if c.kind != kind and c.kind != SHOT and c.value and c.end <= sent.start + m.start()
        ]
        a, b = sent.start + m.start(), sent.start + m.end()
        r.out = [c for c in r.out if not (c.kind == kind and a <= c.start < b)]  # "an" is not 1
        if other and not any(c.kind == kind for c in r.out):
            r.out.append(r.at(kind, other[-1].value, m.start(), m.end(), "an equal number"))


def _all_aboard(r: _Reading) -> None:
    """ "a bus carrying 52 passengers plunged off a cliff, killing all passengers"."""
    if " all " not in r.text:
        return
    for m in _ALL_ABOARD.finditer(r.text):
        load = words_to_int(m.group("n").replace(",", ""))
        if load and not any(c.kind == KILLED and c.value for c in r.out):
            phrase = _phrase(r.sent.text, m.start(), m.end())
            r.out.append(
                r.at(KILLED, load, m.start("n"), m.end(), "all those aboard", phrase=phrase)
            )


def _vague(r: _Reading) -> None:
    """ "dozens were wounded", "killing scores": a vague quantity (ACLED's figures)."""
    for rx in (_VAGUE_BEFORE, _VAGUE_AFTER):
        for m in rx.finditer(r.text):
            kind = INJURED if m.group("i") else KILLED
            a = r.sent.start + m.start("q")
            if any(c.kind == kind and abs(c.start - a) < 30 for c in r.out):
                continue
            phrase = _phrase(r.sent.text, m.start(), m.end())
            r.out.append(
                r.at(kind, None, m.start("q"), m.end(), "vague quantity", phrase=phrase, vague=True)
            )


def _multiple_killing(r: _Reading) -> None:
    """ "a triple homicide": three dead (the victim named beside it is one of them),
    unless the sentence gives a figure as large."""
    for m in _MULTIPLE_KILLING.finditer(r.text):
        n = _MULTIPLES[m.group("x").lower()]
        if any(c.kind == KILLED and c.value and c.value >= n for c in r.out):
            continue
        r.out = [c for c in r.out if not (c.kind == KILLED and c.value)]
        r.out.append(r.at(KILLED, n, m.start(), m.end(), "double/triple killing"))


def _per_place(r: _Reading) -> None:
    """ "Seven people died in McNairy County, four in Wynne and three in Sullivan": the
    same kind as the figure before, told for each place."""
    text = r.text
    for num in r.found:
        a = r.sent.start + num.start
        if any(c.start <= a < c.end or abs(c.start - a) < 3 for c in r.out):
            continue
        gap_before = text[max(0, num.start - 12) : num.start]
        if not re.search(r"(?:,|\band)\s*(?:and\s+)?$", gap_before):
            continue
        place_after = re.match(
            r"\s+(?:(?:more|others?|people|persons)\s+)?(?:in|at)\s+"
            r"(?:the\s+)?(?:[a-z]+\s+){0,2}?[A-Z]",
            text[num.end : num.end + 50],
        )
        if not place_after:
            continue
        before_it = [c for c in r.out if c.end <= a and c.kind in (KILLED, INJURED) and c.value]
        if not before_it or a - before_it[-1].end > 120:
            continue
        end = num.end + place_after.end()
        r.out.append(
            r.at(
                before_it[-1].kind,
                num.value,
                num.start,
                end - 1,
                "elliptical",
                phrase=_phrase(text, num.start, end),
                high=num.high,
                qualifier=num.qualifier,
            )
        )


_OF_THE_HURT = re.compile(
    r"\b[Oo]f\s+the\s+(?:(?P<k>dead|killed)|(?P<i>injured|wounded))\b[^,.;]{0,40},\s*[\"“]?"
    r"(?P<a>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:are|were|is|"
    r"was|remain|remained)\s+[^,.;]{1,50}?,?\s+and\s+(?P<b>\d+|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve)\s+(?:are|were|is|was|remain|remained|have|had)\b"
)


def _of_the_hurt(r: _Reading) -> None:
    """ "Of the injured, three are in critical surgery and four are stable": seven injured."""
    if "f the " not in r.text:
        return
    for m in _OF_THE_HURT.finditer(r.text):
        a, b = words_to_int(m.group("a")), words_to_int(m.group("b"))
        if not a or not b:
            continue
        kind = KILLED if m.group("k") else INJURED
        start, end = m.start("a"), m.end("b")
        lo, hi = r.sent.start + start, r.sent.start + end
        r.out = [c for c in r.out if not (c.kind == kind and lo <= c.start < hi)]
        mention = r.at(kind, a + b, start, end, "parts of the injured")
        mention.parts = [a, b]
        r.out.append(mention)


_ALONG_WITH = re.compile(
    r"\b(?:(?P<k>killed|shot\s+dead|died|murdered|martyred)|(?P<i>injured|wounded|hurt))"
    r"\s+(?:along|together)\s+with\s+(?P<np>[^,;]{3,80})"
)


def _along_with(r: _Reading) -> None:
    """ "A policeman was killed along with three civilians", "X was shot dead along with his
    son": the one told and those with them."""
    if "long with" not in r.text and "ogether with" not in r.text:
        return
    for m in _ALONG_WITH.finditer(r.text):
        kind = KILLED if m.group("k") else INJURED
        verb = r.sent.start + m.start()
        np_at = r.sent.start + m.start("np")
        told = [
            c
            for c in r.out
            if c.kind == kind
            and c.start < verb
            and re.fullmatch(r"[^,;.]{0,40}", r.text[max(0, c.end - r.sent.start) : m.start()])
        ]
        if len(told) != 1 or any(np_at <= c.start < np_at + 80 for c in r.out):
            continue  # no one told before the verb, or those with them already counted
        items = _count_items(m.group("np"), strict=True)
        if not items.total or items.vague:
            continue
        c = told[0]
        c.value = (c.value or 0) + items.total
        c.parts = [*(c.parts or [c.value - items.total]), items.total]
        c.end = np_at + items.length
        c.phrase = _phrase(r.sent.text, c.start - r.sent.start, m.start("np") + items.length)


#: "… more people in Nepal this week, raising the nation's death toll … to 160": the figure
#: adds to a running total, not to this report's own
_RUNNING_TOLL = re.compile(
    r"\s+more\b[^.;]{0,60}?,\s+(?:raising|bringing|taking|pushing)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,4}?(?:death\s+)?toll\b",
    re.I,
)


_CASUALTIES_SPLIT = re.compile(
    r"\bcasualties\s*\(\s*(?P<k>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve)\s+(?:dead|killed|deaths?)\s*(?:and|,)\s*(?P<i>\d+|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve)\s+(?:wounded|injured|hurt)\s*\)",
    re.I,
)


def _casualties_split(r: _Reading) -> None:
    """ "suffered six casualties (four dead and two wounded)": the breakdown is the figures."""
    if "asualties (" not in r.sent.text:
        return
    for m in _CASUALTIES_SPLIT.finditer(r.sent.text):
        k, i = words_to_int(m.group("k")), words_to_int(m.group("i"))
        if k is None or i is None:
            continue
        r.out.append(r.at(KILLED, k, m.start("k"), m.end("k"), "casualties broken down"))
        r.out.append(r.at(INJURED, i, m.start("i"), m.end("i"), "casualties broken down"))


def _relations(r: _Reading) -> None:
    """Mark figures that are earlier ones, the dead told again, or more of the same."""
    sent, out = r.sent, r.out
    later_step = bool(_LATER_STEP.match(sent.text))

    def lead(c: CountMention, n: int) -> str:
        return sent.text[max(0, c.start - sent.start - n) : c.start - sent.start]

    def tail(c: CountMention, n: int) -> str:
        return sent.text[c.end - sent.start : c.end - sent.start + n]

    def own(c: CountMention) -> str:
        return sent.text[c.start - sent.start : c.end - sent.start]

    def more(o: CountMention) -> bool:
        return bool(_ADDITIVE.search(lead(o, 40)) or re.match(r"\s+more\b", tail(o, 12), re.I))

    for c in out:
        # "al-Shabab, claiming to have killed fourteen soldiers": the claimant's own figure
        if re.search(
            r"\bclaim(?:s|ed|ing)?\s+(?:that\s+)?(?:(?:it|they|its\s+\w+)\s+)?(?:had\s+)?"
            r"(?:to\s+have\s+)?(?:killed|wounded|injured)\s+(?:at\s+least\s+)?$|"
            # "The group said it had killed more than 20 soldiers": the attackers' word
            r"\b(?:group|militants|insurgents|rebels|jihadists)\s+(?:also\s+)?(?:said|says|claimed)"
            r"\s+(?:that\s+)?(?:it|they)\s+(?:had\s+|have\s+|has\s+)?killed\s+(?:at\s+least\s+|"
            r"more\s+than\s+|over\s+)?$|"
            # "He said Taliban fighters had killed about 20 …" (the group's spokesman): the
            # fighters' own tally
            r"\bsaid\s+(?:that\s+)?(?:its\s+|their\s+|the\s+)?(?:[A-Z][\w-]+\s+)?(?:fighters|"
            r"mujahideen|mujahids)\s+(?:had|have)\s+killed\s+(?:about\s+|around\s+|some\s+|"
            r"at\s+least\s+|more\s+than\s+|over\s+|nearly\s+)?$|"
            # "a Saudi-led coalition's declaration of killing 95 Houthis"
            r"\b(?:declaration|announcement|claims?)\s+of\s+(?:having\s+)?(?:killed|killing|"
            r"wounding)\s+(?:at\s+least\s+)?$",
            lead(c, 60),
            re.I,
        ) or (
            # "They also claimed four Assam Rifles personnel were killed"
            re.search(r"\b(?:also\s+)?claim(?:s|ed)\s+(?:that\s+)?(?:at\s+least\s+)?$", lead(c, 30))
            and re.match(
                r"[^.;,]{0,50}?\b(?:were|had\s+been|have\s+been)\s+(?:killed|wounded|injured)",
                tail(c, 80),
            )
        ):
            c.previous = True
        # "after earlier reporting 11 dead and six wounded": both figures are the earlier ones
        if not c.previous and any(
            o.previous
            and o.end <= c.start
            and re.fullmatch(
                r"\s*(?:[\w-]+\s+){0,2}?(?:and|,)\s*",
                sent.text[o.end - sent.start : c.start - sent.start],
            )
            for o in out
        ):
            c.previous = True
        # "…, less than a fortnight after a massive blast killed over 110 people here": an
        # earlier attack's toll, told to compare
        if (
            re.search(
                r"\b(?:days?|weeks?|months?|years?|fortnight|hours?)\s+(?:after|since)\s+(?:an?|the|"
                r"last\s+\w+['’]s)\s+[^,;.]{0,60}?\b(?:killed|left|claimed\s+the\s+lives\s+of)\s+"
                r"(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|some\s+|about\s+|around\s+)?$",
                lead(c, 140),
                re.I,
            )
            or re.search(
                # "retaliating … for an army raid in the Gaza Strip this month that killed 15":
                # the earlier attack avenged
                r"\b(?:retaliat\w+|revenge|avenge\w*|in\s+response\s+to)\b[^.;]{0,140}?\b(?:that|which)"
                r"\s+(?:had\s+)?(?:killed|left)\s+(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|"
                r"some\s+|about\s+|around\s+)?$",
                lead(c, 200),
                re.I,
            )
            or re.search(
                # "bombed Derna in reprisal for the killing of 21 Egyptian Christians in Sirte"
                r"\b(?:reprisal|retaliation|revenge|response)\s+(?:for|to)\b[^;]{0,40}?\b(?:the\s+)?"
                r"(?:killings?|murders?|deaths?|beheadings?|massacre)(?:\s+of)?\s+(?:at\s+least\s+|some\s+)?$",
                lead(c, 120),
                re.I,
            )
        ):
            c.previous = True
        if re.match(
            r"\s*Earlier,\s+[^,;]{0,80}?\b(?:said|reported|told\s+\w+|put\s+the\s+toll\s+at)\s+"
            r"(?:that\s+)?[^,;]{0,20}$",
            sent.text[: c.start - sent.start],
        ) and re.search(r"\bbut\b[^.;]{0,80}?\blater\b", tail(c, 160)):
            # "Earlier, Erdogan said three Syrians were killed in the explosion, but Interior
            # Minister Suleyman Soylu later said only two were killed": the first word
            c.previous = True
        if re.match(r"\s*(?:[\w-]+\s+)?(?:bodies|corpses)\b", tail(c, 20), re.I):
            c.group = frozenset()  # "eight bodies were retrieved": the dead told again
        # "killing 11 people and wounding another 58": "another" sets the wounded beside
        # the dead just told, it adds nothing to an earlier wounded figure
        beside = not later_step and any(
            o.kind != c.kind
            and o.end <= c.start
            and c.start - o.end < 60
            and o.kind in (KILLED, INJURED)
            and not more(o)
            for o in out
        )
        if (
            beside
            and c.kind in (KILLED, INJURED)
            and (
                _MORE_BEFORE.search(lead(c, 40))
                or _MORE_OWN.match(own(c))
                or re.match(r"\s+(?:more|others?)\b", tail(c, 20), re.I)
            )
        ):
            c.beside = True  # "12 were killed and 58 more were injured"
        # "him", "her", "them": someone named before, a group of their own per mention
        c.group = frozenset(f"{g}:{c.start}" if g.startswith("pronoun") else g for g in c.group)
        if c.beside:
            c.additive = False
        elif c.how == "verb before the number" and _RUNNING_TOLL.match(tail(c, 200)):
            pass  # "killed nine more people …, raising the toll to 160 since May": this event's
        elif c.how == "verb before the number" and (
            _ADDITIVE.search(lead(c, 40))
            or _MORE_OWN.match(own(c))
            or re.match(r"\s+(?:more|other\s+(?!than)\w+)\b", tail(c, 30), re.I)
            # "slaughtered the village head and killed eight others"
            or (
                c.kind == KILLED
                and re.match(r"\s+others\b", tail(c, 30), re.I)
                and any(o.kind == KILLED and o.end <= c.start for o in out)
            )
        ):
            c.additive = True  # "killing two more", "killed two other people"
        elif c.how == "word after the number" and re.match(r"\s+more\b", tail(c, 30), re.I):
            c.additive = True  # "rescuers found two more bodies"
        elif later_step and c.how in ("verb before the number", "listed victims"):
            c.additive = True  # "He then drove to a church and killed two"
        if c.additive and c.revised and re.match(r"\s+more\b", tail(c, 10), re.I):
            c.revised = False  # "One more person later died of his injuries": one to add


def _succumbed(r: _Reading) -> None:
    """ "A soldier was injured … and rushed to hospital, where he succumbed": he died."""
    sent = r.sent
    r.out = [
        c
        for c in r.out
        if not (
            c.kind == INJURED
            and c.value == 1
            and re.search(
                r"^[^;]{0,120}?\b(?:where|and|but|before)\s+(?:he|she)\s+(?:later\s+)?"
                r"(?:succumbed|died)|"
                r"^[^;]{0,80}?\bwho\s+(?:later\s+)?(?:succumbed|died)",
                sent.text[c.end - sent.start :],
                re.I,
            )
        )
    ]
    if _ESTIMATE.search(sent.text):
        for c in r.out:
            c.group = frozenset()  # another source's estimate of the same toll, not more victims


#: the steps of :func:`geoinc.extract.casualties.find_counts`, in order
STEPS: tuple[Callable[[_Reading], None], ...] = (
    _read_numbers,
    _ellipses,
    _spread_totals,
    _join_parts,
    _nobody,
    _attackers_killed,
    _attackers_suicide,
    _died_of_wounds,
    _one_of_the_dead,
    _whom_killed,
    _enumerations,
    _along_with,
    _all_of_those_shot,
    _equal_number,
    _all_aboard,
    _vague,
    _multiple_killing,
    _per_place,
    _of_the_hurt,
    _casualties_split,
    _relations,
    _succumbed,
)
