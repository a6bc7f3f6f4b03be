"""A mail server that fails costs the pillars' mails, never their requests:
a registration and a reaction are kept, and an organiser's message to many
waits for a dead server once. The backend's own tests, which need no pillar,
are in platform/outbox/tests/test_mail_delivery.py; the failing servers are
shared from platform/outbox.tests.mail_servers.py.
"""


from accounts.tests.factories import ProfessionalFactory
from agenda import mail as agenda_mail
from agenda.models import Registration
from agenda.tests.factories import EventFactory
from community.models import Comment, Follow, Post
from outbox.models import OutgoingMail
from outbox.tests.mail_servers import in_a_thread, in_real_transactions, mail_errors


@in_real_transactions
def test_event_registration_is_kept_when_its_mail_fails(client, dead_mail_server, caplog):
    event = EventFactory()

    response = client.post(event.get_absolute_url(), {
        "name": "Fatima el Amrani", "email": "fatima@example.nl"})

    assert response.status_code == 302
    assert Registration.objects.get(event=event).email == "fatima@example.nl"
    assert len(mail_errors(caplog)) == 1


@in_real_transactions
def test_a_reaction_is_kept_when_mailing_the_followers_fails(client, dead_mail_server, caplog):
    writer, follower, second = ProfessionalFactory.create_batch(3)
    post = Post.objects.create(section="praat_mee", title="Overstap", body="b",
                               visibility="professionals", owner=follower)
    Follow.objects.create(post=post, user=follower)
    Follow.objects.create(post=post, user=second)
    client.force_login(writer)

    response = client.post(post.get_absolute_url(), {"body": "Ik heb een idee."})

    assert response.status_code == 302
    assert Comment.objects.get(post=post).author == writer
    errors = mail_errors(caplog)
    assert len(errors) == 2
    assert all(post.title in error and "Ik heb een idee" not in error for error in errors)


@in_real_transactions
def test_a_mail_to_many_waits_for_a_dead_server_once(silent_server, caplog):
    event = EventFactory()
    recipients = ["a@example.nl", "b@example.nl", "c@example.nl"]

    # Autocommit: the outbox's job runs as soon as the mails are stored.
    in_a_thread(lambda: agenda_mail.organiser_message(event, recipients, "Zaal", "Andere zaal."))

    assert len(silent_server.connections) == 1
    assert len(mail_errors(caplog)) == 3
    # Kept for the retry sweep, not lost.
    assert OutgoingMail.objects.filter(sent_at=None, attempts=1).count() == 3
