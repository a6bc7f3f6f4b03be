"""Demo sociale kaart: provisions for children, young people and parents in Zoetermeer.

Ordered by weight, as professionals use them: level 1 is generally
accessible help (school social work, youth health care, the family centre,
library, sport, homework help), level 2 is consultation, advice and access
(youth-and-family teams, the municipality's desk, the samenwerkingsverbanden,
leerplicht, an advice line on domestic violence), level 3 is youth care itself
(treatment and specialist care, which needs a referral). Use the lighter level
fully before scaling up.

Every organisation, phone number, address and website is invented; web and
email domains end in `.wzn-demo.nl`. Texts are written for this project at
language level B1. Each entry is a dict with slug, title, organisation, level
(1, 2 or 3), summary, wijken (names from `taxonomy.demo.WIJKEN`, empty for the
whole city), themas (names from `taxonomy.demo.THEMAS`), doelgroepen,
how_to_reach (HTML), referral_needed, phone, email, website, address,
opening_hours and body (blocks in the format of `kennisbank.demo_data`).
"""

ENTRIES = [
    # ================================================================ level 1
    # Algemeen toegankelijk: zonder verwijzing, dichtbij.
    {
        "slug": "schoolmaatschappelijk-werk",
        "title": "Schoolmaatschappelijk werk",
        "organisation": "Schoolmaatschappelijk Werk Schoolnabij",
        "level": 1,
        "summary": (
            "Een schoolmaatschappelijk werker praat met leerlingen en ouders als het op "
            "school of thuis niet goed gaat. Elke basisschool en middelbare school heeft er één."
        ),
        "wijken": [],
        "themas": ["Ouderbetrokkenheid", "Gedrag", "Sociale veiligheid"],
        "doelgroepen": ["ouders", "kinderen", "jongeren", "professionals"],
        "how_to_reach": (
            "<p>Vraag de leraar, de mentor of de intern begeleider naar de "
            "schoolmaatschappelijk werker van uw school. U kunt ook zelf bellen of mailen.</p>"
            "<ul>"
            "<li>Gratis.</li>"
            "<li>U heeft geen verwijzing nodig.</li>"
            "<li>Leerlingen mogen ook zelf een afspraak maken.</li>"
            "</ul>"
        ),
        "referral_needed": False,
        "phone": "079 031 20 40",
        "email": "contact@schoolnabij.wzn-demo.nl",
        "website": "https://www.schoolnabij.wzn-demo.nl/",
        "address": "Kompaslaan 8, Zoetermeer",
        "opening_hours": "Op schooldagen van 8.30 tot 16.30 uur",
        "body": [
            ("text", (
                "<p>De schoolmaatschappelijk werker helpt bij pesten, een scheiding, rouw, "
                "geldzorgen of spanning thuis. Meestal zijn een paar gesprekken genoeg. Is "
                "er meer nodig? Dan zoekt hij of zij samen met u naar de juiste hulp.</p>"
                "<p>De schoolmaatschappelijk werker zit vaak ook in het ondersteuningsteam "
                "van de school. Dat is het overleg over leerlingen die extra hulp nodig "
                "hebben.</p>"
            )),
        ],
    },
    {
        "slug": "jeugdgezondheidszorg",
        "title": "Jeugdarts en jeugdverpleegkundige",
        "organisation": "Jeugdgezondheid Dichtbij",
        "level": 1,
        "summary": (
            "De jeugdarts en de jeugdverpleegkundige volgen hoe uw kind groeit, van baby tot "
            "18 jaar. U kunt bij hen terecht met vragen over slapen, eten, gedrag of vaak "
            "ziek zijn."
        ),
        "wijken": [],
        "themas": ["Jonge kind", "Schoolverzuim"],
        "doelgroepen": ["ouders", "jonge-kinderen", "kinderen", "jongeren", "professionals"],
        "how_to_reach": (
            "<p>U krijgt vanzelf een uitnodiging: voor het consultatiebureau en later voor "
            "een gesprek op school. Heeft u tussendoor een vraag? Bel dan zelf voor een "
            "afspraak.</p>"
            "<ul>"
            "<li>Gratis en zonder verwijzing.</li>"
            "<li>Is uw kind vaak ziek gemeld? Dan kan de school de jeugdarts vragen om mee "
            "te kijken. Dat gebeurt altijd met uw medeweten.</li>"
            "</ul>"
        ),
        "referral_needed": False,
        "phone": "079 031 10 00",
        "email": "vragen@jgzdichtbij.wzn-demo.nl",
        "website": "https://www.jgzdichtbij.wzn-demo.nl/",
        "address": "Groeiweg 21, Zoetermeer",
        "opening_hours": "Maandag tot en met vrijdag van 8.30 tot 17.00 uur",
        "body": [
            ("questions", {
                "title": "Vragen van ouders",
                "items": [
                    {
                        "question": "Wat is het consultatiebureau?",
                        "answer": (
                            "<p>Op het consultatiebureau ziet de jeugdgezondheidszorg "
                            "kinderen van 0 tot 4 jaar. Uw kind wordt gewogen en gemeten "
                            "en krijgt de vaccinaties. U kunt er al uw vragen stellen.</p>"
                        ),
                    },
                    {
                        "question": "Ziet de jeugdarts mijn kind ook op school?",
                        "answer": (
                            "<p>Ja. In groep 2 en groep 7 en in de tweede klas van de "
                            "middelbare school is er een gezondheidsonderzoek. U krijgt "
                            "daarvoor een uitnodiging.</p>"
                        ),
                    },
                ],
            }),
        ],
    },
    {
        "slug": "centrum-voor-jeugd-en-gezin",
        "title": "Centrum voor Jeugd en Gezin",
        "organisation": "Gezinspunt Stadshart (CJG)",
        "level": 1,
        "summary": (
            "Een plek voor alle vragen over opvoeden en opgroeien. Ouders, kinderen en "
            "jongeren kunnen hier zonder afspraak binnenlopen."
        ),
        "wijken": [],
        "themas": ["Ouderbetrokkenheid", "Armoede"],
        "doelgroepen": ["ouders", "kinderen", "jongeren"],
        "how_to_reach": (
            "<p>Loop binnen tijdens de inloop, of bel of mail voor een afspraak. Een "
            "gesprek kan ook bij u thuis.</p>"
            "<ul>"
            "<li>Gratis en zonder verwijzing.</li>"
            "<li>Wilt u liever niet uw naam noemen? Dat is goed.</li>"
            "</ul>"
        ),
        "referral_needed": False,
        "phone": "079 032 00 50",
        "email": "info@gezinspunt.wzn-demo.nl",
        "website": "https://www.gezinspunt.wzn-demo.nl/",
        "address": "Stadshartplein 5, Zoetermeer",
        "opening_hours": (
            "Maandag tot en met vrijdag van 9.00 tot 17.00 uur; inloop op dinsdag en "
            "donderdag van 13.00 tot 16.00 uur"
        ),
        "body": [
            ("text", (
                "<p>U kunt bij het CJG terecht met kleine en grote vragen. Bijvoorbeeld "
                "over huilen, slapen, driftbuien, pubers, een scheiding of geldzorgen. "
                "Een gezinscoach luistert en denkt met u mee. Vaak zijn een paar gesprekken "
                "genoeg.</p>"
            )),
        ],
    },
    {
        "slug": "oudercursussen-opvoeden",
        "title": "Oudercursussen en opvoedgroepen",
        "organisation": "Gezinspunt Stadshart (CJG)",
        "level": 1,
        "summary": (
            "Korte cursussen in een kleine groep voor ouders. Over grenzen stellen, pubers, "
            "ruzie tussen broers en zussen, of opvoeden na een scheiding."
        ),
        "wijken": ["Palenstein", "Meerzicht", "Oosterheem"],
        "themas": ["Ouderbetrokkenheid", "Gedrag"],
        "doelgroepen": ["ouders"],
        "how_to_reach": (
            "<p>Meld u aan via de website of bel het Gezinspunt. De cursussen zijn in een "
            "buurthuis in de wijk, overdag of 's avonds.</p>"
            "<ul>"
            "<li>Gratis voor inwoners van Zoetermeer.</li>"
            "<li>Geen verwijzing nodig.</li>"
            "<li>Sommige groepen zijn ook in het Engels of het Arabisch.</li>"
            "</ul>"
        ),
        "referral_needed": False,
        "phone": "079 032 00 55",
        "email": "cursussen@gezinspunt.wzn-demo.nl",
        "website": "https://www.gezinspunt.wzn-demo.nl/",
        "address": "",
        "opening_hours": "",
        "body": [
            ("table", {
                "caption": "Cursussen voor ouders in dit schooljaar",
                "header": ["Cursus", "Voor ouders van", "Aantal bijeenkomsten"],
                "rows": [
                    ["Rustig opvoeden, duidelijke grenzen", "kinderen van 2 tot 8 jaar", "6"],
                    ["Opvoeden van pubers", "kinderen van 12 tot 16 jaar", "5"],
                    ["Samen ouders blijven na de scheiding", "kinderen van alle leeftijden",
                     "4"],
                ],
            }),
        ],
    },
    {
        "slug": "jongerenwerk-en-preventie",
        "title": "Jongerenwerk en preventiewerkers",
        "organisation": "Buurtkracht Jongerenwerk",
        "level": 1,
        "summary": (
            "Jongerenwerkers zijn op straat, in het jongerencentrum en op school. Ze praten "
            "met jongeren over school, vrienden, geld of drugs, en helpen voordat problemen "
            "groot worden."
        ),
        "wijken": ["Palenstein", "Meerzicht", "Oosterheem", "Rokkeveen"],
        "themas": ["Sociale veiligheid", "Schoolverzuim"],
        "doelgroepen": ["jongeren", "jongvolwassenen", "professionals"],
        "how_to_reach": (
            "<p>Loop binnen in het jongerencentrum of spreek een jongerenwerker aan in je "
            "wijk. Je kunt ook appen of bellen.</p>"
            "<ul>"
            "<li>Gratis, en je hoeft je nergens voor aan te melden.</li>"
            "<li>Scholen en buurtbewoners kunnen een jongerenwerker vragen om langs te "
            "komen.</li>"
            "</ul>"
        ),
        "referral_needed": False,
        "phone": "079 039 12 34",
        "email": "hoi@buurtkracht.wzn-demo.nl",
        "website": "https://www.buurtkracht.wzn-demo.nl/",
        "address": "Jongerencentrum De Loods, Loodsweg 3, Zoetermeer",
        "opening_hours": "Jongerencentrum: woensdag en vrijdag van 14.00 tot 22.00 uur",
        "body": [],
    },
    {
        "slug": "bibliotheek-voorlezen-en-taal",
        "title": "Voorlezen, leesclubs en taalspreekuur",
        "organisation": "Bibliotheek Het Leeshuis",
        "level": 1,
        "summary": (
            "De bibliotheek helpt kinderen en ouders met lezen en taal. Er zijn "
            "voorleesuurtjes voor peuters, leesclubs voor kinderen en een taalspreekuur "
            "voor ouders."
        ),
        "wijken": [],
        "themas": ["Taal en spraak", "Dyslexie", "VVE"],
        "doelgroepen": ["ouders", "jonge-kinderen", "kinderen", "jongeren"],
        "how_to_reach": (
            "<p>Loop gewoon binnen. Een pasje is gratis tot 18 jaar.</p>"
            "<ul>"
            "<li>Voorlezen voor peuters: elke woensdagochtend om 10.00 uur.</li>"
            "<li>Luisterboeken en boeken die makkelijk te lezen zijn, ook voor kinderen met "
            "dyslexie.</li>"
            "<li>Taalspreekuur voor ouders: zonder afspraak.</li>"
            "</ul>"
        ),
        "referral_needed": False,
        "phone": "079 033 40 00",
        "email": "info@leeshuis.wzn-demo.nl",
        "website": "https://www.leeshuis.wzn-demo.nl/",
        "address": "Leeshuisplein 1, Zoetermeer",
        "opening_hours": "Maandag tot en met zaterdag van 10.00 tot 18.00 uur",
        "body": [],
    },
    {
        "slug": "sport-en-spel-in-de-wijk",
        "title": "Sport en spel in de wijk",
        "organisation": "Wijkfit Sport en Spel",
        "level": 1,
        "summary": (
            "Buurtsportcoaches organiseren na schooltijd gratis sport en spel op pleinen en "
            "in gymzalen. Zo kan elk kind bewegen en nieuwe vrienden maken."
        ),
        "wijken": ["Buytenwegh", "Seghwaert", "Noordhove", "Driemanspolder"],
        "themas": ["Sociale veiligheid", "Armoede"],
        "doelgroepen": ["kinderen", "jongeren"],
        "how_to_reach": (
            "<p>Kom gewoon langs. Aanmelden is niet nodig.</p>"
            "<p>Wil uw kind lid worden van een sportclub, maar is dat te duur? Vraag dan "
            "naar het Meedoenfonds voor kinderen.</p>"
        ),
        "referral_needed": False,
        "phone": "079 033 70 70",
        "email": "sport@wijkfit.wzn-demo.nl",
        "website": "https://www.wijkfit.wzn-demo.nl/",
        "address": "",
        "opening_hours": "Na schooltijd; zie het rooster per wijk",
        "body": [
            ("table", {
                "caption": "Rooster sport en spel per wijk",
                "header": ["Wijk", "Dag", "Tijd", "Plek"],
                "rows": [
                    ["Buytenwegh", "maandag", "15.30 tot 17.00 uur", "Trapveld Bloemenhof"],
                    ["Seghwaert", "dinsdag", "15.30 tot 17.00 uur", "Gymzaal Seghwaert"],
                    ["Noordhove", "woensdag", "14.00 tot 16.00 uur", "Sportplein Noord"],
                    ["Driemanspolder", "donderdag", "15.30 tot 17.00 uur", "Speelveld Oost"],
                ],
            }),
        ],
    },
    {
        "slug": "gratis-huiswerkbegeleiding",
        "title": "Gratis huiswerkbegeleiding",
        "organisation": "Huiswerkplek De Studiehoek",
        "level": 1,
        "summary": (
            "Studenten en vrijwilligers helpen leerlingen met huiswerk en plannen, van groep "
            "7 tot en met de middelbare school. Het is gratis en dichtbij."
        ),
        "wijken": ["Palenstein", "Meerzicht", "Oosterheem"],
        "themas": ["Overgang PO-VO", "Armoede"],
        "doelgroepen": ["kinderen", "jongeren"],
        "how_to_reach": (
            "<p>Meld je zelf aan via de website, of vraag je mentor om je aan te melden. "
            "Ouders kunnen ook bellen.</p>"
            "<ul>"
            "<li>In de bibliotheek en in buurthuizen.</li>"
            "<li>Neem je agenda en je schoolboeken mee.</li>"
            "</ul>"
        ),
        "referral_needed": False,
        "phone": "079 033 80 12",
        "email": "aanmelden@studiehoek.wzn-demo.nl",
        "website": "https://www.studiehoek.wzn-demo.nl/",
        "address": "",
        "opening_hours": "Maandag tot en met donderdag van 15.30 tot 17.30 uur",
        "body": [],
    },
    {
        "slug": "taalmaatjes-voor-gezinnen",
        "title": "Taalmaatjes voor gezinnen",
        "organisation": "Stichting Taalmaatjes Stad",
        "level": 1,
        "summary": (
            "Een vrijwilliger komt elke week bij het gezin thuis om samen Nederlands te "
            "oefenen. Fijn voor ouders die net in Nederland wonen en hun kind willen helpen "
            "met school."
        ),
        "wijken": [],
        "themas": ["Nieuwkomers", "Taal en spraak"],
        "doelgroepen": ["ouders", "kinderen"],
        "how_to_reach": (
            "<p>Bel of mail zelf. De school of het CJG kan u ook aanmelden, als u dat "
            "wilt.</p>"
            "<ul><li>Gratis.</li><li>Een taalmaatje komt ongeveer een jaar lang, een uur "
            "per week.</li></ul>"
        ),
        "referral_needed": False,
        "phone": "079 034 12 12",
        "email": "maatje@taalmaatjes.wzn-demo.nl",
        "website": "https://www.taalmaatjes.wzn-demo.nl/",
        "address": "Palensteinhof 14, Zoetermeer",
        "opening_hours": "Maandag, woensdag en vrijdag van 9.00 tot 13.00 uur",
        "body": [],
    },
    {
        "slug": "peuteropvang-met-vve",
        "title": "Peuteropvang met extra aandacht voor taal",
        "organisation": "Kinderopvang Kleine Reus",
        "level": 1,
        "summary": (
            "Peuters van 2 tot 4 jaar spelen en leren samen in de peutergroep. Kinderen die "
            "extra hulp bij taal kunnen gebruiken, komen meer uren: dat heet voorschoolse "
            "educatie (VVE)."
        ),
        "wijken": ["Oosterheem"],
        "themas": ["VVE", "Jonge kind", "Taal en spraak"],
        "doelgroepen": ["ouders", "jonge-kinderen"],
        "how_to_reach": (
            "<p>U meldt uw peuter zelf aan, vanaf 2 jaar. Het consultatiebureau kijkt of uw "
            "kind extra uren nodig heeft. Dat heet een VVE-indicatie.</p>"
            "<ul>"
            "<li>De kosten hangen af van uw inkomen.</li>"
            "<li>Vraag bij de peuteropvang hoe de gemeente meebetaalt.</li>"
            "</ul>"
        ),
        "referral_needed": False,
        "phone": "079 035 22 10",
        "email": "peuters@kleinereus.wzn-demo.nl",
        "website": "https://www.kleinereus.wzn-demo.nl/",
        "address": "Reuzenpad 2, Zoetermeer",
        "opening_hours": "Maandag tot en met vrijdag van 8.30 tot 12.30 uur",
        "body": [],
    },
    {
        "slug": "logopedie",
        "title": "Logopedie voor kinderen",
        "organisation": "Logopediepraktijk Praatpaal",
        "level": 1,
        "summary": (
            "Een logopedist helpt kinderen die moeite hebben met praten, verstaan, slikken "
            "of hun stem. Ook peuters die laat gaan praten zijn welkom."
        ),
        "wijken": ["Dorp"],
        "themas": ["Taal en spraak", "Jonge kind"],
        "doelgroepen": ["ouders", "jonge-kinderen", "kinderen"],
        "how_to_reach": (
            "<p>U kunt zelf een afspraak maken. Een verwijzing van de huisarts is niet "
            "nodig. De zorgverzekering betaalt logopedie voor kinderen meestal.</p>"
        ),
        "referral_needed": False,
        "phone": "079 036 45 45",
        "email": "afspraak@praatpaal.wzn-demo.nl",
        "website": "https://www.praatpaal.wzn-demo.nl/",
        "address": "Dorpsstraatje 40, Zoetermeer",
        "opening_hours": "Maandag tot en met donderdag van 8.00 tot 18.00 uur",
        "body": [],
    },
    {
        "slug": "nieuwkomersklas-basisonderwijs",
        "title": "Nieuwkomersklas op de basisschool",
        "organisation": "Basisschool De Zeepbel",
        "level": 1,
        "summary": (
            "Kinderen van 4 tot 12 jaar die net in Nederland wonen, leren hier eerst "
            "Nederlands. Na ongeveer een jaar gaan ze naar een gewone groep."
        ),
        "wijken": ["Palenstein"],
        "themas": ["Nieuwkomers", "Taal en spraak"],
        "doelgroepen": ["ouders", "kinderen"],
        "how_to_reach": (
            "<p>Het Onderwijsloket nieuwkomers van de gemeente helpt u met aanmelden. U kunt "
            "ook zelf de school bellen voor een kennismaking.</p>"
        ),
        "referral_needed": False,
        "phone": "079 037 10 20",
        "email": "nieuwkomersklas@zeepbel.wzn-demo.nl",
        "website": "https://www.zeepbel.wzn-demo.nl/",
        "address": "Bellenblaasstraat 9, Zoetermeer",
        "opening_hours": "Op schooldagen van 8.15 tot 15.00 uur",
        "body": [],
    },
    {
        "slug": "internationale-schakelklas",
        "title": "Internationale schakelklas voor jongeren",
        "organisation": "Schakelcollege Wereldwijs",
        "level": 1,
        "summary": (
            "Jongeren van 12 tot 18 jaar die net in Nederland zijn, leren hier Nederlands "
            "en andere vakken. Daarna gaan ze naar het vmbo, havo, vwo of mbo."
        ),
        "wijken": ["Stadscentrum"],
        "themas": ["Nieuwkomers", "Taal en spraak"],
        "doelgroepen": ["ouders", "jongeren"],
        "how_to_reach": (
            "<p>Aanmelden gaat via het Onderwijsloket nieuwkomers van de gemeente. Daar "
            "krijgt u ook uitleg over de school, met een tolk als dat nodig is.</p>"
        ),
        "referral_needed": False,
        "phone": "079 037 30 40",
        "email": "info@wereldwijs.wzn-demo.nl",
        "website": "https://www.wereldwijs.wzn-demo.nl/",
        "address": "Wereldplein 3, Zoetermeer",
        "opening_hours": "Op schooldagen van 8.30 tot 16.00 uur",
        "body": [
            ("text", (
                "<p>Leerlingen blijven meestal een tot twee jaar op de schakelklas. Ze krijgen "
                "elke dag les in Nederlands. Ook rekenen, Engels en sport staan op het "
                "rooster. De mentor bespreekt met leerling en ouders welke school daarna "
                "past.</p>"
            )),
        ],
    },
    {
        "slug": "jongerenlijn-praat-maar",
        "title": "Jongerenlijn: chatten of bellen",
        "organisation": "Jongerenlijn Praat Maar",
        "level": 1,
        "summary": (
            "Wil je met iemand praten, maar liever niet met iemand die je kent? Bij de "
            "Jongerenlijn kun je chatten of bellen zonder je naam te zeggen."
        ),
        "wijken": [],
        "themas": ["Sociale veiligheid"],
        "doelgroepen": ["kinderen", "jongeren", "jongvolwassenen"],
        "how_to_reach": (
            "<p>Chat via de website of bel gratis. Je hoeft je naam niet te zeggen.</p>"
            "<ul>"
            "<li>Elke dag van 14.00 tot 22.00 uur.</li>"
            "<li>Ben je in direct gevaar? Bel dan <b>112</b>.</li>"
            "</ul>"
        ),
        "referral_needed": False,
        "phone": "0800 012 34 56",
        "email": "chat@praatmaar.wzn-demo.nl",
        "website": "https://www.praatmaar.wzn-demo.nl/",
        "address": "",
        "opening_hours": "Elke dag van 14.00 tot 22.00 uur",
        "body": [],
    },
    {
        "slug": "meedoenfonds-kinderen",
        "title": "Meedoenfonds voor kinderen",
        "organisation": "Stichting Meedoenfonds Zoetermeer",
        "level": 1,
        "summary": (
            "Is er thuis weinig geld? Dan betaalt het Meedoenfonds bijvoorbeeld de sportclub, "
            "zwemles, een laptop voor school of de schoolreis."
        ),
        "wijken": [],
        "themas": ["Armoede"],
        "doelgroepen": ["ouders", "kinderen", "jongeren"],
        "how_to_reach": (
            "<p>Vraag het zelf aan via de website. Lukt dat niet? Dan helpen de "
            "schoolmaatschappelijk werker of het CJG u met het formulier.</p>"
            "<ul><li>U hoort binnen vier weken of u iets krijgt.</li></ul>"
        ),
        "referral_needed": False,
        "phone": "079 038 00 88",
        "email": "aanvragen@meedoenfonds.wzn-demo.nl",
        "website": "https://www.meedoenfonds.wzn-demo.nl/",
        "address": "",
        "opening_hours": "Telefonisch: maandag tot en met donderdag van 9.00 tot 12.00 uur",
        "body": [],
    },
    # ================================================================ level 2
    # Consultatie, advies en toegang: wie meedenkt en de weg wijst.
    {
        "slug": "jeugd-en-gezinsteam-noord",
        "title": "Jeugd- en gezinsteam Noord",
        "organisation": "Jeugd- en gezinsteam Noord",
        "level": 2,
        "summary": (
            "Hulpverleners in de wijk voor gezinnen met vragen over opvoeden, gedrag, school "
            "of problemen thuis. Het team helpt zelf en regelt zo nodig zwaardere hulp."
        ),
        "wijken": ["Noordhove", "Seghwaert", "Oosterheem", "Dorp"],
        "themas": ["Gedrag", "Thuiszitters", "Meldcode"],
        "doelgroepen": ["ouders", "kinderen", "jongeren", "professionals"],
        "how_to_reach": (
            "<p>Bel of mail het team zelf. U heeft geen verwijzing nodig. Binnen een week "
            "hoort u wanneer het eerste gesprek is.</p>"
            "<ul>"
            "<li>Gratis.</li>"
            "<li>Het gesprek kan bij u thuis, op school of bij het team.</li>"
            "<li>Professionals kunnen het team om advies vragen, ook zonder namen te "
            "noemen.</li>"
            "</ul>"
        ),
        "referral_needed": False,
        "phone": "079 040 10 10",
        "email": "team@jgt-noord.wzn-demo.nl",
        "website": "https://www.jgt-noord.wzn-demo.nl/",
        "address": "Wilgenpad 30, Zoetermeer",
        "opening_hours": "Maandag tot en met vrijdag van 8.30 tot 17.00 uur",
        "body": [
            ("steps", {
                "title": "Zo werkt het jeugd- en gezinsteam",
                "steps": [
                    {
                        "title": "Kennismaken",
                        "explanation": (
                            "<p>Een medewerker luistert naar uw vraag en naar uw kind. "
                            "Samen kijkt u wat goed gaat en wat anders moet.</p>"
                        ),
                    },
                    {
                        "title": "Eén plan",
                        "explanation": (
                            "<p>U maakt samen één plan voor het gezin. Er is één vaste "
                            "contactpersoon die het overzicht houdt.</p>"
                        ),
                    },
                    {
                        "title": "Hulp",
                        "explanation": (
                            "<p>Het team helpt zelf, of regelt een verwijzing naar "
                            "jeugdhulp. Het team blijft betrokken tot het goed gaat.</p>"
                        ),
                    },
                ],
            }),
        ],
    },
    {
        "slug": "jeugd-en-gezinsteam-midden",
        "title": "Jeugd- en gezinsteam Midden",
        "organisation": "Jeugd- en gezinsteam Midden",
        "level": 2,
        "summary": (
            "Voor gezinnen in het midden van de stad met zorgen over opvoeden, gedrag of "
            "thuis. Het team denkt mee, helpt zelf en verwijst zo nodig door."
        ),
        "wijken": ["Stadscentrum", "Palenstein", "Buytenwegh"],
        "themas": ["Gedrag", "Armoede", "Thuiszitters"],
        "doelgroepen": ["ouders", "kinderen", "jongeren", "professionals"],
        "how_to_reach": (
            "<p>Bel of mail het team. U kunt ook binnenlopen op het spreekuur. Een "
            "verwijzing is niet nodig.</p>"
            "<ul>"
            "<li>Spreekuur in het Stadshart: woensdag van 9.00 tot 11.00 uur.</li>"
            "<li>Het team heeft ook een vaste medewerker op een aantal scholen in de "
            "wijk.</li>"
            "</ul>"
        ),
        "referral_needed": False,
        "phone": "079 040 20 20",
        "email": "team@jgt-midden.wzn-demo.nl",
        "website": "https://www.jgt-midden.wzn-demo.nl/",
        "address": "Stadshartplein 7, Zoetermeer",
        "opening_hours": "Maandag tot en met vrijdag van 8.30 tot 17.00 uur",
        "body": [],
    },
    {
        "slug": "jeugd-en-gezinsteam-zuid",
        "title": "Jeugd- en gezinsteam Zuid",
        "organisation": "Jeugd- en gezinsteam Zuid",
        "level": 2,
        "summary": (
            "Hulpverleners voor gezinnen in het zuiden van de stad. Ze helpen bij zorgen "
            "over gedrag, een scheiding, geld of problemen thuis."
        ),
        "wijken": ["Rokkeveen", "Meerzicht", "Driemanspolder"],
        "themas": ["Gedrag", "Armoede"],
        "doelgroepen": ["ouders", "kinderen", "jongeren", "professionals"],
        "how_to_reach": (
            "<p>Bel of mail het team zelf. Een verwijzing is niet nodig. Ook de school, de "
            "huisarts of de jeugdarts kan u, met uw toestemming, aanmelden.</p>"
        ),
        "referral_needed": False,
        "phone": "079 040 30 30",
        "email": "team@jgt-zuid.wzn-demo.nl",
        "website": "https://www.jgt-zuid.wzn-demo.nl/",
        "address": "Rokkeveenseweg 112, Zoetermeer",
        "opening_hours": "Maandag tot en met vrijdag van 8.30 tot 17.00 uur",
        "body": [],
    },
    {
        "slug": "toegang-jeugdhulp-gemeente",
        "title": "Loket Jeugd van de gemeente",
        "organisation": "Stadskantoor, team Jeugd en Onderwijs",
        "level": 2,
        "summary": (
            "Het loket van de gemeente voor vragen over jeugdhulp, vervoer naar school en "
            "vergoedingen. De gemeente besluit hier over zwaardere hulp."
        ),
        "wijken": [],
        "themas": ["Passend onderwijs", "Thuiszitters"],
        "doelgroepen": ["ouders", "jongvolwassenen", "professionals"],
        "how_to_reach": (
            "<p>Bel of mail het loket. U kunt ook op afspraak langskomen in het "
            "stadskantoor.</p>"
            "<ul>"
            "<li>Voor een vraag of advies heeft u geen verwijzing nodig.</li>"
            "<li>Voor zwaardere jeugdhulp krijgt u een brief met het besluit van de "
            "gemeente. Die brief heet een beschikking.</li>"
            "<li>Leerlingenvervoer vraagt u hier aan: vervoer naar een school die ver weg "
            "ligt.</li>"
            "</ul>"
        ),
        "referral_needed": False,
        "phone": "079 041 00 00",
        "email": "loketjeugd@stadskantoor-jeugd.wzn-demo.nl",
        "website": "https://www.stadskantoor-jeugd.wzn-demo.nl/",
        "address": "Stadskantoorplein 1, Zoetermeer",
        "opening_hours": "Maandag tot en met vrijdag van 9.00 tot 17.00 uur",
        "body": [],
    },
    {
        "slug": "loket-passend-onderwijs-basisonderwijs",
        "title": "Loket passend onderwijs voor de basisschool",
        "organisation": "Samenwerkingsverband Samen Passend PO",
        "level": 2,
        "summary": (
            "Ouders en scholen kunnen hier terecht met vragen over extra hulp, speciaal "
            "onderwijs of thuiszitten. Hier vraagt de school ook de toelaatbaarheidsverklaring "
            "(TLV) aan."
        ),
        "wijken": [],
        "themas": ["Passend onderwijs", "Thuiszitters"],
        "doelgroepen": ["ouders", "kinderen", "professionals"],
        "how_to_reach": (
            "<p>Praat eerst met de leraar of de intern begeleider van de school. Komt u er "
            "samen niet uit? Bel of mail dan zelf het loket. Een consulent denkt met u "
            "mee.</p>"
            "<ul><li>Gratis en zonder verwijzing.</li></ul>"
        ),
        "referral_needed": False,
        "phone": "079 042 10 00",
        "email": "ouderloket@samenpassend-po.wzn-demo.nl",
        "website": "https://www.samenpassend-po.wzn-demo.nl/",
        "address": "Passendweg 12, Zoetermeer",
        "opening_hours": "Maandag tot en met donderdag van 9.00 tot 16.00 uur",
        "body": [
            ("text", (
                "<p>Een samenwerkingsverband is een groep scholen die samen zorgt voor een "
                "passende plek voor elk kind. Dit samenwerkingsverband is er voor alle "
                "basisscholen en speciale scholen voor het basisonderwijs in Zoetermeer.</p>"
            )),
        ],
    },
    {
        "slug": "loket-passend-onderwijs-voortgezet-onderwijs",
        "title": "Loket passend onderwijs voor de middelbare school",
        "organisation": "Samenwerkingsverband VO Dichtbij",
        "level": 2,
        "summary": (
            "Ouders, leerlingen en scholen kunnen hier terecht met vragen over extra hulp op "
            "de middelbare school. Ook over de overstap van de basisschool, of een leerling "
            "die thuiszit."
        ),
        "wijken": [],
        "themas": ["Passend onderwijs", "Overgang PO-VO", "Thuiszitters"],
        "doelgroepen": ["ouders", "jongeren", "professionals"],
        "how_to_reach": (
            "<p>Begin bij de mentor of de zorgcoördinator van de school. Lukt het samen "
            "niet? Bel of mail dan het loket. Leerlingen mogen ook zelf bellen.</p>"
            "<ul><li>Gratis en zonder verwijzing.</li></ul>"
        ),
        "referral_needed": False,
        "phone": "079 042 20 00",
        "email": "loket@vodichtbij.wzn-demo.nl",
        "website": "https://www.vodichtbij.wzn-demo.nl/",
        "address": "Brugstraat 18, Zoetermeer",
        "opening_hours": "Maandag tot en met vrijdag van 9.00 tot 16.00 uur",
        "body": [],
    },
    {
        "slug": "expertiseteam-passend-onderwijs",
        "title": "Begeleiders passend onderwijs",
        "organisation": "Samenwerkingsverband Samen Passend PO",
        "level": 2,
        "summary": (
            "Deze begeleiders helpen op school als een kind meer nodig heeft, bijvoorbeeld "
            "bij gedrag, autisme of taal. Het kind blijft gewoon op zijn eigen school."
        ),
        "wijken": [],
        "themas": ["Passend onderwijs", "Gedrag", "Taal en spraak"],
        "doelgroepen": ["ouders", "kinderen", "professionals"],
        "how_to_reach": (
            "<p>De school vraagt de begeleiding aan, samen met u. Praat daarom eerst met de "
            "intern begeleider. Leraren en intern begeleiders kunnen ook zelf bellen voor "
            "een kort advies.</p>"
        ),
        "referral_needed": True,
        "phone": "079 042 10 50",
        "email": "expertiseteam@samenpassend-po.wzn-demo.nl",
        "website": "https://www.samenpassend-po.wzn-demo.nl/",
        "address": "Passendweg 12, Zoetermeer",
        "opening_hours": "",
        "body": [],
    },
    {
        "slug": "leerplicht",
        "title": "Leerplichtambtenaar",
        "organisation": "Bureau Leerplicht Stadskantoor",
        "level": 2,
        "summary": (
            "De leerplichtambtenaar let erop dat alle kinderen naar school gaan. Kan of wil "
            "uw kind niet naar school? Dan zoekt hij of zij mee naar een oplossing."
        ),
        "wijken": [],
        "themas": ["Schoolverzuim", "Thuiszitters"],
        "doelgroepen": ["ouders", "kinderen", "jongeren", "jongvolwassenen", "professionals"],
        "how_to_reach": (
            "<p>U kunt zelf bellen voor advies. Vaak komt de leerplichtambtenaar in beeld "
            "omdat de school veel afwezigheid moet melden.</p>"
            "<ul>"
            "<li>Vrij vragen buiten de vakanties? Dat vraagt u eerst aan de directeur van "
            "de school.</li>"
            "<li>Jongeren tot 23 jaar zonder diploma kunnen hier ook terecht.</li>"
            "</ul>"
        ),
        "referral_needed": False,
        "phone": "079 041 20 00",
        "email": "leerplicht@leerplicht.wzn-demo.nl",
        "website": "https://www.leerplicht.wzn-demo.nl/",
        "address": "Stadskantoorplein 1, Zoetermeer",
        "opening_hours": "Maandag tot en met vrijdag van 9.00 tot 17.00 uur",
        "body": [],
    },
    {
        "slug": "adviespunt-veilig-opgroeien",
        "title": "Advies en melden bij huiselijk geweld",
        "organisation": "Adviespunt Veilig Opgroeien",
        "level": 2,
        "summary": (
            "Voor advies of een melding bij zorgen over huiselijk geweld of "
            "kindermishandeling. Iedereen kan bellen, ook zonder zijn naam te noemen."
        ),
        "wijken": [],
        "themas": ["Meldcode", "Sociale veiligheid"],
        "doelgroepen": ["ouders", "kinderen", "jongeren", "jongvolwassenen", "professionals"],
        "how_to_reach": (
            "<p>Bel gratis, dag en nacht. U mag anoniem bellen.</p>"
            "<ul>"
            "<li>Is er direct gevaar? Bel dan <b>112</b>.</li>"
            "<li>Professionals werken met de meldcode en kunnen hier eerst advies "
            "vragen.</li>"
            "</ul>"
        ),
        "referral_needed": False,
        "phone": "0800 011 22 33",
        "email": "advies@veiligopgroeien.wzn-demo.nl",
        "website": "https://www.veiligopgroeien.wzn-demo.nl/",
        "address": "",
        "opening_hours": "24 uur per dag, 7 dagen per week",
        "body": [
            ("steps", {
                "title": "De meldcode in vijf stappen (voor professionals)",
                "steps": [
                    {
                        "title": "Signalen in kaart brengen",
                        "explanation": (
                            "<p>Schrijf op wat u ziet en hoort, zo feitelijk mogelijk.</p>"
                        ),
                    },
                    {
                        "title": "Collega raadplegen",
                        "explanation": (
                            "<p>Bespreek de signalen met een collega of de "
                            "aandachtsfunctionaris. Vraag zo nodig advies bij het "
                            "adviespunt.</p>"
                        ),
                    },
                    {
                        "title": "Gesprek met de ouders of de jongere",
                        "explanation": (
                            "<p>Bespreek uw zorgen open, tenzij dat de veiligheid in gevaar "
                            "brengt.</p>"
                        ),
                    },
                    {
                        "title": "Wegen",
                        "explanation": (
                            "<p>Schat het risico en de ernst in. Gebruik het afwegingskader "
                            "van uw beroep.</p>"
                        ),
                    },
                    {
                        "title": "Beslissen",
                        "explanation": (
                            "<p>Organiseer hulp, of meld bij het adviespunt. Soms is allebei "
                            "nodig.</p>"
                        ),
                    },
                ],
            }),
        ],
    },
    {
        "slug": "praktijkondersteuner-jeugd-huisarts",
        "title": "Praktijkondersteuner jeugd bij de huisarts",
        "organisation": "Huisartsenkring Stadshart",
        "level": 2,
        "summary": (
            "Bij veel huisartsen werkt een praktijkondersteuner voor kinderen en jongeren. "
            "Hij of zij voert een paar gesprekken bij somberheid, angst of stress en kijkt "
            "of meer hulp nodig is."
        ),
        "wijken": [],
        "themas": ["Gedrag", "Schoolverzuim"],
        "doelgroepen": ["ouders", "kinderen", "jongeren"],
        "how_to_reach": (
            "<p>Maak een afspraak via de assistente van uw eigen huisarts. Is meer hulp "
            "nodig? Dan kan de huisarts verwijzen naar jeugdhulp.</p>"
        ),
        "referral_needed": False,
        "phone": "079 043 00 10",
        "email": "jeugd@huisartsenkring.wzn-demo.nl",
        "website": "https://www.huisartsenkring.wzn-demo.nl/",
        "address": "",
        "opening_hours": "Via uw eigen huisartsenpraktijk",
        "body": [],
    },
    {
        "slug": "onderwijsloket-nieuwkomers",
        "title": "Onderwijsloket nieuwkomers",
        "organisation": "Stadskantoor, team Jeugd en Onderwijs",
        "level": 2,
        "summary": (
            "Woont uw gezin net in Zoetermeer en spreekt uw kind nog geen Nederlands? Het "
            "loket zoekt samen met u een school met een taalklas."
        ),
        "wijken": [],
        "themas": ["Nieuwkomers"],
        "doelgroepen": ["ouders", "kinderen", "jongeren"],
        "how_to_reach": (
            "<p>Bel of mail voor een afspraak. Neem de verblijfspapieren en de schoolpapieren "
            "van uw kind mee, als u die heeft.</p>"
            "<ul><li>Een tolk is gratis.</li><li>Geen verwijzing nodig.</li></ul>"
        ),
        "referral_needed": False,
        "phone": "079 041 30 00",
        "email": "nieuwkomers@stadskantoor-jeugd.wzn-demo.nl",
        "website": "https://www.stadskantoor-jeugd.wzn-demo.nl/",
        "address": "Stadskantoorplein 1, Zoetermeer",
        "opening_hours": "Dinsdag en donderdag van 9.00 tot 16.00 uur",
        "body": [],
    },
    # ================================================================ level 3
    # Jeugdhulp: behandeling en specialistische hulp, met een verwijzing.
    {
        "slug": "dyslexiezorg",
        "title": "Onderzoek en behandeling bij ernstige dyslexie",
        "organisation": "Praktijk Groeikracht",
        "level": 3,
        "summary": (
            "Onderzoek en behandeling voor kinderen op de basisschool met ernstige dyslexie. "
            "De gemeente betaalt, als de school eerst extra hulp heeft gegeven."
        ),
        "wijken": [],
        "themas": ["Dyslexie"],
        "doelgroepen": ["ouders", "kinderen"],
        "how_to_reach": (
            "<p>U heeft een verwijzing nodig. Zo gaat het:</p>"
            "<ul>"
            "<li>De school maakt een leesdossier. Daarin staat welke extra hulp uw kind al "
            "kreeg.</li>"
            "<li>Met dat dossier krijgt u een verwijzing van het jeugd- en gezinsteam, de "
            "huisarts of de jeugdarts.</li>"
            "<li>Daarna maakt u een afspraak voor het onderzoek.</li>"
            "</ul>"
        ),
        "referral_needed": True,
        "phone": "079 050 10 10",
        "email": "dyslexie@groeikracht.wzn-demo.nl",
        "website": "https://www.groeikracht.wzn-demo.nl/",
        "address": "Seghwaertse Hof 6, Zoetermeer",
        "opening_hours": "Maandag tot en met vrijdag van 8.30 tot 17.30 uur",
        "body": [
            ("questions", {
                "title": "Vragen over dyslexiezorg",
                "items": [
                    {
                        "question": "Wat is ernstige dyslexie?",
                        "answer": (
                            "<p>Een kind met ernstige dyslexie blijft veel moeite houden met "
                            "lezen en spellen, ook na maanden extra hulp op school. Het "
                            "heeft dan meer nodig dan de school kan geven.</p>"
                        ),
                    },
                    {
                        "question": "Krijgt mijn kind een dyslexieverklaring?",
                        "answer": (
                            "<p>Ja, als uit het onderzoek blijkt dat uw kind dyslexie "
                            "heeft. Met die verklaring kan uw kind op school hulpmiddelen "
                            "krijgen, zoals extra tijd of een voorleesprogramma.</p>"
                        ),
                    },
                ],
            }),
        ],
    },
    {
        "slug": "ambulante-gezinsbegeleiding",
        "title": "Begeleiding thuis voor kind en gezin",
        "organisation": "Jeugdhulp Op Koers",
        "level": 3,
        "summary": (
            "Een jeugdhulpverlener komt bij u thuis en werkt met het gezin aan vaste doelen. "
            "Bijvoorbeeld aan rust in huis, duidelijke afspraken of weer naar school gaan."
        ),
        "wijken": [],
        "themas": ["Gedrag", "Thuiszitters", "Ouderbetrokkenheid"],
        "doelgroepen": ["ouders", "kinderen", "jongeren"],
        "how_to_reach": (
            "<p>U heeft een verwijzing nodig van het jeugd- en gezinsteam, de huisarts of "
            "de jeugdarts. Meestal meldt het jeugd- en gezinsteam u aan, samen met u.</p>"
            "<ul><li>De begeleiding duurt meestal drie tot negen maanden.</li></ul>"
        ),
        "referral_needed": True,
        "phone": "079 050 20 20",
        "email": "aanmelden@opkoers.wzn-demo.nl",
        "website": "https://www.opkoers.wzn-demo.nl/",
        "address": "Koerslaan 15, Zoetermeer",
        "opening_hours": "Maandag tot en met vrijdag van 9.00 tot 17.00 uur",
        "body": [],
    },
    {
        "slug": "dagbehandeling-jonge-kind",
        "title": "Dagbehandeling voor jonge kinderen",
        "organisation": "Dagbehandeling De Kleine Haven",
        "level": 3,
        "summary": (
            "Voor kinderen van 2 tot 6 jaar die achterlopen in hun ontwikkeling, zoals met "
            "praten, spelen of gedrag. Ze komen een paar dagdelen per week in een kleine "
            "groep."
        ),
        "wijken": [],
        "themas": ["Jonge kind", "Taal en spraak", "Gedrag"],
        "doelgroepen": ["ouders", "jonge-kinderen"],
        "how_to_reach": (
            "<p>U heeft een verwijzing nodig van de jeugdarts, de huisarts of het jeugd- en "
            "gezinsteam. Daarna volgt een kennismaking met u en uw kind.</p>"
            "<ul><li>Ouders doen mee: er zijn ook oudergesprekken en meekijkochtenden.</li>"
            "</ul>"
        ),
        "referral_needed": True,
        "phone": "079 050 30 30",
        "email": "aanmelden@kleinehaven.wzn-demo.nl",
        "website": "https://www.kleinehaven.wzn-demo.nl/",
        "address": "Havenkade 4, Zoetermeer",
        "opening_hours": "Maandag tot en met vrijdag van 8.30 tot 15.00 uur",
        "body": [],
    },
    {
        "slug": "onderwijs-zorg-de-brug",
        "title": "Onderwijs en behandeling samen: De Brug",
        "organisation": "Onderwijszorgcentrum De Brug",
        "level": 3,
        "summary": (
            "Voor leerlingen die door hun problemen niet in een gewone klas kunnen leren. Ze "
            "krijgen les en behandeling op één plek, zodat ze stap voor stap weer kunnen "
            "leren."
        ),
        "wijken": [],
        "themas": ["Thuiszitters", "Passend onderwijs", "Gedrag"],
        "doelgroepen": ["ouders", "kinderen", "jongeren"],
        "how_to_reach": (
            "<p>Hiervoor zijn twee dingen nodig:</p>"
            "<ul>"
            "<li>Een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband.</li>"
            "<li>Een verwijzing voor jeugdhulp van het jeugd- en gezinsteam, de huisarts of "
            "de jeugdarts.</li>"
            "</ul>"
            "<p>Meestal regelen school, samenwerkingsverband en jeugd- en gezinsteam dit "
            "samen met u, in één gesprek.</p>"
        ),
        "referral_needed": True,
        "phone": "079 050 40 40",
        "email": "info@debrug.wzn-demo.nl",
        "website": "https://www.debrug.wzn-demo.nl/",
        "address": "Bruggenhoofd 2, Zoetermeer",
        "opening_hours": "Op schooldagen van 8.30 tot 15.30 uur",
        "body": [
            ("text", (
                "<p>De Brug is een onderwijszorgarrangement (OZA): een leraar en een "
                "behandelaar werken samen in één groep. Het doel is altijd dat een leerling "
                "teruggaat naar een school die past. Dat gaat stap voor stap, eerst een paar "
                "uur per week.</p>"
            )),
        ],
    },
    {
        "slug": "jeugd-ggz-behandeling",
        "title": "Behandeling bij angst, somberheid en concentratieproblemen",
        "organisation": "Praktijk Lichtpunt, jeugd-ggz",
        "level": 3,
        "summary": (
            "Psychologen voor kinderen en jongeren met psychische problemen, zoals angst, "
            "somberheid of grote moeite met concentratie. Eerst is er onderzoek, daarna "
            "een behandeling die past."
        ),
        "wijken": [],
        "themas": ["Gedrag", "Schoolverzuim"],
        "doelgroepen": ["ouders", "kinderen", "jongeren"],
        "how_to_reach": (
            "<p>U heeft een verwijzing nodig van de huisarts, het jeugd- en gezinsteam of "
            "de jeugdarts.</p>"
            "<ul>"
            "<li>Na de aanmelding belt de praktijk u binnen twee weken.</li>"
            "<li>Is er een wachttijd? Vraag dan het jeugd- en gezinsteam om hulp in de "
            "tussentijd.</li>"
            "</ul>"
        ),
        "referral_needed": True,
        "phone": "079 050 50 50",
        "email": "aanmelden@lichtpunt.wzn-demo.nl",
        "website": "https://www.lichtpunt.wzn-demo.nl/",
        "address": "Lichtweg 22, Zoetermeer",
        "opening_hours": "Maandag tot en met vrijdag van 8.30 tot 17.00 uur",
        "body": [],
    },
    {
        "slug": "onderzoek-en-hulp-bij-autisme",
        "title": "Onderzoek en hulp bij autisme",
        "organisation": "Centrum Anders Kijken",
        "level": 3,
        "summary": (
            "Voor kinderen en jongeren bij wie autisme wordt vermoed of is vastgesteld. Het "
            "centrum doet onderzoek en leert kind, ouders en school hoe ze er goed mee "
            "omgaan."
        ),
        "wijken": [],
        "themas": ["Gedrag", "Passend onderwijs"],
        "doelgroepen": ["ouders", "kinderen", "jongeren", "jongvolwassenen"],
        "how_to_reach": (
            "<p>U heeft een verwijzing nodig van de huisarts, de jeugdarts of het jeugd- en "
            "gezinsteam. Neem verslagen van school mee naar het eerste gesprek.</p>"
            "<ul><li>Er zijn ook groepen voor ouders en voor broers en zussen.</li></ul>"
        ),
        "referral_needed": True,
        "phone": "079 050 60 60",
        "email": "info@anderskijken.wzn-demo.nl",
        "website": "https://www.anderskijken.wzn-demo.nl/",
        "address": "Spiegelstraat 11, Zoetermeer",
        "opening_hours": "Maandag tot en met vrijdag van 9.00 tot 17.00 uur",
        "body": [],
    },
    {
        "slug": "behandeling-na-schokkende-gebeurtenissen",
        "title": "Behandeling na schokkende gebeurtenissen",
        "organisation": "Praktijk Stevig Anker",
        "level": 3,
        "summary": (
            "Hulp voor kinderen en jongeren die iets ergs hebben meegemaakt, zoals geweld, "
            "een ongeluk of een vlucht. De behandeling is vaak kort en helpt bij angst en "
            "slecht slapen."
        ),
        "wijken": [],
        "themas": ["Meldcode", "Nieuwkomers"],
        "doelgroepen": ["ouders", "kinderen", "jongeren"],
        "how_to_reach": (
            "<p>U heeft een verwijzing nodig van de huisarts, de jeugdarts of het jeugd- en "
            "gezinsteam.</p>"
            "<ul><li>Een tolk kan bij de gesprekken zijn. Dat kost u niets.</li></ul>"
        ),
        "referral_needed": True,
        "phone": "079 050 70 70",
        "email": "aanmelden@stevig-anker.wzn-demo.nl",
        "website": "https://www.stevig-anker.wzn-demo.nl/",
        "address": "Ankerplein 9, Zoetermeer",
        "opening_hours": "Maandag tot en met donderdag van 9.00 tot 17.00 uur",
        "body": [],
    },
    {
        "slug": "intensieve-hulp-thuis",
        "title": "Intensieve hulp thuis",
        "organisation": "Gezinsbehandeling Samen Verder",
        "level": 3,
        "summary": (
            "Gaat het thuis heel erg mis? Dan komt een hulpverlener een paar maanden lang "
            "vaak bij u thuis, soms elke dag. Het doel is dat uw kind veilig thuis kan "
            "blijven wonen."
        ),
        "wijken": [],
        "themas": ["Meldcode", "Gedrag"],
        "doelgroepen": ["ouders", "kinderen", "jongeren"],
        "how_to_reach": (
            "<p>U heeft een verwijzing nodig. Meestal meldt het jeugd- en gezinsteam u aan. "
            "De huisarts of de jeugdarts kan ook verwijzen.</p>"
            "<ul><li>De hulp begint meestal binnen een week.</li></ul>"
        ),
        "referral_needed": True,
        "phone": "079 050 80 80",
        "email": "aanmelden@samenverder.wzn-demo.nl",
        "website": "https://www.samenverder.wzn-demo.nl/",
        "address": "",
        "opening_hours": "Ook 's avonds en in het weekend bereikbaar voor gezinnen in begeleiding",
        "body": [],
    },
    {
        "slug": "pleegzorg-en-gezinshuizen",
        "title": "Pleegzorg en gezinshuizen",
        "organisation": "Stichting Thuisplek",
        "level": 3,
        "summary": (
            "Soms kan een kind tijdelijk of langer niet thuis wonen. Dan zoekt Stichting "
            "Thuisplek een pleeggezin of gezinshuis, zo dicht mogelijk bij school en "
            "familie."
        ),
        "wijken": [],
        "themas": ["Meldcode", "Ouderbetrokkenheid"],
        "doelgroepen": ["ouders", "kinderen", "jongeren", "jongvolwassenen"],
        "how_to_reach": (
            "<p>Een kind komt hier alleen met een verwijzing van het jeugd- en gezinsteam, "
            "de huisarts, de jeugdarts of de rechter. Ouders blijven zo veel mogelijk "
            "betrokken.</p>"
            "<p>Wilt u zelf pleegouder worden? Bel dan gerust voor een informatieavond.</p>"
        ),
        "referral_needed": True,
        "phone": "079 051 00 10",
        "email": "info@thuisplek.wzn-demo.nl",
        "website": "https://www.thuisplek.wzn-demo.nl/",
        "address": "",
        "opening_hours": "Maandag tot en met vrijdag van 9.00 tot 17.00 uur",
        "body": [],
    },
    {
        "slug": "begeleiding-licht-verstandelijke-beperking",
        "title": "Begeleiding bij een licht verstandelijke beperking",
        "organisation": "Stichting Eigenwijs Verder",
        "level": 3,
        "summary": (
            "Voor kinderen en jongeren die langzamer leren en meer moeite hebben met "
            "begrijpen. Een vaste begeleider helpt met plannen, vrienden, school en werk."
        ),
        "wijken": [],
        "themas": ["Passend onderwijs", "Gedrag"],
        "doelgroepen": ["ouders", "kinderen", "jongeren", "jongvolwassenen"],
        "how_to_reach": (
            "<p>U heeft een verwijzing nodig van het jeugd- en gezinsteam, de huisarts of "
            "de jeugdarts. Een eerder onderzoek van school of een psycholoog helpt bij de "
            "aanmelding.</p>"
        ),
        "referral_needed": True,
        "phone": "079 051 20 20",
        "email": "aanmelden@eigenwijsverder.wzn-demo.nl",
        "website": "https://www.eigenwijsverder.wzn-demo.nl/",
        "address": "Verderweg 5, Zoetermeer",
        "opening_hours": "Maandag tot en met vrijdag van 9.00 tot 17.00 uur",
        "body": [],
    },
    {
        "slug": "hulp-na-je-achttiende",
        "title": "Hulp na je 18e: Op Eigen Benen",
        "organisation": "Jeugdhulp Op Koers",
        "level": 3,
        "summary": (
            "Voor jongeren met jeugdhulp die bijna 18 worden, tot 23 jaar. Een coach helpt "
            "met wonen, geld, school of werk, zodat de hulp niet ineens stopt."
        ),
        "wijken": [],
        "themas": ["Armoede", "Schoolverzuim"],
        "doelgroepen": ["jongeren", "jongvolwassenen"],
        "how_to_reach": (
            "<p>Je hebt een verwijzing nodig van het jeugd- en gezinsteam, je huisarts of "
            "de jeugdarts. Begin op tijd: bespreek het al met je hulpverlener als je 17 "
            "bent.</p>"
        ),
        "referral_needed": True,
        "phone": "079 050 20 25",
        "email": "eigenbenen@opkoers.wzn-demo.nl",
        "website": "https://www.opkoers.wzn-demo.nl/",
        "address": "Koerslaan 15, Zoetermeer",
        "opening_hours": "Maandag tot en met vrijdag van 9.00 tot 17.00 uur",
        "body": [],
    },
    {
        "slug": "crisishulp-voor-gezinnen",
        "title": "Crisishulp voor gezinnen",
        "organisation": "Jeugdcrisisteam Direct",
        "level": 3,
        "summary": (
            "Hulp binnen 24 uur als een kind of het gezin niet veilig is. Het team komt snel "
            "en blijft kort, tot andere hulp het overneemt."
        ),
        "wijken": [],
        "themas": ["Meldcode", "Sociale veiligheid"],
        "doelgroepen": ["ouders", "kinderen", "jongeren", "professionals"],
        "how_to_reach": (
            "<p>U belt dit team niet zelf. De huisarts, het jeugd- en gezinsteam, de "
            "jeugdarts of het Adviespunt Veilig Opgroeien schakelt het in. Dat kan ook "
            "'s avonds en in het weekend.</p>"
            "<ul>"
            "<li>Is er direct gevaar? Bel dan <b>112</b>.</li>"
            "<li>Is uw eigen huisarts gesloten? Bel dan de huisartsenpost.</li>"
            "</ul>"
        ),
        "referral_needed": True,
        "phone": "088 012 00 24",
        "email": "verwijzers@jeugdcrisisteam.wzn-demo.nl",
        "website": "https://www.jeugdcrisisteam.wzn-demo.nl/",
        "address": "",
        "opening_hours": "24 uur per dag, alleen voor verwijzers",
        "body": [],
    },
]
