"""URLs of the community's actions (Dutch paths)."""

from django.urls import path

from ..views import actions

urlpatterns = [
    path("groepen/<slug:slug>/acties/", actions.action_list, name="group_actions"),
    path("groepen/<slug:slug>/acties/nieuw/", actions.action_new, name="action_new"),
    path("groepen/<slug:slug>/acties/<int:pk>/klaar/", actions.action_done,
         name="action_done"),
    path("groepen/<slug:slug>/acties/<int:pk>/wijzigen/", actions.action_edit,
         name="action_edit"),
    path("groepen/<slug:slug>/acties/<int:pk>/verwijderen/", actions.action_delete,
         name="action_delete"),
    path("mijn-acties/", actions.my_actions, name="my_actions"),
]
