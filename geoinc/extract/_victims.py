"""Victims listed one by one ("killed his wife and two daughters"): who they are and how
many (used by :mod:`.casualties`)."""

from __future__ import annotations

import re

from geoinc.extract._counting import (
    _ADDITIVE,
    _ANOTHER_ONE,
    _DASH_ASIDE,
    _DAY_MONTH,
    _ENUM_END,
    _ENUM_VERB,
    _GENERIC,
    _ITEM_PP,
    _KIN_PLURAL,
    _MILITANT,
    _MILITARY,
    _NAME,
    _NEXT_VERB,
    _NONE_ITEMS,
    _NOT_HEAD,
    _NOT_PEOPLE,
    _ONE,
    _ONE_DIED,
    _ONE_HURT,
    _ONE_WHO_DIED,
    _PAIR,
    _PASSIVE_LEAD,
    _PASSIVE_VERB,
    _PERSON_NOUN,
    _PERSONAL,
    _PLACE_APPOSITION,
    _UNIT_OF,
    _VICTIMS_INCLUDE,
    _WITH_DEAD,
    INJURED,
    KILLED,
    SHOT,
    CountMention,
    _Items,
    _mask_breakdowns,
    _phrase,
)
from geoinc.extract.numbers import find_numbers
from geoinc.extract.text import Sentence


def victim_group(phrase: str) -> str | None:
    """The kind of victim a noun phrase names ("two police officers" → "officer"); ``None``
    for generic words (people, others, victims) or no noun; pronouns give "pronoun"."""
    found = [m.group(0).lower() for m in _PERSON_NOUN.finditer(phrase)]
    if not found:
        # a noun the list lacks: "three cashiers", "a mechanic" (the phrase's last word)
        words = re.findall(r"[A-Za-z][a-z'’-]+", phrase)
        if words and len(words) <= 5:
            last = words[-1].lower()
            if (
                len(last) > 3
                and last not in _NOT_HEAD
                and re.search(r"(?:er|or|ist|ian|ant|ent|ee|ic|man|woman|s)$", last)
            ) or last in _MILITANT:
                found = [last]
        if not found:
            return None
    word = found[-1]
    if word in (
        "police",
        "policeman",
        "policemen",
        "policewoman",
        "policewomen",
        "cop",
        "cops",
        "officers",
    ):
        return "officer"
    if word in _GENERIC:
        return None
    if word in ("him", "her", "them"):
        return "pronoun"
    if word.endswith("men") and word != "women":
        return word[:-3] + "man"
    irregular = {
        "children": "child",
        "women": "woman",
        "wives": "wife",
        "people": "person",
        "policemen": "police",
        "police": "police",
        "staff": "staff",
    }
    if word in irregular:
        return irregular[word]
    if word in _MILITARY:
        return "soldier"  # "a dozen soldiers" and "11 troopers" are the same victims
    if word in _MILITANT:
        return "militant"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _count_items(obj: str, *, strict: bool = False) -> _Items:
    """Count the victims listed in an object phrase; ``total`` is ``None`` if a part is
    uncountable. Plural kin nouns without a number ("his sisters") count 2 and are vague."""
    # "two men aged 49 and 22": ages, not more victims
    obj = re.sub(
        r"\b(?:aged|ages)\s+\d+(?:\s*(?:,|and|to|-)\s*\d+)*", lambda m: " " * len(m.group(0)), obj
    )
    end = _ENUM_END.search(obj)
    phrase = obj[: end.start()] if end else obj
    # "three professors on his committee, an officer, and …": the phrase goes on past
    # the preposition when a comma brings another victim
    while end and re.match(
        r",?\s+(?:on|in|at|from|near|inside|outside|with)\b", end.group(0), re.I
    ):
        more = re.match(
            r"[^,.;]{1,50},\s+(?:and\s+)?(?=(?:an?|the|his|her|their|one|two|"
            r"three|four|five|six|seven|eight|nine|ten|\d+)\s)",
            obj[end.start() :],
            re.I,
        )
        if not more:
            break
        nxt = _ENUM_END.search(obj, end.start() + more.end())
        item = obj[end.start() + more.end() : nxt.start() if nxt else len(obj)].split(",")[0]
        if re.match(
            r"\s*[\w-]+\s+of\s+(?:whom|them|which)\b", obj[end.start() + more.end() :], re.I
        ):
            break  # "shot seven people in Dallas, two of whom died": a breakdown
        if (
            nxt
            and re.search(
                r"\b(?:said|says|told|reported|added|confirmed|according)\b|"
                r"^\s+(?:in|at|on|from|near|inside|outside)\b",
                nxt.group(0),
                re.I,
            )
        ) or not (_PERSON_NOUN.search(item) or len(item.split()) <= 4):
            break
        if (
            not _PERSON_NOUN.search(item)
            and (
                _PLACE_APPOSITION.match(item)
                # "a civilian in Chhattisgarh, a hotbed of left-wing extremism"
                or re.match(
                    r",?\s+(?:in|at|near)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:of\s+)?[A-Z]",
                    obj[end.start() :],
                )
            )
        ):
            break  # "at a mall in Allen, a suburb of Dallas": the place, described
        noun = _PERSON_NOUN.search(item)
        if noun and re.search(
            r"\b(?:went|came|got|ran|drove|fled|took|began|left|arrived|"
            r"entered|returned|walked|opened|was|were|had|is|[a-z]{3,}ed)\b",
            item[noun.end() :],
            re.I,
        ):  # the subject of the next clause
            break
        phrase = obj[: nxt.start()] if nxt else obj
        end = nxt
    length = len(phrase)
    raw_phrase = phrase.strip(" ,")
    phrase = re.sub(r"\s+(?:and|as\s+well\s+as)\s+", ", ", phrase.strip(" ,"), flags=re.I)
    items = [i.strip() for i in re.split(r",(?!\d{3}\b)", phrase) if i.strip()]
    if not items or len(items) > 8:
        return _NONE_ITEMS
    if (
        len(items) > 1
        and end
        and re.match(
            r",?\s+(?:(?:were|was|have\s+been|had\s+been|are|got)\s+(?:\w+ly\s+)?"
            r"(?:among\s+(?:the\s+)?(?:[\w-]+\s+)?)?)?"
            r"(?:wounded|injured|hurt|killed|dead|hospitali[sz]ed|rescued|missing|trapped|taken|"
            r"rushed|admitted|treated|airlifted|evacuated)\b",
            obj[end.start() :],
            re.I,
        )
    ):
        items = items[:-1]  # "killed three people and three others wounded / were injured"
    elif (
        len(items) > 1
        and end
        and re.match(
            r",?\s+(?:said|says|told|added|reported|confirmed|stated)\b", obj[end.start() :], re.I
        )
    ):
        # "killing one child, district police chief X said": the speaker, however many
        # ("injured 30 others, an opposition group and Myanmar's online media said")
        cut = raw_phrase.rfind(",")
        if cut > 0:
            head = re.sub(r"\s+(?:and|as\s+well\s+as)\s+", ", ", raw_phrase[:cut], flags=re.I)
            items = [i.strip() for i in re.split(r",(?!\d{3}\b)", head) if i.strip()]
        else:
            items = items[:-1]
    parts: list[int] = []
    groups: set[str] = set()
    vague = False
    for k, item in enumerate(items):
        if re.match(
            r"an?\s+(?:[\w-]+\s+)?(?:number|lot|host|series|group|crowd|string|wave)"
            r"\s+of\b",
            item,
            re.I,
        ):
            return _NONE_ITEMS  # "a growing number of civilians": no figure
        if _NOT_PEOPLE.match(item) or (
            strict
            and re.match(r"(?:in|at|on|near|from|inside|outside|across|to|for|by)\s", item, re.I)
        ):
            return _NONE_ITEMS  # a subject does not open on a place: "In Leeds, …"
        if (
            k
            and parts
            and re.match(
                r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|"
                r"today|tonight)\b|(?:(?:jan|febr)uary|march|april|may|june|"
                r"july|august|(?:sept|octo|novem|decem)ber)\s*(?:\d|\()",
                item,
                re.I,
            )
        ):
            break  # "killing almost 100 people, Wednesday (1/3)": a day, not a victim
        if (
            k
            and parts
            and re.fullmatch(
                r"(?:then\s+|later\s+|finally\s+)?(?:himself|herself|"
                r"themselves)",
                item,
                re.I,
            )
        ):
            break  # "killed her and then himself": the attacker is told apart
        if (
            k
            and parts
            and re.match(
                r"(?:forced|displaced|left|made|drove|caused|destroyed|"
                r"burned|burnt|uprooted|sent)\s",
                item,
                re.I,
            )
        ):
            break  # "has killed thousands and forced two million to flee": another verb's object
        if (
            k
            and parts
            and re.fullmatch(
                r"(?:residents?|natives?|living|originally)(?:\s+(?:in|of|from)\s.*)?", item, re.I
            )
        ):
            break  # "killed two people, resident in Machava village": where they lived
        if (
            k
            and parts
            and re.match(
                r"(?:mostly|mainly|largely|primarily|chiefly|predominantly|"
                r"many|most|among\s+(?:them|whom|those)|including)\b",
                item,
                re.I,
            )
        ):
            break  # "killed 24 people, mostly Shiites": who they were, not more victims
        if k and parts and re.match(r"(?:all|both)\b(?!\s+(?:his|her|their)\b)", item, re.I):
            break  # "a boy, and an infant, all members of the same family"
        if (
            k
            and parts
            and re.match(
                r"[\w-]+\s+(?:of\s+(?:them|whom|those)|fatally|critically|"
                r"seriously|mortally)\b",
                item,
                re.I,
            )
        ):
            continue  # "shot eleven people, four of them fatally"
        item = re.sub(
            r"^(?:a\s+total\s+of|an?\s+(?:estimated|additional|further)|at\s+least|"
            r"all)\s+(?=\S)",
            "",
            item,
            flags=re.I,
        )
        if (
            k
            and parts
            and re.fullmatch(r"(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’-]+", item)
            and not _PERSON_NOUN.search(item)
            and re.search(rf"[^,\s][^,]*,\s*{re.escape(item)}\s*(?:,|\band\b|$)", raw_phrase)
            and not re.search(rf"\band\s+{re.escape(item)}", raw_phrase)
            and not re.fullmatch(r"(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’-]+", items[k - 1].strip())
        ):
            continue  # "a village head, Gowon Mutua, and his wife, Hauwa": the same people
        if (
            k
            and parts
            and re.fullmatch(r"(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*", item)
            and re.fullmatch(r"(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+", items[k - 1].strip())
            and re.search(rf",\s*{re.escape(item)}\s*(?:,|$)", raw_phrase)
        ):
            continue  # "Tiyarat Chuaykaew, the school director, and Somsak Kwanma, a teacher"
        kin = bool(_KIN_PLURAL.match(item))
        if len(items) > 1 and not kin:  # "the wife of a retired serviceman"
            item = _ITEM_PP.sub("", item) or item
        if k and re.fullmatch(r"one(?:\s+of)?", item, re.I) and parts and parts[-1] > 1:
            continue  # "killing two students, one who had bullied him, and …"
        nums = find_numbers(item)
        if strict and (
            not (
                (_PERSON_NOUN.search(item) or victim_group(item) or _NAME.search(item))
                and len(item.split()) <= 6
            )
            or re.search(r"\b(?:were|was|are|is|had|have|has)\b", item, re.I)
        ):
            return _NONE_ITEMS  # a subject lists people: "a soldier and two civilians"
        if nums and nums[0].start <= 12 and nums[0].qualifier != "max":
            parts.append(nums[0].value)
        elif re.fullmatch(
            r"(?:them\s+)?both(?:\s+of\s+(?:them|(?:his|her|their)\s+\w+))?", item, re.I
        ) or (_PAIR.search(item) and len(item.split()) <= 3):
            parts.append(2)
        elif re.match(r"both\s+(?:of\s+)?(?:the\s+|his\s+|her\s+|their\s+)?[\w'’-]+$", item, re.I):
            parts.append(2)  # "both clerks", "both of his parents"
        elif kin:
            parts.append(2)
            vague = True
        elif (
            _PERSONAL.match(item)
            or (
                _ONE.match(item)
                and len(item.split()) <= 5
                and not re.search(r"s\b$", item.split()[-1])
                # ("wounding the soldiers aboard": all of them, however many)
                and not _THE_PLURAL.match(item)
            )
            or (_NAME.search(item) and len(item.split()) <= 7)
        ):
            parts.append(1)
        elif not strict and k and parts and _NEXT_VERB.match(item):
            break  # "killed his wife and three children, set a fire and …": the list ended
        else:
            return _NONE_ITEMS
        g = victim_group(item)
        if g == "pronoun" or (g is None and re.fullmatch(r"(?:them\s+)?both", item, re.I)):
            g = f"pronoun@{k}"
        if g:
            groups.add(g)
    return _Items(sum(parts), parts, length, frozenset(groups), vague)


_THE_PLURAL = re.compile(
    r"(?:the|these|those)\s+(?:[\w-]+\s+)?(?:soldiers|troops|passengers|people|occupants|men|"
    r"women|children|policemen|officers|guards|workers|civilians|residents|students|"
    r"worshippers|crew|pilgrims|villagers)\b",
    re.I,
)


_ANIMALS = re.compile(
    r"\b(?:dogs?|cattle|cows?|goats?|sheep|camels?|livestock|horses?|donkeys?|mules?|"
    r"animals?|birds?|pigs?|chickens?)\b",
    re.I,
)


def _one_person(
    sent: Sentence, m: re.Match[str], kind: str, how: str, group: frozenset[str] = frozenset()
) -> CountMention:
    """One victim told from the noun phrase ``np`` of ``m`` to the match's end."""
    return CountMention(
        kind=kind,
        value=1,
        high=None,
        sentence=sent.index,
        start=sent.start + m.start("np"),
        end=sent.start + m.end(),
        phrase=_phrase(sent.text, m.start("np"), m.end()),
        how=how,
        group=group,
    )


def find_enumerations(sent: Sentence, taken: list[tuple[int, int]]) -> list[CountMention]:
    """Victims listed after a verb: "killed his wife and two daughters" → 3."""
    out = []
    text = sent.text
    for m in _ENUM_VERB.finditer(text):
        # an aside in brackets or dashes breaks the figure down ("six civilians – two women
        # and two children –"): not more victims
        obj = _DASH_ASIDE.sub(lambda x: " " * len(x.group(0)), m.group("obj"))
        # a date after the victims ("injured six others, 14 July 2015"): no more victims
        obj = _DAY_MONTH.sub(lambda x: " " * len(x.group(0)), obj)
        if re.match(
            r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|last|"
            r"included|include|includes|including|comprised|numbered|late|early|this|"
            r"next|midnight|noon|dawn|dusk|tonight|"
            r"overnight|earlier|later|there|here|and|or|but|were|was|by|in|at|on|as|"
            r"when|after|before|while|during|"
            r"with|to|for|from|that|which|who|it|this|more|than|so)\b|\W",
            obj,
            re.I,
        ):
            continue  # no object: "were killed and …", "killed in the attack"
        if re.match(
            r"(?:him|her|them)\b(?!,?\s+and\s+\w)(?!\s+(?:both|all)\b)", obj, re.I
        ) and re.search(
            r"\b(?:at|on|towards?)\s+(?:the\s+)?(?:shooter|gunman|gunmen|attackers?|"
            r"assailants?|suspects?|perpetrators?|killers?)\s*,?\s*(?:and\s+)?$",
            text[max(0, m.start() - 60) : m.start()],
            re.I,
        ):
            continue  # "fired at the gunman, wounding him": the attacker, not a victim
        # "led to the death of 12 soldiers, and the injury of 16": the list ends there
        obj = re.split(r",?\s+and\s+(?:the\s+)?(?:injur\w*|wound\w*|hurt)\b", obj, maxsplit=1)[0]
        # "killed him and abducted five members of his family": another deed, other people
        obj = re.split(
            r",?\s+and\s+(?:then\s+)?(?=(?!armed\b|aged\b)[a-z]{3,}ed\s+(?:him|her|them|his|"
            r"their|its|the|an?|\d+|two|three|four|five|six|seven|eight|nine|ten)\b)",
            obj,
            maxsplit=1,
        )[0]
        # "killing about 20 civilians, a spokesman for the armed forces said": the teller
        obj = re.split(
            r",\s+(?:(?:an?|the)\s+)?(?:[\w'’-]+\s+){0,8}?(?:said|says|told|reported|added)\b",
            obj,
            maxsplit=1,
        )[0]
        dead = re.search(r"\s+dead\b", obj) if m.group(0)[0] in "lL" else None
        if dead:  # "left two police officers and a civilian dead": all of them
            obj = obj[: dead.start()]
        items = _count_items(obj)
        total, parts, length = items.total, items.parts, items.length
        if total is None or total == 0:
            continue
        a = sent.start + m.start("obj")
        if len(parts) == 1 and any(s <= a + 12 and e > a for s, e in taken):
            continue  # a plain "killed 84" is already read
        kind = SHOT if m.group("s") else (INJURED if m.group("i") else KILLED)
        if re.match(r"\s+(?:dead|to\s+death)\b", obj[length:], re.I):
            kind = KILLED  # "shot a guard dead", "beat his neighbour to death"
        before = text[max(0, m.start() - 30) : m.start()]
        if re.search(r"\b(?i:the|a|an)\s+$", before) and m.group("i"):
            continue  # "The wounded Israeli was admitted …": an adjective, one told before
        additive = bool(_ADDITIVE.search(before) or _ADDITIVE.search(obj))
        if (
            additive
            and len(parts) <= 1
            and re.match(r"\s*the\s+(?!other\b|remaining\b|rest\b)", obj, re.I)
        ):
            additive = False  # "the gunman then killed the security guard": one already told
        groups = items.groups
        if (
            len(parts) <= 1
            and re.match(r"the\s+(?:man|woman|boy|girl)\b", obj, re.I)
            and re.search(
                r"\b(?:couple|pair|an?\s+(?:[\w-]+\s+)?(?:man|woman|boy|girl))\b",
                text[: m.start()],
                re.I,
            )
        ):
            groups = frozenset()  # "went after a German couple …, killed the man": told already
        out.append(
            CountMention(
                kind=kind,
                value=total,
                high=None,
                sentence=sent.index,
                start=a,
                end=a + length,
                phrase=_phrase(text, m.start(), m.start("obj") + length),
                parts=parts if len(parts) > 1 else [],
                how="listed victims",
                additive=additive,
                vague=items.vague,
                group=groups,
            )
        )
    # "ended with an assistant principal killed", "left a guard dead and a driver hurt"
    for m in _WITH_DEAD.finditer(text):
        items = _count_items(m.group("np"), strict=True)
        rest = m.group("np")[items.length :]
        # (the victims' place may follow: "left a civilian in Kandahar dead")
        if not items.total or (
            len(rest.strip()) > 1
            and not re.fullmatch(
                r"\s+(?:in|at|near)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*", rest
            )
        ):
            continue
        a = sent.start + m.start("np")
        out.append(
            CountMention(
                kind=INJURED if m.group("i") else KILLED,
                value=items.total,
                high=None,
                sentence=sent.index,
                start=a,
                end=sent.start + m.end(),
                phrase=_phrase(text, m.start(), m.end()),
                parts=items.parts if len(items.parts) > 1 else [],
                how="listed victims",
                group=items.groups,
            )
        )
    for m in _VICTIMS_INCLUDE.finditer(text) if "nclud" in text or "ompris" in text else ():
        items = _count_items(m.group("np"), strict=True)
        a = sent.start + m.start("np")
        if items.total and not any(s0 <= a < e0 for s0, e0 in taken):
            out.append(
                CountMention(
                    kind=INJURED if m.group("i") else KILLED,
                    value=items.total,
                    high=None,
                    sentence=sent.index,
                    start=a,
                    end=a + items.length,
                    phrase=_phrase(text, m.start(), m.start("np") + items.length),
                    parts=items.parts if len(items.parts) > 1 else [],
                    how="listed victims",
                    subset=True,
                    group=items.groups,
                )
            )
    # "One man was killed and another injured", "a third was wounded"
    for m in _ANOTHER_ONE.finditer(text):
        a = sent.start + m.start("np")
        if any(s0 <= a < e0 for s0, e0 in taken):
            continue
        out.append(
            CountMention(
                kind=INJURED if m.group("i") else KILLED,
                value=1,
                high=None,
                sentence=sent.index,
                start=a,
                end=sent.start + m.end(),
                phrase=_phrase(text, m.start("np"), m.end()),
                how="another one",
            )
        )
    # "a member of an armed group who was killed during a shooting": one person
    for m in _ONE_WHO_DIED.finditer(text) if " who " in text else ():
        a = sent.start + m.start("np")
        if (
            not _PERSON_NOUN.search(m.group("np"))
            or any(s0 <= a < e0 for s0, e0 in taken)
            or any(c.kind == KILLED and a <= c.start < sent.start + m.end() for c in out)
        ):
            continue
        out.append(_one_person(sent, m, KILLED, "one person died"))
    # "A Minnesota teenager died after being shot": one person
    for m in _ONE_DIED.finditer(text):
        a = sent.start + m.start("np")
        if any(s0 <= a < e0 or a <= s0 < sent.start + m.end() for s0, e0 in taken) or any(
            c.kind == KILLED and a <= c.start < sent.start + m.end() for c in out
        ):
            continue
        noun = frozenset([(m.group("noun") or "person").lower()])
        out.append(_one_person(sent, m, KILLED, "one person died", noun))
    # "A female bystander is also said to have sustained serious injuries": one hurt
    for m in _ONE_HURT.finditer(text) if "ustained" in text or "uffered" in text else ():
        a = sent.start + m.start("np")
        if any(s0 <= a < e0 for s0, e0 in taken):
            continue
        noun = frozenset([m.group("noun").lower()])
        out.append(_one_person(sent, m, INJURED, "one person hurt", noun))
    # passive: "The principal and a custodian were killed", "A police officer and two
    # civilians were killed" (the subject runs from the clause start to the verb)
    masked = _mask_breakdowns(text)
    for m in _PASSIVE_VERB.finditer(masked):
        head = masked[: m.start()]
        leads = list(_PASSIVE_LEAD.finditer(head))
        floor = leads[-1].end() if leads else 0
        # a casualty word ends an earlier clause: "one man dying and three were hurt"
        told = list(
            re.finditer(
                r"\b(?:dying|dead|died|killed|injured|wounded|hurt|"
                r"lost\s+their\s+lives)(?:\s+and\b)?",
                head,
                re.I,
            )
        )
        if told:
            floor = max(floor, told[-1].end())
        # try the clause after the last comma, then longer lists ("His wife, two sons and …")
        starts = [i + 1 for i in (head.rfind(";"), head.rfind(":")) if i >= 0]
        # "Homs, SANA – Two civilians were killed": a dateline's dash opens the clause
        starts += [
            i + 3
            for i in (head.rfind(" – "), head.rfind(" — "), head.rfind(" - "), head.rfind(" ― "))
            if i >= 0
        ]
        floor = max([floor, *starts])
        commas = [i + 1 for i, ch in enumerate(head) if ch == "," and i >= floor]
        best: tuple[int, int, list[int], _Items] | None = None
        for start in [*reversed(commas), floor]:
            subj = head[start:].strip()
            if not subj or len(subj) > 120:
                break
            if re.search(
                r"\b(?:unspecified|unknown|undetermined|undisclosed|uncertain)\s+number\b", subj
            ):
                break  # "an unspecified number were killed": no figure
            if re.match(
                r"(?:Earlier|Later|Late|Early|Meanwhile|Elsewhere|Separately|Yesterday|Overnight|"
                r"On\s+\w+day|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b[^,]*,",
                subj,
            ):
                break  # "Earlier Sunday, a boy was killed": the day is no victim

            # "A jawan of the District Reserve Guard (DRG) of Chhattisgarh Police": the unit
            # a victim belongs to is no part of the count
            subj = _UNIT_OF.sub("", subj)
            items = _count_items(subj, strict=True)
            total, parts, length = items.total, items.parts, items.length
            if total is None or length < len(subj) - 1:
                if best is not None:
                    break
                continue
            best = (start, total, parts, items)
        if best is None:
            continue
        subj = head[best[0] :].strip()
        if _ANIMALS.search(subj):
            continue  # "A bomb sniffing dog was killed": no victim to code
        single = (
            len(best[2]) == 1
            and (
                re.match(r"(?:an?|one|another|both)\s", subj, re.I)
                # a bare singular noun or a name: "Police officer was shot and killed",
                # "Football star Al-Shakeem Woodson was killed"
                or (
                    not find_numbers(subj)
                    and len(subj.split()) <= 6
                    and (
                        re.search(r"(?-i:[A-Z][\w'’-]+)$", subj.split()[-1])
                        and len(subj.split()) > 1
                        or (
                            len(subj.split()) <= 3
                            and not re.search(r"s$", subj)
                            and re.search(r"(?:^|,)\s*$", head[: best[0]])
                            and _PERSON_NOUN.search(subj)
                        )
                    )
                )
            )
        )
        if len(best[2]) < 2 and not single:
            continue  # one noun phrase with a number is read by the number rules
        start, total, parts, items = best
        if (
            len(parts) >= 3
            and parts[0] == len(parts) - 1
            and all(p == 1 for p in parts[1:])
            and subj.count("-year-old") >= len(parts) - 1
        ):
            # "Two men, 60-year-old Nyunt Win, and 19-year-old Ye Naing Win": the two named
            total, parts = parts[0], []
        a = sent.start + start + (len(head[start:]) - len(head[start:].lstrip()))
        out.append(
            CountMention(
                kind=SHOT if m.group("s") else (INJURED if m.group("i") else KILLED),
                value=total,
                high=None,
                sentence=sent.index,
                start=a,
                end=sent.start + m.end(),
                phrase=_phrase(text, a - sent.start, m.end()),
                parts=parts if len(parts) > 1 else [],
                how="listed victims",
                vague=items.vague,
                group=items.groups,
                additive=bool(m.group("s"))
                and bool(re.search(r"\b(?:also|later|then)\b", m.group(0), re.I)),
            )
        )
    return out
