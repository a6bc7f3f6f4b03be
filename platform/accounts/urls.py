"""Account pages beyond allauth's: overview, verification request, my data."""

from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("", views.overview, name="overview"),
    path("verificatie/", views.verification, name="verification"),
    path("gegevens/", views.my_data, name="my_data"),
    path("gegevens/download/", views.my_data_download, name="my_data_download"),
    path("gegevens/verwijderen/", views.delete_account, name="delete_account"),
]
