"""Countries the exporters can name: ISO 3166-1 alpha-2 -> alpha-3, numeric, ACLED name, region.

Codes from ISO 3166-1; names and regions as ACLED spells them in its exports (ACLED
codebook, "iso", "country" and "region" columns). Only the Middle East, North Africa and the
countries most present in the news sitrep reads are listed; others export blank.
"""

from __future__ import annotations

from typing import NamedTuple


class Country(NamedTuple):
    alpha3: str
    numeric: int
    name: str
    region: str


COUNTRIES: dict[str, Country] = {
    # Middle East
    "AE": Country("ARE", 784, "United Arab Emirates", "Middle East"),
    "BH": Country("BHR", 48, "Bahrain", "Middle East"),
    "IL": Country("ISR", 376, "Israel", "Middle East"),
    "IQ": Country("IRQ", 368, "Iraq", "Middle East"),
    "IR": Country("IRN", 364, "Iran", "Middle East"),
    "JO": Country("JOR", 400, "Jordan", "Middle East"),
    "KW": Country("KWT", 414, "Kuwait", "Middle East"),
    "LB": Country("LBN", 422, "Lebanon", "Middle East"),
    "OM": Country("OMN", 512, "Oman", "Middle East"),
    "PS": Country("PSE", 275, "Palestine", "Middle East"),
    "QA": Country("QAT", 634, "Qatar", "Middle East"),
    "SA": Country("SAU", 682, "Saudi Arabia", "Middle East"),
    "SY": Country("SYR", 760, "Syria", "Middle East"),
    "TR": Country("TUR", 792, "Turkey", "Middle East"),
    "YE": Country("YEM", 887, "Yemen", "Middle East"),
    # Northern Africa
    "DZ": Country("DZA", 12, "Algeria", "Northern Africa"),
    "EG": Country("EGY", 818, "Egypt", "Northern Africa"),
    "EH": Country("ESH", 732, "Western Sahara", "Northern Africa"),
    "LY": Country("LBY", 434, "Libya", "Northern Africa"),
    "MA": Country("MAR", 504, "Morocco", "Northern Africa"),
    "SD": Country("SDN", 729, "Sudan", "Northern Africa"),
    "TN": Country("TUN", 788, "Tunisia", "Northern Africa"),
    # Neighbours and the powers in these wars
    "AF": Country("AFG", 4, "Afghanistan", "South Asia"),
    "BY": Country("BLR", 112, "Belarus", "Europe"),
    "RU": Country("RUS", 643, "Russia", "Europe"),
    "UA": Country("UKR", 804, "Ukraine", "Europe"),
    "US": Country("USA", 840, "United States", "North America"),
}


def country(alpha2: str | None) -> Country | None:
    """The country for an ISO alpha-2 code, or None when unknown or not listed."""
    return COUNTRIES.get(alpha2.upper()) if alpha2 else None
