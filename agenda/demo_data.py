"""The agenda's demo events as plain data; `agenda.demo` turns them into published events.

Dates are relative to the day the demo is loaded (`days_from_today`, a
clock time in Europe/Amsterdam and a duration in minutes), so the demo
always has events coming up and events in the past. A date that falls in a
weekend moves to the nearest weekday away from today: past events stay in
the past, upcoming events stay upcoming.

People are the demo professionals of `community.demo` (by email address)
and the demo role account `professional@demo.wijkzorgnetwerk.nl`; a person
who is not there is skipped. Registrations for a past event are made as if
two weeks before it; `absent` lists who did not come.
"""

DEMO_PROFESSIONAL = "professional@demo.wijkzorgnetwerk.nl"

# The organiser of the yearly round of wijkbijeenkomsten.
SWV_PO = "Samenwerkingsverband Samen Passend PO"
SWV_PO_OWNER = "l.vandijk@samenpassend-po.wzn-demo.nl"

WIJK_SUMMARY = (
    "Eén keer per jaar zitten de intern begeleiders van de scholen in {wijk} aan tafel met "
    "de kinderopvang, de jeugdgezondheidszorg, het schoolmaatschappelijk werk en het jeugd- "
    "en gezinsteam uit de wijk."
)
WIJK_DESCRIPTION = (
    "<p>Wie werkt er in {wijk} met kinderen, en hoe vinden we elkaar als het nodig is? In de "
    "wijkbijeenkomst maken we kennis, kijken we terug op het afgelopen jaar en maken we samen "
    "het wijkplan voor het komende jaar.</p>"
    "<p>{focus}</p>"
    "<h2>Programma</h2>"
    "<ul>"
    "<li>Inloop met koffie en thee.</li>"
    "<li>Terugblik: wat spraken we vorig jaar af, en wat is ervan terechtgekomen?</li>"
    "<li>Casustafels: in kleine groepen bespreken we vragen uit de praktijk. We noemen geen "
    "namen en niets anders waaraan iemand een kind of gezin kan herkennen.</li>"
    "<li>Het wijkplan: drie afspraken voor dit schooljaar. Per afspraak noteren we wie wat "
    "doet en wanneer diegene erop terugkomt.</li>"
    "</ul>"
    "<p>Neem gerust een collega mee. Wilt u een vraag inbrengen aan een casustafel? Schrijf "
    "die dan in een paar woorden op bij uw aanmelding.</p>"
)
WIJK_QUESTION = (
    "Welke vraag of casus wilt u inbrengen? Noem geen namen of andere gegevens die een kind "
    "herkenbaar maken."
)


def wijkbijeenkomst(wijk, days_from_today, host, focus, themas, *, registrations=(),
                    absent=(), opens_days_before=None):
    """One meeting of the yearly round: every wijk gets the same format."""
    return {
        "slug": f"wijkbijeenkomst-{wijk.lower()}",
        "title": f"Wijkbijeenkomst {wijk}",
        "kind": "wijkbijeenkomst",
        "audience": "professionals",
        "visibility": "professionals",
        "summary": WIJK_SUMMARY.format(wijk=wijk),
        "description": WIJK_DESCRIPTION.format(wijk=wijk, focus=focus),
        "days_from_today": days_from_today,
        "start_time": "15:00",
        "minutes": 120,
        "location": f"{host}, {wijk}, Zoetermeer",
        "wijk": wijk,
        "themas": themas,
        "organiser_name": SWV_PO,
        "contact_email": "wijkbijeenkomsten@samenpassend-po.wzn-demo.nl",
        "owner": SWV_PO_OWNER,
        "capacity": None,
        "opens_days_before": opens_days_before,
        "closes_days_before": 1,
        "question": WIJK_QUESTION,
        "registrations": list(registrations),
        "absent": list(absent),
    }


WIJKBIJEENKOMSTEN = [
    wijkbijeenkomst(
        "Noordhove", -38, "SBO De Vuurtoren",
        "Dit jaar ging het over gedrag dat opvalt: hoe trekken school en het jeugd- en "
        "gezinsteam eerder samen op, zodat een leerling niet eerst vastloopt?",
        ["Gedrag", "Passend onderwijs"],
        registrations=[
            ("k.mulder@vuurtoren.wzn-demo.nl", "Een leerling die na de zomer niet meer in de "
                                               "klas wil blijven."),
            ("p.ramdin@jgt-noord.wzn-demo.nl", ""),
            ("l.bos@jgt-noord.wzn-demo.nl", ""),
        ],
        absent=["l.bos@jgt-noord.wzn-demo.nl"],
    ),
    wijkbijeenkomst(
        "Dorp", -24, "SO/VSO De Wegwijzer",
        "Het thema is taal en spraak: wat doet de logopedist, wat doet de ambulant begeleider, "
        "en hoe sluit hun hulp aan bij wat er in de klas gebeurt?",
        ["Taal en spraak", "Passend onderwijs"],
    ),
    wijkbijeenkomst(
        "Driemanspolder", -9, "Vakcollege Leerhuis Driemanspolder",
        "We kijken naar jongeren van zestien tot achttien: school, een bijbaan en geldzorgen "
        "thuis. Wat merkt de school daarvan, en wie kan helpen?",
        ["Armoede", "Schoolverzuim"],
    ),
    wijkbijeenkomst(
        "Meerzicht", 5, "Basisschool De Klimboom",
        "Dit jaar staat lezen centraal. Hoe vangen school, ouders en de praktijken in de wijk "
        "kinderen op die moeite hebben met lezen, van de kleutergroep tot groep 8?",
        ["Dyslexie", "Ouderbetrokkenheid"],
        registrations=[
            ("a.degraaf@klimboom.wzn-demo.nl", "Hoe betrekken we ouders eerder bij een "
                                               "leesplan?"),
            ("k.huisman@klimboom.wzn-demo.nl", ""),
        ],
    ),
    wijkbijeenkomst(
        "Palenstein", 12, "Basisschool De Zeepbel",
        "Het gesprek gaat over nieuwkomers. Hoe helpen school, taalmaatjes en de "
        "jeugdgezondheidszorg gezinnen op weg die net in de wijk wonen?",
        ["Nieuwkomers", "Taal en spraak"],
    ),
    wijkbijeenkomst(
        "Buytenwegh", 19, "Basisschool Het Kompasblad",
        "Het thema is sociale veiligheid. Wat doen school, opvang en schoolmaatschappelijk werk "
        "als een kind gepest wordt, of zelf pest?",
        ["Sociale veiligheid", "Gedrag"],
    ),
    wijkbijeenkomst(
        "Seghwaert", 26, "Basisschool De Waterlelie",
        "We bespreken kinderen die meer uitdaging nodig hebben dan de klas hun biedt, en hoe "
        "we hen goed begeleiden naar de middelbare school.",
        ["Hoogbegaafdheid", "Overgang PO-VO"],
    ),
    wijkbijeenkomst(
        "Oosterheem", 33, "Kindcentrum Sterrenpad",
        "Centraal staat de stap van kinderopvang en voorschool naar groep 1. Hoe zorgen we dat "
        "de overdracht echt helpt, met toestemming van ouders?",
        ["VVE", "Jonge kind"],
    ),
    wijkbijeenkomst(
        "Rokkeveen", 47, "Meerwijk College",
        "Dit jaar gaat het over verzuim. Hoe zien we het eerder, en hoe werken school, "
        "leerplicht en het jeugd- en gezinsteam samen voordat een leerling thuis komt te "
        "zitten?",
        ["Schoolverzuim", "Thuiszitters"],
    ),
    wijkbijeenkomst(
        "Stadscentrum", 61, "Gezinspunt Stadshart (CJG)",
        "In het centrum zitten de gemeente en het centrum voor jeugd en gezin dicht bij elkaar. "
        "We zetten samen de routes op een rij: van de eerste vraag van een ouder tot de hulp "
        "die past.",
        ["Ouderbetrokkenheid", "Passend onderwijs"],
        opens_days_before=42,
    ),
]

# Material of the past presentation by the jeugd- en gezinsteam.
JGT_SUMMARY_TEXT = (
    "Het jeugd- en gezinsteam Zuid werkt in Rokkeveen en de wijken eromheen, voor vragen "
    "over opvoeden, opgroeien en zorgen in het gezin.\n"
    "Heeft u als school of opvang zorgen over een kind? Bespreek ze eerst met de ouders. "
    "Daarna kunt u samen met hen contact opnemen met het team.\n"
    "Twijfelt u of het team iets kan doen? Bel dan voor overleg zonder namen.\n"
    "Het team werkt volgens één gezin, één plan, één regisseur: er is één plan voor het hele "
    "gezin, en één vaste contactpersoon houdt het overzicht.\n"
    "Eerst gebruiken we wat dichtbij is: de school zelf, schoolmaatschappelijk werk en de "
    "jeugdgezondheidszorg. Specialistische jeugdhulp komt pas als dat niet genoeg is."
)

JGT_SUMMARY_PDF = {
    "title": "Samenvatting lunchpresentatie jeugd- en gezinsteam Zuid",
    "filename": "samenvatting-lunchpresentatie-jgt-zuid.pdf",
    "visibility": "public",
    "landscape": False,
    "pages": [
        ("Het jeugd- en gezinsteam Zuid stelt zich voor", [
            "Samenvatting van de lunchpresentatie voor scholen en kinderopvang.",
            "",
            *JGT_SUMMARY_TEXT.split("\n"),
            "",
            "Contact: team@jgt-zuid.wzn-demo.nl",
        ]),
    ],
}

JGT_SLIDES_PDF = {
    "title": "Dia's lunchpresentatie jeugd- en gezinsteam Zuid",
    "filename": "dias-lunchpresentatie-jgt-zuid.pdf",
    "visibility": "professionals",
    "landscape": True,
    "pages": [
        ("Het jeugd- en gezinsteam Zuid", [
            "Lunchpresentatie voor scholen en kinderopvang",
            "Rokkeveen, Zoetermeer",
        ]),
        ("Wie zijn wij?", [
            "Jeugd- en gezinswerkers, een gedragswetenschapper en een teamcoördinator.",
            "We werken in de wijk: op school, bij het gezin thuis of op ons kantoor.",
            "Voor vragen over opvoeden, opgroeien, gedrag en zorgen in het gezin.",
        ]),
        ("Hoe bereikt u ons?", [
            "Bespreek uw zorg eerst met de ouders: we werken met het gezin, niet over het gezin.",
            "Neem daarna samen met hen contact op. U hoort binnen twee werkdagen van ons.",
            "Twijfelt u? Overleg met ons zonder namen te noemen.",
        ]),
        ("Eén gezin, één plan, één regisseur", [
            "Eén plan voor het hele gezin, gemaakt met de ouders en het kind.",
            "School, opvang en hulpverleners werken aan hetzelfde plan.",
            "Eén vaste contactpersoon houdt het overzicht en spreekt af wie wat doet.",
        ]),
        ("Van licht naar zwaar", [
            "Eerst: wat kan de school zelf, met schoolmaatschappelijk werk en de JGZ?",
            "Dan: advies en begeleiding van het jeugd- en gezinsteam.",
            "Pas daarna: specialistische jeugdhulp, met een verwijzing.",
            "",
            "Contact: team@jgt-zuid.wzn-demo.nl",
        ]),
    ],
}

CLUSTER_2_SUMMARY_TEXT = (
    "Kinderen met een taalontwikkelingsstoornis (TOS) begrijpen vaak minder dan ze laten zien. "
    "Laat een kind een opdracht in eigen woorden herhalen: dan weet u of die is aangekomen.\n"
    "Ondersteun taal met beeld: pictogrammen, een dagplanning op het bord en voordoen.\n"
    "Geef korte instructies, één stap tegelijk, en wacht rustig op een antwoord.\n"
    "Twijfelt u aan het gehoor? Vraag ouders om het kind te laten testen, bijvoorbeeld via "
    "de jeugdarts.\n"
    "Voor advies of ambulante begeleiding gaat u naar de intern begeleider. Die vraagt het "
    "aan bij het samenwerkingsverband."
)

SCHOLINGEN_EN_MEER = [
    {
        # A past training by ambulant counsellors: a short summary and links afterwards.
        "slug": "cluster-2-in-de-klas",
        "title": "Cluster 2 in de klas",
        "kind": "scholing",
        "audience": "professionals",
        "visibility": "public",
        "summary": (
            "Ambulant begeleiders van SO/VSO De Wegwijzer laten zien hoe u een kind met een "
            "taal- of spraakprobleem of slechthorendheid herkent, en wat u morgen al anders "
            "kunt doen in de klas."
        ),
        "description": (
            "<p>Kinderen met een probleem in taal, spraak of gehoor (cluster 2) vallen soms pas "
            "laat op. Ze lijken niet te luisteren, trekken zich terug of worden boos als ze "
            "iets niet begrijpen.</p>"
            "<p>In deze scholing leert u:</p>"
            "<ul>"
            "<li>welke signalen kunnen wijzen op een taalontwikkelingsstoornis (TOS) of op "
            "gehoorproblemen;</li>"
            "<li>hoe u instructie zo geeft dat alle kinderen mee kunnen doen;</li>"
            "<li>wanneer u ambulante begeleiding inschakelt, en hoe dat gaat.</li>"
            "</ul>"
            "<p>Voor leerkrachten, intern begeleiders en pedagogisch medewerkers.</p>"
        ),
        "days_from_today": -17,
        "start_time": "15:00",
        "minutes": 150,
        "location": "SO/VSO De Wegwijzer, Dorp, Zoetermeer",
        "wijk": "Dorp",
        "themas": ["Taal en spraak", "Passend onderwijs"],
        "organiser_name": "SO/VSO De Wegwijzer, ambulante begeleiding",
        "contact_email": "ambulant@wegwijzer.wzn-demo.nl",
        "owner": "m.kok@wegwijzer.wzn-demo.nl",
        "capacity": 25,
        "closes_days_before": 3,
        "question": "Wat wilt u na deze middag anders doen in uw groep?",
        "materials": [
            {
                "title": "Korte samenvatting",
                "summary": CLUSTER_2_SUMMARY_TEXT,
                "visibility": "public",
            },
            {
                "title": "Siméa: informatie over cluster 2",
                "summary": "De landelijke vereniging van de instellingen voor cluster 2, met "
                           "uitleg over taal, spraak en gehoor.",
                "url": "https://www.simea.nl/",
                "visibility": "public",
            },
            {
                "title": "Passend onderwijs: uitleg voor scholen en ouders",
                "summary": "Hoe extra ondersteuning op school geregeld is, en wie wat doet.",
                "url": "https://www.passendonderwijs.nl/",
                "visibility": "public",
            },
        ],
        "registrations": [
            ("t.deboer@zeepbel.wzn-demo.nl", "Meer met beeld werken bij de instructie."),
            ("e.brouwer@praatpaal.wzn-demo.nl", ""),
            ("n.vanleeuwen@boomhutje.wzn-demo.nl", ""),
        ],
        "absent": ["n.vanleeuwen@boomhutje.wzn-demo.nl"],
    },
    {
        # A past presentation by a youth-care team, with downloadable slides.
        "slug": "lunchpresentatie-jeugd-en-gezinsteam-zuid",
        "title": "Lunchpresentatie: het jeugd- en gezinsteam Zuid stelt zich voor",
        "kind": "netwerkbijeenkomst",
        "audience": "professionals",
        "visibility": "public",
        "summary": (
            "Het jeugd- en gezinsteam Zuid vertelt wat het doet, hoe u het bereikt en hoe een "
            "gezin samen met school tot één plan komt. Samenvatting en dia's staan hieronder."
        ),
        "description": (
            "<p>Wat doet een jeugd- en gezinsteam eigenlijk, en wanneer schakelt u het in? In "
            "deze lunchpresentatie laten medewerkers van het JGT Zuid zien hoe zij werken: "
            "dichtbij, met het gezin aan tafel en met één plan voor het hele gezin.</p>"
            "<ul>"
            "<li>Wie zitten er in het team, en hoe bereikt u het?</li>"
            "<li>Van zorg naar vraag: zo neemt u samen met ouders contact op.</li>"
            "<li>Eén gezin, één plan, één regisseur: wat betekent dat voor de school?</li>"
            "<li>Als lichte hulp niet genoeg is: de weg naar specialistische jeugdhulp.</li>"
            "</ul>"
            "<p>Professionals kunnen de dia's na afloop downloaden. De korte samenvatting is "
            "voor iedereen.</p>"
        ),
        "days_from_today": -11,
        "start_time": "12:30",
        "minutes": 75,
        "location": "Jeugd- en gezinsteam Zuid, Rokkeveen, Zoetermeer",
        "wijk": "Rokkeveen",
        "themas": ["Ouderbetrokkenheid", "Gedrag"],
        "organiser_name": "Jeugd- en gezinsteam Zuid",
        "contact_email": "team@jgt-zuid.wzn-demo.nl",
        "owner": "r.bouzid@jgt-zuid.wzn-demo.nl",
        "capacity": 30,
        "closes_days_before": 1,
        "materials": [
            {
                "title": "Samenvatting van de presentatie",
                "summary": JGT_SUMMARY_TEXT,
                "document": JGT_SUMMARY_PDF,
                "visibility": "public",
            },
            {
                "title": "Presentatie (dia's)",
                "summary": "De dia's van de lunchpresentatie, met de contactgegevens van het "
                           "team.",
                "document": JGT_SLIDES_PDF,
                "visibility": "professionals",
            },
        ],
        "registrations": [
            ("m.yilmaz@meerwijkcollege.wzn-demo.nl", ""),
            ("s.willems@kompasblad.wzn-demo.nl", ""),
            ("e.vandermeer@schoolnabij.wzn-demo.nl", ""),
            ("h.dewit@waterlelie.wzn-demo.nl", ""),
        ],
        "absent": ["h.dewit@waterlelie.wzn-demo.nl"],
    },
    {
        # Full: four seats taken, two people on the waitlist.
        "slug": "schrijfwerkplaats-opp",
        "title": "Schrijfwerkplaats: een OPP dat werkt",
        "kind": "scholing",
        "audience": "professionals",
        "visibility": "professionals",
        "summary": (
            "In een kleine groep schrijft u onder begeleiding aan een ontwikkelingsperspectiefplan "
            "(OPP) voor een leerling van uw eigen school. Vier plaatsen, zodat er tijd is voor "
            "ieders plan."
        ),
        "description": (
            "<p>Krijgt een leerling extra ondersteuning, dan maakt de school een "
            "ontwikkelingsperspectiefplan (OPP). Een goed OPP is kort en concreet: het "
            "beschrijft wat de leerling nodig heeft, waar de school naartoe werkt en wat er met "
            "de ouders is afgesproken.</p>"
            "<p>In deze werkplaats werkt u aan het OPP van een leerling van uw eigen school. "
            "Neem het plan geanonimiseerd mee: zonder naam, geboortedatum of andere gegevens "
            "die iemand herkenbaar maken.</p>"
            "<p>Iedereen krijgt feedback op het eigen plan, daarom is de groep klein. Is de "
            "werkplaats vol? Zet u dan op de wachtlijst. Bij genoeg belangstelling plannen we "
            "een tweede datum.</p>"
        ),
        "days_from_today": 9,
        "start_time": "14:00",
        "minutes": 150,
        "location": "Kantoor Samenwerkingsverband Samen Passend PO, Stadscentrum, Zoetermeer",
        "wijk": "Stadscentrum",
        "themas": ["Passend onderwijs"],
        "organiser_name": SWV_PO,
        "contact_email": "scholing@samenpassend-po.wzn-demo.nl",
        "owner": SWV_PO_OWNER,
        "capacity": 4,
        "closes_days_before": 2,
        "question": "Voor welke groep of welk leerjaar schrijft u het OPP?",
        "registrations": [
            ("a.degraaf@klimboom.wzn-demo.nl", "Groep 6"),
            ("t.deboer@zeepbel.wzn-demo.nl", "Groep 4"),
            ("e.smit@sterrenpad.wzn-demo.nl", "Groep 2"),
            ("s.willems@kompasblad.wzn-demo.nl", "Groep 7"),
            # These two land on the waitlist.
            ("h.dewit@waterlelie.wzn-demo.nl", "Groep 8"),
            ("t.verbeek@wegwijzer.wzn-demo.nl", "De bovenbouw van het SO"),
        ],
    },
    {
        "slug": "webinar-de-eerste-vier-weken-verzuim",
        "title": "Webinar: de eerste vier weken verzuim",
        "kind": "webinar",
        "audience": "professionals",
        "visibility": "professionals",
        "summary": (
            "Een online uur over het voorkomen van thuiszitten: wat doet u als een leerling "
            "wegblijft, wie schakelt u in en hoe houdt u contact met het gezin?"
        ),
        "description": (
            "<p>Gaat een kind vier weken of langer niet naar school zonder vrijstelling, dan "
            "heet het een thuiszitter. Meestal begint het veel eerder: met losse dagen "
            "afwezig, buikpijn op maandag of een leerling die steeds later binnenkomt.</p>"
            "<p>In dit webinar vertellen een leerplichtambtenaar en de contactpersoon "
            "thuiszitters van de gemeente wat u in die eerste weken kunt doen, en wie u "
            "daarbij helpt. Vragen stelt u in de chat.</p>"
            "<p>Na uw aanmelding ziet u de link naar het webinar op deze pagina en in de "
            "bevestigingsmail.</p>"
        ),
        "days_from_today": 11,
        "start_time": "15:30",
        "minutes": 60,
        "online_url": "https://webinar.wzn-demo.nl/eerste-vier-weken-verzuim",
        "themas": ["Thuiszitters", "Schoolverzuim"],
        "organiser_name": "Bureau Leerplicht Stadskantoor",
        "contact_email": "leerplicht@leerplicht.wzn-demo.nl",
        "owner": "g.pool@stadskantoor-jeugd.wzn-demo.nl",
        "capacity": None,
        "question": "Welke vraag over verzuim wilt u in het webinar behandeld zien?",
        "registrations": [
            ("b.jansen@vodichtbij.wzn-demo.nl", "Hoe houd je contact als ouders niet reageren?"),
            ("m.yilmaz@meerwijkcollege.wzn-demo.nl", ""),
        ],
    },
    {
        # Cancelled after two people registered; they get the organiser's reason by mail.
        "slug": "faalangst-herkennen-in-het-vo",
        "title": "Faalangst herkennen in het voortgezet onderwijs",
        "kind": "scholing",
        "audience": "professionals",
        "visibility": "public",
        "summary": (
            "Voor mentoren en zorgcoördinatoren: hoe herkent u faalangst achter uitstel, "
            "ziekmeldingen of een grote mond, en wat helpt een leerling verder?"
        ),
        "description": (
            "<p>Faalangst ziet er niet altijd uit als angst. Een leerling die steeds te laat "
            "inlevert, zich ziek meldt op toetsdagen of de clown uithangt, kan vastlopen op "
            "de angst om te falen.</p>"
            "<p>We bespreken de signalen, wat u in de mentorles kunt doen en wanneer u een "
            "leerling bespreekt in het zorgteam.</p>"
        ),
        "days_from_today": 14,
        "start_time": "15:00",
        "minutes": 120,
        "location": "Meerwijk College, Rokkeveen, Zoetermeer",
        "wijk": "Rokkeveen",
        "themas": ["Gedrag", "Overgang PO-VO"],
        "organiser_name": "Meerwijk College",
        "contact_email": "zorgteam@meerwijkcollege.wzn-demo.nl",
        "owner": "j.vos@meerwijkcollege.wzn-demo.nl",
        "capacity": 15,
        "closes_days_before": 3,
        "registrations": [
            ("m.dekker@lichtboog.wzn-demo.nl", ""),
            ("j.wijaya@leerhuis.wzn-demo.nl", ""),
        ],
        "cancelled": (
            "De trainer is langdurig ziek. Zodra er een nieuwe datum is, zetten we die in de "
            "agenda."
        ),
    },
    {
        # Two afternoons; one registration covers both sessions.
        "slug": "meldcode-in-de-praktijk",
        "title": "Meldcode in de praktijk",
        "kind": "scholing",
        "audience": "professionals",
        "visibility": "public",
        "summary": (
            "Twee middagen over de meldcode huiselijk geweld en kindermishandeling: signalen "
            "wegen met het afwegingskader, en oefenen met het gesprek met ouders."
        ),
        "description": (
            "<p>Iedereen die beroepsmatig met kinderen werkt, werkt met een meldcode. Maar wat "
            "doet u als u twijfelt? En hoe begint u het gesprek met ouders zonder dat het "
            "contact verloren gaat?</p>"
            "<p>De scholing bestaat uit twee middagen. U meldt zich één keer aan, voor "
            "allebei.</p>"
            "<ul>"
            "<li><b>Middag 1</b>: de vijf stappen van de meldcode en het afwegingskader, met "
            "voorbeelden uit school en opvang.</li>"
            "<li><b>Middag 2</b>: oefenen met een trainingsacteur: zorgen delen met ouders, "
            "ook als het gesprek spannend wordt.</li>"
            "</ul>"
            "<p>Voor aandachtsfunctionarissen, intern begeleiders, mentoren en pedagogisch "
            "medewerkers.</p>"
        ),
        "sessions": [
            {"title": "Middag 1: signalen en afwegen", "days_from_today": 16,
             "start_time": "13:30", "minutes": 180},
            {"title": "Middag 2: het gesprek met ouders", "days_from_today": 23,
             "start_time": "13:30", "minutes": 180},
        ],
        "location": "Schoolmaatschappelijk Werk Schoolnabij, Buytenwegh, Zoetermeer",
        "wijk": "Buytenwegh",
        "themas": ["Meldcode", "Ouderbetrokkenheid"],
        "organiser_name": "Schoolmaatschappelijk Werk Schoolnabij en Jeugd- en gezinsteam Noord",
        "contact_email": "scholing@schoolnabij.wzn-demo.nl",
        "owner": "f.elamrani@schoolnabij.wzn-demo.nl",
        "capacity": 16,
        "closes_days_before": 4,
        "question": "Werkt u in de kinderopvang, het onderwijs of de jeugdhulp?",
        "registrations": [
            ("n.hendriks@kleinereus.wzn-demo.nl", "Kinderopvang"),
            ("y.demir@leerhuis.wzn-demo.nl", "Onderwijs (mbo)"),
        ],
    },
    {
        "slug": "informatieavond-extra-hulp-op-school",
        "title": "Informatieavond voor ouders: extra hulp op school",
        "kind": "informatieavond",
        "audience": "ouders",
        "visibility": "public",
        "summary": (
            "Heeft uw kind meer hulp nodig op school? Op deze avond leggen we uit hoe dat "
            "werkt, wie u iets kunt vragen en wat u als ouder zelf kunt doen."
        ),
        "description": (
            "<p>Soms heeft een kind meer hulp nodig dan de school meestal geeft. Bijvoorbeeld "
            "bij leren, bij gedrag of bij taal. Hoe gaat dat dan? Wie beslist er? En wat mag "
            "u als ouder?</p>"
            "<p>Op deze avond vertellen medewerkers van het samenwerkingsverband en van "
            "Gezinspunt Stadshart:</p>"
            "<ul>"
            "<li>welke hulp elke school zelf geeft;</li>"
            "<li>wanneer een kind extra hulp kan krijgen, en hoe u die aanvraagt;</li>"
            "<li>waar u terechtkunt met vragen, ook als u het niet eens bent met de "
            "school.</li>"
            "</ul>"
            "<p>U hoeft niets voor te bereiden. Na afloop is er tijd voor uw vragen. De avond "
            "is gratis.</p>"
        ),
        "days_from_today": 20,
        "start_time": "19:30",
        "minutes": 90,
        "location": "Gezinspunt Stadshart (CJG), Stadscentrum, Zoetermeer",
        "wijk": "Stadscentrum",
        "themas": ["Passend onderwijs", "Ouderbetrokkenheid"],
        "organiser_name": "Gezinspunt Stadshart (CJG)",
        "contact_email": "info@gezinspunt.wzn-demo.nl",
        "owner": "i.peters@gezinspunt.wzn-demo.nl",
        "capacity": 60,
        "closes_days_before": 1,
        "question": "Welke vraag wilt u stellen? U mag dit ook leeg laten.",
    },
    {
        "slug": "signaleren-van-dyslexie",
        "title": "Signaleren van dyslexie",
        "kind": "scholing",
        "audience": "professionals",
        "visibility": "public",
        "summary": (
            "Wanneer is moeite met lezen meer dan een achterstand? Een praktische middag over "
            "signalen, het leesdossier en samenwerken met ouders."
        ),
        "description": (
            "<p>Niet elk kind dat moeizaam leest, heeft dyslexie. En niet elk kind met dyslexie "
            "valt meteen op. We kijken naar signalen vanaf groep 2, naar de extra hulp die de "
            "school eerst zelf geeft en naar wat er in het leesdossier moet staan voordat een "
            "kind voor onderzoek kan worden aangemeld.</p>"
            "<p>Een orthopedagoog van Praktijk Groeikracht en de remedial teacher van "
            "Basisschool De Klimboom verzorgen de middag samen.</p>"
            "<p>Neemt u een geanonimiseerd leesdossier mee? Dan legt u het tijdens de middag "
            "naast de checklist.</p>"
        ),
        "days_from_today": 24,
        "start_time": "15:30",
        "minutes": 120,
        "location": "Basisschool De Klimboom, Meerzicht, Zoetermeer",
        "wijk": "Meerzicht",
        "themas": ["Dyslexie"],
        "organiser_name": "Praktijk Groeikracht",
        "contact_email": "scholing@groeikracht.wzn-demo.nl",
        "owner": "d.vermeulen@groeikracht.wzn-demo.nl",
        "capacity": 20,
        "closes_days_before": 2,
        "question": "Met welke groepen werkt u?",
        "registrations": [
            (DEMO_PROFESSIONAL, "Groep 3 en 4"),
            ("h.dewit@waterlelie.wzn-demo.nl", "Groep 5 tot en met 8"),
        ],
    },
    {
        "slug": "netwerkbijeenkomst-jonge-kind",
        "title": "Netwerkbijeenkomst jonge kind: van opvang naar groep 1",
        "kind": "netwerkbijeenkomst",
        "audience": "professionals",
        "visibility": "professionals",
        "summary": (
            "Pedagogisch medewerkers, VVE-coördinatoren, jeugdverpleegkundigen en leerkrachten "
            "van groep 1 en 2 ontmoeten elkaar en maken afspraken over de overdracht."
        ),
        "description": (
            "<p>Een goede start in groep 1 begint op de opvang. Wat weet de pedagogisch "
            "medewerker over een kind dat de leerkracht ook zou willen weten? En wat mag u "
            "delen, met toestemming van de ouders?</p>"
            "<p>We wisselen ervaringen uit over de overdracht van kinderopvang en voorschool "
            "naar de basisschool, en over kinderen die al vroeg extra aandacht nodig hebben. "
            "De jeugdgezondheidszorg vertelt wat het consultatiebureau ziet, en hoe we daarin "
            "samen optrekken.</p>"
        ),
        "days_from_today": 30,
        "start_time": "16:00",
        "minutes": 90,
        "location": "Kindcentrum Sterrenpad, Oosterheem, Zoetermeer",
        "wijk": "Oosterheem",
        "themas": ["VVE", "Jonge kind"],
        "organiser_name": "Kindcentrum Sterrenpad en Kinderopvang Kleine Reus",
        "contact_email": "netwerk@sterrenpad.wzn-demo.nl",
        "owner": "i.scholten@sterrenpad.wzn-demo.nl",
        "capacity": 30,
        "closes_days_before": 2,
        "registrations": [
            ("n.hendriks@kleinereus.wzn-demo.nl", ""),
            ("a.kaya@jgzdichtbij.wzn-demo.nl", ""),
        ],
    },
]

EVENTS = WIJKBIJEENKOMSTEN + SCHOLINGEN_EN_MEER
