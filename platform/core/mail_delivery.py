"""The one mail backend: every mail (ours, allauth's, Wagtail's) passes here.

Mail is sent inside the request until background jobs arrive, so a mail
server that is down or slow must cost the mail, not the request: the
backend EMAIL_URL chose (settings.EMAIL_DELIVERY_BACKEND) does the work,
and a failure is logged and swallowed. The log names each unsent mail's
subject and number of recipients: no addresses, no body.
"""

import logging
import smtplib

from django.conf import settings
from django.core.mail import get_connection
from django.core.mail.backends.base import BaseEmailBackend

logger = logging.getLogger(__name__)


class LoggingEmailBackend(BaseEmailBackend):
    """Delivers through settings.EMAIL_DELIVERY_BACKEND; logs failures instead of raising."""

    def __init__(self, fail_silently=False, **kwargs):
        super().__init__(fail_silently=fail_silently)
        self.delivery = get_connection(settings.EMAIL_DELIVERY_BACKEND, **kwargs)

    def open(self):
        return self.delivery.open()

    def close(self):
        try:
            self.delivery.close()
        except Exception:  # noqa: BLE001 - the mails went out; a failed QUIT is no news
            logger.warning("Closing the mail connection failed", exc_info=True)

    def send_messages(self, email_messages):
        """One connection for the batch, one attempt per mail; the number sent."""
        messages = list(email_messages)
        if not messages:
            return 0
        try:
            opened = self.delivery.open()
        except Exception as exc:  # noqa: BLE001 - any failure here loses only mail
            _log_unsent(messages, exc)
            return 0
        try:
            return self._send_each(messages)
        finally:
            if opened:
                self.close()

    def _send_each(self, messages):
        sent = 0
        for index, message in enumerate(messages):
            try:
                sent += self.delivery.send_messages([message]) or 0
            except Exception as exc:  # noqa: BLE001 - any failure here loses only mail
                if _refused_this_mail_only(exc):
                    _log_unsent([message], exc)
                    continue
                # The connection is gone: the rest would wait for the same timeout.
                _log_unsent(messages[index:], exc)
                break
        return sent


def _refused_this_mail_only(exc):
    """The server answered about this mail; the connection can take the next."""
    return isinstance(exc, (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused,
                            smtplib.SMTPDataError))


def _reason(exc):
    """The exception's class and code, without server text that may quote addresses."""
    detail = getattr(exc, "smtp_code", None) or getattr(exc, "strerror", None)
    return f"{type(exc).__name__} ({detail})" if detail else type(exc).__name__


def _log_unsent(messages, exc):
    for message in messages:
        logger.error("Mail not sent: %r to %d recipient(s): %s",
                     message.subject, len(message.recipients()), _reason(exc))
