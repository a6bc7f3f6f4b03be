from django.urls import path

from . import views

urlpatterns = [
    path("", views.notification_list, name="notifications"),
    path("<int:pk>/", views.open_notification, name="notification_open"),
    path("gelezen/", views.mark_all_read, name="notifications_mark_all_read"),
    path("aantal/", views.unread_count, name="notifications_unread_count"),
    path("instellingen/", views.preferences, name="notification_preferences"),
    path("afmelden/<str:token>/", views.unsubscribe, name="notification_unsubscribe"),
]
