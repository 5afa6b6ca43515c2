"""What the outlet says about where a story is: its site's country and its home town.

A news site's address is evidence a reader has before the text: a site under a country-code
domain (``.co.uk``, ``.ca``, ``.ru``) is, as a rule, of that country (``knowledge/
country_tlds.tsv``), and a local paper is named after its town ("columbustelegram.com", "The
Paris News"), so an unqualified "Columbus" in it is that town, not the largest namesake.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

from sitrep.gazetteer import normalize
from sitrep.model import Article

COUNTRY_TLDS_TABLE = "country_tlds.tsv"
# Labels of a host that are not the outlet's name.
_NOT_NAME = frozenset({"www", "news", "m", "mobile", "amp", "edition", "online", "weekly"})
# Second-level labels under a ccTLD ("co.uk", "com.lb", "org.eg").
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "ltd", "plc"})
# A home-town name must be at least this long to be looked for inside a run-together host
# label ("palestineherald"): shorter names turn up inside words by chance.
_MIN_HOST_NAME = 5
_HOST = re.compile(r"^[a-z0-9.-]+$")


@dataclass(frozen=True)
class Outlet:
    """Where an article's outlet is: ``country`` by its site's ccTLD (None for .com and the
    like); ``labels`` the name labels of its host, lowercased, without hyphens
    ("columbustelegram"); ``words`` the outlet's name, normalized ("the paris news")."""

    country: str | None = None
    labels: tuple[str, ...] = ()
    words: str = ""

    def names_home(self, name: str) -> bool:
        """Whether ``name`` (a place name of the article) is the outlet's home town, as its
        name or its site's address tell it ("Paris" in "The Paris News" or "parisnews.com")."""
        key = normalize(name)
        if not key:
            return False
        if self.words and f" {key} " in f" {self.words} ":
            return True
        packed = key.replace(" ", "")
        return len(packed) >= _MIN_HOST_NAME and any(packed in label for label in self.labels)


@cache
def _country_tlds() -> dict[str, str]:
    from sitrep.knowledge import read_table

    return {row["tld"].lower(): row["country"] for row in read_table(COUNTRY_TLDS_TABLE)}


def host_of(article: Article) -> str | None:
    """The host of the article's address, or of its outlet when that is written as a domain
    ("thetowntalk.com"); None when neither is one."""
    for text in (article.url, article.outlet):
        if not text:
            continue
        text = text.strip().lower()
        host = urlsplit(text if "//" in text else f"//{text}").hostname or ""
        if "." in host and _HOST.match(host):
            return host
    return None


def outlet_of(article: Article) -> Outlet:
    """The outlet evidence of an article (empty when it has no address or outlet name)."""
    host = host_of(article)
    words = ""
    if article.outlet and (host is None or article.outlet.strip().lower() != host):
        words = normalize(article.outlet)
    if host is None:
        return Outlet(words=words)
    parts = host.split(".")
    country = _country_tlds().get(parts[-1]) if len(parts) > 1 else None
    names = parts[:-1]
    if country and len(names) > 1 and names[-1] in _SECOND_LEVEL:
        names = names[:-1]
    labels = tuple(p.replace("-", "") for p in names if p not in _NOT_NAME)
    return Outlet(country=country, labels=labels, words=words)
