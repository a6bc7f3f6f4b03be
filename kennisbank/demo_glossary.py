"""The demo glossary: every term of the brief, explained in plain Dutch (B1).

(abbreviation, full term, explanation). A term without a full term is a
word, not an abbreviation, and is only explained.
"""

GLOSSARY_INTRO = (
    "<p>Op school en in de zorg gebruiken mensen veel afkortingen. Hier leest u wat ze "
    "betekenen, in gewone woorden. Kies een letter of zoek op deze pagina.</p>"
)

TERMS = [
    ("AB", "ambulante begeleiding",
     "Een begeleider van buiten de school helpt een leerling, de leraar of de ouders. "
     "De leerling blijft gewoon op zijn eigen school."),
    ("BaO", "basisonderwijs",
     "De gewone basisschool, van groep 1 tot en met groep 8."),
    ("BOZ", "begeleider onderwijs en zorg",
     "Iemand die scholen helpt als een leerling extra hulp nodig heeft. Deze begeleider "
     "zoekt samen met school en ouders naar wat werkt."),
    ("BPO", "begeleider passend onderwijs",
     "Een begeleider van het samenwerkingsverband. Hij of zij denkt met de school mee "
     "over een goede plek en goede hulp voor een leerling."),
    ("CJG", "centrum voor jeugd en gezin",
     "Een plek in de buurt waar ouders en jongeren terechtkunnen met vragen over "
     "opvoeden en opgroeien. U kunt er zonder verwijzing naartoe."),
    ("HB", "hoogbegaafd",
     "Een kind dat veel slimmer is dan de meeste kinderen van zijn leeftijd. Zo'n kind "
     "heeft vaak ander werk en een andere aanpak nodig om met plezier te leren."),
    ("HGW", "handelingsgericht werken",
     "Een manier van werken op school. De leraar kijkt naar wat een kind nodig heeft "
     "om te leren, en niet alleen naar wat er misgaat."),
    ("IB", "intern begeleider",
     "De persoon op de basisschool die de extra hulp aan leerlingen regelt. Ouders en "
     "leraren kunnen bij de intern begeleider terecht met zorgen over een kind."),
    ("IHI", "integraal handelingsgericht indiceren",
     "Een gesprek op de basisschool over een leerling die meer hulp nodig heeft dan "
     "gewoonlijk. School, ouders en hulpverleners kiezen samen de beste hulp. Dat kan "
     "alleen als de ouders toestemming geven."),
    ("JGT", "jeugd- en gezinsteam",
     "Een team van hulpverleners in de wijk. Zij helpen gezinnen met vragen over "
     "opvoeden, gedrag of problemen thuis, en regelen zo nodig zwaardere hulp."),
    ("JGZ", "jeugdgezondheidszorg",
     "De jeugdarts en de jeugdverpleegkundige. Zij volgen hoe uw kind groeit en zich "
     "ontwikkelt, van baby tot 18 jaar. U kunt hun ook vragen stellen."),
    ("JOS", "jeugdprofessional op school",
     "Een hulpverlener die een vaste plek heeft op school. Leerlingen, ouders en "
     "leraren kunnen hier snel en dichtbij terecht met vragen."),
    ("KDV", "kinderdagverblijf",
     "Opvang voor kinderen van 0 tot 4 jaar, terwijl de ouders werken of studeren."),
    ("LEA", "lokale educatieve agenda",
     "Afspraken tussen de gemeente, scholen en kinderopvang over wat zij samen willen "
     "bereiken voor kinderen in de stad."),
    ("LWOO", "leerweg ondersteunend onderwijs",
     "Extra hulp in het vmbo voor leerlingen die wat meer moeite hebben met leren. Ze "
     "krijgen bijvoorbeeld kleinere klassen of meer uitleg."),
    ("MBO", "middelbaar beroepsonderwijs",
     "Een opleiding na de middelbare school waarin je leert voor een beroep, zoals "
     "kapper, monteur of verzorgende."),
    ("MDO", "multidisciplinaire onderwijsplek",
     "Een plek waar een kind onderwijs en zorg of behandeling samen krijgt. Het kind "
     "leert, en krijgt op dezelfde plek de hulp die het nodig heeft."),
    ("OPP", "ontwikkelingsperspectiefplan",
     "Een plan voor een leerling die extra hulp krijgt. Er staat in wat het kind kan "
     "leren, welke hulp het krijgt en welk doel de school verwacht. De school bespreekt "
     "het plan met de ouders."),
    ("OT", "ondersteuningsteam",
     "Een overleg op school over een leerling die meer hulp nodig heeft. Ouders zitten "
     "aan tafel. Aan het eind is duidelijk wie wat doet en wanneer."),
    ("OZA", "onderwijszorgarrangement",
     "Een aanpak waarin onderwijs en zorg samen worden geregeld voor één leerling, "
     "bijvoorbeeld les op school en daarbij een behandeling."),
    ("PO", "primair onderwijs",
     "Alle onderwijs voor kinderen van ongeveer 4 tot 12 jaar: de basisschool en het "
     "speciaal basisonderwijs."),
    ("PRO", "praktijkonderwijs",
     "Een vorm van voortgezet onderwijs waarin leerlingen vooral leren door te doen. "
     "Het bereidt voor op werk."),
    ("SBO", "speciaal basisonderwijs",
     "Een basisschool met kleinere groepen en meer hulp, voor kinderen die op een "
     "gewone basisschool niet genoeg hulp krijgen. Hiervoor is een TLV nodig."),
    ("SLB", "specialistische leesbegeleiding",
     "Extra hulp bij lezen voor kinderen die daar veel moeite mee hebben, bijvoorbeeld "
     "bij dyslexie."),
    ("SMW", "schoolmaatschappelijk werk",
     "Een hulpverlener die aan de school is verbonden. Leerlingen en ouders kunnen bij "
     "hem of haar terecht met zorgen thuis of op school."),
    ("SO", "speciaal onderwijs",
     "Scholen voor kinderen die veel extra hulp nodig hebben, bijvoorbeeld door een "
     "beperking of een ziekte. Hiervoor is een TLV nodig."),
    ("SOP", "schoolondersteuningsprofiel",
     "Een document van de school. Hierin staat welke hulp de school aan leerlingen kan "
     "geven. Zo weten ouders wat ze van de school kunnen verwachten."),
    ("SWV", "samenwerkingsverband",
     "Alle scholen in een regio werken samen in een samenwerkingsverband. Samen zorgen "
     "zij dat elk kind een passende plek op school krijgt."),
    ("TAB", "terugplaatsing ambulante begeleiding",
     "Hulp voor een leerling die van het speciaal onderwijs teruggaat naar een gewone "
     "school. Een begeleider helpt om die overstap goed te laten verlopen."),
    ("TLV", "toelaatbaarheidsverklaring",
     "Een besluit van het samenwerkingsverband dat een kind naar het speciaal onderwijs "
     "of het speciaal basisonderwijs mag. Zonder deze verklaring kan dat niet."),
    ("VO", "voortgezet onderwijs",
     "De middelbare school: vmbo, havo, vwo en praktijkonderwijs."),
    ("VSO", "voortgezet speciaal onderwijs",
     "Speciaal onderwijs voor jongeren van ongeveer 12 tot 20 jaar. Hiervoor is een TLV "
     "nodig."),
    ("VVE", "voor- en vroegschoolse educatie",
     "Extra spelen en leren voor jonge kinderen van 2 tot 6 jaar, op de peuteropvang en "
     "in groep 1 en 2. Zo beginnen ze met een goede start op school."),
    ("ZAT", "zorg- en adviesteam",
     "Een team op de middelbare school dat meedenkt over leerlingen die extra hulp nodig "
     "hebben. In een flex-ZAT schuiven alleen de mensen aan die nodig zijn."),
    ("Cluster 1", "",
     "Onderwijs en hulp voor kinderen die blind of slechtziend zijn."),
    ("Cluster 2", "",
     "Onderwijs en hulp voor kinderen die doof of slechthorend zijn, of die moeite "
     "hebben met spreken of met taal."),
    ("Cluster 3", "",
     "Onderwijs en hulp voor kinderen met een lichamelijke of verstandelijke beperking, "
     "of met een ziekte die lang duurt."),
    ("Cluster 4", "",
     "Onderwijs en hulp voor kinderen met ernstige problemen in hun gedrag of met een "
     "psychiatrische stoornis."),
    ("Thuiszitter", "",
     "Een kind dat naar school moet, maar al vier weken of langer niet op school is. En "
     "dat zonder dat het kind daar toestemming (vrijstelling) voor heeft."),
    # Not in the brief's list, but used in the demo pages; the editor's quality
    # panel flagged them.
    ("ADHD", "attention deficit hyperactivity disorder",
     "Een kind met ADHD kan moeilijk stilzitten, zich slecht concentreren of doet dingen "
     "zonder eerst na te denken. Een arts of psycholoog stelt dat vast."),
    ("ASS", "autismespectrumstoornis",
     "Autisme. Een kind met autisme ziet en voelt de wereld anders. Contact met anderen en "
     "veranderingen kunnen moeilijk zijn."),
    ("BSN", "burgerservicenummer",
     "Het persoonlijke nummer dat iedereen in Nederland van de overheid krijgt. Het hoort "
     "niet in berichten op dit platform."),
    ("EED", "ernstige enkelvoudige dyslexie",
     "Zware dyslexie zonder andere problemen die het lezen verklaren. Dan kan een kind "
     "onderzoek en behandeling krijgen, betaald door de gemeente."),
    ("GGZ", "geestelijke gezondheidszorg",
     "Hulp bij psychische problemen, zoals angst, somberheid of trauma."),
    ("ISK", "internationale schakelklas",
     "Een klas op de middelbare school voor jongeren die net in Nederland zijn. Ze leren "
     "eerst Nederlands en gaan daarna naar een gewone klas."),
    ("MR", "medezeggenschapsraad",
     "Een groep ouders en leraren (en op de middelbare school ook leerlingen) die met de "
     "school meepraat en meebeslist over belangrijke zaken."),
    ("RMC", "regionaal meld- en coördinatiepunt",
     "De plek bij de gemeente die jongeren tot 23 jaar helpt die zonder diploma van school "
     "gaan, zodat ze toch een opleiding of werk vinden."),
]

# Pages that tell more about a term, by URL path below the home page.
RELATED_PAGES = {
    "TLV": ["ouders/tlv-en-speciaal-onderwijs", "kennisbank/toelaatbaarheidsverklaring-tlv"],
    "OPP": ["ouders/wat-is-een-opp", "kennisbank/ontwikkelingsperspectiefplan-opp"],
    "SOP": ["kennisbank/schoolondersteuningsprofiel-sop"],
    "SBO": ["kennisbank/sbo-so-en-vso-de-verschillen"],
    "VSO": ["kennisbank/sbo-so-en-vso-de-verschillen"],
    "SMW": ["kennisbank/schoolmaatschappelijk-werk-smw"],
    "VVE": ["ouders/mijn-peuter-gaat-bijna-naar-school",
            "kennisbank/voor-en-vroegschoolse-educatie-vve"],
    "OT": ["kennisbank/het-ondersteuningsteam-op-school",
           "kennisbank/werkwijze-ondersteuningsteam"],
    "IHI": ["kennisbank/ihi-integraal-handelingsgericht-indiceren"],
    "ZAT": ["kennisbank/flex-zat-in-het-voortgezet-onderwijs"],
    "JGT": ["ouders/hoe-krijgt-mijn-kind-jeugdhulp", "kennisbank/jeugd-en-gezinsteam-in-de-wijk"],
    "EED": ["ouders/moeite-met-lezen-en-spellen",
            "kennisbank/ernstige-dyslexie-onderzoek-en-behandeling"],
    "Cluster 1": ["kennisbank/cluster-1-visuele-beperking"],
    "Cluster 2": ["kennisbank/cluster-2-gehoor-spraak-en-taal"],
    "Cluster 3": ["kennisbank/cluster-3-beperking-en-langdurige-ziekte"],
    "Cluster 4": ["kennisbank/cluster-4-gedrag-en-psychiatrie"],
    "Thuiszitter": ["ouders/mijn-kind-gaat-niet-naar-school", "kennisbank/wat-is-een-thuiszitter"],
}
