"""Place evaluation: toponym recognition and resolution on LGL (Lieberman et al. 2010).

``lgl.xml`` holds local-news articles whose toponyms carry character offsets and, where the
annotators found one, the GeoNames entry (id, feature code, latitude, longitude). Each article
is analysed whole (title sentence and body are one text in LGL), with the outlet's domain and
the article's address as its ``outlet`` and ``url`` (metadata a user has too), and its toponyms
(:attr:`Analysis.places`) are compared with the gold ones.

**Recognition.** A predicted toponym is an *exact* hit when its span equals a gold span, an
*overlap* hit when the spans share a character; each gold toponym is matched at most once,
nearest start first. Precision, recall and F1 are given for both.

**Resolution**, as geoparsing papers report it: over the gold toponyms that have coordinates
and were recognised (overlap), the great-circle distance from the place sitrep chose to the
gold point. ``acc161`` is the share within 161 km (100 miles); a recognised toponym sitrep left
unresolved counts as a miss. ``mean_error_km`` and ``median_error_km`` are over the resolved
ones; ``geonames_match`` is the share whose GeoNames id equals the gold id.
"""

from __future__ import annotations

import statistics
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.errors import InputError
from sitrep.evaluate.metrics import PRF
from sitrep.model import Analysis, Article, Place, Toponym, great_circle_km

Analyse = Callable[[Iterable[Article]], Iterable[Analysis]]
ACC_KM = 161.0


@dataclass(frozen=True)
class GoldToponym:
    start: int
    end: int
    phrase: str
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    feature_code: str | None = None
    country: str | None = None  # the country's name, as LGL gives it


@dataclass(frozen=True)
class GoldArticle:
    id: str
    text: str
    toponyms: tuple[GoldToponym, ...]
    # the outlet's domain and the article's address, metadata a user has too
    domain: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Resolution:
    """One recognised gold toponym and what sitrep resolved it to (None: unresolved)."""

    article: str
    gold: GoldToponym
    place: Place | None
    error_km: float | None


@dataclass(frozen=True)
class PlaceScores:
    articles: int
    exact: PRF
    overlap: PRF
    resolutions: tuple[Resolution, ...] = field(repr=False)
    # (article id, start, end, text) of predicted toponyms that match no gold one
    spurious: tuple[tuple[str, int, int, str], ...] = field(repr=False, default=())
    missed: tuple[tuple[str, GoldToponym], ...] = field(repr=False, default=())

    @property
    def acc161(self) -> float:
        if not self.resolutions:
            return 0.0
        hits = sum(1 for r in self.resolutions if r.error_km is not None and r.error_km <= ACC_KM)
        return hits / len(self.resolutions)

    @property
    def errors_km(self) -> list[float]:
        return [r.error_km for r in self.resolutions if r.error_km is not None]

    @property
    def geonames_match(self) -> float:
        if not self.resolutions:
            return 0.0
        same = sum(
            1
            for r in self.resolutions
            if r.place is not None and r.place.geonames_id == r.gold.geonames_id
        )
        return same / len(self.resolutions)

    def by_feature(self) -> dict[str, tuple[int, float]]:
        """Acc@161 by gold feature code: code -> (toponyms, accuracy)."""
        counts: Counter[str] = Counter()
        hits: Counter[str] = Counter()
        for r in self.resolutions:
            code = r.gold.feature_code or "?"
            counts[code] += 1
            hits[code] += r.error_km is not None and r.error_km <= ACC_KM
        return {code: (n, hits[code] / n) for code, n in counts.most_common()}

    def summary(self) -> dict[str, float]:
        errors = self.errors_km
        return {
            "recognition_precision": round(self.exact.precision, 4),
            "recognition_recall": round(self.exact.recall, 4),
            "recognition_f1": round(self.exact.f1, 4),
            "overlap_f1": round(self.overlap.f1, 4),
            "acc161": round(self.acc161, 4),
            "mean_error_km": round(statistics.fmean(errors), 1) if errors else 0.0,
            "median_error_km": round(statistics.median(errors), 1) if errors else 0.0,
            "geonames_match": round(self.geonames_match, 4),
        }


def _int(text: str | None) -> int | None:
    try:
        return int(text) if text else None
    except ValueError:
        return None


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text else None
    except ValueError:
        return None


def read_lgl(path: Path) -> list[GoldArticle]:
    """The articles of an LGL-format XML file; InputError when it is not one."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise InputError(str(path), f"not readable as LGL XML: {exc}") from exc
    articles: list[GoldArticle] = []
    for element in root.iter("article"):
        doc_id = element.get("docid") or str(len(articles))
        text = element.findtext("text")
        if text is None:
            raise InputError(f"{path}: article {doc_id}", "has no <text>")
        toponyms = []
        for t in element.iterfind("toponyms/toponym"):
            start, end = _int(t.findtext("start")), _int(t.findtext("end"))
            if start is None or end is None or not 0 <= start < end <= len(text):
                raise InputError(f"{path}: article {doc_id}", "a toponym has bad offsets")
            tag = t.find("gaztag")
            toponyms.append(
                GoldToponym(
                    start,
                    end,
                    text[start:end],
                    geonames_id=_int(tag.get("geonameid")) if tag is not None else None,
                    lat=_float(tag.findtext("lat")) if tag is not None else None,
                    lon=_float(tag.findtext("lon")) if tag is not None else None,
                    feature_code=tag.findtext("fcode") if tag is not None else None,
                    country=tag.findtext("country") if tag is not None else None,
                )
            )
        articles.append(
            GoldArticle(
                doc_id,
                text,
                tuple(toponyms),
                domain=(element.findtext("domain") or "").strip() or None,
                url=(element.findtext("url") or "").strip() or None,
            )
        )
    if not articles:
        raise InputError(str(path), "no <article> elements: not an LGL file")
    return articles


def _match(
    gold: Sequence[GoldToponym], predicted: Sequence[Toponym], *, exact: bool
) -> list[tuple[GoldToponym, Toponym]]:
    """One-to-one pairs of gold and predicted toponyms (exact spans, or overlapping ones)."""
    pairs = []
    free = list(gold)
    for toponym in predicted:
        s, e = toponym.span.start, toponym.span.end
        fits = [
            g for g in free if ((g.start, g.end) == (s, e) if exact else g.start < e and s < g.end)
        ]
        if fits:
            best = min(fits, key=lambda g: abs(g.start - s))
            free.remove(best)
            pairs.append((best, toponym))
    return pairs


def evaluate_places(articles: Sequence[GoldArticle], analyze: Analyse) -> PlaceScores:
    """Score the toponyms ``analyze`` finds in ``articles`` against the gold ones."""
    n_gold = n_predicted = n_exact = n_overlap = 0
    resolutions: list[Resolution] = []
    spurious: list[tuple[str, int, int, str]] = []
    missed: list[tuple[str, GoldToponym]] = []
    inputs = [
        Article(text=a.text, origin=f"lgl:{a.id}", outlet=a.domain, url=a.url) for a in articles
    ]
    for gold, analysis in zip(articles, analyze(inputs), strict=True):
        predicted = analysis.places
        n_gold += len(gold.toponyms)
        n_predicted += len(predicted)
        n_exact += len(_match(gold.toponyms, predicted, exact=True))
        pairs = _match(gold.toponyms, predicted, exact=False)
        n_overlap += len(pairs)
        matched_gold = {id(g) for g, _ in pairs}
        matched_pred = {id(t) for _, t in pairs}
        missed += [(gold.id, g) for g in gold.toponyms if id(g) not in matched_gold]
        spurious += [
            (gold.id, t.span.start, t.span.end, t.span.text)
            for t in predicted
            if id(t) not in matched_pred
        ]
        for g, t in pairs:
            if g.lat is None or g.lon is None:
                continue
            error = None
            if t.place is not None:
                error = great_circle_km(g.lat, g.lon, t.place.lat, t.place.lon)
            resolutions.append(Resolution(gold.id, g, t.place, error))
    exact = PRF(n_exact, n_predicted - n_exact, n_gold - n_exact)
    overlap = PRF(n_overlap, n_predicted - n_overlap, n_gold - n_overlap)
    return PlaceScores(
        len(articles), exact, overlap, tuple(resolutions), tuple(spurious), tuple(missed)
    )
