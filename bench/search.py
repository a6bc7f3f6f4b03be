"""Search benchmark: index build time and query latency per backend.

    DATABASE_URL=postgres://wzn:wzn@127.0.0.1:5432/wzn \\
    [ELASTICSEARCH_URL=http://127.0.0.1:9200 SEARCH_ENGINE=opensearch] \\
        .venv/bin/python bench/search.py --documents 100000 --queries 200

Generates documents of Dutch text over the domain's vocabulary (themes,
wijken, abbreviations, everyday words), with a realistic spread of access
tokens (public, professionals, 200 groups, private), and indexes them in
the database backend and, when ELASTICSEARCH_URL is set, in the engine.
Then asks `--queries` representative queries through the search service
(with facets) as a signed-in professional in five groups and as an
anonymous parent (the parents' search), and reports p50/p95/max latency.
Runs in a throw-away test database, like the other benchmarks.
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "platform")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

THEMAS = ["Dyslexie", "Hoogbegaafdheid", "Autisme", "Thuiszitters", "Nieuwkomers", "Meldcode",
          "Taalontwikkeling", "Gedrag", "Passend onderwijs", "Armoede", "Sport en bewegen"]
WIJKEN = ["Meerzicht", "Palenstein", "Buytenwegh", "Seghwaert", "Oosterheem", "Rokkeveen",
          "Noordhove", "Dorp", "Driemanspolder", "Stadscentrum"]
DOELGROEPEN = ["Ouders", "Jongeren", "Leerkrachten", "PO", "VO", "MBO"]
TYPES = ["kennis", "actueel", "praktijk", "ouders", "sociale-kaart", "activiteit", "bericht",
         "reactie", "persoon"]
# Domain words, everyday Dutch words and compounds made from domain parts,
# drawn with a Zipf-like spread: a few words are everywhere, most are rare,
# as in real text.
DOMAIN = ("kind kinderen ouders leerling school scholen klas leerkracht intern begeleider "
          "zorg jeugdzorg jeugdhulp jeugdhulpverlener wijkteam gezin gezinscoach ondersteuning "
          "ondersteuningsteam toelaatbaarheidsverklaring samenwerkingsverband onderwijs passend "
          "lezen leesproblemen rekenen taal spraak gedrag thuiszitten verzuim leerplicht "
          "dyslexie hoogbegaafd autisme meldcode veiligheid armoede sport bewegen pilot "
          "training bijeenkomst aanmelden vragen hulp advies consultatie toegang wachtlijst "
          "specialistische behandeling opvoeding peuter kleuter puber nieuwkomer taalklas "
          "schoolmaatschappelijk werk jeugdverpleegkundige jeugdarts orthopedagoog psycholoog "
          "plan afspraken actielijst overleg wijkbijeenkomst presentatie werkwijze ervaring "
          "voorschool kinderopvang mentor zorgcoördinator leerlingbegeleiding huiswerk "
          "rapport toets citotoets schooladvies brugklas stage diploma examen motivatie "
          "pesten weerbaarheid sociale vaardigheden emoties angst somberheid slaap voeding "
          "gezondheid vaccinatie consultatiebureau groei ontwikkeling spelen vriendschap "
          "scheiding mantelzorg schulden huisvesting inburgering tolk vrijwilliger buurthuis")
EVERYDAY = ("goed nieuw eerste groot klein veel jaar week dag tijd mensen samen graag snel "
            "zelf thuis buiten binnen altijd vaak soms nooit moeilijk makkelijk belangrijk "
            "vinden zoeken maken krijgen geven nemen zeggen vragen weten denken laten zien "
            "komen gaan blijven werken helpen leren praten luisteren kijken bellen sturen "
            "informatie contact gesprek afspraak verhaal idee voorbeeld manier stap keuze "
            "vraag antwoord reden probleem oplossing kans doel resultaat aanpak overzicht "
            "programma project activiteit middag avond ochtend locatie adres website folder")
PARTS_TEXT = ("jeugd zorg school taal lees gezin wijk ouder hulp team plan werk coach klas groep "
              "traject reken spraak gedrag leer opvoed sport kind buurt gemeente huis "
              "schrijf spel beweeg voed slaap angst pest veilig geld stage")
ENDINGS_TEXT = ("team plan werker coach gesprek aanpak overleg traject vraag probleem hulp "
                "ondersteuning begeleiding avond training cursus regeling folder budget "
                "loket punt netwerk spreekuur")
FILLER_TEXT = "de het een en van in op met voor bij over naar om te is zijn wordt kan"
FILLER = FILLER_TEXT.split()


def vocabulary(seed=3):
    rng = random.Random(seed)
    # Everyday words take the common ranks, the domain's words come next and
    # made-up compounds after, as in real text.
    everyday, domain = EVERYDAY.split(), DOMAIN.split()
    compounds = [f"{head}{tail}" for head in PARTS_TEXT.split() for tail in ENDINGS_TEXT.split()
                 if head != tail]
    for group in (everyday, domain, compounds):
        rng.shuffle(group)
    words = everyday + domain + compounds
    # Zipf with a small offset: the commonest word is in most documents, a
    # word at rank 100 in about one in ten, most words in a few percent.
    weights = [1 / (rank + 5) for rank in range(len(words))]
    return words, weights


WORDS, WEIGHTS = vocabulary()
TOPICS = DOMAIN.split() + [name.lower() for name in THEMAS]


ABBREVIATIONS = [["TLV", "toelaatbaarheidsverklaring"], ["SWV", "samenwerkingsverband"],
                 ["OT", "ondersteuningsteam"], ["SMW", "schoolmaatschappelijk werk"],
                 ["JGZ", "jeugdgezondheidszorg"], ["ASS", "autisme"], ["HB", "hoogbegaafd"],
                 ["IB", "intern begeleider"], ["OPP", "ontwikkelingsperspectiefplan"]]


def sentence(rng, length):
    words = rng.choices(WORDS, WEIGHTS, k=length)
    return " ".join(word if rng.random() < 0.6 else rng.choice(FILLER)
                    for word in words).capitalize() + "."


def token(rng):
    roll = rng.random()
    if roll < 0.4:
        return "public"
    if roll < 0.8:
        return "professionals"
    if roll < 0.95:
        return f"group:{rng.randrange(200)}"
    return f"user:{rng.randrange(5000)}"


def documents(count, seed=7):
    import datetime

    from search.documents import Document

    rng = random.Random(seed)
    start = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    for i in range(count):
        access = token(rng)
        kind = rng.choice(TYPES)
        yield Document(
            type=kind, object_id=i, title=sentence(rng, rng.randint(3, 9))[:-1],
            url=f"/b/{i}/", access_token=access, summary=sentence(rng, rng.randint(10, 25)),
            body=" ".join(sentence(rng, rng.randint(8, 20)) for _ in range(rng.randint(3, 12))),
            date=start + datetime.timedelta(hours=rng.randrange(24 * 700)),
            themas=rng.sample(THEMAS, rng.randint(0, 2)),
            wijken=rng.sample(WIJKEN, rng.randint(0, 2)),
            doelgroepen=rng.sample(DOELGROEPEN, rng.randint(0, 1)),
            parents=access == "public" and kind in ("ouders", "sociale-kaart", "activiteit"),
        )


def queries(count, seed=11):
    rng = random.Random(seed)
    everyday = ["mijn kind leest slecht", "thuiszitten", "TLV", "hulp bij opvoeding",
                "wachtlijst jeugdzorg", "dislexie", "autisme", "hoogbegaafd kind",
                "jeugd hulp", "leesproblemen", "IB", "schoolmaatschappelijk werk"]
    made = []
    for i in range(count):
        if i % 4 == 0:
            made.append(everyday[(i // 4) % len(everyday)])
        else:
            # A topic: one or two words of the domain, common or rare alike.
            made.append(" ".join(dict.fromkeys(rng.choices(TOPICS, k=rng.randint(1, 2)))))
    return made


class Professional:
    is_authenticated = True
    is_active = True
    pk = 1
    _access_tokens = frozenset({"public", "user:1", "professionals",
                                *(f"group:{g}" for g in range(5))})


def measure(asks, slowest=0):
    from django.contrib.auth.models import AnonymousUser

    from search import service

    figures = {}
    for role, user, parents in (("professional", Professional(), False),
                                ("anonymous parent", AnonymousUser(), True)):
        timed, found = [], 0
        for text in asks:
            started = time.perf_counter()
            results = service.search(text, user, parents_only=parents)
            timed.append(((time.perf_counter() - started) * 1000, text, results.total))
            found += results.total > 0
        timed.sort()
        latencies = [ms for ms, _text, _total in timed]
        figures[role] = (statistics.median(latencies),
                         latencies[int(len(latencies) * 0.95) - 1], latencies[-1], found)
        for ms, text, total in reversed(timed[-slowest:] if slowest else []):
            print(f"    {role}: {ms:.1f} ms for {text!r} ({total} found)")
    return figures


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--keep", action="store_true",
                        help="keep the database (and reuse it when it has the documents)")
    parser.add_argument("--slowest", type=int, default=0,
                        help="print this many of the slowest queries per role")
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test.utils import setup_test_environment

    from search import registry, synonyms
    from search.backends import select

    setup_test_environment()
    # Its own test database: the test suite may be using test_<name> meanwhile.
    connection.settings_dict["TEST"]["NAME"] = f"bench_search_{connection.settings_dict['NAME']}"
    engine_url = settings.ELASTICSEARCH_URL
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True,
                                                  keepdb=args.keep)
    from search.models import SearchEntry

    reuse = args.keep and SearchEntry.objects.count() == args.documents
    registry.register_synonyms("bench", lambda: ABBREVIATIONS)
    synonyms.forget()
    asks = queries(args.queries)
    try:
        phases = [("database", "")] + ([("engine", engine_url)] if engine_url else [])
        for label, url in phases:
            settings.ELASTICSEARCH_URL = url
            backend = select.engine() if url else select.database()
            started = time.perf_counter()
            if reuse and not url:
                count = args.documents
            else:
                count = backend.rebuild(documents(args.documents))
            built = time.perf_counter() - started
            service_warmup = measure(asks[:10])  # noqa: F841 - caches, connections
            figures = measure(asks, args.slowest)
            if reuse and not url:
                print(f"{label} ({backend.name}): reused the {count} documents of --keep")
            else:
                print(f"{label} ({backend.name}, {connection.vendor}): indexed {count} documents "
                      f"in {built:.1f} s ({count / built:.0f}/s)")
            for role, (p50, p95, worst, found) in figures.items():
                print(f"  {role}: p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {worst:.1f} ms; "
                      f"{found}/{len(asks)} queries found something")
    finally:
        settings.ELASTICSEARCH_URL = engine_url
        if not args.keep:
            connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
