"""Counting the queries of a page, for the fixed-count tests of list pages."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def page_queries(client, url):
    """How many queries a GET of `url` costs once caches and the session are warm.

    The first request of a session records the session itself and fills
    per-process caches; those are not part of the page, so it is made first
    and not counted. The page must answer 200.
    """
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(captured)
