"""Killed and injured figures: which numbers of a sentence count the dead or the hurt.

Each figure found is a :class:`CountMention`; :func:`combine` turns the mentions of one
incident into ``killed``/``killed_high``/``injured``/``injured_high`` with the rules
(revisions, ranges, totals, parts, vague words) spelled out in its docstring.
"""

from __future__ import annotations

import re

from geoinc.extract._counting import (
    _ACTIVE_OBJECT,
    _ADDITIVE,
    _ALL_ABOARD,
    _ATTACKER_NOUN,
    _ATTACKERS_KILLED,
    _ATTACKERS_SUICIDE,
    _BAD_GAP_WORD,
    _CASUALTY_STEMS,
    _CIVILIAN_KINDS,
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
    _PERP_INCLUDED,
    _PERPETRATOR_DIED,
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
    SUBSET_CLAUSE,
    CountMention,
    _kind,
    _mask_breakdowns,
    _phrase,
)
from geoinc.extract._victims import find_enumerations, victim_group
from geoinc.extract.numbers import find_numbers, words_to_int
from geoinc.extract.text import Sentence, has_any

__all__ = [
    "CountMention",
    "find_counts",
    "combine",
    "perpetrator_died",
    "KILLED",
    "INJURED",
    "SHOT",
    "CASUALTIES",
    "SUBSET_CLAUSE",
]


def find_counts(sent: Sentence) -> list[CountMention]:
    """The killed/injured figures of one sentence (each number at most once)."""
    if not has_any(sent.text, _CASUALTY_STEMS):
        return []
    text = _mask_breakdowns(sent.text)
    text = _INCLUDING_BARE.sub(lambda m: " " * len(m.group(0)), text)
    if has_any(text, ("may ", "ould ", "ight ", "likely", "expected", "feared")):
        text = _FORECAST_TOLL.sub(lambda m: " " * len(m.group(0)), text)
    found = find_numbers(text)
    numbers = [
        n
        for n in found
        if not re.search(r"\b(?:no|not)\s*$", text[max(0, n.start - 5) : n.start], re.I)
        # "Ranger Forces Company 4511", "Battalion 52": a unit's number
        and not _UNIT_NUMBER.search(text[max(0, n.start - 12) : n.start])
        # "four of her eight children": eight is the family, not the victims
        and not _OF_WHOLE.search(text[max(0, n.start - 40) : n.start])
        # "home to 8,000 residents": a population
        and not re.match(
            r"\s+(?:inhabitants|people\s+live|households|homes|houses|"
            r"dwellers|(?:residents|villagers|people)\s+(?:live|lived|living))\b",
            text[n.end : n.end + 24],
            re.I,
        )
        and not re.search(
            r"\b(?:home\s+to|population\s+of|town\s+of|city\s+of|"
            r"village\s+of|capacity\s+of)\s+(?:about\s+|some\s+|around\s+|"
            r"nearly\s+|over\s+|more\s+than\s+)?$",
            text[max(0, n.start - 30) : n.start],
            re.I,
        )
        # "13 members of one family": the family, not a toll
        and not (
            re.search(r"\bof\s+$", text[max(0, n.start - 4) : n.start])
            and re.match(
                r"\s+(?:famil(?:y|ies)|households?|clans?)\b", text[n.end : n.end + 12], re.I
            )
        )
        # "in the first six months of 2010": a year
        and not (
            re.fullmatch(r"(?:19|20)\d\d", n.text.strip())
            and re.search(
                r"\b(?:in|of|since|during|by|until|till|from|early|late|mid-?|year|"
                r"January|February|March|April|May|June|July|August|September|October|"
                r"November|December)\s*$",
                text[max(0, n.start - 12) : n.start],
                re.I,
            )
        )
        # "The teacher, 52, died": an age in apposition
        and not (
            re.fullmatch(r"\d{1,3}", n.text.strip())
            and re.search(r"[A-Za-z]\s*,\s*$", text[max(0, n.start - 5) : n.start])
            and re.match(r"\s*,", text[n.end : n.end + 3])
        )
    ]
    out: list[CountMention] = []
    assigned: dict[int, CountMention] = {}
    for i, num in enumerate(numbers):
        before = text[max(0, num.start - 160) : num.start]
        next_start = numbers[i + 1].start if i + 1 < len(numbers) else len(text)
        reach = num.end + 150
        if "   " in text[num.end : reach]:  # a masked breakdown does not count for the distance
            reach += sum(len(m.group(0)) for m in re.finditer(r" {3,}", text[num.end : reach]))
        after = text[num.end : min(next_start, reach)]
        kind = None
        how = ""
        among = False
        also = False
        revised = False
        total = bool(_TOTAL.search(before[-25:]))
        mb = _KEY_BEFORE.search(before)
        left = mb is not None and re.match(r"^\s*(?:left|leaving)", mb.group(0), re.I)
        lost_things = (
            mb is not None
            and mb.group(0).rstrip().endswith("lost")
            and not re.match(
                r"\s+(?:(?:of\s+)?(?:our|their|his|her)\s+)?(?:people|persons|lives|members|"
                r"relatives|soldiers|policemen|officers|men|women|children|villagers|residents|"
                r"colleagues|comrades|fighters|troops)\b",
                after,
                re.I,
            )
        )
        if (
            mb
            and (mb.group("k") or mb.group("i") or mb.group("s"))
            and not left
            and not (lost_things)
        ):
            kind, how = _kind(mb), "verb before the number"
            if re.match(r"fatalities\s+to", mb.group(0), re.I):
                revised = bool(_REVISION.search(before[-60:]))  # "raised … fatalities to six"
        elif mb:  # "left 284 (others) injured/dead": decided by the word after
            ma = re.match(
                r"^(?:\s+[\w'’-]+){0,3}?\s+(?P<w>dead|injured|wounded|hurt|killed|"
                r"with\s+(?:[\w-]+\s+)?(?:injuries|wounds))\b",
                after,
                re.I,
            )
            if ma and re.search(r"\b(?:missing|unaccounted|trapped)\b", ma.group(0), re.I):
                ma = None  # "leaving 100 missing and feared dead": not (yet) a toll
            if ma:
                kind = KILLED if ma.group("w").lower() in ("dead", "killed") else INJURED
                how = "left … dead/injured"
        if kind is None:
            mt = _TOLL_BEFORE.search(before)
            if mt:
                kind, how = _kind(mt), "toll"
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
        if kind is None:
            cut = re.split(r"[.;:!?()\[\]]|\s[-–—]\s", after, maxsplit=1)[0]
            for mk in _KEY_AFTER.finditer(cut):
                gap = cut[: mk.start()]
                # "three of (the) four members ...": the whole is not counted in the gap
                whole = re.match(
                    r"\s+of\s+(?:(?:the|his|her|their|its)\s+)?(?P<w>[\w-]+)\s+", gap, re.I
                )
                short = (
                    gap[whole.end() :]
                    if whole and (whole.group("w").isdigit() or words_to_int(whole.group("w")))
                    else gap
                )
                # "20 residents of a remote village in Borno were killed"
                located = re.match(
                    r"\s+(?:people|residents|villagers|civilians|worshippers|passengers|members|"
                    r"students|workers|soldiers|pilgrims|guests|fishermen|miners|children|crew|"
                    r"labou?rers|employees|staff|guards|officers|policemen|farmers|traders|"
                    r"personnel|troops|engineers|teachers|others|men|women|persons|jawans|commandos|"
                    r"officials|fighters|militiamen|recruits|cadets)\s+"
                    r"(?:of|from|in|at|aboard|on\s+board|on|inside)\s+[^,.;:]{1,120}?\s+(?:were|was|"
                    r"are|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:found\s+)?$|"
                    r"\s+(?:members|personnel|soldiers|officers|troops)\s+of\s+[^,.;:]{1,80}?\s+"
                    r"(?:sustained|suffered|received)\s+(?:\w+\s+)?$|"
                    # "8 people among them the district commissioner … were killed"
                    r"\s+(?:[\w-]+\s+){1,3}?(?:among\s+them|among\s+whom)\s+[^,.;:]{1,140}?\s+"
                    r"(?:were|was|have\s+been|had\s+been)\s+(?:\w+ly\s+)?$",
                    gap,
                    re.I,
                )
                bare = _UNIT_ID.sub(" ", short)  # "Company 4511" is no figure
                if re.search(
                    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                    r"twelve)\b",
                    bare,
                    re.I,
                ):
                    break  # "12 people were rescued, four perished": the keyword is the four's
                if (len(short.split()) > 6 and not located) or _BAD_GAP_WORD.search(
                    gap if not located else gap[: gap.find(" of ") + 1]
                ):
                    break
                if re.search(r"\b(?:and|or|but)\s*$", gap, re.I) and gap.strip() not in ("and",):
                    break  # "killed 16 people and wounded 32": "wounded" has its own number
                word = mk.group(0).lower()
                if (
                    word
                    in (
                        "killed",
                        "wounded",
                        "injured",
                        "shot dead",
                        "murdered",
                        "massacred",
                        "executed",
                    )
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
                    break  # "two men killed three": the number counts the attackers
                kind, how = _kind(mk), "word after the number"
                if kind == KILLED and re.match(
                    r"\s*(?:,|\s(?:and|or|and/or))\s+(?:were\s+)?(?:wounded|injured|hurt)\b(?!\s+\d)",
                    cut[mk.end() :],
                    re.I,
                ):
                    # "25 people were killed and wounded": the casualties, not the dead
                    kind, how = CASUALTIES, "killed and wounded together"
                among = bool(re.search(r"\bamong\b|^\s+of\s+(?:the|them|those)\b", gap, re.I))
                also = bool(re.search(r"\balso\b", gap, re.I))  # "two sons were also shot"
                revised = bool(_REVISION.search(gap))
                break
        if re.match(
            r"\s+(?:the\s+)?(?:number|toll)\s+of\s+(?:people\s+|persons\s+|those\s+|"
            r"victims\s+)?(?:killed|dead)\b",
            after,
            re.I,
        ):
            # "raising to 64 the number of people killed"
            kind, how = KILLED, "toll"
            revised = revised or bool(
                re.search(r"\b(?:rais|bring|tak|push)\w*\s+(?:it\s+)?to\s*$", before[-30:], re.I)
            )
        if kind is None:
            continue
        if re.search(r"\b(?:would|could|might|may)\s+(?:have\s+)?(?:\w+\s+)?$", before[-30:], re.I):
            continue
        group = None
        if not re.search(r"\b(?:the|all|both|these|those|its|their)\s*$", before, re.I) and (
            not re.match(r"\s+of\s+(?:them|whom|those|the)\b", after, re.I)
        ):
            # who the figure counts: "killing three students", "two officers were killed"
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
        mention = CountMention(
            kind=kind,
            value=num.value if num.qualifier != "max" else None,
            high=num.high,
            sentence=sent.index,
            start=sent.start + num.start,
            end=sent.start + num.end,
            phrase=_phrase(sent.text, num.start, num.end),
            qualifier=num.qualifier,
            vague=num.vague,
            revised=revised,
            total=total,
            # (a country's toll of the day, "110 deaths Monday across the nation", counts
            # only when nothing nearer is told)
            subset=bool(_SUBSET_BEFORE.search(before)) or among or bool(_NATIONWIDE.match(after)),
            previous=bool(_PREVIOUS.search(before)),
            how=how,
            group=frozenset([group]) if group else frozenset(),
            additive=also and kind == SHOT,
        )
        out.append(mention)
        assigned[i] = mention
    # ellipsis: "Two people were killed in Kharkiv and three in Zaporizhzhia"
    for i in range(1, len(numbers)):
        if i in assigned or i - 1 not in assigned:
            continue
        between = text[numbers[i - 1].end : numbers[i].start]
        after = text[numbers[i].end : numbers[i].end + 40]
        # "45 killed in Colombo, … along with another 67 in the church attack in Negombo"
        further = r"(?:another|a\s+further|an?\s+additional)"
        another = bool(
            re.search(rf"\b(?:along\s+with|with|and|plus|while)\s+(?:{further}\s+)?$", between)
            and (re.search(rf"{further}\s+$", between) or re.match(further, numbers[i].text))
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
            prev = assigned[i - 1]
            ellipsis = CountMention(
                kind=prev.kind,
                value=numbers[i].value,
                high=numbers[i].high,
                sentence=sent.index,
                start=sent.start + numbers[i].start,
                end=sent.start + numbers[i].end,
                phrase=_phrase(sent.text, numbers[i].start, numbers[i].end),
                qualifier=numbers[i].qualifier,
                vague=numbers[i].vague,
                how="figure for another place",
            )
            out.append(ellipsis)
            assigned[i] = ellipsis
    # "a total of five injured and one dead": the total covers the coordinated figure
    for i in range(1, len(numbers)):
        if (
            i in assigned
            and i - 1 in assigned
            and assigned[i - 1].total
            and re.fullmatch(
                r"(?:\s+[\w'’-]+){0,3}?\s*(?:,|,?\s+and)\s+",
                text[numbers[i - 1].end : numbers[i].start],
                re.I,
            )
        ):
            assigned[i].total = True
    # parts: "two police officers and three civilians were killed"
    for i in range(len(numbers) - 2, -1, -1):
        if i in assigned or i + 1 not in assigned:
            continue
        nxt = assigned[i + 1]
        between = text[numbers[i].end : numbers[i + 1].start]
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
            nxt.start = sent.start + numbers[i].start
            assigned[i] = nxt
    for none in _NONE.finditer(text):
        word = none.group(0).lower()
        rest = none.group("rest").lower()
        kinds = []
        unhurt = re.search(r"\b(?:safe|unhurt|unharmed|unscathed)\b", word)
        if unhurt or re.search(r"death|fatalit|killed|dead|died|lives|casualt", word + rest):
            kinds.append(KILLED)
        if unhurt or re.search(r"injur|wound|hurt|casualt", word + rest):
            kinds.append(INJURED)
        for k in kinds:
            out.append(
                CountMention(
                    kind=k,
                    value=0,
                    high=None,
                    sentence=sent.index,
                    start=sent.start + none.start(),
                    end=sent.start + none.end(),
                    phrase=none.group(0).strip(),
                    how="none reported",
                )
            )
    for m in _ATTACKERS_KILLED.finditer(text):
        # GTD and ACLED count the attackers' deaths too
        if re.search(
            r"\b(?:including|among\s+them|counting)\s+(?:the\s+)?(?:\w+\s+)?"
            r"(?:attackers|gunmen|militants|assailants|bombers)",
            sent.text,
            re.I,
        ):
            continue
        word = m.group("n") or m.group("n2")
        value = words_to_int(word) if word else None
        overlap = [
            c
            for c in out
            if c.kind == KILLED
            and c.start < sent.start + m.end()
            and sent.start + m.start() < c.end
        ]
        # ("killed 20 militants" read already as a subset, or as figures of the militants)
        if value and all(c.subset or c.group == frozenset(["militant"]) for c in overlap):
            out = [c for c in out if c not in overlap]
            out.append(
                CountMention(
                    kind=KILLED,
                    value=value,
                    high=None,
                    sentence=sent.index,
                    start=sent.start + m.start(),
                    end=sent.start + m.end(),
                    phrase=_phrase(sent.text, m.start(), m.end()),
                    how="attackers killed",
                    additive=True,
                    group=frozenset(["attacker"]),
                )
            )
    for m in _ATTACKERS_SUICIDE.finditer(text):
        # GTD and ACLED count the attackers who killed themselves too
        if re.search(r"\b(?:including|among\s+them|counting)\b", sent.text[: m.start()], re.I):
            continue  # "20 dead, including three bombers who blew themselves up"
        word = m.group("n").lower()
        value = 2 if word == "both" else words_to_int(word)
        if value and not any(
            c.kind == KILLED and c.start <= sent.start + m.start() < c.end for c in out
        ):
            out.append(
                CountMention(
                    kind=KILLED,
                    value=value,
                    high=None,
                    sentence=sent.index,
                    start=sent.start + m.start(),
                    end=sent.start + m.end(),
                    phrase=_phrase(sent.text, m.start(), m.end()),
                    how="attackers killed",
                    additive=True,
                    group=frozenset(["attacker"]),
                )
            )
    for m in _DIED_OF_WOUNDS.finditer(text):
        if re.search(
            r"\b(?:none|no\s+one|nobody|neither)\s+(?:of\s+)?(?:the\s+)?\w*\s*$",
            text[max(0, m.start() - 25) : m.start()],
            re.I,
        ) or re.search(r"\b(?:none|no\s+one|nobody|neither)\s+of\b", m.group(0), re.I):
            continue  # "none of the injured had died"
        # "The wounded victim later died": one injured becomes one dead
        n = (
            1
            if not m.group("n") or m.group("n").lower() in ("the", "one", "a")
            else (words_to_int(m.group("n")) or 0)
        )
        if m.group("part"):  # "three of the four injured students died"
            n = words_to_int(m.group("part")) or 0
        if n:
            a = sent.start + m.start()
            phrase = _phrase(sent.text, m.start(), m.end())
            # a revised toll after it ("bringing the death toll to five") already has them
            told = bool(_REVISION.search(text[m.end() : m.end() + 60].replace("later", "")))
            # "Four injured victims later died": "four injured" is not a figure of its own
            out = [
                c
                for c in out
                if not (c.kind == INJURED and c.value == n and a <= c.start < sent.start + m.end())
            ]
            for kind, value in ((KILLED, n), (INJURED, -n)):
                if kind == KILLED and told:
                    continue
                out.append(
                    CountMention(
                        kind=kind,
                        value=value,
                        high=None,
                        sentence=sent.index,
                        start=a,
                        end=sent.start + m.end(),
                        phrase=phrase,
                        how="died of wounds",
                        additive=True,
                    )
                )
    for m in _ONE_OF_THE_DEAD.finditer(sent.text) if " of " in sent.text else ():
        value = words_to_int(m.group("n") or m.group("n2"))
        a = sent.start + m.start()
        if value and not any(c.kind == KILLED and (c.value or 0) >= value for c in out):
            out = [c for c in out if not (c.kind == KILLED and a <= c.start < sent.start + m.end())]
            out.append(
                CountMention(
                    kind=KILLED,
                    value=value,
                    high=None,
                    sentence=sent.index,
                    start=a,
                    end=sent.start + m.end(),
                    phrase=_phrase(sent.text, m.start(), m.end()),
                    how="one of the dead",
                )
            )
    for m in _WHOM_KILLED.finditer(text):
        a = sent.start + m.start()
        if not any(c.kind == KILLED and abs(c.start - a) < 20 for c in out):
            out.append(
                CountMention(
                    kind=KILLED,
                    value=1,
                    high=None,
                    sentence=sent.index,
                    start=a,
                    end=sent.start + m.end(),
                    phrase=_phrase(sent.text, m.start(), m.end()),
                    how="listed victims",
                    group=frozenset([f"whom@{a}"]),
                )
            )
    enums = find_enumerations(sent, [(c.start, c.end) for c in out])
    for e in enums:
        inside = [c for c in out if c.kind == e.kind and e.start <= c.start < e.end]
        if e.parts and inside:
            out = [c for c in out if c not in inside]
        elif inside:
            continue
        if any(
            c.kind == e.kind
            and c.value == e.value
            and abs(c.start - e.start) < 40
            and c.start < e.end
            and e.start < c.end
            for c in out
        ):
            continue
        out.append(e)
    for m in re.finditer(
        r"\b(?:killing|killed)\s+(?:them\s+all|all\s+of\s+them|"
        r"everyone|them(?!\s+(?:both|and)\b))\b",
        text,
        re.I,
    ):
        shots = [c for c in out if c.kind == SHOT and c.end <= sent.start + m.start() and c.value]
        if shots:
            out.append(
                CountMention(
                    kind=KILLED,
                    value=shots[-1].value,
                    high=None,
                    sentence=sent.index,
                    start=sent.start + m.start(),
                    end=sent.start + m.end(),
                    phrase=_phrase(sent.text, shots[-1].start - sent.start, m.end()),
                    how="all of those shot",
                    group=shots[-1].group,
                )
            )
    # "Five people were killed and an equal number were wounded"
    for m in _EQUAL_NUMBER.finditer(text) if "number" in text else ():
        kind = INJURED if m.group("i") else KILLED
        other = [
            c
            for c in out
            if c.kind != kind and c.kind != SHOT and c.value and c.end <= sent.start + m.start()
        ]
        a, b = sent.start + m.start(), sent.start + m.end()
        out = [c for c in out if not (c.kind == kind and a <= c.start < b)]  # "an" is not 1
        if other and not any(c.kind == kind for c in out):
            out.append(
                CountMention(
                    kind=kind,
                    value=other[-1].value,
                    high=None,
                    sentence=sent.index,
                    start=sent.start + m.start(),
                    end=sent.start + m.end(),
                    phrase=_phrase(sent.text, m.start(), m.end()),
                    how="an equal number",
                )
            )
    # "a bus carrying 52 Quechua Indians plunged off a cliff, killing all passengers"
    for m in _ALL_ABOARD.finditer(text) if " all " in text else ():
        load = words_to_int(m.group("n").replace(",", ""))
        if load and not any(c.kind == KILLED and c.value for c in out):
            out.append(
                CountMention(
                    kind=KILLED,
                    value=load,
                    high=None,
                    sentence=sent.index,
                    start=sent.start + m.start("n"),
                    end=sent.start + m.end(),
                    phrase=_phrase(sent.text, m.start(), m.end()),
                    how="all those aboard",
                )
            )
    for rx in (_VAGUE_BEFORE, _VAGUE_AFTER):
        for m in rx.finditer(text):
            kind = INJURED if m.group("i") else KILLED
            a = sent.start + m.start("q")
            if any(c.kind == kind and abs(c.start - a) < 30 for c in out):
                continue
            out.append(
                CountMention(
                    kind=kind,
                    value=None,
                    high=None,
                    sentence=sent.index,
                    start=a,
                    end=sent.start + m.end(),
                    phrase=_phrase(sent.text, m.start(), m.end()),
                    vague=True,
                    how="vague quantity",
                )
            )
    for m in _MULTIPLE_KILLING.finditer(text):
        # "a triple homicide": three dead (the victim named beside it is one of them),
        # unless the sentence gives a figure as large
        n = _MULTIPLES[m.group("x").lower()]
        if any(c.kind == KILLED and c.value and c.value >= n for c in out):
            continue
        out = [c for c in out if not (c.kind == KILLED and c.value)]
        out.append(
            CountMention(
                kind=KILLED,
                value=n,
                high=None,
                sentence=sent.index,
                start=sent.start + m.start(),
                end=sent.start + m.end(),
                phrase=_phrase(sent.text, m.start(), m.end()),
                how="double/triple killing",
            )
        )
    # "Seven people died in McNairy County, four in Wynne and three in Sullivan": the same
    # kind as the figure before, told for each place
    for num in found:
        a = sent.start + num.start
        if any(c.start <= a < c.end or abs(c.start - a) < 3 for c in out):
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
        before_it = [c for c in out if c.end <= a and c.kind in (KILLED, INJURED) and c.value]
        if not before_it or a - before_it[-1].end > 120:
            continue
        out.append(
            CountMention(
                kind=before_it[-1].kind,
                value=num.value,
                high=num.high,
                sentence=sent.index,
                start=a,
                end=sent.start + num.end + place_after.end() - 1,
                phrase=_phrase(text, num.start, num.end + place_after.end()),
                how="elliptical",
                qualifier=num.qualifier,
            )
        )
    later_step = bool(_LATER_STEP.match(sent.text))
    for c in out:
        # "al-Shabab, claiming to have killed fourteen soldiers": the claimant's own figure
        if re.search(
            r"\bclaim(?:s|ed|ing)?\s+(?:that\s+)?(?:(?:it|they|its\s+\w+)\s+)?(?:had\s+)?"
            r"(?:to\s+have\s+)?(?:killed|wounded|injured)\s+(?:at\s+least\s+)?$",
            sent.text[max(0, c.start - sent.start - 60) : c.start - sent.start],
            re.I,
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
        if re.match(
            r"\s*(?:[\w-]+\s+)?(?:bodies|corpses)\b",
            sent.text[c.end - sent.start : c.end - sent.start + 20],
            re.I,
        ):
            c.group = frozenset()  # "eight bodies were retrieved": the dead told again

        # "killing 11 people and wounding another 58": "another" sets the wounded beside
        # the dead just told, it adds nothing to an earlier wounded figure
        def _more(o: CountMention) -> bool:
            o_lead = sent.text[max(0, o.start - sent.start - 40) : o.start - sent.start]
            o_tail = sent.text[o.end - sent.start : o.end - sent.start + 12]
            return bool(_ADDITIVE.search(o_lead) or re.match(r"\s+more\b", o_tail, re.I))

        beside = not _LATER_STEP.match(sent.text) and any(
            o.kind != c.kind
            and o.end <= c.start
            and c.start - o.end < 60
            and o.kind in (KILLED, INJURED)
            and not _more(o)
            for o in out
        )
        if beside and c.kind in (KILLED, INJURED):
            lead_b = sent.text[max(0, c.start - sent.start - 40) : c.start - sent.start]
            own_b = sent.text[c.start - sent.start : c.end - sent.start]
            tail_b = sent.text[c.end - sent.start : c.end - sent.start + 20]
            if (
                re.search(r"\b(?:another|an\s+additional|a\s+further)\s*$", lead_b, re.I)
                or re.match(r"(?:another|an\s+additional|a\s+further)\b", own_b, re.I)
                or re.match(r"\s+(?:more|others?)\b", tail_b, re.I)
            ):
                c.beside = True  # "12 were killed and 58 more were injured"
        # "him", "her", "them": someone named before, a group of their own per mention
        c.group = frozenset(f"{g}:{c.start}" if g.startswith("pronoun") else g for g in c.group)
        lead = sent.text[max(0, c.start - sent.start - 40) : c.start - sent.start]
        own = sent.text[c.start - sent.start : c.end - sent.start]
        tail = sent.text[c.end - sent.start : c.end - sent.start + 30]
        if c.beside:
            c.additive = False
        elif c.how == "verb before the number" and (
            _ADDITIVE.search(lead)
            or re.match(r"(?:another|an\s+additional|a\s+further)\b", own, re.I)
            or re.match(r"\s+(?:more|other\s+(?!than)\w+)\b", tail, re.I)
            # "slaughtered the village head and killed eight others"
            or (
                c.kind == KILLED
                and re.match(r"\s+others\b", tail, re.I)
                and any(o.kind == KILLED and o.end <= c.start for o in out)
            )
        ):
            c.additive = True  # "killing two more", "killed two other people"
        elif c.how == "word after the number" and re.match(r"\s+more\b", tail, re.I):
            c.additive = True  # "rescuers found two more bodies"
        elif later_step and c.how in ("verb before the number", "listed victims"):
            c.additive = True  # "He then drove to a church and killed two"
    # "A soldier was injured … and rushed to hospital, where he succumbed": he died
    out = [
        c
        for c in out
        if not (
            c.kind == INJURED
            and c.value == 1
            and re.search(
                r"^[^;]{0,120}?\b(?:where|and|but|before)\s+(?:he|she)\s+(?:later\s+)?(?:succumbed|died)|"
                r"^[^;]{0,80}?\bwho\s+(?:later\s+)?(?:succumbed|died)",
                sent.text[c.end - sent.start :],
                re.I,
            )
        )
    ]
    if _ESTIMATE.search(sent.text):
        for c in out:
            c.group = frozenset()  # another source's estimate of the same toll, not more victims
    out.sort(key=lambda c: c.start)
    seen: set[int] = set()
    unique: list[CountMention] = []
    for mention in out:
        if id(mention) not in seen:
            seen.add(id(mention))
            unique.append(mention)
    return unique


def perpetrator_died(text: str) -> str | None:
    """The phrase saying a lone attacker died (GTD and ACLED count that death), if any."""
    if _PERP_INCLUDED.search(text) or _ATTACKERS_SUICIDE.search(text):
        return None  # included, or several attackers counted as a figure of their own
    for m in _PERPETRATOR_DIED.finditer(text):
        if re.search(
            r"\b(?:try|tried|trying|attempt|attempted|attempting|threaten|threatened|"
            r"threatening|plan|planned|planning|wanted|intended)\s+to\s+(?:\w+\s+){0,3}$",
            text[max(0, m.start() - 50) : m.start()],
            re.I,
        ):
            continue  # "tried to commit suicide by shooting himself"
        return m.group(0)
    return None


def combine(mentions: list[CountMention], kind: str) -> tuple[int | None, int | None, list[str]]:
    """The incident's (best, high, notes) figure of ``kind`` from its mentions.

    Rules, in order: a revised toll ("rose to 95") replaces earlier figures; a figure
    called a total ("in total", "totaling") wins over parts, and nothing is added to it;
    otherwise the largest non-subset figure is taken (later sentences restate or break
    down the lede's figure), except that

    - figures for *different kinds of victim* told in separate clauses ("killed two
      employees … fatally wounded a custodian") are added when together they exceed the
      largest figure; figures naming nobody in particular ("killing six", "84 people"),
      the same kind twice, anaphora ("the three students") and a summary told last are
      not added;
    - figures of a later step ("He then …", "killing two more", "another", "two other
      people") and attackers killed ("soldiers killed all three attackers", GTD/ACLED
      count every death) are added to the rest.

    Ranges give ``high``; "up to N" alone gives only ``high``. Vague words are noted:
    ACLED's tens/dozens/scores/hundreds are coded, "several"/"many" are not; a plural
    kin noun without a number ("his sisters") counts 2, the least it can mean.
    """
    ms = [m for m in mentions if m.kind == kind and not m.previous]
    notes: list[str] = []
    if not ms or all((m.value or 0) < 0 for m in ms):
        return None, None, notes  # only "… later died" taken off a figure never told
    main = [m for m in ms if not m.subset] or ms
    if any(
        _PERP_INCLUDED.search(m.phrase)
        or re.search(
            r"\b(?:including|counting)\s+(?:the\s+)?(?:\w+\s+)?" + _ATTACKER_NOUN, m.phrase, re.I
        )
        for m in ms
        if m.how != "attackers killed"
    ):
        main = [m for m in main if m.how != "attackers killed"] or main  # already counted
    extra = [m for m in main if m.additive and m.value is not None and not m.revised]
    if extra and len(extra) == len(main) and len(main) > 1:
        # every figure says "more" / "another": the first one is the base
        extra = extra[1:] if extra[0].start <= min(m.start for m in main) else []
    if extra and len(extra) < len(main) and not any(m.total or m.revised for m in main):
        main = [m for m in main if m not in extra]
    else:
        extra = []
    revised = [m for m in main if m.revised and (m.value is not None or m.high is not None)]
    pool = revised or [m for m in main if m.total] or main
    if revised:
        earlier = [m for m in main if not m.revised and m.value is not None]
        if earlier:
            notes.append("revised from " + ", ".join(repr(m.phrase) for m in earlier))
    with_value = [m for m in pool if m.value is not None]
    if any(not m.vague or m.how == "listed victims" for m in with_value):
        # "at least 84 people … scores of people were killed": the number, not the word
        with_value = [m for m in with_value if not m.vague or m.how == "listed victims"]
    best: int | None = None
    high: int | None = None
    chosen: CountMention | None = None
    if with_value:
        if revised:
            chosen = max(with_value, key=lambda m: (m.value or 0, m.start))
        else:
            chosen = max(with_value, key=lambda m: (m.value or 0, -m.start))
        best = chosen.value
        if chosen.high is not None and best is not None and chosen.high > best:
            high = chosen.high
        if not revised and not any(m.total for m in pool):
            groups = _separate_groups(with_value)
            if len(groups) > 1 and sum(v for v, _ in groups) > (best or 0):
                best = sum(v for v, _ in groups)
                high = None
                notes.append(
                    "sum of separate victims: "
                    + " + ".join(f"{v} ({m.phrase!r})" for v, m in groups)
                )
                if any(m.vague for _, m in groups):
                    notes.append(
                        "a plural without a number ('his sisters') counted as 2, "
                        "the least it can mean"
                    )
    uppers = [m.high for m in main if m.qualifier == "max" and m.high is not None]
    if uppers:
        top = max(uppers)
        if best is None or top > best:
            high = max(high or 0, top)
    if extra and best is not None:
        # "Four injured victims later died in hospital; three died at the scene": the parts
        # of the seven already told
        told_with = [
            m
            for m in main
            if m not in extra
            and m.value is not None
            and any(m.sentence == e.sentence for e in extra)
        ]
        parts_told = (
            told_with
            and sum(m.value or 0 for m in extra) + sum(m.value or 0 for m in told_with) == best
        )
        # "killed nine … That first bomb killed five soldiers and four civilians": a
        # breakdown adding up to the figure told is that figure again
        breakdown = (
            sum(m.value or 0 for m in extra) == best
            and chosen is not None
            and any(len(m.parts) > 1 for m in extra)
            and all(m.start > chosen.start for m in extra)
        )
        if parts_told or breakdown:
            extra = []
        # "… wounding five. When police rushed in, a charge went off, wounding five more
        # officers": the lede's figure told again ("more" than the one killed)
        extra = [
            m
            for m in extra
            if not (
                kind == INJURED
                and m.value == best
                and chosen is not None
                and chosen.start < m.start
                and chosen.sentence != m.sentence
                and m.how != "attackers killed"
                and re.search(r"\b[\w-]+\s+more\b", m.phrase)
                and not re.search(r"\b(?:then|later|another|further|additional)\b", m.phrase, re.I)
                and not any(o is not m and o.sentence == m.sentence for o in main)
            )
        ]
    if extra and best is not None:
        best += sum(m.value or 0 for m in extra)
        steps = [m for m in extra if m.how != "attackers killed"]
        if steps:
            notes.append(
                "plus the victims of later steps: " + ", ".join(repr(m.phrase) for m in steps)
            )
        if len(steps) < len(extra):
            notes.append(
                "plus the attackers killed (GTD and ACLED count every death): "
                + ", ".join(repr(m.phrase) for m in extra if m not in steps)
            )
    if any(m.how == "vague quantity" for m in main):
        notes.append(
            ("" if best is None else "besides the figure, a ")
            + "vague quantity, no number coded (ACLED codes only tens, dozens, "
            "scores, hundreds)"
        )
    if chosen is not None and chosen.vague and chosen.how != "listed victims":
        notes.append(f"vague quantity {chosen.phrase!r} coded as {best} (ACLED convention)")
    if chosen is not None and chosen.vague and chosen.how == "listed victims":
        notes.append(
            "a plural without a number ('his sisters') counted as 2, the least it can mean"
        )
    if chosen is not None and chosen.parts:
        notes.append("sum of parts " + " + ".join(map(str, chosen.parts)))
    return best, high, notes


def _within_civilians(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> bool:
    return ("civilian" in a and bool(b & _CIVILIAN_KINDS)) or (
        "civilian" in b and bool(a & _CIVILIAN_KINDS)
    )


def _separate_groups(mentions: list[CountMention]) -> list[tuple[int, CountMention]]:
    """Figures for different victims, told in separate clauses with no total: "killed two
    employees … fatally wounded a custodian" → [(2, …), (1, …)].

    Mentions naming the same kind of victim ("students" twice) are one group (the largest
    figure); figures naming nobody in particular ("killing six", "84 people") restate the
    whole and are not added. Returns the groups, or one or none when nothing is separate.
    """
    clusters: list[tuple[set[str], CountMention]] = []
    # "31 soldiers and three auxiliaries were killed … a provisional toll of 31 soldiers and
    # three VDP": a figure that is a part of a sum told elsewhere is that part again
    parts = {v for m in mentions if len(m.parts) > 1 for v in m.parts}
    for m in mentions:
        if not m.group or m.value is None or m.vague:
            continue  # "dozens of miners feared dead" is not a sure figure to add
        if m.value in parts and m.value >= 10 and len(m.parts) <= 1:
            continue
        hit = [c for c in clusters if c[0] & m.group or _within_civilians(c[0], m.group)]
        names = set(m.group)
        best = m
        for c in hit:
            names |= c[0]
            # the larger figure, but a precise one over "nearly a dozen"
            if (c[1].qualifier != "approx", c[1].value or 0) > (
                best.qualifier != "approx",
                best.value or 0,
            ):
                best = c[1]
            clusters.remove(c)
        clusters.append((names, best))
    clusters.sort(key=lambda c: c[1].start)
    if (
        len(clusters) > 1
        and len(clusters[-1][1].parts) > 1
        and re.search(
            r"\b(?:were|was|are|have\s+been)\s+(?:\w+\s+)?(?:killed|dead)|\bdied\b",
            clusters[-1][1].phrase,
            re.I,
        )
        and (clusters[-1][1].value or 0) >= max(c[1].value or 0 for c in clusters[:-1])
    ):
        return []  # "Five children and five adults were killed": the whole, told again
    # "killed five customers … Three men and two women were killed": a breakdown that adds
    # up to a figure already told restates it
    clusters = [
        c
        for k, c in enumerate(clusters)
        if not (
            len(c[1].parts) > 1
            and re.search(
                r"\b(?:were|was|are|have\s+been)\s+(?:\w+\s+)?(?:killed|dead|shot\s+dead)|"
                r"\bdied\b",
                c[1].phrase,
                re.I,
            )
            and any((o[1].value or 0) == (c[1].value or 0) for o in clusters[:k])
        )
    ]
    values = [c[1].value or 0 for c in clusters]
    if (
        len(values) > 1
        and len(set(values)) == 1
        and all(
            c[1].how
            in ("word after the number", "verb before the number", "toll", "left … dead/injured")
            for c in clusters
        )
    ):
        return []  # "Nine passengers were killed … resulting in nine fatalities": the same dead
    if len(values) > 2 and max(values) == sum(values) - max(values) and values[-1] == max(values):
        return []  # "… a nurse … two doctors … Three medics died": a summary told last
    return [(c[1].value or 0, c[1]) for c in clusters]
