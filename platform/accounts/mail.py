"""Dutch mails about a person's account (templates in accounts/email/)."""

from core import mail
from core.mail import absolute_path, absolute_url

__all__ = ["absolute_path", "absolute_url", "mail_on_commit", "render_mail"]


def render_mail(template, context):
    return mail.render_mail(f"accounts/email/{template}", context)


def mail_on_commit(template, recipients, context):
    mail.mail_on_commit(f"accounts/email/{template}", recipients, context)
