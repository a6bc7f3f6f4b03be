"""Demo kennisartikelen: uitleg over passend onderwijs, jeugdhulp en de werkwijzen in de wijk.

Every article is written for this project, in Dutch, for the professionals around
children in Zoetermeer (intern begeleiders, leraren, jeugdprofessionals) and, for
the public ones, readable for parents too. Schools, organisations and people are
invented; facts about laws and procedures are kept general and correct.

Each article is a dict with slug, title, intro (plain text), themas (names from
`taxonomy.demo.THEMAS`), visibility ("public" or "professionals") and body, a
list of (block type, value) pairs in the format described in
`kennisbank.demo_data`.
"""

ARTICLES = [
    # ------------------------------------------------------------------ dyslexie
    {
        "slug": "dyslexie-signaleren-en-begeleiden",
        "title": "Dyslexie: signaleren en begeleiden op school",
        "intro": (
            "Hoe herkent u hardnekkige lees- en spellingproblemen op tijd? En welke "
            "begeleiding past bij welk niveau van ondersteuning?"
        ),
        "themas": ["Dyslexie"],
        "visibility": "public",
        "body": [
            ("text", (
                "<p>Bij dyslexie lukt het een kind niet om het lezen en spellen van woorden "
                "te automatiseren, ook niet met goed onderwijs en veel oefening. Het zegt "
                "niets over intelligentie of inzet. Hoe eerder de school de problemen ziet, "
                "hoe beter de hulp aansluit en hoe kleiner de kans op faalangst.</p>"
            )),
            ("heading", {"text": "Waar let u op?", "level": "h2"}),
            ("text", (
                "<p>Al bij kleuters zijn er aanwijzingen, zoals:</p>"
                "<ul>"
                "<li>moeite met rijmen en met het horen van klanken in woorden;</li>"
                "<li>letters en hun klanken slecht onthouden;</li>"
                "<li>dyslexie bij ouders, broers of zussen: het komt vaak in families voor.</li>"
                "</ul>"
                "<p>Vanaf groep 3 laten de toetsen van het leerlingvolgsysteem zien welke "
                "kinderen achterblijven bij technisch lezen en spellen. Bespreek die "
                "uitslagen per groep met de IB.</p>"
            )),
            ("table", {
                "caption": "Vier niveaus van ondersteuning bij lezen en spellen",
                "header": ["Niveau", "Wat gebeurt er", "Wie voert het uit"],
                "rows": [
                    ["1", "Goed lees- en spellingonderwijs voor de hele groep", "Leraar"],
                    ["2", "Extra instructie en oefentijd in een kleine groep", "Leraar"],
                    ["3", "Intensieve, specifieke begeleiding volgens een vast plan",
                     "Leraar, IB of leesspecialist"],
                    ["4", "Onderzoek naar en behandeling van ernstige dyslexie",
                     "Zorgaanbieder, betaald door de gemeente"],
                ],
            }),
            ("heading", {"text": "Houd een leesdossier bij", "level": "h2"}),
            ("text", (
                "<p>Noteer welke extra hulp een leerling kreeg, hoe vaak, hoe lang en met "
                "welk resultaat. Zo'n leesdossier laat zien of de achterstand blijft "
                "bestaan ondanks goede begeleiding. Dat is nodig als later onderzoek naar "
                "dyslexie aan de orde is. Betrek ouders vanaf het begin: zij kunnen thuis "
                "meelezen en zien zo ook zelf de vooruitgang.</p>"
            )),
        ],
    },
    {
        "slug": "ernstige-dyslexie-onderzoek-en-behandeling",
        "title": "Ernstige dyslexie: onderzoek en behandeling",
        "intro": (
            "Bij ernstige, enkelvoudige dyslexie (EED) betaalt de gemeente onderzoek en "
            "behandeling. Wat moet de school daarvoor aanleveren en hoe verloopt de route?"
        ),
        "themas": ["Dyslexie", "Passend onderwijs"],
        "visibility": "public",
        "body": [
            ("text", (
                "<p>Sinds de invoering van de Jeugdwet in 2015 is de gemeente "
                "verantwoordelijk voor onderzoek en behandeling van ernstige, enkelvoudige "
                "dyslexie bij kinderen op de basisschool en het SBO. <i>Enkelvoudig</i> "
                "betekent dat de dyslexie het belangrijkste probleem is en dat andere "
                "problemen de behandeling niet in de weg staan.</p>"
            )),
            ("heading", {"text": "Wanneer komt een leerling in aanmerking?", "level": "h2"}),
            ("text", (
                "<ul>"
                "<li><b>Ernstige achterstand:</b> de leerling hoort bij de zwakste lezers, "
                "op meerdere toetsmomenten achter elkaar.</li>"
                "<li><b>Hardnekkigheid:</b> de achterstand blijft, ook na minstens twee "
                "periodes van intensieve extra begeleiding op school.</li>"
                "<li><b>Een volledig leesdossier:</b> toetsgegevens, de gegeven hulp en de "
                "evaluaties daarvan.</li>"
                "</ul>"
            )),
            ("steps", {
                "title": "Van begeleiding op school naar vergoede zorg",
                "steps": [
                    {"title": "De school maakt het dossier compleet", "explanation": (
                        "<p>De IB verzamelt toetsuitslagen, handelingsplannen en evaluaties "
                        "en controleert of alles er is.</p>"
                    )},
                    {"title": "Gesprek met ouders", "explanation": (
                        "<p>De school legt uit wat er gebeurt en vraagt toestemming om het "
                        "dossier te delen.</p>"
                    )},
                    {"title": "Toetsing van het dossier", "explanation": (
                        "<p>Afhankelijk van de afspraken in de gemeente beoordeelt een "
                        "poortwachter of de dyslexieaanbieder of het dossier voldoet.</p>"
                    )},
                    {"title": "Onderzoek en behandeling", "explanation": (
                        "<p>Blijkt er sprake van EED, dan volgt een behandeling van meestal "
                        "ruim een jaar. Behandelaar, school en ouders stemmen regelmatig af, "
                        "zodat de leerling in de klas hetzelfde oefent.</p>"
                    )},
                ],
            }),
            ("heading", {"text": "Als de leerling niet in aanmerking komt", "level": "h2"}),
            ("text", (
                "<p>De begeleiding op school gaat dan gewoon door, op het niveau dat de "
                "leerling nodig heeft. Ouders kunnen ervoor kiezen een onderzoek zelf te "
                "betalen. Bespreek in dat geval samen wat de uitkomst betekent voor de "
                "aanpak in de klas.</p>"
            )),
        ],
    },
    {
        "slug": "dyslexie-in-het-voortgezet-onderwijs",
        "title": "Dyslexie in het voortgezet onderwijs",
        "intro": (
            "Welke aanpassingen krijgt een leerling met een dyslexieverklaring op de middelbare "
            "school, en hoe zorgt u dat de overdracht van de basisschool goed verloopt?"
        ),
        "themas": ["Dyslexie", "Overgang PO-VO"],
        "visibility": "public",
        "body": [
            ("text", (
                "<p>Op de middelbare school wordt er veel meer gelezen: langere teksten, "
                "meer vakken en vaak twee of drie vreemde talen. Voor leerlingen met "
                "dyslexie is dat een flinke stap. Een goede overdracht en heldere afspraken "
                "over compenserende maatregelen helpen hen om te laten zien wat ze kunnen.</p>"
            )),
            ("heading", {"text": "De dyslexieverklaring", "level": "h2"}),
            ("text", (
                "<p>Een dyslexieverklaring wordt opgesteld door een bevoegde deskundige, "
                "bijvoorbeeld een gz-psycholoog of orthopedagoog-generalist. Zij blijft de "
                "hele schoolloopbaan geldig. Geef de verklaring en vooral de ervaringen met "
                "wat werkt mee in het onderwijskundig rapport van groep 8.</p>"
            )),
            ("heading", {"text": "Veelgebruikte aanpassingen", "level": "h2"}),
            ("text", (
                "<ul>"
                "<li>extra tijd bij toetsen; bij de centrale examens maximaal 30 minuten "
                "per zitting;</li>"
                "<li>toetsen in een groter lettertype of met meer witruimte;</li>"
                "<li>voorleessoftware en digitale lesboeken;</li>"
                "<li>mondeling overhoren of spelfouten minder zwaar laten meetellen.</li>"
                "</ul>"
            )),
            ("questions", {
                "title": "Veelgestelde vragen",
                "items": [
                    {"question": "Krijgt elke leerling met dyslexie dezelfde aanpassingen?",
                     "answer": (
                        "<p>Nee. De school legt het dyslexiebeleid vast en bespreekt met de "
                        "leerling welke maatregelen bij hem of haar passen. Leg de afspraken "
                        "vast in een dyslexiepas of een vergelijkbaar overzicht.</p>"
                     )},
                    {"question": "Wat kan de school doen bij vreemde talen?", "answer": (
                        "<p>Talen zijn vaak extra zwaar. Scholen laten bijvoorbeeld "
                        "woordjes mondeling overhoren of beoordelen schrijfopdrachten vooral "
                        "op inhoud. Vraag naar de afspraken van de school.</p>"
                    )},
                ],
            }),
        ],
    },
    # ---------------------------------------------------------- hoogbegaafdheid
    {
        "slug": "hoogbegaafde-leerlingen-herkennen",
        "title": "Hoogbegaafde leerlingen herkennen",
        "intro": (
            "Hoogbegaafdheid is niet altijd zichtbaar in hoge cijfers. Waar let u op, en hoe "
            "voorkomt u dat een leerling gaat onderpresteren?"
        ),
        "themas": ["Hoogbegaafdheid"],
        "visibility": "public",
        "body": [
            ("text", (
                "<p>Een hoogbegaafd kind denkt snel en complex, is vaak nieuwsgierig en "
                "creatief en voelt dingen intens. Tegelijk kan zo'n kind zich vervelen, "
                "zich aanpassen aan de groep of juist opvallen door gedrag. Een hoge "
                "intelligentie alleen maakt een kind nog niet succesvol op school: het "
                "heeft ook passende uitdaging en begeleiding nodig.</p>"
            )),
            ("heading", {"text": "Signalen in de klas", "level": "h2"}),
            ("text", (
                "<ul>"
                "<li>begrijpt nieuwe stof na één uitleg en heeft geen herhaling nodig;</li>"
                "<li>stelt diepgaande vragen en legt onverwachte verbanden;</li>"
                "<li>heeft een sterk rechtvaardigheidsgevoel;</li>"
                "<li>haakt af bij eentonig werk, maakt slordige fouten of werkt traag;</li>"
                "<li>heeft weinig aansluiting bij leeftijdsgenoten.</li>"
                "</ul>"
            )),
            ("heading", {"text": "Onderpresteren en dubbel bijzonder", "level": "h2"}),
            ("text", (
                "<p>Sommige hoogbegaafde leerlingen scoren gemiddeld of zelfs laag. Ze "
                "hebben nooit geleerd om door te zetten, zijn bang om fouten te maken of "
                "passen zich aan. Bij leerlingen die ook dyslexie, ADHD of autisme hebben, "
                "verbergen de problemen en de talenten elkaar soms. Kijk daarom breed: "
                "gebruik een signaleringsinstrument, praat met ouders over hoe het kind "
                "thuis is en vraag het kind zelf wat het leuk en moeilijk vindt.</p>"
            )),
            ("quote", {
                "text": (
                    "Ze haalde gewone cijfers en was vooral stil. Pas toen we vroegen wat ze "
                    "thuis deed, hoorden we over haar eigen sterrenkundeboek."
                ),
                "source": "Intern begeleider, basisschool in Seghwaert",
            }),
        ],
    },
    {
        "slug": "compacten-verrijken-en-versnellen",
        "title": "Uitdaging bieden: compacten, verrijken en versnellen",
        "intro": (
            "Hoogbegaafde leerlingen hebben ander werk nodig, niet alleen meer werk. Een "
            "overzicht van de mogelijkheden in en buiten de klas."
        ),
        "themas": ["Hoogbegaafdheid"],
        "visibility": "public",
        "body": [
            ("text", (
                "<p>Een kind dat de stof al beheerst, heeft weinig aan nog een blad met "
                "sommen. Het heeft uitdaging nodig die het laat nadenken, zoeken en soms "
                "ook mislukken. Wat de school hierin standaard biedt, staat in het SOP.</p>"
            )),
            ("table", {
                "caption": "Mogelijkheden voor hoogbegaafde leerlingen",
                "header": ["Aanpak", "Wat houdt het in"],
                "rows": [
                    ["Compacten", "Minder herhaling en oefenstof, zodat er tijd vrijkomt"],
                    ["Verrijken", "Verdiepend en verbredend werk in de vrijgekomen tijd"],
                    ["Versnellen", "Een vak of een leerjaar sneller doorlopen"],
                    ["Plusklas", "Een dagdeel per week leren met ontwikkelingsgelijken"],
                ],
            }),
            ("heading", {"text": "Leren leren hoort erbij", "level": "h2"}),
            ("text", (
                "<p>Wie nooit moeite hoeft te doen, leert niet plannen, doorzetten of "
                "omgaan met tegenslag. Verrijkingswerk is daarom pas zinvol als de "
                "leerling er ook begeleiding en feedback op krijgt. Plan korte, vaste "
                "momenten om het werk te bespreken, net zoals u dat doet met de "
                "instructiegroep.</p>"
            )),
            ("quote", {
                "text": (
                    "Toen ze haar rekenwerk mocht compacten, kwam er tijd vrij voor een "
                    "eigen onderzoek. De buikpijn op maandagochtend verdween vanzelf."
                ),
                "source": "Leraar groep 6, basisschool in Oosterheem",
            }),
            ("heading", {"text": "Samen met ouders", "level": "h2"}),
            ("text", (
                "<p>Ouders kennen hun kind het langst. Bespreek samen wat het kind nodig "
                "heeft, wat u op school biedt en wat thuis helpt. Komt de school er met "
                "de basisondersteuning niet uit, dan kan de IB het SWV om advies vragen.</p>"
            )),
        ],
    },
    # ------------------------------------------------------------- thuiszitters
    {
        "slug": "wat-is-een-thuiszitter",
        "title": "Wat is een thuiszitter?",
        "intro": (
            "Een thuiszitter is een leerplichtig kind dat vier weken of langer niet naar "
            "school gaat, zonder vrijstelling. Wat valt er wel en niet onder?"
        ),
        "themas": ["Thuiszitters", "Schoolverzuim"],
        "visibility": "public",
        "body": [
            ("text", (
                "<p>Elk kind in Nederland heeft recht op onderwijs. Toch zitten er kinderen "
                "thuis, soms maandenlang. We spreken van een <b>thuiszitter</b> als een "
                "leerplichtig of kwalificatieplichtig kind vier weken of langer niet naar "
                "school gaat, zonder dat er een vrijstelling is. Meestal staat het kind "
                "nog wel ingeschreven op een school.</p>"
            )),
            ("table", {
                "caption": "Verschillende situaties waarin een kind niet naar school gaat",
                "header": ["Situatie", "Wat betekent het"],
                "rows": [
                    ["Thuiszitter",
                     "Ingeschreven, maar vier weken of langer afwezig zonder vrijstelling"],
                    ["Absoluut verzuimer",
                     "Leerplichtig, maar op geen enkele school ingeschreven"],
                    ["Vrijstelling",
                     "De leerplichtambtenaar heeft het kind vrijgesteld van de leerplicht"],
                ],
            }),
            ("heading", {"text": "Waarom snel handelen telt", "level": "h2"}),
            ("text", (
                "<p>Elke week thuis maakt de weg terug langer. Het kind mist lesstof, "
                "verliest contact met klasgenoten en de spanning rond school groeit. "
                "Vaak gaat er een periode aan vooraf met veel korte afwezigheid, "
                "ziekmeldingen op vaste dagen of klachten als buikpijn en hoofdpijn. Wie "
                "dat patroon vroeg ziet en bespreekt, kan thuiszitten voorkomen.</p>"
            )),
            ("heading", {"text": "Wie doet wat?", "level": "h2"}),
            ("text", (
                "<p>De school waar het kind staat ingeschreven houdt de zorgplicht en "
                "zoekt samen met ouders en het kind naar een oplossing. De "
                "leerplichtambtenaar bewaakt het recht op onderwijs. Het SWV helpt bij "
                "het vinden van een passend aanbod en houdt bij hoeveel kinderen "
                "thuiszitten. Jeugdhulp sluit aan als er meer speelt dan school alleen.</p>"
            )),
        ],
    },
    {
        "slug": "thuiszitters-samen-werken-aan-terugkeer",
        "title": "Thuiszitters: samen werken aan terugkeer",
        "intro": (
            "Een werkwijze voor scholen en partners als een leerling dreigt thuis te komen "
            "zitten of al thuiszit: vroeg melden, één plan en kleine stappen."
        ),
        "themas": ["Thuiszitters", "Passend onderwijs"],
        "visibility": "professionals",
        "body": [
            ("text", (
                "<p>Een thuiszitter is zelden het probleem van één organisatie. Angst, "
                "overbelasting, een onvervulde ondersteuningsbehoefte en spanningen thuis "
                "lopen vaak door elkaar. De oplossing vraagt daarom om school, ouders, "
                "leerplicht, SWV en jeugdhulp aan één tafel.</p>"
            )),
            ("steps", {
                "title": "Zo pakt u het aan",
                "steps": [
                    {"title": "Signaleer vroeg", "explanation": (
                        "<p>Registreer alle afwezigheid nauwkeurig en bespreek opvallende "
                        "patronen direct met de IB of zorgcoördinator.</p>"
                    )},
                    {"title": "Meld bij leerplicht", "explanation": (
                        "<p>Melden is verplicht bij 16 uur ongeoorloofd verzuim in vier "
                        "lesweken. Bij zorgwekkend verzuim mag u eerder overleggen met de "
                        "leerplichtambtenaar.</p>"
                    )},
                    {"title": "Organiseer snel overleg", "explanation": (
                        "<p>Nodig ouders en leerling uit in het OT of het flex-ZAT. Vraag "
                        "leerplicht, het JGT en de consulent van het SWV erbij.</p>"
                    )},
                    {"title": "Maak één plan met kleine stappen", "explanation": (
                        "<p>Begin bij wat wel lukt, bijvoorbeeld een uur per dag op een "
                        "rustige plek. Leg de opbouw vast in het OPP en spreek af wie de "
                        "regie heeft.</p>"
                    )},
                    {"title": "Volg op en schaal op", "explanation": (
                        "<p>Evalueer elke twee tot vier weken. Loopt het vast, leg de situatie "
                        "dan voor aan het thuiszittersoverleg van het SWV.</p>"
                    )},
                ],
            }),
            ("heading", {"text": "Uitschrijven is geen oplossing", "level": "h2"}),
            ("text", (
                "<p>Een leerling blijft ingeschreven totdat een andere school hem of haar "
                "heeft toegelaten. Wil een school een leerling verwijderen, dan moet zij "
                "eerst zorgen voor een andere school die de leerling wil toelaten.</p>"
            )),
            ("quote", {
                "text": (
                    "Vraag niet alleen wat de leerling nodig heeft om terug te komen, maar "
                    "ook wat de school nodig heeft om hem weer te kunnen ontvangen."
                ),
                "source": "Consulent passend onderwijs, samenwerkingsverband",
            }),
        ],
    },
    # ------------------------------------------------ TLV en speciaal onderwijs
    {
        "slug": "toelaatbaarheidsverklaring-tlv",
        "title": "De toelaatbaarheidsverklaring (TLV)",
        "intro": (
            "Voor het SBO, het SO en het VSO is een toelaatbaarheidsverklaring van het "
            "samenwerkingsverband nodig. Hoe vraagt u die aan en wat staat erin?"
        ),
        "themas": ["Passend onderwijs"],
        "visibility": "public",
        "body": [
            ("text", (
                "<p>Een TLV is het besluit van het SWV dat een leerling toelaatbaar is tot "
                "het speciaal basisonderwijs (SBO) of het speciaal onderwijs (SO en VSO). "
                "Het SWV kijkt daarbij of de leerling echt meer nodig heeft dan de gewone "
                "school met extra ondersteuning kan bieden. Voor cluster 1 en cluster 2 "
                "geldt een eigen route: daar beslist de commissie van onderzoek van de "
                "instelling.</p>"
            )),
            ("steps", {
                "title": "Zo verloopt een aanvraag",
                "steps": [
                    {"title": "Aanvraag door de school", "explanation": (
                        "<p>De school waar de leerling is ingeschreven of aangemeld vraagt "
                        "de TLV aan, samen met ouders. Het OPP en de evaluaties van de "
                        "geboden ondersteuning horen erbij.</p>"
                    )},
                    {"title": "Advies van twee deskundigen", "explanation": (
                        "<p>Een orthopedagoog of psycholoog geeft advies, en een tweede "
                        "deskundige die past bij de situatie, zoals een jeugdarts, "
                        "kinderpsychiater of maatschappelijk werker.</p>"
                    )},
                    {"title": "Besluit van het SWV", "explanation": (
                        "<p>Het SWV besluit over de TLV en legt vast voor welke soort "
                        "onderwijs en voor hoe lang die geldt.</p>"
                    )},
                ],
            }),
            ("questions", {
                "title": "Vragen over de TLV",
                "items": [
                    {"question": "Is een TLV hetzelfde als een plek op een school?",
                     "answer": (
                        "<p>Nee. De TLV geeft toegang; daarna melden ouders hun kind aan bij "
                        "een school voor SBO of (V)SO, die over de toelating beslist.</p>"
                     )},
                    {"question": "Wat als ouders het niet eens zijn met het besluit?",
                     "answer": (
                        "<p>Ouders kunnen bezwaar maken bij het SWV. Dat vraagt advies aan "
                        "een landelijke bezwaaradviescommissie voordat het opnieuw "
                        "beslist.</p>"
                     )},
                    {"question": "Wat gebeurt er als de TLV afloopt?", "answer": (
                        "<p>Ruim voor het einde bespreekt de school met ouders of de "
                        "leerling kan terugstromen of dat een nieuwe TLV nodig is.</p>"
                    )},
                ],
            }),
        ],
    },
    {
        "slug": "sbo-so-en-vso-de-verschillen",
        "title": "SBO, SO en VSO: de verschillen",
        "intro": (
            "Speciaal basisonderwijs, speciaal onderwijs en voortgezet speciaal onderwijs "
            "lijken op elkaar, maar zijn bedoeld voor verschillende leerlingen."
        ),
        "themas": ["Passend onderwijs"],
        "visibility": "public",
        "body": [
            ("text", (
                "<p>De meeste kinderen met een extra ondersteuningsbehoefte gaan naar een "
                "gewone school in de buurt. Soms is meer nodig: kleinere groepen, meer "
                "specialistische kennis of een combinatie van onderwijs en zorg. Dan "
                "komt een speciale vorm van onderwijs in beeld. Voor al deze vormen is "
                "een TLV of een besluit van een commissie van onderzoek nodig.</p>"
            )),
            ("table", {
                "caption": "Vormen van speciaal (basis)onderwijs",
                "header": ["Vorm", "Voor wie", "Toelating"],
                "rows": [
                    ["SBO", "Basisschoolleerlingen die in kleinere groepen meer begeleiding "
                     "nodig hebben bij leren of gedrag", "TLV van het SWV PO"],
                    ["SO", "Kinderen van 4 tot ongeveer 12 jaar met een beperking, "
                     "ziekte of stoornis (cluster 1 tot en met 4)",
                     "TLV (cluster 3 en 4) of commissie van onderzoek (cluster 1 en 2)"],
                    ["VSO", "Jongeren van ongeveer 12 tot 20 jaar, ook verdeeld in "
                     "cluster 1 tot en met 4", "TLV van het SWV VO of commissie van onderzoek"],
                ],
            }),
            ("heading", {"text": "Uitstroomprofielen in het VSO", "level": "h2"}),
            ("text", (
                "<p>Het VSO werkt met drie uitstroomprofielen: <b>vervolgonderwijs</b>, "
                "<b>arbeidsmarkt</b> en <b>dagbesteding</b>. In het OPP staat welk profiel "
                "bij de leerling past en wat daarvoor nodig is.</p>"
            )),
            ("heading", {"text": "Terug naar een gewone school", "level": "h2"}),
            ("text", (
                "<p>Een plek in het speciaal onderwijs hoeft niet voor altijd te zijn. "
                "Als het goed gaat, kijkt de school samen met ouders of terugplaatsing "
                "mogelijk is, eventueel met ambulante begeleiding (TAB) in de eerste "
                "periode.</p>"
            )),
        ],
    },
    # ---------------------------------------------------------------------- OPP
    {
        "slug": "ontwikkelingsperspectiefplan-opp",
        "title": "Het ontwikkelingsperspectiefplan (OPP)",
        "intro": (
            "Een leerling die extra ondersteuning krijgt, heeft een OPP. Wat staat erin, "
            "wie stelt het op en welke rol hebben ouders?"
        ),
        "themas": ["Passend onderwijs", "Ouderbetrokkenheid"],
        "visibility": "public",
        "body": [
            ("text", (
                "<p>Het OPP beschrijft wat een leerling naar verwachting kan bereiken en "
                "welke ondersteuning daarvoor nodig is. De school stelt het op voor elke "
                "leerling die extra ondersteuning krijgt in het gewone onderwijs, en voor "
                "elke leerling in het SBO, SO en VSO. In het speciaal onderwijs moet het "
                "OPP er binnen zes weken na de plaatsing zijn.</p>"
            )),
            ("heading", {"text": "Wat staat erin?", "level": "h2"}),
            ("text", (
                "<ul>"
                "<li>de verwachte uitstroombestemming en de onderbouwing daarvan;</li>"
                "<li>de factoren die de ontwikkeling bevorderen en belemmeren;</li>"
                "<li>het <b>handelingsdeel</b>: de doelen, de ondersteuning en wie wat "
                "doet;</li>"
                "<li>eventuele afwijkingen van het gewone programma of de onderwijstijd.</li>"
                "</ul>"
            )),
            ("heading", {"text": "De rol van ouders", "level": "h2"}),
            ("text", (
                "<p>De school stelt het OPP op na overleg met ouders dat gericht is op "
                "overeenstemming. Sinds 1 augustus 2017 hebben ouders <b>instemmingsrecht</b> "
                "op het handelingsdeel: zonder hun akkoord kan dat deel niet worden "
                "uitgevoerd. Een leerling van 18 jaar of ouder beslist zelf. De school "
                "evalueert het OPP minstens één keer per jaar met ouders.</p>"
            )),
            ("questions", {
                "title": "Veelgestelde vragen",
                "items": [
                    {"question": "Wat als ouders niet instemmen met het handelingsdeel?",
                     "answer": (
                        "<p>Ga opnieuw in gesprek en zoek samen naar wat wel kan. Een "
                        "onafhankelijk onderwijsconsulent kan bemiddelen. Komen school en "
                        "ouders er niet uit, dan kunnen ouders naar de geschillencommissie "
                        "passend onderwijs.</p>"
                     )},
                    {"question": "Is een OPP hetzelfde als een handelingsplan?", "answer": (
                        "<p>Nee. Een handelingsplan gaat over een korte periode. Het OPP "
                        "kijkt verder vooruit, naar het perspectief van de leerling.</p>"
                    )},
                ],
            }),
        ],
    },
    # ------------------------------------------------------ basisondersteuning
    {
        "slug": "basisondersteuning",
        "title": "Basisondersteuning: wat elke school biedt",
        "intro": (
            "Basisondersteuning is de hulp die iedere school in het samenwerkingsverband "
            "aan al haar leerlingen kan geven. Wat hoort erbij en waar houdt het op?"
        ),
        "themas": ["Passend onderwijs"],
        "visibility": "public",
        "body": [
            ("text", (
                "<p>Niet elk kind leert op dezelfde manier of in hetzelfde tempo. Veel "
                "verschillen vangt een school op binnen de gewone lessen en met de "
                "begeleiding die zij voor iedereen organiseert. Dat heet "
                "basisondersteuning. Het SWV legt in zijn ondersteuningsplan vast wat "
                "alle aangesloten scholen op dit gebied minimaal bieden.</p>"
            )),
            ("heading", {"text": "Vier onderdelen", "level": "h2"}),
            ("table", {
                "caption": "De onderdelen van basisondersteuning",
                "header": ["Onderdeel", "Voorbeelden"],
                "rows": [
                    ["Basiskwaliteit", "Goed onderwijs volgens de eisen van de inspectie"],
                    ["Preventieve en licht curatieve hulp",
                     "Aanpak van lees- en rekenproblemen, een antipestprogramma, "
                     "aandacht voor faalangst"],
                    ["Ondersteuningsstructuur",
                     "Een IB of zorgcoördinator, een ondersteuningsteam, vaste "
                     "samenwerking met SMW en JGZ"],
                    ["Planmatig werken",
                     "Een leerlingvolgsysteem, groepsplannen en handelingsgericht werken"],
                ],
            }),
            ("heading", {"text": "En als dat niet genoeg is?", "level": "h2"}),
            ("text", (
                "<p>Heeft een leerling meer nodig dan de basisondersteuning, dan spreken we "
                "van extra ondersteuning. De school bespreekt dat met ouders, meestal in "
                "het OT, en stelt een OPP op. Het SWV kan een arrangement toekennen, zoals "
                "ambulante begeleiding of extra handen in de klas.</p>"
                "<p>Meer achtergrond over het stelsel vindt u op "
                "<a href=\"https://www.passendonderwijs.nl/\">passendonderwijs.nl</a>.</p>"
            )),
        ],
    },
    # --------------------------------------------------------------------- SOP
    {
        "slug": "schoolondersteuningsprofiel-sop",
        "title": "Het schoolondersteuningsprofiel (SOP)",
        "intro": (
            "In het SOP beschrijft een school welke ondersteuning zij biedt en waar haar "
            "grenzen liggen. Waarvoor gebruikt u het en hoe houdt u het actueel?"
        ),
        "themas": ["Passend onderwijs"],
        "visibility": "public",
        "body": [
            ("text", (
                "<p>Elke school stelt een schoolondersteuningsprofiel op. Daarin staat hoe "
                "de school de basisondersteuning invult, welke extra ondersteuning zij kan "
                "bieden en welke deskundigheid er in het team aanwezig is. De school stelt "
                "het SOP minstens eens in de vier jaar vast. De medezeggenschapsraad heeft "
                "adviesrecht.</p>"
            )),
            ("heading", {"text": "Waarvoor dient het SOP?", "level": "h2"}),
            ("text", (
                "<ul>"
                "<li><b>Voor ouders:</b> het helpt bij het kiezen van een school die past "
                "bij wat hun kind nodig heeft.</li>"
                "<li><b>Voor het team:</b> het maakt zichtbaar wat de school goed kan en "
                "waar scholing nodig is.</li>"
                "<li><b>Voor het SWV:</b> samen laten de profielen zien of er in de regio "
                "voor elk kind een passende plek is.</li>"
                "</ul>"
            )),
            ("steps", {
                "title": "Het SOP actueel houden",
                "steps": [
                    {"title": "Kijk terug", "explanation": (
                        "<p>Welke ondersteuningsvragen kwamen het afgelopen jaar voor, en "
                        "wat lukte wel en niet?</p>"
                    )},
                    {"title": "Betrek team en ouders", "explanation": (
                        "<p>Vraag leraren, IB en de MR wat zij in het profiel missen.</p>"
                    )},
                    {"title": "Kies ambities", "explanation": (
                        "<p>Beschrijf welke deskundigheid de school de komende jaren wil "
                        "opbouwen, bijvoorbeeld rond hoogbegaafdheid of taal.</p>"
                    )},
                    {"title": "Publiceer begrijpelijk", "explanation": (
                        "<p>Zet een korte samenvatting in de schoolgids, in gewone taal.</p>"
                    )},
                ],
            }),
            ("questions", {
                "items": [
                    {"question": (
                        "Mag een school een leerling weigeren omdat de gevraagde "
                        "ondersteuning niet in het SOP staat?"
                     ),
                     "answer": (
                        "<p>Het SOP is een belangrijk hulpmiddel, maar de zorgplicht blijft "
                        "gelden. Kan de school de ondersteuning niet bieden, dan zoekt zij "
                        "samen met ouders een andere school die de leerling wel kan "
                        "toelaten.</p>"
                     )},
                ],
            }),
        ],
    },
    # ------------------------------------------------------- ondersteuningsteam
    {
        "slug": "werkwijze-ondersteuningsteam",
        "title": "Werkwijze ondersteuningsteam: een actielijst in plaats van notulen",
        "intro": (
            "Een goed OT-overleg eindigt met heldere afspraken: wie doet wat, vóór wanneer, "
            "en aan wie koppelt diegene terug. Zo bereidt u het voor en volgt u het op."
        ),
        "themas": ["Passend onderwijs", "Ouderbetrokkenheid"],
        "visibility": "professionals",
        "body": [
            ("text", (
                "<p>In het OT zitten de directeur als voorzitter, de IB die het overleg "
                "voorbereidt, de ouders, de schoolmaatschappelijk werker, de JGZ en een "
                "orthopedagoog. Waar nodig schuiven de medewerker van het JGT of de "
                "leerplichtambtenaar aan. Het uitgangspunt: we praten niet over het gezin, "
                "maar met het gezin.</p>"
            )),
            ("steps", {
                "title": "Voorbereiding door de IB",
                "steps": [
                    {"title": "Toestemming", "explanation": (
                        "<p>Vraag ouders vooraf schriftelijk om toestemming om hun kind te "
                        "bespreken.</p>"
                    )},
                    {"title": "Eén vraag", "explanation": (
                        "<p>Formuleer samen met ouders één duidelijke vraag aan het team.</p>"
                    )},
                    {"title": "Wat is al geprobeerd", "explanation": (
                        "<p>Zet op een rij wat al is ingezet en wat dat opleverde.</p>"
                    )},
                    {"title": "De juiste mensen", "explanation": (
                        "<p>Nodig alleen de partners uit die nodig zijn voor deze vraag.</p>"
                    )},
                ],
            }),
            ("heading", {"text": "De actielijst", "level": "h2"}),
            ("text", (
                "<p>Maak geen verslag van wie wat zei. Noteer alleen afspraken, in de vorm "
                "<i>X doet Y en koppelt vóór datum A terug aan B</i>. Een voorbeeld:</p>"
            )),
            ("table", {
                "caption": "Voorbeeld van een actielijst na een OT-overleg",
                "header": ["Wie", "Doet wat", "Koppelt terug aan", "Uiterlijk"],
                "rows": [
                    ["Schoolmaatschappelijk werker",
                     "Twee gesprekken met ouders over het ochtendritme", "IB", "14 november"],
                    ["Jeugdverpleegkundige JGZ",
                     "Nodigt de leerling uit op het spreekuur over slapen", "IB", "7 november"],
                    ["Leraar", "Houdt vier weken bij op welke momenten de leerling onrustig is",
                     "Ouders en IB", "28 november"],
                    ["IB", "Plant het vervolgoverleg met dezelfde deelnemers", "Allen",
                     "1 december"],
                ],
            }),
            ("heading", {"text": "Na het overleg", "level": "h2"}),
            ("text", (
                "<p>Stuur de actielijst binnen twee werkdagen naar alle deelnemers, ook "
                "naar ouders. Begin het volgende overleg met het nalopen van de acties. "
                "Zo blijft niemand wachten op een ander en ziet het gezin dat afspraken "
                "worden nagekomen.</p>"
            )),
        ],
    },
    {
        "slug": "het-ondersteuningsteam-op-school",
        "title": "Het ondersteuningsteam op school",
        "intro": (
            "Wat doet het ondersteuningsteam (OT) en wie zitten er aan tafel? Uitleg voor "
            "ouders en professionals die voor het eerst aanschuiven."
        ),
        "themas": ["Ouderbetrokkenheid", "Passend onderwijs"],
        "visibility": "public",
        "body": [
            ("text", (
                "<p>Soms maken ouders of de school zich zorgen over hoe het met een kind "
                "gaat: met leren, met gedrag of thuis. Als de gewone aanpak in de klas niet "
                "genoeg helpt, kan de school het kind bespreken in het ondersteuningsteam. "
                "Daarin denken mensen met verschillende deskundigheid samen met de ouders "
                "na over wat het kind nodig heeft.</p>"
            )),
            ("heading", {"text": "Wie zitten er aan tafel?", "level": "h2"}),
            ("text", (
                "<p>Meestal de directeur, de IB, de ouders, de schoolmaatschappelijk werker, "
                "iemand van de JGZ en een orthopedagoog. Soms komen er anderen bij, zoals "
                "een medewerker van het JGT. Oudere kinderen praten vaak zelf mee.</p>"
            )),
            ("questions", {
                "title": "Vragen die ouders vaak stellen",
                "items": [
                    {"question": "Moet ik toestemming geven?", "answer": (
                        "<p>Ja. De school bespreekt uw kind alleen in het OT als u daarvoor "
                        "toestemming geeft. U bent zelf ook uitgenodigd.</p>"
                    )},
                    {"question": "Wat gebeurt er met wat er besproken wordt?", "answer": (
                        "<p>De afspraken komen op een actielijst die alle deelnemers krijgen, "
                        "ook u. Er wordt geen uitgebreid verslag gemaakt. De deelnemers "
                        "delen de informatie niet verder dan nodig is.</p>"
                    )},
                    {"question": "Mag ik iemand meenemen?", "answer": (
                        "<p>Ja, bijvoorbeeld een familielid of iemand die u al helpt. Meld "
                        "dat vooraf aan de IB.</p>"
                    )},
                ],
            }),
            ("quote", {
                "text": (
                    "Ik was bang dat ze over ons zouden oordelen. Maar ze vroegen vooral wat "
                    "wij thuis zagen en wat volgens ons zou helpen."
                ),
                "source": "Ouder van een leerling in groep 5",
            }),
        ],
    },
    # ---------------------------------------------------------------- meldcode
    {
        "slug": "meldcode-in-vijf-stappen",
        "title": "De meldcode huiselijk geweld en kindermishandeling in vijf stappen",
        "intro": (
            "Scholen, kinderopvang en jeugdhulp werken met een meldcode. Die helpt u om bij "
            "zorgen over de veiligheid van een kind zorgvuldig en op tijd te handelen."
        ),
        "themas": ["Meldcode"],
        "visibility": "public",
        "body": [
            ("text", (
                "<p>Sinds 2013 moeten organisaties in onderwijs, kinderopvang, zorg en "
                "jeugdhulp een meldcode hebben. De meldcode beschrijft welke stappen een "
                "professional zet bij een vermoeden van huiselijk geweld of "
                "kindermishandeling. Veel organisaties hebben een aandachtsfunctionaris "
                "die collega's hierbij ondersteunt.</p>"
            )),
            ("steps", {
                "title": "De vijf stappen",
                "steps": [
                    {"title": "Breng signalen in kaart", "explanation": (
                        "<p>Schrijf feitelijk op wat u ziet en hoort, met datum. Scheid "
                        "feiten van uw interpretatie.</p>"
                    )},
                    {"title": "Overleg met een collega en zo nodig met Veilig Thuis",
                     "explanation": (
                        "<p>Bespreek de signalen met de aandachtsfunctionaris. Veilig Thuis "
                        "geeft ook advies zonder dat u meteen meldt.</p>"
                     )},
                    {"title": "Ga in gesprek", "explanation": (
                        "<p>Bespreek uw zorgen met ouders en, als dat past bij de leeftijd, "
                        "met het kind. Sla deze stap alleen over als het gesprek de "
                        "veiligheid in gevaar brengt.</p>"
                    )},
                    {"title": "Weeg het geweld", "explanation": (
                        "<p>Schat in hoe ernstig de situatie is en hoe groot het risico. "
                        "Gebruik hierbij het afwegingskader van uw beroepsgroep.</p>"
                    )},
                    {"title": "Beslis: hulp organiseren en/of melden", "explanation": (
                        "<p>Is melden bij Veilig Thuis nodig? En kunt u, eventueel daarnaast, "
                        "zelf passende hulp bieden of organiseren?</p>"
                    )},
                ],
            }),
            ("heading", {"text": "Advies vragen", "level": "h2"}),
            ("text", (
                "<p>Veilig Thuis is dag en nacht gratis bereikbaar op 0800-2000, voor "
                "advies en voor meldingen. Twijfel is geen reden om te wachten: overleg "
                "liever één keer te vaak. Lees meer over huiselijk geweld op "
                "<a href=\"https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld\">"
                "rijksoverheid.nl</a>.</p>"
            )),
        ],
    },
    {
        "slug": "meldcode-afwegingskader",
        "title": "Stap 5 van de meldcode: werken met het afwegingskader",
        "intro": (
            "Het afwegingskader helpt bij de beslissing of u meldt bij Veilig Thuis en of u "
            "zelf hulp kunt bieden. Vijf vragen, op volgorde."
        ),
        "themas": ["Meldcode"],
        "visibility": "professionals",
        "body": [
            ("text", (
                "<p>Sinds 1 januari 2019 bevat de meldcode een afwegingskader. De norm is "
                "helder: bij acute of structurele onveiligheid meldt u altijd bij Veilig "
                "Thuis. In andere situaties kunt u zelf hulp bieden of organiseren, zolang "
                "die hulp de veiligheid echt herstelt.</p>"
            )),
            ("steps", {
                "title": "De vijf afwegingsvragen",
                "steps": [
                    {"title": "Heb ik een vermoeden?", "explanation": (
                        "<p>Leiden stap 1 tot en met 3 tot een vermoeden van huiselijk "
                        "geweld of kindermishandeling? Zo niet, leg dat vast en sluit af.</p>"
                    )},
                    {"title": "Is er acute of structurele onveiligheid?", "explanation": (
                        "<p>Zo ja: melden bij Veilig Thuis.</p>"
                    )},
                    {"title": "Kan ik passende hulp bieden of organiseren?", "explanation": (
                        "<p>Zo nee: melden.</p>"
                    )},
                    {"title": "Aanvaarden de betrokkenen die hulp?", "explanation": (
                        "<p>Werken ouders en kind mee aan de afgesproken hulp? Zo nee: "
                        "melden.</p>"
                    )},
                    {"title": "Leidt de hulp tot voldoende veiligheid?", "explanation": (
                        "<p>Herstelt de veiligheid binnen de afgesproken termijn? Zo nee: "
                        "alsnog melden. Zo ja: blijf de situatie volgen.</p>"
                    )},
                ],
            }),
            ("heading", {"text": "Melden is niet loslaten", "level": "h2"}),
            ("text", (
                "<p>Na een melding blijft de school betrokken bij het kind. Spreek met "
                "Veilig Thuis af wat uw rol is en wie het gezin informeert. Leg uw "
                "overwegingen en besluiten vast in het leerlingdossier, nooit op dit "
                "platform.</p>"
            )),
            ("questions", {
                "items": [
                    {"question": "Moet ik ouders vertellen dat ik ga melden?", "answer": (
                        "<p>In principe wel: u bespreekt de melding vooraf met ouders. Dat "
                        "mag u alleen overslaan als het de veiligheid van het kind, uzelf "
                        "of anderen in gevaar brengt.</p>"
                    )},
                    {"question": "Wie neemt het besluit?", "answer": (
                        "<p>De meldcode van uw organisatie legt vast wie beslist. Meestal "
                        "gebeurt dat samen met de aandachtsfunctionaris.</p>"
                    )},
                ],
            }),
        ],
    },
    # ------------------------------------------------------------- nieuwkomers
    {
        "slug": "nieuwkomers-op-school",
        "title": "Nieuwkomers op school: een goede start",
        "intro": (
            "Kinderen die net in Nederland wonen, moeten zo snel mogelijk naar school. "
            "Hoe zorgt u voor een goede start, in taal en daarbuiten?"
        ),
        "themas": ["Nieuwkomers", "Taal en spraak"],
        "visibility": "public",
        "body": [
            ("text", (
                "<p>Elk kind dat in Nederland woont, heeft recht op onderwijs, ongeacht de "
                "verblijfsstatus. Voor nieuwkomers is school meer dan een plek om "
                "Nederlands te leren: het geeft ritme, veiligheid en contact met "
                "leeftijdsgenoten.</p>"
            )),
            ("table", {
                "caption": "Onderwijs voor nieuwkomers",
                "header": ["Leeftijd", "Mogelijke vorm"],
                "rows": [
                    ["4 tot 12 jaar",
                     "Een nieuwkomersgroep of taalklas, of een gewone groep met extra "
                     "begeleiding in Nederlands als tweede taal"],
                    ["12 tot 18 jaar",
                     "Een internationale schakelklas (ISK), daarna doorstroom naar het "
                     "VO of het MBO"],
                ],
            }),
            ("heading", {"text": "Meer dan taal", "level": "h2"}),
            ("text", (
                "<ul>"
                "<li>Vraag wat het kind al kan: veel kinderen hebben in hun eigen land al "
                "leren lezen en rekenen.</li>"
                "<li>Zie de moedertaal als hulpmiddel, niet als obstakel.</li>"
                "<li>Geef rust, vaste routines en een maatje in de klas.</li>"
                "<li>Wees alert op signalen van stress of trauma en overleg met SMW of "
                "JGZ als u zich zorgen maakt.</li>"
                "<li>Wacht met conclusies over leerproblemen: een taalachterstand is geen "
                "leerprobleem.</li>"
                "</ul>"
            )),
            ("quote", {
                "text": (
                    "Hij sprak nog geen woord Nederlands, maar met breuken was hij verder "
                    "dan de rest van de groep."
                ),
                "source": "Leraar nieuwkomersgroep, basisschool in Palenstein",
            }),
        ],
    },
    {
        "slug": "ouders-van-nieuwkomers-betrekken",
        "title": "Ouders van nieuwkomers betrekken",
        "intro": (
            "Ouders die het Nederlandse onderwijs nog niet kennen, hebben uitleg nodig en "
            "een school die moeite doet om hen te verstaan. Praktische tips."
        ),
        "themas": ["Nieuwkomers", "Ouderbetrokkenheid"],
        "visibility": "public",
        "body": [
            ("text", (
                "<p>In veel landen hebben ouders weinig met de school te maken. In Nederland "
                "verwacht de school juist dat ouders meedenken en meedoen. Dat is niet "
                "vanzelfsprekend voor wie het systeem niet kent of de taal nog niet "
                "spreekt.</p>"
            )),
            ("steps", {
                "title": "Een goed kennismakingsgesprek",
                "steps": [
                    {"title": "Regel een tolk", "explanation": (
                        "<p>Gebruik een professionele tolk, ook telefonisch. Laat het kind "
                        "zelf niet tolken.</p>"
                    )},
                    {"title": "Vraag naar het verhaal", "explanation": (
                        "<p>Welke scholen bezocht het kind eerder? Wat kan het goed? Wat "
                        "vinden ouders belangrijk?</p>"
                    )},
                    {"title": "Leg uit hoe school hier werkt", "explanation": (
                        "<p>Vertel over schooltijden, leerplicht, ziekmelden, gym, "
                        "oudergesprekken en rapporten. Gebruik plaatjes of vertaald "
                        "materiaal.</p>"
                    )},
                    {"title": "Spreek een vervolg af", "explanation": (
                        "<p>Plan na zes weken een nieuw gesprek om te horen hoe het gaat.</p>"
                    )},
                ],
            }),
            ("questions", {
                "items": [
                    {"question": "Waarom mag een kind niet tolken voor zijn ouders?",
                     "answer": (
                        "<p>Het kind krijgt dan een verantwoordelijkheid die niet bij zijn "
                        "leeftijd past, en hoort soms dingen die niet voor hem bedoeld "
                        "zijn. Ook kan het moeilijke boodschappen verzachten.</p>"
                     )},
                    {"question": "Waar vinden ouders extra hulp bij de taal?", "answer": (
                        "<p>Vrijwilligersorganisaties zoals Stichting Taalmaatjes Stad in "
                        "Palenstein koppelen gezinnen aan een taalmaatje. Het CJG kan "
                        "ouders wegwijs maken in de wijk.</p>"
                    )},
                ],
            }),
        ],
    },
    # --------------------------------------------------------------------- VVE
    {
        "slug": "voor-en-vroegschoolse-educatie-vve",
        "title": "Voor- en vroegschoolse educatie (VVE)",
        "intro": (
            "VVE geeft jonge kinderen met een risico op een achterstand, vooral in taal, een "
            "steviger start. Voor wie is het en hoe werkt het?"
        ),
        "themas": ["VVE", "Jonge kind"],
        "visibility": "public",
        "body": [
            ("text", (
                "<p>In de eerste levensjaren leren kinderen ontzettend veel. Niet elk kind "
                "krijgt thuis dezelfde kansen om te oefenen met taal, spelen en samen zijn. "
                "VVE biedt die kinderen extra ondersteuning, met een programma dat gericht "
                "is op taal, rekenvaardigheid, motoriek en sociaal-emotionele "
                "ontwikkeling.</p>"
            )),
            ("table", {
                "caption": "Twee fasen van VVE",
                "header": ["Fase", "Leeftijd", "Waar"],
                "rows": [
                    ["Voorschoolse educatie", "Ongeveer 2,5 tot 4 jaar",
                     "Peuteropvang of kinderdagverblijf met een VVE-programma"],
                    ["Vroegschoolse educatie", "4 tot 6 jaar", "Groep 1 en 2 van de basisschool"],
                ],
            }),
            ("heading", {"text": "Welke kinderen komen in aanmerking?", "level": "h2"}),
            ("text", (
                "<p>De gemeente bepaalt welke peuters een zogenaamd doelgroepkind zijn. Het "
                "consultatiebureau (JGZ) beoordeelt dat en verwijst ouders door. Sinds "
                "1 augustus 2020 hebben doelgroeppeuters recht op 960 uur voorschoolse "
                "educatie in anderhalf jaar: gemiddeld zestien uur per week.</p>"
            )),
            ("questions", {
                "items": [
                    {"question": "Wat kost VVE voor ouders?", "answer": (
                        "<p>Dat verschilt per gemeente. Voor doelgroepkinderen is de "
                        "ouderbijdrage meestal laag. Het consultatiebureau of de gemeente "
                        "weet wat er geldt.</p>"
                    )},
                    {"question": "Wat kunnen ouders thuis doen?", "answer": (
                        "<p>Veel VVE-programma's geven ouders activiteiten mee, zoals "
                        "voorleesboekjes en spelletjes bij het thema van de groep. Voorlezen "
                        "in de eigen taal helpt ook.</p>"
                    )},
                ],
            }),
        ],
    },
    {
        "slug": "doorgaande-lijn-voorschool-basisschool",
        "title": "De doorgaande lijn van voorschool naar groep 1",
        "intro": (
            "De overstap van peuteropvang naar basisschool gaat beter als beide kanten "
            "elkaar kennen. Over warme overdracht en afstemming in de wijk."
        ),
        "themas": ["VVE", "Jonge kind"],
        "visibility": "public",
        "body": [
            ("text", (
                "<p>Wat een peuter op de voorschool heeft geleerd, moet in groep 1 niet "
                "verloren gaan. Een doorgaande lijn betekent dat voorschool en basisschool "
                "werken met programma's die op elkaar aansluiten, dezelfde thema's gebruiken "
                "en informatie over het kind zorgvuldig doorgeven.</p>"
            )),
            ("steps", {
                "title": "Een warme overdracht",
                "steps": [
                    {"title": "Toestemming van ouders", "explanation": (
                        "<p>Vraag ouders of de informatie over hun kind naar de nieuwe "
                        "school mag. Laat hen het overdrachtsformulier zien.</p>"
                    )},
                    {"title": "Gesprek tussen professionals", "explanation": (
                        "<p>De pedagogisch medewerker en de leraar van groep 1 bespreken "
                        "het kind, liefst samen met ouders. Bij extra zorg schuift de IB "
                        "aan.</p>"
                    )},
                    {"title": "Kennismaken", "explanation": (
                        "<p>Het kind bezoekt de nieuwe groep een paar keer, eventueel met "
                        "de vertrouwde pedagogisch medewerker.</p>"
                    )},
                    {"title": "Terugkoppelen", "explanation": (
                        "<p>Na een paar maanden laat de school de voorschool weten hoe het "
                        "kind gestart is. Zo leren beide kanten van elkaar.</p>"
                    )},
                ],
            }),
            ("heading", {"text": "Samen in de wijk", "level": "h2"}),
            ("text", (
                "<p>In een kindcentrum, zoals Kindcentrum Sterrenpad in Oosterheem, "
                "werken opvang en school onder één dak. Ook zonder gedeeld gebouw kunnen "
                "teams samen scholing volgen, elkaars groepen bezoeken en jaarlijks "
                "afspraken maken in het VVE-overleg van de wijk.</p>"
            )),
        ],
    },
    # ---------------------------------------------------------------- clusters
    {
        "slug": "cluster-1-visuele-beperking",
        "title": "Cluster 1: leerlingen met een visuele beperking",
        "intro": (
            "Kinderen die blind of slechtziend zijn, kunnen vaak naar een gewone school, met "
            "aanpassingen en begeleiding vanuit een landelijke expertise-instelling."
        ),
        "themas": ["Passend onderwijs"],
        "visibility": "public",
        "body": [
            ("text", (
                "<p>Cluster 1 is bedoeld voor leerlingen die blind of slechtziend zijn, of "
                "bij wie de hersenen visuele informatie anders verwerken (CVI). Cluster 1 "
                "valt niet onder het samenwerkingsverband: het is landelijk georganiseerd. "
                "Een commissie van onderzoek van de cluster 1-instelling beslist over "
                "begeleiding of een plek in het speciaal onderwijs. Een TLV is hier dus "
                "niet nodig.</p>"
            )),
            ("heading", {"text": "Signalen in de klas", "level": "h2"}),
            ("text", (
                "<ul>"
                "<li>knijpt de ogen samen of houdt het hoofd scheef;</li>"
                "<li>houdt boeken heel dichtbij of zit dicht op het scherm;</li>"
                "<li>heeft moeite met overnemen van het bord;</li>"
                "<li>is snel moe na lees- of kijkwerk.</li>"
                "</ul>"
                "<p>Bespreek zulke signalen met ouders en de JGZ. De huisarts kan "
                "doorverwijzen naar een oogarts.</p>"
            )),
            ("heading", {"text": "Wat kan er op een gewone school?", "level": "h2"}),
            ("text", (
                "<p>Een ambulant begeleider van de instelling adviseert leraar en leerling. "
                "Denk aan vergroot lesmateriaal, goed licht en contrast, een vaste plek "
                "in de klas, een beeldschermloep, spraaksoftware of braille. De begeleider "
                "helpt ook bij de overstap naar het voortgezet onderwijs.</p>"
            )),
        ],
    },
    {
        "slug": "cluster-2-gehoor-spraak-en-taal",
        "title": "Cluster 2: gehoor, spraak en taal",
        "intro": (
            "Cluster 2 ondersteunt kinderen die doof of slechthorend zijn, een "
            "taalontwikkelingsstoornis hebben of om een andere reden ernstig beperkt zijn in "
            "communicatie."
        ),
        "themas": ["Taal en spraak", "Passend onderwijs"],
        "visibility": "public",
        "body": [
            ("text", (
                "<p>Net als cluster 1 is cluster 2 landelijk georganiseerd, buiten het "
                "SWV. Een commissie van onderzoek van de cluster 2-instelling beoordeelt "
                "of een leerling in aanmerking komt. De meeste leerlingen krijgen "
                "ambulante begeleiding op hun eigen school; een kleinere groep gaat naar "
                "het SO of VSO voor cluster 2. Voor peuters zijn er taalgroepen met "
                "behandeling.</p>"
            )),
            ("heading", {"text": "Signalen", "level": "h2"}),
            ("text", (
                "<ul>"
                "<li>reageert niet als u de leerling aanspreekt zonder oogcontact;</li>"
                "<li>spreekt in korte, onvolledige zinnen of is slecht verstaanbaar;</li>"
                "<li>zoekt lang naar woorden of begrijpt instructies niet;</li>"
                "<li>raakt gefrustreerd of trekt zich terug in groepsgesprekken.</li>"
                "</ul>"
            )),
            ("steps", {
                "title": "De route naar cluster 2-ondersteuning",
                "steps": [
                    {"title": "Signaleren en bespreken", "explanation": (
                        "<p>De leraar bespreekt zorgen met de IB en met ouders.</p>"
                    )},
                    {"title": "Onderzoek", "explanation": (
                        "<p>Een logopedist, de JGZ of een audiologisch centrum onderzoekt "
                        "het gehoor, de spraak en de taal.</p>"
                    )},
                    {"title": "Aanmelding", "explanation": (
                        "<p>Ouders melden, met hulp van de school, aan bij de commissie van "
                        "onderzoek van de cluster 2-instelling.</p>"
                    )},
                    {"title": "Besluit en begeleiding", "explanation": (
                        "<p>De commissie besluit over het soort ondersteuning. Bij ambulante "
                        "begeleiding komt een specialist op school.</p>"
                    )},
                ],
            }),
            ("heading", {"text": "Wat helpt in de klas", "level": "h2"}),
            ("text", (
                "<p>Geef korte instructies en ondersteun ze met beeld. Controleer of de "
                "leerling begrepen heeft wat er moet gebeuren. Zorg voor een rustige "
                "plek met zicht op uw gezicht en beperk achtergrondgeluid.</p>"
            )),
        ],
    },
    {
        "slug": "cluster-3-beperking-en-langdurige-ziekte",
        "title": "Cluster 3: lichamelijke of verstandelijke beperking en langdurige ziekte",
        "intro": (
            "Cluster 3 gaat over leerlingen met een lichamelijke of verstandelijke beperking, "
            "een meervoudige beperking of een langdurige ziekte."
        ),
        "themas": ["Passend onderwijs"],
        "visibility": "public",
        "body": [
            ("text", (
                "<p>Tot cluster 3 horen zeer moeilijk lerende kinderen, kinderen met een "
                "lichamelijke beperking, langdurig zieke kinderen en kinderen met een "
                "ernstige meervoudige beperking. Anders dan bij cluster 1 en 2 valt dit "
                "onderwijs onder het SWV. Voor een plek in het SO of VSO cluster 3 is "
                "daarom een TLV nodig.</p>"
            )),
            ("heading", {"text": "Op een gewone school", "level": "h2"}),
            ("text", (
                "<p>Veel leerlingen met een lichamelijke beperking of chronische ziekte "
                "gaan naar een gewone school. Dat vraagt soms om aanpassingen aan het "
                "gebouw, hulpmiddelen, een aangepast rooster of hulp bij persoonlijke "
                "verzorging. Leg afspraken over medisch handelen vast in een protocol en "
                "in overleg met ouders.</p>"
            )),
            ("heading", {"text": "Als een leerling lang ziek is", "level": "h3"}),
            ("text", (
                "<p>De school blijft verantwoordelijk voor het onderwijs, ook als een "
                "leerling door ziekte langere tijd thuis of in het ziekenhuis is. Een "
                "consulent onderwijs aan zieke leerlingen kan helpen om het onderwijs op "
                "afstand of in deeltijd te organiseren. Houd contact met de leerling en "
                "de klas, zodat terugkomen makkelijker gaat.</p>"
            )),
            ("questions", {
                "items": [
                    {"question": "Heeft elke leerling met een beperking een TLV nodig?",
                     "answer": (
                        "<p>Nee. Een TLV is alleen nodig voor een plek in het SO, VSO of "
                        "SBO. Op een gewone school kan het SWV een arrangement toekennen "
                        "zonder TLV.</p>"
                     )},
                ],
            }),
        ],
    },
    {
        "slug": "cluster-4-gedrag-en-psychiatrie",
        "title": "Cluster 4: ernstige gedrags- en psychiatrische problemen",
        "intro": (
            "Cluster 4 is er voor leerlingen bij wie ernstige gedragsproblemen of een "
            "psychiatrische stoornis het leren sterk belemmeren, ook met extra ondersteuning."
        ),
        "themas": ["Gedrag", "Passend onderwijs"],
        "visibility": "public",
        "body": [
            ("text", (
                "<p>Een diagnose als ADHD of autisme betekent niet automatisch cluster 4. "
                "De meeste kinderen met zo'n diagnose gaan naar een gewone school. Cluster "
                "4 komt in beeld als een leerling ondanks goede extra ondersteuning op de "
                "eigen school niet tot leren komt, bijvoorbeeld door ernstige angst, "
                "agressie of psychiatrische problemen. Voor het SO en VSO cluster 4 is een "
                "TLV van het SWV nodig.</p>"
            )),
            ("heading", {"text": "Eerst in de eigen school", "level": "h2"}),
            ("text", (
                "<ul>"
                "<li>Werk handelingsgericht: wat heeft deze leerling nodig, en wat heeft de "
                "leraar nodig?</li>"
                "<li>Breng in kaart wanneer het gedrag optreedt en wat helpt.</li>"
                "<li>Vraag een gedragsspecialist of consulent van het SWV om mee te "
                "kijken.</li>"
                "<li>Bespreek de leerling in het OT, samen met ouders en, waar nodig, met "
                "jeugdhulp.</li>"
                "</ul>"
            )),
            ("heading", {"text": "Onderwijs en zorg samen", "level": "h2"}),
            ("text", (
                "<p>Veel leerlingen in cluster 4 hebben ook jeugdhulp. Een "
                "onderwijszorgarrangement (OZA) combineert onderwijs en behandeling op "
                "één plek, zodat de leerling minder wordt heen en weer geschoven. Het doel "
                "blijft om waar dat kan terug te keren naar een gewone school, eventueel "
                "met begeleiding in de eerste periode.</p>"
            )),
            ("quote", {
                "text": (
                    "Hij was geen lastige leerling, hij was een leerling die het lastig had. "
                    "Die omslag in denken maakte voor ons team het verschil."
                ),
                "source": "Leraar, SO-school in Zoetermeer",
            }),
        ],
    },
    # ------------------------------------------------ maatwerk en zorgplicht
    {
        "slug": "maatwerk-in-onderwijstijd",
        "title": "Maatwerk in onderwijstijd",
        "intro": (
            "Een leerling die tijdelijk geen volledige schoolweek aankan, kan een aangepast "
            "programma krijgen. Onder welke voorwaarden mag de school afwijken van de "
            "onderwijstijd?"
        ),
        "themas": ["Passend onderwijs", "Thuiszitters"],
        "visibility": "public",
        "body": [
            ("text", (
                "<p>Het uitgangspunt is dat elk kind de volledige onderwijstijd op school "
                "krijgt. Soms lukt dat niet, bijvoorbeeld door een ziekte, een behandeling "
                "of psychische klachten. Liever een paar uur per dag naar school dan "
                "helemaal niet: sinds 1 augustus 2018 kan het bevoegd gezag in het "
                "primair en voortgezet onderwijs daarom voor één leerling afwijken van de "
                "onderwijstijd.</p>"
            )),
            ("heading", {"text": "Voorwaarden", "level": "h2"}),
            ("text", (
                "<ul>"
                "<li>De reden ligt in lichamelijke of psychische omstandigheden van de "
                "leerling.</li>"
                "<li>Het OPP onderbouwt waarom het nodig is, beschrijft het aangepaste "
                "programma en bevat een plan om weer op te bouwen.</li>"
                "<li>Ouders stemmen in met het handelingsdeel van het OPP.</li>"
                "<li>De school evalueert regelmatig en bouwt op zodra het kan.</li>"
                "</ul>"
                "<p>Bij een medische behandeling of ziekte volstaat een goed onderbouwd "
                "dossier. In andere situaties vraagt het bevoegd gezag vooraf instemming "
                "van de Inspectie van het Onderwijs.</p>"
            )),
            ("table", {
                "caption": "Afwijken van onderwijstijd of vrijstelling: het verschil",
                "header": ["Kenmerk", "Afwijken van onderwijstijd", "Vrijstelling van leerplicht"],
                "rows": [
                    ["Ingeschreven op school", "Ja", "Niet noodzakelijk"],
                    ["Onderwijs", "De school biedt onderwijs in aangepaste vorm",
                     "De leerling hoeft geen onderwijs te volgen"],
                    ["Doel", "Opbouwen naar volledig onderwijs", "Geen schoolgang"],
                ],
            }),
            ("heading", {"text": "Onderwijs en zorg combineren", "level": "h2"}),
            ("text", (
                "<p>Soms krijgt een leerling een deel van de week behandeling of "
                "dagbesteding en een deel onderwijs. Spreek dan met de zorgaanbieder af "
                "wie wat doet en hoe de leerling stap voor stap meer schooltijd krijgt. "
                "Zet de afspraken in één plan.</p>"
            )),
        ],
    },
    {
        "slug": "zorgplicht",
        "title": "Zorgplicht: een passende plek voor elke leerling",
        "intro": (
            "Een school die een aanmelding krijgt van een leerling die extra ondersteuning "
            "nodig heeft, moet zorgen voor een passende plek: op de eigen school of op een "
            "andere school."
        ),
        "themas": ["Passend onderwijs"],
        "visibility": "public",
        "body": [
            ("text", (
                "<p>Sinds 1 augustus 2014 geldt de Wet passend onderwijs. Een belangrijk "
                "onderdeel is de zorgplicht: de school waar ouders hun kind schriftelijk "
                "aanmelden, moet een passende onderwijsplek bieden of vinden. Ouders "
                "hoeven dus niet zelf langs allerlei scholen. De zorgplicht geldt ook voor "
                "leerlingen die al op school zitten.</p>"
            )),
            ("steps", {
                "title": "Van aanmelding tot besluit",
                "steps": [
                    {"title": "Schriftelijke aanmelding", "explanation": (
                        "<p>Ouders melden hun kind bij voorkeur minstens tien weken voor de "
                        "gewenste startdatum aan en vertellen of het kind extra "
                        "ondersteuning nodig heeft.</p>"
                    )},
                    {"title": "Onderzoek door de school", "explanation": (
                        "<p>De school brengt in kaart wat het kind nodig heeft. Ouders "
                        "delen de informatie die zij hebben.</p>"
                    )},
                    {"title": "Besluit binnen zes weken", "explanation": (
                        "<p>De school mag deze termijn één keer met vier weken verlengen.</p>"
                    )},
                    {"title": "Eigen school of andere school", "explanation": (
                        "<p>Kan de school de ondersteuning niet bieden, dan zorgt zij in "
                        "overleg met ouders voor een plek op een andere school die de "
                        "leerling toelaat.</p>"
                    )},
                ],
            }),
            ("heading", {"text": "Wanneer geldt de zorgplicht niet?", "level": "h2"}),
            ("text", (
                "<p>Als de school vol is en dat voor alle leerlingen geldt, of als ouders "
                "de grondslag van een school voor bijzonder onderwijs niet respecteren. "
                "Zijn school en ouders het niet eens, dan kunnen zij hulp vragen aan een "
                "onderwijsconsulent of naar de geschillencommissie passend onderwijs. Meer "
                "informatie staat op "
                "<a href=\"https://www.rijksoverheid.nl/onderwerpen/passend-onderwijs\">"
                "rijksoverheid.nl</a>.</p>"
            )),
        ],
    },
    # ------------------------------------------------------------- jeugdhulp
    {
        "slug": "toegang-tot-jeugdhulp",
        "title": "De weg naar jeugdhulp: licht waar het kan, zwaar waar het moet",
        "intro": (
            "Hulp voor kinderen en gezinnen is er in lagen: van vrij toegankelijk tot "
            "specialistisch. De regel: benut eerst het lichtere niveau volledig."
        ),
        "themas": ["Ouderbetrokkenheid", "Gedrag"],
        "visibility": "public",
        "body": [
            ("text", (
                "<p>Sinds 1 januari 2015 is de gemeente verantwoordelijk voor jeugdhulp. "
                "Dat staat in de <a href=\"https://wetten.overheid.nl/BWBR0034925\">"
                "Jeugdwet</a>. De hulp is in Zoetermeer, net als in veel andere "
                "gemeenten, in lagen georganiseerd. Hoe lichter de hulp, hoe dichter bij "
                "huis en school en hoe sneller die er meestal is.</p>"
            )),
            ("table", {
                "caption": "De lagen van de sociale kaart",
                "header": ["Laag", "Voorbeelden", "Verwijzing nodig?"],
                "rows": [
                    ["Vrij toegankelijk", "SMW, JGZ, CJG, preventiewerkers, opvoedspreekuur",
                     "Nee"],
                    ["Advies en toegang", "Het JGT in de wijk", "Nee, wel een gesprek"],
                    ["Jeugdhulp", "Behandeling, specialistische zorg",
                     "Ja, van het JGT of een andere verwijzer"],
                ],
            }),
            ("heading", {"text": "Eerst licht, dan zwaarder", "level": "h2"}),
            ("text", (
                "<p>Vraag u als professional steeds af of de lichtere mogelijkheden echt "
                "benut zijn. Een paar gesprekken met de schoolmaatschappelijk werker of "
                "een opvoedcursus kan al veel verschil maken. Schaal op als dat niet "
                "genoeg blijkt. Bij zorgen over de veiligheid van een kind wacht u niet: "
                "dan volgt u de meldcode.</p>"
            )),
            ("heading", {"text": "Wie kan verwijzen?", "level": "h2"}),
            ("text", (
                "<p>Voor jeugdhulp is een besluit van de gemeente nodig, meestal via het "
                "JGT. Ook de huisarts, de jeugdarts en de medisch specialist mogen "
                "verwijzen. Bij een kinderbeschermingsmaatregel beslist de gecertificeerde "
                "instelling.</p>"
            )),
        ],
    },
    {
        "slug": "jeugd-en-gezinsteam-in-de-wijk",
        "title": "Het jeugd- en gezinsteam (JGT) in de wijk",
        "intro": (
            "Het JGT helpt gezinnen met vragen over opvoeden en opgroeien en bepaalt of "
            "zwaardere jeugdhulp nodig is. Zo werkt u samen met het team."
        ),
        "themas": ["Ouderbetrokkenheid", "Gedrag", "Armoede"],
        "visibility": "public",
        "body": [
            ("text", (
                "<p>In het JGT werken jeugd- en gezinswerkers met verschillende "
                "achtergronden. Zij praten met ouders en kinderen, bieden zelf "
                "kortdurende hulp en zetten zo nodig specialistische jeugdhulp in. Ook "
                "bij zorgen over geld, schulden of huisvesting kunnen zij gezinnen verder "
                "helpen. In Zoetermeer zijn er onder meer het JGT Noord in Noordhove en "
                "het JGT Zuid in Rokkeveen.</p>"
            )),
            ("heading", {"text": "Samenwerken met school", "level": "h2"}),
            ("text", (
                "<ul>"
                "<li>Ouders kunnen zelf contact opnemen met het JGT; daar is geen "
                "verwijzing voor nodig.</li>"
                "<li>Wil de school een gezin aanmelden, dan bespreekt zij dat eerst met "
                "ouders en vraagt zij toestemming.</li>"
                "<li>Een medewerker van het JGT kan aansluiten bij het OT of het "
                "flex-ZAT.</li>"
                "<li>Op sommige scholen is een jeugdprofessional op school (JOS) vast "
                "aanwezig.</li>"
                "</ul>"
            )),
            ("contact_card", {
                "name": "Jeugd- en gezinsteam Noord",
                "role": "Vragen over opvoeden en opgroeien",
                "organisation": "Jeugd- en gezinsteam Noord",
                "email": "info@jgt-noord.wzn-demo.nl",
                "website": "https://www.jgt-noord.wzn-demo.nl/",
                "opening_hours": "Maandag tot en met vrijdag van 9.00 tot 17.00 uur",
            }),
            ("quote", {
                "text": (
                    "We beginnen altijd bij de vraag van het gezin zelf. Pas als we die "
                    "goed begrijpen, kijken we welke hulp past."
                ),
                "source": "Jeugd- en gezinswerker, JGT Noord",
            }),
        ],
    },
    {
        "slug": "schoolmaatschappelijk-werk-smw",
        "title": "Schoolmaatschappelijk werk (SMW)",
        "intro": (
            "De schoolmaatschappelijk werker helpt leerlingen en ouders als problemen thuis "
            "of met vrienden het leren in de weg zitten. Laagdrempelig en zonder verwijzing."
        ),
        "themas": ["Ouderbetrokkenheid", "Sociale veiligheid"],
        "visibility": "public",
        "body": [
            ("text", (
                "<p>Een kind dat thuis een scheiding meemaakt, rouwt om een opa of oma of "
                "gepest wordt, heeft vaak weinig ruimte in het hoofd om te leren. De "
                "schoolmaatschappelijk werker is er voor leerlingen, ouders en leraren. "
                "SMW is gratis en vrij toegankelijk: er is geen verwijzing of indicatie "
                "voor nodig.</p>"
            )),
            ("heading", {"text": "Wat doet de schoolmaatschappelijk werker?", "level": "h2"}),
            ("text", (
                "<ul>"
                "<li>voert een aantal gesprekken met de leerling en/of de ouders;</li>"
                "<li>adviseert leraren over de aanpak in de klas;</li>"
                "<li>neemt deel aan het OT of het flex-ZAT;</li>"
                "<li>legt contact met het JGT als er meer nodig is.</li>"
                "</ul>"
            )),
            ("questions", {
                "items": [
                    {"question": "Hoe komt een leerling bij de SMW?", "answer": (
                        "<p>Meestal via de leraar of de IB, na overleg met ouders. Ouders en "
                        "oudere leerlingen kunnen ook zelf een afspraak maken.</p>"
                    )},
                    {"question": "Zijn de gesprekken vertrouwelijk?", "answer": (
                        "<p>Ja. De schoolmaatschappelijk werker deelt alleen informatie met "
                        "school als ouders en leerling dat goed vinden. Een uitzondering "
                        "is een situatie waarin de veiligheid van een kind in gevaar is.</p>"
                    )},
                ],
            }),
            ("contact_card", {
                "name": "Schoolmaatschappelijk Werk Schoolnabij",
                "role": "Schoolmaatschappelijk werk voor basis- en middelbare scholen",
                "organisation": "Schoolmaatschappelijk Werk Schoolnabij",
                "email": "contact@schoolnabij.wzn-demo.nl",
                "website": "https://www.schoolnabij.wzn-demo.nl/",
            }),
        ],
    },
    # --------------------------------------------------------------- leerplicht
    {
        "slug": "leerplicht-en-kwalificatieplicht",
        "title": "Leerplicht en kwalificatieplicht",
        "intro": (
            "Vanaf welke leeftijd moet een kind naar school, tot wanneer, en wanneer mag "
            "een leerling vrij krijgen? De hoofdlijnen van de Leerplichtwet."
        ),
        "themas": ["Schoolverzuim"],
        "visibility": "public",
        "body": [
            ("text", (
                "<p>De leerplicht beschermt het recht van elk kind op onderwijs. Ouders "
                "zorgen dat hun kind ingeschreven staat en naar school gaat; de school "
                "houdt bij wie er is; de gemeente controleert via de "
                "leerplichtambtenaar.</p>"
            )),
            ("table", {
                "caption": "Leerplicht en kwalificatieplicht per leeftijd",
                "header": ["Leeftijd", "Wat geldt er"],
                "rows": [
                    ["4 jaar", "Het kind mag naar school, maar het hoeft nog niet"],
                    ["5 jaar", "Leerplichtig vanaf de eerste schooldag van de maand na de "
                     "vijfde verjaardag"],
                    ["Tot en met 16 jaar", "Leerplichtig tot het einde van het schooljaar "
                     "waarin de leerling 16 wordt"],
                    ["16 en 17 jaar", "Kwalificatieplicht: naar school tot het behalen van "
                     "een startkwalificatie (havo, vwo of mbo niveau 2)"],
                ],
            }),
            ("heading", {"text": "Verlof en vrijstelling", "level": "h2"}),
            ("text", (
                "<p>Voor bijzondere gebeurtenissen, zoals een huwelijk in de familie of een "
                "religieuze feestdag, kunnen ouders verlof vragen aan de directeur. Op "
                "vakantie buiten de schoolvakanties mag alleen als het werk van een ouder "
                "geen andere vakantie toelaat: één keer per jaar, maximaal tien "
                "schooldagen en niet in de eerste twee weken van het schooljaar. Een "
                "vrijstelling van de leerplicht is een uitzondering, bijvoorbeeld als een "
                "kind lichamelijk of psychisch niet naar school kan.</p>"
                "<p>Lees meer op <a href=\"https://www.rijksoverheid.nl/onderwerpen/"
                "leerplicht\">rijksoverheid.nl</a>.</p>"
            )),
        ],
    },
    {
        "slug": "verzuim-en-de-leerplichtambtenaar",
        "title": "Verzuim melden en de rol van de leerplichtambtenaar",
        "intro": (
            "Wanneer moet een school verzuim melden, en wat doet de leerplichtambtenaar dan? "
            "Over melden, zorgwekkend verzuim en samenwerken."
        ),
        "themas": ["Schoolverzuim", "Thuiszitters"],
        "visibility": "public",
        "body": [
            ("text", (
                "<p>Scholen registreren elke dag wie er afwezig is en waarom. Is een "
                "leerling in vier opeenvolgende lesweken 16 uur of meer zonder geldige "
                "reden afwezig, dan meldt de school dat via het verzuimregister van DUO. "
                "Scholen mogen ook eerder melden, bijvoorbeeld bij vaak te laat komen of "
                "bij vakantie buiten de schoolvakanties.</p>"
            )),
            ("table", {
                "caption": "Soorten verzuim",
                "header": ["Soort", "Wat is het"],
                "rows": [
                    ["Geoorloofd verzuim", "Afwezig met een geldige reden, zoals ziekte of "
                     "toegekend verlof"],
                    ["Ongeoorloofd verzuim", "Afwezig zonder geldige reden"],
                    ["Luxeverzuim", "Op vakantie zonder toestemming"],
                    ["Zorgwekkend verzuim", "Vaak of lang ziek gemeld, met zorgen over de "
                     "achterliggende oorzaak"],
                ],
            }),
            ("heading", {"text": "Wat doet de leerplichtambtenaar?", "level": "h2"}),
            ("text", (
                "<p>De leerplichtambtenaar zoekt eerst naar de oorzaak. Hij of zij praat "
                "met ouders en leerling en denkt mee over een oplossing, vaak samen met de "
                "school, de JGZ of het JGT. Pas als dat niet helpt, kan een sanctie "
                "volgen, zoals een Halt-traject voor leerlingen vanaf 12 jaar of een "
                "proces-verbaal.</p>"
            )),
            ("heading", {"text": "Zorgwekkend ziekteverzuim", "level": "h2"}),
            ("text", (
                "<p>Bij veel ziekmeldingen kan de school, met medeweten van ouders, de "
                "jeugdarts inschakelen. Die kijkt wat er achter de klachten zit en "
                "adviseert over wat de leerling nodig heeft om weer naar school te "
                "gaan.</p>"
            )),
            ("contact_card", {
                "name": "Bureau Leerplicht Stadskantoor",
                "role": "Leerplicht en verzuim",
                "organisation": "Bureau Leerplicht Stadskantoor",
                "email": "leerplicht@leerplicht.wzn-demo.nl",
                "website": "https://www.leerplicht.wzn-demo.nl/",
                "opening_hours": "Spreekuur op werkdagen van 9.00 tot 12.00 uur",
            }),
        ],
    },
    # ------------------------------------------------ IHI, flex-ZAT, 1G1P1R
    {
        "slug": "ihi-integraal-handelingsgericht-indiceren",
        "title": "IHI: integraal handelingsgericht indiceren in het basisonderwijs",
        "intro": (
            "Bij IHI bespreken ouders, school, het samenwerkingsverband en waar nodig "
            "jeugdhulp samen wat een kind nodig heeft, en beslissen ze aan tafel over "
            "extra ondersteuning."
        ),
        "themas": ["Passend onderwijs", "Ouderbetrokkenheid"],
        "visibility": "professionals",
        "body": [
            ("text", (
                "<p>Integraal handelingsgericht indiceren is een werkwijze voor leerlingen "
                "die meer nodig hebben dan de basisondersteuning. <i>Integraal</i> "
                "betekent dat onderwijs en zorg samen kijken, <i>handelingsgericht</i> dat "
                "het gesprek gaat over wat het kind nodig heeft en niet over een label. "
                "Het besluit over een arrangement valt zoveel mogelijk direct in het "
                "gesprek, zodat ouders niet weken op een uitkomst wachten.</p>"
            )),
            ("steps", {
                "title": "Het verloop van een IHI-traject",
                "steps": [
                    {"title": "Voorbereiden", "explanation": (
                        "<p>De IB vult samen met de leraar en ouders het groeidocument aan "
                        "en vraagt schriftelijk toestemming van ouders.</p>"
                    )},
                    {"title": "Een gedeeld beeld", "explanation": (
                        "<p>Iedereen vertelt wat hij ziet: sterke kanten, zorgen en wat "
                        "al geprobeerd is. Het kind komt zelf aan het woord, of via een "
                        "gesprekje vooraf.</p>"
                    )},
                    {"title": "Onderwijs- en ondersteuningsbehoeften", "explanation": (
                        "<p>Formuleer samen wat het kind nodig heeft, en wat leraar en "
                        "ouders nodig hebben om dat te bieden.</p>"
                    )},
                    {"title": "Besluiten en vastleggen", "explanation": (
                        "<p>De consulent van het SWV besluit over het arrangement. De IB "
                        "legt de afspraken vast in het OPP en op de actielijst.</p>"
                    )},
                    {"title": "Evalueren", "explanation": (
                        "<p>Plan direct de evaluatiedatum, meestal na drie tot zes "
                        "maanden.</p>"
                    )},
                ],
            }),
            ("heading", {"text": "Tips voor een goed gesprek", "level": "h2"}),
            ("text", (
                "<ul>"
                "<li>Nodig ouders uit als deskundigen van hun eigen kind.</li>"
                "<li>Houd de groep klein: alleen wie iets kan bijdragen aan de vraag.</li>"
                "<li>Vermijd jargon, of leg afkortingen direct uit.</li>"
                "<li>Sluit af met een samenvatting die ouders in eigen woorden "
                "herhalen.</li>"
                "</ul>"
            )),
        ],
    },
    {
        "slug": "flex-zat-in-het-voortgezet-onderwijs",
        "title": "Het flex-ZAT in het voortgezet onderwijs",
        "intro": (
            "In het flexibele zorg- en adviesteam bespreekt een middelbare school een "
            "leerling met partners uit zorg en gemeente. Samenstelling en werkwijze."
        ),
        "themas": ["Passend onderwijs", "Schoolverzuim"],
        "visibility": "professionals",
        "body": [
            ("text", (
                "<p>Het flex-ZAT is het ondersteuningsteam van de middelbare school. "
                "<i>Flex</i> staat voor een wisselende samenstelling: er zit alleen aan "
                "tafel wie voor deze leerling iets kan betekenen. Voor elke bespreking is "
                "toestemming nodig van ouders en van de leerling; vanaf 16 jaar beslist "
                "de leerling zelf.</p>"
            )),
            ("table", {
                "caption": "Samenstelling van het flex-ZAT",
                "header": ["Vaste deelnemers", "Op afroep"],
                "rows": [
                    ["Zorgcoördinator van de school", "Leerplichtambtenaar"],
                    ["Schoolmaatschappelijk werker", "Jeugdarts of jeugdverpleegkundige"],
                    ["Begeleider onderwijs en zorg (BOZ)", "Schoolagent"],
                    ["Medewerker van het JGT", "Mentor of behandelaar van de leerling"],
                ],
            }),
            ("heading", {"text": "Wanneer brengt u een leerling in?", "level": "h2"}),
            ("text", (
                "<p>Als de ondersteuning binnen de school niet genoeg oplevert, als er "
                "zorgen zijn die verder gaan dan school, of bij oplopend verzuim. Wacht "
                "niet tot een leerling vastloopt: een vroege bespreking is korter en "
                "levert meer op.</p>"
            )),
            ("heading", {"text": "Afspraken die werken", "level": "h2"}),
            ("text", (
                "<p>Net als in het basisonderwijs eindigt elke bespreking met een "
                "actielijst: wie doet wat, vóór wanneer en aan wie wordt teruggekoppeld. "
                "De zorgcoördinator bewaakt de acties en zet de leerling weer op de agenda "
                "zolang dat nodig is. Leerling en ouders krijgen de afspraken ook.</p>"
            )),
        ],
    },
    {
        "slug": "een-gezin-een-plan-een-regisseur",
        "title": "Eén kind, één gezin, één plan, één regisseur",
        "intro": (
            "Als meerdere hulpverleners betrokken zijn bij een gezin, werken ze samen aan "
            "één plan, met één persoon die de regie houdt."
        ),
        "themas": ["Ouderbetrokkenheid"],
        "visibility": "public",
        "body": [
            ("text", (
                "<p>Sommige gezinnen hebben met veel professionals te maken: de school, "
                "SMW, een behandelaar, het JGT, schuldhulp. Zonder afstemming vertelt het "
                "gezin steeds opnieuw zijn verhaal en krijgt het adviezen die elkaar "
                "tegenspreken. Het principe <b>1 gezin, 1 plan, 1 regisseur</b> voorkomt "
                "dat.</p>"
            )),
            ("heading", {"text": "Wat staat er in het plan?", "level": "h2"}),
            ("text", (
                "<ul>"
                "<li>de doelen van het gezin zelf, in hun eigen woorden;</li>"
                "<li>wat iedere betrokkene doet, ook de school en het gezin;</li>"
                "<li>wie de regisseur is en hoe het gezin die bereikt;</li>"
                "<li>wanneer het plan samen wordt bekeken.</li>"
                "</ul>"
            )),
            ("heading", {"text": "Wie is de regisseur?", "level": "h2"}),
            ("text", (
                "<p>De professional die het beste past bij de belangrijkste vraag en bij "
                "wie het gezin zich thuis voelt. Vaak is dat de medewerker van het JGT, "
                "soms de schoolmaatschappelijk werker of de IB. Spreek het altijd "
                "uitdrukkelijk af, met het gezin erbij.</p>"
            )),
            ("quote", {
                "text": (
                    "Eerst vertelden we ons verhaal aan zes mensen. Nu bellen we één "
                    "persoon, en die weet wat de anderen doen."
                ),
                "source": "Ouder, tijdens een wijkbijeenkomst in Buytenwegh",
            }),
        ],
    },
    # ------------------------------------------------------------ arrangementen
    {
        "slug": "extra-ondersteuning-en-arrangementen",
        "title": "Extra ondersteuning en arrangementen",
        "intro": (
            "Wat als de basisondersteuning niet genoeg is? Een overzicht van de vormen van "
            "extra ondersteuning die het samenwerkingsverband kan inzetten."
        ),
        "themas": ["Passend onderwijs"],
        "visibility": "public",
        "body": [
            ("text", (
                "<p>Extra ondersteuning is hulp die verder gaat dan wat elke school biedt. "
                "Het SWV verdeelt het geld ervoor en legt in het ondersteuningsplan vast "
                "hoe scholen extra ondersteuning aanvragen. Een pakket van extra "
                "ondersteuning heet een <b>arrangement</b>. Voor elke leerling met een "
                "arrangement stelt de school een OPP op.</p>"
            )),
            ("table", {
                "caption": "Vormen van extra ondersteuning",
                "header": ["Vorm", "Wat houdt het in"],
                "rows": [
                    ["Individueel arrangement",
                     "Extra begeleiding of deskundigheid voor één leerling in de eigen klas"],
                    ["Groepsarrangement",
                     "Ondersteuning voor een groep leerlingen met een vergelijkbare vraag"],
                    ["Ambulante begeleiding (AB)",
                     "Een specialist van buiten begeleidt leerling en leraar op school"],
                    ["Onderwijszorgarrangement (OZA)",
                     "Onderwijs en jeugdhulp gecombineerd, op school of op een aparte plek"],
                    ["Plaatsing in SBO of (V)SO", "Een andere schoolsoort, met een TLV"],
                ],
            }),
            ("heading", {"text": "Hoe komt een arrangement tot stand?", "level": "h2"}),
            ("text", (
                "<p>In het basisonderwijs gebeurt dat meestal via IHI of het OT, in het "
                "voortgezet onderwijs via het flex-ZAT. Ouders zijn er altijd bij. Een "
                "arrangement heeft een looptijd en wordt geëvalueerd. Het doel is dat de "
                "leerling, als het kan, weer verder kan met de basisondersteuning.</p>"
            )),
        ],
    },
    # --------------------------------------------------------------- privacy
    {
        "slug": "casuistiek-anonimiseren",
        "title": "Casuïstiek bespreken zonder privacy te schenden",
        "intro": (
            "Dit platform is geen dossier. Zo legt u een vraag over een leerling aan "
            "collega's voor zonder dat iemand het kind kan herkennen."
        ),
        "themas": ["Passend onderwijs", "Ouderbetrokkenheid"],
        "visibility": "professionals",
        "body": [
            ("text", (
                "<p>Van elkaar leren via casuïstiek is waardevol. Maar wat u op dit "
                "platform deelt, lezen ook mensen buiten de kring van betrokkenen. Het "
                "privacyconvenant van de partners is daarom streng: gegevens die een kind "
                "of gezin herkenbaar maken, horen hier nooit thuis.</p>"
            )),
            ("heading", {"text": "Dit deelt u nooit", "level": "h2"}),
            ("text", (
                "<ul>"
                "<li>namen van het kind, de ouders of broers en zussen, ook geen "
                "initialen;</li>"
                "<li>geboortedatum, adres of BSN;</li>"
                "<li>foto's, documenten of schermafbeeldingen uit een dossier;</li>"
                "<li>een combinatie van details die samen herkenbaar is, zoals school, "
                "groep en een zeldzame diagnose.</li>"
                "</ul>"
            )),
            ("steps", {
                "title": "Een casus anonimiseren",
                "steps": [
                    {"title": "Begin bij uw vraag", "explanation": (
                        "<p>Wat wilt u van collega's weten? Laat alles weg wat niet nodig "
                        "is om die vraag te beantwoorden.</p>"
                    )},
                    {"title": "Maak gegevens algemeen", "explanation": (
                        "<p>Schrijf <i>een leerling uit de bovenbouw van een basisschool</i> "
                        "in plaats van een groep, school of wijk.</p>"
                    )},
                    {"title": "Doe de herkenningstoets", "explanation": (
                        "<p>Zouden ouders, klasgenoten of collega's het kind herkennen als "
                        "zij dit lezen? Pas dan nog meer aan.</p>"
                    )},
                ],
            }),
            ("questions", {
                "items": [
                    {"question": "Mag ik een leerling wél met naam bespreken in het OT?",
                     "answer": (
                        "<p>Ja, met toestemming van ouders, in een besloten overleg en "
                        "alleen met de mensen die nodig zijn. Leg het vast in het "
                        "leerlingdossier, niet op dit platform.</p>"
                     )},
                    {"question": "Wat als ik per ongeluk te veel heb gedeeld?", "answer": (
                        "<p>Pas uw bericht direct aan of verwijder het, en meld het bij de "
                        "moderator en de privacyfunctionaris van uw organisatie.</p>"
                    )},
                ],
            }),
        ],
    },
    # ---------------------------------------------------------- overgang PO-VO
    {
        "slug": "overstap-naar-het-voortgezet-onderwijs-met-ondersteuning",
        "title": "Naar het voortgezet onderwijs met extra ondersteuning",
        "intro": (
            "De overstap naar de middelbare school is voor leerlingen met een "
            "ondersteuningsbehoefte een kwetsbaar moment. Zo bereidt u die samen voor."
        ),
        "themas": ["Overgang PO-VO", "Passend onderwijs"],
        "visibility": "public",
        "body": [
            ("text", (
                "<p>Een nieuwe school, meer leraren, een groter gebouw en een ander "
                "rooster: dat vraagt veel van elke leerling. Voor een kind dat op de "
                "basisschool extra ondersteuning kreeg, is goede voorbereiding extra "
                "belangrijk. Begin daarom al in groep 7.</p>"
            )),
            ("steps", {
                "title": "Stappen in de overstap",
                "steps": [
                    {"title": "Schooladvies", "explanation": (
                        "<p>Het advies van de basisschool is leidend. Scoort de leerling op "
                        "de doorstroomtoets hoger, dan heroverweegt de school het "
                        "advies.</p>"
                    )},
                    {"title": "Een school kiezen", "explanation": (
                        "<p>Bekijk samen met ouders de SOP's van middelbare scholen en "
                        "bezoek open dagen met de vraag: wat biedt deze school voor "
                        "ons kind?</p>"
                    )},
                    {"title": "Aanmelden", "explanation": (
                        "<p>Met de aanmelding begint de zorgplicht van de middelbare "
                        "school. Ouders vermelden dat hun kind extra ondersteuning nodig "
                        "heeft.</p>"
                    )},
                    {"title": "Warme overdracht", "explanation": (
                        "<p>De basisschool stuurt het onderwijskundig rapport en het OPP. "
                        "Bij voorkeur praten IB en zorgcoördinator ook met elkaar, samen "
                        "met ouders.</p>"
                    )},
                ],
            }),
            ("heading", {"text": "LWOO en praktijkonderwijs", "level": "h2"}),
            ("text", (
                "<p>Voor leerwegondersteunend onderwijs (LWOO) en praktijkonderwijs (PRO) "
                "beslist het SWV VO volgens zijn eigen afspraken. Informeer tijdig welke "
                "gegevens daarvoor nodig zijn, zodat de aanvraag niet vertraagt.</p>"
            )),
        ],
    },
]
