"""sitrep: conflict news in, a verifiable, geocoded record of events and claims out."""

from sitrep.model import (
    Analysis,
    Article,
    Claim,
    Event,
    Flag,
    Place,
    Span,
    Story,
    Toponym,
)

__version__ = "0.1.0"

__all__ = [
    "Analysis",
    "Article",
    "Claim",
    "Event",
    "Flag",
    "Place",
    "Span",
    "Story",
    "Toponym",
    "__version__",
]
