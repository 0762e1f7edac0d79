"""geoinc.extract_incidents / extract_many through the public API, offline."""

from __future__ import annotations

import json
import math
import unicodedata
from pathlib import Path

import pandas as pd
import pytest

import geoinc

DATA = Path(__file__).resolve().parent.parent / "data"


def _ascii(text: object) -> str:
    return unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()


def one(text: str, **kwargs) -> pd.Series:
    gdf = geoinc.extract_incidents(text, **kwargs)
    assert len(gdf) == 1, gdf[["place", "location", "killed", "injured"]]
    return gdf.iloc[0]


def evidence(row: pd.Series) -> dict:
    return json.loads(row["evidence"])


# -- the seed article, exact on every field ---------------------------------------------
def test_kerman_seed_every_field(kerman_text: str) -> None:
    gdf = geoinc.extract_incidents(kerman_text, published="2024-01-04", source="seed")
    assert len(gdf) == 1
    row = gdf.iloc[0]
    assert row["date"] == pd.Timestamp("2024-01-03")
    assert row["date_precision"] == "day"
    assert row["place"] == "Kerman"
    assert row["location"].startswith("Kerman")
    assert row["country"] == "IR"
    assert row["admin1"] == "Kermān"
    assert row["precision"] == "city"
    assert math.isclose(row["latitude"], 30.28, abs_tol=0.02)
    assert math.isclose(row["longitude"], 57.08, abs_tol=0.02)
    assert row["geometry"].x == pytest.approx(row["longitude"])
    assert row["killed"] == 84
    assert row["killed_high"] is pd.NA
    assert row["injured"] == 284
    assert row["injured_high"] is pd.NA
    assert row["claimed_by"] == "ISIS"
    assert row["blamed_on"] == "Israel"
    assert row["event_type"] == "bombing"
    assert row["source"] == "seed"
    assert row["geocode_status"] == "found"
    assert "Kerman" in row["geocode_reason"]
    ev = evidence(row)
    assert "on Wednesday" in ev["date"]
    assert "at least 84" in ev["killed"]
    assert "284 others injured" in ev["injured"]
    assert "accused Israel" in ev["blamed_on"]
    assert "ISIS" in ev["claimed_by"]
    assert "Kerman" in ev["place"]
    assert set(gdf["country"]) == {"IR"}  # never Israel or Turkey


def test_seed_output_is_a_valid_incident_table(kerman_text: str) -> None:
    gdf = geoinc.extract_incidents(kerman_text, published="2024-01-04")
    geoinc.validate(gdf)
    empty = geoinc.empty_incidents(1)
    assert gdf[list(empty.columns)].dtypes.equals(empty.dtypes)
    assert gdf.crs.to_epsg() == 4326
    for col in (
        "geocode_status",
        "geocode_confidence",
        "geocode_candidates",
        "geocode_reason",
        "geocoder",
        "evidence",
    ):
        assert col in gdf.columns


def test_seed_without_publication_date_has_no_weekday_date(kerman_text: str) -> None:
    row = one(kerman_text)
    assert pd.isna(row["date"]) and row["date_precision"] == "unknown"
    assert row["killed"] == 84 and row["country"] == "IR"


# -- the reports written for these tests (data/texts, CC0) -------------------------------
_EXPECTED = json.loads((DATA / "texts" / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", [k for k in _EXPECTED if not k.startswith("_")])
def test_written_reports(name: str) -> None:
    spec = _EXPECTED[name]
    text = (DATA / "texts" / name).read_text(encoding="utf-8")
    gdf = geoinc.extract_incidents(text, published=spec["published"])
    want = spec["incidents"]
    assert len(gdf) == len(want), gdf[["location", "killed", "injured"]]
    for (_, row), exp in zip(gdf.iterrows(), want, strict=True):
        for key, value in exp.items():
            if key == "location_startswith":
                assert _ascii(row["location"]).startswith(value), (key, row["location"])
            elif key == "admin1_or_location_contains":
                assert value in f"{row['admin1']} {row['location']}", (key, row["location"])
            elif key == "location_not":
                assert value not in _ascii(row["location"]), (key, row["location"])
            elif key == "evidence_contains":
                assert value in row["evidence"]
            elif key == "date":
                assert row["date"] == pd.Timestamp(value), (key, row["date"])
            elif value is None:
                assert pd.isna(row[key]), (key, row[key])
            else:
                assert row[key] == value, (key, row[key], value)


# -- where --------------------------------------------------------------------------------
def test_country_named_in_the_text_biases_an_ambiguous_city() -> None:
    lebanon = one(
        "A bomb exploded in Tripoli on Friday, killing 12 people. Lebanon's army "
        "sealed off the area."
    )
    libya = one(
        "A bomb exploded in Tripoli on Friday, killing 12 people. Libya's interior "
        "ministry said the attackers fled."
    )
    assert lebanon["country"] == "LB"
    assert libya["country"] == "LY"


def test_dateline_city_is_not_the_incident_place() -> None:
    row = one(
        "LONDON, May 2 (Reuters) - Gunmen killed nine villagers in the town of Bama in "
        "northeastern Nigeria on Tuesday, police said.",
        published="2023-05-02",
    )
    assert row["country"] == "NG"
    assert row["location"].startswith("Bama")
    assert row["date"] == pd.Timestamp("2023-05-02")  # "on Tuesday", not the dateline day


def test_accused_and_visited_countries_are_not_the_place() -> None:
    row = one(
        "Pakistan accused India of backing the militants who killed 14 soldiers in an "
        "ambush near Quetta on Sunday. The prime minister cancelled a visit to China."
    )
    assert row["country"] == "PK"
    assert row["location"].startswith("Quetta")


@pytest.mark.parametrize(
    ("text", "place", "blamed"),
    [
        (
            "Ukraine blamed Russian forces for the strike on Kharkiv that killed 7.",
            "Kharkiv",
            "Russian forces",
        ),
        ("Iran accused Israel of the explosions in Kerman that killed 84.", "Kerman", "Israel"),
    ],
)
def test_the_place_inside_an_accusation_is_still_the_place(
    text: str, place: str, blamed: str
) -> None:
    row = one(text)
    assert row["location"].startswith(place)
    assert row["blamed_on"] == blamed


def test_province_and_region_mentions() -> None:
    row = one("Heavy rain triggered a landslide in Kerman Province on Monday, killing 7 people.")
    assert row["precision"] == "admin1" and row["country"] == "IR"
    row = one("An earthquake struck southern Iran on Monday, killing 3 people.")
    assert row["country"] == "IR" and row["precision"] == "country"
    assert row["place"] == "southern Iran"


def test_possessive_country_restricts_the_place() -> None:
    row = one("Fighting in Sudan's Darfur region has killed at least 120 people this week.")
    assert row["country"] == "SD"  # not Darfur, Minnesota
    row = one("Gunmen killed 17 villagers in Nigeria's Plateau state.")
    assert row["country"] == "NG" and row["precision"] == "admin1"


def test_country_adjective_when_no_place_is_named() -> None:
    row = one("Gunmen attacked a Nigerian church during Mass on Sunday, killing 50 worshippers.")
    assert row["country"] == "NG" and row["precision"] == "country"
    assert "Nigerian church" in evidence(row)["place"]


def test_earlier_incident_mentioned_for_comparison_is_ignored() -> None:
    row = one(
        "A suicide bomber killed 18 people at a market in Quetta on Monday, officials "
        "said. In 2016, a bombing at a hospital in Lahore killed 70 people.",
        published="2023-02-14",
    )
    assert row["location"].startswith("Quetta")
    assert row["killed"] == 18


def test_two_separate_attacks_give_two_incidents() -> None:
    gdf = geoinc.extract_incidents(
        "A roadside bomb killed four policemen in Mosul on Monday. In a separate attack, "
        "gunmen shot dead two shopkeepers in Baghdad.",
        published="2022-03-01",
    )
    assert len(gdf) == 2
    assert list(gdf["killed"]) == [4, 2]
    assert gdf["location"].str.startswith("Mosul").iloc[0]
    assert gdf["location"].str.startswith("Baghdad").iloc[1]


def test_one_event_in_two_countries_gives_two_rows() -> None:
    gdf = geoinc.extract_incidents(
        "A magnitude 7.8 earthquake struck southern Turkey and "
        "northern Syria on Monday, killing more than 2,300 people.",
        published="2023-02-07",
    )
    assert list(gdf["country"]) == ["TR", "SY"]
    assert list(gdf["place"]) == ["southern Turkey", "northern Syria"]
    assert set(gdf["date"]) == {pd.Timestamp("2023-02-06")}
    assert "repeated on each row" in gdf.iloc[0]["evidence"]


# -- when ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("phrase", "published", "date", "precision"),
    [
        ("on January 3", "2024-01-10", "2024-01-03", "day"),
        ("on 3 Jan 2024", None, "2024-01-03", "day"),
        ("on 2024-01-03", None, "2024-01-03", "day"),
        ("on Sunday night", "2024-01-10", "2024-01-07", "day"),
        ("yesterday", "2024-01-10", "2024-01-09", "day"),
        ("last week", "2024-01-10", "2024-01-01", "week"),
        ("in March 2023", None, "2023-03-01", "month"),
        ("on December 30", "2024-01-02", "2023-12-30", "day"),
    ],
)
def test_dates(phrase: str, published: str | None, date: str, precision: str) -> None:
    row = one(
        f"A bomb exploded at a bus station in Peshawar {phrase}, killing 6 people.",
        published=published,
    )
    assert row["date"] == pd.Timestamp(date)
    assert row["date_precision"] == precision


def test_statement_day_is_not_the_event_day() -> None:
    row = one(
        "Gunmen killed 11 people in Kaduna on Monday. The governor said in a statement "
        "on Wednesday that the attackers had been identified.",
        published="2024-05-16",
    )
    assert row["date"] == pd.Timestamp("2024-05-13")


def test_bad_published_is_an_error() -> None:
    with pytest.raises(ValueError, match="published"):
        geoinc.extract_incidents("5 killed in Kano.", published="not a date")


# -- how many -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "killed", "killed_high", "injured"),
    [
        ("The blast killed eighty-four people and injured two hundred and five.", 84, None, 205),
        ("More than 100 people were killed and nearly 290 were hurt.", 100, None, 290),
        ("Officials said 1,037 people died and 2,400 were hospitalised.", 1037, None, 2400),
        ("Between 84 and 95 people lost their lives.", 84, 95, None),
        ("Up to 95 people are feared dead.", None, 95, None),
        ("At least 40 people were killed; up to 60 may have died.", 40, 60, None),
        ("The death toll rose to 95, up from 84 on Monday.", 95, None, None),
        ("At least 84 people were killed. The death toll later climbed to 103.", 103, None, None),
        ("Two police officers and three civilians were killed.", 5, None, None),
        ("Twelve people, including three children, were killed and 40 wounded.", 12, None, 40),
        ("The attack left 12 dead and 30 wounded.", 12, None, 30),
        (
            "A 25-year-old man killed 3 people in 2019 with a rifle 50 km from the border.",
            3,
            None,
            None,
        ),
        ("Two explosions on the fourth anniversary killed 7 people.", 7, None, None),
        ("The magnitude 7.8 quake killed 4 people and injured 30 others.", 4, None, 30),
        ("Seven people were shot, one of them fatally.", 1, None, 6),
        ("Half a dozen people were killed and two dozen were hurt.", 6, None, 24),
        ("A 23-year-old woman was killed and two men were wounded.", 1, None, 2),
        ("He non-fatally wounded six students before he was arrested.", None, None, 6),
        ("Then he shot a guard and two bystanders, but no one was killed.", 0, None, 3),
        ("The explosion left three people dead and more than a dozen injured.", 3, None, 12),
        ("The gunman shot four people, killing one.", 1, None, 3),
        ("He wounded ten and killed none before he was arrested.", 0, None, 10),
        ("The gunman killed five people before he was shot dead by police.", 6, None, None),
    ],
)
def test_counts(sentence: str, killed, killed_high, injured) -> None:
    row = one(f"{sentence} The attack happened in Peshawar, Pakistan.")
    assert (row["killed"] if row["killed"] is not pd.NA else None) == killed
    assert (row["killed_high"] if row["killed_high"] is not pd.NA else None) == killed_high
    assert (row["injured"] if row["injured"] is not pd.NA else None) == injured


def test_revision_keeps_the_earlier_figure_as_evidence() -> None:
    row = one(
        "At least 84 people were killed in the bombing in Kabul. The death toll later rose to 95."
    )
    assert row["killed"] == 95
    assert "84" in evidence(row)["killed"]


@pytest.mark.parametrize(("word", "value"), [("Dozens", 12), ("Scores", 100), ("Hundreds", 100)])
def test_vague_words_are_coded_like_acled_and_flagged(word: str, value: int) -> None:
    row = one(f"{word} of people were injured in clashes in Nairobi.")
    assert row["injured"] == value
    assert "vague" in evidence(row)["injured"]


def test_listed_victims_are_counted() -> None:
    row = one("In Dayton, a gunman killed his wife and two daughters and wounded a neighbour.")
    assert row["killed"] == 3 and row["injured"] == 1
    row = one(
        "A police officer and two civilians were killed in Kabul, and a soldier and "
        "four children were wounded."
    )
    assert row["killed"] == 3 and row["injured"] == 5


# -- who ----------------------------------------------------------------------------------
def test_claimed_and_blamed_are_different() -> None:
    row = one(
        "Al-Shabaab claimed responsibility for the bombing in Mogadishu that killed 20 "
        "people. The government blamed foreign fighters."
    )
    assert row["claimed_by"] == "Al-Shabaab"
    row = one(
        "Officials blamed the Taliban for the attack in Kabul that killed 9 people, but "
        "no group has claimed responsibility."
    )
    assert row["claimed_by"] is pd.NA
    assert row["blamed_on"] == "Taliban"


@pytest.mark.parametrize(
    ("text", "claimed", "blamed"),
    [
        (
            "Police suspect the bombing in Mogadishu, which killed 10, was carried out by Al-Shabaab.",
            None,
            "Al-Shabaab",
        ),
        (
            "The attack in Kabul, which killed 10 people, was blamed on the Haqqani network.",
            None,
            "Haqqani network",
        ),
        ("Suspected Boko Haram militants killed 18 people near Maiduguri.", None, "Boko Haram"),
        (
            "Responsibility for the blast in Quetta, which killed 6, was claimed by the Islamic State "
            "group.",
            "Islamic State",
            None,
        ),
        (
            "Hamas said it was behind the shooting in Jerusalem that killed three people.",
            "Hamas",
            None,
        ),
        (
            "Suspected al-Shabab extremists attacked a bus in Kenya's Mandera county, killing 10.",
            None,
            "al-Shabab",
        ),
    ],
)
def test_claims_and_accusations(text: str, claimed, blamed) -> None:
    row = one(text)
    assert (None if row["claimed_by"] is pd.NA else row["claimed_by"]) == claimed
    assert (None if row["blamed_on"] is pd.NA else row["blamed_on"]) == blamed


def test_a_date_about_something_else_is_not_the_event_date() -> None:
    row = one(
        "Gunmen killed 7 people in Kano. The police commissioner visited Abuja on Tuesday.",
        published="2024-03-07",
    )
    assert row["date_precision"] == "week"  # publication week, no day in the text
    assert "publication date" in evidence(row)["date"]


# -- bad input ----------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["", "   \n  ", "<p></p>"])
def test_empty_text_gives_no_rows(text: str) -> None:
    gdf = geoinc.extract_incidents(text)
    assert len(gdf) == 0
    assert list(gdf.columns) == list(
        geoinc.extract_incidents("5 killed in a bombing in Kano.").columns
    )


def test_text_without_incident_gives_no_rows() -> None:
    assert (
        len(
            geoinc.extract_incidents(
                "The central bank of Kenya kept its interest rate at 13 percent on Tuesday, citing "
                "inflation in Nairobi and Mombasa.",
                published="2024-02-06",
            )
        )
        == 0
    )


def test_html_markup_and_scripts_are_stripped() -> None:
    row = one(
        '<div><script>var s = "500 killed in Paris";</script><p>At least <b>6</b> '
        "people were killed in a shooting in <a href='#'>Houston</a>.</p></div>"
    )
    assert row["killed"] == 6 and row["location"].startswith("Houston")
    assert "<" not in row["description"]


def test_one_megabyte_text_does_not_crash(kerman_text: str) -> None:
    filler = "The market reopened and traders returned to their stalls. " * 18_000
    text = kerman_text + "\n" + filler
    assert len(text) > 1_000_000
    gdf = geoinc.extract_incidents(text, published="2024-01-04")
    assert len(gdf) == 1 and gdf.iloc[0]["killed"] == 84


def test_non_english_text_does_not_crash() -> None:
    gdf = geoinc.extract_incidents(
        "Al menos doce personas murieron en un ataque en Culiacán. "
        "爆炸造成多人死亡。 Взрыв в Москве."
    )
    assert len(gdf) <= 1


def test_non_string_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="string"):
        geoinc.extract_incidents(123)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Gazetteer"):
        geoinc.extract_incidents("5 killed in Kano.", gazetteer=object())


def test_an_explicit_gazetteer_is_used() -> None:
    gdf = geoinc.extract_incidents(
        "A bomb killed 5 people in Kerman.", gazetteer=geoinc.Gazetteer()
    )
    assert gdf.iloc[0]["country"] == "IR"


# -- many reports -------------------------------------------------------------------------
def test_extract_many_from_a_list_keeps_going_after_a_failure(kerman_text: str) -> None:
    texts = [kerman_text, None, "Gunmen killed 7 people in Kaduna on Monday."]
    gdf = geoinc.extract_many(texts, published="2024-01-04", progress=False)
    assert list(gdf["report"]) == ["0", "2"]
    errors = gdf.attrs["errors"]
    assert list(errors["report"]) == ["1"] and "TypeError" in errors["error"].iloc[0]
    assert list(gdf["killed"]) == [84, 7]


def test_extract_many_from_a_series_and_a_folder(tmp_path: Path, kerman_text: str) -> None:
    series = pd.Series({"kerman": kerman_text, "nothing": "A quiet day in Oslo."})
    gdf = geoinc.extract_many(series, published=pd.Series({"kerman": "2024-01-04"}))
    assert list(gdf["report"]) == ["kerman"]
    assert gdf.iloc[0]["date"] == pd.Timestamp("2024-01-03")
    (tmp_path / "a.txt").write_text(kerman_text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "5 people were killed in a shooting in Memphis.", encoding="utf-8"
    )
    (tmp_path / "c.txt").write_bytes(b"\xff\xfe\x00bad")
    gdf = geoinc.extract_many(tmp_path, progress=True)
    assert list(gdf["report"]) == ["a.txt", "b.txt"]
    assert list(gdf["source"]) == ["a.txt", "b.txt"]
    assert list(gdf.attrs["errors"]["report"]) == ["c.txt"]


def test_extract_many_of_nothing_is_an_empty_table() -> None:
    gdf = geoinc.extract_many([], progress=False)
    assert len(gdf) == 0 and "report" in gdf.columns
    with pytest.raises(NotADirectoryError):
        geoinc.extract_many("/no/such/folder")
