"""The outlet as evidence of where a story is: its site's country and its home town.

The addresses and names are made up for these tests.
"""

from __future__ import annotations

from sitrep.extract.place_outlet import Outlet, host_of, outlet_of
from sitrep.model import Article


def article(url: str | None = None, outlet: str | None = None) -> Article:
    return Article(text="Police said a man was arrested.", origin="test", url=url, outlet=outlet)


def test_a_country_code_domain_names_the_country() -> None:
    assert outlet_of(article("https://www.valleyherald.co.uk/news/1234")).country == "GB"
    assert outlet_of(article("http://lakeshorepress.ca/story?id=9")).country == "CA"
    assert outlet_of(article(outlet="eveningnews.ie")).country == "IE"
    assert outlet_of(article("https://www.dailynews.com.lb/article/5")).country == "LB"


def test_generic_domains_name_no_country() -> None:
    assert outlet_of(article("https://www.riverdaletimes.com/a/1")).country is None
    assert outlet_of(article("https://watch.newsnetwork.tv/clip/7")).country is None  # vanity
    assert outlet_of(article()) == Outlet()


def test_the_host_comes_from_the_address_or_a_domain_outlet() -> None:
    assert host_of(article("https://www.riverdaletimes.com/a/1")) == "www.riverdaletimes.com"
    assert host_of(article(outlet="riverdaletimes.com")) == "riverdaletimes.com"
    assert host_of(article(outlet="The Riverdale Times")) is None


def test_a_town_in_the_outlets_address_is_its_home() -> None:
    outlet = outlet_of(article("https://www.springfieldgazette.com/news/local/1"))
    assert outlet.labels == ("springfieldgazette",)
    assert outlet.names_home("Springfield")
    assert outlet.names_home("SPRINGFIELD")
    assert not outlet.names_home("Gazette City")
    # a name this short turns up inside words by chance
    assert not outlet_of(article("https://www.thedailystar.com/x")).names_home("Star")


def test_a_town_in_the_outlets_name_is_its_home() -> None:
    outlet = outlet_of(article(outlet="The Paris Courier"))
    assert outlet.names_home("Paris")
    assert not outlet.names_home("Courier City")
    assert not outlet.names_home("Par")


def test_hyphens_and_second_level_labels_are_not_the_name() -> None:
    outlet = outlet_of(article("https://www.lake-county-record.co.uk/x"))
    assert outlet.labels == ("lakecountyrecord",)
    assert outlet.country == "GB"
