from django.urls import path

from . import views

urlpatterns = [
    path("my-learning/", views.my_learning, name="my_learning"),
    path("catalogue/", views.catalogue, name="catalogue"),
    path("calendar/", views.calendar, name="calendar"),
    path("calendar/<str:key>.ics", views.calendar_feed, name="calendar_feed"),
]
