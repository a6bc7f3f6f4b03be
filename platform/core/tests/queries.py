"""Counting the queries of a page, for the fixed-count tests of list pages."""

from urllib.parse import urlsplit

import icalendar
from django.db import connection
from django.test.utils import CaptureQueriesContext

from .html import parse


def page_queries(client, url, links=()):
    """How many queries a GET of `url` costs once caches and the session are warm.

    The first request of a session records the session itself and fills
    per-process caches; those are not part of the page, so it is made first
    and not counted. The page must answer 200 and link to every address in
    `links` (the rows the test made): a page that lists nothing costs few
    queries too, and always the same number.
    """
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    assert_links_to(response, links)
    return len(captured)


def assert_links_to(response, links):
    """Fail, naming what is missing, unless the page links to each of `links`."""
    found = linked_addresses(response)
    missing = [link for link in links if _address(link) not in found]
    assert not missing, (
        f"{len(missing)} of {len(links)} links are not on the page "
        f"(is the page size smaller than the rows?): {missing}")


def linked_addresses(response):
    """Where an HTML page links to, or the event URLs of an iCalendar feed."""
    if response["Content-Type"].startswith("text/calendar"):
        events = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
        hrefs = [str(event["url"]) for event in events if "url" in event]
    else:
        hrefs = [a["href"] for a in parse(response).find_all("a", href=True)]
    return {_address(href) for href in hrefs}


def _address(href):
    """A link's path and fragment: the same row whether the link is absolute
    or relative, or carries a query string."""
    parts = urlsplit(href)
    return parts.path + (f"#{parts.fragment}" if parts.fragment else "")
