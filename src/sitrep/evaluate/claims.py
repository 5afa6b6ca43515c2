"""Claim evaluation: attributions (source, cue, content) on PolNeAR, scored as Citron scores them.

**Gold** (:func:`read_polnear`): a PolNeAR split holds ``text/NAME.txt`` and brat standoff
``attributions/NAME_XXXX.ann`` by annotator ``XXXX``. Where a text has several annotation files,
the first in alphabetical order of file name (so of annotator code) is the gold one; the others
are ignored. Each ``E`` line is one attribution; its ``Source``, ``Cue`` and ``Content`` (plus
``Content2``, a second content part, joined to the content) are ``T`` spans, possibly
discontinuous (``s e;s e``). An attribution without a cue or without a content (a few dozen in
the corpus) is skipped; one without a source is kept with no source. ``Discuss``/``Discard``
spans are annotator notes, not attributions.

**Prediction**: every :class:`~sitrep.model.Claim` of the article's :class:`Analysis`. Claims
that share one cue span (a quote continued after its trailer) are one attribution whose content
is the union of their contents, as PolNeAR annotates them. A content told around its cue ("X,
he said, Y" is one claim whose content runs over "he said") is scored without the cue and the
source: its parts, as PolNeAR marks them.

**Spans** are sets of character fragments. For exact comparison a span is *normalised*: each
fragment is trimmed of whitespace and punctuation at its edges (quotation marks, a final period
or comma), and fragments separated only by whitespace or punctuation are merged. PolNeAR puts
the quotation marks and the final period of a direct quote inside the content and leaves the
period out of an indirect one; sitrep leaves both out; this trimming makes that no error.
(Citron compares spaCy token offsets without trimming; this is our one deviation.) Tokens for
the overlap metrics are runs of letters and digits (``\\w+``), so punctuation never counts.

**Metrics** (following ``citron/metrics.py`` of github.com/bbc/citron):

- ``cue_exact``: a predicted attribution is a true positive when its cue equals a gold cue;
  a gold attribution is missed when no predicted cue equals its cue.
- ``source_exact`` / ``content_exact``: a predicted attribution is a true positive when some
  gold attribution has a cue *overlapping* its cue and a source (content) *equal* to its source
  (content); two absent sources are equal. Recall is counted the same way from the gold side.
- ``attribution_exact`` (summary key ``attribution_f1``, Citron's "All Quote Spans exact"):
  cue, source and content all equal those of one gold attribution.
- ``*_overlap``: token overlap. Precision = tokens of predicted spans of the role that lie in
  a gold span of that role / tokens of the predicted spans; recall = tokens of gold spans that
  lie in a predicted span / tokens of the gold spans. (Citron sums pairwise overlaps, which is
  the same when the spans of one side do not overlap each other, as PolNeAR's never do.)
  ``attribution_overlap`` pools the three roles (Citron's "All Quote Spans overlap"; Citron's
  script swaps its precision and recall, this one does not).
- ``attribution_loose`` (ours, not Citron's): cue overlaps and content overlaps those of one
  gold attribution: "found the attribution, boundaries aside".

All counts are pooled over the articles (micro-averaged).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.errors import InputError
from sitrep.evaluate.metrics import PRF
from sitrep.model import Analysis, Article, Claim

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

Analyse = Callable[[Iterable[Article]], Iterable[Analysis]]
Fragments = tuple[tuple[int, int], ...]  # sorted (start, end) character ranges
ROLES = ("source", "cue", "content")
EDGE = " \t\r\n\"'“”‘’.,;:!?()[]—–-…*"
WORD_RE = re.compile(r"\w+")
SPAN_RE = re.compile(r"^(\d+) (\d+)((?:;\d+ \d+)*)$")


@dataclass(frozen=True)
class Attribution:
    """One attribution, gold or predicted: character fragments of each role (source may be ())."""

    source: Fragments
    cue: Fragments
    content: Fragments

    def role(self, name: str) -> Fragments:
        return getattr(self, name)


@dataclass(frozen=True)
class GoldArticle:
    name: str  # file stem, e.g. "nyt_2016-05-02_…"
    text: str
    attributions: tuple[Attribution, ...]
    annotator: str


def _fragments(spec: str, where: str) -> Fragments:
    m = SPAN_RE.match(spec.strip())
    if not m:
        raise InputError(where, f"malformed span {spec!r}")
    parts = [tuple(int(x) for x in p.split()) for p in spec.strip().split(";")]
    return tuple(sorted((s, e) for s, e in parts))


def read_ann(text: str, ann: str, where: str = "<ann>") -> tuple[Attribution, ...]:
    """The attributions of one brat standoff file over ``text``."""
    spans: dict[str, tuple[str, Fragments]] = {}
    events: list[list[tuple[str, str]]] = []
    for line in ann.splitlines():
        cols = line.split("\t")
        if len(cols) < 2:
            continue  # continuation of a span text that held a line break
        if re.fullmatch(r"T\d+", cols[0]):
            kind, _, spec = cols[1].partition(" ")
            frags = _fragments(spec, where)
            if any(not 0 <= s <= e <= len(text) for s, e in frags):
                raise InputError(where, f"span {spec} outside the text ({len(text)} chars)")
            spans[cols[0]] = (kind, frags)
        elif re.fullmatch(r"E\d+", cols[0]):
            events.append([(a.split(":", 1)[0], a.split(":", 1)[1]) for a in cols[1].split()
                           if ":" in a])
    out = []
    for args in events:
        roles: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for role, ref in args:
            if ref not in spans:
                raise InputError(where, f"event refers to unknown span {ref}")
            key = "content" if role.startswith("Content") else role.lower()
            if key in ROLES:
                roles[key].extend(spans[ref][1])
        if not roles["cue"] or not roles["content"]:
            continue
        out.append(Attribution(*(tuple(sorted(roles[r])) for r in ROLES)))
    return tuple(sorted(out, key=lambda a: a.cue))


def read_polnear(directory: Path | str) -> tuple[GoldArticle, ...]:
    """The gold articles of a PolNeAR split (``text/`` and ``attributions/`` under it)."""
    root = Path(directory)
    texts, anns = root / "text", root / "attributions"
    if not texts.is_dir() or not anns.is_dir():
        raise InputError(str(root), "not a PolNeAR split: expected text/ and attributions/")
    chosen: dict[str, Path] = {}
    for path in sorted(anns.glob("*.ann")):
        stem, sep, _annotator = path.stem.rpartition("_")
        if sep:
            chosen.setdefault(stem, path)
    out = []
    for stem, path in sorted(chosen.items()):
        txt = texts / f"{stem}.txt"
        if not txt.is_file():
            raise InputError(str(path), f"no text {txt.name} for this annotation file")
        text = txt.read_text(encoding="utf-8")
        gold = read_ann(text, path.read_text(encoding="utf-8"), str(path))
        out.append(GoldArticle(stem, text, gold, path.stem.rpartition("_")[2]))
    return tuple(out)


def predicted_attributions(claims: Iterable[Claim]) -> tuple[Attribution, ...]:
    """Claims as attributions; claims sharing a cue are one attribution (a continued quote).

    A claim told inside another's content (``Claim.within``: "Moscow fears that, while
    Washington claims X, …") is left out: PolNeAR rarely marks such a claim. sitrep keeps
    those of another named voice with a clause or a quote for content, for the analyst; on
    PolNeAR's training split 413 of them, of which 19.6 % have a gold cue exactly.
    """
    by_cue: dict[tuple[int, int], tuple[Fragments, list[tuple[int, int]]]] = {}
    for c in claims:
        if c.within is not None:
            continue
        key = (c.cue.start, c.cue.end)
        src: Fragments = (((c.source.span.start, c.source.span.end),)
                          if c.source.span is not None else ())
        if key not in by_cue:
            by_cue[key] = (src, [])
        by_cue[key][1].append((c.content.start, c.content.end))
    return tuple(Attribution(src, (cue,), _around(tuple(sorted(set(content))), cue, src))
                 for cue, (src, content) in sorted(by_cue.items()))


def _around(content: Fragments, cue: tuple[int, int], src: Fragments) -> Fragments:
    """A content less its cue, and less its source where the source lies inside it: "X, he
    said, Y" is told as one content, scored as its parts X and Y."""
    holes = [cue, *((s, e) for s, e in src
                    if any(cs < s and e < ce for cs, ce in content))]
    out = list(content)
    for hs, he in holes:
        out = [piece for s, e in out
               for piece in ((s, min(e, hs)), (max(s, he), e)) if piece[0] < piece[1]]
    return tuple(sorted(out))


def normalise(text: str, frags: Fragments) -> Fragments:
    """Fragments trimmed of edge whitespace/punctuation, adjacent ones merged (see module doc)."""
    trimmed = []
    for s, e in sorted(frags):
        while s < e and (text[s] in EDGE or text[s].isspace()):
            s += 1
        while e > s and (text[e - 1] in EDGE or text[e - 1].isspace()):
            e -= 1
        if s < e:
            trimmed.append((s, e))
    if not trimmed:  # a span of punctuation only, e.g. the cue ":" of "Trump: …"
        trimmed = [(s + len(text[s:e]) - len(text[s:e].lstrip()),
                    e - len(text[s:e]) + len(text[s:e].rstrip())) for s, e in sorted(frags)
                   if text[s:e].strip()]
    merged: list[tuple[int, int]] = []
    for s, e in trimmed:
        if merged and (s <= merged[-1][1] or not text[merged[-1][1]:s].strip(EDGE)):
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return tuple(merged)


def _overlaps(a: Fragments, b: Fragments) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


@dataclass
class _Overlap:
    hit_pred: int = 0
    pred: int = 0
    hit_gold: int = 0
    gold: int = 0

    def add(self, other: _Overlap) -> None:
        self.hit_pred += other.hit_pred
        self.pred += other.pred
        self.hit_gold += other.hit_gold
        self.gold += other.gold


@dataclass(frozen=True)
class OverlapPRF:
    """Token-overlap precision, recall and F1 with the counts behind them."""

    hit_predicted: int
    predicted: int
    hit_gold: int
    gold: int

    @property
    def precision(self) -> float:
        return self.hit_predicted / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.hit_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _tokens(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in WORD_RE.finditer(text)]


def _covered(tokens: list[tuple[int, int]], frags: Iterable[tuple[int, int]]) -> set[int]:
    out = set()
    for s, e in frags:
        out |= {i for i, (ts, te) in enumerate(tokens) if ts < e and s < te}
    return out


def _token_overlap(tokens: list[tuple[int, int]], pred: Sequence[Fragments],
                   gold: Sequence[Fragments]) -> _Overlap:
    gold_all = _covered(tokens, (f for g in gold for f in g))
    pred_all = _covered(tokens, (f for p in pred for f in p))
    out = _Overlap()
    for p in pred:
        toks = _covered(tokens, p)
        out.pred += len(toks)
        out.hit_pred += len(toks & gold_all)
    for g in gold:
        toks = _covered(tokens, g)
        out.gold += len(toks)
        out.hit_gold += len(toks & pred_all)
    return out


@dataclass
class _Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def prf(self) -> PRF:
        return PRF(self.tp, self.fp, self.fn)


Match = Callable[[Attribution, Attribution], bool]


def _count(pred: Sequence[Attribution], gold: Sequence[Attribution], match: Match,
           counts: _Counts) -> None:
    for p in pred:
        if any(match(p, g) for g in gold):
            counts.tp += 1
        else:
            counts.fp += 1
    counts.fn += sum(not any(match(p, g) for p in pred) for g in gold)


def _matchers() -> dict[str, Match]:
    def role_exact(role: str) -> Match:
        return lambda p, g: _overlaps(p.cue, g.cue) and p.role(role) == g.role(role)

    return {
        "cue_exact": lambda p, g: p.cue == g.cue,
        "source_exact": role_exact("source"),
        "content_exact": role_exact("content"),
        "attribution_exact": lambda p, g: p == g,
        "attribution_loose": lambda p, g: _overlaps(p.cue, g.cue)
        and _overlaps(p.content, g.content),
    }


@dataclass(frozen=True)
class ArticleResult:
    name: str
    gold: tuple[Attribution, ...]
    predicted: tuple[Attribution, ...]


@dataclass(frozen=True)
class ClaimScores:
    """Scores of one run over PolNeAR articles (see the module docstring for each metric)."""

    articles: int
    gold_attributions: int
    predicted_attributions: int
    exact: dict[str, PRF]  # cue_exact, source_exact, content_exact, attribution_exact, …_loose
    overlap: dict[str, OverlapPRF]  # cue, source, content, attribution
    results: list[ArticleResult] = field(repr=False)

    def summary(self) -> dict[str, float]:
        """Flat, stable keys: ``{role}_exact_{p,r,f1}``, ``{role}_overlap_{p,r,f1}``, and
        ``attribution_{p,r,f1}`` (all three roles exact), ``attribution_overlap_*``,
        ``attribution_loose_*``."""
        out: dict[str, float] = {}
        for role in ROLES:
            for kind, s in (("exact", self.exact[f"{role}_exact"]),
                            ("overlap", self.overlap[role])):
                out[f"{role}_{kind}_p"] = round(s.precision, 4)
                out[f"{role}_{kind}_r"] = round(s.recall, 4)
                out[f"{role}_{kind}_f1"] = round(s.f1, 4)
        for prefix, t in (("attribution", self.exact["attribution_exact"]),
                          ("attribution_overlap", self.overlap["attribution"]),
                          ("attribution_loose", self.exact["attribution_loose"])):
            out[f"{prefix}_p"] = round(t.precision, 4)
            out[f"{prefix}_r"] = round(t.recall, 4)
            out[f"{prefix}_f1"] = round(t.f1, 4)
        return out


def _normalised(text: str, atts: Iterable[Attribution]) -> tuple[Attribution, ...]:
    return tuple(Attribution(*(normalise(text, a.role(r)) for r in ROLES)) for a in atts)


def score_article(text: str, gold: Sequence[Attribution], predicted: Sequence[Attribution],
                  counts: dict[str, _Counts], overlaps: dict[str, _Overlap]) -> None:
    """Add one article's counts to ``counts`` and ``overlaps`` (normalising spans first)."""
    gold, predicted = _normalised(text, gold), _normalised(text, predicted)
    for name, match in _matchers().items():
        _count(predicted, gold, match, counts[name])
    tokens = _tokens(text)
    for role in ROLES:
        o = _token_overlap(tokens, [p.role(role) for p in predicted],
                           [g.role(role) for g in gold])
        overlaps[role].add(o)
        overlaps["attribution"].add(o)


def evaluate_claims(articles: Sequence[GoldArticle], analyse: Analyse) -> ClaimScores:
    """Run ``analyse`` over the gold articles' texts and score the claims it finds."""
    counts = {name: _Counts() for name in _matchers()}
    overlaps = {name: _Overlap() for name in (*ROLES, "attribution")}
    results = []
    inputs = [Article(text=a.text, origin=f"polnear:{a.name}") for a in articles]
    analyses = list(analyse(inputs))
    if len(analyses) != len(articles):
        raise ValueError(f"{len(articles)} articles but {len(analyses)} analyses")
    for gold_article, analysis in zip(articles, analyses, strict=True):
        predicted = predicted_attributions(analysis.claims)
        score_article(gold_article.text, gold_article.attributions, predicted, counts, overlaps)
        results.append(ArticleResult(gold_article.name, gold_article.attributions, predicted))
    return ClaimScores(
        articles=len(articles),
        gold_attributions=sum(len(a.attributions) for a in articles),
        predicted_attributions=sum(len(r.predicted) for r in results),
        exact={k: c.prf() for k, c in counts.items()},
        overlap={k: OverlapPRF(o.hit_pred, o.pred, o.hit_gold, o.gold)
                 for k, o in overlaps.items()},
        results=results,
    )


ExtractClaims = Callable[..., tuple[Claim, ...]]


def claims_only(nlp: Language, extract: ExtractClaims | None = None, *, batch_size: int = 16
                ) -> Analyse:
    """An ``analyse`` function that parses with ``nlp`` and runs only the claims stage.

    ``extract`` defaults to :func:`sitrep.extract.claims.extract_claims`; the full pipeline
    (``Pipeline.analyze_many``) gives the same claims, only slower.
    """
    if extract is None:
        from sitrep.extract.claims import extract_claims
        extract = extract_claims
    run: ExtractClaims = extract

    def analyse(articles: Iterable[Article]) -> Iterator[Analysis]:
        pairs = ((a.text, a) for a in articles)
        doc: Doc
        for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            yield Analysis(article=article, claims=run(doc, article=article))

    return analyse
