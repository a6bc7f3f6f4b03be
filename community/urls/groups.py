"""URLs of the community's groups (Dutch paths).

"nieuw" and "uitnodiging" come before the group pages and are never given
to a group as its slug (community.services.groups.RESERVED_SLUGS).
"""

from django.urls import path

from ..views import groups

urlpatterns = [
    path("groepen/", groups.my_groups, name="my_groups"),
    path("groepen/nieuw/", groups.group_create, name="group_new"),
    path("groepen/uitnodiging/<str:key>/", groups.group_invitation, name="group_invitation"),
    path("groepen/<slug:slug>/", groups.group_detail, name="group_detail"),
    path("groepen/<slug:slug>/lid-worden/", groups.group_join, name="group_join"),
    path("groepen/<slug:slug>/verlaten/", groups.group_leave, name="group_leave"),
    path("groepen/<slug:slug>/aanvragen/", groups.group_requests, name="group_requests"),
    path("groepen/<slug:slug>/aanvragen/<int:pk>/", groups.group_request_decide,
         name="group_request_decide"),
    path("groepen/<slug:slug>/uitnodigen/", groups.group_invite, name="group_invite"),
    path("groepen/<slug:slug>/uitnodigen/<int:pk>/intrekken/", groups.group_invitation_withdraw,
         name="group_invitation_withdraw"),
    path("groepen/<slug:slug>/leden/", groups.group_members, name="group_members"),
    path("groepen/<slug:slug>/leden/<int:pk>/verwijderen/", groups.group_member_remove,
         name="group_member_remove"),
    path("groepen/<slug:slug>/leden/<int:pk>/rol/", groups.group_member_role,
         name="group_member_role"),
    path("groepen/<slug:slug>/leden/<int:pk>/eigenaar/", groups.group_transfer,
         name="group_transfer"),
    path("groepen/<slug:slug>/instellingen/", groups.group_settings, name="group_settings"),
]
