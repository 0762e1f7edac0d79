"""Which date of a report is the incident's: geoinc.extract_incidents through the public API."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import geoinc


def first(text: str, published: str | None = None) -> pd.Series:
    gdf = geoinc.extract_incidents(text, published=published)
    assert len(gdf) >= 1
    return gdf.iloc[0]


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        (
            "On Christmas Eve in 2003, gunmen stormed a church in Jos and killed 7 worshippers.",
            None,
            "2003-12-24",
        ),
        (
            "A car bomb exploded outside a market in Mosul on New Year's Day, killing 9 people.",
            "2019-01-03",
            "2019-01-01",
        ),
        (
            "Nine people were shot dead at a party in Cleveland on Halloween 2012.",
            None,
            "2012-10-31",
        ),
        (
            "A gunman killed 4 people at a bar in Denver on New Years Eve.",
            "2022-01-02",
            "2021-12-31",
        ),
    ],
)
def test_holidays(text: str, published: str | None, want: str) -> None:
    row = first(text, published)
    assert row["date"] == pd.Timestamp(want)
    assert row["date_precision"] == "day"


def test_weekday_of_an_explicit_date_is_part_of_it() -> None:
    # the weekday is wrong for the date given; the written date wins, not "last Monday"
    row = first(
        "On Monday of October 3, 2019, a gunman killed 5 people in a shop in Tulsa.",
        published="2019-10-04",
    )
    assert row["date"] == pd.Timestamp("2019-10-03")


def test_the_lead_date_beats_a_later_weekday() -> None:
    row = first(
        "On August 3, 2019, a gunman opened fire at a store in El Paso, Texas. Two more "
        "victims died on Monday, raising the number of dead to 22.",
        published="2019-08-06",
    )
    assert row["date"] == pd.Timestamp("2019-08-03")


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        (
            "The gunman had removed his ankle monitor on Friday, the day before the shooting that "
            "killed 3 people in Dayton.",
            "2016-03-27",
            "2016-03-26",
        ),
        (
            "On Monday, two days after the bombing in Quetta that killed 12 people, officials "
            "announced arrests.",
            "2018-05-08",
            "2018-05-05",
        ),
        (
            "Police said on 9 June 2017, three days after the attack on a bus in Kabul in which "
            "8 people died, that a suspect had been held.",
            None,
            "2017-06-06",
        ),
    ],
)
def test_a_date_with_an_offset_to_the_event(text: str, published: str | None, want: str) -> None:
    row = first(text, published)
    assert row["date"] == pd.Timestamp(want)


@pytest.mark.parametrize(
    "later",
    [
        "He surrendered to police on Wednesday, March 4, 2020.",
        "The suspect turned himself in on Wednesday, March 4, 2020.",
        "A fifth victim died in hospital on Wednesday, March 4, 2020.",
    ],
)
def test_a_later_act_is_not_the_event_date(later: str) -> None:
    row = first(
        f"A gunman killed four people at a warehouse in Tulsa on Sunday. {later}",
        published="2020-03-05",
    )
    assert row["date"] == pd.Timestamp("2020-03-01")


def test_a_time_after_midnight_is_still_the_event_day() -> None:
    row = first(
        "On November 19 just after midnight, a student opened fire in a library in "
        "Tallahassee, injuring three people.",
        published="2014-11-20",
    )
    assert row["date"] == pd.Timestamp("2014-11-19")


def test_a_two_day_spree_takes_its_first_day() -> None:
    gdf = geoinc.extract_incidents(
        "On March 3, 2021, a man shot two officers in Fresno. Two days later, on March 5, "
        "2021, he killed three people at a gas station."
    )
    assert gdf.iloc[0]["date"] == pd.Timestamp("2021-03-03")


def test_a_us_numeric_date() -> None:
    row = first(
        "A mother and her daughter were shot and killed Sunday 12/06/2015 in Macon.",
        published="2015-12-08",
    )
    assert row["date"] == pd.Timestamp("2015-12-06")


def test_the_year_of_a_day_date_does_not_start_a_comparison() -> None:
    # "in 1972," would read as an earlier event compared with this one; here it dates it
    row = first(
        "On New Year's Eve in 1972, a sniper shot four policemen in New Orleans, "
        "killing two of them."
    )
    assert row["date"] == pd.Timestamp("1972-12-31")
    assert row["killed"] == 2


def test_no_date_in_the_text_gives_the_publication_week() -> None:
    row = first(
        "A man shot and killed his wife and three children in a cabin in Alaska.",
        published="2015-06-08",
    )
    assert row["date"] == pd.Timestamp("2015-06-08")
    assert row["date_precision"] == "week"


def test_a_dateline_date_resolves_weekdays_without_published() -> None:
    row = first(
        "KABUL, June 3, 2021 (AP) — A bomb exploded at a mosque in Kabul on Wednesday, "
        "killing 7 people."
    )
    assert row["date"] == pd.Timestamp("2021-06-02")
    assert "dateline" in json.loads(row["evidence"])["date"]


def test_published_beats_the_dateline() -> None:
    row = first(
        "KABUL, June 3, 2021 (AP) — A bomb exploded at a mosque in Kabul on Wednesday, "
        "killing 7 people.",
        published="2021-06-10",
    )
    assert row["date"] == pd.Timestamp("2021-06-09")


@pytest.mark.parametrize(
    ("phrase", "published", "want"),
    [
        ("over the weekend", "2019-06-03", "2019-06-01"),  # read on a Monday
        ("last weekend", "2019-06-08", "2019-06-01"),  # read on the next Saturday
        ("this weekend", "2019-06-09", "2019-06-08"),  # read on the Sunday
    ],
)
def test_weekend_is_its_saturday_with_week_precision(
    phrase: str, published: str, want: str
) -> None:
    row = first(f"A gunman killed 3 people at a party in Memphis {phrase}.", published)
    assert row["date"] == pd.Timestamp(want)
    assert row["date_precision"] == "week"


@pytest.mark.parametrize(
    ("text", "want", "precision"),
    [
        (
            "Two days after a gunman killed 10 people at a supermarket in Buffalo, mourners gathered "
            "on Monday.",
            "2022-05-14",
            "day",
        ),
        (
            "A week after the bombing in Quetta that killed 12 people, officials said on Tuesday that "
            "three men had been arrested.",
            "2022-05-10",
            "week",
        ),
        # the lead is about something else: the date is the event's own
        (
            "Two days after the election, gunmen killed 5 people in Jos on Monday.",
            "2022-05-16",
            "day",
        ),
    ],
)
def test_a_sentence_opening_on_an_offset_to_the_event(text: str, want: str, precision: str) -> None:
    row = first(text, "2022-05-17")
    assert row["date"] == pd.Timestamp(want)
    assert row["date_precision"] == precision


@pytest.mark.parametrize(
    "phrase", ["on the night of 6-7 April", "between 6 and 8 April", "from 6 to 9 April"]
)
def test_a_range_of_days_gives_the_first(phrase: str) -> None:
    row = first(
        f"Gunmen killed 5 people in a raid on a village near Djibo {phrase}.",
        published="2022-04-12",
    )
    assert row["date"] == pd.Timestamp("2022-04-06")


def test_a_triple_homicide_is_an_incident_with_its_date() -> None:
    # no figure but "triple homicide": still an incident, three dead, dated by the lead
    row = first(
        "On February 24, 2015, a student was killed in a triple homicide at a house in Fresno."
    )
    assert row["date"] == pd.Timestamp("2015-02-24")
    assert row["killed"] == 3


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "On March 5, police said 5 people were killed in an attack on a market in Kano on "
            "March 3.",
            "2021-03-03",
        ),
        (
            "On Friday, officials said gunmen had killed 9 people in Kano on Wednesday.",
            "2021-03-03",
        ),
        ("On Wednesday, gunmen killed 9 people in Kano, police said.", "2021-03-03"),
    ],
)
def test_a_sentence_opening_on_the_day_of_a_statement(text: str, want: str) -> None:
    row = first(text, "2021-03-06")
    assert row["date"] == pd.Timestamp(want)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "On March 5, 2021, the governor confirmed that 5 people were killed in an attack on "
            "March 3 in Kano.",
            "2021-03-03",
        ),
        (
            "On January 2, 2021, officials said that 5 people were killed in an attack on "
            "December 30 in Kano.",
            "2020-12-30",
        ),
    ],
)
def test_a_written_year_dates_a_yearless_day_without_published(text: str, want: str) -> None:
    row = first(text)
    assert row["date"] == pd.Timestamp(want)


def test_a_written_year_does_not_resolve_weekdays() -> None:
    row = first("Officials said on March 5, 2021 that gunmen killed 9 people in Kano on Wednesday.")
    # "Wednesday" is unresolved without a publication date, and March 5 is the statement's
    assert pd.isna(row["date"]) and row["date_precision"] == "unknown"


def test_a_market_named_after_a_weekday_is_no_date() -> None:
    gdf = geoinc.extract_incidents(
        "A bomb rocked the Monday Market in Maiduguri on Saturday, killing 20 people.",
        published="2015-01-10",
    )
    assert str(gdf["date"].iloc[0].date()) == "2015-01-10"
