"""Log in and out of the pages (analysts, staff); API clients use tokens instead."""

from django.contrib.auth import views as auth_views
from django.urls import path

from .second_factor import second_factor

urlpatterns = [
    path(
        "login/",
        auth_views.LoginView.as_view(redirect_authenticated_user=True),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),  # POST only (Django 5)
    path("second-factor/", second_factor, name="second-factor"),
]
