"""Place mentions in report text, found with the offline gazetteer.

Capitalised n-grams (up to four words, joined by "of", "the", "and", "al-"…) are looked up
among the gazetteer's folded names; common capitalised words, names of people and
organisations, tiny places without a locative context and all-caps acronyms are dropped.
Each mention records its context: a preposition before it ("in Kerman"), a direction
("southern Iran"), an administrative word after it ("Kerman Province"), a qualifier after
a comma ("Grundy, Virginia"), a dateline at the top of the report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from geoinc._text import fold, strip_article
from geoinc.extract.text import Sentence, has_any

__all__ = [
    "PlaceMention",
    "find_places",
    "find_capitals",
    "find_unknown_places",
    "find_demonym_country",
    "demonym_countries",
    "DEMONYMS",
]

KIND_CITY, KIND_ADMIN1, KIND_COUNTRY = 0, 1, 2

_TOKEN = re.compile(
    r"(?:(?:al|el|ad|ar|as|an|ash|at|az|ul|de|du|la|le)[-‐'’])?"
    r"[A-Z][\w'’]*(?:[-‐][\w'’]+)*(?:\.(?=\s?[A-Z][a-z]))?|"
    r"\b(?:of|the|and|de|del|da|do|dos|das|la|le|al|el|upon|du|des|di|van|"
    r"von|bin)\b"
)
_CONNECTORS = {
    "of",
    "the",
    "and",
    "de",
    "del",
    "da",
    "do",
    "dos",
    "das",
    "la",
    "le",
    "al",
    "el",
    "upon",
    "du",
    "des",
    "di",
    "van",
    "von",
    "bin",
}
_ADMIN_WORDS = {
    "province",
    "state",
    "oblast",
    "governorate",
    "region",
    "county",
    "district",
    "prefecture",
    "department",
    "territory",
    "division",
    "emirate",
    "canton",
    "krai",
    "parish",
    "municipality",
    "provinces",
    "states",
}
_DIRECTIONS = re.compile(
    r"\b(?P<d>(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|central)\s+"
    r"(?:part\s+of\s+)?$",
    re.IGNORECASE,
)
_PLACE_NOUN_AFTER = re.compile(
    r"\s+(?:town|village|city|district|county|municipality|settlement|township|"
    r"local\s+government(?:\s+area)?|LGA|sub-district|tehsil|commune)\b",
    re.IGNORECASE,
)
_LOCATIVE = re.compile(
    r"\b(?:in|at|near|outside|inside|across|around|from|of|to|into|throughout|towards?|"
    r"village\s+of|town\s+of|city\s+of|outskirts\s+of|suburb\s+of|province\s+of|"
    r"region\s+of|district\s+of|state\s+of|capital|hit|struck|rocked|shook|km\s+from|"
    r"attacked|raided|stormed|bombed|shelled|invaded|overran|"
    r"(?:city|town|village|community|area|district|county)\s+(?:was|is|were)|"
    r"(?:city|town|village|community|area|district|county|areas|districts|towns|villages)\s+"
    r"(?:appeared|appears|seemed|seems|were\s+said|was\s+said)\s+to\s+be|"
    r"kilometres\s+from|miles\s+from|north\s+of|south\s+of|east\s+of|west\s+of)\s+"
    r"(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north|south|east|west|"
    r"downtown|suburban|rural|uptown|greater|neighbou?ring|nearby)\s+)?"
    r"(?:(?:city|town|village|province|state|region|district|capital|port|suburb)\s+of\s+)?"
    r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?['’]s\s+)?$",
    re.IGNORECASE,
)
#: Capitalised words that are place names somewhere but almost never in a news report.
STOPWORDS = frozenset(
    """
a an the this that these those there their they them then than it its he she his her him
we our you your i me my mr mrs ms dr prof sir gen general col capt lt sgt president minister
prime chief officer officers police policeman army military navy government governor mayor
sitio barangay brgy purok
king queen prince princess sheikh imam pope saint st mount lake river sea ocean gulf bay
pacific atlantic caribbean mediterranean arctic antarctic andean himalayan balkan saharan alpine
monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december today yesterday tomorrow tonight
since until despite amid among thus hence from within
morning evening night week month year news agency reuters press associated afp ap bbc cnn
xinhua irna tass ria interfax anadolu bernama yonhap kyodo sana wafa pti ians efe ansa dpa
antara isna mehr tasnim metro moro
state states province region district county city town village capital university college
school church mosque temple hospital court house senate congress parliament ministry
department office union council party front movement group forces force guard brigade
army corps islamic islam muslim christian jewish shiite shia sunni catholic central north
south east west northern southern eastern western new old great little upper lower grand
saint hill valley park street road avenue square bridge airport station centre center
market mall hotel club camp base border international national federal republic united
democratic people peoples popular liberation revolutionary royal supreme interior foreign
defence defense security justice health education according after before during following
although however meanwhile later earlier also but and or so yet if when while where what
who why how all some many most more much other another such no not only even still just
both each every either neither one two three four five six seven eight nine ten first
second third last next early late said says told asked added noted reported officials
official witnesses witness residents authorities spokesman spokeswoman spokesperson source
sources media video videos photo photos statement update breaking live world global
america american americans europe european africa african asia asian middle eastern
arab arabs western christmas easter ramadan eid day days hope faith grace joy victoria
man woman men women boy girl child children family home love peace liberty freedom
independence victory unity justice truth union german germans french russian russians turkish
indian chinese british english irish scottish welsh italian spanish portuguese dutch polish
greek swedish norwegian danish finnish swiss austrian belgian czech hungarian romanian
bulgarian serbian croatian ukrainian belarusian georgian armenian azerbaijani iranian iraqi
syrian lebanese israeli palestinian jordanian egyptian libyan tunisian algerian moroccan
saudi yemeni omani emirati qatari kuwaiti afghan pakistani bangladeshi nepalese sri lankan
burmese thai vietnamese cambodian malaysian indonesian filipino japanese korean mexican
brazilian argentine colombian venezuelan peruvian chilean cuban haitian nigerian kenyan
somali ethiopian sudanese congolese malian nigerien chadian cameroonian ghanaian
mozambican canadian australian
""".split()  # noqa: SIM905
)
_INSTITUTIONS = frozenset(
    """
university college school academy institute hospital clinic church chapel cathedral mosque
temple synagogue shrine tower hotel motel airport station club centre center mall market
office post bank court courthouse house building hall stadium arena theater theatre museum
library restaurant cafe cafeteria bar factory plant company base camp prison jail embassy
consulate ministry department agency council parliament palace fort plaza complex
""".split()  # noqa: SIM905
)
# capitalised words next to a place that do not make it part of a longer name
_NOT_NAME_PARTS = frozenset(
    """
monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december jan feb mar apr jun jul aug sep sept
oct nov dec and but police officials said in on at near from to for by with after before
during the a an as when while if since until outside inside city lga lgas lg lgc ward wards
tehsil upazila woreda kebele township townships northern southern eastern western
local government area areas districts regions counties
""".split()  # noqa: SIM905
)
#: US state codes written after a city ("Sherman, TX").
_US_CODES = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH "
    "NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY"
)
US_STATES = frozenset(_US_CODES.split())
_ACRONYM_OK = frozenset({"us", "usa", "uk", "uae", "drc", "car"})


@dataclass
class PlaceMention:
    """A place named in the report."""

    text: str  # as written, e.g. "Kerman Province"
    key: str  # folded gazetteer key
    start: int  # offset in the cleaned report
    end: int
    sentence: int
    ids: tuple[int, ...]
    kind: int  # most specific kind among the candidates (best guess before context)
    population: int
    want_admin1: bool = False
    direction: str | None = None
    locative: bool = False
    qualifier: str | None = None  # ", Virginia" after the name
    is_qualifier: bool = False  # this mention qualifies the one before it
    dateline: bool = False
    in_name: bool = False
    part: bool = False  # inside "including 20 in X": one part of a wider toll
    initial: bool = False  # first word of its sentence, no locative word before it
    country_hint: str | None = None  # "Sudan's Darfur region" → SD
    widespread: bool = False  # "across Bangladesh"
    unknown: bool = False  # a town the text names that the gazetteer does not know
    flags: list[str] = field(default_factory=list)

    @property
    def query(self) -> str:
        base = self.text + (", " + self.qualifier if self.qualifier else "")
        return base


def _lookup(index: Any, words: list[str]) -> tuple[str, tuple[int, ...]]:
    key = fold(" ".join(words))
    ids = index.key_ids.get(key)
    if not ids:
        alt = strip_article(key)
        ids = index.key_ids.get(alt) if alt != key else None
        if ids:
            key = alt
    if not ids and len(words) > 1:
        # "Deir Ezzor" for Deir ez-Zor: an Arabic article written into the word after it
        alt = _GLUED_ARTICLE.sub(r"\1 \2", key)
        ids = index.key_ids.get(alt) if alt != key else None
        if ids:
            key = alt
    return key, tuple(ids or ())


_GLUED_ARTICLE = re.compile(r"(?<=\s)(a[lzsdrtn]|e[lzsdrtn])([a-z]{3,})$")


def _summary(index: Any, ids: tuple[int, ...]) -> tuple[int, int]:
    """(most important kind, largest population) of the candidates."""
    best_kind = 0
    best_pop = 0
    for pid in ids:
        kind = int(index.kind[pid])
        pop = int(index.population[pid])
        if kind > best_kind:
            best_kind = kind
        if pop > best_pop:
            best_pop = pop
    return best_kind, best_pop


#: a role before a name: "spokesman Von Al Haq", "commander Abu Qasim"
_ROLE_BEFORE = re.compile(
    r"\b(?:spokes(?:man|woman|person)|commander|chieftain|leader|official|governor|minister|"
    r"mayor|colonel|captain|lieutenant|sergeant|inspector|superintendent|director|secretary|"
    r"envoy|ambassador|analyst|correspondent|reporter|witness|farmer|survivor)\s+$"
)
_POSSESSIVE = re.compile(r"\b([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\s+(?:[a-z-]+\s+)?$")


def _possessive_country(before: str) -> str | None:
    """ "Sudan's Darfur", "Pakistan's northwestern Khyber" → the country's ISO2 code."""
    m = _POSSESSIVE.search(before)
    if not m:
        return None
    from geoinc._countries import to_iso2

    return to_iso2(m.group(1))


#: a lower-case word after a run of names that is neither a function word nor a place's
#: type: the names qualify a noun ("Daria and Howladar families")
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:in|on|at|of|and|or|to|near|with|from|by|after|before|when|where|which|that|"
    r"who|while|as|were|was|is|are|have|has|had|said|says|districts?|villages?|towns?|"
    r"communities|community|areas?|provinces?|states?|regions?|count(?:y|ies)|cities|city|"
    r"local|municipalit(?:y|ies)|upazilas?|along|between|under|during|for|the|last|this|"
    r"early|late|since|until)\b)[a-z]"
)


def _split_admin_run(run: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """A run of capitalised words cut where an area's type ends a name: "Bokkos Local
    Government Area" is Bokkos (not also a town called Area), "Kwall District of Bassa LGA"
    is Kwall District and Bassa (the LGA no other name's word)."""
    out: list[list[re.Match[str]]] = []
    cur: list[re.Match[str]] = []
    k = 0
    while k < len(run):
        low = [t.group(0).lower() for t in run[k : k + 3]]
        if low[:1] == ["lga"] or low == ["local", "government", "area"]:
            out.append(cur)
            cur = []
            k += 1 if low[0] == "lga" else 3
            continue
        cur.append(run[k])
        if low[0] in ("district", "division") and low[1:2] == ["of"] and len(cur) > 1:
            out.append(cur)  # "Kwall District of Bassa": two places, the second the larger
            cur = []
            k += 2
            continue
        k += 1
    out.append(cur)
    return [r for r in out if r]


def find_places(
    sentences: list[Sentence],
    index: Any,
    *,
    lower_words: set[str],
    dateline_end: int = 0,
    dateline_start: int = 0,
) -> list[PlaceMention]:
    """Place mentions in the report's sentences.

    Parameters
    ----------
    sentences : list of Sentence
    index : geoinc.geocode._index.Index
        The gazetteer index (``key_ids``, ``kind``, ``population``).
    lower_words : set of str
        Words the report also writes in lower case (so "Police" is a common word here).
    dateline_end, dateline_start : int
        Offsets of a dateline near the top of the report (both 0 when there is none).
    """
    out: list[PlaceMention] = []
    for sent in sentences:
        text = sent.text
        tokens = list(_TOKEN.finditer(text))
        # runs of adjacent capitalised tokens (connectors allowed inside)
        runs: list[list[re.Match[str]]] = []
        run: list[re.Match[str]] = []
        for tok in tokens:
            word = tok.group(0)
            if run and text[run[-1].end() : tok.start()].strip() not in ("",):
                runs.append(run)
                run = []
            if word.lower() in _CONNECTORS and not word[0].isupper():
                if run:
                    run.append(tok)
                continue
            run.append(tok)
        if run:
            runs.append(run)
        runs = [part for r in runs for part in _split_admin_run(r)]
        for run in runs:
            while run and run[-1].group(0) in _CONNECTORS:
                run.pop()
            i = 0
            words = [t.group(0).rstrip(".") for t in run]
            raw_words = list(words)
            words = [re.sub(r"[’']s$", "", w) for w in words]
            n_run = len(run)
            matched_any = [False] * n_run
            found: list[tuple[int, int, str, tuple[int, ...]]] = []
            while i < n_run:
                if words[i] in _CONNECTORS:
                    i += 1
                    continue
                hit = None
                for n in range(min(5, n_run - i), 0, -1):
                    if words[i + n - 1] in _CONNECTORS:
                        continue
                    key, ids = _lookup(index, words[i : i + n])
                    if not ids and n > 1:  # "Cox's Bazar" is one name, possessive included
                        key, ids = _lookup(index, raw_words[i : i + n])
                    if ids:
                        hit = (i, i + n, key, ids)
                        break
                if hit is None:
                    i += 1
                    continue
                i = hit[1]
                if (
                    hit[1] - hit[0] == 1
                    and words[hit[0]].lower() in STOPWORDS
                    and not (
                        # "Somalia's Bay region": the word names its province
                        re.match(r"\s+(?i:region|province|state)\b", text[run[hit[1] - 1].end() :])
                        and any(int(index.kind[i]) == KIND_ADMIN1 for i in hit[3])
                    )
                ):
                    continue  # "Church", "Police": a word, not the place of that name
                found.append(hit)
                for j in range(hit[0], hit[1]):
                    matched_any[j] = True
            # "coordinator David Leon said": a given name and a surname, not two towns
            person: set[int] = set()
            for j in range(n_run - 1):
                if (
                    words[j].lower() in GIVEN_NAMES
                    and words[j + 1][:1].isupper()
                    and (
                        words[j + 1].lower() not in _ADMIN_WORDS
                        and words[j + 1].lower() not in _INSTITUTIONS
                    )
                ):
                    person.update((j, j + 1))
            # "Rebel spokesman Von Al Haq said": a name after a role is a person's
            if n_run >= 2 and _ROLE_BEFORE.search(
                text[max(0, run[0].start() - 30) : run[0].start()]
            ):
                person.update(range(n_run))
            # "commander Abu Talha", "Umm Khalid": a kunya names a person (but "Abu Dhabi",
            # a name of its own, is found whole)
            starts = {a for a, b, _, _ in found if b - a > 1}
            for j in range(n_run - 1):
                if words[j] in ("Abu", "Abou", "Umm", "Ibn", "Bin") and j not in starts:
                    person.update((j, j + 1))
            # "state Sen. Roland Gutierrez", "Gov. Greg Abbott": a title opens a person's name
            if n_run and (
                words[0] in _TITLES
                or re.search(
                    r"\b(?:Sen|Rep|Gov|Sgt|Lt|Gen|Col|Capt|Maj|Dr|Mr|Mrs|Ms|Insp|Supt|Cpl|Pvt|"
                    r"Adm|Prof|Rev|Hon)\.\s*$",
                    text[max(0, run[0].start() - 8) : run[0].start()],
                )
            ):
                person.update(range(n_run))
            # "One of the passengers, Allan Lucero, said": two names, each a place somewhere,
            # before a verb of saying, are a person
            if (
                n_run == 2
                and len(found) == 2
                and all(b - a == 1 for a, b, _, _ in found)
                and re.match(
                    r",?\s+(?:said|says|told|added|who|recalled|explained)\b", text[run[-1].end() :]
                )
            ):
                person.update((0, 1))
            for a, b, key, ids in found:
                if any(j in person for j in range(a, b)):
                    continue
                start_tok, end_tok = run[a], run[b - 1]
                raw_text = text[start_tok.start() : end_tok.end()]
                raw_text = re.sub(r"[’']s$", "", raw_text).rstrip(".")
                words_m = words[a:b]
                # admin word right after: "Kerman Province", "Borno State"
                want_admin1 = False
                end = start_tok.start() + len(raw_text)
                if b < n_run and words[b].lower() in _ADMIN_WORDS:
                    want_admin1 = True
                    raw_text = text[start_tok.start() : run[b].end()]
                    end = run[b].end()
                    matched_any[b] = True
                else:
                    after = re.match(
                        r"\s+(province|state|oblast|governorate|region|county|"
                        r"district|prefecture)\b",
                        text[end:],
                    )
                    if after:
                        want_admin1 = True
                        raw_text = text[start_tok.start() : end + after.end()]
                        end += after.end()
                kind, pop = _summary(index, ids)
                folded_words = [w.lower() for w in words_m]
                single = len(words_m) == 1
                w0 = folded_words[0]
                sentence_initial = start_tok.start() == 0 or bool(
                    re.fullmatch(r"[\s\"'“‘(\[]*", text[: start_tok.start()])
                )
                # "An SUV", "the IRGC": an article before an acronym
                if (
                    len(words_m) == 2
                    and words_m[0] in ("A", "An", "The")
                    and words_m[1].isupper()
                    and len(words_m[1]) <= 5
                ):
                    continue
                # all-caps acronyms (IRNA, ISIS) are organisations unless a country's code
                if (
                    single
                    and words_m[0].isupper()
                    and len(words_m[0]) <= 5
                    and (w0 not in _ACRONYM_OK)
                    and kind != KIND_COUNTRY
                    and not (dateline_start <= sent.start + start_tok.start() < dateline_end)
                ):
                    continue
                if (
                    single
                    and (w0 in STOPWORDS or w0 in lower_words)
                    and not want_admin1
                    and (kind == KIND_CITY or w0 in STOPWORDS)
                ):
                    continue
                if all(w in STOPWORDS for w in folded_words) and kind == KIND_CITY:
                    continue
                if sentence_initial and single and w0 in lower_words:
                    continue
                before = text[max(0, start_tok.start() - 45) : start_tok.start()]
                after_text = text[end : end + 6]
                # "the University of Texas", "the Tower of …": an institution, not the place
                if folded_words[0] in _INSTITUTIONS and (
                    "of" in folded_words or (single and kind == KIND_CITY)
                ):
                    continue
                # "the Tower of …", "the Tower." — a capitalised noun; "the Opelika campus"
                # (a name used as a modifier) stays
                after_the = bool(re.search(r"\bthe\s+$", before, re.I))
                if (
                    kind == KIND_CITY
                    and pop < 100_000
                    and after_the
                    and (not re.match(r"\s+[a-z]", after_text) or re.match(r"\s+of\s", after_text))
                ):
                    continue
                if (
                    kind == KIND_CITY
                    and pop < 100_000
                    and after_the
                    and re.match(
                        r"\s+(?:bar|club|nightclub|night\s+club|restaurant|cafe|café|hotel|"
                        r"disco|discotheque|cantina|pub|lounge|casino|cinema|theat(?:re|er))\b",
                        text[end : end + 20],
                        re.I,
                    )
                ):
                    continue  # "the Matehuala bar": a venue's name, not that town
                if kind == KIND_CITY and (
                    re.match(r"\s+[A-Z][\w'’-]+\s+" + _SHRINE, text[end : end + 40])
                    or (
                        re.search(r"(?-i:[A-Z])[\w'’-]+\s+$", before)
                        and re.match(r"\s+" + _SHRINE, text[end : end + 20])
                    )
                ):
                    continue  # "the Mansa Devi temple": a deity's or a saint's name
                if after_the and re.match(
                    r"[\s-]+(?:affiliate|bureau|correspondent|newspaper|"
                    r"daily|television|TV|radio|broadcaster)\b",
                    text[end : end + 20],
                    re.I,
                ):
                    continue  # "the San Juan affiliate of NBC News": a newsroom, not the place
                if (
                    kind != KIND_COUNTRY
                    and n_run == 2
                    and b - a == 1
                    and re.match(
                        r"\s+(?:concerts?|gigs?|tours?|shows?|performances?)\b",
                        text[run[-1].end() : run[-1].end() + 14],
                        re.I,
                    )
                ):
                    continue  # "an Ariana Grande concert": a performer's name
                if kind == KIND_CITY and re.match(
                    r"\s+(?:vehicles?|cars?|pick-?ups?|trucks?|SUVs?|sedans?|minivans?|"
                    r"Land\s+Cruisers?|Hilux|Corolla|Camry)\b",
                    text[end : end + 16],
                ):
                    continue  # "a Toyota vehicle": a make of car, not the Japanese city
                if (
                    re.match(
                        r"\s+(?:river|lake|sea|canal|reservoir|dam|mountains?|hills|"
                        r"valley|desert|strait|gulf|bay|ocean|creek|forest|peninsula|"
                        r"islands?|volcano|glacier|delta|basin)\b",
                        text[end : end + 14],
                        re.I,
                    )
                    and kind == KIND_CITY
                ):
                    continue  # "the Ganga river", "the Wardha river": the feature, not a town
                if re.fullmatch(
                    r"(?:north|south|east|west|central|upper|lower|middle)"
                    r"(?:[\s-]+(?:north|south|east|west|central))*",
                    raw_text,
                    re.I,
                ):
                    continue  # "South West China": a direction, not Cameroon's South-West
                # "attacked Bagwai town", "Bagwai local government area"
                locative = bool(_LOCATIVE.search(before) or _PLACE_NOUN_AFTER.match(text[end:]))
                dm = _DIRECTIONS.search(before)
                # part of a longer capitalised name (a person, an organisation)?
                # ("State University" is also a hamlet's name: still a name's word)
                # ("Eastern Congo's North Kivu province": the possessor ends its own phrase)
                poss = max((k for k in range(a) if re.search(r"[’']s$", raw_words[k])), default=-1)
                # ("Manja and Chakfem": a list of two names, the second unknown here; not
                # "Daria and Howladar families", two names of one noun)
                lo, hi = 0, n_run
                if not _NOUN_AFTER.match(text, run[-1].end()):
                    lo = max((k + 1 for k in range(a) if words[k] == "and"), default=0)
                    hi = min((k for k in range(b, n_run) if words[k] == "and"), default=n_run)
                others = [
                    j
                    for j in range(max(poss + 1, lo), hi)
                    if (
                        not matched_any[j]
                        or (j not in range(a, b) and words[j].lower() in _INSTITUTIONS)
                    )
                    and words[j] not in _CONNECTORS
                    and words[j].lower() not in _ADMIN_WORDS
                    and words[j].lower() not in _NOT_NAME_PARTS
                ]
                in_name = bool(others)
                if (
                    in_name
                    and re.search(r"[’']s$", text[start_tok.start() : end_tok.end()])
                    and (b < n_run and words[b][:1].isupper())
                ):
                    in_name = False  # "Moscow's Sheremetyevo airport": the city's landmark
                institution = any(
                    words[j].lower() in _INSTITUTIONS
                    or words[j].lower()
                    in (
                        "elementary",
                        "high",
                        "middle",
                        "junior",
                        "senior",
                        "regional",
                        "community",
                        "memorial",
                        "county",
                    )
                    for j in others
                )
                if in_name and a > 0 and words[a - 1].lower() in ("camp", "fort", "base", "fob"):
                    continue  # "the US base Camp Michigan": a base, not the state
                if (
                    in_name
                    and kind == KIND_CITY
                    and (
                        (pop < 100_000 and not locative and not (institution and a == 0))
                        or (institution and a > 0)
                    )
                ):
                    continue  # "Grover Cleveland Elementary School", "Qasem Soleimani"
                if re.match(
                    r"\s+(?:Rifles?|Regiment|Scouts|Light\s+Infantry|Frontier\s+Corps)\b",
                    text[end:],
                ):
                    continue  # "a vehicle of the Assam Rifle(s)": a force, not the state
                if re.match(r"\s+(?i:news)\b", text[end:]):
                    continue  # "the Fars News Agency", "Kabul News": a news outlet
                if (
                    kind == KIND_CITY
                    and not locative
                    and pop < 1_000_000
                    and re.match(r"\s+(?:said|says|told|added|stated)\b", text[end:])
                ):
                    continue  # "and Castro said": a person (Governor Claudio Castro)
                # tiny places only with a locative word or a qualifier after a comma
                if (
                    kind == KIND_CITY
                    and not locative
                    and not want_admin1
                    and pop < (15_000 if single else 1_000)
                    and not re.match(r",\s+[A-Z]", text[end:])
                ):
                    continue
                state = re.match(r",\s+([A-Z]{2})\b(?!\.\w)", text[end:])
                m = PlaceMention(
                    text=raw_text,
                    key=key,
                    start=sent.start + start_tok.start(),
                    end=sent.start + end,
                    sentence=sent.index,
                    ids=ids,
                    kind=kind,
                    population=pop,
                    want_admin1=want_admin1,
                    direction=dm.group("d").lower() if dm else None,
                    locative=locative,
                    dateline=dateline_start <= sent.start + start_tok.start() < dateline_end,
                    in_name=in_name,
                    qualifier=state.group(1) if state and state.group(1) in US_STATES else None,
                    initial=sentence_initial and not locative,
                    country_hint=_possessive_country(before) if kind != KIND_COUNTRY else None,
                )
                out.append(m)
    # "Grundy, Virginia": the second name qualifies the first
    for prev, cur in zip(out, out[1:], strict=False):
        if cur.sentence != prev.sentence or prev.is_qualifier:
            continue
        sent = sentences[cur.sentence]
        between = sent.text[prev.end - sent.start : cur.start - sent.start]
        appos = re.fullmatch(
            r",\s+an?\s+(?:[\w-]+\s+){0,3}?(?:city|town|village|suburb|"
            r"community|municipality|settlement)\s+(?:in|of)\s+(?:the\s+)?"
            r"(?:(?:north|south|east|west|central)\w*\s+)?",
            between,
            re.I,
        )
        if (
            (between.strip() == "," or appos)
            and cur.kind in (KIND_ADMIN1, KIND_COUNTRY)
            and (prev.kind == KIND_CITY or prev.kind == KIND_ADMIN1)
            and not cur.want_admin1
        ):
            prev.qualifier = cur.text
            cur.is_qualifier = True
            prev.locative = prev.locative or True
    return out


_TITLES = frozenset(
    {
        "Sen",
        "Rep",
        "Gov",
        "Sgt",
        "Lt",
        "Gen",
        "Col",
        "Capt",
        "Maj",
        "Dr",
        "Mr",
        "Mrs",
        "Ms",
        "Insp",
        "Supt",
        "Cpl",
        "Pvt",
        "Adm",
        "Prof",
        "Rev",
        "Hon",
    }
)
#: Common given names: before a capitalised word they start a person's name ("David Leon").
GIVEN_NAMES = frozenset(
    """
james john robert michael william david richard joseph thomas charles christopher daniel
matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott
brandon benjamin samuel gregory frank patrick raymond jack dennis jerry aaron
jose adam nathan zachary peter kyle ethan walter noah jeremy keith
roger terry gerald harold sean carl arthur dylan jesse bryan billy joe
bruce gabriel albert willie alan juan wayne elijah randy roy vincent ralph russell
bobby mason philip louis mary patricia jennifer linda elizabeth barbara susan jessica sarah
karen lisa nancy betty margaret sandra ashley kimberly emily donna michelle carol amanda
dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley
anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet
catherine maria heather diane ruth julie olivia joyce kelly lauren christina
joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara
kathryn janice jean abigail alice judy grace denise doris
danielle beverly isabella theresa diana natalie brittany marie kayla alexis lori
carlos luis jorge miguel pedro manuel francisco antonio javier fernando ricardo alejandro
roberto eduardo sergio rafael andres diego raul mario hector oscar ana lucia carmen rosa
jean-pierre pierre jacques michel philippe alain francois nicolas olivier sophie nathalie
hans klaus jurgen wolfgang stefan andreas thomas ivan sergei vladimir dmitry alexei igor
mohammed muhammad mohammad ahmed ahmad ali hassan hussein omar abdul abdullah mahmoud
mustafa khalid ibrahim yusuf youssef tariq karim rashid hamid said saeed fatima aisha zainab
ram raj rahul amit sanjay vijay anil sunil ravi rajesh suresh ramesh arun deepak manoj
priya sunita anita pooja imran asif nawaz shahid zahid bilal usman
greg roland salvador allan hal
""".split()  # noqa: SIM905
)

#: Country adjectives and the ISO2 code of their country ("a Nigerian church" → NG).
DEMONYMS: dict[str, str] = {
    "afghan": "AF",
    "albanian": "AL",
    "algerian": "DZ",
    "american": "US",
    "angolan": "AO",
    "argentine": "AR",
    "armenian": "AM",
    "australian": "AU",
    "austrian": "AT",
    "azerbaijani": "AZ",
    "bangladeshi": "BD",
    "belarusian": "BY",
    "belgian": "BE",
    "bolivian": "BO",
    "bosnian": "BA",
    "brazilian": "BR",
    "british": "GB",
    "bulgarian": "BG",
    "burkinabe": "BF",
    "burmese": "MM",
    "burundian": "BI",
    "cambodian": "KH",
    "cameroonian": "CM",
    "canadian": "CA",
    "chadian": "TD",
    "chilean": "CL",
    "chinese": "CN",
    "colombian": "CO",
    "congolese": "CD",
    "croatian": "HR",
    "cuban": "CU",
    "czech": "CZ",
    "danish": "DK",
    "dutch": "NL",
    "ecuadorian": "EC",
    "egyptian": "EG",
    "eritrean": "ER",
    "ethiopian": "ET",
    "filipino": "PH",
    "philippine": "PH",
    "finnish": "FI",
    "french": "FR",
    "georgian": "GE",
    "german": "DE",
    "ghanaian": "GH",
    "greek": "GR",
    "guatemalan": "GT",
    "haitian": "HT",
    "honduran": "HN",
    "hungarian": "HU",
    "indian": "IN",
    "indonesian": "ID",
    "iranian": "IR",
    "iraqi": "IQ",
    "irish": "IE",
    "israeli": "IL",
    "italian": "IT",
    "ivorian": "CI",
    "jamaican": "JM",
    "japanese": "JP",
    "jordanian": "JO",
    "kazakh": "KZ",
    "kenyan": "KE",
    "korean": "KR",
    "kosovar": "XK",
    "kurdish": "IQ",
    "kuwaiti": "KW",
    "kyrgyz": "KG",
    "lebanese": "LB",
    "liberian": "LR",
    "libyan": "LY",
    "malagasy": "MG",
    "malawian": "MW",
    "malaysian": "MY",
    "malian": "ML",
    "mauritanian": "MR",
    "mexican": "MX",
    "moldovan": "MD",
    "mongolian": "MN",
    "moroccan": "MA",
    "mozambican": "MZ",
    "namibian": "NA",
    "nepali": "NP",
    "nepalese": "NP",
    "nicaraguan": "NI",
    "nigerian": "NG",
    "nigerien": "NE",
    "norwegian": "NO",
    "omani": "OM",
    "pakistani": "PK",
    "palestinian": "PS",
    "panamanian": "PA",
    "paraguayan": "PY",
    "peruvian": "PE",
    "polish": "PL",
    "portuguese": "PT",
    "qatari": "QA",
    "romanian": "RO",
    "russian": "RU",
    "rwandan": "RW",
    "salvadoran": "SV",
    "saudi": "SA",
    "senegalese": "SN",
    "serbian": "RS",
    "sierra leonean": "SL",
    "somali": "SO",
    "south african": "ZA",
    "south sudanese": "SS",
    "spanish": "ES",
    "sri lankan": "LK",
    "sudanese": "SD",
    "swedish": "SE",
    "swiss": "CH",
    "syrian": "SY",
    "taiwanese": "TW",
    "tajik": "TJ",
    "tanzanian": "TZ",
    "thai": "TH",
    "togolese": "TG",
    "tunisian": "TN",
    "turkish": "TR",
    "ugandan": "UG",
    "ukrainian": "UA",
    "uruguayan": "UY",
    "uzbek": "UZ",
    "venezuelan": "VE",
    "vietnamese": "VN",
    "yemeni": "YE",
    "zambian": "ZM",
    "zimbabwean": "ZW",
}
_DEMONYM_PLACE = re.compile(
    r"\b(?P<d>(?:South|Sri|Sierra)\s+[A-Z][a-z]+|[A-Z][a-z]+)\s+(?:(?:capital|city|town|village|"
    r"port|province|state|region|district|border|church|mosque|temple|school|hospital|market|"
    r"police|army|military|soldiers|troops|officials|authorities|government|capital\s+city)\b)"
)


_DEMONYM_ANY = re.compile(
    r"\b(?P<d>(?:South|Sri|Sierra)\s+[A-Z][a-z]+|[A-Z][a-z]+)\s+(?:(?:search|rescue|disaster|"
    r"emergency|navy|coast)\s+)?(?:ferry|ferries|boat|ship|vessel|bus|train|plane|flight|"
    r"airliner|island|coast|waters|rescuers|rescue|villagers|village|town|city|capital|province|"
    r"state|region|district|border|police|authorities|officials|media|crews|workers|miners|"
    r"mine|villages|towns|cities|provinces|regions)\b"
)


def demonym_countries(sentences: list[Sentence]) -> list[str]:
    """Countries of every demonym used as an adjective ("an Indonesian ferry"), in order."""
    out: list[str] = []
    for sent in sentences:
        for m in _DEMONYM_ANY.finditer(sent.text):
            code = DEMONYMS.get(m.group("d").lower())
            if code and code not in out:
                out.append(code)
    return out


def find_demonym_country(sentences: list[Sentence]) -> tuple[str, str, int] | None:
    """The country of the first "Nigerian church", "Ukrainian city", "Indian police" phrase.

    Returns ``(iso2, phrase, sentence index)`` or ``None``. A fallback for reports that name
    no place the gazetteer knows.
    """
    for sent in sentences:
        for m in _DEMONYM_PLACE.finditer(sent.text):
            code = DEMONYMS.get(m.group("d").lower())
            if code:
                return code, m.group(0), sent.index
    return None


_CAPITAL = re.compile(
    r"\b(?i:the)\s+capital(?:\s+city)?\s+of\s+(?P<o>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b|"
    r"\b(?i:the)\s+(?:(?P<d>(?:South|Sri|Sierra|Burkinabe?|Central\s+African)\s+[A-Z][a-z]+|"
    r"[A-Z][a-z]+)\s+)?(?P<w>capital)(?:\s+city)?(?!\s*,?\s*(?:city\s+)?(?:of\s+)?[A-Z\d])"
    r"|\b(?P<c>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['’]s\s+(?:(?:own|main|national)\s+)?"
    r"capital(?:\s+city)?(?!\s*,?\s*(?:city\s+)?(?:of\s+)?[A-Z\d])"
)


def find_capitals(
    sentences: list[Sentence], index: Any, *, country: str | None = None
) -> list[PlaceMention]:
    """ "the Sri Lankan capital", "Somalia's capital", and "the capital" in a report about one
    country (``country``): a mention of that country's capital city.

    A capital named right after ("the Afghan capital, Kabul") is a mention of its own, so
    these phrases count only when no name follows.
    """
    from geoinc._countries import country_table, to_iso2

    table = country_table()
    out: list[PlaceMention] = []
    for sent in sentences:
        for m in _CAPITAL.finditer(sent.text):
            if re.search(r"[A-Z][\w'’.-]+\s*,\s*$", sent.text[max(0, m.start() - 40) : m.start()]):
                continue  # "Atlanta, the capital of Georgia": the city before describes itself
            if m.group("o"):
                code = to_iso2(m.group("o"))
                begin = m.start()
                if code is None or m.group("o") == table[code].get("capital"):
                    continue  # "the capital of Kerman province" is not a country's
            elif m.group("c"):
                code = to_iso2(m.group("c"))
                begin = m.start("c")
            elif m.group("d"):
                code = DEMONYMS.get(m.group("d").lower())
                begin = m.start("d")
            else:
                code = country
                begin = m.start("w")
            record = table.get(code or "")
            name = record.get("capital") if record else None
            if not name:
                continue
            key = fold(name)
            ids = tuple(
                i
                for i in index.key_ids.get(key, ())
                if str(index.country[i]) == code and int(index.kind[i]) == KIND_CITY
            )
            if not ids:
                continue
            ids = (max(ids, key=lambda i: int(index.population[i])),)
            before = sent.text[max(0, begin - 45) : begin]
            out.append(
                PlaceMention(
                    text=name,
                    key=key,
                    start=sent.start + begin,
                    end=sent.start + m.end(),
                    sentence=sent.index,
                    ids=ids,
                    kind=KIND_CITY,
                    population=int(index.population[ids[0]]),
                    locative=bool(
                        re.search(
                            r"\b(?:in|at|near|across|around|of|hit|struck|rocked|"
                            r"into|inside|throughout)\s+(?:the\s+)?$",
                            before,
                            re.I,
                        )
                    ),
                    country_hint=code,
                    flags=[],
                )
            )
    return out


_AL = r"(?:(?:al|el|ad|ash|as|at|an|ar)-)?"
_UNKNOWN_NAME = (
    # ("Dasht-e-Arch", "Kot-i-Sultan": a Persian or Urdu particle between the parts)
    rf"(?P<n>{_AL}[A-Z\u00c0-\u00de][a-z\u00df-\u024f'’]+(?:(?:[- ]|-(?:e|i|ye|ul|ud|ur)-){_AL}"
    rf"[A-Z\u00c0-\u00de][a-z\u00df-\u024f'’]+){{0,2}})"
)
#: a list of settlements after their noun: "the villages of Gouari, Djimdo and Dialaikanda"
_VILLAGE_LIST = re.compile(
    r"\b(?i:villages|towns|communities|localities|settlements)\s+of\s+"
    r"(?P<l>(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+)+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,?\s+"
    r"and\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
_SETTLEMENT = (
    r"(?:town|village|hamlet|settlement|community|locality|suburb|neighbou?rhood|"
    r"township|commune|farming\s+community|favela|slum|shantytown|barrio|island)"
)
#: the rest of a list of settlements: "…, Kango and Dangulbi villages"
_LISTED_SETTLEMENTS = (
    r"(?=(?:,\s+[A-Z][a-z'’]+(?:[- ][A-Z][a-z'’]+)?)*,?\s+and\s+"
    r"[A-Z][a-z'’]+(?:[- ][A-Z][a-z'’]+)?\s+(?:villages|communities|towns)\b)"
)
_SHRINE = r"(?i:temple|shrine|mosque|church|gurdwara|monastery|cathedral|dargah|mandir)\b"
#: words that open towns' names as well as titles: "the town of Sheikh Zuweid"
_PLACE_TITLES = frozenset({"sheikh", "saint", "imam", "mount", "new", "upper", "lower"})
_UNKNOWN_CUES = [
    # "in Ustarzai, a small mountain town in the northwest", "stormed Jacarezinho, a favela"
    re.compile(
        r"\b(?i:in|at|near|around|on|into|stormed|raided|attacked|hit)\s+(?:the\s+)?"
        + _UNKNOWN_NAME
        # (", a town …", "—a town that hosts …")
        + r"(?:\s*,\s+|\s?[—–]\s?)(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:"
        + _SETTLEMENT
        + r"|area|district|quarter)\b"
    ),
    # "in Hiwane, south of Tigray's capital Mekele", "in Ustarzai, 10 km north of Kohat"
    re.compile(
        r"\b(?i:in|at|near)\s+(?:the\s+)?" + _UNKNOWN_NAME + r"\s*,\s+(?:(?i:about|some|"
        r"around|nearly|roughly|just)\s+)?(?:\d+\s*(?i:km|kilometers|kilometres|miles)\s+)?"
        r"(?i:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|"
        r"north-west|south-east|south-west)(?:ern)?\s+of)\b"
    ),
    # "another attack happened in Liboi where a convoy …", "the incident occurred at Kulal"
    re.compile(
        r"\b(?:happened|occurred|took\s+place)\s+(?:(?:on|early|late|at|around|about)\s+"
        r"(?:[\w:]+\s+){1,5}?)?"
        r"(?i:in|at|around|near)\s+"
        + _UNKNOWN_NAME
        + r"(?=\s*[,.;]|\s+(?:where|when|as|on|at|in|near|after|village|town|area)\b)"
    ),
    # "a nearby town, Barire, south-west of the capital"
    re.compile(
        r"\b(?:an?|the)\s+(?:[\w-]+\s+)?(?i:town|village|hamlet|settlement|locality),\s+"
        + _UNKNOWN_NAME
        + r"\s*,"
    ),
    # "the village of Koutougou", "the villages of Jima and Pandaguo"
    re.compile(
        r"\b(?:(?i:village|town|city|hamlet|community|settlement|locality|villages|"
        r"communities|towns|localities|island|district|sub-district|subdistrict|county|"
        r"municipality|township|area)\s+of)\s+" + _UNKNOWN_NAME
    ),
    # "the towns of Saraqeb and Ehsim": the last of a list of towns
    re.compile(
        r"\b(?i:villages|towns|communities|localities)\s+of\s+(?:[A-Z][\w'’-]+(?:\s+"
        r"[A-Z][\w'’-]+)?,\s+)*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,?\s+and\s+" + _UNKNOWN_NAME
    ),
    # "attacked the Kaiga Ngouboua base": a base named after its village
    re.compile(
        r"\b(?:attacked|stormed|raided|overran|hit|struck|targeted)\s+(?:the\s+|a\s+)?"
        + _UNKNOWN_NAME
        + r"\s+(?:military\s+|army\s+)?(?:base|camp|outpost|garrison|"
        r"barracks)\b"
    ),
    # "in northern Jawzjan province", "in Jaghato district": an area the gazetteer spells
    # otherwise (Jowzjan)
    re.compile(
        r"\b(?i:in|of)\s+(?:the\s+)?(?:(?i:nearby|neighbou?ring|adjacent|adjoining)\s+)?"
        r"(?:(?:north|south|east|west)\w*\s+|central\s+)?"
        + _UNKNOWN_NAME
        + r"\s+(?:province|district|county|region|governorate|zone|"
        r"prefecture|department|woreda|(?-i:[Ss]ub-?division|[Dd]ivision)|canton|"
        r"kebele|barangay)\b"
    ),
    # "in Dhaka's Keraniganj": a part of a place the gazetteer knows
    re.compile(
        r"\b(?i:in|at|near)\s+(?:the\s+)?(?:(?i:north|south|east|west|central)\w*\s+)?"
        r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?:\s+(?:district|province|region|county))?['’]s\s+"
        r"(?:(?:northern|southern|eastern|western|central|north-?\w*|south-?\w*)\s+)?"
        + _UNKNOWN_NAME
        + r"(?=(?:\s+(?:district|area|village|town|tehsil))?\s*(?:[,.;]|$|\s+(?:on|in|at|and|"
        r"where|after|when|about|some|near)\b))"
    ),
    # "at Sitio Sangay, Brgy Buhanginan, Patikul, Sulu": a Philippine village and hamlet
    re.compile(r"\b(?:Barangay|Brgy\.?|Sitio|Purok)\s+" + _UNKNOWN_NAME),
    # "attacked by the rebels in Gumhang, Tinoc town": a village, then its town
    re.compile(
        r"\b(?i:in|at|near)\s+" + _UNKNOWN_NAME + r",\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+"
        r"(?:town|municipality|township|district|sub-district|upazila|tehsil|LGA)\b"
    ),
    # "attacked Nyalun village", "in Dibaya Lubwe town", "Bagwai local government area"
    re.compile(
        r"\b(?i:in|at|near|on|of|attacked|raided|stormed|hit|struck|into|bombed|shelled)"
        r"\s+(?:the\s+|a\s+)?(?:(?:remote|small|tiny|nearby|neighbou?ring|border|hilly|mountain|"
        r"coastal|rural|isolated)\s+)?"
        # ("in the mostly Shi'ite Shaab area in northeast Baghdad")
        r"(?:(?:(?:mostly|mainly|predominantly|largely)\s+)?(?:Shi['’]ite|Shiite|Sunni|"
        r"Christian|Kurdish|Muslim|Hindu)\s+)?"
        + _UNKNOWN_NAME
        + r"\s+(?:village|town|hamlet|settlement|locality|neighbou?rhood|"
        # ("the Ayilamo community in the Logo Local Government Area", not "the Berom
        # community in Plateau state", a people)
        r"community(?=\s+(?:in|of)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+"
        r"(?:ward|(?i:local\s+government)|LGA|district|council)\b)|"
        r"(?i:local\s+government\s+area)|LGA|commune|sub-district|tehsil|township|upazila|"
        # ("in the Amil area, another Shi'ite neighborhood, in southwest Baghdad")
        r"area(?=\s+(?:of|in|near)\s+[A-Z\w]|,\s+(?:an?|another)\s))\b"
    ),
    # "attacked Kango and Dangulbi villages": two villages, each its own cue
    re.compile(
        r"\b(?i:in|at|near|on|of|attacked|raided|stormed|hit|struck|bombed|shelled)\s+"
        r"(?:the\s+)?" + _UNKNOWN_NAME + _LISTED_SETTLEMENTS
    ),
    re.compile(r"(?<=,\s)" + _UNKNOWN_NAME + _LISTED_SETTLEMENTS),
    re.compile(r"(?<=\sand\s)" + _UNKNOWN_NAME + r"(?=\s+(?:villages|communities|towns)\b)"),
    # "drove over a mine between Diallassagou and Tori", "on the road between Kaya and
    # Dori": the first of two places a road or a trip joins
    re.compile(
        r"\b(?i:road|roads|highway|axis|route|stretch|section|drove|driving|travell?ing|"
        r"mine|located|villages|towns|localities|journey|way)\b[^.;:]{0,40}?\bbetween\s+"
        + _UNKNOWN_NAME
        + r"(?=\s+and\s+[A-Z])"
    ),
    re.compile(
        r"\b(?i:road|roads|highway|axis|route|stretch|section|drove|driving|travell?ing|"
        r"mine|located|villages|towns|localities|journey|way)\b[^.;:]{0,40}?\bbetween\s+"
        r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+and\s+" + _UNKNOWN_NAME
    ),
    # "a female Kyar Si villager was killed": a villager named after the village
    re.compile(
        r"\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|\d+)\s+(?:(?i:female|"
        r"male|young|elderly|old|local)\s+)?" + _UNKNOWN_NAME + r"\s+villagers?\b"
    ),
]
#: a town named just before its province: "in Aboudos, South Darfur"
_BEFORE_PROVINCE = re.compile(r"\b(?:in|at|near)\s+" + _UNKNOWN_NAME + r",\s+$")
#: a round-up's item opening on its place and toll: "In Sadr City, 15 people were killed
#: …, and in Karrada, 10 died" (tried on every sentence: no cue word to look for first)
_ITEM_LEAD = re.compile(
    r"(?:^|[,;]\s+(?:and\s+|while\s+)?|\s(?:while|whereas)\s+)(?i:in)\s+"
    + _UNKNOWN_NAME
    + r"\s*,\s+(?=(?i:(?:at\s+"
    r"least|about|some|around|nearly|another)\s+)?(?i:\d+|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|dozens|an?)\s+"
    r"(?:[\w-]+\s+){0,3}?(?i:were|was|people|persons|died|killed|dead|injured|wounded)\b)"
)
#: the place a victim died at, told right after the verb: "a motorcyclist was shot dead in
#: Kidungu" (tried only where such a verb occurs)
_DIED_IN = re.compile(
    r"\b(?:killed|shot\s+dead|hacked\s+to\s+death|beheaded|died|murdered|massacred|"
    r"slaughtered|wounded|injured)\s+(?:in|at)\s+"
    + _UNKNOWN_NAME
    + r"(?=\s*(?:[,.;]|$|\s+(?:on|in|at|after|when|while|as|late|early|last|overnight)\b))"
)
#: the place of an event told with its day: "in an alleged shootout with the police in
#: Nannyville Gardens on Friday evening"
_EVENT_IN_ON_DAY = re.compile(
    r"\b(?:shoot-?out|shooting|attack|clash|gunfight|explosion|blast|raid|ambush)\b[^.;,]{0,50}?"
    r"\bin\s+" + _UNKNOWN_NAME + r"(?=\s+(?:on\s+|late\s+|early\s+|last\s+)?(?:Mon|Tues|Wednes|"
    r"Thurs|Fri|Satur|Sun)day\b)"
)
_EVENT_HINT = ("shoot", "attack", "clash", "gunfight", "explosion", "blast", "raid", "ambush")
_UNKNOWN_HINT = (
    "happened",
    "occurred",
    "took place",
    "area",
    "quarter",
    "village",
    "town",
    "city of",
    "hamlet",
    "settlement",
    "communit",
    "localit",
    "island",
    "suburb",
    "neighbo",
    "base",
    "camp",
    "outpost",
    "garrison",
    "barracks",
    "province",
    "district",
    "county",
    "region",
    "governorate",
    "zone",
    "prefecture",
    "department",
    "woreda",
    "division",
    "canton",
    "kebele",
    "barangay",
    "north",
    "south",
    "east",
    "west",
    "favela",
    "slum",
    "barrio",
    "local government",
    "lga",
    "commune",
    "tehsil",
    "upazila",
    "'s ",
    "’s ",
    "'s\n",
    "’s\n",
    "between",
)
_DIED_HINT = (
    "killed",
    "dead",
    "death",
    "beheaded",
    "died",
    "murdered",
    "massacred",
    "slaughtered",
    "wounded",
    "injured",
)
#: words that open a capitalised phrase that is not a town ("the Christian village")
_NOT_TOWN = frozenset(
    [
        "christian",
        "muslim",
        "hindu",
        "sikh",
        "jewish",
        "shia",
        "shiite",
        "sunni",
        "alawite",
        "druze",
        "kurdish",
        "yazidi",
        "fulani",
        "hausa",
        "tutsi",
        "hutu",
        "buddhist",
        "catholic",
        "protestant",
        "coptic",
        "arab",
        "bedouin",
        "berber",
        "tuareg",
        "dogon",
        "peul",
        "rohingya",
        "baloch",
        "pashtun",
        "tribal",
        "border",
        "frontier",
        "remote",
        "local",
        "nearby",
        "neighbouring",
        "neighboring",
        "same",
        "small",
        "tiny",
        "rural",
        "farming",
        "fishing",
        "mining",
        "mountain",
        "coastal",
        "desert",
    ]
)


def find_unknown_places(
    sentences: list[Sentence], known: list[PlaceMention], *, lower_words: set[str]
) -> list[PlaceMention]:
    """Towns the text names clearly ("the village of Koutougou", "in Ustarzai, a small
    town") that the gazetteer does not know. Each has no gazetteer entry (``ids`` empty,
    ``unknown`` set): it can only refine a province or a country the text also names."""
    # a small namesake abroad ("Kandia", a hamlet in the US) does not make the name known
    taken = [(p.start, p.end) for p in known if p.kind != KIND_CITY or p.population >= 15_000]
    # a small town's name opening a longer one the text calls a town ("the town of Mai
    # Tsebri", not Mai): not a country, a province or a city of 100,000
    loose = {(p.start, p.end) for p in known if p.kind == KIND_CITY and p.population < 100_000}
    out: list[PlaceMention] = []
    for sent in sentences:
        cues = _UNKNOWN_CUES if has_any(sent.text, _UNKNOWN_HINT) else []
        if "in " in sent.text or "In " in sent.text:
            cues = [*cues, _ITEM_LEAD]
            if has_any(sent.text, _DIED_HINT):
                cues.append(_DIED_IN)
            if has_any(sent.text, _EVENT_HINT):
                cues.append(_EVENT_IN_ON_DAY)
        spans = [
            (m.group("n"), m.start("n"), m.end("n")) for rx in cues for m in rx.finditer(sent.text)
        ]
        # "visiting their farms in Aboudos, South Darfur": a town named before its province
        # or its country ("a hotel in Bossaso, Somalia")
        for q in known:
            if (
                q.sentence == sent.index
                and q.kind in (KIND_ADMIN1, KIND_COUNTRY)
                and not q.is_qualifier
            ):
                m = _BEFORE_PROVINCE.search(sent.text, 0, q.start - sent.start)
                if m:
                    spans.append((m.group("n"), m.start("n"), m.end("n")))
        if "of " in sent.text:
            # "the villages of Gouari, Djimdo, Pangadougou and Dialaikanda": every name listed
            for lm in _VILLAGE_LIST.finditer(sent.text):
                spans += [
                    (m.group("n"), lm.start("l") + m.start("n"), lm.start("l") + m.end("n"))
                    for m in re.finditer(_UNKNOWN_NAME, lm.group("l"))
                ]
        for name, a, b in spans:
            a, b = sent.start + a, sent.start + b
            if any(
                x < b
                and a < y
                and not ((x == a and y < b or y == b and x > a) and (x, y) in loose and " " in name)
                for x, y in taken
            ):
                continue  # the gazetteer knows it
            words = [w.lower() for w in re.split(r"[- ]", name)]
            if (
                (words[0] in STOPWORDS and not (len(words) > 1 and words[0] in _PLACE_TITLES))
                or words[0] in _NOT_TOWN
                or words[0] in DEMONYMS
                or words[0] in GIVEN_NAMES
                or words[0] in lower_words
                or any(w in _ADMIN_WORDS for w in words)
            ):
                continue
            taken.append((a, b))
            out.append(
                PlaceMention(
                    text=name,
                    key=fold(name),
                    start=a,
                    end=b,
                    sentence=sent.index,
                    ids=(),
                    kind=KIND_CITY,
                    population=0,
                    locative=True,
                    unknown=True,
                )
            )
    if not out:
        return out
    # the same town named again without its cue: "13 were killed in Dangulbi"
    names = {p.text for p in out}
    again = re.compile(
        r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b"
    )
    for sent in sentences:
        for m in again.finditer(sent.text):
            a, b = sent.start + m.start(), sent.start + m.end()
            if any(x < b and a < y for x, y in taken):
                continue
            taken.append((a, b))
            out.append(
                PlaceMention(
                    text=m.group(0),
                    key=fold(m.group(0)),
                    start=a,
                    end=b,
                    sentence=sent.index,
                    ids=(),
                    kind=KIND_CITY,
                    population=0,
                    unknown=True,
                    locative=bool(
                        re.search(
                            r"\b(?:in|at|near|of|on)\s+(?:the\s+)?$",
                            sent.text[max(0, m.start() - 8) : m.start()],
                            re.I,
                        )
                    ),
                )
            )
    return out
