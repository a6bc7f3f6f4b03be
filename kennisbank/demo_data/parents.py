"""Demo pages of the ouder- en jeugdsteunpunt: plain answers for parents and young people.

Written for this project at language level B1: short sentences, everyday
words, jargon explained in the sentence itself. Parents are addressed as "u";
only the page for young people says "je". Each page is a dict with slug,
title, intro (plain text), themas (names from `taxonomy.demo.THEMAS`), body (a
list of (block type, value) pairs in the format of `kennisbank.demo_data`) and
who_can_help (slugs of entries in `kennisbank.demo_data.social_map.ENTRIES`).
"""

PAGES = [
    # ---------------------------------------------------- extra hulp op school
    {
        "slug": "extra-hulp-op-school",
        "title": "Mijn kind heeft extra hulp nodig op school",
        "intro": (
            "Heeft uw kind moeite met leren, gedrag of zich fijn voelen op school? Dan zoekt "
            "de school samen met u naar hulp. Zo gaat dat."
        ),
        "themas": ["Passend onderwijs", "Ouderbetrokkenheid"],
        "body": [
            ("text", (
                "<p>Elk kind heeft recht op onderwijs dat bij hem past. Dat heet <b>passend "
                "onderwijs</b>. Elke school geeft hulp die alle leerlingen kunnen krijgen. "
                "Dat heet basisondersteuning. Denk aan extra uitleg in een klein groepje, of "
                "goede afspraken tegen pesten.</p>"
                "<p>Is dat niet genoeg? Dan kan uw kind <b>extra ondersteuning</b> krijgen. "
                "Bijvoorbeeld een begeleider die een paar uur per week komt helpen. Wat de "
                "school allemaal kan, staat in het schoolondersteuningsprofiel. Dat vindt u "
                "op de website van de school.</p>"
            )),
            ("steps", {
                "title": "Van eerste zorg naar extra hulp",
                "steps": [
                    {
                        "title": "Praat met de leraar of de mentor",
                        "explanation": (
                            "<p>Vertel wat u thuis ziet en waar u zich zorgen over maakt. "
                            "De leraar vertelt wat hij in de klas ziet. Samen spreekt u af "
                            "wat u gaat proberen.</p>"
                        ),
                    },
                    {
                        "title": "De intern begeleider kijkt mee",
                        "explanation": (
                            "<p>Helpt dat niet genoeg? Dan komt de intern begeleider erbij. "
                            "Dat is de persoon op school die de extra hulp regelt. Op de "
                            "middelbare school heet die vaak zorgcoördinator.</p>"
                        ),
                    },
                    {
                        "title": "Een overleg met meer mensen",
                        "explanation": (
                            "<p>Soms is een groter overleg nodig. Dat heet het "
                            "ondersteuningsteam. Daarin zitten bijvoorbeeld de "
                            "schoolmaatschappelijk werker en de jeugdarts. Ook een "
                            "begeleider van het samenwerkingsverband kan meedoen. Dat is de "
                            "groep scholen die samen passend onderwijs regelt.</p>"
                            "<p>U zit zelf ook aan tafel. Er wordt niet over u gepraat, "
                            "maar met u.</p>"
                        ),
                    },
                    {
                        "title": "Samen afspraken maken",
                        "explanation": (
                            "<p>Na het overleg is er een lijst met afspraken. Daarop staat "
                            "wie wat doet, en wanneer. Krijgt uw kind extra ondersteuning? "
                            "Dan maakt de school meestal een plan met doelen. Dat heet een "
                            "ontwikkelingsperspectiefplan (OPP).</p>"
                        ),
                    },
                    {
                        "title": "Kijken of het werkt",
                        "explanation": (
                            "<p>Na een paar weken praat u opnieuw. Werkt de hulp? Dan gaat u "
                            "zo door. Werkt het niet? Dan zoekt u samen naar iets anders. "
                            "Soms past een andere school beter.</p>"
                        ),
                    },
                ],
            }),
            ("questions", {
                "title": "Vragen die ouders vaak stellen",
                "items": [
                    {
                        "question": "Moet ik toestemming geven?",
                        "answer": (
                            "<p>Ja. De school bespreekt uw kind alleen in het "
                            "ondersteuningsteam als u dat goed vindt. Ook voor onderzoek "
                            "door iemand van buiten de school is uw toestemming nodig.</p>"
                        ),
                    },
                    {
                        "question": "Kost extra hulp op school geld?",
                        "answer": (
                            "<p>Nee. De school of het samenwerkingsverband betaalt de "
                            "extra hulp op school. U betaalt niets.</p>"
                        ),
                    },
                    {
                        "question": "Mag ik iemand meenemen naar een gesprek?",
                        "answer": (
                            "<p>Ja, dat mag altijd. Bijvoorbeeld uw partner, een familielid "
                            "of iemand van het Centrum voor Jeugd en Gezin. Met z'n tweeën "
                            "onthoudt u meer.</p>"
                        ),
                    },
                ],
            }),
        ],
        "who_can_help": [
            "schoolmaatschappelijk-werk",
            "loket-passend-onderwijs-basisonderwijs",
            "loket-passend-onderwijs-voortgezet-onderwijs",
            "expertiseteam-passend-onderwijs",
        ],
    },
    # ------------------------------------------------------- TLV en speciaal onderwijs
    {
        "slug": "tlv-en-speciaal-onderwijs",
        "title": "Wat is een TLV, en wat is speciaal onderwijs?",
        "intro": (
            "Sommige kinderen leren beter op een speciale school. Om daar naartoe te gaan, "
            "is een toelaatbaarheidsverklaring nodig: de TLV."
        ),
        "themas": ["Passend onderwijs"],
        "body": [
            ("text", (
                "<p>Soms kan een gewone school niet genoeg bieden, ook niet met extra hulp. "
                "Dan past een speciale school misschien beter. Er zijn drie soorten:</p>"
                "<ul>"
                "<li><b>Speciaal basisonderwijs (SBO)</b>: een basisschool met kleinere "
                "groepen en meer begeleiding.</li>"
                "<li><b>Speciaal onderwijs (SO)</b>: voor kinderen van 4 tot 12 jaar met "
                "bijvoorbeeld een beperking, een ziekte of grote problemen met gedrag.</li>"
                "<li><b>Voortgezet speciaal onderwijs (VSO)</b>: hetzelfde, maar voor "
                "jongeren van 12 tot 20 jaar.</li>"
                "</ul>"
            )),
            ("text", (
                "<p>Het speciaal onderwijs is verdeeld in vier groepen. Die heten clusters. "
                "Cluster 1 is voor kinderen die slecht zien. Cluster 2 is voor kinderen die "
                "slecht horen, of moeite hebben met taal en praten. Cluster 3 is voor kinderen "
                "met een lichamelijke of verstandelijke beperking, of een lange ziekte. "
                "Cluster 4 is voor kinderen met grote problemen in gedrag of psychische "
                "problemen.</p>"
                "<p>Voor een school in cluster 1 of 2 is geen TLV nodig. Daar beslist een "
                "commissie van die scholen zelf. De intern begeleider weet hoe dat gaat.</p>"
            )),
            ("steps", {
                "title": "Zo gaat het aanvragen van een TLV",
                "steps": [
                    {
                        "title": "Een gesprek op school",
                        "explanation": (
                            "<p>De school legt uit wat al geprobeerd is. Samen kijkt u of "
                            "een speciale school beter past.</p>"
                        ),
                    },
                    {
                        "title": "De aanvraag",
                        "explanation": (
                            "<p>Meestal vraagt de school de TLV aan bij het "
                            "samenwerkingsverband. U leest de aanvraag en mag uw mening "
                            "erbij schrijven.</p>"
                        ),
                    },
                    {
                        "title": "Deskundigen kijken mee",
                        "explanation": (
                            "<p>Twee deskundigen lezen alles en geven advies. Bijvoorbeeld "
                            "een psycholoog of een orthopedagoog. Dat is iemand die veel "
                            "weet van leren en opvoeden.</p>"
                        ),
                    },
                    {
                        "title": "Het besluit",
                        "explanation": (
                            "<p>Het samenwerkingsverband besluit en stuurt u een brief. In de "
                            "TLV staat voor welke soort school hij geldt, en hoe lang.</p>"
                        ),
                    },
                    {
                        "title": "Aanmelden bij de nieuwe school",
                        "explanation": (
                            "<p>Met de TLV meldt u uw kind aan bij de speciale school. Die "
                            "school kijkt of er plek is.</p>"
                        ),
                    },
                ],
            }),
            ("questions", {
                "title": "Vragen die ouders vaak stellen",
                "items": [
                    {
                        "question": "Wat als ik het niet eens ben met het besluit?",
                        "answer": (
                            "<p>Dan kunt u bezwaar maken bij het samenwerkingsverband. In de "
                            "brief staat hoe dat moet, en hoeveel tijd u heeft. Bel gerust "
                            "eerst het loket. Vaak helpt een gesprek al.</p>"
                        ),
                    },
                    {
                        "question": "Kan mijn kind later terug naar een gewone school?",
                        "answer": (
                            "<p>Ja, dat kan. De speciale school kijkt elk jaar hoe het gaat. "
                            "Gaat het goed? Dan kan uw kind terug. Vaak krijgt het dan nog "
                            "een tijd begeleiding op de nieuwe school.</p>"
                        ),
                    },
                    {
                        "question": "De speciale school is ver weg. Hoe komt mijn kind daar?",
                        "answer": (
                            "<p>De gemeente kan helpen met vervoer naar school. Dat heet "
                            "leerlingenvervoer. U vraagt het aan bij het Loket Jeugd van de "
                            "gemeente.</p>"
                        ),
                    },
                ],
            }),
        ],
        "who_can_help": [
            "loket-passend-onderwijs-basisonderwijs",
            "loket-passend-onderwijs-voortgezet-onderwijs",
            "toegang-jeugdhulp-gemeente",
        ],
    },
    # ---------------------------------------------------------------------- OPP
    {
        "slug": "wat-is-een-opp",
        "title": "Wat is een OPP?",
        "intro": (
            "Krijgt uw kind extra hulp op school? Dan maakt de school een plan. Dat heet een "
            "ontwikkelingsperspectiefplan, kort gezegd OPP."
        ),
        "themas": ["Passend onderwijs", "Ouderbetrokkenheid"],
        "body": [
            ("text", (
                "<p>Een ontwikkelingsperspectiefplan (OPP) is een plan voor één leerling. De "
                "school maakt het voor kinderen die extra ondersteuning krijgen. Kinderen op "
                "een speciale school hebben altijd zo'n plan.</p>"
            )),
            ("heading", {"text": "Wat staat erin?", "level": "h2"}),
            ("text", (
                "<ul>"
                "<li><b>Het perspectief</b>: waar uw kind later waarschijnlijk naartoe gaat. "
                "Bijvoorbeeld naar het vmbo, de havo of naar werk.</li>"
                "<li><b>De uitleg</b>: waarom de school dat denkt. Wat gaat goed, en wat is "
                "moeilijk?</li>"
                "<li><b>Het deel over de hulp</b>: welke hulp uw kind krijgt, van wie, en hoe "
                "vaak. Dit heet het handelingsdeel.</li>"
                "</ul>"
            )),
            ("heading", {"text": "Wat is uw rol?", "level": "h2"}),
            ("text", (
                "<p>De school moet het plan met u bespreken voordat het klaar is. Voor het "
                "deel over de hulp is uw toestemming nodig. Over de rest moet de school goed "
                "met u overleggen en naar u luisteren.</p>"
                "<p>Ook uw kind mag meepraten over het plan. Hoe ouder uw kind is, hoe "
                "belangrijker dat wordt.</p>"
            )),
            ("questions", {
                "title": "Vragen die ouders vaak stellen",
                "items": [
                    {
                        "question": "Hoe vaak wordt het OPP besproken?",
                        "answer": (
                            "<p>Minstens één keer per jaar. U kijkt dan samen met de school "
                            "of de hulp werkt, en of het plan anders moet.</p>"
                        ),
                    },
                    {
                        "question": "Wat als ik het niet eens ben met het OPP?",
                        "answer": (
                            "<p>Zeg dat eerst tegen de leraar of de intern begeleider. Komt "
                            "u er niet uit? Bel dan het loket van het samenwerkingsverband. "
                            "Daar denkt iemand met u mee.</p>"
                        ),
                    },
                    {
                        "question": "Krijgt mijn kind door een OPP een stempel?",
                        "answer": (
                            "<p>Nee. Het plan is een afspraak over hulp, geen oordeel over "
                            "uw kind. Het plan verandert als uw kind verder komt.</p>"
                        ),
                    },
                ],
            }),
        ],
        "who_can_help": [
            "loket-passend-onderwijs-basisonderwijs",
            "loket-passend-onderwijs-voortgezet-onderwijs",
            "schoolmaatschappelijk-werk",
        ],
    },
    # ----------------------------------------------------- thuiszitten en leerplicht
    {
        "slug": "mijn-kind-gaat-niet-naar-school",
        "title": "Mijn kind gaat niet naar school",
        "intro": (
            "Wil of kan uw kind niet naar school? U staat er niet alleen voor. Hier leest u "
            "wat u kunt doen en wie u helpt."
        ),
        "themas": ["Thuiszitters", "Schoolverzuim"],
        "body": [
            ("text", (
                "<p>In Nederland moeten alle kinderen naar school. Dat heet de "
                "<b>leerplicht</b>. Die begint als uw kind 5 jaar is. Veel kinderen gaan al "
                "met 4 jaar. De leerplicht duurt tot het einde van het schooljaar waarin uw "
                "kind 16 wordt.</p>"
                "<p>Daarna moet uw kind blijven leren tot 18 jaar. Dat hoeft niet meer als het "
                "eerder een diploma haalt van de havo, het vwo of minstens mbo niveau 2.</p>"
            )),
            ("text", (
                "<p>Soms gaat een kind een tijd niet naar school. Bijvoorbeeld door angst, "
                "pesten of ziekte, of omdat de school niet past. Is uw kind vier weken of "
                "langer thuis, zonder toestemming? Dan heet het een <b>thuiszitter</b>. Hoe "
                "eerder er hulp komt, hoe beter.</p>"
            )),
            ("steps", {
                "title": "Wat kunt u doen?",
                "steps": [
                    {
                        "title": "Bel de school",
                        "explanation": (
                            "<p>Laat de school weten dat uw kind niet komt. Vertel ook "
                            "waarom, als u dat weet. Dan kan de school meedenken.</p>"
                        ),
                    },
                    {
                        "title": "Vraag om een gesprek",
                        "explanation": (
                            "<p>Vraag de mentor of de intern begeleider om een gesprek. "
                            "Samen zoekt u wat uw kind nodig heeft. Een paar uur per dag naar "
                            "school is soms een goede eerste stap.</p>"
                        ),
                    },
                    {
                        "title": "Laat de jeugdarts meekijken",
                        "explanation": (
                            "<p>Is uw kind vaak ziek? Dan kan de jeugdarts helpen. Die kijkt "
                            "wat er aan de hand is, en hoe uw kind weer naar school kan.</p>"
                        ),
                    },
                    {
                        "title": "Praat met de leerplichtambtenaar",
                        "explanation": (
                            "<p>De school moet veel afwezigheid melden bij de "
                            "leerplichtambtenaar. Die wil vooral helpen. Samen met de school "
                            "zoekt hij naar een oplossing. U kunt hem ook zelf bellen.</p>"
                        ),
                    },
                    {
                        "title": "Vraag om meer hulp",
                        "explanation": (
                            "<p>Zijn er ook problemen thuis, of voelt uw kind zich heel "
                            "slecht? Dan kan het jeugd- en gezinsteam helpen. Is een andere "
                            "school nodig? Dan helpt het samenwerkingsverband.</p>"
                        ),
                    },
                ],
            }),
            ("questions", {
                "title": "Vragen die ouders vaak stellen",
                "items": [
                    {
                        "question": "Krijg ik een boete als mijn kind niet naar school gaat?",
                        "answer": (
                            "<p>Dat kan, maar daar gaat het meestal niet om. Werkt u mee aan "
                            "een oplossing? Dan kiest de leerplichtambtenaar voor hulp, niet "
                            "voor straf.</p>"
                        ),
                    },
                    {
                        "question": "Kan mijn kind vrijstelling krijgen?",
                        "answer": (
                            "<p>Soms wel. Bijvoorbeeld als een kind door een ziekte of "
                            "beperking echt niet naar school kan. Een arts geeft daar advies "
                            "over. Vraag het aan de leerplichtambtenaar.</p>"
                        ),
                    },
                    {
                        "question": "Mag ik mijn kind een dag thuishouden?",
                        "answer": (
                            "<p>Alleen als de directeur van de school dat goed vindt. Vraag "
                            "het op tijd. Is uw kind ziek? Bel de school dan dezelfde "
                            "ochtend.</p>"
                        ),
                    },
                ],
            }),
            ("text", (
                "<p>Meer over de regels leest u op de "
                "<a href=\"https://www.rijksoverheid.nl/onderwerpen/leerplicht\">pagina over "
                "leerplicht van de Rijksoverheid</a>.</p>"
            )),
        ],
        "who_can_help": [
            "leerplicht",
            "jeugdgezondheidszorg",
            "jeugd-en-gezinsteam-midden",
            "loket-passend-onderwijs-voortgezet-onderwijs",
        ],
    },
    # ------------------------------------------------------------------ dyslexie
    {
        "slug": "moeite-met-lezen-en-spellen",
        "title": "Mijn kind heeft moeite met lezen en spellen",
        "intro": (
            "Lezen en spellen gaat niet bij elk kind vanzelf. Soms is het dyslexie. Hier "
            "leest u wat de school doet, en wanneer er meer hulp komt."
        ),
        "themas": ["Dyslexie"],
        "body": [
            ("text", (
                "<p>Een kind met <b>dyslexie</b> heeft veel moeite met lezen en spellen. Dat "
                "komt niet doordat het dom of lui is. Het hoofd werkt bij letters en klanken "
                "gewoon anders. Dyslexie komt vaak voor in families.</p>"
            )),
            ("steps", {
                "title": "Zo gaat het",
                "steps": [
                    {
                        "title": "Extra oefenen in de klas",
                        "explanation": (
                            "<p>Heeft uw kind moeite met lezen? Dan krijgt het eerst extra "
                            "oefening, vaak in een klein groepje. De leraar houdt bij hoe "
                            "het gaat.</p>"
                        ),
                    },
                    {
                        "title": "Nog meer hulp op school",
                        "explanation": (
                            "<p>Gaat het nog steeds moeilijk? Dan krijgt uw kind vaker en "
                            "langer hulp. De school schrijft alles op in een leesdossier.</p>"
                        ),
                    },
                    {
                        "title": "Onderzoek",
                        "explanation": (
                            "<p>Blijft het heel moeilijk, ook na die extra hulp? Dan kan uw "
                            "kind onderzocht worden. Bij ernstige dyslexie betaalt de "
                            "gemeente het onderzoek en de behandeling. Dat geldt voor "
                            "kinderen op de basisschool. U heeft wel een verwijzing "
                            "nodig.</p>"
                        ),
                    },
                    {
                        "title": "Behandeling",
                        "explanation": (
                            "<p>De behandeling duurt meestal een jaar of langer. Uw kind gaat "
                            "elke week naar de behandelaar. Thuis oefent u een paar keer per "
                            "week kort samen.</p>"
                        ),
                    },
                ],
            }),
            ("questions", {
                "title": "Vragen die ouders vaak stellen",
                "items": [
                    {
                        "question": "Wat is een dyslexieverklaring?",
                        "answer": (
                            "<p>Dat is een brief waarin staat dat uw kind dyslexie heeft. "
                            "Daarmee krijgt uw kind op school hulpmiddelen. Bijvoorbeeld "
                            "extra tijd bij toetsen, of een computer die teksten "
                            "voorleest.</p>"
                        ),
                    },
                    {
                        "question": (
                            "Mijn kind zit op de middelbare school. Kan het nog onderzocht "
                            "worden?"
                        ),
                        "answer": (
                            "<p>Ja, maar de gemeente betaalt dat dan meestal niet. Vraag de "
                            "mentor wat de school kan doen. Veel middelbare scholen hebben "
                            "iemand die leerlingen met dyslexie begeleidt.</p>"
                        ),
                    },
                    {
                        "question": "Hoe kan ik thuis helpen?",
                        "answer": (
                            "<p>Lees samen, of lees voor. Ook als uw kind al zelf kan lezen. "
                            "Luisterboeken zijn ook goed. Prijs uw kind om de moeite, niet "
                            "alleen om het cijfer.</p>"
                        ),
                    },
                ],
            }),
        ],
        "who_can_help": [
            "dyslexiezorg",
            "bibliotheek-voorlezen-en-taal",
            "jeugdgezondheidszorg",
        ],
    },
    # ----------------------------------------------------------- hoogbegaafdheid
    {
        "slug": "mijn-kind-is-heel-slim",
        "title": "Mijn kind is heel slim",
        "intro": (
            "Sommige kinderen leren veel sneller dan hun klasgenoten. Ook zij hebben iets "
            "extra's nodig om met plezier naar school te gaan."
        ),
        "themas": ["Hoogbegaafdheid"],
        "body": [
            ("text", (
                "<p>Een kind dat <b>hoogbegaafd</b> is, denkt en leert veel sneller dan de "
                "meeste kinderen van zijn leeftijd. Zo'n kind is vaak nieuwsgierig en stelt "
                "veel vragen.</p>"
                "<p>Toch gaat het op school niet altijd goed. Een slim kind kan zich "
                "vervelen. Het lijkt dan geen zin te hebben, wordt onrustig of wil niet meer "
                "naar school. Soms haalt het zelfs lage cijfers.</p>"
            )),
            ("heading", {"text": "Wat kan de school doen?", "level": "h2"}),
            ("text", (
                "<ul>"
                "<li><b>Minder herhalen</b>: uw kind slaat oefeningen over die het al kan.</li>"
                "<li><b>Ander werk</b>: uw kind krijgt moeilijkere opdrachten, een project of "
                "bijvoorbeeld een nieuwe taal.</li>"
                "<li><b>Een plusklas</b>: een paar uur per week leert uw kind samen met "
                "andere slimme kinderen.</li>"
                "<li><b>Een klas overslaan</b>: dat gebeurt alleen als het ook voor het "
                "gevoel van uw kind goed is.</li>"
                "</ul>"
            )),
            ("questions", {
                "title": "Vragen die ouders vaak stellen",
                "items": [
                    {
                        "question": "Hoe weet ik of mijn kind hoogbegaafd is?",
                        "answer": (
                            "<p>Kijk wat u ziet. Leert uw kind snel? Kent het veel woorden? "
                            "Denkt het na over grote vragen? Bespreek het met de leraar. "
                            "Soms helpt een test door een psycholoog. Die test is niet "
                            "altijd nodig om hulp te krijgen.</p>"
                        ),
                    },
                    {
                        "question": "Mijn kind verveelt zich en wordt lastig. Wat nu?",
                        "answer": (
                            "<p>Vertel het aan de leraar of de intern begeleider. Verveling "
                            "kan lijken op een probleem met gedrag. Vaak helpt moeilijker "
                            "werk al veel. Lukt het niet? Dan kan het samenwerkingsverband "
                            "meedenken.</p>"
                        ),
                    },
                    {
                        "question": "Is er een plusklas in de buurt?",
                        "answer": (
                            "<p>Vraag het aan de school van uw kind. Sommige scholen hebben "
                            "zelf een plusklas. Andere werken daarvoor samen met een school "
                            "in de wijk.</p>"
                        ),
                    },
                ],
            }),
        ],
        "who_can_help": [
            "loket-passend-onderwijs-basisonderwijs",
            "loket-passend-onderwijs-voortgezet-onderwijs",
            "centrum-voor-jeugd-en-gezin",
        ],
    },
    # ------------------------------------------------------------ zorgen thuis
    {
        "slug": "zorgen-over-thuis",
        "title": "Ik maak me zorgen over thuis. Waar kan ik terecht?",
        "intro": (
            "Opvoeden is niet altijd makkelijk. Met een vraag of een zorg kunt u dichtbij "
            "terecht. Dat is gratis, en u heeft geen verwijzing nodig."
        ),
        "themas": ["Ouderbetrokkenheid", "Armoede"],
        "body": [
            ("text", (
                "<p>Iedere ouder heeft weleens vragen. Over slapen, eten, huilen of ruzie. "
                "Over een scheiding, geldzorgen of een kind dat stil wordt. Met zulke vragen "
                "hoeft u niet te wachten tot het echt misgaat. Vroeg praten helpt vaak het "
                "meest.</p>"
            )),
            ("heading", {"text": "Hier kunt u terecht", "level": "h2"}),
            ("text", (
                "<ul>"
                "<li><b>Het Centrum voor Jeugd en Gezin (CJG)</b>: voor alle vragen over "
                "opvoeden en opgroeien. U kunt binnenlopen of bellen.</li>"
                "<li><b>De schoolmaatschappelijk werker</b>: op school, voor zorgen over uw "
                "kind of over thuis. Vraag de leraar naar hem of haar.</li>"
                "<li><b>De jeugdarts of de jeugdverpleegkundige</b>: voor vragen over groei, "
                "gezondheid en gedrag.</li>"
                "<li><b>Het jeugd- en gezinsteam</b>: als er meer aan de hand is. "
                "Bijvoorbeeld als problemen al lang duren.</li>"
                "</ul>"
            )),
            ("questions", {
                "title": "Vragen die ouders vaak stellen",
                "items": [
                    {
                        "question": "Komt er dan meteen jeugdzorg bij ons thuis?",
                        "answer": (
                            "<p>Nee. Meestal helpen een paar gesprekken of een cursus al. U "
                            "beslist zelf mee over wat er gebeurt. Alleen als een kind niet "
                            "veilig is, moeten hulpverleners verder kijken.</p>"
                        ),
                    },
                    {
                        "question": "Wij hebben weinig geld. Is er hulp voor mijn kind?",
                        "answer": (
                            "<p>Ja. Het Meedoenfonds betaalt bijvoorbeeld sport, zwemles of "
                            "een laptop voor school. Het CJG of de schoolmaatschappelijk "
                            "werker helpt u met de aanvraag.</p>"
                        ),
                    },
                    {
                        "question": "Wat als iemand thuis niet veilig is?",
                        "answer": (
                            "<p>Bel het Adviespunt Veilig Opgroeien. Dat kan dag en nacht. "
                            "Het is gratis en u hoeft uw naam niet te noemen. Is er direct "
                            "gevaar? Bel dan 112.</p>"
                        ),
                    },
                ],
            }),
        ],
        "who_can_help": [
            "centrum-voor-jeugd-en-gezin",
            "schoolmaatschappelijk-werk",
            "meedoenfonds-kinderen",
            "adviespunt-veilig-opgroeien",
        ],
    },
    # ---------------------------------------------------------------- jeugdhulp
    {
        "slug": "hoe-krijgt-mijn-kind-jeugdhulp",
        "title": "Hoe krijgt mijn kind jeugdhulp?",
        "intro": (
            "Jeugdhulp is hulp voor kinderen en gezinnen bij problemen met opgroeien, gedrag "
            "of thuis. De gemeente regelt en betaalt die hulp."
        ),
        "themas": ["Gedrag", "Ouderbetrokkenheid"],
        "body": [
            ("text", (
                "<p>Er is lichte hulp en er is zwaardere hulp. Lichte hulp krijgt u zonder "
                "verwijzing. Denk aan gesprekken met de schoolmaatschappelijk werker, of een "
                "cursus voor ouders. Vaak is dat al genoeg. Daarom begint hulp bijna altijd "
                "licht. Pas als dat niet genoeg is, komt er zwaardere hulp.</p>"
            )),
            ("steps", {
                "title": "Van vraag naar hulp",
                "steps": [
                    {
                        "title": "Begin dichtbij",
                        "explanation": (
                            "<p>Bespreek uw zorg met het Centrum voor Jeugd en Gezin, de "
                            "schoolmaatschappelijk werker of de jeugdarts. Zij denken mee, "
                            "en helpen vaak zelf.</p>"
                        ),
                    },
                    {
                        "title": "Bel het jeugd- en gezinsteam",
                        "explanation": (
                            "<p>Is er meer nodig? Bel dan het jeugd- en gezinsteam in uw "
                            "wijk. Dat is een team van hulpverleners dichtbij huis. U heeft "
                            "geen verwijzing nodig.</p>"
                        ),
                    },
                    {
                        "title": "Samen een plan maken",
                        "explanation": (
                            "<p>Iemand van het team praat met u en uw kind. Samen schrijft u "
                            "op wat er moet veranderen. Het team helpt zelf, of zoekt een "
                            "hulpverlener die past.</p>"
                        ),
                    },
                    {
                        "title": "Zwaardere hulp",
                        "explanation": (
                            "<p>Voor zwaardere hulp, zoals een behandeling, is een "
                            "verwijzing nodig. Die krijgt u van het jeugd- en gezinsteam, de "
                            "huisarts of de jeugdarts. Soms krijgt u ook een brief van de "
                            "gemeente met het besluit. Dat heet een beschikking.</p>"
                        ),
                    },
                    {
                        "title": "Eén plan, één vast persoon",
                        "explanation": (
                            "<p>Helpen er meer mensen? Dan is er één plan voor het hele "
                            "gezin. Eén persoon houdt het overzicht. Zo weet u altijd bij wie "
                            "u terechtkunt.</p>"
                        ),
                    },
                ],
            }),
            ("questions", {
                "title": "Vragen die ouders vaak stellen",
                "items": [
                    {
                        "question": "Wat kost jeugdhulp?",
                        "answer": (
                            "<p>De gemeente betaalt de jeugdhulp. U betaalt zelf niets.</p>"
                        ),
                    },
                    {
                        "question": "Is er een wachtlijst?",
                        "answer": (
                            "<p>Soms wel. Vraag wat er in de tussentijd kan. Het jeugd- en "
                            "gezinsteam blijft u helpen tot de nieuwe hulp begint.</p>"
                        ),
                    },
                    {
                        "question": "Wat gebeurt er met de gegevens van mijn kind?",
                        "answer": (
                            "<p>Hulpverleners delen alleen wat nodig is. Meestal doen ze dat "
                            "pas als u toestemming geeft. U mag altijd vragen wat er over uw "
                            "kind is opgeschreven.</p>"
                        ),
                    },
                ],
            }),
        ],
        "who_can_help": [
            "jeugd-en-gezinsteam-noord",
            "jeugd-en-gezinsteam-midden",
            "jeugd-en-gezinsteam-zuid",
            "toegang-jeugdhulp-gemeente",
        ],
    },
    # --------------------------------------------------------------- nieuwkomers
    {
        "slug": "nieuw-in-nederland",
        "title": "Wij zijn nieuw in Nederland",
        "intro": (
            "Woont uw gezin nog maar kort in Nederland? Ook dan gaat uw kind naar school. "
            "Eerst leert het Nederlands in een speciale klas."
        ),
        "themas": ["Nieuwkomers", "Taal en spraak"],
        "body": [
            ("text", (
                "<p>In Nederland moeten alle kinderen van 5 tot 16 jaar naar school. Dat geldt "
                "ook voor kinderen die net in Nederland zijn. Naar school gaan is gratis. Soms "
                "vraagt de school een kleine bijdrage, bijvoorbeeld voor een schoolreisje. Die "
                "bijdrage is vrijwillig.</p>"
            )),
            ("steps", {
                "title": "Zo vindt uw kind een school",
                "steps": [
                    {
                        "title": "Maak een afspraak bij het Onderwijsloket nieuwkomers",
                        "explanation": (
                            "<p>Dit loket is van de gemeente. Een medewerker vraagt hoe oud "
                            "uw kind is, en naar welke school het ging in uw land. Een tolk "
                            "is gratis.</p>"
                        ),
                    },
                    {
                        "title": "Eerst naar een taalklas",
                        "explanation": (
                            "<p>Kinderen van 4 tot 12 jaar gaan eerst naar een "
                            "nieuwkomersklas op een basisschool. Jongeren van 12 tot 18 jaar "
                            "gaan naar de internationale schakelklas. Daar leren ze "
                            "Nederlands en ook andere vakken.</p>"
                        ),
                    },
                    {
                        "title": "Daarna naar een gewone klas",
                        "explanation": (
                            "<p>Na ongeveer een of twee jaar gaat uw kind naar een gewone "
                            "klas of school. De school helpt bij die overstap.</p>"
                        ),
                    },
                ],
            }),
            ("heading", {"text": "Ook voor u als ouder", "level": "h2"}),
            ("text", (
                "<p>Wilt u zelf Nederlands oefenen, of uw kind helpen met school? Een "
                "taalmaatje komt bij u thuis om samen te oefenen. Ook in de bibliotheek kunt u "
                "terecht met vragen over taal.</p>"
                "<p>Heeft uw kind nare dingen meegemaakt, bijvoorbeeld op de reis naar "
                "Nederland? Vertel het aan de school of de jeugdarts. Er is hulp voor "
                "kinderen die slecht slapen of vaak bang zijn.</p>"
            )),
            ("questions", {
                "title": "Vragen die ouders vaak stellen",
                "items": [
                    {
                        "question": (
                            "Mijn kind spreekt nog geen Nederlands. Kan het toch naar school?"
                        ),
                        "answer": (
                            "<p>Ja. Daar is de taalklas juist voor. Kinderen leren daar elke "
                            "dag Nederlands, met veel plaatjes en spelletjes.</p>"
                        ),
                    },
                    {
                        "question": "Moet ik Nederlands spreken om met de school te praten?",
                        "answer": (
                            "<p>Nee. Vraag de school om een tolk, of neem iemand mee die u "
                            "vertrouwt. Praat thuis gerust uw eigen taal met uw kind. Dat "
                            "helpt juist bij het leren van Nederlands.</p>"
                        ),
                    },
                ],
            }),
        ],
        "who_can_help": [
            "onderwijsloket-nieuwkomers",
            "nieuwkomersklas-basisonderwijs",
            "internationale-schakelklas",
            "taalmaatjes-voor-gezinnen",
        ],
    },
    # ---------------------------------------------------------------- peuters, VVE
    {
        "slug": "mijn-peuter-gaat-bijna-naar-school",
        "title": "Mijn peuter gaat bijna naar school",
        "intro": (
            "Spelen en praten met andere kinderen helpt peuters op weg. Met extra aandacht "
            "voor taal begint uw kind beter op de basisschool."
        ),
        "themas": ["VVE", "Jonge kind", "Taal en spraak"],
        "body": [
            ("text", (
                "<p>Vanaf 2 jaar kan uw kind naar de peuteropvang. Peuters spelen daar samen, "
                "zingen liedjes en luisteren naar verhalen. Zo leren ze nieuwe woorden. En ze "
                "leren om samen te spelen.</p>"
            )),
            ("heading", {"text": "Wat is VVE?", "level": "h2"}),
            ("text", (
                "<p>VVE betekent voor- en vroegschoolse educatie. Dat is extra aandacht voor "
                "taal en ontwikkeling. Het begint op de peuteropvang en gaat door in groep 1 "
                "en 2 van de basisschool.</p>"
                "<p>Het consultatiebureau kijkt of uw kind dit nodig heeft. Bijvoorbeeld als "
                "uw kind nog weinig woorden zegt. Of als u thuis een andere taal spreekt. Uw "
                "kind gaat dan meer uren per week naar de peuteropvang.</p>"
            )),
            ("steps", {
                "title": "Van peutergroep naar basisschool",
                "steps": [
                    {
                        "title": "Aanmelden bij de peuteropvang",
                        "explanation": (
                            "<p>Meld uw kind aan als het 2 jaar is. Vraag wat het kost. Dat "
                            "hangt af van uw inkomen.</p>"
                        ),
                    },
                    {
                        "title": "Aanmelden bij de basisschool",
                        "explanation": (
                            "<p>Kies een basisschool en meld uw kind aan. Doe dat op tijd, "
                            "het liefst rond de derde verjaardag. Met 4 jaar mag uw kind "
                            "naar school.</p>"
                        ),
                    },
                    {
                        "title": "De peuteropvang vertelt de school hoe het gaat",
                        "explanation": (
                            "<p>Als u dat goed vindt, vertelt de peuteropvang de "
                            "basisschool wat uw kind al kan. Zo kan de leraar meteen goed "
                            "aansluiten.</p>"
                        ),
                    },
                    {
                        "title": "Wennen",
                        "explanation": (
                            "<p>Voor de vierde verjaardag mag uw kind een paar keer komen "
                            "wennen in de klas.</p>"
                        ),
                    },
                ],
            }),
            ("questions", {
                "title": "Vragen die ouders vaak stellen",
                "items": [
                    {
                        "question": "Mijn peuter praat nog weinig. Moet ik me zorgen maken?",
                        "answer": (
                            "<p>Elk kind leert praten in zijn eigen tempo. Twijfelt u? Vraag "
                            "het aan het consultatiebureau. Ook een logopedist kan kijken. "
                            "Daarvoor heeft u geen verwijzing nodig.</p>"
                        ),
                    },
                    {
                        "question": "Wij spreken thuis geen Nederlands. Is dat erg?",
                        "answer": (
                            "<p>Nee. Praat thuis vooral de taal die u het best spreekt. Een "
                            "kind dat zijn eerste taal goed kent, leert ook makkelijker "
                            "Nederlands. Op de peuteropvang hoort uw kind elke dag "
                            "Nederlands.</p>"
                        ),
                    },
                ],
            }),
        ],
        "who_can_help": [
            "peuteropvang-met-vve",
            "jeugdgezondheidszorg",
            "logopedie",
            "bibliotheek-voorlezen-en-taal",
        ],
    },
    # -------------------------------------------------------- jongeren: praten
    {
        "slug": "je-wilt-met-iemand-praten",
        "title": "Je wilt met iemand praten",
        "intro": (
            "Zit je ergens mee? Over school, thuis, vrienden of hoe je je voelt? Praten "
            "helpt. Je hoeft het niet alleen op te lossen."
        ),
        "themas": ["Sociale veiligheid", "Gedrag"],
        "body": [
            ("text", (
                "<p>Iedereen zit weleens ergens mee. Misschien word je gepest. Misschien is er "
                "veel ruzie thuis, of voel je je vaak somber of gestrest. Het kan ook gaan om "
                "geld, verliefd zijn of drugs. Over al die dingen mag je praten.</p>"
            )),
            ("heading", {"text": "Met wie kun je praten?", "level": "h2"}),
            ("text", (
                "<ul>"
                "<li><b>Je mentor</b>, of een leraar die je vertrouwt.</li>"
                "<li><b>De vertrouwenspersoon op school.</b> Die luistert en vertelt het "
                "niet zomaar verder.</li>"
                "<li><b>De schoolmaatschappelijk werker.</b> Je kunt zelf een afspraak "
                "maken.</li>"
                "<li><b>Een jongerenwerker</b> in je wijk of in het jongerencentrum.</li>"
                "<li><b>De Jongerenlijn.</b> Daar kun je chatten of bellen zonder je naam te "
                "zeggen.</li>"
                "<li><b>Je huisarts.</b> Bij veel huisartsen werkt iemand die speciaal met "
                "jongeren praat.</li>"
                "</ul>"
            )),
            ("questions", {
                "title": "Vragen die jongeren vaak stellen",
                "items": [
                    {
                        "question": "Vertellen ze het aan mijn ouders?",
                        "answer": (
                            "<p>Hulpverleners hebben een geheimhoudingsplicht. Dat betekent "
                            "dat ze niet zomaar iets doorvertellen. Vraag aan het begin wat "
                            "ze wel en niet aan anderen vertellen. Ben je in gevaar? Dan "
                            "moeten ze soms iemand anders inschakelen. Meestal bespreken ze "
                            "dat eerst met jou.</p>"
                        ),
                    },
                    {
                        "question": "Ik vind het moeilijk om te beginnen. Hoe doe ik dat?",
                        "answer": (
                            "<p>Zeg gewoon dat je ergens mee zit en niet weet hoe je moet "
                            "beginnen. Je mag ook iets opschrijven en dat laten lezen. Of "
                            "neem een vriend of vriendin mee.</p>"
                        ),
                    },
                    {
                        "question": "Wat als het echt niet goed met me gaat?",
                        "answer": (
                            "<p>Denk je erover om jezelf iets aan te doen? Of ben je in "
                            "gevaar? Wacht dan niet. Bel je huisarts en zeg dat het dringend "
                            "is. Bij direct gevaar bel je 112.</p>"
                        ),
                    },
                ],
            }),
        ],
        "who_can_help": [
            "jongerenlijn-praat-maar",
            "schoolmaatschappelijk-werk",
            "jongerenwerk-en-preventie",
            "praktijkondersteuner-jeugd-huisarts",
        ],
    },
    # ------------------------------------------------- zorgplicht en het oneens zijn
    {
        "slug": "wat-moet-de-school-doen",
        "title": "Wat moet de school doen? En wat als u het oneens bent?",
        "intro": (
            "Elke school moet zorgen voor een passende plek voor uw kind. Bent u het niet "
            "eens met de school? Dan kunt u een paar stappen zetten."
        ),
        "themas": ["Passend onderwijs", "Ouderbetrokkenheid"],
        "body": [
            ("text", (
                "<p>Sinds 1 augustus 2014 geldt de wet passend onderwijs. Daarin staat dat "
                "scholen een <b>zorgplicht</b> hebben. Dat betekent: de school moet een "
                "passende plek zoeken voor een kind dat extra ondersteuning nodig heeft. Op "
                "de eigen school, of op een andere school die uw kind wil toelaten. Dat geldt "
                "ook voor kinderen die al op de school zitten.</p>"
            )),
            ("heading", {"text": "Wat betekent dat bij het aanmelden?", "level": "h2"}),
            ("text", (
                "<p>Meld uw kind schriftelijk aan, het liefst tien weken voor het nieuwe "
                "schooljaar begint. Vertel de school wat uw kind nodig heeft. De school heeft "
                "dan zes weken om te kijken wat past. Soms mag dat vier weken langer "
                "duren.</p>"
                "<p>Kan de school uw kind niet goed helpen? Dan moet de school zelf een "
                "andere school zoeken die wel past. U hoeft dat dus niet alleen te doen.</p>"
            )),
            ("steps", {
                "title": "Oneens met de school? Zo pakt u het aan",
                "steps": [
                    {
                        "title": "Praat met de school",
                        "explanation": (
                            "<p>Begin bij de leraar of de mentor. Daarna kunt u naar de "
                            "intern begeleider of de directeur. Schrijf op wat u wilt, en wat "
                            "er is afgesproken.</p>"
                        ),
                    },
                    {
                        "title": "Bel het samenwerkingsverband",
                        "explanation": (
                            "<p>Komt u er samen niet uit? Bel dan het loket van het "
                            "samenwerkingsverband. Een consulent luistert naar u en naar de "
                            "school. Samen zoeken jullie een oplossing.</p>"
                        ),
                    },
                    {
                        "title": "Vraag een onderwijsconsulent",
                        "explanation": (
                            "<p>Een onderwijsconsulent is een deskundige die niet bij de "
                            "school hoort. Hij of zij helpt ouders en scholen om er samen uit "
                            "te komen. Bijvoorbeeld als een kind thuiszit. Dat is gratis.</p>"
                        ),
                    },
                    {
                        "title": "Een klacht of een geschil",
                        "explanation": (
                            "<p>Lukt het nog steeds niet? Dan kunt u een klacht indienen bij "
                            "de school. Gaat het over toelaten, van school sturen of het "
                            "plan voor uw kind? Dan kunt u ook naar een landelijke "
                            "commissie. Die geeft een oordeel over wie gelijk heeft.</p>"
                        ),
                    },
                ],
            }),
            ("text", (
                "<p>Meer over uw rechten leest u op de "
                "<a href=\"https://www.rijksoverheid.nl/onderwerpen/passend-onderwijs\">pagina "
                "over passend onderwijs van de Rijksoverheid</a>.</p>"
            )),
        ],
        "who_can_help": [
            "loket-passend-onderwijs-basisonderwijs",
            "loket-passend-onderwijs-voortgezet-onderwijs",
            "schoolmaatschappelijk-werk",
            "leerplicht",
        ],
    },
]
