"""Demo news for Actueel: what happens in the wijkzorgnetwerk of Zoetermeer in 2026.

Every item is written for this project. Schools, organisations and people are
invented (see `taxonomy.demo.ORGANISATIONS`); the numbers in the
thuiszitterstafel item are made-up examples and say so. Body blocks follow
the format described in `kennisbank.demo_data`.
"""

NEWS = [
    {
        "slug": "nieuwe-ronde-wijkbijeenkomsten",
        "title": "Nieuwe ronde wijkbijeenkomsten begint in september",
        "date": "2026-09-01",
        "intro": (
            "Ook dit schooljaar komen in elke wijk de intern begeleiders samen met hun "
            "partners uit zorg, welzijn en kinderopvang. De eerste bijeenkomst is op "
            "22 september in Meerzicht."
        ),
        "themas": ["Passend onderwijs", "Ouderbetrokkenheid"],
        "visibility": "public",
        "body": [
            ("text", (
                "<p>Eén keer per jaar schuiven in elke wijk de intern begeleiders (IB) van de "
                "basisscholen aan bij de mensen met wie ze het hele jaar samenwerken: het "
                "jeugd- en gezinsteam (JGT), het schoolmaatschappelijk werk (SMW), de "
                "jeugdgezondheidszorg (JGZ), de kinderopvang en de leerplichtambtenaar. Het "
                "idee is eenvoudig: wie elkaar al kent, belt sneller als er iets speelt.</p>"
            )),
            ("heading", {"text": "Data en plaatsen", "level": "h2"}),
            ("table", {
                "caption": "Wijkbijeenkomsten najaar 2026, steeds van 15.30 tot 17.30 uur",
                "header": ["Wijk", "Datum", "Plaats"],
                "rows": [
                    ["Meerzicht", "dinsdag 22 september", "Basisschool De Klimboom"],
                    ["Palenstein", "dinsdag 29 september", "Basisschool De Zeepbel"],
                    ["Oosterheem", "dinsdag 6 oktober", "Kindcentrum Sterrenpad"],
                    ["Buytenwegh en Seghwaert", "dinsdag 13 oktober",
                     "Basisschool Het Kompasblad"],
                    ["Noordhove en Dorp", "dinsdag 3 november", "SBO De Vuurtoren"],
                    ["Rokkeveen", "dinsdag 10 november", "Meerwijk College"],
                    ["Stadscentrum en Driemanspolder", "dinsdag 17 november",
                     "Gezinspunt Stadshart (CJG)"],
                ],
            }),
            ("text", (
                "<p>Dit jaar staat één vraag centraal: benutten we in de wijk de lichte hulp "
                "ten volle voordat we opschalen? Elke wijk sluit de middag af met drie "
                "concrete afspraken voor het komende jaar. Die komen daarna in het "
                "wijkjaarplan en op dit platform.</p>"
                "<p>Aanmelden kan via de <b>Agenda</b>. Nieuw in uw functie? Dan is dit "
                "dé plek om in één middag uw belangrijkste contactpersonen te leren "
                "kennen.</p>"
            )),
            ("quote", {
                "text": (
                    "Sinds de wijkbijeenkomst bel ik de schoolmaatschappelijk werker veel "
                    "eerder. Ik weet nu wie ik aan de lijn krijg."
                ),
                "source": "Intern begeleider van een basisschool in Oosterheem",
            }),
        ],
    },
    {
        "slug": "pilot-jeugdprofessional-op-school-palenstein",
        "title": "Pilot: een jeugdprofessional op school in Palenstein",
        "date": "2026-08-27",
        "intro": (
            "Vanaf 1 oktober werkt een jeugdprofessional op school (JOS) twee dagen per "
            "week op Basisschool De Zeepbel. De pilot loopt tot de zomer van 2027."
        ),
        "themas": ["Gedrag", "Ouderbetrokkenheid"],
        "visibility": "public",
        "body": [
            ("text", (
                "<p>Een jeugdprofessional op school is een medewerker van het jeugd- en "
                "gezinsteam die niet op kantoor zit, maar gewoon in de school. Leerkrachten "
                "kunnen even binnenlopen met een zorg, en ouders kunnen een gesprek krijgen "
                "zonder verwijzing of wachtlijst. In Palenstein komt de JOS van "
                "Jeugd- en gezinsteam Noord.</p>"
            )),
            ("heading", {"text": "Wat verandert er voor ouders?", "level": "h2"}),
            ("text", (
                "<p>Op dinsdag- en donderdagochtend is de JOS op school. U kunt zelf een "
                "afspraak maken, of de leerkracht of intern begeleider vraagt of u een "
                "gesprek wilt. Praten is altijd vrijwillig. De school deelt alleen "
                "informatie over uw kind als u daar toestemming voor geeft.</p>"
            )),
            ("heading", {"text": "Wat willen we leren?", "level": "h2"}),
            ("text", (
                "<ul>"
                "<li>Voelen leerkrachten zich beter gesteund bij gedrag dat opvalt?</li>"
                "<li>Krijgen gezinnen eerder lichte hulp, zodat zwaardere zorg minder vaak "
                "nodig is?</li>"
                "<li>Hoe werken de JOS, het schoolmaatschappelijk werk en de IB samen "
                "zonder dat ze elkaars werk dubbel doen?</li>"
                "</ul>"
                "<p>In maart 2027 volgt een tussenevaluatie. Andere scholen die willen "
                "meekijken, kunnen lid worden van de groep <i>Pilot JOS Palenstein</i> "
                "onder Mijn groepen.</p>"
            )),
        ],
    },
    {
        "slug": "schoolondersteuningsprofielen-online",
        "title": "Nieuwe schoolondersteuningsprofielen staan online",
        "date": "2026-10-14",
        "intro": (
            "Alle basisscholen van het samenwerkingsverband hebben hun nieuwe "
            "schoolondersteuningsprofiel (SOP) vastgesteld. Per school staat het nu op de "
            "sociale kaart."
        ),
        "themas": ["Passend onderwijs"],
        "visibility": "public",
        "body": [
            ("text", (
                "<p>In een SOP beschrijft een school welke ondersteuning zij kan bieden: wat "
                "elke leerling krijgt (de basisondersteuning), welke extra ondersteuning "
                "mogelijk is en welke kennis er in het team zit. Een school stelt het SOP "
                "minstens eens in de vier jaar opnieuw vast. De medezeggenschapsraad mag "
                "daarover advies geven.</p>"
            )),
            ("heading", {"text": "Wat is er anders dan vorige keer?", "level": "h2"}),
            ("text", (
                "<ul>"
                "<li>Alle scholen gebruiken dezelfde indeling, zodat u profielen makkelijk "
                "naast elkaar legt.</li>"
                "<li>Elk SOP heeft een paragraaf over de samenwerking in de wijk, met het "
                "JGT, het SMW en de kinderopvang.</li>"
                "<li>Bij elk profiel hoort een korte samenvatting in eenvoudige taal, "
                "speciaal voor ouders.</li>"
                "</ul>"
            )),
            ("questions", {
                "title": "Vragen die we vaak horen",
                "items": [
                    {
                        "question": "Mijn kind heeft extra hulp nodig. Wat heb ik aan het SOP?",
                        "answer": (
                            "<p>In het SOP leest u wat de school in het algemeen kan bieden. "
                            "Het is een goed begin van een gesprek met de leerkracht of de "
                            "intern begeleider. Wat uw kind precies nodig heeft, bespreekt "
                            "u samen met school.</p>"
                        ),
                    },
                    {
                        "question": "Staat iets niet in het SOP. Kan het dan niet?",
                        "answer": (
                            "<p>Niet per se. Het SOP is geen uitputtende lijst. Bovendien "
                            "heeft de school een zorgplicht: kan zij zelf niet bieden wat een "
                            "kind nodig heeft, dan zoekt zij samen met de ouders een school "
                            "die dat wel kan.</p>"
                        ),
                    },
                ],
            }),
        ],
    },
    {
        "slug": "terugblik-thuiszitterstafel-2025-2026",
        "title": "Thuiszitterstafel: terugblik op schooljaar 2025-2026",
        "date": "2026-07-09",
        "intro": (
            "Een terugblik op een jaar thuiszitterstafel, met voorbeeldcijfers. De getallen "
            "in dit bericht zijn verzonnen voor de demo van het platform."
        ),
        "themas": ["Thuiszitters", "Schoolverzuim", "Passend onderwijs"],
        "visibility": "professionals",
        "body": [
            ("text", (
                "<p>Aan de thuiszitterstafel zitten elke maand de samenwerkingsverbanden PO "
                "en VO, Bureau Leerplicht, beide jeugd- en gezinsteams, een aanbieder van "
                "jeugdhulp en de gemeente. Een school brengt er een leerling in als het met "
                "de gewone partners niet meer lukt. Ouders en, als het kan, de leerling "
                "zelf praten mee. Zonder hun toestemming komt een leerling niet op de "
                "agenda.</p>"
            )),
            ("table", {
                "caption": "Leerlingen aan de thuiszitterstafel 2025-2026 (voorbeeldcijfers)",
                "header": ["Leerlingen", "PO", "VO", "Totaal"],
                "rows": [
                    ["Ingebracht", "14", "23", "37"],
                    ["Weer (deels) naar de eigen school", "9", "15", "24"],
                    ["Naar een andere school of naar (V)SO", "3", "4", "7"],
                    ["Nog zonder passende plek", "2", "4", "6"],
                ],
            }),
            ("heading", {"text": "Wat we leerden", "level": "h2"}),
            ("text", (
                "<ul>"
                "<li><b>Eerder aan tafel.</b> Een leerling zat gemiddeld elf weken thuis "
                "voordat hij werd ingebracht (ook een voorbeeldgetal). De afspraak is: "
                "na vier weken thuis bespreken we de leerling.</li>"
                "<li><b>Klein beginnen werkt.</b> Bij de meeste leerlingen die terugkeerden, "
                "hielp een tijdelijk kleiner rooster met maatwerk in onderwijstijd.</li>"
                "<li><b>Wachten op zorg blijft het knelpunt.</b> Waar specialistische "
                "jeugdhulp nodig was, liep de terugkeer het vaakst vertraging op.</li>"
                "</ul>"
            )),
            ("text", (
                "<p>Wilt u een leerling inbrengen? Neem contact op met de leerplichtambtenaar "
                "of met de consulent van uw samenwerkingsverband. Casuïstiek bespreken we "
                "in de besloten groep <i>Thuiszitterstafel</i>, en ook daar zonder namen of "
                "andere gegevens die een kind herkenbaar maken.</p>"
            )),
        ],
    },
    {
        "slug": "eddies-versterken-redactie",
        "title": "Eddies versterken de redactie van de kennisbank",
        "date": "2026-06-03",
        "intro": (
            "Vijf jonge redacteuren van een Zoetermeers leerwerkbedrijf houden vanaf juni "
            "de kennisbank en de rijke leeromgeving bij. Een professional bekijkt elke "
            "wijziging voordat die online komt."
        ),
        "themas": ["Passend onderwijs", "Dyslexie"],
        "visibility": "public",
        "body": [
            ("text", (
                "<p>De eddies zijn jongeren die bij een leerwerkbedrijf het vak van "
                "webredacteur leren. Ze zoeken goede voorbeelden uit de kinderopvang, het PO, "
                "het VO en het MBO op, schrijven ze helder op en houden de lijst met "
                "regelingen en kennisbronnen actueel. Een redacteur van het "
                "samenwerkingsverband leest alles mee voordat het gepubliceerd wordt.</p>"
            )),
            ("text", (
                "<p>Hun eerste klus: alle voorbeelden over dyslexie nalopen. Welke aanpak "
                "wordt nog gebruikt, klopt de contactpersoon nog en is de uitleg over de "
                "vergoeding van dyslexiezorg nog juist?</p>"
            )),
            ("quote", {
                "text": (
                    "Ik had zelf dyslexie op de basisschool. Nu schrijf ik op wat er allemaal "
                    "kan, zodat een ouder het in één keer snapt."
                ),
                "source": "Mila, eddie",
            }),
            ("text", (
                "<p>Mist u een aanbod of een aanbieder in de rijke leeromgeving? Gebruik de "
                "knop <b>Aanbod voorstellen</b>. De eddies nemen uw tip op en laten u weten "
                "wanneer het voorbeeld online staat.</p>"
            )),
        ],
    },
    {
        "slug": "nieuwe-sociale-kaart",
        "title": "De nieuwe sociale kaart: eerst licht, dan zwaar",
        "date": "2026-05-19",
        "intro": (
            "De sociale kaart van Zoetermeer is vernieuwd. Voorzieningen staan nu op "
            "volgorde van zwaarte, zodat u eerst ziet wat dichtbij en vrij toegankelijk is."
        ),
        "themas": ["Ouderbetrokkenheid", "Passend onderwijs"],
        "visibility": "public",
        "body": [
            ("text", (
                "<p>Op de sociale kaart vindt u scholen, kinderopvang, teams en hulpverleners "
                "in Zoetermeer. Nieuw is de volgorde. Bovenaan staat wat u zonder verwijzing "
                "kunt gebruiken; onderaan de gespecialiseerde zorg. Zo helpt de kaart om "
                "eerst de lichtere hulp te gebruiken, en pas daarna op te schalen.</p>"
            )),
            ("steps", {
                "title": "Zo is de kaart opgebouwd",
                "steps": [
                    {
                        "title": "Vrij toegankelijk",
                        "explanation": (
                            "<p>Schoolmaatschappelijk werk, de jeugdgezondheidszorg (JGZ), "
                            "het CJG en preventiemedewerkers. U kunt er direct terecht, "
                            "zonder verwijzing.</p>"
                        ),
                    },
                    {
                        "title": "Advies, consultatie en toegang",
                        "explanation": (
                            "<p>De jeugd- en gezinsteams denken mee, bieden zelf "
                            "kortdurende hulp en regelen zo nodig de toegang tot "
                            "jeugdhulp.</p>"
                        ),
                    },
                    {
                        "title": "Jeugdhulp",
                        "explanation": (
                            "<p>Behandeling en specialistische zorg, zoals jeugd-GGZ of "
                            "intensieve gezinsbegeleiding. Hiervoor is meestal een "
                            "verwijzing nodig.</p>"
                        ),
                    },
                ],
            }),
            ("text", (
                "<p>U kunt de kaart filteren op wijk en op thema. Organisaties houden hun "
                "eigen gegevens bij; klopt er iets niet, dan kunt u dat per voorziening "
                "doorgeven. De teksten voor ouders zijn in eenvoudige taal geschreven.</p>"
            )),
        ],
    },
    {
        "slug": "terugblik-scholing-cluster-2",
        "title": "Terugblik: scholing over cluster 2 in de klas",
        "date": "2026-10-29",
        "intro": (
            "Ambulant begeleiders van SO/VSO De Wegwijzer gaven een scholing over leerlingen "
            "met een taalontwikkelingsstoornis of een gehoorprobleem. Hier leest u de "
            "belangrijkste punten."
        ),
        "themas": ["Taal en spraak", "Passend onderwijs"],
        "visibility": "public",
        "body": [
            ("text", (
                "<p>Op dinsdag 27 oktober kwamen ruim veertig leerkrachten, intern "
                "begeleiders en pedagogisch medewerkers bij elkaar in Dorp. Twee ambulant "
                "begeleiders (AB) lieten zien hoe een leerling met een cluster 2-probleem "
                "de les beleeft, en wat een leerkracht morgen al anders kan doen.</p>"
            )),
            ("heading", {"text": "Vijf tips uit de scholing", "level": "h2"}),
            ("text", (
                "<ol>"
                "<li>Geef één opdracht tegelijk, in korte zinnen.</li>"
                "<li>Laat zien wat u zegt: met een dagritme, pictogrammen of een voorbeeld "
                "op het bord.</li>"
                "<li>Controleer of de leerling het begrepen heeft door de opdracht te laten "
                "navertellen.</li>"
                "<li>Leer nieuwe woorden vóór de les aan (pre-teaching), liefst ook "
                "thuis.</li>"
                "<li>Let op geluid: een rustige plek en zo min mogelijk achtergrondlawaai "
                "maken een groot verschil.</li>"
                "</ol>"
            )),
            ("text", (
                "<p>De dia's staan voor ingelogde professionals bij de bijeenkomst in de "
                "Agenda. Heeft u vragen over een leerling? Ambulante begeleiding vraagt u aan "
                "via uw samenwerkingsverband. In maart 2027 volgt een vervolg over taal bij "
                "het jonge kind.</p>"
            )),
        ],
    },
    {
        "slug": "meer-vve-plekken",
        "title": "Meer VVE-plekken voor peuters in Oosterheem en Palenstein",
        "date": "2026-05-12",
        "intro": (
            "Vanaf september zijn er 32 extra plekken voor voor- en vroegschoolse educatie. "
            "Peuters met een VVE-indicatie kunnen daardoor eerder beginnen."
        ),
        "themas": ["VVE", "Jonge kind"],
        "visibility": "public",
        "body": [
            ("text", (
                "<p>De gemeente en Kinderopvang Kleine Reus openen na de zomer twee nieuwe "
                "peutergroepen: één in Oosterheem en één in het gebouw van Basisschool "
                "De Zeepbel in Palenstein. In beide wijken stonden peuters op een "
                "wachtlijst.</p>"
                "<p>VVE is er voor kinderen die een steuntje in de rug kunnen gebruiken, "
                "bijvoorbeeld bij het leren van Nederlands. Ze spelen en leren vier "
                "ochtenden per week in een kleine groep, met aandacht voor taal, tellen en "
                "samen spelen.</p>"
            )),
            ("questions", {
                "title": "Vragen van ouders",
                "items": [
                    {
                        "question": "Hoe krijgt mijn peuter een VVE-indicatie?",
                        "answer": (
                            "<p>De jeugdarts of jeugdverpleegkundige van het "
                            "consultatiebureau kijkt samen met u hoe uw kind zich "
                            "ontwikkelt. Past VVE bij uw kind, dan krijgt u een "
                            "indicatie.</p>"
                        ),
                    },
                    {
                        "question": "Wat kost het?",
                        "answer": (
                            "<p>Wat u betaalt, hangt af van uw inkomen. De gemeente betaalt "
                            "mee, zodat geld geen reden hoeft te zijn om niet te komen. De "
                            "kinderopvang rekent het precies voor u uit.</p>"
                        ),
                    },
                    {
                        "question": "Moet mijn kind naar een groep in de eigen wijk?",
                        "answer": (
                            "<p>Nee, maar het is vaak handig. Veel peutergroepen werken nauw "
                            "samen met een basisschool in de buurt. Dan is de stap naar "
                            "groep 1 kleiner.</p>"
                        ),
                    },
                ],
            }),
            ("text", (
                "<p>Professionals die een gezin willen doorverwijzen, vinden de nieuwe "
                "groepen op de sociale kaart onder het thema VVE.</p>"
            )),
        ],
    },
    {
        "slug": "herinnering-privacyafspraken",
        "title": "Even herhalen: wat wel en niet op het platform hoort",
        "date": "2026-11-17",
        "intro": (
            "Dit platform is een plek om kennis te delen, geen dossier. Een korte herinnering "
            "aan de afspraken uit het privacyconvenant."
        ),
        "themas": ["Meldcode", "Ouderbetrokkenheid"],
        "visibility": "professionals",
        "body": [
            ("text", (
                "<p>Het platform groeit, en er wordt steeds meer gedeeld. Mooi, maar de "
                "moderatoren moesten de afgelopen maanden ook een paar berichten weghalen "
                "waarin een kind te herkennen was. Daarom zetten we de afspraken nog eens "
                "op een rij.</p>"
            )),
            ("text", (
                "<p><b>Hoort nooit in een bericht:</b></p>"
                "<ul>"
                "<li>de naam, geboortedatum of het adres van een kind of ouder;</li>"
                "<li>een burgerservicenummer (BSN);</li>"
                "<li>een combinatie van details, zoals school, groep en een bijzondere "
                "gebeurtenis, waardoor toch duidelijk is over wie het gaat;</li>"
                "<li>foto's, verslagen of documenten uit een leerlingdossier.</li>"
                "</ul>"
            )),
            ("questions", {
                "title": "Hoe doe ik het dan wel?",
                "items": [
                    {
                        "question": "Ik wil collega's om raad vragen over een leerling.",
                        "answer": (
                            "<p>Beschrijf de vraag, niet het kind. Bijvoorbeeld: "
                            "<i>een leerling in de bovenbouw die na een verhuizing steeds "
                            "vaker ziek wordt gemeld</i>. Noem geen school of wijk als dat "
                            "het kind herkenbaar maakt.</p>"
                        ),
                    },
                    {
                        "question": "Ik maak me zorgen over de veiligheid van een kind.",
                        "answer": (
                            "<p>Dan volgt u de meldcode van uw eigen organisatie. Een "
                            "algemene vraag over de stappen mag u hier stellen, maar de "
                            "zorg zelf bespreekt u met uw aandachtsfunctionaris, niet op "
                            "het platform.</p>"
                        ),
                    },
                    {
                        "question": "Ik heb per ongeluk te veel gedeeld. Wat nu?",
                        "answer": (
                            "<p>Pas het bericht direct aan of verwijder het, en laat het de "
                            "moderatoren weten. Zij helpen u verder, ook als anderen al "
                            "hebben gereageerd.</p>"
                        ),
                    },
                ],
            }),
            ("quote", {
                "text": (
                    "Niet over het gezin, maar met het gezin. Dat geldt online net zo goed "
                    "als aan tafel."
                ),
                "source": "Moderatieteam wijkzorgnetwerk",
            }),
        ],
    },
    {
        "slug": "nieuwe-afspraken-overdracht-po-vo",
        "title": "Warme overdracht naar de brugklas: nieuwe afspraken",
        "date": "2026-11-04",
        "intro": (
            "Basisscholen en middelbare scholen in Zoetermeer hebben nieuwe afspraken "
            "gemaakt over leerlingen die extra ondersteuning krijgen. Ouders praten voortaan "
            "altijd mee bij de overdracht."
        ),
        "themas": ["Overgang PO-VO", "Passend onderwijs"],
        "visibility": "public",
        "body": [
            ("text", (
                "<p>De overstap naar de middelbare school is voor elk kind spannend, en voor "
                "een kind dat extra ondersteuning krijgt nog meer. Samenwerkingsverband "
                "Samen Passend PO en Samenwerkingsverband VO Dichtbij spraken daarom af hoe "
                "scholen die overstap samen voorbereiden. Het uitgangspunt: wat op de "
                "basisschool werkte, gaat niet verloren.</p>"
            )),
            ("steps", {
                "title": "Zo verloopt de overdracht",
                "steps": [
                    {
                        "title": "Najaar groep 8: wat werkt?",
                        "explanation": (
                            "<p>De leerkracht, de IB en de ouders zetten op een rij welke "
                            "ondersteuning helpt, en wat het kind zelf belangrijk "
                            "vindt.</p>"
                        ),
                    },
                    {
                        "title": "Voorjaar: aanmelden en toestemming",
                        "explanation": (
                            "<p>Bij de aanmelding geven ouders toestemming om het "
                            "onderwijskundig rapport en, als dat er is, het OPP met de nieuwe "
                            "school te delen.</p>"
                        ),
                    },
                    {
                        "title": "Voor de zomer: het overdrachtsgesprek",
                        "explanation": (
                            "<p>De IB, de zorgcoördinator van de VO-school en de ouders "
                            "praten samen. De leerling schuift aan als hij of zij dat "
                            "wil.</p>"
                        ),
                    },
                    {
                        "title": "Na de herfstvakantie: terugkoppeling",
                        "explanation": (
                            "<p>De middelbare school laat de basisschool weten hoe de "
                            "start is gegaan. Zo leren beide scholen van elke "
                            "overstap.</p>"
                        ),
                    },
                ],
            }),
            ("text", (
                "<p>Het overdrachtsformulier en een gesprekswijzer staan in de kennisbank. "
                "Vragen over de afspraken kunt u stellen aan de consulent van uw "
                "samenwerkingsverband.</p>"
            )),
        ],
    },
]
