"""Which places a report names are an incident's, and how they are geocoded (the
``_PlaceRules`` mixin of the extractor)."""

from __future__ import annotations

import logging
import re
from typing import Any

import numpy as np
from geopy.location import Location

from geoinc._countries import country_name
from geoinc._text import fold, strip_article
from geoinc.extract._patterns import (
    _AN_AREA_AFTER,
    _BETWEEN,
    _DISTANCE_BEFORE,
    _ELSEWHERE_BEFORE,
    _EXCLUDE_BEFORE,
    _FUTURE,
    _HAPPENED_AT,
    _HOMETOWN_BEFORE,
    _LOCATIVE_EVENT,
    _PERP_FATE,
    _QUOTED_AFTER,
    _RELATIVE_BEFORE,
    _ROUTE,
    _SETTLEMENT_AFTER,
    _WIDESPREAD,
)
from geoinc.extract._report import _clause_start, _phrase, _Segment
from geoinc.extract._segments import _SegmentRules
from geoinc.extract.casualties import INJURED, KILLED, SUBSET_CLAUSE, CountMention
from geoinc.extract.events import TRIGGER
from geoinc.extract.places import (
    KIND_ADMIN1,
    KIND_CITY,
    KIND_COUNTRY,
    PlaceMention,
    demonym_countries,
    find_demonym_country,
)

log = logging.getLogger("geoinc")


def _geocode(
    gaz: Any,
    mention: PlaceMention,
    bias: set[str],
    admin1: str | None = None,
    soft_bias: set[str] | None = None,
    also: set[str] | None = None,
) -> Any:
    query = mention.query
    if mention.want_admin1 and not re.search(
        r"(?i)\b(?:province|state|oblast|governorate|region|"
        r"county|district|prefecture)\b",
        query,
    ):
        query = mention.text + " Province"
    restrict = mention.country_hint
    if mention.want_admin1:
        bare = re.sub(
            r"(?i)\s+(?:province|state|oblast|governorate|region|county|district|"
            r"prefecture)$",
            "",
            mention.text,
        )
        if bare != mention.text:
            try:
                area = gaz.geocode(
                    bare,
                    exactly_one=True,
                    country_bias=sorted(bias or soft_bias or ()) or None,
                    country_codes=restrict,
                )
            except ValueError:
                area = None
            if area is not None and (
                area.raw.get("precision") == "admin1"
                or (
                    re.search(r"(?i)\s(?:district|county)$", mention.text)
                    and "second-level subdivisions" in str(area.raw.get("source", ""))
                )
            ):
                # "North Sumatra province" is Sumatera Utara, not Sumatra, Florida; "West
                # Singhbhum district" is the district Pashchim Singhbhum
                return area
    try:
        prefer = sorted(bias or soft_bias or ()) or None
        loc = gaz.geocode(
            query,
            exactly_one=True,
            country_bias=prefer,
            country_codes=restrict,
            admin1=None if mention.qualifier or mention.is_qualifier else admin1,
        )
        if loc is None and query != mention.text:
            loc = gaz.geocode(
                mention.text, exactly_one=True, country_bias=prefer, country_codes=restrict
            )
        if loc is None and mention.key != fold(mention.text) and not mention.unknown:
            # "Deir Ezzor", found as Deir ez-Zor: the spelling the gazetteer knows
            loc = gaz.geocode(
                mention.key, exactly_one=True, country_bias=prefer, country_codes=restrict
            )
        if (
            loc is not None
            and mention.want_admin1
            and loc.raw.get("precision") in ("city", "exact")
        ):
            bare = fold(_ADMIN_TAIL.sub("", mention.text))
            name = fold(str(loc.raw.get("name", "")))
            if name != bare and (name.startswith(bare + " ") or name.endswith(" " + bare)):
                return None  # "Quezon province" is not Quezon City (nor is it indexed)
        countries = bias or soft_bias
        if (
            loc is not None
            and countries
            and not restrict
            and not mention.qualifier
            and not (mention.want_admin1 and loc.raw.get("precision") == "admin1")
        ):
            raw = loc.raw if isinstance(loc.raw, dict) else {}
            # a small namesake in a country the report never names ("Sudan's Darfur region"
            # is not Darfur, Minnesota; "North Sumatra" in an Indonesian story not Florida's)
            if raw.get("country") not in countries and int(raw.get("population") or 0) < 50_000:
                return None
            if (
                bias
                and raw.get("country") not in bias | (also or set())
                and raw.get("precision") == "admin1"
            ):
                return None  # "the villages of Yoro and Gangafani" in Mali: not Honduras's Yoro

            if (
                bias
                and raw.get("country") not in bias | (also or set())
                and (
                    (
                        fold(str(raw.get("name", ""))) != raw.get("matched")
                        and len(str(raw.get("matched") or "")) <= 7
                    )
                    or float(raw.get("fuzzy_score") or 100.0) < 100.0
                )
            ):
                return None  # "Nawa" in a Helmand story is not Naha, Japan (another name of it)
        return loc
    except ValueError as err:
        log.debug("geocoding %r failed: %s", query, err)
        return None


#: a place the text says was spared
_SPARED = re.compile(
    r"\b(?:with|causing|caused|and)\s+no\s+(?:major\s+|serious\s+|significant\s+|"
    r"reported\s+)?(?:damages?|casualties|deaths|injuries|losses)\b",
    re.I,
)


_ADMIN_TAIL = re.compile(
    r"(?i)\s+(?:province|state|oblast|governorate|region|county|district|"
    r"prefecture|division|agency|municipality|tehsil|township)$"
)


def _label(mention: PlaceMention, loc: Any) -> str:
    """The gazetteer's address, led by the report's own spelling when the gazetteer knows the
    place by another name ("Darjeeling (Dārjiling), West Bengal, India"): the analyst finds
    the place as the report names it, and the gazetteer's name beside it."""
    raw = loc.raw if isinstance(loc.raw, dict) else {}
    name = str(raw.get("name") or "")
    said = _ADMIN_TAIL.sub("", mention.text).strip()
    if (
        raw.get("precision") not in ("city", "exact", "admin1")
        or not name
        or not said
        or not loc.address.startswith(name)
        or strip_article(fold(said)) == strip_article(fold(_ADMIN_TAIL.sub("", name)))
    ):
        return str(loc.address)
    said = said.title() if said.isupper() else said  # "KIWANJA" in a dateline
    return f"{said} ({name}){loc.address[len(name) :]}"


#: a list of the victims' names before a place's name: the name is a person's
_NAMES_LIST = re.compile(
    r"\b(?:identified\s+as|included|namely|were\s+named\s+as)\s+"
    r"(?:(?:Mr|Mrs|Ms|Dr|Hawaldar|Constable|Sepoy|Naik|Captain|Major)\.?\s+)?"
    r"(?:[A-Z][\w'’.-]*\s+){0,3}?(?:[A-Z][\w'’.-]*\s*(?:\(\d+\))?\s*(?:,|\band\b)\s*)+"
    r"(?:[A-Z][\w'’.-]*\s+){0,2}$"
)
#: a byline of its own: "By Sally Rawsthorne, Nigel Gladstone and Amber Schultz"
_BYLINE = re.compile(
    r"(?:By|BY|Reporting\s+by|Written\s+by)\s+(?:[A-Z][\w'’.-]+\s+){1,3}?[A-Z][\w'’.-]+"
    r"(?:\s*(?:,|\band\b|&)\s*(?:[A-Z][\w'’.-]+\s+){1,3}?[A-Z][\w'’.-]+)*\s*"
)
#: flags a list's first place passes to the names listed after it
_LIST_FLAGS = ("accused, visited or quoted", "where a trip began", "where a trip was heading")
_NAME_LIST = re.compile(r"(?:\s*(?:,|and|&)\s*(?:[A-Z][\w'’-]+\s*)?)+")


_SPELLERS: dict[Any, Any] = {}


def _spelled_otherwise(gaz: Any, mention: PlaceMention, area: Any) -> Location | None:
    """The gazetteer's town in ``area`` whose name differs from the report's by a letter
    ("Bossaso" for Bosaso, in a report that says Somalia), or None. Only names of six
    letters or more, a town inside that very area, one edit apart (two in a name of ten
    letters or more inside the province the report names)."""
    from geoinc.geocode.gazetteer import Gazetteer

    raw = area.raw if isinstance(area.raw, dict) else {}
    country = raw.get("country")
    if not isinstance(gaz, Gazetteer) or not country or len(fold(mention.text)) < 6:
        return None
    if raw.get("precision") not in ("admin1", "country"):
        return None  # a town inside a town: no namesake of another state ("Colerain Township")
    admin1 = raw.get("admin1") if raw.get("precision") == "admin1" else None
    speller = _SPELLERS.get(gaz.cache_dir)
    if speller is None:  # (one per index: its fuzzy blocks are built once)
        speller = _SPELLERS[gaz.cache_dir] = Gazetteer(
            gaz.cache_dir, fuzzy=True, min_fuzzy_score=90.0
        )
    try:
        loc = speller.geocode(mention.text, exactly_one=True, country_codes=country)
    except ValueError:
        return None
    if not isinstance(loc, Location):
        return None
    found = loc.raw if isinstance(loc.raw, dict) else {}
    if (
        found.get("precision") not in ("city", "exact")
        or float(found.get("fuzzy_score") or 100.0) < 90.0
        or (admin1 is not None and found.get("admin1") != admin1)
    ):
        return None
    from rapidfuzz.distance import OSA

    # a letter off ("Kismayoo", "Bossaso"); two in a long name inside the province told
    # ("Dasht-e-Arch" in Kunduz), never two across a whole country ("Kamalpura" is not
    # Kamalapuram)
    edits = OSA.distance(fold(mention.text), str(found.get("matched") or fold(loc.address)))
    if edits > (2 if admin1 is not None and len(fold(mention.text)) >= 10 else 1):
        return None
    found = dict(found)
    found["reason"] = (
        f"{mention.text!r} is not in the offline gazetteer under that spelling; "
        f"{found.get('name')!r}, a town of {area.address} spelt within a letter or two of it"
    )
    found["confidence"] = min(float(found.get("confidence") or 0.7), 0.7)
    return Location(loc.address, (loc.latitude, loc.longitude), found)


def _within(mention: PlaceMention, area: Any) -> Location:
    """A town the gazetteer does not know, placed at the area (province, country) around it."""
    raw = dict(area.raw) if isinstance(area.raw, dict) else {}
    where = area.address
    raw.update(
        {
            "name": mention.text,
            "confidence": min(float(raw.get("confidence") or 0.5), 0.5),
            "reason": f"{mention.text!r} is not in the offline gazetteer; the point is that of "
            f"{where}, the area the text places it in (precision says so)",
        }
    )
    return Location(f"{mention.text}, {where}", (area.latitude, area.longitude), raw)


_AREA_NOUN_AFTER = re.compile(
    r"\s+(?i:district|province|region|county|governorate|state|area|division|tehsil|"
    r"municipality|subdistrict|sub-district|zone|department|prefecture|lga)\b"
)
_PLACE_PREP_BEFORE = re.compile(r"\b(?:in|to|from|across|into|inside|of|near)\s+(?:the\s+)?$", re.I)


#: a venue's lower-case noun, then the town it is in: "(the Mission) commercial compound in
#: southern Baghdad"
_VENUE_IN_TOWN = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:compound|market|bridge|mosque|hospital|hotel|checkpoint|"
    r"roundabout|square|stadium|complex|camp|base|station)\s+(?:in|of|near)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central|downtown)\w*\s+)?[A-Z]"
)
#: the rest of a venue's name after the town it is named for: "(Kerch) Polytechnic College"
_VENUE_AFTER = re.compile(
    r"(?:\s+[A-Z][\w'’-]+){0,2}?\s+(?:School|College|University|Institute|Academy|Mosque|"
    r"Church|Cathedral|Temple|Synagogue|Market|Bazaar|Station|Airport|Hotel|Hospital|"
    r"Stadium|Mall|Theat(?:er|re)|Club)\b"
)


class _PlaceRules(_SegmentRules):
    """Which of the places a report names are an incident's, and where they are."""

    # -- context -----------------------------------------------------------------------
    def _mark_places(self) -> None:
        subsets = {
            s.index: [(m.start(), m.end()) for m in SUBSET_CLAUSE.finditer(s.text)]
            for s in self.sentences
        }
        # "Ustarzai, a town which lies between the city of Kohat and Hangu": the two ends
        # locate the place, they are not where it happened
        between = {
            s.index: [(m.start(), m.end()) for m in _BETWEEN.finditer(s.text)]
            for s in self.sentences
        }
        for p in self.places:
            sent = self.sentences[p.sentence]
            a = p.start - sent.start
            b = p.end - sent.start
            if any(x <= a < y for x, y in between[p.sentence]):
                p.flags.append("a reference point for a distance")
                continue
            p.part = any(x <= a < y for x, y in subsets[p.sentence])
            p.widespread = bool(_WIDESPREAD.search(sent.text[max(0, a - 40) : a]))
            before = sent.text[max(0, a - 60) : a]
            after = sent.text[b : b + 80]
            if p.kind == KIND_CITY and before.endswith("the ") and _VENUE_IN_TOWN.match(after):
                # "near the Mission commercial compound in southern Baghdad": a venue's name,
                # in the town named after it
                p.in_name = True
            if re.search(
                r"\b(?:PTI|IANS|ANI|UNI|AFP|AP|Reuters|Xinhua|IRNA|Anadolu)\s*\|\s*$", before
            ) or re.match(r"\s*\|\s*(?:Updated|Created|Published|Posted)\b", after):
                p.dateline = True  # "PTI | Islamabad | Updated: …": the agency's byline
            if re.match(
                r"-(?:led|backed|based|born|made|funded|allied|trained|sponsored|owned|"
                r"bound|registered|flagged|linked|run)\b",
                after,
            ) or re.match(
                r"-[A-Z][\w'’]+(?:\s+[\w-]+){0,3}?\s+(?:[Ee]xpress|train|[Mm]ail|bus|highway|"
                r"road|flight|route|line|railway|motorway)\b",
                after,
            ):
                p.flags.append("a modifier")  # "a US-led airstrike", "a Lagos-bound bus"
            elif (
                p.kind == KIND_CITY
                # (told to, quoted by or said on the outlet: not "attacked a Karachi TV station")
                and re.search(
                    r"\b(?:told|telling|to|by|on|with)\s+(?:(?:the|a|an)\s+)?$", before, re.I
                )
            ) and re.match(
                r"[ -](?:(?:state|private|local|public|independent|pan-Arab|satellite)\s+)?"
                r"(?:radio|television|TV|newspaper|daily|broadcaster|news\s+agency|"
                r"radio\s+station|TV\s+station|news\s+channel)\b",
                after,
            ):
                # "survivor Dario Libatan told Manila radio DZMM": a media outlet's city
                p.flags.append("accused, visited or quoted")
            elif (
                _HOMETOWN_BEFORE.search(before)
                and re.match(
                    r"(?:,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?,?\s+(?:man|woman|resident|native|"
                    r"teen|teenager|boy|girl|couple|family)\b",
                    after,
                )
                or re.search(r"\b\d{1,3},\s+of\s+$", before)
                # "suspected militants shot dead a migrant worker from Chhattisgarh state"
                or re.search(
                    r"\b(?:an?|the|two|three|four|five|six|\d+)\s+(?:[\w-]+\s+)?(?:workers?|labou?rers?|"
                    r"traders?|drivers?|pilgrims?|tourists?|students?|men|women|man|woman|"
                    r"natives?|residents?)\s+(?:hailing\s+)?from\s+(?:the\s+)?$",
                    before,
                )
                # "on his way to Abuja from his home town in Katsina"
                or re.search(
                    r"\b(?:his|her|their)\s+(?:home\s*town|home\s+village|native\s+village)\s+"
                    r"(?:in|of)\s+$",
                    before,
                )
                # "Margaret Griffis is a journalist from Miami Beach": the author's own
                or re.search(
                    r"\b(?:is|was)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:journalist|reporter|writer|"
                    r"correspondent|author|editor|photographer|analyst)\s+(?:from|based\s+in|"
                    r"in)\s+(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2},\s+)?$",
                    before,
                )
                # "the deceased … originally hailed from Muzafar Garh in Punjab"
                or re.search(
                    r"\b(?:originally\s+)?(?:hailed|hails|hailing|came|comes)\s+from\s+"
                    r"(?:[A-Z][\w'’-]+\s+){0,3}?(?:in\s+)?(?:the\s+)?$",
                    before,
                )
            ):
                p.flags.append("a person's hometown")  # "a 52-year-old Prior Lake man"
            elif re.match(
                r"\s+(?:ethnic\s+(?:group|minority|majority)|ethnicity|tribe|tribesmen|"
                r"militias?|special\s+forces|regional\s+forces)\b",
                after,
                re.I,
            ):
                p.flags.append("a people or a force")  # "civilians from the Amhara ethnic group"
            elif (_NAMES_LIST.search(sent.text[:a]) and p.kind == KIND_CITY) or (
                len(sent.text) < 200 and _BYLINE.fullmatch(sent.text)
            ):
                # "The injured included Muhammad Azam, Rashid, Shair Azam, Nadeem and Dawood"
                p.flags.append("a person's name")
            elif _EXCLUDE_BEFORE.search(before) or (
                p.kind != KIND_COUNTRY
                and re.match(
                    r"\s+(?:considers|considered|regards|regarded|accuses|accused|believes|"
                    r"insists|wants|warned|warns|demanded|demands|condemned|condemns|has\s+"
                    r"(?:long\s+)?(?:accused|said|warned|considered|demanded))\b",
                    after,
                )
            ):
                # "… which Washington considers a global headquarters of al Qaeda": a
                # government named by its capital
                p.flags.append("accused, visited or quoted")
            elif p.kind != KIND_COUNTRY and (
                re.search(
                    r"\b(?:(?:federal|central|national)\s+)?(?:government|authorities|"
                    r"leadership|administration)\s+in\s+(?:the\s+capital\s+)?$",
                    before,
                )
                # "Fozi Awnais, from the health ministry in Tripoli, later said 47 had died"
                or (
                    re.search(r"\b(?:ministry|headquarters|office)\s+in\s+$", before, re.I)
                    and re.match(r",?\s+(?:\w+\s+)?(?:said|says|told)\b", after)
                )
            ):
                # "over the strong objections of the federal government in Baghdad": the
                # government, not a place where something happened
                p.flags.append("accused, visited or quoted")
            elif re.search(
                r"\b(?:bus|buses|train|flight|plane|ship|boat|ferry|vehicle|truck|coach|"
                r"minibus|car)\s+(?:\([^)]{0,30}\)\s+)?(?:(?:was\s+|were\s+)?(?:travell?ing|"
                r"heading|going|coming|bound|carrying\s+[\w\s]{1,30}?)\s+)?(?:(?:to|towards|for)\s+"
                r"[^.;,]{1,50}?\s+)?from\s+(?:the\s+)?$",
                sent.text[max(0, a - 100) : a],
                re.I,
            ):
                p.flags.append("where a trip began")  # "the bus from Cairo collided with …"
            elif re.search(
                r"\((?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[\d:.]+\s*(?:am|pm|a\.m\.|p\.m\.)?|"
                r"local\s+time|\w+\s+time)\s+in\s+$",
                before,
            ) and re.match(r"\s*\)", after):
                # "shot dead Friday (Saturday in Manila)": the day where the page is read
                p.flags.append("a time-zone note")
            elif re.search(
                r"\b(?:setting\s+off|set\s+off|heading|headed|bound|on\s+(?:their|its|"
                r"his|her)\s+way|en\s+route)\s+(?:for|to|towards?)\s+(?:the\s+)?$",
                before,
                re.I,
            ):
                p.flags.append("where a trip was heading")  # "civilians setting off for Arbinda"
            elif _DISTANCE_BEFORE.search(before) or (
                # "attacked a military post near the border with Mali"
                p.kind == KIND_COUNTRY
                and re.search(r"\b(?:border|frontier)\s+with\s+(?:neighbou?ring\s+)?$", before)
            ):
                p.flags.append("a reference point for a distance")
            elif (
                p.kind != KIND_COUNTRY
                and (
                    (
                        re.match(
                            r"\s+(?:(?:town|village|city|community|area)\s+)?(?:said|says|told)\b",
                            after,
                        )
                        and re.search(
                            r"\b(?i:an?|the)\s+(?:[\w-]+\s+)?(?:resident|residents|native|villager|"
                            r"official|leader|source)\s+(?:of|from|in)\s+$",
                            before,
                        )
                    )
                    or (
                        p.kind == KIND_CITY
                        and re.search(r"(?i:\b(?:vice-?\s?)?(?:mayor|councillor)\s+of\s+)$", before)
                        # ("according to Moulaye Guindo, the mayor of Bankass")
                        and (
                            re.search(r"\b(?:said|told|says)\b", after[:160])
                            or re.search(r"\baccording\s+to\b", before)
                        )
                    )
                )
            ):
                p.flags.append("quoted")  # "A resident of Maru town said 13 people were killed"
            elif (
                p.kind != KIND_COUNTRY
                and re.match(r"\s+(?:said|says|told)\b", after)
                and re.search(
                    r"\b(?:spokes(?:man|woman|person)|official|officer|chief|commander|"
                    r"governor|minister|police|head|administrator|[A-Z][a-z]+)\s+"
                    r"(?:(?:[A-Z][\w'’-]+\s+){0,3})?(?:in|from|at)\s+(?:the\s+)?(?:nearby\s+)?"
                    r"(?:(?:city|town)\s+of\s+)?$",
                    before,
                )
            ):
                # "Police spokesman Fazal Naeem in nearby Kohat said", "Police spokesman
                # Juergen Henningsen from the nearby city of Flensburg said"
                p.flags.append("quoted")
            elif p.kind != KIND_COUNTRY and re.search(
                r"\b(?:[Ss]peaking|[Ss]poke|[Tt]alking)\s+to\s+(?:[\w-]+\s+){1,3}?in\s+"
                r"(?:the\s+(?:[\w-]+\s+)?capital,?\s+)?$",
                before,
            ):
                p.flags.append("quoted")  # "Speaking to local media in the capital Mogadishu"
            elif (
                _QUOTED_AFTER.match(after)
                or (
                    p.kind != KIND_COUNTRY
                    and re.match(
                        r"\s+(?:Gov\.|Governor|Mayor|Sen\.|Senator|Rep\.|Lt\.\s+Gov\.)\s+[A-Z]",
                        after,
                    )
                )
                or re.match(
                    r"\s+(?:(?:interim|caretaker|acting|provincial|state)\s+)?"
                    r"(?:chief\s+minister|home\s+minister|governor|"
                    r"inspector\s+general|police\s+chief)\b",
                    after,
                    re.I,
                )
            ):
                p.flags.append("quoted")  # "Florida Gov. Ron DeSantis declared …"
            elif re.search(
                r"\b(?:(?:reporting|speaking|writing|filing|reports?|calling|told\s+\w+)\s+"
                r"(?:by\s+(?:tele)?phone\s+|over\s+the\s+(?:tele)?phone\s+)?from|"
                r"correspondent\s+(?:from|in|at))\s+(?:the\s+)?$",
                before,
                re.I,
            ):
                p.flags.append("quoted")  # "Al Jazeera's Sinem Koseoglu, reporting from Istanbul"
        # "the state school in Suzano, near São Paulo": the big city locates the town, here and
        # wherever else the report says "near São Paulo"
        near_refs = set()
        for p in self.places:
            sent = self.sentences[p.sentence]
            before = sent.text[max(0, p.start - sent.start - 60) : p.start - sent.start]
            if (
                re.search(
                    r"[A-Z][\w'’-]+\s*,\s+(?:just\s+|a\s+town\s+|a\s+city\s+)?near\s+"
                    r"(?:the\s+)?(?:city\s+of\s+)?$",
                    before,
                )
                and p.kind != KIND_COUNTRY
            ):
                near_refs.add(p.key)
        for p in self.places:
            sent = self.sentences[p.sentence]
            before = sent.text[max(0, p.start - sent.start - 20) : p.start - sent.start]
            if (
                p.key in near_refs
                and re.search(r"\bnear\s+(?:the\s+)?(?:city\s+of\s+)?$", before, re.I)
                and not p.flags
            ):
                p.flags.append("a reference point for a distance")
        # "felt in several cities, including Khoy, Urmiah and Salmas": the flag of a list's
        # first name holds for the names listed after it
        prev: PlaceMention | None = None
        for p in self.places:
            if (
                prev is not None
                and prev.flags
                and not p.flags
                and p.sentence == prev.sentence
                and prev.flags[0] in _LIST_FLAGS
                and _NAME_LIST.fullmatch(self.text, prev.end, p.start)
            ):
                p.flags.append(prev.flags[0])
            prev = p

    def _only_country(self) -> str | None:
        """The one country the report names (for "the capital"), if it names only one."""
        ix = self.gaz.index
        # (the country's own entry: "Iraq" is also a village's name in Iran)
        codes = {
            str(ix.country[next((i for i in p.ids if int(ix.kind[i]) == KIND_COUNTRY), p.ids[0])])
            for p in self.places
            if p.kind == KIND_COUNTRY and not p.in_name and p.ids
        }
        return codes.pop() if len(codes) == 1 else None

    def _country_bias(self) -> set[str]:
        """Countries the report is about: those named most often (not only accused or
        visited), and the countries of "City, Country" qualifiers."""
        ix = self.gaz.index
        named: dict[str, float] = {}
        weak: dict[str, float] = {}
        for p in self.places:
            if p.flags or p.in_name:
                continue  # "the Gulf of Mexico" says nothing of the country of the report
            homes = {ix.country[pid] for pid in p.ids}
            if len(homes) == 1 and (
                p.population >= 100_000 or any(int(ix.kind[pid]) == KIND_ADMIN1 for pid in p.ids)
            ):
                cc = homes.pop()  # every place of that name is in one country
                weak[cc] = weak.get(cc, 0.0) + 1.0
            for pid in p.ids:
                kind = int(ix.kind[pid])
                if kind == KIND_COUNTRY or (
                    kind == KIND_ADMIN1
                    and (p.is_qualifier or (len(p.ids) == 1 and p.population >= 1_000_000))
                ):
                    # a country, a "City, State" qualifier, or a big province with a name of
                    # its own ("Nevada plates")
                    cc = ix.country[pid]
                    weight = 2.0 if p.is_qualifier else 1.0 if kind == KIND_COUNTRY else 0.5
                    if (
                        kind == KIND_COUNTRY
                        and re.match(r"[\s-]+(?:led\b|[a-z]{3,}(?:\s|[.,;]))", self.text[p.end :])
                        and not _PLACE_PREP_BEFORE.search(self.text[max(0, p.start - 12) : p.start])
                    ):
                        weight = 0.25  # "against US efforts", "US-led forces": its troops'
                    named[cc] = named.get(cc, 0.0) + weight
                    break
            else:
                # "Bannang Sata district of Yala province": a province called so, of one
                # country only, names that country (not Yala, another name of Patan in Nepal)
                areas = {ix.country[pid] for pid in p.ids if int(ix.kind[pid]) == KIND_ADMIN1}
                if p.want_admin1 and len(areas) == 1:
                    cc = areas.pop()
                    named[cc] = named.get(cc, 0.0) + 0.5
        if not named or max(named.values()) < 1.0:
            # no country named (or only as its troops' and envoys' own): places whose name is
            # found in one country only ("Yala and Narathiwat": Narathiwat is in Thailand
            # only, so Yala is Thailand's too)
            named = {cc: named.get(cc, 0.0) + weak.get(cc, 0.0) for cc in {*named, *weak}}
        if not named:
            return set()
        top = max(named.values())
        # "Fallujah", "Ramadi", "Baqubah", "Tikrit" beside one "US efforts": the country of
        # many towns the report names is one it is about too
        return {cc for cc, n in named.items() if n >= top / 2} | {
            cc for cc, n in weak.items() if n >= 3 and n > 2 * named.get(cc, 0.0)
        }

    def _count_place(self, c: CountMention, places: list[tuple[PlaceMention, Any]]) -> int | None:
        """The chosen place a figure belongs to: "5 killed in X" or "In X, 5 were killed".

        The nearest place named in the figure's sentence decides; a figure after a list of
        places ("in Colombo, Negombo and Batticaloa …, killing 207") is the event's total
        and belongs to none of them.
        """
        best: PlaceMention | None = None
        best_d = 10**9
        for p in self.places:
            if p.sentence != c.sentence or p.is_qualifier or p.in_name or p.flags:
                continue
            if p.start >= c.end:
                between = self.text[c.end : p.start]
                # "1,644 people were killed and 3,408 injured in X": both figures are X's
                both = re.fullmatch(
                    r"\s*(?:people\s+|persons\s+)?(?:were\s+|have\s+been\s+)?(?:killed|dead)\s+"
                    r"and\s+(?:at\s+least\s+)?[\d,]+\s+(?:others\s+|people\s+)?(?:were\s+)?"
                    r"(?:injured|wounded|hurt)\s+(?:in|at)\s+(?:the\s+)?",
                    between,
                ) or re.fullmatch(
                    # "two soldiers were killed and five wounded today when the rebels
                    # ambushed an army patrol in Dailekh"
                    r"\s*(?:[\w-]+\s+){0,2}?(?:were\s+|have\s+been\s+)?(?:killed|dead)\s+and\s+"
                    r"(?:at\s+least\s+)?(?:[\d,]+|one|two|three|four|five|six|seven|eight|nine|"
                    r"ten|\w+teen|twenty)\s+(?:others\s+|more\s+)?(?:were\s+)?(?:injured|wounded|"
                    r"hurt)\s+(?:[\w-]+\s+){0,2}?(?:when|as|after|in|at)\s+[^;]{0,80}?"
                    r"(?:in|at|near)\s+(?:the\s+)?(?:[\w-]+\s+)?",
                    between,
                )
                if not both and re.search(
                    r"[;]|\band\s+(?:\d|one|two|three|four|five)|"
                    r"\b(?:while|whereas)\b",
                    between,
                ):
                    continue  # "killed four … while in North Waziristan, …": another clause
                d = p.start - c.end
                if re.fullmatch(
                    r"\s*(?:(?:people|others?|more)\s+)?(?:were\s+)?(?:(?:killed|died|"
                    r"dead|injured|wounded)\s+)?(?:in|at|near)\s+(?:the\s+)?",
                    between,
                ):
                    d = 0  # "four in Wynne": the place the figure is told for
            else:
                between = self.text[p.end : c.start]
                if re.search(r"[;]", between) or re.search(r"\d", between):
                    continue
                d = (c.start - p.end) * 2
            if d < best_d and d < 120:
                best, best_d = p, d
        if best is None:
            return None
        if any(
            q is not best
            and q.sentence == best.sentence
            and q.key != best.key
            and not q.is_qualifier
            and self._listed(best, q)
            for q in self.places
        ):
            return None
        for k, (p, _) in enumerate(places):
            if p is best or p.key == best.key:
                return k
        return None

    def _score(
        self, p: PlaceMention, seg: _Segment, counts: list[CountMention], event_sents: list[int]
    ) -> float:
        score = {KIND_CITY: 3.0, KIND_ADMIN1: 2.0, KIND_COUNTRY: 1.0}[p.kind]
        if p.want_admin1:
            score = 2.0
        if p.direction:
            score -= 0.5
        sent = self.sentences[p.sentence]
        a = p.start - sent.start
        b = p.end - sent.start
        if p.sentence in event_sents:
            score += 2.0
        elif _HAPPENED_AT.search(sent.text):
            score += 2.0  # "The incident occurred the day before in the Dona Rosa bar near …"
            window = sent.text[max(0, a - 80) : a + 80]
            if TRIGGER.search(window):
                score += 1.0
        if any(c.sentence == p.sentence for c in counts):
            score += 1.0
        if p.locative or _LOCATIVE_EVENT.search(sent.text[max(0, a - 40) : a]):
            score += 1.0
        if p.qualifier:
            score += 0.5
        if p.in_name:
            score -= 1.5
        if p.initial and p.kind == KIND_CITY:
            score -= 1.0  # "Mobile phone footage showed …", "Kabul residents said …"
        if p.part:
            score -= 2.0  # "…, including 20 in Cox's Bazar": one part of a wider toll
        if p.dateline:
            score -= 4.0
        if _SPARED.search(sent.text) and not self.counts[p.sentence]:
            score -= 3.0  # "The capital Kabul was hit by heavy rains with no major damages"
        if a < self._lead_background.get(p.sentence, 0):
            score -= 2.5  # "Hours after six militants were killed in Pulwama, …": another event's
        if _FUTURE.search(sent.text[_clause_start(sent.text, a) : a]):
            score -= 2.0  # "could make landfall as a hurricane in Florida": a forecast
            self._elsewhere.add(id(p))
        if _RELATIVE_BEFORE.search(sent.text[max(0, a - 40) : a]):
            score -= 3.0  # "just outside Tokyo", "a park south of Paris": a reference point
        if re.search(
            r"[A-Z][\w'’-]+\s+(?:district|tehsil|sub-division|subdivision|block)\s+in\s+"
            # ("in Bijapur district in Chhattisgarh's Bastar")
            r"(?:(?:north|south|east|west|central)\w*\s+|[A-Z][\w-]+['’]s\s+)$",
            sent.text[max(0, a - 60) : a],
        ):
            score -= 1.5  # "in Sukma district in south Bastar": the wider region of a district
        if _ELSEWHERE_BEFORE.search(sent.text[max(0, a - 70) : a]):
            score -= 3.0  # "airlifted to Raipur", "bound for Murmansk", "fired from Gaza"
            self._elsewhere.add(id(p))
        elif re.match(
            r"\s+(?:(?:general|district|teaching|regional|referral|main|city|"
            r"provincial)\s+)?hospital\b",
            sent.text[b : b + 40],
            re.I,
        ) and re.search(r"\b(?:at|to|in|from)\s+(?:the\s+)?$", sent.text[max(0, a - 10) : a], re.I):
            score -= 3.0  # "A medical source at the Manaqil hospital": where the wounded went
            self._elsewhere.add(id(p))
        elif _ROUTE.search(sent.text[max(0, a - 60) : a]) or (
            re.search(r"\bfrom\s+(?:the\s+)?$", sent.text[max(0, a - 10) : a], re.I)
            and re.match(r"\s+to\s+[A-Z]", sent.text[b : b + 6])
        ):
            score -= 5.0  # "a train from Sydney to Melbourne derailed near Wallan"
            self._elsewhere.add(id(p))
        elif re.match(
            r"[\s-]+(?:to\s+[A-Z][\w'’-]+\s+)?(?:train|bus|coach|flight|ferry|plane|"
            r"boat|express|highway|road|motorway|route|railway|line)\b",
            sent.text[b : b + 40],
            re.I,
        ) and (
            re.search(r"\b[A-Z][\w'’-]+\s+to\s+$", sent.text[max(0, a - 30) : a])
            or re.match(r"\s+to\s+[A-Z]", sent.text[b : b + 6])
        ):
            score -= 2.0  # "2 dead after Sydney to Melbourne train derails"
            self._elsewhere.add(id(p))
        window = sent.text[max(0, a - 130) : a]
        fates = [window[m.end() :] for m in _PERP_FATE.finditer(window)]
        if (
            fates
            and not re.search(r"[.;:]", fates[-1])
            and not TRIGGER.search(fates[-1])
            and not (
                re.search(
                    r"\b(?:after|when|as|while|where)\b[^.;]*\b(?:fir(?:ing|ed)|shoot\w*|"
                    r"attack\w*|stabb\w*|opened|began|started)",
                    fates[-1],
                )
            )
        ):
            self._elsewhere.add(id(p))
            score -= 5.0  # "… was later arrested in Denver": where the attacker ended up
        # earlier sentences tell the main facts; the lede most of all
        if p.sentence in seg.sentences:
            score -= 0.1 * min(10, seg.sentences.index(p.sentence))
        if p.sentence in event_sents[:2]:
            score += 0.8
        return score

    def _choose_places(
        self, seg: _Segment, counts: list[CountMention], event_sents: list[int]
    ) -> list[tuple[PlaceMention, Any]]:
        cands = [
            p
            for p in self.places
            if p.sentence in seg.compare_from
            and self._in_scope(seg, p.sentence, p.start)
            and not p.is_qualifier
            and not p.flags
        ]
        own = [
            p
            for p in cands
            if p.sentence not in self._summary_sentences
            and p.kind != KIND_COUNTRY
            and not p.in_name
        ]
        if own and len(own) < len(cands):
            # the items' own places, not the list of a lede summing them up ("attacks in the
            # Tillabéri, Diffa and Dosso regions")
            cands = [p for p in cands if p.sentence not in self._summary_sentences]
        if not cands:
            # "Kabul police said 20 were killed": the speaker's place is all there is
            cands = [
                p
                for p in self.places
                if p.sentence in seg.compare_from
                and self._in_scope(seg, p.sentence, p.start)
                and not p.is_qualifier
                and p.flags in (["quoted"], ["a person's hometown"])
            ]
        if not cands:
            cands = [p for p in self.places if p.dateline]
        if not cands:
            return []
        order = sorted(cands, key=lambda p: (p.sentence, p.start))
        resolved: list[tuple[float, PlaceMention, Any]] = []
        fallback: list[tuple[float, PlaceMention, Any]] = []
        cache: dict[str, Any] = {}
        kinds = {
            "city": KIND_CITY,
            "exact": KIND_CITY,
            "admin1": KIND_ADMIN1,
            "country": KIND_COUNTRY,
        }
        unknown: list[tuple[float, PlaceMention]] = []
        for p in order:
            if p.unknown:
                unknown.append((self._score(p, seg, counts, event_sents), p))
                continue
            if p.query not in cache:
                if len(cache) >= 25:
                    continue
                cache[p.query] = _geocode(
                    self.gaz,
                    p,
                    self.bias,
                    None if p.text == self.admin1_hint else self.admin1_hint,
                    self.soft_bias,
                    self.city_countries,
                )
            loc = cache[p.query]
            if loc is None:
                if (
                    self.bias
                    and p.kind == KIND_CITY
                    and (
                        p.key in self._settlement_keys()
                        or self._at_venue(p)
                        # "In Kazak, 12 militants died in an airstrike": an item of a round-up
                        # (not one the text places itself: "Boni, Mopti: Soldiers Overrun")
                        or (
                            self._home_roundup()
                            and p.locative
                            and not any(q.key == p.key and q.qualifier for q in self.places)
                        )
                    )
                    and not any(
                        q.unknown and q.start <= p.start and p.end <= q.end for q in self.places
                    )
                ):
                    # "in Santa, a locality in the region": a town of the report's country the
                    # gazetteer knows only abroad
                    unknown.append((self._score(p, seg, counts, event_sents), p))
                continue
            if (
                self.bias
                and loc.raw.get("country") not in self.bias
                and p.key in self._settlement_keys()
            ):
                # "Meru village" or "the village of Bani" in a story about another country (any
                # mention so called: "Palma district" makes every "Palma" the district)
                continue
            if (
                self.bias
                and p.kind == KIND_CITY
                and loc.raw.get("country") not in self.bias
                and any(
                    "a reference point for a distance" in q.flags
                    and q.sentence == p.sentence
                    and 0 < q.start - p.end < 60
                    and q.kind != KIND_COUNTRY
                    and any(self.gaz.index.country[i] in self.bias for i in q.ids)
                    for q in self.places
                )
            ):
                # "in Husseiniya, about 20 miles north of Baghdad" in a report about Iraq: a
                # town near Baghdad, not Egypt's Husseiniya
                unknown.append((self._score(p, seg, counts, event_sents), p))
                continue
            if (
                self._home_roundup()
                and loc.raw.get("country") not in self.bias | self.soft_bias
                and loc.raw.get("precision") in ("city", "exact")
                # (not a city of its own: "a bus crash in Tehran", "In Peshawar, across the
                # border, …")
                and int(loc.raw.get("population") or 0) < 100_000
                and not re.match(r",?\s+(?:across|over)\s+the\s+border\b", self.text[p.end :])
            ):
                # a round-up of one country's attacks: "a bomb blast in Husseiniya" is that
                # country's town the gazetteer lacks, not Egypt's namesake
                unknown.append((self._score(p, seg, counts, event_sents), p))
                continue
            p.kind = kinds.get(loc.raw.get("precision"), p.kind)
            if p.in_name and not self._confirmed(p, loc):
                fallback.append((self._score(p, seg, counts, event_sents) - 1.0, p, loc))
                continue
            score = self._score(p, seg, counts, event_sents)
            if self.bias and loc.raw.get("country") in self.bias:
                score += 0.5
            elif (
                self.bias
                and loc.raw.get("precision") in ("city", "exact")
                and loc.raw.get("matched") != fold(str(loc.raw.get("name", "")))
            ):
                # "Dessa" in a report about Niger is not Dessie, Ethiopia (another of its names)
                score -= 2.0
            area = [
                q
                for q in self._places_in.get(p.sentence, ())
                if q.kind == KIND_ADMIN1
                and not q.flags
                and re.search(
                    r"(?i)\b(?:state|province|region|"
                    r"governorate|oblast)$",
                    q.text,
                )
            ]
            if (
                area
                and loc.raw.get("precision") in ("city", "exact")
                and loc.raw.get("admin1")
                and not any(fold(str(loc.raw.get("admin1"))) in q.key for q in area)
            ):
                # "the Ramin Kura community … of Kaduna State": not Kura in Kano State
                score -= 2.0
            hint = self._hint_area.raw if self._hint_area is not None else None
            if (
                hint
                and loc.raw.get("precision") in ("city", "exact")
                and loc.raw.get("country") == hint.get("country")
                and loc.raw.get("admin1")
                and fold(str(loc.raw.get("admin1"))) != fold(str(hint.get("admin1") or ""))
                and int(loc.raw.get("population") or 0) < 50_000
                and any(q.unknown and q.key == p.key for q in self.places)
            ):
                # "Nyaung Kone village" in a story about Sagaing Region: not the hamlet of that
                # name in Yangon, but a village the gazetteer lacks
                continue
            resolved.append((score, p, loc))
        if not resolved:
            # a province or country qualifying a name the gazetteer does not know
            # ("Weber State University in Odgen, Utah") is surer than a name inside a name
            for q in self.places:
                if (
                    q.is_qualifier
                    and not q.flags
                    and q.sentence in seg.compare_from
                    and self._in_scope(seg, q.sentence, q.start)
                ):
                    loc = cache.get(q.query) or _geocode(self.gaz, q, self.bias)
                    if loc is not None:
                        q.kind = kinds.get(loc.raw.get("precision"), q.kind)
                        resolved.append((self._score(q, seg, counts, event_sents), q, loc))
                        break
        if not resolved:
            # only names inside longer names ("Seattle Pacific University"): better than none,
            # those of the report's country first ("the Las Vegas Strip", "Mandalay Bay")
            fallback.sort(key=lambda t: (t[2].raw.get("country") not in self.bias, -t[0]))
            resolved = fallback[:1]
        about = self.bias or self.soft_bias
        if (
            resolved
            and unknown
            and all(q.dateline or loc.raw.get("precision") == "country" for _, q, loc in resolved)
            and max(t[0] for t in unknown) > max(t[0] for t in resolved)
            and len(self.bias or self.soft_bias) == 1  # (the town's country is known)
        ):
            # "YAOUNDE, Aug. 10 (Xinhua) -- … ambushed the soldiers in Bamessing locality",
            # "an attack on a village in central Mali … in the village of Yarou": a town the
            # gazetteer does not know, not the reporter's city or the country alone
            resolved = []
        code = next(iter(about)) if len(about) == 1 else self._first_country(about)
        if not resolved and unknown and code is not None:
            # only a town the gazetteer does not know: the country the report is about (of
            # several, the first named: "Egypt soldier killed … on the border with the Gaza
            # Strip … near the town of Sheikh Zuweid")
            _, u = max(unknown, key=lambda t: (t[0], -t[1].start))
            area = self._hint_area
            if (
                area is None
                or area.raw.get("country") != code
                or _AN_AREA_AFTER.match(self.text, u.end)
            ):
                area = self.gaz.geocode(country_name(code), exactly_one=True, country_codes=code)
            if area is not None:
                return [(u, self._unknown_at(u, area))]
        if not resolved:
            return []
        resolved.sort(key=lambda t: (-t[0], t[1].start))
        top_raw = resolved[0][2].raw if isinstance(resolved[0][2].raw, dict) else {}
        top0 = resolved[0][1]
        if top0.sentence == self.headline and top_raw.get("admin1") and unknown:
            # "… kill 5 in Maiduguri" over "attacked the camp in Dalori, Borno state": the
            # lede's town of the headline city's province, which the gazetteer lacks
            top_province = fold(str(top_raw["admin1"]))
            for u_score, u in sorted(unknown, key=lambda t: -t[0]):
                after = re.match(
                    r",\s+(?P<a>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)", self.text[u.end :]
                )
                if (
                    u.sentence != self.headline
                    and u.sentence in event_sents
                    and u_score >= resolved[0][0] - 1.0
                    and after
                    and fold(after.group("a")) == top_province
                ):
                    return [(u, self._unknown_at(u, resolved[0][2]))]
        part_of_top = [
            t
            for t in unknown
            if re.fullmatch(r"['’]s\s+(?:\w+\s+)?", self.text[top0.end : t[1].start])
        ]
        if not part_of_top:
            # "in Agua village of Habiganj's Baniachong", "at Mollarkul village in Mollahat
            # upazila of Bagerhat district": a village told as lying in the chosen place
            part_of_top = [
                t
                for t in unknown
                if t[1].end <= top0.start
                and (
                    re.fullmatch(
                        r"\s+(?i:village|hamlet|locality|community)\s+(?:of|in|under)\s+"
                        r"[^.;,]{0,60}?",
                        self.text[t[1].end : top0.start],
                    )
                    # "in Banawel, Hungduan town": the village, then its town
                    or (
                        re.fullmatch(r",\s*", self.text[t[1].end : top0.start])
                        and re.match(
                            r"\s+(?:town|municipality|township|district|upazila|tehsil)\b",
                            self.text[top0.end : top0.end + 20],
                        )
                    )
                )
            ]
        if part_of_top:
            unknown = part_of_top  # "Dhaka's Keraniganj": a part of the chosen city
        unknown = [t for t in unknown if t[1].key != top0.key]  # the chosen place itself
        # "the Tarmiyah district, 30 kilometers outside Baghdad": the city is only a reference
        reference = bool(unknown) and all(
            _RELATIVE_BEFORE.search(
                self.sentences[q.sentence].text[
                    max(0, q.start - self.sentences[q.sentence].start - 40) : q.start
                    - self.sentences[q.sentence].start
                ]
            )
            for q in self.places
            if q.key == top0.key and q.sentence in seg.sentences and not q.dateline
        )
        if unknown and id(top0) in self._elsewhere:
            # "near the town of Koutougou" beside "evacuated to the capital Niamey": the town
            # the gazetteer lacks, in the country of the place the wounded went to
            reference = True
        if unknown and (
            top_raw.get("precision") in ("admin1", "country")
            or part_of_top
            or "second-level subdivisions" in str(top_raw.get("source", ""))
            or _AN_AREA_AFTER.match(self.text, top0.end)
            or reference
        ):
            # "the village of Na Leik in Mrauk-U Township": a town named as the area
            # "the village of Koutougou" in "northern Burkina Faso": the town as the text
            # names it, at the point of the area the gazetteer does know
            u_score, u = max(unknown, key=lambda t: (t[0], -t[1].start))
            if u_score >= resolved[0][0] - 2.0:
                area = resolved[0][2]
                hint = self._hint_area
                if (
                    hint is not None
                    and top_raw.get("precision") == "country"
                    and hint.raw.get("country") == top_raw.get("country")
                    and not _AN_AREA_AFTER.match(self.text, u.end)
                ):
                    area = hint  # the province the report names is nearer than its country
                near = any(
                    re.search(
                        r"(?i)\b(?:km|kilomet(?:er|re)s?|miles|outside|suburb)\b",
                        self.sentences[q.sentence].text[
                            max(0, q.start - self.sentences[q.sentence].start - 40) : q.start
                            - self.sentences[q.sentence].start
                        ],
                    )
                    for q in self.places
                    if q.key == top0.key and not q.dateline and q.sentence in seg.sentences
                )
                if reference and not near and top_raw.get("country"):
                    # "in Quezon province, southeast of Manila": a bearing from a far city says
                    # only the country
                    found = self.gaz.geocode(
                        country_name(str(top_raw["country"])),
                        exactly_one=True,
                        country_codes=top_raw.get("country"),
                    )
                    area = found or area
                elif (
                    reference
                    and top_raw.get("admin1")
                    and top_raw.get("precision") in ("city", "exact")
                ):
                    # only a reference point near the town: the town is somewhere in its
                    # province ("30 kilometers outside Baghdad")
                    found = self.gaz.geocode(
                        str(top_raw["admin1"]),
                        exactly_one=False,
                        country_codes=top_raw.get("country"),
                    )
                    area = next(
                        (q for q in found or () if q.raw.get("precision") == "admin1"), area
                    )
                several = self._towns_with_own_figures([t[1] for t in unknown], counts)
                if len(several) > 1:
                    # "13 were killed in Dangulbi while five were killed in Kango"
                    return [(t, self._unknown_at(t, area)) for t in several]
                # "the towns of Saraqeb and Ehsim in Idlib province": a known town listed
                # with the unknown one is the same event's other place
                home = getattr(area, "raw", {}).get("country")
                known = {
                    q.key: loc
                    for _, q, loc in [*resolved, *fallback]
                    if loc.raw.get("precision") in ("city", "exact")
                    and loc.raw.get("country") == home
                }
                beside = [
                    (q, known[q.key])
                    for q in self._places_in.get(u.sentence, ())
                    if q.key in known and not q.unknown and self._listed(q, u)
                ]
                if beside:
                    return sorted(
                        [*beside, (u, self._unknown_at(u, area))], key=lambda t: t[0].start
                    )
                resolved[0] = (u_score, u, self._unknown_at(u, area))
                return [resolved[0][1:]]
        top_score, top, top_loc = resolved[0]
        if top.kind != KIND_CITY and not top.widespread:
            # a city (or province) inside the chosen country or province is more specific
            for score, p, loc in sorted(resolved[1:], key=lambda t: (t[1].kind, -t[0])):
                if id(p) in self._elsewhere:
                    continue  # a route's end, a hospital's town
                if (
                    p.kind < top.kind
                    and not p.dateline
                    and loc.raw.get("country") == top_loc.raw.get("country")
                    and score >= top_score - 3.5
                    and (
                        top.kind == KIND_COUNTRY
                        or loc.raw.get("admin1") == top_loc.raw.get("admin1")
                    )
                ):
                    resolved.remove((score, p, loc))
                    resolved.insert(0, (score, p, loc))
                    break
        top_score, top, top_loc = resolved[0]
        if top_loc.raw.get("precision") == "country":
            # "45 km west-northwest of Padang in Indonesia": the reference city says more
            # than the country
            for q in self.places:
                if (
                    "a reference point for a distance" in q.flags
                    and q.sentence in seg.sentences
                    and self._in_scope(seg, q.sentence, q.start)
                ):
                    near = _geocode(self.gaz, q, self.bias)
                    if (
                        near is not None
                        and near.raw.get("country") == top_loc.raw.get("country")
                        and near.raw.get("precision") in ("city", "exact")
                    ):
                        q.flags = [f for f in q.flags if f != "a reference point for a distance"]
                        self._near_reference.add(id(q))
                        top, top_loc = q, near
                        break
        if top_loc.raw.get("precision") == "country":
            # "the Makassar Cathedral … was attacked": a big city of that country inside the
            # name of the place attacked says more than the country
            for score, p, loc in sorted(fallback, key=lambda t: -t[0]):
                if (
                    loc.raw.get("country") == top_loc.raw.get("country")
                    and loc.raw.get("precision") in ("city", "exact")
                    and int(loc.raw.get("population") or 0) >= 100_000
                    and p.sentence in event_sents
                    and score >= top_score - 3.5
                ):
                    top, top_loc = p, loc
                    break
        if (
            top_loc.raw.get("precision") == "country"
            and not top.locative
            and not any(
                q.kind == KIND_COUNTRY and q.locative and not q.flags for _, q, _ in resolved
            )
        ):
            # "US student shoots 2 schoolmates" over "Centennial, Colorado: The student …":
            # a country named only as an adjective says less than the dateline's town in it
            for _, p, loc in resolved:
                if (
                    p.dateline
                    and loc.raw.get("country") == top_loc.raw.get("country")
                    and loc.raw.get("precision") in ("city", "exact")
                ):
                    top, top_loc = p, loc
                    break
        top_sent = self.sentences[top.sentence]
        if top_loc.raw.get("precision") in ("city", "exact") and re.search(
            r"\bprovince\s+of\s+$",
            top_sent.text[max(0, top.start - top_sent.start - 14) : top.start - top_sent.start],
        ):
            # "the southern Philippine province of Sulu", then "in the village of Pang": a
            # province the gazetteer holds only as a town (Jolo), wider than a town of it
            top, top_loc = self._town_within(
                resolved, top_loc, event_sents, lambda p: p.key != top.key
            ) or (top, top_loc)
        if top_loc.raw.get("precision") == "admin1":
            # "a shooting … in Crimea", then "killed himself inside the Kerch Polytechnic
            # College library": the town inside the name of the place attacked, in that province
            top, top_loc = self._town_within(fallback, top_loc, event_sents, self._names_venue) or (
                top,
                top_loc,
            )
        chosen = [(top, top_loc)]
        # a country or province containing the chosen city adds nothing; other cities of
        # the same event (a list "in Colombo, Negombo and Batticaloa", or a place with its
        # own figures) give more rows
        rank = {"city": 3, "exact": 3, "admin1": 2, "country": 1}
        top_rank = rank.get(top_loc.raw.get("precision"), 0)
        for score, p, loc in resolved[1:]:
            p_rank = rank.get(loc.raw.get("precision"), 0)
            abroad = (
                p_rank == 1
                and loc.raw.get("country") != top_loc.raw.get("country")
                and self._own_figures(p, top, counts)
            )
            if (
                p_rank < top_rank
                and not abroad
                and not (
                    p_rank >= 2
                    and loc.raw.get("admin1") != top_loc.raw.get("admin1")
                    and self._own_figures(p, top, counts)
                )
            ):
                continue  # a province is another row only with a toll of its own; a country
                # only when it is not the chosen city's ("Myanmar's quake" beside Bangkok's)
            if top_rank < 2 and not (
                p_rank == top_rank == 1
                and p.sentence == top.sentence
                and (self._listed(top, p) or self._own_figures(p, top, counts))
            ):
                continue  # countries only as a list: "in Turkey and Syria", or each its toll
            if any(loc.address == c[1].address for c in chosen) or id(p) in self._elsewhere:
                continue  # a hospital's or an arrest's place is never a row of its own
            listed = p.sentence == top.sentence and self._listed(top, p)
            if (listed and score >= top_score - 1.5) or (
                score >= top_score - 3.5 and self._own_figures(p, top, counts)
            ):
                chosen.append((p, loc))
        # "the towns of Saraqeb and Ehsim in Idlib province": a town the gazetteer lacks,
        # listed with the chosen one, is the same event's other place, in the same province
        listed_unknown = [
            u
            for u_score, u in unknown
            if top_rank == 3
            and u.sentence == top.sentence
            and u_score >= top_score - 1.5
            and u.key not in {c[0].key for c in chosen}
            and self._listed(top, u)
        ]
        if listed_unknown and top_loc.raw.get("admin1"):
            in_area = self.gaz.geocode(
                str(top_loc.raw["admin1"]),
                exactly_one=False,
                country_codes=top_loc.raw.get("country"),
            )
            province = next((q for q in in_area or () if q.raw.get("precision") == "admin1"), None)
            if province is not None:
                chosen += [(u, self._unknown_at(u, province)) for u in listed_unknown]
        # a country adds nothing beside a town of its own ("Libya" and "Tripoli" with nine dead)
        towns = {
            c[1].raw.get("country")
            for c in chosen
            if c[1].raw.get("precision") in ("city", "exact", "admin1")
        }
        if len(chosen) > 1:
            chosen = [
                c
                for c in chosen
                if not (c[1].raw.get("precision") == "country" and c[1].raw.get("country") in towns)
            ] or chosen
        if len(chosen) > 1:
            # "southern Ghazni" (the city) and "southern Ghazni province" without figures of
            # their own: one place
            def base(m: PlaceMention) -> str:
                return re.sub(
                    r"^(?:(?:north|south|east|west)\w*|central)\s+|\s+(?:province|state|region|"
                    r"district|governorate|oblast)$",
                    "",
                    m.key,
                )

            cities = [c[0] for c in chosen if c[1].raw.get("precision") in ("city", "exact")]
            chosen = [
                c
                for c in chosen
                if not (
                    c[1].raw.get("precision") == "admin1"
                    and any(
                        base(t) == base(c[0]) and not self._own_figures(c[0], t, counts)
                        for t in cities
                    )
                )
            ]
        chosen.sort(key=lambda t: t[0].start)
        return chosen

    def _settlement_keys(self) -> set[str]:
        """Names the text calls a village, town or district somewhere ("Palma district")."""
        if self._settlements is None:
            self._settlements = {
                p.key
                for p in self.places
                if re.match(
                    r"\s+(?:village|hamlet|town|district|county)\b", self.text[p.end : p.end + 12]
                )
                or _SETTLEMENT_AFTER.match(self.text, p.end)  # "Santa, a locality in …"
                or re.search(r"\s(?:district|county)$", p.text, re.I)
                or re.search(
                    r"\b(?:village|hamlet|town|locality|settlement|community)\s+of\s+$",
                    self.text[max(0, p.start - 30) : p.start],
                    re.I,
                )
            }
        return self._settlements

    def _towns_with_own_figures(
        self, towns: list[PlaceMention], counts: list[CountMention]
    ) -> list[PlaceMention]:
        """The towns (first mention of each name) that have a figure of their own."""
        first: dict[str, PlaceMention] = {}
        for t in sorted(towns, key=lambda t: t.start):
            first.setdefault(t.key, t)
        if len(first) < 2:
            return []
        pairs: list[tuple[PlaceMention, Any]] = [(t, None) for t in first.values()]
        have = {self._count_place(c, pairs) for c in counts if c.kind in (KILLED, INJURED)}
        return [t for k, (t, _) in enumerate(pairs) if k in have]

    def _home_roundup(self) -> bool:
        """Is the report a round-up of one country's attacks (its towns stay at home)?"""
        return self._roundup and len(self.bias) == 1

    def _at_venue(self, p: PlaceMention) -> bool:
        """Is ``p`` told as where a venue lies ("at a fish market in Taji")?"""
        sent = self.sentences[p.sentence]
        return bool(
            re.search(
                r"\b(?:at|near|outside|inside)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:market|"
                r"checkpoint|mosque|church|school|hospital|station|base|camp|bazaar|shop|"
                r"restaurant|cafe|hotel|office|home|house)\s+(?:in|of|at)\s+$",
                sent.text[max(0, p.start - sent.start - 60) : p.start - sent.start],
            )
        )

    def _first_country(self, codes: set[str]) -> str | None:
        """The first of ``codes`` the report names as a country."""
        for p in self.places:
            if p.kind == KIND_COUNTRY and not p.flags:
                named = {self.gaz.index.country[i] for i in p.ids} & codes
                if len(named) == 1:
                    return next(iter(named))
        return None

    def _unknown_at(self, mention: PlaceMention, area: Any) -> Location:
        """A town the gazetteer does not know under the report's spelling: the town of
        ``area`` spelt a letter otherwise, else the area itself. An area named by its noun
        ("the Tarmiyah district") is not the town of its name."""
        if not _AREA_NOUN_AFTER.match(self.text, mention.end):
            near = _spelled_otherwise(self.gaz, mention, area)
            if near is not None:
                return near
        return _within(mention, area)

    def _town_within(
        self,
        candidates: list[tuple[float, PlaceMention, Any]],
        area: Any,
        event_sents: list[int],
        accept: Any,
    ) -> tuple[PlaceMention, Any] | None:
        """The best-scored town of ``candidates`` in the chosen ``area``'s province, named in
        an event sentence and passing ``accept``."""
        for _, p, loc in sorted(candidates, key=lambda t: -t[0]):
            if (
                loc.raw.get("admin1") == area.raw.get("admin1")
                and loc.raw.get("country") == area.raw.get("country")
                and loc.raw.get("precision") in ("city", "exact")
                and p.sentence in event_sents
                and accept(p)
            ):
                return p, loc
        return None

    def _names_venue(self, p: PlaceMention) -> bool:
        """Is ``p`` the town a venue is named for ("inside the Kerch Polytechnic College")?"""
        sent = self.sentences[p.sentence]
        return bool(
            re.search(
                r"\b(?:(?:in|at|inside|near|outside)\s+(?:the\s+)?|of\s+the\s+)$",
                sent.text[max(0, p.start - sent.start - 12) : p.start - sent.start],
            )
            and _VENUE_AFTER.match(sent.text[p.end - sent.start : p.end - sent.start + 60])
        )

    def _confirmed(self, p: PlaceMention, loc: Any) -> bool:
        """A name inside a longer name ("Johnston Post Office") counts only when its
        province or country is named in the same sentence ("… in South Carolina")."""

        if fold(str(loc.raw.get("name", ""))) != p.key:
            return False  # "Weber State University …, Utah": Weber is only another name of Morgan
        sent = fold(self.sentences[p.sentence].text)
        admin1 = loc.raw.get("admin1")
        country = loc.raw.get("country_name")
        return bool((admin1 and fold(admin1) in sent) or (country and fold(country) in sent))

    def _own_figures(self, p: PlaceMention, top: PlaceMention, counts: list[CountMention]) -> bool:
        """Do ``p`` and ``top`` each have their own figure of the same kind?"""
        pairs = [(p, None), (top, None)]
        for kind in (KILLED, INJURED):
            mine = [c for c in counts if c.kind == kind and self._count_place(c, pairs) == 0]
            theirs = [c for c in counts if c.kind == kind and self._count_place(c, pairs) == 1]
            if mine and theirs and {c.value for c in mine} != {c.value for c in theirs}:
                return True
        return False

    def _drop_containing_cities(self, places: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
        """ "in Binondo, Manila": a district written before its city is one place, not two
        (the second name is a town within a few kilometres of the first)."""
        from geoinc.geocode.gazetteer import _haversine_km  # (imported with the gazetteer)

        def km(la: Any, lb: Any) -> float:
            return float(
                _haversine_km(
                    la.latitude, la.longitude, np.array([lb.latitude]), np.array([lb.longitude])
                )[0]
            )

        # an address ending on its area: "in Bayongbong, Karangpawitan, Garut regency" is
        # Bayongbong (the names after it are the places around it, each close by)
        run = [places[0]]
        for q in places[1:]:
            if (
                run[-1][0] is not None
                and q[0] is not None
                and run[-1][1] is not None
                and q[1] is not None
                and self.text[run[-1][0].end : q[0].start].strip() == ","
                and km(run[-1][1], q[1]) < 40
            ):
                run.append(q)
            elif len(run) < 2:
                run = [q]
            else:
                break
        if len(run) >= 2 and re.match(
            r"\s+(?:regency|district|province|county|municipality|"
            r"sub-?district|department)\b",
            self.text[run[-1][0].end :],
            re.I,
        ):
            places = [p for p in places if p not in run[1:]]
        out = list(places)
        for (a, la), (b, lb) in zip(places, places[1:], strict=False):
            if (
                a is None
                or b is None
                or la is None
                or lb is None
                or self.text[a.end : b.start].strip() != ","
                or a.kind != KIND_CITY
                or b.kind != KIND_CITY
                or b.population < 3 * max(a.population, 1)
                # (not a list: "the Dantakuri, Tsayau, Barza and Zakka villages")
                or re.match(r"\s*(?:,\s*(?:and\s+)?[A-Z]|and\s|&)", self.text[b.end : b.end + 9])
                or re.search(r",\s*$", self.text[max(0, a.start - 3) : a.start])
            ):
                continue
            if km(la, lb) < 15 and (b, lb) in out:
                out.remove((b, lb))
        return out

    def _place_fields(
        self, row: dict[str, Any], ev: dict[str, Any], mention: PlaceMention | None, loc: Any
    ) -> None:
        row.update(
            {
                "geocode_status": "not_found",
                "geocode_confidence": float("nan"),
                "geocode_candidates": None,
                "geocode_reason": "no place found in the text",
                "geocoder": getattr(self.gaz, "name", type(self.gaz).__name__),
            }
        )
        if mention is None or loc is None:
            self._demonym_fields(row, ev)
            return
        raw = loc.raw if isinstance(loc.raw, dict) else {}
        precision = raw.get("precision") or "unknown"
        if mention.direction and precision == "country":
            precision = "country"
        sent = self.sentences[mention.sentence]
        ev["place"] = _phrase(sent.text, mention.start - sent.start, mention.end - sent.start)
        if id(mention) in self._near_reference:
            ev["place"] += " [the text gives a distance from this place, nothing nearer]"
        row.update(
            {
                "place": f"{mention.direction} {mention.text}"
                if mention.direction
                else mention.text,
                "location": _label(mention, loc),
                "country": raw.get("country"),
                "admin1": raw.get("admin1"),
                "latitude": float(loc.latitude),
                "longitude": float(loc.longitude),
                "precision": precision
                if precision in ("exact", "city", "admin1", "country")
                else "unknown",
                "geocode_status": "found",
                "geocode_confidence": raw.get("confidence", float("nan")),
                "geocode_candidates": raw.get("candidates"),
                "geocode_reason": raw.get("reason"),
            }
        )

    def _demonym_fields(self, row: dict[str, Any], ev: dict[str, Any]) -> None:
        """No place found: a country adjective ("a Nigerian church") gives the country."""
        found = find_demonym_country(self.sentences)
        if found is None:
            codes = demonym_countries(self.sentences)  # "Indonesian rescuers searched …"
            if not codes:
                return
            found = (codes[0], "a nationality adjective", 0)
        code, phrase, _ = found
        try:
            loc = self.gaz.geocode(country_name(code), exactly_one=True, country_codes=code)
        except ValueError:
            loc = None
        if loc is None:
            return
        raw = loc.raw if isinstance(loc.raw, dict) else {}
        ev["place"] = f"no place named; the country from {phrase!r}"
        row.update(
            {
                "place": phrase,
                "location": loc.address,
                "country": code,
                "admin1": None,
                "latitude": float(loc.latitude),
                "longitude": float(loc.longitude),
                "precision": "country",
                "geocode_status": "found",
                "geocode_confidence": 0.5,
                "geocode_candidates": raw.get("candidates"),
                "geocode_reason": f"no place named in the text; the country of {phrase!r}",
            }
        )
