"""From a report's text to its incidents: the assembly of places, dates, counts and actors.

The steps, each in its own module:

1. clean the text (HTML, entities) and split it into sentences (:mod:`.text`);
2. mark sentences that tell of *other*, earlier incidents (comparisons, anniversaries,
   old dates) and split the report where a *separate* attack begins;
3. per incident: casualty figures (:mod:`.casualties`), place mentions
   (:mod:`.places`) scored by their tie to the event words, the date nearest the event
   words (:mod:`.dates`), claims and accusations (:mod:`.actors`), the event type
   (:mod:`.events`);
4. geocode the chosen places with the gazetteer, biased to the countries the report
   names, and write one row per incident location with an ``evidence`` column.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from geopy.location import Location
from pyproj import CRS

from geoinc._countries import country_name
from geoinc._text import fold, strip_article
from geoinc.extract.actors import (
    GROUP_REFERENCE,
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
    SUBSET_CLAUSE,
    CountMention,
    combine,
    find_counts,
    perpetrator_died,
)
from geoinc.extract.dates import DateMention, find_dates, to_date
from geoinc.extract.events import TRIGGER, event_type
from geoinc.extract.places import (
    KIND_ADMIN1,
    KIND_CITY,
    KIND_COUNTRY,
    PlaceMention,
    demonym_countries,
    find_capitals,
    find_demonym_country,
    find_places,
    find_unknown_places,
)
from geoinc.extract.text import Sentence, clean_text, split_sentences
from geoinc.schema import COLUMNS, COUNT_COLUMNS

__all__ = ["extract_incidents"]

log = logging.getLogger("geoinc")

_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z .'’-]{1,40}?)(?:,\s*[A-Z][A-Za-z .]{1,30}?)?\s*"
    r"(?:\|\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?)?"
    r"(?:\((?:[^)]{1,40})\)\s*)?(?:,\s*)?(?:(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|"
    r"Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|"
    r"Oct|Nov|Dec)[a-z]*\.?(?:,?\s*\d{4})?)\s*(?:\([^)]{1,40}\)\s*)?)?[-–—:•·]+\s"
)
#: a dateline written in mixed case, known by the agency after it: "Raipur, May 20 (IANS)"
_DATELINE_AGENCY = re.compile(
    r"^\s*(?P<place>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})(?:\s*\[[^\]\n]{1,30}\])?,?\s+"
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|"
    r"Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?\s*)?\((?:IANS|PTI|ANI|UNI|AP|"
    r"AFP|Reuters|Xinhua|AA|dpa|EFE|IRNA|APP|NNN|WAM|SPA|KUNA|Bernama)(?:/[A-Za-z]+)?\)\s*[-–—:]?\s*")
#: a dateline of a date and an agency only: "Nov. 9 (UPI) -- At least five people died …"
_DATELINE_DATE = re.compile(
    r"^\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"(?:,\s*\d{4})?\s*\((?:UPI|AP|AFP|Reuters|IANS|PTI|ANI|Xinhua|dpa|EFE|AA|IRNA|APP|Bernama)\)"
    r"\s*[-–—:]+\s*")
_DATELINE_DASH = re.compile(
    r"^\s*(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"
    r"(?:\s+[–—]\s+(?=[A-Z])|:\s+(?=[A-Z]|\d+\s+(?:people|persons|dead|killed|injured)))")
_EVENT_NOUN_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|blasts?|explosions?|earthquake|quake|"
    r"tremor|shooting|stabbing|crash|collision|derailment|fire|blaze|floods?|flooding|"
    r"landslides?|mudslides?|storm|cyclone|typhoon|hurricane|tornado(?:es)?|tsunami|"
    r"massacre|raid|ambush|assault|strikes?|airstrikes?|collapse|stampede|sinking|"
    r"capsizing|disaster|tragedy|incident|violence|clashes|riots?|rampage|scene)\b", re.I)
#: a background phrase that points at another event ("two weeks after a car bombing")
_OTHER_EVENT = re.compile(
    r"(?:(?:a|one|two|three|four|five|six|\d+|several|few|just|only|mere)\s+)?(?:days?|weeks?|"
    r"months?|hours?)\s+(?:after|before)|(?:follows|followed|comes\s+after|came\s+after)\b|"
    r"a\s+(?:series|spate|string|wave)\s+of|the\s+(?:most\s+recent|previous|last)\s", re.I)
_PAGE_DATE_LEAD = re.compile(
    r"\s*(?i:date|published|updated|posted|last\s+updated)\s*:?\s*(?P<d>(?:19|20)\d\d-[01]\d-"
    r"[0-3]\d)(?:[T ][\d:.]+Z?)?\b")
#: "Later Wednesday," / "Later that day,": a later event of the same day
_LATER_DAY = r"later\s+(?:on\s+)?(?:that\s+day|\w+day(?:\s+(?:night|evening|afternoon))?)\s*,"
_SEPARATE = re.compile(
    r"\b(?:in\s+a\s+separate\s+(?:\w+\s+){0,2}?(?:attack|incident|bombing|shooting|blast|"
    r"explosion|assault|raid|(?:air|air\s+|drone\s+)?strike|ambush)|^\s*separately\b|,\s+separately,|in\s+another\s+(?:\w+\s+)?(?:attack|"
    r"incident|bombing|shooting|blast|explosion|raid|(?:air|air\s+|drone\s+)?strike)|in\s+a\s+second\s+(?:attack|"
    r"incident|bombing|shooting|blast|explosion|raid|(?:air|air\s+|drone\s+)?strike|ambush)|"
    r"another\s+(?:attack|bombing|blast|explosion|shooting|air\s*strike|drone\s+strike|raid|"
    r"ambush)\s+(?:in|on|at|near|hit|struck|killed|took\s+place|occurred)|elsewhere|a\s+separate\s+(?:[\w-]+\s+){0,2}?(?:attack|bombing|blast|"
    r"explosion|shooting)|later\s+that\s+day,\s+in|in\s+an\s+earlier\s+(?:attack|incident|"
    r"bombing|blast|explosion|shooting|raid|(?:air|air\s+|drone\s+)?strike|ambush)(?=[^.]*\b(?:yesterday|today|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)|in\s+a\s+(?:fresh|new|further|third)\s+"
    r"(?:[\w-]+\s+)?(?:attack|bombing|blast|explosion|shooting|raid|(?:air|air\s+|drone\s+)?strike)|"
    r"(?:^|\.\s+)(?:also|meanwhile)\b[^.]{0,40}\b(?:in|at|near)\s+(?-i:[A-Z])|"
    r"^\s*separately,\s+(?!(?:the|they|it|he|she|police|officials|authorities)\b)|"
    r"^\s*also,\s+(?:an?\s+(?:[\w-]+\s+){0,3}?(?:attack|bomb|blast|explosion|shooting|raid)|"
    r"(?:[\w-]+\s+){0,2}?(?:attacks|bombings|blasts|explosions)\s+(?:were|was|have|had|hit|"
    r"struck|killed)|in\s+(?-i:[A-Z]))|"
    r"in\s+a\s+similar\s+(?:attack|incident|bombing|blast|explosion|shooting|raid|(?:air|air\s+|drone\s+)?strike)|"
    r"another\s+(?:suicide\s+)?(?:car\s+|truck\s+|roadside\s+)?(?:bomber|gunman|attacker|bomb)"
    r"\s+(?:\w+\s+){0,3}?(?:rammed|blew|detonated|struck|hit|attacked|opened|killed|exploded)|"
    r"^\s*" + _LATER_DAY + r"\s+(?![^.]*\b(?:toll|rose|risen|climbed|more|died|succumbed|"
    r"bod(?:y|ies)|another|suspects?|gunm[ae]n|attackers?|assailants?|shooters?|bombers?|perpetrators?|killers?)\b)|"
    r"^\s*(?:about\s+|some\s+)?(?:\w+\s+){0,2}(?:minutes|hours)\s+(?:earlier|before)\s*,)",
    re.IGNORECASE,
)
#: "the toll from bombings the previous day climbed to 73": the day before the report's news
_TOLL_DAY = r"\s+day\b[^.]*\b(?:climbed|rose|risen|reached|jumped)\s+to\b"
_COMPARE = re.compile(
    r"\b(?:last\s+year|previous(?:ly|(?!" + _TOLL_DAY + r"))|"
    r"earlier\s+(?:attacks?|bombings?|incidents?|massacres?)(?![^.]*\b(?:yesterday|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)|"
    r"in\s+(?:a|an)\s+(?:earlier(?!\s+(?:attack|incident|bombing|blast|explosion|shooting|"
    r"raid|strike|ambush)[^.]*\b(?:yesterday|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"\b)|previous|similar|prior)|similar\s+(?:attacks?|bombings?)|"
    r"recalled|reminiscent\s+of|since\s+(?:the|a|an|its|their)\b|years?\s+ago|months?\s+ago|"
    r"weeks?\s+ago|fortnight\s+ago|"
    r"(?:one\s+of\s+the\s+)?(?:recent\s+)?similar\s+(?:incidents?|attacks?|bombings?|raids?|"
    r"explosions?|blasts?)|"
    r"(?:first|worst|deadliest|biggest|largest|bloodiest)\s+(?:[\w'’-]+\s+){0,4}?since|compared\s+(?:with|to)|the\s+same\s+(?:group|"
    r"militants)\s+(?:also\s+)?(?:attacked|killed|bombed)|in\s+(?:19|20)\d\d(?=,|\s+when\b)|"
    r"has\s+(?:a\s+history|been\s+(?:the\s+)?target)|have\s+been\s+targeted|for\s+years|"
    r"in\s+recent\s+years|over\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years|decades?)|"
    r"since\s+(?:(?:early|mid|late)-?\s*)?(?:19|20)\d\d|to\s+date|"
    r"since\s+(?:(?:early|mid|late)-?\s*)?(?-i:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b(?!\s+\d)|so\s+far\s+this\s+year|"
    r"this\s+year\s+alone|(?:\w+|\d+)\s+(?:years|decades)\s+of\s+(?:violence|conflict|war|fighting|"
    r"insurgency|unrest|bloodshed)|the\s+\d+(?:st|nd|rd|th)\s+(?:[\w-]+\s+){0,2}?since)\b",
    re.IGNORECASE,
)
#: background to the incident once the incident has been told: other, earlier events
#: ("comes days after a series of bombs that killed 23"), statistics ("an average of 75
#: murders a day"), tolls of a whole war, link lines ("Read more: …")
_BACKGROUND = re.compile(
    r"\b(?:(?:(?:a|one|two|three|four|five|six|\d+|several|few|just|only|mere)\s+)?"
    r"(?<!the\s)(?:days?|weeks?|months?|hours?|fortnight)\s+(?:after|before)\s+(?!(?:in|on|when|while|as|"
    r"yesterday|today)\b)(?!at\s+(?!least\b))(?!the\s+(?:\w+\s+){0,2}?(?:holiday|festival|"
    r"celebrations?|ceremony|match|game|concert|service|prayers?|curfew|fast)\s+(?:began|started|"
    r"was\s+due|ended|opened)\b|the\s+(?:start|beginning|end|opening)\s+of\b)"
    r"(?!(?:the|this|that|its|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s|yesterday['’]s|today['’]s)\s+"
    r"(?:[\w-]+\s+)?(?:attacks?|shootings?|bombings?|blasts?|explosions?|quake|earthquake|"
    r"incident|massacre|assault|stabbing|crash|collapse|fire|flood|disaster|tragedy|violence|"
    r"raid|strike)\b)|"
    r"last\s+(?:week|month|year|summer|winter|spring|autumn|fall|weekend|(?:mon|tues|wednes|thurs|fri|"
    r"satur|sun)day)|"
    r"earlier\s+(?:this|that|in\s+the)\s+(?:week|month|year)|"
    r"(?:mark(?:s|ed|ing)?|commemorat\w+)\s+the\s+(?:\w+\s+)?anniversary|"
    r"in\s+recent\s+(?:days|weeks|months)|a\s+(?:series|spate|string|wave)\s+of|"
    r"in\s+(?:a|one|another)\s+(?:recent|previous|earlier|similar)\s+(?:example|case|incident|"
    r"attack)|"
    r"(?:has|had)\s+been\s+an?\s+(?:\w+\s+)?(?:bloody|deadly|violent|tough|grim|dark)\s+(?:week|"
    r"month|day|weekend|year|few\s+days)\b|"
    r"averag(?:e|es|ed|ing)|per\s+(?:day|week|month|year|capita|\d[\d,]*\s+(?:inhabitants|people|"
    r"residents|population))|every\s+(?:day|week|month|year)|\ba\s+rate\s+of\b|"
    r"the\s+(?:19|20)\d\d\s+(?:[\w-]+\s+)?(?:attacks?|bombings?|blasts?|massacre|shooting|"
    r"earthquake|quake|floods?|fire|crash|sinking|disaster)|"
    r"each\s+year|annually|so\s+far\s+(?:in\s+(?:19|20)\d\d|this\s+(?:year|month))|"
    r"this\s+year|had\s+been\s+involved\s+in|(?:the\s+)?previous\s+(?:week|month|year)|"
    r"(?:the\s+)?previous\s+day(?!" + _TOLL_DAY[len(r"\s+day\b"):] + r")|"
    r"in\s+various\s+(?:\w+\s+)?(?:attacks|raids|incidents|bombings|clashes)|(?:in|over)\s+the\s+(?:past|last)\s+(?:\w+\s+)?"
    r"(?:days|weeks|months|years|week|month|year)\b|since\s+the\s+(?:start|beginning|outbreak)\s+of|"
    r"the\s+(?:most\s+recent|previous|last)\s+(?:[\w-]+\s+){0,2}?(?:attack|bombing|blast|"
    r"shooting|massacre|incident|strike|explosion)|"
    r"(?:follows|followed|comes\s+after|came\s+after)\s+(?:a|an|last\s+\w+['’]s)\s+|"
    r"(?:the|its|their|an?)\s+(?:[\w-]+\s+){0,2}?(?:war|conflict|insurgency|civil\s+war|uprising|crisis|violence|"
    r"fighting|campaign|rebellion)\s+"
    r"(?:in\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+)?(?:,\s*which\s+)?(?:has|had|"
    r"which\s+has)\s+(?:so\s+far\s+|now\s+|already\s+|reportedly\s+|\w+ly\s+)?"
    r"(?:killed|claimed|left|cost)|"
    r"\b(?:the|these|such|those)\s+(?:[\w-]+\s+)?(?:attacks|bombings|blasts|raids|explosions)\s+"
    r"(?:have|had)\s+(?:so\s+far\s+|now\s+|already\s+)?(?:killed|claimed|left)\b|"
    r"\bha(?:ve|s)\s+(?:recently|already)\s+(?:killed|claimed|left)\b|"
    r"\b(?:during|in|over|within)\s+(?:this|that|the\s+same)\s+period\b|"
    r"\b(?:often|frequently|regularly|routinely|repeatedly|sometimes)\s+(?:killing|kills|leaving|"
    r"claiming)\b|"
    r"ha(?:s|ve)\s+also\s+(?:killed|claimed\s+(?:the\s+)?lives)\b[^.;]{0,80}?\bin\s+(?:\w+\s+){0,2}?"
    r"(?:attacks|bombings|raids)\b|"
    r"for\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|some\s+)?(?:two|three|four|five|"
    r"several|many|\d+)?\s*decades|"
    r"^\s*(?:read\s+more|see\s+also|also\s+read|related|watch)\b)",
    re.IGNORECASE,
)
_IN_MONTH = re.compile(
    r"\b(?i:in|since|during|last|early|late|mid-?|(?:the\s+)?(?:end|beginning|start|middle)\s+of)"
    r"(?:\s+|(?<=mid-))(?P<m>January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\b(?!\s+\d)")
_MONTH_NUMBER = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}  # noqa: SIM905
#: "The attack came a day after assailants gunned down 18 guests": another, earlier event
_CAME_AFTER = re.compile(
    r"\b(?:came|comes|follows|followed|coming)\s+(?:just\s+|only\s+|barely\s+|almost\s+|"
    r"nearly\s+|exactly\s+|about\s+|some\s+)?(?:a|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|several|few|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:to\s+the\s+day\s+)?after\b|"
    r"^\s*(?:that['’]s|that\s+was|this\s+was|it\s+was)\s+when\b|"
    r"\b(?:follows|followed|came\s+after|comes\s+after)\s+(?:that|those)\s+of\b|"
    r"\b(?:came|comes|coming)\s+(?:shortly|soon|just|only|barely|hours|days)\s+after\b",
    re.IGNORECASE)
#: a sentence coming back to the report's own incident ("Sunday's blast", "the explosion")
_BACK_TO_EVENT = re.compile(
    r"\b(?:today['’]s|yesterday['’]s|(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s|"
    r"this\s+(?:attack|blast|bombing|explosion|shooting|incident)|the\s+latest)\b", re.I)
_HOMETOWN_BEFORE = re.compile(r"\b(?:an?|the|every|each)\s+(?:\d{1,3}-year-old\s+)?$",
                              re.IGNORECASE)
_EXCLUDE_BEFORE = re.compile(
    r"\b(?:accus\w+|blam\w+|visit(?:s|ed|ing)?|trips?\s+to|travel\w*\s+to|flew\s+to|"
    r"flights?\s+to|called\s+off|postponed|talks?\s+with|envoy|ambassadors?|embassy|"
    r"condemn\w*|sanctions?\s+(?:on|against)|backed\s+by|supported\s+by|relations\s+with|"
    r"allies|ally|returned\s+to|return\s+to|fled\s+to|extradited\s+to|headquartered\s+in|"
    r"born\s+in|grew\s+up\s+in|moved\s+(?:here\s+)?from|moved\s+to|studied\s+in|"
    r"citizen\s+of|native\s+of|warned|threatened|vowed\s+revenge\s+on|retaliate\s+against|"
    r"responded|solidarity\s+with|condolences|thanked|"
    r"(?<!(?-i:In)\s)(?<!(?-i:In\sthe)\s)(?:neighbouring|neighboring)|"
    r"as\s+far\s+(?:away\s+)?as|felt\s+in|sent\s+from|flown\s+(?:in\s+)?from|"
    r"arrived\s+from)\b"
    # the accused or visited place follows within a few words ("accused Israel",
    # "a planned visit to Turkey"); "for …", "of …", "on …" start the accusation's object
    r"(?:[\s,]+(?!(?:for|of|over|on|in|at|after|killing|that)\b)[\w'’-]+){0,4}?[\s,]*$",
    re.IGNORECASE,
)
_WIDESPREAD = re.compile(
    r"\b(?:across|throughout|all\s+over|around|nationwide\s+in|parts\s+of|much\s+of|"
    r"several\s+(?:provinces|states|regions|districts)\s+(?:of|in))\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west)(?:ern)?\s+)?$", re.IGNORECASE)
_DISTANCE_BEFORE = re.compile(
    r"\b\d[\d,.]*\s*(?:-\s*)?(?:km|kms|kilomet(?:re|er)s?|miles?|mi)\s+(?:\(\s*[\d.,]+\s*\w+\s*\)\s+)?"
    r"(?:(?:north|south|east|west)(?:-?(?:north|south|east|west)){0,2}(?:ern)?\s+)?"
    r"(?:of|from|to|away\s+from)\s+"
    r"(?:the\s+)?"
    r"(?:(?:city|town|capital|village)\s*(?:of\s+|,\s*)?)?$",
    re.IGNORECASE,
)
_BETWEEN = re.compile(
    r"\b(?:lies|lying|located|situated|sits|sitting|midway|halfway)\s+(?:\w+\s+){0,2}?"
    r"between\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:of\s+)?"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+and\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:of\s+)?"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")
_QUOTED_AFTER = re.compile(
    r"^(?:[’']s)?\s+(?:(?:health|interior|defen[cs]e|information|civil\s+defen[cs]e|"
    r"emergency|disaster|police|security|regional|provincial|local|state|city)\s+)?"
    r"(?:foreign\s+ministry|ministry|military|army|government|president|"
    r"prime\s+minister|officials?|embassy|leaders?|spokesman|spokeswoman|state\s+media|"
    r"media|intelligence|authorities|foreign\s+minister|defen[cs]e\s+minister|"
    r"(?:[\w-]+\s+){0,2}?(?:news\s+agency|television|broadcaster|newspaper|radio|daily))\s+"
    r"(?:\w+\s+){0,3}?(?:said|says|declined|denied|condemned|warned|accused|blamed|"
    r"called|stated|told|rejected|vowed|expressed|reported|quoted|cited)", re.IGNORECASE,
)
#: where the wounded were taken, where a vehicle was going, where a rocket came from
_ELSEWHERE_BEFORE = re.compile(
    r"(?:\b(?:airlifted|taken|rushed|shifted|evacuated|referred|flown|transferred|moved|brought|"
    r"admitted)\s+(?:\w+\s+){0,3}?to\s+(?:(?:a|the)\s+)?(?:(?:\w+\s+)?(?:hospitals?|clinics?|"
    r"medical\s+cent(?:er|re)s?)\s+in\s+)?|\bhospitals?\s+(?:in|near|outside)\s+|\bbound\s+for\s+|"
    r"\ben\s+route\s+to\s+|\b(?:carrying|transporting|taking|delivering|bringing)\s+(?:\w+\s+){0,3}?"
    r"(?:supplies|food|aid|goods|fuel|cargo|passengers|troops)\s+to\s+|"
    r"\b(?:took|take|taking|taken|sought|seek|seeking|find|found|"
    r"finding)\s+(?:\w+\s+)?(?:refuge|shelter|safety)\s+(?:in|at)\s+|\bhead(?:ed|ing)\s+(?:for|to(?:wards)?)\s+|\bon\s+(?:its|their|the|"
    r"his|her)\s+way\s+(?:to|from)\s+|\b(?:fired|launched)\s+(?:\w+\s+){0,2}from\s+|"
    r"\b(?:hiding|sheltering|camped|fled\s+to|escaped\s+to|displaced\s+to)\s+(?:\w+\s+)?"
    r"(?:in|at|near|to)\s+(?:the\s+)?|"
    r"\b(?:speaking|briefing\s+reporters|told\s+reporters)\s+(?:from|in|at)\s+(?:[\w-]+\s+){0,6}?"
    r"(?:in|of|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?)"
    r"(?:the\s+)?(?:(?:city|town|village)\s+of\s+|capital\s+(?:city\s+)?(?:of\s+)?)?$",
    re.IGNORECASE,
)
_RELATIVE_BEFORE = re.compile(
    r"\b(?:outside|"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|"
    r"south-east|south-west)(?:ern)?\s+of|an?\s+(?:\w+\s+)?suburb\s+of|(?:just|some|about)\s+"
    r"(?:outside|north|south|east|west))\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]+\s+)?"
    r"(?:(?:city|town|capital)\s+(?:of\s+)?)?$",
    re.IGNORECASE)
_ROUTE = re.compile(r"\bfrom\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+to\s+(?:the\s+)?$|"
                    r"\b(?:to|towards?|for)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
                    r"(?:\s+(?:district|province|city|town|state|region|area))?\s+from\s+"
                    r"(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:city|town|capital|village)\s+of\s+)?$")
#: the attacker's fate, not the incident: "was arrested in Denver", "shot dead by police in X"
_PERP_FATE = re.compile(
    r"\b(?P<fate>arrested|apprehended|captured|caught|detained|surrendered|custody|manhunt|"
    r"tracked\s+down|found\s+(?:dead|hiding)|(?:killed|shot(?:\s+and\s+killed)?|shot\s+dead)"
    r"\s+by\s+(?:the\s+)?(?:a\s+)?(?:police|officers?|law\s+enforcement|troopers?|deputies|"
    r"swat|security\s+forces|troops|soldiers))\b",
    re.IGNORECASE,
)
#: words of a page's date line besides the date and a name or two
_PAGE_WORDS = frozenset("""
published posted updated last modified first on by at date dated am pm gmt utc est edt bst
cet ist pst pdt time local ago minutes minute hours hour mins min mon tue wed thu fri sat sun
""".split())  # noqa: SIM905
_LOCATIVE_EVENT = re.compile(
    r"\b(?:in|at|near|outside|inside|on\s+the\s+outskirts\s+of|hit|struck|rocked)\s+"
    r"(?:the\s+)?(?:[a-z-]+\s+){0,2}$", re.IGNORECASE)


_DEATH_WORDS = re.compile(r"\b(?:killed|killing|dead|died|dying|deaths?|fatal\w*|lives|drowned)\b",
                          re.IGNORECASE)
_OCCURRED = re.compile(
    r"\b(?:struck|strikes|hit|hits|exploded|explodes|went\s+off|occurred|happened|took\s+place|"
    r"erupted|broke\s+out|opened\s+fire|stormed|attacked|detonated|derailed|collapsed|crashed|"
    r"capsized|began|started|carried\s+out|launched|fell|caved\s+in|gave\s+way|toppled|"
    r"sank|overturned|plunged|burst)\b(?:\s+\w+){0,3}\s*$|"
    r"^\s*,?\s*(?:when|as)\s+(?:a|an|the|two|gunmen|militants)\b",
    re.IGNORECASE,
)
_AFTERMATH = re.compile(
    r"\b(?:rescuers?|rescue\s+(?:teams?|workers|operations?)|dug|digging|search(?:ed|ing)?|"
    r"rubble|funerals?|buried|mourn\w*|vigils?|toll\s+(?:rose|climbed|rises|has\s+risen)|"
    r"aid\s+(?:arrived|reached)|visited|condemned|investigat\w+|taken\s+ashore|salvaged|refloated|"
    r"retrieved|fished\s+out|(?:rose|climbed|risen|jumped|"
    r"increased)\s+to)\b[^.;]*$",
    re.IGNORECASE,
)

#: a later act (arrest, trial, statement) whose date is not the incident's
_LATER_ACT = re.compile(
    r"\b(?:statement|said|says|announced|released|mourning|funeral|visit\w*|meeting|confirmed|"
    r"press\s+conference|told|published|reported|updated|posted|vigil|trial|tried|sentenced|"
    r"court|arrested|charged|turned\s+(?:himself|herself|themselves)\s+in|surrendered|"
    r"captured|caught|booked|indicted|convicted|pleaded|executed|identified|extradited|"
    r"died\s+(?:later|in\s+(?:the\s+)?hospital))\b[^.;]{0,25}$",
    re.IGNORECASE,
)
_NUM_WORD = (r"a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+")
_N_UNITS = {"a": 1, "an": 1, "one": 1, "the": 1, "two": 2, "three": 3, "four": 4, "five": 5,
            "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
#: "<date> — the day before the shooting", "<date>, two days after the attack"
_OFFSET = re.compile(
    r"^\s*(?:,|—|–|-)?\s*(?:just\s+|only\s+)?(?P<n>the|a|one|two|three|four|five|six|seven|"
    r"\d)\s+(?P<unit>days?|nights?|weeks?)\s+(?P<dir>before|after)\s+(?:the\s+|a\s+|an\s+|"
    r"this\s+)?(?:[\w-]+\s+){0,2}?(?:shootings?|attacks?|bombings?|blasts?|explosions?|"
    r"massacre|rampage|killings?|murders?|ambush|raid|incident|spree|earthquake|quake|bombs?|"
    r"(?:air)?strikes?|crash|collapse|stampede|fire|flood(?:ing|s)?|landslide|storm|cyclone|"
    r"stabbings?|assault|siege|clashes|riots?|derailment|sinking)\b",
    re.IGNORECASE,
)
#: a sentence opening on an offset to the event ("Two days after the attack, ...")
_OFFSET_LEAD = re.compile(
    r"^\s*(?:just\s+|only\s+|some\s+)?(?P<n>a|one|two|three|four|five|six|seven|\d)\s+"
    r"(?P<unit>days?|weeks?)\s+(?P<dir>after|before)\s+",
    re.IGNORECASE,
)
#: a sentence-opening date followed by a statement ("On Friday, officials said ...")
_STATED_AFTER = re.compile(
    r"^\s*,\s*(?:[\w'’.-]+\s+){0,4}?(?:said|says|announced|reported|confirmed|told|stated|"
    r"added|disclosed|revealed)\b",
    re.IGNORECASE,
)
_AFTERMATH_AFTER = re.compile(
    r"^\s*,?\s*(?:[\w'’.-]+\s+){0,3}?(?:protesters|demonstrators|mourners|relatives|residents|"
    r"hundreds|thousands|crowds|families)\s+(?:\w+\s+)?(?:gathered|protested|marched|rallied|"
    r"mourned|buried|held|took\s+to)\b", re.IGNORECASE)
_HAPPENED_AT = re.compile(
    r"\b(?:incident|attack|blast|explosion|shooting|bombing|accident|crash|tragedy|stampede|"
    r"collapse|sinking|ambush|raid|massacre|fire)\b[^.;]{0,80}\b(?:occurred|happened|"
    r"took\s+place)\b", re.IGNORECASE)
#: "the incident occurred on", "the blast happened at 8 a.m. on"
_EVENT_HAPPENED = re.compile(
    r"\b(?:incident|attack|blast|explosion|shooting|bombing|accident|crash|quake|earthquake|"
    r"fire|tragedy|stampede|collapse|sinking|ambush|raid|massacre)\s+(?:\w+\s+){0,2}?"
    r"(?:occurred|happened|took\s+place|struck|hit|erupted|broke\s+out|began)\s+"
    r"(?:[\w:.]+\s+){0,3}?$", re.IGNORECASE)
#: a revised toll right before the date ("… rose to 36 on Monday")
_TOLL_UPDATE = re.compile(
    r"\b(?:rose|climbed|risen|jumped|increased|reached|stood\s+at|stands\s+at|revised\s+"
    r"(?:up|upwards?)\s+to)\s+(?:to\s+)?(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+)?"
    r"[\w,.-]+\s+(?:\w+\s+)?(?:by|on|as\s+of)?\s*$|"
    # "the death toll had risen overnight"
    r"\btoll\s+(?:had|has|have)\s+(?:risen|climbed|increased|jumped)\s*$",
    re.IGNORECASE,
)
#: a date introduced as a later day ("two days later on", "the next day,")
_LATER = re.compile(
    r"\b(?:later|the\s+(?:next|following)\s+(?:day|morning|night|evening|week)|next\s+day)"
    r"\s*,?\s*(?:on|that|in\s+the)?\s*$",
    re.IGNORECASE,
)
#: the date of something that came after another event ("Monday, two days after the attack")
_ORDINAL_ITEM = re.compile(
    r"\s*(?:The|A|In\s+the)\s+(?:second|third|fourth|other)\s+(?:[\w-]+\s+)?(?:attack|ambush|"
    r"blast|bombing|explosion|raid|incident|strike|airstrike)\b")
_SETTLEMENT_AFTER = re.compile(
    r"\s*,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:town|village|hamlet|locality|settlement|"
    r"community|island|suburb|neighbou?rhood)\b|\s+(?:town|village|hamlet|locality)\b", re.I)
#: a brief's own dateline inside a page of several: "WOODLAWN, Md. — ", "LAGOS (AP) — "
_INNER_DATELINE = re.compile(r"[A-Z]{3,}(?:[ -][A-Z]{3,}){0,2},?\s+(?:[A-Z][a-z]{1,4}\.\s+|"
                             r"\((?:AP|AFP|Reuters)\)\s+)[—–-]\s")
#: a later sentence telling the toll of the incident just told
_THIS_ATTACK = re.compile(r"\b(?:(?:in|during)\s+)?(?:this|that|the)\s+(?:[\w-]+\s+)?(?:attack|"
                          r"raid|ambush|assault|clash|battle|gunfight|firefight|fighting|incident|"
                          r"blast|bombing|explosion)\b", re.I)
#: a claim of several attacks at once: "claimed both attacks", "claimed the bombings"
_ALL_ATTACKS = re.compile(
    r"\b(?:both|all(?:\s+the)?|each\s+of\s+the|the|these|those)\s+(?:[\w-]+\s+)?(?:attacks|"
    r"bombings|blasts|explosions|assaults|raids|ambushes|strikes)\b", re.I)
#: where a sentence goes on to another incident: "…, while another car bomb … in Hawijah"
_ITEM_JOIN = re.compile(
    r"[,;]\s+(?:(?:while|whereas)\s+(?=an?\s)|(?:while|whereas|and)\s+(?=another\b|"
    r"an?\s+(?:second|third|fourth|separate)\b|in\s+(?:nearby\s+|neighbou?ring\s+)?(?-i:[A-Z])|"
    r"near\s+(?-i:[A-Z])))|"
    # "At Kazarahoyo, the attackers killed five civilians while in Bulongo, two were killed"
    r"\s+(?:while|whereas)\s+(?=in\s+(?:nearby\s+|neighbou?ring\s+)?(?-i:[A-Z]))|"
    # "… in Cho Airong district and two villagers shot dead in Pattani's Nong Chik district"
    r"\s+and\s+(?=(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:were\s+|was\s+)?(?:killed|shot\s+dead|wounded|injured|died)\b)",
    re.I)
#: a clause's own place: "in Kazimiyah", "in the town of Hawijah", "in nearby Barangay …"
_CLAUSE_PLACE = re.compile(
    r"\b(?:in|near|at)\s+(?:the\s+(?:[\w-]+\s+)?(?:town|city|village|district|area|province)"
    r"\s+of\s+|nearby\s+|neighbou?ring\s+)?((?-i:[A-Z])[\w'’-]+)")


def _ends_item(head: str, join: re.Match[str]) -> bool:
    """Whether a plain "and" (no comma) ends an item: the clause before it ends on its place
    ("five rangers were wounded … in Cho Airong district and two villagers shot dead …"), not
    on its figures ("31 were killed and 50 wounded when … in X": one clause's figures)."""
    if join.group(0)[0] in ",;" or "and" not in join.group(0):
        return True
    last = [c.end for c in find_counts(Sentence(0, 0, head))]
    return bool(last) and any(p.start() >= max(last) for p in _CLAUSE_PLACE.finditer(head))


def _split_items(sentences: list[Sentence]) -> tuple[list[Sentence], set[int]]:
    """Sentences with a second incident told in a later clause cut there ("a car bomb killed
    five in Kirkuk, while another … in the town of Hawijah left four dead"); the indices of
    the clauses so cut off."""
    out: list[Sentence] = []
    items: set[int] = set()
    for s in sentences:
        text = s.text
        joins = ([m for m in _ITEM_JOIN.finditer(text) if _ends_item(text[:m.start()], m)]
                 if ", " in text or "; " in text or " and " in text else [])
        cuts = [0]
        for k, m in enumerate(joins):
            end = joins[k + 1].start() if k + 1 < len(joins) else len(text)
            head, tail = text[cuts[-1]:m.start()], text[m.end():end]
            own = set(_CLAUSE_PLACE.findall(tail)) - set(re.findall(r"[\w'’-]+", head))
            if (own and TRIGGER.search(tail) and find_counts(Sentence(0, 0, tail))
                    and find_counts(Sentence(0, 0, head))):
                cuts.append(m.end())
        for k, a in enumerate(cuts):
            b = cuts[k + 1] if k + 1 < len(cuts) else len(text)
            if k:
                items.add(len(out))
            out.append(Sentence(len(out), s.start + a, text[a:b].rstrip()))
    return out, items


_LEAD_AFTER = re.compile(
    r"\s*(?:(?:just|only|barely|mere)\s+)?(?:(?:a|one|two|three|four|five|a\s+few|several|\d+)\s+)?"
    r"(?:hours?|days?|weeks?|minutes?|fortnight)\s+(?:after|before)\s+(?!the\s+(?:attack|blast|bombing|"
    r"explosion|shooting)\b)[^,]{5,200},", re.IGNORECASE)
#: a forecast: what a storm is expected to do, where it could hit
_FUTURE = re.compile(
    r"\b(?:expected|forecast|predicted|scheduled|likely|set)\s+to\b|\b(?:will|could|would|may|"
    r"might)\s+(?:\w+\s+)?(?:make|hit|reach|strike|bring|become|continue|move|pass|head|"
    r"approach|arrive|be)\b", re.IGNORECASE)
#: a photo caption's marks: a bullet, a photo credit
_CAPTION = re.compile(r"^\s*[•▪]|\((?:AP|AFP|Reuters|EPA|Getty)?\s*Photos?\b|\bPhoto(?:graph)?:\s|"
                      r"\((?:AP|AFP|Reuters|EPA|Getty\s+Images)\)\s*$", re.M)
_LATER_SAME_DAY = re.compile(r"\s*" + _LATER_DAY, re.I)
#: an unknown name that is an area itself ("Jawzjan province"), not a town inside one
_AN_AREA_AFTER = re.compile(r"\s+(?:province|district|county|region|governorate|state|township|"
                            r"zone|prefecture|department|woreda|upazila|"
                            r"municipality|local\s+government|LGA|sub-?district|tehsil)\b", re.I)
_PLACE_FIELDS = ("place", "location", "country", "admin1", "latitude", "longitude", "precision",
                 "geocode_status", "geocode_confidence", "geocode_candidates", "geocode_reason")
#: a sentence that opens a new event with an indefinite article ("A roadside bomb …")
_NEW_EVENT = re.compile(
    r"\s*(?:(?:On|Late|Early)\s+\w+(?:\s+(?:night|morning|evening))?,?\s+|Earlier,?\s+|"
    r"Meanwhile,?\s+|Also,?\s+|(?:He|She|They|The\s+source|The\s+official)\s+(?:also\s+)?"
    r"(?:added|said)\s+that\s+)?(?i:an?)\s+(?:[\w-]+\s+){0,5}?(?:bomb|blast|explosion|attack|"
    r"bomber|gunman|gunmen|militants|landmine|mine|IED|grenade|rocket|mortar|airstrike|"
    r"air\s+strike|drone\s+strike|shelling|fire|landslide|stampede|crash|collision|"
    r"earthquake)s?\b")
#: a round-up's item opening on its place: "In northern Jawzjan province, three laborers …"
_NEW_PLACE_LEAD = re.compile(
    r"\s*(?:Also\s+|Meanwhile\s+)?(?:on\s+\w+\s+)?in\s+(?:the\s+)?(?:(?:nearby|neighbou?ring|"
    r"adjacent|adjoining)\s+)?(?:(?:north|south|east|west)\w*\s+|"
    r"central\s+)?(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:\s+(?:province|district|state|county|"
    r"region|city|town|area))?\s*,", re.IGNORECASE)
#: an item opening on its own toll and telling its own event: "Five civilians were killed
#: … earlier on Thursday when a roadside bomb and a car bomb exploded in Baghdad"
_NEW_TOLL_LEAD = re.compile(
    r"\s*(?:On\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?"
    r"(?:(?:at\s+least|about|some|more\s+than)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|"
    r"thirty|forty|fifty)\s+(?:[\w-]+\s+){0,2}?(?:were|was)\s+(?:\w+ly\s+)?(?:killed|shot\s+dead)"
    r"\b[^.;]{0,120}?\b(?:when|as|after|in)\s+(?:an?\s+|two\s+)(?:[\w-]+\s+){0,3}?(?:bombs?|blasts?|"
    r"explosions?|attacks?|gunmen|militants|airstrikes?|air\s+strikes?|strikes?|shelling|ambush|"
    r"raid)\b",
    re.IGNORECASE)
#: a lede that sums up several incidents told one by one after it
_SUMMARY = re.compile(
    r"\b(?:attacks|bombings|violence|explosions|shootings)\s+(?:\w+\s+)?across\s+(?:the\s+)?"
    r"(?-i:[A-Z])|"
    r"\b(?:separate|several|multiple|a\s+series\s+of|two|three|four|five|six|(?<=least\s)\d+)\s+"
    r"(?:[\w-]+\s+){0,3}?"
    r"(?:attacks|explosions|blasts|bombings|incidents|airstrikes|air\s+strikes|raids|shootings|"
    r"provinces|districts|states|towns|cities|"
    r"villages|places|regions|neighbou?rhoods|areas|locations|sites|parts)\b", re.IGNORECASE)
_AFTER_THE_EVENT = re.compile(
    r"^\s*,?\s*(?:after|following|since)\s+(?:the|this|that|last\s+\w+['’]s|\w+day['’]s)\s+"
    r"(?:[\w-]+\s+)?(?:attacks?|bombings?|blasts?|explosions?|shootings?|massacre|assault|"
    r"incident|tragedy|quake|earthquake|crash|killings?|stabbing|rampage)\b", re.IGNORECASE)
_AFTER_SOMETHING = re.compile(
    rf"^\s*,?\s*(?:more\s+than\s+|just\s+|only\s+|some\s+)?(?:(?:{_NUM_WORD})\s+"
    r"(?:full\s+)?(?:days?|nights?|hours?|weeks?|months?|years?)|the\s+(?:day|night|morning|"
    r"week)|hours|days|weeks|months)\s+(?:after|since|before|following)\b",
    re.IGNORECASE,
)


@dataclass
class _Segment:
    sentences: list[int] = field(default_factory=list)
    compare_from: dict[int, int] = field(default_factory=dict)


def _clause_start(sentence: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts (0 when it is the sentence's first)."""
    cut = max(sentence.rfind(", ", 0, pos), sentence.rfind("; ", 0, pos),
              sentence.rfind(" — ", 0, pos), sentence.rfind(" - ", 0, pos))
    if cut < 25:
        return 0
    return cut


def _dateline_span(text: str) -> tuple[int, int]:
    """Where the dateline ("KABUL, June 3 (AP) —") is: at the start, or at the start of one
    of the first lines, under a headline and a date line. ``(0, 0)`` when there is none."""
    starts = [0] + [m.end() for m in re.finditer(r"\n\s*", text[:1500])][:12]
    for k, ls in enumerate(starts):
        near = k <= 4 and ls < 400  # mixed-case datelines only near the top
        # "By Josiane Kouagheu DOUALA, Cameroon (Reuters) - …": a byline before the dateline
        by = re.match(r"By\s+(?:[A-Z][\w'’.-]+\s+){1,4}?(?=[A-Z]{3,}\b)", text[ls:ls + 80])
        if by:
            ls += by.end()
        m = _DATELINE.match(text[ls:ls + 160])
        if m:
            head = m.group("place")
            if head.isupper() and len(head.strip()) >= 3:
                return ls, ls + m.end()
        if not near:
            continue  # "MANILA: Eight people were killed …" under a page's bullet points
        m = (_DATELINE_AGENCY.match(text[ls:ls + 120]) or _DATELINE_DASH.match(text[ls:ls + 80])
             or _DATELINE_DATE.match(text[ls:ls + 60]))
        if m:  # "Raipur, May 20 (IANS) Six police …", "New Delhi – Two trains derailed …"
            return ls, ls + m.end()
    return 0, 0



def _phrase(sentence: str, start: int, end: int, width: int = 90) -> str:
    a = max(0, start - width)
    b = min(len(sentence), end + width)
    out = sentence[a:b].strip()
    return ("…" if a > 0 else "") + out + ("…" if b < len(sentence) else "")


def _geocode(gaz: Any, mention: PlaceMention, bias: set[str], admin1: str | None = None,
             soft_bias: set[str] | None = None, also: set[str] | None = None) -> Any:
    query = mention.query
    if mention.want_admin1 and not re.search(r"(?i)\b(?:province|state|oblast|governorate|region|"
                                             r"county|district|prefecture)\b", query):
        query = mention.text + " Province"
    restrict = mention.country_hint
    if mention.want_admin1:
        bare = re.sub(r"(?i)\s+(?:province|state|oblast|governorate|region|county|district|"
                      r"prefecture)$", "", mention.text)
        if bare != mention.text:
            try:
                area = gaz.geocode(bare, exactly_one=True, country_bias=sorted(
                    bias or soft_bias or ()) or None, country_codes=restrict)
            except ValueError:
                area = None
            if area is not None and (area.raw.get("precision") == "admin1" or (
                    re.search(r"(?i)\s(?:district|county)$", mention.text)
                    and "second-level subdivisions" in str(area.raw.get("source", "")))):
                # "North Sumatra province" is Sumatera Utara, not Sumatra, Florida; "West
                # Singhbhum district" is the district Pashchim Singhbhum
                return area
    try:
        prefer = sorted(bias or soft_bias or ()) or None
        loc = gaz.geocode(query, exactly_one=True, country_bias=prefer,
                          country_codes=restrict,
                          admin1=None if mention.qualifier or mention.is_qualifier else admin1)
        if loc is None and query != mention.text:
            loc = gaz.geocode(mention.text, exactly_one=True, country_bias=prefer,
                              country_codes=restrict)
        if loc is not None and mention.want_admin1 and loc.raw.get("precision") in (
                "city", "exact"):
            bare = fold(_ADMIN_TAIL.sub("", mention.text))
            name = fold(str(loc.raw.get("name", "")))
            if name != bare and (name.startswith(bare + " ") or name.endswith(" " + bare)):
                return None  # "Quezon province" is not Quezon City (nor is it indexed)
        countries = bias or soft_bias
        if (loc is not None and countries and not restrict and not mention.qualifier
                and not (mention.want_admin1 and loc.raw.get("precision") == "admin1")):
            raw = loc.raw if isinstance(loc.raw, dict) else {}
            # a small namesake in a country the report never names ("Sudan's Darfur region"
            # is not Darfur, Minnesota; "North Sumatra" in an Indonesian story not Florida's)
            if raw.get("country") not in countries and int(raw.get("population") or 0) < 50_000:
                return None
            if (bias and raw.get("country") not in bias | (also or set())
                    and raw.get("precision") == "admin1"):
                return None  # "the villages of Yoro and Gangafani" in Mali: not Honduras's Yoro

            if bias and raw.get("country") not in bias | (also or set()) and (
                    (fold(str(raw.get("name", ""))) != raw.get("matched")
                     and len(str(raw.get("matched") or "")) <= 7)
                    or float(raw.get("fuzzy_score") or 100.0) < 100.0):
                return None  # "Nawa" in a Helmand story is not Naha, Japan (another name of it)
        return loc
    except ValueError as err:
        log.debug("geocoding %r failed: %s", query, err)
        return None


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


_GAZETTEER: Any = None


def _default_gazetteer() -> Any:
    """The shared gazetteer index, without fuzzy matching (mentions are exact names)."""
    global _GAZETTEER
    if _GAZETTEER is None:
        from geoinc.geocode.gazetteer import Gazetteer

        _GAZETTEER = Gazetteer(fuzzy=False)
    return _GAZETTEER


_AUDIT_DTYPES = {"geocode_status": "string", "geocode_confidence": "float64",
                 "geocode_candidates": "Int64", "geocode_reason": "string", "geocoder": "string",
                 "geocode_error": "string"}


_NAT = np.datetime64("NaT", "ns")
_STR = pd.StringDtype()
_WGS84 = CRS.from_user_input("EPSG:4326")
_FLOAT_COLUMNS = {"latitude", "longitude", *(c for c, d in _AUDIT_DTYPES.items() if d == "float64")}
_INT_COLUMNS = {*COUNT_COLUMNS, *(c for c, d in _AUDIT_DTYPES.items() if d == "Int64")}
_DEFAULTS = {"precision": "unknown", "date_precision": "unknown"}


def _frame(rows: list[dict[str, Any]]) -> gpd.GeoDataFrame:
    """Rows → incident table with the schema's dtypes.

    Built from plain arrays (this runs once per report, and pandas' per-column inference
    would cost as much as reading a short report).
    """
    n = len(rows)
    names = [*COLUMNS, *_AUDIT_DTYPES, "evidence"]
    data: dict[str, Any] = {}
    strings: list[str] = []
    for col in names:
        values = [r.get(col) for r in rows]
        if col == "date":
            data[col] = np.array([_NAT if v is None or v is pd.NaT else pd.Timestamp(v).asm8
                                  for v in values], dtype=_NAT.dtype)
        elif col in _FLOAT_COLUMNS:
            data[col] = np.array([np.nan if v is None else float(v) for v in values])
        elif col in _INT_COLUMNS:
            data[col] = pd.arrays.IntegerArray(
                np.array([0 if v is None else int(v) for v in values], dtype=np.int64),
                np.array([v is None for v in values], dtype=bool))
        else:
            strings.append(col)
    # every text column in one array, cut into columns (one pandas call, not twenty)
    flat: list[Any] = []
    for col in strings:
        missing = _DEFAULTS.get(col, pd.NA)
        flat.extend(str(v) if (v := r.get(col)) is not None else missing for r in rows)
    text = pd.array(flat, dtype=_STR)
    for i, col in enumerate(strings):
        data[col] = text[i * n:(i + 1) * n]
    data = {col: data[col] for col in names}
    index = pd.RangeIndex(n)
    lat, lon = data["latitude"], data["longitude"]
    missing_xy = np.isnan(lat) | np.isnan(lon)
    points = shapely.points(np.where(missing_xy, 0.0, lon), np.where(missing_xy, 0.0, lat))
    points[missing_xy] = None  # no place found: no geometry
    data["geometry"] = gpd.GeoSeries(points, index=index, crs=_WGS84)
    return gpd.GeoDataFrame(data, index=index, geometry="geometry", copy=False)


#: a place the text says was spared
_SPARED = re.compile(r"\b(?:with|causing|caused|and)\s+no\s+(?:major\s+|serious\s+|significant\s+|"
                     r"reported\s+)?(?:damages?|casualties|deaths|injuries|losses)\b", re.I)
_WEEKDAY_DATE = re.compile(
    r"(?P<w>mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:(?P<d1>\d{1,2})\s+(?P<m1>[a-z]+)|"
    r"(?P<m2>[a-z]+)\.?\s+(?P<d2>\d{1,2}))\b", re.I)
_WEEKDAYS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")


def _event_word(text: str) -> bool:
    """An event word in ``text``, not an actor's name ("insurgents was launched today")."""
    return any(not re.fullmatch(r"(?i:insurgents?|militants?|gunm[ae]n|rebels?|terrorists?|"
                                r"bandits?|jihadists?|attackers?|assailants?)", m.group(0))
               for m in TRIGGER.finditer(text))


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


_ADMIN_TAIL = re.compile(r"(?i)\s+(?:province|state|oblast|governorate|region|county|district|"
                         r"prefecture|division|agency|municipality|tehsil|township)$")


def _label(mention: PlaceMention, loc: Any) -> str:
    """The gazetteer's address, led by the report's own spelling when the gazetteer knows the
    place by another name ("Darjeeling (Dārjiling), West Bengal, India"): the analyst finds
    the place as the report names it, and the gazetteer's name beside it."""
    raw = loc.raw if isinstance(loc.raw, dict) else {}
    name = str(raw.get("name") or "")
    said = _ADMIN_TAIL.sub("", mention.text).strip()
    if (raw.get("precision") not in ("city", "exact", "admin1") or not name or not said
            or not loc.address.startswith(name)
            or strip_article(fold(said)) == strip_article(fold(_ADMIN_TAIL.sub("", name)))):
        return str(loc.address)
    said = said.title() if said.isupper() else said  # "KIWANJA" in a dateline
    return f"{said} ({name}){loc.address[len(name):]}"


def _within(mention: PlaceMention, area: Any) -> Location:
    """A town the gazetteer does not know, placed at the area (province, country) around it."""
    raw = dict(area.raw) if isinstance(area.raw, dict) else {}
    where = area.address
    raw.update({
        "name": mention.text,
        "confidence": min(float(raw.get("confidence") or 0.5), 0.5),
        "reason": f"{mention.text!r} is not in the offline gazetteer; the point is that of "
                  f"{where}, the area the text places it in (precision says so)",
    })
    return Location(f"{mention.text}, {where}", (area.latitude, area.longitude), raw)


class _Extractor:
    def __init__(self, text: str, published: date | None, gazetteer: Any) -> None:
        self.raw = text
        self.published = published
        self.pub_label = "the publication date"
        self.gaz = gazetteer
        self._elsewhere: set[int] = set()  # places where the wounded or the attacker went
        self._anchor_told = False  # the incident's day comes from the text itself
        self._near_reference: set[int] = set()  # "45 km from X" used for want of better
        self._lead_background: dict[int, int] = {}  # sentence → end of a leading clause
        self._summary_sentences: set[int] = set()  # a round-up's lede summing its items
        self._first_segment: _Segment | None = None
        self._settlements: set[str] | None = None
        self._sums: dict[int, bool] = {}

    # -- pipeline ----------------------------------------------------------------------
    def run(self) -> list[dict[str, Any]]:
        text = clean_text(self.raw)
        if not text:
            return []
        # "date 2021-11-08 An unspecified number of gunmen …": a page's date glued to the text
        lead = _PAGE_DATE_LEAD.match(text)
        if lead:
            text = " " * lead.end() + text[lead.end():]
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
        self.triggers = {s.index: bool(TRIGGER.search(s.text)) for s in self.sentences}
        if not any(self.counts.values()) and not any(self.triggers.values()):
            return []
        if self.published is None and dl_end:
            # "KABUL, June 3, 2021 (AP) —": the dateline's day is the publication day
            days = [d.value for d in find_dates(text[dl_start:dl_end], None)
                    if d.value is not None and d.precision == "day"]
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
        self.headline = self._headline()
        self.dates = {s.index: find_dates(s.text, self.published) for s in self.sentences}
        for i, _ in page_lines:
            self.dates[i] = []  # "Friday, May 18, 2007" under a headline: the page's date
        if self.published is None:
            # "On March 5, 2021, ... the attack on March 3": the year of the written date
            full = [d.value for s in self.sentences for d in self.dates[s.index]
                    if d.value is not None and d.precision == "day" and not d.relative]
            if not full:
                # "on Sunday, March 28" in an undated report: the first year, from the latest
                # the text mentions, in which March 28 was a Sunday
                full = [d for d in (_weekday_year(m.text, text) for s in self.sentences
                                    for m in self.dates[s.index] if m.value is None) if d]
            if full:
                self.dates = {s.index: find_dates(s.text, None, year_ref=full[0])
                              for s in self.sentences}
        if dl_end:
            for sent in self.sentences:
                if sent.start <= dl_end and sent.start + len(sent.text) > dl_start:
                    self.dates[sent.index] = [d for d in self.dates[sent.index]
                                              if not dl_start <= sent.start + d.start < dl_end]
        index = self.gaz.index
        lower_words = set(re.findall(r"(?<![.!?]\s)(?<!^)\b([a-z][a-z'’-]+)\b", text))
        self.places = find_places(self.sentences, index, lower_words=lower_words,
                                  dateline_end=dl_end, dateline_start=dl_start)
        self.places = sorted(self.places + find_capitals(
            self.sentences, index, country=self._only_country()), key=lambda p: p.start)
        self.places = sorted(self.places + find_unknown_places(
            self.sentences, self.places, lower_words=lower_words), key=lambda p: p.start)
        self._mark_places()
        self._places_in: dict[int, list[PlaceMention]] = {}
        for p in self.places:
            self._places_in.setdefault(p.sentence, []).append(p)
        self.bias = self._country_bias()
        # a province the report names ("… in Chhattisgarh") prefers its own Bijapur
        self.admin1_hint = next((p.text for p in self.places
                                 if p.kind == KIND_ADMIN1 and not p.flags and not p.dateline
                                 and not p.is_qualifier), None)
        # no country named: the adjectives ("an Indonesian ferry") and the country of a
        # province the report names are a softer preference
        self.soft_bias = set() if self.bias else set(demonym_countries(self.sentences))
        # a big city named without its country ("Baghdad", "Gaza") says which country it is
        ix = self.gaz.index
        self.city_countries: set[str] = set()
        for p in self.places:
            if p.kind != KIND_COUNTRY and not p.flags and not p.in_name and p.ids:
                top = max(p.ids, key=lambda i: int(ix.population[i]))
                if (self.bias and int(ix.kind[top]) == KIND_ADMIN1
                        and ix.country[top] not in self.bias
                        and int(ix.population[top]) < 1_000_000):
                    continue  # "Yoro" in a report about Mali: not a sign of Honduras
                rivals = [i for i in p.ids if ix.country[i] != ix.country[top]
                          and int(ix.population[i]) >= 50_000]
                if int(ix.population[top]) >= 200_000 and not rivals:
                    self.city_countries.add(str(ix.country[top]))
                    if not self.bias and int(ix.population[top]) >= 1_000_000:
                        self.soft_bias.add(str(ix.country[top]))
        self._hint_area: Any = None  # the one province the report names
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
                named = {re.sub(r"\s+(?:province|state|region|governorate|oblast|division)$",
                                "", p.key) for p in self.places if p.kind == KIND_ADMIN1
                         and not p.flags and not p.dateline and not p.is_qualifier}
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
            # "In other drug violence, at least 14 people were killed in three states": the
            # sum of the items told after it
            self._summary_sentences |= {
                s.index for s in self.sentences if re.match(
                    r"\s*In\s+other\s+", s.text)
                and _SUMMARY.search(s.text) and any(c.kind == KILLED for c in self.counts[s.index])}
        rows: list[dict[str, Any]] = []
        first_rows = 0
        self._first_segment = segments[0]
        for seg in segments:
            seg_rows = self._incident(seg, anchor)
            if rows and seg_rows and rows[0]["date_precision"] == "day":
                for row in seg_rows:
                    ev = json.loads(row["evidence"])
                    if (str(ev.get("date", "")).startswith("no date in the text")
                            or pd.isna(row["date"])):
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
            if rows and seg_rows and _LATER_SAME_DAY.match(first.text) and not any(
                    p.kind != KIND_COUNTRY and not p.flags
                    for p in self._places_in.get(first.index, ())):
                # "Later Wednesday, soldiers shot dead a protester": no place of its own, so
                # the place of the incident told before it
                for row in seg_rows:
                    ev = json.loads(row["evidence"])
                    row.update({k: rows[-1][k] for k in _PLACE_FIELDS})
                    ev["place"] = ("no place of its own; the place of the incident told "
                                   "before it")
                    row["evidence"] = json.dumps(ev, ensure_ascii=False)
            # "Separately, the hospital's superintendent confirmed four dead and 15 injured":
            # the same figures again, at no new place, are the same incident told twice
            seg_rows = [r for r in seg_rows if not any(
                (r["killed"], r["injured"]) == (q["killed"], q["injured"])
                and (r["killed"] is not None or r["injured"] is not None)
                and (r.get("location") is None or r.get("location") == q.get("location"))
                for q in rows)]
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
        """"Islamic State claimed both attacks", told with the last incident: the claim of
        every incident of the report that has none of its own."""
        for row in rows:
            ev = json.loads(row["evidence"])
            if row.get("claimed_by") and _ALL_ATTACKS.search(str(ev.get("claimed_by", ""))):
                for other in rows:
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
        own = {c.value for i in seg.sentences for c in self.counts[i]
               if c.kind == KILLED and c.value and self._in_scope(seg, i, c.start)}
        rest = int(total) - later
        if rest >= 2 and later >= 2 and rest in own:
            ev = json.loads(rows[0]["evidence"])
            ev["killed"] = (f"{rest}: the {total} first told is the total of every incident of "
                            f"the report ({rest} here, {later} in the others); " + ev.get(
                                "killed", ""))
            rows[0]["killed"] = rest
            rows[0]["evidence"] = json.dumps(ev, ensure_ascii=False)

    def _headline(self) -> int | None:
        """The first sentence when it is a headline: a short line of its own, no full stop."""
        if len(self.sentences) < 2:
            return None
        first = self.sentences[0]
        end = first.start + len(first.text)
        if (re.match(r"[ \t]*\n", self.text[end:end + 5]) and len(first.text.split()) <= 25
                and not re.search(r"[.!?\"”]\s*$", first.text)):
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
            found = [d for d in find_dates(s.text, None)
                     if d.value is not None and d.precision == "day" and not d.relative]
            if not found or len(found) > 2:
                continue
            rest = s.text
            for d in sorted(found, key=lambda d: -d.start):  # "06/17/2010 2:09 pm | Updated …"
                rest = rest[:d.start] + " " + rest[d.end:]
            words = [w for w in re.findall(r"[A-Za-z]+", rest)
                     if w.lower() not in _PAGE_WORDS]
            if len(words) <= 3 and found[0].value is not None:
                out.append((s.index, found[0].value))
        return out

    # -- context -----------------------------------------------------------------------
    def _mark_places(self) -> None:
        subsets = {s.index: [(m.start(), m.end()) for m in SUBSET_CLAUSE.finditer(s.text)]
                   for s in self.sentences}
        # "Ustarzai, a town which lies between the city of Kohat and Hangu": the two ends
        # locate the place, they are not where it happened
        between = {s.index: [(m.start(), m.end()) for m in _BETWEEN.finditer(s.text)]
                   for s in self.sentences}
        for p in self.places:
            sent = self.sentences[p.sentence]
            a = p.start - sent.start
            b = p.end - sent.start
            if any(x <= a < y for x, y in between[p.sentence]):
                p.flags.append("a reference point for a distance")
                continue
            p.part = any(x <= a < y for x, y in subsets[p.sentence])
            p.widespread = bool(_WIDESPREAD.search(sent.text[max(0, a - 40):a]))
            before = sent.text[max(0, a - 60):a]
            after = sent.text[b:b + 80]
            if re.search(r"\b(?:PTI|IANS|ANI|UNI|AFP|AP|Reuters|Xinhua|IRNA|Anadolu)\s*\|\s*$",
                         before) or re.match(r"\s*\|\s*(?:Updated|Created|Published|Posted)\b",
                                             after):
                p.dateline = True  # "PTI | Islamabad | Updated: …": the agency's byline
            if re.match(r"-(?:led|backed|based|born|made|funded|allied|trained|sponsored|owned|"
                        r"bound|registered|flagged|linked|run)\b", after) or re.match(
                    r"-[A-Z][\w'’]+(?:\s+[\w-]+){0,3}?\s+(?:[Ee]xpress|train|[Mm]ail|bus|highway|"
                    r"road|flight|route|line|railway|motorway)\b", after):
                p.flags.append("a modifier")  # "a US-led airstrike", "a Lagos-bound bus"
            elif _HOMETOWN_BEFORE.search(before) and re.match(
                    r"(?:,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?,?\s+(?:man|woman|resident|native|"
                    r"teen|teenager|boy|girl|couple|family)\b", after) or re.search(
                    r"\b\d{1,3},\s+of\s+$", before):
                p.flags.append("a person's hometown")  # "a 52-year-old Prior Lake man"
            elif re.match(r"\s+(?:ethnic\s+(?:group|minority|majority)|ethnicity|tribe|tribesmen|"
                          r"militias?|special\s+forces|regional\s+forces)\b", after, re.I):
                p.flags.append("a people or a force")  # "civilians from the Amhara ethnic group"
            elif _EXCLUDE_BEFORE.search(before) or (
                    p.kind != KIND_COUNTRY and re.match(
                        r"\s+(?:considers|considered|regards|regarded|accuses|accused|believes|"
                        r"insists|wants|warned|warns|demanded|demands|condemned|condemns|has\s+"
                        r"(?:long\s+)?(?:accused|said|warned|considered|demanded))\b", after)):
                # "… which Washington considers a global headquarters of al Qaeda": a
                # government named by its capital
                p.flags.append("accused, visited or quoted")
            elif re.search(r"\b(?:bus|buses|train|flight|plane|ship|boat|ferry|vehicle|truck|coach|"
                           r"minibus|car)\s+(?:\([^)]{0,30}\)\s+)?(?:(?:was\s+|were\s+)?(?:travell?ing|"
                           r"heading|going|coming|bound|carrying\s+[\w\s]{1,30}?)\s+)?(?:(?:to|towards|for)\s+"
                           r"[^.;,]{1,50}?\s+)?from\s+(?:the\s+)?$",
                           sent.text[max(0, a - 100):a], re.I):
                p.flags.append("where a trip began")  # "the bus from Cairo collided with …"
            elif re.search(r"\b(?:setting\s+off|set\s+off|heading|headed|bound|on\s+(?:their|its|"
                           r"his|her)\s+way|en\s+route)\s+(?:for|to|towards?)\s+(?:the\s+)?$",
                           before, re.I):
                p.flags.append("where a trip was heading")  # "civilians setting off for Arbinda"
            elif _DISTANCE_BEFORE.search(before):
                p.flags.append("a reference point for a distance")
            elif p.kind != KIND_COUNTRY and ((re.match(
                    r"\s+(?:(?:town|village|city|community|area)\s+)?(?:said|says|told)\b",
                    after) and re.search(
                    r"\b(?i:an?|the)\s+(?:[\w-]+\s+)?(?:resident|residents|native|villager|"
                    r"official|leader|source)\s+(?:of|from|in)\s+$", before)) or (
                    p.kind == KIND_CITY and re.search(
                        r"(?i:\b(?:vice-?\s?)?(?:mayor|councillor)\s+of\s+)$", before)
                    and re.search(r"\bsaid\b", after[:160]))):
                p.flags.append("quoted")  # "A resident of Maru town said 13 people were killed"
            elif p.kind != KIND_COUNTRY and re.match(
                    r"\s+(?:said|says|told)\b", after) and re.search(
                    r"\b(?:spokes(?:man|woman|person)|official|officer|chief|commander|"
                    r"governor|minister|police|head|administrator|[A-Z][a-z]+)\s+"
                    r"(?:(?:[A-Z][\w'’-]+\s+){0,3})?(?:in|from|at)\s+(?:nearby\s+|the\s+)?$",
                    before):
                p.flags.append("quoted")  # "Police spokesman Fazal Naeem in nearby Kohat said"
            elif _QUOTED_AFTER.match(after) or (p.kind != KIND_COUNTRY and re.match(
                    r"\s+(?:Gov\.|Governor|Mayor|Sen\.|Senator|Rep\.|Lt\.\s+Gov\.)\s+[A-Z]",
                    after)) or re.match(r"\s+(?:(?:interim|caretaker|acting|provincial|state)\s+)?"
                                        r"(?:chief\s+minister|home\s+minister|governor|"
                                        r"inspector\s+general|police\s+chief)\b", after, re.I):
                p.flags.append("quoted")  # "Florida Gov. Ron DeSantis declared …"
            elif re.search(r"\b(?:(?:reporting|speaking|writing|filing|reports?)\s+from|"
                           r"correspondent\s+(?:from|in|at))\s+(?:the\s+)?$", before, re.I):
                p.flags.append("quoted")  # "Al Jazeera's Sinem Koseoglu, reporting from Istanbul"
        # "the state school in Suzano, near São Paulo": the big city locates the town, here and
        # wherever else the report says "near São Paulo"
        near_refs = set()
        for p in self.places:
            sent = self.sentences[p.sentence]
            before = sent.text[max(0, p.start - sent.start - 60):p.start - sent.start]
            if re.search(r"[A-Z][\w'’-]+\s*,\s+(?:just\s+|a\s+town\s+|a\s+city\s+)?near\s+"
                         r"(?:the\s+)?(?:city\s+of\s+)?$", before) and p.kind != KIND_COUNTRY:
                near_refs.add(p.key)
        for p in self.places:
            sent = self.sentences[p.sentence]
            before = sent.text[max(0, p.start - sent.start - 20):p.start - sent.start]
            if p.key in near_refs and re.search(r"\bnear\s+(?:the\s+)?(?:city\s+of\s+)?$", before,
                                                re.I) and not p.flags:
                p.flags.append("a reference point for a distance")

    def _only_country(self) -> str | None:
        """The one country the report names (for "the capital"), if it names only one."""
        ix = self.gaz.index
        codes = {str(ix.country[p.ids[0]]) for p in self.places
                 if p.kind == KIND_COUNTRY and not p.in_name and p.ids}
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
            if len(homes) == 1 and (p.population >= 100_000 or any(
                    int(ix.kind[pid]) == KIND_ADMIN1 for pid in p.ids)):
                cc = homes.pop()  # every place of that name is in one country
                weak[cc] = weak.get(cc, 0.0) + 1.0
            for pid in p.ids:
                kind = int(ix.kind[pid])
                if kind == KIND_COUNTRY or (kind == KIND_ADMIN1 and (
                        p.is_qualifier or (len(p.ids) == 1 and p.population >= 1_000_000))):
                    # a country, a "City, State" qualifier, or a big province with a name of
                    # its own ("Nevada plates")
                    cc = ix.country[pid]
                    named[cc] = named.get(cc, 0.0) + (
                        2.0 if p.is_qualifier else 1.0 if kind == KIND_COUNTRY else 0.5)
                    break
            else:
                # "Bannang Sata district of Yala province": a province called so, of one
                # country only, names that country (not Yala, another name of Patan in Nepal)
                areas = {ix.country[pid] for pid in p.ids if int(ix.kind[pid]) == KIND_ADMIN1}
                if p.want_admin1 and len(areas) == 1:
                    cc = areas.pop()
                    named[cc] = named.get(cc, 0.0) + 0.5
        if not named:
            # no country named: places whose name is found in one country only ("Yala and
            # Narathiwat": Narathiwat is in Thailand only, so Yala is Thailand's too)
            named = weak
        if not named:
            return set()
        top = max(named.values())
        return {cc for cc, n in named.items() if n >= top / 2}

    def _anchor_date(self) -> date | None:
        """The date of the main incident when the text gives one (to spot old dates)."""
        for s in self.sentences:
            if not (self.triggers[s.index] or self.counts[s.index]) or self._caption(s):
                continue
            for d in self.dates[s.index]:
                if d.value is not None and d.precision == "day":
                    if self.published and d.value < self.published - timedelta(days=60):
                        continue  # a photo caption's old event, months before the report
                    self._anchor_told = True
                    return d.value
        return self.published

    def _caption(self, s: Sentence) -> bool:
        """Is the sentence a photo caption above the dateline (a bullet, a photo credit)?"""
        return bool(self._dateline_start > 0 and s.start < self._dateline_start
                    and s.index != self.headline and _CAPTION.search(
                        self.text[self.text.rfind("\n", 0, s.start) + 1:self._dateline_start]))

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
            if lead and TRIGGER.search(s.text[lead.end():]):
                self._lead_background[s.index] = lead.end()
        segments = [_Segment()]
        self._roundup = False
        in_background = in_links = False
        prev_cut = prev_whole = False
        prev_end = 0
        for s in self.sentences:
            cut = len(s.text)
            new_paragraph = "\n" in self.text[prev_end:s.start]
            prev_end = s.start + len(s.text)
            if in_background and not new_paragraph and not _BACK_TO_EVENT.search(s.text):
                # the rest of a paragraph that went back to another event tells that event
                cut = 0
            elif (prev_cut and re.search(r"\b(?:have|has|had)\s+(?:been\s+)?(?:killed|died|lost\s+"
                                         r"their\s+lives)\b", s.text) or (
                    prev_whole and not new_paragraph and not _BACK_TO_EVENT.search(s.text))
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
            in_links = (in_links and bool(re.match(r"\s*[-•*–]\s", s.text))) or bool(re.match(
                r"\s*(?:related(?:\s+(?:stories|articles|news|coverage))?|relacionados|read\s+more|"
                r"see\s+also|also\s+read|read\s+also|more\s+(?:stories|on\s+this)|recommended|"
                r"you\s+may\s+also\s+like|trending)\b", s.text, re.I))
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
                            s.text[:m.start()]):
                        cut = 0  # "ten were killed when … attacked a bus … a week ago"
                    if re.match(r"\w+\s+(?:years|decades)\s+of\b", m.group(0), re.I) and re.search(
                            r"\b(?:in|over|during|after|throughout)\s+$", s.text[:m.start()], re.I):
                        cut = 0  # "40,000 people have been killed in four decades of fighting"
                    since = re.search(r"\bsince\b", m.group(0), re.I)
                    if since and not any(cut <= c.start - s.start < m.start() + since.start()
                                         for c in self.counts[s.index]):
                        # "The shooting in Uvalde was the deadliest … since a gunman killed
                        # 20": this event up to "since" (but "has killed 68,000 since 1989"
                        # is a running toll)
                        cut = m.start() + since.start()
                    break
            told = any(self.counts[i] for i in segments[-1].sentences)
            for d in self.dates[s.index]:
                earlier = bool(
                    self._anchor_told and anchor is not None and d.value is not None
                    and d.precision == "day" and d.value <= anchor - timedelta(days=2)
                    and re.search(r"\bearlier\s+(?:on\s+|this\s+|last\s+)?$",
                                  s.text[max(0, d.start - 20):d.start], re.I))
                if earlier:
                    # "Earlier on Tuesday, a grenade attack in Tral claimed two lives", told in
                    # a report of Sunday: an incident reported before
                    cut = min(cut, _clause_start(s.text, d.start))
                if self._old(d, anchor) or (
                        # "A double suicide bombing in Mohmand killed 43 people on Monday",
                        # a new paragraph in a report of Wednesday's attack: another event
                        self._anchor_told and anchor is not None and d.relative
                        and not self._roundup  # a round-up's items may be of other days
                        and d.value is not None and d.precision == "day"
                        and d.value <= anchor - timedelta(days=2) and new_paragraph
                        and told and self.counts[s.index]
                        and not re.search(r"['’]s$", d.text)
                        and not re.search(r"\b(?:the|this)\s+(?:[\w-]+\s+){0,2}?(?:attack|blast|"
                                          r"bombing|explosion|shooting|massacre|raid|ambush|"
                                          r"assault|incident)\s+(?:late\s+|early\s+)?(?:on\s+)?$",
                                          s.text[:d.start], re.I)):
                    cut = min(cut, _clause_start(s.text, d.start))
                    if (self._old(d, anchor) and re.fullmatch(r"[\s.)\]]*", s.text[d.end:])
                            and re.search(r",\s*$", s.text[:d.start])):
                        cut = 0  # a photo caption "… in Manta, Ecuador, May 16, 2022."
                    elif (len(self.dates[s.index]) == 1 and d.precision == "day"
                          and re.fullmatch(r"[\s.)\]]*", s.text[d.end:])):
                        # "Eleven militants were killed in operations in Datu Hoffer,
                        # Maguindanao, Friday.": the sentence's one day, told at its end
                        cut = 0
                    elif len(self.dates[s.index]) == 1 and d.precision == "day":
                        # "Nine civilians, including a pastor, were killed in Falam on April
                        # 10": the figure told with that day, when nothing sets them apart
                        first = min((c.start - s.start for c in self.counts[s.index]
                                     if c.start - s.start < cut), default=None)
                        if first is not None and not re.search(
                                r"\b(?:after|since|before|than|following|compared|while|"
                                r"whereas|but|when)\b", s.text[first:d.start], re.I):
                            cut = min(cut, _clause_start(s.text, first))
            if anchor is None and told and segments[-1].sentences:
                # "On November 14, an attack … killing 57", told after an undated incident's
                # own toll: another day's event
                starts = [d.start for d in self.dates[s.index]
                          if d.precision in ("day", "month", "year") and not d.relative]
                starts += [m.start() for m in _IN_MONTH.finditer(s.text)]
                # "On Wednesday, 25 people were killed …" opening a new paragraph, told after an
                # incident of Saturday: another day's event
                told_days = {w.lower() for i in segments[-1].sentences
                             if self.triggers[i] or self.counts[i]
                             for w in re.findall(
                                 r"\b((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
                                 self.sentences[i].text, re.I)}
                lead_day = re.match(r"\s*On\s+((?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*,",
                                    s.text, re.I)
                if (lead_day and new_paragraph and told_days
                        and lead_day.group(1).lower() not in told_days):
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
                    before = [c for c in self.counts[s.index] if c.start - s.start < m.start()
                              and not re.search(r"[.;]", s.text[c.end - s.start:m.start()])
                              and not (clause and c.end - s.start <= clause and re.match(
                                  r",\s+(?:the\s+)?(?:scene|site|where|which|home|location)\b",
                                  s.text[clause:]))]
                    if before and not self._quoted(before[0]):
                        cut = min(cut, _clause_start(s.text, before[0].start - s.start))
                        break
            bg = _BACKGROUND.search(s.text)
            same = False  # the incident's own figures come earlier in this sentence
            # a second incident ("Separately, … was martyred") is told even without a figure
            told_event = told or (len(segments) > 1 and any(
                self.triggers[i] for i in segments[-1].sentences))
            if bg and not told_event:
                same = bool(_OTHER_EVENT.match(bg.group(0))) and any(
                    c.start - s.start < bg.start() for c in self.counts[s.index])
                # "… left at least 10 dead, revealing that over 20 had been murdered in the
                # past week": a running toll in a later clause of the lede
                running = bool(re.match(r"(?:in|over)\s+the\s+(?:past|last)\b", bg.group(0),
                                        re.I)) and any(
                    c.start - s.start < _clause_start(s.text, bg.start())
                    for c in self.counts[s.index])
                if not same and not running:
                    bg = None  # nothing told yet to set the background against
            bg = bg or _CAME_AFTER.search(s.text)
            if bg is None and anchor is not None:
                # "… that killed 325 people in Baghdad in July", told of an October day
                for m in _IN_MONTH.finditer(s.text):
                    if not told and not any(c.start - s.start < m.start()
                                            for c in self.counts[s.index]):
                        continue
                    if _MONTH_NUMBER[m.group("m").lower()[:3]] != anchor.month:
                        bg = m
                        break
            if bg and (not any(a <= bg.start() < b for a, b in spans)
                       or re.match(r"last\s+(?:\w+day|year)", bg.group(0), re.I)
                       # "… where a double suicide bombing killed 43 people last week"
                       or (re.match(r"last\s+(?:week|month)", bg.group(0), re.I) and any(
                           c.start - s.start < bg.start() for c in self.counts[s.index]))):
                head = s.text[_clause_start(s.text, bg.start()):bg.start()]
                if (re.search(r"\b(?:after|before)\s*$", bg.group(0), re.I) and bg.start() > 0
                        and not any(_clause_start(s.text, bg.start()) <= c.start - s.start
                                    < bg.start() for c in self.counts[s.index])
                        and (_HAPPENED_AT.search(head) or re.match(
                            r"\s*(?:the|this|that|(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s|"
                            r"yesterday['’]s)\s+(?:[\w-]+\s+){0,2}?(?:attack|blast|bombing|"
                            r"explosion|shooting|massacre|raid|ambush|assault|incident|killings?)"
                            r"\b(?:\s+on\s+\w+)?(?:\s+(?:came|comes|was|happened|occurred))?\s*$",
                            head, re.I))):
                    # "The attack in Tal Afar took place one day after a bomber struck …": the
                    # sentence is about this attack up to "one day after"
                    cut = min(cut, bg.start())
                elif re.search(r"\b(?:(?:is|was|marks|marked)\s+(?:the|a)\s+(?:latest|newest|"
                               r"most\s+recent|deadliest|worst|bloodiest)|(?:in|as)\s+the\s+"
                               r"(?:latest|newest|most\s+recent)\s+(?:in|of))\b", head, re.I):
                    # "… killing at least 43 people in the latest in a string of disasters"
                    # "Monday's shooting is the latest incident in a wave of violence": this
                    # event up to the wave
                    cut = min(cut, bg.start())
                else:
                    start = _clause_start(s.text, bg.start())
                    if same:  # "killing 11 and injuring 36,nearly two weeks after a bombing"
                        start = max([start] + [c.end - s.start for c in self.counts[s.index]
                                               if c.start - s.start < bg.start()])
                    cut = min(cut, start)
                # the paragraph goes on about that other event when it gave it a toll
                in_background = any(c.start - s.start >= cut for c in self.counts[s.index])
            event = self.triggers[s.index] or bool(self.counts[s.index])
            separate = bool(_SEPARATE.search(s.text))
            if separate and cut == 0 and event and any(
                    d.relative and d.precision == "day" and not self._old(d, anchor)
                    for d in self.dates[s.index]):
                # "In a similar incident late Monday, a roadside bomb …": news of its own
                cut, in_background = len(s.text), False
            told_any = any(self.triggers[i] or self.counts[i] for i in segments[-1].sentences)
            if len(segments) == 1 and not self._roundup:
                # the report's lede sums up several incidents: a round-up, told item by item
                self._roundup = bool(self._summing_lede(
                    [i for i in segments[0].sentences if segments[0].compare_from[i] > 0]))
            if cut > 0 and segments[-1].sentences and (
                    (separate and event and told_any)
                    or self._another_incident(s, segments[-1], cut, len(segments) == 1)
                    or self._another_story(s, segments[-1])):
                segments.append(_Segment())
            segments[-1].sentences.append(s.index)
            segments[-1].compare_from[s.index] = cut
            # a long story behind the incident: "fighting Indian rule since 1989"
            prev_whole = cut == 0 and not in_background and bool(
                TRIGGER.search(s.text) or re.search(
                    r"\b(?:violence|deadly|riots?|clashes|massacres?|pogroms?|unrest|war)\b",
                    s.text, re.I))
            prev_cut = cut < len(s.text) and bool(re.search(
                r"\bsince\s+(?:(?:19|20)\d\d|(?-i:[A-Z]))|\bfor\s+(?:years|decades)|\bdecades?\b|\binsurgency\b|"
                r"\bconflict\b|\bwar\b|\bover\s+the\s+(?:past|last)\b", s.text[cut:], re.I))
        return segments

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
        if (s.index >= 2 and _INNER_DATELINE.match(s.text) and any(
                c.kind == KILLED for c in self.counts[s.index])
                and "\n" in self.text[max(0, s.start - 2):s.start]
                and any(c.kind == KILLED for i in seg.sentences for c in self.counts[i])):
            return True  # "WOODLAWN, Md. — A Maryland man … shooting three people to death"
        end = s.start + len(s.text)
        if (s.index < 2 or len(s.text.split()) > 14 or re.search(r"[.!?:\"”]\s*$", s.text)
                # an agency's byline: "ANI | Yaounde | Updated: 13-11-2021 21:08 IST"
                or re.search(r"\|\s*(?:Updated|Published|Posted|Created|Last\s+updated)\b", s.text)
                # a line broken mid-sentence ("… have been killed in\nSyria's conflict")
                or re.search(r"\b(?:in|of|the|and|to|at|on|for|with|by|a|an|from|as|that|which|"
                             r"who|were|was|had|have|has|said|says)\s*$", s.text, re.I)
                or re.search(r"\b(?:says|said|told|reported)\b", s.text)
                or not re.search(r"\n\s*$", self.text[max(0, s.start - 3):s.start])
                or not re.match(r"[ \t]*\n", self.text[end:end + 3])):
            return False
        told = {c.value for i in seg.sentences for c in self.counts[i] if c.kind == KILLED
                and c.start - self.sentences[i].start < seg.compare_from[i]
                and i not in self._summing_lede(seg.sentences)}
        if not told:
            return False
        if any(c.kind == KILLED for c in self.counts[s.index]):
            # (not a revised toll: "Death toll rises to 40")
            return not any(c.value in told or c.revised for c in self.counts[s.index]) and not (
                re.search(r"\b(?:toll|rises?|rose|climbs?|jumps?|now|up\s+to)\b", s.text, re.I))
        # a section's heading opening on another place: "Baroua, Diffa: A Lethal ISWAP Ambush"
        m = re.search(r"(?<!\d):\s", s.text)
        colon = m.start() if m else -1
        here = {p.key for p in self._places_in.get(s.index, ()) if p.kind != KIND_COUNTRY
                and not p.flags and p.start - s.start < colon}
        lede = self._summing_lede(seg.sentences)
        before = {p.key for i in seg.sentences if i not in lede
                  for p in self._places_in.get(i, ())}
        return bool(here) and not here & before

    def _summing_lede(self, told: list[int]) -> list[int]:
        """The lede that sums up several incidents ("two separate roadside bomb attacks have
        killed five"), also when a standfirst told it first; an item after it may say "in
        separate attacks" with a figure of its own."""
        # (the first sentences with a toll: a standfirst's bullets may come before the lede)
        tolls = [i for i in told if i != self.headline
                 and any(c.kind == KILLED for c in self.counts[i])][:3]
        found = [i for i in tolls if i in told[:6] and self._sums_up(i)]
        if not found:
            return []
        total = max((c.value or 0) for c in self.counts[found[0]] if c.kind == KILLED)
        return [i for i in found if any(c.value == total for c in self.counts[i]
                                        if c.kind == KILLED)]

    def _sums_up(self, i: int) -> bool:
        """Does sentence ``i`` sum up several incidents or places? (asked once per sentence)"""
        if i not in self._sums:
            text = self.sentences[i].text
            self._sums[i] = bool(_SUMMARY.search(text) or (self._lists_places(i, 3) and re.search(
                r"\b(?:districts|provinces|states|regions|counties|villages|towns|areas)\b",
                text)))
        return self._sums[i]

    def _another_incident(self, s: Sentence, seg: _Segment, cut: int, first: bool) -> bool:
        """A round-up's next item: "A remote-controlled bomb … in the city of Ghazni
        detonated …, killing two", told after another town's incident with its own toll."""
        if len(seg.sentences) > 40:
            return False  # a long run of one story: not a round-up's item (and stays linear)
        if s.index in self._items:
            # a clause cut off at its own place, event and figure ("…, while another car
            # bomb … in the town of Hawijah left four dead")
            return any(c.start - s.start < cut for c in self.counts[s.index])
        told_in = [i for i in seg.sentences if seg.compare_from[i] > 0]
        lede = self._summing_lede(told_in) if first else []
        # after a lede that sums up "four separate attacks in three cities", each item's
        # own town and toll is the next incident, however its sentence opens
        roundup = self._roundup
        explicit = bool(re.match(r"\s*(?:(?:Meanwhile|Elsewhere|Similarly|In\s+another\s+"
                                 r"(?:development|report)|In\s+a\s+related\s+development|"
                                 r"In\s+other\s+(?:news|violence)|In\s+addition|"
                                 r"Earlier\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),\s|"
                                 r"Also,?\s+(?:on\s+|late\s+|early\s+)?\w+day\b|"
                                 # "In the capital, meanwhile, two gunmen …"
                                 r"(?:In|At|Near)\s+[^,.]{3,40},\s+meanwhile,\s)", s.text))
        # "The second ambush took place in Lower Jubba region": an item told by its rank
        ordinal = bool(_ORDINAL_ITEM.match(s.text))
        # "Gunmen also attacked a small Sufi shrine overnight, killing three … in Budhber"
        also = bool(re.match(r"\s*(?:[A-Z][\w-]*\s+){1,3}(?:\w+\s+)?also\s+(?:attacked|killed|"
                             r"struck|bombed|stormed|raided|shot|ambushed|opened\s+fire)\b",
                             s.text))
        explicit = explicit or ordinal or also
        tolls = [c for c in self.counts[s.index] if c.kind == KILLED and c.start - s.start < cut]
        if (not tolls and (_NEW_PLACE_LEAD.match(s.text) or explicit) and _event_word(s.text)
                and s.index + 1 < len(self.sentences)):
            # "In the neighbouring North Waziristan district, militants raided a check post.
            # An official said one soldier was killed in this attack": the toll follows
            nxt = self.sentences[s.index + 1]
            if _THIS_ATTACK.search(nxt.text) and not any(
                    p.kind != KIND_COUNTRY and not p.flags
                    for p in self._places_in.get(nxt.index, ())):
                tolls = [c for c in self.counts[nxt.index] if c.kind == KILLED]
        if not tolls and explicit:
            # "Earlier on Saturday, 30 people got injured in a bus accident at Kawasoti": an
            # item told by its injured
            tolls = [c for c in self.counts[s.index] if c.kind == INJURED
                     and c.start - s.start < cut]
        if not (_NEW_EVENT.match(s.text) or _NEW_PLACE_LEAD.match(s.text) or roundup
                or explicit or _NEW_TOLL_LEAD.match(s.text)) or not tolls:
            return False
        told = {c.value for i in told_in for c in self.counts[i] if c.kind == KILLED
                and c.start - self.sentences[i].start < seg.compare_from[i] and i not in lede
                and i != self.headline}

        def towns(idx: int, upto: int) -> set[str]:
            return {p.key for p in self._places_in.get(idx, ()) if p.kind != KIND_COUNTRY
                    and not p.flags and not p.dateline and not p.in_name
                    and p.start - self.sentences[idx].start < upto}

        # in a round-up, the same figure may be another town's item ("Two people were killed
        # … in Gary" before "In Denver, … two people were killed"), not one told without a
        # town first ("Six were killed …" before "… in Sumisip township, killing six")
        again = all(c.value in told for c in tolls)
        if again and roundup:
            in_towns = {c.value for i in told_in if i not in lede and i != self.headline
                        and towns(i, seg.compare_from[i])
                        for c in self.counts[i] if c.kind == KILLED}
            again = not all(c.value in in_towns for c in tolls)
        # (an item cut from a sentence's clause is one, even when it told only the injured)
        if not (told or ordinal or seg.sentences[0] in self._items) or (
                not explicit and again):
            return False  # no toll of an item yet (a lede summing up is none), or told again
        mine = towns(s.index, cut)
        before = set().union(*(towns(i, seg.compare_from[i]) for i in seg.sentences
                               if i not in lede))
        if seg.sentences[0] in self._items:
            # after an item cut from a sentence, a town of its own is enough ("in Shamma'iya
            # area east of Baghdad" after "in Kazimiyah in northern Baghdad")
            return bool(mine - before)
        # in a round-up the first item may name no town ("near a busy market here")
        return bool(mine) and (bool(before) or roundup or ordinal) and not mine & before

    def _in_scope(self, seg: _Segment, sentence: int, offset: int) -> bool:
        """Is the text offset inside the segment and before any comparison?"""
        if sentence not in seg.compare_from:
            return False
        rel = offset - self.sentences[sentence].start
        return rel < seg.compare_from[sentence]

    # -- one incident ------------------------------------------------------------------
    def _incident(self, seg: _Segment, anchor: date | None) -> list[dict[str, Any]]:
        counts: list[CountMention] = [
            c for i in seg.sentences for c in self.counts[i] if self._in_scope(seg, i, c.start)
            and c.start - self.sentences[i].start >= self._lead_background.get(i, 0)
        ]
        if self._summary_sentences and any(c.sentence not in self._summary_sentences
                                           and c.kind == KILLED and not c.vague
                                           for c in counts):
            counts = [c for c in counts if c.sentence not in self._summary_sentences]
        elif counts and all(c.sentence in self._summary_sentences
                            or c.sentence == self.headline for c in counts):
            # a lede summing up the items told after it is none of them: no figure, and no
            # incident at all when no sentence but the lede names where
            counts = []
            if not any(p.kind != KIND_COUNTRY and not p.flags and p.sentence in seg.sentences
                       and p.sentence not in self._summary_sentences
                       and p.sentence != self.headline for p in self.places):
                return []
        # "where at least 13 other inmates have been killed": others, before this incident
        counts = [c for c in counts if not (
            c.sentence not in seg.sentences[:1] and re.search(
                r"\b(?:other|more)\s+(?:[\w-]+\s+){0,2}?(?:have|has|had)\s+(?:also\s+)?been\s+"
                r"(?:killed|murdered|shot\s+dead)\b", c.phrase))]
        # "More than 35,000 people have been killed in drug-related violence since the
        # President launched an offensive": a running toll, not this incident's
        counts = [c for c in counts if not (
            c.sentence != seg.sentences[0] and c.kind == KILLED
            and re.search(r"\b(?:have|has)\s+(?:now\s+|so\s+far\s+)?been\s+killed\b", c.phrase)
            and re.search(r"\bsince\s+(?:(?:19|20)\d\d|the\s+(?:start|beginning)|(?-i:[A-Z])|"
                          r"(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:offensive|war|conflict|"
                          r"insurgency|crackdown|campaign|uprising))",
                          self.sentences[c.sentence].text, re.I))]
        # "more than 4,000 people were killed in such accidents": a running toll of the kind
        counts = [c for c in counts if not re.match(
            r"[^.;]{0,40}?\b(?:in|by|from)\s+(?:such|similar)\s+(?:[\w-]+\s+)?(?:accidents|attacks|"
            r"incidents|crashes|disasters|bombings|shootings|plunges|stampedes|tragedies|events)\b",
            self.text[c.end:c.end + 90])]
        told_first = sorted({c.sentence for c in counts if c.kind == KILLED and c.value})[:2]
        lede = [c.value for c in counts if c.kind == KILLED and c.value
                and c.sentence in seg.sentences[:3] and c.sentence in told_first]
        if lede:
            # a toll ten times the lede's, later on and not told as a revision, is another
            # story's ("a revolt in 2012 left thousands dead")
            counts = [c for c in counts if not (
                c.kind == KILLED and c.value and c.value > 10 * max(lede)
                and c.sentence not in seg.sentences[:2] and not c.revised and not c.total)]
            # "The decade-long insurgency has killed more than 6,200": a running toll
            counts = [c for c in counts if not (
                c.kind == KILLED and c.value and c.value > 5 * max(lede)
                and c.sentence not in seg.sentences[:1]
                and re.search(r"\b(?:has|have|had)\s+(?:so\s+far\s+|now\s+|already\s+)?(?:been\s+)?"
                              r"(?:killed|claimed|died|left|cost)\b", c.phrase))]
        # a witness's words ("saw 'about three dead bodies'") give way to a figure the report
        # tells in its own voice
        # (a quoted figure for a place of its own, "killed 11 people in Dantakuri", stays)
        # (nor does a quoted official's: "“15 were killed,” police chief X told reporters")
        quoted = {id(c) for c in counts if self._quoted(c) and not any(
            p.kind != KIND_COUNTRY and not p.flags and p.locative
            for p in self._places_in.get(c.sentence, ())) and not self._official_quote(c)}
        for kind in (KILLED, INJURED):
            if any(c.kind == kind and id(c) not in quoted and c.value is not None
                   and not c.previous for c in counts):
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
        event_sents = [i for i in seg.sentences
                       if (self.triggers[i] or any(c.sentence == i for c in counts))
                       and seg.compare_from[i] > 0]
        if not event_sents:
            return []
        texts = [self.sentences[i].text[:seg.compare_from[i]] for i in event_sents]
        etype, eword = event_type(texts)
        if not counts and seg is not self._first_segment:
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
            s = self.sentences[i].text[:seg.compare_from[i]]  # not of other, earlier events
            claims.extend(find_claims(s, i))
            blames.extend(find_blame(s, i))
        for lst in (claims, blames):
            for k, a in enumerate(lst):
                if a.name == GROUP_REFERENCE:
                    # "the group said its fighters carried out the attack"
                    earlier = self.text[:self.sentences[a.sentence].start] + self.sentences[
                        a.sentence].text[:max(0, self.sentences[a.sentence].text.find(
                            a.phrase.split()[0]))]
                    named = last_group_named(earlier)
                    lst[k] = ActorMention(named, a.sentence, a.phrase) if named else a
            lst[:] = [a for a in lst if a.name != GROUP_REFERENCE]
        if not claims and not blames:
            # "suspected separatists detonated a bomb": the kind of actor, when none is named
            for i in seg.sentences:
                blames.extend(find_described(self.sentences[i].text, i))
        if not claims and not blames and etype in ("airstrike", "shelling"):
            # "an Israeli air strike", "a Saudi-led coalition airstrike": the state that struck
            for i in event_sents[:3]:
                found = state_attacker(self.sentences[i].text[:seg.compare_from[i]], i)
                if found:
                    blames.append(found)
                    break
        claimed = claims[0].name if claims else None
        blamed_names: list[str] = []
        for b in blames:
            if claimed and same_actor(b.name, claimed):
                continue
            same = [k for k, n in enumerate(blamed_names) if same_actor(b.name, n)]
            if not same:
                blamed_names.append(b.name)
            elif blamed_names[same[0]].endswith(" " + b.name):
                blamed_names[same[0]] = b.name  # "Takfiri Boko Haram" → "Boko Haram"
        if claims:
            evidence["claimed_by"] = claims[0].phrase
        if blames and blamed_names:
            evidence["blamed_on"] = "; ".join(b.phrase for b in blames if b.name in blamed_names)
        description = " ".join(texts[:2])[:400]
        perp = None
        if etype in ("shooting", "stabbing", "armed attack", "vehicle attack", None):
            for i in seg.sentences:
                perp = perpetrator_died(self.sentences[i].text[:seg.compare_from[i]])
                if perp:
                    break
        rows: list[dict[str, Any]] = []
        # counts per location when each location has its own; otherwise totals on the row
        own: dict[int, list[CountMention]] = {}
        if len(places) > 1:
            last: tuple[int, int] | None = None  # (place, sentence) of the last placed figure
            for c in sorted(counts, key=lambda c: c.start):
                near = self._count_place(c, places)
                if (near is None and last is not None and 0 < c.sentence - last[1] <= 2
                        and not re.search(r"\b(?:country|nation(?:wide)?|across|total|overall|"
                                          r"altogether|in\s+all)\b",
                                          self.sentences[c.sentence].text, re.I)
                        and not any(p.kind != KIND_COUNTRY and not p.flags
                                    for p in self._places_in.get(c.sentence, ()))):
                    # "The twin explosions also wounded 105 people": no place of its own, so
                    # the place of the figure told just before
                    near = last[0]
                if near is not None:
                    own.setdefault(near, []).append(c)
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
                if kind == INJURED and best is None:
                    # "seven people were shot, one of them fatally": the others were wounded
                    shot, _, _ = combine(ms, SHOT)
                    deaths_told = victims_killed is not None or not _DEATH_WORDS.search(
                        " ".join(texts))
                    # the dead among those shot are told with or after the shooting
                    # ("shot four people, killing one"); a death told before it ("murders
                    # his wife, shoots two children") is someone else
                    shots = sorted((c for c in ms if c.kind == SHOT), key=lambda c: c.start)
                    first = shots[0] if shots else None
                    among, _, _ = combine([
                        c for c in ms if first is None or c.start >= first.start or not (
                            c.sentence == first.sentence or first.additive)], KILLED)
                    among = among or 0
                    if shot is not None and shot > among and deaths_told:
                        best = shot - among
                        notes.append(f"{shot} shot minus {among} killed")
                        used = [c for c in ms if c.kind == SHOT]
                if kind == KILLED and perp and k == 0:
                    # a lone attacker who died counts even when no victim died
                    best = (best or 0) + 1
                    high = high + 1 if high is not None else None
                    notes.append(f"plus the attacker, who died ({perp!r}); GTD and ACLED "
                                 "count every death")
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
                rest = [i for i in seg.sentences if re.search(
                    r"\bthe\s+(?:rest|others|remaining\s+\w+)\s+(?:are|were|was|have\s+been)\s+"
                    r"(?:\w+\s+)?(?:wounded|injured|hurt)", self.sentences[i].text, re.I)]
                if together is not None and rest and together > row["killed"]:
                    row["injured"] = together - row["killed"]
                    ev["injured"] = (f"{together} killed and wounded, less {row['killed']} "
                                     f"killed: " + _phrase(self.sentences[rest[0]].text, 0, 0))
            if row["killed"] is None and row["injured"] is not None:
                # "Nine people were shot, and only one victim survived": the others died
                shot, _, _ = combine(ms, SHOT)
                survived = [c for c in ms if c.kind == INJURED
                            and re.search(r"\bsurvived\b", c.phrase, re.I)
                            and re.search(r"\b(?:only|just|sole)\b", c.phrase, re.I)]
                if shot is not None and survived and shot > row["injured"]:
                    row["killed"] = shot - row["injured"]
                    ev["killed"] = (f"{survived[0].phrase} [{shot} shot minus "
                                    f"{row['injured']} who survived]")
            if len(places) > 1 and not own:
                ev["note"] = (f"one event at {len(places)} places; the figures are the event's "
                              "totals, repeated on each row")
            elif len(places) > 1 and own and k not in own:
                ev["note"] = "the report gives no figures for this place"
            self._place_fields(row, ev, mention, loc)
            row["evidence"] = json.dumps(ev, ensure_ascii=False)
            rows.append(row)
        return rows

    def _quoted(self, c: CountMention) -> bool:
        """Is the figure inside a quotation (an odd number of quote marks before it)?"""
        sent = self.sentences[c.sentence]
        before = sent.text[:c.start - sent.start]
        return (before.count('"') + before.count("“") + before.count("”")) % 2 == 1

    def _official_quote(self, c: CountMention) -> bool:
        """Is the quotation holding the figure an official's (police, minister, governor…)?"""
        sent = self.sentences[c.sentence].text
        outside = re.sub(r"[\"“][^\"“”]*(?:[\"”]|$)", " ", sent)
        official = (r"(?:police|chief|officials?|minister|ministry|spokes\w+|governor|mayor|"
                    r"authorities|commander|director|president|prosecutors?|coroner|army|"
                    r"military)")
        # the speaker is the official: "police chief X told reporters", "said the governor"
        return bool(re.search(rf"\b{official}\b(?:\s+[\w.'’-]+){{0,4}}?,?\s+(?:said|says|told|"
                              r"stated|added|confirmed)\b", outside, re.I) or re.search(
            rf"\b(?:said|says)\s+(?:the\s+|a\s+)?(?:[\w.'’-]+\s+){{0,2}}?{official}\b",
            outside, re.I))

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
                between = self.text[c.end:p.start]
                # "1,644 people were killed and 3,408 injured in X": both figures are X's
                both = re.fullmatch(
                    r"\s*(?:people\s+|persons\s+)?(?:were\s+|have\s+been\s+)?(?:killed|dead)\s+"
                    r"and\s+(?:at\s+least\s+)?[\d,]+\s+(?:others\s+|people\s+)?(?:were\s+)?"
                    r"(?:injured|wounded|hurt)\s+(?:in|at)\s+(?:the\s+)?", between)
                if not both and re.search(r"[;]|\band\s+(?:\d|one|two|three|four|five)|"
                                          r"\b(?:while|whereas)\b", between):
                    continue  # "killed four … while in North Waziristan, …": another clause
                d = p.start - c.end
                if re.fullmatch(r"\s*(?:(?:people|others?|more)\s+)?(?:were\s+)?(?:(?:killed|died|"
                                r"dead|injured|wounded)\s+)?(?:in|at|near)\s+(?:the\s+)?", between):
                    d = 0  # "four in Wynne": the place the figure is told for
            else:
                between = self.text[p.end:c.start]
                if re.search(r"[;]", between) or re.search(r"\d", between):
                    continue
                d = (c.start - p.end) * 2
            if d < best_d and d < 120:
                best, best_d = p, d
        if best is None:
            return None
        if any(q is not best and q.sentence == best.sentence and q.key != best.key
               and not q.is_qualifier and self._listed(best, q) for q in self.places):
            return None
        for k, (p, _) in enumerate(places):
            if p is best or p.key == best.key:
                return k
        return None

    def _score(self, p: PlaceMention, seg: _Segment, counts: list[CountMention],
               event_sents: list[int]) -> float:
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
            window = sent.text[max(0, a - 80):a + 80]
            if TRIGGER.search(window):
                score += 1.0
        if any(c.sentence == p.sentence for c in counts):
            score += 1.0
        if p.locative or _LOCATIVE_EVENT.search(sent.text[max(0, a - 40):a]):
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
        if _FUTURE.search(sent.text[_clause_start(sent.text, a):a]):
            score -= 2.0  # "could make landfall as a hurricane in Florida": a forecast
            self._elsewhere.add(id(p))
        if _RELATIVE_BEFORE.search(sent.text[max(0, a - 40):a]):
            score -= 3.0  # "just outside Tokyo", "a park south of Paris": a reference point
        if _ELSEWHERE_BEFORE.search(sent.text[max(0, a - 70):a]):
            score -= 3.0  # "airlifted to Raipur", "bound for Murmansk", "fired from Gaza"
            self._elsewhere.add(id(p))
        elif (re.match(r"\s+(?:(?:general|district|teaching|regional|referral|main|city|"
                       r"provincial)\s+)?hospital\b", sent.text[b:b + 40], re.I)
              and re.search(r"\b(?:at|to|in|from)\s+(?:the\s+)?$", sent.text[max(0, a - 10):a],
                            re.I)):
            score -= 3.0  # "A medical source at the Manaqil hospital": where the wounded went
            self._elsewhere.add(id(p))
        elif _ROUTE.search(sent.text[max(0, a - 60):a]) or (
                re.search(r"\bfrom\s+(?:the\s+)?$", sent.text[max(0, a - 10):a], re.I)
                and re.match(r"\s+to\s+[A-Z]", sent.text[b:b + 6])):
            score -= 5.0  # "a train from Sydney to Melbourne derailed near Wallan"
            self._elsewhere.add(id(p))
        elif re.match(r"[\s-]+(?:to\s+[A-Z][\w'’-]+\s+)?(?:train|bus|coach|flight|ferry|plane|"
                      r"boat|express|highway|road|motorway|route|railway|line)\b",
                      sent.text[b:b + 40], re.I) and (
                re.search(r"\b[A-Z][\w'’-]+\s+to\s+$", sent.text[max(0, a - 30):a])
                or re.match(r"\s+to\s+[A-Z]", sent.text[b:b + 6])):
            score -= 2.0  # "2 dead after Sydney to Melbourne train derails"
            self._elsewhere.add(id(p))
        window = sent.text[max(0, a - 130):a]
        fates = [window[m.end():] for m in _PERP_FATE.finditer(window)]
        if fates and not re.search(r"[.;:]", fates[-1]) and not TRIGGER.search(fates[-1]) and not (
                re.search(r"\b(?:after|when|as|while|where)\b[^.;]*\b(?:fir(?:ing|ed)|shoot\w*|"
                          r"attack\w*|stabb\w*|opened|began|started)", fates[-1])):
            self._elsewhere.add(id(p))
            score -= 5.0  # "… was later arrested in Denver": where the attacker ended up
        # earlier sentences tell the main facts; the lede most of all
        if p.sentence in seg.sentences:
            score -= 0.1 * min(10, seg.sentences.index(p.sentence))
        if p.sentence in event_sents[:2]:
            score += 0.8
        return score

    def _choose_places(self, seg: _Segment, counts: list[CountMention],
                       event_sents: list[int]) -> list[tuple[PlaceMention, Any]]:
        cands = [p for p in self.places
                 if p.sentence in seg.compare_from and self._in_scope(seg, p.sentence, p.start)
                 and not p.is_qualifier and not p.flags]
        own = [p for p in cands if p.sentence not in self._summary_sentences
               and p.kind != KIND_COUNTRY and not p.in_name]
        if own and len(own) < len(cands):
            # the items' own places, not the list of a lede summing them up ("attacks in the
            # Tillabéri, Diffa and Dosso regions")
            cands = [p for p in cands if p.sentence not in self._summary_sentences]
        if not cands:
            # "Kabul police said 20 were killed": the speaker's place is all there is
            cands = [p for p in self.places
                     if p.sentence in seg.compare_from and self._in_scope(seg, p.sentence, p.start)
                     and not p.is_qualifier
                     and p.flags in (["quoted"], ["a person's hometown"])]
        if not cands:
            cands = [p for p in self.places if p.dateline]
        if not cands:
            return []
        order = sorted(cands, key=lambda p: (p.sentence, p.start))
        resolved: list[tuple[float, PlaceMention, Any]] = []
        fallback: list[tuple[float, PlaceMention, Any]] = []
        cache: dict[str, Any] = {}
        kinds = {"city": KIND_CITY, "exact": KIND_CITY, "admin1": KIND_ADMIN1,
                 "country": KIND_COUNTRY}
        unknown: list[tuple[float, PlaceMention]] = []
        for p in order:
            if p.unknown:
                unknown.append((self._score(p, seg, counts, event_sents), p))
                continue
            if p.query not in cache:
                if len(cache) >= 25:
                    continue
                cache[p.query] = _geocode(
                    self.gaz, p, self.bias,
                    None if p.text == self.admin1_hint else self.admin1_hint, self.soft_bias,
                    self.city_countries)
            loc = cache[p.query]
            if loc is None:
                if (self.bias and p.kind == KIND_CITY and p.key in self._settlement_keys()
                        and not any(q.unknown and q.start <= p.start and p.end <= q.end
                                    for q in self.places)):
                    # "in Santa, a locality in the region": a town of the report's country the
                    # gazetteer knows only abroad
                    unknown.append((self._score(p, seg, counts, event_sents), p))
                continue
            if (self.bias and loc.raw.get("country") not in self.bias
                    and p.key in self._settlement_keys()):
                # "Meru village" or "the village of Bani" in a story about another country (any
                # mention so called: "Palma district" makes every "Palma" the district)
                continue
            p.kind = kinds.get(loc.raw.get("precision"), p.kind)
            if p.in_name and not self._confirmed(p, loc):
                fallback.append((self._score(p, seg, counts, event_sents) - 1.0, p, loc))
                continue
            score = self._score(p, seg, counts, event_sents)
            if self.bias and loc.raw.get("country") in self.bias:
                score += 0.5
            elif (self.bias and loc.raw.get("precision") in ("city", "exact")
                  and loc.raw.get("matched") != fold(str(loc.raw.get("name", "")))):
                # "Dessa" in a report about Niger is not Dessie, Ethiopia (another of its names)
                score -= 2.0
            area = [q for q in self._places_in.get(p.sentence, ()) if q.kind == KIND_ADMIN1
                    and not q.flags and re.search(r"(?i)\b(?:state|province|region|"
                                                  r"governorate|oblast)$", q.text)]
            if (area and loc.raw.get("precision") in ("city", "exact") and loc.raw.get("admin1")
                    and not any(fold(str(loc.raw.get("admin1"))) in q.key for q in area)):
                # "the Ramin Kura community … of Kaduna State": not Kura in Kano State
                score -= 2.0
            hint = self._hint_area.raw if self._hint_area is not None else None
            if (hint and loc.raw.get("precision") in ("city", "exact")
                    and loc.raw.get("country") == hint.get("country") and loc.raw.get("admin1")
                    and fold(str(loc.raw.get("admin1"))) != fold(str(hint.get("admin1") or ""))
                    and int(loc.raw.get("population") or 0) < 50_000
                    and any(q.unknown and q.key == p.key for q in self.places)):
                # "Nyaung Kone village" in a story about Sagaing Region: not the hamlet of that
                # name in Yangon, but a village the gazetteer lacks
                continue
            resolved.append((score, p, loc))
        if not resolved:
            # a province or country qualifying a name the gazetteer does not know
            # ("Weber State University in Odgen, Utah") is surer than a name inside a name
            for q in self.places:
                if (q.is_qualifier and not q.flags and q.sentence in seg.compare_from
                        and self._in_scope(seg, q.sentence, q.start)):
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
        if not resolved and unknown and len(about) == 1:
            # only a town the gazetteer does not know: the country the report is about
            code = next(iter(about))
            _, u = max(unknown, key=lambda t: (t[0], -t[1].start))
            area = self._hint_area
            if (area is None or area.raw.get("country") != code
                    or _AN_AREA_AFTER.match(self.text, u.end)):
                area = self.gaz.geocode(country_name(code), exactly_one=True, country_codes=code)
            if area is not None:
                return [(u, _within(u, area))]
        if not resolved:
            return []
        resolved.sort(key=lambda t: (-t[0], t[1].start))
        top_raw = resolved[0][2].raw if isinstance(resolved[0][2].raw, dict) else {}
        top0 = resolved[0][1]
        part_of_top = [t for t in unknown if re.fullmatch(
            r"['’]s\s+(?:\w+\s+)?", self.text[top0.end:t[1].start])]
        if part_of_top:
            unknown = part_of_top  # "Dhaka's Keraniganj": a part of the chosen city
        unknown = [t for t in unknown if t[1].key != top0.key]  # the chosen place itself
        # "the Tarmiyah district, 30 kilometers outside Baghdad": the city is only a reference
        reference = bool(unknown) and all(
            _RELATIVE_BEFORE.search(self.sentences[q.sentence].text[
                max(0, q.start - self.sentences[q.sentence].start - 40):
                q.start - self.sentences[q.sentence].start])
            for q in self.places if q.key == top0.key and q.sentence in seg.sentences
            and not q.dateline)
        if unknown and (top_raw.get("precision") in ("admin1", "country") or part_of_top
                        or "second-level subdivisions" in str(top_raw.get("source", ""))
                        or _AN_AREA_AFTER.match(self.text, top0.end) or reference):
            # "the village of Na Leik in Mrauk-U Township": a town named as the area
            # "the village of Koutougou" in "northern Burkina Faso": the town as the text
            # names it, at the point of the area the gazetteer does know
            u_score, u = max(unknown, key=lambda t: (t[0], -t[1].start))
            if u_score >= resolved[0][0] - 2.0:
                area = resolved[0][2]
                hint = self._hint_area
                if (hint is not None and top_raw.get("precision") == "country"
                        and hint.raw.get("country") == top_raw.get("country")
                        and not _AN_AREA_AFTER.match(self.text, u.end)):
                    area = hint  # the province the report names is nearer than its country
                near = any(re.search(r"(?i)\b(?:km|kilomet(?:er|re)s?|miles|outside|suburb)\b",
                                     self.sentences[q.sentence].text[
                                         max(0, q.start - self.sentences[q.sentence].start - 40):
                                         q.start - self.sentences[q.sentence].start])
                           for q in self.places if q.key == top0.key and not q.dateline
                           and q.sentence in seg.sentences)
                if reference and not near and top_raw.get("country"):
                    # "in Quezon province, southeast of Manila": a bearing from a far city says
                    # only the country
                    found = self.gaz.geocode(country_name(str(top_raw["country"])),
                                             exactly_one=True,
                                             country_codes=top_raw.get("country"))
                    area = found or area
                elif reference and top_raw.get("admin1") and top_raw.get("precision") in (
                        "city", "exact"):
                    # only a reference point near the town: the town is somewhere in its
                    # province ("30 kilometers outside Baghdad")
                    found = self.gaz.geocode(str(top_raw["admin1"]), exactly_one=False,
                                             country_codes=top_raw.get("country"))
                    area = next((q for q in found or () if q.raw.get("precision") == "admin1"),
                                area)
                several = self._towns_with_own_figures([t[1] for t in unknown], counts)
                if len(several) > 1:
                    # "13 were killed in Dangulbi while five were killed in Kango"
                    return [(t, _within(t, area)) for t in several]
                # "the towns of Saraqeb and Ehsim in Idlib province": a known town listed
                # with the unknown one is the same event's other place
                home = getattr(area, "raw", {}).get("country")
                known = {q.key: loc for _, q, loc in [*resolved, *fallback]
                         if loc.raw.get("precision") in ("city", "exact")
                         and loc.raw.get("country") == home}
                beside = [(q, known[q.key]) for q in self._places_in.get(u.sentence, ())
                          if q.key in known and not q.unknown and self._listed(q, u)]
                if beside:
                    return sorted([*beside, (u, _within(u, area))], key=lambda t: t[0].start)
                resolved[0] = (u_score, u, _within(u, area))
                return [resolved[0][1:]]
        top_score, top, top_loc = resolved[0]
        if top.kind != KIND_CITY and not top.widespread:
            # a city (or province) inside the chosen country or province is more specific
            for score, p, loc in sorted(resolved[1:], key=lambda t: (t[1].kind, -t[0])):
                if id(p) in self._elsewhere:
                    continue  # a route's end, a hospital's town
                if (p.kind < top.kind and not p.dateline
                        and loc.raw.get("country") == top_loc.raw.get("country")
                        and score >= top_score - 3.5 and (
                        top.kind == KIND_COUNTRY or loc.raw.get("admin1") ==
                        top_loc.raw.get("admin1"))):
                    resolved.remove((score, p, loc))
                    resolved.insert(0, (score, p, loc))
                    break
        top_score, top, top_loc = resolved[0]
        if top_loc.raw.get("precision") == "country":
            # "45 km west-northwest of Padang in Indonesia": the reference city says more
            # than the country
            for q in self.places:
                if ("a reference point for a distance" in q.flags and q.sentence in seg.sentences
                        and self._in_scope(seg, q.sentence, q.start)):
                    near = _geocode(self.gaz, q, self.bias)
                    if (near is not None and near.raw.get("country") == top_loc.raw.get("country")
                            and near.raw.get("precision") in ("city", "exact")):
                        q.flags = [f for f in q.flags if f != "a reference point for a distance"]
                        self._near_reference.add(id(q))
                        top, top_loc = q, near
                        break
        if top_loc.raw.get("precision") == "country":
            # "the Makassar Cathedral … was attacked": a big city of that country inside the
            # name of the place attacked says more than the country
            for score, p, loc in sorted(fallback, key=lambda t: -t[0]):
                if (loc.raw.get("country") == top_loc.raw.get("country")
                        and loc.raw.get("precision") in ("city", "exact")
                        and int(loc.raw.get("population") or 0) >= 100_000
                        and p.sentence in event_sents and score >= top_score - 3.5):
                    top, top_loc = p, loc
                    break
        chosen = [(top, top_loc)]
        # a country or province containing the chosen city adds nothing; other cities of
        # the same event (a list "in Colombo, Negombo and Batticaloa", or a place with its
        # own figures) give more rows
        rank = {"city": 3, "exact": 3, "admin1": 2, "country": 1}
        top_rank = rank.get(top_loc.raw.get("precision"), 0)
        for score, p, loc in resolved[1:]:
            p_rank = rank.get(loc.raw.get("precision"), 0)
            abroad = (p_rank == 1 and loc.raw.get("country") != top_loc.raw.get("country")
                      and self._own_figures(p, top, counts))
            if p_rank < top_rank and not abroad and not (
                    p_rank >= 2 and loc.raw.get("admin1") != top_loc.raw.get("admin1")
                    and self._own_figures(p, top, counts)):
                continue  # a province is another row only with a toll of its own; a country
                # only when it is not the chosen city's ("Myanmar's quake" beside Bangkok's)
            if top_rank < 2 and not (p_rank == top_rank == 1 and p.sentence == top.sentence
                                     and (self._listed(top, p)
                                          or self._own_figures(p, top, counts))):
                continue  # countries only as a list: "in Turkey and Syria", or each its toll
            if any(loc.address == c[1].address for c in chosen) or id(p) in self._elsewhere:
                continue  # a hospital's or an arrest's place is never a row of its own
            listed = p.sentence == top.sentence and self._listed(top, p)
            if (listed and score >= top_score - 1.5) or (
                    score >= top_score - 3.5 and self._own_figures(p, top, counts)):
                chosen.append((p, loc))
        # a country adds nothing beside a town of its own ("Libya" and "Tripoli" with nine dead)
        towns = {c[1].raw.get("country") for c in chosen
                 if c[1].raw.get("precision") in ("city", "exact", "admin1")}
        if len(chosen) > 1:
            chosen = [c for c in chosen if not (c[1].raw.get("precision") == "country"
                                                and c[1].raw.get("country") in towns)] or chosen
        chosen.sort(key=lambda t: t[0].start)
        return chosen

    def _settlement_keys(self) -> set[str]:
        """Names the text calls a village, town or district somewhere ("Palma district")."""
        if self._settlements is None:
            self._settlements = {
                p.key for p in self.places if re.match(
                    r"\s+(?:village|hamlet|town|district|county)\b", self.text[p.end:p.end + 12])
                or _SETTLEMENT_AFTER.match(self.text, p.end)  # "Santa, a locality in …"
                or re.search(r"\s(?:district|county)$", p.text, re.I)
                or re.search(r"\b(?:village|hamlet|town|locality|settlement|community)\s+of\s+$",
                             self.text[max(0, p.start - 30):p.start], re.I)}
        return self._settlements

    def _towns_with_own_figures(self, towns: list[PlaceMention],
                                counts: list[CountMention]) -> list[PlaceMention]:
        """The towns (first mention of each name) that have a figure of their own."""
        first: dict[str, PlaceMention] = {}
        for t in sorted(towns, key=lambda t: t.start):
            first.setdefault(t.key, t)
        if len(first) < 2:
            return []
        pairs: list[tuple[PlaceMention, Any]] = [(t, None) for t in first.values()]
        have = {self._count_place(c, pairs) for c in counts if c.kind in (KILLED, INJURED)}
        return [t for k, (t, _) in enumerate(pairs) if k in have]

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
            return float(_haversine_km(la.latitude, la.longitude, np.array([lb.latitude]),
                                       np.array([lb.longitude]))[0])

        # an address ending on its area: "in Bayongbong, Karangpawitan, Garut regency" is
        # Bayongbong (the names after it are the places around it, each close by)
        run = [places[0]]
        for q in places[1:]:
            if (run[-1][0] is not None and q[0] is not None and run[-1][1] is not None
                    and q[1] is not None and self.text[run[-1][0].end:q[0].start].strip() == ","
                    and km(run[-1][1], q[1]) < 40):
                run.append(q)
            elif len(run) < 2:
                run = [q]
            else:
                break
        if len(run) >= 2 and re.match(r"\s+(?:regency|district|province|county|municipality|"
                                      r"sub-?district|department)\b",
                                      self.text[run[-1][0].end:], re.I):
            places = [p for p in places if p not in run[1:]]
        out = list(places)
        for (a, la), (b, lb) in zip(places, places[1:], strict=False):
            if (a is None or b is None or la is None or lb is None
                    or self.text[a.end:b.start].strip() != ","
                    or a.kind != KIND_CITY or b.kind != KIND_CITY
                    or b.population < 3 * max(a.population, 1)
                    # (not a list: "the Dantakuri, Tsayau, Barza and Zakka villages")
                    or re.match(r"\s*(?:,\s*(?:and\s+)?[A-Z]|and\s|&)", self.text[b.end:b.end + 9])
                    or re.search(r",\s*$", self.text[max(0, a.start - 3):a.start])):
                continue
            if km(la, lb) < 15 and (b, lb) in out:
                out.remove((b, lb))
        return out

    def _listed(self, a: PlaceMention, b: PlaceMention) -> bool:
        first, second = (a, b) if a.start < b.start else (b, a)
        if re.search(r"\bbetween\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:of\s+)?$",
                     self.text[max(0, first.start - 50):first.start], re.I):
            return False  # "a site between the municipalities of Abrego and Ocaña": one place
        between = self.text[first.end:second.start]
        # only names, commas and "and" between them: "Colombo, Negombo and Batticaloa"
        others = [p for p in self.places if first.end <= p.start < second.start]
        for p in others:
            between = between.replace(p.text, "")
        if p_q := first.qualifier:
            between = between.replace(p_q, "", 1)
        return bool(re.fullmatch(
            r"(?:\s*(?:,|and|&|as\s+well\s+as|;)\s*)+(?:(?:north|south|east|west|central)"
            r"(?:-?(?:east|west))?(?:ern)?\s+)?", between, re.IGNORECASE))

    def _place_fields(self, row: dict[str, Any], ev: dict[str, Any],
                      mention: PlaceMention | None, loc: Any) -> None:
        row.update({"geocode_status": "not_found", "geocode_confidence": float("nan"),
                    "geocode_candidates": None, "geocode_reason": "no place found in the text",
                    "geocoder": getattr(self.gaz, "name", type(self.gaz).__name__)})
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
        row.update({
            "place": f"{mention.direction} {mention.text}" if mention.direction else mention.text,
            "location": _label(mention, loc),
            "country": raw.get("country"),
            "admin1": raw.get("admin1"),
            "latitude": float(loc.latitude),
            "longitude": float(loc.longitude),
            "precision": precision if precision in ("exact", "city", "admin1", "country")
            else "unknown",
            "geocode_status": "found",
            "geocode_confidence": raw.get("confidence", float("nan")),
            "geocode_candidates": raw.get("candidates"),
            "geocode_reason": raw.get("reason"),
        })

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
        row.update({
            "place": phrase, "location": loc.address, "country": code, "admin1": None,
            "latitude": float(loc.latitude), "longitude": float(loc.longitude),
            "precision": "country", "geocode_status": "found",
            "geocode_confidence": 0.5, "geocode_candidates": raw.get("candidates"),
            "geocode_reason": f"no place named in the text; the country of {phrase!r}",
        })

    def _date(self, seg: _Segment, event_sents: list[int]) -> tuple[date | None, str, str | None]:
        best: tuple[float, DateMention, int] | None = None
        scored: list[tuple[float, DateMention, int]] = []
        for i in seg.sentences:
            sent = self.sentences[i]
            for d in self.dates[i]:
                if d.start >= seg.compare_from[i]:
                    continue
                score = 0.0
                before = sent.text[max(0, d.start - 45):d.start]
                after = sent.text[d.end:d.end + 60]
                if _AFTER_THE_EVENT.match(after) and not re.search(
                        r"\b(?:killed|killing|died|dead|wounded|injured|injuring)\b",
                        sent.text[_clause_start(sent.text, d.start):d.start], re.I):
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
                if lead and (d.start < lead.end() or "," not in sent.text[lead.end():d.start]
                             or not TRIGGER.search(sent.text[lead.end():sent.text.find(
                                 ",", lead.end())])):
                    lead = None  # the date is inside the lead, or the lead names no event
                if (offset or lead) and d.value is not None:
                    # "on Friday, the day before the shooting": the event is a day later;
                    # "Two days after the attack, mourners gathered on Monday": two earlier
                    off = offset or lead
                    assert off is not None
                    word = off.group("n").lower()
                    n = int(word) if word.isdigit() else _N_UNITS[word]
                    days = n * (7 if off.group("unit").lower().startswith("week") else 1)
                    sign = 1 if off.group("dir").lower() == "before" else -1
                    extra = after[:offset.end()] if offset else ""
                    d = DateMention(d.value + timedelta(days=sign * days),
                                    "week" if days >= 7 else d.precision, d.start,
                                    d.end + len(extra), d.text + extra, d.relative)
                    score += 3.0  # tied to the event word by the offset itself
                else:
                    act = _LATER_ACT.search(before)
                    if act and not TRIGGER.search(before[act.start() + 4:]):
                        # "… said on Monday" (but "reported that a train derailment Saturday
                        # morning" dates the derailment)
                        score -= 3.0
                    if _AFTER_SOMETHING.match(after):
                        score -= 1.5  # "Monday, two hours after the attack": a later event
                stated = re.match(r",?\s*(?:said|says|told|confirmed|announced|stated|reported|"
                                  r"claimed(?!\s+(?:the\s+)?(?:lives?|\d|[a-z]+\s+lives?)))\b",
                                  after)
                update = re.search(r"\bas\s+of\s+(?:[\d:.]+\s*(?:am|pm|a\.m\.?|p\.m\.?)?\s*)?"
                                   r"(?:on\s+)?$", before, re.I)
                if re.search(r"\bnight\s+of\s+(?:\w+day|\d{1,2}\s+\w+)\s+(?:to|into|and)\s+$",
                             before, re.I):
                    score -= 3.0  # "the night of Thursday to Friday": it began on Thursday
                elif re.search(r"\bnight\s+(?:of\s+)?$", before, re.I) and re.match(
                        r"\s+(?:to|into|and)\s+\w+day\b", after, re.I):
                    score += 1.0
                if stated or update:
                    score -= 3.0  # "Mike Aba on Sunday said", "as of 1:45pm Monday": later news
                if _FUTURE.search(sent.text[_clause_start(sent.text, d.start):d.start]):
                    score -= 3.0  # "expected to move over the Bahamas on Thursday": a forecast
                if re.match(r"^\s*(?:\w+\s+){0,2}?(?:will|would|(?:is|are)\s+expected\s+to|"
                            r"plans?\s+to|(?:is|are)\s+due\s+to)\b", after, re.I):
                    score -= 3.0  # "Texas on Saturday will likely release the names"
                if _AFTERMATH_AFTER.match(after):
                    score -= 3.0  # "On Friday, protesters gathered outside …"
                inside = sent.text[:d.start]
                if inside.count("(") > inside.count(")") or (
                        inside.count('"') + inside.count("“") + inside.count("”")) % 2 == 1:
                    score -= 2.5  # "(Friday 2245 UTC)", a quote's "today"
                if _EVENT_HAPPENED.search(before):
                    score += 3.0  # "the incident occurred on Wednesday"
                if re.search(r"\b(?:into|until|till|through)\s+$", before, re.I):
                    score -= 2.5  # "a gunbattle … echoed into Friday": it began before
                if (self.published is not None and d.value is not None
                        and d.value > self.published and not d.relative):
                    score -= 5.0  # "ahead of the withdrawal in 2014": a future date
                # "Monday's earthquake", "a Sunday massacre", "Thursday's scene"
                possessive = bool((re.search(r"['’]s$", d.text) or re.match(r"['’]s\b", after)
                                   or (re.search(r"\b(?:an?|the)\s+$", before)
                                       and d.value is not None))
                                  and _EVENT_NOUN_AFTER.match(re.sub(r"^['’]s", "", after)))
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
                elif re.search(r"\b(?:bodies|body|corpses?)\s+(?:\w+\s+)?(?:were|was)\s+"
                               r"(?:later\s+)?(?:discovered|found|recovered|retrieved)\b[^.;]*$",
                               before[-70:], re.I):
                    score -= 1.0  # "Three more bodies were discovered on April 14": a day after
                opens = bool(re.match(r"^\s*(?:on|in\s+the\s+\w+\s+(?:hours\s+)?of)?\s*$",
                                      sent.text[:d.start], re.I) and re.match(r"^\s*,", after))
                if opens and _STATED_AFTER.match(after):
                    score -= 3.0  # "On Friday, police said ...": the day of the statement
                elif (opens and not d.relative and d.value is not None and i in event_sents):
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
                    if any(0 < d.start - (c.start - sent.start) < 130
                           and "." not in sent.text[c.end - sent.start:d.start]
                           for c in self.counts[i]):
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
            in_week = [t for t in scored if t[1].precision == "day" and t[1].value is not None
                       and timedelta(0) <= week - t[1].value < timedelta(days=7) and t[0] > -0.5]
            if in_week:
                best = max(in_week, key=lambda t: t[0])
        if best is not None and best[1].value is not None and best[0] > -0.5:
            d = best[1]
            how = f" (resolved against {self.pub_label})" if d.relative else ""
            return d.value, d.precision, f"{d.text!r}{how} in: " + _phrase(
                self.sentences[best[2]].text, d.start, d.end)
        lede = [j for j in event_sents if j != self.headline][:1]
        told = [t for t in scored if lede and t[2] == lede[0] and t[1].precision == "day"
                and t[1].value is not None
                and (self.published is None or t[1].value <= self.published)]
        if told and not any(t[1].value is None for t in scored if t[2] == lede[0]):
            # "A drone strike killed one …, Rudaw reported on Thursday evening": the day the
            # news was told, as the week of the event (closer than the publication day)
            d, i = max(told, key=lambda t: t[0])[1:]
            return d.value, "week", (f"no date of the event; the day it was reported, as the "
                                     f"week of the event: {d.text!r} in: "
                                     + _phrase(self.sentences[i].text, d.start, d.end))
        if self.published is not None:
            return (self.published, "week",
                    f"no date in the text; {self.pub_label}, as the week of the event")
        return None, "unknown", None
