"""What the notification centre stores about a person (AVG)."""

from .models import Notification, Preference


def export(user):
    return {
        "meldingen": [{"soort": n.get_kind_display(), "tekst": n.text, "adres": n.url,
                       "gemaakt": n.created_at.isoformat(),
                       "gelezen": n.read_at.isoformat() if n.read_at else None}
                      for n in Notification.objects.filter(recipient=user)],
        "voorkeuren": [{"groep": p.group.name if p.group else "algemeen",
                        "op de site": p.in_site, "mail": p.get_mail_display()}
                       for p in Preference.objects.filter(user=user).select_related("group")],
    }


def erase(user):
    Notification.objects.filter(recipient=user).delete()
    Preference.objects.filter(user=user).delete()
