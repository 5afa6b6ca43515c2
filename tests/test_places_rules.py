"""Toponym rules of local news: namesakes told apart by the story, streets, people, bodies.

The sentences are written for these tests (local-news style, not from a corpus).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from sitrep.errors import ResourceError
from sitrep.extract.place_words import PlaceWords, place_words
from sitrep.extract.places import extract_places
from sitrep.gazetteer import Gazetteer
from sitrep.model import Article, Place, Toponym
from stages import toponyms_in as found

if TYPE_CHECKING:
    from spacy.language import Language


def place(toponyms: dict[str, Toponym], name: str) -> Place:
    assert name in toponyms, sorted(toponyms)
    resolved = toponyms[name].place
    assert resolved is not None, name
    return resolved


# --- resolution ------------------------------------------------------------------------


def test_names_of_one_story_lie_together(nlp: Language, gazetteer: Gazetteer) -> None:
    # alone, each is read elsewhere (Dublin, Ireland); together they are in Ohio
    toponyms = found(
        nlp, gazetteer, "Officials from Dublin, Columbus and Franklin County met on Monday."
    )
    for name in ("Dublin", "Columbus", "Franklin County"):
        assert (place(toponyms, name).country, place(toponyms, name).admin1) == ("US", "Ohio")


def test_the_region_written_after_a_town_contains_it(nlp: Language, gazetteer: Gazetteer) -> None:
    toponyms = found(
        nlp, gazetteer, "The fair drew visitors from Paris, Texas, and from London, Ontario."
    )
    assert (place(toponyms, "Paris").country, place(toponyms, "Paris").admin1) == ("US", "Texas")
    assert (place(toponyms, "London").country, place(toponyms, "London").admin1) == (
        "CA",
        "Ontario",
    )


def test_a_county_says_which_country_a_story_is_in(nlp: Language, gazetteer: Gazetteer) -> None:
    # "Lamar County" is in the United States whichever of its namesakes it is, and the Paris
    # of Lamar County, Texas, lies in it
    toponyms = found(nlp, gazetteer, "The Lamar County sheriff said a Paris man was arrested.")
    assert (place(toponyms, "Paris").country, place(toponyms, "Paris").admin1) == ("US", "Texas")


def test_the_state_of_georgia_beside_its_cities(nlp: Language, gazetteer: Gazetteer) -> None:
    toponyms = found(nlp, gazetteer, "Atlanta and Savannah are the largest cities in Georgia.")
    assert place(toponyms, "Georgia").feature_code == "ADM1"
    assert place(toponyms, "Georgia").country == "US"


def test_a_states_name_is_the_state_unless_the_text_says_town(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    # California, Pennsylvania lies beside the other places; the state is still meant
    text = (
        "Leaders from Pittsburgh, Uniontown and Washington County praised a law California passed."
    )
    assert place(found(nlp, gazetteer, text), "California").feature_code == "ADM1"
    text = "Students from Pittsburgh and Uniontown visited California, Pa., on Friday."
    assert place(found(nlp, gazetteer, text), "California").admin1 == "Pennsylvania"


def test_a_state_abbreviation_keeps_its_period(nlp: Language, gazetteer: Gazetteer) -> None:
    toponyms = found(nlp, gazetteer, "CHARLESTON, W.Va. - Officials said the bridge would reopen.")
    assert place(toponyms, "W.Va.").feature_code == "ADM1"
    assert place(toponyms, "CHARLESTON").admin1 == "West Virginia"


def test_a_name_said_often_votes_no_more_than_three_times(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    # four "Chicago"s are not four places of the story: Houston, Fort Worth and Texas hold
    # them level, and "Paris" is the Texas town near the story's others, not Illinois's
    text = (
        "Houston and Fort Worth bid for the grant, but Paris won it, the first win for a town "
        "in Texas. Chicago bid too. Chicago lost, Chicago appealed, and Chicago lost again."
    )
    assert place(found(nlp, gazetteer, text), "Paris").admin1 == "Texas"


# --- recognition -----------------------------------------------------------------------


def test_a_street_named_after_a_place_is_kept_whole(nlp: Language, gazetteer: Gazetteer) -> None:
    toponyms = found(nlp, gazetteer, "The fire started in a house on Darby Street near the school.")
    assert "Darby" not in toponyms
    assert "Darby Street" in toponyms
    assert toponyms["Darby Street"].place is None  # a street is not the town it is named after


def test_a_word_inside_an_organisation_is_no_place(nlp: Language, gazetteer: Gazetteer) -> None:
    toponyms = found(nlp, gazetteer, "United Way officials said the program would expand.")
    assert "Way" not in toponyms
    assert all(t.place is None for t in toponyms.values())


def test_a_surname_is_no_place(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Sarah Kenton, 43, was charged on Monday. Kenton told reporters she was innocent."
    assert "Kenton" not in found(nlp, gazetteer, text)


def test_a_town_opening_the_name_of_its_body(nlp: Language, gazetteer: Gazetteer) -> None:
    toponyms = found(nlp, gazetteer, "The Cheshire Fire Department was called to the scene.")
    assert place(toponyms, "Cheshire").feature_class == "P"


def test_a_county_is_a_place_wherever_it_stands(nlp: Language, gazetteer: Gazetteer) -> None:
    # NER takes "Douglas County Clerk Jane Smith" for one person
    toponyms = found(nlp, gazetteer, "Douglas County Clerk Jane Smith said the votes were counted.")
    assert place(toponyms, "Douglas County").feature_code == "ADM2"


def test_a_legislators_party_and_home(nlp: Language, gazetteer: Gazetteer) -> None:
    toponyms = found(
        nlp, gazetteer, "Rep. Jane Doe, D-Ohio, and Sen. John Roe, R-Elbow Lake, voted for it."
    )
    assert place(toponyms, "Ohio").feature_code == "ADM1"
    assert place(toponyms, "Elbow Lake").admin1 == "Minnesota"


def test_the_town_of_a_city_government(nlp: Language, gazetteer: Gazetteer) -> None:
    toponyms = found(
        nlp, gazetteer, "According to the City of Huntsville, the road will close on Friday."
    )
    assert "Huntsville" in toponyms
    assert "City of Huntsville" not in toponyms
    toponyms = found(nlp, gazetteer, "The Dublin City Council met on Tuesday.")
    assert "Dublin" in toponyms and "Dublin City" not in toponyms


def test_a_nationality_opening_a_ministry(nlp: Language, gazetteer: Gazetteer) -> None:
    toponyms = found(nlp, gazetteer, "The Russian Foreign Ministry said talks would resume.")
    assert toponyms["Russian"].source == "demonym"
    assert place(toponyms, "Russian").country == "RU"


def test_where_a_person_lives(nlp: Language, gazetteer: Gazetteer) -> None:
    toponyms = found(nlp, gazetteer, "Police arrested Mary Cole, 41, of Grovetown, on Friday.")
    assert place(toponyms, "Grovetown").country == "US"
    # NER takes the town of an address for a person
    text = "Chiquita Henry, 19, of 1935 Orchard St., Alexandria, was arrested."
    assert "Alexandria" in found(nlp, gazetteer, text)


def test_a_dateline_in_capitals(nlp: Language, gazetteer: Gazetteer) -> None:
    # NER takes "HARTFORD" for an organisation
    toponyms = found(nlp, gazetteer, "HARTFORD — Lawmakers met on Tuesday to discuss the budget.")
    assert place(toponyms, "HARTFORD").admin1 == "Connecticut"


def test_based_and_mayor_of_say_place(nlp: Language, gazetteer: Gazetteer) -> None:
    assert "Sligo" in found(nlp, gazetteer, "A Sligo-based charity opened a new shop.")
    assert "Sligo" in found(nlp, gazetteer, "The mayor of Sligo opened the new bridge.")


def test_a_list_of_counties(nlp: Language, gazetteer: Gazetteer) -> None:
    toponyms = found(nlp, gazetteer, "Growth slowed in Jackson and Barrow counties last year.")
    assert place(toponyms, "Jackson").feature_code == "ADM2"
    assert place(toponyms, "Barrow").name == "Barrow County"


def test_a_state_inside_a_university_name(nlp: Language, gazetteer: Gazetteer) -> None:
    toponyms = found(nlp, gazetteer, "She studies at the University of Kentucky College of Law.")
    assert place(toponyms, "Kentucky").feature_code == "ADM1"


def test_one_sense_per_story(nlp: Language, gazetteer: Gazetteer) -> None:
    # NER takes the second "Gainesville" for a person; the story said it is a place
    text = "Flooding hit homes in Gainesville on Monday. Later, Gainesville said it would help."
    article = Article(text=text, origin="test")
    toponyms = extract_places(nlp(text), article=article, gazetteer=gazetteer)
    assert [t.span.start for t in toponyms if t.span.text == "Gainesville"] == [
        text.index("Gainesville"),
        text.rindex("Gainesville"),
    ]


def test_a_saints_school_is_no_town(nlp: Language, gazetteer: Gazetteer) -> None:
    toponyms = found(nlp, gazetteer, "The children attend St. Mary's High School near the river.")
    assert not any("Mary" in name for name in toponyms)


def test_a_town_called_city_keeps_its_name(nlp: Language, gazetteer: Gazetteer) -> None:
    toponyms = found(nlp, gazetteer, "The Boulder City Council met on Tuesday.")
    assert place(toponyms, "Boulder City").admin1 == "Nevada"


def test_an_unknown_word_said_of_no_place(nlp: Language, gazetteer: Gazetteer) -> None:
    # NER calls the surname a place; no gazetteer knows it and nothing says it is a place
    text = "Okruashvili said Saakashvili had no right to stay in power."
    assert "Saakashvili" not in found(nlp, gazetteer, text)


# --- the word lists are data -----------------------------------------------------------


def test_place_words_are_read_from_the_knowledge_file() -> None:
    words = place_words()
    assert isinstance(words, PlaceWords)
    assert {"street", "avenue"} <= words.street
    assert "man" in words.resident and "fire" in words.civic and "coach" in words.title
    assert place_words() is words  # read once


def test_an_unknown_kind_of_place_word_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import sitrep.knowledge

    monkeypatch.setattr(
        sitrep.knowledge, "read_table", lambda name: ({"kind": "nonsense", "words": "x"},)
    )
    place_words.cache_clear()
    try:
        with pytest.raises(ResourceError, match="unknown kind"):
            place_words()
    finally:
        place_words.cache_clear()


# --- round 2: regions, local names, roads, short names, streets, datelines ----------------


def test_continents_seas_and_world_regions(nlp: Language, gazetteer: Gazetteer) -> None:
    toponyms = found(
        nlp,
        gazetteer,
        "Exports to Europe fell. A freighter sank in the Red Sea, and envoys toured the "
        "Middle East before the EU met.",
    )
    assert place(toponyms, "Europe").feature_code == "CONT"
    assert place(toponyms, "Red Sea").feature_code == "SEA"  # not Sudan's Red Sea state
    assert place(toponyms, "Middle East").country is None  # not a village in Maryland
    assert place(toponyms, "EU").name == "European Union"


def test_a_local_community_is_in_the_storys_country(nlp: Language, gazetteer: Gazetteer) -> None:
    # a person's home and the town's police: Paris is a town of the story's country
    toponyms = found(
        nlp,
        gazetteer,
        "Jane Roe, 34, of Paris was taken to a Dallas hospital. Paris police closed the road.",
    )
    assert place(toponyms, "Paris").country == "US"


def test_a_highway_exit_is_no_place(nlp: Language, gazetteer: Gazetteer) -> None:
    toponyms = found(
        nlp, gazetteer, "Tolls return between Exit 2 and Exit 9 on the road east of Route 128."
    )
    assert not {"Exit 2", "Exit 9", "Route"} & set(toponyms), sorted(toponyms)


def test_a_company_and_a_person_named_in_full_first(nlp: Language, gazetteer: Gazetteer) -> None:
    toponyms = found(
        nlp,
        gazetteer,
        "Titan Operating won a permit on Tuesday. Titan will drill six wells. Lawyers for "
        "Brett Hartmann filed a motion. The state asked the court to allow Hartmann time.",
    )
    assert not {"Titan", "Hartmann"} & set(toponyms), sorted(toponyms)


def test_a_bodys_officials_are_no_street(nlp: Language, gazetteer: Gazetteer) -> None:
    toponyms = found(nlp, gazetteer, "But United Way officials said the program will grow.")
    assert "United Way" not in toponyms


def test_a_nationality_word_for_a_culture(nlp: Language, gazetteer: Gazetteer) -> None:
    toponyms = found(nlp, gazetteer, "The band played Irish music while volunteers served food.")
    assert "Irish" not in toponyms


def test_streets_of_addresses_and_positions(nlp: Language, gazetteer: Gazetteer) -> None:
    text = (
        "Officers went to the 400 block of Maple Grove Lane on Sunday. The woman, who lives "
        "on Quarry Hill Drive, was arrested at 1212 Bellweather Road."
    )
    toponyms = found(nlp, gazetteer, text)
    for street in ("Maple Grove Lane", "Quarry Hill Drive", "Bellweather Road"):
        assert street in toponyms, sorted(toponyms)
        assert toponyms[street].place is None


def test_a_capitalized_common_word_is_no_place(nlp: Language, gazetteer: Gazetteer) -> None:
    toponyms = found(nlp, gazetteer, "“Many of our soldiers came home hurt,” the doctor said.")
    assert "Many" not in toponyms


def test_datelines_with_a_region_or_a_colon(nlp: Language, gazetteer: Gazetteer) -> None:
    toponyms = found(
        nlp, gazetteer, "Fire guts store.\nCHILLICOTHE — Firefighters battled a blaze on Monday."
    )
    assert place(toponyms, "CHILLICOTHE").country == "US"
    toponyms = found(
        nlp, gazetteer, "Rocket launched.\nKANDAHAR, Afghanistan — A convoy left on Monday."
    )
    assert place(toponyms, "KANDAHAR").country == "AF"


def test_a_country_ner_calls_a_person(nlp: Language, gazetteer: Gazetteer) -> None:
    toponyms = found(nlp, gazetteer, "Sri Lanka's former president met the envoys on Friday.")
    assert place(toponyms, "Sri Lanka").country == "LK"


def test_saint_written_short(nlp: Language, gazetteer: Gazetteer) -> None:
    toponyms = found(nlp, gazetteer, "The ship flew the flag of St. Kitts and Nevis.")
    assert place(toponyms, "St. Kitts and Nevis").country == "KN"


def test_a_county_court_is_no_street(nlp: Language, gazetteer: Gazetteer) -> None:
    toponyms = found(nlp, gazetteer, "He was sentenced in Allegheny County Court on Friday.")
    resolved = place(toponyms, "Allegheny County")
    assert (resolved.country, resolved.admin1) == ("US", "Pennsylvania")


def test_a_numbered_label_is_no_place(nlp: Language, gazetteer: Gazetteer) -> None:
    toponyms = found(nlp, gazetteer, "The fire started at Lot No. 12 of the trailer park.")
    assert "Lot" not in toponyms, sorted(toponyms)


def test_both_nationalities_of_a_pair(nlp: Language, gazetteer: Gazetteer) -> None:
    toponyms = found(nlp, gazetteer, "Talks marked the anniversary of Israeli-Egyptian peace.")
    assert place(toponyms, "Israeli").country == "IL"
    assert place(toponyms, "Egyptian").country == "EG"


# --- recognition: datelines, buildings, dedications, nationalities, residents -----------


def test_a_dateline_with_a_short_first_word(nlp: Language, gazetteer: Gazetteer) -> None:
    # "ST" and "NEW" alone pass for acronyms; the dateline is the whole name
    toponyms = found(nlp, gazetteer, "ST. PAUL — A man was charged Friday with threats.")
    assert place(toponyms, "ST. PAUL").admin1 == "Minnesota"
    toponyms = found(nlp, gazetteer, "NEW MIAMI — A woman died in a house fire on Sunday.")
    assert place(toponyms, "NEW MIAMI").admin1 == "Ohio"


def test_an_adjective_opening_a_sentence_is_no_town(nlp: Language, gazetteer: Gazetteer) -> None:
    toponyms = found(nlp, gazetteer, "Early voters lined up in Gainesville on Monday.")
    assert "Early" not in toponyms, sorted(toponyms)
    assert "Gainesville" in toponyms


def test_a_town_opening_a_buildings_name(nlp: Language, gazetteer: Gazetteer) -> None:
    for text in (
        "Firefighters put out a kitchen fire at the Spanish Oaks Apartments complex on Tuesday.",
        "A fire damaged two units at the Cambridge Manor Apartments late Sunday.",
    ):
        assert not found(nlp, gazetteer, text), text


def test_a_saints_church_with_a_longer_name(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "The wedding was held at St. Mark's United Methodist Church in the spring."
    assert not any("Mark" in name for name in found(nlp, gazetteer, text))


def test_a_nationality_outside_any_entity(nlp: Language, gazetteer: Gazetteer) -> None:
    toponyms = found(nlp, gazetteer, "The Sri Lankan civil war ended in 2009.")
    assert place(toponyms, "Sri Lankan").country == "LK"


def test_a_towns_business_and_student(nlp: Language, gazetteer: Gazetteer) -> None:
    # NER calls the towns an organisation and a person; the word after says community
    toponyms = found(nlp, gazetteer, "A Buford business owner was charged with fraud on Monday.")
    assert place(toponyms, "Buford").country == "US"
    toponyms = found(nlp, gazetteer, "Police said the Lovejoy senior was not hurt.")
    assert place(toponyms, "Lovejoy").country == "US"


def test_an_alternate_name_lends_a_word_no_population(nlp: Language, gazetteer: Gazetteer) -> None:
    # "Room" is a rare alternate name of Rome; the word is no place for the capital's sake
    text = "The meeting starts at 7 p.m. at the high school, Room 113, on Main Street."
    assert "Room" not in found(nlp, gazetteer, text)


def test_the_second_name_of_a_hyphenated_pair(nlp: Language, gazetteer: Gazetteer) -> None:
    # two places joined by a hyphen are two names; a name with an article is one
    toponyms = found(nlp, gazetteer, "Members of the Paris-Henry County Arts Council met Monday.")
    assert "Henry County" in toponyms
    toponyms = found(nlp, gazetteer, "Shelling hit Deir ez-Zor and al-Hasakah on Monday.")
    assert "Zor" not in toponyms and "Hasakah" not in toponyms


# --- the outlet, and one sense per article ------------------------------------------------


def _resolved(nlp: Language, gazetteer: Gazetteer, text: str, **meta: str) -> list[Toponym]:
    article = Article(text=text, origin="test", **meta)
    return list(extract_places(nlp(text), article=article, gazetteer=gazetteer))


def test_the_outlets_country_outweighs_one_stray_name(nlp: Language, gazetteer: Gazetteer) -> None:
    # one American city does not make a Canadian paper's London English (nor American)
    text = (
        "The council in London voted on Tuesday to expand the airport. "
        "London hopes a route to Denver will bring jobs."
    )
    toponyms = _resolved(nlp, gazetteer, text, url="https://www.lakeshorepress.ca/news/1")
    londons = [t.place for t in toponyms if t.span.text == "London"]
    assert len(londons) == 2
    assert all(p is not None and (p.country, p.admin1) == ("CA", "Ontario") for p in londons)


def test_a_country_code_domain_favours_its_country(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Police in Richmond said a man was arrested after a crash on Friday."
    (richmond,) = _resolved(
        nlp, gazetteer, text, url="https://www.riversidetimes.co.uk/news/crash-1"
    )
    assert richmond.place is not None and richmond.place.country == "GB"


def test_the_outlets_home_town_is_a_local_community(nlp: Language, gazetteer: Gazetteer) -> None:
    # alone, the name is the capital of France; in the Paris paper, a town of the story's
    # country (Seattle's)
    text = "Paris approved a new budget on Tuesday, a week after Seattle did."
    paris, _ = _resolved(nlp, gazetteer, text)
    assert paris.place is not None and paris.place.country == "FR"
    paris, _ = _resolved(nlp, gazetteer, text, url="https://www.parisdailyledger.com/n/1")
    assert paris.place is not None and paris.place.country == "US"


def test_a_state_in_the_address_is_no_home_town(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Officials in Jordan said the border crossing would reopen on Sunday."
    (jordan,) = _resolved(nlp, gazetteer, text, url="https://www.jordanweeklynews.com/a/2")
    assert jordan.place is not None and jordan.place.country == "JO"


def test_a_towns_state_written_once_holds_for_the_article(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = (
        "Teams from Louisville, Ky., and from Denver reached the final. "
        "Louisville won it on Sunday."
    )
    toponyms = _resolved(nlp, gazetteer, text)
    louisvilles = [t.place for t in toponyms if t.span.text == "Louisville"]
    assert len(louisvilles) == 2
    assert all(p is not None and p.admin1 == "Kentucky" for p in louisvilles)


def test_a_short_form_of_a_name_is_the_same_place(nlp: Language, gazetteer: Gazetteer) -> None:
    text = (
        "Flights between Moscow and St. Petersburg resumed on Monday. "
        "The airline said Petersburg was its busiest route."
    )
    toponyms = {t.span.text: t for t in _resolved(nlp, gazetteer, text)}
    assert place(toponyms, "St. Petersburg").country == "RU"
    assert place(toponyms, "Petersburg").country == "RU"


def test_a_states_counties_are_not_a_county_of_its_name(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    toponyms = found(
        nlp, gazetteer, "Boone County's jobless rate is near the middle of Indiana counties."
    )
    assert place(toponyms, "Indiana").feature_code == "ADM1"
    assert place(toponyms, "Boone County").admin1 == "Indiana"


def test_the_full_stop_after_a_street_is_not_its_name(nlp: Language, gazetteer: Gazetteer) -> None:
    toponyms = found(nlp, gazetteer, "Officers found the stolen car parked on Dawes Street.")
    assert "Dawes Street" in toponyms, sorted(toponyms)
    toponyms = found(nlp, gazetteer, "Kay Smith, 24, of 1935 Orchard St., was arrested.")
    assert "Orchard St." in toponyms, sorted(toponyms)
