#!/usr/bin/env bash
# Smoke checks against a running search engine (search-engine/run): cluster info,
# a Dutch analyzer built from analysis-common filters, indexing, search with
# highlighting and a terms aggregation. Exits non-zero at the first failed check.
#   search-engine/smoke.sh [base-url]      (default http://127.0.0.1:9200)
set -euo pipefail
base="${1:-${SEARCH_ENGINE_URL:-http://127.0.0.1:9200}}"
index="wzn-smoke-$$"
failures=0

call() {  # call METHOD PATH [JSON-BODY] -> prints the response body, fails on HTTP >= 400
    local method="$1" path="$2" body="${3:-}"
    if [[ -n "$body" ]]; then
        curl -sS --fail-with-body -X "$method" -H 'Content-Type: application/json' "$base$path" -d "$body"
    else
        curl -sS --fail-with-body -X "$method" "$base$path"
    fi
}

check() {  # check NAME RESPONSE PYTHON-EXPRESSION-ON-r
    local name="$1" response="$2" expr="$3"
    if python3 -c "import json,sys; r=json.loads(sys.argv[1]); sys.exit(0 if ($expr) else 1)" "$response"; then
        echo "ok   $name"
    else
        echo "FAIL $name: $response" >&2
        failures=$((failures + 1))
    fi
}

tokens() {  # tokens TEXT -> _analyze response for the index's Dutch analyzer
    call POST "/$index/_analyze" "{\"analyzer\": \"dutch_text\", \"text\": \"$1\"}"
}

trap 'curl -s -X DELETE "$base/$index" >/dev/null 2>&1 || true' EXIT

info="$(call GET /)"
echo "$info"
check "cluster info" "$info" "r['cluster_name'] == 'wzn-search' and 'number' in r['version']"

settings='{
  "settings": {"number_of_shards": 1, "number_of_replicas": 0,
    "analysis": {
      "filter": {
        "dutch_stop": {"type": "stop", "stopwords": "_dutch_"},
        "dutch_stem": {"type": "stemmer", "language": "dutch"},
        "dutch_parts": {"type": "dictionary_decompounder",
          "word_list": ["jeugd", "hulp", "verlener", "zorg", "lezen", "problemen"]},
        "dutch_synonyms": {"type": "synonym_graph",
          "synonyms": ["tlv, toelaatbaarheidsverklaring", "ass, autisme"]}
      },
      "analyzer": {
        "dutch_text": {"type": "custom", "tokenizer": "standard",
          "filter": ["lowercase", "asciifolding", "dutch_synonyms", "dutch_stop",
                     "dutch_parts", "dutch_stem"]}
      }
    }},
  "mappings": {"properties": {
    "title": {"type": "text", "analyzer": "dutch_text"},
    "body": {"type": "text", "analyzer": "dutch_text"},
    "pillar": {"type": "keyword"}
  }}
}'
created="$(call PUT "/$index" "$settings")"
check "create index with Dutch analyzer" "$created" "r.get('acknowledged') is True"

compound="$(tokens jeugdhulpverleners)"
echo "_analyze jeugdhulpverleners: $compound"
check "decompounder splits jeugdhulpverleners" "$compound" \
    "{'jeugd', 'hulp'} <= {t['token'] for t in r['tokens']}"

synonym="$(tokens Toelaatbaarheidsverklaring)"
echo "_analyze Toelaatbaarheidsverklaring: $synonym"
check "synonym tlv for Toelaatbaarheidsverklaring" "$synonym" \
    "'tlv' in {t['token'] for t in r['tokens']}"

call PUT "/$index/_doc/1?refresh=true" \
    '{"title": "Jeugdhulpverleners in de wijk", "body": "Wie helpt bij leesproblemen en een TLV?", "pillar": "kennisbank"}' >/dev/null
call PUT "/$index/_doc/2?refresh=true" \
    '{"title": "Ouderavond over ASS", "body": "Een avond voor ouders van kinderen met ASS.", "pillar": "agenda"}' >/dev/null

hulp="$(call POST "/$index/_search" '{
  "query": {"multi_match": {"query": "hulp", "fields": ["title", "body"]}},
  "highlight": {"fields": {"title": {}, "body": {}}},
  "aggs": {"pillars": {"terms": {"field": "pillar"}}}
}')"
echo "search hulp: $hulp"
check "search 'hulp' finds the compound word" "$hulp" \
    "[h['_id'] for h in r['hits']['hits']] == ['1'] and '<em>' in str(r['hits']['hits'][0]['highlight'])"
check "terms aggregation" "$hulp" \
    "[b['key'] for b in r['aggregations']['pillars']['buckets']] == ['kennisbank']"

autisme="$(call POST "/$index/_search" '{
  "query": {"match": {"body": "autisme"}},
  "highlight": {"fields": {"body": {}}}
}')"
echo "search autisme: $autisme"
check "search 'autisme' finds ASS by synonym" "$autisme" \
    "[h['_id'] for h in r['hits']['hits']] == ['2'] and '<em>' in str(r['hits']['hits'][0]['highlight'])"

if (( failures > 0 )); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all search engine checks passed"
