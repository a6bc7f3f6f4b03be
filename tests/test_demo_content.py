"""Demo content across pillars: the agenda's events name community's demo
people by address, so each address must be one community or accounts makes.
(A pillar's own tests may not look into another pillar's content.)"""

from accounts import demo as accounts_demo
from agenda import demo as agenda_demo
from community import demo as community_demo


def demo_people():
    people = {community_demo.demo_email(p["first_name"], p["last_name"], p["organisation"])
              for p in community_demo.PEOPLE}
    return people | {account["email"] for account in accounts_demo.DEMO_ACCOUNTS}


def test_every_person_an_event_names_is_a_demo_person():
    events = agenda_demo.events()
    named = {event["owner"] for event in events if event.get("owner")}
    for event in events:
        named |= {person["email"] for person in event.get("registrations", [])}
        named |= set(event.get("absent", []))

    assert len(named) > 20
    assert named - demo_people() == set()
