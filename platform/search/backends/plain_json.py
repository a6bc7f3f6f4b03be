"""A transport node that lets the `elasticsearch` client talk to OpenSearch 2.

Out of the box the client refuses OpenSearch twice over: it sends
`application/vnd.elasticsearch+json; compatible-with=9` as Accept and
Content-Type, which OpenSearch answers with 406, and it raises
UnsupportedProductError when a response lacks the header
`X-Elastic-Product: Elasticsearch`, which OpenSearch never sends. No client
option turns either off. This node rewrites the media types to plain
`application/json` / `application/x-ndjson` on the way out and marks the
answers as checked on the way back; settings.SEARCH_ENGINE = "opensearch"
selects it (search-engine/python_client_check.py is the prototype).

Only what OpenSearch 2 shares with Elasticsearch 7.10+ may be used through
it: the index, alias, bulk, search, scroll and aggregation calls of
backends/engine.py are.
"""

import dataclasses
import re

from elastic_transport import Urllib3HttpNode

_COMPATIBLE = re.compile(
    r"application/vnd\.elasticsearch\+([\w-]+)(\s*;\s*compatible-with=\d+)?")
PRODUCT_HEADER = "x-elastic-product"


def plain(media_type):
    """`application/vnd.elasticsearch+json; compatible-with=9` -> `application/json`."""
    return _COMPATIBLE.sub(r"application/\1", media_type)


class PlainJsonNode(Urllib3HttpNode):
    """Urllib3 node speaking plain JSON, for an OpenSearch 2 cluster."""

    def perform_request(self, method, target, body=None, headers=None, **kwargs):
        if headers is not None:
            headers = headers.copy()
            for name in ("accept", "content-type"):
                if name in headers:
                    headers[name] = plain(headers[name])
        response = super().perform_request(method, target, body=body, headers=headers, **kwargs)
        response_headers = response.meta.headers.copy()
        response_headers.setdefault(PRODUCT_HEADER, "Elasticsearch")
        # The node's response is a named tuple (meta, body).
        return response._replace(meta=dataclasses.replace(response.meta, headers=response_headers))
