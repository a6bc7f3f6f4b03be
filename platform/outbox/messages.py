"""An EmailMessage as JSON and back, so a job on another process (an RQ
worker) sends exactly what the request wrote: subject, body, addresses,
headers (List-Unsubscribe), attachments (the agenda's iCal files) and
alternatives (allauth's and Wagtail's HTML parts)."""

import base64
from email.mime.base import MIMEBase

from django.core.mail import EmailMultiAlternatives


def _content(value):
    if isinstance(value, bytes):
        return {"base64": base64.b64encode(value).decode("ascii")}
    return {"text": value}


def _value(content):
    return base64.b64decode(content["base64"]) if "base64" in content else content["text"]


def _attachment(attachment):
    if isinstance(attachment, MIMEBase):  # a ready MIME part: keep its file and type
        filename, content = attachment.get_filename(), attachment.get_payload(decode=True)
        mimetype = attachment.get_content_type()
    else:
        filename, content, mimetype = attachment
    return {"filename": filename, "mimetype": mimetype, **_content(content)}


def to_data(message):
    return {
        "subject": message.subject,
        "body": message.body,
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": dict(message.extra_headers),
        "attachments": [_attachment(a) for a in message.attachments],
        "alternatives": [{"mimetype": mimetype, **_content(content)}
                         for content, mimetype in getattr(message, "alternatives", [])],
    }


def from_data(data):
    message = EmailMultiAlternatives(
        data["subject"], data["body"], data["from_email"], data["to"], bcc=data["bcc"],
        cc=data["cc"], reply_to=data["reply_to"], headers=data["headers"])
    for attachment in data["attachments"]:
        message.attach(attachment["filename"], _value(attachment), attachment["mimetype"])
    for alternative in data["alternatives"]:
        message.attach_alternative(_value(alternative), alternative["mimetype"])
    return message
