"""URLs of this pillar (Dutch paths)."""

from django.urls import path

from .views import calendars, events, mine, organisers, registrations

urlpatterns = [
    path("agenda/", events.event_list, name="agenda"),
    path("agenda/archief/", events.event_list, {"archive": True}, name="agenda_archive"),
    path("agenda/feed.ics", calendars.public_feed, name="agenda_feed"),
    path("agenda/plaatsen/", mine.propose, name="event_propose"),
    path("agenda/mijn-agenda/", mine.my_agenda, name="my_agenda"),
    path("agenda/mijn-agenda/nieuw-adres/", mine.renew_feed, name="renew_feed"),
    path("agenda/mijn-agenda/<str:key>.ics", mine.personal_feed, name="personal_feed"),
    path("agenda/aanmelding/bevestigen/<str:token>/", registrations.confirm_registration,
         name="registration_confirm"),
    path("agenda/aanmelding/afmelden/<str:token>/", registrations.cancel_from_link,
         name="registration_cancel"),
    path("agenda/<slug:slug>/", events.event_detail, name="event_detail"),
    path("agenda/<slug:slug>/afmelden/", registrations.cancel_own, name="event_cancel_own"),
    path("agenda/<slug:slug>/agenda.ics", calendars.event_ics, name="event_ics"),
    path("agenda/<slug:slug>/deelnemers/", organisers.participants, name="event_participants"),
    path("agenda/<slug:slug>/deelnemers.csv", organisers.participants_csv,
         name="event_participants_csv"),
    path("agenda/<slug:slug>/bericht/", organisers.message, name="event_message"),
    path("agenda/<slug:slug>/afgelasten/", organisers.cancel, name="event_cancel"),
]
