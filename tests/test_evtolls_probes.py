"""Toll and date probes (evtolls, issue 3): fatalities and dates an ACLED coder would sign.

Fatalities: a count of the dead and the hurt together ("killed or injured", "dead and
wounded", "casualties") is no death toll, as ACLED records no injuries; a toll of a whole war
or period is no event's toll; a risen toll ("the toll from Saturday's bombing rose to 12",
"bringing the total to 17") is the event's; when two sources give two tolls, the most
conservative is taken; "tens" is 10 (ACLED's "Fatalities" FAQ). Dates: relative phrases
resolve against the publication date, never after it, with ACLED's time precision.

Written before any rule of this round: 49 probes (``TOLLS``, ``DATES``, ``CARRIED``), 12
failed on main: three dead-and-hurt counts, the war toll, two risen tolls and a total, two
sources' differing tolls (in one sentence and carried from the next), "tens", "no one was
killed" and a killed-or-wounded count carried from the next sentence. Every date probe passed
on main. ``TOLLS_AFTER`` (11) came after the first rules (see there). Pure count probes call
``count_fatalities``; pipeline probes analyse whole sentences.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from sitrep.extract.events import main_event
from sitrep.extract.fatalities import count_fatalities
from sitrep.model import Article, Event


def toll(text: str) -> int | None:
    found = count_fatalities(text)
    return None if found is None else found.count


TOLLS = [
    # the dead and the hurt counted together: no toll
    ("More than 60 people have been killed or injured in fighting in Nyala since Sunday.", None),
    ("The shelling of the market in Donetsk on Monday left 20 dead and wounded.", None),
    ("Jihadists attacked a checkpoint in Yobe on Monday, leaving nine dead and wounded.", None),
    ("At least 35 people were injured or killed when a bomb exploded in Jalalabad.", None),
    ("The rocket attack on Lviv caused 14 casualties, the governor said.", None),
    ("A drone strike in Hodeidah on Sunday injured 23 fishermen.", None),
    ("Eight police officers were hurt when rioters threw stones in Srinagar.", None),
    # the dead told apart from the hurt: the dead
    ("An air strike on Saada on Sunday left four dead and 11 wounded.", 4),
    ("Gunmen killed seven farmers and wounded 12 others in Benue on Sunday.", 7),
    ("Bandits stormed a village in Sokoto, killing nine people and wounding 15.", 9),
    ("Soldiers killed 30 insurgents and wounded many in fighting near Rutshuru, the army said.",
     30),
    # a toll of a whole war or period: no event's toll
    ("The war in Yemen has killed more than 15,000 people since 2015, the UN says.", None),
    ("The insurgency has claimed 40,000 lives, officials say.", None),
    # a risen or totalled toll is the event's toll
    ("The toll from Saturday's car bomb in Mosul rose to 12 on Monday.", 12),
    ("The death toll from the attack on the mosque in Kano has risen to 23, police said.", 23),
    ("Three more bodies were pulled from the rubble of the school in Jabalia, bringing the total "
     "to 19.", 19),
    # two sources, two tolls: the most conservative
    ("Police said 18 people were killed; a local lawmaker said more than 40 died.", 18),
    ("Gunmen killed at least 14 worshippers, police said, while local officials put the toll "
     "at 31.", 14),
    # counts and number words
    ("A suicide bomber killed 11 people, including himself, at a market in Maiduguri.", 11),
    ("Gunmen killed four villagers and abducted 20 others in Zamfara on Sunday.", 4),
    ("Police found the bodies of eight men in a ditch outside Reynosa.", 8),
    ("Three wounded soldiers died in hospital after the ambush near Kidal.", 3),
    ("Fighting in Omdurman on Monday left dozens of people dead.", 12),
    ("Clashes in Misrata on Tuesday left tens of people dead.", 10),
    ("Hundreds of civilians were killed in the massacre, witnesses said.", 100),
    ("Several soldiers were killed when militants overran the base.", 10),
    ("Tens of thousands of people have been killed in the fighting.", None),
    ("Six Ukrainian servicemen were killed in the shelling of the village.", 6),
    ("At least 12 people died when the drone hit a bus near Kherson.", 12),
    ("A roadside bomb killed a police officer in Diyala on Monday.", 1),
    ("Rebels attacked an army post but no one was killed, the army said.", None),
]

# written after the first rules: 6 of these 11 fail on main (the three lists of the dead told
# before their death word, two sources' tolls, a risen toll, the toll since an offensive began);
# the first one failed under the first dead-and-hurt rule, which now reads a verb after the count
# ("killed at least 40 and wounded ...") as a deed of its own
TOLLS_AFTER = [
    ("The attack killed at least 40 and wounded more than 100.", 40),
    ("The blast killed 12 people and injured dozens, police said.", 12),
    ("Five soldiers and three militants were killed in the clash near Palma.", 8),
    ("Two police officers and a civilian died when the bomb went off.", 3),
    ("Three soldiers, two police officers and a child were killed.", 6),
    ("Five soldiers and three militants were wounded in the clash.", None),
    ("The strike killed 10 people, according to local sources, while the army said only four "
     "died.", 4),
    ("Two people died of their wounds on Tuesday, bringing the toll from Sunday's attack to "
     "nine.", 9),
    ("The ministry said 150 people had been killed across the region since the start of the "
     "offensive.", None),
    ("Hundreds of thousands of people have died in the war.", None),
    # fighting that "has killed" N tells a toll of days, not of a war: it stays (these pass on
    # main; the last two failed under the first period-toll rule of this round, which named
    # fighting, clashes and violence)
    ("Fighting in Khartoum on Monday has killed 12 people, medics said.", 12),
    ("Clashes between the army and rebels have killed 20 people since Sunday.", 20),
    ("Violence in the town has left nine dead, police said.", 9),
    ("Rescuers pulled 14 bodies from the rubble after the strike.", 14),
]


# numbers of two words and years, written after the first rules: 6 of these 9 fail on main
# ("twenty-five" read as 20, "two dozen" as 2, "several dozen" as 10, "in 2019" as a toll)
NUMBERS = [
    ("Twenty-five people were killed in the attack on the convoy.", 25),
    ("Thirty-one civilians died in the shelling of the town.", 31),
    ("Nearly two dozen soldiers were killed in the ambush.", 24),
    ("Several dozen people were killed in the clashes, residents said.", 12),
    ("The attack killed forty-two soldiers and a civilian.", 43),
    ("The 2019 attack on the base killed 40 soldiers.", 40),
    ("In 2019 militants killed 1500 villagers in the region.", 1500),
    ("At least a dozen people were killed in the raid.", 12),
    ("Police said 1990 people were killed.", 1990),
]


# the hurt named around a toll, written after the first rules: 1 of these 6 fails on main
# ("injured five"); the first two failed under this round's wider "toll ... rose to" pattern
HURT_AROUND = [
    ("The casualty toll rose to 40, medics said.", None),
    ("The toll of dead and wounded reached 60.", None),
    ("Rebels injured five and killed three villagers.", 3),
    ("The attack left five dead and dozens wounded.", 5),
    ("The explosion caused 30 deaths and 70 injuries.", 30),
    ("Gunmen killed 20 and wounded 30 in the raid on the camp.", 20),
]


@pytest.mark.parametrize(("text", "dead"), TOLLS + TOLLS_AFTER + NUMBERS + HURT_AROUND)
def test_toll(text: str, dead: int | None) -> None:
    assert toll(text) == dead


def analyzed(pipeline: Any, text: str, published: date) -> Event:
    events = pipeline.analyze(Article(text=text, origin="test", published=published)).events
    event = main_event(events)
    assert event is not None, "no event"
    return event


WED = date(2023, 5, 17)  # a Wednesday
NEW_YEAR = date(2023, 1, 4)  # a Wednesday, days after a year boundary
DATES = [
    ("Rebels attacked an army post in Masisi late on Saturday, killing three soldiers.", WED,
     date(2023, 5, 13), 1),
    ("In the early hours of Monday, Russian drones struck Odesa, killing two people.", WED,
     date(2023, 5, 15), 1),
    ("Gunmen killed five villagers in Bokkos this week, police said.", WED, date(2023, 5, 15), 2),
    ("Earlier this week, jihadists ambushed a convoy near Djibo, killing 12 soldiers.", WED,
     date(2023, 5, 15), 2),
    ("Troops clashed with militiamen in Gondar last month, residents said.", WED,
     date(2023, 4, 1), 3),
    ("Two weeks ago, an air strike hit a wedding in Sagaing, killing 30 people.", WED,
     date(2023, 5, 3), 2),
    ("Houthi forces shelled Taiz on March 3, killing a child.", date(2023, 3, 2),
     date(2022, 3, 3), 1),
    ("Islamist militants killed 15 civilians in Ituri on May 20.", WED, date(2022, 5, 20), 1),
    ("Security forces fired on protesters in Khartoum on December 30, killing four.", NEW_YEAR,
     date(2022, 12, 30), 1),
    ("Security forces fired on protesters in Omdurman in December, killing four.", NEW_YEAR,
     date(2022, 12, 1), 3),
    ("Gunmen shot dead two traders in Bamenda on Saturday.", NEW_YEAR, date(2022, 12, 31), 1),
    ("Troops clashed with rebels in Kayin last month, residents said.", NEW_YEAR,
     date(2022, 12, 1), 3),
    ("Al-Shabaab fighters attacked a hotel in Kismayo on Friday night, killing nine people.", WED,
     date(2023, 5, 12), 1),
    ("Israeli troops raided Tubas on Sunday morning, killing four Palestinians.", WED,
     date(2023, 5, 14), 1),
]


# a day counted from the day its after-clause names, written after the first rules (all 3
# failed on main: the deed took the clause's own day)
COUNTED_FROM = [
    ("A day after Monday's bombing in Kandahar, gunmen shot dead a cleric in Herat.", WED,
     date(2023, 5, 16), 1),
    ("Two days after the attack on Friday, troops raided a village near Ansongo.", WED,
     date(2023, 5, 14), 1),
    ("Three days after Russian missiles hit Dnipro on Friday, drones struck Kyiv.", WED,
     date(2023, 5, 15), 1),
    # the phrase's own day given: the deed's ("on Thursday, a day after ...")
    ("Gunmen shot dead a cleric in Herat on Thursday, a day after a bombing in Kandahar.", WED,
     date(2023, 5, 11), 1),
]


@pytest.mark.parametrize(("text", "published", "day", "precision"), DATES + COUNTED_FROM)
def test_date(pipeline: Any, text: str, published: date, day: date, precision: int) -> None:
    event = analyzed(pipeline, text, published)
    assert (event.date, event.time_precision) == (day, precision)
    assert event.date <= published


def test_no_event_dated_after_its_article(pipeline: Any) -> None:
    text = "Gunmen attacked a convoy near Gao on Thursday, killing six soldiers."
    event = analyzed(pipeline, text, WED)
    assert event.date == date(2023, 5, 11)


CARRIED = [
    # the toll risen in the next sentence is the event's
    ("Artillery shelled Sarmin on Monday. The death toll rose to 15 on Tuesday, medics said.",
     15),
    # the conservative of two sources' tolls, told in the next sentence
    ("Gunmen attacked a church in Ondo on Sunday. Police said 22 people were killed; a local "
     "lawmaker said more than 50 died.", 22),
    # the dead and hurt of the next sentence: no toll
    ("An air strike hit a market in Maarat al-Numan on Monday. More than 40 people were killed "
     "or wounded, rescuers said.", None),
]


# a toll told again in the next sentence, written after the first rules (all 4 failed on main):
# risen, it replaces the toll told (ACLED revises tolls as better information comes); more dead
# add to it
REVISED = [
    ("Gunmen attacked a market in Segou on Sunday, killing 12 people. The death toll rose to 20 "
     "on Monday, officials said.", 20),
    ("Suspected jihadists attacked a village near Ouallam on Sunday, killing 12. Four more people "
     "later died in hospital.", 16),
    ("Gunmen attacked a bus near Kumba on Tuesday, killing five passengers. Two of the wounded "
     "later died in hospital, bringing the toll to seven.", 7),
    ("Gunmen ambushed a convoy near Kumba on Tuesday, killing five soldiers. Three more soldiers "
     "died later of their wounds, the army said.", 8),
    # a toll of another time: the toll told stays
    ("Gunmen attacked a market in Segou on Sunday, killing 12 people. Last year, 40 people died "
     "in a similar attack there.", 12),
    # another source's smaller toll: ACLED takes the most conservative
    pytest.param(
        "Gunmen attacked a market in Segou on Sunday, killing 12 people. Police said eight people "
        "were killed.", 8,
        marks=pytest.mark.xfail(strict=True, reason=(
            "a smaller toll in the next sentence is not taken: it reads as a part of the dead "
            "does ('Police said eight of the dead were children'), so the toll told stays 12"))),
]


@pytest.mark.parametrize(("text", "dead"), CARRIED + REVISED)
def test_carried_toll(pipeline: Any, text: str, dead: int | None) -> None:
    assert analyzed(pipeline, text, WED).fatalities == dead
