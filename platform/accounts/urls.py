"""Account pages beyond allauth's: overview, verification request, my data.

Names without a namespace, like allauth's own (account_login), so the
header's links (core.navigation) find them.
"""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.overview, name="account_overview"),
    path("verificatie/", views.verification, name="professional_verification"),
    path("gegevens/", views.my_data, name="my_data"),
    path("gegevens/download/", views.my_data_download, name="my_data_download"),
    path("gegevens/verwijderen/", views.delete_account, name="account_delete"),
]
