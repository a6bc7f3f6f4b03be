"""URLs of the community's moderation (Dutch paths)."""

from django.urls import path

from ..views import moderation

urlpatterns = [
    path("melden/bericht/<int:pk>/", moderation.report_post, name="report_post"),
    path("melden/reactie/<int:pk>/", moderation.report_comment, name="report_comment"),
    path("melden/profiel/<int:pk>/", moderation.report_profile, name="report_profile"),
    # Everything under /moderatie/ asks staff roles for their second factor.
    path("moderatie/", moderation.moderation_queue, name="moderation_queue"),
    path("moderatie/meldingen/<int:pk>/", moderation.moderation_report, name="moderation_report"),
    path("moderatie/verborgen/", moderation.moderation_hidden, name="moderation_hidden"),
    path("moderatie/logboek/", moderation.moderation_log, name="moderation_log"),
]
