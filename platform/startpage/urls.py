from django.urls import path

from . import views

urlpatterns = [
    path("voor-mij/", views.start_page, name="start_page"),
]
