"""Protest and riot sub-type probes (evprot, issue 3): the boundaries between ACLED's peaceful
protest, protest with intervention, excessive force against protesters, violent demonstration
and mob violence, each side of each boundary written from the codebook's definitions.

Illustrative: every sentence is sitrep's own writing (invented events, real towns), never a
CASE 2021 or PLOVER row nor a paraphrase of one. The probes were run before any rule changed;
the first five probes and the retyping test failed on the branch's base 09e5fdc and pass now:

- a crowd's attempt to storm a building ("tried to storm the governor's office") is its
  violence as "stormed" is, while a state force's attempt ("police moved to storm the camp")
  is read out with its subject (``event_force.crowd_violence_told``), and the noun ("the
  anniversary of the storming of parliament") stays no cue;
- pushing through police lines and setting something alight with words between ("set a bus
  alight") are the crowd's violence (``event_cues.tsv``);
- a crowd told violent by an event of its own in a sentence ("Demonstrators assaulted two police
  officers; police fired tear gas and arrested 20") makes the sentence's other readings of
  the demonstration (an arrest at it, tear gas fired at it) that violent demonstration
  (``event_force.violent_crowd``): the codebook codes a demonstration by what its participants
  did, whatever force met it.

A second batch, run before its rules, found seven more failing (the first seven of their
group below) and they pass now:

- a crowd "cane-charged", protesters "taken into custody" with words between ("took 30
  protesters into custody") or "chased away" are an intervention, protesters "gunned down"
  lethal force (``event_cues.tsv``, ``event_triggers.tsv``);
- force told as the background of a demonstration ("marched despite the killing of two
  protesters by police on Friday", "weeks after police arrested dozens", "since police
  detained their leaders") is read out before its lethal or intervention cues are weighed
  (``event_protest._earlier_clause``; lethal cues are now read on the demonstration's course
  as intervention cues were), while force "after" which a crowd dispersed is its own.

A third batch found five more failing (the first five of its group) and they pass now: a crowd
that removes or scales the fences or barriers between it and the police, stones that "were
thrown" at police, a crowd that "beat up" an officer are its violence; "no one was killed" is
masked before lethal cues are read (``event_cues.tsv``). The barrier cue was suggested by the
one protest error of the even half of CASE 2021 (read there, as the protocol allows); these
sentences are new.

A fourth batch found six more failing (the first six of its group): the crowd's violence told
in the present tense ("hurls", "burn tires", "smash the windows", "overturn a police car"), and
"riot troops", "riot policeman" masked as "riot police" is (``event_cues.tsv``).

A fifth batch found three more failing (the first three of its group): an activist shot at
home, killed, or arrested is named by the protests he leads ("a protest organiser", "an
activist who had led protests"), and no demonstration is told under way; ACLED's excessive
force and intervention are force used on people engaged in a demonstration, so these are an
attack on a civilian and an arrest (``event_protest.protest_described``).

A sixth batch found three more failing (the first three of its group): a barricade named as
where someone stands ("police behind barricades", "protesters near the barricades") or as the
police's own ("the police barricades") is masked; a crowd that erects, burns or blocks a road
with barricades is still violent (``event_cues.tsv``).

A seventh batch found three interventions missed (a sit-in raided, protesters handcuffed, an
"illegal assembly" whose joiners were arrested); the bare "arrest" and "detain" then added as
intervention cues wrongly made four demands interventions ("urging police to arrest the
killers", "demanding arrest of the accused"), so what a crowd demands, and what it protests
against, is now read out of its course (``event_protest._background``) before the cues are
weighed. All seven pass.

An eighth batch found three more failing (the first three of its group): arrests of people
who organised, covered or incited a demonstration that is over ("organisers of last week's
protest", "a journalist who had covered the protests") are ACLED's arrests "outside a
protest"; such a protest word is no demonstration event of its own either
(``event_protest.protest_word_described``).

A ninth batch found three more failing (the first three of its group): deaths told with the
force that dispersed a demonstration ("killed by a tear gas canister") are its lethal force
with no armed actor named (``events._sub_type``), while deaths dated apart ("killed in last
year's floods", "a protester killed last week") are read out by the demonstration's course.

The rest are controls that passed before and guard each side of the boundaries.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from sitrep.extract.events import main_event
from sitrep.model import Article

PEACEFUL = "Peaceful protest"
INTERVENTION = "Protest with intervention"
EXCESSIVE = "Excessive force against protesters"
VIOLENT = "Violent demonstration"
MOB = "Mob violence"

# (sentence, ACLED sub-type of its main event); the first five failed before the first batch
PROBES = [
    ("Protesters tried to storm the governor's office in Basra; police fired tear gas.",
     VIOLENT),
    ("Demonstrators attempted to storm the presidential palace in Bishkek; police fired tear "
     "gas and rubber bullets.", VIOLENT),
    ("Demonstrators pushed through police lines in Hong Kong; police fired tear gas and "
     "pepper spray.", VIOLENT),
    ("Protesters set a bus alight in Karachi; police fired tear gas.", VIOLENT),
    ("Demonstrators assaulted two police officers in Dhaka; police fired tear gas and "
     "arrested 20.", VIOLENT),
    # failed before the second batch: intervention and lethal-force idioms, and force told as
    # what came before the demonstration's own day
    ("Police cane-charged opposition supporters who had gathered outside the court in Lahore.",
     INTERVENTION),
    ("Police took 30 protesters into custody at a sit-in outside the secretariat in Chennai.",
     INTERVENTION),
    ("Police chased away protesters who had gathered outside the parliament in Kampala.",
     INTERVENTION),
    ("Police gunned down three protesters in Nairobi on Thursday.", EXCESSIVE),
    ("Students marched in Dhaka on Sunday despite the killing of two protesters by police on "
     "Friday.", PEACEFUL),
    ("Students marched peacefully in Dhaka on Sunday, weeks after police arrested dozens of "
     "their classmates.", PEACEFUL),
    ("Students have marched every Friday in Algiers since police detained their leaders in "
     "March.", PEACEFUL),
    # controls of the second batch: the same demonstration's force, a gunning down with no
    # crowd, a killing protested against
    ("The crowd dispersed after police fired tear gas at the marchers in Lome.", INTERVENTION),
    ("Police arrested 12 protesters in Minsk on Sunday, days after the opposition called for "
     "rallies.", INTERVENTION),
    ("Three demonstrators were killed on Sunday when soldiers fired on a march in Khartoum.",
     EXCESSIVE),
    ("Gunmen gunned down a village chief in Zamfara.", "Attack"),
    ("Lawyers rallied in Islamabad against the killing of a colleague who was gunned down in "
     "March.", PEACEFUL),
    ("Hundreds marched in Bamako to demand justice for a journalist killed last year.",
     PEACEFUL),
    # failed before the third batch: barriers removed or scaled, stones thrown in the passive,
    # a crowd that "beat up" an officer, deaths said not to have happened
    ("Protesters removed the barriers around the parliament in Tbilisi, and police fired tear "
     "gas.", VIOLENT),
    ("Students scaled the fence of the education ministry in Santiago during a protest; "
     "police used water cannon.", VIOLENT),
    ("Stones were thrown at police during the protest in Hebron, and officers fired tear "
     "gas.", VIOLENT),
    ("A group of protesters beat up a policeman in Dhaka; police fired tear gas and rubber "
     "bullets.", VIOLENT),
    ("Police fired tear gas at protesters in Caracas; no one was killed.", INTERVENTION),
    # controls of the third batch: the police's own acts, a death that happened
    ("Police beat up protesters in Dhaka and arrested 12.", INTERVENTION),
    ("Police removed the barriers protesters had set up in Tbilisi and arrested 40 of them.",
     INTERVENTION),
    ("Police fired on protesters in Caracas; one was killed.", EXCESSIVE),
    # failed before the fourth batch: a demonstration told in the present tense (photo
    # captions, live copy), and riot police named otherwise than "riot police"
    ("A demonstrator hurls a tear gas canister back at police during a protest in Quito on "
     "Wednesday.", VIOLENT),
    ("Protesters burn tires to block a road during a protest in La Paz on Tuesday.", VIOLENT),
    ("Protesters smash the windows of a bank during a protest in Barcelona on Friday.",
     VIOLENT),
    ("Protesters overturn a police car during a demonstration in Lyon on Saturday.", VIOLENT),
    ("Riot troops stand guard as protesters chant slogans during a rally in Hong Kong on "
     "Sunday.", PEACEFUL),
    ("A riot policeman detains a protester during a demonstration in Minsk on Sunday.",
     INTERVENTION),
    # controls of the fourth batch: a law to overturn, a system to smash
    ("Thousands marched in Lima on Sunday demanding that Congress overturn the pardon of a "
     "former president.", PEACEFUL),
    ("Students rallied in Seoul vowing to smash the old order.", PEACEFUL),
    # failed before the fifth batch: an activist attacked or arrested away from any
    # demonstration, named by the protests he leads
    ("Gunmen shot dead a prominent protest organiser at his home in Basra on Saturday.",
     "Attack"),
    ("Unknown assailants killed an activist who had led protests in Karbala, police said.",
     "Attack"),
    ("Police arrested a protest leader at his home in Kampala on Friday.", "Arrests"),
    # controls of the fifth batch: a demonstration under way
    ("Police shot dead a protest leader during a rally in Kampala on Friday.", EXCESSIVE),
    ("Soldiers fired on a protest march in Khartoum, killing three.", EXCESSIVE),
    ("Riot police raided the protest camp in Minsk and detained 40 people.", INTERVENTION),
    ("Security forces shot dead two men who were protesting in Baghdad.", EXCESSIVE),
    # failed before the sixth batch: a barricade named as where people stand, or the police's
    ("Police behind barricades fired live rounds at protesters in Baghdad, killing four.",
     EXCESSIVE),
    ("Security forces fired on protesters near the barricades on the bridge in Baghdad, "
     "killing two.", EXCESSIVE),
    ("Police fired tear gas at protesters who tried to approach the police barricades outside "
     "the parliament in Yerevan.", INTERVENTION),
    # controls of the sixth batch: barricades the crowd builds, burns or blocks a road with
    ("Protesters erected barricades and burned tyres on the main road in Conakry; police "
     "fired tear gas.", VIOLENT),
    ("Protesters set up burning barricades on the streets of Caracas on Monday.", VIOLENT),
    ("Demonstrators barricaded the highway to the airport in Cochabamba with rocks and tree "
     "trunks.", VIOLENT),
    # failed before the seventh batch: a sit-in raided, protesters handcuffed, an illegal
    # assembly; what a crowd demands is no intervention in it
    ("Security forces raided the sit-in outside the army headquarters in Khartoum before dawn "
     "and tore down the tents.", INTERVENTION),
    ("Officers handcuffed several protesters at the rally in Atlanta.", INTERVENTION),
    ("Police in Hong Kong arrested 20 people for joining an illegal assembly.", INTERVENTION),
    ("Hundreds rallied in Patna demanding arrest of the accused in the murder case.", PEACEFUL),
    ("Relatives protested outside the police station in Karachi, urging police to arrest the "
     "killers.", PEACEFUL),
    ("Demonstrators in Manila demanded that authorities detain the officers involved in the "
     "killing.", PEACEFUL),
    ("Thousands marched in Warsaw to protest a law that would allow police to detain suspects "
     "without charge.", PEACEFUL),
    # controls of the seventh batch
    ("Protesters marched in Lagos to demand the arrest of the officers who shot a student.",
     PEACEFUL),
    ("Hundreds rallied in Lagos to protest against the arrest and detention of a journalist.",
     PEACEFUL),
    ("Hundreds of activists marched to the national assembly in Kinshasa to demand electoral "
     "reform.", PEACEFUL),
    ("Police arrested 50 activists in Moscow for taking part in an unauthorised rally.",
     INTERVENTION),
    ("Hundreds of students who were demonstrating against tuition fees were arrested in "
     "Santiago.", INTERVENTION),
    # failed before the eighth batch: arrests away from a demonstration, of the people who
    # organised, covered or incited one that is over
    ("Police arrested five organisers of last week's protest in Kampala at their homes on "
     "Tuesday.", "Arrests"),
    ("Security forces arrested a journalist who had covered the protests in Khartoum.",
     "Arrests"),
    ("Police arrested three men suspected of inciting last month's riots in Nairobi.",
     "Arrests"),
    # controls of the eighth batch: arrests ahead of a demonstration, and at one
    ("Police arrested 30 opposition activists in Harare ahead of a planned protest on "
     "Friday.", "Arrests"),
    ("Police arrested 30 opposition activists who had gathered for a protest in Harare on "
     "Friday.", INTERVENTION),
    # failed before the ninth batch: a death from the force that dispersed a crowd, and deaths
    # dated apart from the demonstration they are told with
    ("A protester was killed by a tear gas canister in Baghdad on Friday.", EXCESSIVE),
    ("Protesters marched in Lagos in memory of 30 people killed in last year's floods; police "
     "fired tear gas.", INTERVENTION),
    ("Police fired tear gas at mourners at the funeral of a protester killed last week in "
     "Baghdad.", INTERVENTION),
    # control of the ninth batch
    ("Police fired tear gas at marchers in Conakry and two protesters died in the stampede.",
     EXCESSIVE),
    # controls: the state's attempt to storm, and the noun of history
    ("Riot police moved to storm the protest camp in Minsk and detained dozens of "
     "demonstrators.", INTERVENTION),
    ("Police tried to storm the square where protesters had camped in Kyiv, firing tear gas.",
     INTERVENTION),
    ("Students staged a peaceful protest against the storming of the university by police "
     "last week.", PEACEFUL),
    ("Workers protested in Jakarta against a storm of layoffs.", PEACEFUL),
    # controls: peaceful protest and its background
    ("Hundreds of teachers marched peacefully through Lusaka on Tuesday demanding higher pay.",
     PEACEFUL),
    ("Riot police were deployed as thousands marched through Quito against fuel price hikes.",
     PEACEFUL),
    ("Opposition supporters marched in Lilongwe to demand the release of their leader, who was "
     "arrested last week.", PEACEFUL),
    ("Relatives of the three protesters killed in March marched to the governor's office in "
     "Jos demanding justice.", PEACEFUL),
    ("Thousands marched in Beirut against the central bank governor; no arrests were "
     "reported.", PEACEFUL),
    ("Protesters burned an effigy of the president during a march in Abuja.", PEACEFUL),
    # controls: intervention without lethal or serious force
    ("Police fired tear gas to disperse hundreds of protesters in Conakry on Saturday.",
     INTERVENTION),
    ("Police fired rubber bullets at protesters in Santiago, injuring several.", INTERVENTION),
    ("Police beat protesters in Lahore and arrested 12 demonstrators.", INTERVENTION),
    ("Security forces forcibly removed protesters camped outside the ministry in Khartoum.",
     INTERVENTION),
    ("Police fired tear gas at protesters who blocked traffic with a sit-down protest in "
     "Santiago.", INTERVENTION),
    # controls: lethal or serious force on peaceful demonstrators
    ("Police fired tear gas at marchers in Conakry; one protester was shot dead.", EXCESSIVE),
    ("Two protesters died of gunshot wounds after police dispersed a rally in Nairobi.",
     EXCESSIVE),
    ("Police beat marchers with iron rods in Harare, leaving five with fractured skulls.",
     EXCESSIVE),
    ("Police shot dead two protesters in Kano as demonstrators marched peacefully to the "
     "palace.", EXCESSIVE),
    # controls: the crowd's violence decides, whatever force met it
    ("Police shot dead two rioters in Kano as the crowd torched a police station.", VIOLENT),
    ("Protesters hurled rocks at police in Caracas, who fired tear gas.", VIOLENT),
    ("Protesters damaged several police vehicles in La Paz; officers used tear gas to "
     "disperse them.", VIOLENT),
    ("Two protesters were killed in Baghdad as demonstrators hurled petrol bombs at security "
     "forces, who fired live ammunition.", VIOLENT),
    # controls: a crowd's violence with no demonstration
    ("A mob lynched a man accused of theft in Kasese on Sunday.", MOB),
    ("Villagers beat two men suspected of child abduction to death in Ntcheu.", MOB),
]


@pytest.mark.parametrize(("text", "sub_type"), PROBES, ids=[t[:48] for t, _ in PROBES])
def test_demonstration_sub_type(pipeline: Any, text: str, sub_type: str) -> None:
    analysis = pipeline.analyze(Article(text=text, origin="test", published=date(2024, 3, 6)))
    event = main_event(analysis.events)
    assert event is not None, text
    assert event.sub_event_type == sub_type


def test_violent_crowd_retypes_only_the_crowds_readings(pipeline: Any) -> None:
    text = ("Demonstrators assaulted two police officers in Dhaka; police fired tear gas and "
            "arrested 20.")
    events = pipeline.analyze(Article(text=text, origin="test",
                                      published=date(2024, 3, 6))).events
    assert events and {e.sub_event_type for e in events} == {VIOLENT}
    assert all(e.plover is not None and e.plover.startswith("PROTEST") for e in events)
