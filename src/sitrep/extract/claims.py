"""Attributed claims: who says what, with which cue, how sure, asserting or denying.

Rules on the dependency parse plus a few surface patterns, in the order an analyst reads:
1. direct quotes (“…”) with a trailer (“…,” X said) or a lead-in (X said: “…”), quotes that
   continue a speaker's earlier quote, and speakers set before a colon ("Q: …", "Trump: …")
   (module :mod:`sitrep.extract.quotes`);
2. reporting verbs with a clause, object or preposition ("SANA reported", "Washington has
   denied the accusations", "which they say show …", "railed against X"), incl. the passive
   ("it was reported", "the attack was reported by X"), participles ("…, saying …", "a group
   backing X", "when asked whether …") and "as X reported, …";
3. "according to X", "in a new poll", content-bearing nouns and adjectives ("claims from X
   that …", "his criticism of …", "X is critical of …": :mod:`sitrep.extract.claim_nouns`);
4. certainty from hedge and verification cues, incl. a later "the reports are not yet confirmed";
5. passes over all drafts (:mod:`sitrep.extract.claim_passes`): one claim per cue, run-on
   contents split, a denial linked to the claim it denies (nested "rejected claims … that …",
   or the latest claim of another source that it answers); a claim told inside another's
   content is the outer source's word, kept (``Claim.within``) only when it is another named
   voice's statement ("…, while Washington claims X, …");
6. where an indirect content told after its cue ends, chosen by a trained model among the ends
   its sentence allows (:mod:`sitrep.extract.content_ends`).
Not attributions: verbs of deceit and moral judgement ("are lying about …",
``knowledge/claim_non_cues.tsv``), a modal passive with no agent ("X can now be confirmed as
fake news": the writer's own verdict, so no claim at all), and an "it", "this" or "that" that
stands for a situation rather than a speaker ("it highlights the possibility that …").
What a cue verb tells (its clause, object or preposition) is found by
:mod:`sitrep.extract.claim_contents`. Sources are typed and resolved in
:mod:`sitrep.extract.claim_sources`; the words each rule
looks for are data, loaded by :mod:`sitrep.extract.claim_lexicon`.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from sitrep.extract.claim_contents import (
    catenative,
    content_of,
    fronted_content,
    gap_head,
    gapped_predicate,
    next_paragraph,
    object_content,
    relative_subject,
)
from sitrep.extract.claim_deeds import DEEDS, at_person, of_war, spoken, words_in_context
from sitrep.extract.claim_denials import link_denials
from sitrep.extract.claim_draft import Draft, char_span, subtree_span, tok_span
from sitrep.extract.claim_idioms import frozen_saying, names_or_cancels
from sitrep.extract.claim_lexicon import (
    Lexicon,
    certainty,
    load_lexicon,
    verb_cue,
)
from sitrep.extract.claim_light import light_claims, light_object
from sitrep.extract.claim_nested import nest_late, told_inside
from sitrep.extract.claim_nouns import noun_claims
from sitrep.extract.claim_passes import (
    deduplicate,
    nested,
    one_per_cue,
    split_run_ons,
    trim_datelines,
    unconfirmed_back_references,
)
from sitrep.extract.claim_pronouns import impersonal
from sitrep.extract.claim_reach import bridged, quoted_as, told_as
from sitrep.extract.claim_readings import (
    as_aside,
    hands_on,
    judged,
    perceived,
    theirs_to_say,
    witnessed,
)
from sitrep.extract.claim_references import refer_back
from sitrep.extract.claim_source_spans import QUOTE_MARKS, source_span
from sitrep.extract.claim_sources import Resolver, antecedent
from sitrep.extract.claim_spans import (
    across_according,
    around,
    aside_host,
    contiguous,
    cue_tokens,
    fronted_aside,
    passive_content,
    relative_object,
    set_in,
    without_leading_aside,
    without_trailing_aside,
)
from sitrep.extract.claim_speakers import (
    RELATIVE_PRONOUNS,
    UNANSWERED,
    experiencer,
    has_contracted,
    no_one_in_particular,
    nobody,
    source_of,
)
from sitrep.extract.claim_stance import (
    read_stance_and_certainty,
    unchecked,
    without_unchecked_tail,
)
from sitrep.extract.claim_states import qualify_states
from sitrep.extract.claim_unparsed import acronym, lost_subject, unattached_source
from sitrep.extract.claim_vehicles import issues_message, stage_source, vehicle_cue
from sitrep.extract.content_ends import refine_ends
from sitrep.extract.content_trims import (
    told_across_according,
    without_contrasted_report,
    without_framing,
    without_inset_connective,
    without_opening_connective,
    without_opening_time,
)
from sitrep.extract.cue_filter import Reasons, keeps
from sitrep.extract.quotes import (
    MIN_QUOTE_WORDS,
    Quote,
    find_quotes,
    quote_claims,
    speaker_lines,
)
from sitrep.model import Article, Claim, Source, Span, stable_id
from sitrep.nlp import doc_text

# Cue verbs only with a clause: "she continued: …", "he maintained that …", "he added that …"
# ("added 300 jobs" is arithmetic: PolNeAR train, "add" with a noun object heads a gold cue in
# 2 of 21 such claims).
CLAUSE_ONLY = frozenset({"continue", "maintain", "add"})
# Cue verbs only with the words quoted: "the crowd chanted “Build the wall”"; "chanted slogans
# against the government", "chanted his name" tell no words (PolNeAR train: the verb "chant"
# heads a gold cue in 11 of its 14 uses with quoted words, in none of the 3 without them).
QUOTE_ONLY = frozenset({"chant"})
# Verbs whose subject is part of what is told: "the plan seems to work" (no source).
RAISING_VERBS = frozenset({"seem", "appear"})
# Verbs of belief and perception that, with a generic "you", are a way of talking.
GENERIC_BELIEFS = frozenset({"know", "see", "think", "find", "want", "feel", "believe", "hope"})

# Verbs that carry a cue infinitive and tell nothing of their own: "tried to explain", "has
# to admit", "needs to say", "tends to believe", "struggled to explain": PolNeAR takes them
# into the cue (PolNeAR train: 94 of the 102 gold cues that hold such a verb before a "to"
# infinitive run on over the infinitive).
CARRIERS = frozenset({"try", "have", "need", "tend", "struggle", "begin", "start", "attempt",
                      # and verbs of phase and of attempt, before an infinitive or a gerund
                      # ("began urging", "continued to portray", "failed to mention", "stopped
                      # confirming"; PolNeAR train: 28 of 30 gold cues take them in)
                      "continue", "keep", "stop", "fail", "avoid", "manage", "move", "use",
                      "bother"})


def _carried(tok: Token, cue_toks: list[Token]) -> list[Token]:
    """The cue of a cue infinitive, with the verb group that carries it: "has to admit"."""
    head = tok.head
    if tok.dep_ != "xcomp" or head.lemma_.lower() not in CARRIERS or head.i >= tok.i:
        return cue_toks
    to = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if (to.i != head.i + 1 if to is not None else tok.tag_ != "VBG") or min(
            t.i for t in cue_toks) != (to or tok).i:
        return cue_toks
    return contiguous(tok, [*cue_tokens(head), *cue_toks])


def untold_deed(verb: Token, lex: Lexicon) -> bool:
    """Whether ``verb`` is a cue of ``DEEDS`` with neither a clause nor a reason, which only
    the cue model can make a claim of ("Clinton attacked Trump")."""
    cue_def = verb_cue(verb, lex)
    return cue_def is not None and cue_def.lemma in DEEDS and not spoken(
        verb, *content_of(verb, cue_def, lex)) and at_person(verb, lex)


def _inside(span: Span, drafts: Iterable[Draft]) -> bool:
    return any(d.kind == "direct" and d.content.start <= span.start < d.content.end
               for d in drafts)


def _names_no_one(lex: Lexicon, text: str, cue_start: int, parts: list[Span]) -> bool:
    """The cue and its content are an anonymity note ("asked not to be named"), no claim.

    A note between the cue and what it tells ("said on condition of anonymity that …",
    "said, speaking anonymously, that …") or after it ("told Reuters that …, speaking on
    condition of anonymity") only makes the source anonymous: the claim stands.
    """
    first = min(p.start for p in parts)
    return any(m.start() + cue_start <= first < m.end() + cue_start
               for m in lex.anonymity_re.finditer(text[cue_start:parts[-1].end].lower()))


def _before_note(doc: Doc, lex: Lexicon, part: Span) -> Span:
    """A content less the anonymity note set off by a comma at its end: "told Reuters that
    soldiers burned homes, speaking on condition of anonymity" tells "that soldiers burned
    homes" (the note is on the source, :func:`_names_no_one`)."""
    m = lex.anonymity_re.search(part.text.lower())
    comma = part.text.rfind(",", 0, m.start()) if m is not None else -1
    if m is None or comma <= 0 or len(part.text[comma + 1:m.start()].split()) > 2:
        return part
    return char_span(doc, part.start, part.start + len(part.text[:comma].rstrip()))


def _verb_claims(doc: Doc, article: Article, lex: Lexicon, marks: tuple[Quote, ...],
                 quotes: list[Draft]) -> list[Draft]:
    """The claims of cue verbs: every candidate no filter fired on that the trained cue
    filter's veto does not drop, and those a filter fired on that the cue filter keeps in
    context (none without one)."""
    sources = (lex.source_words, lex.source_roles)
    kept: dict[int | None, bool] = {}
    drafts = []
    for d, reasons in verb_candidates(doc, article, lex, marks, quotes):
        if d.verb is None:
            if not reasons:
                drafts.append(d)
            continue
        if d.verb not in kept:  # the filter's veto may drop a verb no filter fired on
            kept[d.verb] = keeps(lex.cue_filter, doc[d.verb], reasons, sources)
        if kept[d.verb]:
            drafts.append(d)
    return drafts


def _quoted_as(doc: Doc, lex: Lexicon, tok: Token, cue_toks: list[Token]) -> Draft | None:
    """The claim of "X was quoted (by Y) as saying that …": X's, with the cue from "was
    quoted" to "saying" (:func:`sitrep.extract.claim_reach.quoted_as`)."""
    found = quoted_as(tok)
    said_def = verb_cue(found[1], lex) if found is not None else None
    if found is None or said_def is None:
        return None
    subj, said = found
    content_tok, _ = content_of(said, said_def, lex)
    if content_tok is None or content_tok.i < said.i:
        return None
    content = subtree_span(doc, content_tok)
    return Draft(source_span(doc, subj, cue=tok), tok_span(doc, [*cue_toks, said]), content,
                 "indirect", said_def.stance, certainty(content.text, said_def.certainty, lex),
                 tok.sent, verb=said.i)


def verb_candidates(doc: Doc, article: Article, lex: Lexicon, marks: tuple[Quote, ...],
                    quotes: list[Draft]) -> list[tuple[Draft, Reasons]]:
    """Every claim a cue verb would make, with the hand-written filters that fired on it.

    Filters (names in :class:`~sitrep.extract.cue_filter.Reasons`): ``perceived`` (an act of
    finding or seeing), ``deed_of_war`` (a verb of ``DEEDS`` with no clause or reason whose doer
    or object is a force or place of war), ``deed_act`` (one with no person saying it at a
    person), ``deed`` (one that is, not read as words by the cue model), ``hands_on``
    ("published images which they say show …"), ``judged`` (a modal passive, the writer's
    verdict), ``inference`` ("which could indicate …"), ``generic_you``, ``impersonal`` ("it
    highlights …"), ``clause_only`` ("continued the search"), ``names_no_one`` (an anonymity
    note), ``nobody`` ("No group claimed responsibility"), ``not_confirmed``. A verb the parse
    gives no content or source is no candidate.
    """
    drafts: list[tuple[Draft, Reasons]] = []
    # words inside quotation marks are the quoted speaker's, told as part of that quote
    text = doc_text(doc)
    quoted = [(q.inner_start, q.inner_end) for q in marks
              if len(text[q.inner_start:q.inner_end].split()) >= MIN_QUOTE_WORDS]
    used = {d.cue.start for d in quotes}
    taken: set[int] = set()  # a verb of saying told with the "quoted as" before it
    for tok in doc:
        if tok.idx < article.body_start or tok.i in taken:
            continue
        cue_def = verb_cue(tok, lex)
        if cue_def is None or _inside(Span(tok.idx, tok.idx, ""), quotes) or any(
                s <= tok.idx < e for s, e in quoted):
            continue
        # "went on to criticize", "issued a statement saying": the verb group it rides on too
        cue_toks = vehicle_cue(tok, _carried(tok, cue_tokens(tok)))
        if any(t.idx in used for t in cue_toks) or light_object(tok, lex) is not None or (
                issues_message(tok, lex) or frozen_saying(tok) or names_or_cancels(tok)) or (
                tok.dep_ == "advcl" and acronym(tok.head)):
            continue  # "expressed concern that …", "issued a statement saying …"; "That said",
            # "called off the vote": no one's words; "SANA, citing a military source, said":
            # a participle on a name the tagger took for a verb (claim_unparsed.lost_subject)
        quoted_as_saying = _quoted_as(doc, lex, tok, cue_toks)
        if quoted_as_saying is not None and quoted_as_saying.verb is not None:
            taken.add(quoted_as_saying.verb)
            drafts.append((quoted_as_saying, Reasons()))
            continue
        content_tok, prep = content_of(tok, cue_def, lex)
        if cue_def.lemma in QUOTE_ONLY and not any(
                t.text in QUOTE_MARKS for t in (content_tok.subtree if content_tok else ())):
            continue  # "chanted slogans against the government": no words told
        reasons = Reasons()
        if perceived(tok, content_tok, lex):
            # "found himself in a row", "waiting to see whether …": acts, not words
            reasons = reasons.add("perceived")
        if cue_def.lemma in DEEDS and not spoken(tok, content_tok, prep) and not (
                at_person(tok, lex) and words_in_context(tok, lex)):
            # "the SDF attacked army positions", "backed by the US": acts, not words; "the
            # senator backed the plan" may be words, as the cue model reads it
            reasons = reasons.add("deed_of_war" if of_war(tok, lex) else "deed_act"
                                  if not at_person(tok, lex) else "deed")
        parts: list[Span] = []
        aside = as_aside(tok)
        if content_tok is None and source_of(tok) is not None and (
                tok.dep_ == "parataxis" or aside):
            # "As the agency reported, …" and "In Miami, Mr. Regalado said, Mr. Trump is seen
            # as a bully": the rest of the sentence, on both sides; "X bombed Y, as first
            # reported by Z": the clause the aside hangs from
            clause = {t.i for t in tok.subtree}
            hung_on = (aside_host(tok).subtree if aside
                       else tok.head.subtree if tok.dep_ == "parataxis" else tok.sent)
            parts = fronted_aside(doc, tok) or [  # "If A, as X said, B": A
                tok_span(doc, [a, b]) for a, b in around(hung_on, clause)]
        joins: list[Token] = []
        if content_tok is None and not parts:
            parts = next_paragraph(doc, cue_toks)
        if content_tok is None and not parts:
            parts, joins = passive_content(doc, tok)
        if content_tok is None and not parts and tok.dep_ == "relcl":
            parts = (gapped_predicate(doc, tok, cue_toks)  # "attacks the group says is …"
                     or relative_object(doc, tok) or told_as(doc, tok))  # "which X described as Y"
        if content_tok is None and not parts:
            continue
        if content_tok is not None and content_tok.dep_ == "dobj" and any(
                hands_on(t, lex) for t in content_tok.subtree):
            # "published images which they say show …": the claim is the inner one
            reasons = reasons.add("hands_on")
        passive = (any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children)
                   and has_contracted(tok) is None) or (
            tok.tag_ in {"VBN", "VBD"} and tok.dep_ == "advcl"  # "(when) asked whether …"
            and not any(c.dep_ == "nsubj" for c in tok.children))
        subj = source_of(tok)
        if subj is None and passive and judged(tok):
            # "the notion can now be confirmed as fake news": the writer's verdict
            reasons = reasons.add("judged")
        if subj is None and not passive and tok.dep_ != "relcl":
            lost = lost_subject(doc, tok, cue_toks)
            if lost is not None:
                said_by, told = lost
                drafts.append((Draft(said_by, tok_span(doc, cue_toks), told, "indirect",
                                     cue_def.stance, certainty(told.text, cue_def.certainty, lex),
                                     tok.sent, verb=tok.i), reasons))
                continue
            given = unattached_source(doc, tok, cue_toks) or stage_source(doc, tok)
            if given is None:
                continue
        else:
            given = None
        if subj is not None and subj.lower_ in RELATIVE_PRONOUNS - {"who"} and (
                cue_def.certainty == "hedged" or any(
                    c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children)):
            reasons = reasons.add("inference")  # "which could indicate"; "which showed …" is told
        if subj is not None and subj.lower_ == "you" and cue_def.lemma in GENERIC_BELIEFS:
            # "you know", "you see what happens": talk, not a claim of anyone's
            reasons = reasons.add("generic_you")
        if subj is not None and nobody(subj) and cue_def.lemma in UNANSWERED:
            # "No group claimed responsibility", "Neither side commented": that no one spoke,
            # no one's claim (PolNeAR marks "No one knows …" as attribution: kept)
            reasons = reasons.add("nobody")
        raising = cue_def.lemma in RAISING_VERBS and subj is not None and subj.head.i == tok.i
        if subj is not None and (raising or subj.dep_ == "expl" or no_one_in_particular(tok, subj)):
            # "the plan seems to work": the outlet's own impression, the subject is told of
            passive, subj = True, None
        felt = experiencer(tok) if subj is not None else None
        if felt is not None:  # "the ruling angered the families": their reaction to it
            subj, content_tok, prep = felt[0], felt[1], None
        if subj is not None and tok.dep_ != "relcl" and impersonal(subj, lex):
            # "it highlights the possibility that …": "it" is a situation, not a source
            reasons = reasons.add("impersonal")
        src = source_span(doc, subj, cue=tok) if subj is not None else given
        cue_end_i = max(t.i for t in cue_toks)
        lead: list[Span] = []
        if content_tok is not None:
            content = across_according(doc, tok, content_tok) or subtree_span(doc, content_tok)
            if prep is not None and prep.head.i == content_tok.i:  # "called for | X to go"
                content = char_span(doc, prep.idx + len(prep), content.end)
            if content.start < tok.idx < content.end:  # "which it says shows …": after the cue
                lead = relative_subject(doc, content_tok, tok)
                content = char_span(doc, tok.idx + len(tok), content.end)
            elif content.end <= tok.idx and content_tok.dep_ == "ccomp":
                content = fronted_content(doc, tok, content, subj)
            content, prep = object_content(doc, tok, cue_def.lemma, content_tok, content,
                                            prep, cue_end_i)
            parts = told_as(doc, tok) or [*lead, content]  # "which he called | a disgrace"
            if content_tok.dep_ in {"xcomp", "oprd"} or raising and prep is not None:
                # "X is expected to …", "X was named Y", "X seems like Y"
                parts = passive_content(doc, tok, raising=raising,
                                        pronoun=content_tok.dep_ == "xcomp")[0][:1] + parts
            parts = gap_head(doc, tok, content_tok) + parts
        if content_tok is not None and content_tok.dep_ == "xcomp":
            chained = catenative(doc, lex, cue_toks, content_tok, prep, parts)
            if chained[0] == cue_toks and cue_def.lemma in CLAUSE_ONLY:
                # "continued to campaign" is no claim, "continued to say that" is
                reasons = reasons.add("clause_only")
            cue_toks, content_tok, prep, parts = chained
        elif content_tok is not None and cue_def.lemma in CLAUSE_ONLY and content_tok.dep_ not in {
                "ccomp", "parataxis"}:
            reasons = reasons.add("clause_only")  # "continued the search", "maintained a lead"
        if prep is not None or joins:
            cue_toks = contiguous(tok, [*bridged(tok, cue_toks, prep), *joins])
        cue_end = max(t.idx + len(t) for t in cue_toks)
        parts = [without_trailing_aside(doc, without_leading_aside(doc, p))
                 if p.start > tok.idx else p for p in parts
                 if p.text and not (p.start < tok.idx < p.end)
                 and not (src is not None and p.start <= src.start < p.end)]
        if parts and _names_no_one(lex, text, cue_toks[0].idx, parts):
            # "an official who asked not to be named": a note on the source
            reasons = reasons.add("names_no_one")
        parts = [_before_note(doc, lex, p) for p in parts]
        if not parts or any(p.start < cue_end and tok.idx < p.end for p in parts):
            continue
        stance = cue_def.stance
        if stance == "asserts" and unchecked(tok):
            # "did not confirm", "could not independently verify the reports": a statement
            # about verification, handled below and in claim_stance.unverified_accounts
            reasons = reasons.add("not_confirmed")
        named = antecedent(doc, tok, lex) if subj is not None and subj.lower_ in (
            RELATIVE_PRONOUNS) else None
        if named is not None and named[1] == "unknown" and tok.head.ent_type_ == "PERSON":
            named = (named[0], "official")  # "John Smith, who said …", as the resolver types
        told_as_theirs = theirs_to_say(tok, subj)
        seen = "certain" if witnessed(tok, content_tok) else cue_def.certainty
        for content in parts:
            sure = certainty(content.text, seen, lex)
            d = Draft(src, tok_span(doc, cue_toks), content,
                      "sourceless" if src is None else "indirect", stance,
                      "hedged" if told_as_theirs and sure == "certain" else sure, tok.sent,
                      verb=tok.i, aside=aside, inset=tok.dep_ == "parataxis",
                      felt=felt is not None)
            if named is not None:  # "a report which showed …": the report says so
                d.canonical, d.source_type = named
            drafts.append((d, reasons))
    return drafts


def _short_of_next_cue(drafts: list[Draft], ruled: dict[int, Span]) -> None:
    """A content end the model chose that runs over the cue of the same speaker's denial, which
    the rules ended it before ("said it struck X and denied striking Y": the denial is the
    speaker's next claim, :func:`sitrep.extract.claim_passes.split_run_ons`), goes back to
    the rules' end. Other run-on cues stay inside, as PolNeAR marks them ("said A and said
    B" is one content)."""
    for d in drafts:
        was = ruled.get(id(d))
        if was is None or d.content.end <= was.end:
            continue
        if any(o is not d and o.stance == "denies" and d.stance == "asserts"
               and o.source == d.source and was.end <= o.cue.start < d.content.end
               for o in drafts):
            d.content = was


def extract_claims(doc: Doc, *, article: Article, lexicon: Lexicon | None = None,
                   ends: bool = True, country: str | None = None) -> tuple[Claim, ...]:
    """Every attributed statement in the article body, in text order.

    ``lexicon`` replaces the shipped cue lexicon and cue model (:func:`load_lexicon`);
    ``ends=False`` keeps the rules' content ends (:mod:`sitrep.extract.content_ends`);
    ``country`` is the country the article's places lie in, which a defence ministry or an
    army named without its state may be (:mod:`sitrep.extract.claim_states`).
    """
    lex = load_lexicon() if lexicon is None else lexicon
    marks = find_quotes(doc_text(doc), article.body_start)
    quotes = quote_claims(doc, article, lex, marks)
    turns = speaker_lines(doc, article)
    # a headline's words are its speaker's ("Trump: I Still Believe …"); a transcript turn
    # holds its speaker's own claims, each with its cue ("A: I think the deal is good")
    headline = [d for d in turns if "\n" not in doc_text(doc)[article.body_start:d.cue.start]]
    drafts = (quotes + turns + _verb_claims(doc, article, lex, marks, quotes + headline)
              + noun_claims(doc, article, lex) + light_claims(doc, article, lex))
    unique = deduplicate(drafts)
    split_run_ons(doc, unique)
    trim_datelines(doc, unique)
    without_opening_connective(unique, doc)  # "Separately, …, according to the army"
    without_opening_time(unique, doc)  # "said on Tuesday it had fired …": the saying's time
    without_contrasted_report(doc, unique)  # "X said A, while Y said B"
    told_across_according(unique)  # "He said the strike, according to the army, hit …"
    without_framing(unique)  # "X said A, in what it called B"
    inner = {id(d): d for d in unique if nested(d, unique)}
    unique = [d for d in unique if id(d) not in inner]
    holders = {key: [o for o in unique if o.content.start <= d.cue.start
                     and d.cue.end <= o.content.end] for key, d in inner.items()}
    resolver = Resolver(doc)
    for d in [*unique, *inner.values()]:
        if d.canonical is None and d.source is not None:
            d.canonical, d.source_type = resolver.canonical(
                d.source, lex, sentence=d.sentence,
                verb=doc[d.verb] if d.verb is not None else None)
        elif d.source is None:
            d.source_type = "anonymous"
        if d.source is not None and d.source_type == "unknown" and d.source.text.lower() in {
                "reports", "sources", "a report"}:
            d.source_type = "anonymous"
        if d.canonical:
            if d.source_type == "unknown":  # as the article describes it, or typed earlier
                d.source_type = resolver.types.get(d.canonical, "unknown")
            resolver.last = d.canonical
            resolver.remember(d.canonical, d.source_type)
    qualify_states([*unique, *inner.values()], text=doc_text(doc), lex=lex,
                   outlet=article.outlet, country=country)  # "the Ministry of Defence": whose
    refer_back([*unique, *inner.values()], resolver.types)  # "The source said": which one
    unconfirmed_back_references(doc, unique, lex)
    read_stance_and_certainty(doc, article, unique, lex)
    link_denials(doc, unique)
    unique = one_per_cue(doc, unique)
    if ends:
        ruled = {id(d): d.content for d in unique}
        refine_ends(doc, [*unique, *inner.values()])
        _short_of_next_cue(unique, ruled)
        for d in unique:  # an end the model chose may take the note in again
            if d.kind != "direct" and d.content.start > d.cue.start:
                d.content = _before_note(doc, lex, d.content)
    without_unchecked_tail(doc, unique)  # "…, though Moscow has not confirmed this"
    set_in(doc, unique)
    without_inset_connective(unique, doc)  # "Still, he said, the town was calm"
    unique = nest_late(doc, unique, inner, holders)
    ids = [stable_id(article.id, "claim", str(d.cue.start), str(d.content.start)) for d in unique]
    # "dismissed Kyiv's claim that …": Kyiv's claim is told within the denial that names it
    # (PolNeAR marks the denial alone: the claim is for the analyst, not the scorer)
    answered = {d.denies: i for i, d in enumerate(unique)
                if d.denies is not None and unique[d.denies].answered}
    found = [
        Claim(
            id=ids[i],
            source=Source(d.source, d.canonical, d.source_type),
            cue=d.cue,
            content=d.content,
            kind=d.kind,
            stance=d.stance,
            certainty=d.certainty,
            denies=ids[d.denies] if d.denies is not None else None,
            within=ids[answered[i]] if i in answered else None,
        )
        for i, d in enumerate(unique)
    ]
    told = told_inside(doc, article, unique, inner, holders, ids)
    return tuple(c for i, claim in enumerate(found)
                 for c in (claim, *sorted(told.get(i, ()), key=lambda c: c.cue.start)))
