"""Helpers for tests that read the rendered page as a person's tools would."""

from bs4 import BeautifulSoup


def parse(response):
    """The response body as a BeautifulSoup document."""
    return BeautifulSoup(response.content.decode(), "html.parser")


def h1_texts(soup):
    return [h1.get_text(" ", strip=True) for h1 in soup.find_all("h1")]


def main_nav_labels(soup):
    nav = soup.find("nav", attrs={"aria-label": "Hoofdmenu"})
    return [a.get_text(strip=True) for a in nav.find_all("a")] if nav else []
