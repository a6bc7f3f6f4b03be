"""Demo groups: nine project groups and networks of mixed visibility, with
members, group posts and reactions, an action list per group (open, overdue
and done actions), a join request waiting and an open invitation.

The demo professional (professional@demo.wijkzorgnetwerk.nl) owns one group,
manages one and is a member of a third, so signing in shows all of it.
Safe to run again: groups are keyed by slug.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from access.visibility import Visibility
from groups.models import CommunityGroup, Membership
from privacy.sanitise import text_to_html
from taxonomy.demo import DEMO_DOMAIN_SUFFIX
from taxonomy.models import Thema, Wijk

from .models import Action, Comment, Invitation, JoinRequest, Post, Section

DEMO_PROFESSIONAL = "professional@demo.wijkzorgnetwerk.nl"
V = CommunityGroup.Visibility
J = CommunityGroup.JoinPolicy

# slug, name, visibility, join policy, wijken, thema's, description
GROUPS = [
    ("pilot-zachte-landing-vo", "Pilot zachte landing in het VO", V.CLOSED, J.REQUEST,
     ["Meerzicht", "Palenstein"], ["Overgang PO-VO"],
     "Vier scholen voor voortgezet onderwijs proberen een jaar lang een zachte start voor "
     "leerlingen die extra steun nodig hebben. We delen wat werkt en wat niet."),
    ("thuiszitters-zoetermeer", "Thuiszitters Zoetermeer", V.CLOSED, J.REQUEST,
     [], ["Thuiszitters", "Schoolverzuim"],
     "Leerplicht, scholen, jeugd- en gezinsteams en zorgaanbieders zoeken samen naar een "
     "plek voor kinderen die langer dan vier weken thuis zitten. Geen casussen met namen."),
    ("wijkteam-meerzicht", "Wijknetwerk Meerzicht", V.OPEN, J.DIRECT,
     ["Meerzicht"], ["Passend onderwijs", "Ouderbetrokkenheid"],
     "Iedereen die in Meerzicht met kinderen werkt: scholen, kinderopvang, JGZ, het "
     "jeugd- en gezinsteam. Voor de wijkbijeenkomst en alles daartussen."),
    ("netwerk-hoogbegaafdheid", "Netwerk hoogbegaafdheid", V.OPEN, J.DIRECT,
     [], ["Hoogbegaafdheid"],
     "Plusklassen, verrijking en versnellen: wat doen scholen in de stad, en wat werkt?"),
    ("taalklas-cluster-2-palenstein", "Cluster 2 en taalontwikkeling Palenstein", V.CLOSED,
     J.INVITATION, ["Palenstein"], ["Taal en spraak"],
     "Ambulant begeleiders, logopedisten en intern begeleiders over kinderen met een "
     "taalontwikkelingsstoornis in de klas."),
    ("stuurgroep-expertisenetwerk", "Stuurgroep expertisenetwerk", V.SECRET, J.INVITATION,
     [], ["Passend onderwijs"],
     "Voorbereiding van het jaarplan en de sturingsinformatie van het expertisenetwerk."),
    ("vve-jonge-kind-oosterheem", "VVE en het jonge kind in Oosterheem", V.OPEN, J.REQUEST,
     ["Oosterheem"], ["Jonge kind"],
     "Kinderopvang, peuteropvang en groep 1-2 stemmen de doorgaande lijn af."),
    ("nieuwkomers-buytenwegh", "Nieuwkomers in Buytenwegh", V.CLOSED, J.REQUEST,
     ["Buytenwegh"], ["Nieuwkomers"],
     "Scholen en partners rond gezinnen die net in Nederland zijn: taal, zorg en welkom."),
    ("intervisie-ib-rokkeveen", "Intervisie intern begeleiders Rokkeveen", V.SECRET,
     J.INVITATION, ["Rokkeveen"], ["Passend onderwijs"],
     "Maandelijkse intervisie. We bespreken situaties, nooit kinderen met naam."),
]

POSTS = {
    "pilot-zachte-landing-vo": [
        ("Startbijeenkomst: wat willen we leren?",
         "We beginnen met drie vragen: welke leerlingen hebben het meeste aan een zachte "
         "landing, wat vraagt dat van de mentor, en hoe weten we of het werkt?\n\nReageer "
         "voor vrijdag, dan zet ik het op de agenda.",
         ["Bij ons gaat het vooral om leerlingen met faalangst.",
          "Mentoren vragen om een vast moment in de week voor overleg."]),
        ("Verslag eerste maand",
         "De eerste maand is voorbij. Drie van de vier scholen hebben een vast "
         "welkomstprogramma. De vierde start na de herfstvakantie.",
         ["Fijn overzicht, dank je."]),
    ],
    "thuiszitters-zoetermeer": [
        ("Werkwijze: eerst de lichte hulp",
         "Afspraak uit het vorige overleg: bij elke nieuwe melding kijken we eerst wat de "
         "school, de JGZ en het schoolmaatschappelijk werk al kunnen doen.",
         ["Eens. Leerplicht schuift graag eerder aan."]),
    ],
    "wijkteam-meerzicht": [
        ("Wie komt er op de wijkbijeenkomst?",
         "De wijkbijeenkomst is over drie weken. Laat even weten of je komt en welk "
         "onderwerp je wilt bespreken.",
         ["Ik kom, en ik wil het over de wachtlijst logopedie hebben.",
          "Wij komen met twee collega's van de kinderopvang."]),
    ],
    "netwerk-hoogbegaafdheid": [
        ("Verrijkingsmateriaal delen",
         "Zullen we een lijst maken van materiaal dat goed werkt in groep 5 tot en met 8?",
         ["Goed idee, ik zet er vijf op."]),
    ],
    "taalklas-cluster-2-palenstein": [
        ("Tips voor visuele ondersteuning",
         "Pictogrammen op de dagplanning helpen veel kinderen met een TOS. Wat gebruiken "
         "jullie nog meer?", []),
    ],
    "vve-jonge-kind-oosterheem": [
        ("Doorgaande lijn: wat geven we door?",
         "Welke informatie heeft groep 1 echt nodig van de peuteropvang? Ouders beslissen "
         "mee over wat we doorgeven.", ["Graag ook iets over wat het kind al goed kan."]),
    ],
    "nieuwkomers-buytenwegh": [
        ("Welkomstmap voor nieuwe gezinnen",
         "We maken een map met de belangrijkste adressen in de wijk, in eenvoudige taal en "
         "met plaatjes.", ["De taalmaatjes kunnen helpen met vertalen."]),
    ],
    "intervisie-ib-rokkeveen": [
        ("Onderwerp volgende keer",
         "Voorstel: hoe bereid je een ondersteuningsteam voor zodat er een actielijst uit "
         "komt in plaats van notulen?", ["Goed plan."]),
    ],
    "stuurgroep-expertisenetwerk": [
        ("Concept jaarplan",
         "Het concept van het jaarplan staat klaar. Graag reacties voor de volgende "
         "vergadering.", ["Ik mis de cijfers over thuiszitters per wijk."]),
    ],
}

# group slug, what, due in days (negative = overdue), done
ACTIONS = [
    ("pilot-zachte-landing-vo", "Evaluatieformulier voor mentoren maken", 10, False),
    ("pilot-zachte-landing-vo", "Data van de welkomstdagen doorgeven aan de scholen", -3, False),
    ("pilot-zachte-landing-vo", "Contactpersonen per school op een rij zetten", -20, True),
    ("thuiszitters-zoetermeer", "Overzicht van het aanbod voor tijdelijke onderwijsplekken "
     "maken", 14, False),
    ("thuiszitters-zoetermeer", "Afspraken met de jeugd- en gezinsteams op papier zetten",
     -5, False),
    ("wijkteam-meerzicht", "Zaal reserveren voor de wijkbijeenkomst", 7, False),
    ("wijkteam-meerzicht", "Uitnodiging rondsturen aan alle scholen in de wijk", -1, False),
    ("netwerk-hoogbegaafdheid", "Lijst met verrijkingsmateriaal aanvullen", 21, False),
    ("taalklas-cluster-2-palenstein", "Pictogrammenset delen met de groep", 5, False),
    ("stuurgroep-expertisenetwerk", "Sturingsinformatie per wijk verzamelen", -2, False),
    ("stuurgroep-expertisenetwerk", "Concept jaarplan rondsturen", -9, True),
    ("vve-jonge-kind-oosterheem", "Overdrachtsformulier peuteropvang naar school bespreken",
     12, False),
    ("nieuwkomers-buytenwegh", "Welkomstmap voor nieuwe gezinnen vertalen", 30, False),
    ("intervisie-ib-rokkeveen", "Data voor de intervisie van dit schooljaar prikken", 3, False),
]


def seed_groups(log):
    """Create the demo groups that do not exist yet, with everything in them."""
    people = list(get_user_model().objects.filter(
        email__endswith=f".{DEMO_DOMAIN_SUFFIX}", verified_professional_at__isnull=False,
    ).order_by("email"))
    demo = get_user_model().objects.filter(email=DEMO_PROFESSIONAL).first()
    if len(people) < 12 or CommunityGroup.objects.filter(slug=GROUPS[0][0]).exists():
        return
    themas = {t.name: t for t in Thema.objects.all()}
    wijken = {w.name: w for w in Wijk.objects.filter(gemeente__slug="zoetermeer")}
    groups = {}
    for index, row in enumerate(GROUPS):
        groups[row[0]] = _group(index, row, people, demo, themas, wijken)
    for slug, posts in POSTS.items():
        _posts(groups[slug], posts)
    for index, (slug, what, due_in, done) in enumerate(ACTIONS):
        _action(index, groups[slug], what, due_in, done)
    _waiting(groups, people, demo)
    log(f"community: {len(groups)} groepen met {len(ACTIONS)} acties")


def _group(index, row, people, demo, themas, wijken):
    slug, name, visibility, policy, wijk_names, thema_names, description = row
    group = CommunityGroup.objects.create(slug=slug, name=name, visibility=visibility,
                                          join_policy=policy, description=description)
    group.themas.set([themas[n] for n in thema_names if n in themas])
    group.wijken.set([wijken[n] for n in wijk_names if n in wijken])
    size = 4 + index % 6
    members = [people[(index * 5 + n) % len(people)] for n in range(size)]
    if demo is not None and index < 3:
        members = [u for u in members if u != demo]
        # Owner of the first group, manager of the second, member of the third.
        members.insert(index if index < 2 else 2, demo)
    for position, user in enumerate(dict.fromkeys(members)):
        role = (Membership.Role.OWNER if position == 0 else
                Membership.Role.MANAGER if position == 1 else Membership.Role.MEMBER)
        Membership.objects.create(group=group, user=user, role=role)
    return group


def _posts(group, posts):
    members = [m.user for m in group.memberships.select_related("user").order_by("pk")]
    for number, (title, body, comments) in enumerate(posts):
        author = members[number % len(members)]
        post = Post.objects.create(
            section=Section.GROUP, access_group=group, owner=author, title=title,
            body=text_to_html(body), visibility=Visibility.GROUP)
        for n, text in enumerate(comments):
            Comment.objects.create(post=post, author=members[(number + n + 1) % len(members)],
                                   body=text_to_html(text))


def _action(index, group, what, due_in, done):
    members = [m.user for m in group.memberships.select_related("user").order_by("pk")]
    today = timezone.localdate()
    Action.objects.create(
        access_group=group, visibility=Visibility.GROUP, owner=members[0],
        description=what, assignee=members[(index + 1) % len(members)],
        report_to=members[0], due_date=today + timedelta(days=due_in),
        status=Action.Status.DONE if done else Action.Status.OPEN,
        done_at=timezone.now() if done else None,
        # Past actions were reminded on their day; only today's are still due a mail.
        reminder_sent_on=today + timedelta(days=due_in) if due_in < 0 else None,
    )


def _waiting(groups, people, demo):
    """A join request for the demo owner to decide, and an open invitation."""
    pilot = groups["pilot-zachte-landing-vo"]
    outsider = next(u for u in people if not pilot.memberships.filter(user=u).exists())
    JoinRequest.objects.create(
        group=pilot, user=outsider,
        message="Wij starten volgend jaar ook met een welkomstprogramma. Mag ik meelezen?")
    Invitation.objects.create(group=pilot, email="nieuwe.collega@voorbeeldschool.nl",
                              invited_by=demo)
