"""Geoparsing beyond Syria: regions, counties, abbreviations, names inside names, context.

The sentences are written for these tests (illustrative local-news style, not from a corpus).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from sitrep.extract.event_places import event_location
from sitrep.extract.places import extract_places
from sitrep.gazetteer import Gazetteer
from sitrep.model import Article, Span, great_circle_km
from stages import toponyms_in as found

if TYPE_CHECKING:
    from spacy.language import Language


def test_country_sits_on_its_geonames_point_not_its_capital(gazetteer: Gazetteer) -> None:
    us = gazetteer.lookup("United States")[0]
    assert us.feature_code == "PCLI"
    assert (us.lat, us.lon) == pytest.approx((39.76, -98.5))
    assert gazetteer.lookup("U.S.")[0] == us


def test_states_counties_and_their_abbreviations(gazetteer: Gazetteer) -> None:
    kansas = gazetteer.lookup("Kansas")[0]
    assert (kansas.feature_code, kansas.country) == ("ADM1", "US")
    assert gazetteer.lookup("Kan.")[0] == kansas
    assert gazetteer.lookup("W.Va.")[0].name == "West Virginia"
    parish = gazetteer.lookup("Rapides Parish")[0]
    assert (parish.feature_code, parish.admin1) == ("ADM2", "Louisiana")
    # a bare "Albany" is the city; "Albany County" the county
    assert gazetteer.lookup("Albany")[0].feature_class == "P"
    assert gazetteer.lookup("Albany County")[0].feature_code == "ADM2"
    # every region of the world has a name: a Canadian town's admin1 is its province
    assert gazetteer.lookup("Ontario")[0].feature_code == "ADM1"


def test_names_of_outlets_are_not_places(nlp: Language, gazetteer: Gazetteer) -> None:
    # "Free" is also a spelling of Phrae, Thailand: not when it opens an outlet's name
    places = found(
        nlp, gazetteer, "Residents told the Free Idlib Voice that the town of Sarmin was hit."
    )
    assert "Free" not in places
    assert places["Sarmin"].place is not None and places["Sarmin"].place.country == "SY"


def test_context_picks_the_local_namesake(nlp: Language, gazetteer: Gazetteer) -> None:
    local = found(
        nlp,
        gazetteer,
        "A fire destroyed a barn near Paris on Tuesday, the Lamar County sheriff said. "
        "Firefighters from Reno and Blossom, Texas, helped.",
    )
    paris = local["Paris"].place
    assert paris is not None and (paris.country, paris.admin1) == ("US", "Texas")
    abroad = found(nlp, gazetteer, "Ministers met in Paris before flying on to Berlin.")
    assert abroad["Paris"].place is not None and abroad["Paris"].place.country == "FR"


def test_places_inside_names_and_before_people(nlp: Language, gazetteer: Gazetteer) -> None:
    places = found(
        nlp,
        gazetteer,
        "An Alexandria man was charged on Friday, according to the Texas Department of "
        "Public Safety. He had studied at the University of Kentucky.",
    )
    assert {"Alexandria", "Texas", "Kentucky"} <= set(places)
    assert places["Texas"].place is not None and places["Texas"].place.feature_code == "ADM1"
    # a generic word opening an organisation's name is not a place
    assert "National" not in found(nlp, gazetteer, "The National Guard was deployed.")


def test_nationality_words_are_country_mentions_never_event_places(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = "Georgian troops shelled the town of Gori, a Georgian official said."
    article = Article(text=text, origin="test")
    toponyms = extract_places(nlp(text), article=article, gazetteer=gazetteer)
    demonyms = [t for t in toponyms if t.source == "demonym"]
    assert [t.span.text for t in demonyms] == ["Georgian", "Georgian"]
    assert all(t.place is not None and t.place.country == "GE" for t in demonyms)
    gori = next(t for t in toponyms if t.span.text == "Gori")
    assert gori.place is not None and gori.place.country == "GE"  # Georgia, not the US state
    sentence = Span(0, len(text), text)
    location = event_location(sentence, article.span(15, 22), toponyms, article=article)
    assert location is not None and location.place.name == gori.place.name
    assert great_circle_km(location.place.lat, location.place.lon, 41.98, 44.11) < 20


def test_a_state_written_after_a_visitors_town_is_no_focus(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    # "La." twice only qualifies the towns of two visitors; the story is where its county
    # and the town beside it are (Kentucky's Richmond, seat of its Madison County)
    text = (
        "A Richmond man was arrested on Sunday. Richmond police said he hit a car near "
        "Berea. He was taken to the Madison County jail. The driver he hit, a man from "
        "Sulphur, La., was treated and released. Another man, of Monroe, La., was not hurt."
    )
    toponyms = found(nlp, gazetteer, text)
    assert (toponyms["Richmond"].place.admin1, toponyms["Sulphur"].place.admin1) == (
        "Kentucky",
        "Louisiana",
    )


def test_the_region_most_names_resolve_to(nlp: Language, gazetteer: Gazetteer) -> None:
    # no state is named, yet Louisville, Frankfort and Winchester all resolve in Kentucky:
    # a town there named alike is the one the story means
    text = (
        "Teams from Louisville, Frankfort and Bowling Green met on Saturday. The title went "
        "to a school from Winchester, which beat a team from Paris."
    )
    paris = found(nlp, gazetteer, text)["Paris"].place
    assert paris is not None
    assert (paris.country, paris.admin1) == ("US", "Kentucky")
