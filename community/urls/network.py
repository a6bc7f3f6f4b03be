"""URLs of the community's network (Dutch paths)."""

from django.urls import path

from ..views import network

urlpatterns = [
    path("netwerk/", network.my_network, name="my_network"),
    path("profiel/<int:pk>/contact/", network.profile_contact, name="profile_contact"),
]
