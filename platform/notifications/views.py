"""The notification centre, its badge count, preferences and the mail's
one-click unsubscribe."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from core.listing import paginate
from groups.models import CommunityGroup

from . import services
from .forms import PreferenceForm, group_forms
from .mail import read_unsubscribe_token
from .models import Notification

PER_PAGE = 30


@login_required
def notification_list(request):
    notifications = Notification.objects.for_reader(request.user)
    page_obj = paginate(request, notifications, PER_PAGE)
    # "Mark all read" shows when the header's badge (counted once) has unread ones.
    return render(request, "notifications/notification_list.html", {"page_obj": page_obj})


@login_required
def open_notification(request, pk):
    """Follow a notification to its item, marking it read. A GET, so the
    link works as a link (new tab, keyboard); reading is all it changes."""
    notification = Notification.objects.for_reader(request.user).filter(pk=pk).first()
    if notification is None:
        raise Http404
    # Only paths on this site: a stored address never leads elsewhere.
    if not url_has_allowed_host_and_scheme(notification.url, allowed_hosts=None):
        raise Http404
    services.mark_read(request.user, notification)
    return redirect(notification.url)


@login_required
@require_POST
def mark_all_read(request):
    count = services.mark_all_read(request.user)
    if count:
        messages.success(request, "Alle meldingen zijn gelezen.")
    return redirect("notifications")


@login_required
def unread_count(request):
    """The badge's count, for the page's script after a live event."""
    count = Notification.objects.for_reader(request.user).unread().count()
    return JsonResponse({"unread": count})


@login_required
def preferences(request):
    user = request.user
    general = PreferenceForm.for_user(user, data=request.POST or None)
    groups = group_forms(user, data=request.POST or None)
    if request.method == "POST":
        forms = [general, *(form for _group, form in groups)]
        if all(form.is_valid() for form in forms):
            for form in forms:
                form.save(user)
            messages.success(request, "Uw keuzes zijn bewaard.")
            return redirect("notification_preferences")
        messages.error(request, "Niet alles is bewaard. Kijk naar de melding bij het veld.")
    return render(request, "notifications/preferences.html", {
        "general": general, "groups": groups})


@csrf_exempt  # mail programs post the one-click unsubscribe without a session (RFC 8058)
def unsubscribe(request, token):
    try:
        user_id, group_id = read_unsubscribe_token(token)
    except signing.BadSignature:
        return render(request, "notifications/unsubscribe.html", {"invalid": True}, status=400)
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    group = CommunityGroup.objects.filter(pk=group_id).first() if group_id else None
    if user is None or (group_id and group is None):
        return render(request, "notifications/unsubscribe.html", {"invalid": True}, status=400)
    done = request.method == "POST"
    if done:
        services.unsubscribe(user, group)
    return render(request, "notifications/unsubscribe.html", {
        "group": group, "done": done, "token": token})
