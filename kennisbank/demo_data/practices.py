"""Demo content for the rijke leeromgeving: good practices, regelingen and kennisbronnen.

`PRACTICES` are good practices from kinderopvang, PO, VO and MBO in Zoetermeer.
Providers, people, phone numbers and email addresses are invented; the email
domains end in `.wzn-demo.nl`, like those of `taxonomy.demo.ORGANISATIONS`.

`RESOURCES` are regelingen (real Dutch laws and arrangements, described in our
own words, linking to the government's root pages only) and kennisbronnen
(kinds of sources, with invented addresses or the root of a public site).
Body blocks follow the format described in `kennisbank.demo_data`.
"""

PRACTICES = [
    # Kinderopvang
    {
        "slug": "voorleestas-peutergroep",
        "title": "De voorleestas: elke vrijdag een boek mee naar huis",
        "sector": "kinderopvang",
        "wijk": "Oosterheem",
        "themas": ["VVE", "Jonge kind", "Ouderbetrokkenheid"],
        "provider": "Kinderopvang Kleine Reus",
        "contact_name": "Marieke Dekker",
        "contact_email": "m.dekker@kleinereus.wzn-demo.nl",
        "contact_phone": "079 331 24 80",
        "intro": (
            "Peuters van de VVE-groep nemen elke week een tas mee met een prentenboek, een "
            "knuffel uit het verhaal en een kaart met tips voor ouders. Zo gaat het "
            "thema van de groep thuis verder."
        ),
        "results": (
            "<ul>"
            "<li>Ouders vertellen bij het ophalen vaker wat ze thuis samen hebben "
            "gelezen.</li>"
            "<li>Peuters herkennen woorden uit het thema sneller, omdat ze die op de groep "
            "én thuis horen.</li>"
            "<li>Ouders die weinig Nederlands spreken, lezen voor in hun eigen taal. Ook "
            "dat helpt de taalontwikkeling.</li>"
            "</ul>"
        ),
        "visibility": "public",
        "body": [
            ("text", (
                "<p>Bij elk VVE-thema stellen de pedagogisch medewerkers vier voorleestassen "
                "samen. Op vrijdag gaat een tas mee naar huis, op maandag komt hij terug. In "
                "de kring vertelt het kind wat het thuis met het boek heeft gedaan; de "
                "knuffel uit de tas mag daarbij helpen.</p>"
            )),
            ("heading", {"text": "Wat heeft u nodig?", "level": "h2"}),
            ("text", (
                "<ul>"
                "<li>Stevige tassen en per thema een paar prentenboeken, liefst ook in "
                "de talen die in de groep gesproken worden;</li>"
                "<li>een tipkaart met drie eenvoudige vragen bij het boek, met plaatjes;</li>"
                "<li>een lijst waarop u bijhoudt welke tas bij welk gezin is.</li>"
                "</ul>"
            )),
            ("questions", {
                "title": "Tips uit de praktijk",
                "items": [
                    {
                        "question": "Wat als een tas niet terugkomt?",
                        "answer": (
                            "<p>Reken daar op en houd een reservetas klaar. Vraag er "
                            "vriendelijk naar bij het brengen; meestal ligt hij gewoon nog "
                            "onder de kinderwagen.</p>"
                        ),
                    },
                    {
                        "question": "En als ouders zelf niet goed kunnen lezen?",
                        "answer": (
                            "<p>Kies boeken met grote, duidelijke platen. Samen praten over "
                            "de plaatjes is net zo waardevol als voorlezen.</p>"
                        ),
                    },
                ],
            }),
        ],
    },
    {
        "slug": "logopedist-op-de-groep",
        "title": "Een logopedist kijkt elke maand mee op de groep",
        "sector": "kinderopvang",
        "wijk": "Rokkeveen",
        "themas": ["Taal en spraak", "Jonge kind"],
        "provider": "Kinderdagverblijf Het Boomhutje",
        "contact_name": "Priya Ramdin",
        "contact_email": "p.ramdin@boomhutje.wzn-demo.nl",
        "contact_phone": "079 352 10 46",
        "intro": (
            "Een logopedist van Logopediepraktijk Praatpaal is één ochtend per maand op het "
            "kinderdagverblijf. Pedagogisch medewerkers leren zo eerder zien wanneer de "
            "taal van een peuter extra aandacht nodig heeft."
        ),
        "results": (
            "<p>Zorgen over praten en begrijpen komen nu al rond de leeftijd van tweeënhalf "
            "jaar op tafel, niet pas bij de overstap naar school. Pedagogisch medewerkers "
            "voelen zich zekerder in het gesprek met ouders. En kinderen die echt "
            "logopedie of onderzoek nodig hebben, komen sneller op de goede plek.</p>"
        ),
        "visibility": "public",
        "body": [
            ("steps", {
                "title": "Zo verloopt een ochtend",
                "steps": [
                    {
                        "title": "Meekijken tijdens het spel",
                        "explanation": (
                            "<p>De logopedist doet mee aan de kring en het vrij spel. Ze "
                            "let op hoe kinderen praten, luisteren en op elkaar "
                            "reageren.</p>"
                        ),
                    },
                    {
                        "title": "Kort overleg met de mentor",
                        "explanation": (
                            "<p>Na afloop bespreken de logopedist en de mentor van het kind "
                            "wat ze zagen, en wat de mentor op de groep kan doen.</p>"
                        ),
                    },
                    {
                        "title": "Gesprek met ouders",
                        "explanation": (
                            "<p>Is er een zorg, dan praat de mentor met de ouders. De "
                            "logopedist kan aanschuiven als de ouders dat willen.</p>"
                        ),
                    },
                    {
                        "title": "Zo nodig verder kijken",
                        "explanation": (
                            "<p>Via de JGZ of de huisarts kan een kind naar de logopedist. "
                            "Bij een vermoeden van een taalontwikkelingsstoornis (cluster 2) "
                            "volgt onderzoek.</p>"
                        ),
                    },
                ],
            }),
            ("heading", {"text": "Wat heeft u nodig?", "level": "h2"}),
            ("text", (
                "<p>Een logopediepraktijk in de buurt die wil samenwerken, en afspraken over "
                "de kosten. Het Boomhutje betaalt de ochtenden uit het VVE-budget. Vraag "
                "ouders vooraf om toestemming, zodat de logopedist over hun kind mag "
                "meedenken.</p>"
            )),
            ("quote", {
                "text": (
                    "Vroeger twijfelde ik maanden of ik iets moest zeggen. Nu kan ik het "
                    "gewoon even checken."
                ),
                "source": "Pedagogisch medewerker, Het Boomhutje",
            }),
        ],
    },
    {
        "slug": "warme-overdracht-peutergroep-groep-1",
        "title": "Warme overdracht van de peutergroep naar groep 1",
        "sector": "kinderopvang",
        "wijk": "Oosterheem",
        "themas": ["VVE", "Jonge kind", "Ouderbetrokkenheid"],
        "provider": "Kinderopvang Kleine Reus",
        "contact_name": "Fatma Yilmaz",
        "contact_email": "f.yilmaz@kleinereus.wzn-demo.nl",
        "contact_phone": "",
        "intro": (
            "Voordat een VVE-peuter naar groep 1 gaat, zitten de mentor, de leerkracht en "
            "de ouders samen aan tafel. Daarna gaat het kind met zijn mentor een keer op "
            "bezoek in de nieuwe klas."
        ),
        "results": (
            "<ul>"
            "<li>Leerkrachten van Kindcentrum Sterrenpad weten op de eerste schooldag al wat "
            "een kind nodig heeft.</li>"
            "<li>Kinderen wennen sneller: ze kennen het lokaal en zien een bekend "
            "gezicht.</li>"
            "<li>Ouders leren de leerkracht kennen voordat er iets besproken hoeft te "
            "worden.</li>"
            "</ul>"
        ),
        "visibility": "public",
        "body": [
            ("steps", {
                "title": "De stappen",
                "steps": [
                    {
                        "title": "Twee maanden voor de vierde verjaardag",
                        "explanation": (
                            "<p>De mentor vult het overdrachtsformulier in en bespreekt het "
                            "eerst met de ouders. Ouders geven toestemming om het te "
                            "delen.</p>"
                        ),
                    },
                    {
                        "title": "Het overdrachtsgesprek",
                        "explanation": (
                            "<p>Mentor, leerkracht en ouders praten een half uur over wat "
                            "goed gaat, wat lastig is en wat helpt.</p>"
                        ),
                    },
                    {
                        "title": "Samen op bezoek",
                        "explanation": (
                            "<p>De mentor loopt met het kind naar groep 1 en blijft een "
                            "uurtje. Bij een school in hetzelfde gebouw is dat eenvoudig te "
                            "regelen.</p>"
                        ),
                    },
                    {
                        "title": "Na zes weken even bellen",
                        "explanation": (
                            "<p>De leerkracht laat de mentor weten hoe het gaat. Zo leert "
                            "de peutergroep wat de school aan de overdracht heeft.</p>"
                        ),
                    },
                ],
            }),
            ("text", (
                "<p><b>Tip:</b> plan de gesprekken in een vast blok per maand, zodat de "
                "leerkracht er tijd voor kan vrijmaken. Sluit voor kinderen met extra "
                "ondersteuning ook de IB aan.</p>"
            )),
            ("quote", {
                "text": (
                    "Ik wist al dat ze schrikt van harde geluiden en graag naast het raam "
                    "zit. Daardoor was haar eerste dag meteen een goede dag."
                ),
                "source": "Leerkracht groep 1, Kindcentrum Sterrenpad",
            }),
        ],
    },
    # Primair onderwijs
    {
        "slug": "leesmaatjes-groep-7-en-groep-4",
        "title": "Leesmaatjes: groep 7 leest met groep 4",
        "sector": "po",
        "wijk": "Meerzicht",
        "themas": ["Dyslexie"],
        "provider": "Basisschool De Klimboom",
        "contact_name": "Sanne Verhoef",
        "contact_email": "s.verhoef@klimboom.wzn-demo.nl",
        "contact_phone": "079 341 77 02",
        "intro": (
            "Drie keer per week lezen leerlingen uit groep 7 een kwartier samen met een "
            "leerling uit groep 4 die moeite heeft met lezen. Beide kinderen hebben er "
            "baat bij."
        ),
        "results": (
            "<ul>"
            "<li>Jonge lezers maken meer leeskilometers, zonder dat het als extra werk "
            "voelt.</li>"
            "<li>Oudere leerlingen die zelf dyslexie hebben, groeien in zelfvertrouwen "
            "als leesmaatje.</li>"
            "<li>De extra begeleiding staat netjes in het leerlingdossier. Dat is nodig als "
            "een leerling later wordt aangemeld voor dyslexiezorg.</li>"
            "</ul>"
        ),
        "visibility": "public",
        "body": [
            ("text", (
                "<p>Elk duo leest op vaste momenten een kwartier op de gang of in de "
                "bibliotheek. De leerling uit groep 7 leest eerst voor, daarna lezen ze samen "
                "en tot slot leest de leerling uit groep 4 zelf. De leesmaatjes weten hoe ze "
                "kunnen helpen zonder het woord voor te zeggen.</p>"
            )),
            ("steps", {
                "title": "Zo start u",
                "steps": [
                    {
                        "title": "Duo's maken",
                        "explanation": (
                            "<p>De leerkrachten en de IB koppelen leerlingen die goed bij "
                            "elkaar passen. Kijk naar karakter, niet alleen naar "
                            "leesniveau.</p>"
                        ),
                    },
                    {
                        "title": "Leesmaatjes trainen",
                        "explanation": (
                            "<p>Twee korte lessen voor groep 7: hoe geef je een tip, en hoe "
                            "geef je een compliment?</p>"
                        ),
                    },
                    {
                        "title": "Elke zes weken evalueren",
                        "explanation": (
                            "<p>Noteer de leestoets van groep 4 en vraag beide kinderen hoe "
                            "het gaat. Pas de duo's zo nodig aan.</p>"
                        ),
                    },
                ],
            }),
            ("questions", {
                "title": "Goed om te weten",
                "items": [
                    {
                        "question": "Is dit genoeg voor een leerling met ernstige leesproblemen?",
                        "answer": (
                            "<p>Nee. Leesmaatjes komen bovenop de extra begeleiding door de "
                            "leerkracht, niet in plaats daarvan. Blijft het lezen sterk "
                            "achter, bekijk dan met ouders of dyslexiezorg nodig is.</p>"
                        ),
                    },
                ],
            }),
        ],
    },
    {
        "slug": "plusklas-voor-de-wijk",
        "title": "Eén plusklas voor de hele wijk",
        "sector": "po",
        "wijk": "Seghwaert",
        "themas": ["Hoogbegaafdheid"],
        "provider": "Basisschool De Waterlelie",
        "contact_name": "Tom de Graaf",
        "contact_email": "t.degraaf@waterlelie.wzn-demo.nl",
        "contact_phone": "",
        "intro": (
            "Vier basisscholen in Seghwaert en Buytenwegh delen één plusklas. Eén ochtend "
            "per week werken kinderen die meer uitdaging nodig hebben samen aan projecten "
            "die hun eigen school niet kan bieden."
        ),
        "results": (
            "<p>Kinderen ontmoeten ontwikkelingsgelijken en leren doorzetten bij taken die "
            "niet meteen lukken. Leerkrachten van de vier scholen delen materiaal en kennis "
            "over hoogbegaafdheid. Kleine scholen kunnen zo iets bieden wat ze alleen niet "
            "zouden kunnen organiseren.</p>"
        ),
        "visibility": "public",
        "body": [
            ("text", (
                "<p>De plusklas zit in De Waterlelie. Elke school stuurt maximaal vier "
                "leerlingen uit groep 5 tot en met 8. Een plusklasleerkracht werkt met hen "
                "in blokken van acht weken aan een onderzoeksvraag. Daarnaast oefenen ze "
                "vaardigheden als plannen, feedback geven en omgaan met fouten.</p>"
            )),
            ("heading", {"text": "Wat heeft u nodig?", "level": "h2"}),
            ("text", (
                "<ul>"
                "<li>Afspraken tussen de schoolbesturen over kosten en vervoer;</li>"
                "<li>heldere criteria voor deelname, vastgelegd in het SOP;</li>"
                "<li>een vaste contactpersoon op elke school, zodat het werk uit de plusklas "
                "ook in de eigen klas terugkomt.</li>"
                "</ul>"
            )),
            ("questions", {
                "title": "Tips",
                "items": [
                    {
                        "question": "Hoe voorkom je dat de plusklas een eiland wordt?",
                        "answer": (
                            "<p>Laat leerlingen hun project ook in de eigen klas presenteren, "
                            "en geef de leerkracht een kort verslag van elk blok.</p>"
                        ),
                    },
                    {
                        "question": "Wat als een leerling de gemiste les moet inhalen?",
                        "answer": (
                            "<p>Compact de lesstof voor deze leerlingen. Wie een ochtend "
                            "plusklas heeft, hoeft niet alles dubbel te doen.</p>"
                        ),
                    },
                ],
            }),
            ("quote", {
                "text": "Hier hoef ik niet uit te leggen waarom ik iets leuk vind.",
                "source": "Leerling uit groep 6",
            }),
        ],
    },
    {
        "slug": "ondersteuningsteam-met-actielijst",
        "title": "Ondersteuningsteam met een actielijst in plaats van een verslag",
        "sector": "po",
        "wijk": "Buytenwegh",
        "themas": ["Gedrag", "Ouderbetrokkenheid", "Passend onderwijs"],
        "provider": "Basisschool Het Kompasblad",
        "contact_name": "Nadia Boukhari",
        "contact_email": "n.boukhari@kompasblad.wzn-demo.nl",
        "contact_phone": "079 362 58 19",
        "intro": (
            "Het ondersteuningsteam (OT) van Het Kompasblad schrijft geen notulen meer. Aan "
            "het eind van elk overleg staat op één pagina wie wat doet en aan wie diegene "
            "wanneer terugkoppelt."
        ),
        "results": (
            "<ul>"
            "<li>Afspraken worden echt uitgevoerd, omdat ze bij de start van het volgende "
            "overleg worden nagelopen.</li>"
            "<li>Ouders weten na afloop precies wat er gaat gebeuren, en wat er van hen "
            "wordt gevraagd.</li>"
            "<li>De IB is minder tijd kwijt aan verslaglegging en meer aan "
            "voorbereiding.</li>"
            "</ul>"
        ),
        "visibility": "professionals",
        "body": [
            ("steps", {
                "title": "Zo loopt een OT-overleg",
                "steps": [
                    {
                        "title": "Voorbereiding",
                        "explanation": (
                            "<p>De IB bespreekt vooraf met de ouders wat zij willen "
                            "bereiken. De directeur zit het overleg voor.</p>"
                        ),
                    },
                    {
                        "title": "Ouders eerst",
                        "explanation": (
                            "<p>Ouders vertellen als eersten hoe zij het zien. Daarna volgen "
                            "de leerkracht, het SMW, de JGZ en wie verder aan tafel "
                            "zit.</p>"
                        ),
                    },
                    {
                        "title": "Afspraken maken",
                        "explanation": (
                            "<p>Elke afspraak volgt hetzelfde patroon: <i>X doet Y en "
                            "koppelt terug aan B, uiterlijk op datum A</i>.</p>"
                        ),
                    },
                    {
                        "title": "Opvolgen",
                        "explanation": (
                            "<p>Het volgende overleg begint met de actielijst. Wat niet is "
                            "gelukt, krijgt een nieuwe datum of een andere eigenaar.</p>"
                        ),
                    },
                ],
            }),
            ("table", {
                "caption": "Voorbeeld van een actielijst (zonder gegevens van een kind)",
                "header": ["Wie", "Doet wat", "Koppelt terug aan", "Uiterlijk"],
                "rows": [
                    ["Leerkracht", "Houdt twee weken bij wanneer de onrust begint",
                     "IB", "2 oktober"],
                    ["Schoolmaatschappelijk werker", "Plant een huisbezoek met de ouders",
                     "IB en ouders", "25 september"],
                    ["Ouders", "Maken een afspraak bij de JGZ over slapen",
                     "Schoolmaatschappelijk werker", "9 oktober"],
                ],
            }),
            ("text", (
                "<p><b>Tip:</b> houd de actielijst op het scherm terwijl u praat, zodat "
                "iedereen meeleest. De ouders krijgen de lijst dezelfde dag mee. Zet er "
                "nooit meer op dan nodig is: de actielijst is geen dossier.</p>"
            )),
        ],
    },
    {
        "slug": "ouderkamer-met-taalmaatjes",
        "title": "Ouderkamer met taalmaatjes voor nieuwkomersgezinnen",
        "sector": "po",
        "wijk": "Palenstein",
        "themas": ["Nieuwkomers", "Taal en spraak", "Ouderbetrokkenheid"],
        "provider": "Basisschool De Zeepbel",
        "contact_name": "Youssef El Amrani",
        "contact_email": "y.elamrani@zeepbel.wzn-demo.nl",
        "contact_phone": "079 316 90 33",
        "intro": (
            "Elke woensdagochtend is de ouderkamer van De Zeepbel open voor ouders die net "
            "in Nederland wonen. Vrijwilligers van Stichting Taalmaatjes Stad oefenen er "
            "Nederlands met hen, aan de hand van wat er op school gebeurt."
        ),
        "results": (
            "<p>Ouders lezen de nieuwsbrief en komen vaker naar oudergesprekken. Ze kennen "
            "de leerkrachten bij naam en durven eerder een vraag te stellen. De school hoort "
            "op haar beurt eerder wat er thuis speelt, zoals zorgen over geld of "
            "huisvesting.</p>"
        ),
        "visibility": "public",
        "body": [
            ("text", (
                "<p>Elke week staat er een schoolonderwerp centraal: het rapport, een "
                "schoolreisje, een oudergesprek of de gezonde pauzehap. De taalmaatjes oefenen "
                "de woorden die daarbij horen. Regelmatig schuift een leerkracht, de IB of de "
                "schoolmaatschappelijk werker aan om kennis te maken.</p>"
            )),
            ("heading", {"text": "Wat heeft u nodig?", "level": "h2"}),
            ("text", (
                "<ul>"
                "<li>Een vaste ruimte met koffie en thee, en speelgoed voor jongere "
                "broertjes en zusjes;</li>"
                "<li>twee of drie vrijwilligers die elke week komen;</li>"
                "<li>een collega die de ouderkamer coördineert en de onderwerpen "
                "plant.</li>"
                "</ul>"
            )),
            ("questions", {
                "title": "Tips",
                "items": [
                    {
                        "question": "Hoe bereik je ouders die nog geen Nederlands spreken?",
                        "answer": (
                            "<p>Nodig ze persoonlijk uit bij het schoolplein, het liefst "
                            "samen met een ouder die dezelfde taal spreekt. Een brief alleen "
                            "werkt zelden.</p>"
                        ),
                    },
                    {
                        "question": "Mogen ouders hun eigen taal spreken?",
                        "answer": (
                            "<p>Ja. Laat ouders elkaar helpen in hun eigen taal. Het doel is "
                            "meedoen, niet alleen Nederlands leren.</p>"
                        ),
                    },
                ],
            }),
        ],
    },
    # Voortgezet onderwijs
    {
        "slug": "zachte-landing-terug-naar-school",
        "title": "Zachte landing: stap voor stap terug naar school",
        "sector": "vo",
        "wijk": "Rokkeveen",
        "themas": ["Thuiszitters", "Schoolverzuim"],
        "provider": "Meerwijk College",
        "contact_name": "Esther Koopman",
        "contact_email": "e.koopman@meerwijkcollege.wzn-demo.nl",
        "contact_phone": "079 368 44 10",
        "intro": (
            "Leerlingen die lang thuis zaten, beginnen op het Meerwijk College in een "
            "rustige ruimte met een vaste begeleider. Met een opbouwschema groeien ze in een "
            "paar maanden terug naar het volledige rooster."
        ),
        "results": (
            "<p>De meeste leerlingen die via de zachte landing terugkwamen, volgden na een "
            "half jaar weer het hele rooster. Ze bleven ingeschreven op hun eigen school, "
            "zodat ze hun klas en vrienden niet kwijtraakten. Mentoren zeggen dat ze beter "
            "weten hoe ze een leerling na lang verzuim kunnen opvangen.</p>"
        ),
        "visibility": "public",
        "body": [
            ("steps", {
                "title": "Het opbouwschema",
                "steps": [
                    {
                        "title": "Kennismaken",
                        "explanation": (
                            "<p>De begeleider gaat op huisbezoek. Leerling, ouders en "
                            "begeleider spreken af wat de eerste stap is, hoe klein die "
                            "ook is.</p>"
                        ),
                    },
                    {
                        "title": "Een paar uur in de landingsruimte",
                        "explanation": (
                            "<p>De leerling werkt aan schoolwerk in een rustige ruimte, "
                            "met de begeleider in de buurt.</p>"
                        ),
                    },
                    {
                        "title": "Eerste lessen in de klas",
                        "explanation": (
                            "<p>De leerling kiest samen met de begeleider de lessen waar "
                            "hij zich het veiligst voelt. Het aantal lessen groeit elke "
                            "week.</p>"
                        ),
                    },
                    {
                        "title": "Volledig rooster",
                        "explanation": (
                            "<p>De landingsruimte blijft nog een tijd beschikbaar als "
                            "rustplek. De mentor neemt de begeleiding over.</p>"
                        ),
                    },
                ],
            }),
            ("heading", {"text": "Wat heeft u nodig?", "level": "h2"}),
            ("text", (
                "<p>Een vaste ruimte en een begeleider met tijd, en goede afspraken met "
                "de leerplichtambtenaar en het jeugd- en gezinsteam. Volgt een leerling "
                "tijdelijk minder lessen, leg dan de afwijking van de onderwijstijd en het "
                "opbouwplan vast in het OPP, in overleg met de ouders.</p>"
            )),
            ("questions", {
                "title": "Tips",
                "items": [
                    {
                        "question": "Wat als de leerling terugvalt?",
                        "answer": (
                            "<p>Dat hoort erbij. Ga een stap terug in het schema in plaats "
                            "van opnieuw te beginnen, en bespreek met de leerling wat er "
                            "gebeurde.</p>"
                        ),
                    },
                ],
            }),
        ],
    },
    {
        "slug": "zomerweek-voor-brugklassers",
        "title": "Zomerweek voor brugklassers die de overstap spannend vinden",
        "sector": "vo",
        "wijk": "Stadscentrum",
        "themas": ["Overgang PO-VO", "Sociale veiligheid"],
        "provider": "Lyceum De Lichtboog",
        "contact_name": "Rik Schouten",
        "contact_email": "r.schouten@lichtboog.wzn-demo.nl",
        "contact_phone": "",
        "intro": (
            "In de laatste week van de zomervakantie komen aankomende brugklassers die de "
            "overstap spannend vinden drie ochtenden naar school. Ze leren het gebouw, hun "
            "mentor en elkaar kennen voordat het schooljaar begint."
        ),
        "results": (
            "<ul>"
            "<li>Deelnemers kennen op de eerste schooldag de weg, hun mentor en een paar "
            "klasgenoten.</li>"
            "<li>Mentoren weten al vroeg wat deze leerlingen helpt, en hoeven dat niet pas "
            "na de herfstvakantie te ontdekken.</li>"
            "<li>Ouders van leerlingen met faalangst of ASS reageren erg positief.</li>"
            "</ul>"
        ),
        "visibility": "public",
        "body": [
            ("text", (
                "<p>Basisscholen noemen bij de overdracht leerlingen die baat hebben bij een "
                "extra kennismaking. Tijdens de zomerweek lopen ze een speurtocht door het "
                "gebouw, oefenen ze met het rooster en het kluisje en doen ze samen "
                "opdrachten. Oudere leerlingen zijn er als buddy bij.</p>"
            )),
            ("heading", {"text": "Wat heeft u nodig?", "level": "h2"}),
            ("text", (
                "<ul>"
                "<li>Twee mentoren en een zorgcoördinator die in de vakantie een paar "
                "ochtenden willen werken;</li>"
                "<li>vijf tot acht buddy's uit de bovenbouw;</li>"
                "<li>een goede warme overdracht met de basisscholen, zodat de juiste "
                "leerlingen worden uitgenodigd.</li>"
                "</ul>"
            )),
            ("text", (
                "<p><b>Tip:</b> nodig de ouders uit voor de laatste ochtend. Zo zien ze waar "
                "hun kind straks naartoe gaat, en kunnen ze kennismaken met de mentor.</p>"
            )),
        ],
    },
    {
        "slug": "flex-zat-binnen-vijf-schooldagen",
        "title": "Flex-ZAT binnen vijf schooldagen",
        "sector": "vo",
        "wijk": None,
        "themas": ["Passend onderwijs", "Schoolverzuim"],
        "provider": "Samenwerkingsverband VO Dichtbij",
        "contact_name": "Jeroen Vos",
        "contact_email": "j.vos@vodichtbij.wzn-demo.nl",
        "contact_phone": "079 360 12 00",
        "intro": (
            "Scholen in het samenwerkingsverband kunnen een flexibel zorg- en adviesteam "
            "(flex-ZAT) binnen vijf schooldagen bijeenroepen. Wie aan tafel zit, hangt af "
            "van de vraag van de leerling."
        ),
        "results": (
            "<p>Zorgen worden besproken terwijl ze nog klein zijn, in plaats van te wachten "
            "op een vast overleg eens in de zes weken. Leerling en ouders zitten standaard "
            "aan tafel. Het aantal leerlingen dat vastloopt voordat er hulp is, is "
            "merkbaar gedaald, volgens de zorgcoördinatoren van de deelnemende "
            "scholen.</p>"
        ),
        "visibility": "professionals",
        "body": [
            ("text", (
                "<p>De vaste kern bestaat uit de zorgcoördinator van de school, de "
                "schoolmaatschappelijk werker, de begeleider onderwijs en zorg (BOZ) en een "
                "medewerker van het jeugd- en gezinsteam. Afhankelijk van de vraag schuiven "
                "de leerplichtambtenaar, de jeugdverpleegkundige of de schoolagent aan.</p>"
            )),
            ("steps", {
                "title": "Van zorg tot overleg",
                "steps": [
                    {
                        "title": "Dag 1: toestemming",
                        "explanation": (
                            "<p>De mentor of zorgcoördinator bespreekt de zorg met de "
                            "leerling en de ouders, en vraagt toestemming voor het "
                            "flex-ZAT.</p>"
                        ),
                    },
                    {
                        "title": "Dag 2: samenstellen",
                        "explanation": (
                            "<p>De zorgcoördinator kiest wie er nodig is en plant het "
                            "overleg via de vaste tijdsblokken van de partners.</p>"
                        ),
                    },
                    {
                        "title": "Uiterlijk dag 5: het overleg",
                        "explanation": (
                            "<p>Een uur, met een actielijst als resultaat. Eén persoon "
                            "wordt de vaste regisseur voor het gezin.</p>"
                        ),
                    },
                ],
            }),
            ("questions", {
                "title": "Veelgestelde vragen",
                "items": [
                    {
                        "question": "Hoe lukt het om zo snel te plannen?",
                        "answer": (
                            "<p>Alle partners hebben twee vaste tijdsblokken per week "
                            "gereserveerd voor flex-ZAT-overleggen. Zonder die blokken "
                            "lukt vijf dagen niet.</p>"
                        ),
                    },
                    {
                        "question": "En als ouders geen toestemming geven?",
                        "answer": (
                            "<p>Dan gaat er geen flex-ZAT door. De school kan wel anoniem "
                            "advies vragen aan een van de partners. Bij zorgen over de "
                            "veiligheid volgt u de meldcode.</p>"
                        ),
                    },
                ],
            }),
        ],
    },
    # Middelbaar beroepsonderwijs
    {
        "slug": "bellen-op-de-eerste-verzuimdag",
        "title": "Bellen op de eerste dag: verzuim als signaal",
        "sector": "mbo",
        "wijk": "Driemanspolder",
        "themas": ["Schoolverzuim"],
        "provider": "Vakcollege Leerhuis Driemanspolder",
        "contact_name": "Lotte Hendriks",
        "contact_email": "l.hendriks@leerhuis.wzn-demo.nl",
        "contact_phone": "079 357 63 21",
        "intro": (
            "Is een student zonder bericht afwezig, dan belt de studieloopbaanbegeleider "
            "dezelfde dag nog. Geen controle, maar een gesprek: wat is er aan de hand?"
        ),
        "results": (
            "<p>Problemen als geldzorgen, schulden, een zieke ouder of een conflict op de "
            "stage komen veel eerder in beeld. Studenten geven aan dat ze het telefoontje "
            "waarderen, ook als ze er eerst van schrokken. Het aantal meldingen van "
            "langdurig verzuim bij leerplicht en RMC is sinds de start gedaald.</p>"
        ),
        "visibility": "public",
        "body": [
            ("text", (
                "<p>Elke ochtend om tien uur ziet de studieloopbaanbegeleider (SLB'er) wie "
                "er ongemeld afwezig is. Zij belt of appt de student zelf, niet eerst de "
                "ouders. De toon is belangstellend: <i>we missen je, wat is er?</i> Na drie "
                "keer verzuim in korte tijd volgt een gesprek op school.</p>"
            )),
            ("heading", {"text": "Wat heeft u nodig?", "level": "h2"}),
            ("text", (
                "<ul>"
                "<li>Een absentieregistratie die vóór tien uur bijgewerkt is;</li>"
                "<li>een vast belmoment in het rooster van de SLB'er;</li>"
                "<li>korte lijnen met het schoolmaatschappelijk werk, voor als er meer "
                "speelt.</li>"
                "</ul>"
            )),
            ("questions", {
                "title": "Tips",
                "items": [
                    {
                        "question": "De student neemt niet op. Wat dan?",
                        "answer": (
                            "<p>Stuur een kort bericht en probeer het later die dag nog "
                            "eens. Lukt het twee dagen niet, neem dan contact op met de "
                            "ouders of, bij een meerderjarige student, met de "
                            "noodcontactpersoon.</p>"
                        ),
                    },
                    {
                        "question": "Moet ik verzuim ook melden?",
                        "answer": (
                            "<p>Ja. Het telefoontje vervangt de wettelijke verzuimmelding "
                            "niet. Meld ongeoorloofd verzuim volgens de regels bij "
                            "leerplicht of het RMC.</p>"
                        ),
                    },
                ],
            }),
        ],
    },
    {
        "slug": "stagekast-en-studiepot",
        "title": "Stagekast en studiepot: geldzorgen geen reden om uit te vallen",
        "sector": "mbo",
        "wijk": "Driemanspolder",
        "themas": ["Armoede", "Schoolverzuim"],
        "provider": "Vakcollege Leerhuis Driemanspolder",
        "contact_name": "Kees Bakker",
        "contact_email": "k.bakker@leerhuis.wzn-demo.nl",
        "contact_phone": "",
        "intro": (
            "Studenten die geen geld hebben voor werkkleding, gereedschap of een "
            "ov-abonnement, kunnen terecht bij de stagekast en de studiepot van het Leerhuis. "
            "Zo mist niemand een stage doordat thuis het geld ontbreekt."
        ),
        "results": (
            "<ul>"
            "<li>Studenten starten op tijd met hun stage, met de juiste kleding en "
            "schoenen.</li>"
            "<li>Docenten horen eerder over geldzorgen en kunnen doorverwijzen naar "
            "schuldhulp of het CJG.</li>"
            "<li>Oud-studenten en stagebedrijven doneren kleding en gereedschap.</li>"
            "</ul>"
        ),
        "visibility": "public",
        "body": [
            ("text", (
                "<p>In de stagekast hangen werkbroeken, koksbuizen, veiligheidsschoenen en "
                "nette kleding voor sollicitaties. Studenten lenen wat ze nodig hebben en "
                "brengen het na de stage terug. Uit de studiepot betaalt de school kleine "
                "bedragen, zoals een reiskaart voor de eerste maand of een verplicht "
                "boek.</p>"
            )),
            ("steps", {
                "title": "Zo vraagt een student hulp",
                "steps": [
                    {
                        "title": "Melden bij de SLB'er",
                        "explanation": (
                            "<p>De student vertelt wat er nodig is. Er zijn geen formulieren "
                            "en geen bewijsstukken nodig voor kleine bedragen.</p>"
                        ),
                    },
                    {
                        "title": "Binnen een week geregeld",
                        "explanation": (
                            "<p>De SLB'er regelt de kleding uit de stagekast of vraagt geld "
                            "aan uit de studiepot.</p>"
                        ),
                    },
                    {
                        "title": "Even doorpraten",
                        "explanation": (
                            "<p>Speelt er meer, dan verwijst de SLB'er door naar het "
                            "schoolmaatschappelijk werk of naar de gemeente.</p>"
                        ),
                    },
                ],
            }),
            ("text", (
                "<p><b>Tip:</b> maak de stagekast zichtbaar en gewoon. Hoe minder schaamte, "
                "hoe eerder studenten aan de bel trekken.</p>"
            )),
        ],
    },
]

RESOURCES = [
    # Regelingen
    {
        "slug": "wet-passend-onderwijs",
        "title": "Wet passend onderwijs",
        "kind": "regeling",
        "url": "https://wetten.overheid.nl/",
        "intro": (
            "Sinds 1 augustus 2014 hebben scholen een zorgplicht: elk kind krijgt een "
            "passende plek, op de eigen school of op een andere school."
        ),
        "themas": ["Passend onderwijs"],
        "body": [
            ("text", (
                "<p>De Wet passend onderwijs is geen losse wet, maar een wijziging van "
                "onder meer de onderwijswetten voor het primair, voortgezet en speciaal "
                "onderwijs. Scholen in een regio werken samen in een samenwerkingsverband "
                "(SWV). Dat SWV maakt een ondersteuningsplan, verdeelt het geld voor extra "
                "ondersteuning en geeft toelaatbaarheidsverklaringen (TLV) af voor het "
                "speciaal (basis)onderwijs.</p>"
                "<p>Meldt een ouder een kind aan, dan onderzoekt de school wat het kind "
                "nodig heeft. Kan de school dat zelf niet bieden, dan zoekt zij in overleg "
                "met de ouders een andere school die dat wel kan. Voor een leerling met "
                "extra ondersteuning stelt de school een ontwikkelingsperspectiefplan (OPP) "
                "op, na overleg met de ouders.</p>"
            )),
        ],
    },
    {
        "slug": "leerplichtwet-1969",
        "title": "Leerplichtwet 1969",
        "kind": "regeling",
        "url": "https://wetten.overheid.nl/",
        "intro": (
            "De Leerplichtwet regelt dat kinderen naar school gaan, en wat er gebeurt als "
            "een leerling vaak of lang afwezig is."
        ),
        "themas": ["Schoolverzuim", "Thuiszitters"],
        "body": [
            ("text", (
                "<p>Een kind is leerplichtig vanaf de eerste schooldag van de maand nadat "
                "het vijf is geworden, tot het eind van het schooljaar waarin het zestien "
                "wordt. Daarna geldt de kwalificatieplicht, tot de jongere achttien is of "
                "een startkwalificatie heeft: een diploma havo, vwo of mbo niveau 2 of "
                "hoger.</p>"
                "<p>Scholen moeten ongeoorloofd verzuim melden. De leerplichtambtenaar van "
                "de gemeente gaat in gesprek met de leerling en de ouders en zoekt samen "
                "met school naar een oplossing. In bijzondere situaties kan een kind "
                "(gedeeltelijk) worden vrijgesteld.</p>"
            )),
        ],
    },
    {
        "slug": "jeugdwet",
        "title": "Jeugdwet",
        "kind": "regeling",
        "url": "https://wetten.overheid.nl/",
        "intro": (
            "Sinds 2015 is de gemeente verantwoordelijk voor alle hulp aan kinderen, "
            "jongeren en gezinnen bij opgroeien en opvoeden."
        ),
        "themas": ["Passend onderwijs", "Gedrag", "Ouderbetrokkenheid"],
        "body": [
            ("text", (
                "<p>De Jeugdwet maakt onderscheid tussen hulp waar iedereen zonder "
                "verwijzing terechtkan, zoals het CJG of het schoolmaatschappelijk werk, en "
                "hulp waarvoor een besluit van de gemeente of een verwijzing nodig is. Een "
                "verwijzing kan komen van het jeugd- en gezinsteam, de huisarts, de "
                "jeugdarts of een medisch specialist.</p>"
                "<p>Gemeente en samenwerkingsverband moeten hun plannen op elkaar afstemmen. "
                "Zo sluiten de ondersteuning op school en de jeugdhulp thuis beter op "
                "elkaar aan.</p>"
            )),
        ],
    },
    {
        "slug": "schoolondersteuningsprofiel",
        "title": "Schoolondersteuningsprofiel (SOP) in de Wet op het primair onderwijs",
        "kind": "regeling",
        "url": "https://wetten.overheid.nl/",
        "intro": (
            "Elke school beschrijft in een schoolondersteuningsprofiel welke ondersteuning "
            "zij kan bieden. Voor het VO staat een vergelijkbare regel in de WVO."
        ),
        "themas": ["Passend onderwijs"],
        "body": [
            ("text", (
                "<p>Het SOP laat zien wat de basisondersteuning van de school is, welke "
                "extra ondersteuning zij biedt en hoe zij samenwerkt met partners. De "
                "school stelt het profiel ten minste eens in de vier jaar vast; de "
                "medezeggenschapsraad heeft adviesrecht. Het SOP hoort in de schoolgids of "
                "op de website te staan, zodat ouders het kunnen lezen.</p>"
            )),
        ],
    },
    {
        "slug": "wet-verplichte-meldcode",
        "title": "Wet verplichte meldcode huiselijk geweld en kindermishandeling",
        "kind": "regeling",
        "url": "https://www.rijksoverheid.nl/",
        "intro": (
            "Organisaties in onder meer onderwijs, kinderopvang, zorg en jeugdhulp moeten "
            "een meldcode hebben. Die beschrijft wat een professional doet bij zorgen over "
            "geweld in een gezin."
        ),
        "themas": ["Meldcode"],
        "body": [
            ("steps", {
                "title": "De vijf stappen van de meldcode",
                "steps": [
                    {
                        "title": "Signalen in kaart brengen",
                        "explanation": "<p>Schrijf feitelijk op wat u ziet en hoort.</p>",
                    },
                    {
                        "title": "Collegiaal overleggen",
                        "explanation": (
                            "<p>Overleg met de aandachtsfunctionaris en vraag zo nodig "
                            "advies aan Veilig Thuis.</p>"
                        ),
                    },
                    {
                        "title": "In gesprek gaan",
                        "explanation": (
                            "<p>Bespreek uw zorgen met de ouders en, als dat kan, met het "
                            "kind.</p>"
                        ),
                    },
                    {
                        "title": "Wegen",
                        "explanation": (
                            "<p>Beoordeel met het afwegingskader hoe ernstig de situatie "
                            "is.</p>"
                        ),
                    },
                    {
                        "title": "Beslissen",
                        "explanation": (
                            "<p>Zelf hulp organiseren, melden bij Veilig Thuis, of "
                            "allebei. Bij acute of structurele onveiligheid meldt u "
                            "altijd.</p>"
                        ),
                    },
                ],
            }),
        ],
    },
    {
        "slug": "dyslexiezorg-eed-jeugdwet",
        "title": "Dyslexiezorg bij ernstige enkelvoudige dyslexie (EED)",
        "kind": "regeling",
        "url": "https://www.rijksoverheid.nl/",
        "intro": (
            "Onderzoek en behandeling van ernstige dyslexie bij basisschoolleerlingen valt "
            "onder de Jeugdwet. De gemeente betaalt, als de school laat zien dat extra hulp "
            "niet genoeg was."
        ),
        "themas": ["Dyslexie"],
        "body": [
            ("text", (
                "<p>Eerst is de school aan zet: een leerling met lees- en spellingproblemen "
                "krijgt extra begeleiding in de klas en daarbuiten. Blijft het lezen "
                "ondanks die hulp ernstig achter, dan kan de school met een goed "
                "bijgehouden leerlingdossier de leerling aanmelden voor onderzoek. De "
                "ouders geven daarvoor toestemming.</p>"
                "<p>In het VO en het MBO zorgt de school zelf voor ondersteuning, zoals "
                "extra tijd bij toetsen of voorleessoftware. Een dyslexieverklaring helpt "
                "om die afspraken te maken.</p>"
            )),
        ],
    },
    {
        "slug": "maatwerk-onderwijstijd",
        "title": "Maatwerk in onderwijstijd (Variawet passend onderwijs)",
        "kind": "regeling",
        "url": "https://www.rijksoverheid.nl/",
        "intro": (
            "Sinds 1 augustus 2018 mag een school tijdelijk minder onderwijstijd bieden aan "
            "een leerling die om lichamelijke of psychische redenen geen volledig rooster "
            "aankan."
        ),
        "themas": ["Thuiszitters", "Passend onderwijs", "Schoolverzuim"],
        "body": [
            ("text", (
                "<p>Het doel is altijd terugkeer naar het volledige programma. De school "
                "maakt het maatwerk samen met de ouders en legt het vast in het OPP, met een "
                "plan om de uren weer op te bouwen. In het PO vraagt de school de inspectie "
                "om instemming; in het VO gelden aanvullende voorwaarden. Zo hoeft een "
                "leerling niet volledig vrijgesteld te worden, maar blijft hij verbonden "
                "met school.</p>"
            )),
        ],
    },
    {
        "slug": "onderwijsachterstandenbeleid-en-vve",
        "title": "Onderwijsachterstandenbeleid (OAB) en VVE",
        "kind": "regeling",
        "url": "https://www.rijksoverheid.nl/",
        "intro": (
            "Gemeenten en scholen krijgen extra geld om onderwijsachterstanden te voorkomen "
            "en te verkleinen. Een deel daarvan gaat naar voor- en vroegschoolse educatie."
        ),
        "themas": ["VVE", "Jonge kind", "Armoede"],
        "body": [
            ("text", (
                "<p>Met het OAB-budget zorgt de gemeente voor een VVE-aanbod voor peuters "
                "met een risico op een achterstand, bijvoorbeeld in taal. Sinds 2020 "
                "krijgen peuters met een VVE-indicatie 960 uur VVE in anderhalf jaar, "
                "ongeveer zestien uur per week. Basisscholen met veel leerlingen die risico "
                "lopen op een achterstand, ontvangen daarnaast extra geld.</p>"
            )),
        ],
    },
    {
        "slug": "wet-veiligheid-op-school",
        "title": "Zorgplicht sociale veiligheid op school",
        "kind": "regeling",
        "url": "https://wetten.overheid.nl/",
        "intro": (
            "Sinds 2015 moeten scholen zorgen voor een sociaal veilige school. Ze voeren "
            "beleid tegen pesten en volgen hoe leerlingen zich voelen."
        ),
        "themas": ["Sociale veiligheid", "Gedrag"],
        "body": [
            ("text", (
                "<ul>"
                "<li>Elke school heeft een veiligheidsbeleid en meet elk jaar hoe veilig "
                "leerlingen zich voelen.</li>"
                "<li>Er is een vast aanspreekpunt voor leerlingen en ouders bij "
                "pesten.</li>"
                "<li>Eén persoon coördineert het beleid tegen pesten.</li>"
                "</ul>"
            )),
        ],
    },
    # Kennisbronnen
    {
        "slug": "kennisbank-samenwerkingsverband-po",
        "title": "Kennisbank van Samenwerkingsverband Samen Passend PO",
        "kind": "kennisbron",
        "url": "https://www.samenpassend-po.wzn-demo.nl/",
        "intro": (
            "Het samenwerkingsverband PO verzamelt op zijn website het ondersteuningsplan, "
            "formulieren en uitleg over arrangementen en de TLV."
        ),
        "themas": ["Passend onderwijs", "Thuiszitters"],
        "body": [
            ("text", (
                "<p>Handig voor intern begeleiders en directeuren: hier vindt u hoe u een "
                "arrangement aanvraagt, welke stukken nodig zijn voor een "
                "toelaatbaarheidsverklaring en wie de consulent van uw school is. Voor "
                "ouders is er een aparte pagina in eenvoudige taal.</p>"
            )),
        ],
    },
    {
        "slug": "leesboekje-dyslexie",
        "title": "Leesboekje over dyslexie voor kinderen en ouders",
        "kind": "kennisbron",
        "url": "https://www.letterlicht.wzn-demo.nl/",
        "intro": (
            "Een dun prentenleesboek van Uitgeverij Letterlicht over een jongen voor wie de "
            "letters steeds door elkaar lijken te lopen. Bedoeld om thuis of in de klas "
            "samen te lezen."
        ),
        "themas": ["Dyslexie", "Ouderbetrokkenheid"],
        "body": [
            ("text", (
                "<p>Het boekje helpt kinderen met dyslexie om uit te leggen hoe lezen voor "
                "hen voelt. Achterin staan vragen om met de klas over te praten en tips voor "
                "ouders. Het is gedrukt in een goed leesbare letter, met extra ruimte tussen "
                "de regels.</p>"
            )),
        ],
    },
    {
        "slug": "nederlands-jeugdinstituut",
        "title": "Nederlands Jeugdinstituut (NJi)",
        "kind": "kennisbron",
        "url": "https://www.nji.nl/",
        "intro": (
            "Het landelijke kennisinstituut over jeugd en opvoeding. Op de website staan "
            "onderwerpen, werkzame elementen en erkende interventies."
        ),
        "themas": ["Gedrag", "Ouderbetrokkenheid", "Jonge kind"],
        "body": [
            ("text", (
                "<p>Zoekt u onderbouwing voor een aanpak, of wilt u weten welke interventies "
                "goed onderzocht zijn? Begin bij de themapagina's van het NJi. Ze zijn "
                "geschreven voor professionals in jeugdhulp, onderwijs en kinderopvang.</p>"
            )),
        ],
    },
    {
        "slug": "steunpunt-passend-onderwijs",
        "title": "Steunpunt Passend Onderwijs",
        "kind": "kennisbron",
        "url": "https://www.passendonderwijs.nl/",
        "intro": (
            "Landelijke informatie over passend onderwijs, voor samenwerkingsverbanden, "
            "scholen en ouders."
        ),
        "themas": ["Passend onderwijs"],
        "body": [
            ("text", (
                "<p>Hier vindt u achtergrond bij de regels, zoals de zorgplicht, het OPP en "
                "de toelaatbaarheidsverklaring, en voorbeelden van hoe samenwerkingsverbanden "
                "elders in het land het aanpakken.</p>"
            )),
        ],
    },
    {
        "slug": "handreiking-cluster-2-in-de-klas",
        "title": "Handreiking cluster 2 in de klas",
        "kind": "kennisbron",
        "url": "https://www.wegwijzer.wzn-demo.nl/",
        "intro": (
            "Een praktische handreiking van de ambulant begeleiders van SO/VSO De Wegwijzer "
            "over leerlingen met een taalontwikkelingsstoornis of een gehoorprobleem."
        ),
        "themas": ["Taal en spraak", "Passend onderwijs"],
        "body": [
            ("text", (
                "<p>Met signalen per leeftijd, tips voor instructie en een checklist voor "
                "een rustig lokaal. Ook staat erin wanneer en hoe u ambulante begeleiding "
                "aanvraagt via het samenwerkingsverband.</p>"
            )),
        ],
    },
    {
        "slug": "verzuimwijzer-bureau-leerplicht",
        "title": "Verzuimwijzer van Bureau Leerplicht",
        "kind": "kennisbron",
        "url": "https://www.leerplicht.wzn-demo.nl/",
        "intro": (
            "Een overzicht voor scholen: welk verzuim meldt u, wanneer, en wat doet de "
            "leerplichtambtenaar daarna?"
        ),
        "themas": ["Schoolverzuim", "Thuiszitters"],
        "body": [
            ("text", (
                "<p>De verzuimwijzer beschrijft de route van het eerste signaal tot de "
                "thuiszitterstafel. Met voorbeeldbrieven aan ouders en een overzicht van "
                "wie u wanneer kunt bellen.</p>"
            )),
        ],
    },
    {
        "slug": "taalkoffer-nieuwkomers",
        "title": "Taalkoffer voor nieuwkomers",
        "kind": "kennisbron",
        "url": "https://www.taalmaatjes.wzn-demo.nl/",
        "intro": (
            "Een uitleenkoffer van Stichting Taalmaatjes Stad met materiaal om met kinderen "
            "en ouders die net in Nederland zijn de eerste woorden te oefenen."
        ),
        "themas": ["Nieuwkomers", "Taal en spraak"],
        "body": [
            ("text", (
                "<p>In de koffer zitten woordkaarten over school en de buurt, een "
                "prentenboek zonder tekst, en uitleg over het Nederlandse schoolsysteem in "
                "meerdere talen. Scholen en kinderopvang lenen de koffer vier weken.</p>"
            )),
        ],
    },
    {
        "slug": "overstapwijzer-po-vo",
        "title": "Overstapwijzer PO-VO",
        "kind": "kennisbron",
        "url": "https://www.vodichtbij.wzn-demo.nl/",
        "intro": (
            "Samenwerkingsverband VO Dichtbij zet het hele overstapjaar op een rij, van "
            "schooladvies tot de eerste weken in de brugklas."
        ),
        "themas": ["Overgang PO-VO"],
        "body": [
            ("text", (
                "<p>Met een tijdlijn voor groep 8, de afspraken over warme overdracht en een "
                "lijst van VO-scholen in Zoetermeer met hun ondersteuningsaanbod. Voor "
                "ouders is er een versie in eenvoudige taal.</p>"
            )),
        ],
    },
]
