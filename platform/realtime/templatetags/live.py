"""{% live_stream "group-12" %}: the attributes that let static/js/live.js
follow a stream from the position the page was rendered at, so nothing
committed between rendering and the socket's subscription is missed."""

from django import template
from django.utils.html import format_html

from ..events import last_position

register = template.Library()


@register.simple_tag
def live_stream(stream):
    return format_html('data-live-stream="{}" data-live-position="{}"',
                       stream, last_position(stream))
