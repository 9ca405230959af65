from django.urls import path

from . import views

urlpatterns = [
    path("my-learning/", views.my_learning, name="my_learning"),
    path("catalogue/", views.catalogue, name="catalogue"),
]
