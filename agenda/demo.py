"""Demo content for the agenda: the events of `content/` (a wijkbijeenkomst per
wijk from `wijkbijeenkomsten.yaml`, the rest one file each in `events/`),
published, with registrations, sessions and materials. Safe to run again.

Dates are relative to the day the demo is loaded (`days_from_today`, a clock
time in Europe/Amsterdam and a duration in minutes), so the demo always has
events coming up and events in the past. A date that falls in a weekend
moves to the nearest weekday away from today: past events stay in the past,
upcoming events stay upcoming.

An event is looked up by slug: one that exists is left as editors left it;
only missing events are created. People (the demo professionals, by email
address) are registered through `agenda.services`, so capacity and the
waitlist hold as on the site; a person who is not there, or who already has
a registration (in any state) for an event, is skipped. Registrations for a
past event are made as if two weeks before it; `absent` lists who did not
come. Mail goes out as usual after the commit.
"""

import datetime
import textwrap
from pathlib import Path
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.text import slugify

from demo.content import join_lines, join_paragraphs, load
from documents.models import PlatformDocument
from taxonomy.models import Thema, Wijk

from .models import Event, EventMaterial, EventSession, Registration
from .services import events as event_services
from .services import organisers, registrations

CONTENT = Path(__file__).resolve().parent / "content"
REQUIRED = ["slug", "title", "kind", "audience", "visibility", "summary", "description",
            "themas", "organiser_name", "contact_email"]
AMSTERDAM = ZoneInfo("Europe/Amsterdam")
# Registrations for a past event are made as if this long before it started.
PAST_REGISTRATION_LEAD = datetime.timedelta(days=14)
SATURDAY = 5


def seed(log):
    seeder = Seeder(log)
    for item in events():
        seeder.seed_event(item)


def events():
    """Every demo event: the wijkbijeenkomsten, then `events/` in file-name order."""
    return [*wijkbijeenkomsten(), *map(_joined, load(CONTENT / "events", required=REQUIRED))]


def wijkbijeenkomsten():
    """One meeting per wijk: the shared `event`, filled in and extended per meeting."""
    data = load(CONTENT / "wijkbijeenkomsten.yaml", required=["event", "meetings"])[0]
    template = _joined(data["event"])
    meetings = []
    for meeting in map(join_lines, data["meetings"]):
        values = {**meeting, "slug": slugify(meeting["wijk"])}
        filled = {key: value.format(**values) if isinstance(value, str) else value
                  for key, value in template.items()}
        meetings.append({**filled, **meeting})
    return [_checked(meeting) for meeting in meetings]


def _joined(item):
    """The event with its wrapped texts joined; a material's summary keeps a
    line break for each paragraph (the page shows its line breaks)."""
    materials = [{**join_lines(m), "summary": join_paragraphs(m.get("summary", ""), "\n")}
                 for m in item.get("materials", [])]
    return {**join_lines(item), "materials": materials}


def _checked(item):
    missing = [field for field in REQUIRED if field not in item]
    if missing:
        raise ValueError(f"wijkbijeenkomst {item.get('wijk')}: no {', '.join(missing)}")
    return item


class Seeder:
    """Creates missing events; looks wijken, thema's and people up by name or email."""

    def __init__(self, log):
        self.log = log
        self.today = timezone.now().astimezone(AMSTERDAM).date()
        self.wijken = {w.name: w for w in Wijk.objects.filter(gemeente__slug="zoetermeer")}
        self.themas = {thema.name: thema for thema in Thema.objects.all()}
        self._users = {}

    def seed_event(self, item):
        event = Event.objects.filter(slug=item["slug"]).first()
        created = event is None
        if created:
            event = self.create_event(item)
        registrations = self.register(event, item)
        if registrations and event.is_past() and not event.is_cancelled:
            self.mark_attendance(event, item.get("absent", []))
        if created and item.get("cancelled"):
            event_services.cancel_event(event, reason=item["cancelled"])
            self.log(f"agenda: '{event.title}' afgelast")

    # Events

    def create_event(self, item):
        sessions = [
            EventSession(title=data["title"], start=self.moment(data),
                         end=self.moment(data) + datetime.timedelta(minutes=data["minutes"]),
                         sort_order=order)
            for order, data in enumerate(item.get("sessions", []))
        ]
        if sessions:
            start, end = sessions[0].start, max(session.end for session in sessions)
        else:
            start = self.moment(item)
            end = start + datetime.timedelta(minutes=item["minutes"])
        owner = self.user(item.get("owner"))
        event = Event(
            title=item["title"], slug=item["slug"], kind=item["kind"],
            audience=item["audience"], visibility=item["visibility"],
            summary=item["summary"], description=item["description"],
            start=start, end=end,
            location=item.get("location", ""), online_url=item.get("online_url", ""),
            wijk=self.wijken.get(item.get("wijk")),
            organiser_name=item["organiser_name"], contact_email=item["contact_email"],
            capacity=item.get("capacity"),
            registration_opens=_days_before(start, item.get("opens_days_before")),
            registration_closes=_days_before(start, item.get("closes_days_before")),
            question=item.get("question", ""),
            owner=owner, live=True,
        )
        event.sessions = sessions
        event.materials = [
            self.material(data, order, owner)
            for order, data in enumerate(item.get("materials", []))
        ]
        event.save()
        event.themas.set([self.themas[name] for name in item["themas"] if name in self.themas])
        event.save()
        event.save_revision(log_action="wagtail.create").publish()
        self.log(f"agenda: {event.get_kind_display().lower()} '{event.title}' aangemaakt "
                 f"({timezone.localtime(event.start, AMSTERDAM):%d-%m-%Y %H:%M})")
        return event

    def moment(self, data):
        """The start of an event or session: a weekday, `days_from_today`, at `start_time`."""
        hours, minutes = _clock(data["start_time"])
        day = _weekday(self.today + datetime.timedelta(days=data["days_from_today"]),
                       towards_future=data["days_from_today"] >= 0)
        return datetime.datetime.combine(day, datetime.time(hours, minutes), tzinfo=AMSTERDAM)

    def material(self, data, order, owner):
        document = data.get("document")
        return EventMaterial(
            title=data["title"], summary=data.get("summary", ""), url=data.get("url", ""),
            visibility=data["visibility"], sort_order=order,
            document=self.document(document, owner) if document else None,
        )

    def document(self, data, owner):
        """The demo document with this title; made (a small PDF) when missing."""
        existing = PlatformDocument.objects.filter(title=data["title"]).first()
        if existing:
            return existing
        pages = [(page["heading"], page["lines"]) for page in data["pages"]]
        content = pdf_bytes(data["title"], pages, landscape=data.get("landscape"))
        document = PlatformDocument(
            title=data["title"], visibility=data["visibility"], uploaded_by_user=owner,
            file=ContentFile(content, name=data["filename"]),
        )
        document._set_document_file_metadata()  # size and hash, as Wagtail's upload form does
        document.save()
        self.log(f"agenda: document '{document.title}' toegevoegd")
        return document

    # Registrations

    def user(self, email):
        if not email:
            return None
        key = email.lower()
        if key not in self._users:
            self._users[key] = get_user_model().objects.filter(email__iexact=email).first()
        return self._users[key]

    def register(self, event, item):
        """Register the listed people who have no registration for `event` yet."""
        now = None if event.start > timezone.now() else event.start - PAST_REGISTRATION_LEAD
        made = []
        for person in item.get("registrations", []):
            user = self.user(person["email"])
            if user is None or event.registrations.filter(email__iexact=user.email).exists():
                continue
            try:
                registration = registrations.register_for_event(
                    event, user=user, answer=person.get("answer", ""), now=now)
            except registrations.RegistrationRefused:
                continue  # closed, cancelled or not open yet: nothing to add
            made.append(registration)
            waitlisted = registration.status == Registration.Status.WAITLISTED
            where = "op de wachtlijst voor" if waitlisted else "aangemeld voor"
            self.log(f"agenda: {registration.name} {where} '{event.title}'")
        return made

    def mark_attendance(self, event, absent):
        absent = {email.lower() for email in absent}
        seated = event.registrations.filter(status=Registration.Status.CONFIRMED)
        present = [r.pk for r in seated if r.email.lower() not in absent]
        organisers.mark_attendance(event, present)


def _clock(start_time):
    """Hours and minutes of "15:30"; YAML reads an unquoted 15:30 as 930 (minutes)."""
    if isinstance(start_time, int):
        return divmod(start_time, 60)
    hours, minutes = start_time.split(":")
    return int(hours), int(minutes)


def _days_before(moment, days):
    return None if days is None else moment - datetime.timedelta(days=days)


def _weekday(day, towards_future):
    """Move a Saturday or Sunday to the Monday after or the Friday before."""
    if day.weekday() < SATURDAY:
        return day
    if towards_future:
        return day + datetime.timedelta(days=7 - day.weekday())
    return day - datetime.timedelta(days=day.weekday() - 4)


# A small but valid PDF, written by hand: Helvetica text, one heading per page.

def _pdf_text(text):
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return b"(" + escaped.encode("cp1252", errors="replace") + b")"


def _pdf_page(heading, lines, width, height, landscape):
    heading_size, size = (30, 18) if landscape else (18, 11)
    margin = 60 if landscape else 56
    leading = round(size * 1.5)
    chars = int((width - 2 * margin) / (size * 0.52))
    ops = [b"BT", b"/F2 %d Tf" % heading_size, b"%d %d Td" % (margin, height - margin),
           _pdf_text(heading) + b" Tj", b"/F1 %d Tf" % size, b"%d TL" % leading,
           b"0 -%d Td" % round(heading_size * 2)]
    for line in lines:
        for part in textwrap.wrap(line, chars) or [""]:
            ops.append(_pdf_text(part) + b" Tj T*")
    ops.append(b"ET")
    return b"\n".join(ops)


def pdf_bytes(title, pages, landscape=False):
    """A PDF with one page per (heading, lines); A4, landscape for slides."""
    width, height = (842, 595) if landscape else (595, 842)
    first_page = 6
    kids = " ".join(f"{first_page + 2 * n} 0 R" for n in range(len(pages)))
    font = "<< /Type /Font /Subtype /Type1 /BaseFont /{} /Encoding /WinAnsiEncoding >>"
    info_title = "FEFF" + title.encode("utf-16-be").hex().upper()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode(),
        font.format("Helvetica").encode(),
        font.format("Helvetica-Bold").encode(),
        f"<< /Title <{info_title}> /Producer (wijkzorgnetwerk demo) >>".encode(),
    ]
    for n, (heading, lines) in enumerate(pages):
        stream = _pdf_page(heading, lines, width, height, landscape)
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] "
            f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> "
            f"/Contents {first_page + 2 * n + 1} 0 R >>".encode())
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)
