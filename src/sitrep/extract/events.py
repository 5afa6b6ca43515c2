"""Events in ACLED's taxonomy: what happened, who did it to whom, where, when, how many died.

A sentence of the body reports an event when it holds a trigger from
``knowledge/event_triggers.tsv`` that is realis (:mod:`sitrep.extract.event_triggers`): not
negated, not future, modal, hoped for, threatened or conditional, and not a habitual present
inside a quote. A generic attack word is made specific by the sentence's instruments
(``event_instruments.tsv``) or an air force actor.
Actor1 acts and actor2 is acted on, read from the parse (subject/agent vs object, "by X" vs
"on X"/"against X"), not from word order. The event's status comes from the claim it sits in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitrep.extract.dates import event_date
from sitrep.extract.disaster_tolls import without_disaster_tolls
from sitrep.extract.event_accused import accused_of, fled_fight, fled_fighting
from sitrep.extract.event_actors import (
    EventContext,
    actor_of,
    conjuncts,
    dependent,
    governing_verb,
)
from sitrep.extract.event_allies import allied_forces
from sitrep.extract.event_backoff import vocabulary_event
from sitrep.extract.event_flight import without_caused_flight, without_looting_in_violence
from sitrep.extract.event_force import (
    crowd_violence_told,
    force_on_crowd,
    live_fire,
    one_demonstration,
    plover_codes,
    violent_crowd,
)
from sitrep.extract.event_hit import armed_hit
from sitrep.extract.event_launchers import intercepted_launch, launcher
from sitrep.extract.event_main import (
    ARRESTS,
    BACKGROUND_ADJUNCT,
    BACKGROUND_TYPES,
    LOOTING,
    TERRITORY,
    in_background_adjunct,
)
from sitrep.extract.event_main import main_event as main_event  # re-exported: the evaluators' API
from sitrep.extract.event_nouns import NOT_PROTEST_MODIFIERS
from sitrep.extract.event_onesided import (
    crowd_control_on_group,
    force_without_crowd,
    raid_on_civilians,
)
from sitrep.extract.event_parties import on_them, same_actor, sides, speaking
from sitrep.extract.event_patients import RECIPROCAL
from sitrep.extract.event_places import article_focus, event_location, paragraph_place
from sitrep.extract.event_property import attacked_property, set_on_fire, toll_of_its_own
from sitrep.extract.event_protest import (
    demonstration_course,
    in_protested,
    protest_described,
    protest_word_described,
    protested_deed,
    protested_text,
    told_elsewhere,
)
from sitrep.extract.event_roles import participants
from sitrep.extract.event_rules import (
    PROTEST_ABSORBS,
    PROTEST_FAMILY,
    VIOLENT,
    crowd_assault,
    crowd_violence,
    cue_kinds,
    diplomatic_protest,
    figurative,
    instruments,
    left_in_protest,
    munition_subject,
    names_place,
    no_party_acts,
    overriding_sub_type,
    peaceful_transfer,
    protest_purpose,
    protest_sub_type,
    protest_told,
    street_clash,
    territory_by_actor,
    to_death,
    troops_marching,
)
from sitrep.extract.event_sides import (
    CRACKDOWNS,
    addressee,
    crowd,
    home_state,
    placed,
    wronged,
)
from sitrep.extract.event_spotting import AIR_WORDS as AIR_WORDS  # re-exported
from sitrep.extract.event_spotting import TRADED as TRADED  # re-exported
from sitrep.extract.event_spotting import refined_sub_type, sentence_triggers
from sitrep.extract.event_status import claim_for, event_status
from sitrep.extract.event_strategic import (
    StrategicModel,
    acting,
    gate_refusal,
    lead_sentences,
    model_naming,
    strategic_reading,
)
from sitrep.extract.event_struck_places import territory_hit
from sitrep.extract.event_targets import (
    armed,
    civilian_victims,
    forces_near,
    paragraph,
    protesters,
)
from sitrep.extract.event_territory import named_before, place_entity, referred_place, taken_in
from sitrep.extract.event_triggers import (
    Trigger,
    disarmed,
    realis,
    repelled,
    spoils,
    takes_part_in_no_event,
)
from sitrep.extract.event_victims import civilians_named
from sitrep.extract.fatalities import carry_tolls, count_fatalities, merge_tolls
from sitrep.extract.taxonomy import load_taxonomy
from sitrep.model import (
    ActorMention,
    Event,
    Location,
    Span,
    Toponym,
    stable_id,
)
from sitrep.nlp import doc_text

# killings that have no fight in them, whoever the victims: an execution of captives is an attack
ONE_SIDED = {"execute", "behead", "massacre", "slaughter", "torture"}
MOB_ABSORBS = {"Attack", "Armed clash", "Violent demonstration", "Peaceful protest",
               "Looting/property destruction"}
BLOCKING = {"block", "barricade", "blockade", "occupy"}  # road frames of event_frames.tsv
# a demonstration still to come: arrests "ahead of a planned rally" intervene in no protest
PREEMPTIVE = re.compile(r"\b(?:before|ahead\s+of|prior\s+to)\b[^,;]*"
                        # a demonstration still to come: "the organiser of a planned rally"
                        r"|\b(?:planned|upcoming|proposed|scheduled|announced)\s+[\w-]+", re.I)
# blasts ACLED codes to the Unidentified Armed Group of the country when no one is named
# strategic developments that take no toll told beside them ("40 were killed …, adding that
# engineers were clearing mines"): the dead are another event's; a transfer of territory ACLED
# calls non-violent takes none ("seven of its fighters had been killed and that it had
# withdrawn": the dead are the fighting's)
NO_TOLL = BACKGROUND_TYPES - {"Arrests"} | {"Disrupted weapons use",
                                            "Non-violent transfer of territory"}
DESCRIBING = {"acl", "relcl"}  # a clause that describes a noun
TOLL_ROLES = {"outcome", "hurt"}  # words for the toll: an event only when nothing else tells it
MUTUAL = RECIPROCAL | {"shootout", "gunbattle"}  # two sides fire: bystanders do not make it one


def _location(ctx: EventContext, sentence: Span, trigger: Span,
              referred: Toponym | None = None, before: Sequence[Event] = ()
              ) -> Location | None:
    """Where the event was: the place its sentence names, else the place its "the town"
    refers to, else where the event told before it in its paragraph was, else the article's
    main place at a province's precision (ACLED Codebook, "Spatial precision codes")."""
    loc = event_location(sentence, trigger, ctx.toponyms, article=ctx.article)
    if loc is not None:
        return loc
    if referred is not None and referred.place is not None:  # "had retaken the town"
        return Location(referred.place, 1, referred.span, None)
    loc = paragraph_place(ctx.article.text, sentence, before)
    if loc is not None:
        return loc
    focus = article_focus(ctx.toponyms, ctx.article)
    if focus is None:
        return None
    return Location(focus, 3, None, "not named in the sentence: the article's main place")


def _window(doc: Doc, sents: list[SpacySpan], k: int) -> tuple[int, str]:
    """Sentence ``k`` with its neighbours in the same paragraph (start offset, text)."""
    sent = sents[k]
    start = sents[max(k - 1, 0)].start_char
    end = sents[min(k + 1, len(sents) - 1)].end_char
    text = doc_text(doc)[start:end]
    head = sent.start_char - start
    para_start = text.rfind("\n", 0, head) + 1
    para_end = text.find("\n", head + len(sent.text.rstrip()))
    return start + para_start, text[para_start:para_end if para_end != -1 else len(text)]


def _sub_type(ctx: EventContext, doc: Doc, sent: SpacySpan, window: tuple[int, str],
              tok: Token, trig: Trigger, actor1: ActorMention | None,
              actor2: ActorMention | None) -> str | None:
    """The trigger's sub-type in its context, or None when the context is not an ACLED event."""
    if trig.role == "move" and count_fatalities(sent.text) is not None:
        trig = replace(trig, sub_event_type="Attack", refine=True, role="")  # "an incursion
        # by armed herders left seven residents dead": the move is the violence
    sub = refined_sub_type(trig, sent, tok, actor1, window, doc)
    kinds, around = cue_kinds(sent.text), cue_kinds(window[1])
    instrument = sub != trig.sub_event_type or instruments()[0].search(sent.text) is not None
    if trig.role == "weak" and not (instrument or armed(actor1) or armed(actor2) or to_death(tok)
                                    or munition_subject(tok)  # "a bomb went off"
                                    or count_fatalities(sent.text) is not None):
        return None  # "hit by torrential rains"
    if trig.role in TOLL_ROLES and tok.pos_ == "VERB" and tok.dep_ == "amod":
        return None  # "the martyred leader's portrait", "the slain journalist": who, not what
    if trig.role == "hurt" and ("disaster" in around or not (
            instrument or armed(actor1) or _killers_near(ctx, window, tok)
            or armed(actor2) and dependent(tok, {"prep"}, {"of", "from"}) is None)):
        return None  # "died in the floods", "soldiers died of heatstroke": no one who killed;
        # "three police officers died in Kidira on Monday": armed men's toll, cause untold
    if trig.role == "death" and not to_death(tok):
        return None  # "tried to hack into the computers of army officers"
    if trig.role == "munition" and not munition_subject(tok):
        return None  # "jets landed at the airbase"
    if trig.sub_event_type == "Change to group/activity" and tok.dep_ in DESCRIBING and (
            dependent(tok, {"dobj"}) is not None):
        return None  # "a convoy moving weapons", "fighters who were moving arms": what they
        # carried describes the convoy another event hit; it is no development of its own
    if takes_part_in_no_event(tok):
        return None  # "engaged in talks"; "engaged in heavy fighting" stays a clash
    if repelled(tok):
        return None  # "repelled an attack on the village": the clash of "repelled" tells it
    if trig.sub_event_type in PROTEST_FAMILY and (diplomatic_protest(tok)
                                                  or left_in_protest(tok)):
        return None  # "lodged a formal protest with Albania", "the minister resigned in protest"
    if trig.sub_event_type in PROTEST_FAMILY and tok.pos_ == "NOUN" and any(
            c.dep_ in {"amod", "compound"} and c.lower_ in NOT_PROTEST_MODIFIERS
            for c in tok.children):
        return None  # "a training march", "a death march", "a military march": no demonstration
    if trig.role == "mourn" and "disaster" in kinds:
        return None  # "held a vigil for the victims of the floods": mourning, no demonstration
    if trig.role == "purpose" and not protest_purpose(tok, kinds):
        return None  # "gathered for prayers"
    if trig.refine and not instrument and "diplomacy" in kinds:
        return None  # "sanctions targeting ten officials", "cyberattacks"
    if "rehearsal" in kinds and sub in VIOLENT | {"Armed clash"} and (
            count_fatalities(sent.text) is None):
        return None  # "exercises simulating an assault on a beach": a drill, no attack
    if "disaster" in around and sub not in PROTEST_FAMILY and not (
            instrument or armed(actor1) or "suicide" in kinds):  # not a march over an accident
        return None  # a gas explosion at a factory, floods
    if "sport" in kinds and sub != "Violent demonstration" and not (  # fans who riot do
            instrument or armed(actor1) or armed(actor2)) and (
            count_fatalities(sent.text) is None):
        return None  # "Madrid and Barcelona clash in the final": a match, not a fight
    if "business" in kinds and sub not in PROTEST_FAMILY and not (
            instrument or armed(actor1) or armed(actor2)) and count_fatalities(sent.text) is None \
            and not (sub == LOOTING and set_on_fire(trig.word)):  # no trade sets things ablaze
        return None  # "captured a 40 per cent market share", "signed a trade agreement"
    if "crime" in around and (sub in {"Arrests", "Other", "Disrupted weapons use"}
                              or sub in {"Attack", "Armed clash"} and not armed(actor1)
                              and crowd_violence(sub, tok, actor1, False) == sub):
        return None  # ordinary crime (arresting its suspects, seizing their guns) is not ACLED
    if "crime" in kinds and trig.role == "weak" and not (
            instrument or armed(actor2) or armed_hit(tok)) and count_fatalities(sent.text) is None:
        return None  # "police raided an illegal gambling den": crime policing, no one fought
    if sub == "Arrests" and trig.role == "weak" and (
            armed(actor2) or count_fatalities(sent.text) is not None):
        # "an army crackdown on militants left 30 dead": a crackdown that fights or kills
        sub = "Armed clash" if armed(actor2) else "Attack"
    if sub in {"Armed clash", "Attack"} and trig.refine:
        armed_target = armed(actor2) or armed_hit(tok)
        if armed_target:
            sub = "Armed clash"
        elif (actor2 is not None and actor2.actor.type == "civilians") or civilian_victims(
                sent, tok):
            sub = "Attack"
    elif sub == "Armed clash" and tok.lemma_.lower() in RECIPROCAL and street_clash(
            tok, actor1, actor2):
        sub = "Violent demonstration"  # "youths clashed with police": a riot, not a battle
    elif sub == "Armed clash" and not trig.refine and actor1 is not None and (
            actor1.actor.type in {"civilians", "rioters"} and not armed(actor2)):
        sub = "Mob violence"  # "villagers clashed with sticks": no organised armed group
    elif sub == "Attack" and armed(actor1) and (armed(actor2) or armed_hit(tok)) and (
            not same_actor(actor1, actor2)) and tok.lemma_.lower() not in ONE_SIDED:
        sub = "Armed clash"  # "two policemen were shot dead by gunmen": forces hit, not civilians
    elif sub == "Armed clash" and (trig.refine or tok.lemma_.lower() not in MUTUAL) and (
            actor2 is not None and actor2.actor.type == "civilians" or civilian_victims(
                sent, tok)) and not (armed(actor2) or armed_hit(tok)):
        # "gunmen stormed a church, killing 40 worshippers", "ambushed a bus": one side hits
        # civilians; not "a gunfight … one civilian was killed": bystanders die in battles
        sub = "Attack"
    if sub == "Armed clash" == trig.sub_event_type and trig.refine and not instrument and not (
            armed(actor2) or armed_hit(tok) or crowd_assault(tok, actor1)) and count_fatalities(
            sent.text) is None and attacked_property(tok, sent.text, window[1]):  # not a crowd's
        sub = LOOTING  # "attacked the party's offices, smashing windows": property, no one hurt
    if instrument is False and not armed(actor1) and (figurative(tok) or (
            sub in VIOLENT | {"Mob violence"} and no_party_acts(tok))):
        return None  # "attacked the budget", "prices exploded", "critics attacked", a lion
    if "commemoration" in kinds and tok.pos_ != "VERB" and not (
            sub in PROTEST_FAMILY and tok.dep_ == "dobj" and governing_verb(tok) is not None):
        return None  # "ten years after the massacre, survivors gathered": history, not news;
        # "held a vigil to mark the anniversary" is the vigil held now
    if sub in {"Armed clash", "Attack"} and crowd_assault(tok, actor1):
        sub = "Violent demonstration"  # "supporters stormed the parliament"
        if tok.lemma_.lower() in RECIPROCAL and "protest_actor" not in kinds and not (
                actor2 is not None and actor2.actor.type == "state forces"):
            sub = "Mob violence"  # "rival supporters fought with sticks": two crowds, no
            # demonstration told (ACLED: communal clashes between rioters)
    sub = crowd_violence(sub, tok, actor1, armed(actor1))
    if trig.role == "frame" and actor1 is not None and actor1.actor.type == "state forces":
        sub = ARRESTS.get(sub, sub)  # "police seized 12 students": state forces arrest
    sub = peaceful_transfer(territory_by_actor(sub, actor1.actor if actor1 else None,
                                               taken_in(ctx, sent, tok)), around)
    sub = raid_on_civilians(sub, actor2, toll=count_fatalities(sent.text) is not None,
                            armed_target=armed(actor2) or armed_hit(tok), window=window[1])
    sub = force_without_crowd(sub, trig.sub_event_type, doc, sent, tok)  # tear gas at a funeral
    sub = overriding_sub_type(sub, kinds | (around & {"chemical"}))
    if sub == "Peaceful protest" and (tok.lemma_.lower() in BLOCKING and armed(actor1)
                                      or troops_marching(tok, kinds)):
        return None  # troops blocking a road man a checkpoint, troops marching toward a town
        # move; they do not demonstrate
    if trig.sub_event_type == "Peaceful protest" and protest_word_described(tok):
        return None  # "arrested five organisers of last week's protest": no demonstration
    crowd_hit = crowd_control_on_group(tok)  # "fired tear gas at students": their crowd
    if sub in PROTEST_FAMILY or sub in PROTEST_ABSORBS and (
            protest_told(sent, PREEMPTIVE) and not protest_described(sent)
            or protesters(actor1, actor2) or crowd_hit):
        # a demonstration is told over its paragraph: how it ended may come sentences later
        crowd_cues = around | cue_kinds(paragraph(doc, sent))
        if "protest_intervention" in crowd_cues and sub != "Arrests":
            crowd_cues -= {"protest_intervention"}  # only the police's acts at this one
            crowd_cues |= cue_kinds(demonstration_course(doc, sent)) & {"protest_intervention"}
        deaths = "protest_deaths" in around and not (  # not a disaster's toll told beside
            "disaster" in around and "protest_deaths" not in cue_kinds(
                without_disaster_tolls(window[1])))
        if deaths and (forces_near(ctx, window) or (
                "protest_intervention" in crowd_cues and sub != "Arrests") or (
                actor1 is not None and actor1.actor.type == "state forces"
                and protesters(actor2))):  # "soldiers killed three demonstrators"
            crowd_cues |= {"protest_lethal"}  # deaths with armed forces present, not mourned ones
        if "protest_lethal" in crowd_cues and sub != "Excessive force against protesters":
            # not the killing protested "against", nor one told as its background ("days
            # after security forces shot dead 12 protesters", "a journalist shot dead last year")
            course = cue_kinds(protested_text(doc, *_paragraph_bounds(doc, sent))) & cue_kinds(
                demonstration_course(doc, sent))
            if "protest_deaths" not in course and "protest_lethal" not in course:
                crowd_cues -= {"protest_lethal"}
        if "protest_violent" in crowd_cues and "protest_violent" not in cue_kinds(
                protested_text(doc, *_paragraph_bounds(doc, sent), denounced=False)):
            crowd_cues -= {"protest_violent"}  # "a sit-in against the naval blockade"
        if live_fire(tok) or tok.lemma_.lower() in CRACKDOWNS and count_fatalities(
                sent.text) is not None:
            crowd_cues |= {"protest_lethal"}  # "police shot a protester in the leg", "the
            # crackdown on protesters left 12 dead"
        elif force_on_crowd(trig.sub_event_type, actor1, actor2, at_demonstration=not armed(
                actor2) and (protest_told(sent, PREEMPTIVE) or crowd_hit)
                and not BACKGROUND_ADJUNCT.search(sent.text[:tok.idx - sent.start_char])):
            crowd_cues |= {"protest_intervention"}  # "police beat protesters": not peaceful
        if "protest_violent" in crowd_cues and not crowd_violence_told(doc, sent, ctx.actors):
            crowd_cues -= {"protest_violent"}  # the police "stormed the square": not a riot
        crowd_cues |= {"protest_violent"} if sub == LOOTING or (
            sub == "Violent demonstration" and trig.sub_event_type == "Armed clash") else set()
        crowd_cues |= {"protest_intervention"} if sub == "Arrests" else set()  # "police detain
        sub = protest_sub_type(crowd_cues)  # a demonstrator": the arrest intervenes
    if "mob" in kinds and sub in MOB_ABSORBS and not (
            armed(actor1) or "protest_actor" in kinds and "riot" not in sent.text.lower()):
        sub = "Mob violence"  # a crowd lynching, burning, beating: no organised group
    if sub == "Violent demonstration" and trig.role == "outcome" and not (
            "protest_actor" in kinds or armed(actor2)) and (civilian_victims(sent, tok) or (
            actor2 is not None and actor2.actor.type == "civilians")):
        sub = "Mob violence"  # stones thrown at a bus, at passers-by: no demonstration told
    return sub


def _paragraph_bounds(doc: Doc, sent: SpacySpan) -> tuple[int, int]:
    """The first and end characters of the paragraph of ``sent``."""
    text = doc_text(doc)
    end = text.find("\n", sent.end_char)
    return text.rfind("\n", 0, sent.start_char) + 1, end if end != -1 else len(text)


def _killers_near(ctx: EventContext, window: tuple[int, str], tok: Token) -> bool:
    """An armed actor named in the sentence window who is not among the dead of ``tok``'s
    subject ("three police officers died …; the attackers fled")."""
    start, text = window
    dead = _victims(tok)
    lo, hi = (dead.left_edge.idx, dead.right_edge.idx + len(dead.right_edge)) if dead else (0, 0)
    return any(m.span is not None and start <= m.span.start < start + len(text) and armed(m)
               and not lo <= m.span.start < hi for m in ctx.actors)


def _victims(tok: Token) -> Token | None:
    """Who died or was hurt: the object ("wounded two policemen"), the passive subject ("was
    wounded by …"), else the subject of an intransitive ("three officers died", "nine civilians
    lost their lives")."""
    hurt = dependent(tok, {"dobj", "nsubjpass"})
    if hurt is not None and hurt.lemma_.lower() == "life":
        hurt = None  # "lost their lives": who lost them
    return hurt or dependent(tok, {"nsubj"})


def _arresting_police(ctx: EventContext, location: Location | None) -> ActorMention | None:
    """Who arrested, when the sentence does not say ("a journalist was detained in Mosul"):
    ACLED codes the police of the country it happened in. No span: the text names nobody."""
    country = location.place.country if location is not None else None
    country = country or (ctx.home_forces.country if ctx.home_forces is not None else None)
    police = ctx.dictionary.get("Police forces (unspecified)") if ctx.dictionary else None
    if police is None or country is None or ctx.dictionary is None:
        return None
    local = ctx.dictionary.localise(police, country)
    return ActorMention(local, None) if local is not police else None


def extract_events(doc: Doc, *, context: EventContext) -> tuple[Event, ...]:
    """The ACLED events the article body reports, one per sentence and sub-type."""
    ctx = context
    article = ctx.article
    taxonomy = load_taxonomy()
    events: list[Event] = []
    outcomes: set[int] = set()  # events told only by their toll ("killed three soldiers")
    protested: set[str] = set()  # ids of deeds told as what a demonstration is against
    sents = list(doc.sents)
    weighed: set[int] = set()  # sentences with a trigger the rules read (and may have rejected)
    for k, sent in enumerate(sents):
        if sent.start_char < article.body_start:
            continue
        seen: set[str] = set()
        first_here = len(events)
        # specific triggers first ("mortar attack" before "came under fire"), then verbs
        candidates = sorted(sentence_triggers(sent, ctx.toponyms),
                            # an arrest told as a participle after the main verb comes after
                            # it ("opened fire on the crowd, killing one and arresting 12")
                            key=lambda p: (p[1].role in TOLL_ROLES,
                                           p[1].sub_event_type == "Arrests"
                                           and p[0].tag_ == "VBG"
                                           and p[0].dep_ in {"advcl", "conj"},
                                           p[1].refine,
                                           p[0].pos_ != "VERB", p[0].i))
        if candidates:
            weighed.add(sent.start_char)
        told_by_verb = {tok.i for tok, trig, _ in candidates
                        if tok.pos_ == "VERB" and trig.role not in TOLL_ROLES
                        and not takes_part_in_no_event(tok)
                        and not (trig.role == "death" and not to_death(tok))}  # "burned
        # effigies during a march": no killing, the march is told
        disrupting = {tok.i for tok, trig, _ in candidates if tok.pos_ == "VERB"
                      and trig.sub_event_type == "Disrupted weapons use"}
        for tok, trig, trigger in candidates:
            if not realis(doc, tok, people=trig.role == "outcome" and tok.pos_ != "VERB") or (
                    fled_fighting(tok)):  # "had fled the fighting since May": the war
                continue
            verb = governing_verb(tok)
            if verb is not None and verb.i in told_by_verb:
                continue  # "detained 12 men in overnight raids": the raids are how, not what
            if tok.dep_ == "dobj" and tok.head.i in told_by_verb and (
                    tok.lemma_.lower() in MUTUAL and tok.head.lemma_.lower() in RECIPROCAL):
                continue  # "fought running battles with students": the fight told by its verb
            if spoils(tok, trig, told_by_verb) or disarmed(tok, trig, disrupting):
                continue  # "raided a police station, killing six officers and seizing their arms"
            if intercepted_launch(tok, disrupting):
                continue  # "shot down 24 of 31 drones launched by Russia": what was stopped
            topic = None if trig.sub_event_type in PROTEST_FAMILY else protested_deed(
                tok, "protest_actor" in cue_kinds(sent.text))
            if topic == "remembered":
                continue  # "carried pictures of the victims of Monday's massacre"
            actor1, actor2 = participants(ctx, doc, sent, tok, trig.role)
            accused = accused_of(tok)
            if accused is not None:  # "accused the army of shelling …": said to be the army's
                actor1 = actor_of(ctx, doc, accused)
                actor2 = None if same_actor(actor1, actor2) else actor2
            if trig.role == "hurt" and _victims(tok) == dependent(tok, {"nsubj"}):
                actor1, actor2 = None, actor1  # "three police officers died": acted on
            if actor2 is None and not fled_fight(tok):  # "… killing at least nine
                # civilians": the victims are acted on; not those who fled ("civilians fled
                # Monday's fighting": no side of it)
                actor2 = next((m for m in ctx.actors if m.actor.type == "civilians" and m.span
                               and sent.start_char <= m.span.start < sent.end_char
                               and m != actor1 and (on_them(tok) or not speaking(ctx, m))),
                              None)
            subj = dependent(tok, {"nsubj"}) if tok.pos_ == "VERB" else None
            if tok.dep_ == "acl":
                subj = tok.head
            assoc = conjuncts(ctx, subj, actor1)
            assoc += tuple(f for f in allied_forces(ctx, subj, actor1)  # "US and British jets"
                           if all(f.actor != m.actor for m in assoc))
            if subj is None and tok.pos_ == "NOUN" and not assoc:
                verb = governing_verb(tok)  # "Russian and Syrian air strikes", "Turkish and
                # Azerbaijani troops held a joint exercise"
                assoc = allied_forces(ctx, tok, actor1) or allied_forces(
                    ctx, dependent(verb, {"nsubj"}) if verb is not None else None, actor1)
            sub = _sub_type(ctx, doc, sent, _window(doc, sents, k), tok, trig, actor1, actor2)
            key = f"{sub} accused" if accused is not None else sub  # an act accused is
            if sub is None or key in seen:  # another event than one told beside it
                continue
            if sub == "Peaceful protest" and (in_protested(doc, sent, tok, actor2)
                                              or wronged(doc, actor2)):
                actor2 = None  # the civilians of the deed a crowd protests ("against the
                # shelling, in which nine civilians were killed", "the crimes against civilians")
            actor1 = crowd(ctx, tok, sub, actor1)
            actor1, actor2, assoc = sides(ctx, doc, sent, tok, sub, (actor1, actor2), subj,
                                           assoc)
            if sub == "Disrupted weapons use" and actor2 is None:
                actor2 = launcher(ctx, doc, tok)  # "shot down drones launched by Russia"
            actor2 = civilians_named(ctx, doc, actor2, sub)  # "killing three Christians"
            actor2 = territory_hit(doc, actor2, sub, actor1)  # "rockets at southern Israel"
            if actor2 is None and sub in PROTEST_FAMILY:  # "marched to demand X's resignation"
                actor2 = addressee(ctx, doc, tok)
            if trig.role in TOLL_ROLES and not all(toll_of_its_own(tok, e.sub_event_type, (
                    in_background_adjunct(e))) for e in events[first_here:]):
                continue  # "killed when their post was shelled": the toll of the shelling
            if trig.role in TOLL_ROLES:
                outcomes.add(len(events))
            protest_topic = topic == "against"
            seen.add(key or sub)
            kind = taxonomy.by_sub_type(sub)
            sentence = Span(sent.start_char, sent.start_char + len(sent.text.rstrip()),
                            sent.text.rstrip())
            if sub in TERRITORY and not names_place(tok) and not place_entity(sent) and (
                    event_location(sentence, trigger, ctx.toponyms, article=article) is None
                    and not named_before(ctx, sents, k, tok)):
                continue  # a change of territory needs a named place
            claim = claim_for(ctx, tok.idx)
            when, precision = event_date(sentence, ctx.dates, article=article, trigger=trigger)
            location = _location(ctx, sentence, trigger, referred_place(ctx, sents, k, tok),
                                 events)
            if sub == "Arrests" and (actor1 is None or actor1.actor.name.startswith(
                    "Government of")):  # "authorities arrested": ACLED codes their police
                actor1 = _arresting_police(ctx, location) or actor1
            where = location.place.country if location is not None else None
            actor1, actor2 = placed(ctx, actor1, where), placed(ctx, actor2, where)
            actor1, actor2 = home_state(ctx, actor1, actor2), home_state(ctx, actor2, actor1)
            confidence = 0.4 + 0.2 * (actor1 is not None) + 0.1 * (actor2 is not None) \
                + 0.1 * (location is not None and location.geo_precision < 3) \
                + 0.1 * (tok.pos_ == "VERB") + 0.05 * (not trig.refine)
            events.append(Event(
                id=stable_id(article.id, "event", str(tok.idx), sub),
                event_type=kind.event_type,
                sub_event_type=sub,
                trigger=trigger,
                sentence=sentence,
                actor1=actor1,
                actor2=actor2 if not same_actor(actor1, actor2) else None,
                assoc_actors=assoc,
                location=location,
                date=when,
                time_precision=precision,
                fatalities=None,
                status=event_status(ctx, claim, doc, tok),
                claim=claim.id if claim else None,
                confidence=round(min(confidence, 0.95), 2),
                cameo="|".join(kind.cameo) or None,
                plover=plover_codes(kind.plover, trig, sub, actor1),
            ))
            if protest_topic:
                protested.add(events[-1].id)
        toll_ids = {events[i].id for i in outcomes if i >= first_here}
        events[first_here:] = without_caused_flight(doc, without_looting_in_violence(
            doc, one_demonstration(violent_crowd(events[first_here:]))))
        outcomes = {i for i in outcomes if i < first_here} | {
            i for i in range(first_here, len(events)) if events[i].id in toll_ids}
        deaths = count_fatalities(sent.text)
        if deaths is not None and len(events) > first_here:
            # the toll belongs to the event told nearest to it, not to every event of the sentence
            toll_at = sent.start_char + deaths.start
            i = min(range(first_here, len(events)),  # a violent event's toll, not an arrest's
                    key=lambda k: (events[k].sub_event_type in BACKGROUND_TYPES | NO_TOLL,
                                   abs(events[k].trigger.start - toll_at)))
            if events[i].sub_event_type not in NO_TOLL and (  # none here to take it
                    events[i].sub_event_type not in PROTEST_FAMILY or count_fatalities(
                    protested_text(doc, sent.start_char, sent.end_char)) is not None):
                # not the toll of the deed a crowd protests ("against the shelling, in which
                # nine were killed")
                events[i] = replace(events[i], fatalities=deaths.count)
    found = told_elsewhere(carry_tolls(doc, merge_tolls(events, outcomes, doc_text(doc)),
                                       takes_toll=lambda e: e.sub_event_type not in NO_TOLL),
                           protested)
    if not found:
        told = _told_by_vocabulary(ctx, doc, weighed)
        found = [told] if told is not None else []
    if not found and ctx.strategic is not None:
        told = _told_by_model(ctx, doc, ctx.strategic)
        found = [told] if told is not None else []
    return tuple(found)


def _told_by_vocabulary(ctx: EventContext, doc: Doc, weighed: set[int]) -> Event | None:
    """The event a snippet's words tell when no trigger did (:mod:`event_backoff`), in a
    sentence with no trigger at all (one the rules read and rejected stays rejected): no actor
    is read from the parse, and its confidence is the lowest an event gets."""
    told = vocabulary_event(doc, ctx.article.body_start, weighed)
    if told is None:
        return None
    sent = told.sentence
    sentence = Span(sent.start_char, sent.start_char + len(sent.text.rstrip()), sent.text.rstrip())
    trigger = Span(told.start, told.end, doc_text(doc)[told.start:told.end])
    kind = load_taxonomy().by_sub_type(told.sub_event_type)
    deaths = count_fatalities(sent.text)
    when, precision = event_date(sentence, ctx.dates, article=ctx.article, trigger=trigger)
    claim = claim_for(ctx, told.start)
    return Event(
        id=stable_id(ctx.article.id, "event", str(told.start), told.sub_event_type),
        event_type=kind.event_type, sub_event_type=told.sub_event_type, trigger=trigger,
        sentence=sentence, actor1=None, actor2=None, location=_location(ctx, sentence, trigger),
        date=when, time_precision=precision, fatalities=deaths.count if deaths else None,
        status="reported" if claim is not None else "asserted", claim=claim.id if claim else None,
        confidence=0.3, cameo="|".join(kind.cameo) or None, plover="|".join(kind.plover) or None)



def _told_by_model(ctx: EventContext, doc: Doc, model: StrategicModel) -> Event | None:
    """The strategic development the model reads in the lead when nothing else told an event
    (:mod:`event_strategic`): its actors read from its trigger's parse as the rules read them,
    kept when the codebook's gate (:func:`conflict_development`) lets it through."""
    return strategic_verdict(ctx, doc, model, why=False)[0]


def strategic_verdict(ctx: EventContext, doc: Doc, model: StrategicModel, *, why: bool = True
                      ) -> tuple[Event | None, str | None]:
    """The development :func:`_told_by_model` keeps, or None and, when the model names one
    (and ``why``), why it dies: no realis word of the lead tells it, or the gate's reason
    (:func:`~sitrep.extract.event_strategic.gate_refusal`: no actor1, no pact word …)."""
    taken = [m.span for m in ctx.actors if m.span] + [t.span for t in ctx.toponyms] + [
        c.source.span for c in ctx.claims if c.source.span]
    read = strategic_reading(doc, ctx.article.body_start, model, taken=taken,
                             cues=[c.cue for c in ctx.claims],
                             contents=[c.content for c in ctx.claims])
    if read is None:
        named = why and model_naming(lead_sentences(doc, ctx.article.body_start), model)
        return None, (f"{named[0]}: no realis word of the lead tells it" if named else None)
    sent, tok, sub = read.sentence, read.trigger, read.sub_event_type
    doer = acting(tok)  # "the faction announced its merger": the faction merged
    subj = dependent(doer, {"nsubj"}) if doer.pos_ == "VERB" else None
    actor1, actor2 = participants(ctx, doc, sent, doer, "")
    if actor2 is not None and actor2.span is not None and (
            actor2.span.start <= tok.idx < actor2.span.end):
        actor2 = None  # "announced a new commander": the act named, not whom it is on
    actor1, actor2, assoc = sides(ctx, doc, sent, doer, sub, (actor1, actor2), subj,
                                   conjuncts(ctx, subj, actor1))
    refused = gate_refusal(sub, sent, actor1=actor1, actor2=actor2,
                           places=[t.span for t in ctx.toponyms])
    if refused is not None:
        return None, f"{sub}: {refused}"
    sentence = Span(sent.start_char, sent.start_char + len(sent.text.rstrip()), sent.text.rstrip())
    trigger = Span(tok.idx, tok.idx + len(tok), tok.text)
    claim = claim_for(ctx, tok.idx)
    when, precision = event_date(sentence, ctx.dates, article=ctx.article, trigger=trigger)
    location = _location(ctx, sentence, trigger)
    if sub == "Arrests" and actor1 is None:
        actor1 = _arresting_police(ctx, location)
    where = location.place.country if location is not None else None
    actor1, actor2 = placed(ctx, actor1, where), placed(ctx, actor2, where)
    actor1, actor2 = home_state(ctx, actor1, actor2), home_state(ctx, actor2, actor1)
    kind = load_taxonomy().by_sub_type(sub)
    return Event(
        id=stable_id(ctx.article.id, "event", str(tok.idx), sub), event_type=kind.event_type,
        sub_event_type=sub, trigger=trigger, sentence=sentence, actor1=actor1,
        actor2=actor2 if not same_actor(actor1, actor2) else None, assoc_actors=assoc,
        location=location, date=when, time_precision=precision, fatalities=None,
        status=event_status(ctx, claim, doc, tok), claim=claim.id if claim else None,
        confidence=0.3, cameo="|".join(kind.cameo) or None, plover="|".join(kind.plover) or None
    ), None
