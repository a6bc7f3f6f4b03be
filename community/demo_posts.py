"""Demo posts for Doe mee, Praat mee and Lees mee, with comments.

Every text is invented and anonymised: no names, birth dates or BSNs of
children, only situations ("een leerling uit groep 6"). Authors are the demo
professionals of community.demo, picked by a fixed rule, so every machine gets
the same demo. Safe to run again: a post is keyed by its title and section.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from access.models import Visibility
from privacy.sanitise import clean_html, text_to_html
from taxonomy.demo import DEMO_DOMAIN_SUFFIX
from taxonomy.models import Thema, Wijk

from .models import Comment, Follow, Post, Reaction, ReactionKind, Section

NJI = "https://www.nji.nl/"
PASSEND = "https://www.passendonderwijs.nl/"
RIJK = "https://www.rijksoverheid.nl/"


def _post(section, title, body, themas=(), wijken=(), *, link="", deadline_in=None,
          public=False, comments=()):
    """One demo post. A comment is a text, or a (text, reply by the author) pair;
    `deadline_in` is a number of days from the day the demo is seeded."""
    return {
        "section": section, "title": title, "body": body, "themas": list(themas),
        "wijken": list(wijken), "link": link, "deadline_in": deadline_in,
        "visibility": Visibility.PUBLIC if public else Visibility.PROFESSIONALS,
        "comments": list(comments),
    }


def doe(title, body, themas=(), wijken=(), **kwargs):
    return _post(Section.DOE_MEE, title, body, themas, wijken, **kwargs)


def praat(title, body, themas=(), wijken=(), **kwargs):
    return _post(Section.PRAAT_MEE, title, body, themas, wijken, **kwargs)


def lees(title, body, link, themas=(), wijken=(), **kwargs):
    return _post(Section.LEES_MEE, title, body, themas, wijken, link=link, **kwargs)


DOE_MEE = [
    doe(
        "Pilot: een vaste jeugd- en gezinswerker op school",
        "<p>Vanaf de volgende periode proberen we uit wat er gebeurt als elke deelnemende "
        "basisschool één vaste jeugd- en gezinswerker krijgt, een dagdeel per week op "
        "school. Ouders en leerkrachten kunnen dan zonder verwijzing binnenlopen.</p>"
        "<p>We zoeken <strong>vier scholen</strong> in Noordhove en Meerzicht. Wat we "
        "vragen:</p><ul><li>een werkplek en een vast moment in de week;</li><li>een intern "
        "begeleider die twee keer per jaar meedoet aan de evaluatie;</li><li>bereidheid om "
        "ervaringen te delen op dit platform.</li></ul>",
        ["Passend onderwijs", "Ouderbetrokkenheid"], ["Noordhove", "Meerzicht"],
        deadline_in=14,
        comments=[
            ("Wij doen graag mee. Kan het dagdeel ook op een woensdagochtend? Dan zijn de "
             "meeste ouders er bij het brengen.",
             "Dat kan, we stemmen het per school af. Ik neem deze week contact op."),
            "Goed initiatief. Denk aan een korte folder voor ouders, zodat ze weten dat ze "
            "zonder afspraak mogen aanschuiven.",
            "Ik ben benieuwd hoe jullie het effect gaan meten. Tellen jullie ook hoe vaak "
            "zwaardere hulp daarna nog nodig is?",
        ],
    ),
    doe(
        "Deel je aanpak: thuiszitters weer op weg naar school",
        "<p>Voor de rijke leeromgeving verzamelen we voorbeelden van een terugkeer naar "
        "school die goed liep. Niet het perfecte verhaal, wel: wat was de eerste stap, wie "
        "deed wat, en wat zou je een volgende keer anders doen?</p>"
        "<p>Stuur een korte beschrijving van een halve pagina, zonder herleidbare "
        "gegevens. De eddies maken er een overzichtelijke praktijkkaart van.</p>",
        ["Thuiszitters", "Schoolverzuim"], deadline_in=21, public=True,
        comments=[
            "Bij ons werkte een rooster dat begon met twee uur per week, op een vaste plek "
            "met een vaste begeleider. Ik schrijf het graag uit.",
            ("Mag het ook over een traject dat nog loopt?",
             "Zeker, juist de tussenstappen zijn leerzaam. Vermeld wel dat het nog loopt."),
        ],
    ),
    doe(
        "Meedenkers gezocht voor een wijkkaart Palenstein",
        "<p>Welke voorzieningen zijn er in Palenstein voor gezinnen met jonge kinderen, en "
        "bij wie kun je terecht met een vraag? We maken een eenvoudige wijkkaart als "
        "aanvulling op de sociale kaart.</p><p>We zoeken drie of vier collega's die de wijk "
        "goed kennen en twee bijeenkomsten van een uur willen meedenken.</p>",
        ["Nieuwkomers", "Jonge kind"], ["Palenstein"], deadline_in=10,
        comments=[
            "Vergeet het taalcafé in het buurthuis niet, daar komen veel ouders die net in "
            "de wijk wonen.",
            "Ik kan de eerste bijeenkomst aansluiten namens de jeugdgezondheidszorg.",
        ],
    ),
    doe(
        "Voorleesochtend voor ouders die Nederlands leren: wie helpt mee?",
        "<p>Eén keer in de twee weken willen we in de schoolbibliotheek een ochtend houden "
        "waar ouders samen met een taalmaatje prentenboeken leren voorlezen. De boeken mogen "
        "mee naar huis.</p><p>We zoeken vrijwilligers en collega's die een ochtend willen "
        "begeleiden, en tips voor boeken met weinig tekst en veel plaatjes.</p>",
        ["Nieuwkomers", "Taal en spraak"], ["Palenstein"],
        comments=[
            "Boeken zonder tekst werken heel goed: ouders vertellen dan in hun eigen taal. "
            "Dat is net zo waardevol voor de taalontwikkeling.",
        ],
    ),
    doe(
        "Pilot: een actielijst in plaats van een verslag in het ondersteuningsteam",
        "<p>In veel ondersteuningsteams gaat de meeste tijd naar het verslag. Wij willen een "
        "half jaar werken met alleen een actielijst: <em>wie doet wat, en meldt dat aan wie, "
        "voor welke datum</em>. Aan het begin van elk overleg lopen we de lijst langs.</p>"
        "<p>Doet jouw school mee? We delen een eenvoudig sjabloon en komen halverwege "
        "samen om ervaringen uit te wisselen.</p>",
        ["Passend onderwijs"], deadline_in=18,
        comments=[
            ("Wij werken al zo en het scheelt echt. Het lastigste is dat acties bij "
             "externe partners soms blijven liggen.",
             "Herkenbaar. Misschien kunnen we de partners tijdens de pilot een herinnering "
             "laten krijgen een week voor de datum."),
            "Graag meedoen. Is het sjabloon ook geschikt voor het flex-ZAT in het vo?",
            "Let wel op dat ouders een begrijpelijke versie krijgen. Een lijst met "
            "afkortingen zegt hun weinig.",
        ],
    ),
    doe(
        "Werkgroep overdracht PO-VO zoekt intern begeleiders en mentoren",
        "<p>De overstap naar de brugklas verloopt voor de meeste leerlingen goed, maar voor "
        "een kleine groep gaat er informatie verloren. Een nieuwe werkgroep gaat de warme "
        "overdracht tussen basisscholen en vo-scholen in de stad verbeteren.</p>"
        "<p>We zoeken intern begeleiders uit groep 8-teams en mentoren of zorgcoördinatoren "
        "uit het vo. Vier bijeenkomsten, na schooltijd.</p>",
        ["Overgang PO-VO"], deadline_in=28, public=True,
        comments=[
            "Ik meld me aan vanuit het vo. Wij missen vooral wat wél werkte in groep 8.",
            ("Kan de werkgroep ook kijken naar de overstap vanuit het speciaal basisonderwijs?",
             "Goed punt, dat nemen we mee als apart onderwerp."),
        ],
    ),
    doe(
        "Help mee: teksten in eenvoudige taal voor het ouder- en jeugdsteunpunt",
        "<p>Ouders vinden veel informatie over ondersteuning moeilijk te lezen. De eddies "
        "herschrijven de teksten van het steunpunt op taalniveau B1, en zoeken professionals "
        "die willen controleren of de inhoud nog klopt.</p><p>Het kost je ongeveer een half "
        "uur per tekst. Je kiest zelf welke onderwerpen je wilt nalezen.</p>",
        ["Ouderbetrokkenheid", "Passend onderwijs"], deadline_in=12, public=True,
        comments=[
            "Ik lees graag de teksten over leerplicht en verzuim mee.",
            "Zouden jullie ook een paar ouders kunnen laten meelezen? Die zien andere dingen "
            "dan wij.",
            "Ik neem de teksten over de jeugdgezondheidszorg voor mijn rekening.",
        ],
    ),
    doe(
        "Intervisiegroep meldcode voor nieuwe aandachtsfunctionarissen",
        "<p>Ben je net aandachtsfunctionaris huiselijk geweld en kindermishandeling op je "
        "school of in de kinderopvang? Je staat er niet alleen voor. We starten een "
        "intervisiegroep die vijf keer per jaar bij elkaar komt.</p><p>We bespreken "
        "geanonimiseerde situaties aan de hand van de stappen van de meldcode.</p>",
        ["Meldcode"], deadline_in=20,
        comments=[
            ("Is er ook plek voor iemand uit de kinderopvang?",
             "Ja, juist een mix van onderwijs en opvang is waardevol."),
            "Ik doe mee. Fijn dat het bij elkaar komen en niet alleen online is.",
        ],
    ),
    doe(
        "Pilot dyslexie: eerder signaleren in groep 3 in Rokkeveen",
        "<p>Drie scholen in Rokkeveen willen samen met een orthopedagoog eerder in groep 3 "
        "signaleren welke kinderen extra leesbegeleiding nodig hebben. De begeleiding start "
        "dan niet pas na twee meetmomenten, maar direct in kleine groepjes.</p><p>Wie wil "
        "aansluiten? We zoeken nog een school en een remedial teacher die wil meekijken.</p>",
        ["Dyslexie"], ["Rokkeveen"], deadline_in=25,
        comments=[
            "Interessant. Gebruiken jullie dezelfde toetsen als in het protocol, of iets "
            "eigens?",
            ("Wij hebben goede ervaringen met dagelijks tien minuten extra lezen in een "
             "klein groepje. Het hoeft niet ingewikkeld.",
             "Dat is ook ongeveer wat we voor ogen hebben. Ik stuur je de opzet."),
        ],
    ),
    doe(
        "Vrijwilligers gezocht voor een huiswerkplek in Oosterheem",
        "<p>Niet elke jongere heeft thuis een rustige plek om te leren. In de bibliotheek van "
        "Oosterheem openen we twee middagen per week een huiswerkplek met begeleiding.</p>"
        "<p>We zoeken vrijwilligers en professionals die een middag per maand willen helpen, "
        "en scholen die leerlingen op de plek willen wijzen.</p>",
        ["Armoede", "Overgang PO-VO"], ["Oosterheem"], public=True,
        comments=[
            "Ik kan op donderdag. Is er ook hulp bij plannen, of alleen bij vakken?",
            "Wij hangen de poster op in de brugklasgangen.",
        ],
    ),
    doe(
        "Deel je ervaring met een plusklas voor meerdere scholen",
        "<p>Een paar scholen in Seghwaert en Oosterheem overwegen een gezamenlijke plusklas, "
        "een ochtend per week. Wie heeft ervaring met zo'n bovenschoolse groep? We zijn "
        "vooral benieuwd naar het vervoer, de selectie en de terugkoppeling naar de eigen "
        "leerkracht.</p>",
        ["Hoogbegaafdheid"], ["Seghwaert", "Oosterheem"],
        comments=[
            ("Bij ons ging het mis bij de terugkoppeling: de eigen groep wist niet wat er "
             "in de plusklas gebeurde. Nu gaat er elke week een korte notitie mee.",
             "Dank je, dat nemen we direct mee in het plan."),
            "Let op dat het niet alleen de kinderen zijn die al goed presteren. Juist "
            "onderpresteerders hebben er baat bij.",
            "Vervoer regelen wij met ouders die om de beurt rijden. Werkt prima.",
            "Ik kan een keer komen vertellen hoe wij de selectie hebben opgezet.",
        ],
    ),
    doe(
        "Taalrijke peuteropvang: kijk een ochtend mee bij een collega",
        "<p>Pedagogisch medewerkers leren het meest van elkaar. We organiseren een ronde "
        "meekijkochtenden: je bezoekt een andere locatie en kijkt hoe collega's taal "
        "stimuleren tijdens het eten, spelen en opruimen. Daarna bespreek je samen wat je "
        "zag.</p>",
        ["VVE", "Jonge kind", "Taal en spraak"], ["Oosterheem", "Rokkeveen"], deadline_in=30,
        comments=[
            "Onze locatie doet mee, zowel als bezoeker als gastlocatie.",
        ],
    ),
    doe(
        "Wijkbijeenkomst Buytenwegh voorbereiden: wie schuift aan?",
        "<p>In het voorjaar komen de intern begeleiders van Buytenwegh samen met de "
        "partners uit zorg en kinderopvang. Dit jaar willen we het thema "
        "<em>sociale veiligheid</em> centraal zetten.</p><p>Wie helpt het programma "
        "voorbereiden? Twee overleggen van een uur, online.</p>",
        ["Sociale veiligheid", "Passend onderwijs"], ["Buytenwegh"], deadline_in=9,
        comments=[
            "Ik help mee. Misschien is een korte casus uit de praktijk een goede opening.",
            ("Kan de wijkagent ook uitgenodigd worden?",
             "Goed idee, ik vraag het na."),
        ],
    ),
    doe(
        "Pilot schoolverzuim: sneller samen in gesprek bij zorgwekkend verzuim",
        "<p>Hoe eerder school, ouders, jeugdarts en leerplicht samen aan tafel zitten, hoe "
        "kleiner de kans dat verzuim uitgroeit tot langdurig thuiszitten. In Rokkeveen en "
        "Driemanspolder testen we een vaste route: bij zorgwekkend verzuim volgt binnen "
        "twee weken een gesprek met ouders en jongere.</p><p>Welke vo- en mbo-scholen "
        "willen meedoen?</p>",
        ["Schoolverzuim", "Thuiszitters"], ["Rokkeveen", "Driemanspolder"], deadline_in=16,
        comments=[
            "Wij doen mee. De jeugdarts erbij halen heeft bij ons al vaak het verschil "
            "gemaakt.",
            "Belangrijk dat de jongere zelf ook uitgenodigd wordt, niet alleen de ouders.",
            ("Hoe gaan jullie om met verzuim dat door ziekte komt?",
             "Dan ligt de eerste stap bij de jeugdarts. Dat staat in de route."),
        ],
    ),
    doe(
        "Scholen gezocht voor een proef met een aanpak tegen online pesten",
        "<p>Pesten gebeurt steeds vaker in groepsapps, buiten schooltijd. We zoeken scholen "
        "die in de bovenbouw een korte lessenreeks willen proberen, waarin leerlingen zelf "
        "afspraken maken over hoe ze online met elkaar omgaan. Ouders krijgen een "
        "bijbehorende avond.</p>",
        ["Sociale veiligheid"], ["Buytenwegh", "Meerzicht"],
        comments=[
            "Wij doen graag mee met groep 7 en 8.",
            "Ook interessant voor de brugklas. Komt er een vo-versie?",
        ],
    ),
    doe(
        "Meedoen aan een korte enquête over wachttijden in de jeugdhulp",
        "<p>De gemeente wil beter zicht krijgen op wat scholen en wijkteams doen terwijl "
        "een gezin wacht op jeugdhulp. De vragenlijst kost tien minuten en vraagt niet naar "
        "gegevens van gezinnen, alleen naar uw eigen werkwijze.</p>",
        ["Passend onderwijs", "Gedrag"], deadline_in=14,
        comments=[
            "Ingevuld. Ik hoop dat de uitkomsten ook hier gedeeld worden.",
        ],
    ),
    doe(
        "Expertiseteam taal en spraak: collega's gezocht",
        "<p>Leerkrachten weten niet altijd wat ze kunnen doen bij een leerling met een "
        "taalontwikkelingsstoornis. We willen een klein team vormen van logopedisten, "
        "ambulant begeleiders cluster 2 en intern begeleiders dat scholen in de stad snel "
        "kan adviseren.</p>",
        ["Taal en spraak", "Passend onderwijs"], ["Dorp"],
        comments=[
            ("Ik sluit aan vanuit de logopediepraktijk. Zullen we eerst in kaart brengen "
             "welke vragen scholen het vaakst hebben?",
             "Ja, ik zet een korte uitvraag uit bij de intern begeleiders."),
            "Vanuit de ambulante begeleiding doe ik graag mee.",
        ],
    ),
    doe(
        "Schoolspullenbank: help mee met inzamelen voor het nieuwe schooljaar",
        "<p>Een nieuwe rugzak, een rekenmachine of gymschoenen: voor sommige gezinnen is het "
        "begin van het schooljaar een flinke kostenpost. De schoolspullenbank in het "
        "Stadscentrum zamelt spullen in en deelt ze uit via scholen en het CJG.</p><p>Kunt u "
        "een inzamelpunt op uw locatie regelen, of een middag helpen sorteren?</p>",
        ["Armoede"], ["Stadscentrum"], public=True,
        comments=[
            "Onze school wordt inzamelpunt. Ik zet het in de nieuwsbrief.",
            "Tip: vraag ook naar rekenmachines voor het vo, die zijn duur en worden vaak "
            "vergeten.",
        ],
    ),
    doe(
        "Ouderavond over schermgebruik: samen organiseren?",
        "<p>Ouders vragen ons vaak hoeveel schermtijd normaal is. In plaats van elke school "
        "een eigen avond, willen we in Seghwaert één avond voor de hele wijk, met de "
        "jeugdverpleegkundige en een opvoedadviseur.</p><p>Wie denkt mee over het programma "
        "en de uitnodiging?</p>",
        ["Ouderbetrokkenheid", "Jonge kind"], ["Seghwaert"],
        comments=[
            "Goed plan. Houd het vooral praktisch en niet belerend, dan komen ouders ook.",
        ],
    ),
    doe(
        "Pilot: ouders als vaste deelnemer in het ondersteuningsteam",
        "<p>We praten niet over het gezin, maar met het gezin. Toch schuiven ouders nog niet "
        "overal vanaf het begin aan. In deze pilot zijn ouders bij elk overleg over hun kind "
        "aanwezig, en krijgen ze vooraf een korte uitleg over wie er aan tafel zit.</p>"
        "<p>We zoeken scholen die dit een jaar willen proberen en hun ervaringen delen.</p>",
        ["Ouderbetrokkenheid", "Passend onderwijs"], deadline_in=35,
        comments=[
            ("Bij ons helpt het als ouders iemand mogen meenemen. Dat geeft rust.",
             "Mooi, dat nemen we op in de uitleg voor ouders."),
            "Wij doen mee. Het voorgesprek met ouders is daarbij het belangrijkste.",
            "Houd er rekening mee dat een tolk soms nodig is. Plan daar tijd voor.",
        ],
    ),
]

PRAAT_MEE = [
    praat(
        "Een leerling uit groep 7 zit zes weken thuis: wie pakt de regie?",
        "<p>Sinds de herfstvakantie komt een leerling uit groep 7 niet meer naar school. "
        "School, leerplicht en het jeugd- en gezinsteam zijn alle drie betrokken, maar "
        "iedereen wacht op elkaar. Ouders weten niet meer wie hun aanspreekpunt is.</p>"
        "<p>Hoe spreken jullie af wie de regie heeft? En wie zet die afspraak op papier?</p>",
        ["Thuiszitters", "Schoolverzuim"],
        comments=[
            "Bij ons spreken we in het eerste overleg af wie de regisseur is, en dat komt "
            "bovenaan de actielijst. Meestal de jeugd- en gezinswerker als er thuis ook "
            "vragen zijn.",
            ("Meld de situatie ook bij de contactpersoon thuiszitters van de gemeente. Die "
             "kan helpen als het vastloopt.",
             "Dank je, dat hadden we nog niet gedaan."),
            "Zorg dat de school contact blijft houden met het kind, al is het maar een kaartje "
            "van de klas. Dat maakt terugkomen makkelijker.",
        ],
    ),
    praat(
        "OPP opstellen: hoe betrekken jullie ouders vanaf het begin?",
        "<p>Over het ontwikkelingsperspectief moet school op overeenstemming gericht overleg "
        "voeren met ouders. In de praktijk krijgen ouders vaak een bijna af document te zien. "
        "Hoe doen jullie dat: eerst samen praten en dan schrijven, of andersom?</p>",
        ["Passend onderwijs", "Ouderbetrokkenheid"],
        comments=[
            "Wij beginnen met een gesprek over wat ouders zelf zien en willen. Pas daarna "
            "schrijft de intern begeleider een concept.",
            "Een leeg sjabloon meenemen naar het gesprek helpt. Dan zien ouders dat hun "
            "inbreng er echt in komt.",
        ],
    ),
    praat(
        "Dyslexieverklaring in het vo: wat doen jullie met de faciliteiten?",
        "<p>Leerlingen komen met een dyslexieverklaring in de brugklas en krijgen standaard "
        "extra tijd en een groter lettertype. Maar niet iedereen heeft daar baat bij. Bekijken "
        "jullie per leerling welke faciliteiten echt helpen?</p>",
        ["Dyslexie", "Overgang PO-VO"],
        comments=[
            ("Wij voeren in de eerste weken een gesprek met elke leerling met een "
             "verklaring. Sommigen willen vooral voorleessoftware, anderen juist niets.",
             "Goed om te horen. Leggen jullie dat ergens vast?"),
            "Vraag ook wat in groep 8 werkte. Daar zit vaak al veel informatie.",
        ],
    ),
    praat(
        "Meldcode: wanneer vraag je Veilig Thuis om advies?",
        "<p>Bij stap 2 van de meldcode kun je advies vragen bij Veilig Thuis. Collega's "
        "twijfelen vaak of hun zorg wel groot genoeg is om te bellen. Hoe gaan jullie daarmee "
        "om? Bellen jullie al bij een vaag gevoel?</p>",
        ["Meldcode"],
        comments=[
            "Advies vragen is geen melding. Ik bel liever een keer te vaak dan te weinig.",
            "Bij ons bespreken we het eerst kort met de aandachtsfunctionaris. Die belt dan "
            "voor advies, zodat de kennis op één plek blijft.",
            ("Leg wel vast dat je advies hebt gevraagd en wat het advies was.",
             "Goede aanvulling, dat vergeten we nog weleens."),
        ],
    ),
    praat(
        "Nieuwkomers in een reguliere groep: ervaring met een taaldag per week?",
        "<p>Op onze school zitten steeds meer kinderen die net in Nederland zijn. Een "
        "volledige nieuwkomersklas is er in de buurt niet. We overwegen één dag per week "
        "intensief taalonderwijs in een kleine groep, de rest van de week in de eigen groep. "
        "Wie heeft ervaring met zo'n opzet?</p>",
        ["Nieuwkomers", "Taal en spraak"], ["Palenstein"],
        comments=[
            "Wij doen dat al twee jaar. Belangrijk: de leerkracht van de eigen groep moet "
            "weten welke woorden die week geoefend zijn.",
            "Een taalmaatje voor het gezin kan de dag goed aanvullen.",
        ],
    ),
    praat(
        "Samenwerking school en wijkteam: wie nodigt wie uit?",
        "<p>Het jeugd- en gezinsteam zegt: nodig ons gerust uit. De school zegt: we weten "
        "niet wanneer het mag. Hoe hebben jullie dit geregeld? Een vast moment, of alleen op "
        "verzoek?</p>",
        ["Passend onderwijs"], ["Noordhove"],
        comments=[
            ("Wij hebben een vast spreekuur op school, om de week. Dan is de drempel laag "
             "voor leerkrachten én ouders.",
             "Dat willen we ook proberen. Hoe laten jullie ouders weten dat het er is?"),
            "Een vaste contactpersoon per school maakt een groot verschil.",
            "Bij ons zit de jeugd- en gezinswerker standaard in het ondersteuningsteam.",
        ],
    ),
    praat(
        "Een leerling uit groep 6 met veel boosheid sinds de scheiding van ouders",
        "<p>Een leerling uit groep 6 heeft sinds een paar maanden veel woede-uitbarstingen in "
        "de klas. De ouders zijn gescheiden en communiceren moeizaam met elkaar. Hoe "
        "betrekken jullie allebei de ouders, zonder partij te kiezen?</p>",
        ["Gedrag", "Ouderbetrokkenheid"],
        comments=[
            "Nodig ze apart uit als een gezamenlijk gesprek te veel spanning geeft. Geef "
            "allebei dezelfde informatie.",
            ("Er zijn groepstrainingen voor kinderen met gescheiden ouders. Via het CJG kun "
             "je daar navragen wat er in de stad is.",
             "Dank je, die tip geef ik door aan de ouders."),
        ],
    ),
    praat(
        "Flex-ZAT of ondersteuningsteam: waar bespreek je verzuim in de brugklas?",
        "<p>Een leerling uit de brugklas verzuimt regelmatig op maandag. De mentor heeft al "
        "gesprekken gevoerd. Wanneer zetten jullie de stap naar het flex-ZAT? En wie vraagt "
        "de toestemming van ouders?</p>",
        ["Schoolverzuim", "Overgang PO-VO"],
        comments=[
            "Wij gaan naar het flex-ZAT als de mentor na twee gesprekken geen verbetering "
            "ziet. De zorgcoördinator vraagt toestemming.",
            "Betrek de leerplichtambtenaar vroeg. Niet om te straffen, maar om mee te denken.",
        ],
    ),
    praat(
        "Hoogbegaafd en onderpresteren: tips voor het gesprek met ouders?",
        "<p>Ouders vermoeden dat hun kind hoogbegaafd is, maar de resultaten op school zijn "
        "gemiddeld. Ze voelen zich niet gehoord. Hoe voeren jullie zo'n gesprek zonder dat "
        "het een discussie over een label wordt?</p>",
        ["Hoogbegaafdheid", "Ouderbetrokkenheid"],
        comments=[
            "Vraag wat ouders thuis zien. Vaak zie je op school andere dingen dan thuis, en "
            "samen ontstaat een completer beeld.",
            "Praat over wat het kind nodig heeft, niet over de vraag of het hoogbegaafd is.",
            ("Een orthopedagoog kan helpen met een observatie in de klas.",
             "Dat stellen we in het volgende gesprek voor."),
        ],
    ),
    praat(
        "Wachtlijst logopedie: wat kunnen we in de klas doen in de tussentijd?",
        "<p>De wachttijd bij de logopedist is enkele maanden. Welke eenvoudige dingen kunnen "
        "leerkrachten in de klas doen om een kind met spraakproblemen al te helpen?</p>",
        ["Taal en spraak"],
        comments=[
            "Geef het kind tijd om te antwoorden en herhaal wat het zegt in een goede zin, "
            "zonder het te verbeteren.",
            "Werk met plaatjes bij nieuwe woorden. Dat helpt de hele groep.",
        ],
    ),
    praat(
        "Toestemming van ouders voor het IHI-gesprek: hoe vraag je dat?",
        "<p>Voor een IHI-gesprek is toestemming van ouders nodig. Sommige ouders worden "
        "ongerust van een formulier. Hoe leggen jullie uit waarom het gesprek belangrijk is?</p>",
        ["Ouderbetrokkenheid", "Passend onderwijs"],
        comments=[
            "Eerst een persoonlijk gesprek, dan pas het formulier. En vertel dat ouders zelf "
            "ook aan tafel zitten.",
        ],
    ),
    praat(
        "Armoede op school: hoe bespreek je het zonder schaamte?",
        "<p>We merken dat sommige kinderen niet meegaan op schoolreis of geen gezond "
        "lunchpakket hebben. Ouders vragen zelden om hulp. Hoe maken jullie het bespreekbaar, "
        "en naar welke regelingen verwijzen jullie?</p>",
        ["Armoede", "Ouderbetrokkenheid"], ["Driemanspolder"],
        comments=[
            ("Wij vertellen aan álle ouders welke regelingen er zijn, bijvoorbeeld in de "
             "nieuwsbrief. Dan voelt niemand zich aangesproken.",
             "Slim, zo hoeft niemand zich apart te melden."),
            "De schoolmaatschappelijk werker kan ouders helpen bij het aanvragen.",
        ],
    ),
    praat(
        "Een peuter die weinig praat: wanneer verwijzen jullie door?",
        "<p>Op de peuteropvang zien we soms kinderen die op hun derde nog nauwelijks "
        "woordjes gebruiken. Wanneer bespreken jullie dit met ouders, en wanneer volgt een "
        "verwijzing via het consultatiebureau?</p>",
        ["Jonge kind", "Taal en spraak", "VVE"],
        comments=[
            "Bespreek het altijd eerst met ouders en vraag of ze het ook zien. Het "
            "consultatiebureau kan dan gericht kijken.",
            "Denk ook aan gehoor. Een gehoortest is een eenvoudige eerste stap.",
            "Als er thuis een andere taal gesproken wordt, vraag dan hoe het in die taal gaat.",
        ],
    ),
    praat(
        "Overdracht naar het vo: welke informatie mag je delen?",
        "<p>Bij de overstap naar het voortgezet onderwijs willen we de nieuwe school goed "
        "informeren. Welke informatie geven jullie mee, en wat bespreken jullie eerst met "
        "ouders?</p>",
        ["Overgang PO-VO"],
        comments=[
            ("Het onderwijskundig rapport gaat mee, en ouders mogen het vooraf inzien. Voor "
             "extra informatie vragen wij altijd toestemming.",
             "Dat is ook onze werkwijze. Fijn om bevestigd te zien."),
            "Een warme overdracht met ouders erbij werkt het beste.",
        ],
    ),
    praat(
        "Pesten in groepsapps buiten schooltijd: wie is aan zet?",
        "<p>Een ruzie in een klassenapp loopt de volgende ochtend door in de klas. Ouders "
        "verwachten dat school optreedt, maar het gebeurde buiten schooltijd. Waar leggen "
        "jullie de grens?</p>",
        ["Sociale veiligheid"], ["Buytenwegh"],
        comments=[
            "Als het effect heeft in de klas, is het ook een zaak van school. Maar ouders "
            "hebben thuis een rol bij het toezicht.",
            "Wij maken aan het begin van het jaar afspraken met de groep over de klassenapp.",
        ],
    ),
    praat(
        "Zorgwekkend verzuim op het mbo: ervaring met een vaste coach?",
        "<p>Bij jongeren op het mbo die veel verzuimen werkt een brief vaak averechts. We "
        "overwegen een vaste coach die wekelijks contact houdt. Wie heeft daar ervaring mee?</p>",
        ["Schoolverzuim"], ["Driemanspolder"],
        comments=[
            ("Wij werken met studentcoaches. Het belangrijkste is dat de jongere de coach "
             "zelf mag kiezen uit twee of drie mensen.",
             "Interessant, dat geeft eigenaarschap."),
            "Combineer het met een duidelijke afspraak met leerplicht, zodat iedereen weet "
            "wat er gebeurt als het niet lukt.",
        ],
    ),
    praat(
        "Actielijst bijhouden: welk format werkt voor jullie?",
        "<p>We werken in het ondersteuningsteam met een actielijst: wie doet wat, voor "
        "wanneer, en meldt het aan wie. Welk format gebruiken jullie? Een gedeeld document, "
        "een tabel in het leerlingvolgsysteem, of iets anders?</p>",
        ["Passend onderwijs"], public=True,
        comments=[
            "Een simpele tabel met vier kolommen. Meer is niet nodig.",
            "Wij sturen de lijst na afloop direct naar iedereen, ook naar ouders.",
            ("Wat doen jullie met acties die steeds doorschuiven?",
             "Die komen bovenaan de volgende agenda, met de vraag wat er nodig is om ze af "
             "te ronden."),
        ],
    ),
    praat(
        "Thuiszitter met angstklachten: onderwijs thuis als tussenstap?",
        "<p>Een jongere uit de tweede klas durft door angstklachten niet naar school. De "
        "behandeling is net gestart. Kan school in de tussentijd onderwijs op afstand bieden, "
        "en hoe voorkom je dat dat de terugkeer juist moeilijker maakt?</p>",
        ["Thuiszitters"],
        comments=[
            "Maak afstandsonderwijs altijd onderdeel van een plan voor terugkeer, met een "
            "duidelijke eerste stap richting school.",
            "Overleg met de behandelaar wat haalbaar is. Soms is een kort bezoek aan school "
            "al een goede oefening.",
        ],
    ),
    praat(
        "Van VVE naar groep 1: hoe sluiten we beter aan?",
        "<p>Kinderen met een VVE-indicatie gaan van de peuteropvang naar groep 1. De "
        "informatie van de opvang komt niet altijd bij de kleuterleerkracht aan. Hoe regelen "
        "jullie de overdracht?</p>",
        ["VVE", "Jonge kind"], ["Oosterheem"],
        comments=[
            ("Bij ons komt de kleuterleerkracht een ochtend kijken op de opvang, en de "
             "pedagogisch medewerker komt later een keer in de klas.",
             "Wat mooi. Hoe maken jullie daar tijd voor vrij?"),
            "Een vast overdrachtsformulier dat beide kanten hebben gemaakt, helpt ook.",
        ],
    ),
    praat(
        "Een leerling uit groep 4 die niet leert lezen ondanks extra hulp",
        "<p>Een leerling uit groep 4 krijgt al een jaar extra leesbegeleiding, maar de "
        "vooruitgang is klein. Ouders vragen om onderzoek naar dyslexie. Wat moet er in het "
        "dossier staan voordat een onderzoek vergoed wordt?</p>",
        ["Dyslexie"],
        comments=[
            "Je moet laten zien dat de extra begeleiding lang genoeg en intensief genoeg is "
            "geweest, met de resultaten van meerdere toetsmomenten.",
            ("Vraag de orthopedagoog van het samenwerkingsverband om mee te kijken naar het "
             "dossier. Dat voorkomt een afwijzing.",
             "Goed idee, dat doen we eerst."),
        ],
    ),
    praat(
        "Gezin zonder vaste woonplek: hoe houd je contact met school?",
        "<p>Een gezin dat net in Nederland is, verhuist steeds tussen opvanglocaties. De "
        "kinderen missen daardoor veel schooldagen. Hoe houden jullie contact, en wie "
        "informeert de nieuwe school als het gezin weer verhuist?</p>",
        ["Nieuwkomers", "Schoolverzuim"],
        comments=[
            "Spreek met ouders af dat ze een verhuizing melden, en geef ze een kaartje met "
            "het nummer van school.",
            "De contactpersoon van de opvanglocatie is vaak de beste route.",
        ],
    ),
    praat(
        "Ambulante begeleiding cluster 4: wat verwachten scholen eigenlijk?",
        "<p>Als ambulant begeleider merk ik dat scholen heel verschillende dingen verwachten: "
        "de ene school wil een plan, de andere wil dat ik met de leerling werk. Wat hebben "
        "jullie als school het meest nodig?</p>",
        ["Gedrag", "Passend onderwijs"],
        comments=[
            "Wij hebben vooral behoefte aan iemand die meekijkt in de klas en de leerkracht "
            "praktische tips geeft.",
            "Heldere afspraken aan het begin: wat doe jij, wat doet de leerkracht, wanneer "
            "evalueren we.",
            ("Soms is een gesprek met het hele team over gedrag waardevoller dan werken met "
             "één leerling.",
             "Helemaal mee eens. Dat bied ik ook aan."),
        ],
    ),
    praat(
        "Eén gezin, één plan: wie is de regisseur als iedereen betrokken is?",
        "<p>Bij sommige gezinnen zijn vijf of zes professionals betrokken. Iedereen heeft "
        "zijn eigen plan. Hoe komen jullie tot één plan met één regisseur, en hoe houden "
        "jullie ouders daarbij in de lead?</p>",
        ["Ouderbetrokkenheid"],
        comments=[
            "Vraag ouders zelf wie ze als regisseur willen. Dat is vaak degene die ze het "
            "meest vertrouwen.",
        ],
    ),
    praat(
        "Ouders willen geen hulp, school maakt zich zorgen: wat nu?",
        "<p>School ziet al langere tijd signalen bij een kind, maar ouders willen geen hulp "
        "en zeggen dat het thuis goed gaat. De zorgen zijn niet zo groot dat er direct "
        "gevaar is. Hoe houden jullie het gesprek open?</p>",
        ["Ouderbetrokkenheid", "Meldcode"],
        comments=[
            "Blijf in gesprek over wat je ziet, zonder te oordelen. Soms kost het maanden "
            "voordat ouders ruimte geven.",
            ("Schakel de schoolmaatschappelijk werker in. Die kan ouders laagdrempelig "
             "benaderen.",
             "Dat gaan we doen. Dank je."),
            "Houd de meldcode erbij: blijf de signalen vastleggen en vraag advies als ze "
            "toenemen.",
        ],
    ),
    praat(
        "Overlijden van een ouder van een klasgenoot: hoe begeleid je de groep?",
        "<p>In een groep 8 is de vader van een leerling overleden. De klas is erg aangeslagen. "
        "Hoe hebben jullie dit aangepakt, en welke hulp hebben jullie ingeschakeld?</p>",
        ["Sociale veiligheid"],
        comments=[
            "Bespreek met het gezin wat er in de klas verteld mag worden. Dat geeft houvast.",
            "Wij hebben een rouwtafel in de klas gemaakt waar kinderen iets konden neerleggen "
            "of schrijven.",
            "De schoolmaatschappelijk werker kan de leerkracht ondersteunen. Vergeet de "
            "leerkracht zelf niet.",
        ],
    ),
]

LEES_MEE = [
    lees(
        "Het ontwikkelingsperspectief (OPP) uitgelegd",
        "<p>Een heldere uitleg van wat een OPP is, wanneer een school het moet opstellen en "
        "welke rol ouders hebben. Handig om door te sturen naar collega's die er net mee "
        "beginnen. Zoek op de site op <em>ontwikkelingsperspectief</em>.</p>",
        PASSEND, ["Passend onderwijs"],
        comments=[
            "Ik gebruik deze uitleg ook in gesprekken met ouders.",
        ],
    ),
    lees(
        "Leerplicht en kwalificatieplicht op een rij",
        "<p>Tot welke leeftijd geldt de leerplicht, wat is de kwalificatieplicht, en wanneer "
        "mag een kind vrij krijgen? De overheid zet de regels overzichtelijk op een rij. Een "
        "goede naslag als ouders er vragen over stellen.</p>",
        RIJK, ["Schoolverzuim"],
        comments=[
            ("Ook de regels voor verlof buiten de schoolvakanties staan erin. Daar krijgen "
             "we veel vragen over.",
             "Klopt, daarom deelde ik het."),
        ],
    ),
    lees(
        "De vijf stappen van de meldcode huiselijk geweld en kindermishandeling",
        "<p>Een korte samenvatting van de stappen: signalen vastleggen, collegiaal overleggen "
        "en advies vragen, in gesprek gaan, wegen, en beslissen over hulp of melden. Met "
        "uitleg over het afwegingskader.</p>",
        RIJK, ["Meldcode"],
        comments=[
            "Goed om de stappen weer eens te lezen. Stap 4 wordt vaak overgeslagen.",
            "Wij hangen het schema op in de personeelskamer.",
        ],
    ),
    lees(
        "Leestip: wat werkt bij samenwerken met ouders",
        "<p>Het NJI bundelt wat bekend is over samenwerken met ouders: wat helpt om ouders "
        "echt te betrekken, en waarom dat voor de ontwikkeling van kinderen zo belangrijk is. "
        "Met praktische aanbevelingen voor school en jeugdhulp.</p>",
        NJI, ["Ouderbetrokkenheid"], public=True,
        comments=[
            "Mooi overzicht. Het stuk over gelijkwaardigheid vind ik het sterkst.",
        ],
    ),
    lees(
        "Thuiszitten: waar ouders terechtkunnen",
        "<p>Voor ouders van een kind dat niet naar school gaat, is het vaak onduidelijk bij "
        "wie ze moeten aankloppen. Deze site legt uit wat de school moet doen, wat het "
        "samenwerkingsverband kan doen en waar ouders onafhankelijk advies krijgen.</p>",
        PASSEND, ["Thuiszitters", "Passend onderwijs"], public=True,
        comments=[
            "Handig om ouders op te wijzen. De informatie is in begrijpelijke taal.",
            "De onderwijsconsulenten worden ook genoemd. Die zijn nog niet bij alle ouders "
            "bekend.",
        ],
    ),
    lees(
        "Opgroeien in armoede: kennis voor wie met gezinnen werkt",
        "<p>Wat doet geldstress met ouders en kinderen, en hoe herken je het? Het NJI geeft "
        "een overzicht van de gevolgen van armoede voor de ontwikkeling en wat professionals "
        "kunnen doen om gezinnen te steunen zonder te stigmatiseren.</p>",
        NJI, ["Armoede"],
        comments=[
            ("Een eyeopener voor ons team. We gaan het bespreken op de studiedag.",
             "Leuk om te horen. Laat je weten hoe het ging?"),
        ],
    ),
    lees(
        "VVE: de afspraken tussen gemeente, opvang en school",
        "<p>Wie is verantwoordelijk voor voor- en vroegschoolse educatie, en hoeveel uur "
        "krijgt een peuter met een indicatie? Een nuttig overzicht van de regels en de rol "
        "van de gemeente.</p>",
        RIJK, ["VVE", "Jonge kind"],
    ),
    lees(
        "Scheiding en kinderen: handvatten voor school",
        "<p>Een scheiding raakt kinderen vaak meer dan ouders denken. Het NJI beschrijft wat "
        "kinderen helpt en wat professionals kunnen doen, ook op school: neutraal blijven, "
        "beide ouders informeren en letten op signalen in de klas.</p>",
        NJI, ["Ouderbetrokkenheid", "Gedrag"],
        comments=[
            "Het deel over de informatieplicht naar beide ouders is voor veel scholen nuttig.",
            "Ik verwijs ouders ook vaak naar de informatie voor ouders op dezelfde site.",
        ],
    ),
    lees(
        "Dyslexie: van signaleren tot vergoede zorg",
        "<p>Een overzicht van de route bij ernstige enkelvoudige dyslexie: wat de school "
        "eerst moet doen, wanneer de gemeente het onderzoek en de behandeling vergoedt, en "
        "hoe je samenwerkt met de zorgaanbieder.</p>",
        NJI, ["Dyslexie"],
        comments=[
            "Duidelijk. Ik mis alleen iets over de overgang naar het vo.",
        ],
    ),
    lees(
        "Onderwijs aan nieuwkomers: regels en extra bekostiging",
        "<p>Welke extra middelen krijgen scholen voor leerlingen die net in Nederland zijn, "
        "en hoe lang? De overheid legt de regels uit. Handig voor intern begeleiders en "
        "directeuren die een taalaanbod willen opzetten.</p>",
        RIJK, ["Nieuwkomers"],
        comments=[
            ("Goed om te weten voor de planning van volgend jaar.",
             "Ja, en let op de datum waarop je de aanvraag moet doen."),
        ],
    ),
    lees(
        "Zorgplicht: wat betekent dat voor de school?",
        "<p>Als een kind extra ondersteuning nodig heeft, moet de school een passende plek "
        "bieden: op de eigen school of op een andere school die het kind kan toelaten. Deze "
        "uitleg laat zien wat dat in de praktijk betekent, voor ouders en scholen.</p>",
        PASSEND, ["Passend onderwijs"], public=True,
        comments=[
            "Ouders denken soms dat zorgplicht betekent dat de school zelf alles moet bieden. "
            "Deze uitleg helpt dat te nuanceren.",
        ],
    ),
    lees(
        "Sociale veiligheid: wat een school moet regelen",
        "<p>Scholen moeten zorgen voor een veilige omgeving: beleid tegen pesten, een "
        "aanspreekpunt en het volgen van hoe leerlingen zich voelen. Een korte samenvatting "
        "van de wettelijke plichten.</p>",
        RIJK, ["Sociale veiligheid"],
        comments=[
            "Handig voor de evaluatie van ons pestprotocol.",
            "Het aanspreekpunt pesten is bij ons nog niet bekend bij alle ouders. Werk aan "
            "de winkel.",
        ],
    ),
    lees(
        "Gedrag in de klas: wat werkt?",
        "<p>Het NJI zet aanpakken op een rij die effectief zijn gebleken bij gedragsproblemen, "
        "zowel voor de hele groep als voor individuele leerlingen. Met aandacht voor wat "
        "leerkrachten zelf kunnen doen.</p>",
        NJI, ["Gedrag"],
        comments=[
            ("Fijn dat er ook aandacht is voor preventie in de hele groep.",
             "Ja, dat is vaak de eerste stap die het meeste oplevert."),
            "Ik gebruik dit overzicht bij het adviseren van scholen.",
        ],
    ),
    lees(
        "Het ondersteuningsplan van het samenwerkingsverband lezen",
        "<p>Elk samenwerkingsverband maakt een ondersteuningsplan. Waar let je op als je het "
        "leest? Deze site legt uit wat erin moet staan en hoe ouders en leraren invloed "
        "hebben via de ondersteuningsplanraad.</p>",
        PASSEND, ["Passend onderwijs"],
    ),
    lees(
        "Naar het voortgezet onderwijs: schooladvies en doorstroomtoets",
        "<p>Hoe komt het schooladvies tot stand, wat is de rol van de doorstroomtoets, en "
        "wanneer moet een advies worden bijgesteld? Een heldere uitleg voor ouders en "
        "leerkrachten van groep 8.</p>",
        RIJK, ["Overgang PO-VO"], public=True,
        comments=[
            "Goed om met ouders te delen aan het begin van groep 8.",
        ],
    ),
]

POSTS = DOE_MEE + PRAAT_MEE + LEES_MEE


def seed_posts(log):
    """Create the demo posts that do not exist yet, with their comments."""
    authors = list(
        get_user_model().objects.filter(
            email__endswith=f".{DEMO_DOMAIN_SUFFIX}", verified_professional_at__isnull=False
        ).order_by("email")
    )
    themas = {thema.name: thema for thema in Thema.objects.all()}
    wijken = {wijk.name: wijk for wijk in Wijk.objects.filter(gemeente__slug="zoetermeer")}
    now = timezone.now()
    created = 0
    for index, data in enumerate(POSTS):
        if Post.objects.filter(section=data["section"], title=data["title"]).exists():
            continue
        _create(index, data, authors, themas, wijken, now)
        created += 1
    if created:
        log(f"community: {created} demo-berichten in Doe mee, Praat mee en Lees mee")


def _create(index, data, authors, themas, wijken, now):
    """One post with its comments, dated somewhere in the last 60 days."""
    author = _pick(authors, index * 7)
    deadline = None
    if data["deadline_in"] is not None:
        deadline = timezone.localdate() + timedelta(days=data["deadline_in"])
    post = Post.objects.create(
        section=data["section"], title=data["title"], body=clean_html(data["body"]),
        link=data["link"], deadline=deadline, visibility=data["visibility"], owner=author,
    )
    post.themas.set([themas[name] for name in data["themas"] if name in themas])
    post.wijken.set([wijken[name] for name in data["wijken"] if name in wijken])
    posted_at = now - timedelta(days=1 + (index * 23) % 59, hours=(index * 5) % 9)
    Post.objects.filter(pk=post.pk).update(created_at=posted_at, updated_at=posted_at)
    # Comments follow the post within its first days, never in the future.
    step = min((now - posted_at) / 6, timedelta(hours=20))
    for number, comment in enumerate(data["comments"]):
        text, reply = comment if isinstance(comment, tuple) else (comment, None)
        commenter = _pick(authors, index * 7 + 11 * (number + 1), avoid=author)
        parent = _comment(post, None, commenter, text, posted_at + step * (number + 1))
        if reply:
            _comment(post, parent, author, reply, posted_at + step * (number + 1.5))
    _react(post, index, authors, author)


def _react(post, index, authors, author):
    """A few one-click reactions, and the author follows their own post."""
    if author is not None:
        Follow.objects.get_or_create(post=post, user=author)
    kinds = ReactionKind.values
    for number in range(index % 5):
        reader = _pick(authors, index * 3 + number * 5, avoid=author)
        if reader is not None:
            Reaction.objects.get_or_create(post=post, user=reader,
                                           kind=kinds[(index + number) % len(kinds)])


def _comment(post, parent, author, text, when):
    comment = Comment.objects.create(post=post, parent=parent, author=author,
                                     body=text_to_html(text))
    Comment.objects.filter(pk=comment.pk).update(created_at=when)
    return comment


def _pick(authors, number, avoid=None):
    """The author at `number`, wrapping around; None when there are none."""
    if not authors:
        return None
    author = authors[number % len(authors)]
    if author == avoid and len(authors) > 1:
        author = authors[(number + 1) % len(authors)]
    return author
