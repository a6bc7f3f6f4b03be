"""Prototype: the official `elasticsearch` Python client (8.x/9.x) against the dev engine.

Stand-alone; not imported by the project. Run it against a started engine
(search-engine/run) from a throwaway virtualenv:

    python3 -m venv /tmp/esvenv && /tmp/esvenv/bin/pip install elasticsearch
    /tmp/esvenv/bin/python search-engine/python_client_check.py [http://127.0.0.1:9200]

Why a custom node class: out of the box the client refuses OpenSearch twice over.
1. It sends `Accept`/`Content-Type: application/vnd.elasticsearch+json;
   compatible-with=9` (or =8); OpenSearch answers 406 for such a Content-Type.
2. It raises UnsupportedProductError unless a 2xx response carries the header
   `X-Elastic-Product: Elasticsearch`, which OpenSearch never sends.
The client has no option to turn either off (only its serverless mode swaps the
media type, and it still checks the product header), so the smallest honest fix is
a transport node that rewrites the media types to plain `application/json` /
`application/x-ndjson` on the way out and marks responses from this one known,
local engine as verified on the way back. For production, point the project at a
real Elasticsearch (no node class needed) or use `opensearch-py` with OpenSearch.
"""

from __future__ import annotations

import dataclasses
import re
import sys
import time

from elastic_transport import Urllib3HttpNode
from elastic_transport._node._base import NodeApiResponse
from elasticsearch import Elasticsearch
from elasticsearch.dsl import Document, Keyword, Search, Text, analyzer, token_filter

_COMPAT = re.compile(r"application/vnd\.elasticsearch\+([\w-]+)(\s*;\s*compatible-with=\d+)?")


class PlainJsonNode(Urllib3HttpNode):
    """Urllib3 node that speaks plain JSON and vouches for a local OpenSearch dev engine."""

    def perform_request(self, method, target, body=None, headers=None, **kwargs):
        if headers is not None:
            headers = headers.copy()
            for name in ("accept", "content-type"):
                if name in headers:
                    headers[name] = _COMPAT.sub(r"application/\1", headers[name])
        response = super().perform_request(method, target, body=body, headers=headers, **kwargs)
        response_headers = response.meta.headers.copy()
        response_headers.setdefault("x-elastic-product", "Elasticsearch")
        meta = dataclasses.replace(response.meta, headers=response_headers)
        return NodeApiResponse(meta, response.body)


dutch_text = analyzer(
    "dutch_text",
    tokenizer="standard",
    filter=[
        "lowercase",
        "asciifolding",
        token_filter(
            "dutch_synonyms",
            "synonym_graph",
            synonyms=["tlv, toelaatbaarheidsverklaring", "ass, autisme"],
        ),
        token_filter("dutch_stop", "stop", stopwords="_dutch_"),
        token_filter(
            "dutch_parts",
            "dictionary_decompounder",
            word_list=["jeugd", "hulp", "verlener", "zorg", "lezen", "problemen"],
        ),
        token_filter("dutch_stem", "stemmer", language="dutch"),
    ],
)


class Article(Document):
    title = Text(analyzer=dutch_text)
    body = Text(analyzer=dutch_text)
    pillar = Keyword()

    class Index:
        name = "wzn-python-check"
        settings = {"number_of_shards": 1, "number_of_replicas": 0}


DOCS = [
    {"_id": "1", "title": "Jeugdhulpverleners in de wijk",
     "body": "Wie helpt bij leesproblemen en een TLV?", "pillar": "kennisbank"},
    {"_id": "2", "title": "Ouderavond over ASS",
     "body": "Een avond voor ouders van kinderen met ASS.", "pillar": "agenda"},
]


def check(name: str, ok: bool, detail: object) -> bool:
    print(f"{'ok  ' if ok else 'FAIL'} {name}: {detail}")
    return ok


def stock_client_refuses(url: str) -> None:
    """Show what the unmodified client does, so a future client change is noticed."""
    try:
        Elasticsearch(url).info()
        print("note: the unmodified client was accepted")
    except Exception as error:  # noqa: BLE001 - only reported
        print(f"stock client refuses, as expected: {type(error).__name__}: {error}")


def index_and_analyze(es: Elasticsearch) -> list[bool]:
    info = es.info()
    results = [check("info()", info["cluster_name"] == "wzn-search", info["version"])]
    es.options(ignore_status=404).indices.delete(index=Article.Index.name)
    Article.init(using=es)
    tokens = es.indices.analyze(
        index=Article.Index.name, analyzer="dutch_text", text="jeugdhulpverleners"
    )
    words = [t["token"] for t in tokens["tokens"]]
    results.append(check("index with Dutch analyzer", {"jeugd", "hulp"} <= set(words), words))
    actions = []
    for doc in DOCS:
        actions += [{"index": {"_index": Article.Index.name, "_id": doc["_id"]}},
                    {k: v for k, v in doc.items() if k != "_id"}]
    bulk = es.bulk(operations=actions, refresh=True)
    results.append(check("bulk index", not bulk["errors"], f"{len(bulk['items'])} items"))
    return results


def search_with_dsl(es: Elasticsearch) -> list[bool]:
    search = (Search(using=es, index=Article.Index.name)
              .query("multi_match", query="hulp autisme", fields=["title", "body"])
              .highlight("title", "body"))
    search.aggs.bucket("pillars", "terms", field="pillar")
    response = search.execute()
    ids = sorted(hit.meta.id for hit in response)
    buckets = {b.key: b.doc_count for b in response.aggregations.pillars.buckets}
    highlights = [list(hit.meta.highlight.to_dict().values()) for hit in response]
    return [
        check("dsl Search hits", ids == ["1", "2"], ids),
        check("terms aggregation", buckets == {"agenda": 1, "kennisbank": 1}, buckets),
        check("highlight", all("<em>" in str(h) for h in highlights), highlights),
        check("Document.get", Article.get(id="2", using=es).pillar == "agenda", "id 2"),
    ]


def main(url: str) -> int:
    stock_client_refuses(url)
    es = Elasticsearch(url, node_class=PlainJsonNode)
    results = index_and_analyze(es) + search_with_dsl(es)
    es.indices.delete(index=Article.Index.name)
    print(f"{sum(results)} passed, {len(results) - sum(results)} failed")
    return 0 if all(results) else 1


if __name__ == "__main__":
    started = time.monotonic()
    code = main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:9200")
    print(f"took {time.monotonic() - started:.1f}s")
    sys.exit(code)
